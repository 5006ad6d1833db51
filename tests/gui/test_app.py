"""The main window and the command line: tabs from the registry, shortcuts, settings, screenshots, closing mid-run."""

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QPushButton

from nnviz.app import build_parser, main
from nnviz.qt.chapters import chapter_classes, find_chapter
from nnviz.qt.main_window import MainWindow


def test_tabs_follow_the_registry_in_deck_order(window):
    classes = chapter_classes()
    assert [type(t) for t in window.chapters] == classes
    assert [c.number for c in classes] == sorted(c.number for c in classes)
    for i, cls in enumerate(classes):
        assert window.tabs.tabText(i) == f"{cls.number} {cls.title}"
    assert "Introduction to Neural Networks" in window.windowTitle()


def test_ctrl_number_switches_tabs(qtbot, window):
    last = window.chapters[-1]
    window.tabs.setCurrentIndex(0)
    qtbot.keyClick(window, Qt.Key.Key_0 + last.number, Qt.KeyboardModifier.ControlModifier)
    assert window.current_chapter() is last


def test_no_text_under_11pt(window):
    from PySide6.QtWidgets import QWidget

    small = [w.objectName() or type(w).__name__ for w in window.findChildren(QWidget)
             if w.isVisibleTo(window) and 0 < w.font().pointSizeF() < 11]
    assert not small


def test_last_tab_and_geometry_are_remembered(qtbot):
    first = MainWindow()
    qtbot.addWidget(first)
    first.tabs.setCurrentIndex(first.tabs.count() - 1)
    first.show()
    first.resize(first.width(), first.minimumSizeHint().height() + 17)  # the offscreen screen is 800 px wide
    height = first.height()
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.tabs.currentIndex() == second.tabs.count() - 1
    assert second.height() == height
    second.close()


def test_a_closed_window_is_collected_without_calling_its_slots(qtbot):
    """Collecting a closed window (all chapters built) runs none of its slots: its tab widget's pages are removed
    as it is destroyed, and each removal used to call the half-destroyed window's currentChanged slots."""
    import gc

    from nnviz.app import make_application

    make_application()
    win = MainWindow(restore=False)
    win.show()
    qtbot.waitExposed(win)
    assert len(win.chapters) == 6
    win.close()
    caught = []
    hook, sys.excepthook = sys.excepthook, lambda *info: caught.append(info[1])
    try:
        del win
        gc.collect()
        QApplication.processEvents()
    finally:
        sys.excepthook = hook
    assert caught == []


