"""Ctrl+C (SIGINT) and SIGTERM quit nnviz as Ctrl+Q does: workers stopped, settings saved, exit status 0.

Python's default SIGINT handler raises KeyboardInterrupt wherever the main thread happens to be, which during a
run is inside a paint event (the traceback went to stderr and training went on) or inside pyqtgraph's
`updateData` (one run in four ended in a segmentation fault); SIGTERM ended the process at once, losing the
settings. Here the Python handlers do nothing but exist; the C-level handler writes the signal's number to a
socket (`signal.set_wakeup_fd`), a QSocketNotifier wakes the event loop, and a slot closes the window normally.
No exception is ever raised by a signal, so none can surface inside a Qt virtual.
"""

from __future__ import annotations

import logging
import os
import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication

SIGNALS = (signal.SIGINT, signal.SIGTERM)
log = logging.getLogger("nnviz")


def _ignore(_signum, _frame) -> None:
    """The Python-level handler: nothing (the wake-up socket carries the signal to the event loop)."""


class QuitOnSignals(QObject):
    """While installed, SIGINT and SIGTERM close `window` (once it is set) and quit the application; a second one
    exits at once, in case closing hangs. A signal that comes before the event loop runs (while the window is
    built) is acted on as soon as it runs; `quitting` tells `app.main` not to start it at all."""

    def __init__(self, parent: QObject | None = None, window=None):
        super().__init__(parent)
        self.window = window
        self.quitting = False
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous = {sig: signal.signal(sig, _ignore) for sig in SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_wake)

    def _on_wake(self) -> None:
        try:
            data = self._reader.recv(64)
        except (BlockingIOError, InterruptedError):
            return
        for number in data:
            if number in SIGNALS:
                self.received(signal.Signals(number))

    def received(self, sig: signal.Signals) -> None:
        if self.quitting:  # asked twice: closing must be stuck, do not wait any longer
            log.warning("%s again: exiting now", sig.name)
            os._exit(128 + int(sig))
        self.quitting = True
        log.warning("%s received: quitting (workers stopped, settings saved)", sig.name)
        if self.window is not None:
            self.window.close()  # closeEvent: stops every worker and saves the settings, as Ctrl+Q
        QApplication.quit()  # also ends any dialog's own event loop

    def uninstall(self) -> None:
        """Give the signals back to their previous handlers (the window is going away)."""
        for sig, handler in self._previous.items():
            signal.signal(sig, handler if handler is not None else signal.SIG_DFL)
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()


def install(app, window=None) -> QuitOnSignals:
    """Quit on SIGINT and SIGTERM, closing `window` (set `.window` once it exists); call from the main thread."""
    return QuitOnSignals(app, window)
