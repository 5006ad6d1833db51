"""The presenter view: refused with one screen, the teacher's window follows the guided steps and its keys drive
them, a note for every guided step of every chapter (and its French), and with two real (offscreen) screens the
class view goes full screen on the projector while the notes stay on the laptop."""

import json
import os
import runpy
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from nnviz.qt.presenter_notes import NOTES, note_for

ROOT = Path(__file__).resolve().parents[2]


def test_one_screen_says_why_it_cannot_start(qtbot, window):
    assert len(QApplication.screens()) == 1
    window.presenter_view.action.trigger()
    box = window.findChild(QMessageBox, "presenter-view-refused")
    assert box is not None and box.isVisible()
    assert "two screens" in box.text()
    assert not window.presenter_view.active and not window.presenter_view.action.isChecked()
    box.close()


def test_the_teacher_window_follows_the_steps_and_takes_the_clicker_keys(qtbot, window):
    screen = QApplication.primaryScreen()
    view = window.presenter_view
    view.screens = lambda: [screen, screen]  # two screens, as far as the presenter view can tell
    window.tabs.setCurrentIndex(1)
    assert view.start()
    teacher = view.teacher
    qtbot.waitExposed(teacher)
    assert window.guided.active and window.guided.index == 0
    label = teacher.findChild(QLabel, "presenter-current")
    assert label.text() == "Step 1 of 11: The data: three points we want a line to fit"
    assert teacher.findChild(QLabel, "presenter-next").text().startswith("The line y = 0.64")
    assert teacher.findChild(QLabel, "presenter-notes").text() == note_for("gradient-descent", 0)
    assert ":" in teacher.findChild(QLabel, "presenter-clock").text()
    assert "since the start" in teacher.findChild(QLabel, "presenter-elapsed").text()
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Right):
        qtbot.keyClick(teacher, key)
    assert window.guided.index == 3
    qtbot.keyClick(teacher, Qt.Key.Key_PageUp)
    assert window.guided.index == 2
    assert label.text().startswith("Step 3 of 11: The residuals")
    assert teacher.findChild(QLabel, "presenter-notes").text() == note_for("gradient-descent", 2)
    # the clicker aimed at the class view moves the teacher's window too
    qtbot.keyClick(window.tabs, Qt.Key.Key_PageDown)
    assert window.guided.index == 3 and label.text().startswith("Step 4 of 11")
    qtbot.keyClick(teacher, Qt.Key.Key_Escape)
    assert not view.active and not window.isFullScreen()


def test_a_note_for_every_guided_step_of_every_chapter_in_english_and_french(window):
    french = runpy.run_path(str(ROOT / "tools" / "fr" / "handouts.py"))["FRENCH"]
    for tab in window.chapters:
        steps = tab.guided_steps()
        assert len(NOTES[tab.key]) == len(steps), tab.key
        for note in NOTES[tab.key]:
            assert note.startswith("Say: ") and "\nAsk: " in note and note.endswith("?"), note
            assert french[note].startswith("Dire : ") and "\nDemander : " in french[note], note
    assert note_for("gradient-descent", 99) == "No notes for this step."


TWO_SCREENS = """
import sys
from PySide6.QtWidgets import QApplication
from nnviz.app import make_application
from nnviz.qt.main_window import MainWindow
app = make_application()
window = MainWindow(restore=False)
window.show()
window.windowHandle().setScreen(app.screens()[0])
for _ in range(5):
    app.processEvents()
assert window.presenter_view.start()
for _ in range(5):
    app.processEvents()
teacher = window.presenter_view.teacher
print(len(app.screens()), window.screen().name(), window.isFullScreen(), window.geometry().width(),
      teacher.screen().name(), teacher.isVisible(), window.guided.active)
window.presenter_view.stop()
window.shutdown()
"""


def test_two_offscreen_screens_put_the_class_on_the_projector(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96},
        {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", PYTHONPATH=str(ROOT),
               XDG_CONFIG_HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", TWO_SCREENS], env=env, capture_output=True, text=True, timeout=120,
                          cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["2", "projector", "True", "1920", "laptop", "True", "True"]
