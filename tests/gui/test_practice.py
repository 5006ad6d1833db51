"""The Practice panel in every chapter: a right answer, a sign-flipped answer and text, hints and the working,
progress kept in the settings and exported as CSV, the projector quiz, Simple view, and the string catalogue."""

import csv
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from nnviz.core import practice
from nnviz.core.practice.model import ROUNDED_TO, fixed
from nnviz.qt.chapters import chapter_entries
from nnviz.qt.widgets import practice_text
from nnviz.qt.widgets.practice_card import PracticeCard
from nnviz.qt.widgets.practice_panel import PracticePanel
from nnviz.qt.widgets.practice_strings import STRINGS
from tests.gui.helpers import click, type_into

PRACTISED = [entry for entry in chapter_entries() if practice.kinds(entry.key)]


def shown(tab, name) -> str:
    widget = tab.findChild(QLabel, name)
    assert widget is not None, f"no label {name!r}"
    return widget.text() if widget.isVisibleTo(tab) else ""


@pytest.mark.parametrize("entry", PRACTISED, ids=lambda e: e.key)
def test_each_chapter_checks_a_right_a_sign_flipped_and_a_text_answer(qtbot, make_tab, entry):
    tab = make_tab(entry.load())
    panel = tab.findChild(PracticePanel, "practice")
    assert panel is tab.practice and not panel.body.isVisible()  # collapsed until the student opens it
    qtbot.mouseClick(tab.findChild(QWidget, "practice-toggle"), Qt.MouseButton.LeftButton)
    assert panel.body.isVisible()
    exercise = panel.exercise
    assert exercise.seed == 0 and exercise.kind == practice.kinds(entry.key)[0]
    assert shown(tab, "practice-prompt") == practice_text.words(exercise.prompt)
    assert shown(tab, "practice-givens")  # the numbers the student works from
    # The exercise written large on the tab's own figures area, in the place of the ledger that shows answers.
    cards = [card for card in tab.findChildren(PracticeCard) if card.isVisibleTo(tab)]
    assert len(cards) == 1 and not cards[0].replaces.isVisibleTo(tab)
    assert cards[0].text().startswith(practice_text.words(exercise.prompt)) and "= ?" in cards[0].text()
    assert all(line in cards[0].text() for line in practice_text.givens_lines(exercise))
    answer = tab.findChild(QLineEdit, "practice-answer")
    # A sign-flipped answer (or, for an answer of 0, a plainly wrong one) is not right.
    flipped = -exercise.answer if abs(exercise.answer) >= 0.5 * 10 ** -exercise.decimals else exercise.answer + 7
    type_into(qtbot, answer, fixed(flipped, exercise.decimals))  # Enter checks
    verdict = shown(tab, "practice-verdict")
    assert verdict and not verdict.startswith("Right")
    assert panel.tally().attempted == 1 and panel.tally().right_first_time == 0
    # Text is refused with a reason, and counts as nothing.
    type_into(qtbot, answer, "abc")
    assert "not a number" in shown(tab, "practice-verdict")
    # The right answer, typed with a decimal comma, then the Check button.
    answer.setText(fixed(exercise.answer, exercise.decimals).replace(".", ","))
    click(qtbot, tab, "practice-check")
    assert shown(tab, "practice-verdict").startswith("Right")
    assert panel.tally().attempted == 1  # the same exercise counts once
    # Hints in two levels, then the working, ending with the answer.
    click(qtbot, tab, "practice-hint")
    assert shown(tab, "practice-hint-text") == practice_text.show(practice.hint(exercise, 1))
    click(qtbot, tab, "practice-hint")
    assert practice_text.show(practice.hint(exercise, 2)) in shown(tab, "practice-hint-text")
    assert not tab.findChild(QPushButton, "practice-hint").isEnabled()
    click(qtbot, tab, "practice-working")
    working = shown(tab, "practice-working-text")
    assert working.splitlines()[-1].endswith(practice_text.answer(exercise))
    # New numbers: a new exercise of the same kind, announced to the tab; the verdict and hints are cleared.
    with qtbot.waitSignal(panel.exerciseChanged) as signal:
        click(qtbot, tab, "practice-new")
    assert signal.args[0] is panel.exercise and panel.exercise.seed != 0
    assert panel.exercise.kind == exercise.kind and not shown(tab, "practice-verdict")
    assert not shown(tab, "practice-hint-text") and not shown(tab, "practice-working-text")
    # Closed, the panel gives the tab its own widget back.
    qtbot.mouseClick(tab.findChild(QWidget, "practice-toggle"), Qt.MouseButton.LeftButton)
    assert not any(card.isVisibleTo(tab) for card in tab.findChildren(PracticeCard))
    assert cards[0].replaces.isVisibleTo(tab)


