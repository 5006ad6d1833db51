"""Crashes a user can report (issue 16, item 9): an uncaught exception shows a non-modal dialog with the error
and a Copy details button, and is written to a size-bounded log file in the application data folder; faulthandler
writes a hard crash's stacks beside it; Help › About says where the log is. app.main installs all this; here the
hooks are put in place for one test at a time and taken away again (pytest's own must stay)."""

import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from nnviz.qt import crash

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def logged(tmp_path):
    """The log set up in tmp_path, the reporter in place; both taken away at the end."""
    path = crash.setup_logging(tmp_path)
    crash._state["reporter"] = crash.Reporter()
    yield path
    for handler in crash._state.pop("handlers", []):
        crash.log.removeHandler(handler)
        handler.close()
    reporter = crash._state.pop("reporter")
    for dialog in list(reporter.dialogs):
        dialog.close()
    crash._state.pop("path", None)
    QApplication.processEvents()


def dialogs() -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, crash.CrashDialog) and w.isVisible()]


def raise_in_a_slot():
    raise ValueError("a <b>bad</b> value from a slot")


def test_an_exception_in_a_slot_shows_the_dialog_and_goes_to_the_log(qtbot, logged):
    from PySide6.QtCore import QTimer

    before = sys.excepthook
    sys.excepthook = crash._excepthook  # as app.main installs it
    try:
        QTimer.singleShot(0, raise_in_a_slot)
        qtbot.waitUntil(lambda: len(dialogs()) == 1, timeout=2000)
    finally:
        sys.excepthook = before
    dialog = dialogs()[0]
    assert not dialog.isModal()  # nothing waits for it: the window behind stays usable
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert all(label.textFormat() == label.textFormat().PlainText for label in dialog.findChildren(QLabel))
    assert any("ValueError: a <b>bad</b> value from a slot" in t for t in texts)
    assert any(str(logged) in t for t in texts)  # where the log is
    copy = dialog.findChild(QPushButton, "copy-details")
    copy.click()
    copied = QGuiApplication.clipboard().text()
    assert "Traceback" in copied and "raise_in_a_slot" in copied and "ValueError" in copied
    for handler in crash._state["handlers"]:
        handler.flush()
    written = logged.read_text()
    assert "uncaught exception" in written and "raise_in_a_slot" in written and "ValueError" in written


def test_an_exception_in_a_python_thread_is_reported_in_the_gui_thread(qtbot, logged, monkeypatch):
    monkeypatch.setattr(threading, "excepthook", crash._thread_hook)

    def work():
        raise RuntimeError("lost in a thread")

    thread = threading.Thread(target=work, name="helper")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(dialogs()) == 1, timeout=2000)
    assert "lost in a thread" in dialogs()[0].details
    assert "in thread helper" in logged.read_text()


def test_an_error_every_frame_opens_at_most_three_dialogs(qtbot, logged):
    for n in range(10):
        crash.report(ValueError, ValueError(f"error {n}"), None)
    qtbot.waitUntil(lambda: len(dialogs()) == 3, timeout=2000)
    QApplication.processEvents()
    assert len(dialogs()) == 3


def test_the_log_file_is_bounded(logged):
    line = "x" * 1000
    for _ in range(4000):  # about 4 MB of messages
        crash.log.info(line)
    files = sorted(logged.parent.glob(crash.LOG_NAME + "*"))
    assert 2 <= len(files) <= 3  # nnviz.log, nnviz.log.1, nnviz.log.2
    assert all(f.stat().st_size <= crash.LOG_BYTES + 2000 for f in files)


def test_settings_warnings_reach_the_log(logged):
    from nnviz.qt.settings import warn

    warn("the setting view/zoom='nan' is not a number")
    for handler in crash._state["handlers"]:
        handler.flush()
    assert "view/zoom='nan'" in logged.read_text()


def test_nothing_is_installed_under_the_test_suite():
    assert os.environ.get(crash.NO_HOOKS)
    before = sys.excepthook, threading.excepthook, list(logging.getLogger("nnviz").handlers)
    assert crash.install(QApplication.instance()) is None
    assert (sys.excepthook, threading.excepthook, list(logging.getLogger("nnviz").handlers)) == before


def test_a_hard_crash_writes_its_stack_to_the_crash_file(tmp_path):
    code = ("import faulthandler, sys\n"
            "from pathlib import Path\n"
            "from nnviz.qt import crash\n"
            "crash.enable_faulthandler(Path(sys.argv[1]))\n"
            "faulthandler._sigsegv()\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path)], env=env, capture_output=True, timeout=60)
    assert result.returncode != 0
    written = (tmp_path / crash.FAULT_NAME).read_text()
    assert "Segmentation fault" in written and "<string>" in written


def test_about_says_where_the_log_is():
    from nnviz.qt.help import about_text
    from nnviz.qt.plain import escape

    assert escape(str(crash.log_path())) in about_text()


def test_the_dialog_belongs_to_the_window_and_never_keeps_nnviz_running(qtbot, logged, window):
    from PySide6.QtCore import Qt

    crash.report(ValueError, ValueError("oops"), None)
    qtbot.waitUntil(lambda: len(dialogs()) == 1, timeout=2000)
    dialog = dialogs()[0]
    assert dialog.parent() is window
    assert not dialog.testAttribute(Qt.WidgetAttribute.WA_QuitOnClose)
