"""Activation functions: the deck's formulas, derivatives against finite differences, no warnings at extremes."""

import math
import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnviz.core import activations as act

HIDDEN = ("softplus", "relu", "sigmoid", "tanh")
EXTREMES = np.array([-1e300, -1000.0, -50.0, 50.0, 1000.0, 1e300])


def central(f, x, h=1e-6):
    return (f(x + h) - f(x - h)) / (2 * h)


def test_softplus_is_log_of_one_plus_e_to_the_x():
    x = np.linspace(-5, 5, 11)
    assert np.allclose(act.softplus(x), np.log(1 + np.exp(x)), rtol=1e-12)


def test_relu_is_max_of_zero_and_x():
    assert act.relu(np.array([-2.0, 0.0, 3.5])).tolist() == [0.0, 0.0, 3.5]


def test_sigmoid_is_e_to_the_x_over_e_to_the_x_plus_one():
    x = np.linspace(-5, 5, 11)
    assert np.allclose(act.sigmoid(x), np.exp(x) / (np.exp(x) + 1), rtol=1e-12)


def test_tanh_formula():
    x = np.linspace(-3, 3, 7)
    assert np.allclose(act.tanh(x), (np.exp(x) - np.exp(-x)) / (np.exp(x) + np.exp(-x)), rtol=1e-12)


@pytest.mark.parametrize("key", HIDDEN)
def test_derivative_matches_central_differences(key):
    a = act.get(key)
    x = np.array([-4.0, -1.3, -0.2, 0.3, 0.9, 2.5, 4.0])  # away from ReLU's kink at 0
    assert np.allclose(a.df(x), central(a.f, x), atol=1e-7)


@settings(max_examples=60, deadline=None)
@given(x=st.floats(-30, 30).filter(lambda v: abs(v) > 1e-3), key=st.sampled_from(HIDDEN))
def test_derivative_matches_central_differences_anywhere(x, key):
    a = act.get(key)
    assert math.isclose(float(a.df(x)), float(central(a.f, np.float64(x), 1e-6)), abs_tol=1e-6)


@pytest.mark.parametrize("key", HIDDEN)
def test_extreme_inputs_give_finite_values_without_warnings(key):
    a = act.get(key)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with np.errstate(all="raise"):
            y, dy = a.f(EXTREMES), a.df(EXTREMES)
    assert np.all(np.isfinite(y)) and np.all(np.isfinite(dy))


def test_extreme_values_are_the_limits():
    assert act.softplus(np.array([1000.0, 1e300])).tolist() == [1000.0, 1e300]
    assert act.softplus(np.array([-1000.0, -1e300])).tolist() == [0.0, 0.0]
    assert act.sigmoid(np.array([-1e300, -1000.0, 1000.0, 1e300])).tolist() == [0.0, 0.0, 1.0, 1.0]
    assert act.tanh(np.array([-1e300, 1e300])).tolist() == [-1.0, 1.0]
    assert act.d_softplus(np.array([-1e300, 1e300])).tolist() == [0.0, 1.0]
    assert act.d_relu(np.array([-1e300, 0.0, 1e300])).tolist() == [0.0, 0.0, 1.0]
    assert act.d_sigmoid(np.array([-1e300, 1e300])).tolist() == [0.0, 0.0]
    assert act.d_tanh(np.array([-1000.0, 1000.0])).tolist() == [0.0, 0.0]


def test_deck_formulas_are_on_the_activations():
    assert act.get("softplus").formula == "f(x) = log(1 + eˣ)"
    assert act.get("relu").formula == "f(x) = max(0, x)"
    assert act.get("sigmoid").formula == "f(x) = eˣ / (eˣ + 1)"


def test_unknown_activation_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown activation 'swish'"):
        act.get("swish")


@pytest.mark.parametrize("x", [20.0, 37.0, 40.0, 100.0, 300.0, 700.0])
def test_the_sigmoid_and_tanh_slopes_stay_accurate_in_the_tails(x):
    """σ'(x) = e^−x / (1 + e^−x)² and tanh'(x) = 4e^−2x / (1 + e^−2x)², written from the definitions with
    Python's exact-enough exp; σ(1 − σ) was 0 from x ≈ 37 and 1 − tanh² from |x| ≈ 19."""
    e = math.exp(-x)
    sigmoid_slope = e / (1 + e) ** 2
    for sign in (1, -1):
        assert act.d_sigmoid(np.array([sign * x]))[0] == pytest.approx(sigmoid_slope, rel=1e-13)
        assert act.d_sigmoid(np.array([sign * x]))[0] > 0
    if 2 * x < 745:
        e2 = math.exp(-2 * x)
        for sign in (1, -1):
            assert act.d_tanh(np.array([sign * x]))[0] == pytest.approx(4 * e2 / (1 + e2) ** 2, rel=1e-13)


def test_the_slopes_match_finite_differences_where_both_are_accurate():
    x = np.linspace(-8, 8, 161)
    h = 1e-6
    for f, d in ((act.sigmoid, act.d_sigmoid), (act.tanh, act.d_tanh)):
        numeric = (f(x + h) - f(x - h)) / (2 * h)
        assert np.allclose(d(x), numeric, rtol=1e-7, atol=1e-10)


def test_the_float_paths_give_the_array_paths_numbers():
    for name in ("sigmoid", "tanh"):
        a = act.ACTIVATIONS[name]
        for x in (-40.0, -3.0, -0.5, 0.0, 0.25, 2.0, 19.5, 50.0):
            value, slope = a.one_float(x)
            assert slope == pytest.approx(a.df(np.array([x]))[0], rel=1e-14)
            assert value == pytest.approx(a.f(np.array([x]))[0], rel=1e-15, abs=1e-300)
