"""The Practice panel every chapter shows: an exercise from the core, an answer field, Check, hints, the working,
new numbers, a projector quiz and the student's progress.

It knows no chapter: it is given a chapter key and asks `nnviz.core.practice` for that chapter's kinds. It emits
`exerciseChanged(exercise)` whenever the exercise changes, so that a tab can show the givens on its own figures,
and `exerciseChanged(None)` when the panel is closed (nothing to show).
"""

from __future__ import annotations

import random

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nnviz.core import practice
from nnviz.core.files import write_atomically
from nnviz.core.practice.record import Tally, record_csv
from nnviz.qt import theme
from nnviz.qt.file_dialogs import file_error, save_path
from nnviz.qt.i18n import fill, translate
from nnviz.qt.settings import settings
from nnviz.qt.widgets import practice_text as pt

#: Seeds "New numbers" draws from (0 is the deck's numbers).
NEW_SEEDS = (1, 999_999)
SETTINGS_GROUP = "practice"
VERDICT_COLORS = {"right": theme.GREEN, "mistake": theme.VERMILLION, "wrong": theme.VERMILLION, "refused": theme.GREY}

PROGRESS = QT_TRANSLATE_NOOP("practice_panel", "This computation: %1 tried, %2 right first time, streak %3")
TOGGLE_TEXT = (QT_TRANSLATE_NOOP("practice_panel", "▸ Practice: compute it by hand"),
               QT_TRANSLATE_NOOP("practice_panel", "▾ Practice: compute it by hand"))


def label(object_name: str, bold: bool = False, mono: bool = False) -> QLabel:
    """A word-wrapped plain-text label (its text comes partly from the student's field: never rich text)."""
    widget = QLabel()
    widget.setObjectName(object_name)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(True)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    font = theme.font(theme.BASE_PT, bold)
    if mono:
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSizeF(font.pointSizeF())
        font = fixed
    widget.setFont(font)
    return widget


def button(object_name: str, text: str, tip: str = "") -> QPushButton:
    """A button that never widens the controls column (the column has a fixed width; French texts are longer)."""
    widget = QPushButton(text)
    widget.setObjectName(object_name)
    widget.setToolTip(tip)
    widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    return widget


def tallies_from_settings(chapter: str) -> dict[tuple[str, str], Tally]:
    """The stored record of a chapter's kinds (a broken or hostile setting reads as an empty tally)."""
    store = settings()
    return {(chapter, kind): Tally.from_text(store.value(f"{SETTINGS_GROUP}/{chapter}/{kind}", ""))
            for kind in practice.kinds(chapter)}


def chapter_totals(chapter: str) -> tuple[int, int]:
    """(exercises tried, right first time) over all of a chapter's kinds."""
    tallies = tallies_from_settings(chapter).values()
    return sum(t.attempted for t in tallies), sum(t.right_first_time for t in tallies)


def all_tallies() -> dict[tuple[str, str], Tally]:
    out = {}
    for chapter in practice.CHAPTERS:
        out |= tallies_from_settings(chapter)
    return out


