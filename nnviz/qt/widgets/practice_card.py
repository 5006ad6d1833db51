"""The practice card: while a Practice panel is open, the exercise written large (its prompt, its givens and
"… = ?") in the place of one of the tab's own widgets, usually the ledger that would show the answer.

It knows no chapter: it is given the panel, the widget it stands in for and, optionally, the kinds it shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QGridLayout, QLabel, QSizePolicy, QWidget

from nnviz.core import practice
from nnviz.qt import theme
from nnviz.qt.widgets import practice_text as pt

CARD_PT = theme.LEDGER_PT + 2


def question(exercise) -> str:
    """What is asked, as "… = ?": the left side of the formula ("Step Size = ?"), or the choices then "?"."""
    if exercise.choices:
        return "\n".join([*(pt.words(c) for c in exercise.choices), "?"])
    formula = pt.show(exercise.formula)
    left = formula.split(" = ")[0] if " = " in formula else pt.words(practice.label(exercise.kind))
    return f"{left} = ?" + (f" {exercise.unit}" if exercise.unit else "")


def card_text(exercise) -> str:
    return "\n".join([pt.words(exercise.prompt), "", *pt.givens_lines(exercise), question(exercise)])


class PracticeCard(QLabel):
    """A large plain-text card that takes the place of `replaces` in its layout while an exercise is shown."""

    def __init__(self, panel, replaces: QWidget, kinds=None):
        super().__init__()
        self.setObjectName("practice-card")
        self.replaces, self.kinds = replaces, set(kinds) if kinds is not None else None
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setFont(theme.font(CARD_PT, bold=True))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMargin(12)
        self.setStyleSheet(f"QLabel {{ background: #FAFAF5; color: {theme.themed(theme.VERMILLION)}; }}")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)  # like a ledger: no relayout
        self._take_place(replaces)
        self._covering = False  # the card stands in the widget's place now
        self._restore = True  # whether to show the widget again when the card goes
        self.hide()
        panel.exerciseChanged.connect(self.show_exercise)

    def _take_place(self, widget: QWidget) -> None:
        layout = widget.parentWidget().layout()
        index = layout.indexOf(widget)
        if isinstance(layout, QGridLayout):
            layout.addWidget(self, *layout.getItemPosition(index))
        elif isinstance(layout, QBoxLayout):
            layout.insertWidget(index + 1, self, layout.stretch(index))
        else:
            raise ValueError("a practice card needs the widget it replaces to be in a grid or a box layout")

    def shows(self, exercise) -> bool:
        return exercise is not None and (self.kinds is None or exercise.kind in self.kinds)

    def show_exercise(self, exercise) -> None:
        """Show `exercise` in the widget's place, or (None, or a kind this card does not show) give it back."""
        shown = self.shows(exercise)
        if shown:
            self.setText(card_text(exercise))
            if not self._covering:
                self._covering, self._restore = True, not self.replaces.isHidden()
                self.replaces.hide()
        elif self._covering:
            self._covering = False
            self.replaces.setVisible(self._restore)  # what the tab had hidden stays hidden
        self.setVisible(shown)
