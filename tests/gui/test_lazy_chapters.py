"""Start-up paints the window before building chapters: the chapter on screen is built first, then the
others while the window is idle, and anything that needs a chapter earlier gets it built on demand."""

from __future__ import annotations

import json

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from nnviz.qt import theme


@pytest.fixture
def fresh(qtbot):
    from nnviz.app import make_application
    from nnviz.qt.main_window import MainWindow

    make_application()
    made = []

    def make():
        win = MainWindow(restore=False)
        qtbot.addWidget(win)
        made.append(win)
        return win

    yield make
    for win in made:
        win.close()
    theme.set_globals("light", 1.0)
    theme.apply_to_application(QApplication.instance())


def test_no_chapter_is_built_before_the_first_paint(qtbot, fresh):
    win = fresh()
    assert win.built_chapters() == []
    assert win.tabs.count() == len(win.classes) == 6
    built = []
    win.chapterBuilt.connect(lambda tab: built.append(tab.key))
    win.tabs.setCurrentIndex(3)  # before the first paint (`nnviz --chapter 4`): switching builds nothing yet
    assert built == []
    win.show()
    qtbot.waitUntil(lambda: len(win.built_chapters()) == 6, timeout=20_000)
    assert built[0] == "cnn" and sorted(built) == sorted(cls.key for cls in win.classes)
    assert [type(t) for t in win.chapters] == win.classes  # no chapter is built twice


def test_the_chapter_on_screen_is_built_first_after_showing(qtbot, fresh):
    win = fresh()
    win.tabs.blockSignals(True)  # choose the tab without building it, as a restored session would
    win.tabs.setCurrentIndex(4)
    win.tabs.blockSignals(False)
    built = []
    win.chapterBuilt.connect(lambda tab: built.append(tab.key))
    win.show()
    qtbot.waitUntil(lambda: bool(built), timeout=10_000)
    assert built[0] == "rnn-lstm"
    assert win.current_chapter().key == "rnn-lstm"


def test_chapter_on_demand_is_built_once_and_sits_in_its_tab(fresh):
    win = fresh()
    tab = win.chapter(1)
    assert tab.key == "gradient-descent" and win.chapter(1) is tab
    assert tab.parentWidget() is win.tabs.widget(1)
    assert win.built_chapters() == [tab]


def test_a_chapter_built_later_takes_the_current_theme_zoom_and_simple_view(qtbot, fresh):
    from nnviz.qt.chapters.gradient_descent.tab import GradientDescentTab
    from nnviz.qt.widgets.ledger import Ledger

    reference = GradientDescentTab()  # built at the canonical look: light, zoom 1
    canonical_pt = {w.objectName(): w.font().pointSizeF() for w in reference.findChildren(QWidget) if w.objectName()}
    reference.deleteLater()
    win = fresh()
    win.show()
    win._builder.stop()  # keep chapter 2 unbuilt while the look changes
    first = win.chapter(0)
    win.presenter.set_theme("dark")
    win.presenter.set_zoom(1.5)
    win.teacher.set_simple(True)
    assert win._slots[1].chapter is None
    tab = win.chapter(1)
    plot = tab.findChild(pg.PlotWidget)
    dark = QColor(theme.current_theme().background)
    assert plot.backgroundBrush().color() == dark == first.findChild(pg.PlotWidget).backgroundBrush().color()
    field = next(w for w in tab.findChildren(QWidget) if w.objectName() == "learning-rate")
    assert field.font().pointSizeF() == pytest.approx(1.5 * canonical_pt["learning-rate"])
    assert json.loads(field.property("nnviz-look"))["pt"] == pytest.approx(canonical_pt["learning-rate"])
    ledger_text = tab.findChild(Ledger).findChildren(QLabel)[1]
    assert ledger_text.palette().color(ledger_text.foregroundRole()) == QColor(theme.current_theme().foreground)
    advanced = [w for w in tab.findChildren(QWidget) if w.objectName() == "seed" or w.objectName() == "min-step-size"]
    assert advanced and all(not w.isVisibleTo(tab) for w in advanced)
    win.teacher.set_simple(False)
    win.presenter.set_theme("light")
    win.presenter.set_zoom(1.0)
    assert plot.backgroundBrush().color() == QColor(theme.current_theme().background)


def test_undo_works_in_a_chapter_built_after_the_window(qtbot, fresh):
    win = fresh()
    win.show()
    win._builder.stop()
    win.tabs.setCurrentIndex(1)
    tab = win.current_chapter()
    tab.panel.learning_rate.edit.setText("0.25")
    tab.panel.learning_rate.edit.editingFinished.emit()
    stack = win.undo.watchers[1].stack
    qtbot.waitUntil(lambda: stack.count() == 1, timeout=3000)
    win.undo.undo()
    assert tab.panel.learning_rate.value() == pytest.approx(0.1)


