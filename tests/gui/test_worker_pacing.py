"""The worker's pacing loop (nnviz.qt.worker.paced), driven directly: no thread, no Qt event loop."""

from __future__ import annotations

import itertools
import threading
import time

from nnviz.core.descent import Step
from nnviz.qt import worker


def _steps():
    for n in itertools.count():
        yield Step(n, (float(n),), 1.0, (0.0,), 0.1, (0.0,))


def test_a_closed_gate_holds_the_worker_until_the_gui_opens_it():
    gate = worker.Gate()
    times = []

    def timed():
        for step in _steps():
            times.append(time.perf_counter())
            yield step

    paced = worker.paced(timed(), 7, float("inf"), gate)
    run_id, batch, (rows, codes) = next(paced)
    assert run_id == 7 and batch
    # packed for the History in the worker, off the GUI thread: one float row a step, and its stop code
    assert rows.tolist() == [[s.number, s.loss, s.learning_rate, *s.params, *s.gradient, *s.step_sizes]
                             for s in batch]
    assert codes.tolist() == [0] * len(batch)
    gate.close()
    closed = time.perf_counter()
    opener = threading.Timer(0.3, gate.open)
    opener.start()
    next(paced)  # returns once the gate is open again and a frame's worth of steps is done
    opener.join()
    opened = closed + 0.3
    while_closed = [t for t in times if closed <= t < opened - 0.01]
    # Closed, the worker takes at most one step per GATE_WAIT (50 ms); open, thousands a second.
    assert len(while_closed) <= 0.3 / worker.GATE_WAIT + 2
    assert times[-1] >= opened - 0.01
    assert repr(gate) == "Gate(open)"


def test_an_open_gate_costs_nothing():
    paced = worker.paced(_steps(), 1, float("inf"), worker.Gate())
    total = sum(len(next(paced)[1]) for _ in range(5))
    assert total > 50  # thousands a second even on a loaded machine; far more than one per GATE_WAIT


def test_cheap_frames_on_time_lengthen_the_slices_and_a_late_or_costly_frame_restores_the_old_pacing(monkeypatch):
    assert (worker.MAX_SLICE, worker.MIN_REST) == (worker.WORK_SLICE, worker.REST)  # off: it cost ticks (issue 26)
    monkeypatch.setattr(worker, "MAX_SLICE", 0.004)  # the bounds measured best (throughput.py --what-if-adaptive)
    monkeypatch.setattr(worker, "MIN_REST", 0.002)
    gate = worker.Gate()
    assert (gate.work_slice, gate.rest) == (worker.WORK_SLICE, worker.REST)
    for _ in range(40):
        gate.adapt(late=0.0005, cost=0.004)
    assert (gate.work_slice, gate.rest) == (worker.MAX_SLICE, worker.MIN_REST)
    gate.adapt(late=worker.LATE * 2, cost=0.004)  # the GUI thread waited for the interpreter
    assert (gate.work_slice, gate.rest) == (worker.WORK_SLICE, worker.REST)
    gate.adapt(late=0.0, cost=0.002)
    assert worker.WORK_SLICE < gate.work_slice < worker.MAX_SLICE and worker.MIN_REST < gate.rest < worker.REST
    gate.adapt(late=0.0, cost=worker.COSTLY * 2)  # a frame that took long to draw
    assert (gate.work_slice, gate.rest) == (worker.WORK_SLICE, worker.REST)


class FakeClock:
    """The worker's `time` module: every reading of the clock is 0.5 ms later; rests are recorded, not slept."""

    def __init__(self):
        self.now, self.rests, self.steps_at_rest = 0.0, [], []
        self.steps = 0

    def perf_counter(self):
        self.now += 0.0005
        return self.now

    def sleep(self, seconds):
        self.rests.append(seconds)
        self.steps_at_rest.append(self.steps)
        self.now += seconds


def test_the_worker_works_in_the_slices_its_gate_says(monkeypatch):
    clock = FakeClock()
    monkeypatch.setattr(worker, "time", clock)

    def counted():
        for step in _steps():
            clock.steps += 1
            yield step

    def steps_per_slice(work_slice, rest):
        clock.rests.clear()
        clock.steps_at_rest.clear()
        gate = worker.Gate()
        gate.work_slice, gate.rest = work_slice, rest
        paced = worker.paced(counted(), 1, float("inf"), gate)
        for _ in range(3):
            next(paced)
        assert clock.rests and set(clock.rests) == {rest}
        return {b - a for a, b in itertools.pairwise(clock.steps_at_rest)}

    # one clock reading a step, 0.5 ms: every slice of 6 ms does about 12 steps (rounding), the old 2 ms about 4
    long, short = steps_per_slice(0.006, 0.0015), steps_per_slice(worker.WORK_SLICE, worker.REST)
    assert len(long) == len(short) == 1 and 10 <= min(long) <= 12 and 3 <= min(short) <= 4
