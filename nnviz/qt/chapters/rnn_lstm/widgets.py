"""Chapter 5 helpers: the sequence-of-days field, a powers-of-ten axis, a small diagram canvas, and the folded
and unrolled RNN drawings."""

from __future__ import annotations

import math
import re

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QPolygonF
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from nnviz.core.numbers import fmt, parse_number
from nnviz.qt import theme
from nnviz.qt.i18n import fill, language, localize, number, translate
from nnviz.qt.widgets.diagram import Diagram

SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def deck(value: float) -> str:
    """A weight as the deck writes it: at least one decimal (1.8, 0.0, −0.5), typographic minus."""
    if math.isfinite(value) and abs(value) < 1e6 and round(value, 1) == round(value, 2):
        text = f"{value:.1f}"
        return localize("0.0" if text == "-0.0" else text).replace("-", "−")
    return num(value)


def num(value: float, decimals: int = 2) -> str:
    """Deck rounding with a typographic minus and the language's decimal point; "too large to display" for overflow."""
    return number(value, decimals).replace("-", "−")


def separator() -> str:
    """Between the numbers of a list: ", " in English, " ; " in French (where the comma is the decimal comma)."""
    return ", " if language() == "en" else "\u00a0; "


def percent(value: float) -> str:
    """83% in English, 83 % in French."""
    return f"{value * 100:.0f}%" if language() == "en" else f"{value * 100:.0f}\u00a0%"


def rounded(value: float, decimals: int = 2) -> str:
    """Like `num`, but tiny values read as 0 (the deck's ≈ 0), never in scientific notation."""
    if math.isfinite(value) and abs(value) < 1e6:
        value = round(value, decimals)
    return num(value, decimals)


def power(exponent: int) -> str:
    """Superscript digits: power(4) == '⁴'."""
    return str(int(exponent)).translate(SUPERSCRIPT)


class SequenceField(QWidget):
    """The days of a sequence typed as numbers separated by commas or spaces; bad text refused with a message."""

    changed = Signal(tuple)  # the new sequence, oldest day first

    def __init__(self, key: str, label: str, values=(), *, max_days: int = 10, parent=None):
        super().__init__(parent)
        self.max_days = max_days
        self._values = tuple(float(v) for v in values)
        self.label = QLabel(label)
        self.label.setWordWrap(True)
        self.edit = QLineEdit()
        self.edit.setObjectName(key)
        self.edit.setAccessibleName(label)
        self.edit.setToolTip(fill(translate("rnn_widgets", "Type up to %1 values separated by commas or spaces "
                                            "(low 0, medium 0.5, high 1), then press Enter"), max_days))
        self.edit.editingFinished.connect(self._on_edit_finished)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # a refusal quotes what was typed
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #B00020;")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.label)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        self.set_values(self._values)

    def values(self) -> tuple[float, ...]:
        return self._values

    def set_values(self, values) -> None:
        """Show `values` (model → widget, no signal)."""
        self._values = tuple(float(v) for v in values)
        self.edit.setText(separator().join(localize(fmt(v, 4)) for v in self._values))

    @staticmethod
    def parse(text: str, max_days: int) -> tuple[float, ...]:
        if language() != "en":  # a comma between two digits is a decimal comma
            text = re.sub(r"(?<=\d),(?=\d)", ".", text)
        parts = [p for p in text.replace(";", " ").replace(",", " ").split() if p]
        if len(parts) > max_days:
            raise ValueError(fill(translate("rnn_widgets", "at most %1 days, please"), max_days))
        values = []
        for p in parts:
            try:
                values.append(parse_number(p, -100, 100))
            except ValueError:
                raise ValueError(fill(translate("rnn_widgets", "“%1” is not a number from −100 to 100"),
                                      p[:20])) from None
        return tuple(values)

    def _on_edit_finished(self) -> None:
        try:
            values = self.parse(self.edit.text().replace(", ", " "), self.max_days)
        except ValueError as error:
            self.message.setText(fill(translate("rnn_widgets", "%1. Kept the previous days."), error))
            self.message.show()
            self.set_values(self._values)
            return
        self.message.hide()
        if values != self._values:
            self.set_values(values)
            self.changed.emit(values)
        else:
            self.set_values(values)


class PowerAxis(pg.AxisItem):
    """A left axis for values given as log₁₀: ticks read 0.01, 1, 100 or 10⁵⁰."""

    def tickStrings(self, values, scale, spacing):
        out = []
        for v in values:
            if abs(v) <= 3 and abs(v - round(v)) < 1e-9:
                out.append(localize(fmt(10.0 ** round(v), 3)))
            elif abs(v - round(v)) < 1e-9:
                out.append("10" + power(round(v)))
            else:
                out.append("")
        return out

    def tickSpacing(self, minVal, maxVal, size):
        span = max(maxVal - minVal, 1.0)
        major = next(m * 10 ** k for k in range(0, 6) for m in (1, 2, 5) if span / (m * 10 ** k) <= 6)
        return [(float(major), 0.0)]


