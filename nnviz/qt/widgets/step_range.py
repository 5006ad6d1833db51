"""The ranges of a plot of something after each step (SSR, Cross Entropy), changed in jumps during a run.

Setting a plot's range redraws its axes, the costly part of a frame; pyqtgraph's autorange would do it at
every frame. `StepRange` moves the ranges only when the curve leaves them: the step axis grows by half
again when the run passes its end, the value axis gets HEADROOM above the top when the curve goes above
it or falls below a quarter of it.
"""

from __future__ import annotations

import pyqtgraph as pg

GROW = 1.5  # the step axis, once passed, is made this much longer
SHRINK = 0.25  # a curve that uses less than this share of an axis gets a tighter one
MIN_STEPS = 10  # the step axis shows at least this many steps


class StepRange:
    """Keeps `plot`'s ranges around a per-step curve, changing them only in jumps."""

    def __init__(self, plot: pg.PlotWidget, headroom: float = 1.25, floor: float = 1e-3):
        self.plot, self.headroom, self.floor = plot, headroom, floor
        self.shown: tuple[float, float, float] | None = None  # first step, last step and top value on show
        plot.getPlotItem().disableAutoRange()

    def follow(self, first: float, last: float, top: float) -> None:
        """Show steps `first`…`last` and values 0…`top`, in jumps (a `top` that is not a number keeps the
        value axis as it is)."""
        last = max(last, first + MIN_STEPS)
        start, x_end, y_end = self.shown or (None, None, None)
        if start != first or not first + SHRINK * (x_end - first) <= last <= x_end:
            x_end = first + GROW * (last - first)
        if top == top:
            top = max(top, self.floor)
            if y_end is None or not SHRINK * y_end <= top <= y_end:
                y_end = top * self.headroom
        elif y_end is None:
            y_end = self.floor * self.headroom
        if (first, x_end, y_end) != self.shown:
            self.shown = (first, x_end, y_end)
            self.plot.setRange(xRange=(first, x_end), yRange=(0, y_end), padding=0.02)
