"""A small paintable image: click or drag to paint a pixel black, right-click to erase; arrow keys ask for a shift."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from nnviz.qt import theme
from nnviz.qt.i18n import fill, localize, number, translate

MIN_NUMBER_CELL = 30  # cells smaller than this many pixels show no number (the value is on hover)
ARROWS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
#: objectName → (arrow, dx, dy, tooltip, accessible name); buttons beside the grid; the texts are translated when shown.
SHIFT_BUTTONS = {
    "shift-left": (
        "←",
        -1,
        0,
        QT_TRANSLATE_NOOP("pixel_grid", "Move the picture one pixel left (arrow key on the picture)"),
        QT_TRANSLATE_NOOP("pixel_grid", "shift left"),
    ),
    "shift-up": (
        "↑",
        0,
        -1,
        QT_TRANSLATE_NOOP("pixel_grid", "Move the picture one pixel up (arrow key on the picture)"),
        QT_TRANSLATE_NOOP("pixel_grid", "shift up"),
    ),
    "shift-down": (
        "↓",
        0,
        1,
        QT_TRANSLATE_NOOP("pixel_grid", "Move the picture one pixel down (arrow key on the picture)"),
        QT_TRANSLATE_NOOP("pixel_grid", "shift down"),
    ),
    "shift-right": (
        "→",
        1,
        0,
        QT_TRANSLATE_NOOP("pixel_grid", "Move the picture one pixel right (arrow key on the picture)"),
        QT_TRANSLATE_NOOP("pixel_grid", "shift right"),
    ),
}


class PixelGrid(QWidget):
    """A rows×cols grid of pixel values 0 (white) … 1 (black), each printed in its cell.

    Left button paints with `ink` (default 1), right button erases (0); dragging paints every
    cell passed. An optional frame marks the filter's window. `set_image` (the model pushing an
    image) never emits.
    """

    changed = Signal(object)  # a copy of the image after the user painted or erased a pixel (an edit, for undo too)
    shiftRequested = Signal(int, int)  # an arrow key: (dx, dy), right and down positive

    def __init__(self, rows: int = 6, cols: int = 6, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pixel-grid")
        self.setAccessibleName(translate("pixel_grid", "Input image: click to paint a pixel, right-click to erase, "
                                                       "arrow keys shift"))
        self.setToolTip(translate("pixel_grid", "Click or drag to paint black pixels, right-click to erase.\n"
                                                "Click the picture, then use the arrow keys to shift it one pixel."))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(110, 110)
        self.ink = 1.0
        self._image = np.zeros((rows, cols))
        self._window: tuple[int, int, int] | None = None
        self._painting: float | None = None

    # --- model → widget -----------------------------------------------------------
    def image(self) -> np.ndarray:
        return self._image.copy()

    def set_image(self, image, resize: bool = False) -> int:
        """Show `image` with values clipped to 0…1; returns how many pixels had to be clipped (NaN: ValueError).

        The image must have the grid's size, unless `resize` lets the grid take the image's size."""
        image = np.array(image, dtype=float)
        if image.ndim != 2 or (image.shape != self._image.shape and not resize) or min(image.shape) < 1:
            raise ValueError(fill(translate("pixel_grid", "the image must be %1×%2 pixels"), *self._image.shape))
        if not np.all(np.isfinite(image)):
            raise ValueError(translate("pixel_grid", "pixel values must be numbers from 0 to 1"))
        clipped = int(np.count_nonzero((image < 0) | (image > 1)))
        self._image = np.clip(image, 0.0, 1.0)
        self.update()
        return clipped

    def set_window(self, row: int | None, col: int = 0, size: int = 3) -> None:
        """Frame the size×size window whose top-left pixel is (row, col); None removes the frame."""
        window = None if row is None else (int(row), int(col), int(size))
        if window != self._window:  # a redraw while training leaves the picture alone: no repaint
            self._window = window
            self.update()

    def window(self) -> tuple[int, int, int] | None:
        return self._window

    def accessible_description(self) -> str:
        """The picture's pixel values row by row (1 = black), as a screen reader reads them."""
        rows, cols = self._image.shape
        binary = bool(np.all((self._image == 0) | (self._image == 1)))
        lines = [("".join(str(int(v)) for v in row) if binary else " ".join(number(v, 1) for v in row))
                 for row in self._image[:16]]
        return fill(translate("pixel_grid", "%1×%2 picture, pixel values row by row (1 = black): %3"), rows, cols,
                    " / ".join(lines))

    def numbers_shown(self) -> bool:
        """Whether the cells are big enough to print their values."""
        side = self._cell()[0]
        wide = QFontMetricsF(self._number_font(side)).horizontalAdvance(localize("0.00"))  # the widest number printed
        return (side >= MIN_NUMBER_CELL and wide + 6 <= side) or max(self._image.shape) <= 6  # the deck's 6×6 always

    @staticmethod
    def _number_font(side: float):
        return theme.font(max(11.0, min(16.0, side * 0.28)))

    # --- geometry -----------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(270, 270)

    def _cell(self) -> tuple[float, float, float]:
        rows, cols = self._image.shape
        side = min(self.width() / cols, self.height() / rows)
        return side, (self.width() - side * cols) / 2, (self.height() - side * rows) / 2

    def cell_rect(self, row: int, col: int) -> QRectF:
        side, x0, y0 = self._cell()
        return QRectF(x0 + col * side, y0 + row * side, side, side)

    def cell_at(self, pos: QPointF) -> tuple[int, int] | None:
        side, x0, y0 = self._cell()
        col, row = int((pos.x() - x0) // side), int((pos.y() - y0) // side)
        rows, cols = self._image.shape
        return (row, col) if 0 <= row < rows and 0 <= col < cols else None

    # --- widget → model -------------------------------------------------------------
    def _paint_at(self, pos: QPointF) -> None:
        cell = self.cell_at(pos)
        if cell is None or self._painting is None or self._image[cell] == self._painting:
            return
        self._image[cell] = self._painting
        self.update()
        self.changed.emit(self._image.copy())

    def mousePressEvent(self, event) -> None:
        button = event.button()
        if button in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            self._painting = self.ink if button == Qt.MouseButton.LeftButton else 0.0
            self._paint_at(event.position())
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        self._paint_at(event.position())

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:  # hovering a cell tells its value
            cell = self.cell_at(QPointF(event.pos()))
            if cell is not None:
                where = fill(translate("pixel_grid", "Row %1, column %2: %3"), cell[0] + 1, cell[1] + 1,
                             number(float(self._image[cell]), 3))
                QToolTip.showText(event.globalPos(), f"{where}\n{self.toolTip()}", self)
                return True
        return super().event(event)

    def mouseReleaseEvent(self, event) -> None:
        self._painting = None

    def keyPressEvent(self, event) -> None:
        if event.key() in ARROWS:
            self.shiftRequested.emit(*ARROWS[event.key()])
            return
        super().keyPressEvent(event)

    # --- drawing ------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        side, _, _ = self._cell()
        font = self._number_font(side)
        painter.setFont(font)
        grid_pen = QPen(QColor(theme.GREY), 1)
        rows, cols = self._image.shape
        numbers = self.numbers_shown()
        for r in range(rows):
            for c in range(cols):
                v = float(self._image[r, c])
                rect = self.cell_rect(r, c)
                shade = round(255 * (1 - v))
                painter.fillRect(rect, QColor(shade, shade, shade))
                if side >= 6:
                    painter.setPen(grid_pen)
                    painter.drawRect(rect)
                if numbers:
                    painter.setPen(QColor("#FFFFFF" if v > 0.5 else "#555555"))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, number(v, 2))
        if self._window is not None:
            row, col, size = self._window
            frame = self.cell_rect(row, col).united(self.cell_rect(row + size - 1, col + size - 1))
            painter.setPen(QPen(QColor(theme.ORANGE), max(3.0, side * 0.1)))
            painter.drawRect(frame.adjusted(2, 2, -2, -2))
        if self.hasFocus():
            painter.setPen(QPen(QColor(theme.BLUE), 2, Qt.PenStyle.DashLine))
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()