def test_closing_mid_run_stops_the_worker_within_a_second(qtbot, window):
    tab = window.chapters[[c.key for c in window.chapters].index("gradient-descent")]
    window.tabs.setCurrentIndex(window.index_of(tab))
    tab.panel.max_steps.field.setValue(10_000_000)
    tab.panel.set_rules(tab.controller.rules.__class__(None, 10_000_000, None))
    tab.controller.set_rules(tab.panel.rules())
    tab.panel.learning_rate.setValue(0.0001)
    tab.controller.set_learning_rate(0.0001)
    qtbot.mouseClick(tab.findChild(QPushButton, "run"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.controller.current.number > 100, timeout=3000)
    assert tab.controller.running
    window.close()
    from nnviz.qt.worker import running_threads

    assert running_threads() == 0


def test_find_chapter_by_number_and_name():
    classes = chapter_classes()
    assert classes[find_chapter("2", classes)].key == "gradient-descent"
    assert classes[find_chapter("Gradient-Descent", classes)].number == 2
    with pytest.raises(ValueError, match="no chapter"):
        find_chapter("9", classes)


@pytest.mark.parametrize("size", ["12x10", "big", "99999x1"])
def test_bad_screenshot_size_is_refused(size, capsys):
    with pytest.raises(SystemExit) as exit_:
        build_parser().parse_args(["--screenshot", "x", "--size", size])
    assert exit_.value.code == 2


def test_screenshot_writes_one_png_per_tab(tmp_path):
    result = subprocess.run([sys.executable, "-m", "nnviz", "--screenshot", str(tmp_path), "--size", "1280x720"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    files = sorted(tmp_path.glob("*.png"))
    expected = sorted(f"{c.number}-{c.key}.png" for c in chapter_classes())
    assert [f.name for f in files] == expected
    for f in files:
        image = QImage(str(f))
        assert (image.width(), image.height()) == (1280, 720)


def test_unknown_chapter_exits_2(capsys):
    QApplication.instance()  # the app may exist already; main reuses it
    assert main(["--chapter", "42", "--screenshot", "/nonexistent-never-written"]) == 2
    assert "no chapter" in capsys.readouterr().err


def test_version_and_help():
    out = subprocess.run([sys.executable, "-m", "nnviz", "--version"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.startswith("nnviz ")
    out = subprocess.run([sys.executable, "-m", "nnviz", "--help"], capture_output=True, text=True, timeout=60)
    assert "--screenshot" in out.stdout


@pytest.mark.parametrize("size, zoom", [((1280, 720), 1.0), ((1366, 768), 1.0), ((1600, 900), 1.25),
                                        ((1920, 1080), 1.5), ((1920, 1040), 1.25), ((3840, 2160), 2.0),
                                        ((800, 600), 1.0)])
def test_auto_zoom_fits_the_design_size(size, zoom):
    from nnviz.qt.theme import auto_zoom

    assert auto_zoom(*size) == zoom


def test_every_example_lesson_opens(window):
    from nnviz.core import lesson as L
    from nnviz.qt.lesson_io import LessonFiles

    examples = LessonFiles.examples()
    assert {p.name.split("-")[0] for p in examples} == {
        str(c.number) for c in chapter_classes() if c.key != "conclusion"
    }
    for path in examples:
        lesson = L.read(path)
        window.lessons.load(path)
        tab = window.current_chapter()
        assert tab.key == lesson.current
        assert tab.get_state() == lesson.chapters[tab.key]


def test_a_lesson_file_on_the_command_line_is_shown_in_screenshots(tmp_path):
    from nnviz.qt.lesson_io import LessonFiles

    path = next(p for p in LessonFiles.examples() if "gradient-descent" in p.name)
    result = subprocess.run([sys.executable, "-m", "nnviz", str(path), "--screenshot", str(tmp_path)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "2-gradient-descent.png").is_file()


def test_first_start_sizes_the_window_for_the_zoom_within_the_screen(qtbot):
    from PySide6.QtWidgets import QApplication

    from nnviz.app import make_application
    from nnviz.qt import theme
    from nnviz.qt.main_window import MainWindow

    make_application()
    room = QApplication.primaryScreen().availableGeometry()
    theme.set_globals(None, 1.5)  # as on a 1920x1080 screen at first start
    try:
        win = MainWindow(restore=True)  # the isolated settings hold no geometry yet
        qtbot.addWidget(win)
        assert win.width() == min(1920, room.width()) and win.height() == min(1080, room.height())
        assert room.contains(win.geometry().center())
        win.close()
    finally:
        theme.set_globals("light", 1.0)
        theme.apply_to_application(QApplication.instance())


def test_every_chapter_tab_stays_in_sight_in_a_narrow_window(qtbot, window):
    window.tabs.setCurrentIndex(4)
    window.resize(900, 600)  # narrower than the six full titles: they are shortened, none scrolled away
    qtbot.wait(100)
    bar = window.tabs.tabBar()
    assert bar.count() == 6 and not window.tabs.usesScrollButtons()
    assert all(0 <= bar.tabRect(i).left() and bar.tabRect(i).right() < bar.width() for i in range(bar.count()))
    assert sum(bar.tabRect(i).width() for i in range(6)) < sum(bar.tabSizeHint(i).width() for i in range(6))
