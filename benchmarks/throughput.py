"""Throughput: steps a second of every training panel at "as fast as possible" in the real window, against the
core alone (`descent.descend` on the same objective, start and learning rate in this process, nothing else
running), with the 10 ms GUI timer's share of ticks measured during the same run (issue 26).

For each panel in turn: the core for `seconds`, then the app (`responsiveness.measure_chapter`: the panel trains
at full speed in its worker while the timer ticks), then the core again; the ratio is app ÷ the mean of the two
core figures, so that a load that changes during the run treats both alike. Wall-clock seconds both ways: the
app's worker shares the interpreter with the GUI thread, which is the cost measured."""

from __future__ import annotations

import collections
import time

from common import application, parser, pump_for, report, training_panels
from responsiveness import TickRecorder, measure_chapter


def core_rate(controller, seconds: float) -> float:
    """Steps a second of `descend` alone on the controller's run (restarted when a run stops sooner)."""
    from nnviz.core.descent import StoppingRules, descend

    done, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        run = descend(controller.objective, controller.current.params, controller.learning_rate,
                      StoppingRules(None, 2_000, None), free=controller.free)
        done += max(collections.deque(run, maxlen=1)[0].number, 1)
    return done / elapsed


def main() -> None:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--what-if-slice", type=float, nargs=2, metavar=("WORK_MS", "REST_MS"),
                   help="pin the worker's work slice and rest to these (nnviz.qt.worker constants)")
    p.add_argument("--what-if-adaptive", type=float, nargs=3, metavar=("MAX_SLICE_MS", "MIN_REST_MS", "LATE_MS"),
                   help="the adaptive pacing's bounds and lateness threshold set to these")
    p.add_argument("--only", help="only the panels whose label contains this")
    args = p.parse_args()
    seconds = 2.0 if args.quick else 5.0
    application()
    from nnviz.qt import worker

    if args.what_if_slice:
        worker.WORK_SLICE, worker.REST = args.what_if_slice[0] / 1000, args.what_if_slice[1] / 1000
        if hasattr(worker, "MAX_SLICE"):  # the adaptive pacing off: fixed slices
            worker.MAX_SLICE, worker.MIN_REST = worker.WORK_SLICE, worker.REST
    if args.what_if_adaptive:
        worker.MAX_SLICE, worker.MIN_REST, worker.LATE = (v / 1000 for v in args.what_if_adaptive)
    from nnviz.qt.main_window import MainWindow

    window = MainWindow(restore=False)
    window.resize(1280, 720)
    window.show()
    pump_for(0.5)
    ticks = TickRecorder()
    results = {}
    for index, tab, controls in training_panels(window):
        label = f"{tab.number} {tab.title}" + (f" ({controls['name']})" if controls.get("name") else "")
        if args.only and args.only not in label:
            continue
        window.tabs.setCurrentIndex(index)
        controls["reveal"]()
        pump_for(0.2)
        controls["buttons"]["reset"].click()
        before = core_rate(controls["controller"], seconds / 2)
        r = measure_chapter(window, index, tab, controls, seconds, ticks)
        after = core_rate(controls["controller"], seconds / 2)
        core = (before + after) / 2
        app = r["steps_per_s"]
        results[label] = {"core_steps_per_s": core, "core_before": before, "core_after": after,
                          "app_steps_per_s": app, "ratio": app / core, "ticks": r["training"]["share"],
                          "ticks_idle": r["idle"]["share"], "p95_delay_ms": r["training"]["p95_delay_ms"],
                          "redraws_per_s": r["redraws_per_s"]}
        print(f"{label}: app {app:9,.0f} steps/s, core {core:9,.0f} (±{abs(before - after) / 2:,.0f}) → "
              f"{app / core:.2f} (target ≥ 0.5); ticks {r['training']['share']:.0%} (idle {r['idle']['share']:.0%}, "
              f"target ≥ 95%), p95 delay {r['training']['p95_delay_ms']:.1f} ms, {r['redraws_per_s']:.0f} redraws/s")
    window.shutdown()
    window.close()
    report("throughput", {"seconds": seconds, "what_if_slice_ms": args.what_if_slice,
                          "what_if_adaptive_ms": args.what_if_adaptive, "panels": results}, args.json)


if __name__ == "__main__":
    main()
