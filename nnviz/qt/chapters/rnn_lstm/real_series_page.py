"""Chapter 5's "Real series" view: the LSTM and the plain RNN learn the Nile's annual flow (1871–1970) in the
worker thread, and are judged on the last 20 years against "next year equals this year"."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QSpinBox, QStackedWidget, QVBoxLayout, QWidget

from nnviz.core.rnn_lstm import batched, lstm, real_series
from nnviz.qt import theme
from nnviz.qt.chapters.rnn_lstm.lstm_view import LEGEND_PT, SYMBOL_TEXT, SYMBOLS, gate_legend, title_legend
from nnviz.qt.chapters.rnn_lstm.training import MODELS, model_name, prefix_names
from nnviz.qt.i18n import fill, localize, translate
from nnviz.qt.training import PLOTTED_STEPS, SlowViews, TrainingController
from nnviz.qt.widgets.step_range import StepRange
from nnviz.qt.widgets.training_panel import TrainingPanel

WINDOWS = (2, 10)  # years a window may hold
#: During a run the predictions, errors and gates are redrawn at most every SLOW_S seconds (at 0.1 s the page
#: kept 84-89 % of a 10 ms timer's ticks while a model trained).
SLOW_S = 0.3
PARAM_LIMIT = 100.0
KEYS = ("model", "window", "lstm_units", "lstm_params", "rnn_params", "lstm_learning_rate", "rnn_learning_rate")


def _rmse(value: float) -> str:
    return localize(f"{value:.0f}") if math.isfinite(value) else "–"


class SeriesView(QObject):
    """Two TrainingControllers (LSTM, RNN) on the same windows of the Nile; predictions, errors and gates live."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.years, self.flow = real_series.load_nile()
        self.data = real_series.prepare(self.years, self.flow)
        self.units = {"lstm": 1, "rnn": 1}
        self.ctl = {m: TrainingController(real_series.objective(m, self.data), real_series.start(m),
                                          real_series.LEARNING_RATES[m], real_series.RULES, parent=self)
                    for m in MODELS}
        self.controllers = list(self.ctl.values())
        self._build_controls()
        self._build_content()
        self._slow = {}
        for m, controller in self.ctl.items():
            controller.stepChanged.connect(self._on_lstm_step if m == "lstm" else self._on_rnn_step)
            self._slow[m] = SlowViews(controller, self._on_lstm_step if m == "lstm" else self._on_rnn_step, SLOW_S)
        for m in MODELS:  # the step each controller made before these connections
            self._on_step(m, self.ctl[m].current)
        self.default_state = self.get_state()

    # --- construction -----------------------------------------------------------------------------------
    def _build_controls(self) -> None:
        self.controls = QWidget()
        layout = QVBoxLayout(self.controls)
        layout.setContentsMargins(0, 0, 0, 0)
        about = QLabel(translate("series", "The Nile at Aswan: its flow each year from 1871 to 1970 (10⁸ m³). "
                                           "Each window of years predicts the year after; the networks train on "
                                           "1871–1950 and are tested on 1951–1970."))
        about.setWordWrap(True)
        layout.addWidget(about)
        self.model = QComboBox()
        self.model.setObjectName("series-model")
        self.model.setToolTip(translate("series", "Which network the buttons below train (both keep their progress)"))
        for key in MODELS:
            self.model.addItem(fill(translate("rnn_training", "Train the %1"), model_name(key)), key)
        layout.addWidget(self.model)
        row = QWidget()
        grid = QGridLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(translate("series", "Years in a window")), 0, 0)
        self.window = QSpinBox()
        self.window.setObjectName("series-window")
        self.window.setRange(*WINDOWS)
        self.window.setValue(real_series.WINDOW)
        self.window.setToolTip(translate("series", "How many years in a row the networks read to predict the next "
                                                   "one; changing it starts both again"))
        self.window.valueChanged.connect(self._on_window)
        grid.addWidget(self.window, 0, 1)
        grid.addWidget(QLabel(translate("series", "LSTM units")), 1, 0)
        self.lstm_units = QSpinBox()
        self.lstm_units.setObjectName("series-units")
        self.lstm_units.setRange(1, batched.MAX_UNITS)
        self.lstm_units.setToolTip(translate("series", "1: the deck's LSTM unit. More: units side by side, read out "
                                                       "by a weighted sum (unit 1 starts as the deck's); changing "
                                                       "it starts the LSTM again"))
        self.lstm_units.valueChanged.connect(self._on_units)
        grid.addWidget(self.lstm_units, 1, 1)
        layout.addWidget(row)
        self.panels = {m: TrainingPanel(self.ctl[m]) for m in MODELS}
        self.stack = QStackedWidget()
        for m, panel in self.panels.items():
            prefix_names(panel, f"series-{m}-")
            panel.setObjectName(f"series-{m}-panel")
            panel.setTitle(fill(translate("rnn_training", "Training the %1"), model_name(m)))
            panel.set_rules(real_series.RULES)
            panel.buttons["reset"].clicked.connect(lambda _c=False, key=m: self.reset(key))
            self.stack.addWidget(panel)
        self.model.currentIndexChanged.connect(self.stack.setCurrentIndex)
        layout.addWidget(self.stack)

    def _build_content(self) -> None:
        self.content = QWidget()
        self.content.setObjectName("series-page")
        grid = QGridLayout(self.content)
        grid.setContentsMargins(0, 0, 0, 0)
        self.errors = QLabel()
        self.errors.setObjectName("series-errors")
        self.errors.setFont(theme.font(theme.TITLE_PT, bold=True))
        self.errors.setWordWrap(True)
        self.plot = theme.make_plot(translate("series", "The Nile's flow: observed, and predicted for 1951–1970 "
                                                        "(drag right to see 1871–1920)"),
                                    translate("series", "Year"), translate("series", "Flow (10⁸ m³)"),
                                    legend="top-left")
        self.plot.setObjectName("series-prediction-plot")
        region = pg.LinearRegionItem((self.data.test_years[0] - 0.5, self.years[-1] + 0.5), movable=False,
                                     brush=pg.mkBrush(240, 228, 66, 60), pen=pg.mkPen(None))
        self.plot.addItem(region)
        self.observed = self.plot.plot(self.years, self.flow, pen=theme.pen("data", 2), name=translate("series",
                                                                                                        "observed"))
        self.lines = {"baseline": self.plot.plot(pen=theme.pen("line", 3), name=translate("series", "this year")),
                      "lstm": self.plot.plot(pen=theme.pen("prediction"), name=model_name("lstm")),
                      "rnn": self.plot.plot(pen=theme.pen("residual"), name=model_name("rnn"))}
        self.plot.setXRange(self.years[-1] - 49.5, self.years[-1] + 0.5, padding=0.01)  # the last 50 years
        self.loss_plot = theme.make_plot(translate("rnn_training", "SSR after each step"),
                                         translate("rnn_training", "Step"), "SSR", legend="top-right")
        self.loss_plot.setObjectName("series-loss-plot")
        # ranges in jumps (autorange redrew both axes every frame), around both models' curves
        self._loss_range, self._loss_extent = StepRange(self.loss_plot), {}
        self.loss_lines = {"lstm": self.loss_plot.plot(pen=theme.pen("ssr"), name=model_name("lstm")),
                           "rnn": self.loss_plot.plot(pen=theme.pen("residual"), name=model_name("rnn"))}
        legend = title_legend([(translate("rnn_training", "Pot.") if g == "candidate" else gate_legend(g),
                                g, SYMBOL_TEXT[SYMBOLS[g]]) for g in lstm.GATES])
        self.gate_plot = theme.make_plot("", translate("series", "Year predicted"),
                                         translate("series", "Gate value"))
        self.gate_plot.setTitle(fill(translate("series", "<b>Gates</b>: %1"), legend), size=f"{LEGEND_PT}pt")
        self.gate_plot.setObjectName("series-gates-plot")
        self.gate_plot.setYRange(-1, 1, padding=0.05)
        self.gate_lines = {g: self.gate_plot.plot(pen=theme.pen(g), symbol=SYMBOLS[g], symbolSize=8,
                                                  symbolBrush=theme.brush(g), symbolPen=theme.NO_PEN)
                           for g in lstm.GATES}
        grid.addWidget(self.errors, 0, 0, 1, 2)
        grid.addWidget(self.plot, 1, 0, 1, 2)
        grid.addWidget(self.loss_plot, 2, 0)
        grid.addWidget(self.gate_plot, 2, 1)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(2, 2)

    # --- model ------------------------------------------------------------------------------------------------
    def current_model(self) -> str:
        return self.model.currentData()

    def reset(self, model: str, params=None) -> None:
        units = self.units[model]
        self.ctl[model].reset(real_series.start(model, units) if params is None else params,
                              objective=real_series.objective(model, self.data, units))

    def _on_units(self, value: int) -> None:
        self.units["lstm"] = value
        rate = real_series.start_learning_rate("lstm", value)
        self.panels["lstm"].learning_rate.setValue(rate)
        self.ctl["lstm"].learning_rate = rate
        self.reset("lstm")

    def _on_window(self, value: int) -> None:
        self.data = real_series.prepare(self.years, self.flow, value)
        for m in MODELS:
            self.reset(m)

    # --- view ---------------------------------------------------------------------------------------------------
    def _on_lstm_step(self, step) -> None:
        self._on_step("lstm", step)

    def _on_rnn_step(self, step) -> None:
        self._on_step("rnn", step)

    def _on_step(self, model: str, _step) -> None:
        numbers, losses = self.ctl[model].history.losses(PLOTTED_STEPS)
        losses = np.minimum(losses, 1e6)
        self.loss_lines[model].setData(numbers, losses)
        if len(numbers):
            self._loss_extent[model] = (float(numbers[0]), float(numbers[-1]), float(np.nanmax(losses)))
            extents = list(self._loss_extent.values())
            self._loss_range.follow(min(e[0] for e in extents), max(e[1] for e in extents),
                                    max(e[2] for e in extents))
        if self._slow[model].due():
            self.redraw()

    def redraw(self) -> None:
        """Each model's test predictions and error beside the baseline's, and the LSTM's gates."""
        data, years = self.data, self.data.test_years
        base = real_series.baseline_errors(data)
        self.lines["baseline"].setData(years, data.unscale(real_series.baseline(data.test_x)))
        rmse = {}
        for m in MODELS:
            params = self.ctl[m].current.params
            try:  # a diverged run: no line, no number
                predicted = real_series.predict(m, params, data.test_x, self.units[m])
            except ValueError:
                predicted = np.full(len(years), np.nan)
            finite = np.isfinite(predicted).all()
            self.lines[m].setData(years, data.unscale(np.clip(predicted, -10, 10)) if finite else [])
            rmse[m] = real_series.errors(data, predicted, data.test_y).rmse if finite else math.nan
        try:
            gates = real_series.gates(self.ctl["lstm"].current.params, data.test_x, self.units["lstm"])
        except ValueError:
            gates = np.full((len(years), 4), np.nan)
        for k, g in enumerate(lstm.GATES):
            self.gate_lines[g].setData(years, gates[:, k])
        self.errors.setText(fill(translate("series", "Test error (root mean square, 10⁸ m³), 1951–1970: "
                                                     "“next year = this year” %1 · LSTM %2 · plain RNN %3"),
                                 _rmse(base.rmse), _rmse(rmse["lstm"]), _rmse(rmse["rnn"])))

    # --- lesson files -----------------------------------------------------------------------------------------
    def get_state(self) -> dict:
        return {"model": self.current_model(), "window": self.window.value(), "lstm_units": self.units["lstm"],
                "lstm_params": list(self.ctl["lstm"].current.params),
                "rnn_params": list(self.ctl["rnn"].current.params),
                "lstm_learning_rate": self.ctl["lstm"].learning_rate,
                "rnn_learning_rate": self.ctl["rnn"].learning_rate}

    def lesson_entry(self) -> dict:
        """{"series": state} for the tab's lesson state, or nothing while the view is as it opened."""
        state = self.get_state()
        return {} if state == self.default_state else {"series": state}

    @staticmethod
    def validated(state) -> dict:
        """The state from a lesson file, checked completely; ValueError with a readable message otherwise."""
        if not isinstance(state, dict) or set(state) != set(KEYS):
            raise ValueError(fill(translate("series", "the Real series state must give exactly: %1"), ", ".join(KEYS)))
        if state["model"] not in MODELS:
            raise ValueError(fill(translate("series", "the Real series model must be one of %1"), ", ".join(MODELS)))
        window = state["window"]
        if isinstance(window, bool) or not isinstance(window, int) or not WINDOWS[0] <= window <= WINDOWS[1]:
            raise ValueError(fill(translate("series", "the Real series window must be a whole number from %1 to %2"),
                                  *WINDOWS))
        units = state["lstm_units"]
        if isinstance(units, bool) or not isinstance(units, int) or not 1 <= units <= batched.MAX_UNITS:
            raise ValueError(fill(translate("series", "the Real series LSTM units must be a whole number from 1 to "
                                                      "%1"), batched.MAX_UNITS))
        for m, size in (("lstm", real_series.n_params("lstm", units)), ("rnn", 5)):
            params = state[f"{m}_params"]
            if not isinstance(params, list) or len(params) != size or not all(
                    isinstance(p, (int, float)) and not isinstance(p, bool) and math.isfinite(p)
                    and abs(p) <= PARAM_LIMIT for p in params):
                raise ValueError(fill(translate("series", "the Real series needs %1 finite parameters for the %2, "
                                                          "each within ±%3"), size, model_name(m), int(PARAM_LIMIT)))
            rate = state[f"{m}_learning_rate"]
            if isinstance(rate, bool) or not isinstance(rate, (int, float)) or not (
                    math.isfinite(rate) and 0.0001 <= rate <= 10):
                raise ValueError(translate("series", "the Real series learning rates must be from 0.0001 to 10"))
        return dict(state)

    def set_state(self, state: dict) -> None:
        """Apply a state that `validated` accepted."""
        self.model.setCurrentIndex(self.model.findData(state["model"]))
        for box, key in ((self.window, "window"), (self.lstm_units, "lstm_units")):
            box.blockSignals(True)
            box.setValue(state[key])
            box.blockSignals(False)
        self.units["lstm"] = state["lstm_units"]
        self.data = real_series.prepare(self.years, self.flow, state["window"])
        for m in MODELS:
            self.panels[m].learning_rate.setValue(state[f"{m}_learning_rate"])
            self.ctl[m].learning_rate = float(state[f"{m}_learning_rate"])
            self.reset(m, state[f"{m}_params"])
        self.redraw()
