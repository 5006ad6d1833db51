"""Chapter 5 views: the RNN on the stock example (folded, unrolled, the math per day) and the
exploding/vanishing gradient (Input₁ × w2^N, and the real BPTT gradient per day)."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from nnviz.core.rnn_lstm import rnn
from nnviz.qt import theme
from nnviz.qt.chapters.rnn_lstm import data as rnn_data
from nnviz.qt.chapters.rnn_lstm.widgets import (
    FoldedDiagram,
    PowerAxis,
    SequenceField,
    UnrolledDiagram,
    deck,
    num,
    power,
)
from nnviz.qt.i18n import fill, grouped, localize, translate
from nnviz.qt.widgets.ledger import Ledger
from nnviz.qt.widgets.number_field import NumberField

MAX_DAYS = 1000  # days of a sequence (typed or imported); the maths uses them all
DRAWN_DAYS = 6  # the unrolled drawing shows the last this many days: readable on a projector
MAX_UNROLL = 1000
SHOWN_DAYS = 5  # longer sequences are shortened with "…" in the ledger
LEVELS = ((rnn.LOW, "low"), (rnn.MEDIUM, "medium"), (rnn.HIGH, "high"))
LEVEL_NAMES = {"low": QT_TRANSLATE_NOOP("rnn_views", "low"), "medium": QT_TRANSLATE_NOOP("rnn_views", "medium"),
               "high": QT_TRANSLATE_NOOP("rnn_views", "high"), "off": QT_TRANSLATE_NOOP("rnn_views", "off the scale")}
WEIGHT_TIPS = {"w1": QT_TRANSLATE_NOOP("rnn_views", "w1: the weight on each day's input"),
               "b1": QT_TRANSLATE_NOOP("rnn_views", "b1: the bias on each day's input"),
               "w2": QT_TRANSLATE_NOOP("rnn_views", "w2: the weight on the feedback loop (yesterday's output)"),
               "w3": QT_TRANSLATE_NOOP("rnn_views", "w3: the weight on the output"),
               "b2": QT_TRANSLATE_NOOP("rnn_views", "b2: the bias on the output")}

LOG_PLOT_TEXTS = (QT_TRANSLATE_NOOP("rnn_views", "|w2|ᴺ after each unroll"),  # titles and axes of the two log plots
                  QT_TRANSLATE_NOOP("rnn_views", "Number of unrolls"),
                  QT_TRANSLATE_NOOP("rnn_views", "Real gradient for each day (BPTT)"),
                  QT_TRANSLATE_NOOP("rnn_views", "Day"))


def places(value: float) -> int:
    """Decimals worth showing: 4 for small numbers, none for big ones (191751, not 191751.0592)."""
    return 4 if abs(value) < 10 else 2 if abs(value) < 1000 else 0


def paren(text: str) -> str:
    return f"({text})" if text.startswith("−") else text


def day_names(n: int) -> list[str]:
    """Day 1, Day 2, …, Yesterday, Today."""
    names = [fill(translate("rnn_views", "Day %1"), i + 1) for i in range(n)]
    if n >= 1:
        names[-1] = translate("rnn_views", "Today")
    if n >= 2:
        names[-2] = translate("rnn_views", "Yesterday")
    return names


def nearest_level(value: float) -> str:
    key = min(LEVELS, key=lambda lv: abs(lv[0] - value))[1] if math.isfinite(value) else "off"
    return translate("rnn_views", LEVEL_NAMES[key])


def _view_widgets() -> tuple[QWidget, QVBoxLayout, QWidget]:
    controls = QWidget()
    layout = QVBoxLayout(controls)
    layout.setContentsMargins(0, 0, 0, 0)
    return controls, layout, QWidget()


class RnnView(QObject):
    """The stock example: the days, the five parameters, both drawings and the math written out."""

    paramsChanged = Signal()  # a weight, a bias or the sequence changed

    def __init__(self, parent=None):
        super().__init__(parent)
        self.controls, layout, self.content = _view_widgets()
        self.sequence = SequenceField("rnn-sequence", translate("rnn_views", "Days, oldest first (low 0, medium 0.5, "
                                                                "high 1)"),
                                      rnn.DECK_SEQUENCE, max_days=MAX_DAYS)
        self.sequence.changed.connect(self._on_changed)
        layout.addWidget(self.sequence)
        row = QHBoxLayout()
        for value, name in LEVELS:
            button = QPushButton("+ " + translate("rnn_views", LEVEL_NAMES[name]).capitalize())
            button.setObjectName(f"add-{name}")
            button.setToolTip(fill(translate("rnn_views", "Add a day with value %1 (%2)"), num(value),
                                   translate("rnn_views", LEVEL_NAMES[name])))
            button.setProperty("level", value)
            button.clicked.connect(self._on_add_day)
            row.addWidget(button)
        layout.addLayout(row)
        remove = QPushButton(translate("rnn_views", "Remove last day"))
        remove.setObjectName("remove-day")
        remove.clicked.connect(self.remove_day)
        layout.addWidget(remove)
        box = QGroupBox(translate("rnn_views", "Weights and biases"))
        box_layout = QVBoxLayout(box)
        self.fields: dict[str, NumberField] = {}
        for name in rnn.NAMES:
            f = NumberField(f"rnn-{name}", name, getattr(rnn.DECK_PARAMS, name), -5, 5,
                            tooltip=translate("rnn_views", WEIGHT_TIPS[name]))
            f.valueChanged.connect(self._on_changed)
            box_layout.addWidget(f)
            self.fields[name] = f
        layout.addWidget(box)
        deck_button = QPushButton(translate("rnn_views", "Deck's values"))
        deck_button.setObjectName("rnn-deck-values")
        deck_button.setToolTip(translate("rnn_views", "w1 = 1.8, b1 = 0.0, w2 = −0.5, w3 = 1.1, b2 = 0.0; "
                                                      "yesterday low, today medium"))
        deck_button.clicked.connect(self.restore_deck)
        layout.addWidget(deck_button)
        self.table_io = rnn_data.rnn_io(self)  # Import data… / Export data…
        layout.addWidget(self.table_io.widget)

        grid = QGridLayout(self.content)
        grid.setContentsMargins(0, 0, 0, 0)
        self.folded = FoldedDiagram()
        self.unrolled = UnrolledDiagram(DRAWN_DAYS)
        self.ledger = Ledger(translate("rnn_views", "The math, day by day"), key="rnn-ledger")
        folded_box = QGroupBox(translate("rnn_views", "The feedback loop"))
        self.unrolled_box = QGroupBox(translate("rnn_views", "Unrolled: one copy per day"))
        self.unrolled_box.setObjectName("rnn-unrolled-box")
        QVBoxLayout(folded_box).addWidget(self.folded)
        QVBoxLayout(self.unrolled_box).addWidget(self.unrolled)
        grid.addWidget(self.unrolled_box, 0, 0, 1, 2)
        grid.addWidget(folded_box, 1, 0)
        grid.addWidget(self.ledger, 1, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        self.refresh()

    # --- model ----------------------------------------------------------------------
    def params(self) -> rnn.RNNParams:
        return rnn.RNNParams(**{k: f.value() for k, f in self.fields.items()})

    def set_params(self, params: rnn.RNNParams) -> None:
        for k, f in self.fields.items():
            f.setValue(getattr(params, k))
        self.refresh()

    def set_sequence(self, values) -> None:
        self.sequence.set_values(values)
        self.refresh()

    def restore_deck(self) -> None:
        self.sequence.set_values(rnn.DECK_SEQUENCE)
        self.set_params(rnn.DECK_PARAMS)
        self.paramsChanged.emit()

    def _on_add_day(self) -> None:
        days = self.sequence.values()
        if len(days) < MAX_DAYS:
            self.set_sequence(days + (float(self.sender().property("level")),))
            self.paramsChanged.emit()

    def remove_day(self) -> None:
        self.set_sequence(self.sequence.values()[:-1])
        self.paramsChanged.emit()

    def _on_changed(self, *_):
        self.refresh()
        self.paramsChanged.emit()

    # --- view -----------------------------------------------------------------------
    def refresh(self) -> None:
        p = self.params()
        try:
            run = rnn.unroll(p, self.sequence.values())
        except ValueError as error:  # the feedback loop overflowed: say so instead of drawing
            self.ledger.set_lines([(fill(translate("rnn_views", "The values grow too large to compute (%1): "
                                                   "make |w2| smaller or use fewer days."), error), "")])
            return
        names = day_names(len(run.inputs))
        self.folded.set_params(p._asdict())
        n, k = len(run.inputs), DRAWN_DAYS
        drawn = run if n <= k else run._replace(inputs=run.inputs[-k:], feedback=run.feedback[-k:],
                                                 sums=run.sums[-k:], outputs=run.outputs[-k:])
        self.unrolled.set_run(drawn, p._asdict(), names[-k:])
        self.unrolled_box.setTitle(translate("rnn_views", "Unrolled: one copy per day") if n <= k else
                                   fill(translate("rnn_views", "Unrolled: one copy per day — showing the last %1 of "
                                                  "%2 days (the math uses every day)"), k, grouped(n)))
        self.ledger.set_lines(self.ledger_lines(p, run, names))

    def ledger_lines(self, p: rnn.RNNParams, run: rnn.Unrolled, names: list[str]) -> list[tuple[str, str]]:
        """The deck's computation for every day, then the prediction for tomorrow."""
        if not run.inputs:
            return [(translate("rnn_views", "No days yet: add a day (low, medium or high) or type a sequence."), ""),
                    (fill(translate("rnn_views", "With no days the output is just b2: Prediction = %1"), deck(p.b2)),
                     "")]
        lines = []
        n = len(run.inputs)
        shown = range(n) if n <= SHOWN_DAYS else [0, 1, None, n - 2, n - 1]
        for t in shown:
            if t is None:
                lines.append(("…", ""))
                continue
            head = fill(translate("rnn_views", "%1 × w1 + b1"), names[t])
            values = f"{num(run.inputs[t])} × {paren(deck(p.w1))} + {paren(deck(p.b1))}"
            if t > 0:
                head += fill(translate("rnn_views", " + %1's output × w2"), names[t - 1])
                values += f" + {num(run.outputs[t - 1])} × {paren(deck(p.w2))}"
            lines.append((f"{head} = {values} = <b>{num(run.sums[t])}</b>; ReLU → <b>{num(run.outputs[t])}</b>",
                          fill(translate("rnn_views", "Sum = %1\nReLU output = %2"), localize(repr(run.sums[t])),
                               localize(repr(run.outputs[t])))))
        lines.append((fill(translate("rnn_views", "Prediction for tomorrow = %1's output × w3 + b2 = %2 × %3 + %4 = "
                                     "<b>%5</b> (nearest: %6)"), names[-1], num(run.outputs[-1]), paren(deck(p.w3)),
                           paren(deck(p.b2)), num(run.prediction), nearest_level(run.prediction)),
                      fill(translate("rnn_views", "Prediction = %1"), localize(repr(run.prediction)))))
        if n >= 2:
            why = translate("rnn_views", "The feedback loop lets yesterday's and today's values both influence the "
                                         "prediction.")
            lines.append((f"<span style='color:{theme.themed(theme.GREY)}'>{why}</span>", ""))
        return lines


