"""The pictures of the Digits page: one mosaic ImageItem per view (tiles of pixels, coloured in NumPy) with
captions, for the learned filters and one test image's Feature Maps, the confusion matrix and the mistakes."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QSizePolicy, QSpinBox, QVBoxLayout, QWidget

from nnviz.qt import theme
from nnviz.qt.i18n import fill, localize, translate

#: 0 = white … 1 = black, as the chapter's letters.
GREY = np.linspace(255, 0, 256)[:, None].repeat(3, axis=1).astype(np.uint8)
#: Negative blue, 0 white, positive red (filters and Feature Maps: the sign is what matters).
_blue, _red, _white = np.array([0, 90, 180]), np.array([200, 40, 20]), np.array([255, 255, 255])
DIVERGING = np.vstack([_blue + (_white - _blue) * t for t in np.linspace(0, 1, 128)[:, None]]
                      + [_white + (_red - _white) * t for t in np.linspace(0, 1, 128)[:, None]]).astype(np.uint8)
#: 0 white … most orange-red (counts).
COUNTS = np.vstack([_white + (np.array([230, 97, 1]) - _white) * t for t in np.linspace(0, 1, 256)]).astype(np.uint8)
BACKGROUND = 255
CAPTION = 2.2  # the height of a caption line under a tile, in pixels of the mosaic
MAX_MISTAKES = 12
MISTAKE_COLUMNS = 4
MISTAKE_GAP = 3
FILTERS_PER_ROW = 4


def colour(values, lut: np.ndarray, lo: float, hi: float) -> np.ndarray:
    """values → RGB through `lut`, `lo` … `hi` mapped to its ends."""
    span = hi - lo if hi > lo else 1.0
    index = np.clip((np.asarray(values, dtype=float) - lo) / span * (len(lut) - 1), 0, len(lut) - 1)
    return lut[index.round().astype(int)]


def symmetric(values) -> tuple[float, float]:
    top = float(np.abs(values).max()) if np.size(values) else 1.0
    return (-top, top) if top > 0 else (-1.0, 1.0)


class Mosaic(pg.GraphicsLayoutWidget):
    """Tiles placed on one canvas (an RGB ImageItem) with text items; the texts are made once and reused."""

    def __init__(self, name: str, tip: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setBackground("w")
        self.setToolTip(tip)
        self.view = self.addViewBox(lockAspect=True, invertY=True, enableMouse=False)
        self.view.setMenuEnabled(False)
        self.image_item = pg.ImageItem(axisOrder="row-major")
        self.view.addItem(self.image_item)
        self.texts: list[pg.TextItem] = []
        self.shown: list[tuple | None] = []  # what each text item shows now (None: hidden)
        self.canvas_shape = None
        self.setMinimumSize(160, 100)

    def show_canvas(self, canvas: np.ndarray, texts) -> None:
        """`canvas` H×W×3 and `texts` [(x, y, text, anchor, pt, bold, colour)] in canvas pixels. A text item is
        changed only where its text, place or font changed: re-laying out a hundred of them each redraw of a run
        took most of the GUI thread's time."""
        self.image_item.setImage(canvas, levels=(0, 255))
        if canvas.shape != self.canvas_shape:
            self.canvas_shape = canvas.shape
            self.view.setRange(xRange=(0, canvas.shape[1]), yRange=(0, canvas.shape[0]), padding=0.02)
        while len(self.texts) < len(texts):
            item = pg.TextItem("", color=theme.BLACK, anchor=(0.5, 0.5))
            self.view.addItem(item)
            self.texts.append(item)
            self.shown.append(None)
        for i, (x, y, text, anchor, pt, bold, col) in enumerate(texts):
            item, old = self.texts[i], self.shown[i] or (None,) * 7
            if (pt, bold) != old[4:6]:
                item.setFont(theme.font(pt, bold))
            if anchor != old[3]:
                item.setAnchor(anchor)
            if (x, y) != old[:2]:
                item.setPos(x, y)
            if (text, col) != (old[2], old[6]):
                item.setText(text, color=col)
            if old[0] is None:
                item.show()
            self.shown[i] = (x, y, text, anchor, pt, bold, col)
        for i in range(len(texts), len(self.texts)):
            if self.shown[i] is not None:
                self.texts[i].hide()
                self.shown[i] = None


def blank(height: float, width: float) -> np.ndarray:
    return np.full((int(np.ceil(height)), int(np.ceil(width)), 3), BACKGROUND, dtype=np.uint8)


