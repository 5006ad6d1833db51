"""The projector quiz: the question large, the answer hidden until the teacher presses Reveal.

A presentation clicker sends Page Down (or Right, or Space): the first press reveals the answer and its working,
the next one asks a new question with new numbers. The class answers aloud.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout

from nnviz.qt import theme
from nnviz.qt.i18n import fill, translate
from nnviz.qt.widgets import practice_text as pt

QUESTION_PT = 26
GIVENS_PT = 24
CLICKER_KEYS = (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _big(object_name: str, pt_size: float, bold: bool = False, mono: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
    font = theme.font(pt_size, bold)
    if mono:
        font.setFamily("monospace")
        font.setStyleHint(font.StyleHint.Monospace)
    label.setFont(font)
    return label


class QuizDialog(QDialog):
    """The quiz window of one Practice panel (its parent)."""

    def __init__(self, panel):
        super().__init__(panel)
        self.setObjectName("practice-quiz-window")
        self.setWindowTitle(translate("practice_panel", "Practice quiz"))
        self.panel = panel
        self.revealed = False
        box = QVBoxLayout(self)
        self.question = _big("practice-quiz-question", QUESTION_PT, bold=True)
        self.givens = _big("practice-quiz-givens", GIVENS_PT, mono=True)
        self.answer = _big("practice-quiz-answer", QUESTION_PT, bold=True)
        self.working = _big("practice-quiz-working", GIVENS_PT - 4)
        for widget in (self.question, self.givens, self.answer, self.working):
            box.addWidget(widget)
        box.addStretch(1)
        row = QHBoxLayout()
        self.reveal_button = QPushButton(translate("practice_panel", "Reveal"))
        self.reveal_button.setObjectName("practice-reveal")
        self.reveal_button.setToolTip(translate("practice_panel", "Show the answer (Page Down, → or Space)"))
        self.reveal_button.clicked.connect(self.reveal)
        self.next_button = QPushButton(translate("practice_panel", "Next question"))
        self.next_button.setObjectName("practice-quiz-new")
        self.next_button.clicked.connect(self.panel.new_numbers)
        for widget in (self.reveal_button, self.next_button):
            widget.setFont(theme.font(theme.BASE_PT + 4, bold=True))
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the clicker's keys go to the quiz, not to a button
            widget.setAutoDefault(False)
            row.addWidget(widget)
        box.addLayout(row)
        self.resize(int(900 * theme.zoom()), int(600 * theme.zoom()))

    def show_exercise(self, exercise) -> None:
        self.question.setText(pt.words(exercise.prompt))
        lines = pt.givens_lines(exercise) + [pt.words(c) for c in exercise.choices]
        self.givens.setText("\n".join(lines))
        self.answer.setText(fill(translate("practice_panel", "Answer: %1"), pt.answer(exercise)))
        self.working.setText("\n".join(pt.show(line) for line in exercise.steps))
        self.set_revealed(False)

    def set_revealed(self, revealed: bool) -> None:
        self.revealed = revealed
        self.answer.setVisible(revealed)
        self.working.setVisible(revealed)
        self.reveal_button.setEnabled(not revealed)

    def reveal(self) -> None:
        self.set_revealed(True)

    def keyPressEvent(self, event) -> None:
        if event.key() in CLICKER_KEYS:
            self.advance()
        else:
            super().keyPressEvent(event)

    def advance(self) -> None:
        """A clicker press: reveal the answer, or (once revealed) ask the next question."""
        if self.revealed:
            self.panel.new_numbers()
        else:
            self.reveal()