class GradientView(QObject):
    """Input₁ × w2^N written out, |w2|^N on a log scale, and the real BPTT gradient for each day."""

    def __init__(self, base_params, parent=None):
        super().__init__(parent)
        self.base_params = base_params  # the RNN view's parameters: w1, b1, w3, b2 come from there
        self.controls, layout, self.content = _view_widgets()
        self.w2 = NumberField("gradient-w2", translate("rnn_views", "w2 (feedback weight)"), 2.0, -3, 3,
                              tooltip=translate("rnn_views", "The weight on the feedback loop: |w2| > 1 explodes, "
                                                "|w2| < 1 vanishes"))
        self.unroll = NumberField("unroll", translate("rnn_views", "Number of unrolls N"), 4, 1, MAX_UNROLL,
                                  decimals=0, log=True, tooltip=fill(translate(
                                      "rnn_views", "How many times the network is unrolled (1 to %1)"), MAX_UNROLL))
        self.w2.valueChanged.connect(self.refresh)
        self.unroll.valueChanged.connect(self.refresh)
        note = QLabel(translate("rnn_views", "The gradient for Day 1 passes through the feedback loop once per "
                                "unroll, so it is multiplied by w2 N times."))
        note.setWordWrap(True)
        for w in (self.w2, self.unroll, note):
            layout.addWidget(w)
        for key, text, w2, n in (("gradient-deck",
                                  QT_TRANSLATE_NOOP("rnn_views", "The deck: w2 = 2, unrolled 4 times"), 2.0, 4),
                                 ("gradient-explode", QT_TRANSLATE_NOOP("rnn_views", "Explodes: w2 = 2, 50 unrolls"),
                                  2.0, 50),
                                 ("gradient-vanish", QT_TRANSLATE_NOOP("rnn_views", "Vanishes: w2 = 0.5, 50 unrolls"),
                                  0.5, 50)):
            button = QPushButton(translate("rnn_views", text))
            button.setObjectName(key)
            button.setProperty("preset", (w2, n))
            button.clicked.connect(self._on_preset)
            layout.addWidget(button)

        grid = QGridLayout(self.content)
        grid.setContentsMargins(0, 0, 0, 0)
        self.ledger = Ledger(translate("rnn_views", "The Vanishing/Exploding Gradient Problem"), key="gradient-ledger")
        self.factor_plot = self._log_plot("|w2|ᴺ after each unroll", "Number of unrolls")
        self.factor_plot.setObjectName("exploding-plot")
        pi = self.factor_plot.getPlotItem()
        self.explode_region = pg.LinearRegionItem((0, 1e3), orientation="horizontal", movable=False,
                                                  brush=theme.brush("residual", 40), pen=pg.mkPen(None))
        self.vanish_region = pg.LinearRegionItem((-1e3, 0), orientation="horizontal", movable=False,
                                                 brush=theme.brush("prediction", 40), pen=pg.mkPen(None))
        for region in (self.explode_region, self.vanish_region):
            region.setZValue(-10)
            pi.addItem(region)
        self.explode_label = pg.TextItem(translate("rnn_views", "Exploding (|w2| > 1)"), color=theme.VERMILLION,
                                         anchor=(0, 0))
        self.vanish_label = pg.TextItem(translate("rnn_views", "Vanishing (|w2| < 1)"), color=theme.BLUE,
                                        anchor=(0, 1))
        for label in (self.explode_label, self.vanish_label):
            label.setFont(theme.font(theme.TICK_PT, bold=True))
            pi.addItem(label)
        dashed = pg.mkPen(theme.themed(theme.GREY), width=2, style=pg.QtCore.Qt.PenStyle.DashLine)
        pi.addItem(pg.InfiniteLine(0, angle=0, pen=dashed))
        self.factor_curve = pi.plot(pen=theme.pen("weight"), name="|w2|ᴺ")
        self.factor_point = pi.plot(pen=None, symbol="o", symbolSize=14, symbolBrush=theme.brush("highlight"),
                                    symbolPen=pg.mkPen(theme.themed(theme.BLACK), width=2))
        self.bptt_plot = self._log_plot("Real gradient for each day (BPTT)", "Day")
        self.bptt_plot.setObjectName("bptt-plot")
        self.bptt_curve = self.bptt_plot.plot(pen=theme.pen("tangent", 2), symbol="o", symbolSize=7,
                                              symbolBrush=theme.brush("tangent"), symbolPen=theme.NO_PEN,
                                              connect="finite")
        grid.addWidget(self.ledger, 0, 0, 1, 2)
        grid.addWidget(self.factor_plot, 1, 0)
        grid.addWidget(self.bptt_plot, 1, 1)
        grid.setRowStretch(0, 2)
        grid.setRowStretch(1, 3)
        self.bptt_values: tuple[float, ...] = ()
        self.refresh()

    @staticmethod
    def _log_plot(title: str, x_label: str) -> pg.PlotWidget:
        plot = theme.make_plot(translate("rnn_views", title), translate("rnn_views", x_label), "")  # LOG_PLOT_TEXTS
        axis = PowerAxis("left")
        axis.setTickFont(theme.font(theme.TICK_PT))
        axis.setPen(pg.mkPen(theme.themed(theme.BLACK), width=1.5))
        axis.setTextPen(pg.mkPen(theme.themed(theme.BLACK)))
        plot.getPlotItem().setAxisItems({"left": axis})
        plot.getPlotItem().setMouseEnabled(x=False, y=False)
        return plot

    def _on_preset(self) -> None:
        self.set_values(*self.sender().property("preset"))

    def n(self) -> int:
        return int(round(self.unroll.value()))

    def set_values(self, w2: float, n: int) -> None:
        self.w2.setValue(w2)
        self.unroll.setValue(n)
        self.refresh()

    def refresh(self, *_) -> None:
        w2, n = self.w2.value(), self.n()
        if self.unroll.value() != n:  # unrolls are whole numbers
            self.unroll.setValue(n)
        ns = np.arange(0, n + 1)
        logs = rnn.log10_gradient_factor(w2, ns)
        shown = np.maximum(logs, -330.0)  # 0 has no logarithm: draw it at the bottom
        self.factor_curve.setData(ns, shown)
        self.factor_point.setData([n], [shown[-1]])
        lo, hi = min(0.0, float(shown.min())), max(0.0, float(shown.max()))
        pad = max(0.5, 0.08 * (hi - lo))
        self.factor_plot.setRange(xRange=(0, max(n, 1) * 1.04), yRange=(lo - pad, hi + pad), padding=0)
        for plot in (self.factor_plot, self.bptt_plot):
            step = next(m * 10 ** k for k in range(4) for m in (1, 2, 5) if (n + 1) / (m * 10 ** k) <= 8)
            plot.getPlotItem().getAxis("bottom").setTickSpacing(step, step)
        self.explode_label.setPos(0, hi + pad)
        self.vanish_label.setPos(0, lo - pad)
        # the real gradient: the RNN of the first view, every day high (1), unrolled N times (N + 1 days)
        params = self.base_params()._replace(w2=w2)
        with np.errstate(all="ignore"):
            try:
                grads = np.abs(np.array(rnn.input_gradients(params, [rnn.HIGH] * (n + 1))))
            except ValueError:  # the gradient overflowed: every day counts as too large to display
                grads = np.full(n + 1, np.inf)
            self.bptt_values = tuple(float(g) for g in grads)
            y = np.where((grads > 0) & np.isfinite(grads), np.log10(np.where(grads > 0, grads, 1.0)), np.nan)
        days = np.arange(1, n + 2)
        drawn = np.isfinite(y)  # a day at 0 or too large is left out, with a gap in the line: no NaN is plotted
        if drawn.any():
            self.bptt_curve.setData(days[drawn], y[drawn], connect=np.append(np.diff(days[drawn]) == 1, False))
        else:  # nothing to draw
            self.bptt_curve.setData([], [], connect="auto")
        finite = y[np.isfinite(y)]
        if finite.size:
            lo, hi = float(finite.min()), float(finite.max())
            pad = max(0.5, 0.08 * (hi - lo))
            self.bptt_plot.setRange(xRange=(0.5, n + 1.5), yRange=(lo - pad, hi + pad), padding=0)
        self.ledger.set_lines(self.ledger_lines(w2, n, params))

    def ledger_lines(self, w2: float, n: int, params: rnn.RNNParams) -> list[tuple[str, str]]:
        try:
            factor = rnn.gradient_factor(w2, n)
        except ValueError:
            factor = math.inf  # written "too large to display"
        w = paren(num(w2))
        many = f"{w} × {w} × … × {w} " + fill(translate("rnn_views", "(%1 times)"), n)
        times = " × ".join([w] * n) if n <= 6 else many
        lines = [(fill(translate("rnn_views", "Input₁ × %1 = Input₁ × %2 = Input₁ × <b>%3</b>"), times,
                       w + power(n), num(factor, places(factor))), f"w2^N = {localize(repr(factor))}"),
                 (translate("rnn_views", "= Input₁ × w2<sup>Num. Unroll</sup>"), "")]
        if abs(w2) > 1:
            lines.append((f"<b style='color:{theme.VERMILLION}'>" + fill(translate(
                "rnn_views", "Exploding Gradient</b>: |w2| = %1 &gt; 1, so each unroll makes it bigger: steps far too "
                "large, gradient descent cannot settle."), num(abs(w2))), ""))
        elif abs(w2) < 1:
            lines.append((f"<b style='color:{theme.themed(theme.BLUE)}'>" + fill(translate(
                "rnn_views", "Vanishing Gradient</b>: |w2| = %1 &lt; 1, so each unroll shrinks it toward 0: Day 1 "
                "hardly changes anything, so it is never learned."), num(abs(w2))), ""))
        else:
            lines.append((translate("rnn_views", "|w2| = 1: the gradient neither explodes nor vanishes (but w2 cannot "
                                    "stay exactly 1)."), ""))
        lines.append((translate("rnn_views", "One way to prevent the Exploding Gradient Problem would be to limit "
                                "w2 to values &lt; 1 — but then w2<sup>N</sup> shrinks toward 0 and the gradient "
                                "vanishes instead. LSTM avoids both."), ""))
        d1 = self.bptt_values[0] if self.bptt_values else 0.0
        off = sum(1 for g in self.bptt_values if g == 0)
        huge = sum(1 for g in self.bptt_values if not math.isfinite(g))
        note = fill(translate("rnn_views", "; 0 on %1 day(s) where ReLU is off (not drawn)"), off) if off else ""
        if huge:
            note += fill(translate("rnn_views", "; too large to display on %1 day(s) (not drawn)"), huge)
        lines.append((fill(translate("rnn_views", "Backpropagation through time (%1 days, every day high = 1, "
                                     "w1 = %2, w3 = %3): |d Prediction / d Input₁| = <b>%4</b>%5"), grouped(n + 1),
                           deck(params.w1), deck(params.w3), num(d1, places(d1)), note),
                      fill(translate("rnn_views", "per day: %1"),
                           "; ".join(localize(repr(g)) for g in self.bptt_values[:12]))))
        return lines
