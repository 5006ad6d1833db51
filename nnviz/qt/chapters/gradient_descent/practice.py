"""Chapter 2's figures show the practice exercise: its points and line on the data plot, a "?" beside each residual
it asks about, and on the SSR curve the Old Intercept with a "?" where the step lands.

The exercise's own numbers are drawn over the tab's (with the deck's numbers they are the same picture); nothing
of the tab's state changes, and everything is hidden again when the Practice panel is closed. While an exercise is
on the figures, a card with its givens and "… = ?" takes the place of the tab's ledger (with the deck's numbers
the ledger would show the answer).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy

from nnviz.core.practice import gradient_descent as sheets
from nnviz.qt import theme
from nnviz.qt.i18n import translate
from nnviz.qt.widgets import practice_text as pt

#: What each kind asks for, as the figures label it.
ASKED = {
    "residual": QT_TRANSLATE_NOOP("gradient_descent_practice", "Residual = ?"),
    "ssr": QT_TRANSLATE_NOOP("gradient_descent_practice", "SSR = ?"),
    "d-intercept": QT_TRANSLATE_NOOP("gradient_descent_practice", "d SSR / d Intercept = ?"),
    "step-size": QT_TRANSLATE_NOOP("gradient_descent_practice", "Step Size = ?"),
    "new-intercept": QT_TRANSLATE_NOOP("gradient_descent_practice", "New Intercept = ?"),
}
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
        self.caption = _text(color, anchor=(1, 1))
        self.old = pg.InfiniteLine(angle=90, pen=pg.mkPen(color, width=2, style=Qt.PenStyle.DashLine))
        self.step_mark = _text(color, anchor=(0, 0))
        for item in (self.points, self.line, *self.marks, self.caption):
            item.setZValue(30)
            data_plot.addItem(item, ignoreBounds=True)
        for item in (self.old, self.step_mark):
            item.setZValue(30)
            ssr_plot.addItem(item, ignoreBounds=True)
        self.card = self._card(ledger)
        self.exercise = None
        self.show(None)
        panel.exerciseChanged.connect(self.show)

    @staticmethod
    def _card(ledger) -> QLabel | None:
        """A large plain-text card in the ledger's cell of the tab's grid (None without a ledger)."""
        if ledger is None:
            return None
        card = QLabel()
        card.setObjectName("practice-card")
        card.setTextFormat(Qt.TextFormat.PlainText)
        card.setWordWrap(True)
        card.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        card.setFont(theme.font(theme.LEDGER_PT + 2, bold=True))
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMargin(12)
        card.setStyleSheet(f"QLabel {{ background: #FAFAF5; color: {theme.themed(theme.VERMILLION)}; }}")
        card.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)  # as the ledger: no relayout
        grid = ledger.parentWidget().layout()
        row, column, rows, columns = grid.getItemPosition(grid.indexOf(ledger))
        grid.addWidget(card, row, column, rows, columns)
        card.hide()
        return card

    def items(self) -> list:
        return [self.points, self.line, *self.marks, self.caption, self.old, self.step_mark]

    def show(self, exercise) -> None:
        """Draw `exercise` (None, or a kind the figures do not show: draw nothing)."""
        self.exercise = exercise
        for item in self.items():
            item.hide()
        shown = exercise is not None and exercise.kind in ASKED
        if self.ledger is not None:
            self.ledger.setVisible(not shown)
            self.card.setVisible(shown)
        if not shown:
            return
        s = sheets.sheet(exercise.seed)
        asked = translate("gradient_descent_practice", ASKED[exercise.kind])
        if exercise.kind in ON_THE_DATA:
            self._on_the_data(exercise, s, asked)
        else:
            self._on_the_curve(exercise, s, asked)

    def _on_the_data(self, exercise, s: dict, asked: str) -> None:
        x, y, slope, intercept = s["x"], s["y"], s["slope"], s["intercept"]
        which = [s["point"]] if exercise.kind == "residual" else [0, 1, 2]
        self.points.setData([x[i] for i in which], [y[i] for i in which])
        low, high = min(x) - 0.5, max(x) + 0.5
        self.line.setData([low, high], [intercept + slope * low, intercept + slope * high])
        for item in (self.points, self.line):
            item.show()
        for mark, i in zip(self.marks, which, strict=False):
            mark.setText("?")
            mark.setPos(x[i] + 0.08, (y[i] + intercept + slope * x[i]) / 2)
            mark.show()
        self._write(exercise, asked)

    def _on_the_curve(self, exercise, s: dict, asked: str) -> None:
        """The Old Intercept as a dashed line on the SSR curve with a "?" beside it; the givens in the corner of the
        data plot (the SSR plot's top holds its legend)."""
        old = s["intercept"]
        self.old.setPos(old)
        (_, _), (bottom, top) = self.ssr_plot.getPlotItem().vb.viewRange()
        self.step_mark.setText("?")
        self.step_mark.setPos(old, bottom + 0.25 * (top - bottom))
        self._write(exercise, asked)
        for item in (self.old, self.step_mark):
            item.show()

    def _write(self, exercise, asked: str) -> None:
        """The givens and the question: on the card in the ledger's place, or in the data plot's corner."""
        text = "\n".join([*pt.givens_lines(exercise), asked])
        if self.card is not None:
            self.card.setText(f"{pt.words(exercise.prompt)}\n\n{text}")
            return
        (_, right), (low, _) = self.data_plot.getPlotItem().vb.viewRange()
        self.caption.setText(text)
        self.caption.setTextWidth(0.9 * self.data_plot.getPlotItem().vb.width())  # long French lines wrap
        self.caption.setPos(right, low)
        self.caption.show()
