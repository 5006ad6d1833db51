"""Soak: a million training steps of chapter 2 (Gradient Descent), memory measured as it goes.

Part "core": `descent.descend` into a `History`, as the TrainingController keeps it: RSS after warm-up
against RSS at the end, the number of steps the History keeps, and, for scale, what an unbounded list
of the same steps costs (measured on the first 100,000 and extrapolated).
Part "gui": the same run through the chapter's TrainingController in the shown main window, plots live,
Run pressed once with max steps = the target and the other rules off. A plain thread samples RSS (it works
even if the GUI thread is starved) and ends the process at the wall-clock cap, reporting how far it got.
Part "rnn": chapter 5's Training page in the shown window, the LSTM and the plain RNN both running at full
speed with no stopping rule for `--minutes` (default 10), RSS sampled every second; the growth is the slope of
RSS after the first minute (MB a minute) and the rise from then to the end. `--trace` also diffs tracemalloc
snapshots (first minute against the end) and prints where Python memory grew."""

from __future__ import annotations

import os
import sys
import threading
import time

from common import application, parser, pump_for, report, rss_mb, training_chapters


def warm_up_steps(steps: int, capacity: int) -> int:
    """Warm-up ends once the History has filled and been thinned (twice its capacity), or at 10% of the run."""
    return min(steps // 2, max(2 * capacity, steps // 10))


def core_soak(steps: int) -> dict:
    from nnviz.core import regression as reg
    from nnviz.core.descent import History, StoppingRules, descend

    objective = reg.intercept_objective(reg.DECK_SLOPE, reg.DECK_X, reg.DECK_Y)
    sample = min(100_000, steps)
    base = rss_mb()
    unbounded = list(descend(objective, (0.0,), 0.1, StoppingRules(None, sample, None)))
    per_step = (rss_mb() - base) * 1024 * 1024 / len(unbounded)
    del unbounded
    history = History()
    warm = warm_up_steps(steps, history.capacity)
    samples = []
    start = time.perf_counter()
    for n, step in enumerate(descend(objective, (0.0,), 0.1, StoppingRules(None, steps, None))):
        history.append(step)
        if n == warm:
            warm_rss = rss_mb()
        if n % 50_000 == 0:
            samples.append((n, round(rss_mb(), 1)))
    seconds = time.perf_counter() - start
    end_rss = rss_mb()
    return {"steps": steps, "seconds": seconds, "steps_per_s": steps / seconds, "warm_up_steps": warm,
            "rss_after_warm_up_mb": warm_rss, "rss_end_mb": end_rss, "growth_mb": end_rss - warm_rss,
            "history_kept": len(history), "history_capacity": history.capacity, "last_step": history.last.number,
            "unbounded_list_bytes_per_step": per_step,
            "unbounded_list_estimate_mb": per_step * steps / 1024 / 1024, "samples": samples}


def gui_soak(steps: int, cap: float) -> dict:
    from nnviz.core.descent import StoppingRules

    application()
    from nnviz.qt.main_window import MainWindow

    window = MainWindow(restore=False)
    window.resize(1280, 720)
    window.show()
    chapter = next(((i, t, c) for i, t, c in training_chapters(window) if t.number == 2), None)
    if chapter is None:
        return {"skipped": "chapter 2 is not a training chapter in the registry"}
    index, tab, controls = chapter
    window.tabs.setCurrentIndex(index)
    pump_for(0.5)
    controller = controls["controller"]
    controller.set_rules(StoppingRules(None, steps, None))
    result = {"target_steps": steps, "cap_s": cap, "samples": []}
    done = threading.Event()
    start = time.perf_counter()

    def sampler():
        warm_at = None
        while not done.wait(0.5):
            t = time.perf_counter() - start
            number = controller.current.number  # a plain attribute read; the GIL makes it safe
            result["samples"].append((round(t, 1), number, round(rss_mb(), 1)))
            if warm_at is None and number >= warm_up_steps(steps, controller.history.capacity):
                warm_at = len(result["samples"]) - 1
                result["warm_up"] = result["samples"][-1]
            if t > cap:
                result.update(finished=False, reached_step=number, seconds=t, rss_end_mb=rss_mb(),
                              history_kept=len(controller.history))
                finish(result)
                os._exit(0)

    def finish(r):
        if "warm_up" in r:
            r["growth_mb"] = r["rss_end_mb"] - r["warm_up"][2]
        print_gui(r)
        report("soak", {"gui": r, **EXTRA}, ARGS.json)
        sys.stdout.flush()

    thread = threading.Thread(target=sampler, daemon=True)
    thread.start()
    controls["buttons"]["run"].click()
    while controller.running and time.perf_counter() - start < cap + 5:
        pump_for(0.2)
    done.set()
    thread.join()
    result.update(finished=controller.current.number >= steps, reached_step=controller.current.number,
                  seconds=time.perf_counter() - start, rss_end_mb=rss_mb(), history_kept=len(controller.history))
    if "warm_up" in result:
        result["growth_mb"] = result["rss_end_mb"] - result["warm_up"][2]
    window.shutdown()
    window.close()
    return result


def rnn_soak(minutes: float, trace: bool) -> dict:
    """Both chapter 5 models at full speed for `minutes`; RSS every second (see the module docstring)."""
    import tracemalloc

    from nnviz.core.descent import StoppingRules

    application()
    from nnviz.qt.main_window import MainWindow

    window = MainWindow(restore=False)
    window.resize(1280, 720)
    window.show()
    index, tab = next((i, t) for i, t in enumerate(window.chapters) if t.key == "rnn-lstm")
    window.tabs.setCurrentIndex(index)
    tab.show_view("training")
    pump_for(0.5)
    controllers = tab.training_view.controllers
    endless = StoppingRules(None, 10**12, None)
    if trace:
        tracemalloc.start(12)
    samples, restarts, first = [], 0, None
    start = time.perf_counter()
    for controller in controllers:
        controller.set_rules(endless)
        controller.run()
    while (t := time.perf_counter() - start) < minutes * 60:
        pump_for(1.0)
        samples.append((round(t, 1), round(rss_mb(), 1), *(c.current.number for c in controllers)))
        if trace and first is None and t >= 60:
            first = tracemalloc.take_snapshot()
        for controller in controllers:
            if not controller.running:  # a stop reason (e.g. diverged): start it again, as a student would
                restarts += 1
                controller.reset(controller.current.params)
                controller.run()
    result = {"minutes": minutes, "samples": samples, "restarts": restarts,
              "steps": [c.current.number for c in controllers]}
    later = [(t, mb) for t, mb, *_ in samples if t >= 60] or [(t, mb) for t, mb, *_ in samples]
    if len(later) >= 2:
        ts = [t / 60 for t, _ in later]
        ms = [mb for _, mb in later]
        mt, mm = sum(ts) / len(ts), sum(ms) / len(ms)
        spread = max(sum((a - mt) ** 2 for a in ts), 1e-12)
        slope = sum((a - mt) * (b - mm) for a, b in zip(ts, ms, strict=True)) / spread
        result.update(rss_start_mb=samples[0][1], rss_after_first_minute_mb=later[0][1], rss_end_mb=ms[-1],
                      growth_mb=ms[-1] - later[0][1], mb_per_minute=slope)
    if trace and first is not None:
        diff = tracemalloc.take_snapshot().compare_to(first, "traceback")
        result["trace"] = [(round(d.size_diff / 1024, 1), d.count_diff, d.traceback.format()[-6:]) for d in diff[:8]]
        tracemalloc.stop()
    window.shutdown()
    window.close()
    return result


def print_rnn(r: dict) -> None:
    print(f"chapter 5, LSTM + plain RNN at full speed for {r['minutes']:g} min: steps {r['steps']}, "
          f"{r['restarts']} restarts")
    if "mb_per_minute" in r:
        print(f"  RSS {r['rss_start_mb']:.1f} MB at the start, {r['rss_after_first_minute_mb']:.1f} MB after the first "
              f"minute, {r['rss_end_mb']:.1f} MB at the end → growth {r['growth_mb']:+.1f} MB, "
              f"{r['mb_per_minute']:+.2f} MB/min (target: < 5 MB over 10 minutes)")
    print("  samples (s, MB, lstm step, rnn step): "
          + ", ".join(str(s) for s in r["samples"][:: max(1, len(r["samples"]) // 12)]))
    for kib, count, lines in r.get("trace", []):
        print(f"  {kib:+.1f} KiB in {count:+d} blocks at:")
        for line in lines:
            print("      " + line)


def print_core(r: dict) -> None:
    print(f"core + History: {r['steps']:,} steps in {r['seconds']:.1f} s ({r['steps_per_s']:,.0f} steps/s)")
    print(f"  RSS after {r['warm_up_steps']:,} warm-up steps {r['rss_after_warm_up_mb']:.1f} MB, at the end "
          f"{r['rss_end_mb']:.1f} MB → growth {r['growth_mb']:+.1f} MB (target < 5 MB)")
    print(
        f"  History keeps {r['history_kept']:,} steps (capacity {r['history_capacity']:,}); "
        f"last step {r['last_step']:,}"
    )
    print(f"  an unbounded list would cost ~{r['unbounded_list_bytes_per_step']:.0f} bytes/step → "
          f"~{r['unbounded_list_estimate_mb']:,.0f} MB for this run")


def print_gui(r: dict) -> None:
    status = "finished" if r.get("finished") else f"NOT finished within the {r['cap_s']:g} s cap"
    print(f"GUI (live plots): target {r['target_steps']:,} steps, {status}: reached step {r['reached_step']:,} "
          f"in {r['seconds']:.0f} s; History keeps {r['history_kept']:,}")
    if "warm_up" in r:
        t, n, mb = r["warm_up"]
        print(f"  RSS at warm-up (step {n:,}, {t:.0f} s) {mb:.1f} MB, at the end {r['rss_end_mb']:.1f} MB → "
              f"growth {r['growth_mb']:+.1f} MB (target < 5 MB)")
    else:
        print(f"  never reached warm-up; RSS at the end {r['rss_end_mb']:.1f} MB")
    print(
        "  samples (s, step, MB): "
        + ", ".join(f"({t:g}, {n}, {mb:g})" for t, n, mb in r["samples"][:: max(1, len(r["samples"]) // 12)])
    )


EXTRA: dict = {}
ARGS = None


def main() -> None:
    global ARGS
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--part", choices=("core", "gui", "both", "rnn"), default="both",
                   help="both = core and gui; rnn = chapter 5's two models (run on its own: minutes, not steps)")
    p.add_argument("--minutes", type=float, default=10.0, help="length of the rnn part (default 10)")
    p.add_argument("--trace", action="store_true", help="rnn part: diff tracemalloc snapshots")
    p.add_argument("--steps", type=int, help="training steps (default 1,000,000; --quick 100,000)")
    p.add_argument("--cap", type=float, help="wall-clock cap of the GUI part, seconds (default 300; --quick 45)")
    ARGS = p.parse_args()
    steps = ARGS.steps or (100_000 if ARGS.quick else 1_000_000)
    cap = ARGS.cap or (45.0 if ARGS.quick else 300.0)
    if ARGS.part == "rnn":
        EXTRA["rnn"] = rnn_soak(ARGS.minutes, ARGS.trace)
        print_rnn(EXTRA["rnn"])
    if ARGS.part in ("core", "both"):
        EXTRA["core"] = core_soak(steps)
        print_core(EXTRA["core"])
    if ARGS.part in ("gui", "both"):
        r = gui_soak(steps, cap)
        if "skipped" in r:
            print(r["skipped"])
        else:
            print_gui(r)
        EXTRA["gui"] = r
    report("soak", dict(EXTRA), ARGS.json)


if __name__ == "__main__":
    main()