class FoldedDiagram(Diagram):
    """The RNN as drawn first: Input → w1, b1 → ReLU → w3, b2 → Output, with the feedback loop w2."""

    def __init__(self, parent=None):
        super().__init__("rnn-folded", parent)
        self.arrow([(0, 100), (150, 100)], theme.COLORS["weight"])
        self.arrow([(230, 100), (400, 100)], theme.COLORS["weight"])
        self.node(190, 100, 40)
        self.place(self.text("ReLU", 17, True), 190, 100)
        loop = theme.COLORS["short-term"]
        self.arrow([(215, 68), (215, 10), (165, 10), (165, 62)], loop, 3.5, Qt.PenStyle.DashLine)
        self.place(self.text(translate("rnn_widgets", "Input"), 17, True), 0, 132, "left")
        self.place(self.text(translate("rnn_widgets", "Output"), 17, True), 400, 132, "right")
        self.w1 = self.text("", 17, True, theme.COLORS["weight"])
        self.w3 = self.text("", 17, True, theme.COLORS["weight"])
        self.w2 = self.text("", 17, True, loop)
        self.place(self.text(translate("rnn_widgets", "feedback loop"), 15, color=loop), 190, -14)
        self.set_params({"w1": 1.8, "b1": 0.0, "w2": -0.5, "w3": 1.1, "b2": 0.0})

    def set_params(self, p: dict) -> None:
        self.w1.setText(f"× w1 + b1\n{deck(p['w1'])}{separator()}{deck(p['b1'])}")
        self.w3.setText(f"× w3 + b2\n{deck(p['w3'])}{separator()}{deck(p['b2'])}")
        self.w2.setText(f"w2 = {deck(p['w2'])}")
        self.place(self.w1, 75, 65)
        self.place(self.w3, 315, 65)
        self.place(self.w2, 225, 30, "left")
        self.fit()


class UnrolledDiagram(Diagram):
    """One copy of the network per day; the same w1, b1 and w2 in every copy (shared weights)."""

    STEP = 170

    def __init__(self, max_days: int = 10, parent=None):
        super().__init__("rnn-unrolled", parent)
        self._groups = []
        loop = theme.COLORS["short-term"]
        for i in range(max_days):
            x = i * self.STEP
            items = {"input": self.text("", 17, True), "value": self.text("", 16, True),
                     "w1": self.text("w1", 15, True, theme.COLORS["weight"]),
                     "node": self.node(x, 80, 30), "in_arrow": self.arrow([(x, 190), (x, 112)], theme.COLORS["weight"]),
                     "loop": self.arrow([(x + 32, 80), (x + self.STEP - 32, 80)], loop, 3.5, Qt.PenStyle.DashLine),
                     "w2": self.text("w2", 15, True, loop), "day": self.text("", 15, color=theme.themed(theme.GREY))}
            self.place(items["w1"], x + 20, 150, "left")
            self.place(items["w2"], x + self.STEP / 2, 62)
            self._groups.append(items)
        self.out_arrow = self.arrow([(0, 80), (60, 80)], theme.COLORS["weight"])
        self.out_text = self.text("", 17, True, theme.COLORS["prediction"])
        self.w3 = self.text("w3, b2", 15, True, theme.COLORS["weight"])
        self.shared = self.text("", 15, color=theme.themed(theme.GREY))

    def _show(self, items, visible: bool) -> None:
        for value in items.values():
            for item in (value if isinstance(value, list) else [value]):
                item.setVisible(visible)

    def set_run(self, run, params: dict, names: list[str]) -> None:
        """Draw the copies for `run` (an `rnn.Unrolled`), labelled with day names."""
        n = len(run.inputs)
        for i, items in enumerate(self._groups):
            self._show(items, i < n)
            if i >= n:
                continue
            x = i * self.STEP
            items["input"].setText(f"{num(run.inputs[i])}")
            self.place(items["input"], x, 207)
            items["day"].setText(names[i])
            self.place(items["day"], x, 236)
            items["value"].setText(num(run.outputs[i]))
            self.place(items["value"], x, 80)
            items["loop"][0].setVisible(i < n - 1)
            items["loop"][1].setVisible(i < n - 1)
            items["w2"].setVisible(i < n - 1)
        end = (n - 1) * self.STEP if n else 0
        for line in self.out_arrow[:-1]:
            line.setLine(end + 32, 80, end + 120, 80)
        tip = QPointF(end + 120, 80)
        self.out_arrow[-1].setPolygon(QPolygonF([tip, tip + QPointF(-12, -5), tip + QPointF(-12, 5)]))
        self.out_text.setText(fill(translate("rnn_widgets", "Prediction\n%1"), num(run.prediction)))
        self.place(self.out_text, end + 130, 80, "left")
        self.place(self.w3, end + 76, 60)
        self.shared.setText(fill(translate("rnn_widgets", "Shared weights: every copy uses w1 = %1, b1 = %2, w2 = %3"),
                                 deck(params['w1']), deck(params['b1']), deck(params['w2'])) if n else
                            translate("rnn_widgets", "No days yet: type a sequence."))
        self.place(self.shared, -30, 268, "left")
        self.fit()
