"""A canvas for a small drawing made of plain graphics items that always fits its view.

The network diagram (chapters 1 and 3) and the RNN and LSTM drawings (chapter 5) build on it:
items are created once and only their texts and pens change afterwards.

Colours are given as drawn in the current theme (`theme.COLORS[role]`, `theme.themed(light colour)`);
the helpers' defaults (ink and paper) follow the theme. `retheme` (called by `restyle.apply` when the
theme changes) converts the colours of the Diagram's own items from the theme they were drawn in to the
current one, through the light colour they stand for, so switching back and forth never drifts. Nothing
about an item is stored outside the item and its scene (see restyle.py: keeping plain items' wrappers
alive crashed PySide6).
"""

from __future__ import annotations

import math
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QAbstractGraphicsShapeItem, QGraphicsLineItem, QGraphicsScene, QGraphicsView

from nnviz.qt import theme

NO_PEN, NO_BRUSH = Qt.PenStyle.NoPen, Qt.BrushStyle.NoBrush


def ink() -> str:
    """The text and outline colour of the current theme (black in the light theme)."""
    return theme.themed(theme.BLACK)


def paper() -> str:
    """The fill of nodes and boxes in the current theme (white in the light theme): the background."""
    return theme.themed(theme.WHITE)


def convert(color: QColor, old: theme.Theme, new: theme.Theme) -> QColor:
    """`color` as drawn in theme `old`, redrawn in theme `new` (same alpha)."""
    light = old.inverse.get(color.name().upper(), color.name().upper())
    out = QColor(theme.themed(light, new))
    out.setAlpha(color.alpha())
    return out


class Diagram(QGraphicsView):
    """A canvas for a small drawing that always fits its view; items are created once, texts updated."""

    def __init__(self, key: str, parent=None):
        super().__init__(parent)
        self.setObjectName(key)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setScene(QGraphicsScene(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setMinimumSize(200, 120)
        self._theme = theme.current_theme()  # the theme the items are drawn in (a plain Python object)
        self.setBackgroundBrush(QBrush(QColor(self._theme.background)))

    def retheme(self) -> None:
        """Redraw the items and the background in the current theme (nothing to do if it has not changed)."""
        old, new = self._theme, theme.current_theme()
        if old is new:
            return
        self._theme = new
        self.setBackgroundBrush(QBrush(QColor(new.background)))
        for item in self.scene().items():  # local wrappers only: none is kept
            if isinstance(item, (QAbstractGraphicsShapeItem, QGraphicsLineItem)) and item.pen().style() != NO_PEN:
                pen = item.pen()
                pen.setColor(convert(pen.color(), old, new))
                item.setPen(pen)
            if isinstance(item, QAbstractGraphicsShapeItem) and item.brush().style() != NO_BRUSH:
                brush = item.brush()
                brush.setColor(convert(brush.color(), old, new))
                item.setBrush(brush)

    def text(self, text: str, pt: float = 14, bold: bool = False, color: str | None = None):
        """A text item of `pt` points in scene units: the drawing is scaled as a whole, so not by the zoom."""
        font = theme.font(pt, bold)
        font.setPointSizeF(pt)  # an item made after a zoom (a rebuilt network) matches the others
        item = self.scene().addSimpleText(text, font)
        item.setBrush(QBrush(QColor(color or ink())))
        item.setZValue(3)
        return item

    def place(self, item, x: float, y: float, anchor: str = "center") -> None:
        """Put a text item with its centre (or its 'left'/'right' middle) at (x, y)."""
        r = item.boundingRect()
        dx = {"center": -r.width() / 2, "left": 0.0, "right": -r.width()}[anchor]
        item.setPos(x + dx, y - r.height() / 2)

    def arrow(self, points, color: str | None = None, width: float = 3.0, style=Qt.PenStyle.SolidLine, head=True):
        """A polyline through `points` with an arrowhead at the end."""
        color = color or ink()
        pen = QPen(QColor(color), width, style)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        items = []
        for a, b in pairwise(points):
            items.append(self.scene().addLine(a[0], a[1], b[0], b[1], pen))
        if head:
            (x0, y0), (x1, y1) = points[-2], points[-1]
            angle = math.atan2(y1 - y0, x1 - x0)
            size = 12
            tip = QPointF(x1, y1)
            left = QPointF(x1 - size * math.cos(angle - 0.45), y1 - size * math.sin(angle - 0.45))
            right = QPointF(x1 - size * math.cos(angle + 0.45), y1 - size * math.sin(angle + 0.45))
            items.append(
                self.scene().addPolygon(QPolygonF([tip, left, right]), QPen(QColor(color)), QBrush(QColor(color)))
            )
        return items

    def node(self, x: float, y: float, r: float, fill: str | None = None, width: float = 2.5):
        item = self.scene().addEllipse(QRectF(x - r, y - r, 2 * r, 2 * r), QPen(QColor(ink()), width),
                                       QBrush(QColor(fill or paper())))
        item.setZValue(1)
        return item

    def box(self, x: float, y: float, w: float, h: float, color: str, fill: str | None = None):
        item = self.scene().addRect(QRectF(x - w / 2, y - h / 2, w, h), QPen(QColor(color), 3),
                                    QBrush(QColor(fill or paper())))
        item.setZValue(1)
        return item

    def fit(self) -> None:
        rect = QRectF()
        for item in self.scene().items():
            if item.isVisible():
                rect = rect.united(item.sceneBoundingRect())
        self.scene().setSceneRect(rect.adjusted(-8, -8, 8, 8))
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()
