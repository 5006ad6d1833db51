"""Crashes a user can report: an uncaught exception shows a dialog with the error and a Copy details button, and
everything goes to a log file in the platform's application data folder (QStandardPaths.AppLocalDataLocation,
e.g. ~/.local/share/nnviz/nnviz.log), size-bounded; faulthandler writes a hard crash's stacks beside it.

Installed by `app.main` only (and not when NNVIZ_NO_CRASH_HOOKS is set, as the test suite does): pytest-qt still
sees (and fails on) an exception raised in a slot or a virtual."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from nnviz.qt import paths
from nnviz.qt.i18n import fill, translate

NO_HOOKS = "NNVIZ_NO_CRASH_HOOKS"
LOG_NAME = "nnviz.log"
FAULT_NAME = "nnviz-crash.log"
LOG_BYTES = 1_000_000  # the log rotates at 1 MB, keeping two older files: at most 3 MB
FAULT_BYTES = 1_000_000  # the hard-crash file is emptied at start once it is larger than this
log = logging.getLogger("nnviz")
_state: dict = {}  # handlers, the open fault file, the reporter: kept for the life of the process


def log_folder() -> Path:
    """Where nnviz writes its log (nnviz.qt.paths: the application's local data folder)."""
    return paths.log_path().parent


def log_path() -> Path:
    return paths.log_path()


def setup_logging(folder: Path | None = None) -> Path | None:
    """Warnings of the 'nnviz' logger on stderr ("nnviz: …"), everything from INFO up in the rotating log file.
    Returns the log file (None when the folder cannot be written: stderr still works). Safe to call again."""
    for handler in _state.pop("handlers", []):
        log.removeHandler(handler)
        handler.close()
    stderr = logging.StreamHandler(sys.stderr)
    stderr.setLevel(logging.WARNING)
    stderr.setFormatter(logging.Formatter("nnviz: %(message)s"))
    handlers = [stderr]
    path = None
    try:
        folder = folder or log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_NAME
        to_file = logging.handlers.RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=2, encoding="utf-8")
        to_file.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(threadName)s: %(message)s"))
        handlers.append(to_file)
    except OSError as error:
        print(f"nnviz: no log file ({error})", file=sys.stderr)
        path = None
    for handler in handlers:
        log.addHandler(handler)
    log.setLevel(logging.INFO)
    _state["handlers"] = handlers
    _state["path"] = path
    return path


def enable_faulthandler(folder: Path | None = None) -> Path | None:
    """A hard crash (segmentation fault, abort) writes every thread's Python stack to nnviz-crash.log."""
    try:
        folder = folder or log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / FAULT_NAME
        mode = "w" if path.exists() and path.stat().st_size > FAULT_BYTES else "a"
        stream = open(path, mode, encoding="utf-8")  # noqa: SIM115 — stays open: faulthandler writes to its fd
    except OSError as error:
        print(f"nnviz: no crash file ({error})", file=sys.stderr)
        return None
    old = _state.pop("fault_file", None)
    faulthandler.enable(file=stream, all_threads=True)
    if old is not None:
        old.close()
    _state["fault_file"] = stream
    return path


class CrashDialog(QDialog):
    """The error in a few words, the details (traceback) to copy, and where the log file is. Not modal: the
    window behind stays usable and nothing waits for the dialog."""

    def __init__(self, summary: str, details: str, log_file: Path | None, parent=None):
        super().__init__(parent)
        self.setObjectName("crash-dialog")
        self.setWindowTitle(translate("crash", "nnviz met an unexpected error"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)  # never what keeps nnviz running after Ctrl+Q
        self.details = details
        layout = QVBoxLayout(self)
        words = translate("crash", "Something went wrong inside nnviz: %1\nYour work is still there; saving a lesson "
                                   "now is wise. Please send the details below to whoever looks after nnviz.")
        where = (fill(translate("crash", "The details are also written to %1."), str(log_file)) if log_file
                 else translate("crash", "No log file could be written."))
        for text in (fill(words, summary), where):
            label = QLabel(text)
            label.setTextFormat(Qt.TextFormat.PlainText)  # the error may quote anything
            label.setWordWrap(True)
            layout.addWidget(label)
        box = QPlainTextEdit(details)
        box.setObjectName("crash-details")
        box.setReadOnly(True)
        layout.addWidget(box, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(translate("crash", "Copy details"))
        copy.setObjectName("copy-details")
        copy.clicked.connect(self.copy_details)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)


class Reporter(QObject):
    """Lives in the GUI thread; `report` may be emitted from any thread (queued to `show`)."""

    report = Signal(str, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.dialogs: list[CrashDialog] = []
        self.report.connect(self.show)

    def show(self, summary: str, details: str) -> None:
        if len(self.dialogs) >= 3:  # an error in every frame would open a dialog a frame: three are enough
            return
        windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "main-window" and w.isVisible()]
        window = QApplication.activeWindow() or (windows[0] if windows else None)
        dialog = CrashDialog(summary, details, _state.get("path"), window)
        dialog.finished.connect(self._forget)
        self.dialogs.append(dialog)
        dialog.show()

    def _forget(self) -> None:
        dialog = self.sender()
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)


def report(kind, value, tb, thread: str = "") -> None:
    """Log an uncaught exception, print it on stderr as Python would, and show the dialog (queued)."""
    details = "".join(traceback.format_exception(kind, value, tb))
    log.error("uncaught exception%s\n%s", f" in thread {thread}" if thread else "", details.rstrip())
    summary = "".join(traceback.format_exception_only(kind, value)).strip()
    reporter = _state.get("reporter")
    if reporter is not None:
        try:
            reporter.report.emit(summary, details)
        except RuntimeError:  # the reporter is gone (the application is ending)
            pass


def _excepthook(kind, value, tb) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    report(kind, value, tb)


def _thread_hook(args) -> None:
    if args.exc_type is SystemExit:
        return
    report(args.exc_type, args.exc_value, args.exc_traceback, args.thread.name if args.thread else "")


def install(app) -> Path | None:
    """Log file, faulthandler, and hooks for uncaught exceptions (main thread and Python threads). Returns the
    log file. Nothing is installed when NNVIZ_NO_CRASH_HOOKS is set: the test suite sets it (tests/conftest.py),
    since some tests run `app.main` in pytest's own process, whose hooks and log must stay pytest's."""
    if os.environ.get(NO_HOOKS):
        return None
    path = setup_logging()
    enable_faulthandler()
    _state["reporter"] = Reporter(app)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_hook
    return path


def current_log() -> Path | None:
    """The log file in use (None before `install`, or when it could not be opened)."""
    return _state.get("path")
