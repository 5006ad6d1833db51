"""One visual language for every chapter: colours (Okabe–Ito, colour-blind safe), fonts and plot styling.

The same thing has the same colour everywhere, and never colour alone: every role also has
a dash style or marker, and plots carry legends or labels. Three themes (light — the default
for a lit room —, dark and high contrast) keep the palette's hues; a zoom factor grows every
font, line, marker and fixed size. `restyle.set_look(window, ...)` changes both on a live window.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from nnviz.core.lesson import THEMES as THEME_NAMES

# Okabe–Ito palette.
BLACK = "#000000"
ORANGE = "#E69F00"
SKY = "#56B4E9"
GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"
GREY = "#7A7A7A"

WHITE = "#FFFFFF"

#: Roles → colour in the current theme. Chapters use these names, never raw colours.
COLORS = {
    "data": BLACK,
    "prediction": BLUE,
    "residual": VERMILLION,
    "ssr": GREEN,
    "tangent": PURPLE,
    "path": ORANGE,
    "weight": BLUE,
    "weight-negative": VERMILLION,
    "bias": PURPLE,
    "top": ORANGE,
    "bottom": GREEN,
    "line": GREY,
    "forget": VERMILLION,
    "input": GREEN,
    "candidate": ORANGE,
    "output": BLUE,
    "long-term": BLACK,
    "short-term": PURPLE,
    "highlight": YELLOW,
}

#: Roles → dash style, so that no role is told by colour alone.
STYLES = {
    "residual": Qt.PenStyle.DashLine,
    "tangent": Qt.PenStyle.DashDotLine,
    "top": Qt.PenStyle.DashLine,
    "bottom": Qt.PenStyle.DotLine,
    "line": Qt.PenStyle.DashLine,
    "weight-negative": Qt.PenStyle.DashLine,
    "input": Qt.PenStyle.DashLine,
    "candidate": Qt.PenStyle.DotLine,
    "output": Qt.PenStyle.DashDotLine,
    "short-term": Qt.PenStyle.DashLine,
}

BASE_PT = 12  # application text
LEDGER_PT = 15  # the written-out computation
TITLE_PT = 14  # plot titles and axis labels
TICK_PT = 12  # axis tick labels
LINE_WIDTH = 3
LIGHT_COLORS = dict(COLORS)  # the roles in the light theme


class Theme:
    """A theme: background, text colour, panel colour, line-width factor, and light palette → theme palette."""

    def __init__(self, name, background, foreground, panel, error, line_factor, grid_alpha, palette):
        self.name, self.background, self.foreground, self.panel = name, background, foreground, panel
        self.error, self.line_factor, self.grid_alpha = error, line_factor, grid_alpha
        self.palette = {k.upper(): v.upper() for k, v in palette.items()}  # injective, so it can be undone
        self.inverse = {v: k for k, v in self.palette.items()}

    def __repr__(self) -> str:
        return f"Theme({self.name!r})"


THEMES = {
    "light": Theme("light", WHITE, BLACK, "#FAFAF5", "#B00020", 1.0, 0.25, {}),
    "dark": Theme("dark", "#1B1D21", "#EDEDED", "#26292E", "#FF8A80", 1.0, 0.2, {
        BLACK: "#EDEDED", WHITE: "#1B1D21", BLUE: "#56B4E9", SKY: "#A7DBF6", VERMILLION: "#F07B33",
        PURPLE: "#E79BC6", GREY: "#A8A8A8", GREEN: "#1DBF8F", "#FAFAF5": "#26292E", "#B00020": "#FF8A80",
        "#004D40": "#80CBC4"}),
    "high-contrast": Theme("high-contrast", "#000000", "#FFFFFF", "#161616", "#FF6E6E", 1.5, 0.35, {
        BLACK: "#FFFFFF", WHITE: "#000000", BLUE: "#56B4E9", SKY: "#BDE5FA", VERMILLION: "#FF8A3D",
        PURPLE: "#F2A7D4", GREY: "#D0D0D0", GREEN: "#22D6A0", ORANGE: "#FFB21A", "#FAFAF5": "#161616",
        "#B00020": "#FF6E6E", "#004D40": "#A7FFEB"}),
}
assert tuple(THEMES) == THEME_NAMES
_current = {"theme": THEMES["light"], "zoom": 1.0}
#: The pen of symbols drawn without an outline. Always this one object, never `symbolPen=None`: pyqtgraph caches a
#: symbol's image by the pen object's identity, and None makes a new pen at every setData, so each frame added an
#: image to the cache (chapter 5's gate curves: about 2.8 MB a minute during a run, see benchmarks/soak.py).
NO_PEN = pg.mkPen(None)
NO_BRUSH = pg.mkBrush(None)  # the same for a symbol without a fill
ZOOM_MIN, ZOOM_MAX = 0.5, 3.0
DESIGN_SIZE = (1280, 720)  # every tab is laid out and checked at this size and zoom 1


def auto_zoom(width: int, height: int) -> float:
    """The zoom that makes a window of this size look like the 1280x720 design: 1, 1.25, 1.5 … at most 2.

    A 1920x1080 projector gets 1.5, so text stays as large, relative to the screen, as at 1280x720.
    """
    factor = min(width / DESIGN_SIZE[0], height / DESIGN_SIZE[1])
    return min(max(int(factor * 4) / 4, 1.0), 2.0)


def current_theme() -> Theme:
    return _current["theme"]


def zoom() -> float:
    """The presenter zoom factor (1 = normal size)."""
    return _current["zoom"]


def themed(hex_color: str, theme: Theme | None = None) -> str:
    """The colour a light-theme colour takes in `theme` (default: the current one)."""
    return (theme or current_theme()).palette.get(hex_color.upper(), hex_color)


def set_globals(theme_name: str | None = None, zoom_factor: float | None = None) -> None:
    """Change the current theme and zoom for everything created from now on (see `restyle.set_look` for a live
    window)."""
    if theme_name is not None:
        if theme_name not in THEMES:
            raise ValueError(f"no theme {theme_name!r}; the themes are {', '.join(THEMES)}")
        _current["theme"] = THEMES[theme_name]
        for role, value in LIGHT_COLORS.items():
            COLORS[role] = themed(value)
        pg.setConfigOptions(background=current_theme().background, foreground=current_theme().foreground)
    if zoom_factor is not None:
        factor = float(zoom_factor)
        if not math.isfinite(factor):  # min/max let NaN through; callers check what they read (settings.py)
            raise ValueError(f"the zoom must be a finite number, not {factor!r}")
        _current["zoom"] = min(max(factor, ZOOM_MIN), ZOOM_MAX)


def color(role: str) -> QColor:
    return QColor(COLORS[role])


def pen(role: str, width: float = LINE_WIDTH, style: Qt.PenStyle | None = None):
    """A pen for a role: its colour, its dash style, opaque (width grows with the zoom and theme)."""
    return pg.mkPen(color=COLORS[role], width=width * zoom() * current_theme().line_factor,
                    style=style or STYLES.get(role, Qt.PenStyle.SolidLine))


def brush(role: str, alpha: int = 255):
    c = color(role)
    c.setAlpha(alpha)
    return pg.mkBrush(c)


def font(pt: float = BASE_PT, bold: bool = False) -> QFont:
    f = QFont(QApplication.font())
    f.setPointSizeF(pt * zoom())
    f.setBold(bold)
    return f


def apply_to_application(app: QApplication) -> None:
    """The current theme's colours and the zoomed font for the whole application (default: light, for a lit room)."""
    t = current_theme()
    pg.setConfigOptions(background=t.background, foreground=t.foreground, antialias=True)
    f = app.font()
    f.setPointSizeF(BASE_PT * zoom())
    app.setFont(f)
    if t.name == "light" and app.property("nnviz-themed") is None:
        return  # the platform's own light look
    app.setProperty("nnviz-themed", True)
    app.setStyle("Fusion")
    palette = QPalette()
    if t.name != "light":
        fg, bg, panel = QColor(t.foreground), QColor(t.background), QColor(t.panel)
        for role, value in (
            (QPalette.ColorRole.Window, bg),
            (QPalette.ColorRole.WindowText, fg),
            (QPalette.ColorRole.Base, panel),
            (QPalette.ColorRole.AlternateBase, bg),
            (QPalette.ColorRole.Text, fg),
            (QPalette.ColorRole.Button, panel),
            (QPalette.ColorRole.ButtonText, fg),
            (QPalette.ColorRole.ToolTipBase, panel),
            (QPalette.ColorRole.ToolTipText, fg),
            (QPalette.ColorRole.Highlight, QColor(themed(BLUE))),
            (QPalette.ColorRole.HighlightedText, bg),
            (QPalette.ColorRole.PlaceholderText, QColor(GREY)),
        ):
            palette.setColor(role, value)
        palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(GREY))
        palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(GREY))
        palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(GREY))
    app.setPalette(palette)


