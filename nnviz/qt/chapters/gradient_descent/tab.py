"""Chapter 2 — Gradient Descent: a line through three points, its SSR, the derivative, the step size."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QPushButton, QSizePolicy, QStackedWidget

from nnviz.core import regression as reg
from nnviz.core.descent import Step, StoppingRules
from nnviz.qt import theme
from nnviz.qt.chapters import data_tables
from nnviz.qt.chapters.base import ChapterTab, GuidedStep, rules_state
from nnviz.qt.chapters.gradient_descent import data as gradient_descent_data
from nnviz.qt.chapters.gradient_descent import describe
from nnviz.qt.chapters.gradient_descent.ledger import ledger_lines
from nnviz.qt.chapters.gradient_descent.practice import PracticeFigures
from nnviz.qt.chapters.gradient_descent.state import check_state
from nnviz.qt.i18n import translate
from nnviz.qt.training import PLOTTED_STEPS, SlowViews, TrainingController
from nnviz.qt.widgets.data_points import EditablePoints
from nnviz.qt.widgets.ledger import Ledger
from nnviz.qt.widgets.number_field import NumberField
from nnviz.qt.widgets.step_range import StepRange
from nnviz.qt.widgets.training_panel import TrainingPanel

INTERCEPT, BOTH = "intercept", "both"
MODES = {INTERCEPT: QT_TRANSLATE_NOOP("gradient_descent", "Intercept only (Slope fixed)"),
         BOTH: QT_TRANSLATE_NOOP("gradient_descent", "Slope and Intercept together")}
DEFAULT_RULES = {INTERCEPT: StoppingRules(0.001, 1000, 0.001), BOTH: StoppingRules(0.001, 1000, 0.00001)}
CURVE_POINTS, GRID = 200, 120
MAX_PLOTTED = PLOTTED_STEPS  # history points drawn at most (the history itself is bounded too)
MAX_SYMBOLS = 300  # above this many steps, paths are drawn as lines without markers
#: The texts of the plots and the ledger's title.
PLOT_TEXTS = {
    "data": QT_TRANSLATE_NOOP("gradient_descent", "The data and the line"),
    "predicted": QT_TRANSLATE_NOOP("gradient_descent", "Predicted (the line)"),
    "residuals": QT_TRANSLATE_NOOP("gradient_descent", "Residuals"),
    "observed": QT_TRANSLATE_NOOP("gradient_descent", "Observed"),
    "ssr": QT_TRANSLATE_NOOP("gradient_descent", "SSR for each Intercept"),
    "intercept": QT_TRANSLATE_NOOP("gradient_descent", "Intercept"),
    "tangent": QT_TRANSLATE_NOOP("gradient_descent", "Tangent (derivative)"),
    "path": QT_TRANSLATE_NOOP("gradient_descent", "Steps taken"),
    "current": QT_TRANSLATE_NOOP("gradient_descent", "Current Intercept"),
    "contour": QT_TRANSLATE_NOOP("gradient_descent", "SSR for each Intercept and Slope"),
    "slope": QT_TRANSLATE_NOOP("gradient_descent", "Slope"),
    "loss": QT_TRANSLATE_NOOP("gradient_descent", "SSR after each step"),
    "step": QT_TRANSLATE_NOOP("gradient_descent", "Step"),
    "ledger": QT_TRANSLATE_NOOP("gradient_descent", "The math of this step"),
}
#: The guided steps' captions, in the deck's order (translated when the steps are made).
CAPTIONS = (
    QT_TRANSLATE_NOOP("gradient_descent", "The data: three points we want a line to fit"),
    QT_TRANSLATE_NOOP("gradient_descent", "The line y = 0.64 × x + Intercept, starting at Intercept = 0"),
    QT_TRANSLATE_NOOP("gradient_descent", "The residuals: Observed − Predicted, about 1.1, 0.4 and 1.3"),
    QT_TRANSLATE_NOOP("gradient_descent", "Square them and add them up: the SSR is about 3.1"),
    QT_TRANSLATE_NOOP("gradient_descent", "Plug in a bunch of Intercepts: the SSR curve, with its lowest point"),
    QT_TRANSLATE_NOOP("gradient_descent", "The derivative d SSR / d Intercept = −5.7 is the slope of the tangent"),
    QT_TRANSLATE_NOOP("gradient_descent", "Step Size = −5.7 × Learning Rate 0.1 = −0.57"),
    QT_TRANSLATE_NOOP("gradient_descent", "New Intercept = 0 − (−0.57) = 0.57"),
    QT_TRANSLATE_NOOP("gradient_descent", "Keep stepping: the steps shrink as the curve flattens"),
    QT_TRANSLATE_NOOP("gradient_descent",
                      "When do we stop? SSR ≤ 0.001, a maximum number of steps, or a tiny step size"),
    QT_TRANSLATE_NOOP("gradient_descent", "Now fit the Slope and the Intercept together: the path across the SSR "
                                          "landscape"),
)
# What the guided steps reveal, in the deck's order.
PARTS = ("line", "residuals", "ssr", "curve", "tangent", "path")


def _span(values, pad: float, minimum: float) -> tuple[float, float]:
    lo, hi = float(np.min(values)), float(np.max(values))
    width = max(hi - lo, minimum)
    mid = (lo + hi) / 2
    return mid - width / 2 - pad * width, mid + width / 2 + pad * width


class GradientDescentTab(ChapterTab):
    number = 2
    key = "gradient-descent"
    title = "Gradient Descent"
    summary = QT_TRANSLATE_NOOP("chapters",
                                "Take steps downhill on the SSR curve: Step Size = derivative × Learning Rate.")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.mode = INTERCEPT
        self.slope_fixed = reg.DECK_SLOPE
        self._start = (reg.DECK_INTERCEPT,)
        self.controller = TrainingController(self._objective(reg.DECK_X, reg.DECK_Y), self._start,
                                             reg.DECK_LEARNING_RATE, DEFAULT_RULES[INTERCEPT], parent=self)
        self.controllers.append(self.controller)
        self._build_controls()
        self._build_content()
        self.practice_figures = PracticeFigures(self.data_plot, self.ssr_plot, self.practice, self.ledger)
        self.controller.stepChanged.connect(self._on_step)
        self._slow = SlowViews(self.controller, self._on_step, interval=0.2)  # the written-out step at 5 Hz in a run
        self._on_data_changed(restart=False)
        describe.install(self)  # the SSR plots' sentences for a screen reader

    # --- construction -----------------------------------------------------------
    def _build_controls(self) -> None:
        self.mode_box = QComboBox()
        self.mode_box.setObjectName("mode")
        self.mode_box.setToolTip(translate("gradient_descent", "Fit only the Intercept (the deck's example) or the "
                                                               "Slope and the Intercept together"))
        for key, text in MODES.items():
            self.mode_box.addItem(translate("gradient_descent", text), key)
        self.mode_box.currentIndexChanged.connect(self._on_mode_changed)
        self.intercept = NumberField("intercept", translate("gradient_descent", "Intercept"), 0.0, -10, 10,
                                     tooltip=translate("gradient_descent", "The Intercept of the line; type a value "
                                                                           "to start from there"))
        self.slope = NumberField("slope", self._slope_label(), reg.DECK_SLOPE, -5, 5,
                                 tooltip=translate("gradient_descent", "The Slope of the line (fixed at 0.64 in the "
                                                                       "deck's example)"))
        self.intercept.valueChanged.connect(self._on_param_edited)
        self.slope.valueChanged.connect(self._on_param_edited)
        self.panel = TrainingPanel(self.controller, learning_rate_range=(data_tables.LR_MIN, 10.0))
        self.panel.buttons["reset"].clicked.connect(self.reset)
        for button in self.panel.buttons.values():
            button.clicked.connect(self._reveal_all)
        self.deck_button = QPushButton(translate("gradient_descent", "Deck's example"))
        self.deck_button.setObjectName("deck-values")
        self.deck_button.setToolTip(translate("gradient_descent", "Back to the deck's points, Slope 0.64, Intercept 0 "
                                                                  "and Learning Rate 0.1"))
        self.deck_button.clicked.connect(self.restore_deck)
        hint = QLabel(translate("gradient_descent", "Drag a point to move it, double-click the plot to add one, "
                                                    "right-click a point to remove it."))
        hint.setWordWrap(True)
        self.table_io = gradient_descent_data.table_io(self)  # Import data… / Export data…
        for widget in (self.mode_box, self.intercept, self.slope, self.panel, self.deck_button, self.table_io.widget,
                       hint):
            self.controls.addWidget(widget)
        self.finish_controls()

    def _build_content(self) -> None:
        grid = QGridLayout(self.content)
        grid.setContentsMargins(0, 0, 0, 0)
        t = {key: translate("gradient_descent", text) for key, text in PLOT_TEXTS.items()}
        # The data, the line and the residuals.
        self.data_plot = theme.make_plot(t["data"], "x", "y", legend="top-left")
        self.data_plot.setObjectName("data-plot")
        self.line_item = self.data_plot.plot(pen=theme.pen("prediction"), name=t["predicted"])
        self.residual_item = self.data_plot.plot(pen=theme.pen("residual", 2.5), connect="pairs", name=t["residuals"])
        self.points = EditablePoints(self.data_plot, reg.DECK_X, reg.DECK_Y, name=t["observed"])
        self.points.changed.connect(self._on_data_changed)
        # SSR against the intercept ("plug in a bunch of values").
        self.ssr_plot = theme.make_plot(t["ssr"], t["intercept"], "SSR", legend="top-center")
        self.ssr_plot.setObjectName("ssr-intercept-plot")
        self.ssr_curve = self.ssr_plot.plot(pen=theme.pen("ssr"), name="SSR")
        self.tangent_item = self.ssr_plot.plot(pen=theme.pen("tangent", 3), name=t["tangent"])
        self.path_item = self.ssr_plot.plot(pen=pg.mkPen(theme.ORANGE, width=2), symbol="o", symbolSize=9,
                                            symbolBrush=theme.brush("path"), symbolPen=theme.NO_PEN, name=t["path"])
        self.current_item = self.ssr_plot.plot(pen=None, symbol="o", symbolSize=18,
                                               symbolBrush=theme.brush("prediction"),
                                               symbolPen=pg.mkPen(theme.BLACK, width=2), name=t["current"])
        # SSR over (intercept, slope) for the two-parameter mode.
        self.contour_plot = theme.make_plot(t["contour"], t["intercept"], t["slope"])
        self.contour_plot.setObjectName("ssr-contour-plot")
        self.contour_image = pg.ImageItem(colorMap=pg.colormap.get("viridis"))
        self.contour_plot.addItem(self.contour_image)
        self.isocurves = [pg.IsocurveItem(pen=pg.mkPen("w", width=1.5)) for _ in range(8)]
        for iso in self.isocurves:
            iso.setParentItem(self.contour_image)
        self.contour_path = self.contour_plot.plot(pen=pg.mkPen(theme.ORANGE, width=3), symbol="o", symbolSize=7,
                                                   symbolBrush=theme.brush("path"), symbolPen=theme.NO_PEN)
        self.contour_current = self.contour_plot.plot(pen=None, symbol="o", symbolSize=18,
                                                      symbolBrush=pg.mkBrush("w"),
                                                      symbolPen=pg.mkPen(theme.BLACK, width=3))
        self.contour_best = self.contour_plot.plot(pen=None, symbol="+", symbolSize=20, symbolBrush=theme.NO_BRUSH,
                                                   symbolPen=pg.mkPen("w", width=3))
        self.landscape = QStackedWidget()
        self.landscape.addWidget(self.ssr_plot)
        self.landscape.addWidget(self.contour_plot)
        # SSR over steps.
        self.loss_plot = theme.make_plot(t["loss"], t["step"], "SSR")
        self.loss_plot.setObjectName("ssr-steps-plot")
        self._loss_range = StepRange(self.loss_plot, headroom=1.08)
        self.loss_item = self.loss_plot.plot(pen=theme.pen("ssr"), symbol="o", symbolSize=6,
                                             symbolBrush=theme.brush("ssr"), symbolPen=theme.NO_PEN)
        self.ledger = Ledger(t["ledger"])
        # Its text changes every frame of a run: it must not make the grid re-lay out (and resize, hence
        # fully redraw, every plot) each time a line wraps differently. Measured: 18 plot resizes in 3 s before.
        self.ledger.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        grid.addWidget(self.data_plot, 0, 0)
        grid.addWidget(self.landscape, 0, 1)
        grid.addWidget(self.loss_plot, 1, 0)
        grid.addWidget(self.ledger, 1, 1)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)

    def _slope_label(self) -> str:
        return (translate("gradient_descent", "Slope (fixed)") if self.mode == INTERCEPT
                else translate("gradient_descent", "Slope"))

    # --- model ----------------------------------------------------------------------
    def _objective(self, x, y):
        if self.mode == INTERCEPT:
            return reg.intercept_objective(self.slope_fixed, x, y)
        return reg.line_objective(x, y)

    def line(self, step: Step | None = None) -> tuple[float, float]:
        """(intercept, slope) of a step (default: the current one)."""
        step = step or self.controller.current
        if self.mode == INTERCEPT:
            return step.params[0], self.slope_fixed
        return step.params[0], step.params[1]

    def reset(self) -> None:
        """Back to the start values of this run (the last typed ones, or the deck's)."""
        self.controller.reset(self._start)
        self.panel.say(translate("gradient_descent", "Reset."))

    def restore_deck(self) -> None:
        """The deck's data, slope, start, learning rate and stopping rules for the current mode."""
        self.points.set_points(reg.DECK_X, reg.DECK_Y)
        self._apply_mode_defaults()

    def _apply_mode_defaults(self) -> None:
        self.slope_fixed = reg.DECK_SLOPE
        self._start = (reg.DECK_INTERCEPT,) if self.mode == INTERCEPT else reg.BOTH_START
        lr = reg.DECK_LEARNING_RATE if self.mode == INTERCEPT else reg.BOTH_LEARNING_RATE
        lr = data_tables.safe_learning_rate(lr, self.points.points()[0], self.mode == BOTH)  # many points: smaller
        self.panel.learning_rate.setValue(lr)
        self.panel.set_rules(DEFAULT_RULES[self.mode])
        self.controller.learning_rate = lr
        self.controller.rules = DEFAULT_RULES[self.mode]
        self.controller.reset(self._start, objective=self._objective(*self.points.points()))
        self._update_ranges()
        self._on_step(self.controller.current)
        self.panel.say("")

    def _on_mode_changed(self, index: int) -> None:
        self.mode = self.mode_box.itemData(index)
        self.landscape.setCurrentIndex(0 if self.mode == INTERCEPT else 1)
        self.slope.label.setText(self._slope_label())
        self._apply_mode_defaults()

    def _on_param_edited(self, _value: float) -> None:
        if self.mode == INTERCEPT:
            self.slope_fixed = self.slope.value()
            self._start = (self.intercept.value(),)
            self.controller.set_objective(self._objective(*self.points.points()))
        else:
            self._start = (self.intercept.value(), self.slope.value())
        self._update_ranges()
        self.controller.set_params(self._start)

    def _on_data_changed(self, restart: bool = True) -> None:
        x, y = self.points.points()
        self._update_ranges()
        self.controller.set_objective(self._objective(x, y), restart=restart)
        self._drawn = None  # new data: the residuals move even where the line does not
        self._on_step(self.controller.current)

    # --- view -----------------------------------------------------------------------------
    def _update_ranges(self) -> None:
        """Fixed plot ranges, recomputed only when the data, the slope or the mode change."""
        x, y = self.points.points()
        x0, x1 = _span(np.append(x, 0.0), 0.15, 1.0)
        y0, y1 = _span(np.append(y, 0.0), 0.15, 1.0)
        y1 += 0.35 * (y1 - y0)  # room for the legend above the data
        self.data_plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        self._x_line = np.array([x0, x1])
        best_i, best_s = reg.least_squares(x, y)
        if self.mode == INTERCEPT:
            centre = reg.best_intercept(self.slope_fixed, x, y)
            here = self.controller.current.params[0]
            half = max(1.5, 1.3 * abs(here - centre))
            self._i_grid = np.linspace(centre - half, centre + half, CURVE_POINTS)
            ssr = reg.ssr_grid(self._i_grid, [self.slope_fixed], x, y)[:, 0]
            self.ssr_curve.setData(self._i_grid, ssr)
            self.ssr_plot.setRange(xRange=(self._i_grid[0], self._i_grid[-1]), yRange=(0, float(ssr.max()) * 1.45),
                                   padding=0)
        else:
            ii = np.linspace(best_i - 2.5, best_i + 2.5, GRID)
            ss = np.linspace(best_s - 1.2, best_s + 1.2, GRID)
            values = np.log10(reg.ssr_grid(ii, ss, x, y) + 1e-3)
            self.contour_image.setImage(values, autoLevels=True)
            self.contour_image.setRect(pg.QtCore.QRectF(ii[0], ss[0], ii[-1] - ii[0], ss[-1] - ss[0]))
            levels = np.linspace(values.min(), values.max(), len(self.isocurves) + 2)[1:-1]
            for iso, level in zip(self.isocurves, levels, strict=True):
                iso.setData(values, level)
            self.contour_best.setData([best_i], [best_s])
            self.contour_plot.setRange(xRange=(ii[0], ii[-1]), yRange=(ss[0], ss[-1]), padding=0)

    def _still(self, intercept: float, slope: float) -> bool:
        """During a run, whether the line is where the previous frame drew it (to 1e-9): a run that has found
        its minimum goes on stepping in place, and its line, tangent and path need no redraw."""
        drawn, self._drawn = getattr(self, "_drawn", None), (intercept, slope, self.mode)
        return (self.controller.running and drawn is not None and drawn[2] == self.mode
                and all(abs(a - b) <= 1e-9 * max(1.0, abs(b))
                        for a, b in zip((intercept, slope), drawn[:2], strict=True)))

    def _on_step(self, step: Step) -> None:
        intercept, slope = self.line(step)
        history = self.controller.history
        numbers, losses = history.losses(MAX_PLOTTED)  # a thinned history: first, evenly spaced, last
        self.loss_item.setSymbol("o" if len(history) <= MAX_SYMBOLS else None)
        self.loss_item.setData(numbers, np.minimum(losses, 1e12))
        self._loss_range.follow(float(numbers[0]), float(numbers[-1]), float(np.max(np.minimum(losses, 1e12))))
        if not self._still(intercept, slope):
            self._draw_line(step, intercept, slope, numbers, losses)
        if self._slow.due():  # during a run the written-out step changes at 5 Hz: readable, and frames stay short
            self.ledger.set_lines(self.ledger_lines(step))

    def _draw_line(self, step: Step, intercept: float, slope: float, numbers, losses) -> None:
        """The fields, the line and its residuals, and the step on the SSR curve or the contour."""
        self.intercept.setValue(intercept)
        self.slope.setValue(slope)
        x, y = self.points.arrays()
        keep = data_tables.thinned(len(x))  # an imported table: the residuals of evenly chosen points
        x, y = x[keep], y[keep]
        xl = self._x_line
        with np.errstate(all="ignore"):
            self.line_item.setData(xl, np.clip(intercept + slope * xl, -1e9, 1e9))
            predicted = np.clip(reg.predict(intercept, slope, x), -1e9, 1e9)
        data_tables.set_residuals(self.residual_item, x, y, predicted)
        history = self.controller.history
        symbols = len(history) <= MAX_SYMBOLS
        self.path_item.setSymbol("o" if symbols else None)
        self.contour_path.setSymbol("o" if symbols else None)
        params = history.params(MAX_PLOTTED)
        if self.mode == INTERCEPT:
            if not (self._i_grid[0] <= intercept <= self._i_grid[-1]):
                self._update_ranges()
            d = step.gradient[0] if step.gradient else 0.0
            half = (self._i_grid[-1] - self._i_grid[0]) / 8
            ti = np.array([intercept - half, intercept + half])
            self.tangent_item.setData(ti, step.loss + d * (ti - intercept))
            self.path_item.setData(params[:, 0], np.minimum(losses, 1e12))
            self.current_item.setData([intercept], [step.loss])
        else:
            self.contour_path.setData(params[:, 0], params[:, 1])
            self.contour_current.setData([intercept], [slope])

    def ledger_lines(self, step: Step) -> list[tuple[str, str]]:
        """The deck's computation for this step, with its numbers (deck rounding; full values in tooltips)."""
        intercept, slope = self.line(step)
        return ledger_lines(step, *self.points.arrays(), intercept, slope, self.mode == BOTH)

    # --- guided steps ------------------------------------------------------------------
    def reveal(self, count: int) -> None:
        """Show the first `count` parts of PARTS (the data is always shown)."""
        shown = set(PARTS[:count])
        self.line_item.setVisible("line" in shown)
        self.residual_item.setVisible("residuals" in shown)
        self.ledger.setVisible("ssr" in shown)
        self.ssr_curve.setVisible("curve" in shown)
        self.current_item.setVisible("curve" in shown)
        self.tangent_item.setVisible("tangent" in shown)
        self.path_item.setVisible("path" in shown)

    def _reveal_all(self) -> None:
        self.reveal(len(PARTS))

    def _guided(self, reveal: int, steps: int = 0, mode: str = INTERCEPT) -> None:
        if self.mode != mode:
            self.mode_box.setCurrentIndex(list(MODES).index(mode))
        self.restore_deck()
        for _ in range(steps):
            self.controller.step()
        self.reveal(reveal)

    def guided_steps(self) -> list[GuidedStep]:
        g = self._guided
        applies = [lambda: g(0), lambda: g(1), lambda: g(2), lambda: g(3), lambda: g(4), lambda: g(5), lambda: g(5),
                   lambda: g(6, 1), lambda: g(6, 4), lambda: g(6, 50), lambda: g(6, 300, BOTH)]
        return [GuidedStep(translate("gradient_descent", caption), apply)
                for caption, apply in zip(CAPTIONS, applies, strict=True)]

    # --- lesson files ----------------------------------------------------------------
    def get_state(self) -> dict:
        x, y = self.points.points()
        return {"mode": self.mode, "x": x.tolist(), "y": y.tolist(), "slope": self.slope_fixed,
                "start": list(self._start), "current": list(self.controller.current.params),
                "learning_rate": self.controller.learning_rate, "rules": rules_state(self.controller.rules)}

    def set_state(self, state: dict) -> None:
        checked = check_state(state, MODES)
        self.mode_box.blockSignals(True)
        self.mode_box.setCurrentIndex(list(MODES).index(checked["mode"]))
        self.mode_box.blockSignals(False)
        self.mode = checked["mode"]
        self.landscape.setCurrentIndex(0 if self.mode == INTERCEPT else 1)
        self.slope.label.setText(self._slope_label())
        self.points.set_points(checked["x"], checked["y"])
        self.slope_fixed = checked["slope"]
        self._start = tuple(checked["start"])
        self.panel.learning_rate.setValue(checked["learning_rate"])
        self.panel.set_rules(checked["rules"])
        self.controller.learning_rate = checked["learning_rate"]
        self.controller.rules = checked["rules"]
        self.controller.reset(checked["current"], objective=self._objective(*self.points.points()))
        self._update_ranges()
        self._reveal_all()
        self._on_step(self.controller.current)

