"""Long exports (a handout, a recording): work as a generator of progress reports, driven by a progress
dialog in the window or quietly from the command line, and the window put back as it was afterwards.

A piece of work is a generator that yields `Progress` between its steps and returns its result (the bytes of
a file, a path). The driver calls `next()` on it, shows what it says, lets the event loop run (the window stays
responsive), and `close()`s it when the user cancels: the generator's `finally` blocks clean up, and nothing is
written, since files are written only once the work has returned.
"""

from __future__ import annotations

import contextlib
from typing import Generator, NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog

from nnviz.qt.i18n import fill, translate


class Progress(NamedTuple):
    done: int  # steps finished
    total: int  # steps in all
    text: str  # what is being done, e.g. "Chapter 3, step 4 of 10"


def step_text(chapter: int, step: int, steps: int) -> str:
    return fill(translate("long_work", "Chapter %1, step %2 of %3"), chapter, step, steps)


def finish(work: Generator) -> object:
    """Run `work` to its end without a window (the command line); returns its result."""
    while True:
        try:
            next(work)
        except StopIteration as stop:
            return stop.value


def with_progress(parent, title: str, work: Generator) -> object | None:
    """Run `work` under a modal progress dialog with Cancel; its result, or None if cancelled."""
    dialog = QProgressDialog(title, translate("long_work", "Cancel"), 0, 1, parent)
    dialog.setObjectName("export-progress")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    try:
        while True:
            QApplication.processEvents()
            if dialog.wasCanceled():
                work.close()  # its finally blocks run now; it never returns a result
                return None
            try:
                report = next(work)
            except StopIteration as stop:
                return stop.value
            dialog.setMaximum(max(report.total, 1))
            dialog.setValue(min(report.done, report.total))
            dialog.setLabelText(report.text)
    finally:
        dialog.close()
        dialog.deleteLater()


@contextlib.contextmanager
def window_kept(window):
    """Walking chapters through their guided steps changes them: put back every chapter that was touched,
    the tab on screen, the guided step and the look (exports are drawn in the light theme, for paper)."""
    from nnviz.qt import restyle, theme

    current = window.tabs.currentIndex()
    look = theme.current_theme().name
    saved: dict[int, dict] = {}

    def touch(index: int):
        tab = window.chapter(index)
        if index not in saved:
            saved[index] = tab.get_state()
        window.tabs.setCurrentIndex(index)
        settle()
        return tab

    if look != "light":
        restyle.set_look(window, "light")
    try:
        yield touch
    finally:
        for index, state in saved.items():
            tab = window.chapter(index)
            for controller in tab.controllers:
                controller.pause()
            try:
                tab.set_state(state)
            except (ValueError, TypeError):  # a chapter that cannot take its own state back keeps the step
                pass
        window.tabs.setCurrentIndex(current)
        if look != "light":
            restyle.set_look(window, look)
        guided = getattr(window, "guided", None)
        if guided is not None and guided.active and guided.index is not None:
            guided.go(guided.index)
        settle()


def settle(rounds: int = 3) -> None:
    """Let layouts and pending repaints happen (a tab just shown has not been laid out yet)."""
    for _ in range(rounds):
        QCoreApplication.processEvents()
