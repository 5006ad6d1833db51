"""Classroom features over the chapter registry: full screen, zoom, themes, guided steps, lesson files, undo,
export, blank screen, the Conclusion tab. A tiny test-only chapter stands in for the real ones where a
test needs a known state; the round trip runs over every real chapter too."""

import csv
import json
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QScrollArea, QVBoxLayout

from nnviz.core import lesson as L
from nnviz.core import regression as reg
from nnviz.core.lesson import LessonError
from nnviz.qt import theme
from nnviz.qt.chapters.base import ChapterTab, GuidedStep
from nnviz.qt.chapters.conclusion.tab import ConclusionTab
from nnviz.qt.training import TrainingController
from nnviz.qt.widgets.ledger import Ledger
from nnviz.qt.widgets.number_field import NumberField
from nnviz.qt.widgets.training_panel import TrainingPanel

VIEWS = ("curve", "table")


class ToyTab(ChapterTab):
    """A test-only chapter: one weight, one choice of view, a plot, a training run, three guided steps."""

    number, key, title, summary = 3, "toy", "Toy", "A chapter for tests."

    def __init__(self, parent=None):
        super().__init__(parent)
        self.weight = NumberField("weight", "Weight", 1.0, -10, 10)
        self.view = QComboBox()
        self.view.setObjectName("view")
        self.view.addItems(VIEWS)
        self.controller = TrainingController(reg.intercept_objective(reg.DECK_SLOPE, reg.DECK_X, reg.DECK_Y),
                                             (0.0,), 0.1, parent=self)
        self.controllers.append(self.controller)
        self.panel = TrainingPanel(self.controller)
        for w in (self.weight, self.view, self.panel):
            self.controls.addWidget(w)
        self.finish_controls()
        self.plot = theme.make_plot("Toy plot", "x", "y", legend=True)
        self.line = self.plot.plot([0, 1, 2], [0, 1, 4], pen=theme.pen("prediction"), symbol="o", symbolSize=10,
                                   symbolBrush=theme.brush("data"), name="Line")
        self.ledger = Ledger("Toy ledger")
        self.ledger.set_lines(["Weight = 1"])
        layout = QVBoxLayout(self.content)
        layout.addWidget(self.plot)
        layout.addWidget(self.ledger)

    def get_state(self) -> dict:
        return {"weight": self.weight.value(), "view": self.view.currentText()}

    def set_state(self, state: dict) -> None:
        weight, view = state.get("weight"), state.get("view")
        if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not -10 <= weight <= 10:
            raise ValueError(f"weight must be a number from -10 to 10, not {weight!r}")
        if view not in VIEWS:
            raise ValueError(f"view must be one of {VIEWS}, not {view!r}")
        self.weight.setValue(weight)
        self.view.setCurrentText(view)

    def guided_steps(self) -> list[GuidedStep]:
        return [GuidedStep(f"weight {w}", lambda w=w: self.weight.setValue(w)) for w in (2.0, 3.0, 4.0)]


class OtherToyTab(ToyTab):
    number, key, title = 4, "other-toy", "Other toy"


@pytest.fixture
def make_window(qtbot, monkeypatch):
    from nnviz.app import make_application
    from nnviz.qt import main_window

    make_application()
    windows = []

    def make(classes=(ToyTab, OtherToyTab, ConclusionTab)):
        if classes is not None:
            from nnviz.qt.chapters import ChapterEntry

            monkeypatch.setattr(main_window, "chapter_entries", lambda: [ChapterEntry.of(cls) for cls in classes])
        win = main_window.MainWindow(restore=False)
        qtbot.addWidget(win)
        win.resize(1280, 720)
        win.show()
        qtbot.waitExposed(win)
        windows.append(win)
        return win

    yield make
    for win in windows:
        win.close()
    theme.set_globals("light", 1.0)
    theme.apply_to_application(QApplication.instance())


@pytest.fixture
def win(make_window):
    return make_window()


