"""Run a core training generator in a worker thread (superqt's GeneratorWorker).

The worker never touches a widget. It advances the core generator in slices of at most
`WORK_SLICE` seconds, rests `REST` seconds after each slice so that the GUI thread gets the
interpreter (DESIGN.md, "Traps": throttling alone left a 10 ms GUI timer 3% of its ticks),
and yields what it computed at most `1 / FRAME_RATE` times a second, tagged with its run id
so that the GUI can drop batches of a run it has already stopped. Settings sent with
`worker.send({...})` reach the core generator at its next step.
"""

from __future__ import annotations

import math
import sys
import time
from typing import Generator, Iterator

from superqt.utils import GeneratorWorker

FRAME_RATE = 60
# Measured on 2 cores (benchmarks/responsiveness.py): 4 ms work / 1 ms rest left a 10 ms GUI timer 20–60 %
# of its ticks while chapters 2 and 3 redrew; 2 ms / 4 ms gives 68–96 % at half the steps a second
# (still 3,000–9,000 steps a second: a thousand steps take well under a second).
WORK_SLICE = 0.002
REST = 0.004
SWITCH_INTERVAL = 0.001  # seconds; the interpreter's default 5 ms lets the worker hold the GIL too long
SLOW_TICK = 0.02  # in slow motion, yield this often while waiting so that quit() is seen at once


def paced(steps: Generator, run_id: int, speed: float) -> Iterator[tuple[int, list]]:
    """Advance `steps` at `speed` steps a second (inf: as fast as possible), yielding (run_id, batch)."""
    settings = None
    frame = 1.0 / FRAME_RATE
    last_yield = time.perf_counter()
    batch: list = []
    while True:
        if math.isinf(speed):
            start = time.perf_counter()
            while time.perf_counter() - start < WORK_SLICE:
                try:
                    step = steps.send(settings)
                except StopIteration:
                    yield run_id, batch
                    return
                settings = None
                batch.append(step)
                if step.stop is not None:
                    yield run_id, batch
                    return
            time.sleep(REST)
            if time.perf_counter() - last_yield < frame:
                continue
            last_yield = time.perf_counter()
            incoming = yield run_id, batch
            batch = []
        else:
            try:
                step = steps.send(settings)
            except StopIteration:
                return
            settings = None
            incoming = yield run_id, [step]
            if step.stop is not None:
                return
            deadline = time.perf_counter() + 1.0 / speed
            while incoming is None and (left := deadline - time.perf_counter()) > 0:
                time.sleep(min(SLOW_TICK, left))
                incoming = yield run_id, []
        if incoming:
            speed = float(incoming.get("speed", speed))
            settings = {k: v for k, v in incoming.items() if k != "speed"} or None


def start_worker(steps: Generator, run_id: int, speed: float) -> GeneratorWorker:
    """A started worker iterating `paced(steps, ...)`; connect its signals to GUI-thread QObject methods."""
    if sys.getswitchinterval() > SWITCH_INTERVAL:
        sys.setswitchinterval(SWITCH_INTERVAL)
    return GeneratorWorker(paced, steps, run_id, speed)
