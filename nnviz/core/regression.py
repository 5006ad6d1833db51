"""Chapter 2: a straight line through points, its residuals and their sum of squares."""

from __future__ import annotations

import numpy as np

from nnviz.core.descent import SMALL_DATA, in_floats
from nnviz.core.numbers import LARGE, computed, finite

#: The deck's three points (x, y) and its fixed slope.
DECK_X = (0.5, 2.3, 2.9)
DECK_Y = (1.4, 1.9, 3.2)
DECK_SLOPE = 0.64
DECK_INTERCEPT = 0.0
DECK_LEARNING_RATE = 0.1
#: Start of the two-parameter version (slope and intercept both fitted).
BOTH_START = (0.0, 1.0)  # (intercept, slope)
BOTH_LEARNING_RATE = 0.01


def _line(intercept, slope, x, y=None) -> tuple:
    """The arguments checked once per public call: finite, and not beyond ±LARGE."""
    checked = (finite(intercept, "the intercept", LARGE), finite(slope, "the slope", LARGE),
               np.asarray(finite(x, "x", LARGE), dtype=float))
    return checked if y is None else checked + (np.asarray(finite(y, "y", LARGE), dtype=float),)


def _residuals(intercept, slope, x, y):
    return y - (intercept + slope * x)


def _ssr(intercept, slope, x, y) -> float:
    r = _residuals(intercept, slope, x, y)
    return float(np.sum(r * r))  # not r @ r: a threaded BLAS dot is 30× slower for 100,000 points on a busy machine


def _d_ssr(intercept, slope, x, y) -> tuple[float, float]:
    r = _residuals(intercept, slope, x, y)
    return float(-2.0 * r.sum()), float(-2.0 * (r * x).sum())


def predict(intercept: float, slope: float, x) -> np.ndarray:
    """Predicted y = slope·x + intercept."""
    intercept, slope, x = _line(intercept, slope, x)
    with np.errstate(over="ignore", invalid="ignore"):
        return computed(intercept + slope * x, "the prediction")


def residuals(intercept: float, slope: float, x, y) -> np.ndarray:
    """Observed − predicted, one per point."""
    with np.errstate(over="ignore", invalid="ignore"):
        return computed(_residuals(*_line(intercept, slope, x, y)), "a residual")


def ssr(intercept: float, slope: float, x, y) -> float:
    """Sum of the squared residuals."""
    with np.errstate(over="ignore", invalid="ignore"):
        return computed(_ssr(*_line(intercept, slope, x, y)), "the SSR")


def d_ssr(intercept: float, slope: float, x, y) -> tuple[float, float]:
    """(d SSR / d intercept, d SSR / d slope) = (Σ −2·r, Σ −2·r·x)."""
    with np.errstate(over="ignore", invalid="ignore"):
        return computed(_d_ssr(*_line(intercept, slope, x, y)), "the gradient")


def ssr_grid(intercepts, slopes, x, y) -> np.ndarray:
    """SSR for every (intercept, slope) pair of two 1-D arrays: shape (len(intercepts), len(slopes))."""
    i, s = finite(intercepts, "the intercepts", LARGE), finite(slopes, "the slopes", LARGE)
    _, _, x, y = _line(0.0, 0.0, x, y)
    with np.errstate(over="ignore", invalid="ignore"):
        if x.size > 1000:  # many points (an imported table): from five sums, not one residual per point and pair
            return computed(_ssr_grid_sums(np.asarray(i, dtype=float), np.asarray(s, dtype=float), x, y), "the SSR")
        r = y - (np.asarray(i, dtype=float)[:, None, None] + np.asarray(s, dtype=float)[None, :, None] * x)
        return computed((r * r).sum(axis=-1), "the SSR")


def _ssr_grid_sums(i, s, x, y) -> np.ndarray:
    """The same SSR grid from centred sums: Σ(yc − s·xc)² + n·(ȳ − i − s·x̄)² (the cross term is 0)."""
    mx, my = x.mean(), y.mean()
    xc, yc = x - mx, y - my
    sxx, sxy, syy = float(xc @ xc), float(xc @ yc), float(yc @ yc)
    s = s[None, :]
    c = my - i[:, None] - s * mx
    return np.maximum(syy - 2 * s * sxy + s * s * sxx, 0.0) + x.size * c * c