def test_full_screen_toggles_with_f11(win):
    win.full_screen_action.trigger()
    assert win.isFullScreen() and win.full_screen_action.isChecked()
    win.full_screen_action.trigger()
    assert not win.isFullScreen() and not win.full_screen_action.isChecked()
    assert "F11" in win.full_screen_action.shortcut().toString()


def test_zoom_grows_fonts_pens_markers_and_sizes_and_ctrl0_restores(win):
    tab = win.chapters[0]
    label_pt = tab.ledger._labels[0].font().pointSizeF()
    width = tab.line.opts["pen"].widthF()
    marker = tab.line.opts["symbolSize"]
    axis_pt = tab.plot.getPlotItem().getAxis("bottom").style["tickFont"].pointSizeF()
    controls = tab.findChild(QScrollArea, "controls").width()
    win.presenter.zoom_in.trigger()
    win.presenter.zoom_in.trigger()
    assert theme.zoom() == pytest.approx(1.5625)
    assert tab.ledger._labels[0].font().pointSizeF() == pytest.approx(label_pt * 1.5625)
    assert tab.line.opts["pen"].widthF() == pytest.approx(width * 1.5625)
    assert tab.line.opts["symbolSize"] == pytest.approx(marker * 1.5625)
    assert tab.plot.getPlotItem().getAxis("bottom").style["tickFont"].pointSizeF() == pytest.approx(axis_pt * 1.5625)
    assert tab.findChild(QScrollArea, "controls").width() == round(controls * 1.5625)
    assert QApplication.font().pointSizeF() == pytest.approx(theme.BASE_PT * 1.5625)
    win.presenter.zoom_out.trigger()
    assert tab.line.opts["pen"].widthF() == pytest.approx(width * 1.25)
    win.presenter.zoom_reset.trigger()
    assert tab.ledger._labels[0].font().pointSizeF() == pytest.approx(label_pt)
    assert tab.line.opts["pen"].widthF() == pytest.approx(width)


@pytest.mark.parametrize("name", ["dark", "high-contrast"])
def test_each_theme_recolours_plots_and_widgets_and_comes_back(win, name):
    tab = win.chapters[0]
    line_color = tab.line.opts["pen"].color().name()
    t = theme.THEMES[name]
    win.presenter.theme_actions[name].trigger()
    assert theme.current_theme() is t and win.presenter.theme_actions[name].isChecked()
    assert tab.plot.backgroundBrush().color().name() == QColor(t.background).name()
    assert tab.line.opts["pen"].color().name() == QColor(theme.themed(theme.BLUE)).name() != line_color
    axis = tab.plot.getPlotItem().getAxis("left")
    assert axis.pen().color().name() == QColor(t.foreground).name()
    assert QApplication.palette().window().color().name() == QColor(t.background).name()
    assert tab.line.opts["pen"].widthF() == pytest.approx(theme.LINE_WIDTH * t.line_factor)
    assert theme.COLORS["data"] == theme.themed(theme.BLACK)
    win.presenter.theme_actions["light"].trigger()
    assert tab.line.opts["pen"].color().name() == line_color
    assert tab.plot.backgroundBrush().color().name() == "#ffffff"
    assert tab.line.opts["pen"].widthF() == pytest.approx(theme.LINE_WIDTH)


def test_guided_steps_follow_the_clicker_keys(qtbot, win):
    tab = win.chapters[0]
    qtbot.keyClick(tab.plot, Qt.Key.Key_PageDown)
    assert tab.weight.value() == 1.0  # outside guided mode the keys do nothing to the chapter
    win.guided.action.trigger()
    assert win.guided.bar.isVisible()
    assert tab.weight.value() == 2.0 and win.guided.bar.label.text() == "Step 1 of 3: weight 2.0"
    for key, weight in ((Qt.Key.Key_PageDown, 3.0), (Qt.Key.Key_Space, 4.0), (Qt.Key.Key_Right, 4.0),
                        (Qt.Key.Key_PageUp, 3.0), (Qt.Key.Key_Left, 2.0), (Qt.Key.Key_Left, 2.0),
                        (Qt.Key.Key_Right, 3.0)):
        qtbot.keyClick(tab.plot, key)
        assert tab.weight.value() == weight, key
    assert win.guided.bar.label.text() == "Step 2 of 3: weight 3.0"
    qtbot.keyClick(tab.weight.edit, Qt.Key.Key_Right)  # a text field keeps its arrow keys
    assert tab.weight.value() == 3.0
    win.tabs.setCurrentIndex(2)  # the Conclusion: one step per other chapter
    assert win.guided.bar.label.text().startswith("Step 1 of 2: 3 Toy")
    win.guided.action.trigger()
    assert not win.guided.bar.isVisible()


