"""The dosage network drawn as on the slides: Input → two hidden nodes → output (+ b3); or, grown,
Input → N hidden nodes (1 to 8, `set_nodes`) → output (+ b_out), with the layout of `network_layout`.

Each edge is labelled with its weight and each node with its bias; edge thickness and
colour follow the value (negative weights dashed); each hidden node shows a sketch of its
activation function. Clicking an edge, a label or a node selects that parameter
(`parameterClicked`); hovering shows its value; the mouse wheel over it asks to nudge it
(`parameterNudged`); `set_highlight` marks the path a derivative follows (or the selection).
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsLineItem, QGraphicsPathItem, QGraphicsSimpleTextItem

from nnviz.core import activations
from nnviz.core.why_how import wide
from nnviz.qt import theme
from nnviz.qt.i18n import fill, localize, number, translate
from nnviz.qt.widgets import node_style
from nnviz.qt.widgets.diagram import Diagram, ink, paper
from nnviz.qt.widgets.network_layout import NODE_R, label_position, label_pt, layout, node_radius

LABEL_PT = 20  # weights and biases: readable from the back of the room once the diagram is scaled to fit
PARAM_KEY = 1  # QGraphicsItem.data key holding the parameter name
CLICK_WIDTH = 18  # edges are easy to hit: this many scene units wide for the mouse
SKETCH_X = np.linspace(-3.0, 3.0, 41)
#: the activations' names (nnviz.core.activations labels), for the translation tools; shown with `_shown`
ACTIVATION_NAMES = (QT_TRANSLATE_NOOP("network_diagram", "Softplus"), QT_TRANSLATE_NOOP("network_diagram", "ReLU"),
                    QT_TRANSLATE_NOOP("network_diagram", "Sigmoid"), QT_TRANSLATE_NOOP("network_diagram", "Tanh"))


def _shown(label: str) -> str:
    """An activation's name in the current language (a name it does not know stays as typed)."""
    return translate("network_diagram", label) if label in ACTIVATION_NAMES else label


class _Edge(QGraphicsLineItem):
    """A weight's edge, clickable along a wide band whatever its drawn thickness."""

    def shape(self) -> QPainterPath:
        path = QPainterPath(self.line().p1())
        path.lineTo(self.line().p2())
        stroker = QPainterPathStroker()
        stroker.setWidth(max(CLICK_WIDTH, self.pen().widthF()))
        return stroker.createStroke(path)


def _activation_key(label: str) -> str | None:
    """The core key of an activation given by key or by its label on screen ("Softplus" → "softplus")."""
    for key, a in activations.ACTIVATIONS.items():
        if label.strip().lower() in (key, a.label.lower()):
            return key
    return None


def _hover_fill() -> QColor:
    """A hovered node: the paper tinted a little towards the weights' blue (#EEF4FA-ish in the light theme)."""
    a, b = QColor(paper()), QColor(theme.COLORS["weight"])
    return QColor(*(round(0.93 * x + 0.07 * y) for x, y in ((a.red(), b.red()), (a.green(), b.green()),
                                                           (a.blue(), b.blue()))))


