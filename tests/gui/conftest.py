"""GUI test guards: every test must leave no running worker thread and no open top-level window, and no test
may open a modal dialog that nobody will click (it would wait forever: CI would hang, not fail)."""

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, qapp):
    """QSettings go to a temporary folder, so tests never read or change a user's settings."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield


@pytest.fixture(autouse=True)
def _no_unanswered_dialogs(monkeypatch):
    """A modal message box or dialog opened with exec() fails the test at once, with its text, instead of
    blocking it for ever (a test that expects one patches it, or the function that shows it)."""

    def refuse(dialog, *args):
        text = dialog.text() if isinstance(dialog, QMessageBox) else ""
        raise AssertionError(f"a modal {type(dialog).__name__} would wait for a click: "
                             f"{dialog.windowTitle()!r} {text!r}")

    monkeypatch.setattr(QMessageBox, "exec", refuse)
    monkeypatch.setattr(QDialog, "exec", refuse)


@pytest.fixture(autouse=True)
def _no_leaks(qapp):
    yield
    pool = QThreadPool.globalInstance()
    running = pool.activeThreadCount()
    pool.waitForDone(2000)
    import sys

    worker = sys.modules.get("nnviz.qt.worker")  # training runs have a pool of their own
    if worker is not None:
        running += worker.running_threads()
        worker.wait_for_runs(2000)
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for w in windows:
        w.close()
    assert running == 0, f"the test left {running} worker thread(s) running"
    assert not windows, f"the test left windows open: {[w.objectName() or type(w).__name__ for w in windows]}"


@pytest.fixture
def window(qtbot):
    """The main window, shown, closed cleanly at the end."""
    from nnviz.app import make_application
    from nnviz.qt.main_window import MainWindow

    make_application()
    win = MainWindow(restore=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


@pytest.fixture
def make_tab(qtbot):
    """Build a chapter tab, shown at 1280x720; its workers are stopped at the end of the test."""
    from nnviz.app import make_application

    make_application()
    made = []

    def make(cls):
        widget = cls()
        qtbot.addWidget(widget)
        widget.resize(1280, 720)
        widget.show()
        made.append(widget)
        return widget

    yield make
    for widget in made:
        widget.shutdown()