def test_save_and_open_round_trip(win, tmp_path):
    toy, other = win.chapters[0], win.chapters[1]
    toy.set_state({"weight": 2.5, "view": "table"})
    other.set_state({"weight": -1.0, "view": "curve"})
    win.tabs.setCurrentIndex(1)
    win.presenter.set_theme("dark")
    win.guided.action.trigger()
    win.guided.forward()
    folder = tmp_path / "lessons"
    folder.mkdir()
    path = folder / "lesson.nnviz.json"
    win.lessons.save_to(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == L.FORMAT and data["version"] == L.VERSION and data["theme"] == "dark"
    assert data["chapters"]["toy"] == {"weight": 2.5, "view": "table"}
    assert [p.name for p in folder.iterdir()] == ["lesson.nnviz.json"]  # the atomic writer left no temporary file
    assert data["guided_step"] == 1 and data["current"] == "other-toy"
    win.guided.action.trigger()
    toy.set_state({"weight": 9.0, "view": "curve"})
    win.tabs.setCurrentIndex(0)
    win.presenter.set_theme("light")
    win.lessons.load(path)
    assert toy.get_state() == {"weight": 2.5, "view": "table"}
    assert win.guided.active and win.guided.index == 1 and other.get_state() == {"weight": 3.0, "view": "curve"}
    assert win.tabs.currentIndex() == 1 and theme.current_theme().name == "dark"
    assert win.lessons.recent()[0] == str(path.resolve())
    assert path.name in win.windowTitle()


def test_recent_lessons_and_the_language_menu_are_remembered(win, tmp_path, monkeypatch):
    from nnviz.qt.settings import settings

    assert settings().fileName().startswith(str(tmp_path))  # never the user's own settings
    for name in ("a", "b", "a"):
        win.lessons.save_to(tmp_path / f"{name}.nnviz.json")
    assert [p.rsplit("/", 1)[-1] for p in win.lessons.recent()] == ["a.nnviz.json", "b.nnviz.json"]
    win.lessons._fill_recent()
    assert [a.text() for a in win.lessons.recent_menu.actions()] == ["a.nnviz.json", "b.nnviz.json"]
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    win.findChild(type(win.undo.undo_action), "language-fr").trigger()
    assert settings().value("view/language") == "fr" and "Français" in told[0]


def test_every_real_chapter_round_trips(make_window, tmp_path):
    win = make_window(None)
    before = {tab.key: tab.get_state() for tab in win.chapters}
    path = tmp_path / "all.nnviz.json"
    win.lessons.save_to(path)
    win.lessons.load(path)
    assert {tab.key: tab.get_state() for tab in win.chapters} == before
    # The file holds each chapter's state and, beside it, its Practice panel's sheet (kind, seed, open).
    sheets = {tab.key: tab.practice.get_state() for tab in win.chapters if getattr(tab, "practice", None)}
    expected = {key: state | ({"practice": sheets[key]} if key in sheets else {}) for key, state in before.items()}
    assert len(sheets) == 5 and L.read(path).chapters == json.loads(json.dumps(expected))


@pytest.mark.parametrize("content", [
    b"\x89PNG\r\n\x1a\n\x00\x00",
    b'{"format": "nnviz-lesson", "version": 1, "chapters": {"toy": {"weight": 5, "view": "curve"},'
    b' "other-toy": {"weight": "heavy", "view": "curve"}}}',
    b'{"format": "nnviz-lesson", "version": 1, "chapters": {"toy": {"weight": 5, "view": "curve"},'
    b' "other-toy": {"weight": 1e300, "view": "curve"}}}',
    b'{"format": "nnviz-lesson", "version": 2}',
    b'{"format": "nnviz-lesson", "version": 1, "chapters": {"toy": {"weight": 5, "view": ',
])
def test_a_broken_file_changes_nothing(win, tmp_path, monkeypatch, content):
    toy = win.chapters[0]
    toy.set_state({"weight": 2.0, "view": "table"})
    before = [tab.get_state() for tab in win.chapters], win.tabs.currentIndex(), theme.current_theme().name
    path = tmp_path / "broken.nnviz.json"
    path.write_bytes(content)
    with pytest.raises(LessonError) as info:
        win.lessons.load(path)
    assert str(info.value)
    assert ([tab.get_state() for tab in win.chapters], win.tabs.currentIndex(), theme.current_theme().name) == before
    shown = []
    from nnviz.qt import plain

    monkeypatch.setattr(plain, "warning", lambda *args: shown.append(args[2]))
    assert win.lessons.open_path(path) is False
    assert "Nothing was changed" in shown[0] and str(info.value) in shown[0]
    assert win.lessons.path is None


def test_undo_and_redo_per_chapter(qtbot, win):
    toy, other = win.chapters[0], win.chapters[1]
    toy.weight.edit.setText("5")
    toy.weight.edit.editingFinished.emit()
    stack = win.undo.watchers[0].stack
    qtbot.waitUntil(lambda: stack.count() == 1, timeout=2000)
    toy.view.setCurrentIndex(1)
    toy.view.activated.emit(1)
    win.undo.flush()
    assert stack.count() == 2
    win.undo.undo_action.trigger()
    assert toy.get_state() == {"weight": 5.0, "view": "curve"}
    win.undo.undo_action.trigger()
    assert toy.get_state() == {"weight": 1.0, "view": "curve"} and toy.weight.edit.text() == "1"
    win.undo.redo_action.trigger()
    assert toy.get_state() == {"weight": 5.0, "view": "curve"}
    win.tabs.setCurrentIndex(1)  # the other chapter has its own, empty history
    win.undo.undo_action.trigger()
    assert other.get_state() == {"weight": 1.0, "view": "curve"} and toy.weight.value() == 5.0
    assert [a.shortcut().toString() for a in (win.undo.undo_action, win.undo.redo_action)] == ["Ctrl+Z", "Ctrl+Shift+Z"]


def test_export_writes_valid_png_svg_and_csv(qtbot, win, tmp_path):
    from nnviz.qt import export

    toy = win.chapters[0]
    assert export.plots(toy) == [toy.plot]
    png = export.export_plot(toy.plot, tmp_path / "plot.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = export.export_plot(toy.plot, tmp_path / "plot.svg")
    assert ET.parse(svg).getroot().tag.endswith("svg")
    assert "Toy plot" in svg.read_text(encoding="utf-8")
    with pytest.raises(ValueError, match=".png or .svg"):
        export.export_plot(toy.plot, tmp_path / "plot.bmp")
    toy.controller.step()
    toy.controller.step()
    export.export_history(toy, tmp_path / "h.csv")
    with open(tmp_path / "h.csv", newline="", encoding="utf-8") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][:3] == ["step", "SSR", "parameter 1"] and len(rows) == 4
    assert [r[0] for r in rows[1:]] == ["0", "1", "2"]
    assert float(rows[2][2]) == pytest.approx(0.5704)
    with pytest.raises(ValueError, match="no training history"):
        export.export_history(win.chapters[2], tmp_path / "none.csv")
    from nnviz.qt.screenshots import render_tabs
    files = render_tabs(win, tmp_path / "all")
    assert [f.name for f in files] == ["3-toy.png", "4-other-toy.png", "6-conclusion.png"]
    assert all(f.read_bytes()[:4] == b"\x89PNG" for f in files)
    win.exporter.copy_action.trigger()
    assert not QApplication.clipboard().pixmap().isNull()


def test_blank_screen_and_zoom_keys(qtbot, win):
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    qtbot.keyClick(win.chapters[0].plot, Qt.Key.Key_B)
    assert win.presenter.blanked
    assert win.presenter.blank.geometry() == win.rect()
    qtbot.keyClick(win.presenter.blank, Qt.Key.Key_Period)
    assert not win.presenter.blanked
    qtbot.keyClick(win.chapters[0].weight.edit, Qt.Key.Key_B)  # typing in a field is not a shortcut
    assert not win.presenter.blanked
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(win.chapters[0].plot, Qt.Key.Key_Plus, ctrl)
    assert theme.zoom() == pytest.approx(1.25)
    qtbot.keyClick(win.chapters[0].plot, Qt.Key.Key_Minus, ctrl)
    qtbot.keyClick(win.chapters[0].plot, Qt.Key.Key_Minus, ctrl)
    assert theme.zoom() == pytest.approx(0.8)
    qtbot.keyClick(win.chapters[0].plot, Qt.Key.Key_0, ctrl)
    assert theme.zoom() == 1.0
    win.presenter.laser_action.trigger()
    assert win.presenter.laser.isVisible()
    win.presenter.laser_action.trigger()
    assert not win.presenter.laser.isVisible()


def test_conclusion_shows_every_other_chapter_and_opens_it(qtbot, win):
    conclusion = win.chapters[2]
    win.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: len(conclusion.cards) == 2 and not conclusion.cards[0].button.icon().isNull())
    assert [c.summary.text() for c in conclusion.cards] == ["A chapter for tests."] * 2
    image = conclusion.cards[0].button.icon().pixmap(conclusion.cards[0].button.iconSize()).toImage()
    assert len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}) > 3
    qtbot.mouseClick(conclusion.cards[1].button, Qt.MouseButton.LeftButton)
    assert win.tabs.currentIndex() == 1


