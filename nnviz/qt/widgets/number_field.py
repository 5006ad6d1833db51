"""A labelled number: a text field and a slider bound to one value, refusing bad input."""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QSlider, QWidget

from nnviz.core.numbers import parse_number
from nnviz.qt.i18n import fill, localize, number, translate

SLIDER_TICKS = 1000

#: The core's refusals (nnviz.core.numbers.parse_number), matched to be said in the interface language.
REASONS = (
    (re.compile(r"please type a number"), QT_TRANSLATE_NOOP("number_field", "please type a number")),
    (
        re.compile(r"the field is empty: please type a number"),
        QT_TRANSLATE_NOOP("number_field", "the field is empty: please type a number"),
    ),
    (
        re.compile(r"that is too long to be a number"),
        QT_TRANSLATE_NOOP("number_field", "that is too long to be a number"),
    ),
    (re.compile(r"“(.*)” is not a number", re.S), QT_TRANSLATE_NOOP("number_field", "“%1” is not a number")),
    (re.compile(r"that number is too large"), QT_TRANSLATE_NOOP("number_field", "that number is too large")),
    (
        re.compile(r"please choose a value from (\S+) to (\S+)"),
        QT_TRANSLATE_NOOP("number_field", "please choose a value from %1 to %2"),
    ),
)


def reason(message: str) -> str:
    """A refusal of `parse_number` in the interface language (unknown messages as they are, numbers localized)."""
    for pattern, template in REASONS:
        found = pattern.fullmatch(message)
        if found:
            typed = "“" in template  # the person's own text is quoted as typed; numbers get the decimal comma
            return fill(translate("number_field", template),
                        *(g if typed else localize(g) for g in found.groups()))
    return localize(message)


class NumberField(QWidget):
    """Label, field and slider for one number.

    The field accepts a typed number on Enter or when focus leaves it; text, NaN,
    infinity, an empty field or a value out of range is refused with a message and the
    last good value stays. `setValue` (the model pushing a value) never emits.
    """

    valueChanged = Signal(float)  # a new value chosen by the user (field or slider)
    rejected = Signal(str)  # the user typed something refused; the message says why

    def __init__(self, key: str, label: str, value: float, minimum: float, maximum: float, *,
                 decimals: int = 2, log: bool = False, slider: bool = True, tooltip: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        if log and minimum <= 0:
            raise ValueError("a logarithmic slider needs a positive minimum")
        self.setObjectName(key)
        self.minimum, self.maximum, self.decimals, self.log = minimum, maximum, decimals, log
        self._value = float(value)
        self.label = QLabel(label)
        self.edit = QLineEdit()
        self.edit.setObjectName(f"{key}-edit")
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.setMaximumWidth(120)
        self.edit.setAccessibleName(label)
        self.edit.editingFinished.connect(self._on_edit_finished)
        self.edit.installEventFilter(self)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # a refusal quotes what was typed
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #B00020;")
        self.message.hide()
        self._message_timer = QTimer(self, singleShot=True, interval=6000)
        self._message_timer.timeout.connect(self.message.hide)
        self.label.setBuddy(self.edit)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setVerticalSpacing(2)
        layout.addWidget(self.label, 0, 0)
        layout.addWidget(self.edit, 0, 1, alignment=Qt.AlignmentFlag.AlignRight)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName(f"{key}-slider")
        self.slider.setRange(0, SLIDER_TICKS)
        self.slider.setAccessibleName(fill(translate("number_field", "%1 slider"), label))
        self.slider.valueChanged.connect(self._on_slider_moved)
        layout.addWidget(self.slider, 1, 0, 1, 2)
        self.slider.setVisible(slider)
        layout.addWidget(self.message, 2, 0, 1, 2)
        tip = tooltip or fill(translate("number_field", "%1: type a number from %2 to %3 and press Enter"),
                              label, number(minimum, 4), number(maximum, 4))
        self.setToolTip(tip)
        self.edit.setToolTip(tip)
        self.slider.setToolTip(tip)
        self.setValue(value)

    # --- model → widget -------------------------------------------------
    def value(self) -> float:
        return self._value

    def text(self) -> str:
        return self.edit.text()

    def setValue(self, value: float) -> None:
        """Show `value` (rounded on screen, full value in the tooltip) without emitting."""
        self._value = float(value)
        self.edit.setText(number(self._value, self.decimals))
        self.edit.setToolTip(localize(f"{self.label.text()} = {self._value!r}"))
        self.slider.blockSignals(True)
        self.slider.setValue(self._to_tick(self._value))
        self.slider.blockSignals(False)

    # --- widget → model -------------------------------------------------
    def _commit(self, value: float) -> None:
        if value != self._value:
            self._value = value
            self.valueChanged.emit(value)

    def _on_edit_finished(self) -> None:
        text = self.edit.text()
        if text == number(self._value, self.decimals):
            return
        try:
            value = parse_number(text, self.minimum, self.maximum)
        except ValueError as error:
            self.refuse(reason(str(error)))
            return
        self.message.hide()
        self._commit(value)
        self.setValue(value)

    def refuse(self, message: str) -> None:
        """Say why (`message` in the interface language), and put the last good value back."""
        self.message.setText(fill(translate("number_field", "%1: %2. Kept %3."), self.label.text(), message,
                                  number(self._value, self.decimals)))
        self.message.show()
        self._message_timer.start()
        self.setValue(self._value)
        self.rejected.emit(message)

    def _on_slider_moved(self, tick: int) -> None:
        value = self._from_tick(tick)
        self.edit.setText(number(value, self.decimals))
        self._commit(value)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.setValue(self._value)
            return True
        return super().eventFilter(watched, event)

    # --- slider mapping ---------------------------------------------------
    def _to_tick(self, value: float) -> int:
        lo, hi, v = self.minimum, self.maximum, min(max(value, self.minimum), self.maximum)
        if self.log:
            lo, hi, v = math.log10(lo), math.log10(hi), math.log10(max(v, self.minimum))
        return round((v - lo) / (hi - lo) * SLIDER_TICKS) if hi > lo else 0

    def _from_tick(self, tick: int) -> float:
        t = tick / SLIDER_TICKS
        if self.log:
            value = 10 ** (math.log10(self.minimum) + t * (math.log10(self.maximum) - math.log10(self.minimum)))
            digits = max(0, self.decimals + 1 - int(math.floor(math.log10(value))))
            return round(value, digits)
        return round(self.minimum + t * (self.maximum - self.minimum), self.decimals)
