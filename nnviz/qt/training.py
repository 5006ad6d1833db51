"""The GUI side of a training run: the current step, its history, and the worker that advances it.

One `TrainingController` per training chapter. Run, Pause, Step, Step back and Reset all
go through here, so every chapter behaves the same. Stopping rules and the learning rate
are data handed to the core generator; while a run goes, edits are *sent* to the worker.
"""

from __future__ import annotations

import math
import time
import traceback
from typing import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from nnviz.core.descent import History, Step, StoppingRules, StopReason, descend
from nnviz.core.numbers import fmt
from nnviz.qt.i18n import localize, translate

FRAME_MS = 25  # during a run, a redraw at most every 25 ms: up to 40 a second
#: Steps drawn at most in a history plot (evenly spread, first and last included): two or more per pixel of a
#: plot at 1920x1080, and half the paint of 2,000 (ticks during a run: 87% -> 95% in chapter 2).
PLOTTED_STEPS = 500

#: What each stopping reason means, in words a student understands (translated when shown: `stop_message`).
STOP_MESSAGES = {
    StopReason.TOLERANCE: QT_TRANSLATE_NOOP(
        "training", "Stopped: the {loss} is now ≤ {tolerance}, as small as we asked for."
    ),
    StopReason.MAX_STEPS: QT_TRANSLATE_NOOP(
        "training", "Stopped: the maximum of {max_steps} steps was reached. Raise “Maximum steps” to go on."
    ),
    StopReason.MIN_STEP_SIZE: QT_TRANSLATE_NOOP(
        "training",
        "Stopped: every step size is now ≤ {min_step}, so the "
        "parameters barely move: we are at the bottom of the {loss} "
        "curve. The {loss} is still {value} — this is as good as it "
        "gets for this data.",
    ),
    StopReason.DIVERGED: QT_TRANSLATE_NOOP(
        "training",
        "Stopped: the {loss} grew step after step (the steps overshoot "
        "the bottom and get bigger each time). Try a smaller learning "
        "rate, then Reset.",
    ),
}
#: The losses chapters train on, as `loss_name` holds them (kept in English: the history CSV's column name).
LOSS_NAMES = (QT_TRANSLATE_NOOP("training", "SSR"), QT_TRANSLATE_NOOP("training", "Cross Entropy"))


def loss_label(name: str) -> str:
    """A loss name (`TrainingController.loss_name`) in the interface language."""
    return translate("training", name) if name in LOSS_NAMES else name


class AfterPaint(QObject):
    """Calls `action` once the next repaint of `widget`'s window has run, or after FALLBACK_MS if none comes.

    A frame's handlers only mark plots dirty; Qt paints them later, when the window gets its UpdateRequest.
    `arm()` watches for that event and, once it is delivered (the paint runs inside it), posts an event of its
    own: that one is handled after the paint."""

    TYPE = QEvent.Type(QEvent.registerEventType())
    FALLBACK_MS = 20

    def __init__(self, action: Callable[[], None], parent: QObject):
        super().__init__(parent)
        self._action = action
        self._armed = False
        self._window = None
        self._fallback = QTimer(self, singleShot=True, interval=self.FALLBACK_MS)
        self._fallback.timeout.connect(self._fire)

    def arm(self) -> None:
        owner = self.parent().parent()
        window = owner.window() if isinstance(owner, QWidget) else None
        if window is not self._window:
            if self._window is not None:
                self._window.removeEventFilter(self)
            self._window = window
            if window is not None:
                window.installEventFilter(self)
        if window is None:
            QCoreApplication.postEvent(self, QEvent(self.TYPE))
            return
        self._armed = True
        self._fallback.start()

    def eventFilter(self, watched, event) -> bool:
        if self._armed and event.type() == QEvent.Type.UpdateRequest:
            self._armed = False  # handled after this UpdateRequest, hence after the paint it carries
            QCoreApplication.postEvent(self, QEvent(self.TYPE))
        return False

    def event(self, event) -> bool:
        if event.type() == self.TYPE:
            self._fire()
            return True
        return super().event(event)

    def _fire(self) -> None:
        self._armed = False
        self._fallback.stop()
        self._action()


#: A run's history keeps at most this many bytes of steps (issue 26): all 20,000 steps of chapters 2 and 3 and
#: the plain RNN, 8,700 of chapter 4's shape network, 13,400 of the LSTM, 425 of the Digits page's 410 numbers
#: (20,000 steps everywhere left the app at 266 MB after a minute's run of every panel); the newest tenth one
#: by one for Step back, older ones thinned.
HISTORY_BYTES = 4 * 2 ** 20

NO_RULES = StoppingRules()  # immutable: one instance serves every controller without rules


