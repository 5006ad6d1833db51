"""Chapter 5 training view: the LSTM and the plain RNN trained from a random start on Company A and B,
side by side, to see which one learns to remember Day 1."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from nnviz.core.descent import Step, StoppingRules
from nnviz.core.rnn_lstm import lstm, rnn
from nnviz.core.rnn_lstm import series as series_pairs
from nnviz.qt import theme
from nnviz.qt.chapters.rnn_lstm import data as rnn_data
from nnviz.qt.chapters.rnn_lstm.lstm_view import (
    LEGEND_PT,
    SYMBOL_TEXT,
    SYMBOLS,
    CompactLedger,
    gate_legend,
    title_legend,
)
from nnviz.qt.chapters.rnn_lstm.widgets import num
from nnviz.qt.i18n import fill, grouped, localize, translate
from nnviz.qt.training import PLOTTED_STEPS, SlowViews, TrainingController
from nnviz.qt.widgets.number_field import NumberField
from nnviz.qt.widgets.step_range import StepRange
from nnviz.qt.widgets.training_panel import TrainingPanel

SEQUENCES = [lstm.COMPANY_A, lstm.COMPANY_B]
TARGETS = [lstm.COMPANIES["A"][1], lstm.COMPANIES["B"][1]]
LEARNING_RATE = 0.1
RULES = StoppingRules(0.01, 5000, 0.0001)
MODELS = {"lstm": QT_TRANSLATE_NOOP("rnn_training", "LSTM"), "rnn": QT_TRANSLATE_NOOP("rnn_training", "Plain RNN")}


def model_name(key: str) -> str:
    """LSTM, or Plain RNN in the language of the interface."""
    return translate("rnn_training", MODELS[key])


def prefix_names(widget: QWidget, prefix: str) -> None:
    """Give every named control inside `widget` a prefixed objectName (two panels in one tab stay distinct)."""
    for child in widget.findChildren(QWidget):
        if child.objectName():
            child.setObjectName(prefix + child.objectName())


class TrainingView(QObject):
    """Two TrainingControllers (LSTM, RNN) from the same seeded random start, one loss plot, the LSTM's gates live."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.seed = 0
        self.series: list[float] | None = None  # None: the deck's Company A and B
        self.sequences, self.targets = SEQUENCES, TARGETS
        self.lstm = TrainingController(lstm.objective(SEQUENCES, TARGETS), self.start("lstm"), LEARNING_RATE, RULES,
                                       parent=self)
        self.rnn = TrainingController(rnn.objective(SEQUENCES, TARGETS), self.start("rnn"), LEARNING_RATE, RULES,
                                      parent=self)
        self.controllers = [self.lstm, self.rnn]
        self.controls = QWidget()
        layout = QVBoxLayout(self.controls)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = QComboBox()
        self.model.setObjectName("train-model")
        self.model.setToolTip(translate("rnn_training", "Which network the buttons below train (both keep their "
                                        "progress)"))
        for key in MODELS:
            self.model.addItem(fill(translate("rnn_training", "Train the %1"), model_name(key)), key)
        self.seed_field = NumberField("train-seed", translate("rnn_training", "Random start (seed)"), 0, 0, 9999,
                                      decimals=0, slider=False,
                                      tooltip=translate("rnn_training", "Weights from a standard normal distribution, "
                                                        "biases 0; the same seed always gives the same start"))
        self.seed_field.valueChanged.connect(self._on_seed_edited)
        new_start = QPushButton(translate("rnn_training", "New random start"))
        new_start.setObjectName("new-start")
        new_start.clicked.connect(self.new_start)
        self.panels = {"lstm": TrainingPanel(self.lstm), "rnn": TrainingPanel(self.rnn)}
        prefix_names(self.panels["rnn"], "rnn-")
        self.stack = QStackedWidget()
        for key, panel in self.panels.items():
            panel.setTitle(fill(translate("rnn_training", "Training the %1"), model_name(key)))
            self.stack.addWidget(panel)
        self.panels["lstm"].buttons["reset"].clicked.connect(self.reset_lstm)
        self.panels["rnn"].buttons["reset"].clicked.connect(self.reset_rnn)
        self.model.currentIndexChanged.connect(self.stack.setCurrentIndex)
        hint = QLabel(translate("rnn_training", "Both start from the same seed. Train one, switch, train the other, "
                                "and compare the SSR."))
        hint.setWordWrap(True)
        for w in (self.model, hint):
            layout.addWidget(w)
        layout.addWidget(self.seed_field)
        layout.addWidget(new_start)
        self.data_label = QLabel()
        self.data_label.setObjectName("training-data")
        self.data_label.setWordWrap(True)
        layout.addWidget(self.data_label)
        self.table_io = rnn_data.training_io(self)  # Import data… / Export data…
        layout.addWidget(self.table_io.widget)
        deck_data = QPushButton(translate("rnn_training", "Deck's companies"))
        deck_data.setObjectName("train-deck-data")
        deck_data.setToolTip(translate("rnn_training", "Train on the deck's Company A and B again"))
        deck_data.clicked.connect(self.use_deck)
        layout.addWidget(deck_data)
        layout.addWidget(self.stack)
        self._build_content()
        self.lstm.stepChanged.connect(self._on_lstm_step)
        self._slow_lstm = SlowViews(self.lstm, self._on_lstm_step)
        self._gate_ranges: dict[str, tuple[float, float]] = {}
        self.rnn.stepChanged.connect(self._on_rnn_step)
        self._show_data()
        self._on_lstm_step(self.lstm.current)
        self._on_rnn_step(self.rnn.current)

    def _build_content(self) -> None:
        self.content = QWidget()
        grid = QGridLayout(self.content)
        grid.setContentsMargins(0, 0, 0, 0)
        self.loss_plot = theme.make_plot(translate("rnn_training", "SSR after each step"),
                                         translate("rnn_training", "Step"), "SSR", legend=(-10, 10))
        self.loss_plot.setObjectName("training-loss-plot")
        self._loss_range = StepRange(self.loss_plot, floor=0.1)
        self.loss_curves = {"lstm": self.loss_plot.plot(pen=theme.pen("ssr"), name=model_name("lstm")),
                            "rnn": self.loss_plot.plot(pen=theme.pen("residual"), name=model_name("rnn"))}
        self.ledger = CompactLedger(translate("rnn_training", "Day 5 predictions"), key="training-ledger")
        self.gate_plots, self.gate_lines = {}, {}
        legend = title_legend([(translate("rnn_training", "Pot.") if g == "candidate" else gate_legend(g),
                                g, SYMBOL_TEXT[SYMBOLS[g]]) for g in lstm.GATES])
        for company in ("A", "B"):
            plot = theme.make_plot("", translate("rnn_training", "Day"),
                                   translate("rnn_training", "━ Long-Term Memory"))
            plot.setTitle(fill(translate("rnn_training", "<b>Company %1</b>: %2"), company, legend),
                          size=f"{LEGEND_PT}pt")
            plot.setObjectName(f"training-gates-{company.lower()}")
            plot.getPlotItem().setMouseEnabled(x=False, y=False)
            plot.getPlotItem().getAxis("bottom").setTickSpacing(1, 1)
            lines = {g: plot.plot(pen=theme.pen(g), symbol=SYMBOLS[g], symbolSize=9, symbolBrush=theme.brush(g),
                                  symbolPen=theme.NO_PEN) for g in lstm.GATES}
            lines["long_term"] = plot.plot(pen=theme.pen("long-term", 4))
            plot.setXRange(0.8, 4.2, padding=0)
            self.gate_plots[company], self.gate_lines[company] = plot, lines
        grid.addWidget(self.loss_plot, 0, 0)
        grid.addWidget(self.ledger, 1, 0)
        grid.addWidget(self.gate_plots["A"], 0, 1)
        grid.addWidget(self.gate_plots["B"], 1, 1)

    # --- model -------------------------------------------------------------------------
    def start(self, model: str) -> tuple[float, ...]:
        module = lstm if model == "lstm" else rnn
        return tuple(module.random_start(self.seed).as_array().tolist())

    def set_seed(self, seed: int) -> None:
        self.seed = int(seed)
        self.seed_field.setValue(self.seed)
        self.reset_lstm()
        self.reset_rnn()

    def new_start(self) -> None:
        self.set_seed((self.seed + 1) % 10000)

    def _on_seed_edited(self, value: float) -> None:
        self.set_seed(int(round(value)))

    def reset_lstm(self) -> None:
        self.lstm.reset(self.start("lstm"), objective=lstm.objective(self.sequences, self.targets))

    def reset_rnn(self) -> None:
        self.rnn.reset(self.start("rnn"), objective=rnn.objective(self.sequences, self.targets))

    def set_series(self, values) -> None:
        """Train both networks on a series of days: each 4 days in a row and the day after is one pair."""
        sequences, targets = series_pairs.windows(values)  # ValueError for a series too short to train on
        self.series = [float(v) for v in values]
        self.sequences, self.targets = sequences, targets
        self.reset_lstm()
        self.reset_rnn()
        self._show_data()

    def use_deck(self) -> None:
        """Train on the deck's Company A and B again."""
        self.series, self.sequences, self.targets = None, SEQUENCES, TARGETS
        self.reset_lstm()
        self.reset_rnn()
        self._show_data()

    def _show_data(self) -> None:
        self.ledger.title.setText(translate("rnn_training", "Day 5 predictions") if self.series is None else
                                  translate("rnn_training", "Predictions for the day after"))
        if self.series is None:
            self.data_label.setText(translate("rnn_training", "Training on the deck's Company A and B (Days 1–4 → "
                                              "Day 5)."))
        else:
            self.data_label.setText(fill(translate("rnn_training", "Training on your series of %1 days: %2 pairs of "
                                                   "4 days → the day after."), grouped(len(self.series)),
                                         grouped(len(self.targets))))

    def current_model(self) -> str:
        return self.model.currentData()

    def set_model(self, key: str) -> None:
        self.model.setCurrentIndex(list(MODELS).index(key))

    def shutdown(self) -> None:
        for controller in self.controllers:
            controller.shutdown()

    # --- view ----------------------------------------------------------------------------
    def _plot_loss(self, key: str, controller: TrainingController) -> None:
        steps, losses = controller.history.losses(PLOTTED_STEPS)
        self.loss_curves[key].setData(steps, np.clip(np.nan_to_num(losses, nan=0.0), 0, 1e6))
        last = max(self.lstm.current.number, self.rnn.current.number, 10)
        top = max(float(np.nanmax(np.clip(c.history.losses(PLOTTED_STEPS)[1], 0, 1e6))) for c in self.controllers)
        self._loss_range.follow(0.0, float(last), top)

    def _on_lstm_step(self, step: Step) -> None:
        self._plot_loss("lstm", self.lstm)
        if not self._slow_lstm.due():  # during a run, the gate curves and the ledger at 10 Hz: frames stay short
            return
        params = lstm.LSTMParams.from_array(step.params)
        companies = list(zip(("A", "B"), SEQUENCES, strict=True))
        if self.lstm.running:  # during a run, each slow frame draws one company's gates or the ledger, in turn
            self._turn = (getattr(self, "_turn", 0) + 1) % 3
            if self._turn == 2:
                self._write()
                return
            companies = companies[self._turn:self._turn + 1]
        for company, sequence in companies:
            try:
                days = lstm.run(params, sequence)
            except ValueError:  # diverged parameters: keep the last drawing
                break
            xs = np.arange(1, len(days) + 1)
            for key, line in self.gate_lines[company].items():
                line.setData(xs, np.clip([getattr(d, key) for d in days], -5, 5))
            values = [v for d in days for v in (d.long_term, d.forget, d.candidate)]
            wanted = (min(-1.0, min(values)), max(1.0, max(values)))
            if wanted != self._gate_ranges.get(company):  # an unchanged range does not redraw the axes
                self._gate_ranges[company] = wanted
                self.gate_plots[company].setYRange(*wanted, padding=0.05)
        if not self.lstm.running:
            self._write()

    def _on_rnn_step(self, _step: Step) -> None:
        self._plot_loss("rnn", self.rnn)
        self._write()

    def _write(self) -> None:
        if self.series is not None:
            self._write_series()
            return
        lines = []
        for key, controller, module, cls in (("lstm", self.lstm, lstm, lstm.LSTMParams),
                                            ("rnn", self.rnn, rnn, rnn.RNNParams)):
            step = controller.current
            p = cls.from_array(step.params)
            a, b = (_predict(module, p, s) for s in SEQUENCES)
            lines.append((fill(translate("rnn_training", "<b>%1</b>, step %2: Company A → <b>%3</b> (observed 0), "
                                         "Company B → <b>%4</b> (observed 1); SSR = <b>%5</b>"),
                               model_name(key), step.number, num(a), num(b), num(step.loss, 4)),
                          localize(f"A: {a!r}\nB: {b!r}\nSSR: {step.loss!r}")))
            if step.number > 0 and abs(a - b) < 0.1:
                lines.append((f"<span style='color:{theme.VERMILLION}'>" + fill(translate(
                    "rnn_training", "The %1 gives both companies about the same answer: it has not learned to "
                    "remember Day 1."), model_name(key)) + "</span>", ""))
            elif step.number > 0 and a < 0.25 and b > 0.75:
                lines.append((f"<span style='color:{theme.GREEN}'>" + fill(translate(
                    "rnn_training", "The %1 remembers Day 1: it tells the two companies apart."), model_name(key))
                    + "</span>", ""))
        lines.append((f"<span style='color:{theme.GREY}'>" + translate(
            "rnn_training", "The companies differ only on Day 1; Days 2–4 are the same. To predict Day 5 the network "
            "must carry Day 1 through three more days.") + "</span>", ""))
        self.ledger.set_lines(lines)

    def _write_series(self) -> None:
        lines = []
        last, observed = self.sequences[-1], self.targets[-1]
        for key, controller, module, cls in (("lstm", self.lstm, lstm, lstm.LSTMParams),
                                            ("rnn", self.rnn, rnn, rnn.RNNParams)):
            step = controller.current
            predicted = _predict(module, cls.from_array(step.params), last)
            lines.append((fill(translate("rnn_training", "<b>%1</b>, step %2: last 4 days → <b>%3</b> (observed %4); "
                                         "SSR over %5 pairs = <b>%6</b>"), model_name(key), step.number,
                               num(predicted), num(observed), grouped(len(self.targets)), num(step.loss, 4)),
                          fill(translate("rnn_training", "predicted: %1\nSSR: %2"), localize(repr(predicted)),
                               localize(repr(step.loss)))))
        lines.append((f"<span style='color:{theme.GREY}'>" + translate(
            "rnn_training", "The gate plots still show the deck's Company A and B, so you can see what the trained "
            "gates do with them.") + "</span>", ""))
        self.ledger.set_lines(lines)

def _predict(module, params, sequence) -> float:
    """The model's prediction, or infinity (written "too large to display") when diverged parameters overflow."""
    try:
        return module.predict(params, sequence)
    except ValueError:
        return math.inf
