"""No lost work: every file nnviz writes survives a full disk, and no save or export replaces a file unasked.

Save As and the exports add their suffix after the dialog returned (typed `lesson`, saved
`lesson.nnviz.json`), so the dialog never asked about the real name: nnviz asks itself."""

import errno
import os

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from nnviz.qt import plain
from nnviz.qt.chapters.gradient_descent.tab import GradientDescentTab
from tests.gui.test_classroom import make_window  # noqa: F401  (a window of toy chapters)

Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


@pytest.fixture
def toys(make_window):  # noqa: F811 (the fixture imported above)
    """The main window with two toy chapters (a plot and a training history each) and the Conclusion."""
    return make_window()


@pytest.fixture
def dialogs(monkeypatch):
    """Save dialogs that return what `answer["save"]` says, and records of every question and warning."""
    seen = {"questions": [], "warnings": [], "save": "", "folder": "", "reply": No}

    def question(parent, title, text, *args):
        seen["questions"].append(text)
        return seen["reply"]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (seen["save"], ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: seen["folder"])
    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(plain, "warning", lambda parent, title, text, *a: seen["warnings"].append(text))
    return seen


def full_disk(monkeypatch):
    """Every rename of a finished temporary file fails as on a full disk (the data was written, then no room)."""
    def fail(*args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "replace", fail)


def snapshot(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_save_as_without_the_suffix_asks_before_replacing_the_lesson(toys, dialogs, tmp_path):
    old = tmp_path / "lesson.nnviz.json"
    old.write_text('{"format": "nnviz-lesson", "version": 1}')
    before = snapshot(tmp_path)
    dialogs["save"] = str(tmp_path / "lesson")  # typed without its suffix: the dialog saw no existing file
    assert toys.lessons.save_as() is False
    assert len(dialogs["questions"]) == 1 and "“lesson.nnviz.json” already exists" in dialogs["questions"][0]
    assert snapshot(tmp_path) == before  # "No" keeps the file, byte for byte
    dialogs["reply"] = Yes
    assert toys.lessons.save_as() is True
    assert '"toy"' in old.read_text(encoding="utf-8") and len(dialogs["questions"]) == 2
    dialogs["save"] = str(tmp_path / "new")
    assert toys.lessons.save_as() is True and len(dialogs["questions"]) == 2  # nothing there: nothing asked
    assert (tmp_path / "new.nnviz.json").is_file()


def test_every_export_dialog_asks_before_replacing(toys, dialogs, tmp_path):
    toy = toys.chapters[0]
    toy.controller.step()
    for name in ("plot.png", "plot.svg", "history.csv"):
        (tmp_path / name).write_bytes(b"the teacher's file")
    before = snapshot(tmp_path)
    dialogs["save"] = str(tmp_path / "plot")
    toys.exporter._save_plot(toy.plot, ".png")
    toys.exporter._save_plot(toy.plot, ".svg")
    dialogs["save"] = str(tmp_path / "history")
    toys.exporter.history_to_csv()
    assert [q.split("”")[0] for q in dialogs["questions"]] == ["“plot.png", "“plot.svg", "“history.csv"]
    assert snapshot(tmp_path) == before
    dialogs["folder"] = str(tmp_path)
    (tmp_path / "3-toy.png").write_bytes(b"last week's picture")
    before = snapshot(tmp_path)
    toys.exporter.all_to_png()
    assert "already has 1 of these files (3-toy.png)" in dialogs["questions"][-1]
    assert snapshot(tmp_path) == before
    dialogs["reply"] = Yes
    toys.exporter.all_to_png()
    assert (tmp_path / "3-toy.png").read_bytes()[:4] == b"\x89PNG" and (tmp_path / "6-conclusion.png").is_file()


def test_table_export_asks_before_replacing(make_tab, dialogs, tmp_path):
    tab = make_tab(GradientDescentTab)
    (tmp_path / "data.csv").write_text("x,y\n1,2\n")
    dialogs["save"] = str(tmp_path / "data")
    tab.table_io._on_export_clicked()
    assert len(dialogs["questions"]) == 1 and (tmp_path / "data.csv").read_text() == "x,y\n1,2\n"
    dialogs["reply"] = Yes
    tab.table_io._on_export_clicked()
    assert (tmp_path / "data.csv").read_text().count("\n") == 4  # a header and the deck's three points


def test_a_full_disk_leaves_every_previous_file_and_no_part_of_a_new_one(toys, dialogs, tmp_path, monkeypatch):
    toy = toys.chapters[0]
    toy.controller.step()
    for name in ("plot.png", "plot.svg", "history.csv", "3-toy.png", "lesson.nnviz.json"):
        (tmp_path / name).write_bytes(b"the file before: " + name.encode())
    before = snapshot(tmp_path)
    full_disk(monkeypatch)
    dialogs["reply"] = Yes  # the user agreed to replace each of them
    dialogs["save"] = str(tmp_path / "plot.png")
    toys.exporter._save_plot(toy.plot, ".png")
    dialogs["save"] = str(tmp_path / "plot.svg")
    toys.exporter._save_plot(toy.plot, ".svg")
    dialogs["save"] = str(tmp_path / "history.csv")
    toys.exporter.history_to_csv()
    dialogs["folder"] = str(tmp_path)
    toys.exporter.all_to_png()
    dialogs["save"] = str(tmp_path / "lesson.nnviz.json")
    assert toys.lessons.save_as() is False
    dialogs["save"] = str(tmp_path / "brand-new.png")  # a new file: nothing of it may be left behind
    toys.exporter._save_plot(toy.plot, ".png")
    assert snapshot(tmp_path) == before  # byte-identical, no temporary, no 0-byte or 4 KB part
    assert len(dialogs["warnings"]) == 6
    assert all("the disk is full" in w and "[Errno" not in w for w in dialogs["warnings"])
    assert "“3-toy.png” could not be written: the disk is full" in dialogs["warnings"][3]


def test_a_full_disk_during_a_table_export(make_tab, tmp_path, monkeypatch):
    tab = make_tab(GradientDescentTab)
    target = tmp_path / "data.csv"
    target.write_text("x,y\n1,2\n")
    full_disk(monkeypatch)
    assert tab.table_io.export_file(target) is False
    assert "Could not write data.csv: the disk is full" in tab.table_io.message.text()
    assert snapshot(tmp_path) == {"data.csv": b"x,y\n1,2\n"}