class NetworkDiagram(Diagram):
    """A view of the 1-2-1 network (or of 1 to 8 hidden nodes, `set_nodes`); call `set_params` with name → value."""

    parameterClicked = Signal(str)  # the name of the clicked weight or bias
    parameterNudged = Signal(str, float)  # name, change asked by the mouse wheel (±0.1 a notch, ±1 with Shift)

    def __init__(self, parent=None, *, key: str = "network-diagram"):
        super().__init__(key, parent)
        self.setMinimumSize(260, 150)
        self.setMouseTracking(True)
        self._values: dict[str, float] = {}
        self._highlight: set[str] = set()
        self._hovered: str | None = None
        self._node_tips: dict[str, str] = {}
        self._edges: dict[str, _Edge] = {}
        self._labels: dict[str, QGraphicsSimpleTextItem] = {}
        self._nodes: dict[str, QGraphicsEllipseItem] = {}
        self._node_text: dict[str, QGraphicsSimpleTextItem] = {}
        self._sketches: dict[str, QGraphicsPathItem] = {}
        self._plates: dict = {}  # with many nodes: a backing behind each shown label, so crossing edges stay behind
        self._geo = layout(2)
        self._activation, self._output_label = "softplus", ""
        self._build()

    @property
    def n(self) -> int:
        """The number of hidden nodes drawn."""
        return self._geo.n

    def set_nodes(self, n: int) -> None:
        """Draw `n` hidden nodes (1 to 8; 2 is the deck's drawing). Parameter names follow `wide.names(n)`."""
        if n == self._geo.n:
            return
        self._geo = layout(n)
        self.scene().clear()
        for d in (self._edges, self._labels, self._nodes, self._node_text, self._sketches, self._plates):
            d.clear()
        self._highlight = {h for h in self._highlight if h in wide.names(n)}
        self._hovered, self._node_tips = None, {}
        self._values = {k: v for k, v in self._values.items() if k in wide.names(n)}
        self._build()
        self.set_output_activation(self._output_label)
        self.set_params(self._values)

    # --- construction (once) ---------------------------------------------------
    def _text(self, text: str, pt: float, bold: bool = False) -> QGraphicsSimpleTextItem:
        return self.text(text, pt, bold)

    def _build(self) -> None:
        scene, geo = self.scene(), self._geo
        nodes, edges = geo.nodes, geo.edges
        node_param = {node: name for name, node in geo.bias_node.items()}
        for name, (a, b) in edges.items():
            line = _Edge(nodes[a].x(), nodes[a].y(), nodes[b].x(), nodes[b].y())
            scene.addItem(line)
            line.setData(PARAM_KEY, name)
            line.setZValue(0)
            self._edges[name] = line
        for name, center in nodes.items():
            r = node_radius(geo, name)
            ellipse = scene.addEllipse(QRectF(center.x() - r, center.y() - r, 2 * r, 2 * r),
                                       QPen(QColor(ink()), 2.5), QBrush(QColor(paper())))
            ellipse.setZValue(1)
            self._nodes[name] = ellipse
            text = self._text({"input": translate("network_diagram", "Input"), "output": "Σ"}.get(name, ""),
                              {"output": 28}.get(name, 19), bold=True)
            self._node_text[name] = text
            font = text.font()
            while text.boundingRect().width() > 1.85 * r and font.pointSizeF() > 12:  # a longer name (Entrée) fits
                font.setPointSizeF(font.pointSizeF() - 1)
                text.setFont(font)
            if name in node_param:
                ellipse.setData(PARAM_KEY, node_param[name])
                text.setData(PARAM_KEY, node_param[name])
        for k, name in enumerate(geo.hidden, start=1):
            sketch = scene.addPath(QPainterPath(), node_style.pen(k, 2.5))
            sketch.setZValue(2)
            sketch.setData(PARAM_KEY, node_param[name])
            self._sketches[name] = sketch
        for name in list(edges) + list(geo.bias_node):
            label = self._text(wide.label(name), label_pt(geo, LABEL_PT), bold=True)
            label.setData(PARAM_KEY, name)
            if not geo.all_labels:
                backing = QColor(theme.current_theme().background)
                backing.setAlpha(230)
                plate = scene.addRect(QRectF(), QPen(Qt.PenStyle.NoPen), QBrush(backing))
                plate.setZValue(2.5)
                plate.setData(PARAM_KEY, name)
                self._plates[name] = plate
            self._labels[name] = label
        self._output_text = self._text("", 19)
        self._caption = self._text("", label_pt(geo, 18))
        self.set_activation(self._activation)

    def retheme(self) -> None:
        """Convert every item to the current theme, then redraw the value-dependent colours from scratch."""
        super().retheme()
        self.set_params(self._values)

    # --- model → view --------------------------------------------------------
    def set_activation(self, label: str) -> None:
        """The hidden nodes' activation, by key or label ("softplus" or "Softplus"): its name and a sketch."""
        self._activation = label
        key = _activation_key(label)
        for name in self._geo.hidden:
            self._sketches[name].setPath(self._sketch_path(name, key))
            self._sketches[name].setVisible(key is not None)
            self._node_text[name].setText("" if key else label)  # a sketch needs no name; an unknown one does
        self._caption.setText(f"f = {_shown(activations.get(key).label) if key else label}")
        self._layout_texts()

    def set_output_activation(self, label: str) -> None:
        self._output_label = label
        key = _activation_key(label)
        shown = "" if label in ("", "None", "identity") or key == "identity" else (
            activations.get(key).label if key else label)
        self._output_text.setText(fill(translate("network_diagram", "then %1"), _shown(shown)) if shown else "")
        self._layout_texts()

    def set_params(self, values: dict[str, float]) -> None:
        self._values = dict(values)
        for name, line in self._edges.items():
            v = self._values.get(name, 0.0)
            role = "weight" if v >= 0 else "weight-negative"
            width = 1.5 + 6.5 * min(1.0, math.log1p(abs(v)) / math.log1p(40.0)) if math.isfinite(v) else 8
            pen = theme.pen(role, width)
            if name in self._highlight or name == self._hovered:
                pen.setColor(QColor(ink()))
            line.setPen(pen)
            line.setToolTip(self._tip(name))
        for name, label in self._labels.items():
            v = self._values.get(name, 0.0)
            label.setText(f"{wide.label(name)} = {number(v, 2).replace('-', '−')}")
            label.setToolTip(self._tip(name))
            label.setVisible(self._geo.all_labels or name in self._highlight or name == self._hovered)
            if name in self._plates:
                self._plates[name].setVisible(label.isVisible())
            role = "bias" if name in self._geo.bias_node else ("weight" if v >= 0 else "weight-negative")
            label.setBrush(QBrush(QColor(theme.COLORS[role])))
        self._update_node_tips()
        self._layout_texts()
        self._refresh_highlight()

    def set_node_values(self, tips: dict[str, str]) -> None:
        """Extra hover text per node ("input", "top", "bottom", "output"; "node-k" for N ≠ 2), e.g. the values
        at the chosen Dosage."""
        self._node_tips = dict(tips)
        self._update_node_tips()

    def set_highlight(self, names) -> None:
        """Draw the path of these parameters (and the nodes they touch) in bold."""
        self._highlight = set(names)
        self.set_params(self._values)

    def values(self) -> dict[str, float]:
        return dict(self._values)

    def highlighted(self) -> set[str]:
        return set(self._highlight)

    def _tip(self, name: str) -> str:
        v = self._values.get(name)
        value = "–" if v is None else localize(repr(float(v)))
        if name in self._geo.bias_node:
            return fill(translate("network_diagram", "%1 = %2\n(bias; click to edit)"), wide.label(name), value)
        return fill(translate("network_diagram", "%1 = %2\n(weight; click to edit)"), wide.label(name), value)

    def _update_node_tips(self) -> None:
        node_param = {node: name for name, node in self._geo.bias_node.items()}
        for node, ellipse in self._nodes.items():
            lines = [self._node_tips.get(node, "")]
            if node in node_param:
                lines.append(self._tip(node_param[node]))
            tip = "\n".join(line for line in lines if line)
            ellipse.setToolTip(tip)
            self._node_text[node].setToolTip(tip)
            if node in self._sketches:
                self._sketches[node].setToolTip(tip)

    def _sketch_path(self, node: str, key: str | None) -> QPainterPath:
        path = QPainterPath()
        if key is None:
            return path
        with np.errstate(all="ignore"):
            y = activations.get(key).f(SKETCH_X)
        lo, hi = float(y.min()), float(y.max())
        span = hi - lo if hi > lo else 1.0
        c, w, h = self._geo.nodes[node], self._geo.radius * 1.3, self._geo.radius * 0.9
        xs = c.x() - w / 2 + (SKETCH_X - SKETCH_X[0]) / (SKETCH_X[-1] - SKETCH_X[0]) * w
        ys = c.y() + h / 2 - (y - lo) / span * h
        path.moveTo(float(xs[0]), float(ys[0]))
        for px, py in zip(xs[1:], ys[1:], strict=True):
            path.lineTo(float(px), float(py))
        return path

    def _refresh_highlight(self) -> None:
        touched, geo = set(), self._geo
        node_param = {node: name for name, node in geo.bias_node.items()}
        for name in self._highlight:
            touched.update(geo.edges.get(name, ()))
            if name in geo.bias_node:
                touched.add(geo.bias_node[name])
        for name, ellipse in self._nodes.items():
            lit = name in touched
            hovered = self._hovered is not None and node_param.get(name) == self._hovered
            ellipse.setBrush(QBrush(QColor(theme.YELLOW) if lit else (_hover_fill() if hovered else QColor(paper()))))
            ellipse.setPen(QPen(QColor(ink()), 4.5 if lit else 2.5))
            # the node's name stays dark on the yellow of a lit node, whatever the theme
            self._node_text[name].setBrush(QBrush(QColor(theme.BLACK if lit else ink())))
        for name, label in self._labels.items():
            font = label.font()
            font.setUnderline(name in self._highlight or name == self._hovered)
            label.setFont(font)

    def _layout_texts(self) -> None:
        geo = self._geo
        for name, text in self._node_text.items():
            r = text.boundingRect()
            c = geo.nodes[name]
            text.setPos(c.x() - r.width() / 2, c.y() - r.height() / 2)
        for name, label in self._labels.items():
            label.setPos(label_position(geo, name, label.boundingRect()))
            if name in self._plates:
                self._plates[name].setRect(label.sceneBoundingRect().adjusted(-4, 0, 4, 0))
        lowest = geo.nodes[geo.hidden[-1]]
        self._caption.setPos(geo.nodes["input"].x() - NODE_R, max(lowest.y(), geo.nodes["input"].y() + 60)
                             + geo.radius + 4)  # on the lowest bias's row, left of it
        c, r = geo.nodes["output"], self._output_text.boundingRect()
        self._output_text.setPos(c.x() + NODE_R + 8, c.y() - r.height() - 2)  # right of the node, above b3
        self._fit_scene()

    def _fit_scene(self) -> None:
        """The scene rect: everything, including labels that are only shown on hover (so nothing jumps)."""
        rect = self.scene().itemsBoundingRect()
        for label in self._labels.values():
            rect = rect.united(label.sceneBoundingRect())
        self.scene().setSceneRect(rect.adjusted(-8, -8, 8, 8))
        self._fit()

    # --- view → model --------------------------------------------------------
    def parameter_at(self, pos) -> str | None:
        """The parameter under a point of the view (widget coordinates), if any."""
        for item in self.items(pos):
            name = item.data(PARAM_KEY)
            if name:
                return str(name)
        return None

    def mousePressEvent(self, event) -> None:
        name = self.parameter_at(event.position().toPoint())
        if name and event.button() == Qt.MouseButton.LeftButton:
            self.parameterClicked.emit(name)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        name = self.parameter_at(event.position().toPoint())
        if name != self._hovered:
            self._hovered = name
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if name else Qt.CursorShape.ArrowCursor)
            self.set_params(self._values)
        super().mouseMoveEvent(event)

    def wheelEvent(self, event) -> None:
        name = self.parameter_at(event.position().toPoint())
        notches = event.angleDelta().y() / 120
        if name and notches:
            big = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self.parameterNudged.emit(name, notches * (1.0 if big else 0.1))
            event.accept()
            return
        super().wheelEvent(event)

    def leaveEvent(self, event) -> None:
        if self._hovered is not None:
            self._hovered = None
            self.set_params(self._values)
        super().leaveEvent(event)

    def _fit(self) -> None:
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def fit(self) -> None:
        """Fit the scene rect that `_fit_scene` chose (it keeps room for the hover labels)."""
        self._fit()
