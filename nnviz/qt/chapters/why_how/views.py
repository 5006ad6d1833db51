"""Views of chapter 1: the line-vs-network plot, the squiggle, the activation functions, the hidden-layer math."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QLineF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap

from nnviz.core import activations
from nnviz.core import regression as reg
from nnviz.core.why_how.dosage import DosageParams, Forward
from nnviz.qt import theme
from nnviz.qt.chapters.why_how.state import DATA_BOUNDS
from nnviz.qt.i18n import fill, localize, number, translate
from nnviz.qt.widgets.data_points import EditablePoints
from nnviz.qt.widgets.number_field import SLIDER_TICKS, NumberField

DRAW_LIMIT = 1e6  # curves are clipped to ±this before drawing: always finite, never a warning
ACTIVATION_PENS = {  # not roles elsewhere in the course: own colours, each with its own dash style
    "softplus": (theme.BLUE, Qt.PenStyle.SolidLine),
    "relu": (theme.VERMILLION, Qt.PenStyle.DashLine),
    "sigmoid": (theme.PURPLE, Qt.PenStyle.DashDotLine),
    "tanh": (theme.SKY, Qt.PenStyle.DotLine),
}
HIDDEN_KEYS = tuple(ACTIVATION_PENS)
ACTIVATION_NAMES = {  # the core's labels, marked for translation (shown with `activation_name`)
    "softplus": QT_TRANSLATE_NOOP("why_how_views", "Softplus"),
    "relu": QT_TRANSLATE_NOOP("why_how_views", "ReLU"),
    "sigmoid": QT_TRANSLATE_NOOP("why_how_views", "Sigmoid"),
    "tanh": QT_TRANSLATE_NOOP("why_how_views", "Tanh"),
    "identity": QT_TRANSLATE_NOOP("why_how_views", "None"),
}
ACT_X = np.linspace(-5, 5, 201)


def activation_name(key: str) -> str:
    """The on-screen name of an activation in the current language ("Sigmoïde" in French)."""
    return translate("why_how_views", ACTIVATION_NAMES[key]) if key in ACTIVATION_NAMES else activations.get(key).label


def drawable(values, limit: float = DRAW_LIMIT) -> np.ndarray:
    """`values` made finite and clipped to ±limit, ready for setData."""
    with np.errstate(all="ignore"):
        v = np.nan_to_num(np.asarray(values, dtype=float), nan=0.0, posinf=limit, neginf=-limit)
        return np.clip(v, -limit, limit)


def sticky_range(current: tuple[float, float] | None, lo: float, hi: float, pad: float = 0.12,
                 minimum: float = 1.0) -> tuple[float, float]:
    """A y range that contains [lo, hi] and only changes when the curves leave it or shrink to a small part of it."""
    span = max(hi - lo, minimum)
    mid = (lo + hi) / 2
    want = (mid - span / 2 - pad * span, mid + span / 2 + pad * span)
    if current is None or lo < current[0] or hi > current[1] or span < 0.3 * (current[1] - current[0]):
        return want
    return current


def line_icon(pen, symbol: bool = False) -> QIcon:
    """A legend sample (the pen's colour and dash style, or a data dot) for a checkbox."""
    pixmap = QPixmap(44, 18)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if symbol:
        painter.setPen(pg.mkPen(theme.BLACK, width=2))
        painter.setBrush(theme.brush("data"))
        painter.drawEllipse(16, 3, 12, 12)
    else:
        painter.setPen(pen)
        painter.drawLine(QLineF(2, 9, 42, 9))
    painter.end()
    return QIcon(pixmap)


def _ssr(value: float) -> str:
    """An SSR to 3 decimals, short enough for a plot title (0.000 rather than 1.00e-4)."""
    return localize("0.000") if 0 <= value < 0.0005 else number(value, 3)


def same_data(drawn, x, y) -> bool:
    """Whether `drawn` (x, y arrays, or None) holds exactly these values: a slider tick at 10,000 points compared
    them as Python lists, four `tolist()` of 10,000 floats a tick."""
    return drawn is not None and np.array_equal(drawn[0], x) and np.array_equal(drawn[1], y)


def line_fit(cache: dict, x, y) -> tuple[tuple[float, float], float]:
    """The least-squares line of the data and its SSR, computed again only when the data change (`cache`: a dict
    kept by the caller): they depend on the data alone, not on the network a slider changes."""
    if not same_data(cache.get("data"), x, y):
        line = reg.least_squares(x, y)
        cache.update(data=(np.array(x), np.array(y)), line=line, ssr=reg.ssr(*line, x, y))
    return cache["line"], cache["ssr"]


def _marker(plot, role: str, size: int):
    """A single round marker in a role's colour, created once and moved with setData."""
    item = plot.plot([], [], pen=None, symbol="o", symbolSize=size, symbolBrush=theme.brush(role),
                     symbolPen=pg.mkPen(theme.BLACK, width=1.5))
    item.setZValue(5)
    return item


class ParamField(NumberField):
    """A NumberField whose slider covers a teaching range while typing accepts a wider one (up to ±1e6)."""

    def __init__(self, key: str, label: str, value: float, minimum: float, maximum: float,
                 slider_span: float, **kwargs):
        self.slider_span = slider_span
        super().__init__(key, label, value, minimum, maximum, **kwargs)

    def _to_tick(self, value: float) -> int:
        s = self.slider_span
        v = min(max(value, -s), s)
        return round((v + s) / (2 * s) * SLIDER_TICKS)

    def _from_tick(self, tick: int) -> float:
        s = self.slider_span
        return round(-s + tick / SLIDER_TICKS * 2 * s, self.decimals)


class ComparisonView:
    """The data, the best straight line y = ax + b and the network's curve, each with its SSR."""

    def __init__(self, dose, efficacy):
        self.plot = theme.make_plot(translate("why_how_views", "Straight line vs. neural network"),
                                    translate("why_how_views", "Dosage"), translate("why_how_views", "Efficacy"),
                                    legend=(-6, 6))
        self.plot.setObjectName("comparison-plot")
        self.line_item = self.plot.plot(pen=theme.pen("line", 3),
                                        name=translate("why_how_views", "Best straight line"))
        self.net_item = self.plot.plot(pen=theme.pen("prediction", 4),
                                       name=translate("why_how_views", "Neural network"))
        self.points = EditablePoints(self.plot, dose, efficacy, name=translate("why_how_views", "Data (drag me)"),
                                     bounds=DATA_BOUNDS)
        self.plot.setToolTip(translate("why_how_views", "Drag a data point to move it, double-click to add one, "
                                       "right-click a point to remove it"))
        self._title = ""

    def update(self, grid, predicted, line: tuple[float, float], ssr_line: float, ssr_net: float) -> None:
        _x, y = self.points.points()
        lo, hi = min(float(y.min()), 0.0), max(float(y.max()), 1.0)
        curve = drawable(predicted)
        shown = np.clip(curve, lo - 2, hi + 2)  # the network's curve is seen, within reason
        y0, y1 = min(lo, float(shown.min())) - 0.25, max(hi, float(shown.max())) + 0.6  # room for the legend
        self.plot.setRange(xRange=(-0.05, 1.05), yRange=(y0, y1), padding=0)
        intercept, slope = line
        self.line_item.setData([0.0, 1.0], [intercept, intercept + slope])
        self.net_item.setData(grid, np.clip(curve, y0 - 10 * (y1 - y0), y1 + 10 * (y1 - y0)))
        line_text = fill(translate("why_how_views", "Line: SSR = %1"), f"<b>{_ssr(ssr_line)}</b>")
        net_text = fill(translate("why_how_views", "Network: SSR = %1"), f"<b>{_ssr(ssr_net)}</b>")
        title = (f"<span style='color:{theme.GREY}'>{line_text}</span>"
                 f"&nbsp;&nbsp;<span style='color:{theme.BLUE}'>{net_text}</span>")
        if title != self._title:  # re-laying out the title is the slowest part of a frame: only when it changes
            self._title = title
            self.plot.getPlotItem().setTitle(title, size=f"{theme.TITLE_PT}pt")


class SquiggleView:
    """The top node's scaled curve, the bottom node's, and their sum + b3, over Dosages 0…1, with the data."""

    PARTS = ("top", "bottom", "sum", "data")

    def __init__(self):
        self.plot = theme.make_plot(translate("why_how_views", "The squiggle"), translate("why_how_views", "Dosage"),
                                    translate("why_how_views", "Efficacy"))  # the part checkboxes are its legend
        self.plot.setObjectName("squiggle-plot")
        self.items = {
            "top": self.plot.plot(pen=theme.pen("top", 3.5), name=translate("why_how_views", "Top: Y1 × w3")),
            "bottom": self.plot.plot(pen=theme.pen("bottom", 3.5), name=translate("why_how_views", "Bottom: Y2 × w4")),
            "sum": self.plot.plot(pen=theme.pen("prediction", 5), name=translate("why_how_views", "Sum + b3")),
            "data": self.plot.plot(pen=None, symbol="o", symbolSize=15, symbolBrush=theme.brush("data"),
                                   symbolPen=pg.mkPen(theme.BLACK, width=2), name=translate("why_how_views", "Data")),
        }
        self.dose_line = pg.InfiniteLine(angle=90, movable=True, bounds=(0.0, 1.0),
                                         pen=pg.mkPen(theme.GREY, width=2, style=Qt.PenStyle.DashLine),
                                         hoverPen=pg.mkPen(theme.BLACK, width=4))
        self.dose_line.setToolTip(translate("why_how_views", "The Dosage (Input) of the math on the right: drag me"))
        self.plot.addItem(self.dose_line)
        self.markers = {part: _marker(self.plot, role, 13)
                        for part, role in (("top", "top"), ("bottom", "bottom"), ("sum", "prediction"))}
        self.plot.setXRange(-0.04, 1.06, padding=0)
        self._data: tuple[np.ndarray, np.ndarray] | None = None  # the data last drawn (copies)
        self._y_range: tuple[float, float] | None = None
        self.shown = {part: True for part in self.PARTS}

    def set_visible(self, part: str, visible: bool) -> None:
        self.shown[part] = bool(visible)
        self.items[part].setVisible(bool(visible))

    def update(self, fw: Forward, data, here: Forward, reset_range: bool = False) -> None:
        grid = fw.dose
        curves = {"top": drawable(fw.top), "bottom": drawable(fw.bottom), "sum": drawable(fw.predicted)}
        for part, values in curves.items():
            self.items[part].setData(grid, values)
        x, y = data
        if not same_data(self._data, x, y):
            self._data = (np.array(x), np.array(y))
            self.items["data"].setData(x, y)
        for part, value in (("top", here.top), ("bottom", here.bottom), ("sum", here.predicted)):
            shown = self.shown[part]
            self.markers[part].setData([float(here.dose)] if shown else [], [float(drawable(value))] if shown else [])
        self.dose_line.setPos(float(here.dose))
        visible = [curves[p] for p in curves if self.shown[p]] + ([y] if self.shown["data"] and len(y) else [])
        if visible:
            lo = min(float(np.min(v)) for v in visible)
            hi = max(float(np.max(v)) for v in visible)
            self._y_range = sticky_range(None if reset_range else self._y_range, lo, hi)
            self.plot.setYRange(*self._y_range, padding=0)


class ActivationView:
    """Softplus, ReLU, Sigmoid and Tanh with the deck's formulas; the chosen one bold, X1 and X2 marked on it."""

    def __init__(self):
        self.plot = theme.make_plot(translate("why_how_views", "Activation functions"), "x", "f(x)", legend=(4, 4))
        self.plot.setObjectName("activation-plot")
        self.items = {}
        for key, (colour, style) in ACTIVATION_PENS.items():
            a = activations.get(key)
            self.items[key] = self.plot.plot(ACT_X, a.f(ACT_X), name=f"{activation_name(key)}: {a.formula}",
                                             pen=pg.mkPen(colour, width=2, style=style))
        self.markers = {"top": _marker(self.plot, "top", 14), "bottom": _marker(self.plot, "bottom", 14)}
        self.plot.setRange(xRange=(ACT_X[0], ACT_X[-1]), yRange=(-1.4, 9.0), padding=0)  # room for the formulas
        self._chosen = ""

    def update(self, chosen: str, here: Forward) -> None:
        if chosen != self._chosen:
            self._chosen = chosen
            for key, item in self.items.items():
                colour, style = ACTIVATION_PENS[key]
                item.setPen(pg.mkPen(colour, width=5 if key == chosen else 1.5, style=style))
                item.setZValue(2 if key == chosen else 1)
        for part, x, y in (("top", here.x1, here.y1), ("bottom", here.x2, here.y2)):
            inside = ACT_X[0] <= float(x) <= ACT_X[-1]  # X1 = −15 is off this plot: no marker then
            self.markers[part].setData([float(x)] if inside else [], [float(y)] if inside else [])


def _n(value: float) -> str:
    """A number as the deck rounds it, with a typographic minus and the language's decimal point; tiny values as
    0.00 (full value in the tooltip)."""
    value = float(value)
    if value != 0 and abs(value) < 0.005:
        return localize("0.00")
    return number(value).replace("-", "−")


def _p(value: float) -> str:
    """A number in parentheses when negative, for writing "× (−1.3)"."""
    text = _n(value)
    return f"({text})" if text.startswith("−") else text


def _plus(value: float) -> str:
    """"+ 2.14" or "− 0.58": adding a negative number written as a subtraction."""
    text = _n(value)
    return f"− {text[1:]}" if text.startswith("−") else f"+ {text}"


INDENT = "&nbsp;" * 6


def _tag(role: str) -> str:
    return f"<span style='color:{theme.COLORS[role]}'>■</span> "


def _full(value: float) -> str:
    """The full value of a number for a tooltip, with the language's decimal point."""
    return localize(repr(float(value)))


def input_line(dose: float) -> tuple[str, str]:
    """The ledger's first line, "Input = Dosage = 0.5" (words and decimal point in the current language)."""
    inp, dosage = translate("why_how_views", "Input"), translate("why_how_views", "Dosage")
    return f"<b>{inp}</b> = {dosage} = {_n(dose)}", f"{inp} = {_full(dose)}"


def output_line(output: str, predicted: float) -> tuple[str, str]:
    """The ledger's last line when the output has an activation: "Efficacy = ReLU(Y) = 1.03"."""
    efficacy, g = translate("why_how_views", "Efficacy"), activation_name(output)
    predicted_word = translate("why_how_views", "Predicted")
    return (f"{_tag('prediction')}{efficacy} = {g}(Y) = <b>{_n(predicted)}</b>",
            f"{predicted_word} = {_full(predicted)}")


def hidden_layer_lines(p: DosageParams, here: Forward, activation: str, output: str) -> list[tuple[str, str]]:
    """The slide's hidden-layer math for one Input, with the numbers in (deck rounding; full values as tooltips)."""
    f = activation_name(activation)
    inp = translate("why_how_views", "Input")
    d = float(here.dose)
    lines = [input_line(d)]
    for i, (w, b, w_out, x, y, scaled, role) in enumerate(
            ((p.w1, p.b1, p.w3, here.x1, here.y1, here.top, "top"),
             (p.w2, p.b2, p.w4, here.x2, here.y2, here.bottom, "bottom"))):
        k, kw, kb, ko = (1, 1, 1, 3) if i == 0 else (2, 2, 2, 4)
        lines += [
            (f"{_tag(role)}X{k} = w{kw} × {inp} + b{kb}<br>{INDENT}= {_n(w)} × {_n(d)} {_plus(b)} = <b>{_n(x)}</b>",
             f"X{k} = {_full(x)}"),
            (f"{_tag(role)}Y{k} = f(X{k}) = {f}({_n(x)}) = <b>{_n(y)}</b>", f"Y{k} = {_full(y)}"),
            (f"{_tag(role)}Y{k} × w{ko} = {_n(y)} × {_p(w_out)} = <b>{_n(scaled)}</b>",
             f"Y{k} × w{ko} = {_full(scaled)}"),
        ]
    lines.append((f"{_tag('prediction')}Y = Y1 × w3 + Y2 × w4 + b3<br>{INDENT}= {_n(here.top)} {_plus(here.bottom)} "
                  f"{_plus(p.b3)} = <b>{_n(here.total)}</b>",
                  f"Y = Y1 × w3 + Y2 × w4 + b3 = {_full(here.total)}"))
    if output != "identity":
        lines.append(output_line(output, here.predicted))
    return lines
