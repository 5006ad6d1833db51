"""Where the dosage network's nodes and labels sit, for 1 to 8 hidden nodes (N = 2: exactly the deck's drawing)."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF

from nnviz.core.why_how import wide

NODE_R = 48
#: The deck's 1-2-1 drawing (scene units): node positions, edges, which node each bias belongs to.
DECK_NODES = {"input": QPointF(0, 150), "top": QPointF(215, 40), "bottom": QPointF(215, 260),
              "output": QPointF(430, 150)}
DECK_EDGES = {"w1": ("input", "top"), "w2": ("input", "bottom"), "w3": ("top", "output"), "w4": ("bottom", "output")}
DECK_BIAS_NODE = {"b1": "top", "b2": "bottom", "b3": "output"}
#: where each weight's label sits, away from its edge: (dx, dy) signs of the corner that touches the point
DECK_LABEL_SIDE = {"w1": (-1, -1), "w2": (-1, 1), "w3": (1, -1), "w4": (1, 1)}
ALL_LABELS_UP_TO = 3  # with more hidden nodes only the selected or hovered parameters are labelled


class Layout(NamedTuple):
    """The geometry of a network with `n` hidden nodes."""

    n: int
    radius: float  # of a hidden node (the Input and output nodes keep NODE_R)
    nodes: dict  # node key → centre
    edges: dict  # weight key → (from node, to node)
    bias_node: dict  # bias key → node
    hidden: tuple  # hidden node keys, node 1 first
    anchors: dict  # weight key → (point on its edge, (dx, dy) corner signs)

    @property
    def all_labels(self) -> bool:
        """Whether every weight and bias is labelled with its value (else only the highlighted or hovered)."""
        return self.n <= ALL_LABELS_UP_TO

    def __repr__(self) -> str:
        return f"Layout(n={self.n})"


def layout(n: int) -> Layout:
    """The deck's drawing for N = 2; otherwise N hidden nodes in a column, the same style."""
    n = wide.check_nodes(n)
    if n == wide.DECK_NODES:
        anchors = {k: ((DECK_NODES[a] + DECK_NODES[b]) / 2, DECK_LABEL_SIDE[k]) for k, (a, b) in DECK_EDGES.items()}
        return Layout(2, NODE_R, dict(DECK_NODES), dict(DECK_EDGES), dict(DECK_BIAS_NODE), ("top", "bottom"), anchors)
    radius = NODE_R if n <= 3 else (40 if n <= 4 else 30)
    spacing = 2 * radius + (60 if n <= 4 else 24)
    centre, hidden_x = 150.0, 300.0
    hidden = tuple(f"node-{k}" for k in range(1, n + 1))
    nodes = {"input": QPointF(0, centre), "output": QPointF(2 * hidden_x, centre)}
    for k, key in enumerate(hidden):
        nodes[key] = QPointF(hidden_x, centre + (k - (n - 1) / 2) * spacing)
    names = wide.names(n)
    edges, bias_node, anchors = {}, {"b-out": "output"}, {}
    for k, key in enumerate(hidden, start=1):
        edges[f"w-{k}"], edges[f"v-{k}"] = ("input", key), (key, "output")
        bias_node[f"b-{k}"] = key
        dy = -1 if nodes[key].y() < centre else 1  # a middle node's labels go below its level edges
        a, c, o = nodes["input"], nodes[key], nodes["output"]
        anchors[f"w-{k}"] = (_towards(c, a, radius + 6), (-1, dy))  # by the hidden node, where the edges fan out
        anchors[f"v-{k}"] = (_towards(c, o, radius + 6), (1, dy))
    assert set(edges) | set(bias_node) == set(names)
    return Layout(n, radius, nodes, edges, bias_node, hidden, anchors)


def _towards(start: QPointF, end: QPointF, distance: float) -> QPointF:
    """The point `distance` from `start` on the way to `end`."""
    d = end - start
    length = (d.x() ** 2 + d.y() ** 2) ** 0.5
    return start + d * (distance / length)


def node_radius(geo: Layout, node: str) -> float:
    return NODE_R if node in ("input", "output") else geo.radius


def label_pt(geo: Layout, base: float) -> float:
    """Label size: larger when the drawing is tall (it is scaled down more) and only a few labels show."""
    return base if geo.all_labels else base * 1.6


def label_position(geo: Layout, name: str, rect: QRectF) -> QPointF:
    """The top-left corner of parameter `name`'s label of size `rect`."""
    if name in geo.edges:
        point, (sx, sy) = geo.anchors[name]
        x = point.x() + 4 if sx > 0 else point.x() - 4 - rect.width()
        y = point.y() + 12 if sy > 0 else point.y() - 12 - rect.height()  # clear of the thickest edge
        if geo.n != wide.DECK_NODES:  # never over the Input node
            x = max(x, geo.nodes["input"].x() + NODE_R + 4)
        return QPointF(x, y)
    node = geo.bias_node[name]
    c, r = geo.nodes[node], geo.radius
    if node == "output" and geo.all_labels:  # right of the node, clear of the output weights
        return QPointF(c.x() + NODE_R + 8, c.y() + 2)
    if node == "output":  # above the node: the drawing stays narrow
        return QPointF(c.x() - rect.width() / 2, c.y() - NODE_R - rect.height() - 4)
    below = c.y() > geo.nodes["input"].y() if geo.n != 2 else node == "bottom"
    y = c.y() + r + 4 if below else c.y() - r - rect.height() - 4
    return QPointF(c.x() - rect.width() / 2, y)
