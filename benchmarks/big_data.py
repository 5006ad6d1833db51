"""Big imported data drawn: chapter 2 at 3 / 1,000 / 100,000 points, chapter 3 and chapter 1 at 10,000, each tab at
1920×1080 and zoom 1.5. For each: the paint of every visible plot (its viewport rendered into a pixmap, median of
repeats; the worst plot is reported, target < 16 ms), the chapter's per-frame step handler (`_on_step` with a
moved step, target < 2 ms) and, for chapter 2, the core's training steps a second on those points (`descend` on the
chapter's objective; target ≥ 5,000 at 100,000 points). The 3-point row is the anchor, measured in the same run.
Run: python benchmarks/big_data.py [--quick] [--profile LABEL]"""

from __future__ import annotations

import collections
import itertools
import time

import numpy as np
from common import application, median, parser, report

SIZE, ZOOM = (1920, 1080), 1.5


def line_data(n: int):
    rng = np.random.default_rng(0)
    x = np.round(rng.uniform(0, 10, n), 3)
    return x, np.round(0.64 * x + 1 + rng.normal(0, 0.5, n), 3)


def unit_data(n: int):
    x, y = line_data(n)
    return (x - x.min()) / (x.max() - x.min()), (y - y.min()) / (y.max() - y.min())


def timed_ms(fn, repeat: int) -> float:
    fn()
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    return median(samples)


def plot_paints(tab, repeat: int) -> dict:
    """Median ms to render each visible plot of `tab` (its viewport, as a paint event does)."""
    import pyqtgraph as pg
    from PySide6.QtGui import QPixmap

    out = {}
    for plot in tab.findChildren(pg.PlotWidget):
        if not plot.isVisible():
            continue
        viewport = plot.viewport()
        pixmap = QPixmap(viewport.size() * viewport.devicePixelRatioF())

        def paint(viewport=viewport, pixmap=pixmap):
            viewport.render(pixmap)
        out[plot.objectName() or plot.windowTitle() or str(len(out))] = timed_ms(paint, repeat)
    return out


def moved_steps(controller, count: int):
    """`count` steps of a run from the controller's start (each frame then draws a different line)."""
    from nnviz.core.descent import StoppingRules, descend

    run = descend(controller.objective, controller.current.params, controller.learning_rate,
                  StoppingRules(None, count, None), free=controller.free)
    return list(run)


def steps_per_s(controller, seconds: float) -> float:
    from nnviz.core.descent import StoppingRules, descend

    n, elapsed = 50, 0.0
    while elapsed < seconds:
        t = time.process_time()
        collections.deque(descend(controller.objective, controller.current.params, controller.learning_rate,
                                  StoppingRules(None, n, None), free=controller.free), maxlen=1)
        elapsed = time.process_time() - t
        rate = n / elapsed
        n *= 4
    return rate


def frame_ms(tab, controller, repeat: int) -> float:
    steps = moved_steps(controller, repeat + 1)
    for s in steps:
        controller.history.append(s) if s.number > controller.history[-1].number else None
    it = itertools.cycle(steps[1:])
    return timed_ms(lambda: tab._on_step(next(it)), repeat - 1)


def measure(label, tab, controller, repeat, profile, rate_seconds=None) -> dict:
    from PySide6.QtWidgets import QApplication

    tab.resize(*SIZE)
    tab.show()
    for _ in range(3):
        QApplication.processEvents()
    if profile == label:
        import cProfile
        import pstats

        pr = cProfile.Profile()
        pr.enable()
        plot_paints(tab, 3)
        frame_ms(tab, controller, 5) if controller is not None else tab.refresh()
        pr.disable()
        pstats.Stats(pr).sort_stats("cumulative").print_stats(30)
    paints = plot_paints(tab, repeat)
    entry = {"paint_ms": paints, "worst_paint_ms": max(paints.values())}
    entry["frame_ms"] = frame_ms(tab, controller, repeat) if controller is not None else timed_ms(tab.refresh, repeat)
    if rate_seconds:
        entry["core_steps_per_s"] = steps_per_s(controller, rate_seconds)
    worst = max(paints, key=paints.get)
    print(f"{label:28} worst paint {entry['worst_paint_ms']:6.1f} ms ({worst}); per-frame handler "
          f"{entry['frame_ms']:6.2f} ms" + (f"; core {entry['core_steps_per_s']:,.0f} steps/s" if rate_seconds else ""),
          flush=True)
    return entry


def main() -> None:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--profile", default=None, help="print a cProfile of one row's paints and frames")
    args = p.parse_args()
    repeat, seconds = (5, 0.3) if args.quick else (15, 1.5)
    application()
    from nnviz.qt import theme

    theme.set_globals("light", ZOOM)
    from nnviz.qt.chapters.backpropagation.tab import BackpropagationTab
    from nnviz.qt.chapters.gradient_descent.tab import GradientDescentTab
    from nnviz.qt.chapters.why_how.tab import WhyHowTab

    results = {}
    for n in (3, 1000, 100_000):
        tab = GradientDescentTab()
        if n != 3:
            tab.points.set_points(*line_data(n))
            tab._on_data_changed()
            tab._apply_mode_defaults()  # the learning rate the tab chooses for so many points
        label = f"ch. 2, {n:,} points"
        results[label] = measure(label, tab, tab.controller, repeat, args.profile, seconds)
        tab.shutdown()
        tab.close()
    tab = BackpropagationTab()
    tab.points.set_points(*unit_data(10_000))
    tab._on_data_changed()
    results["ch. 3, 10,000 points"] = measure("ch. 3, 10,000 points", tab, tab.controller, repeat, args.profile)
    tab.shutdown()
    tab.close()
    tab = WhyHowTab()
    tab.comparison.points.set_points(*unit_data(10_000))
    results["ch. 1, 10,000 points"] = measure("ch. 1, 10,000 points", tab, None, repeat, args.profile)
    tab.close()
    report("big_data", {"size": SIZE, "zoom": ZOOM, "rows": results}, args.json)


if __name__ == "__main__":
    main()
