"""Files given to nnviz that never end or would not reopen: FIFOs on every reader, the largest lesson the app builds."""

import os

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from nnviz.core import lesson as L
from nnviz.core import table
from nnviz.qt import plain
from nnviz.qt.chapters.backpropagation.tab import BackpropagationTab
from nnviz.qt.chapters.cnn.tab import CnnTab
from nnviz.qt.chapters.gradient_descent.tab import GradientDescentTab
from nnviz.qt.chapters.rnn_lstm.tab import RnnTab
from nnviz.qt.chapters.why_how.tab import WhyHowTab
from nnviz.qt.lesson_messages import MESSAGES as LESSON_MESSAGES
from nnviz.qt.widgets.table_messages import MESSAGES as TABLE_MESSAGES


@pytest.fixture
def fifo(tmp_path):
    path = tmp_path / "pipe.csv"
    os.mkfifo(path)  # open() on it waits for a writer forever: each test below would hang before the fix
    return path


def test_a_fifo_as_a_lesson_is_refused_in_the_window(window, fifo, monkeypatch):
    said = []
    monkeypatch.setattr(plain, "warning", lambda parent, title, text, *a: said.append(text))
    assert window.lessons.open_path(fifo) is False
    assert "is not an ordinary file (a pipe, a device or a socket)" in said[0] and "Nothing was changed" in said[0]


@pytest.mark.parametrize("cls", [WhyHowTab, GradientDescentTab, BackpropagationTab, RnnTab])
def test_a_fifo_as_a_data_table_is_refused_in_every_chapter(make_tab, fifo, cls):
    tab = make_tab(cls)
    io = tab.rnn_view.table_io if cls is RnnTab else tab.table_io
    before = tab.get_state()
    assert io.import_file(fifo) is None
    assert "pipe.csv is not an ordinary file" in io.message.text() and "Nothing was replaced" in io.message.text()
    assert tab.get_state() == before


def test_a_fifo_as_a_picture_is_refused_in_chapter_4(make_tab, fifo):
    tab = make_tab(CnnTab)
    before = tab.get_state()
    assert not tab.picture_box.import_file(str(fifo))
    text = tab.findChild(QLabel, "image-message").text()
    assert "is not an ordinary file" in text and "current image stays" in text and tab.get_state() == before


def worst_numbers(rng, n) -> np.ndarray:
    return -rng.uniform(1e-5, 9.9e-5, n)  # -4.123456789012345e-05: as long as a float's repr gets


def test_the_largest_state_the_chapters_accept_saves_and_reopens(make_tab, qtbot, tmp_path):
    rng = np.random.default_rng(3)
    tabs = {}
    for cls, n in ((WhyHowTab, 10_000), (GradientDescentTab, 100_000), (BackpropagationTab, 10_000)):
        path = tmp_path / f"{cls.key}.csv"
        path.write_text(table.write(("x", "y"), (worst_numbers(rng, n), worst_numbers(rng, n))))
        dialog = tabs.setdefault(cls.key, make_tab(cls)).table_io.import_file(path)
        qtbot.mouseClick(dialog.findChild(QPushButton, "import-accept"), Qt.MouseButton.LeftButton)
    lesson = L.Lesson(chapters={key: tab.get_state() for key, tab in tabs.items()}, current="gradient-descent")
    saved = tmp_path / "everything.nnviz.json"
    saved.write_text(L.dumps(lesson), encoding="utf-8")  # the window writes L.dumps(collect(window)) the same way
    assert 5 * 2**20 < saved.stat().st_size < L.MAX_BYTES  # 5.5 MB: "lesson files are at most 5 MB" refused it
    reopened = L.read(saved)
    assert reopened.chapters == lesson.chapters
    for key, tab in tabs.items():
        tab.set_state(reopened.chapters[key])  # each chapter's own validation accepts its part back
        assert tab.get_state() == lesson.chapters[key]


def test_every_new_core_message_has_its_translation_pattern():
    lesson_said = ["“pipe.json” is not an ordinary file (a pipe, a device or a socket): it cannot be a lesson file",
                   "lesson files must be UTF-8 text (this one is UTF-16)", "“lessons” is a folder, not a lesson file",
                   "this lesson would be a file of 11.2 MB; lesson files are at most 10 MB: remove some imported "
                   "data first"]
    table_said = ["pipe.csv is not an ordinary file (a pipe, a device or a socket): it cannot be read as a table",
                  "line 102 is 5,000,002 characters long: a row of numbers has at most 10,000"]
    for said, patterns in ((lesson_said, LESSON_MESSAGES), (table_said, TABLE_MESSAGES)):
        for message in said:
            assert any(pattern.fullmatch(message) for pattern, _, _ in patterns), message
