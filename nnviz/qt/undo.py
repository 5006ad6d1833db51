"""Undo / redo per chapter, generic over the chapters: snapshots of `get_state()` around each user edit.

Each chapter has its own QUndoStack. Edit signals (a NumberField's valueChanged, a combo box
chosen, a check box or button clicked, a data object's `changed`) start a short debounce; when
it fires, the new `get_state()` is compared with the last snapshot and, if different, the pair
becomes an undo command. Undo and redo call `set_state`.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QAbstractButton, QComboBox

from nnviz.qt.widgets.number_field import NumberField

DEBOUNCE_MS = 250
NOT_EDITS = {"run", "pause", "step", "step-back", "guided-back", "guided-next"}  # buttons that do not edit state


class StateCommand(QUndoCommand):
    """One edit: the chapter's state before and after."""

    def __init__(self, watcher: "ChapterWatcher", before: dict, after: dict, text: str):
        super().__init__(text)
        self.watcher, self.before, self.after = watcher, before, after
        self._first = True

    def redo(self) -> None:
        if self._first:  # the edit has already happened on screen
            self._first = False
            return
        self.watcher.restore(self.after)

    def undo(self) -> None:
        self.watcher.restore(self.before)


class ChapterWatcher(QObject):
    """Listens to one chapter's edit signals and turns each settled edit into an undo command."""

    def __init__(self, tab, stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.tab, self.stack = tab, stack
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.commit)
        self._restoring = False
        self.snapshot = self._state()
        self._connect()

    def _state(self) -> dict:
        try:
            return copy.deepcopy(self.tab.get_state())
        except Exception:  # a chapter that cannot say its state right now: no undo step for it
            return {}

    def _connect(self) -> None:
        for field in self.tab.findChildren(NumberField):
            field.valueChanged.connect(self.edited)
        for box in self.tab.findChildren(QComboBox):
            box.activated.connect(self.edited)
        for button in self.tab.findChildren(QAbstractButton):
            if button.objectName() not in NOT_EDITS:
                button.clicked.connect(self.edited)
        seen = set()
        for obj in [*self.tab.findChildren(QObject), *vars(self.tab).values()]:
            signal = getattr(obj, "changed", None) if isinstance(obj, QObject) else None
            if signal is not None and hasattr(signal, "connect") and id(obj) not in seen:
                seen.add(id(obj))
                try:
                    signal.connect(self.edited)
                except (TypeError, RuntimeError):
                    pass

    def edited(self, *_args) -> None:
        if not self._restoring:
            self.timer.start()

    def commit(self) -> bool:
        """Turn the edits since the last snapshot into one undo command; False if nothing changed."""
        self.timer.stop()
        state = self._state()
        if state == self.snapshot:
            return False
        before, self.snapshot = self.snapshot, state
        self.stack.push(StateCommand(self, before, state, self.tr("Edit in %1").replace("%1", self.tab.title)))
        return True

    def restore(self, state: dict) -> None:
        self._restoring = True
        try:
            self.tab.set_state(copy.deepcopy(state))
        finally:
            self._restoring = False
        self.timer.stop()
        self.snapshot = self._state()

    def resync(self) -> None:
        """The state changed without a user edit (a lesson opened, a guided step): take it as the new baseline."""
        self.timer.stop()
        self.snapshot = self._state()


class UndoManager(QObject):
    """One undo stack per chapter; Ctrl+Z / Ctrl+Shift+Z act on the chapter on screen."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.group = QUndoGroup(self)
        self.watchers: dict[int, ChapterWatcher] = {}  # tab index → its watcher, once the chapter is built
        for tab in window.built_chapters():
            self._watch(tab)
        window.chapterBuilt.connect(self._watch)
        # Own actions (not QUndoGroup's) so that an edit still in its debounce is committed first.
        self.undo_action = QAction(self.tr("&Undo"), window)
        self.undo_action.setObjectName("undo")
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self.tr("&Redo"), window)
        self.redo_action.setObjectName("redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.redo)
        window.tabs.currentChanged.connect(self._on_tab_changed)
        self._on_tab_changed(window.tabs.currentIndex())

    def _watch(self, tab) -> None:
        index = self.window.index_of(tab)
        self.watchers[index] = ChapterWatcher(tab, QUndoStack(self.group), self)
        if index == self.window.tabs.currentIndex():
            self.group.setActiveStack(self.watchers[index].stack)

    def current(self) -> ChapterWatcher | None:
        return self.watchers.get(self.window.tabs.currentIndex())

    def _on_tab_changed(self, index: int) -> None:
        if index in self.watchers:
            self.group.setActiveStack(self.watchers[index].stack)

    def flush(self) -> None:
        """Commit a pending (debounced) edit now, e.g. before Undo is pressed."""
        for watcher in self.watchers.values():
            if watcher.timer.isActive():
                watcher.commit()

    def undo(self) -> None:
        self.flush()
        self.group.undo()

    def redo(self) -> None:
        self.flush()
        self.group.redo()

    def resync(self) -> None:
        for watcher in self.watchers.values():
            watcher.resync()

    def clear(self) -> None:
        """Forget every chapter's history (a lesson was opened)."""
        for watcher in self.watchers.values():
            watcher.stack.clear()
            watcher.resync()
