"""One visual language for every chapter: colours (Okabe–Ito, colour-blind safe), fonts and plot styling.

The same thing has the same colour everywhere, and never colour alone: every role also has
a dash style or marker, and plots carry legends or labels.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication

# Okabe–Ito palette.
BLACK = "#000000"
ORANGE = "#E69F00"
SKY = "#56B4E9"
GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"
GREY = "#7A7A7A"

#: Roles → colour. Chapters use these names, never raw colours.
COLORS = {
    "data": BLACK,
    "prediction": BLUE,
    "residual": VERMILLION,
    "ssr": GREEN,
    "tangent": PURPLE,
    "path": ORANGE,
    "weight": BLUE,
    "weight-negative": VERMILLION,
    "bias": PURPLE,
    "top": ORANGE,
    "bottom": GREEN,
    "line": GREY,
    "forget": VERMILLION,
    "input": GREEN,
    "candidate": ORANGE,
    "output": BLUE,
    "long-term": BLACK,
    "short-term": PURPLE,
    "highlight": YELLOW,
}

#: Roles → dash style, so that no role is told by colour alone.
STYLES = {
    "residual": Qt.PenStyle.DashLine,
    "tangent": Qt.PenStyle.DashDotLine,
    "top": Qt.PenStyle.DashLine,
    "bottom": Qt.PenStyle.DotLine,
    "line": Qt.PenStyle.DashLine,
    "weight-negative": Qt.PenStyle.DashLine,
    "input": Qt.PenStyle.DashLine,
    "candidate": Qt.PenStyle.DotLine,
    "output": Qt.PenStyle.DashDotLine,
    "short-term": Qt.PenStyle.DashLine,
}

BASE_PT = 12  # application text
LEDGER_PT = 15  # the written-out computation
TITLE_PT = 14  # plot titles and axis labels
TICK_PT = 12  # axis tick labels
LINE_WIDTH = 3


def color(role: str) -> QColor:
    return QColor(COLORS[role])


def pen(role: str, width: float = LINE_WIDTH, style: Qt.PenStyle | None = None):
    """A pen for a role: its colour, its dash style, opaque."""
    return pg.mkPen(color=COLORS[role], width=width, style=style or STYLES.get(role, Qt.PenStyle.SolidLine))


def brush(role: str, alpha: int = 255):
    c = color(role)
    c.setAlpha(alpha)
    return pg.mkBrush(c)


def font(pt: float = BASE_PT, bold: bool = False) -> QFont:
    f = QFont(QApplication.font())
    f.setPointSizeF(pt)
    f.setBold(bold)
    return f


def apply_to_application(app: QApplication) -> None:
    """Light, high-contrast defaults for a projector in a lit room."""
    pg.setConfigOptions(background="w", foreground="k", antialias=True)
    f = app.font()
    f.setPointSizeF(BASE_PT)
    app.setFont(f)


LEGEND_ANCHORS = {  # where a legend sits: (item anchor, plot anchor, offset in pixels)
    "top-left": ((0, 0), (0, 0), (10, 8)),
    "top-center": ((0.5, 0), (0.5, 0), (0, 8)),
    "top-right": ((1, 0), (1, 0), (-10, 8)),
    "bottom-right": ((1, 1), (1, 1), (-10, -8)),
    "bottom-left": ((0, 1), (0, 1), (10, -8)),
}


def make_plot(title: str, x_label: str, y_label: str, *, legend: str | bool | tuple | None = None) -> pg.PlotWidget:
    """A plot with large fonts and thick axes; items are created once and updated with setData.

    `legend` names a corner of LEGEND_ANCHORS, or is an (x, y) offset (negative: from the
    right / bottom edge), or True for the top left; None or False: no legend. Keep its labels short.
    """
    plot = pg.PlotWidget(background="w")
    item = plot.getPlotItem()
    item.setTitle(title, size=f"{TITLE_PT}pt", color=BLACK)
    for name, text in (("bottom", x_label), ("left", y_label)):
        axis = item.getAxis(name)
        axis.setLabel(text, **{"font-size": f"{TITLE_PT}pt", "color": BLACK})
        axis.setTickFont(font(TICK_PT))
        axis.setPen(pg.mkPen(BLACK, width=1.5))
        axis.setTextPen(pg.mkPen(BLACK))
    item.showGrid(x=True, y=True, alpha=0.25)
    item.setMenuEnabled(True)
    if legend:
        lg = item.addLegend(labelTextSize=f"{TICK_PT}pt", labelTextColor=BLACK, verSpacing=-4)
        lg.setBrush(pg.mkBrush(255, 255, 255, 200))
        lg.setPen(pg.mkPen(GREY))
        if isinstance(legend, tuple):
            x, y = legend
            item_anchor = plot_anchor = (1 if x < 0 else 0, 1 if y < 0 else 0)
            offset = legend
        else:
            item_anchor, plot_anchor, offset = LEGEND_ANCHORS["top-left" if legend is True else legend]
        lg.anchor(item_anchor, plot_anchor, offset)
    plot.setMinimumSize(220, 160)
    return plot
