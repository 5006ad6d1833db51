"""The Code view: a chapter as a NumPy or PyTorch script, highlighted, read-only, with a Copy button, following the
chapter as it changes (at most a few times a second, so a run never waits for it).

It knows no chapter: it is given `state()` (the chapter's state now) and `make(kind, state)` (a core function that
returns the script), and it follows whatever signals the caller connects to `changed`."""

from __future__ import annotations

import keyword
import re
from typing import Callable

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontDatabase, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from nnviz.qt.i18n import fill, translate

MIN_INTERVAL_MS = 250  # the code is rebuilt at most four times a second (and once more after the last change)
POLL_MS = 500  # while shown, the state is also compared twice a second (changes no signal announced)
KINDS = {"numpy": "NumPy", "torch": "PyTorch"}


def _format(color: str, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    out = QTextCharFormat()
    out.setForeground(QColor(color))
    if bold:
        out.setFontWeight(QFont.Weight.Bold)
    out.setFontItalic(italic)
    return out


class PythonHighlighter(QSyntaxHighlighter):
    """Keywords, numbers, strings (triple-quoted ones across lines) and comments: colours readable on a light and
    on a dark background."""

    KEYWORD = _format("#3b6fd4", bold=True)
    NUMBER = _format("#c0562b")
    STRING = _format("#2e8b57")
    COMMENT = _format("#8a8a8a", italic=True)
    RULES = [(re.compile(r"\b(?:" + "|".join(keyword.kwlist) + r")\b"), "KEYWORD"),
             (re.compile(r"(?<![\w.])(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?\b"), "NUMBER")]
    STRINGS = re.compile(r"[rbf]?(\"\"\"|'''|\"[^\"\n]*\"|'[^'\n]*')")
    IN_DOCSTRING = 1

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt's name)
        for pattern, name in self.RULES:
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), getattr(self, name))
        self.setCurrentBlockState(0)
        start = 0
        if self.previousBlockState() == self.IN_DOCSTRING:  # inside a triple-quoted string begun above
            end = self._triple_end(text, 0)
            if end < 0:
                self.setFormat(0, len(text), self.STRING)
                self.setCurrentBlockState(self.IN_DOCSTRING)
                return
            self.setFormat(0, end, self.STRING)
            start = end
        while start < len(text):
            hash_at, match = text.find("#", start), self.STRINGS.search(text, start)
            if hash_at >= 0 and (match is None or hash_at < match.start()):
                self.setFormat(hash_at, len(text) - hash_at, self.COMMENT)
                return
            if match is None:
                return
            if match.group(1) in ('"""', "'''"):
                end = self._triple_end(text, match.end(), match.group(1))
                if end < 0:
                    self.setFormat(match.start(), len(text) - match.start(), self.STRING)
                    self.setCurrentBlockState(self.IN_DOCSTRING)
                    return
                self.setFormat(match.start(), end - match.start(), self.STRING)
                start = end
            else:
                self.setFormat(match.start(), match.end() - match.start(), self.STRING)
                start = match.end()

    @staticmethod
    def _triple_end(text: str, start: int, quote: str = '"""') -> int:
        at = text.find(quote, start)
        return -1 if at < 0 else at + 3


class CodeView(QWidget):
    """The script, a NumPy/PyTorch switch and a Copy button; `changed()` asks for a (throttled) rebuild."""

    def __init__(self, state: Callable[[], dict], make: Callable, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("code-view")
        self._state, self._make = state, make
        self._shown: tuple | None = None  # (kind, state) the text was made from
        self.script = None
        self.text = QPlainTextEdit()
        self.text.setObjectName("code-text")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.highlighter = PythonHighlighter(self.text.document())
        self.kinds = QButtonGroup(self)
        row = QHBoxLayout()
        for i, (key, name) in enumerate(KINDS.items()):
            button = QRadioButton(name)
            button.setObjectName(f"code-{key}")
            button.setToolTip(fill(translate("code_view", "The chapter as a script that needs only %1"), name))
            button.setChecked(i == 0)
            self.kinds.addButton(button, i)
            row.addWidget(button)
        self.kinds.idClicked.connect(self._on_kind)
        row.addStretch(1)
        self.copy = QPushButton(translate("code_view", "Copy"))
        self.copy.setObjectName("code-copy")
        self.copy.setToolTip(translate("code_view", "Copy the whole script to the clipboard"))
        self.copy.clicked.connect(self.copy_to_clipboard)
        row.addWidget(self.copy)
        self.note = QLabel()
        self.note.setObjectName("code-note")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.note)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._on_timer)
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self.changed)
        self._clock = QElapsedTimer()

    def kind(self) -> str:
        return list(KINDS)[max(self.kinds.checkedId(), 0)]

    def set_kind(self, kind: str) -> None:
        self.kinds.button(list(KINDS).index(kind)).setChecked(True)
        self.rebuild()

    def changed(self, *_args) -> None:
        """The chapter may have changed: rebuild at the next turn of the event loop if the last change was
        rebuilt long enough ago, else once MIN_INTERVAL_MS have passed since it (so a run's 40 frames a second
        cost four rebuilds, and the last frame is always shown). Nothing is done while the view is hidden."""
        if not self.isVisible() or self._timer.isActive():
            return
        elapsed = self._clock.elapsed() if self._clock.isValid() else MIN_INTERVAL_MS
        self._timer.start(max(0, MIN_INTERVAL_MS - elapsed))

    def _on_timer(self) -> None:
        if self.rebuild():
            self._clock.restart()

    def rebuild(self) -> bool:
        """Make the script from the chapter's state now, if the state or the kind changed; True if it did."""
        kind, state = self.kind(), self._state()
        if self._shown == (kind, state):
            return False
        try:
            script = self._make(kind, state)
        except ValueError as error:  # a state no script can start from: say why, keep the last code
            self.note.setText(fill(translate("code_view", "The code cannot follow this state: %1"), str(error)))
            return False
        self._shown, self.script = (kind, state), script
        bar = self.text.verticalScrollBar()
        top = bar.value()
        self.text.setPlainText(script.source)
        bar.setValue(top)
        self.note.setText(fill(translate("code_view", "The script reads %1: File › Export writes it beside the "
                                         "script."), ", ".join(script.files)) if script.files else "")
        return True

    def copy_to_clipboard(self) -> None:
        QApplication.clipboard().setText(self.text.toPlainText())

    def _on_kind(self, _id: int) -> None:
        self.rebuild()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._poll.start()
        self.rebuild()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._poll.stop()
        self._timer.stop()
        super().hideEvent(event)


class CodeDialog(QDialog):
    """The Code view in a window of its own beside the chapter (not modal: the chapter stays usable)."""

    def __init__(self, state: Callable[[], dict], make: Callable, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("code-dialog")
        self.setWindowTitle(title)
        self.setModal(False)
        self.view = CodeView(state, make, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.resize(820, 680)

    def open_beside(self) -> None:
        self.show()
        self.activateWindow()  # in front of the main window (raise_() is refused by some platforms, with a warning)
