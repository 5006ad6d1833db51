"""Re-theme and re-zoom a live window: every widget's font and fixed size, every plot's pens, markers and labels.

Generic over the chapters: it walks the widget tree and every graphics scene. Each thing is
first *recorded* in canonical form (light-theme colour, zoom 1) and then *applied* for the
current theme and zoom, so switching back and forth never drifts.
"""

from __future__ import annotations

import json
import re

import pyqtgraph as pg
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QApplication, QGraphicsView, QLabel, QWidget

from nnviz.qt import theme
from nnviz.qt.widgets.diagram import Diagram, convert

# Recorded looks live on the items themselves (`_nnviz_look`) and, for widgets, as a JSON string
# property. Neither a Python dict inside a QVariant (QGraphicsItem.setData) nor a weak reference to a
# plain QGraphicsItem may be used: both kept diagram items' wrappers alive past their scene, and
# collecting them later crashed PySide6 (a segmentation fault inside shiboken).
UNLIMITED = 16777215
_HEX = re.compile(r"#[0-9A-Fa-f]{6}\b")
_PT = re.compile(r"(\d+(?:\.\d+)?)pt")
_TEXT_COLOR = re.compile(r"(color\s*[:=]\s*['\"]?)(#[0-9A-Fa-f]{6})\b", re.IGNORECASE)  # in rich text
_drawn_in = {"theme": None}  # the theme before the change being applied (set by `record`, used once by `apply`)


def _scale() -> float:
    return theme.zoom()


def _line() -> float:
    return theme.zoom() * theme.current_theme().line_factor


# --- colours --------------------------------------------------------------------------
def _canonical_color(c: QColor) -> QColor:
    """The light-theme colour of `c`, as drawn in the current theme."""
    light = theme.current_theme().inverse.get(c.name().upper(), c.name().upper())
    out = QColor(light)
    out.setAlpha(c.alpha())
    return out


def _themed_color(c: QColor) -> QColor:
    out = QColor(theme.themed(c.name().upper()))
    out.setAlpha(c.alpha())
    return out


def _canonical_pen(p) -> QPen | None:
    if p is None:
        return None
    p = QPen(pg.mkPen(p))
    p.setColor(_canonical_color(p.color()))
    p.setWidthF(p.widthF() / _line())
    return p


def _themed_pen(p: QPen | None) -> QPen | None:
    if p is None:
        return None
    out = QPen(p)
    out.setColor(_themed_color(p.color()))
    out.setWidthF(p.widthF() * _line())
    return out


def _canonical_brush(b) -> QBrush | None:
    if b is None:
        return None
    b = QBrush(pg.mkBrush(b))
    b.setColor(_canonical_color(b.color()))
    return b


def _themed_brush(b: QBrush | None) -> QBrush | None:
    if b is None:
        return None
    out = QBrush(b)
    out.setColor(_themed_color(b.color()))
    return out


def _recolor_text(text: str) -> str:
    """Rich text (a ledger line, a plot title that is a legend) with its colours moved from the previous theme to
    the current one. Texts are not recorded: a chapter rewrites them, so the text shown now is converted."""
    old, new = _drawn_in["theme"], theme.current_theme()
    if old is None or old is new or "#" not in text:
        return text
    return _TEXT_COLOR.sub(lambda m: m.group(1) + convert(QColor(m.group(2)), old, new).name().upper(), text)


def _css(text: str, themed: bool) -> str:
    """A stylesheet or rich-text size/colour string: to canonical (themed=False) or to the current look."""
    def color(m):
        c = QColor(m.group(0))
        return (_themed_color(c) if themed else _canonical_color(c)).name().upper()

    def size(m):
        value = float(m.group(1))
        return f"{value * _scale() if themed else value / _scale():g}pt"
    return _PT.sub(size, _HEX.sub(color, text))


