"""Views of chapter 3 (Backpropagation): the seven parameters with train/freeze boxes, the gradient
check table, and the plots (squiggle, SSR along one parameter, SSR and parameters over steps)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
)

from nnviz.core import activations
from nnviz.core.backpropagation.two_nodes import CheckRow
from nnviz.core.numbers import minus
from nnviz.core.why_how import wide
from nnviz.core.why_how.dosage import NAMES
from nnviz.qt import theme
from nnviz.qt.i18n import fill, localize, number, significant, translate
from nnviz.qt.widgets import node_style
from nnviz.qt.widgets.number_field import NumberField
from nnviz.qt.widgets.step_range import StepRange

PARAM_RANGE = (-100.0, 100.0)
BIG = 1e9  # plotted values are clipped to ±BIG so that nothing non-finite reaches pyqtgraph
#: One colour per hidden node (as the theme's "top"/"bottom" roles), one dash style per kind of parameter.
PARAM_PENS = {
    "w1": (theme.COLORS["top"], Qt.PenStyle.SolidLine), "b1": (theme.COLORS["top"], Qt.PenStyle.DotLine),
    "w3": (theme.COLORS["top"], Qt.PenStyle.DashLine), "w2": (theme.COLORS["bottom"], Qt.PenStyle.SolidLine),
    "b2": (theme.COLORS["bottom"], Qt.PenStyle.DotLine), "w4": (theme.COLORS["bottom"], Qt.PenStyle.DashLine),
    "b3": (theme.COLORS["bias"], Qt.PenStyle.DashDotLine),
}
KIND_STYLES = {"w": Qt.PenStyle.SolidLine, "b": Qt.PenStyle.DotLine, "v": Qt.PenStyle.DashLine}
LEGEND_UP_TO = 4  # hidden nodes; with more, the parameters plot names its curves in tooltips only
GOOD_AGREEMENT = 1e-5
#: The names of the hidden nodes' activations as `activations` writes them (listed for Qt's translation tools).
ACTIVATION_NAMES = (QT_TRANSLATE_NOOP("backprop_views", "Softplus"), QT_TRANSLATE_NOOP("backprop_views", "ReLU"),
                    QT_TRANSLATE_NOOP("backprop_views", "Sigmoid"), QT_TRANSLATE_NOOP("backprop_views", "Tanh"))


def activation_label(key: str) -> str:
    """The name of activation `key` in the interface language."""
    return translate("backprop_views", activations.get(key).label)


def param_pen(name: str) -> tuple[str, Qt.PenStyle]:
    """(colour, dash style) of a parameter's curve: the deck's for w1 … b3; else its node's colour, its kind's dash."""
    if name in PARAM_PENS:
        return PARAM_PENS[name]
    kind, k = wide.role(name)
    if kind == "out":
        return PARAM_PENS["b3"]
    return node_style.color(k), KIND_STYLES[kind]
SYMBOLS_MAX = 100  # longer runs draw the SSR as a line without a dot per step


def finite(values) -> np.ndarray:
    """`values` with NaN and infinities replaced by large finite numbers, for plotting."""
    with np.errstate(invalid="ignore", over="ignore"):
        return np.clip(np.nan_to_num(np.asarray(values, dtype=float), nan=BIG, posinf=BIG, neginf=-BIG), -BIG, BIG)


class ParameterEditor(QGroupBox):
    """w1 … b3: a "train" box (ticked: the parameter is trained; empty: frozen) and a number field each."""

    valueEdited = Signal(str, float)  # the user typed a new value for a parameter
    freeChanged = Signal()  # the user ticked or cleared a "train" box

    def __init__(self, values, free, parent=None, names=NAMES):
        super().__init__(translate("backprop_views", "Weights and biases"), parent)
        self.fields: dict[str, NumberField] = {}
        self.checks: dict[str, QCheckBox] = {}
        self.grid = QGridLayout(self)
        self.grid.setVerticalSpacing(0)
        hint = QLabel(translate("backprop_views", "Ticked: trained. Empty: frozen."))
        hint.setStyleSheet(f"color: {theme.GREY};")
        self.grid.addWidget(hint, 0, 0, 1, 2)
        self.set_names(names, values, free)

    def set_names(self, names, values, free) -> None:
        """One row per parameter of `names` (the fields of another network size are removed)."""
        for widget in list(self.fields.values()) + list(self.checks.values()):
            self.grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self.fields, self.checks, self.names = {}, {}, tuple(names)
        for row, (name, value, on) in enumerate(zip(names, values, free, strict=True), start=1):
            text = wide.label(name)
            check = QCheckBox(translate("backprop_views", "train"))
            check.setObjectName(f"free-{name}")
            check.setChecked(bool(on))
            check.setToolTip(
                fill(translate("backprop_views", "Train %1 (ticked) or keep it frozen at its value (empty)"), text)
            )
            check.setAccessibleName(fill(translate("backprop_views", "train %1"), text))
            check.toggled.connect(self._on_toggled)
            field = NumberField(name, text, value, *PARAM_RANGE, decimals=2, slider=False,
                                tooltip=fill(translate("backprop_views", "%1: type a value from −100 to 100 and press "
                                                                         "Enter (a new run starts there)"), text))
            field.label.setFont(theme.font(theme.BASE_PT + 1, bold=True))
            role = "bias" if name.startswith("b") else "weight"
            field.label.setStyleSheet(f"color: {theme.COLORS[role]};")
            field.valueChanged.connect(self._on_value_changed)
            self.grid.addWidget(check, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(field, row, 1)
            self.fields[name], self.checks[name] = field, check

    def values(self) -> tuple[float, ...]:
        return tuple(self.fields[n].value() for n in self.names)

    def mask(self) -> tuple[bool, ...]:
        return tuple(self.checks[n].isChecked() for n in self.names)

    def set_values(self, values) -> None:
        """Show these values (model → view, no signals)."""
        for name, value in zip(self.names, values, strict=True):
            self.fields[name].setValue(value)

    def set_mask(self, mask) -> None:
        """Tick the trained parameters (model → view, no signals)."""
        for name, on in zip(self.names, mask, strict=True):
            self.checks[name].blockSignals(True)
            self.checks[name].setChecked(bool(on))
            self.checks[name].blockSignals(False)

    def _on_toggled(self, _on: bool) -> None:
        self.freeChanged.emit()

    def _on_value_changed(self, value: float) -> None:
        self.valueEdited.emit(self.sender().objectName(), value)


class GradientCheckTable(QTableWidget):
    """For every parameter: backpropagation's derivative, the central finite difference, their relative difference."""

    HEADERS = (
        QT_TRANSLATE_NOOP("backprop_views", "Parameter"),
        QT_TRANSLATE_NOOP("backprop_views", "Backpropagation\n(chain rule)"),
        QT_TRANSLATE_NOOP("backprop_views", "Finite difference\n(h = 0.00001)"),
        QT_TRANSLATE_NOOP("backprop_views", "Relative\ndifference"),
        QT_TRANSLATE_NOOP("backprop_views", "Agree?"),
    )

    def __init__(self, parent=None):
        super().__init__(len(NAMES), len(self.HEADERS), parent)
        self.setObjectName("gradient-check")
        self.setHorizontalHeaderLabels([translate("backprop_views", text) for text in self.HEADERS])
        self.horizontalHeaderItem(2).setToolTip(translate("backprop_views", "(SSR(p + h) − SSR(p − h)) / 2h: the slope "
                                                          "of the SSR curve measured over a tiny step h on each side, "
                                                          "without the chain rule"))
        self.setFont(theme.font(theme.LEDGER_PT - 1))
        self.horizontalHeader().setFont(theme.font(theme.BASE_PT))
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for r in range(len(NAMES)):
            for c in range(len(self.HEADERS)):
                item = QTableWidgetItem()
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(r, c, item)
        self.rows: list[CheckRow] = []

    def set_rows(self, rows: list[CheckRow]) -> None:
        self.rows = list(rows)
        if self.rowCount() != len(rows):  # another network size
            old = self.rowCount()
            self.setRowCount(len(rows))
            for r in range(old, len(rows)):
                for c in range(len(self.HEADERS)):
                    item = QTableWidgetItem()
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    self.setItem(r, c, item)
        agree = (translate("backprop_views", "✓ yes"), translate("backprop_views", "relative difference ≤ 0.00001"))
        differ = (translate("backprop_views", "✗ no"), translate("backprop_views", "they differ"))
        kink = (translate("backprop_views", "ReLU kink"),
                translate("backprop_views", "x = 0 for a data point: ReLU's derivative jumps there (0 on the left, "
                                            "1 on the right), so the finite difference lands in between"))
        for r, row in enumerate(rows):
            ok = row.relative_difference <= GOOD_AGREEMENT
            verdict = kink if row.kink and not ok else agree if ok else differ
            texts = [(wide.label(row.name), ""),
                     *((significant(v, digits), localize(repr(v))) for v, digits in
                       ((row.chain_rule, 6), (row.finite_difference, 6), (row.relative_difference, 2))),
                     verdict]
            for c, (text, tip) in enumerate(texts):
                item = self.item(r, c)
                item.setText(minus(text))
                item.setToolTip(tip)


