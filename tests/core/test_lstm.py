"""Chapter 5 core: the deck's LSTM, Company A and B on day 5, and BPTT against finite differences."""

from itertools import pairwise

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnviz.core.activations import sigmoid
from nnviz.core.checks import central_difference
from nnviz.core.rnn_lstm import lstm

SEQS = [lstm.COMPANY_A, lstm.COMPANY_B]
TARGETS = [0.0, 1.0]


def test_defaults_are_the_decks_weights():
    p = lstm.DECK_PARAMS
    assert p.gate("forget") == (2.70, 1.63, 1.62)
    assert p.gate("input") == (2.00, 1.65, 0.62)
    assert p.gate("candidate") == (1.41, 0.94, -0.32)
    assert p.gate("output") == (4.38, -0.19, 0.59)
    assert len(lstm.NAMES) == 12


def test_day_5_prediction_company_a_is_0_and_b_is_1():
    a = lstm.predict(lstm.DECK_PARAMS, lstm.COMPANY_A)
    b = lstm.predict(lstm.DECK_PARAMS, lstm.COMPANY_B)
    assert round(a, 1) == 0.0 and abs(a) < 0.05
    assert round(b, 1) == 1.0 and b > 0.95


def test_first_day_of_company_a_by_hand():
    d = lstm.step(lstm.DECK_PARAMS, 0.0, 0.0, 0.0)
    # memories start at 0 and the input is 0, so every sum is its bias
    assert (d.forget_sum, d.input_sum, d.candidate_sum, d.output_sum) == (1.62, 0.62, -0.32, 0.59)
    assert d.forget == pytest.approx(sigmoid(1.62))
    assert d.candidate == pytest.approx(np.tanh(-0.32))
    assert d.long_term == pytest.approx(sigmoid(0.62) * np.tanh(-0.32))
    assert d.short_term == pytest.approx(np.tanh(d.long_term) * sigmoid(0.59))
    assert round(d.long_term, 2) == -0.2


def test_run_chains_the_memories():
    days = lstm.run(lstm.DECK_PARAMS, lstm.COMPANY_B)
    assert len(days) == 4 and days[0].long_before == 0.0 and days[0].short_before == 0.0
    for before, after in pairwise(days):
        assert after.long_before == before.long_term and after.short_before == before.short_term
        assert after.forget_sum == pytest.approx(2.70 * before.short_term + 1.63 * after.x + 1.62)
    # Company B keeps day 1 in its Long-Term Memory; Company A does not
    assert days[-1].long_term > 2 and abs(lstm.run(lstm.DECK_PARAMS, lstm.COMPANY_A)[-1].long_term) < 0.1
    assert all(0 < d.forget < 1 and -1 < d.candidate < 1 for d in days)


def test_empty_sequence():
    assert lstm.run(lstm.DECK_PARAMS, []) == []
    assert lstm.predict(lstm.DECK_PARAMS, []) == 0.0
    assert lstm.gradients(lstm.DECK_PARAMS, [[]], [1.0]) == lstm.LSTMParams(*([0.0] * 12))


def test_extreme_inputs_stay_finite():
    days = lstm.run(lstm.DECK_PARAMS, [1e300, -1e300, 5.0])
    assert all(np.isfinite(d.long_term) and np.isfinite(d.short_term) for d in days)




def test_bptt_matches_finite_differences_at_the_deck_values():
    grads = lstm.gradients(lstm.DECK_PARAMS, SEQS, TARGETS).as_array()
    numeric = central_difference(
        lambda v: lstm.ssr(lstm.LSTMParams.from_array(v), SEQS, TARGETS), lstm.DECK_PARAMS.as_array()
    )
    np.testing.assert_allclose(grads, numeric, rtol=1e-5, atol=1e-9)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.floats(-3, 3), min_size=12, max_size=12), st.lists(st.floats(-1, 1), min_size=1, max_size=6))
def test_bptt_matches_finite_differences_at_random_values(values, sequence):
    p = lstm.LSTMParams.from_array(values)
    grads = lstm.gradients(p, [sequence], [0.5]).as_array()
    numeric = central_difference(lambda v: lstm.ssr(lstm.LSTMParams.from_array(v), [sequence], [0.5]), p.as_array())
    np.testing.assert_allclose(grads, numeric, rtol=1e-4, atol=1e-7)
    d_inputs = lstm.input_gradients(p, sequence)
    numeric = central_difference(lambda x: lstm.predict(p, x), sequence)
    np.testing.assert_allclose(d_inputs, numeric, rtol=1e-4, atol=1e-7)


def test_training_from_a_random_start_learns_both_companies():
    from nnviz.core.descent import StoppingRules, run

    f = lstm.objective(SEQS, TARGETS)
    steps = run(f, lstm.random_start(0).as_array(), 0.1, StoppingRules(0.01, 2000, None))
    assert steps[-1].loss <= 0.01 < steps[0].loss
    trained = lstm.LSTMParams.from_array(steps[-1].params)
    assert lstm.predict(trained, lstm.COMPANY_A) < 0.1 and lstm.predict(trained, lstm.COMPANY_B) > 0.9


def test_the_plain_rnn_from_a_random_start_does_not_learn_day_1():
    from nnviz.core.descent import StoppingRules, run
    from nnviz.core.rnn_lstm import rnn

    steps = run(rnn.objective(SEQS, TARGETS), rnn.random_start(0).as_array(), 0.1, StoppingRules(0.01, 2000, None))
    trained = rnn.RNNParams.from_array(steps[-1].params)
    # it settles on predicting about 0.5 for both companies: SSR ≈ 0.5² + 0.5²
    assert steps[-1].loss == pytest.approx(0.5, abs=0.02)
    assert abs(rnn.predict(trained, lstm.COMPANY_A) - rnn.predict(trained, lstm.COMPANY_B)) < 0.1
