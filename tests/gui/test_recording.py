"""Recordings: the frames and their size read back by Pillow, memory that stays flat, the command line, Cancel."""

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from nnviz.app import main

Image = pytest.importorskip("PIL.Image", reason="recordings need Pillow (the optional extra 'record')")

MB = 1024 * 1024

No = QMessageBox.StandardButton.No


def status_kb(field: str) -> int:
    text = Path("/proc/self/status").read_text()
    return int(re.search(rf"^{field}:\s+(\d+) kB", text, re.M).group(1))


def reset_peak() -> bool:
    """Linux: writing 5 to clear_refs resets the peak resident size (VmHWM) to the current one."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def both_parameters(window):
    """Chapter 2 fitting Slope and Intercept together: its default run takes 607 steps, so 200 are all taken."""
    tab = window.chapter(1)
    tab.mode_box.setCurrentIndex(1)  # "Slope and Intercept together"
    assert tab.mode == "both"
    return tab


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc for the peak memory")
def test_a_200_step_run_at_20_fps_has_201_frames_of_the_chosen_size_and_flat_memory(window, tmp_path):
    from nnviz.qt.recording import Recording, record

    assert len(window.chapters) == 6  # every chapter built now, so that building them is not counted as the recording's
    both_parameters(window)
    out = tmp_path / "ch2.gif"
    window.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    can_measure = reset_peak()
    before = status_kb("VmRSS")
    assert record(window, 1, out, Recording(size=(640, 360), fps=20, steps=200), progress=False) == out
    peak = status_kb("VmHWM")
    with Image.open(out) as gif:
        assert gif.size == (640, 360)
        assert gif.n_frames == 201  # the start and each of the 200 steps
        assert gif.info["duration"] == 50  # 20 frames a second
        gif.seek(200)
        assert gif.info["duration"] == 50
    above = (peak - before) / 1024
    print(f"peak RSS during the recording: {above:.1f} MB above the app's {before / 1024:.0f} MB")
    if can_measure:
        assert above <= 50, f"the recording took {above:.1f} MB more than the app"
    assert [p.name for p in tmp_path.iterdir()] == ["ch2.gif"]  # no temporary file left beside it


@pytest.mark.parametrize("suffix", [".webp", ".png"])
def test_webp_and_apng_keep_frames_and_durations(window, tmp_path, suffix):
    from nnviz.qt.recording import Recording, record

    both_parameters(window)
    out = tmp_path / f"ch2{suffix}"
    record(window, 1, out, Recording(size=(320, 240), fps=10, steps=12), progress=False)
    with Image.open(out) as animation:
        assert animation.size == (320, 240)
        assert animation.n_frames == 13
        assert getattr(animation, "is_animated", False)


def test_the_guided_walk_through_holds_each_step(window, tmp_path):
    from nnviz.qt.recording import Recording, record

    out = tmp_path / "ch4.gif"
    record(window, 3, out, Recording(size=(480, 270), guided=True, hold=2.5), progress=False)
    with Image.open(out) as gif:
        assert gif.n_frames == len(window.chapter(3).guided_steps())
        assert gif.info["duration"] == 2500


def test_the_command_line(tmp_path, capsys):
    out = tmp_path / "ch3.gif"
    assert main(["--record", str(out), "--chapter", "3", "--steps", "5", "--fps", "10", "--size", "400x300"]) == 0
    with Image.open(out) as gif:
        assert (gif.size, gif.n_frames) == ((400, 300), 6)
    bad = tmp_path / "broken.nnviz"
    bad.write_text("[]")
    assert main([str(bad), "--record", str(tmp_path / "x.gif"), "--chapter", "2"]) == 2
    assert main(["--record", str(tmp_path / "x.bmp"), "--chapter", "2"]) == 1
    assert "not .bmp" in capsys.readouterr().err
    assert not (tmp_path / "x.gif").exists() and not (tmp_path / "x.bmp").exists()


def test_cancelling_leaves_no_file(qtbot, window, tmp_path):
    from nnviz.qt.recording import Recording, record

    both_parameters(window)
    before = window.chapter(1).get_state()

    def cancel():
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)), None)
        if dialog is None or dialog.value() < 10:
            QTimer.singleShot(10, cancel)
            return
        dialog.cancel()

    QTimer.singleShot(0, cancel)
    assert record(window, 1, tmp_path / "c.gif", Recording(size=(320, 240), steps=300)) is None
    assert os.listdir(tmp_path) == []
    assert window.chapter(1).get_state() == before


def test_the_menu_records_the_guided_walk_through(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog, QFileDialog

    from nnviz.qt import recording_dialog

    def exec_dialog(dialog):
        assert dialog.objectName() == "recording-dialog"
        assert [dialog.mode.itemData(i) for i in range(dialog.mode.count())] == [False, True]  # a run, or the steps
        dialog.mode.setCurrentIndex(1)
        assert not dialog.steps.isEnabled()
        dialog.size.setCurrentIndex(0)  # 640 × 360
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(recording_dialog.RecordingDialog, "exec", exec_dialog)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "bp"), "")))
    window.tabs.setCurrentIndex(2)
    window.exporter.record_action.trigger()
    with Image.open(tmp_path / "bp.gif") as gif:
        assert (gif.size, gif.n_frames, gif.info["duration"]) == ((640, 360), 10, 3000)
    assert window.statusBar().currentMessage() == "Recording written: bp.gif"
    # "bp" typed again: nnviz asks before replacing bp.gif (the dialog never saw that name); No keeps it
    data = (tmp_path / "bp.gif").read_bytes()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text) or No)
    window.exporter.record_action.trigger()
    assert len(asked) == 1 and "“bp.gif” already exists" in asked[0] and (tmp_path / "bp.gif").read_bytes() == data
