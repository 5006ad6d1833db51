"""Run a core training generator in a worker thread (superqt's GeneratorWorker).

The worker never touches a widget. It advances the core generator in slices of at most
`WORK_SLICE` seconds, rests `REST` seconds after each slice so that the GUI thread gets the
interpreter (docs/ARCHITECTURE.md, "Traps": throttling alone left a 10 ms GUI timer 3% of its ticks),
and yields what it computed at most `1 / FRAME_RATE` times a second, tagged with its run id
so that the GUI can drop batches of a run it has already stopped. Settings sent with
`worker.send({...})` reach the core generator at its next step.
"""

from __future__ import annotations

import math
import sys
import threading
import time
from typing import Generator, Iterator

from superqt.utils import GeneratorWorker

from nnviz.core.descent import History

FRAME_RATE = 60
# Measured on 2 cores (benchmarks/responsiveness.py): 4 ms work / 1 ms rest left a 10 ms GUI timer 20–60 %
# of its ticks while chapters 2 and 3 redrew; 2 ms / 4 ms gives 68–96 % at half the steps a second
# (still 3,000–9,000 steps a second: a thousand steps take well under a second).
WORK_SLICE = 0.002
REST = 0.004
SWITCH_INTERVAL = 0.001  # seconds; the interpreter's default 5 ms lets the worker hold the GIL too long
SLOW_TICK = 0.02  # in slow motion, yield this often while waiting so that quit() is seen at once
GATE_WAIT = 0.05  # the longest the worker waits at a closed gate before it goes on anyway


class Gate:
    """Closed by the GUI thread while it draws a frame: the worker then waits (holding no lock) instead of
    taking the interpreter from the GUI thread between its calls into Qt, which made a 5 ms frame last 20."""

    def __init__(self):
        self._open = threading.Event()
        self._open.set()

    def close(self) -> None:
        self._open.clear()

    def open(self) -> None:
        self._open.set()

    def is_open(self) -> bool:
        return self._open.is_set()

    def wait(self) -> None:
        self._open.wait(GATE_WAIT)

    def __repr__(self) -> str:
        return f"Gate({'open' if self.is_open() else 'closed'})"


def paced(steps: Generator, run_id: int, speed: float, gate: Gate | None = None) -> Iterator[tuple[int, list, tuple]]:
    """Advance `steps` at `speed` steps a second (inf: as fast as possible), yielding (run_id, batch, packed),
    `packed` being `History.pack(batch)` made here, off the GUI thread;
    at full speed, wait at `gate` before each step while the GUI thread has closed it."""
    settings = None
    gate = gate or Gate()
    frame = 1.0 / FRAME_RATE
    last_yield = time.perf_counter()
    batch: list = []
    while True:
        if math.isinf(speed):
            start = time.perf_counter()
            while time.perf_counter() - start < WORK_SLICE:
                if not gate.is_open():
                    gate.wait()
                    start = time.perf_counter()
                try:
                    step = steps.send(settings)
                except StopIteration:
                    yield run_id, batch, History.pack(batch)
                    return
                settings = None
                batch.append(step)
                if step.stop is not None:
                    yield run_id, batch, History.pack(batch)
                    return
            time.sleep(REST)
            if time.perf_counter() - last_yield < frame:
                continue
            last_yield = time.perf_counter()
            incoming = yield run_id, batch, History.pack(batch)
            batch = []
        else:
            try:
                step = steps.send(settings)
            except StopIteration:
                return
            settings = None
            incoming = yield run_id, [step], History.pack([step])
            if step.stop is not None:
                return
            deadline = time.perf_counter() + 1.0 / speed
            while incoming is None and (left := deadline - time.perf_counter()) > 0:
                time.sleep(min(SLOW_TICK, left))
                incoming = yield run_id, [], None
        if incoming:
            speed = float(incoming.get("speed", speed))
            settings = {k: v for k, v in incoming.items() if k != "speed"} or None


def start_worker(steps: Generator, run_id: int, speed: float, gate: Gate | None = None) -> GeneratorWorker:
    """A started worker iterating `paced(steps, ...)`; connect its signals to GUI-thread QObject methods."""
    if sys.getswitchinterval() > SWITCH_INTERVAL:
        sys.setswitchinterval(SWITCH_INTERVAL)
    return GeneratorWorker(paced, steps, run_id, speed, gate)
