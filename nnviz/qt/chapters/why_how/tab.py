"""Chapter 1 — Why and How?: a line cannot fit the dosage data; a 1-2-1 network bends activations into a squiggle."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nnviz.core.why_how import dosage as net
from nnviz.core.why_how import wide
from nnviz.qt.chapters.base import ChapterTab, GuidedStep
from nnviz.qt.chapters.why_how import data as why_how_data
from nnviz.qt.chapters.why_how.nodes import WhyHowNodes, input_tip
from nnviz.qt.chapters.why_how.state import LIMIT, MAX_SEED, OUTPUTS, VIEWS, validate
from nnviz.qt.chapters.why_how.views import (
    HIDDEN_KEYS,
    ActivationView,
    ComparisonView,
    ParamField,
    SquiggleView,
    activation_name,
    hidden_layer_lines,
    line_fit,
    line_icon,
)
from nnviz.qt.i18n import fill, localize, translate
from nnviz.qt.widgets.ledger import Ledger
from nnviz.qt.widgets.network_diagram import NetworkDiagram
from nnviz.qt.widgets.number_field import NumberField
from nnviz.qt.widgets.practice_card import PracticeCard

GRID = np.linspace(0.0, 1.0, 401)
PARTS = {"top": QT_TRANSLATE_NOOP("why_how", "Top: Y1 × w3"),
         "bottom": QT_TRANSLATE_NOOP("why_how", "Bottom: Y2 × w4"),
         "nodes": QT_TRANSLATE_NOOP("why_how", "Each node: Yₖ × vₖ"),
         "sum": QT_TRANSLATE_NOOP("why_how", "Sum + b3"),
         "data": QT_TRANSLATE_NOOP("why_how", "Data")}
PRESET_NAMES = {"softplus": QT_TRANSLATE_NOOP("why_how", "Deck: Softplus network"),
                "relu": QT_TRANSLATE_NOOP("why_how", "Deck: ReLU network"),
                "random": QT_TRANSLATE_NOOP("why_how", "Random weights (seed)")}


class WhyHowTab(WhyHowNodes, ChapterTab):
    number = 1
    key = "why-how"
    title = "Why and How?"
    summary = QT_TRANSLATE_NOOP("chapters", "No straight line fits the dosage data; two activation curves, scaled and "
                                "added, make a squiggle that does.")  # shown translated by the window

    def __init__(self, parent=None):
        super().__init__(parent)
        first = net.preset("softplus")
        self.params, self.activation, self.output = first.params, first.activation, first.output
        self.preset_key, self.seed, self.selected = "softplus", 0, None
        self._fits: dict = {}  # the data's least-squares line and its SSR (`views.line_fit`)
        self._build_content()
        self._build_controls()
        self.practice_card = PracticeCard(self.practice, self.ledger)  # the exercise large, in the ledger's place
        self.refresh(reset_range=True)

    # --- construction -----------------------------------------------------------
    def _combo(self, key: str, items, tooltip: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(key)
        box.setToolTip(tooltip)
        for data, text in items:
            box.addItem(text, data)
        return box

    def _build_controls(self) -> None:
        self.preset_box = self._combo("preset", [(k, translate("why_how", PRESET_NAMES[k]) if k in PRESET_NAMES
                                                  else label) for k, label in net.PRESET_LABELS.items()],
                                      translate("why_how", "Start from the deck's Softplus network, its ReLU network, "
                                                "or random weights"))
        self.preset_box.activated.connect(self._on_preset_chosen)
        self.seed_field = NumberField("seed", translate("why_how", "Seed"), 0, 0, MAX_SEED, decimals=0, slider=False,
                                      tooltip=translate("why_how", "The seed of the random weights: the same seed "
                                                        "gives the same network"))
        self.seed_field.valueChanged.connect(self._on_seed_edited)
        self.new_seed = QPushButton(translate("why_how", "New random weights"))
        self.new_seed.setObjectName("new-seed")
        self.new_seed.setToolTip(translate("why_how", "Pick a new seed and draw the weights from a standard normal "
                                           "(biases 0)"))
        self.new_seed.clicked.connect(self._on_new_seed)
        self.activation_box = self._combo("activation", [(k, activation_name(k)) for k in HIDDEN_KEYS],
                                          translate("why_how", "The activation function of the hidden nodes"))
        self.activation_box.currentIndexChanged.connect(self._on_activation_changed)
        self.output_box = self._combo("output-activation", [(k, activation_name(k)) for k in OUTPUTS],
                                      translate("why_how", "An activation on the output (the ReLU network needs "
                                                "ReLU here)"))
        self.output_box.currentIndexChanged.connect(self._on_activation_changed)
        self.fields: dict[str, ParamField] = {}
        self.reset_data = QPushButton(translate("why_how", "Deck's data"))
        self.reset_data.setObjectName("reset-data")
        self.reset_data.setToolTip(translate("why_how", "Back to the deck's three points: Dosage 0, 0.5, 1 with "
                                             "Efficacy 0, 1, 0"))
        self.reset_data.clicked.connect(self.restore_data)
        hint = QLabel(translate("why_how", "Click a weight or bias in the network to edit it; the mouse wheel over "
                                "it nudges it."))
        hint.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(QLabel(translate("why_how", "Preset")), 0, 0)
        grid.addWidget(self.preset_box, 0, 1)
        grid.addWidget(QLabel(translate("why_how", "Hidden")), 1, 0)
        hidden_row = QHBoxLayout()
        hidden_row.addWidget(self.activation_box, 1)
        hidden_row.addWidget(self._make_nodes_box())
        grid.addLayout(hidden_row, 1, 1)
        grid.addWidget(QLabel(translate("why_how", "Output")), 2, 0)
        grid.addWidget(self.output_box, 2, 1)
        grid.setColumnStretch(1, 1)
        self.controls.addLayout(grid)
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed_field, 1)
        seed_row.addWidget(self.new_seed)
        self.controls.addLayout(seed_row)
        self.params_grid = QGridLayout()
        self.params_grid.setHorizontalSpacing(10)
        self._build_param_fields()  # weights on the left, biases on the right
        self.controls.addLayout(self.params_grid)
        self.toggles: dict[str, QCheckBox] = {}
        toggle_grid = QGridLayout()
        toggle_grid.setContentsMargins(0, 0, 0, 0)
        for i, (part, text) in enumerate(PARTS.items()):
            text = translate("why_how", text)
            box = QCheckBox(text)
            box.setObjectName(f"show-{part}")
            box.setToolTip(fill(translate("why_how", "Show or hide “%1” on the squiggle"), text))
            item = self.squiggle.items.get(part, self.squiggle.items["top"])
            box.setIcon(line_icon(item.opts["pen"], symbol=part == "data"))
            box.setIconSize(QSize(44, 18))
            box.setChecked(True)
            box.toggled.connect(self._on_toggle)
            self.toggles[part] = box
            toggle_grid.addWidget(box, i, 0)
        show_title = translate("why_how", "Show on the squiggle")
        self.controls.addWidget(QLabel(f"<b>{show_title}</b>"))
        self.controls.addLayout(toggle_grid)
        self.table_io = why_how_data.table_io(self)  # Import data… / Export data…
        for widget in (self.reset_data, self.table_io.widget, hint):
            self.controls.addWidget(widget)
        self._apply_visibility()
        self.finish_controls()

    def _build_content(self) -> None:
        grid = QGridLayout(self.content)
        grid.setContentsMargins(0, 0, 0, 0)
        self.diagram = NetworkDiagram()
        self.diagram.parameterClicked.connect(self.select_parameter)
        self.diagram.parameterNudged.connect(self.nudge_parameter)
        self.comparison = ComparisonView(net.DECK_DOSE, net.DECK_EFFICACY)
        self.comparison.points.changed.connect(self._on_data_changed)
        self.squiggle = SquiggleView()
        self.activation_view = ActivationView()
        self.dose_field = NumberField("dosage", translate("why_how", "Dosage (Input)"), 0.5, 0.0, 1.0,
                                      tooltip=translate("why_how", "The Input of the network: a Dosage from 0 to 1"))
        self.dose_field.valueChanged.connect(self._on_dose_changed)
        self.ledger = Ledger(translate("why_how", "The math behind the hidden layer"))
        self.squiggle.dose_line.sigPositionChanged.connect(self._on_dose_line_moved)
        squiggle_box = QVBoxLayout()
        squiggle_box.addWidget(self.squiggle.plot, 1)
        squiggle_box.addWidget(self.dose_field)
        self.views = QTabWidget()
        self.views.setObjectName("view")
        self.views.setDocumentMode(True)
        self.views.addTab(self.comparison.plot, translate("why_how", "Why? Line vs. network"))
        self.views.addTab(self.activation_view.plot, translate("why_how", "Activation functions"))
        grid.addWidget(self.diagram, 0, 0)
        grid.addWidget(self.views, 0, 1)
        grid.addLayout(squiggle_box, 1, 0)
        grid.addWidget(self.ledger, 1, 1)
        grid.setRowStretch(0, 4)
        grid.setRowStretch(1, 5)
        grid.setColumnStretch(0, 9)
        grid.setColumnStretch(1, 10)

    # --- model ----------------------------------------------------------------------
    def data(self) -> tuple[np.ndarray, np.ndarray]:
        return self.comparison.points.points()

    def refresh(self, reset_range: bool = False) -> None:
        """Redraw everything from the model (cheap: called on every slider tick)."""
        if self.n != 2:
            self._refresh_wide(GRID, reset_range)
            return
        p, act, out = self.params, self.activation, self.output
        x, y = self.data()
        fw = net.forward(p, GRID, act, out)
        here = net.forward(p, np.float64(self.dose_field.value()), act, out)
        total = translate("why_how", PARTS["sum"])
        self.toggles["sum"].setText(total if out == "identity" else f"{activation_name(out)}({total})")
        self.squiggle.update(fw, (x, y), here, reset_range)
        line, line_ssr = line_fit(self._fits, x, y)
        self.comparison.update(GRID, fw.predicted, line, line_ssr, net.ssr(p, x, y, act, out))
        self.activation_view.update(act, here)
        self.ledger.set_lines(hidden_layer_lines(p, here, act, out))
        self.diagram.set_params(p._asdict())
        self.diagram.set_node_values({
            "input": input_tip(here.dose),
            "top": localize(f"X1 = {float(here.x1):.4g}, Y1 = {float(here.y1):.4g}"),
            "bottom": localize(f"X2 = {float(here.x2):.4g}, Y2 = {float(here.y2):.4g}"),
            "output": localize(f"Y = {float(here.predicted):.4g}")})

    def _push_widgets(self) -> None:
        """Model → widgets, without signals looping back."""
        p = self.wide_params()
        for name, f in self.fields.items():
            f.setValue(p.value(name))
        for box, value in ((self.activation_box, self.activation), (self.output_box, self.output),
                           (self.preset_box, self.preset_key)):
            box.blockSignals(True)
            box.setCurrentIndex(box.findData(value))
            box.blockSignals(False)
        self.seed_field.setValue(self.seed)
        self.diagram.set_activation(self.activation)
        self.diagram.set_output_activation(self.output)

    def apply_preset(self, key: str, seed: int | None = None) -> None:
        """Load a preset: the deck's softplus or ReLU network, or random weights from `seed`."""
        if seed is not None:
            self.seed = int(seed)
        preset = net.preset(key, self.seed)
        self.preset_key = key
        self.params, self.activation, self.output = self.preset_params(key, self.seed), preset.activation, preset.output
        self._push_widgets()
        self.refresh(reset_range=True)

    def restore_data(self) -> None:
        """The deck's three points."""
        self.comparison.points.set_points(net.DECK_DOSE, net.DECK_EFFICACY)
        self.refresh()

    def select_parameter(self, name: str) -> None:
        """Select a weight or bias for editing (a click on the diagram): highlight it and focus its field."""
        if name not in self.fields:
            return
        self.selected = name
        self.diagram.set_highlight([name])
        field = self.fields[name]
        scroll = self.findChild(QWidget, "controls")
        if scroll is not None:
            scroll.ensureWidgetVisible(field)
        field.edit.setFocus()
        field.edit.selectAll()

    def nudge_parameter(self, name: str, amount: float) -> None:
        """Change a weight or bias by `amount` (the mouse wheel over the diagram), within the typed range."""
        if name not in self.fields:
            return
        value = round(min(max(self.wide_params().value(name) + amount, -LIMIT), LIMIT), 6)
        self.set_wide(self.wide_params().replace(name, value))
        self.fields[name].setValue(value)
        self.refresh()

    # --- widget → model -----------------------------------------------------------
    def _on_param_edited(self, value: float) -> None:
        name = self.sender().objectName()
        self.set_wide(self.wide_params().replace(name, float(value)))
        self.refresh()

    def _on_preset_chosen(self, index: int) -> None:
        self.apply_preset(self.preset_box.itemData(index))

    def _on_seed_edited(self, value: float) -> None:
        self.apply_preset("random", int(value))

    def _on_new_seed(self) -> None:
        self.apply_preset("random", int(np.random.default_rng().integers(0, 10_000)))

    def _on_activation_changed(self, _index: int) -> None:
        self.activation = self.activation_box.currentData()
        self.output = self.output_box.currentData()
        self.diagram.set_activation(self.activation)
        self.diagram.set_output_activation(self.output)
        self.refresh(reset_range=True)

    def _on_dose_changed(self, _value: float) -> None:
        self.refresh()

    def _on_dose_line_moved(self, line) -> None:
        dose = round(min(max(float(line.value()), 0.0), 1.0), 2)
        if dose != self.dose_field.value():
            self.dose_field.setValue(dose)
            self.refresh()

    def _on_data_changed(self) -> None:
        self.refresh()

    def _on_toggle(self, _checked: bool) -> None:
        self._apply_visibility()
        self.refresh(reset_range=True)

    # --- lesson files and guided steps ------------------------------------------------
    def get_state(self) -> dict:
        x, y = self.data()
        return {"hidden_nodes": self.n, "params": self.wide_params().as_dict(),
                "activation": self.activation, "output": self.output, "preset": self.preset_key, "seed": self.seed,
                "dosage": self.dose_field.value(), "data": {"dose": x.tolist(), "efficacy": y.tolist()},
                "show": {part: box.isChecked() for part, box in self.toggles.items()},
                "view": VIEWS[self.views.currentIndex()], "selected": self.selected}

    def set_state(self, state: dict) -> None:
        clean = validate(state)  # raises before anything changes
        if "hidden_nodes" in clean and clean["hidden_nodes"] != self.n:
            self.set_nodes(clean["hidden_nodes"])
        self.preset_key = clean.get("preset", self.preset_key)
        self.seed = clean.get("seed", self.seed)
        if "params" in clean:
            names = wide.names(self.n)
            self.set_wide(wide.WideParams.from_array([clean["params"][k] for k in names], self.n))
        self.activation = clean.get("activation", self.activation)
        self.output = clean.get("output", self.output)
        if "data" in clean:
            self.comparison.points.set_points(clean["data"]["dose"], clean["data"]["efficacy"])
        if "dosage" in clean:
            self.dose_field.setValue(clean["dosage"])
        for part, shown in clean.get("show", {}).items():
            box = self.toggles[part]
            box.blockSignals(True)
            box.setChecked(shown)
            box.blockSignals(False)
        self._apply_visibility()
        if "view" in clean:
            self.views.setCurrentIndex(VIEWS.index(clean["view"]))
        if "selected" in clean:
            self.selected = clean["selected"] if clean["selected"] in wide.names(self.n) else None
            self.diagram.set_highlight([self.selected] if self.selected else [])
        self._push_widgets()
        self.refresh(reset_range=True)

    def _step(self, preset: str = "softplus", seed: int | None = None, **state):
        def apply() -> None:
            self.set_nodes(2)  # the deck's story is told with its network
            self.apply_preset(preset, seed)
            self.restore_data()
            self.set_state({"show": {p: True for p in PARTS}, "selected": None, "view": "line", "dosage": 0.5,
                            **state})
        return apply

    def guided_steps(self) -> list[GuidedStep]:
        """The deck's story: why a line fails, how two bent activation curves make the squiggle."""
        def only(*parts):
            return {p: p in parts for p in PARTS}

        return [
            GuidedStep(translate("why_how", "The drug works at a medium Dosage, but not at a low or a high one."),
                       self._step(show=only("data"))),
            GuidedStep(translate("why_how", "The best straight line y = ax + b is flat: its SSR of 0.67 is as low "
                                 "as a line can go."),
                       self._step(show=only("data"))),
            GuidedStep(translate("why_how", "A neural network: 1 input, 2 hidden nodes with Softplus, 1 output. "
                                 "Its SSR is almost 0."),
                       self._step()),
            GuidedStep(translate("why_how", "The activation functions: Softplus f(x) = log(1 + eˣ), ReLU max(0, x), "
                                 "Sigmoid eˣ / (eˣ + 1)."),
                       self._step(view="activations")),
            GuidedStep(translate("why_how", "Top node: X1 = w1 × Input + b1, Y1 = f(X1), then × w3 — one bent "
                                 "curve."),
                       self._step(show=only("top", "data"), selected="w1")),
            GuidedStep(translate("why_how", "Bottom node: X2 = w2 × Input + b2, Y2 = f(X2), then × w4 — another "
                                 "bent curve."),
                       self._step(show=only("bottom", "data"), selected="w2")),
            GuidedStep(translate("why_how", "Add both curves and b3: the squiggle goes through all three points."),
                       self._step(selected="b3")),
            GuidedStep(translate("why_how", "Low Dosage: Input 0 gives an Efficacy of about 0."),
                       self._step(dosage=0.0)),
            GuidedStep(translate("why_how", "Medium Dosage: Input 0.5 gives an Efficacy of about 1."),
                       self._step(dosage=0.5)),
            GuidedStep(translate("why_how", "The same idea with ReLU: straight pieces bent at 0 (and ReLU on the "
                                 "output)."),
                       self._step("relu")),
            GuidedStep(translate("why_how", "A random start: weights from a standard normal, biases 0. Training "
                                 "finds good ones (chapter 3)."),
                       self._step("random", seed=42)),
        ]
