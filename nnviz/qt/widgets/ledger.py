"""The ledger: the current computation written out line by line with its numbers, as the deck does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from nnviz.qt import accessibility, theme
from nnviz.qt.widgets.insulated import Insulated


class Ledger(Insulated):
    """A titled column of lines of rich text; each line's tooltip holds the full-precision values.

    Rewritten at every frame of a run, so its lines' layout changes stay inside it (`Insulated`)."""

    def __init__(self, title: str, parent: QWidget | None = None, *, key: str = "ledger"):
        super().__init__(parent)
        self.setObjectName(key)
        self.body.setFrameShape(QFrame.Shape.StyledPanel)
        self.body.setStyleSheet("Body { background: #FAFAF5; }")  # the panel, not the labels in it
        self._layout = QVBoxLayout(self.body)
        self._layout.setContentsMargins(12, 8, 12, 8)
        self.title = QLabel(title)
        self.title.setFont(theme.font(theme.TITLE_PT, bold=True))
        self._layout.addWidget(self.title)
        self._labels: list[QLabel] = []
        self._layout.addStretch(1)

    def set_lines(self, lines: list[tuple[str, str] | str]) -> None:
        """Show `lines`: each a string of rich text, or (rich text, tooltip). Labels are reused."""
        while len(self._labels) < len(lines):
            label = QLabel()
            label.setFont(theme.font(theme.LEDGER_PT))
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._layout.insertWidget(len(self._labels) + 1, label)
            self._labels.append(label)
        for i, label in enumerate(self._labels):
            if i < len(lines):
                text, tip = (lines[i], "") if isinstance(lines[i], str) else lines[i]
                label.setText(text)
                label.setToolTip(tip)
                label.show()
            else:
                label.hide()
        if self.isVisible():  # throttled: at most once a second, said only if it changed
            accessibility.announce(self, self.result)

    def result(self) -> str:
        """The ledger's first two lines (the step and its first result), as plain text; a screen reader hears them
        when they change (the last lines are often a fixed note)."""
        return ". ".join(self.lines()[:2])

    def accessible_description(self) -> str:
        """The title and every line, as a screen reader reads the ledger."""
        return ". ".join([self.title.text(), *self.lines()])

    def lines(self) -> list[str]:
        """The visible lines as plain text (for tests and export)."""
        from PySide6.QtGui import QTextDocument

        out = []
        for label in self._labels:
            if label.isVisibleTo(self):
                doc = QTextDocument()
                doc.setHtml(label.text())
                out.append(doc.toPlainText())
        return out
