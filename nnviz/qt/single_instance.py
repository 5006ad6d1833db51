"""One nnviz window for lesson files: a lesson double-clicked while nnviz is open opens in that window.

The first interactive nnviz listens on a local socket (`serve`); `nnviz LESSON` first tries to hand the
file to it (`send`) and exits 0 if it was taken. The socket is per user: `$XDG_RUNTIME_DIR/nnviz-lessons`
on Linux (a folder only the user can enter), else a name with the user's id, and Qt's UserAccessOption
lets no other user connect.

The message is the file's path as the file system spells it (`os.fsencode`), after its length in four
bytes (big-endian), so any path works, newlines included; the answer is one byte, ACCEPTED, sent before
the window opens the file (a bad lesson is then reported in the window, as File › Open would).

Off with NNVIZ_SINGLE_INSTANCE=0 (the test suite sets it; a test that wants it sets it back).
"""

from __future__ import annotations

import getpass
import os
import re
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtNetwork import QLocalServer, QLocalSocket

ENVIRONMENT = "NNVIZ_SINGLE_INSTANCE"
ACCEPTED = b"\x01"
#: Longest path accepted (bytes); anything longer is not a path nnviz sent, and the connection is dropped.
MAX_PATH_BYTES = 64 * 1024
TIMEOUT_MS = 2000


def enabled() -> bool:
    """False when NNVIZ_SINGLE_INSTANCE=0 (tests, or a user who wants one window per file)."""
    return os.environ.get(ENVIRONMENT, "1") != "0"


def server_name() -> str:
    """The socket's name for this user."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if sys.platform.startswith("linux") and os.path.isabs(runtime) and os.path.isdir(runtime):
        return os.path.join(runtime, "nnviz-lessons")
    if hasattr(os, "getuid"):
        user = str(os.getuid())
    else:
        try:
            user = getpass.getuser()
        except (KeyError, OSError):  # no user name known: one socket for everyone, still guarded by UserAccessOption
            user = "user"
    return "nnviz-lessons-" + re.sub(r"[^A-Za-z0-9_.-]", "_", user)


def encode(path: str | os.PathLike) -> bytes:
    """The message for `path`: its length in four bytes, then the path's bytes."""
    data = os.fsencode(os.fspath(path))
    return len(data).to_bytes(4, "big") + data


def send(path: str | os.PathLike, name: str | None = None, timeout_ms: int = TIMEOUT_MS) -> bool:
    """Hand `path` to the nnviz listening on `name`; True if it took it, False if none answered in time."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(timeout_ms):
        return False
    try:
        socket.write(encode(Path(path).absolute()))
        if not socket.waitForBytesWritten(timeout_ms):
            return False
        while socket.bytesAvailable() < len(ACCEPTED):
            if not socket.waitForReadyRead(timeout_ms):
                return False
        return bytes(socket.read(len(ACCEPTED)).data()) == ACCEPTED
    finally:
        socket.abort()


class LessonServer(QObject):
    """Listens on the socket and emits `received(path)` for every path an nnviz sends."""

    received = Signal(str)

    def __init__(self, name: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name or server_name()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_new_connection)
        self._pending: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; False if another nnviz already does (or the socket cannot be made).

        Asks first whether someone answers: with UserAccessOption, Qt on Unix makes the socket beside its
        place and renames it over whatever is there, so listen() alone would take a live nnviz's socket.
        """
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        alive = probe.waitForConnected(200)
        probe.abort()
        if alive:
            return False
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)  # left behind by an nnviz that did not close
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()

    def _on_new_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._pending[socket] = b""
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(self._on_disconnected)

    def _on_ready_read(self) -> None:
        socket = self.sender()
        if socket not in self._pending:
            return
        data = self._pending[socket] + bytes(socket.readAll().data())
        self._pending[socket] = data
        if len(data) < 4:
            return
        size = int.from_bytes(data[:4], "big")
        if size == 0 or size > MAX_PATH_BYTES:
            self._drop(socket)
            return
        if len(data) < 4 + size:
            return
        path = os.fsdecode(data[4 : 4 + size])
        del self._pending[socket]
        socket.write(ACCEPTED)
        socket.flush()
        socket.disconnectFromServer()
        self.received.emit(path)

    def _drop(self, socket) -> None:
        self._pending.pop(socket, None)
        socket.abort()

    def _on_disconnected(self) -> None:
        socket = self.sender()
        self._pending.pop(socket, None)
        socket.deleteLater()


class WindowOpener(QObject):
    """Opens a received path in `window` (raised first, so a message about a bad file is seen)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._queue: list[str] = []

    def open(self, path: str) -> None:
        self._queue.append(path)
        QTimer.singleShot(0, self._open_next)  # after the socket's handler has returned

    def _open_next(self) -> None:
        if not self._queue:
            return
        path = self._queue.pop(0)
        window = self.window
        if window.isMinimized():
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):  # nothing to raise off screen
            window.raise_()
            window.activateWindow()
        window.lessons.open_path(path)


def serve(window, name: str | None = None) -> LessonServer | None:
    """Listen for lesson files sent by later nnviz starts and open them in `window`; None if another nnviz listens."""
    server = LessonServer(name, window)
    if not server.listen():
        server.deleteLater()
        return None
    opener = WindowOpener(window)
    server.received.connect(opener.open)
    server.opener = opener
    return server
