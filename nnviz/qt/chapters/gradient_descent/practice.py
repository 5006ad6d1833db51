"""Chapter 2's figures show the practice exercise: its points and line on the data plot, a "?" beside each residual
it asks about, and on the SSR curve the Old Intercept with a "?" where the step lands.

The exercise's own numbers are drawn over the tab's (with the deck's numbers they are the same picture); nothing
of the tab's state changes, and everything is hidden again when the Practice panel is closed. While an exercise is
on the figures, a card with its givens and "… = ?" takes the place of the tab's ledger (with the deck's numbers
the ledger would show the answer).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt

from nnviz.core.practice import gradient_descent as sheets
from nnviz.qt import theme
from nnviz.qt.widgets.practice_card import PracticeCard

#: The kinds the figures show (the stopping rule has nothing to draw).
ASKED = ("residual", "ssr", "d-intercept", "step-size", "new-intercept")
ON_THE_DATA = ("residual", "ssr", "d-intercept")
MARK_PT = theme.TITLE_PT + 4


def _text(color: str, anchor=(0, 0.5)) -> pg.TextItem:
    item = pg.TextItem(color=color, anchor=anchor, fill=pg.mkBrush(255, 255, 255, 210))
    item.setFont(theme.font(MARK_PT, bold=True))
    item.setZValue(30)
    return item


class PracticeFigures:
    """The exercise drawn on the data plot and the SSR plot of a Gradient Descent tab."""

    def __init__(self, data_plot: pg.PlotWidget, ssr_plot: pg.PlotWidget, panel, ledger=None):
        self.data_plot, self.ssr_plot, self.ledger = data_plot, ssr_plot, ledger
        color = theme.themed(theme.VERMILLION)
        self.points = pg.ScatterPlotItem(size=26, brush=None, pen=pg.mkPen(color, width=3))
        self.line = pg.PlotDataItem(pen=pg.mkPen(color, width=2, style=Qt.PenStyle.DashLine))
        self.marks = [_text(color) for _ in range(3)]
        self.old = pg.InfiniteLine(angle=90, pen=pg.mkPen(color, width=2, style=Qt.PenStyle.DashLine))
        self.step_mark = _text(color, anchor=(0, 0))
        for item in (self.points, self.line, *self.marks):
            item.setZValue(30)
            data_plot.addItem(item, ignoreBounds=True)
        for item in (self.old, self.step_mark):
            item.setZValue(30)
            ssr_plot.addItem(item, ignoreBounds=True)
        self.card = PracticeCard(panel, ledger, ASKED) if ledger is not None else None
        self.exercise = None
        self.show(None)
        panel.exerciseChanged.connect(self.show)

    def items(self) -> list:
        return [self.points, self.line, *self.marks, self.old, self.step_mark]

    def show(self, exercise) -> None:
        """Draw `exercise` (None, or a kind the figures do not show: draw nothing)."""
        self.exercise = exercise
        for item in self.items():
            item.hide()
        if exercise is None or exercise.kind not in ASKED:
            return
        s = sheets.sheet(exercise.seed)
        if exercise.kind in ON_THE_DATA:
            self._on_the_data(s, exercise.kind == "residual")
        else:
            self._on_the_curve(s)

    def _on_the_data(self, s: dict, one_point: bool) -> None:
        x, y, slope, intercept = s["x"], s["y"], s["slope"], s["intercept"]
        which = [s["point"]] if one_point else [0, 1, 2]
        self.points.setData([x[i] for i in which], [y[i] for i in which])
        low, high = min(x) - 0.5, max(x) + 0.5
        self.line.setData([low, high], [intercept + slope * low, intercept + slope * high])
        for item in (self.points, self.line):
            item.show()
        for mark, i in zip(self.marks, which, strict=False):
            mark.setText("?")
            mark.setPos(x[i] + 0.08, (y[i] + intercept + slope * x[i]) / 2)
            mark.show()

    def _on_the_curve(self, s: dict) -> None:
        """The Old Intercept as a dashed line on the SSR curve with a "?" beside it."""
        old = s["intercept"]
        self.old.setPos(old)
        (_, _), (bottom, top) = self.ssr_plot.getPlotItem().vb.viewRange()
        self.step_mark.setText("?")
        self.step_mark.setPos(old, bottom + 0.25 * (top - bottom))
        for item in (self.old, self.step_mark):
            item.show()
