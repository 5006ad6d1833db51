"""Responsiveness while each training chapter trains at full speed in its worker thread, in the real main
window: the share of a 10 ms GUI timer's ticks that arrive (against the same timer with the app idle,
measured in the same run), the 95th-percentile delay of a tick, plot redraws and step updates a second,
and after Pause that nothing is left queued (the drain check).

Each chapter is run with its own objective, start and learning rate; its stopping rules are set so that
the run goes on for the whole measurement (max steps 10⁹, the other rules off)."""

from __future__ import annotations

import math
import time
from itertools import pairwise

from common import application, parser, percentile, pump_for, report, training_chapters, training_panels
from PySide6.QtCore import QEvent, QObject, Qt, QTimer

TICK_MS = 10
RESCUE = 2.0  # seconds after the measurement's end at which a starved GUI is rescued by stopping the worker


class Rescue:
    """Stops `worker` from a plain Python thread at `delay` s unless cancelled (superqt's quit() sets a flag)."""

    def __init__(self, worker, delay: float):
        import threading

        self.fired, self.fired_at = False, 0.0
        self._worker = worker
        self._timer = threading.Timer(delay, self._fire)
        self._timer.daemon = True
        if worker is not None:
            self._timer.start()

    def _fire(self) -> None:
        self.fired, self.fired_at = True, time.perf_counter()
        self._worker.quit()

    def cancel(self) -> None:
        self._timer.cancel()


class TickRecorder(QObject):
    """A 10 ms precise timer; remembers when each tick arrived."""

    def __init__(self):
        super().__init__()
        self.times: list[float] = []
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.times.append(time.perf_counter())

    def measure(self, seconds: float) -> dict:
        self.times.clear()
        start = time.perf_counter()
        self.timer.start()
        pump_for(seconds)
        self.timer.stop()
        elapsed = time.perf_counter() - start
        gaps = [(b - a) * 1000 for a, b in pairwise([start] + self.times)]
        delays = [max(0.0, g - TICK_MS) for g in gaps]
        return {"ticks": len(self.times), "expected": elapsed * 1000 / TICK_MS,
                "share": len(self.times) / (elapsed * 1000 / TICK_MS), "p95_delay_ms": percentile(delays, 95),
                "max_gap_ms": max(gaps) if gaps else math.nan, "seconds": elapsed}


class Counter(QObject):
    """Counts paint events of the widgets it filters, and the calls of `count`."""

    def __init__(self):
        super().__init__()
        self.paints = 0
        self.calls = 0

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False

    def count(self, *_):
        self.calls += 1


class FrameTimer(QObject):
    """Stands between the controller's stepChanged and the tab's own handler, and times each call of it."""

    def __init__(self, handler):
        super().__init__()
        self.handler, self.ms = handler, []

    def on_step(self, step) -> None:
        t = time.perf_counter()
        self.handler(step)
        self.ms.append((time.perf_counter() - t) * 1000)


