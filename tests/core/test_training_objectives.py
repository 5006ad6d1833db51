"""The training objectives (one forward pass for the loss and its gradient, floats in the day-by-day loops)
agree with the public functions the chapters show, and `descend` keeps Python floats in its Steps."""

import math
from itertools import pairwise

import numpy as np
import pytest

from nnviz.core import cnn
from nnviz.core import regression as reg
from nnviz.core.cnn import train as cnn_train
from nnviz.core.descent import StoppingRules, descend
from nnviz.core.rnn_lstm import lstm, rnn
from nnviz.core.why_how import dosage, wide

RNG = np.random.default_rng(7)
SEQUENCES, TARGETS = [lstm.COMPANY_A, lstm.COMPANY_B], [0.0, 1.0]


def close(a, b):
    return np.allclose(a, b, rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("k", range(20))
def test_regression_objectives_match_ssr_and_d_ssr(k):
    x, y = RNG.normal(size=5), RNG.normal(size=5)
    i, s = RNG.normal(size=2) * 3
    loss, grad = reg.line_objective(x, y)(np.array([i, s]))
    assert close(loss, reg.ssr(i, s, x, y)) and close(grad, reg.d_ssr(i, s, x, y))
    loss, grad = reg.intercept_objective(s, x, y)(np.array([i]))
    assert close(loss, reg.ssr(i, s, x, y)) and close(grad, reg.d_ssr(i, s, x, y)[:1])


@pytest.mark.parametrize("activation,output,n", [("softplus", "identity", 2), ("relu", "relu", 3),
                                                 ("sigmoid", "identity", 1), ("tanh", "relu", 5)])
def test_wide_objective_matches_ssr_and_gradients(activation, output, n):
    for _ in range(10):
        values = RNG.normal(size=3 * n + 1) * 2
        p = wide.WideParams.from_array(values, n)
        loss, grad = wide.objective(dosage.DECK_DOSE, dosage.DECK_EFFICACY, n, activation, output)(values)
        assert close(loss, wide.ssr(p, dosage.DECK_DOSE, dosage.DECK_EFFICACY, activation, output))
        assert close(grad, wide.gradients(p, dosage.DECK_DOSE, dosage.DECK_EFFICACY, activation, output))


def test_the_deck_network_objective_matches_the_deck_chain_rule():
    p = dosage.ALL_PARAMS_START
    loss, grad = wide.objective(dosage.DECK_DOSE, dosage.DECK_EFFICACY, 2)(p.as_array())
    assert close(loss, dosage.ssr(p, dosage.DECK_DOSE, dosage.DECK_EFFICACY))
    assert close(grad, dosage.gradients(p, dosage.DECK_DOSE, dosage.DECK_EFFICACY))


@pytest.mark.parametrize("module", [rnn, lstm])
def test_recurrent_objectives_match_ssr_and_gradients(module):
    for seed in range(10):
        p = module.random_start(seed)
        loss, grad = module.objective(SEQUENCES, TARGETS)(p.as_array())
        assert close(loss, module.ssr(p, SEQUENCES, TARGETS))
        assert close(grad, module.gradients(p, SEQUENCES, TARGETS))


def test_lstm_day_by_day_in_floats_matches_numpy_activations():
    day = lstm.run(lstm.DECK_PARAMS, lstm.COMPANY_A)[-1]
    assert math.isclose(day.forget, float(1 / (1 + np.exp(-day.forget_sum))), rel_tol=1e-14)
    assert math.isclose(day.candidate, float(np.tanh(day.candidate_sum)), rel_tol=1e-14)
    assert math.isclose(day.short_term, float(np.tanh(day.long_term)) * day.output, rel_tol=1e-14)


def test_cnn_batch_objective_matches_one_image_at_a_time():
    images, labels = cnn_train.training_set(shifted=True)
    windows = np.stack([cnn.windows(image) for image in images])
    for _ in range(10):
        params = cnn_train.DECK_PARAMS + RNG.normal(size=19) * 0.5
        loss, grad = cnn_train.batch_cross_entropy(params, windows, np.array(labels))
        one_loss, one_grad = cnn_train.cross_entropy(params, images, labels)
        assert close(loss, one_loss) and close(grad, one_grad)


def test_descend_steps_hold_python_floats_and_the_update_is_exact():
    steps = list(descend(reg.line_objective(reg.DECK_X, reg.DECK_Y), reg.BOTH_START, np.float64(0.01),
                         StoppingRules(None, 5, None), free=np.array([True, False])))
    for a, b in pairwise(steps):
        assert all(type(v) is float for v in a.params + a.gradient + a.step_sizes + (a.loss, a.learning_rate))
        assert b.params == tuple(p - s for p, s in zip(a.params, a.step_sizes, strict=True))
        assert a.step_sizes == (a.gradient[0] * 0.01, 0.0) and a.params[1] == 1.0
