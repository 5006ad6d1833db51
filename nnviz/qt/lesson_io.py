"""File › Open / Save / Save As, recent files and example lessons: the whole window's state in a lesson file.

Opening is all or nothing: every chapter's `set_state` validates its part; if one refuses, the
chapters already changed are put back and the message names the chapter and the problem.
Saving goes through nnviz.core.files.write_atomically (the one writer of every file nnviz writes, also
importable from here), so a crash or a full disk never leaves half a file, and Save As never replaces a file
without asking.
"""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from nnviz.core import lesson as L
from nnviz.core.files import write_atomically
from nnviz.core.lesson import Lesson, LessonError
from nnviz.qt import plain
from nnviz.qt.file_dialogs import file_error, save_path
from nnviz.qt.lesson_messages import lesson_message
from nnviz.resources import resource

MAX_RECENT = 8


def collect(window) -> Lesson:
    """The window's state as a Lesson: every chapter, the chapter on screen, the theme, the guided step."""
    from nnviz.qt import theme

    chapters = {tab.key: _with_practice(tab) for tab in window.chapters}
    current = window.current_chapter().key if window.entries else None
    guided = window.guided.index if window.guided.active else None
    return Lesson(chapters=chapters, current=current, theme=theme.current_theme().name, guided_step=guided)


#: The part of a chapter's state that the Practice panel keeps (the kind and the seed of a teacher's sheet).
PRACTICE = "practice"


def _with_practice(tab) -> dict:
    state = copy.deepcopy(tab.get_state())
    if getattr(tab, "practice", None) is not None:
        state[PRACTICE] = tab.practice.get_state()
    return state


def _set_state(tab, state: dict) -> None:
    """The chapter's part of a lesson, and its Practice panel's part, checked before either is applied."""
    state = copy.deepcopy(state)
    sheet = state.pop(PRACTICE, None) if getattr(tab, "practice", None) is not None else None
    if sheet is not None:
        tab.practice.check_state(sheet)
    tab.set_state(state)
    if sheet is not None:
        tab.practice.set_state(sheet)


def apply(window, lesson: Lesson) -> list[str]:
    """Put `lesson` on screen, all or nothing (LessonError, nothing changed); returns notes (e.g. unknown chapters)."""
    tabs = {tab.key: tab for tab in window.chapters}
    notes = [
        QCoreApplication.translate(
            "LessonFiles", "This lesson has a chapter that this nnviz does not have: %1"
        ).replace("%1", key)
        for key in lesson.chapters
        if key not in tabs
    ]
    before = {key: _with_practice(tabs[key]) for key in lesson.chapters if key in tabs}
    applied = []
    try:
        for key, state in lesson.chapters.items():
            if key in tabs:
                _set_state(tabs[key], state)
                applied.append(key)
    except Exception as error:  # noqa: BLE001 — any refusal (or a chapter's bug) must leave everything as it was
        for done in reversed(applied):
            try:
                _set_state(tabs[done], before[done])
            except Exception:  # noqa: BLE001
                pass
        title = QCoreApplication.translate("chapters", tabs[key].title)
        raise LessonError(f"{title}: {error}") from None
    if lesson.theme is not None:
        window.presenter.set_theme(lesson.theme)
    if lesson.current in tabs:
        window.tabs.setCurrentIndex(window.index_of(tabs[lesson.current]))
    elif lesson.current is not None:
        notes.append(
            QCoreApplication.translate(
                "LessonFiles", "No chapter “%1” here: the lesson opens on the current one."
            ).replace("%1", lesson.current)
        )
    if lesson.guided_step is not None:
        window.guided.set_active(True)
        window.guided.go(lesson.guided_step)
    else:
        window.guided.set_active(False)
    window.undo.clear()
    return notes


