"""Chapter 2's numbers, exactly as the deck prints them, and the derivatives against finite differences."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnviz.core import regression as reg
from nnviz.core.numbers import fmt, sig

X, Y, SLOPE = reg.DECK_X, reg.DECK_Y, reg.DECK_SLOPE


def test_deck_residuals_at_intercept_0():
    r = reg.residuals(0.0, SLOPE, X, Y)
    np.testing.assert_allclose(r, [1.08, 0.428, 1.344])
    assert [fmt(v, 1) for v in r] == ["1.1", "0.4", "1.3"]


def test_deck_ssr_is_31():
    # The deck squares the rounded residuals: 1.1² + 0.4² + 1.3² = 3.06 → 3.1.
    r = reg.residuals(0.0, SLOPE, X, Y)
    assert fmt(sum(round(v, 1) ** 2 for v in r), 1) == "3.1"
    # The unrounded SSR is 3.156 (shown as 3.16 with the residuals to two places).
    assert reg.ssr(0.0, SLOPE, X, Y) == pytest.approx(3.15592)
    assert reg.ssr(0.0, SLOPE, X, Y) == pytest.approx(3.1, abs=0.1)


def test_deck_derivative_step_size_and_new_intercept():
    d_intercept, _ = reg.d_ssr(0.0, SLOPE, X, Y)
    assert d_intercept == pytest.approx(-5.704)
    assert sig(d_intercept) == "-5.7"
    step = d_intercept * reg.DECK_LEARNING_RATE
    assert sig(step) == "-0.57"
    assert fmt(0.0 - step) == "0.57"


def test_best_intercept_and_least_squares():
    assert reg.best_intercept(SLOPE, X, Y) == pytest.approx(0.95067, abs=1e-5)
    intercept, slope = reg.least_squares(X, Y)
    # Independent formula: solve the normal equations.
    A = np.column_stack([np.ones(3), X])
    expected = np.linalg.solve(A.T @ A, A.T @ np.array(Y))
    assert (intercept, slope) == pytest.approx(tuple(expected))
    assert reg.d_ssr(intercept, slope, X, Y) == pytest.approx((0.0, 0.0), abs=1e-12)


def test_least_squares_with_equal_x_is_flat():
    assert reg.least_squares([1, 1, 1], [1, 2, 3]) == (2.0, 0.0)


def test_ssr_grid_matches_ssr():
    grid = reg.ssr_grid([0.0, 1.0], [0.64, 1.0], X, Y)
    assert grid[0, 0] == pytest.approx(reg.ssr(0.0, 0.64, X, Y))
    assert grid[1, 1] == pytest.approx(reg.ssr(1.0, 1.0, X, Y))


finite = st.floats(-100, 100, allow_nan=False)


@settings(max_examples=60, deadline=None)
@given(intercept=finite, slope=finite,
       points=st.lists(st.tuples(finite, finite), min_size=1, max_size=20))
def test_derivatives_match_central_differences(intercept, slope, points):
    x, y = np.array(points).T
    h = 1e-5
    d_i, d_s = reg.d_ssr(intercept, slope, x, y)
    fd_i = (reg.ssr(intercept + h, slope, x, y) - reg.ssr(intercept - h, slope, x, y)) / (2 * h)
    fd_s = (reg.ssr(intercept, slope + h, x, y) - reg.ssr(intercept, slope - h, x, y)) / (2 * h)
    scale = 1 + reg.ssr(intercept, slope, x, y)
    assert d_i == pytest.approx(fd_i, abs=1e-4 * scale)
    assert d_s == pytest.approx(fd_s, abs=1e-4 * scale)


def test_ssr_grid_for_many_points_matches_the_sum_of_squares():
    """Above 1,000 points the grid comes from centred sums; it must equal Σ r² point by point."""
    rng = np.random.default_rng(3)
    x = rng.normal(size=3000) * 50 + 100
    y = 0.7 * x + rng.normal(size=3000)
    ii, ss = np.linspace(-5, 5, 9), np.linspace(0, 1.5, 7)
    grid = reg.ssr_grid(ii, ss, x, y)
    direct = np.array([[reg.ssr(i, s, x, y) for s in ss] for i in ii])
    np.testing.assert_allclose(grid, direct, rtol=1e-9)


@pytest.mark.parametrize("both", [False, True])
def test_stable_learning_rate_is_where_steps_start_to_grow(both):
    """Just below the bound gradient descent converges; just above, the SSR grows step after step."""
    rng = np.random.default_rng(5)
    x = rng.uniform(0, 10, 500)
    y = 0.5 * x + 2 + rng.normal(0, 0.3, 500)
    bound = reg.stable_learning_rate(x, both)
    objective = reg.line_objective(x, y) if both else reg.intercept_objective(0.64, x, y)
    for factor, grows in ((0.95, False), (1.05, True)):
        params = np.array([0.0, 1.0] if both else [0.0])
        losses = []
        for _ in range(400):
            loss, grad = objective(params)
            losses.append(loss)
            params = params - factor * bound * grad
        assert (losses[-1] > losses[0]) is grows
    assert reg.stable_learning_rate(reg.DECK_X, False) == pytest.approx(1 / 3)


def _both_paths(monkeypatch, make):
    """The objective `make()` builds for a few points (in floats), and the one NumPy computes for the same data."""
    small = make()
    monkeypatch.setattr(reg, "SMALL_DATA", 0)
    return small, make()


@settings(max_examples=60, deadline=None)
@given(n=st.integers(1, 64), seed=st.integers(0, 10_000), start=st.tuples(st.floats(-50, 50), st.floats(-50, 50)))
def test_a_few_points_in_floats_give_what_numpy_gives(n, seed, start):
    rng = np.random.default_rng(seed)
    x, y = rng.uniform(-10, 10, n), rng.uniform(-10, 10, n)
    with pytest.MonkeyPatch.context() as mp:
        small, large = _both_paths(mp, lambda: reg.line_objective(x, y))
    with pytest.MonkeyPatch.context() as mp:
        small_i, large_i = _both_paths(mp, lambda: reg.intercept_objective(0.64, x, y))
    assert getattr(small, "in_floats", False) and not getattr(large, "in_floats", False)
    for a, b, params in ((small, large, list(start)), (small_i, large_i, [start[0]])):
        (loss_a, grad_a), (loss_b, grad_b) = a(params), b(np.array(params))
        assert loss_a == pytest.approx(loss_b, rel=1e-12, abs=1e-12)
        np.testing.assert_allclose(grad_a, grad_b, rtol=1e-12, atol=1e-9)


def test_the_deck_run_in_floats_takes_the_steps_numpy_takes(monkeypatch):
    from nnviz.core.descent import StoppingRules, run

    small, large = _both_paths(monkeypatch, lambda: reg.intercept_objective(reg.DECK_SLOPE, reg.DECK_X, reg.DECK_Y))
    rules = StoppingRules(0.001, 1000, 0.001)
    a, b = run(small, [0.0], 0.1, rules), run(large, [0.0], 0.1, rules)
    assert [s.number for s in a] == [s.number for s in b] == list(range(8))  # stops after 7 steps, as the deck
    assert a[-1].stop is b[-1].stop
    np.testing.assert_allclose([s.params for s in a], [s.params for s in b], rtol=1e-14)
    assert fmt(a[1].params[0], 2) == "0.57" and fmt(a[-1].params[0], 2) == "0.95"


def test_hostile_values_in_floats_stop_the_run_without_a_warning():
    import warnings

    from nnviz.core.descent import StoppingRules, StopReason, run

    objective = reg.line_objective([1e100, -1e100], [1e100, 1e100])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        steps = run(objective, [1e100, 1e100], 1e100, StoppingRules(None, 100, None))
    assert steps[-1].stop is StopReason.DIVERGED and all(np.isfinite(steps[-1].step_sizes))
