"""The dosage network drawn as on the slides: Input → two hidden nodes → output (+ b3).

Each edge is labelled with its weight and each node with its bias; edge thickness and
colour follow the value (negative weights dashed); clicking an edge or a bias selects that
parameter (`parameterClicked`); `set_highlight` marks the path a derivative follows.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (QGraphicsEllipseItem, QGraphicsItem, QGraphicsLineItem, QGraphicsScene,
                               QGraphicsSimpleTextItem, QGraphicsView)

from nnviz.core.numbers import fmt
from nnviz.qt import theme

NODE_R = 34
# name → (start, end) for edges; node positions in scene units
NODES = {"input": QPointF(0, 150), "top": QPointF(260, 50), "bottom": QPointF(260, 250), "output": QPointF(520, 150)}
EDGES = {"w1": ("input", "top"), "w2": ("input", "bottom"), "w3": ("top", "output"), "w4": ("bottom", "output")}
BIAS_NODE = {"b1": "top", "b2": "bottom", "b3": "output"}
PARAM_KEY = 1  # QGraphicsItem.data key holding the parameter name


class NetworkDiagram(QGraphicsView):
    """A view of the 1-2-1 network; call `set_params` with a mapping name → value."""

    parameterClicked = Signal(str)  # the name of the clicked weight or bias

    def __init__(self, parent=None, *, key: str = "network-diagram"):
        super().__init__(parent)
        self.setObjectName(key)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setScene(QGraphicsScene(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumSize(260, 150)
        self.setToolTip("Click a weight or a bias to select it")
        self._values: dict[str, float] = {}
        self._highlight: set[str] = set()
        self._edges: dict[str, QGraphicsLineItem] = {}
        self._labels: dict[str, QGraphicsSimpleTextItem] = {}
        self._nodes: dict[str, QGraphicsEllipseItem] = {}
        self._node_text: dict[str, QGraphicsSimpleTextItem] = {}
        self._build()

    # --- construction (once) ---------------------------------------------------
    def _text(self, text: str, pt: float, bold: bool = False) -> QGraphicsSimpleTextItem:
        item = self.scene().addSimpleText(text, theme.font(pt, bold))
        item.setBrush(QBrush(QColor(theme.BLACK)))
        item.setZValue(3)
        return item

    def _build(self) -> None:
        scene = self.scene()
        for name, (a, b) in EDGES.items():
            line = scene.addLine(NODES[a].x(), NODES[a].y(), NODES[b].x(), NODES[b].y())
            line.setData(PARAM_KEY, name)
            line.setZValue(0)
            self._edges[name] = line
        for name, center in NODES.items():
            ellipse = scene.addEllipse(QRectF(center.x() - NODE_R, center.y() - NODE_R, 2 * NODE_R, 2 * NODE_R),
                                       QPen(QColor(theme.BLACK), 2.5), QBrush(QColor("#FFFFFF")))
            ellipse.setZValue(1)
            self._nodes[name] = ellipse
            text = self._text({"input": "Input", "output": "Σ"}.get(name, ""), 13, bold=True)
            self._node_text[name] = text
        for name in list(EDGES) + list(BIAS_NODE):
            label = self._text(name, 15, bold=True)
            label.setData(PARAM_KEY, name)
            self._labels[name] = label
        self._output_text = self._text("", 13)
        self.set_activation("softplus")

    # --- model → view --------------------------------------------------------
    def set_activation(self, label: str) -> None:
        for name in ("top", "bottom"):
            self._node_text[name].setText(label)
        self._layout_texts()

    def set_output_activation(self, label: str) -> None:
        self._output_text.setText("" if label in ("", "None", "identity") else f"then {label}")
        self._layout_texts()

    def set_params(self, values: dict[str, float]) -> None:
        self._values = dict(values)
        for name, line in self._edges.items():
            v = self._values.get(name, 0.0)
            role = "weight" if v >= 0 else "weight-negative"
            width = 1.5 + 6.5 * min(1.0, math.log1p(abs(v)) / math.log1p(40.0)) if math.isfinite(v) else 8
            pen = theme.pen(role, width)
            if name in self._highlight:
                pen.setColor(QColor(theme.BLACK))
            line.setPen(pen)
            line.setToolTip(f"{name} = {v!r}")
        for name, label in self._labels.items():
            v = self._values.get(name, 0.0)
            label.setText(f"{name} = {fmt(v, 2)}")
            label.setToolTip(f"{name} = {v!r}")
            role = "bias" if name in BIAS_NODE else ("weight" if v >= 0 else "weight-negative")
            label.setBrush(QBrush(QColor(theme.COLORS[role])))
        self._layout_texts()
        self._refresh_highlight()

    def set_highlight(self, names) -> None:
        """Draw the path of these parameters (and the nodes they touch) in bold."""
        self._highlight = set(names)
        self.set_params(self._values)

    def values(self) -> dict[str, float]:
        return dict(self._values)

    def _refresh_highlight(self) -> None:
        touched = set()
        for name in self._highlight:
            touched.update(EDGES.get(name, ()))
            if name in BIAS_NODE:
                touched.add(BIAS_NODE[name])
        for name, ellipse in self._nodes.items():
            lit = name in touched
            ellipse.setBrush(QBrush(QColor(theme.YELLOW if lit else "#FFFFFF")))
            ellipse.setPen(QPen(QColor(theme.BLACK), 4.5 if lit else 2.5))
        for name, label in self._labels.items():
            font = label.font()
            font.setUnderline(name in self._highlight)
            label.setFont(font)

    def _layout_texts(self) -> None:
        for name, text in self._node_text.items():
            r = text.boundingRect()
            c = NODES[name]
            text.setPos(c.x() - r.width() / 2, c.y() - r.height() / 2)
        for name, (a, b) in EDGES.items():
            mid = (NODES[a] + NODES[b]) / 2
            r = self._labels[name].boundingRect()
            dy = -r.height() - 6 if NODES[b].y() < NODES[a].y() or (a == "top") else 6
            self._labels[name].setPos(mid.x() - r.width() / 2, mid.y() + dy)
        for name, node in BIAS_NODE.items():
            c = NODES[node]
            r = self._labels[name].boundingRect()
            below = node != "top"
            y = c.y() + NODE_R + 4 if below else c.y() - NODE_R - r.height() - 4
            self._labels[name].setPos(c.x() - r.width() / 2, y)
        c, r = NODES["output"], self._output_text.boundingRect()
        self._output_text.setPos(c.x() - r.width() / 2, c.y() - NODE_R - r.height() - 4)
        self.scene().setSceneRect(self.scene().itemsBoundingRect().adjusted(-10, -10, 10, 10))
        self._fit()

    # --- view → model --------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        item = self.itemAt(event.position().toPoint())
        name = item.data(PARAM_KEY) if item is not None else None
        if name:
            self.parameterClicked.emit(str(name))
            event.accept()
            return
        super().mousePressEvent(event)

    def _fit(self) -> None:
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()
