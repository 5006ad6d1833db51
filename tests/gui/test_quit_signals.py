"""Ctrl+C (SIGINT) and SIGTERM during training quit like Ctrl+Q (issue 16 item 7, issue 24 item 4): workers
stopped, settings saved, exit status 0 within 2 s, and no Python exception on stderr. Before, SIGINT raised
KeyboardInterrupt inside a paint event and training went on (one chapter 5 run in four ended in a segmentation
fault), and SIGTERM ended the process at once without saving the settings.

The real application runs in a child process (`app.main`, as `nnviz` does), with its settings and log in a
temporary folder; a small driver starts the runs once the window is on screen and prints "running" when every
run has advanced, and the test then sends the signal."""

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

DRIVER = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from nnviz import app
from nnviz.core.descent import StoppingRules

key = sys.argv.pop(1)  # the rest of the command line is nnviz's: none
app.make_application()


def start():
    from nnviz.qt.main_window import MainWindow

    window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None)
    if window is None:
        QTimer.singleShot(50, start)
        return
    tab = next(t for t in window.chapters if t.key == key)
    window.select_chapter(window.index_of(tab))
    if key == "rnn-lstm":
        tab.show_view("training")
        controllers = tab.training_view.controllers
    else:
        controllers = tab.controllers[:1]
    for controller in controllers:
        controller.set_rules(StoppingRules(None, 10**9, None))
        controller.run()

    def report():
        if all(c.running and c.current.number > 50 for c in controllers):
            print("running", flush=True)
        else:
            QTimer.singleShot(20, report)

    report()


QTimer.singleShot(0, start)
app.cli()  # as the nnviz command does
"""


def wait_for_line(process, text: str, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], max(0.0, deadline - time.monotonic()))
        if ready:
            line = process.stdout.readline()
            if not line:
                return False
            if line.strip() == text:
                return True
    return False


@pytest.mark.parametrize("chapter", ["gradient-descent", "rnn-lstm"])
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_signal_during_training_quits_cleanly_and_saves_the_settings(tmp_path, sig, chapter):
    env = {k: v for k, v in os.environ.items() if k != "NNVIZ_NO_CRASH_HOOKS"}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_STATE_HOME=str(tmp_path / "state"))
    with subprocess.Popen([sys.executable, "-c", DRIVER, chapter], cwd=ROOT, env=env, text=True,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:  # closes the pipes
        try:
            assert wait_for_line(process, "running", timeout=90), process.stderr.read() if process.poll() else ""
            settings_file = tmp_path / "config" / "nnviz" / "nnviz.conf"
            assert not settings_file.exists()  # nothing was saved before the quit
            sent = time.monotonic()
            process.send_signal(sig)
            code = process.wait(timeout=10)
            seconds = time.monotonic() - sent
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        stderr = process.stderr.read()
    assert code == 0, stderr
    assert seconds < 2.0, f"{seconds:.2f} s to exit"
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr, stderr
    assert f"{sig.name} received" in stderr
    saved = settings_file.read_text()
    assert "zoom=" in saved and "geometry=" in saved and "tab=" in saved
    log = tmp_path / "data" / "nnviz" / "nnviz" / "nnviz.log"  # AppLocalDataLocation: organization/application
    assert f"{sig.name} received" in log.read_text()


EARLY = r"""
import os, signal, sys, time
from nnviz import app
from nnviz.qt.main_window import MainWindow

show = MainWindow.show


def show_and_interrupt(self):
    show(self)
    os.kill(os.getpid(), signal.SIGINT)  # before the event loop runs


MainWindow.show = show_and_interrupt
previous = signal.getsignal(signal.SIGINT)
began = time.monotonic()
code = app.main([])
from nnviz.qt.settings import settings

gave_back = signal.getsignal(signal.SIGINT) is previous
saved = settings().contains("view/zoom") and settings().contains("window/geometry")
print("code", code, "seconds", round(time.monotonic() - began, 2), "gave back", gave_back, "saved", saved)
"""


def test_a_signal_while_the_window_is_being_built_quits_once_the_loop_runs(tmp_path):
    """Ctrl+C arrives while the window is being shown, before the event loop runs; main() returns 0 as soon as
    the loop starts, having saved the settings (before: KeyboardInterrupt in show()). In a child process: main()
    quits the application, which must not leak into the other tests' process."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-c", EARLY], cwd=ROOT, env=env, text=True, capture_output=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    words = result.stdout.split()
    assert words[:2] == ["code", "0"], result.stdout + result.stderr
    assert float(words[3]) < 30
    assert words[4:] == ["gave", "back", "True", "saved", "True"], result.stdout
    assert "Traceback" not in result.stderr and "KeyboardInterrupt" not in result.stderr, result.stderr