def test_the_named_mistake_is_shown_in_words(qtbot, make_tab):
    tab = make_tab(next(e for e in PRACTISED if e.key == "gradient-descent").load())
    panel = tab.practice
    panel.set_expanded(True)
    panel.new_exercise("new-intercept", 0)
    type_into(qtbot, tab.findChild(QLineEdit, "practice-answer"), "-0.57")
    verdict = shown(tab, "practice-verdict")
    assert "New = Old + Step" in verdict and "downhill" in verdict
    type_into(qtbot, tab.findChild(QLineEdit, "practice-answer"), "0,57")
    assert shown(tab, "practice-verdict") == "Right: 0.57."


def test_kinds_deck_numbers_and_the_chain(qtbot, make_tab):
    tab = make_tab(next(e for e in PRACTISED if e.key == "gradient-descent").load())
    panel = tab.practice
    panel.set_expanded(True)
    panel.kind_box.setCurrentIndex(practice.kinds("gradient-descent").index("d-intercept"))
    assert panel.exercise.kind == "d-intercept" and panel.exercise.seed == 0
    click(qtbot, tab, "practice-new")
    seed = panel.seed
    click(qtbot, tab, "practice-next")  # the next computation with the same numbers
    assert panel.exercise.kind == "step-size" and panel.seed == seed
    click(qtbot, tab, "practice-deck")
    assert panel.seed == 0 and panel.exercise.givens == {"d SSR / d Intercept": -5.7, "Learning Rate": 0.1}
    assert shown(tab, "practice-sheet") == "The deck's numbers"


def test_progress_is_kept_and_exported_as_csv(qtbot, make_tab, tmp_path):
    tab = make_tab(next(e for e in PRACTISED if e.key == "why-how").load())
    panel = tab.practice
    panel.set_expanded(True)
    for typed in ("2.14", "3", None, "2,14"):  # right first time (a later wrong try counts nothing), then again
        if typed is None:
            panel.new_exercise("x1", 0)
            continue
        type_into(qtbot, tab.findChild(QLineEdit, "practice-answer"), typed)
    assert panel.tally("x1") == (2, 2, 2)
    panel.new_exercise("x1", 0)
    type_into(qtbot, tab.findChild(QLineEdit, "practice-answer"), "5")
    assert panel.tally("x1") == (3, 2, 0)
    assert "3 tried, 2 right first time, streak 0" in shown(tab, "practice-progress")
    # A second panel (the same chapter opened again) reads the same record from the settings.
    again = PracticePanel("why-how")
    assert again.tally("x1") == (3, 2, 0)
    again.deleteLater()
    path = tmp_path / "record.csv"
    panel.export_record(str(path))
    rows = list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))
    x1 = next(r for r in rows if r["chapter"] == "why-how" and r["kind"] == "x1")
    assert (x1["attempted"], x1["right first time"], x1["streak"]) == ("3", "2", "0")
    assert len(rows) == sum(len(practice.kinds(c)) for c in practice.CHAPTERS)


def test_a_hostile_setting_reads_as_an_empty_record(qtbot, make_tab):
    from nnviz.qt.settings import settings

    settings().setValue("practice/cnn/feature-cell", "<img src=/dev/zero> 99 -1")
    settings().sync()
    tab = make_tab(next(e for e in PRACTISED if e.key == "cnn").load())
    assert tab.practice.tally("feature-cell") == (0, 0, 0)


