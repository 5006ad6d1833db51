"""Chapter 4 grown: redraw cost, training step cost and event-loop delay while training, from 6×6 to 28×28.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/cnn_grid.py   (results: benchmarks/cnn_grid.md)
"""

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402

from nnviz.app import make_application  # noqa: E402
from nnviz.core.cnn import shape as shape_  # noqa: E402
from nnviz.qt.chapters.cnn.tab import CnnTab  # noqa: E402

SHAPES = [shape_.Shape(6, 1), shape_.Shape(28, 1), shape_.Shape(28, 4)]


def ms(f, n):
    start = time.perf_counter()
    for _ in range(n):
        f()
    return (time.perf_counter() - start) / n * 1000


def main():
    app = make_application()
    tab = CnnTab()
    tab.resize(1280, 720)
    tab.show()
    app.processEvents()
    print("| shape | training step (10 letters, filters trained) | redraw (compute + draw every view) | paint |")
    print("|---|---|---|---|")
    for shape in SHAPES:
        f = shape_.objective(shape, shifted=True)
        x = shape_.start_params(shape)
        step = ms(lambda f=f, x=x: f(x), 200)
        tab.set_shape(shape)
        app.processEvents()
        redraw = ms(tab.refresh, 30)
        paint = ms(lambda: tab.grab(), 10)
        print(
            f"| {shape.size}×{shape.size}, {shape.filters} filter(s) | {step:.2f} ms | {redraw:.1f} ms "
            f"| {paint:.1f} ms |"
        )
    # event-loop delay while a 28×28, 4-filter network trains in the worker
    tab.set_shape(shape_.Shape(28, 4))
    tab.training_page.train_filter.setChecked(True)
    tab.training_page.train_shifted.setChecked(True)
    tab.panel.tolerance.check.setChecked(False)
    tab.panel.min_step.check.setChecked(False)
    tab.panel.max_steps.field.setValue(1_000_000)
    tab.panel.max_steps.field.valueChanged.emit(1_000_000)
    gaps, clock = [], QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick():
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer(interval=10)
    timer.timeout.connect(tick)
    timer.start()
    tab.controller.run()
    end = time.perf_counter() + 5.0
    while time.perf_counter() < end:
        app.processEvents()
    steps = tab.controller.current.number
    tab.controller.pause()
    timer.stop()
    gaps = np.array(gaps[5:])
    print(f"\nWhile training 28×28 with 4 filters for 5 s: {steps / 5:.0f} steps/s; 10 ms GUI timer gaps: "
          f"median {statistics.median(gaps):.0f} ms, p95 {np.percentile(gaps, 95):.0f} ms, max {gaps.max():.0f} ms")
    tab.shutdown()
    tab.close()


if __name__ == "__main__":
    main()