class Plots:
    """Plot widgets and their items, created once; `update_*` calls only `setData`."""

    def __init__(self):
        self.squiggle = theme.make_plot(translate("backprop_views", "Data and squiggle"),
                                        translate("backprop_views", "Dosage"), translate("backprop_views", "Efficacy"),
                                        legend=(-6, -6))
        self.squiggle.setObjectName("squiggle-plot")
        self.squiggle_item = self.squiggle.plot(pen=theme.pen("prediction", 4),
                                                name=translate("backprop_views", "Predicted"))
        self.residual_item = self.squiggle.plot(pen=theme.pen("residual", 2), connect="pairs",
                                                name=translate("backprop_views", "Residuals"))
        self.squiggle.getPlotItem().legend.setColumnCount(1)
        self.along = theme.make_plot(fill(translate("backprop_views", "SSR for each %1"), "b3"), "b3", "SSR",
                                     legend=(-6, 6))
        self.along.setObjectName("ssr-parameter-plot")
        self.along.getPlotItem().legend.setColumnCount(2)
        self.along_curve = self.along.plot(pen=theme.pen("ssr"), name="SSR")
        self.tangent_item = self.along.plot(pen=theme.pen("tangent", 3), name=translate("backprop_views", "Tangent"))
        self.path_item = self.along.plot(pen=pg.mkPen(theme.ORANGE, width=2), symbol="o", symbolSize=8,
                                         symbolBrush=theme.brush("path"), symbolPen=theme.NO_PEN,
                                         name=translate("backprop_views", "Steps"))
        self.current_item = self.along.plot(pen=None, symbol="o", symbolSize=16, symbolBrush=theme.brush("prediction"),
                                            symbolPen=pg.mkPen(theme.BLACK, width=2),
                                            name=translate("backprop_views", "Now"))
        self.loss = theme.make_plot(
            translate("backprop_views", "SSR after each step"), translate("backprop_views", "Step"), "SSR"
        )
        self.loss.setObjectName("ssr-steps-plot")
        self._loss_range = StepRange(self.loss, headroom=1.05)
        self.loss_item = self.loss.plot(pen=theme.pen("ssr"), symbol="o", symbolSize=5,
                                        symbolBrush=theme.brush("ssr"), symbolPen=theme.NO_PEN)
        self.params = theme.make_plot(translate("backprop_views", "Each parameter after each step"),
                                      translate("backprop_views", "Step"), translate("backprop_views", "Value"),
                                      legend=(-6, 6))
        self.params.setObjectName("parameters-steps-plot")
        self.params.getPlotItem().legend.setColumnCount(4)
        self.param_items: dict = {}
        self._named = True
        self.set_names(NAMES)

    def set_names(self, names) -> None:
        """One curve per parameter of the network (items made again only when the network's size changes)."""
        if tuple(self.param_items) == tuple(names):
            return
        legend = self.params.getPlotItem().legend
        for item in self.param_items.values():
            legend.removeItem(item)
            self.params.removeItem(item)
        named = len(names) <= 3 * LEGEND_UP_TO + 1
        self.param_items = {}
        for n in names:
            colour, style = param_pen(n)
            item = self.params.plot(pen=pg.mkPen(colour, width=3, style=style), name=wide.label(n) if named else None)
            self.param_items[n] = item
        legend.setVisible(named)
        if named != self._named:  # the title explains the curves when the legend would be too long
            self._named = named
            title = translate("backprop_views", "Each parameter after each step") if named else \
                translate("backprop_views", "Each parameter after each step (colour: hidden node; solid w, dotted b, "
                                            "dashed v)")
            t = theme.current_theme()
            self.params.getPlotItem().setTitle(title, size=f"{theme.TITLE_PT * theme.zoom():g}pt", color=t.foreground)

    def update_history(self, numbers: np.ndarray, losses: np.ndarray, values: np.ndarray | None) -> None:
        """SSR after each step, and (when `values` is given) each parameter after each step. Fixed ranges:
        pyqtgraph's autorange on every frame is its biggest redraw cost."""
        top = max(float(numbers[-1]), float(numbers[0]) + 10)
        if values is None:
            losses = finite(losses)
            self.loss_item.setData(numbers, losses, symbol="o" if len(numbers) <= SYMBOLS_MAX else None)
            self._loss_range.follow(float(numbers[0]), float(numbers[-1]), float(losses.max()))
            return
        values = finite(values)
        lo, hi = float(values.min()), float(values.max())
        span = max(hi - lo, 1.0)
        self.params.setRange(xRange=(numbers[0], top), yRange=(lo - 0.05 * span, hi + 0.45 * span), padding=0.02)
        for i, item in enumerate(self.param_items.values()):
            item.setData(numbers, values[:, i])

    def set_along_names(self, name: str) -> None:
        name = wide.label(name)
        self.along.getPlotItem().setTitle(fill(translate("backprop_views", "SSR for each %1"), name),
                                          size=f"{theme.TITLE_PT}pt", color=theme.BLACK)
        self.along.getPlotItem().getAxis("bottom").setLabel(name, **{"font-size": f"{theme.TITLE_PT}pt"})


def step_words(name: str, derivative: float, learning_rate: float, value: float, free: bool) -> str:
    """Step Size and New value for one parameter, as chapter 2 writes them for the intercept."""
    name = wide.label(name)
    if not free:
        frozen = fill(translate("backprop_views", "%1 is frozen: it keeps its value %2."), name, minus(number(value)))
        return f"<span style='color:{theme.GREY}'>{frozen}</span>"
    size = derivative * learning_rate
    size_text = f"({minus(significant(size, 3))})" if size < 0 else significant(size, 3)
    return fill(translate("backprop_views", "Step Size = %1 × %2 = %3;  New %4 = %5 − %6 = <b>%7</b>"),
                minus(significant(derivative, 3)), number(learning_rate, 4), minus(significant(size, 3)), name,
                minus(number(value)), size_text, minus(number(value - size)))
