"""A canvas for a small drawing made of plain graphics items that always fits its view.

The network diagram (chapters 1 and 3) and the RNN and LSTM drawings (chapter 5) build on it:
items are created once and only their texts and pens change afterwards.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

from nnviz.qt import theme


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

    def text(self, text: str, pt: float = 14, bold: bool = False, color: str = theme.BLACK):
        item = self.scene().addSimpleText(text, theme.font(pt, bold))
        item.setBrush(QBrush(QColor(color)))
        item.setZValue(3)
        return item

    def place(self, item, x: float, y: float, anchor: str = "center") -> None:
        """Put a text item with its centre (or its 'left'/'right' middle) at (x, y)."""
        r = item.boundingRect()
        dx = {"center": -r.width() / 2, "left": 0.0, "right": -r.width()}[anchor]
        item.setPos(x + dx, y - r.height() / 2)

    def arrow(self, points, color: str = theme.BLACK, width: float = 3.0, style=Qt.PenStyle.SolidLine, head=True):
        """A polyline through `points` with an arrowhead at the end."""
        pen = QPen(QColor(color), width, style)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        items = []
        for a, b in zip(points, points[1:]):
            items.append(self.scene().addLine(a[0], a[1], b[0], b[1], pen))
        if head:
            (x0, y0), (x1, y1) = points[-2], points[-1]
            angle = math.atan2(y1 - y0, x1 - x0)
            size = 12
            tip = QPointF(x1, y1)
            left = QPointF(x1 - size * math.cos(angle - 0.45), y1 - size * math.sin(angle - 0.45))
            right = QPointF(x1 - size * math.cos(angle + 0.45), y1 - size * math.sin(angle + 0.45))
            items.append(self.scene().addPolygon(QPolygonF([tip, left, right]), QPen(QColor(color)), QBrush(QColor(color))))
        return items

    def node(self, x: float, y: float, r: float, fill: str = "#FFFFFF", width: float = 2.5):
        item = self.scene().addEllipse(QRectF(x - r, y - r, 2 * r, 2 * r), QPen(QColor(theme.BLACK), width),
                                       QBrush(QColor(fill)))
        item.setZValue(1)
        return item

    def box(self, x: float, y: float, w: float, h: float, color: str, fill: str = "#FFFFFF"):
        item = self.scene().addRect(QRectF(x - w / 2, y - h / 2, w, h), QPen(QColor(color), 3), QBrush(QColor(fill)))
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
