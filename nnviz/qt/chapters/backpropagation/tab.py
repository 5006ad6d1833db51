"""Chapter 3 — Backpropagation: the chain rule for every weight and bias, with its numbers, and training."""

from __future__ import annotations

import math
import time

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QTabWidget

from nnviz.core import descent
from nnviz.core.backpropagation import two_nodes as backprop
from nnviz.core.backpropagation import wide as wide_backprop
from nnviz.core.descent import Step
from nnviz.core.numbers import minus
from nnviz.core.why_how import dosage, wide
from nnviz.core.why_how.wide import WideParams
from nnviz.qt.chapters import data_tables
from nnviz.qt.chapters.backpropagation import data as backprop_data
from nnviz.qt.chapters.backpropagation import lesson
from nnviz.qt.chapters.backpropagation.nodes import HiddenNodes, mode_label
from nnviz.qt.chapters.backpropagation.views import (
    GradientCheckTable,
    ParameterEditor,
    Plots,
    activation_label,
    finite,
    step_words,
)
from nnviz.qt.chapters.base import ChapterTab, GuidedStep
from nnviz.qt.i18n import fill, significant, translate
from nnviz.qt.training import PLOTTED_STEPS, SlowViews, TrainingController
from nnviz.qt.widgets import chain_ledger
from nnviz.qt.widgets.chain_ledger import ChainLedger
from nnviz.qt.widgets.data_points import EditablePoints
from nnviz.qt.widgets.network_diagram import NetworkDiagram
from nnviz.qt.widgets.number_field import NumberField
from nnviz.qt.widgets.practice_card import PracticeCard
from nnviz.qt.widgets.training_panel import TrainingPanel

HIDDEN = ("softplus", "relu", "sigmoid", "tanh")
VIEWS = ("chain-rule", "gradient-check", "ssr-steps", "parameters-steps")
CURVE_POINTS = 200
SEED_MAX = 2**31 - 1
DOSE_GRID = np.linspace(-0.1, 1.1, 150)
SQUIGGLE_LIMIT = 20.0
PATH_MAX = 2000  # the steps on the SSR curve are drawn for runs up to this long
BOTTOM_MAX = 340  # pixels: the ledger's table and lines fit in this
PLOTTED = PLOTTED_STEPS  # history points drawn at most (evenly spread)
STATE_KEYS = {"mode", "activation", "parameter", "params", "free", "seed", "learning_rate", "data",
              "view"}  # and "hidden_nodes" (a state without it is the deck's 2)


