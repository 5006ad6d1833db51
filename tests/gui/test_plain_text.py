"""Text from outside is never shown as rich text (issue 16, item 1).

Qt shows a label or a message box as HTML when its text looks like markup, and `<img src=...>` then reads the
file it names (`<img src="/dev/zero">` in a lesson key read until memory ran out). Markup goes through every
path that quotes outside text: lesson refusals of every chapter, the CSV import of every chapter (file name and
headers), every number field and day-sequence field, picture names, recent-file names. Each must show the text
literally, and no image may be read: the `src` is a FIFO watched by a separate process, which records every
open of it for reading (a reader's open() returns at once, seeing an empty file, so nothing hangs)."""

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage, Qt, QTextDocumentFragment
from PySide6.QtWidgets import QLabel, QMessageBox

from nnviz.qt.widgets.number_field import NumberField
from nnviz.qt.widgets.table_import import TableIO

IMG = "<img src=probe.fifo>"  # relative: the test runs in tmp_path; short enough for a number field (64)
FONT = "<font size=7 color=red>X</font>"
MARKUP = IMG + FONT
NAME = IMG + "<font size=7 color=red>X"  # a file name has no "/"

WATCH = r"""
import errno, os, sys, time
fifo, log = sys.argv[1], sys.argv[2]
while True:
    try:
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)  # succeeds only while someone opens it for reading
    except OSError as error:
        if error.errno != errno.ENXIO:
            raise
        time.sleep(0.001)
        continue
    os.close(fd)  # the reader sees end of file
    with open(log, "a") as out:
        out.write("read\n")
"""


class Probe:
    def __init__(self, folder):
        self.fifo, self.log = folder / "probe.fifo", folder / "probe.log"
        os.mkfifo(self.fifo)
        self.log.write_text("")
        self.process = subprocess.Popen([sys.executable, "-c", WATCH, str(self.fifo), str(self.log)])

    def reads(self) -> int:
        return self.log.read_text().count("read")

    def stop(self) -> None:
        self.process.kill()
        self.process.wait()