def best_intercept(slope: float, x, y) -> float:
    """The intercept that minimises SSR for a fixed slope: mean(y − slope·x)."""
    _, slope, x, y = _line(0.0, slope, x, y)
    with np.errstate(over="ignore", invalid="ignore"):
        return computed(float(np.mean(y - slope * x)), "the best intercept")


def least_squares(x, y) -> tuple[float, float]:
    """(intercept, slope) of the least-squares line; slope 0 when all x are equal."""
    _, _, x, y = _line(0.0, 0.0, x, y)
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        dx = x - x.mean()
        denom = float(np.sum(dx * dx))
        slope = float(np.sum(dx * (y - y.mean()))) / denom if denom > 0 else 0.0
        return computed((float(y.mean() - slope * x.mean()), slope), "the least-squares line")


def intercept_objective(slope: float, x, y):
    """Objective over params (intercept,) for `descent.descend`."""
    _, slope, x, y = _line(0.0, slope, x, y)
    slope_x = slope * x  # fixed: computed once
    if x.size <= SMALL_DATA:
        return _intercept_in_floats(slope_x.tolist(), y.tolist())
    # Element-wise sums, not r @ r: a BLAS dot product runs on every core and fights the GUI thread for them
    # (100,000 points on a loaded 2-core machine: 47-71 ms a step as dot products, 4-6 ms as sums).

    def objective(params: np.ndarray) -> tuple[float, np.ndarray]:
        r = y - (params[0] + slope_x)  # the residuals once, for the SSR and its derivative
        return float(np.sum(r * r)), np.array([-2.0 * float(np.sum(r))])

    return objective


def line_objective(x, y):
    """Objective over params (intercept, slope) for `descent.descend`."""
    _, _, x, y = _line(0.0, 0.0, x, y)
    if x.size <= SMALL_DATA:
        return _line_in_floats(x.tolist(), y.tolist())

    def objective(params: np.ndarray) -> tuple[float, np.ndarray]:  # element-wise sums, as intercept_objective
        r = _residuals(params[0], params[1], x, y)
        return float(np.sum(r * r)), np.array([-2.0 * float(np.sum(r)), -2.0 * float(np.sum(r * x))])

    return objective


def _intercept_in_floats(slope_x: list[float], y: list[float]):
    """`intercept_objective` for a few points, in Python floats (the same sums, added in order)."""

    @in_floats
    def objective(params) -> tuple[float, list[float]]:
        intercept, ssr, total = params[0], 0.0, 0.0
        for sx, yi in zip(slope_x, y, strict=True):
            r = yi - (intercept + sx)
            ssr += r * r
            total += r
        return ssr, [-2.0 * total]

    return objective


def _line_in_floats(x: list[float], y: list[float]):
    """`line_objective` for a few points, in Python floats (the same sums, added in order)."""

    @in_floats
    def objective(params) -> tuple[float, list[float]]:
        intercept, slope = params[0], params[1]
        ssr = total = moment = 0.0
        for xi, yi in zip(x, y, strict=True):
            r = yi - (intercept + slope * xi)
            ssr += r * r
            total += r
            moment += r * xi
        return ssr, [-2.0 * total, -2.0 * moment]

    return objective


def stable_learning_rate(x, both: bool) -> float:
    """2 / the SSR's largest curvature: above this Learning Rate every step overshoots more than the last."""
    x = np.asarray(finite(x, "x", LARGE), dtype=float)
    if not both:
        return 1.0 / x.size  # d²SSR/dIntercept² = 2n
    with np.errstate(over="ignore", invalid="ignore", under="ignore"):
        curvature = 2 * np.array([[x.size, x.sum()], [x.sum(), np.sum(x * x)]])
        rate = float(2.0 / np.linalg.eigvalsh(curvature).max()) if np.isfinite(curvature).all() else np.nan
    return computed(rate, "the stable learning rate")
