"""Chapter 2: a straight line through points, its residuals and their sum of squares."""

from __future__ import annotations

import numpy as np

#: The deck's three points (x, y) and its fixed slope.
DECK_X = (0.5, 2.3, 2.9)
DECK_Y = (1.4, 1.9, 3.2)
DECK_SLOPE = 0.64
DECK_INTERCEPT = 0.0
DECK_LEARNING_RATE = 0.1
#: Start of the two-parameter version (slope and intercept both fitted).
BOTH_START = (0.0, 1.0)  # (intercept, slope)
BOTH_LEARNING_RATE = 0.01


def predict(intercept: float, slope: float, x) -> np.ndarray:
    """Predicted y = slope·x + intercept."""
    return intercept + slope * np.asarray(x, dtype=float)


def residuals(intercept: float, slope: float, x, y) -> np.ndarray:
    """Observed − predicted, one per point."""
    return np.asarray(y, dtype=float) - predict(intercept, slope, x)


def ssr(intercept: float, slope: float, x, y) -> float:
    """Sum of the squared residuals."""
    r = residuals(intercept, slope, x, y)
    return float(np.sum(r * r))  # not r @ r: a threaded BLAS dot is 30× slower for 100,000 points on a busy machine


def d_ssr(intercept: float, slope: float, x, y) -> tuple[float, float]:
    """(d SSR / d intercept, d SSR / d slope) = (Σ −2·r, Σ −2·r·x)."""
    r = residuals(intercept, slope, x, y)
    return float(-2.0 * r.sum()), float(-2.0 * (r * np.asarray(x, dtype=float)).sum())


def ssr_grid(intercepts, slopes, x, y) -> np.ndarray:
    """SSR for every (intercept, slope) pair of two 1-D arrays: shape (len(intercepts), len(slopes))."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if x.size > 1000:  # many points (an imported table): from five sums, not one residual per point and pair
        return _ssr_grid_sums(np.asarray(intercepts, dtype=float), np.asarray(slopes, dtype=float), x, y)
    i = np.asarray(intercepts, dtype=float)[:, None, None]
    s = np.asarray(slopes, dtype=float)[None, :, None]
    r = y - (i + s * x)
    return (r * r).sum(axis=-1)


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
    return float(np.mean(np.asarray(y, dtype=float) - slope * np.asarray(x, dtype=float)))


def least_squares(x, y) -> tuple[float, float]:
    """(intercept, slope) of the least-squares line; slope 0 when all x are equal."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    dx = x - x.mean()
    denom = float(dx @ dx)
    slope = float(dx @ (y - y.mean())) / denom if denom > 0 else 0.0
    return float(y.mean() - slope * x.mean()), slope


def intercept_objective(slope: float, x, y):
    """Objective over params (intercept,) for `descent.descend`."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)

    def objective(params: np.ndarray) -> tuple[float, np.ndarray]:
        d_i, _ = d_ssr(params[0], slope, x, y)
        return ssr(params[0], slope, x, y), np.array([d_i])

    return objective


def line_objective(x, y):
    """Objective over params (intercept, slope) for `descent.descend`."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)

    def objective(params: np.ndarray) -> tuple[float, np.ndarray]:
        return ssr(params[0], params[1], x, y), np.array(d_ssr(params[0], params[1], x, y))

    return objective


def stable_learning_rate(x, both: bool) -> float:
    """2 / the SSR's largest curvature: above this Learning Rate every step overshoots more than the last."""
    x = np.asarray(x, dtype=float)
    if not both:
        return 1.0 / x.size  # d²SSR/dIntercept² = 2n
    curvature = 2 * np.array([[x.size, x.sum()], [x.sum(), x @ x]])
    return float(2.0 / np.linalg.eigvalsh(curvature).max())