class TrainingController(QObject):
    """Owns the history of a run and the worker; the chapter configures it and listens to its signals."""

    stepChanged = Signal(object)  # the current Step, after any change
    runningChanged = Signal(bool)  # a run started (True) or ended (False)
    stopped = Signal(object, str)  # a stopping rule fired: StopReason and the message to show
    failed = Signal(str)  # the core raised an error: a readable message

    def __init__(self, objective: Callable, start: Sequence[float], learning_rate: float,
                 rules: StoppingRules = NO_RULES, *, free: Sequence[bool] | None = None,
                 loss_name: str = "SSR", parent: QObject | None = None):
        super().__init__(parent)
        self.objective, self.learning_rate, self.rules = objective, float(learning_rate), rules
        self.free = None if free is None else tuple(free)
        self.loss_name = loss_name
        self.speed = math.inf  # steps a second
        self.history = History(budget=HISTORY_BYTES)
        self._worker = None
        self._run_id = 0
        # Redraws are coalesced: however many batches arrive, stepChanged fires at most every FRAME_MS
        # (the latest step wins). While the GUI thread draws a frame the worker waits at the gate.
        self._redraw = QTimer(self, singleShot=True)
        self._redraw.timeout.connect(self._emit_current)
        self._last_frame = self._frame_due = 0.0
        self._frame_late = 0.0
        self._gate = None  # made with the first run (nnviz.qt.worker loads superqt)
        self._reopen = AfterPaint(self._open_gate, self)  # after the frame's paint events
        self.reset(start)

    # --- state ---------------------------------------------------------------
    @property
    def current(self) -> Step:
        return self.history.last

    @property
    def running(self) -> bool:
        return self._worker is not None

    def _generator(self, frm: Step):
        return descend(self.objective, frm.params, self.learning_rate, self.rules,
                       free=self.free, first_number=frm.number)

    def _evaluate(self, params: Sequence[float], number: int):
        """A generator positioned at `params`, and the Step it yields there (None and a message on error)."""
        start = Step(number, tuple(float(p) for p in params), math.nan, (), self.learning_rate, ())
        try:
            gen = self._generator(start)
            return gen, next(gen)
        except Exception as error:  # the core refused: say so, keep the state
            self.failed.emit(self._describe(error))
            return None, None

    def _refresh(self) -> None:
        """Recompute the current step with the current settings (learning rate, rules, objective)."""
        _, step = self._evaluate(self.current.params, self.current.number)
        if step is not None:
            self.history.replace_last(step)
            self.stepChanged.emit(step)

    # --- commands --------------------------------------------------------------
    def reset(self, start: Sequence[float], objective: Callable | None = None,
              free: Sequence[bool] | None = None) -> None:
        """Forget the run and start again at `start` (step 0), optionally with a new objective and free mask."""
        self.pause()
        if objective is not None:
            self.objective = objective
            self.free = None if free is None else tuple(free)
        gen, step = self._evaluate(start, 0)
        if step is None:
            if len(self.history):
                return
            step = Step(0, tuple(float(p) for p in start), math.nan, (), self.learning_rate, ())
        self.history.clear()
        self.history.append(step)
        self.stepChanged.emit(step)

    def step(self) -> bool:
        """Take exactly one step; False when a stopping rule prevents it."""
        self.pause()
        gen, here = self._evaluate(self.current.params, self.current.number)
        if here is None:
            return False
        self.history.replace_last(here)
        if here.stop is not None:
            self.stepChanged.emit(here)
            self._announce(here)
            return False
        try:
            new = next(gen)
        except Exception as error:
            self.failed.emit(self._describe(error))
            return False
        self.history.append(new)
        self.stepChanged.emit(new)
        if new.stop is not None:
            self._announce(new)
        return True

    def step_back(self) -> bool:
        """Go back one step in the history; False at the start."""
        self.pause()
        if len(self.history) <= 1:
            return False
        self.history.pop()
        self._refresh()
        return True

    def run(self) -> None:
        """Train in the worker thread until a stopping rule fires or `pause` is called."""
        if self.running:
            return
        gen, here = self._evaluate(self.current.params, self.current.number)
        if here is None:
            return
        self.history.replace_last(here)
        if here.stop is not None:
            self.stepChanged.emit(here)
            self._announce(here)
            return
        self._run_id += 1
        from nnviz.qt.worker import Gate, start_worker  # superqt loads on the first run, not at start-up

        if self._gate is None:
            self._gate = Gate()
        self._gate.open()
        worker = start_worker(gen, self._run_id, self.speed, self._gate)
        worker.yielded.connect(self._on_batch)
        worker.errored.connect(self._on_error)
        worker.finished.connect(self._on_finished)
        self._worker = worker
        worker.start()
        self.runningChanged.emit(True)

    def pause(self) -> None:
        """Stop the run; the steps taken so far stay."""
        if self._worker is None:
            return
        self._worker.quit()
        self._worker = None
        self._gate.open()  # a worker waiting at the gate sees quit() at once
        self._run_id += 1  # batches still queued from that run are dropped
        if self._redraw.isActive():
            self._redraw.stop()
            self.stepChanged.emit(self.current)
        self.runningChanged.emit(False)

    def shutdown(self, timeout_ms: int = 1000) -> bool:
        """Stop and wait for the worker thread (closing the tab or the window)."""
        self.pause()
        if self._gate is None:  # never ran
            return True
        from nnviz.qt.worker import wait_for_runs

        return wait_for_runs(timeout_ms)

    # --- settings (sent to a running worker) ---------------------------------------
    def _send(self) -> None:
        if self._worker is not None:
            self._worker.send({"learning_rate": self.learning_rate, "rules": self.rules, "speed": self.speed})
        else:
            self._refresh()

    def set_learning_rate(self, value: float) -> None:
        self.learning_rate = float(value)
        self._send()

    def set_rules(self, rules: StoppingRules) -> None:
        self.rules = rules
        self._send()

    def set_speed(self, steps_per_second: float) -> None:
        self.speed = float(steps_per_second)
        self._send()

    def set_objective(self, objective: Callable, free: Sequence[bool] | None = None, restart: bool = False) -> None:
        """New data or a new model: the run stops; the current parameters are kept (or `restart` from them)."""
        was_running = self.running
        self.pause()
        self.objective = objective
        self.free = None if free is None else tuple(free)
        self._refresh()
        if restart and was_running:
            self.run()

    def set_params(self, params: Sequence[float]) -> None:
        """The user edited a parameter: a new history starts from these values."""
        self.reset(params)

    # --- worker → GUI (queued: these run in the GUI thread) --------------------------
    def _on_batch(self, item) -> None:
        run_id, steps, packed = item
        if run_id != self._run_id or not steps:
            return
        self.history.extend(steps, packed)
        last = steps[-1]
        if last.stop is not None:
            self._redraw.stop()
            self.stepChanged.emit(last)
            self._announce(last)
        elif not self._redraw.isActive():
            now = time.perf_counter()
            delay = max(0, round(FRAME_MS - (now - self._last_frame) * 1000))
            self._frame_due = now + delay / 1000
            self._redraw.start(delay)

    def _emit_current(self) -> None:
        self._last_frame = time.perf_counter()
        self._frame_late = max(0.0, self._last_frame - self._frame_due)  # how long the GUI thread waited
        if self._gate is not None and self._worker is not None:
            self._gate.close()  # reopened once this frame's handlers and paint events have run
        self.stepChanged.emit(self.current)
        if self._gate is not None and self._worker is not None:
            self._reopen.arm()

    def _open_gate(self) -> None:
        if self._gate is not None:
            if not self._gate.is_open():  # a frame just ended: tell the worker how the GUI thread is doing
                self._gate.adapt(self._frame_late, time.perf_counter() - self._last_frame)
            self._gate.open()

    def _on_error(self, error) -> None:
        self.failed.emit(self._describe(error))

    def _on_finished(self) -> None:
        worker = self._worker
        if worker is not None and self.sender() is worker.signals:
            self._worker = None
            self.runningChanged.emit(False)
        from nnviz.qt.worker import release_freed_memory

        release_freed_memory()  # the run's batches were freed in this thread: give their pages back (~10 ms)

    # --- words -------------------------------------------------------------------
    def _announce(self, step: Step) -> None:
        if self._worker is not None:
            self._worker = None
            self._run_id += 1
            self.runningChanged.emit(False)
        self.stopped.emit(step.stop, self.stop_message(step))

    def stop_message(self, step: Step) -> str:
        r = self.rules
        return translate("training", STOP_MESSAGES[step.stop]).format(
            loss=loss_label(self.loss_name), tolerance=localize(fmt(r.loss_tolerance or 0, 6)), max_steps=r.max_steps,
            min_step=localize(fmt(r.min_step_size or 0, 6)), value=localize(fmt(step.loss, 4)))

    @staticmethod
    def _describe(error: BaseException) -> str:
        if isinstance(error, (ValueError, ArithmeticError)):
            return translate("training", "That cannot be computed: {error}").format(error=localize(str(error)))
        detail = "".join(traceback.format_exception_only(type(error), error)).strip()
        return translate(
            "training", "Something went wrong in the calculation ({detail}). Your values are kept."
        ).format(detail=detail)



class SlowViews(QObject):
    """Views too costly for every frame of a run (a ledger, a recomputed curve). While `controller` runs, `due()`
    says yes at most every `interval` seconds; when the run ends, `redraw(step)` is called with the last step."""

    def __init__(self, controller: TrainingController, redraw: Callable[[Step], None], interval: float = 0.1):
        super().__init__(controller)
        self.controller, self.redraw, self.interval = controller, redraw, interval
        self._last = 0.0
        controller.runningChanged.connect(self._on_running)

    def due(self) -> bool:
        if not self.controller.running:
            return True
        now = time.perf_counter()
        if now - self._last >= self.interval:
            self._last = now
            return True
        return False

    def _on_running(self, running: bool) -> None:
        if not running:
            self.redraw(self.controller.current)