class PracticePanel(QWidget):
    """A collapsible practice panel for one chapter (objectName `practice`)."""

    exerciseChanged = Signal(object)

    def __init__(self, chapter_key: str, parent: QWidget | None = None, *, expanded: bool = False):
        super().__init__(parent)
        self.setObjectName("practice")
        self.chapter = chapter_key
        self.kinds = practice.kinds(chapter_key)
        if not self.kinds:
            raise ValueError(f"chapter {chapter_key!r} has no practice exercises")
        self.seed = practice.DECK_SEED
        self.exercise: practice.Exercise | None = None
        self.attempted = False  # this exercise's first numeric answer has been counted
        self.hint_level = 0
        self._random = random.Random()
        self.quiz = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 4, 0, 4)
        self.toggle = QToolButton()
        self.toggle.setObjectName("practice-toggle")
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toggle.setFont(theme.font(theme.BASE_PT + 1, bold=True))
        self.toggle.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # never widens the column
        self.toggle.setToolTip(translate("practice_panel", "Show or hide the practice exercise"))
        outer.addWidget(self.toggle)
        self.body = QWidget()
        outer.addWidget(self.body)
        self._build(QVBoxLayout(self.body))
        self.toggle.toggled.connect(self.set_expanded)
        self.set_expanded(expanded)
        self.new_exercise(self.kinds[0], practice.DECK_SEED)

    # --- building -------------------------------------------------------------------------------------------
    def _build(self, box: QVBoxLayout) -> None:
        box.setContentsMargins(2, 0, 2, 0)
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("practice-kind")
        self.kind_box.setToolTip(translate("practice_panel", "Which computation to practise"))
        for kind in self.kinds:
            self.kind_box.addItem(pt.words(practice.label(kind)), kind)
        self.kind_box.currentIndexChanged.connect(lambda i: self.new_exercise(self.kinds[i], self.seed))
        self.kind_box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.next = button("practice-next", translate("practice_panel", "Next ›"),
                           translate("practice_panel", "The next computation with the same numbers (a chain)"))
        row = QHBoxLayout()
        row.addWidget(self.kind_box, 3)
        row.addWidget(self.next, 1)
        box.addLayout(row)
        row = QHBoxLayout()
        self.new = button("practice-new", translate("practice_panel", "New numbers"),
                          translate("practice_panel", "The same computation with new numbers"))
        self.deck = button("practice-deck", translate("practice_panel", "Deck's numbers"),
                           translate("practice_panel", "The numbers of the course's slides"))
        for widget in (self.new, self.deck):
            row.addWidget(widget)
        box.addLayout(row)
        self.new.clicked.connect(self.new_numbers)
        self.deck.clicked.connect(lambda: self.new_exercise(self.kind, practice.DECK_SEED))
        self.next.clicked.connect(self.next_in_chain)
        self.sheet = label("practice-sheet")
        self.sheet.setFont(theme.font(theme.BASE_PT - 1))
        self.prompt = label("practice-prompt", bold=True)
        self.givens = label("practice-givens", mono=True)
        self.choices = label("practice-choices")
        for widget in (self.sheet, self.prompt, self.givens, self.choices):
            box.addWidget(widget)
        row = QHBoxLayout()
        self.answer = QLineEdit()
        self.answer.setObjectName("practice-answer")
        self.answer.setPlaceholderText(translate("practice_panel", "Your answer"))
        self.answer.setMaxLength(64)
        self.answer.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.answer.returnPressed.connect(self.check)
        self.unit = QLabel()
        self.unit.setTextFormat(Qt.TextFormat.PlainText)
        self.check_button = button("practice-check", translate("practice_panel", "Check"),
                                   translate("practice_panel", "Check your answer (Enter)"))
        self.check_button.clicked.connect(self.check)
        self.check_button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        row.addWidget(self.answer, 1)
        row.addWidget(self.unit)
        row.addWidget(self.check_button)
        box.addLayout(row)
        self.verdict = label("practice-verdict", bold=True)
        box.addWidget(self.verdict)
        row = QHBoxLayout()
        self.hint_button = button("practice-hint", translate("practice_panel", "Hint"),
                                  translate("practice_panel", "First the formula, then the formula with the numbers"))
        self.working_button = button("practice-working", translate("practice_panel", "Show the working"),
                                     translate("practice_panel", "The whole solution, step by step"))
        self.hint_button.clicked.connect(self.show_hint)
        self.working_button.clicked.connect(self.show_working)
        row.addWidget(self.hint_button)
        row.addWidget(self.working_button)
        box.addLayout(row)
        self.hint_text = label("practice-hint-text")
        self.working_text = label("practice-working-text")
        box.addWidget(self.hint_text)
        box.addWidget(self.working_text)
        self.quiz_button = button("practice-quiz", translate("practice_panel", "Quiz on the projector"),
                                  translate("practice_panel", "The question large, the answer hidden until Reveal"))
        self.quiz_button.clicked.connect(self.open_quiz)
        self.export_button = button("practice-export", translate("practice_panel", "Export practice record…"),
                                    translate("practice_panel", "Save every chapter's record as a CSV file"))
        self.export_button.clicked.connect(self.ask_export)
        box.addWidget(self.quiz_button)
        box.addWidget(self.export_button)
        self.progress = label("practice-progress")
        self.progress.setFont(theme.font(theme.BASE_PT - 1))
        box.addWidget(self.progress)

    # --- the exercise ---------------------------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return self.exercise.kind if self.exercise else self.kinds[0]

    def set_expanded(self, expanded: bool) -> None:
        self.toggle.blockSignals(True)
        self.toggle.setChecked(expanded)
        self.toggle.blockSignals(False)
        self.toggle.setText(translate("practice_panel", TOGGLE_TEXT[bool(expanded)]))
        self.body.setVisible(expanded)
        self.expanded = bool(expanded)
        if self.exercise is not None:
            self._announce()

    def _announce(self) -> None:
        """Tell the tab what to show on its figures: the exercise while the panel is open, None once it is closed
        or hidden (Simple view hides it)."""
        self.exerciseChanged.emit(self.exercise if self.expanded and not self.isHidden() else None)

    def setVisible(self, visible: bool) -> None:
        """Hidden itself (Simple view hides it), the panel takes its exercise off the tab's figures; shown again, it
        puts it back. (Hidden with its tab, it changes nothing.)"""
        super().setVisible(visible)
        if getattr(self, "exercise", None) is not None:
            self._announce()

    def new_exercise(self, kind: str, seed: int) -> practice.Exercise:
        """Show the exercise of `kind` made from `seed` (0: the deck's numbers)."""
        exercise = practice.generate(kind, seed)
        self.exercise, self.seed, self.attempted, self.hint_level = exercise, seed, False, 0
        self.kind_box.blockSignals(True)
        self.kind_box.setCurrentIndex(self.kinds.index(kind))
        self.kind_box.blockSignals(False)
        self.sheet.setText(translate("practice_panel", "The deck's numbers") if seed == practice.DECK_SEED
                           else fill(translate("practice_panel", "Sheet %1"), seed))
        self.prompt.setText(pt.words(exercise.prompt))
        self.givens.setText("\n".join(pt.givens_lines(exercise)))
        self.choices.setText("\n".join(pt.words(c) for c in exercise.choices))
        self.choices.setVisible(bool(exercise.choices))
        self.unit.setText(exercise.unit)
        self.answer.clear()
        for widget in (self.verdict, self.hint_text, self.working_text):
            widget.clear()
            widget.hide()
        self.hint_button.setEnabled(True)
        self._show_progress()
        self._announce()
        if self.quiz is not None:
            self.quiz.show_exercise(exercise)
        return exercise

    def new_numbers(self) -> None:
        self.new_exercise(self.kind, self._random.randint(*NEW_SEEDS))

    def next_in_chain(self) -> None:
        """The next kind of this chapter with the same numbers: each answer feeds the next."""
        kinds = self.kinds
        self.new_exercise(kinds[(kinds.index(self.kind) + 1) % len(kinds)], self.seed)

    def check(self) -> practice.Verdict:
        verdict = practice.check(self.exercise, self.answer.text())
        if verdict.refused:
            tone = "refused"
        elif verdict.correct:
            tone = "right"
        else:
            tone = "mistake" if verdict.misconception else "wrong"
        text = pt.show(verdict.explanation)
        if verdict.misconception:
            text = fill(translate("practice_panel", "Not quite: %1. %2"), pt.words(verdict.misconception), text)
        self.verdict.setText(text)
        self.verdict.setStyleSheet(f"color: {theme.themed(VERDICT_COLORS[tone])};")
        self.verdict.show()
        if not verdict.refused and not self.attempted:
            self.attempted = True
            self._count(verdict.correct)
        return verdict

    def show_hint(self) -> None:
        self.hint_level = min(self.hint_level + 1, 2)
        lines = [pt.show(practice.hint(self.exercise, level)) for level in range(1, self.hint_level + 1)]
        self.hint_text.setText("\n".join(lines))
        self.hint_text.show()
        self.hint_button.setEnabled(self.hint_level < 2)

    def show_working(self) -> None:
        self.working_text.setText("\n".join(pt.show(line) for line in practice.working(self.exercise)))
        self.working_text.show()

    # --- lesson files: a teacher's fixed sheet ---------------------------------------------------------------
    def get_state(self) -> dict:
        """What a lesson file keeps: the kind, the seed (the same sheet for every student) and whether it is open."""
        return {"kind": self.kind, "seed": self.seed, "open": self.expanded}

    def check_state(self, state) -> dict:
        """`state` checked completely (ValueError naming the problem; nothing is changed)."""
        if not isinstance(state, dict) or set(state) - {"kind", "seed", "open"}:
            raise ValueError(translate("practice_panel", "the practice part must hold only a kind, a seed and open"))
        kind, seed, is_open = state.get("kind", self.kinds[0]), state.get("seed", 0), state.get("open", False)
        if kind not in self.kinds:
            raise ValueError(fill(translate("practice_panel", "this chapter has no exercise “%1”"), str(kind)[:40]))
        if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed <= practice.MAX_SEED:
            raise ValueError(translate("practice_panel", "the practice seed must be a whole number from 0"))
        if not isinstance(is_open, bool):
            raise ValueError(translate("practice_panel", "“open” must be true or false"))
        return {"kind": kind, "seed": seed, "open": is_open}

    def set_state(self, state) -> None:
        checked = self.check_state(state)
        self.new_exercise(checked["kind"], checked["seed"])
        self.set_expanded(checked["open"])

    # --- progress -------------------------------------------------------------------------------------------
    def _key(self, kind: str) -> str:
        return f"{SETTINGS_GROUP}/{self.chapter}/{kind}"

    def tally(self, kind: str | None = None) -> Tally:
        return Tally.from_text(settings().value(self._key(kind or self.kind), ""))

    def _count(self, correct: bool) -> None:
        store = settings()
        store.setValue(self._key(self.kind), self.tally().after(correct).to_text())
        store.sync()
        self._show_progress()

    def _show_progress(self) -> None:
        t = self.tally()
        self.progress.setText(fill(translate("practice_panel", PROGRESS), t.attempted, t.right_first_time, t.streak))

    def export_record(self, path: str) -> None:
        """Write every chapter's record as CSV (ValueError-free: an OSError says why in words)."""
        write_atomically(path, record_csv(all_tallies()))

    def ask_export(self) -> None:
        path = save_path(self, translate("practice_panel", "Export practice record"), "practice-record.csv",
                         translate("practice_panel", "CSV files (*.csv)"), ".csv")
        if path is None:
            return
        try:
            self.export_record(path)
        except OSError as error:
            self.progress.setText(fill(translate("practice_panel", "The record was not saved: %1"), file_error(error)))
        else:
            self.progress.setText(fill(translate("practice_panel", "Practice record saved: %1"), str(path)))

    # --- the projector quiz ---------------------------------------------------------------------------------
    def open_quiz(self):
        from nnviz.qt.widgets.practice_quiz import QuizDialog

        if self.quiz is None:
            self.quiz = QuizDialog(self)
            self.quiz.finished.connect(self._quiz_closed)
        self.quiz.show_exercise(self.exercise)
        self.quiz.show()
        return self.quiz

    def _quiz_closed(self) -> None:
        self.quiz.deleteLater()
        self.quiz = None
