"""Guided mode: walk through the current chapter's `guided_steps()` with the keys a presentation clicker sends.

PageDown / Right / Space go forward, PageUp / Left go back (Right, Left and Space are left to a
text field that has the focus). A bar above the tabs says "Step 3 of 9: <caption>". Outside
guided mode the tabs are free to explore.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
)

from nnviz.qt import theme

FORWARD = {Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Space}
BACK = {Qt.Key.Key_PageUp, Qt.Key.Key_Left}
TEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Space}  # a text field keeps these


class GuidedBar(QFrame):
    """The indicator: ‹ Back, "Step 3 of 9: caption", Next ›."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("guided-bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.back = QPushButton("‹")
        self.back.setObjectName("guided-back")
        self.next = QPushButton("›")
        self.next.setObjectName("guided-next")
        self.label = QLabel()
        self.label.setObjectName("guided-step")
        self.label.setWordWrap(True)
        self.label.setFont(theme.font(theme.TITLE_PT + 2, bold=True))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.back)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.next)
        self.hide()


class GuidedMode(QObject):
    """Owns the guided-mode action and bar; remembers the step reached in each chapter."""

    changed = Signal()  # a step was shown, or guided mode was switched on or off (the presenter view follows)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.bar = GuidedBar()
        self.bar.back.setText(self.tr("‹ Back"))
        self.bar.next.setText(self.tr("Next ›"))
        self.bar.back.setToolTip(self.tr("Previous step (Page Up, Left)"))
        self.bar.next.setToolTip(self.tr("Next step (Page Down, Right, Space)"))
        self.bar.back.clicked.connect(self.back)
        self.bar.next.clicked.connect(self.forward)
        self.action = QAction(self.tr("&Guided mode"), window, checkable=True)
        self.action.setObjectName("guided-mode")
        self.action.setShortcut(QKeySequence("Ctrl+G"))
        self.action.setToolTip(self.tr("Walk through the chapter step by step, as the slides do"))
        self.action.toggled.connect(self.set_active)
        window.addAction(self.action)
        self.index: int | None = None  # step shown in the current chapter
        self._steps: dict[int, list] = {}  # chapter tab index → its steps (built once per guided session)
        window.tabs.currentChanged.connect(self._on_tab_changed)

    @property
    def active(self) -> bool:
        return self.action.isChecked()

    def steps(self) -> list:
        i = self.window.tabs.currentIndex()
        if i not in self._steps:
            self._steps[i] = list(self.window.chapter(i).guided_steps())
        return self._steps[i]

    def set_active(self, on: bool) -> None:
        if self.action.isChecked() != on:
            self.action.setChecked(on)  # emits toggled → back here
            return
        app = QApplication.instance()
        if on:
            self._steps.clear()
            app.installEventFilter(self)
            self.bar.show()
            self.go(0)
        else:
            app.removeEventFilter(self)
            self.bar.hide()
            self.index = None
            self.changed.emit()

    def go(self, index: int) -> bool:
        """Show step `index` of the current chapter (clamped); False if it has no steps."""
        steps = self.steps()
        if not steps:
            self.index = None
            self.bar.label.setText(self.tr("This chapter has no guided steps: explore it freely."))
            self._buttons()
            self.changed.emit()
            return False
        self.index = min(max(index, 0), len(steps) - 1)
        step = steps[self.index]
        try:
            step.apply()
            text = self.tr("Step %1 of %2: %3").replace("%1", str(self.index + 1)).replace(
                "%2", str(len(steps))).replace("%3", step.caption)
        except Exception as error:  # a chapter's step failed: say so, stay usable
            text = self.tr("This step could not be shown: %1").replace("%1", str(error))
        self.bar.label.setText(text)
        self._buttons()
        undo = getattr(self.window, "undo", None)
        if undo is not None:
            undo.resync()
        self.changed.emit()
        return True

    def forward(self) -> None:
        if self.index is not None:
            self.go(self.index + 1)

    def back(self) -> None:
        if self.index is not None:
            self.go(self.index - 1)

    def _buttons(self) -> None:
        n = len(self.steps())
        self.bar.back.setEnabled(self.index is not None and self.index > 0)
        self.bar.next.setEnabled(self.index is not None and self.index < n - 1)

    def _on_tab_changed(self, _index: int) -> None:
        if self.active:
            self.go(0)

    def eventFilter(self, watched, event) -> bool:
        if not hasattr(self, "window"):
            return False
        if event.type() != QEvent.Type.KeyPress or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if QApplication.activeWindow() is not self.window and QApplication.activeModalWidget() is not None:
            return False
        key = event.key()
        if key not in FORWARD and key not in BACK:
            return False
        if key in TEXT_KEYS and isinstance(watched, (QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit)):
            return False
        if not self._belongs_to_window(watched):
            return False
        (self.forward if key in FORWARD else self.back)()
        return True

    def _belongs_to_window(self, obj) -> bool:
        widget = obj if hasattr(obj, "window") and callable(obj.window) else None
        try:
            return widget is not None and widget.window() is self.window
        except (RuntimeError, TypeError):
            return False