def test_the_projector_quiz_hides_the_answer_until_reveal(qtbot, make_tab):
    tab = make_tab(next(e for e in PRACTISED if e.key == "rnn-lstm").load())
    panel = tab.practice
    panel.set_expanded(True)
    panel.new_exercise("gate-percent", 0)
    quiz = panel.open_quiz()
    qtbot.waitExposed(quiz)
    answer = quiz.findChild(QLabel, "practice-quiz-answer")
    assert not answer.isVisible() and "83" not in quiz.findChild(QLabel, "practice-quiz-givens").text()
    assert quiz.findChild(QLabel, "practice-quiz-question").font().pointSizeF() > 2 * panel.prompt.font().pointSizeF()
    qtbot.keyClick(quiz, Qt.Key.Key_PageDown)  # the clicker
    assert answer.isVisible() and answer.text() == "Answer: 83 %"
    with qtbot.waitSignal(panel.exerciseChanged):
        qtbot.keyClick(quiz, Qt.Key.Key_PageDown)  # the next question, hidden again
    assert not answer.isVisible() and panel.exercise.seed != 0
    quiz.close()


def test_simple_view_hides_the_practice_panel_and_its_card(window):
    tab = window.chapters[0]
    assert tab.findChild(QWidget, "practice").isVisibleTo(tab)
    tab.practice.set_expanded(True)
    assert tab.practice_card.isVisibleTo(tab) and not tab.ledger.isVisibleTo(tab)
    window.teacher.set_simple(True)
    assert not tab.findChild(QWidget, "practice").isVisibleTo(tab)
    assert not tab.practice_card.isVisibleTo(tab) and tab.ledger.isVisibleTo(tab)  # the teacher's ledger is back
    window.teacher.set_simple(False)
    assert tab.findChild(QWidget, "practice").isVisibleTo(tab) and tab.practice_card.isVisibleTo(tab)


def test_labels_are_plain_text(qtbot, make_tab):
    tab = make_tab(next(e for e in PRACTISED if e.key == "backpropagation").load())
    for label in tab.practice.findChildren(QLabel):
        if label.objectName().startswith("practice-"):
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


NOTATION = {"max", "log", "ReLU", "Softplus", "Tanh", "SoftMax", "SSR", "dSSR", "db", "dw", "dy", "dx"}
GIVEN = re.compile(r"^(.*?)(\d+|\[\d+,\d+\]|,\d+)?$")


def needs_words(text: str) -> bool:
    return any(w not in NOTATION for w in re.findall(r"[A-Za-z]{3,}", text))


def test_every_sentence_of_the_core_is_in_the_translation_catalogue():
    catalogue = set(STRINGS)
    found = {practice.label(k) for c in practice.CHAPTERS for k in practice.kinds(c)} | set(ROUNDED_TO.values())
    for chapter in practice.CHAPTERS:
        for kind in practice.kinds(chapter):
            for seed in range(0, 60):
                e = practice.generate(kind, seed)
                found |= {e.prompt, e.formula.template, e.filled.template, *(t.template for t in e.steps)}
                found |= {m.name for m in e.mistakes} | {m.why for m in e.mistakes} | set(e.choices)
                found |= {GIVEN.match(g).group(1) for g in e.givens} | {title for title, _ in e.tables}
                for typed in ("", "abc", "nan", "1e999", "9" * 70, fixed(e.answer, e.decimals), "12345"):
                    found.add(practice.check(e, typed).explanation.template)
    missing = sorted(s for s in found if needs_words(s) and s not in catalogue)
    assert not missing, missing


def test_chapter_2_figures_show_the_givens_and_a_question_mark(qtbot, make_tab):
    tab = make_tab(next(e for e in PRACTISED if e.key == "gradient-descent").load())
    figures = tab.practice_figures
    assert not any(item.isVisible() for item in figures.items())  # nothing while the panel is closed
    tab.practice.set_expanded(True)  # the deck's residual: point (0.5, 1.4) and the line 0.64 x + 0
    xs, ys = figures.points.getData()
    assert list(xs) == [0.5] and list(ys) == [1.4]
    assert figures.marks[0].isVisible() and figures.marks[0].toPlainText() == "?"
    card = tab.findChild(QLabel, "practice-card")
    assert not tab.ledger.isVisibleTo(tab) and card.isVisibleTo(tab)  # the ledger would give the answer away
    assert card.text().splitlines()[2:] == ["x = 0.5", "Observed = 1.4", "Slope = 0.64", "Intercept = 0",
                                            "Residual = ?"]
    assert card.text().startswith("Compute the residual of this point")
    tab.practice.new_exercise("ssr", 0)
    assert sum(mark.isVisible() for mark in figures.marks) == 3 and card.text().splitlines()[-1] == "SSR = ?"
    tab.practice.new_exercise("new-intercept", 0)
    assert figures.old.isVisible() and figures.old.value() == 0.0
    assert card.text().splitlines()[2:] == ["Old Intercept = 0", "Step Size = −0.57", "New Intercept = ?"]
    tab.practice.new_exercise("ssr", 12)  # new numbers: the exercise's own points
    assert list(figures.points.getData()[0]) == sheet_x(12)
    tab.practice.new_exercise("stopping", 0)  # nothing to draw for the stopping rule
    assert not any(item.isVisible() for item in figures.items()) and tab.ledger.isVisibleTo(tab)
    assert not card.isVisibleTo(tab)
    tab.practice.new_exercise("residual", 0)
    tab.practice.set_expanded(False)
    assert not any(item.isVisible() for item in figures.items()) and tab.ledger.isVisibleTo(tab)
    assert not card.isVisibleTo(tab)


