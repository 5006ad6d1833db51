"""Chapter 5 core: the deck's RNN numbers, unrolling, w2^N, and BPTT against finite differences."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnviz.core.checks import central_difference
from nnviz.core.numbers import fmt
from nnviz.core.rnn_lstm import rnn

SEQS = [(0.0, 0.5, 0.25, 1.0), (1.0, 0.5, 0.25, 1.0)]
TARGETS = [0.0, 1.0]


def test_deck_first_day_is_zero():
    run = rnn.unroll(rnn.DECK_PARAMS, rnn.DECK_SEQUENCE)
    p = rnn.DECK_PARAMS
    # Yesterday × w1 + b1 = 0 × 1.8 + 0.0 = 0
    assert (fmt(run.inputs[0]), fmt(p.w1), fmt(p.b1, 1), fmt(run.sums[0])) == ("0", "1.8", "0", "0")
    assert run.outputs[0] == 0.0


def test_unroll_keeps_every_value():
    run = rnn.unroll(rnn.DECK_PARAMS, (1.0, 0.5))
    # day 1: 1 × 1.8 + 0 = 1.8; day 2: 0.5 × 1.8 + 0 + 1.8 × −0.5 = 0
    assert run.sums[0] == pytest.approx(1.8)
    assert run.feedback[1] == pytest.approx(-0.9)
    assert run.sums[1] == pytest.approx(0.0)
    assert run.prediction == pytest.approx(0.0)
    run = rnn.unroll(rnn.DECK_PARAMS, (0.0, 0.5))
    assert run.prediction == pytest.approx(0.5 * 1.8 * 1.1)


def test_empty_sequence_predicts_the_output_bias():
    run = rnn.unroll(rnn.RNNParams(b2=0.3), ())
    assert run.sums == () and run.prediction == 0.3
    grads, d_inputs = rnn.backward(rnn.DECK_PARAMS, run)
    assert d_inputs == () and grads.b2 == 1.0 and grads.w1 == 0.0


def test_two_to_the_fourth():
    assert rnn.gradient_factor(2.0, 4) == 16.0
    assert rnn.log10_gradient_factor(2.0, 4) == pytest.approx(math.log10(16))
    assert rnn.gradient_factor(0.5, 4) == 0.0625


def test_gradient_factor_overflow_is_a_clear_error_and_its_log_stays_finite():
    with pytest.raises(ValueError, match="too large to compute"):
        rnn.gradient_factor(3.0, 1000)
    assert np.isfinite(rnn.log10_gradient_factor(3.0, 1000))
    assert rnn.log10_gradient_factor(0.0, 3) == pytest.approx(3 * math.log10(5e-324))  # 0 counts as 5e-324
    assert rnn.log10_gradient_factor(0.0, 0) == 0.0


def test_first_input_gradient_is_w2_to_the_n():
    # Linear regime (all sums positive): d Prediction / d Input₁ = w3 × w2^N × w1.
    p = rnn.RNNParams(w1=1.0, b1=0.0, w2=2.0, w3=1.0, b2=0.0)
    d = rnn.input_gradients(p, [1.0] * 5)  # unrolled 4 times
    assert d[0] == pytest.approx(16.0)
    assert d == pytest.approx((16.0, 8.0, 4.0, 2.0, 1.0))




def test_bptt_matches_finite_differences_at_the_deck_values():
    start = rnn.RNNParams(w1=1.8, b1=0.1, w2=0.6, w3=1.1, b2=0.05)
    grads = rnn.gradients(start, SEQS, TARGETS).as_array()
    numeric = central_difference(lambda v: rnn.ssr(rnn.RNNParams.from_array(v), SEQS, TARGETS), start.as_array())
    np.testing.assert_allclose(grads, numeric, rtol=1e-5, atol=1e-7)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.floats(-2, 2), min_size=5, max_size=5), st.lists(st.floats(0, 1), min_size=1, max_size=6))
def test_bptt_matches_finite_differences_at_random_values(values, sequence):
    p = rnn.RNNParams.from_array(values)
    run = rnn.unroll(p, sequence)
    if any(abs(s) < 1e-4 for s in run.sums):
        return  # at the ReLU kink the derivative is one-sided
    _, d_inputs = rnn.backward(p, run)
    numeric = central_difference(lambda x: rnn.predict(p, x), sequence)
    np.testing.assert_allclose(d_inputs, numeric, rtol=1e-4, atol=1e-6)
    grads = rnn.gradients(p, [sequence], [0.5]).as_array()
    numeric = central_difference(lambda v: rnn.ssr(rnn.RNNParams.from_array(v), [sequence], [0.5]), p.as_array())
    np.testing.assert_allclose(grads, numeric, rtol=1e-4, atol=1e-6)


def test_objective_matches_ssr_and_gradients():
    f = rnn.objective(SEQS, TARGETS)
    loss, grad = f(rnn.DECK_PARAMS.as_array())
    assert loss == pytest.approx(rnn.ssr(rnn.DECK_PARAMS, SEQS, TARGETS))
    np.testing.assert_allclose(grad, rnn.gradients(rnn.DECK_PARAMS, SEQS, TARGETS).as_array())


def test_random_start_is_reproducible_with_zero_biases():
    a, b = rnn.random_start(3), rnn.random_start(3)
    assert a == b and a.b1 == 0.0 and a.b2 == 0.0 and a != rnn.random_start(4)


def test_an_ssr_too_large_for_a_float_is_a_value_error_not_an_overflow_error():
    """Parameters and inputs within the limits, a residual of 1e200: (1e200)² is past the largest float."""
    p = rnn.RNNParams(w1=1e100, b1=0.0, w2=1.0, w3=1e100, b2=0.0)
    with pytest.raises(ValueError, match="the SSR is too large"):
        rnn.ssr(p, [[1e100, 1e100]], [1.0])
