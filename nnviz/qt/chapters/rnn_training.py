"""Chapter 5 training view: the LSTM and the plain RNN trained from a random start on Company A and B,
side by side, to see which one learns to remember Day 1."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QObject
from PySide6.QtWidgets import (QComboBox, QGridLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout,
                               QWidget)

from nnviz.core import lstm, rnn
from nnviz.core.descent import Step, StoppingRules
from nnviz.qt import theme
from nnviz.qt.chapters.lstm_view import LEGEND_PT, SYMBOL_TEXT, SYMBOLS, CompactLedger, title_legend
from nnviz.core import series as series_pairs
from nnviz.qt.chapters import data_tables
from nnviz.qt.chapters.rnn_widgets import num
from nnviz.qt.training import TrainingController
from nnviz.qt.widgets.number_field import NumberField
from nnviz.qt.widgets.training_panel import TrainingPanel

SEQUENCES = [lstm.COMPANY_A, lstm.COMPANY_B]
TARGETS = [lstm.COMPANIES["A"][1], lstm.COMPANIES["B"][1]]
LEARNING_RATE = 0.1
RULES = StoppingRules(0.01, 5000, 0.0001)
MODELS = {"lstm": "LSTM", "rnn": "Plain RNN"}


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
        self.model.setToolTip("Which network the buttons below train (both keep their progress)")
        for key, text in MODELS.items():
            self.model.addItem(f"Train the {text}", key)
        self.seed_field = NumberField("train-seed", "Random start (seed)", 0, 0, 9999, decimals=0, slider=False,
                                      tooltip="Weights from a standard normal distribution, biases 0; the same seed "
                                              "always gives the same start")
        self.seed_field.valueChanged.connect(self._on_seed_edited)
        new_start = QPushButton("New random start")
        new_start.setObjectName("new-start")
        new_start.clicked.connect(self.new_start)
        self.panels = {"lstm": TrainingPanel(self.lstm), "rnn": TrainingPanel(self.rnn)}
        prefix_names(self.panels["rnn"], "rnn-")
        self.stack = QStackedWidget()
        for key, panel in self.panels.items():
            panel.setTitle(f"Training the {MODELS[key]}")
            self.stack.addWidget(panel)
        self.panels["lstm"].buttons["reset"].clicked.connect(self.reset_lstm)
        self.panels["rnn"].buttons["reset"].clicked.connect(self.reset_rnn)
        self.model.currentIndexChanged.connect(self.stack.setCurrentIndex)
        hint = QLabel("Both start from the same seed. Train one, switch, train the other, and compare the SSR.")
        hint.setWordWrap(True)
        for w in (self.model, hint):
            layout.addWidget(w)
        layout.addWidget(self.seed_field)
        layout.addWidget(new_start)
        self.data_label = QLabel()
        self.data_label.setObjectName("training-data")
        self.data_label.setWordWrap(True)
        layout.addWidget(self.data_label)
        self.table_io = data_tables.training_io(self)  # Import data… / Export data…
        layout.addWidget(self.table_io.widget)
        deck_data = QPushButton("Deck's companies")
        deck_data.setObjectName("train-deck-data")
        deck_data.setToolTip("Train on the deck's Company A and B again")
        deck_data.clicked.connect(self.use_deck)
        layout.addWidget(deck_data)
        layout.addWidget(self.stack)
        self._build_content()
        self.lstm.stepChanged.connect(self._on_lstm_step)
        self.rnn.stepChanged.connect(self._on_rnn_step)
        self._show_data()
        self._on_lstm_step(self.lstm.current)
        self._on_rnn_step(self.rnn.current)

    def _build_content(self) -> None:
        self.content = QWidget()
        grid = QGridLayout(self.content)
        grid.setContentsMargins(0, 0, 0, 0)
        self.loss_plot = theme.make_plot("SSR after each step", "Step", "SSR", legend=(-10, 10))
        self.loss_plot.setObjectName("training-loss-plot")
        self.loss_curves = {"lstm": self.loss_plot.plot(pen=theme.pen("ssr"), name="LSTM"),
                            "rnn": self.loss_plot.plot(pen=theme.pen("residual"), name="Plain RNN")}
        self.loss_plot.getPlotItem().getAxis("left").enableAutoSIPrefix(False)
        self.ledger = CompactLedger("Day 5 predictions", key="training-ledger")
        self.gate_plots, self.gate_lines = {}, {}
        legend = title_legend([(lstm.GATE_NAMES[g].replace(" Gate", "").replace("Potential Long-Term Memory", "Pot."),
                                g, SYMBOL_TEXT[SYMBOLS[g]]) for g in lstm.GATES])
        for company in ("A", "B"):
            plot = theme.make_plot("", "Day", "━ Long-Term Memory")
            plot.setTitle(f"<b>Company {company}</b>: {legend}", size=f"{LEGEND_PT}pt")
            plot.setObjectName(f"training-gates-{company.lower()}")
            plot.getPlotItem().setMouseEnabled(x=False, y=False)
            plot.getPlotItem().getAxis("bottom").setTickSpacing(1, 1)
            lines = {g: plot.plot(pen=theme.pen(g), symbol=SYMBOLS[g], symbolSize=9, symbolBrush=theme.brush(g),
                                  symbolPen=None) for g in lstm.GATES}
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
        self.ledger.title.setText("Day 5 predictions" if self.series is None else "Predictions for the day after")
        if self.series is None:
            self.data_label.setText("Training on the deck's Company A and B (Days 1–4 → Day 5).")
        else:
            self.data_label.setText(f"Training on your series of {len(self.series):,} days: "
                                    f"{len(self.targets):,} pairs of 4 days → the day after.")

    def current_model(self) -> str:
        return self.model.currentData()

    def set_model(self, key: str) -> None:
        self.model.setCurrentIndex(list(MODELS).index(key))

    def shutdown(self) -> None:
        for controller in self.controllers:
            controller.shutdown()

    # --- view ----------------------------------------------------------------------------
    def _plot_loss(self, key: str, controller: TrainingController) -> None:
        steps, losses = controller.history.losses(2000)
        self.loss_curves[key].setData(steps, np.clip(np.nan_to_num(losses, nan=0.0), 0, 1e6))
        last = max(self.lstm.current.number, self.rnn.current.number, 10)
        top = max(float(np.nanmax(np.clip(c.history.losses(2000)[1], 0, 1e6))) for c in self.controllers)
        self.loss_plot.setRange(xRange=(0, last), yRange=(0, max(top, 0.1) * 1.05), padding=0.02)

    def _on_lstm_step(self, step: Step) -> None:
        self._plot_loss("lstm", self.lstm)
        params = lstm.LSTMParams.from_array(step.params)
        for company, sequence in zip(("A", "B"), SEQUENCES):
            try:
                days = lstm.run(params, sequence)
            except ValueError:  # diverged parameters: keep the last drawing
                break
            xs = np.arange(1, len(days) + 1)
            for key, line in self.gate_lines[company].items():
                line.setData(xs, np.clip([getattr(d, key) for d in days], -5, 5))
            values = [v for d in days for v in (d.long_term, d.forget, d.candidate)]
            self.gate_plots[company].setYRange(min(-1.0, min(values)), max(1.0, max(values)), padding=0.05)
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
            lines.append((f"<b>{MODELS[key]}</b>, step {step.number}: Company A → <b>{num(a)}</b> (observed 0), "
                          f"Company B → <b>{num(b)}</b> (observed 1); SSR = <b>{num(step.loss, 4)}</b>",
                          f"A: {a!r}\nB: {b!r}\nSSR: {step.loss!r}"))
            if step.number > 0 and abs(a - b) < 0.1:
                lines.append((f"<span style='color:{theme.VERMILLION}'>The {MODELS[key]} gives both companies about the "
                              "same answer: it has not learned to remember Day 1.</span>", ""))
            elif step.number > 0 and a < 0.25 and b > 0.75:
                lines.append((f"<span style='color:{theme.GREEN}'>The {MODELS[key]} remembers Day 1: "
                              "it tells the two companies apart.</span>", ""))
        lines.append((f"<span style='color:{theme.GREY}'>The companies differ only on Day 1; Days 2–4 are the same. "
                      "To predict Day 5 the network must carry Day 1 through three more days.</span>", ""))
        self.ledger.set_lines(lines)

    def _write_series(self) -> None:
        lines = []
        last, observed = self.sequences[-1], self.targets[-1]
        for key, controller, module, cls in (("lstm", self.lstm, lstm, lstm.LSTMParams),
                                            ("rnn", self.rnn, rnn, rnn.RNNParams)):
            step = controller.current
            predicted = _predict(module, cls.from_array(step.params), last)
            lines.append((f"<b>{MODELS[key]}</b>, step {step.number}: last 4 days → <b>{num(predicted)}</b> "
                          f"(observed {num(observed)}); SSR over {len(self.targets):,} pairs = <b>{num(step.loss, 4)}</b>",
                          f"predicted: {predicted!r}\nSSR: {step.loss!r}"))
        lines.append((f"<span style='color:{theme.GREY}'>The gate plots still show the deck's Company A and B, "
                      "so you can see what the trained gates do with them.</span>", ""))
        self.ledger.set_lines(lines)

def _predict(module, params, sequence) -> float:
    """The model's prediction, or infinity (written "too large to display") when diverged parameters overflow."""
    try:
        return module.predict(params, sequence)
    except ValueError:
        return math.inf