def test_shortcuts_dialog_lists_every_shortcut(qtbot, win):
    from nnviz.qt.help import ShortcutsDialog, about_text

    dialog = ShortcutsDialog(win)
    qtbot.addWidget(dialog)
    keys = {dialog.table.item(i, 1).text() for i in range(dialog.table.rowCount())}
    for expected in ("F11", "Ctrl+Z", "Ctrl+S", "Ctrl+O", "Ctrl+G", "Ctrl+0", "B or .", "Ctrl+Shift+Z or Ctrl+Y"):
        assert expected in keys
    assert "MIT" in about_text() and "Introduction to Neural Networks" in about_text()


def test_a_bad_lesson_with_screenshot_exits_with_status_2(tmp_path, capsys):
    from nnviz.app import main

    bad = tmp_path / "bad.nnviz.json"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n")
    assert main([str(bad), "--screenshot", str(tmp_path / "shots")]) == 2
    assert "PNG image, not a lesson file" in capsys.readouterr().err
    assert not (tmp_path / "shots").exists()


def _interface_texts(win) -> list[str]:
    def walk(actions):
        for action in actions:
            if action.isSeparator():
                continue
            yield action.text()
            if action.menu() is not None:
                yield from walk(action.menu().actions())
    return [*walk(win.menuBar().actions()), *(win.tabs.tabText(i) for i in range(win.tabs.count()))]


SAME_IN_BOTH = {"English", "Français", "6 Conclusion"}  # language names; "Conclusion" is French too


def test_french_interface_has_no_english_left_in_menus_and_tabs(make_window):
    from nnviz.qt import i18n

    english = _interface_texts(make_window(None))
    i18n.install("fr")
    try:
        french = _interface_texts(make_window(None))
        assert i18n.number(0.5704) == "0,57" and i18n.significant(-5.7) == "-5,7"
        assert i18n.localize("SSR = 3.16, step 12") == "SSR = 3,16, step 12"
    finally:
        i18n.install("en")
    assert len(french) == len(english) > 20
    left = [(en, fr) for en, fr in zip(english, french, strict=True) if en == fr and en not in SAME_IN_BOTH]
    assert not left, f"not translated: {left}"
    assert "&Fichier" in french and "2 Descente de gradient" in french
    assert i18n.number(0.5704) == "0.57"
