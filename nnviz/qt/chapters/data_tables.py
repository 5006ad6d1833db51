"""What the chapters' Import data… / Export data… share: the size limits, scaling to 0…1, thinning and notes.

Each chapter's own table (which columns, where they go) is in its package's `data.py`."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QPen

from nnviz.core import regression as reg
from nnviz.core import table as tables
from nnviz.core.table import Table, TableError
from nnviz.qt.i18n import fill, grouped, number, translate
from nnviz.qt.widgets.data_points import DRAG_LIMIT, SHOW_LIMIT
from nnviz.qt.widgets.table_import import Prepared

DOSAGE_POINTS = 10_000  # chapters 1 and 3: the network's maths runs over every point on every slider tick
LINE_POINTS = 100_000  # chapter 2: a line's SSR and its derivative are two sums
DAYS = tables.MAX_DAYS  # chapter 5: days of a sequence
LR_MIN = 1e-7  # chapter 2's smallest Learning Rate (100,000 points need about 3e-6)
MAX_RESIDUALS = 300  # residual lines drawn at most (dashed lines are the costliest thing on a plot)
#: Up to this many points the residuals are dashed, as in the deck; above it (an imported table) thin and solid:
#: measured at 1920×1080, zoom 1.5, 300 dashed residuals took 107 ms to paint in chapter 3, 3 px solid ones 34 ms,
#: 1 px solid ones under 1 ms.
DASHED_RESIDUALS = 50


def safe_learning_rate(lr: float, x, both: bool) -> float:
    """`lr`, or a round Learning Rate a third of the way to overshooting if `lr` is too large for these points."""
    limit = 0.3 * reg.stable_learning_rate(x, both)
    if lr <= limit * 1.001:  # the deck's 0.1 for its three points is exactly at this limit
        return lr
    unit = 10.0 ** math.floor(math.log10(limit))
    return max(math.floor(limit / unit) * unit, LR_MIN)


def thinned(n: int, limit: int = MAX_RESIDUALS) -> np.ndarray | slice:
    """Indices of at most `limit` evenly chosen points of `n` (all of them: a plain slice)."""
    return slice(None) if n <= limit else np.linspace(0, n - 1, limit).astype(int)


def curve_points(wanted: int, n: int, budget: int = 400_000) -> int:
    """Points of a curve each of which costs a pass over `n` data points (an SSR along a parameter): `wanted`,
    fewer for a big table (at least 40, a smooth curve still) so that it stays under `budget` evaluations."""
    return max(40, min(wanted, budget // max(n, 1)))


def set_residuals(item, x, observed, predicted) -> None:
    """The residual lines (one per point, observed to predicted) on `item`, a `connect="pairs"` curve: dashed as
    in the deck for a few points, thin and solid for many (more than `DASHED_RESIDUALS`: an imported table), which
    paint about ten times faster. The dashed pen the theme and zoom gave is kept on the item for the way back."""
    pen = item.opts["pen"]
    if isinstance(pen, QPen):
        many = len(x) > DASHED_RESIDUALS
        if pen.style() != Qt.PenStyle.SolidLine:
            item._nnviz_few_pen = QPen(pen)  # the theme's dashed pen (also after a re-zoom gave it back)
        few = getattr(item, "_nnviz_few_pen", None)
        if many and pen.style() != Qt.PenStyle.SolidLine:
            thin = QPen(pen)
            thin.setStyle(Qt.PenStyle.SolidLine)
            thin.setWidthF(1.0)
            item.setPen(thin)
        elif not many and few is not None and pen.style() == Qt.PenStyle.SolidLine:
            item.setPen(few)
    item.setData(np.repeat(x, 2), np.column_stack([observed, predicted]).ravel())


def fixed_note(n: int) -> tuple[str, ...]:
    notes = []
    if n > DRAG_LIMIT:
        notes.append(fill(translate("data_tables", "With more than %1 points the points cannot be dragged, added or "
                                                   "removed."), grouped(DRAG_LIMIT)))
    if n > SHOW_LIMIT:
        notes.append(fill(translate("data_tables", "The plot shows %1 evenly chosen points; the maths uses all %2."),
                          grouped(SHOW_LIMIT), grouped(n)))
    return tuple(notes)


def _scale(values: np.ndarray, lo: float, hi: float, name: str) -> tuple[np.ndarray, str]:
    """`values` moved to 0…1 (as the deck scales Dosage) when they leave [lo, hi]; a note saying so.

    `name` is shown: already in the interface language."""
    vmin, vmax = float(values.min()), float(values.max())
    if lo <= vmin and vmax <= hi:
        return values, ""
    if vmax == vmin:
        raise TableError(fill(translate("data_tables", "every %1 is %2: the values must differ to be scaled to 0…1"),
                              name, number(vmin)))
    scaled = (values - vmin) / (vmax - vmin)
    return scaled, fill(translate("data_tables", "%1 scaled from %2…%3 to 0…1, as the deck does (lowest → 0, "
                                                 "highest → 1)."), name, number(vmin), number(vmax))


def dosage_prepare(bounds: tuple[float, float, float, float]):
    """Chapters 1 and 3: Dosage and Efficacy within the chapter's bounds, scaled to 0…1 when they are not."""
    x0, x1, y0, y1 = bounds

    def prepare(t: Table) -> Prepared:
        dosage, efficacy = translate("data_tables", "Dosage"), translate("data_tables", "Efficacy")
        x, note_x = _scale(t.columns[0], x0, x1, dosage)
        y, note_y = _scale(t.columns[1], y0, y1, efficacy)
        notes = tuple(n for n in (note_x, note_y) if n) + fixed_note(len(x))
        return Prepared((dosage, efficacy), (x, y), notes)
    return prepare


def xy_reader(max_points: int):
    def read(path) -> Table:
        return tables.read_xy(path, max_rows=max_points)
    return read
