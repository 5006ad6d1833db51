"""The LSTM unit drawn as in the deck: the Long-Term Memory line across the top, the Short-Term Memory below,
the Forget, Input and Output Gates and the Potential Long-Term Memory between them, each with its activation
curve and today's point on it, and today's numbers."""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen

from nnviz.core.rnn_lstm import lstm
from nnviz.qt import theme
from nnviz.qt.chapters.rnn_lstm.widgets import percent
from nnviz.qt.chapters.rnn_lstm.widgets import rounded as num
from nnviz.qt.i18n import fill, translate
from nnviz.qt.widgets.diagram import Diagram

TOP, GATES_Y, BUS, SHORT = 30, 185, 285, 325
BOX_W, BOX_H = 250, 116
GATE_X = {"forget": 260, "input": 540, "candidate": 820, "output": 1100}
ADD_X, OUT_X, END_X = 680, 1350, 1480
SHORT_NAMES = {"forget": QT_TRANSLATE_NOOP("lstm_cell", "Forget Gate"),
               "input": QT_TRANSLATE_NOOP("lstm_cell", "Input Gate"),
               "candidate": QT_TRANSLATE_NOOP("lstm_cell", "Potential Long-Term"),
               "output": QT_TRANSLATE_NOOP("lstm_cell", "Output Gate")}
CURVE_W, CURVE_H, REACH = 78, 60, 6.0  # the little activation curve in each box, for sums in [−REACH, REACH]


