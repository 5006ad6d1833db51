"""Data points on a plot that a person can drag, add (double-click) and remove (right-click)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt, Signal

from nnviz.qt import theme
from nnviz.qt.i18n import fill, grouped, localize, translate

MAX_POINTS = 200  # points a person can add by hand
DRAG_LIMIT = 2000  # above this many points (an imported table) the points are fixed: no dragging, adding, removing
SHOW_LIMIT = 5000  # above this many points an evenly thinned copy is drawn (the maths uses every point)


def point_tip(x: float, y: float, **_) -> str:
    """A point's hover text, with the language's decimal point."""
    return localize(f"x = {x:.3g}, y = {y:.3g}")


class _DraggableScatter(pg.ScatterPlotItem):
    """A scatter whose points follow the mouse while dragged; reports edits to its owner."""

    def __init__(self, owner: "EditablePoints", **kwargs):
        super().__init__(**kwargs)
        self.owner = owner
        self._dragged: int | None = None

    def _index_at(self, pos) -> int | None:
        hits = self.pointsAt(pos)
        return int(hits[0].index()) if len(hits) else None

    def mouseDragEvent(self, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton or not self.owner.editable():
            ev.ignore()
            return
        if ev.isStart():
            self._dragged = self._index_at(ev.buttonDownPos())
            if self._dragged is None:
                ev.ignore()
                return
        if self._dragged is None:
            ev.ignore()
            return
        ev.accept()
        p = ev.pos()
        self.owner._move(self._dragged, p.x(), p.y(), finished=ev.isFinish())
        if ev.isFinish():
            self._dragged = None

    def mouseClickEvent(self, ev) -> None:
        index = self._index_at(ev.pos()) if self.owner.editable() else None
        if index is not None and ev.button() == Qt.MouseButton.RightButton:
            ev.accept()
            self.owner._remove(index)
        else:
            ev.ignore()


class EditablePoints(QObject):
    """Points drawn on `plot` in the data colour; `changed` fires after each edit by the user."""

    changed = Signal()  # the user moved, added or removed a point
    message = Signal(str)  # an edit that was refused, and why

    def __init__(self, plot: pg.PlotWidget, x, y, *, name: str = "Data", min_points: int = 2,
                 bounds: tuple[float, float, float, float] | None = None, parent=None):
        super().__init__(parent or plot)
        self.plot, self.min_points, self.bounds = plot, min_points, bounds
        self.scatter = _DraggableScatter(self, size=16, pen=pg.mkPen(theme.BLACK, width=2),
                                         brush=theme.brush("data"), symbol="o", name=name, hoverable=True,
                                         tip=point_tip)
        self.scatter.setZValue(10)
        plot.addItem(self.scatter)
        plot.scene().sigMouseClicked.connect(self._on_scene_clicked)
        self._x = np.array(x, dtype=float)
        self._y = np.array(y, dtype=float)
        self._redraw()

    def points(self) -> tuple[np.ndarray, np.ndarray]:
        """Copies of the current x and y."""
        return self._x.copy(), self._y.copy()

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """The current x and y as read-only views, not copies (for drawing 100,000 points each frame)."""
        x, y = self._x.view(), self._y.view()
        x.flags.writeable = y.flags.writeable = False
        return x, y

    def set_points(self, x, y) -> None:
        """Show these points (model → view; does not emit `changed`)."""
        self._x = np.array(x, dtype=float)
        self._y = np.array(y, dtype=float)
        self._redraw()

    def editable(self) -> bool:
        """Whether the points can be dragged, added and removed (not for large imported tables)."""
        return len(self._x) <= DRAG_LIMIT

    def shown(self) -> np.ndarray | slice:
        """The indices of the points drawn: all of them, or an evenly spaced SHOW_LIMIT of a larger table."""
        n = len(self._x)
        return slice(None) if n <= SHOW_LIMIT else np.linspace(0, n - 1, SHOW_LIMIT).astype(int)

    def _redraw(self) -> None:
        keep = self.shown()
        large = not self.editable()
        self.scatter.opts["hoverable"] = not large
        self.scatter.setData(self._x[keep], self._y[keep], size=6 if large else 16,
                             pen=None if large else pg.mkPen(theme.BLACK, width=2))

    def _clip(self, x: float, y: float) -> tuple[float, float]:
        if self.bounds is None:
            return x, y
        x0, x1, y0, y1 = self.bounds
        return min(max(x, x0), x1), min(max(y, y0), y1)

    def _move(self, index: int, x: float, y: float, finished: bool) -> None:
        self._x[index], self._y[index] = self._clip(round(x, 2), round(y, 2))
        self._redraw()
        self.changed.emit()

    def _remove(self, index: int) -> None:
        if len(self._x) <= self.min_points:
            self.message.emit(fill(translate("data_points", "At least %1 points are needed."), self.min_points))
            return
        self._x = np.delete(self._x, index)
        self._y = np.delete(self._y, index)
        self._redraw()
        self.changed.emit()

    def add(self, x: float, y: float) -> None:
        """Add a point (as a double-click does)."""
        if not self.editable():
            self.message.emit(
                fill(
                    translate(
                        "data_points", "With more than %1 points the data is fixed: import a table to change it."
                    ),
                    grouped(DRAG_LIMIT),
                )
            )
            return
        if len(self._x) >= MAX_POINTS:
            self.message.emit(fill(translate("data_points", "At most %1 points can be drawn by hand."), MAX_POINTS))
            return
        x, y = self._clip(round(x, 2), round(y, 2))
        self._x = np.append(self._x, x)
        self._y = np.append(self._y, y)
        self._redraw()
        self.changed.emit()

    def _on_scene_clicked(self, ev) -> None:
        if not ev.double() or ev.button() != Qt.MouseButton.LeftButton:
            return
        vb = self.plot.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(ev.scenePos()):
            return
        p = vb.mapSceneToView(ev.scenePos())
        if len(self.scatter.pointsAt(p)):
            return
        ev.accept()
        self.add(p.x(), p.y())
