"""Chapter 4 pipeline view: for each filter, Filter (+ bias) → Feature Map → ReLU → Max Pooling.

One mosaic ImageItem draws every cell; numbers are plain Qt text items, printed only while the
cells are big enough to read them (otherwise a note says so and hovering a cell tells its value).
Geometry, in mosaic units: a Feature Map is 4 units wide whatever its size; a filter cell is 1 unit.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF
from PySide6.QtGui import QColor, QCursor, QFontMetricsF, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsSimpleTextItem, QToolTip

from nnviz.core.numbers import fmt, minus
from nnviz.qt import theme
from nnviz.qt.chapters.cnn.views import _text_colour as text_colour
from nnviz.qt.chapters.cnn.views import colours, num, set_text
from nnviz.qt.i18n import fill, localize, number, translate

FILTER_X, FM_X, RELU_X, POOL_X = 0.0, 4.4, 9.8, 15.2
TOP = 0.5  # the filter sits centred on its 4-unit row
WIDTH, ROW = POOL_X + 4.0, 5.4  # a filter's row, with room for its bias underneath
GAP = 1.4  # between two columns of filters (three or four filters are drawn two by two)


def two_lines(words: str) -> str:
    """A title on two lines, split at its middle space ("Feature Map" → "Feature\nMap")."""
    spaces = [i for i, ch in enumerate(words) if ch == " "]
    if not spaces:
        return words
    cut = min(spaces, key=lambda i: abs(i - len(words) / 2))
    return words[:cut] + "\n" + words[cut + 1:]


def note_text() -> str:
    """What the pipeline says when its cells are too small for their numbers."""
    return translate("cnn_pipeline", "Cells too small for their numbers: hover a cell for its value.")


def origins(k: int) -> list[tuple[float, float]]:
    """Top-left corner of each filter's row: one column for up to two filters, two columns for three or four."""
    cols = 2 if k > 2 else 1
    return [((f % cols) * (WIDTH + GAP), (f // cols) * ROW) for f in range(k)]
TITLE_Y = -0.55  # the bottom of the panel titles, above the mosaic
MIN_CELL_PX = 26  # smaller cells print no number
PANELS = ("filter", "feature_map", "relu", "pooled")
#: The panels' titles, in the order of PANELS (translated when shown).
PANEL_TITLES = (QT_TRANSLATE_NOOP("cnn_pipeline", "Filter"), QT_TRANSLATE_NOOP("cnn_pipeline", "Feature Map"),
                QT_TRANSLATE_NOOP("cnn_pipeline", "ReLU"), QT_TRANSLATE_NOOP("cnn_pipeline", "Max Pooling"))


class PipelineView(pg.GraphicsLayoutWidget):
    """Every filter's Feature Map, ReLU and Max Pooling, the values printed in the cells when they fit."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("pipeline")
        self.setBackground("w")
        self.view = self.addViewBox(lockAspect=True, invertY=True, enableMouse=False)
        self.view.setMenuEnabled(False)
        self.image_item = pg.ImageItem(axisOrder="row-major")
        self.view.addItem(self.image_item)
        self.titles, self.title_xs = [], []
        for column in range(2):
            for x, title in zip((FILTER_X + 1.5, FM_X + 2, RELU_X + 2, POOL_X + 2), PANEL_TITLES, strict=True):
                item = pg.TextItem(translate("cnn_pipeline", title), color=theme.BLACK, anchor=(0.5, 1.0))
                item.setFont(theme.font(theme.TITLE_PT, bold=True))
                self.title_xs.append(x + column * (WIDTH + GAP))
                item.setPos(self.title_xs[-1], TITLE_Y)
                self.view.addItem(item)
                self.titles.append(item)
        self.arrows, self.bias_texts, self.current_frames, self.filter_frames = [], [], [], []
        for _filter in range(4):  # every filter's items, placed later
            for _panel in range(3):  # an arrow before the Feature Map, ReLU and Max Pooling
                arrow = pg.TextItem("→", color=theme.BLACK, anchor=(0.5, 0.5))
                arrow.setFont(theme.font(theme.TITLE_PT + 6, bold=True))
                self.view.addItem(arrow)
                self.arrows.append(arrow)
            bias = pg.TextItem("", color=theme.BLACK, anchor=(0.5, 0.0))
            bias.setFont(theme.font(theme.BASE_PT + 1, bold=True))
            self.view.addItem(bias)
            self.bias_texts.append(bias)
            self.current_frames.append(self._frame(theme.ORANGE, 0.14, z=7))
            self.filter_frames.append(self._frame(theme.ORANGE, 0.14, z=7))
        self.bias_text = self.bias_texts[0]
        self.note = pg.TextItem("", color=theme.BLACK, anchor=(0.0, 0.0))
        self.note.setFont(theme.font(theme.BASE_PT))
        self.view.addItem(self.note)
        self.texts: list[dict[str, list[QGraphicsSimpleTextItem]]] = []
        self.winner_frames: list[QGraphicsRectItem] = []
        self.winner_outline: list[QGraphicsRectItem] = []
        self.layout_key = None  # (filters, map side) the items are built for
        self._cell_pt = None
        self._shown = None  # the last drawn pipeline and kernels, for hover values
        self.numbers = True
        self.filled = 16
        self.setMinimumSize(300, 110)
        self.setToolTip(translate(
            "cnn_pipeline",
            "The filter slides over the image: each Feature Map cell = Σ pixel × filter + bias.\n"
            "ReLU sets negative cells to 0; Max Pooling keeps the largest value of each 2×2 region."))
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)

    # --- items, built once per shape ---------------------------------------------------------
    def _cell_text(self) -> QGraphicsSimpleTextItem:
        item = QGraphicsSimpleTextItem()
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        item.setFont(theme.font(theme.BASE_PT + 1, bold=True))
        item.setZValue(5)
        self.view.addItem(item)
        return item

    def _frame(self, colour: str, width: float, z: int = 4) -> QGraphicsRectItem:
        item = QGraphicsRectItem()
        pen = pg.mkPen(colour, width=width)  # width in mosaic units, so it scales with the cells
        pen.setCosmetic(False)
        item.setPen(pen)
        item.setZValue(z)
        item.setVisible(False)
        self.view.addItem(item)
        return item

    def _build(self, k: int, m: int) -> None:
        """Text items and winner frames for k filters with m×m Feature Maps (only where numbers can fit)."""
        for item in [t for row in self.texts for items in row.values() for t in items] + self.winner_frames \
                + self.winner_outline:
            self.view.removeItem(item)
        p = m // 2
        small = m <= 8
        self.texts = [{"filter": [self._cell_text() for _ in range(9)],
                       "feature_map": [self._cell_text() for _ in range(m * m if small else 0)],
                       "relu": [self._cell_text() for _ in range(m * m if small else 0)],
                       "pooled": [self._cell_text() for _ in range(p * p if small else 0)]} for _ in range(k)]
        n = k * p * p if k * p * p <= 16 else 0
        cell = 4.0 / m
        self.winner_frames = [self._frame(theme.YELLOW, 0.16 * cell) for _ in range(n)]
        self.winner_outline = [self._frame(theme.BLACK, 0.04 * cell, z=6) for _ in range(n)]
        for frame in self.current_frames:
            pen = pg.mkPen(theme.ORANGE, width=0.14 * cell)
            pen.setCosmetic(False)
            frame.setPen(pen)
        for i, item in enumerate(self.arrows + self.bias_texts):
            item.setVisible((i // 3 if i < 12 else i - 12) < k)
        self.origins = origins(k)
        for f, (ox, oy) in enumerate(self.origins):
            for arrow, x in zip(self.arrows[3 * f:3 * f + 3], (FM_X - 0.7, RELU_X - 0.7, POOL_X - 0.7), strict=True):
                arrow.setPos(ox + x, oy + 2.0)
            self.bias_texts[f].setPos(ox + FILTER_X + 1.5, oy + TOP + 3.1)
            self.filter_frames[f].setRect(QRectF(ox + FILTER_X, oy + TOP, 3, 3))
        for i, title in enumerate(self.titles):
            title.setVisible(i < 4 or k > 2)
        self.layout_key = (k, m)
        self._cell_pt = None
        self.size_units = (max(x for x, _ in self.origins) + WIDTH, max(y for _, y in self.origins) + ROW - 1.2)
        self.frame_units = (-0.2, 0.2) if (k, m) == (1, 4) else (-0.8, 0.6)  # left, right
        self._fit_layout()
        self._resize_texts()

    def _fit_layout(self) -> None:
        """Room, in screen pixels, for the texts around the mosaic. Above: the panel titles, on one line if they fit
        side by side, else the widest on two lines, else every other title a step higher ("Carte de
        caractéristiques"). Below: the biases, and the note wrapped to the view's width."""
        k, m = self.layout_key
        deck = (k, m) == (1, 4)
        left, right = self.frame_units
        width, height = self.size_units
        rect = self.view.rect()
        w_px, h_px = max(rect.width(), 1.0), max(rect.height(), 1.0)
        pad = 2 * self.titles[0].textItem.document().documentMargin()  # around the text of every text item
        below = QFontMetricsF(self.bias_texts[0].textItem.font()).lineSpacing() + pad  # a bias under its filter
        last_row = max(y for _, y in self.origins)
        span = last_row + (TOP + 3.1 if deck else 4.05) - TITLE_Y + 0.25  # units from the titles to the biases

        note_px = 0.0
        if not deck:  # the note may be shown: keep room for its lines, as wide as the view
            wrap = max(80.0, w_px - 28)
            self.note.textItem.setTextWidth(wrap)
            note = QFontMetricsF(self.note.textItem.font())
            note_px = math.ceil(note.horizontalAdvance(note_text()) * 1.15 / wrap) * note.lineSpacing() + pad

        def unit_for(lines: float, steps: int = 1) -> float:  # pixels per unit with that many lines of titles
            text_px = lines * line + steps * pad + below + note_px
            return max(0.01, min(w_px / (width + right - left), (h_px - text_px) / span))

        shown = 8 if k > 2 else 4
        words = [translate("cnn_pipeline", PANEL_TITLES[i % 4]) for i in range(shown)]
        texts = list(words)
        font = theme.font(11 if k > 2 else theme.TITLE_PT, bold=True)  # two columns: less room
        metrics = QFontMetricsF(font)
        line = metrics.lineSpacing()

        def clash(unit: float, texts: list[str]) -> bool:  # two neighbouring titles would overlap
            wide = [max(metrics.horizontalAdvance(t) for t in text.split("\n")) for text in texts]
            return any((wide[i] + wide[i + 1]) / 2 + pad + 4 > (self.title_xs[i + 1] - self.title_xs[i]) * unit
                       for i in range(shown - 1))

        def split() -> list[str]:  # the widest titles on two lines, until they fit
            out = list(words)
            for panel in sorted(range(4), key=lambda p: -metrics.horizontalAdvance(words[p])):
                if not clash(unit_for(max(t.count("\n") + 1 for t in out)), out):
                    break
                out = [two_lines(w) if i % 4 == panel else t for i, (w, t) in enumerate(zip(words, out, strict=True))]
            return out

        if deck:  # the deck's view keeps its large titles, on two lines if need be
            texts = split()
        if clash(unit_for(max(t.count("\n") + 1 for t in texts)), texts) and font.pointSizeF() > 11 * theme.zoom():
            font = theme.font(11, bold=True)  # then the smallest titles allowed, on two lines if need be
            metrics = QFontMetricsF(font)
            line = metrics.lineSpacing()
            texts = split()
        elif not deck:
            texts = split()
        rows = [t.count("\n") + 1 for t in texts]
        lines, low = max(rows), max(rows[0::2])  # low: the lines of the titles left on the bottom step
        staggered = clash(unit_for(lines), texts)
        steps = 2 if staggered else 1
        if staggered:
            lines = low + max(rows[1::2])
        unit = unit_for(lines, steps)
        for i, (title, text) in enumerate(zip(self.titles[:len(texts)], texts, strict=True)):
            if title.textItem.font() != font:
                title.setFont(font)
            set_text(title, text)
            title.setPos(self.title_xs[i], TITLE_Y - ((low * line + pad) / unit if staggered and i % 2 else 0.0))
        biases_end = last_row + TOP + 3.1 + below / unit
        note_top = max(last_row + 4.05, biases_end)
        self.note.setPos((left + width + right) / 2 - (w_px / 2 - 12) / unit, note_top)  # the view's left edge
        top = TITLE_Y - (lines * line + steps * pad) / unit - 0.15
        bottom = max(height - 0.1, biases_end + 0.05) if deck else note_top + note_px / unit + 0.05
        self.view.setRange(xRange=(left, width + right), yRange=(top, bottom), padding=0)
        self.margins = (right - left, bottom - top - height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if getattr(self, "layout_key", None) is not None:  # None: still being built
            self._cell_pt = None
            self._fit_layout()
            self._resize_texts()

    def unit_px(self) -> float:
        """Screen pixels per mosaic unit."""
        rect = self.view.rect()
        width, height = getattr(self, "size_units", (WIDTH, ROW - 1.2))
        extra_x, extra_y = getattr(self, "margins", (0.4, 1.6))
        return min(rect.width() / (width + extra_x), rect.height() / (height + extra_y))

    def _resize_texts(self) -> None:
        """Numbers grow and shrink with the cells (never below 11 pt); too small cells print none."""
        k, m = self.layout_key
        unit = self.unit_px()
        deck = self.layout_key == (1, 4)
        self.numbers = deck or (m <= 8 and unit * 4 / m >= MIN_CELL_PX)
        filter_numbers = unit >= MIN_CELL_PX
        pt = round(max(11.0, min(20.0, unit * 4 / m * 0.3)))
        if pt == self._cell_pt:
            return
        self._cell_pt = pt
        for row in self.texts:
            for panel, items in row.items():
                for item in items:
                    item.setFont(theme.font(pt * 1.4 if panel == "pooled" else max(pt, 11 if m == 4 else pt),
                                            bold=True))
                    item.setVisible(self.numbers or (panel == "filter" and filter_numbers))
                    self._centre(item)
        for arrow in self.arrows:
            arrow.setFont(theme.font(max(11.0, min(theme.TITLE_PT + 6, unit * 0.6)), bold=True))
        set_text(self.note, "" if self.numbers else note_text())

    @staticmethod
    def _centre(item: QGraphicsSimpleTextItem) -> None:
        box = item.boundingRect()
        item.setTransform(QTransform.fromTranslate(-box.width() / 2, -box.height() / 2))

    def _put(self, texts, values, x0: float, y0: float, side: float, shown: int | None = None) -> None:
        cols = values.shape[1]
        digits = 2 if side > 1 else 1  # a small cell holds "−0.1"; the full values are in the ledgers
        for i, (item, v) in enumerate(zip(texts, values.ravel(), strict=True)):
            r, c = divmod(i, cols)
            text = localize(minus(fmt(round(float(v), digits), digits))) if shown is None or i < shown else ""
            colour = QColor(text_colour(v))
            if item.brush().color() != colour:
                item.setBrush(colour)
            if item.text() != text:
                item.setText(text)
                self._centre(item)
            item.setPos(x0 + (c + 0.5) * side, y0 + (r + 0.5) * side)

    # --- drawing ---------------------------------------------------------------------------------
    def show_pipeline(self, kernels, biases, p, position: int | None = None) -> None:
        """Draw `p` (a `cnn_shape.GridPipeline` made with `kernels` and `biases`); step by step, each
        Feature Map is filled up to `position`."""
        kernels = np.asarray(kernels, dtype=float).reshape(-1, 3, 3)
        k, m = p.feature_maps.shape[0], p.feature_maps.shape[1]
        if self.layout_key != (k, m):
            self._build(k, m)
        filled = m * m if position is None else position + 1
        self.filled = filled
        self._shown = (kernels, np.ravel(biases), p)
        cp = max(4, round(80 / m))  # mosaic pixels per Feature Map cell
        res = cp * m / 4  # mosaic pixels per unit
        cell = 4.0 / m
        width, height = self.size_units
        rgba = np.zeros((math.ceil(height * res), math.ceil(width * res), 4), dtype=np.uint8)

        def paint(values, x0, y0, side, shown=None, regions=False, winners=None):
            px = max(1, round(side * res))
            block = np.repeat(np.repeat(colours(values), px, axis=0), px, axis=1)
            if shown is not None and shown < values.size:
                hidden = np.repeat(np.repeat(np.arange(values.size).reshape(values.shape) >= shown, px, 0), px, 1)
                block[hidden] = 0
            if winners is not None and px >= 4:
                b = max(1, px // 6)
                border = np.zeros((px, px), dtype=bool)
                border[:b], border[-b:], border[:, :b], border[:, -b:] = True, True, True, True
                block[np.kron(winners, border).astype(bool)] = (240, 228, 66, 255)
            if px >= 8:  # grid lines between cells
                block[::px], block[:, ::px] = (150, 150, 150, 255), (150, 150, 150, 255)
            if regions and px >= 5:  # the Max Pooling regions
                w = 2 if px >= 16 else 1
                for i in range(2 * px, values.shape[0] * px - 1, 2 * px):
                    block[i - w:i + w], block[:, i - w:i + w] = (0, 0, 0, 255), (0, 0, 0, 255)
            y, x = round(y0 * res), round(x0 * res)
            h, w_ = min(block.shape[0], rgba.shape[0] - y), min(block.shape[1], rgba.shape[1] - x)
            rgba[y:y + h, x:x + w_] = block[:h, :w_]

        few = bool(self.winner_frames)
        for f, (x0, y0) in enumerate(self.origins):
            paint(kernels[f], x0 + FILTER_X, y0 + TOP, 1.0)
            paint(p.feature_maps[f], x0 + FM_X, y0, cell, shown=filled)
            paint(p.rectified_maps[f], x0 + RELU_X, y0, cell, regions=True,
                  winners=None if few else p.winner_maps[f] & (p.rectified_maps[f] > 0))  # the winners above 0
            paint(p.pooled_maps[f], x0 + POOL_X, y0, 2 * cell)
            texts = self.texts[f]
            self._put(texts["filter"], kernels[f], x0 + FILTER_X, y0 + TOP, 1.0)
            if texts["feature_map"]:
                self._put(texts["feature_map"], p.feature_maps[f], x0 + FM_X, y0, cell, shown=filled)
                self._put(texts["relu"], p.rectified_maps[f], x0 + RELU_X, y0, cell)
                self._put(texts["pooled"], p.pooled_maps[f], x0 + POOL_X, y0, 2 * cell)
            set_text(self.bias_texts[f], fill(translate("cnn_pipeline", "bias %1"), num(np.ravel(biases)[f])))
            if position is not None:
                r, c = divmod(position, m)
                self.current_frames[f].setRect(QRectF(x0 + FM_X + (c + 0.05) * cell, y0 + (r + 0.05) * cell,
                                                      0.9 * cell, 0.9 * cell))
            self.current_frames[f].setVisible(position is not None)
            self.filter_frames[f].setVisible(position is not None)
        for frame in self.current_frames[k:] + self.filter_frames[k:]:
            frame.setVisible(False)
        self.image_item.setImage(rgba, autoLevels=False)
        self.image_item.setRect(QRectF(0, 0, rgba.shape[1] / res, rgba.shape[0] / res))
        if few:
            fs, rows, cols = np.nonzero(p.winner_maps)
            # strict=False: the frames are a pool sized k·(m//2)², the winners of an odd-sized map can be more
            for frame, outline, f, r, c in zip(self.winner_frames, self.winner_outline, fs, rows, cols, strict=False):
                x, y = self.origins[f][0] + RELU_X + c * cell, self.origins[f][1] + r * cell
                frame.setRect(QRectF(x + 0.08 * cell, y + 0.08 * cell, 0.84 * cell, 0.84 * cell))
                outline.setRect(QRectF(x + 0.17 * cell, y + 0.17 * cell, 0.66 * cell, 0.66 * cell))
                frame.setVisible(True)
                outline.setVisible(True)

    def value_at(self, x: float, y: float) -> str | None:
        """What the cell under mosaic point (x, y) holds, in words (None: no cell there)."""
        if self._shown is None:
            return None
        kernels, biases, p = self._shown
        k, m = p.feature_maps.shape[0], p.feature_maps.shape[1]
        inside = [f for f, (ox, oy) in enumerate(self.origins) if ox <= x < ox + WIDTH and oy <= y < oy + ROW]
        if not inside:
            return None
        f = inside[0]
        x, y = x - self.origins[f][0], y - self.origins[f][1]
        cell = 4.0 / m
        panels = (kernels[f], p.feature_maps[f], p.rectified_maps[f], p.pooled_maps[f])
        for name, x0, y0, side, values in zip(PANEL_TITLES, (FILTER_X, FM_X, RELU_X, POOL_X), (TOP, 0.0, 0.0, 0.0),
                                              (1.0, cell, cell, 2 * cell), panels, strict=True):
            r, c = int((y - y0) // side), int((x - x0) // side)
            if 0 <= r < values.shape[0] and 0 <= c < values.shape[1] and x >= x0 and y >= y0:
                value = number(float(values[r, c]), 4)
                if k > 1:
                    return fill(translate("cnn_pipeline", "%1 (filter %2), row %3, column %4: %5"),
                                translate("cnn_pipeline", name), f + 1, r + 1, c + 1, value)
                return fill(translate("cnn_pipeline", "%1, row %2, column %3: %4"),
                            translate("cnn_pipeline", name), r + 1, c + 1, value)
        return None

    def _on_mouse_moved(self, pos) -> None:
        point: QPointF = self.view.mapSceneToView(pos)
        text = self.value_at(point.x(), point.y())
        if text is not None:
            QToolTip.showText(QCursor.pos(), text, self)

    def cell_texts(self) -> dict[str, list[str]]:
        """The numbers printed in each panel of the first filter (for tests)."""
        return {panel: [t.text() for t in self.texts[0][panel]] for panel in PANELS}