class FilterView(Mosaic):
    """The chosen test image, then for each filter: its 3×3 values, its Feature Map, and the pooled values."""

    def __init__(self, parent=None):
        super().__init__("digits-feature-maps", translate(
            "digits", "Each learned filter slides over the test image: its Feature Map (blue below 0, red above), "
                      "then ReLU and Max Pooling keep the strongest match of each 2×2 region."), parent)

    def show(self, image, kernels, feature_maps, pooled) -> None:
        f = len(kernels)
        rows = -(-f // FILTERS_PER_ROW)
        block_h = CAPTION + 3 + 1 + 6 + 1 + 3  # "Filter n", filter, gap, Feature Map, gap, pooled
        height, width = rows * block_h + (rows - 1), 9 + min(f, FILTERS_PER_ROW) * 7
        canvas = blank(max(height, 8 + CAPTION * 2), width)
        top = int(np.ceil(CAPTION))
        canvas[top:top + 8, 0:8] = colour(image, GREY, 0, 1)
        texts = []
        lo, hi = symmetric(kernels)
        map_lo, map_hi = symmetric(feature_maps)
        pool_hi = max(float(np.max(pooled)), 1e-9)
        for k in range(f):
            r, c = divmod(k, FILTERS_PER_ROW)
            x, y = 9 + c * 7 + 0.5, r * (block_h + 1)
            yi = int(np.ceil(y + CAPTION))
            xi = int(x)
            canvas[yi:yi + 3, xi + 1:xi + 4] = colour(kernels[k], DIVERGING, lo, hi)
            canvas[yi + 4:yi + 10, xi:xi + 6] = colour(feature_maps[k], DIVERGING, map_lo, map_hi)
            canvas[yi + 11:yi + 14, xi + 1:xi + 4] = colour(pooled[k], DIVERGING, -pool_hi, pool_hi)
            texts.append((xi + 3, y + CAPTION / 2, str(k + 1), (0.5, 0.5),
                          theme.BASE_PT, True, theme.BLACK))
        self.show_canvas(canvas, texts)


class ConfusionView(Mosaic):
    """K × K counts of the test images: row = the true digit, column = the network's answer; the count in each
    cell, the diagonal (right answers) framed in green."""

    def __init__(self, parent=None):
        super().__init__("digits-confusion", translate(
            "digits", "Confusion matrix of the test images: each row is the true digit, each column the network's "
                      "answer. The diagonal counts the right answers."), parent)

    def show(self, matrix: np.ndarray, classes) -> None:
        k = len(classes)
        shares = matrix / np.maximum(matrix.sum(axis=1, keepdims=True), 1)
        off = 1
        canvas = blank(k + off, k + off)
        canvas[off:, off:] = colour(shares, COUNTS, 0, 1)
        pt = theme.BASE_PT - 1 if k > 6 else theme.TITLE_PT
        texts = []
        for i in range(k):
            texts.append((off + i + 0.5, off / 2, str(classes[i]), (0.5, 0.5), pt, True, theme.BLUE))
            texts.append((off / 2, off + i + 0.5, str(classes[i]), (0.5, 0.5), pt, True, theme.BLACK))
            for j in range(k):
                strong = shares[i, j] > 0.6
                texts.append((off + j + 0.5, off + i + 0.5, str(int(matrix[i, j])), (0.5, 0.5), pt, i == j,
                              theme.WHITE if strong else theme.BLACK))
        self.show_canvas(canvas, texts)


class MistakesView(Mosaic):
    """Up to MAX_MISTAKES test images the network gets wrong, each captioned "true → answer"."""

    def __init__(self, parent=None):
        super().__init__("digits-mistakes", translate(
            "digits", "Test images the network gets wrong: under each, the true digit → the network's answer."),
            parent)

    def show(self, images, truths, answers) -> None:
        n = min(len(images), MAX_MISTAKES)
        cols = MISTAKE_COLUMNS
        rows = max(3, -(-n // cols))  # three rows at least: the tiles keep their size, and "No mistakes." fits
        cell_h = 8 + CAPTION + 0.6
        step = 8 + MISTAKE_GAP
        canvas = blank(rows * cell_h, cols * step - MISTAKE_GAP)
        texts = []
        for i in range(n):
            r, c = divmod(i, cols)
            y, x = int(round(r * cell_h)), c * step
            canvas[y:y + 8, x:x + 8] = colour(images[i], GREY, 0, 1)
            texts.append((x + 4, y + 8 + 0.1, f"{truths[i]}→{answers[i]}", (0.5, 0.0), theme.BASE_PT, True,
                          theme.VERMILLION))
        if not n:
            texts.append((cols * step / 2, rows * cell_h / 2, translate("digits", "No mistakes."), (0.5, 0.5),
                          theme.TITLE_PT, True, theme.GREEN))
        self.show_canvas(canvas, texts)


PERCENT = QT_TRANSLATE_NOOP("digits", "%1 %")


def percent(share: float) -> str:
    return fill(translate("digits", PERCENT), localize(f"{100 * share:.1f}"))


def spin(name: str, lo: int, hi: int, value: int, tip: str, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(lo, hi)
    box.setValue(value)
    box.setSuffix(suffix)
    box.setToolTip(tip)
    return box


def one_line(label: QLabel) -> QLabel:
    """A label on one line that asks for no width: a word-wrapped label on the page would give its layout a
    height-for-width, and the scroll area would then make the page as tall as every preferred size."""
    label.setWordWrap(False)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    return label


def big_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setFont(theme.font(theme.TITLE_PT, bold=True))
    return one_line(label)


def titled(title: str, widget: QWidget) -> QVBoxLayout:
    column = QVBoxLayout()
    label = one_line(QLabel(title))
    label.setFont(theme.font(theme.BASE_PT, bold=True))
    column.addWidget(label)
    column.addWidget(widget, 1)
    return column