class LstmCell(Diagram):
    """Call `set_day(day, number)` with an `lstm.Day` (or None before the first day)."""

    def __init__(self, parent=None):
        super().__init__("lstm-cell", parent)
        black, purple = theme.themed(theme.BLACK), theme.COLORS["short-term"]
        # Long-Term Memory across the top, through × (forget) and + (input × potential).
        self.arrow([(0, TOP), (END_X, TOP)], black, 6)
        self._op(GATE_X["forget"], TOP, "×")
        self._op(ADD_X, TOP, "+")
        # Short-Term Memory and the Input join into the bus that feeds every gate.
        self.arrow([(0, SHORT), (110, SHORT), (110, BUS)], purple, 5, Qt.PenStyle.DashLine, head=False)
        self.arrow([(0, BUS), (110, BUS)], theme.COLORS["data"], 4, head=False)
        self.arrow([(110, BUS), (GATE_X["output"], BUS)], theme.themed(theme.GREY), 4, head=False)
        bottom = GATES_Y + BOX_H / 2
        for gate, x in GATE_X.items():
            self.arrow([(x, BUS), (x, bottom)], theme.themed(theme.GREY), 4)
            self.box(x, GATES_Y, BOX_W, BOX_H, theme.COLORS[gate])
        top = GATES_Y - BOX_H / 2
        self.arrow([(GATE_X["forget"], top), (GATE_X["forget"], TOP + 22)], theme.COLORS["forget"], 4)
        self._op(ADD_X, 85, "×")
        self.arrow([(GATE_X["input"], top), (GATE_X["input"], 85), (ADD_X - 22, 85)], theme.COLORS["input"], 4)
        self.arrow([(GATE_X["candidate"], top), (GATE_X["candidate"], 85), (ADD_X + 22, 85)],
                   theme.COLORS["candidate"], 4)
        self.arrow([(ADD_X, 63), (ADD_X, TOP + 22)], black, 4)
        # Output: tanh of the new Long-Term Memory, × the Output Gate → new Short-Term Memory.
        self.arrow([(OUT_X, TOP), (OUT_X, 75)], black, 4)
        self.box(OUT_X, 100, 170, 50, black)
        self._op(OUT_X, GATES_Y, "×")
        self.arrow([(OUT_X, 125), (OUT_X, GATES_Y - 22)], black, 4)
        self.arrow([(GATE_X["output"] + BOX_W / 2, GATES_Y), (OUT_X - 22, GATES_Y)], theme.COLORS["output"], 4)
        self.arrow([(OUT_X, GATES_Y + 22), (OUT_X, SHORT), (END_X, SHORT)], purple, 5, Qt.PenStyle.DashLine)
        # Each gate: its name, its activation curve with today's point, its value.
        self.gate_value, self.gate_point = {}, {}
        for gate, x in GATE_X.items():
            name = self.text(translate("lstm_cell", SHORT_NAMES[gate]), 17, True, theme.COLORS[gate])
            self.place(name, x, top + 16)
            self._curve(gate, x)
            self.gate_value[gate] = self.text("", 19, True)
            point = self.scene().addEllipse(QRectF(-8, -8, 16, 16), QPen(QColor(black), 2),
                                            QBrush(QColor(theme.COLORS[gate])))
            point.setZValue(4)
            self.gate_point[gate] = point
        self.tanh_text = self.text("", 17, True)
        self.long_in = self.text("", 20, True)
        self.long_out = self.text("", 20, True)
        self.short_in = self.text("", 20, True, purple)
        self.short_out = self.text("", 20, True, purple)
        self.input_text = self.text("", 18, True)
        self.set_day(None, 0)

    def _op(self, x: float, y: float, symbol: str) -> None:
        self.node(x, y, 22, width=3)
        self.place(self.text(symbol, 20, True), x, y)

    def _curve_origin(self, x: float) -> tuple[float, float]:
        """Scene position of the lower-left corner of gate box `x`'s curve area."""
        return x - BOX_W / 2 + 12, GATES_Y + BOX_H / 2 - 10

    def _curve_xy(self, gate: str, x: float, s: float) -> tuple[float, float]:
        x0, y0 = self._curve_origin(x)
        s = max(-REACH, min(REACH, s))
        if lstm.GATE_ACTIVATION[gate] == "tanh":
            a = (math.tanh(s) + 1) / 2
        else:
            a = 1 / (1 + math.exp(-s))
        return x0 + (s + REACH) / (2 * REACH) * CURVE_W, y0 - a * CURVE_H

    def _curve(self, gate: str, x: float) -> None:
        x0, y0 = self._curve_origin(x)
        axes = QPen(QColor(theme.themed(theme.GREY)), 1.5)
        self.scene().addLine(x0, y0, x0 + CURVE_W, y0, axes).setZValue(2)
        self.scene().addLine(x0 + CURVE_W / 2, y0, x0 + CURVE_W / 2, y0 - CURVE_H, axes).setZValue(2)
        path = QPainterPath()
        for i in range(41):
            px, py = self._curve_xy(gate, x, -REACH + i * 2 * REACH / 40)
            path.moveTo(px, py) if i == 0 else path.lineTo(px, py)
        item = self.scene().addPath(path, QPen(QColor(theme.themed(theme.BLACK)), 3))
        item.setZValue(2)
        label = self.text("tanh" if lstm.GATE_ACTIVATION[gate] == "tanh" else "σ", 14, False, theme.themed(theme.GREY))
        self.place(label, x0 + 10, y0 - CURVE_H + 4)

    def set_day(self, day: lstm.Day | None, number: int) -> None:
        """Show day `number` (1-based); None: the memories before day 1."""
        for gate, x in GATE_X.items():
            if day is None:
                self.gate_value[gate].setText("–")
                self.gate_point[gate].setVisible(False)
            else:
                s, v = getattr(day, f"{gate}_sum"), getattr(day, gate)
                f = "tanh" if gate == "candidate" else "σ"
                self.gate_value[gate].setText(f"{f}({num(s)})\n= {num(v) if gate == 'candidate' else percent(v)}")
                self.gate_point[gate].setVisible(True)
                self.gate_point[gate].setPos(*self._curve_xy(gate, x, s))
            self.place(self.gate_value[gate], x + BOX_W / 2 - 8, GATES_Y + 18, "right")
        if day is None:
            long_in = short_in = long_out = short_out = 0.0
            self.input_text.setText(translate("lstm_cell", "Input: no day yet"))
            self.tanh_text.setText("tanh")
        else:
            long_in, short_in, long_out, short_out = day.long_before, day.short_before, day.long_term, day.short_term
            self.input_text.setText(fill(translate("lstm_cell", "Input (Day %1) = %2"), number, num(day.x)))
            self.tanh_text.setText(f"tanh → {num(math.tanh(day.long_term))}")
        self.long_in.setText(fill(translate("lstm_cell", "Long-Term Memory %1"), num(long_in)))
        self.long_out.setText(fill(translate("lstm_cell", "new %1"), num(long_out)))
        self.short_in.setText(fill(translate("lstm_cell", "Short-Term Memory %1"), num(short_in)))
        self.short_out.setText(fill(translate("lstm_cell", "new %1"), num(short_out)))
        self.place(self.long_in, 0, TOP - 26, "left")
        self.place(self.long_out, END_X, TOP - 26, "right")
        self.place(self.short_in, 0, SHORT + 26, "left")
        self.place(self.short_out, END_X, SHORT + 26, "right")
        self.place(self.input_text, 0, BUS - 18, "left")
        self.place(self.tanh_text, OUT_X, 100)
        self.fit()
