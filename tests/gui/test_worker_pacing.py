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
    run_id, batch, (plain, rows) = next(paced)
    assert run_id == 7 and batch
    # packed for the History in the worker, off the GUI thread: plain tuples, and (number, loss, params) rows
    assert plain == [tuple(step) for step in batch] and type(plain[0]) is tuple
    assert rows.tolist() == [[s.number, s.loss, *s.params] for s in batch]
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
