"""Chapter 4 views: the colours and number formats of the cells, and the classifier after the pooling.

Drawn once (text items, edges) and updated with `show_pipeline(...)`; the pipeline itself is in `pipeline`.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor

from nnviz.core import cnn
from nnviz.core.numbers import fmt, minus
from nnviz.qt import theme
from nnviz.qt.i18n import fill, localize, translate

#: Colours: below 0 light-to-strong blue, 0 white, 1 or more black (like the ink of the image).
LOW, HIGH = -3.0, 1.0
CMAP = pg.ColorMap([0.0, 0.75, 1.0], [QColor(theme.BLUE), QColor("#FFFFFF"), QColor(theme.BLACK)])


def legend_html() -> str:
    """The colour legend, one line, in the interface language."""
    return ("<span style='background:#FFFFFF; border:1px solid #777'>&nbsp;0&nbsp;</span> "
            + translate("cnn_views", "white = 0") + " &nbsp;&nbsp;"
            "<span style='background:#000000; color:#FFFFFF'>&nbsp;1&nbsp;</span> "
            + translate("cnn_views", "black = 1 or more") + " &nbsp;&nbsp;"
            f"<span style='background:{theme.BLUE}; color:#FFFFFF'>&nbsp;−&nbsp;</span> "
            + translate("cnn_views", "blue = below 0") + " &nbsp;&nbsp;"
            "<b style='background:#F0E442'>&nbsp;▢&nbsp;</b> "
            + translate("cnn_views", "Max Pooling winner") + " &nbsp;&nbsp;"
            f"<b style='background:{theme.ORANGE}'>&nbsp;▢&nbsp;</b> " + translate("cnn_views", "the filter's window"))


def num(value: float) -> str:
    """A value as the deck writes it: two decimals at most, tiny values as 0, typographic minus, the
    language's decimal point."""
    return localize(minus(fmt(round(float(value), 2), 2)) if abs(value) < 1e6 else minus(fmt(value)))


def joined(texts) -> str:
    """Numbers written one after the other: "1, 0.5" (" ; " between them where the decimal point is a comma)."""
    return ("\u00a0; " if localize("0.5") != "0.5" else ", ").join(texts)


def full(value: float) -> str:
    """A value at full precision (for tooltips), with the language's decimal point."""
    return localize(repr(float(value)))


def set_text(item: pg.TextItem, text: str, colour: str | None = None) -> None:
    """Change a text item only when its text or colour changes (re-laying out text is the costly part of a redraw)."""
    if colour is not None and getattr(item, "_colour", None) != colour:
        item._colour = colour
        item.setColor(colour)
    if item.toPlainText() != text:
        item.setText(text)


def colours(values: np.ndarray) -> np.ndarray:
    """RGBA (uint8) for an array of values, on the chapter's colour map."""
    t = (np.clip(np.nan_to_num(values, nan=0.0), LOW, HIGH) - LOW) / (HIGH - LOW)
    return CMAP.map(t.ravel(), mode="byte").reshape(values.shape + (4,))


def _text_colour(value: float) -> str:
    return "#FFFFFF" if value >= 0.55 or value <= -2.2 else "#000000"


# --- the classifier: 4 pooled values → hidden ReLU node → O and X → SoftMax → ArgMax -----------------
IN_X, HID_X, OUT_X, SOFT_X = 0.0, 3.6, 6.9, 9.3
IN_Y = (0.0, 1.0, 2.0, 3.0)
HID_Y, OUT_Y = 1.5, (0.5, 2.5)
OUTPUT_COLOURS = (theme.ORANGE, theme.SKY)


