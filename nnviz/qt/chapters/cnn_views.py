"""Chapter 4 views: the filter → Feature Map → ReLU → Max Pooling mosaic, and the classifier after it.

Both are drawn once (one mosaic ImageItem, text items, frames) and updated with `show(...)`.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsSimpleTextItem

from nnviz.core import cnn
from nnviz.core.numbers import fmt, minus
from nnviz.qt import theme

#: Colours: below 0 light-to-strong blue, 0 white, 1 or more black (like the ink of the image).
LOW, HIGH = -3.0, 1.0
CMAP = pg.ColorMap([0.0, 0.75, 1.0], [QColor(theme.BLUE), QColor("#FFFFFF"), QColor(theme.BLACK)])
LEGEND_HTML = ("<span style='background:#FFFFFF; border:1px solid #777'>&nbsp;0&nbsp;</span> white = 0 &nbsp;&nbsp;"
               "<span style='background:#000000; color:#FFFFFF'>&nbsp;1&nbsp;</span> black = 1 or more &nbsp;&nbsp;"
               f"<span style='background:{theme.BLUE}; color:#FFFFFF'>&nbsp;−&nbsp;</span> blue = below 0 &nbsp;&nbsp;"
               "<b style='background:#F0E442'>&nbsp;▢&nbsp;</b> Max Pooling winner &nbsp;&nbsp;"
               f"<b style='background:{theme.ORANGE}'>&nbsp;▢&nbsp;</b> the filter's window")

# Panel origins in mosaic units (x right, y down); pooled cells are drawn 2×2 units, over their region.
FILTER_X, FM_X, RELU_X, POOL_X = 0.0, 4.4, 9.8, 15.2
TOP = 0.5  # the filter sits centred on the 4-row maps
WIDTH, HEIGHT = POOL_X + 4.0, 4.0


def num(value: float) -> str:
    """A value as the deck writes it: two decimals at most, tiny values as 0, typographic minus."""
    return minus(fmt(round(float(value), 2), 2)) if abs(value) < 1e6 else minus(fmt(value))


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


class PipelineView(pg.GraphicsLayoutWidget):
    """Filter (+ bias) → Feature Map → ReLU → Max Pooling, the values printed in the cells."""

    RES = 20  # mosaic pixels per cell (so frames and gaps fall on whole pixels)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("pipeline")
        self.setBackground("w")
        self.view = self.addViewBox(lockAspect=True, invertY=True, enableMouse=False)
        self.view.setMenuEnabled(False)
        self.image_item = pg.ImageItem(axisOrder="row-major")
        self.view.addItem(self.image_item)
        self._font = theme.font(theme.BASE_PT + 1, bold=True)
        self.filter_text = [self._cell_text() for _ in range(9)]
        self.fm_text = [self._cell_text() for _ in range(16)]
        self.relu_text = [self._cell_text() for _ in range(16)]
        self.pool_text = [self._cell_text(theme.TITLE_PT + 2) for _ in range(4)]
        for x, title in ((FILTER_X + 1.5, "Filter"), (FM_X + 2, "Feature Map"), (RELU_X + 2, "ReLU"),
                         (POOL_X + 2, "Max Pooling")):
            item = pg.TextItem(title, color=theme.BLACK, anchor=(0.5, 1.0))
            item.setFont(theme.font(theme.TITLE_PT, bold=True))
            item.setPos(x, -0.55)
            self.view.addItem(item)
        for x in (FM_X - 0.7, RELU_X - 0.7, POOL_X - 0.7):
            arrow = pg.TextItem("→", color=theme.BLACK, anchor=(0.5, 0.5))
            arrow.setFont(theme.font(theme.TITLE_PT + 6, bold=True))
            arrow.setPos(x, 2.0)
            self.view.addItem(arrow)
        self.bias_text = pg.TextItem("", color=theme.BLACK, anchor=(0.5, 0.0))
        self.bias_text.setFont(theme.font(theme.BASE_PT + 1, bold=True))
        self.bias_text.setPos(FILTER_X + 1.5, TOP + 3.1)
        self.view.addItem(self.bias_text)
        self.winner_frames = [self._frame(theme.YELLOW, 0.16) for _ in range(4)]
        self.winner_outline = [self._frame(theme.BLACK, 0.04, z=6) for _ in range(4)]
        self.current_frame = self._frame(theme.ORANGE, 0.14, z=7)
        self.filter_frame = self._frame(theme.ORANGE, 0.14, z=7)
        self.filter_frame.setRect(QRectF(FILTER_X, TOP, 3, 3))
        self.view.setRange(xRange=(-0.2, WIDTH + 0.2), yRange=(-1.3, HEIGHT + 0.3), padding=0)
        self.setMinimumSize(300, 110)
        self._cell_pt = None
        self.setToolTip("The filter slides over the image: each Feature Map cell = Σ pixel × filter + bias.\n"
                        "ReLU sets negative cells to 0; Max Pooling keeps the largest value of each 2×2 region.")
        self.filled = 16  # how many Feature Map cells are shown (step by step fills them one by one)

    def _cell_text(self, pt: float | None = None) -> QGraphicsSimpleTextItem:
        """A number printed on a coloured cell: a plain Qt item, so its colour always follows the cell's
        (a theme may recolour pyqtgraph's text items, but not the cells), at a fixed size in pixels."""
        item = QGraphicsSimpleTextItem()
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        item.setFont(theme.font(pt, bold=True) if pt else self._font)
        item.setZValue(5)
        self.view.addItem(item)
        return item

    @staticmethod
    def _centre(item: QGraphicsSimpleTextItem) -> None:
        box = item.boundingRect()
        item.setTransform(QTransform.fromTranslate(-box.width() / 2, -box.height() / 2))

    def _frame(self, colour: str, width: float, z: int = 4) -> QGraphicsRectItem:
        item = QGraphicsRectItem()
        pen = pg.mkPen(colour, width=width)  # width in mosaic units, so it scales with the cells
        pen.setCosmetic(False)
        item.setPen(pen)
        item.setZValue(z)
        item.setVisible(False)
        self.view.addItem(item)
        return item

    def resizeEvent(self, event) -> None:
        """Cell numbers grow and shrink with the cells (never below 11 pt)."""
        super().resizeEvent(event)
        if not hasattr(self, "_cell_pt"):  # still being built
            return
        rect = self.view.rect()
        cell = min(rect.width() / (WIDTH + 0.4), rect.height() / (HEIGHT + 1.6))
        pt = round(max(11.0, min(20.0, cell * 0.3)))
        if pt != self._cell_pt:
            self._cell_pt = pt
            for item in self.filter_text + self.fm_text + self.relu_text:
                item.setFont(theme.font(pt, bold=True))
                self._centre(item)
            for item in self.pool_text:
                item.setFont(theme.font(pt * 1.4, bold=True))
                self._centre(item)

    def _put(self, texts, values, x0: float, y0: float, side: float = 1.0, shown: int | None = None) -> None:
        cols = values.shape[1]
        digits = 2 if side > 1 else 1  # a small cell holds "−0.1"; the full values are in the ledgers
        for i, (item, v) in enumerate(zip(texts, values.ravel())):
            r, c = divmod(i, cols)
            visible = shown is None or i < shown
            text = minus(fmt(round(float(v), digits), digits)) if visible else ""
            colour = QColor(_text_colour(v))
            if item.brush().color() != colour:
                item.setBrush(colour)
            if item.text() != text:
                item.setText(text)
                self._centre(item)
            if item.pos().isNull():
                item.setPos(x0 + (c + 0.5) * side, y0 + (r + 0.5) * side)

    def show_pipeline(self, kernel, bias: float, p: cnn.Pipeline, position: int | None = None) -> None:
        """Draw `p` (made with `kernel` and `bias`); step by step, the Feature Map is filled up to `position`."""
        filled = 16 if position is None else position + 1
        self.filled = filled
        res = self.RES
        rgba = np.zeros((int(HEIGHT * res), int(WIDTH * res), 4), dtype=np.uint8)

        def paint(values, x0, y0, side=1.0, shown=None):
            colours_ = colours(values)
            rows, cols = values.shape
            for i in range(rows * cols):
                r, c = divmod(i, cols)
                if shown is not None and i >= shown:
                    continue
                y, x = int(round((y0 + r * side) * res)), int(round((x0 + c * side) * res))
                rgba[y:y + int(side * res), x:x + int(side * res)] = colours_[r, c]
            # grid lines between cells
            for r in range(rows + 1):
                y = int(round((y0 + r * side) * res))
                rgba[max(0, y - 1):y + 1, int(x0 * res):int((x0 + cols * side) * res)] = (150, 150, 150, 255)
            for c in range(cols + 1):
                x = int(round((x0 + c * side) * res))
                rgba[int(y0 * res):int((y0 + rows * side) * res), max(0, x - 1):x + 1] = (150, 150, 150, 255)

        kernel = np.asarray(kernel, dtype=float)
        paint(kernel, FILTER_X, TOP)
        paint(p.feature_map, FM_X, 0.0, shown=filled)
        paint(p.rectified, RELU_X, 0.0)
        paint(p.pooled, POOL_X, 0.0, side=2.0)
        middle_x, middle_y, x0 = int((RELU_X + 2) * res), 2 * res, int(RELU_X * res)  # the four pooling regions
        rgba[:4 * res, middle_x - 2:middle_x + 2] = (0, 0, 0, 255)
        rgba[middle_y - 2:middle_y + 2, x0:x0 + 4 * res] = (0, 0, 0, 255)
        self.image_item.setImage(rgba, autoLevels=False)
        self.image_item.setRect(QRectF(0, 0, WIDTH, HEIGHT))
        self._put(self.filter_text, kernel, FILTER_X, TOP)
        self._put(self.fm_text, p.feature_map, FM_X, 0.0, shown=filled)
        self._put(self.relu_text, p.rectified, RELU_X, 0.0)
        self._put(self.pool_text, p.pooled, POOL_X, 0.0, side=2.0)
        set_text(self.bias_text, f"bias {num(bias)}")
        rows, cols = np.nonzero(p.winners)
        for frame, outline, r, c in zip(self.winner_frames, self.winner_outline, rows, cols):
            frame.setRect(QRectF(RELU_X + c + 0.08, r + 0.08, 0.84, 0.84))
            outline.setRect(QRectF(RELU_X + c + 0.17, r + 0.17, 0.66, 0.66))
            frame.setVisible(True)
            outline.setVisible(True)
        if position is not None:
            r, c = divmod(position, 4)
            self.current_frame.setRect(QRectF(FM_X + c + 0.05, r + 0.05, 0.9, 0.9))
        self.current_frame.setVisible(position is not None)
        self.filter_frame.setVisible(position is not None)

    def cell_texts(self) -> dict[str, list[str]]:
        """The numbers printed in each panel (for tests)."""
        return {"filter": [t.text() for t in self.filter_text], "feature_map": [t.text() for t in self.fm_text],
                "relu": [t.text() for t in self.relu_text], "pooled": [t.text() for t in self.pool_text]}


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
        for x, y, text in ((IN_X - 0.3, -0.55, "Pooled"), (HID_X, -0.55, "Hidden (ReLU)")):
            self._text(x, y, text, pt=theme.TITLE_PT, bold=True, anchor=(0.5, 1.0))
        self.bars = pg.BarGraphItem(x0=[SOFT_X, SOFT_X], y=list(OUT_Y), height=0.55, width=[0, 0],
                                    brushes=[pg.mkBrush(c) for c in OUTPUT_COLOURS], pen=pg.mkPen(None))
        self.view.addItem(self.bars)
        self._text(SOFT_X, -0.55, "SoftMax", pt=theme.TITLE_PT, bold=True, anchor=(0.0, 1.0))
        self.prob_text = [self._text(SOFT_X + 3.1, y, pt=theme.TITLE_PT, bold=True, anchor=(0.0, 0.5)) for y in OUT_Y]
        self.answer = self._text(SOFT_X + 5.6, HID_Y, pt=theme.TITLE_PT + 8, bold=True, anchor=(0.0, 0.5))
        self.answer.setObjectName("argmax")
        self._text(SOFT_X + 5.6, -0.55, "ArgMax", pt=theme.TITLE_PT, bold=True, anchor=(0.0, 1.0))
        self.view.setRange(xRange=(IN_X - 1.4, SOFT_X + 7.4), yRange=(-1.3, 3.4), padding=0)
        self.setMinimumSize(300, 100)

    def _text(self, x, y, text="", *, pt=theme.BASE_PT + 1, bold=True, anchor=(0.5, 0.5), z=4) -> pg.TextItem:
        item = pg.TextItem(text, color=theme.BLACK, anchor=anchor)
        item.setFont(theme.font(pt, bold=bold))
        item.setPos(x, y)
        item.setZValue(z)
        self.view.addItem(item)
        return item

    def show_pipeline(self, classifier: cnn.Classifier, p: cnn.Pipeline) -> None:
        """Write the weights, biases and values of `p` (computed with `classifier`) on the diagram."""
        c = classifier
        weights = [c.w1, c.w2, c.w3, c.w4, c.w_o, c.w_x]
        starts = [(IN_X, y) for y in IN_Y] + [(HID_X, HID_Y)] * 2
        ends = [(HID_X, HID_Y)] * 4 + [(OUT_X, y) for y in OUT_Y]
        for sign in (1, -1):
            xs, ys = [], []
            for w, a, b in zip(weights, starts, ends):
                if (w >= 0) == (sign > 0):
                    xs += [a[0], b[0]]
                    ys += [a[1], b[1]]
            self.edges[sign].setData(xs, ys)
        for i, (item, w, a, b) in enumerate(zip(self.weight_text, weights, starts, ends)):
            t = 0.4 if i < 4 else 0.5
            set_text(item, f"×{num(w)}")
            item.setPos(a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]) - 0.25)
        values = list(p.pooled.ravel()) + [p.hidden] + list(p.scores)
        for item, v in zip(self.node_text, values[:5]):
            set_text(item, num(v))
        for item, label, v in zip(self.node_text[5:], cnn.LABELS, p.scores):
            set_text(item, f"{label} = {num(v)}")
        for item, b in zip(self.bias_text, (c.b1, c.b_o, c.b_x)):
            set_text(item, f"{'−' if b < 0 else '+'} {num(abs(b))}")
        probs = p.probabilities
        self.bars.setOpts(width=[3.0 * probs[0], 3.0 * probs[1]])
        for item, label, pr in zip(self.prob_text, cnn.LABELS, probs):
            set_text(item, f"{label}: {num(pr)}")
        set_text(self.answer, "a tie" if p.answer is None else f"“{cnn.LABELS[p.answer]}”")

    def texts(self) -> dict[str, str]:
        """What the diagram says (for tests)."""
        return {"hidden": self.node_text[4].toPlainText(), "O": self.node_text[5].toPlainText().split(" = ")[1],
                "X": self.node_text[6].toPlainText().split(" = ")[1], "P(O)": self.prob_text[0].toPlainText(),
                "P(X)": self.prob_text[1].toPlainText(), "answer": self.answer.toPlainText()}
