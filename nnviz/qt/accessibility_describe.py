"""What a plot, a diagram or a ledger shows, said in a sentence with its current numbers (for screen readers).

A pyqtgraph plot is described from its title, its axis titles and its data: each named curve's lowest and
last value, a single point's coordinates. A widget with an `accessible_description()` method (the ledgers,
the pixel grid) says it itself; another graphics view (a network diagram) reads out its scene's texts.
"""

from __future__ import annotations

import html
import math
import re

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QGraphicsTextItem, QGraphicsView, QWidget

from nnviz.core.numbers import minus
from nnviz.qt.i18n import fill, number, significant, translate

SHOWN_ITEMS = 6  # curves described per plot
SHOWN_TEXTS = 40  # texts of a diagram read out
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
#: Names of the graphics views that have no title of their own, by objectName.
VIEW_NAMES = {
    "network-diagram": QT_TRANSLATE_NOOP("accessibility", "Network diagram"),
    "pipeline": QT_TRANSLATE_NOOP("accessibility", "Convolution pipeline: image, filter, feature map, pooling"),
    "classifier-diagram": QT_TRANSLATE_NOOP("accessibility", "Fully connected network after pooling"),
    "digits-confusion": QT_TRANSLATE_NOOP("accessibility", "Confusion matrix of the test digits"),
    "digits-feature-maps": QT_TRANSLATE_NOOP("accessibility", "Filters and feature maps"),
    "digits-mistakes": QT_TRANSLATE_NOOP("accessibility", "Test digits classified wrongly"),
    "lstm-cell": QT_TRANSLATE_NOOP("accessibility", "LSTM cell"),
    "rnn-unrolled": QT_TRANSLATE_NOOP("accessibility", "Unrolled recurrent network"),
    "rnn-folded": QT_TRANSLATE_NOOP("accessibility", "Recurrent network with its feedback loop"),
}


def plain(text: str) -> str:
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", text or ""))).strip()


def num(value: float) -> str:
    """A number as the ledgers write it: two decimals, small ones with two significant figures; −, not -."""
    value = float(value)
    if not math.isfinite(value):
        return number(value)
    return minus(number(value, 2) if value == 0 or abs(value) >= 0.1 else significant(value, 2))


def view_name(widget: QWidget) -> str:
    """The name of a plot (its title) or of a diagram (from VIEW_NAMES); empty for another widget."""
    if isinstance(widget, pg.PlotWidget):
        return plain(widget.getPlotItem().titleLabel.text) or translate("accessibility", "Plot")
    key = widget.objectName()
    if key in VIEW_NAMES:
        return translate("accessibility", VIEW_NAMES[key])
    if isinstance(widget, QGraphicsView):
        return translate("accessibility", "Diagram")
    return ""


def describable(widget: QWidget) -> bool:
    return callable(getattr(widget, "accessible_description", None)) or isinstance(widget, QGraphicsView)


def describe(widget: QWidget) -> str:
    """What `widget` shows now, with its numbers ("" for a widget that shows no picture)."""
    own = getattr(widget, "accessible_description", None)
    if callable(own):
        return own()
    if isinstance(widget, pg.PlotWidget):
        return describe_plot(widget)
    if isinstance(widget, QGraphicsView) and widget.scene() is not None:
        return describe_scene(widget)
    return ""


def _axis(plot: pg.PlotWidget, side: str) -> str:
    return plain(plot.getPlotItem().getAxis(side).labelText) or translate("accessibility", "value")


def _data(item) -> tuple[np.ndarray, np.ndarray] | None:
    """The finite points of a curve or scatter item (None if it shows none)."""
    if not item.isVisible():
        return None
    x, y = (item.xData, item.yData) if hasattr(item, "xData") else item.getData()
    if x is None or y is None or len(x) == 0:
        return None
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    keep = np.isfinite(x) & np.isfinite(y)
    return (x[keep], y[keep]) if keep.any() else None


def curve_sentence(name: str, x_name: str, y_name: str, x: np.ndarray, y: np.ndarray) -> str:
    """One curve or point of a plot, with its numbers."""
    if len(x) == 1:
        return fill(translate("accessibility", "%1: %2 %3 has %4 %5"), name, x_name, num(x[0]), y_name, num(y[0]))
    low = int(np.argmin(y))
    return fill(translate("accessibility", "%1: %2 points, the lowest %3 %4 is at %5 %6, the last %3 %7 at %5 %8"),
                name, len(x), y_name, num(y[low]), x_name, num(x[low]), num(y[-1]), num(x[-1]))


def describe_plot(plot: pg.PlotWidget) -> str:
    """The plot's title, then a sentence for each curve it shows (its lowest and last values, or its point)."""
    title = view_name(plot)
    x_name, y_name = _axis(plot, "bottom"), _axis(plot, "left")
    parts = []
    for i, item in enumerate(plot.getPlotItem().listDataItems()):
        data = _data(item)
        if data is None:
            continue
        name = plain(item.name() or "") if hasattr(item, "name") else ""
        name = name or fill(translate("accessibility", "curve %1"), i + 1)
        parts.append(curve_sentence(name, x_name, y_name, *data))
        if len(parts) == SHOWN_ITEMS:
            break
    if not parts:
        return fill(translate("accessibility", "%1: nothing drawn yet (0 points)"), title)
    return f"{title}: " + "; ".join(parts)


def describe_scene(view: QGraphicsView) -> str:
    """A diagram: its name, then the texts it shows (node values, weights), in reading order."""
    texts = []
    items = [item for item in view.scene().items() if item.isVisible()]
    items.sort(key=lambda item: (round(item.scenePos().y() / 20), item.scenePos().x()))
    for item in items:
        if isinstance(item, QGraphicsSimpleTextItem):
            text = item.text()
        elif isinstance(item, QGraphicsTextItem):
            text = item.toPlainText()
        else:
            continue
        text = plain(text)
        if text and text not in texts:
            texts.append(text)
        if len(texts) == SHOWN_TEXTS:
            break
    name = view_name(view)
    if not texts:
        return fill(translate("accessibility", "%1: nothing written (0 labels)"), name)
    return f"{name}: " + ", ".join(texts)
