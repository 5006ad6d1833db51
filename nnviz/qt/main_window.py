"""The main window: one tab per chapter from the registry, menus, shortcuts, remembered geometry and settings.

Classroom features live in their own modules and are wired here: lesson files (`lesson_io`),
presenter mode (`presenter`), guided steps (`guided`), undo (`undo`), export (`export`), help.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QFont, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from nnviz import COURSE
from nnviz.qt import accessibility, i18n, restyle, theme
from nnviz.qt.chapters import chapter_entries
from nnviz.qt.settings import read_int, settings, warn
from nnviz.resources import resources_dir


def chapter_title(chapter) -> str:
    """A chapter's title (of its class or registry entry) in the interface language (listed for translation in
    `titles.py`)."""
    return QCoreApplication.translate("chapters", chapter.title)


class ChapterSlot(QWidget):
    """A tab's place. Its chapter is built the first time it is needed, so the window paints before any chapter."""

    def __init__(self, entry):
        super().__init__()
        self.entry = entry  # a registry entry: number, key, title, and load() for the class
        self.chapter = None
        self.setObjectName(f"slot-{entry.key}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)


class MainWindow(QMainWindow):
    """Tabs in the deck's order, Ctrl+1…6 to switch, F11 for full screen, Ctrl+Q to quit.

    Start-up paints the window first, then builds the chapter on screen, then the others one at a
    time while the window is idle (`BUILD_GAP_MS` apart, the first of them `FIRST_REST_MS` after the chapter on
    screen, so that the first clicks are answered at once, not after a hidden chapter's build). Anything that
    needs a chapter asks for it with `chapter(i)` / `current_chapter()` / `chapters`, which build it at once if it
    is not built yet.
    """

    chapterBuilt = Signal(object)  # a chapter tab was just built (and styled for the current look)
    BUILD_GAP_MS = 60
    FIRST_REST_MS = 1500  # measured: a click right after the first chapter appeared waited for two more builds
    FIRST_PAINT_WAIT_MS = 300  # build anyway if no paint is seen this long after showing (e.g. off screen)

    def __init__(self, *, restore: bool = True):
        from nnviz.qt.export import Exporter
        from nnviz.qt.guided import GuidedMode
        from nnviz.qt.lesson_io import LessonFiles
        from nnviz.qt.presenter import Presenter
        from nnviz.qt.presenter_view import PresenterView
        from nnviz.qt.teacher import TeacherView
        from nnviz.qt.undo import UndoManager

        # Build at the canonical look (light, zoom 1), then show the chosen theme and zoom (restyle records first).
        wanted = theme.current_theme().name, theme.zoom()
        theme.set_globals("light", 1.0)
        theme.apply_to_application(QApplication.instance())
        super().__init__()
        self.setObjectName("main-window")
        self.setWindowTitle(f"nnviz — {COURSE}")
        self.setWindowIcon(QIcon(str(resources_dir() / "icons" / "nnviz.svg")))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("chapters")
        self.tabs.setDocumentMode(True)
        # Every chapter's tab stays in sight: when the titles do not fit (a narrow window, a large zoom) they
        # are shortened with "…" instead of scrolling the first tabs out of sight.
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.entries = chapter_entries()
        self._slots = [ChapterSlot(entry) for entry in self.entries]
        for slot in self._slots:
            self.tabs.addTab(slot, f"{slot.entry.number} {chapter_title(slot.entry)}")
        self.tabs.currentChanged.connect(self._on_current_changed)  # first: the chapter exists for later slots
        self._builder = QTimer(self, singleShot=True, interval=0)
        self._builder.timeout.connect(self._build_next)
        self._painted = False
        self.tabs.tabBar().installEventFilter(self)
        self.guided = GuidedMode(self)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.guided.bar)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.presenter = Presenter(self)
        self.lessons = LessonFiles(self)
        self.undo = UndoManager(self)
        self.exporter = Exporter(self)
        self.teacher = TeacherView(self)
        self.presenter_view = PresenterView(self)
        self._build_menus()
        accessibility.name_widgets(self)  # the tool bars' and the window's own controls (menus are named by Qt)
        self.chapterBuilt.connect(accessibility.install)  # each chapter's names and live descriptions
        self.resize(1280, 720)
        self._remember = restore
        if restore:
            self._restore(zoom=wanted[1])
        if wanted != ("light", 1.0):
            restyle.set_look(self, *wanted)

    # --- chapters, built when first needed -------------------------------------------
    @property
    def classes(self) -> list:
        """Every chapter's tab class, in the deck's order (imports the chapter modules not imported yet)."""
        return [entry.load() for entry in self.entries]

    def index_of(self, tab) -> int:
        """The tab index of a chapter tab."""
        return [entry.key for entry in self.entries].index(tab.key)

    @property
    def chapters(self) -> list:
        """Every chapter tab, in the deck's order (builds those not built yet)."""
        return [self.chapter(i) for i in range(len(self._slots))]

    def built_chapters(self) -> list:
        return [slot.chapter for slot in self._slots if slot.chapter is not None]

    def built_chapter(self, index: int):
        """The chapter tab at `index` if it is built already, else None (builds nothing)."""
        return self._slots[index].chapter

    def chapter(self, index: int):
        """The chapter tab at `index`, built now if it is not yet."""
        slot = self._slots[index]
        if slot.chapter is None:
            self._build(slot)
        return slot.chapter

    def current_chapter(self):
        index = self.tabs.currentIndex()
        return self.chapter(index) if index >= 0 else None

    def _build(self, slot: ChapterSlot) -> None:

        # Chapters are built at the canonical look (light colours, zoom 1: the application's font too, which
        # new widgets inherit and size themselves by), recorded, then shown in the current one. The
        # application's palette stays: widgets drawn with it follow it, and re-polishing them broke it.
        look = theme.current_theme().name, theme.zoom()
        canonical = look == ("light", 1.0)
        app = QApplication.instance()
        font = app.font()
        if not canonical:
            theme.set_globals("light", 1.0)
            base = QFont(font)
            base.setPointSizeF(theme.BASE_PT)
            app.setFont(base)
        try:
            tab = slot.entry.load()()
            restyle.record(tab)
        finally:
            if not canonical:
                theme.set_globals(*look)
                app.setFont(font)
        slot.chapter = tab
        slot.layout().addWidget(tab)
        self.tabs.setTabToolTip(self._slots.index(slot), QCoreApplication.translate("chapters", tab.summary))
        if not canonical:
            restyle.apply(tab)
        self.chapterBuilt.emit(tab)
        if all(slot.chapter is not None for slot in self._slots):
            self._freeze_built_objects()

    def _freeze_built_objects(self) -> None:
        """Once every chapter is built, take what exists now out of the garbage collector's full collections
        (`gc.freeze`): the widgets, plots and modules live as long as the window, yet each full collection
        walked them all, 60-130 ms during which the window froze (about once a second during a run).
        Objects that die are still freed; `closeEvent` gives them back to the collector (`gc.unfreeze`)."""
        gc.collect()
        gc.freeze()

    def _on_current_changed(self, index: int) -> None:
        # Before the window's first paint (`nnviz --chapter N` chooses the tab then) nothing is built: the
        # builder builds the chapter on screen first, right after the window is painted.
        if index >= 0 and self._slots[index].chapter is None and self._painted:
            self._build(self._slots[index])

    def _build_next(self) -> None:
        """Build the chapter on screen, else the next chapter not built yet; then wait for the next idle moment."""
        self._painted = True  # painted, or FIRST_PAINT_WAIT_MS passed without a paint: switching builds now
        pending = [slot for slot in self._slots if slot.chapter is None]
        if not pending:
            return
        current = self._slots[self.tabs.currentIndex()]
        on_screen = current.chapter is None
        # after the first chapter, a rest so that the first click on it is answered at once (FIRST_REST_MS)
        rest = self.FIRST_REST_MS if on_screen and len(pending) == len(self._slots) else self.BUILD_GAP_MS
        self._build(current if on_screen else pending[0])
        if len(pending) > 1 and on_screen and self.isVisible():
            # the next chapter waits until this one is drawn (its first paint, then the rest): building
            # chapter 2 used to come before chapter 1 was on screen
            self._awaiting_paint, self._rest_after_paint = current.chapter, rest
            current.chapter.installEventFilter(self)
            self._builder.start(self.FIRST_PAINT_WAIT_MS)  # unless its paint comes first (eventFilter)
        elif len(pending) > 1:
            self._builder.start(rest)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if any(slot.chapter is None for slot in self._slots) and not self._builder.isActive():
            self._builder.start(self.FIRST_PAINT_WAIT_MS)  # unless the tab bar paints first (eventFilter)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint and obj is getattr(self, "_awaiting_paint", None):
            self._awaiting_paint = None  # the chapter on screen is being drawn: the others may follow
            obj.removeEventFilter(self)
            self._builder.start(getattr(self, "_rest_after_paint", self.BUILD_GAP_MS))
        if event.type() == QEvent.Type.Paint and not getattr(self, "_painted", True):
            self._painted = True  # the window's first paint is under way: build once it is on screen
            obj.removeEventFilter(self)
            if any(slot.chapter is None for slot in self._slots):
                self._builder.start(0)
        return False

    def _menu(self, text: str, name: str):
        menu = self.menuBar().addMenu(text)
        menu.setObjectName(name)
        return menu

    def _build_menus(self) -> None:
        file_menu = self._menu(self.tr("&File"), "file-menu")
        for item in (self.lessons.open_action, self.lessons.recent_menu, self.lessons.examples_menu, None,
                     self.lessons.save_action, self.lessons.save_as_action, None, self.exporter.menu, None):
            if item is None:
                file_menu.addSeparator()
            elif isinstance(item, QAction):
                file_menu.addAction(item)
            else:
                file_menu.addMenu(item)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setObjectName("quit")
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit = self._menu(self.tr("&Edit"), "edit-menu")
        edit.addAction(self.undo.undo_action)
        edit.addAction(self.undo.redo_action)

        view = self._menu(self.tr("&View"), "view-menu")
        full = QAction(self.tr("&Full screen"), self, checkable=True)
        full.setObjectName("full-screen")
        full.setShortcut(QKeySequence("F11"))
        full.triggered.connect(self.toggle_full_screen)
        self.full_screen_action = full
        p = self.presenter
        for action in (full, p.zoom_in, p.zoom_out, p.zoom_reset, None, p.blank_action, p.laser_action,
                       self.guided.action, self.presenter_view.action, self.teacher.simple_action, None):
            view.addSeparator() if action is None else view.addAction(action)
        theme_menu = view.addMenu(self.tr("&Theme"))
        theme_menu.setObjectName("theme-menu")
        theme_menu.addActions(list(p.theme_actions.values()))
        language_menu = view.addMenu(self.tr("&Language"))
        language_menu.setObjectName("language-menu")
        group = QActionGroup(self)
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setObjectName(f"language-{code}")
            action.setData(code)
            action.setChecked(code == i18n.language())
            action.triggered.connect(self._on_language_action)
            group.addAction(action)
            language_menu.addAction(action)
        view.addSeparator()
        for i, entry in enumerate(self.entries):
            action = QAction(f"{entry.number} {chapter_title(entry)}", self)
            action.setShortcut(QKeySequence(f"Ctrl+{entry.number}"))
            action.triggered.connect(self._on_chapter_action)
            action.setData(i)
            view.addAction(action)

        help_menu = self._menu(self.tr("&Help"), "help-menu")
        shortcuts = QAction(self.tr("&Keyboard shortcuts"), self)
        shortcuts.setObjectName("keyboard-shortcuts")
        shortcuts.setShortcut(QKeySequence("F1"))
        shortcuts.triggered.connect(self.show_shortcuts)
        help_menu.addAction(shortcuts)
        help_menu.addAction(self.teacher.what_to_try_action)
        about = QAction(self.tr("&About nnviz"), self)
        about.setObjectName("about-action")
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        about_qt = QAction(self.tr("About &Qt"), self)
        about_qt.setObjectName("about-qt-action")
        about_qt.triggered.connect(QApplication.aboutQt)
        help_menu.addAction(about_qt)

    def _on_chapter_action(self) -> None:
        self.tabs.setCurrentIndex(int(self.sender().data()))

    def _on_language_action(self) -> None:
        code = self.sender().data()
        settings().setValue("view/language", code)
        if code != i18n.language():
            QMessageBox.information(self, self.tr("Language"),
                                    self.tr("nnviz will speak %1 the next time it starts.")
                                    .replace("%1", i18n.LANGUAGES[code]))

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.full_screen_action.setChecked(self.isFullScreen())

    def show_shortcuts(self) -> None:
        from nnviz.qt.help import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.open()
        self._dialog = dialog

    def show_about(self) -> None:
        from nnviz.qt.help import show_about

        show_about(self)

    def select_chapter(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    # --- remembered between sessions ------------------------------------------------
    def _restore(self, zoom: float = 1.0) -> None:
        s = settings()
        geometry = s.value("window/geometry")
        restored = isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)
        if not restored and geometry is not None:
            warn("the setting window/geometry is not a saved window geometry; using the default size")
        if not restored:  # first start: the window the chapters are laid out for (1280x720) at the zoom, in the screen
            screen = self.screen() or QApplication.primaryScreen()
            room = screen.availableGeometry() if screen is not None else None
            width, height = round(1280 * zoom), round(720 * zoom)
            if room is not None:
                width, height = min(width, room.width()), min(height, room.height())
                self.setGeometry(room.x() + (room.width() - width) // 2, room.y() + (room.height() - height) // 2,
                                 width, height)
            else:
                self.resize(width, height)
        self.tabs.setCurrentIndex(read_int(s, "window/tab", 0, 0, self.tabs.count() - 1))

    def save_settings(self) -> None:
        s = settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/tab", self.tabs.currentIndex())
        s.setValue("view/theme", theme.current_theme().name)
        s.setValue("view/zoom", theme.zoom())

    def shutdown(self) -> None:
        """Stop every chapter's worker; safe to call twice."""
        self.presenter.laser.stop()
        self.presenter_view.stop()
        self._builder.stop()
        for tab in self.built_chapters():  # every run stopped first: each wait below is for all of them
            for controller in tab.controllers:
                controller.pause()
        for tab in self.built_chapters():
            tab.shutdown()

    def closeEvent(self, event) -> None:
        self.shutdown()
        # The window is done. Its tab widget, destroyed later (by the garbage collector, in whatever code runs
        # then), emits currentChanged for every page it removes; the slots of a half-destroyed window must not
        # run then ("Slot 'MainWindow::' not found", raised in unrelated code).
        self.tabs.blockSignals(True)
        gc.unfreeze()
        if self._remember:
            self.save_settings()
        super().closeEvent(event)
