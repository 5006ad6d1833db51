"""The training controller on its own: errors in the core, coalesced redraws, runs that end by themselves."""

import numpy as np
import pytest

from nnviz.core import regression as reg
from nnviz.core.descent import StoppingRules
from nnviz.qt.training import TrainingController

DECK = reg.intercept_objective(reg.DECK_SLOPE, reg.DECK_X, reg.DECK_Y)


@pytest.fixture
def controller(qapp):
    c = TrainingController(DECK, [0.0], 0.1, StoppingRules(None, 1_000_000, None))
    yield c
    c.shutdown()


def broken_after(n):
    calls = {"count": 0}

    def objective(params):
        calls["count"] += 1
        if calls["count"] > n:
            raise ZeroDivisionError("the data ran out")
        return DECK(params)

    return objective


def test_an_exception_in_the_core_becomes_a_message_and_keeps_the_state(qtbot, controller):
    controller.set_objective(broken_after(1))
    messages = []
    controller.failed.connect(messages.append)
    assert controller.step() is False
    assert messages and "the data ran out" in messages[0] and "Traceback" not in messages[0]
    assert controller.current.number == 0 and controller.current.params == (0.0,)


def test_an_exception_in_the_worker_becomes_a_message(qtbot, controller):
    controller.set_objective(broken_after(50))
    with qtbot.waitSignal(controller.failed, timeout=5000) as blocker:
        controller.run()
    assert "the data ran out" in blocker.args[0]
    qtbot.waitUntil(lambda: not controller.running, timeout=2000)
    numbers = [s.number for s in controller.history]
    assert numbers == list(range(len(numbers)))  # nothing lost or repeated before the error


def test_a_fast_run_is_drawn_at_most_about_60_times_a_second(qtbot, controller):
    draws = []
    controller.stepChanged.connect(draws.append)
    controller.set_rules(StoppingRules(None, 30_000, None))
    with qtbot.waitSignal(controller.stopped, timeout=20_000):
        controller.run()
    steps = controller.current.number
    assert steps == 30_000
    # Far fewer redraws than steps: coalesced, the latest step wins, and the last one is the final step.
    assert len(draws) < steps / 20
    assert draws[-1].number == 30_000


def test_pause_keeps_every_step_taken_and_run_continues_from_it(qtbot, controller):
    controller.set_learning_rate(0.0001)
    controller.run()
    qtbot.waitUntil(lambda: controller.current.number > 50, timeout=5000)
    controller.pause()
    here = controller.current
    assert not controller.running
    np.testing.assert_allclose(controller.history.params()[-1], here.params)
    controller.step()
    assert controller.current.number == here.number + 1


def test_slow_views_are_throttled_during_a_run_and_redrawn_with_the_last_step(qtbot, controller):
    from nnviz.qt.training import SlowViews

    redrawn = []
    slow = SlowViews(controller, redrawn.append, interval=60.0)
    assert slow.due() and slow.due()  # no run: every frame draws everything
    controller.set_rules(StoppingRules(None, 200, None))
    controller.set_speed(400)  # half a second of frames
    frames = []
    controller.stepChanged.connect(lambda step: frames.append(slow.due()))
    with qtbot.waitSignal(controller.runningChanged, timeout=10_000, check_params_cb=lambda running: not running):
        controller.run()
    assert controller.current.number == 200
    assert len(frames) > 5 and frames.count(True) == 1  # the run's first frame only (the interval is a minute)
    assert redrawn == [controller.current]  # the run ended: the slow views show its last step


def test_the_worker_waits_while_the_frame_it_caused_is_painted(qtbot, window):
    """The gate closes when a frame starts and opens only after the window has painted that frame."""
    import pyqtgraph as pg
    from PySide6.QtCore import QEvent, QObject

    assert len(window.chapters) == 6  # build them all now, not while idle during the run
    window.tabs.setCurrentIndex(1)
    tab = window.current_chapter()
    controller = tab.controller
    controller.set_rules(StoppingRules(None, 10 ** 9, None))
    controller.set_learning_rate(1e-6)  # the line creeps: every frame changes the plots
    viewports = [plot.viewport() for plot in tab.findChildren(pg.PlotWidget)]

    class Paints(QObject):
        closed = opened = 0
        frame = False

        def eventFilter(self, watched, event):  # the first paint after each frame's handlers
            if event.type() == QEvent.Type.Paint and controller.running and self.frame:
                self.frame = False
                if controller._gate.is_open():
                    self.opened += 1
                else:
                    self.closed += 1
            return False

    paints = Paints()
    controller.stepChanged.connect(lambda step: setattr(paints, "frame", True))  # after the chapter's handlers
    for viewport in viewports:
        viewport.installEventFilter(paints)
    controller.run()
    qtbot.waitUntil(lambda: paints.closed + paints.opened >= 40, timeout=15_000)  # about 40 frames a second
    controller.pause()
    for viewport in viewports:
        viewport.removeEventFilter(paints)
    assert paints.closed >= 10
    assert paints.opened <= paints.closed / 10  # before: the gate opened before nearly every frame's paint


def test_a_run_that_ends_gives_its_freed_memory_back_and_keeps_its_history_in_budget(qtbot, controller,
                                                                                   monkeypatch):
    from nnviz.qt import training, worker

    trims = []
    monkeypatch.setattr(worker, "release_freed_memory", lambda: trims.append(controller.running) or True)
    controller.set_rules(StoppingRules(None, 500, None))
    with qtbot.waitSignal(controller.stopped, timeout=10_000):
        controller.run()
    qtbot.waitUntil(lambda: trims == [False], timeout=5000)  # once, after the run ended
    assert controller.current.number == 500
    assert controller.history._asked == (20_000, 2_000, training.HISTORY_BYTES)


def test_freed_memory_is_given_back_on_glibc_and_nothing_breaks_elsewhere():
    import platform
    import sys

    from nnviz.qt.worker import release_freed_memory

    glibc = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"
    blocks = [bytearray(4096) for _ in range(20_000)]  # 80 MB made and freed: there is something to give back
    del blocks
    assert release_freed_memory() is glibc
