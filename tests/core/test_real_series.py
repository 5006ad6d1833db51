"""Chapter 5 on the Nile: the shipped series, its windows and split in time, the baseline by hand, and the
chapter's LSTM and RNN trained on it beating "next year equals this year" on the test years."""

import math

import numpy as np
import pytest

from nnviz.core.descent import StoppingRules
from nnviz.core.rnn_lstm import lstm, real_series, rnn


@pytest.fixture(scope="module")
def nile():
    return real_series.prepare(*real_series.load_nile())


def test_the_shipped_series_is_the_nile_1871_to_1970():
    years, flow = real_series.load_nile()
    assert years.tolist() == list(range(1871, 1971))
    assert (flow[0], flow[1], flow[-1]) == (1120.0, 1160.0, 740.0)


def test_windows_are_split_in_time_and_scaled_by_the_training_years(nile):
    years, flow = real_series.load_nile()
    assert nile.train_x.shape == (76, 4) and nile.test_x.shape == (20, 4) and nile.cut == 80
    assert nile.test_years.tolist() == list(range(1951, 1971))
    assert (nile.lo, nile.hi) == (flow[:80].min(), flow[:80].max()) == (456.0, 1370.0)
    np.testing.assert_allclose(nile.unscale(nile.train_x[0]), flow[0:4])
    np.testing.assert_allclose(nile.unscale(nile.train_y[-1]), flow[79])  # the last training target: 1950
    np.testing.assert_allclose(nile.unscale(nile.test_x[0]), flow[76:80])
    np.testing.assert_allclose(nile.unscale(nile.test_y), flow[80:])


def test_the_baseline_error_by_hand(nile):
    _, flow = real_series.load_nile()
    by_hand = math.sqrt(sum((flow[t] - flow[t - 1]) ** 2 for t in range(80, 100)) / 20)
    base = real_series.baseline_errors(nile)
    assert base.rmse == pytest.approx(by_hand, rel=1e-12)
    assert base.ssr == pytest.approx(sum(((flow[t] - flow[t - 1]) / 914) ** 2 for t in range(80, 100)))


def test_predictions_and_gates_are_the_chapters_lstm(nile):
    params = lstm.DECK_PARAMS
    window = tuple(nile.test_x[3])
    assert real_series.predict("lstm", params, nile.test_x)[3] == pytest.approx(lstm.predict(params, window))
    day = lstm.run(params, window)[-1]
    np.testing.assert_allclose(real_series.gates(params, nile.test_x)[3],
                               [day.forget, day.input, day.candidate, day.output])


@pytest.mark.parametrize("model", real_series.MODELS)
def test_the_batched_objective_is_the_chapters_one_window_by_window(nile, model):
    module = lstm if model == "lstm" else rnn
    rng = np.random.default_rng(3)
    windows, targets = [tuple(w) for w in nile.train_x.tolist()], nile.train_y.tolist()
    for _ in range(3):
        params = np.array(module.DECK_PARAMS) + rng.normal(0, 0.5, len(module.NAMES))
        loss, grad = real_series.objective(model, nile)(params)
        expected_loss, expected_grad = module.objective(windows, targets)(params)
        assert loss == pytest.approx(expected_loss, rel=1e-12)
        np.testing.assert_allclose(grad, expected_grad, rtol=1e-9, atol=1e-12)
        predictions = [module.predict(type(module.DECK_PARAMS)(*params), w) for w in windows]
        np.testing.assert_allclose(real_series.predict(model, params, nile.train_x), predictions, rtol=1e-12)


@pytest.mark.parametrize("model, steps", [("rnn", 150), ("lstm", 300)])
def test_training_beats_next_year_equals_this_year(nile, model, steps):
    start = real_series.start(model)
    steps = list(real_series.train(model, nile, rules=StoppingRules(None, steps, None)))
    assert steps[-1].loss < steps[0].loss
    assert real_series.test_errors(model, steps[-1].params, nile).rmse < 0.9 * real_series.baseline_errors(nile).rmse
    assert steps[0].params == start


@pytest.mark.parametrize("text", ["year,volume\n", "year,volume\n1871,abc\n", "year,volume\n1871,1,2\n",
                                  "year,volume\n1872,1\n1871,2\n", "year,volume\n1871,nan\n"])
def test_a_bad_series_is_refused(text):
    with pytest.raises(ValueError):
        real_series.read_csv(text)


def test_a_series_too_short_is_refused():
    with pytest.raises(ValueError, match="too short"):
        real_series.prepare(np.arange(6), np.arange(6.0))


@pytest.mark.parametrize("units", [1, 2, 5])
def test_the_gradient_of_several_lstm_units_is_the_slope_of_the_ssr(nile, units):
    from nnviz.core.checks import central_difference
    from nnviz.core.rnn_lstm import batched

    params = np.array(real_series.start("lstm", units)) if units > 1 else batched.wide_start(1)
    params = params + np.random.default_rng(units).normal(0, 0.2, params.size)
    f = batched.wide_objective(units, nile.train_x[:12], nile.train_y[:12])
    _, grad = f(params)
    np.testing.assert_allclose(grad, central_difference(lambda p: f(p)[0], params), rtol=1e-6, atol=1e-7)
    assert params.size == batched.wide_size(units) == 4 * (units * units + 2 * units) + units + 1


def test_one_unit_read_out_as_it_is_is_the_decks_lstm(nile):
    from nnviz.core.rnn_lstm import batched

    wide = batched.wide_objective(1, nile.train_x, nile.train_y)(batched.wide_start(1))
    deck = real_series.objective("lstm", nile)(lstm.DECK_PARAMS)
    assert wide[0] == pytest.approx(deck[0], rel=1e-12)
    np.testing.assert_allclose(wide[1][:12].reshape(4, 3), np.array(deck[1]).reshape(4, 3), rtol=1e-10)
    np.testing.assert_allclose(batched.wide_last_gates(batched.wide_start(1), 1, nile.test_x),
                               real_series.gates(lstm.DECK_PARAMS, nile.test_x))


def test_four_units_learn_and_beat_the_baseline(nile):
    steps = list(real_series.train("lstm", nile, rules=StoppingRules(None, 300, None), units=4))
    assert real_series.start_learning_rate("lstm", 4) == steps[0].learning_rate == 0.003
    assert steps[-1].loss < steps[0].loss
    baseline = real_series.baseline_errors(nile).rmse
    assert real_series.test_errors("lstm", steps[-1].params, nile, 4).rmse < 0.9 * baseline
    with pytest.raises(ValueError):
        real_series.objective("rnn", nile, 3)