def sheet_x(seed):
    from nnviz.core.practice import gradient_descent

    return gradient_descent.sheet(seed)["x"]


def test_the_conclusion_shows_the_practice_record(qtbot, window):
    gd = next(i for i, t in enumerate(window.entries) if t.key == "gradient-descent")
    window.tabs.setCurrentIndex(gd)
    tab = window.chapter(gd)
    tab.practice.set_expanded(True)
    tab.practice.new_exercise("step-size", 0)
    type_into(qtbot, tab.findChild(QLineEdit, "practice-answer"), "-0.57")
    conclusion = next(i for i, t in enumerate(window.entries) if t.key == "conclusion")
    window.tabs.setCurrentIndex(conclusion)
    record = window.chapter(conclusion).findChild(QLabel, "practice-record")
    qtbot.waitUntil(lambda: "2 Gradient Descent: 1 tried, 1 right first time" in record.text())
    assert "1 Why and How?: 0 tried, 0 right first time" in record.text()


def test_a_lesson_file_keeps_the_teacher_s_sheet(qtbot, window, tmp_path):
    from nnviz.core import lesson
    from nnviz.core.lesson import LessonError
    from nnviz.qt import lesson_io

    tab = next(t for t in window.chapters if t.key == "backpropagation")
    tab.practice.set_expanded(True)
    tab.practice.new_exercise("d-w1", 4242)
    path = tmp_path / "homework.json"
    window.lessons.save_to(path)
    saved = lesson.read(path)
    assert saved.chapters["backpropagation"]["practice"] == {"kind": "d-w1", "seed": 4242, "open": True}
    tab.practice.new_exercise("d-b3", 0)
    tab.practice.set_expanded(False)
    window.lessons.load(path)  # every student who opens it gets the same sheet
    assert (tab.practice.exercise.kind, tab.practice.seed, tab.practice.expanded) == ("d-w1", 4242, True)
    # A hostile practice part is refused, naming the problem, and changes nothing (the chapter's part neither).
    before = lesson_io.collect(window)
    for bad in ({"kind": "nonsense"}, {"seed": -1}, {"seed": True}, {"seed": 1.5}, {"open": "yes"},
                {"kind": "d-b3", "extra": 1}, ["d-b3"]):
        broken = lesson.Lesson(chapters={"gradient-descent": before.chapters["gradient-descent"],
                                         "backpropagation": {**before.chapters["backpropagation"], "practice": bad}},
                               current="backpropagation")
        with pytest.raises(LessonError, match="Backpropagation"):
            lesson_io.apply(window, broken)
        assert lesson_io.collect(window).chapters == before.chapters


def test_exporting_the_record_asks_before_replacing_a_file_typed_without_its_suffix(qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    panel = PracticePanel("why-how")
    qtbot.addWidget(panel)
    old = tmp_path / "record.csv"
    old.write_bytes(b"the teacher's file")
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "record"), "")))
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text)
                        or QMessageBox.StandardButton.No)
    panel.ask_export()
    assert len(asked) == 1 and "“record.csv” already exists" in asked[0] and old.read_bytes() == b"the teacher's file"
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    panel.ask_export()
    assert old.read_text(encoding="utf-8").startswith("chapter,")
    assert panel.progress.text().endswith("record.csv") and panel.progress.textFormat() == Qt.TextFormat.PlainText