# --- recording (canonical look) ------------------------------------------------------------
def record(root: QWidget) -> None:
    """Remember the canonical look of everything under `root` not yet recorded (call before changing the look)."""
    _drawn_in["theme"] = theme.current_theme()
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.property("nnviz-look") is None:  # a JSON string: no Python object inside a QVariant
            pt = widget.font().pointSizeF()
            look = {
                "pt": pt / _scale() if pt > 0 else None,
                "css": _css(widget.styleSheet(), False),
                "size": [
                    v / _scale() if 0 < v < UNLIMITED else None
                    for v in (
                        widget.minimumWidth(),
                        widget.maximumWidth(),
                        widget.minimumHeight(),
                        widget.maximumHeight(),
                    )
                ],
            }
            widget.setProperty("nnviz-look", json.dumps(look))
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            if isinstance(widget, pg.GraphicsView) and not hasattr(widget, "_nnviz_background"):
                widget._nnviz_background = _canonical_brush(widget.backgroundBrush())
            for item in widget.scene().items():
                # Only pyqtgraph's items (Python objects) carry a look, as a plain attribute.
                if isinstance(item, pg.GraphicsItem) and getattr(item, "_nnviz_look", None) is None:
                    look = _record_item(item)
                    if look is not None:
                        item._nnviz_look = look


def _record_item(item) -> dict | None:
    if isinstance(item, pg.PlotDataItem):
        o = item.opts
        return {"pen": _canonical_pen(o.get("pen")), "shadow": _canonical_pen(o.get("shadowPen")),
                "symbolPen": _canonical_pen(o.get("symbolPen")), "symbolBrush": _canonical_brush(o.get("symbolBrush")),
                "symbolSize": (o.get("symbolSize") or 0) / _scale(), "fill": _canonical_brush(o.get("fillBrush"))}
    if _inside_pg(item):
        return None
    if isinstance(item, pg.ScatterPlotItem):
        return {"pen": _canonical_pen(item.opts["pen"]), "brush": _canonical_brush(item.opts["brush"]),
                "size": item.opts["size"] / _scale()}
    if isinstance(item, pg.PlotCurveItem):
        return {"pen": _canonical_pen(item.opts["pen"]), "fill": _canonical_brush(item.opts.get("brush"))}
    if isinstance(item, (pg.InfiniteLine, pg.IsocurveItem)):
        return {"pen": _canonical_pen(item.pen)}
    if isinstance(item, pg.AxisItem):
        return {"pen": _canonical_pen(item.pen()), "text": _canonical_pen(item.textPen()),
                "tick": (item.style.get("tickFont") or theme.font()).pointSizeF() / _scale(),
                "label": {k: _css(str(v), False) for k, v in item.labelStyle.items()}}
    if isinstance(item, pg.LabelItem):
        return {"size": _css(str(item.opts.get("size") or f"{theme.BASE_PT * _scale():g}pt"), False),
                "color": _canonical_color(QColor(pg.mkColor(item.opts.get("color") or theme.BLACK)))}
    if isinstance(item, pg.LegendItem):
        return {"pen": _canonical_pen(item.opts["pen"]), "brush": _canonical_brush(item.opts["brush"]),
                "size": _css(str(item.opts.get("labelTextSize") or "9pt"), False),
                "color": _canonical_color(QColor(pg.mkColor(item.opts.get("labelTextColor") or theme.BLACK)))}
    if isinstance(item, pg.TextItem):
        return {"pt": item.textItem.font().pointSizeF() / _scale(), "color": _canonical_color(QColor(item.color))}
    if isinstance(item, pg.GraphicsItem):
        return None
    # Plain QGraphicsItems (the network, RNN and LSTM diagrams) are left alone: holding their
    # wrappers here kept them alive past their scene, and collecting them later crashed PySide6
    # (a segmentation fault inside shiboken). Those diagrams fit themselves to their view, and each
    # Diagram converts its own items' colours when the theme changes (`apply` calls `retheme`).
    return None


def _inside_pg(item) -> bool:
    parent = item.parentItem()
    return isinstance(
        parent, (pg.PlotDataItem, pg.LabelItem, pg.TextItem, pg.AxisItem, pg.LegendItem, pg.ScatterPlotItem)
    )