class LessonFiles(QObject):
    """The File menu's lesson actions and the recent-files list (kept in QSettings)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.path: Path | None = None
        self.open_action = self._action(self.tr("&Open lesson…"), QKeySequence.StandardKey.Open, "Ctrl+O",
                                        self.open_dialog, "open")
        self.save_action = self._action(self.tr("&Save lesson"), QKeySequence.StandardKey.Save, "Ctrl+S",
                                        self.save, "save")
        self.save_as_action = self._action(self.tr("Save lesson &as…"), None, "Ctrl+Shift+S", self.save_as, "save-as")
        self.recent_menu = QMenu(self.tr("Open &recent"), window)
        self.recent_menu.setObjectName("recent-lessons")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.examples_menu = QMenu(self.tr("&Example lessons"), window)
        self.examples_menu.setObjectName("example-lessons")
        self.examples_menu.aboutToShow.connect(self._fill_examples)

    def _action(self, text, standard, key, slot, name) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        return action

    # --- open ---------------------------------------------------------------------
    def load(self, path: str | Path) -> list[str]:
        """Open the lesson at `path` (LessonError and nothing changed if it cannot be used)."""
        path = Path(path)
        notes = apply(self.window, L.read(path))
        self.path = path
        self._remember(path)
        self._title()
        return notes

    def open_path(self, path: str | Path) -> bool:
        """Open `path`, telling the user what went wrong in a message box; True if opened."""
        try:
            notes = self.load(path)
        except LessonError as error:
            plain.warning(self.window, self.tr("Cannot open this lesson"),
                          self.tr("“%1” cannot be opened: %2. Nothing was changed.")
                          .replace("%1", Path(path).name).replace("%2", lesson_message(str(error))))
            return False
        self.window.statusBar().showMessage(" ".join(notes) or self.tr("Opened %1").replace("%1", Path(path).name),
                                            8000)
        return True

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open lesson"), str(self._folder()),
                                              self.tr("nnviz lessons (*.json);;All files (*)"))
        if path:
            self.open_path(path)

    # --- save -----------------------------------------------------------------------
    def save_to(self, path: str | Path) -> None:
        """Write the current state to `path` atomically (OSError or LessonError on failure)."""
        path = Path(path)
        write_atomically(path, L.dumps(collect(self.window)))
        self.path = path
        self._remember(path)
        self._title()

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self._save_reporting(self.path)

    def save_as(self) -> bool:
        default = str(self.path or self._folder() / f"lesson{L.SUFFIX}")
        path = save_path(self.window, self.tr("Save lesson"), default, self.tr("nnviz lessons (*.json)"), L.SUFFIX,
                         (".json",))
        return False if path is None else self._save_reporting(path)

    def _save_reporting(self, path: Path) -> bool:
        try:
            self.save_to(path)
        except (OSError, LessonError) as error:
            reason = lesson_message(str(error)) if isinstance(error, LessonError) else file_error(error)
            plain.warning(self.window, self.tr("Cannot save this lesson"),
                          self.tr("“%1” could not be written: %2").replace("%1", path.name)
                          .replace("%2", reason))
            return False
        self.window.statusBar().showMessage(self.tr("Saved %1").replace("%1", path.name), 5000)
        return True

    # --- recent files and examples -------------------------------------------------------
    def recent(self) -> list[str]:
        from nnviz.qt.settings import read_strings, settings

        return read_strings(settings(), "lessons/recent", MAX_RECENT)

    def _remember(self, path: Path) -> None:
        from nnviz.qt.settings import settings

        name = str(path.resolve())
        items = [name] + [p for p in self.recent() if p != name]
        settings().setValue("lessons/recent", items[:MAX_RECENT])

    def _folder(self) -> Path:
        recent = self.recent()
        return Path(recent[0]).parent if recent else Path.home()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for name in self.recent():
            action = self.recent_menu.addAction(Path(name).name)
            action.setToolTip(plain.tooltip(name))
            action.setData(name)
            action.triggered.connect(self._on_file_action)
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("No recent lessons")).setEnabled(False)

    @staticmethod
    def examples() -> list[Path]:
        folder = resource("lessons")
        return sorted(folder.glob("*.json")) if folder.is_dir() else []

    def _fill_examples(self) -> None:
        self.examples_menu.clear()
        for path in self.examples():
            action = self.examples_menu.addAction(path.stem.replace(".nnviz", "").replace("-", " ").capitalize())
            action.setData(str(path))
            action.triggered.connect(self._on_file_action)
        if self.examples_menu.isEmpty():
            self.examples_menu.addAction(self.tr("No example lessons")).setEnabled(False)

    def _on_file_action(self) -> None:
        self.open_path(self.sender().data())

    def _title(self) -> None:
        from nnviz import COURSE

        name = f"{self.path.name} — " if self.path else ""
        self.window.setWindowTitle(f"{name}nnviz — {COURSE}")