class BackpropagationTab(HiddenNodes, ChapterTab):
    number = 3
    key = "backpropagation"
    title = "Backpropagation"
    summary = QT_TRANSLATE_NOOP("chapters", "The chain rule gives dSSR/d every weight and bias; gradient descent "
                                "then trains them all.")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.mode = "main-ideas"
        self.activation = "softplus"
        self.parameter = "b3"
        mode = backprop.MODES[self.mode]
        self._start = tuple(mode.start)
        self._dose, self._efficacy = np.array(dosage.DECK_DOSE), np.array(dosage.DECK_EFFICACY)
        self.controller = TrainingController(self._objective(), self._start, mode.learning_rate, mode.rules,
                                             free=mode.mask(), parent=self)
        self.controllers.append(self.controller)
        self._along_range = (0.0, 1.0)
        self._build_controls()
        self._build_content()
        self.practice_card = PracticeCard(self.practice, self.bottom_tabs)  # the chain-rule table shows answers
        self.controller.stepChanged.connect(self._on_step)
        self._slow = SlowViews(self.controller, self._on_step)
        self._select_parameter(self.parameter)

    # --- construction -----------------------------------------------------------
    def _build_controls(self) -> None:
        self.mode_box = QComboBox()
        self.mode_box.setObjectName("mode")
        self.mode_box.setToolTip(translate("backpropagation", "Which parameters are trained, from which start "
                                                              "(the deck's examples)"))
        for key in backprop.MODES:
            self.mode_box.addItem(mode_label(key, self.n), key)
        self.mode_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.mode_box.setMinimumContentsLength(12)  # a long mode name (8 hidden nodes, French) never widens the panel
        self.mode_box.currentIndexChanged.connect(self._on_mode_changed)
        self.activation_box = QComboBox()
        self.activation_box.setObjectName("activation")
        self.activation_box.setToolTip(translate("backpropagation", "The activation function of the hidden nodes"))
        for key in HIDDEN:
            self.activation_box.addItem(activation_label(key), key)
        self.activation_box.currentIndexChanged.connect(self._on_activation_changed)
        self.parameter_box = QComboBox()
        self.parameter_box.setObjectName("parameter")
        self.parameter_box.setToolTip(translate("backpropagation", "The parameter whose derivative the chain rule "
                                                                   "writes out (or click the network)"))
        for name in self.names:
            self.parameter_box.addItem(f"dSSR/d{name}", name)
        self.parameter_box.currentIndexChanged.connect(self._on_parameter_chosen)
        self.editor = ParameterEditor(self._start, backprop.MODES[self.mode].mask())
        self.editor.valueEdited.connect(self._on_value_edited)
        self.editor.freeChanged.connect(self._on_free_changed)
        self.seed = NumberField("seed", translate("backpropagation", "Seed"), 0, 0, SEED_MAX, decimals=0, slider=False,
                                tooltip=translate("backpropagation", "The same seed gives the same random start, so "
                                                                     "a class can reproduce a run"))
        self.random_button = QPushButton(translate("backpropagation", "New random start"))
        self.random_button.setObjectName("random-start")
        self.random_button.setToolTip(translate("backpropagation", "The deck's rule: weights from a standard normal "
                                                                   "distribution, biases 0 (all are trained). The seed "
                                                                   "goes up by one each time."))
        self.random_button.clicked.connect(self.random_start)
        self.deck_button = QPushButton(translate("backpropagation", "Deck's start"))
        self.deck_button.setObjectName("deck-values")
        self.deck_button.setToolTip(translate("backpropagation", "Back to this mode's start values, learning rate "
                                                                 "and the deck's data"))
        self.deck_button.clicked.connect(self.restore_deck)
        self.panel = TrainingPanel(self.controller)
        self.panel.buttons["reset"].clicked.connect(self.reset)
        for label, widget in ((translate("backpropagation", "Train"), self.mode_box),
                              (translate("backpropagation", "Hidden nodes"), self._make_nodes_box()),
                              (translate("backpropagation", "Chain rule for"), self.parameter_box)):
            row = QHBoxLayout()
            row.addWidget(QLabel(label))
            row.addWidget(widget, 1)
            if widget is self.nodes_box:
                row.addWidget(self.activation_box, 3)
            self.controls.addLayout(row)
        self.controls.addWidget(self.panel)
        self.controls.addWidget(self.editor)
        self.controls.addWidget(self.seed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.random_button)
        buttons.addWidget(self.deck_button)
        self.controls.addLayout(buttons)
        self.table_io = backprop_data.table_io(self)  # Import data… / Export data…
        self.controls.addWidget(self.table_io.widget)
        self.finish_controls()

    def _build_content(self) -> None:
        grid = QGridLayout(self.content)
        grid.setContentsMargins(0, 0, 0, 0)
        self.diagram = NetworkDiagram()
        self.diagram.parameterClicked.connect(self._select_parameter)
        self.plots = Plots()
        self.points = EditablePoints(self.plots.squiggle, self._dose, self._efficacy,
                                     name=translate("backpropagation", "Data"),
                                     bounds=(-0.5, 1.5, -3, 3))
        self.points.changed.connect(self._on_data_changed)
        self.ledger = ChainLedger()
        self.check = GradientCheckTable()
        self.bottom_tabs = QTabWidget()
        self.bottom_tabs.setObjectName("view")
        for widget, text in ((self.ledger, fill(translate("backpropagation", "The chain rule for %1"), "b3")),
                             (self.check, translate("backpropagation", "Gradient check")),
                             (self.plots.loss, translate("backpropagation", "SSR after each step")),
                             (self.plots.params, translate("backpropagation", "Parameters after each step"))):
            self.bottom_tabs.addTab(widget, text)
        self.bottom_tabs.setMaximumHeight(BOTTOM_MAX)  # on a large screen the extra height goes to the plots
        self.bottom_tabs.currentChanged.connect(self._on_view_changed)
        grid.addWidget(self.diagram, 0, 0)
        grid.addWidget(self.plots.squiggle, 0, 1)
        grid.addWidget(self.plots.along, 0, 2)
        grid.addWidget(self.bottom_tabs, 1, 0, 1, 3)
        grid.setColumnStretch(0, 4)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 3)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)

    # --- model ----------------------------------------------------------------------
    def _objective(self):
        return wide.objective(self._dose, self._efficacy, self.n, self.activation)

    def params(self, step: Step | None = None) -> WideParams:
        return WideParams.from_array((step or self.controller.current).params, self.n)

    def free(self) -> tuple[bool, ...]:
        return self.controller.free or (True,) * len(self.names)

    def _apply_mode(self, key: str, start=None) -> None:
        """Switch to mode `key`: its free parameters, learning rate and rules, from `start` (default: its own)."""
        mode = backprop.MODES[key]
        self.mode = key
        self.mode_box.blockSignals(True)
        self.mode_box.setCurrentIndex(list(backprop.MODES).index(key))
        self.mode_box.blockSignals(False)
        self._start = tuple(float(v) for v in (self.mode_start(key) if start is None else start))
        self.editor.set_mask(self.mode_mask(key))
        self.panel.learning_rate.setValue(mode.learning_rate)
        self.panel.set_rules(mode.rules)
        self.controller.learning_rate, self.controller.rules = mode.learning_rate, mode.rules
        self.panel.status.setText("")
        self.controller.reset(self._start, objective=self._objective(), free=self.mode_mask(key))
        self._recentre_along()
        self._on_step(self.controller.current)

    def reset(self) -> None:
        """Back to the start values of this run."""
        self.controller.reset(self._start)
        self.panel.status.setText(translate("backpropagation", "Reset."))

    def restore_deck(self) -> None:
        """The deck's data and this mode's start values, learning rate and rules."""
        self._dose, self._efficacy = np.array(dosage.DECK_DOSE), np.array(dosage.DECK_EFFICACY)
        self.points.set_points(self._dose, self._efficacy)
        self._apply_mode(self.mode)

    def restore_deck_mode(self, key: str) -> None:
        """The deck's network, data and the start values, learning rate and rules of mode `key`."""
        self.mode = key
        if self.n != wide.DECK_NODES:
            self.set_nodes(wide.DECK_NODES)
        self.restore_deck()

    def show_parameter(self, name: str, view: str = "chain-rule") -> None:
        """Write out the chain for `name` and show one of the VIEWS below the plots."""
        self._select_parameter(name)
        self.bottom_tabs.setCurrentIndex(VIEWS.index(view))

    def train_to_end(self) -> None:
        """Take every step up to a stopping rule at once (for guided steps; Run does the same in a worker)."""
        c = self.controller
        c.pause()
        try:
            steps = descent.run(c.objective, c.current.params, c.learning_rate, c.rules, free=c.free,
                                first_number=c.current.number)
        except ValueError:  # every stopping rule switched off (the learning rate's field keeps it valid)
            self.panel.status.setText(translate("backpropagation", "Cannot train to the end: every stopping rule is "
                                                                   "off. Switch one on."))
            return
        c.history.extend(steps[1:])
        self._on_step(c.current)
        if c.current.stop is not None:
            self.panel.status.setText(c.stop_message(c.current))

    def random_start(self) -> None:
        """Weights from a standard normal (seeded), biases 0; all trained. The seed then moves on by one."""
        seed = int(round(self.seed.value()))
        self._apply_mode("all", wide.random_start(self.n, seed).as_array())
        self.panel.status.setText(fill(translate("backpropagation", "Random start from seed %1: weights from a "
                                                                    "standard normal, biases 0."), seed))
        self.seed.setValue((seed + 1) % (SEED_MAX + 1))

    def _on_mode_changed(self, index: int) -> None:
        self._apply_mode(self.mode_box.itemData(index))

    def _on_activation_changed(self, index: int) -> None:
        self.activation = self.activation_box.itemData(index)
        self.diagram.set_activation(activation_label(self.activation))
        self.controller.set_objective(self._objective(), free=self.free())
        self._recentre_along()
        self._on_step(self.controller.current)

    def _on_parameter_chosen(self, index: int) -> None:
        self._select_parameter(self.parameter_box.itemData(index))

    def _select_parameter(self, name: str) -> None:
        """Show the chain for `name` (from the list or a click on the diagram)."""
        if name not in self.names:
            return
        self.parameter = name
        self.parameter_box.blockSignals(True)
        self.parameter_box.setCurrentIndex(self.names.index(name))
        self.parameter_box.blockSignals(False)
        self.diagram.set_highlight(wide_backprop.path(name, self.n))
        self.plots.set_along_names(name)
        self.bottom_tabs.setTabText(0, fill(translate("backpropagation", "The chain rule for %1"), wide.label(name)))
        self._recentre_along()
        self._on_step(self.controller.current)

    def _on_view_changed(self, _index: int) -> None:
        self._on_step(self.controller.current)

    def _on_value_edited(self, name: str, value: float) -> None:
        values = dict(zip(self.names, self.controller.current.params, strict=True))
        values[name] = value
        self._start = tuple(values[n] for n in self.names)
        self._recentre_along(WideParams.from_array(self._start, self.n))  # before the one redraw set_params makes
        self.controller.set_params(self._start)

    def _on_free_changed(self) -> None:
        self.controller.set_objective(self._objective(), free=self.editor.mask())
        self._on_step(self.controller.current)

    def _on_data_changed(self) -> None:
        self._dose, self._efficacy = self.points.points()
        self.controller.set_objective(self._objective(), free=self.free())
        self._recentre_along()
        self._on_step(self.controller.current)

    # --- view -----------------------------------------------------------------------------
    def _recentre_along(self, p: WideParams | None = None) -> None:
        """The window of the SSR-along-parameter plot: around the value in `p` (default: the current step's) and
        the curve's lowest point."""
        p = p or self.params()
        value = p.value(self.parameter)
        if not math.isfinite(value):
            return
        span = np.linspace(value - 6, value + 6, 241)
        best = float(span[np.argmin(finite(wide_backprop.ssr_along(p, self._dose, self._efficacy, self.parameter,
                                                                   span, self.activation)))])
        pad = max(1.0, 0.4 * abs(value - best))
        self._along_range = (min(value, best) - pad, max(value, best) + pad)

    def _on_step(self, step: Step) -> None:
        p = self.params(step)
        now = time.perf_counter()  # in a run the fields and the diagram's numbers change at 10 Hz (2 ms a frame)
        if not self.controller.running or now - getattr(self, "_numbers_at", 0.0) >= 0.1:
            self._numbers_at = now
            self.editor.set_values(step.params)
            self.diagram.set_params(dict(zip(self.names, step.params, strict=True)))
        fw = wide.forward(p, DOSE_GRID, self.activation)
        curve = finite(fw.predicted)
        self.plots.squiggle_item.setData(DOSE_GRID, curve)
        r = data_tables.thinned(len(self._dose))  # an imported table: the residuals of evenly chosen points
        data_tables.set_residuals(self.plots.residual_item, self._dose[r], self._efficacy[r],
                                  finite(wide.predict(p, self._dose[r], self.activation)))  # only those drawn
        self._fit_squiggle_range(curve)
        history = self.controller.history
        slow = along = self._slow.due()  # during a run, the SSR-along curve and the ledger at 10 Hz, in turn:
        if slow and self.controller.running:  # one of them per slow frame, so that no frame takes twice as long
            self._along_turn = along = not getattr(self, "_along_turn", False)
        if along:
            self._update_along(p, step, history)
        view = VIEWS[self.bottom_tabs.currentIndex()]  # only the view on show is redrawn (the others on a tab switch)
        if view in ("ssr-steps", "parameters-steps"):
            numbers, losses = history.losses(PLOTTED)
            self.plots.update_history(numbers, losses, history.params(PLOTTED) if view == "parameters-steps" else None)
        if not slow or (along and self.controller.running):
            return
        with np.errstate(over="ignore", invalid="ignore"):
            factors = wide.chain_factors(p, self._dose, self._efficacy, self.parameter, self.activation)
            if view == "gradient-check":
                self.check.set_rows(wide_backprop.gradient_check(p, self._dose, self._efficacy, self.activation))
        self.ledger.total = factors.total
        if view == "chain-rule":
            i = self.names.index(self.parameter)
            words = step_words(self.parameter, factors.total, step.learning_rate, step.params[i], self.free()[i])
            rows = chain_ledger.MAX_ROWS if self.controller.running else chain_ledger.TABLE_ROWS  # those in sight
            predicted = finite(wide.predict(p, self._dose[:rows], self.activation))
            self.ledger.set_chain(factors, self._dose, self._efficacy, predicted, self.activation,
                                  fill(translate("backpropagation", "<b>Step %1</b> (SSR = %2): %3"), step.number,
                                       minus(significant(step.loss, 3)), words), rows=rows)

    def _fit_squiggle_range(self, curve: np.ndarray) -> None:
        """Show the data and the squiggle (within ±SQUIGGLE_LIMIT), with room for the legend below."""
        values = np.concatenate([curve, self._efficacy])
        lo = max(float(values.min()), -SQUIGGLE_LIMIT)
        hi = min(float(values.max()), SQUIGGLE_LIMIT)
        span = max(hi - lo, 1.0)
        x0, x1 = min(-0.1, float(self._dose.min()) - 0.1), max(1.1, float(self._dose.max()) + 0.1)
        self.plots.squiggle.setRange(xRange=(x0, x1), yRange=(lo - 0.65 * span, hi + 0.1 * span), padding=0)

    def _update_along(self, p: WideParams, step: Step, history) -> None:
        name, i = self.parameter, self.names.index(self.parameter)
        value = step.params[i]
        lo, hi = self._along_range
        if math.isfinite(value) and not lo <= value <= hi:
            self._recentre_along()
            lo, hi = self._along_range
        grid = np.linspace(lo, hi, data_tables.curve_points(CURVE_POINTS, len(self._dose)))
        curve = finite(wide_backprop.ssr_along(p, self._dose, self._efficacy, name, grid, self.activation))
        self.plots.along_curve.setData(grid, curve)
        loss = float(finite(step.loss))
        slope = float(finite(wide.chain_factors(p, self._dose, self._efficacy, name, self.activation).total))
        half = (hi - lo) / 8
        t = np.array([value - half, value + half])
        self.plots.tangent_item.setData(finite(t), finite(loss + slope * (t - value)))
        self.plots.current_item.setData(finite([value]), [loss])
        only_this = self.free() == tuple(n == name for n in self.names)
        if only_this and len(history) <= PATH_MAX:
            self.plots.path_item.setData(finite(history.params()[:, i]), finite(history.losses()[1]))
        else:
            self.plots.path_item.setData([], [])
        top = float(max(np.max(curve), loss)) * 1.4  # room for the legend above the curve
        self.plots.along.setRange(xRange=(lo, hi), yRange=(0, max(top, 1e-3)), padding=0)

    # --- lesson files and guided steps ------------------------------------------------
    def get_state(self) -> dict:
        return {
            "mode": self.mode, "activation": self.activation, "parameter": self.parameter,
            "params": dict(zip(self.names, self.controller.current.params, strict=True)),
            "free": dict(zip(self.names, self.free(), strict=True)),
            "seed": int(round(self.seed.value())), "learning_rate": self.controller.learning_rate,
            "data": {"dose": self._dose.tolist(), "efficacy": self._efficacy.tolist()},
            "view": VIEWS[self.bottom_tabs.currentIndex()], "hidden_nodes": self.n,
        }

    def set_state(self, state: dict) -> None:
        lesson.apply_state(self, lesson.validate(state, keys=STATE_KEYS, hidden=HIDDEN, views=VIEWS,
                                                 seed_max=SEED_MAX))

    def guided_steps(self) -> list[GuidedStep]:
        return lesson.guided_steps(self)