@pytest.fixture
def probe(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    watcher = Probe(tmp_path)
    yield watcher
    watcher.stop()


def shown(text_format, text: str) -> str:
    """What a label or message box with this format and text puts on screen, as plain text."""
    if text_format == Qt.TextFormat.PlainText:
        return text
    if text_format == Qt.TextFormat.RichText or Qt.mightBeRichText(text):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def label_shows(label: QLabel, fragment: str) -> bool:
    label.grab()  # lay out and paint: a rich text's images are read here
    return fragment in shown(label.textFormat(), label.text())


@pytest.fixture
def boxes(monkeypatch):
    """Every message box the test would show: (format, text), without a modal loop."""
    seen = []

    def record(self, *args):
        seen.append((self.textFormat(), self.text()))
        return 0

    def static(parent, title, text, *args):
        seen.append((Qt.TextFormat.AutoText, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", record)
    monkeypatch.setattr(QMessageBox, "open", record)
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, static)
    return seen


def test_the_probe_sees_a_rich_label_read_its_image(qtbot, probe):
    label = QLabel(MARKUP)
    qtbot.addWidget(label)
    label.grab()
    qtbot.waitUntil(lambda: probe.reads() > 0, timeout=2000)
    assert not label_shows(label, MARKUP)  # and the markup itself is not on screen


def lessons_quoting_markup(tab) -> list[dict]:
    """Chapter states that a chapter refuses, each quoting MARKUP (an unknown key, a bad choice)."""
    state = tab.get_state()
    states = [{**state, MARKUP: 1}] + [{**state, key: MARKUP} for key, v in state.items() if isinstance(v, str)]
    return [{"format": "nnviz-lesson", "version": 1, "chapters": {tab.key: s}} for s in states]


def test_lesson_refusals_of_every_chapter_are_plain_text(window, tmp_path, probe, boxes):
    for tab in window.chapters:
        before = len(boxes)
        for n, lesson in enumerate(lessons_quoting_markup(tab)):
            path = tmp_path / f"{tab.key}-{n}.nnviz.json"
            path.write_text(json.dumps(lesson))
            window.lessons.open_path(path)
        # a key twice in the chapter's object: refused by the reader for every chapter, quoting the key
        path = tmp_path / f"{tab.key}-twice.nnviz.json"
        key = json.dumps(MARKUP)
        twice = f'{{"{tab.key}": {{{key}: 1, {key}: 2}}}}'
        path.write_text(f'{{"format": "nnviz-lesson", "version": 1, "chapters": {twice}}}')
        assert window.lessons.open_path(path) is False
        mine = boxes[before:]
        assert mine, tab.key
        assert all(fmt == Qt.TextFormat.PlainText for fmt, _ in mine), (tab.key, mine)
        assert all(MARKUP in shown(fmt, text) for fmt, text in mine if MARKUP in text), tab.key
        assert any(MARKUP in shown(fmt, text) for fmt, text in mine), tab.key
    assert probe.reads() == 0


def test_csv_import_of_every_chapter_shows_names_and_headers_literally(window, tmp_path, probe, qtbot):
    path = tmp_path / f"{NAME}.csv"
    path.write_text(f"{IMG},{FONT}\n" + "".join(f"0.{i},0.{i + 1}\n" for i in range(1, 8)))
    assert window.chapters  # every chapter built
    ios = window.findChildren(TableIO)
    assert len(ios) >= 6  # chapters 1, 2, 3 and chapter 5's three
    for io in ios:
        preview = io.import_file(path)
        if preview is None:  # refused: the message quotes the file's name
            assert label_shows(io.message, NAME), io.what
            continue
        summary = preview.findChild(QLabel, "import-summary")
        assert label_shows(summary, NAME) and label_shows(summary, IMG), io.what
        for label in preview.findChildren(QLabel):
            label.grab()
        preview.reject()
        assert label_shows(io.message, "")
    assert probe.reads() == 0


def test_number_and_sequence_fields_quote_typed_markup_literally(window, probe):
    from nnviz.qt.chapters.rnn_lstm.widgets import SequenceField

    assert window.chapters  # every chapter built
    fields = window.findChildren(NumberField)
    assert len(fields) > 20
    for field in fields:
        field.edit.setText(IMG)
        field.edit.editingFinished.emit()
        assert label_shows(field.message, IMG), field.objectName()
    sequences = window.findChildren(SequenceField)
    assert sequences
    for field in sequences:  # days are split at spaces and commas: markup without either
        field.edit.setText("<b>X</b><u>Y</u>")
        field.edit.editingFinished.emit()
        assert field.message.text() and label_shows(field.message, "<b>X</b><u>Y</u>"), field.objectName()
    assert probe.reads() == 0


def test_picture_names_recent_files_and_title_are_literal(window, tmp_path, probe):
    cnn = next(tab for tab in window.chapters if tab.key == "cnn")
    picture = tmp_path / f"{NAME}.png"
    image = QImage(12, 12, QImage.Format.Format_Grayscale8)
    image.fill(255)
    assert image.save(str(picture))
    assert cnn.picture_box.import_file(str(picture))
    message = cnn.findChild(QLabel, "image-message")
    assert label_shows(message, NAME)
    bad = tmp_path / f"{NAME}-not-a-picture.png"
    bad.write_text(MARKUP)
    assert not cnn.picture_box.import_file(str(bad))
    assert message.text() and label_shows(message, message.text())

    lesson = tmp_path / f"{NAME}.nnviz.json"
    window.lessons.save_to(lesson)
    window.lessons._fill_recent()
    action = window.lessons.recent_menu.actions()[0]
    assert action.text() == lesson.name  # menu entries are never rich text
    assert str(lesson.resolve()) == shown(Qt.TextFormat.AutoText, action.toolTip())
    assert lesson.name in window.windowTitle()
    assert probe.reads() == 0
