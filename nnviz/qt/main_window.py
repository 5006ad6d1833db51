"""The main window: one tab per chapter from the registry, menus, shortcuts, remembered geometry."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget

from nnviz import COURSE, __version__
from nnviz.qt.chapters import chapter_classes
from nnviz.resources import resources_dir

ORGANIZATION = "nnviz"
APPLICATION = "nnviz"


def settings() -> QSettings:
    return QSettings(ORGANIZATION, APPLICATION)


class MainWindow(QMainWindow):
    """Tabs in the deck's order, Ctrl+1…6 to switch, F11 for full screen, Ctrl+Q to quit."""

    def __init__(self, *, restore: bool = True):
        super().__init__()
        self.setObjectName("main-window")
        self.setWindowTitle(f"nnviz — {COURSE}")
        self.setWindowIcon(QIcon(str(resources_dir() / "icons" / "nnviz.svg")))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("chapters")
        self.tabs.setDocumentMode(True)
        self.chapters = []
        for cls in chapter_classes():
            tab = cls()
            self.chapters.append(tab)
            self.tabs.addTab(tab, f"{cls.number} {cls.title}")
            self.tabs.setTabToolTip(self.tabs.count() - 1, cls.summary)
        self.setCentralWidget(self.tabs)
        self._build_menus()
        self.resize(1280, 720)
        self._remember = restore
        if restore:
            self._restore()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view = self.menuBar().addMenu("&View")
        full = QAction("&Full screen", self, checkable=True)
        full.setShortcut(QKeySequence("F11"))
        full.triggered.connect(self.toggle_full_screen)
        self.full_screen_action = full
        view.addAction(full)
        view.addSeparator()
        for i, tab in enumerate(self.chapters):
            action = QAction(f"{tab.number} {tab.title}", self)
            action.setShortcut(QKeySequence(f"Ctrl+{tab.number}"))
            action.triggered.connect(self._on_chapter_action)
            action.setData(i)
            view.addAction(action)

        help_menu = self.menuBar().addMenu("&Help")
        about = QAction("&About nnviz", self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _on_chapter_action(self) -> None:
        self.tabs.setCurrentIndex(int(self.sender().data()))

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.full_screen_action.setChecked(self.isFullScreen())

    def show_about(self) -> None:
        QMessageBox.about(self, "About nnviz",
                          f"<h3>nnviz {__version__}</h3><p>The course <i>{COURSE}</i>, one live tab per chapter.</p>"
                          "<p>Free software under the MIT licence.</p>")

    def select_chapter(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    # --- remembered between sessions ------------------------------------------------
    def _restore(self) -> None:
        s = settings()
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        try:
            index = int(s.value("window/tab", 0))
        except (TypeError, ValueError):
            index = 0
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    def save_settings(self) -> None:
        s = settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/tab", self.tabs.currentIndex())

    def shutdown(self) -> None:
        """Stop every chapter's worker; safe to call twice."""
        for tab in self.chapters:
            tab.shutdown()

    def closeEvent(self, event) -> None:
        self.shutdown()
        if self._remember:
            self.save_settings()
        super().closeEvent(event)