LEGEND_ANCHORS = {  # where a legend sits: (item anchor, plot anchor, offset in pixels)
    "top-left": ((0, 0), (0, 0), (10, 8)),
    "top-center": ((0.5, 0), (0.5, 0), (0, 8)),
    "top-right": ((1, 0), (1, 0), (-10, 8)),
    "bottom-right": ((1, 1), (1, 1), (-10, -8)),
    "bottom-left": ((0, 1), (0, 1), (10, -8)),
}


class Axis(pg.AxisItem):
    """An axis whose tick numbers carry the interface language's decimal point (0,5 in French)."""

    def tickStrings(self, values, scale, spacing):
        from nnviz.qt.i18n import localize

        return [localize(text) for text in super().tickStrings(values, scale, spacing)]


def make_plot(title: str, x_label: str, y_label: str, *, legend: str | bool | tuple | None = None) -> pg.PlotWidget:
    """A plot with large fonts and thick axes; items are created once and updated with setData.

    `legend` names a corner of LEGEND_ANCHORS, or is an (x, y) offset (negative: from the
    right / bottom edge), or True for the top left; None or False: no legend. Keep its labels short.
    """
    t, z = current_theme(), zoom()
    plot = pg.PlotWidget(background=t.background, axisItems={side: Axis(side) for side in ("bottom", "left")})
    item = plot.getPlotItem()
    item.setTitle(title, size=f"{TITLE_PT * z:g}pt", color=t.foreground)
    for name, text in (("bottom", x_label), ("left", y_label)):
        axis = item.getAxis(name)
        axis.setLabel(text, **{"font-size": f"{TITLE_PT * z:g}pt", "color": t.foreground})
        axis.setTickFont(font(TICK_PT))
        axis.setStyle(maxTickLevel=1)  # major and minor grid lines, not a third, finer level: a third of the paint
        axis.enableAutoSIPrefix(False)  # 0.2 written as 0.2, not 200 with "(x0.001)" beside the axis title
        axis.setPen(pg.mkPen(t.foreground, width=1.5 * z))
        axis.setTextPen(pg.mkPen(t.foreground))
    item.showGrid(x=True, y=True, alpha=t.grid_alpha)
    item.setMenuEnabled(True)
    if legend:
        lg = item.addLegend(labelTextSize=f"{TICK_PT * z:g}pt", labelTextColor=t.foreground, verSpacing=-4)
        panel = QColor(t.panel)
        panel.setAlpha(200)
        lg.setBrush(pg.mkBrush(panel))
        lg.setPen(pg.mkPen(themed(GREY)))
        if isinstance(legend, tuple):
            x, y = legend
            item_anchor = plot_anchor = (1 if x < 0 else 0, 1 if y < 0 else 0)
            offset = legend
        else:
            item_anchor, plot_anchor, offset = LEGEND_ANCHORS["top-left" if legend is True else legend]
        lg.anchor(item_anchor, plot_anchor, offset)
    plot.setMinimumSize(220, 160)
    adopt_menus(plot)
    return plot


def adopt_menus(plot: pg.PlotWidget) -> None:
    """Make the plot own pyqtgraph's context menus, so Qt deletes them with it.

    pyqtgraph creates them without a parent; left to Python's garbage collector after the
    window is gone, their deletion crashed the interpreter (PySide6 6.11, seen in the test suite).
    """
    item = plot.getPlotItem()
    for menu in (item.getViewBox().menu, item.ctrlMenu):
        if menu is not None and menu.parent() is None:
            menu.setParent(plot, menu.windowFlags())