def test_registry_entries_agree_with_their_classes():
    from nnviz.qt.chapters import ChapterEntry, chapter_entries

    entries = chapter_entries()
    assert [e.number for e in entries] == [1, 2, 3, 4, 5, 6]
    for entry in entries:
        assert ChapterEntry.of(entry.load()) == entry


def test_the_window_paints_without_importing_a_chapter_module():
    import os
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from nnviz.app import make_application\n"
        "app = make_application()\n"
        "from nnviz.qt.main_window import MainWindow\n"
        "w = MainWindow(restore=False)\n"
        "loaded = sorted(m for m in sys.modules\n"
        "                if m.startswith('nnviz.qt.chapters.') and m != 'nnviz.qt.chapters.base')\n"
        "print(loaded, 'superqt' in sys.modules)\n"
        "w.chapter(1)\n"
        "print('nnviz.qt.chapters.gradient_descent.tab' in sys.modules)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split("\n")[:2] == ["[] False", "True"]


def test_the_other_chapters_wait_after_the_first_so_a_first_click_is_answered_at_once(qtbot, fresh):
    win = fresh()
    built = []
    win.chapterBuilt.connect(lambda tab: built.append(tab.key))
    win.show()
    qtbot.waitUntil(lambda: bool(built), timeout=10_000)
    # once the chapter on screen is drawn, the builder rests FIRST_REST_MS before the next
    qtbot.waitUntil(lambda: win._builder.interval() == win.FIRST_REST_MS, timeout=5_000)
    assert built == ["why-how"]  # the chapter on screen only
    assert win._builder.isActive() and win.FIRST_REST_MS >= 1000
    qtbot.waitUntil(lambda: len(built) >= 3, timeout=20_000)
    assert win._builder.interval() == win.BUILD_GAP_MS  # then one after another while idle


def test_code_chapters_are_the_code_generators_chapters():
    from nnviz.core import codegen
    from nnviz.qt.chapters.base import CODE_CHAPTERS

    assert CODE_CHAPTERS == set(codegen.CHAPTERS)


class PaintLog(QWidget):
    """Records, in order, "paint:<what>" for the first paint of the tab bar and of each chapter, and "built:<key>"."""

    def __init__(self, win):
        super().__init__()
        self.events, self.win = [], win
        win.tabs.tabBar().installEventFilter(self)
        win.chapterBuilt.connect(self._built)

    def _built(self, tab):
        self.events.append(f"built:{tab.key}")
        tab.installEventFilter(self)

    def eventFilter(self, obj, event):
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.Paint:
            name = "tabs" if obj is self.win.tabs.tabBar() else obj.key
            if f"paint:{name}" not in self.events:
                self.events.append(f"paint:{name}")
        return False


@pytest.mark.parametrize("index", [0, 2, 5])
def test_a_chapter_chosen_before_showing_is_built_after_the_first_paint_and_drawn_before_the_others(
        qtbot, fresh, index):
    win = fresh()
    log = PaintLog(win)
    win.select_chapter(index)  # what `nnviz --chapter N` does before showing the window
    win.show()
    qtbot.waitUntil(lambda: len(win.built_chapters()) == 6, timeout=30_000)
    key = win.entries[index].key
    events = log.events
    assert events[0] == "paint:tabs" and events[1] == f"built:{key}"
    # the chapter on screen is drawn before any other chapter is built
    assert events.index(f"paint:{key}") < min(i for i, e in enumerate(events) if e.startswith("built:") and i > 1)
    assert win.current_chapter().key == key


def test_the_conclusion_opened_first_builds_no_other_chapter_and_fills_its_cards_as_they_are_built(qtbot, fresh):
    from nnviz.qt.chapters.conclusion.tab import ConclusionTab

    win = fresh()
    refreshed = []
    real = ConclusionTab.refresh

    def refresh(tab):
        refreshed.append([t.key for t in win.built_chapters()])
        real(tab)

    conclusion = win.entries.index(next(e for e in win.entries if e.key == "conclusion"))
    ConclusionTab.refresh = refresh
    try:
        win.select_chapter(conclusion)
        win.show()
        qtbot.waitUntil(lambda: bool(refreshed), timeout=10_000)
        assert refreshed[0] == ["conclusion"]  # its cards were drawn with no other chapter built
        tab = win.chapter(conclusion)
        assert [c.entry.key for c in tab.cards] == [e.key for e in win.entries if e.key != "conclusion"]
        qtbot.waitUntil(lambda: len(win.built_chapters()) == 6, timeout=30_000)
        qtbot.waitUntil(lambda: all(not c.button.icon().isNull() for c in tab.cards), timeout=10_000)
        assert all(c.summary.text() for c in tab.cards)
        qtbot.mouseClick(tab.cards[2].button, Qt.MouseButton.LeftButton)
        assert win.tabs.currentIndex() == 2 and win.current_chapter().key == tab.cards[2].entry.key
    finally:
        ConclusionTab.refresh = real
