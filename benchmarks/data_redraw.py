"""Per-redraw time with imported data: chapter 2 at 3 / 1,000 / 100,000 points, chapters 1 and 3 at 10,000,
chapter 5 at 1,000 days. Run: QT_QPA_PLATFORM=offscreen python benchmarks/data_redraw.py"""

from __future__ import annotations

import statistics
import time

import numpy as np


def timed(fn, repeat: int = 15) -> float:
    """Median milliseconds of `fn()`."""
    fn()
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples)


def line_data(n: int):
    rng = np.random.default_rng(0)
    x = np.round(rng.uniform(0, 10, n), 3)
    return x, np.round(0.64 * x + 1 + rng.normal(0, 0.5, n), 3)


def main() -> None:
    from nnviz.app import make_application
    from nnviz.qt.chapters.backpropagation.tab import BackpropagationTab
    from nnviz.qt.chapters.gradient_descent.tab import GradientDescentTab
    from nnviz.qt.chapters.rnn_lstm.tab import RnnTab
    from nnviz.qt.chapters.why_how.tab import WhyHowTab
    from nnviz.qt.widgets import data_points

    app = make_application()
    rows = []

    def chapter2(n: int, label: str) -> None:
        tab = GradientDescentTab()
        tab.resize(1280, 720)
        tab.show()
        tab.points.set_points(*line_data(n))
        tab._on_data_changed()
        app.processEvents()
        step = timed(tab.controller.step)  # one gradient-descent step: the maths and the redraw it triggers
        paint = timed(lambda: tab.content.grab(), 7)  # painting all four plots
        data = timed(tab._on_data_changed, 5)  # new data: ranges, SSR curve, restart
        rows.append((f"Ch. 2, {label}", step, paint, data))
        tab.shutdown()
        tab.deleteLater()

    for n in (3, 1000, 100_000):
        chapter2(n, f"{n:,} points")
    limit = data_points.SHOW_LIMIT
    data_points.SHOW_LIMIT = 10**9  # for comparison: every point drawn
    chapter2(100_000, "100,000 points, not thinned")
    data_points.SHOW_LIMIT = limit

    x, y = line_data(10_000)
    x, y = (x - x.min()) / (x.max() - x.min()), (y - y.min()) / (y.max() - y.min())
    tab = WhyHowTab()
    tab.resize(1280, 720)
    tab.show()
    tab.comparison.points.set_points(x, y)
    rows.append(("Ch. 1, 10,000 points", timed(tab.refresh), timed(lambda: tab.content.grab(), 7), float("nan")))
    tab.deleteLater()
    tab = BackpropagationTab()
    tab.resize(1280, 720)
    tab.show()
    tab.points.set_points(x, y)
    tab._on_data_changed()
    rows.append(("Ch. 3, 10,000 points", timed(tab.controller.step, 7), timed(lambda: tab.content.grab(), 5),
                 timed(tab._on_data_changed, 5)))
    tab.shutdown()
    tab.deleteLater()

    tab = RnnTab()
    tab.resize(1280, 720)
    tab.show()
    days = np.round(np.abs(np.sin(np.arange(1000) / 30)), 3).tolist()
    tab.rnn_view.set_sequence(days)
    rows.append(("Ch. 5 RNN, 1,000 days", timed(tab.rnn_view.refresh), timed(lambda: tab.content.grab(), 7),
                 float("nan")))
    tab.gradient_view.set_values(0.9, 1000)
    tab.show_view("gradient")
    rows.append(("Ch. 5 gradient, 1,000 days", timed(tab.gradient_view.refresh), timed(lambda: tab.content.grab(), 7),
                 float("nan")))
    tab.show_view("lstm")
    tab.lstm_view.set_company("custom", days)
    tab.lstm_view.set_day(999)
    rows.append(("Ch. 5 LSTM, 1,000 days (a day step)", timed(lambda: tab.lstm_view.set_day(1000)),
                 timed(lambda: tab.content.grab(), 7), timed(tab.lstm_view.recompute, 5)))
    tab.shutdown()
    tab.deleteLater()

    # Responsiveness while training: a 10 ms GUI timer's gaps during a Run (chapter 2).
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from nnviz.core.descent import StoppingRules

    def responsiveness(n: int) -> None:
        tab = GradientDescentTab()
        tab.resize(1280, 720)
        tab.show()
        tab.points.set_points(*line_data(n))
        tab._apply_mode_defaults()
        tab.controller.rules = StoppingRules(None, 10**7, None)
        gaps, clock, loop = [], QElapsedTimer(), QEventLoop()
        ticker = QTimer(interval=10)
        ticker.timeout.connect(lambda: (gaps.append(clock.restart()), loop.quit() if len(gaps) > 200 else None))
        clock.start()
        tab.controller.run()
        ticker.start()
        loop.exec()
        ticker.stop()
        steps = tab.controller.current.number
        tab.shutdown()
        g = np.array(gaps[1:])
        print(f"Run on {n:,} points: 10 ms timer gap median {np.median(g):.0f} ms, p95 {np.percentile(g, 95):.0f} ms, "
              f"max {g.max():.0f} ms; {steps:,} steps in {g.sum() / 1000:.1f} s")

    for n in (3, 100_000):
        responsiveness(n)

    print(f"{'data':38} {'step/redraw ms':>15} {'paint ms':>9} {'new data ms':>12}")
    for name, a, b, c in rows:
        print(f"{name:38} {a:15.1f} {b:9.1f} {c:12.1f}")


if __name__ == "__main__":
    main()
