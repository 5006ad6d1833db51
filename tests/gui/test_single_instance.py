"""One nnviz window for lesson files (nnviz/qt/single_instance.py): a second `nnviz LESSON` hands the file over."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket

from nnviz.app import build_parser, only_a_file
from nnviz.qt import single_instance
from nnviz.qt.single_instance import ACCEPTED, LessonServer, encode

ROOT = Path(__file__).resolve().parents[2]
LESSON = ROOT / "resources" / "lessons" / "2-gradient-descent-first-step.nnviz.json"


@pytest.fixture
def name(tmp_path):
    """A socket only this test uses (a path: Qt uses it as the socket file on Linux and macOS)."""
    return str(tmp_path / "nnviz-test-socket") if os.name != "nt" else f"nnviz-test-{os.getpid()}-{tmp_path.name}"


@pytest.fixture
def server(qapp, name):
    server = LessonServer(name)
    assert server.listen()
    yield server
    server.close()
    server.deleteLater()


def test_a_path_sent_by_a_second_socket_is_received_and_answered(qtbot, server, name):
    client = QLocalSocket()
    client.connectToServer(name)
    path = "/home/ana/lessons/week 1\nwith a newline.nnviz.json"  # any path a file system allows
    with qtbot.waitSignal(server.received, timeout=5000) as received:
        client.write(encode(path)[:3])  # the message may come in pieces
        client.flush()
        qtbot.waitUntil(lambda: client.bytesToWrite() == 0, timeout=5000)
        client.write(encode(path)[3:])
    assert received.args == [path]
    qtbot.waitUntil(lambda: client.bytesAvailable() >= 1, timeout=5000)
    assert bytes(client.readAll().data()) == ACCEPTED
    client.abort()


def test_a_message_too_long_for_a_path_is_dropped(qtbot, server, name):
    client = QLocalSocket()
    client.connectToServer(name)
    with qtbot.assertNotEmitted(server.received, wait=200):
        client.write((single_instance.MAX_PATH_BYTES + 1).to_bytes(4, "big") + b"x" * 100)
        qtbot.waitUntil(lambda: client.state() == QLocalSocket.LocalSocketState.UnconnectedState, timeout=5000)


def test_send_says_false_when_no_nnviz_listens(qapp, name):
    assert single_instance.send(LESSON, name, timeout_ms=500) is False


def test_a_second_server_does_not_steal_the_socket_of_a_live_one(qtbot, server, name):
    second = LessonServer(name)
    assert second.listen() is False
    client = QLocalSocket()
    client.connectToServer(name)
    with qtbot.waitSignal(server.received, timeout=5000) as received:
        client.write(encode("/a.nnviz.json"))
    assert received.args == ["/a.nnviz.json"]
    client.abort()


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="a socket file is a Unix thing")
def test_a_socket_file_left_by_a_crashed_nnviz_is_replaced(qapp, name):
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(name)  # the file stays, with nobody listening: what a killed nnviz leaves
    stale.close()
    assert Path(name).exists()
    server = LessonServer(name)
    try:
        assert server.listen()
    finally:
        server.close()


def test_the_server_name_is_per_user(monkeypatch, tmp_path):
    if sys.platform.startswith("linux"):
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
        assert single_instance.server_name() == str(tmp_path / "nnviz-lessons")
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    expected = str(os.getuid()) if hasattr(os, "getuid") else None
    name = single_instance.server_name()
    assert name.startswith("nnviz-lessons-") and "/" not in name
    if expected is not None:
        assert name == f"nnviz-lessons-{expected}"


def test_only_a_plain_double_click_is_handed_over():
    parse = build_parser().parse_args
    assert only_a_file(parse(["lesson.nnviz.json"]))
    for argv in ([], ["lesson.nnviz.json", "--chapter", "2"], ["lesson.nnviz.json", "--screenshot", "shots"],
                 ["lesson.nnviz.json", "--fullscreen"], ["lesson.nnviz.json", "--self-test"],
                 ["lesson.nnviz.json", "--lang", "fr"]):
        assert not only_a_file(parse(argv)), argv


def test_the_running_window_opens_a_received_lesson_and_comes_forward(qtbot, name):
    from nnviz.app import make_application
    from nnviz.qt.main_window import MainWindow

    make_application()
    window = MainWindow(restore=False)
    qtbot.addWidget(window)
    try:
        server = single_instance.serve(window, name)
        assert server is not None and single_instance.serve(window, name) is None  # one listener
        window.showMinimized()
        client = QLocalSocket()
        client.connectToServer(name)
        client.write(encode(LESSON))
        qtbot.waitUntil(lambda: window.lessons.path == LESSON, timeout=10000)
        assert not window.isMinimized()
        assert window.current_chapter().key == "gradient-descent"
        assert window.windowTitle().startswith(LESSON.name)
        client.abort()
    finally:
        window.shutdown()


def test_a_second_nnviz_process_hands_its_lesson_to_the_first_and_exits_0(qtbot, tmp_path, monkeypatch, qapp):
    """The real command line: `nnviz LESSON` in another process, the socket found through XDG_RUNTIME_DIR."""
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    if not sys.platform.startswith("linux"):
        pytest.skip("the socket's name comes from XDG_RUNTIME_DIR on Linux only")
    server = LessonServer(single_instance.server_name())
    assert server.listen()
    received = []
    server.received.connect(received.append)
    env = dict(os.environ, NNVIZ_SINGLE_INSTANCE="1", XDG_RUNTIME_DIR=str(runtime), QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen([sys.executable, "-m", "nnviz", str(LESSON.relative_to(ROOT))], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        qtbot.waitUntil(lambda: process.poll() is not None, timeout=60000)  # the server answers meanwhile
    finally:
        if process.poll() is None:
            process.kill()
        out, err = process.communicate()
        server.close()
    assert process.returncode == 0, err
    assert received == [str(LESSON)]
    assert "is opened in the nnviz window already open" in out