def measure_chapter(window, index, tab, controls, seconds: float, ticks: TickRecorder,
                    history_capacity: int | None = None) -> dict:
    import pyqtgraph as pg

    from nnviz.core.descent import History, StoppingRules

    window.tabs.setCurrentIndex(index)
    controls.get("reveal", lambda: None)()
    pump_for(0.2)
    controller = controls["controller"]
    saved_history = controller.history
    if history_capacity:  # what-if: a smaller History, hence less to redraw each frame
        controller.history = History(history_capacity, history_capacity // 4)
        controller.history.append(saved_history[0])
    controls["buttons"]["reset"].click()
    controller.set_rules(StoppingRules(None, 10 ** 9, None))
    from PySide6.QtWidgets import QGraphicsView

    plots = [p for p in tab.findChildren(pg.PlotWidget) if p.isVisible()] or \
        [v for v in tab.findChildren(QGraphicsView) if v.isVisible()]  # a plot, else a drawing (pixel grid, diagram)
    viewports = [p.viewport() for p in plots] or [tab]  # the busiest of them stands for the redraws
    counters = [Counter() for _ in viewports]
    for viewport, counter in zip(viewports, counters, strict=True):
        viewport.installEventFilter(counter)
    steps = Counter()
    controller.stepChanged.connect(steps.count)
    handler = getattr(tab, "_on_step", None)
    frames = FrameTimer(handler) if handler is not None else None
    if frames is not None:  # the tab's per-frame handler, timed (connected in its place)
        try:
            controller.stepChanged.disconnect(handler)
            controller.stepChanged.connect(frames.on_step)
        except (RuntimeError, TypeError):
            frames = None
    idle = ticks.measure(seconds)
    for counter in counters:
        counter.paints = 0
    steps.calls = 0
    first = controller.current.number
    controls["buttons"]["run"].click()
    worker = controller._worker
    # If the GUI thread is starved it cannot press Pause: after RESCUE s more a plain thread asks the worker
    # to quit (a thread-safe flag), and we measure how long the GUI then takes to catch up.
    rescue = Rescue(worker, seconds + RESCUE)
    busy = ticks.measure(seconds)
    rescue.cancel()
    busiest = max(range(len(counters)), key=lambda i: counters[i].paints)
    redraws = counters[busiest].paints / busy["seconds"]
    updates = steps.calls / busy["seconds"]
    taken = controller.current.number - first
    stopped_early = not controller.running and not rescue.fired
    # Drain check: after Pause nothing from the run may reach the plots, and the queue empties at once.
    late = Counter()
    worker = controller._worker
    if worker is not None:
        worker.yielded.connect(late.count)
    steps.calls = 0
    t = time.perf_counter()
    controls["buttons"]["pause"].click()
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    drain_ms = (time.perf_counter() - t) * 1000
    pump_for(0.3)
    for viewport, counter in zip(viewports, counters, strict=True):
        viewport.removeEventFilter(counter)
    controller.stepChanged.disconnect(steps.count)
    if frames is not None:
        controller.stepChanged.disconnect(frames.on_step)
        controller.stepChanged.connect(handler)
    controls["buttons"]["reset"].click()
    controller.history = saved_history
    controls["buttons"]["reset"].click()
    return {
        "idle": idle,
        "training": busy,
        "tick_share_vs_idle": busy["share"] / idle["share"],
        "redraws_per_s": redraws,
        "step_updates_per_s": updates,
        "steps_per_s": taken / busy["seconds"],
        "stopped_early": stopped_early,
        "rescued": rescue.fired,
        "catch_up_s": (time.perf_counter() - rescue.fired_at) if rescue.fired else 0.0,
        "batches_after_pause": late.calls,
        "step_updates_after_pause": steps.calls,
        "drain_ms": drain_ms,
        "plot": plots[busiest].objectName() if plots else "",
        "frame_handler_ms": {"median": percentile(frames.ms, 50), "p95": percentile(frames.ms, 95),
                             "max": max(frames.ms)} if frames is not None and frames.ms else None,
    }


def main() -> None:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--what-if-no-antialias", action="store_true",
                   help="measure with pyqtgraph antialiasing off (the theme turns it on)")
    p.add_argument("--what-if-slice", type=float, nargs=2, metavar=("WORK_MS", "REST_MS"),
                   help="measure with the worker's work slice and rest set to these (nnviz.qt.worker constants)")
    p.add_argument("--points", type=int, default=0,
                   help="give every tab that has editable data points (chapter 2) this many points first")
    p.add_argument("--what-if-history", type=int, default=1000,
                   help="also measure with the controller's History bounded to this many steps (0: skip)")
    p.add_argument("--chapters", type=int, nargs="*", default=None, help="measure only these chapter numbers")
    args = p.parse_args()
    seconds = 2.0 if args.quick else 6.0
    application()
    if args.what_if_slice:
        from nnviz.qt import worker

        worker.WORK_SLICE, worker.REST = args.what_if_slice[0] / 1000, args.what_if_slice[1] / 1000
    if args.what_if_no_antialias:
        import pyqtgraph as pg

        pg.setConfigOptions(antialias=False)
    from nnviz.qt.main_window import MainWindow

    window = MainWindow(restore=False)
    window.resize(1280, 720)
    window.show()
    pump_for(0.5)
    ticks = TickRecorder()
    results = {}
    runs = [(index, tab, controls, None) for index, tab, controls in training_panels(window)
            if args.chapters is None or tab.number in args.chapters]
    if args.what_if_history:
        runs += [(index, tab, controls, args.what_if_history) for index, tab, controls, _ in list(runs)]
    if args.points:
        import numpy as np

        rng = np.random.default_rng(4)
        for _, tab, _ in training_chapters(window):
            if args.chapters is not None and tab.number not in args.chapters:
                continue
            points = getattr(tab, "points", None)
            if points is not None and hasattr(points, "set_points") and hasattr(points, "changed"):
                x = rng.uniform(0.0, 3.0, args.points)
                points.set_points(x, 0.64 * x + 0.95 + rng.normal(0.0, 0.3, args.points))
                points.changed.emit()  # as after a user's edit: the chapter takes the new data
                if hasattr(tab, "_apply_mode_defaults"):  # chapter 2: the learning rate it chooses for so many
                    tab._apply_mode_defaults()
                else:  # the SSR grows with the points: the deck's learning rate × 3 / n keeps the run stable
                    for c in tab.controllers:
                        c.set_learning_rate(c.learning_rate * 3 / args.points)
    for index, tab, controls, capacity in runs:
        r = measure_chapter(window, index, tab, controls, seconds, ticks, capacity)
        label = f"{tab.number} {tab.title}" + (f" ({controls['name']})" if controls.get("name") else "") + (
            f" [what-if: History of {capacity:,} steps]" if capacity else "")
        if args.points and hasattr(tab, "points"):
            label += f" [{args.points:,} data points]"
        if args.what_if_no_antialias:
            label += " [what-if: no antialiasing]"
        if args.what_if_slice:
            label += f" [what-if: worker works {args.what_if_slice[0]:g} ms, rests {args.what_if_slice[1]:g} ms]"
        results[label] = r
        b, i = r["training"], r["idle"]
        print(f"{label}: {seconds:g} s at full speed, {r['steps_per_s']:,.0f} steps/s"
              + ("  (the run STOPPED early)" if r["stopped_early"] else ""))
        print(f"  10 ms timer: {b['share']:.0%} of ticks while training, {i['share']:.0%} idle → "
              f"{r['tick_share_vs_idle']:.2f}× of idle (target ≥ 95%)")
        print(f"  tick delay p95: {b['p95_delay_ms']:.1f} ms training, {i['p95_delay_ms']:.1f} ms idle "
              f"(target < 20 ms); worst gap {b['max_gap_ms']:.0f} ms")
        print(
            f"  redraws of the busiest plot, '{r['plot']}': {r['redraws_per_s']:.0f}/s; "
            f"step updates: {r['step_updates_per_s']:.0f}/s "
            f"(target 30–60 Hz)"
        )
        if r["frame_handler_ms"]:
            f = r["frame_handler_ms"]
            print(f"  the tab's step handler: median {f['median']:.2f} ms, p95 {f['p95']:.2f} ms, "
                  f"max {f['max']:.1f} ms "
                  "(target < 2 ms)")
        if r["rescued"]:
            print(f"  GUI STARVED: it could not end the {seconds:g} s measurement; the worker was stopped from "
                  f"another thread {RESCUE:g} s late and the GUI then took {r['catch_up_s']:.1f} s to catch up "
                  "(replaying queued batches)")
        print(f"  after Pause: {r['step_updates_after_pause']} step updates, {r['batches_after_pause']} batches "
              f"arrived (dropped), first event round {r['drain_ms']:.1f} ms")
    window.shutdown()
    window.close()
    report(
        "responsiveness",
        {
            "seconds": seconds,
            "what_if_no_antialias": args.what_if_no_antialias,
            "what_if_slice_ms": args.what_if_slice,
            "points": args.points,
            "chapters": results,
        },
        args.json,
    )


if __name__ == "__main__":
    main()