# --- applying (current look) ---------------------------------------------------------------
def apply(root: QWidget) -> None:
    """Show everything under `root` in the current theme and zoom (call `record` first)."""
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, Diagram):
            widget.retheme()
        if isinstance(widget, QLabel) and "#" in widget.text():
            recolored = _recolor_text(widget.text())
            if recolored != widget.text():
                widget.setText(recolored)
        look = widget.property("nnviz-look")
        if look is None:
            continue
        look = json.loads(look)
        if look["pt"]:
            f = widget.font()
            f.setPointSizeF(look["pt"] * _scale())
            widget.setFont(f)
        if look["css"]:
            widget.setStyleSheet(_css(look["css"], True))
        lo_w, hi_w, lo_h, hi_h = look["size"]
        if lo_w:
            widget.setMinimumWidth(round(lo_w * _scale()))
        if hi_w:
            widget.setMaximumWidth(round(hi_w * _scale()))
        if lo_h:
            widget.setMinimumHeight(round(lo_h * _scale()))
        if hi_h:
            widget.setMaximumHeight(round(hi_h * _scale()))
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            if isinstance(widget, pg.GraphicsView) and getattr(widget, "_nnviz_background", None) is not None:
                widget.setBackground(_themed_brush(widget._nnviz_background))
            for item in widget.scene().items():
                look = getattr(item, "_nnviz_look", None) if isinstance(item, pg.GraphicsItem) else None
                if look is not None:
                    _apply_item(item, look)
            if isinstance(widget, pg.PlotWidget):
                widget.getPlotItem().showGrid(x=True, y=True, alpha=theme.current_theme().grid_alpha)
    _drawn_in["theme"] = None  # used once: a later `apply` without `record` converts no text twice


def _size(css: str) -> str:
    return _css(css, True)


def _apply_item(item, look: dict) -> None:
    if isinstance(item, pg.PlotDataItem):
        item.setPen(_themed_pen(look["pen"]))
        if look["shadow"] is not None:
            item.setShadowPen(_themed_pen(look["shadow"]))
        if look["symbolPen"] is not None:
            item.setSymbolPen(_themed_pen(look["symbolPen"]))
        if look["symbolBrush"] is not None:
            item.setSymbolBrush(_themed_brush(look["symbolBrush"]))
        if look["symbolSize"]:
            item.setSymbolSize(look["symbolSize"] * _scale())
        if look["fill"] is not None:
            item.setFillBrush(_themed_brush(look["fill"]))
    elif isinstance(item, pg.ScatterPlotItem):
        item.setPen(_themed_pen(look["pen"]))
        item.setBrush(_themed_brush(look["brush"]))
        item.setSize(look["size"] * _scale())
    elif isinstance(item, pg.PlotCurveItem):
        item.setPen(_themed_pen(look["pen"]))
        if look["fill"] is not None:
            item.setBrush(_themed_brush(look["fill"]))
    elif isinstance(item, (pg.InfiniteLine, pg.IsocurveItem)):
        item.setPen(_themed_pen(look["pen"]))
    elif isinstance(item, pg.AxisItem):
        item.setPen(_themed_pen(look["pen"]))
        item.setTextPen(_themed_pen(look["text"]))
        item.setTickFont(theme.font(look["tick"]))
        item.setLabel(item.labelText, item.labelUnits, item.labelUnitPrefix,
                      **{k: _size(v) for k, v in look["label"].items()})
    elif isinstance(item, pg.LabelItem):
        item.setText(_recolor_text(item.text), size=_size(look["size"]), color=_themed_color(look["color"]).name())
    elif isinstance(item, pg.LegendItem):
        item.setPen(_themed_pen(look["pen"]))
        item.setBrush(_themed_brush(look["brush"]))
        item.setLabelTextSize(_size(look["size"]))
        item.setLabelTextColor(_themed_color(look["color"]))
        for _, label in item.items:
            label.setText(label.text)
    elif isinstance(item, pg.TextItem):
        f = item.textItem.font()
        f.setPointSizeF(look["pt"] * _scale())
        item.setFont(f)
        item.setColor(_themed_color(look["color"]))
    else:
        if "pen" in look:
            pen = _themed_pen(look["pen"])
            pen.setWidthF(pen.widthF() / _scale())
            item.setPen(pen)
        if "brush" in look:
            item.setBrush(_themed_brush(look["brush"]))


def set_look(root, theme_name: str | None = None, zoom_factor: float | None = None) -> None:
    """Apply a theme and/or zoom to the application and to every widget and plot under `root`, live."""
    record(root)
    theme.set_globals(theme_name, zoom_factor)
    app = QApplication.instance()
    if app is not None:
        theme.apply_to_application(app)
    apply(root)
