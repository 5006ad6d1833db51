"""Run a core training generator in a worker thread (superqt's GeneratorWorker).

The worker never touches a widget. It advances the core generator in slices of at most
`WORK_SLICE` seconds (up to `MAX_SLICE` while the GUI's frames are cheap and on time; off for now), rests
`REST` seconds (down to `MIN_REST`) after each slice so that the GUI thread gets the
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

from PySide6.QtCore import QThreadPool
from superqt.utils import GeneratorWorker

from nnviz.core.descent import History

FRAME_RATE = 60
# Measured on 2 cores (benchmarks/responsiveness.py): 4 ms work / 1 ms rest left a 10 ms GUI timer 20–60 %
# of its ticks while chapters 2 and 3 redrew; 2 ms / 4 ms gives 68–96 % at half the steps a second
# (still 3,000–9,000 steps a second: a thousand steps take well under a second).
WORK_SLICE = 0.002
REST = 0.004
# Adaptive pacing (issue 26): while the GUI thread's frames are cheap and on time, the slices may grow towards
# MAX_SLICE and the rests shrink towards MIN_REST (more of the interpreter for the worker); a late or costly frame
# puts them back to WORK_SLICE / REST at once. `Gate.adapt` is told by the controller after every frame.
# OFF (bounds = the old pacing): measured on this 2-core machine under load 2-4 (benchmarks/throughput.py,
# interleaved with the old code), 8 ms / 1 ms / late 3 ms took the LSTM from 90 % of ticks to 76-79 %; 4 ms / 2 ms /
# late 1 ms raised app / core from 0.21-0.29 to 0.21-0.42 but left ticks 89 % on average against 92 % (LSTM 79-87 %
# against 93 %). Ticks come first: try bounds with `throughput.py --what-if-adaptive 4 2 1`.
MAX_SLICE = WORK_SLICE
MIN_REST = REST
GROW = 1.25  # per cheap, on-time frame
LATE = 0.001  # seconds: a frame timer this late means the GUI thread waited for the interpreter
COSTLY = 0.010  # seconds from gate closed to reopened (the frame's handlers and paint): a busy GUI thread
SWITCH_INTERVAL = 0.001  # seconds; the interpreter's default 5 ms lets the worker hold the GIL too long
SLOW_TICK = 0.02  # in slow motion, yield this often while waiting so that quit() is seen at once
GATE_WAIT = 0.05  # the longest the worker waits at a closed gate before it goes on anyway


class Gate:
    """Closed by the GUI thread while it draws a frame: the worker then waits (holding no lock) instead of
    taking the interpreter from the GUI thread between its calls into Qt, which made a 5 ms frame last 20."""

    def __init__(self):
        self._open = threading.Event()
        self._open.set()
        self.work_slice, self.rest = WORK_SLICE, REST  # read by the worker at each slice, set by `adapt`

    def adapt(self, late: float, cost: float) -> None:
        """After a frame (GUI thread): `late` s after it was due, `cost` s from closing the gate to reopening it.
        Cheap and on time: longer slices, shorter rests; otherwise the old pacing at once."""
        if late <= LATE and cost <= COSTLY:
            self.work_slice = min(self.work_slice * GROW, MAX_SLICE)
            self.rest = max(self.rest / GROW, MIN_REST)
        else:
            self.work_slice, self.rest = WORK_SLICE, REST

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
            work_slice, rest = gate.work_slice, gate.rest
            while time.perf_counter() - start < work_slice:
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
            time.sleep(rest)
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


_POOL: list[QThreadPool] = []


def training_pool() -> QThreadPool:
    """The thread pool of training runs, apart from Qt's global one: that one allows as many threads as cores
    (2 here), so a third run waited, showing "Training…" at step 0, until another ended. This one grows with
    the runs (`TrainingWorker.start`): any number of chapters may train at once."""
    if not _POOL:
        pool = QThreadPool()
        pool.setObjectName("training-pool")
        pool.setExpiryTimeout(2000)  # idle threads end after 2 s
        _POOL.append(pool)
    return _POOL[0]


class TrainingWorker(GeneratorWorker):
    """A GeneratorWorker started in `training_pool()`, with a thread of its own at once."""

    def start(self) -> None:
        if self in self._worker_set:
            raise RuntimeError("This worker is already started!")
        self._worker_set.add(self)  # superqt keeps started workers alive until they finish
        self._finished.connect(self._set_discard)
        pool = training_pool()
        # a run just paused may still hold its thread for a tick: count it, so the new run never queues
        pool.setMaxThreadCount(max(pool.maxThreadCount(), pool.activeThreadCount() + 1))
        pool.start(self)


def start_worker(steps: Generator, run_id: int, speed: float, gate: Gate | None = None) -> GeneratorWorker:
    """A worker iterating `paced(steps, ...)`, to `start()`; connect its signals to GUI-thread QObject methods."""
    if sys.getswitchinterval() > SWITCH_INTERVAL:
        sys.setswitchinterval(SWITCH_INTERVAL)
    return TrainingWorker(paced, steps, run_id, speed, gate)


def wait_for_runs(timeout_ms: int) -> bool:
    """Wait until every training thread has ended (at most `timeout_ms`); True when none is left."""
    return training_pool().waitForDone(timeout_ms) if _POOL else True


def running_threads() -> int:
    """Training threads running now (tests check that none is left behind)."""
    return training_pool().activeThreadCount() if _POOL else 0


def release_freed_memory() -> bool:
    """Give the memory a finished run freed back to the system (glibc's malloc_trim; a no-op elsewhere).

    A run's batches are made in the worker thread and freed in the GUI thread; glibc keeps the freed pages for
    reuse, so each panel's run left several MB resident for good (issue 26: 5-10 MB a panel). True if trimmed."""
    trim = _malloc_trim()
    return bool(trim is not None and trim(0))


def _malloc_trim():
    if "trim" not in _LIBC:
        _LIBC["trim"] = None
        if sys.platform.startswith("linux"):
            import ctypes

            try:
                _LIBC["trim"] = ctypes.CDLL("libc.so.6").malloc_trim
            except (OSError, AttributeError):  # musl has no malloc_trim
                pass
    return _LIBC["trim"]


_LIBC: dict = {}