class ClassifierDiagram(pg.GraphicsLayoutWidget):
    """The fully connected part drawn as a network, every weight and value written on it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("classifier-diagram")
        self.setBackground("w")
        self.view = self.addViewBox(invertY=True, enableMouse=False)
        self.view.setMenuEnabled(False)
        self.edges = {sign: pg.PlotDataItem(connect="pairs",
                                            pen=theme.pen("weight" if sign > 0 else "weight-negative", 3))
                      for sign in (1, -1)}
        for item in self.edges.values():
            self.view.addItem(item)
        nodes_x = [IN_X] * 4 + [HID_X] + [OUT_X] * 2
        nodes_y = list(IN_Y) + [HID_Y] + list(OUT_Y)
        self.nodes = pg.ScatterPlotItem(nodes_x, nodes_y, size=26, pen=pg.mkPen(theme.BLACK, width=2),
                                        brush=pg.mkBrush("#FFFFFF"))
        self.nodes.setZValue(3)
        self.view.addItem(self.nodes)
        # values beside the nodes (they stay readable however small the diagram gets)
        self.node_text = ([self._text(IN_X - 0.3, y, pt=theme.TITLE_PT, anchor=(1.0, 0.5)) for y in IN_Y]
                          + [self._text(HID_X, HID_Y + 0.3, pt=theme.TITLE_PT, anchor=(0.5, 0.0))]
                          + [self._text(OUT_X + 0.3, y, pt=theme.TITLE_PT, anchor=(0.0, 0.5)) for y in OUT_Y])
        self.weight_text = [self._text(0, 0, pt=theme.BASE_PT) for _ in range(6)]
        self.bias_text = ([self._text(HID_X, HID_Y - 0.3, pt=theme.BASE_PT, anchor=(0.5, 1.0))]
                          + [self._text(OUT_X, y + 0.3, pt=theme.BASE_PT, anchor=(0.5, 0.0)) for y in OUT_Y])
        self.pooled_title = self._text(IN_X - 1.3, -0.55, translate("cnn_views", "Pooled"), pt=theme.TITLE_PT,
                                       bold=True, anchor=(0.0, 1.0))  # from the left edge: "Après pooling" is long
        self._text(
            HID_X, -0.55, translate("cnn_views", "Hidden (ReLU)"), pt=theme.TITLE_PT, bold=True, anchor=(0.5, 1.0)
        )
        self.bars = pg.BarGraphItem(x0=[SOFT_X, SOFT_X], y=list(OUT_Y), height=0.55, width=[0, 0],
                                    brushes=[pg.mkBrush(c) for c in OUTPUT_COLOURS], pen=pg.mkPen(None))
        self.view.addItem(self.bars)
        self._text(SOFT_X, -0.55, translate("cnn_views", "SoftMax"), pt=theme.TITLE_PT, bold=True, anchor=(0.0, 1.0))
        self.prob_text = [self._text(SOFT_X + 3.1, y, pt=theme.TITLE_PT, bold=True, anchor=(0.0, 0.5)) for y in OUT_Y]
        self.answer = self._text(SOFT_X + 5.6, HID_Y, pt=theme.TITLE_PT + 8, bold=True, anchor=(0.0, 0.5))
        self.answer.setObjectName("argmax")
        self._text(
            SOFT_X + 5.6, -0.55, translate("cnn_views", "ArgMax"), pt=theme.TITLE_PT, bold=True, anchor=(0.0, 1.0)
        )
        self.view.setRange(xRange=(IN_X - 1.4, SOFT_X + 7.4), yRange=(-1.3, 3.4), padding=0)
        self.setMinimumSize(300, 100)

    def _text(self, x, y, text="", *, pt=theme.BASE_PT + 1, bold=True, anchor=(0.5, 0.5), z=4) -> pg.TextItem:
        item = pg.TextItem(text, color=theme.BLACK, anchor=anchor)
        item.setFont(theme.font(pt, bold=bold))
        item.setPos(x, y)
        item.setZValue(z)
        self.view.addItem(item)
        return item

    def show_pipeline(self, c, p) -> None:
        """Write the weights, biases and values of `p` (computed with the classifier `c`: a `cnn.Classifier` or
        `cnn_shape.Parts`) on the diagram; more than four pooled values are drawn as one node, their weighted sum."""
        inputs = np.ravel(getattr(p, "pooled_maps", p.pooled))
        many = inputs.size != 4
        pooled_weights = np.ravel(c.weights)
        if many:  # one node stands for all the pooled values: its value is Σ weight × pooled value
            inputs = np.array([float(pooled_weights @ inputs), 0.0, 0.0, 0.0])
        weights = [1.0 if many else pooled_weights[0], *pooled_weights[1:4], c.w_o, c.w_x]
        in_y = (HID_Y,) * 4 if many else IN_Y
        for i in (2, 3):
            self.node_text[i].setVisible(not many)
        for i in (1, 2, 3):
            self.weight_text[i].setVisible(not many)
        self.node_text[0].setAnchor((0.5, 1.0) if many else (1.0, 0.5))  # many: the sum sits above its node
        self.node_text[0].setPos(*((IN_X, HID_Y - 0.3) if many else (IN_X - 0.3, IN_Y[0])))
        self.node_text[1].setAnchor((0.5, 0.0) if many else (1.0, 0.5))
        self.node_text[1].setPos(*((IN_X, HID_Y + 0.3) if many else (IN_X - 0.3, IN_Y[1])))
        self.nodes.setData([IN_X] * 4 + [HID_X] + [OUT_X] * 2, list(in_y) + [HID_Y] + list(OUT_Y))
        starts = [(IN_X, y) for y in in_y] + [(HID_X, HID_Y)] * 2
        ends = [(HID_X, HID_Y)] * 4 + [(OUT_X, y) for y in OUT_Y]
        for sign in (1, -1):
            xs, ys = [], []
            for i, (w, a, b) in enumerate(zip(weights, starts, ends, strict=True)):
                if many and i in (1, 2, 3):
                    continue
                if (w >= 0) == (sign > 0):
                    xs += [a[0], b[0]]
                    ys += [a[1], b[1]]
            self.edges[sign].setData(xs, ys)
        for i, (item, w, a, b) in enumerate(zip(self.weight_text, weights, starts, ends, strict=True)):
            t = 0.4 if i < 4 else 0.5
            set_text(item, fill(translate("cnn_views", "×%1 weights"), pooled_weights.size) if many and i == 0
                     else f"×{num(w)}")
            item.setPos(a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]) - 0.25)
        values = list(inputs) + [p.hidden] + list(p.scores)
        for item, v in zip(self.node_text[:5], values[:5], strict=True):
            set_text(item, num(v))
        if many:
            set_text(self.node_text[0], f"Σ {num(values[0])}")
            set_text(self.node_text[1], fill(translate("cnn_views", "%1 values"), pooled_weights.size))
        for item, label, v in zip(self.node_text[5:], cnn.LABELS, p.scores, strict=True):
            set_text(item, f"{label} = {num(v)}")
        for item, b in zip(self.bias_text, (c.b1, c.b_o, c.b_x), strict=True):
            set_text(item, f"{'−' if b < 0 else '+'} {num(abs(b))}")
        probs = p.probabilities
        self.bars.setOpts(width=[3.0 * probs[0], 3.0 * probs[1]])
        for item, label, pr in zip(self.prob_text, cnn.LABELS, probs, strict=True):
            set_text(item, fill(translate("cnn_views", "%1: %2"), label, num(pr)))
        set_text(self.answer, translate("cnn_views", "a tie") if p.answer is None
                 else fill(translate("cnn_views", "“%1”"), cnn.LABELS[p.answer]))

    def texts(self) -> dict[str, str]:
        """What the diagram says (for tests)."""
        return {"hidden": self.node_text[4].toPlainText(), "O": self.node_text[5].toPlainText().split(" = ")[1],
                "X": self.node_text[6].toPlainText().split(" = ")[1], "P(O)": self.prob_text[0].toPlainText(),
                "P(X)": self.prob_text[1].toPlainText(), "answer": self.answer.toPlainText()}
