"""The dosage network: the deck's presets fit the three points, the forward pass, SSR, gradients, bad weights."""

import math
import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnviz.core import regression
from nnviz.core.why_how import dosage as d

DOSE, EFFICACY = np.array(d.DECK_DOSE), np.array(d.DECK_EFFICACY)


def test_softplus_preset_passes_through_the_three_points():
    predicted = d.predict(d.SOFTPLUS_PRESET, DOSE, "softplus")
    assert np.all(np.abs(predicted - EFFICACY) < 0.05), predicted


def test_relu_preset_with_relu_output_passes_through_the_three_points():
    p = d.presets()["relu"]
    predicted = d.predict(p.params, DOSE, p.activation, p.output)
    assert np.all(np.abs(predicted - EFFICACY) < 0.05), predicted
    # without ReLU on the output the low and high dosages are far from 0 (why the preset needs it)
    assert abs(d.predict(p.params, [1.0], "relu")[0]) > 1


def test_forward_writes_out_the_slide_math():
    p = d.SOFTPLUS_PRESET
    fw = d.forward(p, 0.5)
    assert math.isclose(fw.x1, -34.4 * 0.5 + 2.14)  # X1 = w1 × Input + b1
    assert math.isclose(fw.y1, math.log(1 + math.exp(fw.x1)))  # Y1 = f(X1)
    assert math.isclose(fw.top, fw.y1 * -1.30)  # Y1 × w3
    assert math.isclose(fw.x2, -2.52 * 0.5 + 1.29)
    assert math.isclose(fw.bottom, math.log(1 + math.exp(fw.x2)) * 2.28)
    assert math.isclose(fw.total, fw.top + fw.bottom - 0.58)  # Y = Y1 + Y2 + b3
    assert math.isclose(fw.predicted, fw.total)
    assert round(float(fw.x1), 2) == -15.06 and round(float(fw.predicted), 2) == 1.03


def test_ssr_is_the_sum_of_squared_residuals():
    p = d.SOFTPLUS_PRESET
    r = EFFICACY - d.predict(p, DOSE)
    assert math.isclose(d.ssr(p, DOSE, EFFICACY), float(np.sum(r ** 2)))
    assert d.ssr(p, DOSE, EFFICACY) < 0.002


def test_the_best_straight_line_is_flat_with_ssr_two_thirds():
    intercept, slope = d.best_line(DOSE, EFFICACY)
    assert math.isclose(intercept, 1 / 3) and abs(slope) < 1e-12
    assert math.isclose(regression.ssr(intercept, slope, DOSE, EFFICACY), 2 / 3)


def numeric_gradient(p, activation, output, h=1e-6):
    out = []
    for i in range(7):
        up, down = p.as_array(), p.as_array()
        up[i] += h
        down[i] -= h
        out.append((d.ssr(d.DosageParams.from_array(up), DOSE, EFFICACY, activation, output)
                    - d.ssr(d.DosageParams.from_array(down), DOSE, EFFICACY, activation, output)) / (2 * h))
    return np.array(out)


@pytest.mark.parametrize("activation", ["softplus", "sigmoid", "tanh"])
def test_gradients_match_central_differences(activation):
    p = d.MAIN_IDEAS_START
    g = d.gradients(p, DOSE, EFFICACY, activation).as_array()
    assert np.allclose(g, numeric_gradient(p, activation, "identity"), rtol=1e-5, atol=1e-6)


@settings(max_examples=30, deadline=None)
@given(values=st.lists(st.floats(-3, 3), min_size=7, max_size=7), output=st.sampled_from(["identity", "softplus"]))
def test_gradients_match_central_differences_at_random_parameters(values, output):
    p = d.DosageParams(*values)
    g = d.gradients(p, DOSE, EFFICACY, "softplus", output).as_array()
    assert np.allclose(g, numeric_gradient(p, "softplus", output), rtol=1e-4, atol=1e-5)


def test_chain_factors_multiply_to_the_gradient():
    p = d.ALL_PARAMS_START
    g = d.gradients(p, DOSE, EFFICACY)
    for name in d.NAMES:
        assert math.isclose(d.chain_factors(p, DOSE, EFFICACY, name).total, getattr(g, name))


def test_random_start_is_reproducible_with_biases_zero():
    a, b = d.random_start(7), d.random_start(7)
    assert a == b and a != d.random_start(8)
    assert (a.b1, a.b2, a.b3) == (0.0, 0.0, 0.0)
    assert np.allclose([a.w1, a.w2, a.w3, a.w4], np.random.default_rng(7).standard_normal(4))
    assert d.presets(7)["random"].params == a


def test_presets_name_the_decks_networks():
    ps = d.presets()
    assert list(ps) == ["softplus", "relu", "random"]
    assert ps["softplus"].params == d.DosageParams(-34.4, 2.14, -2.52, 1.29, -1.30, 2.28, -0.58)
    assert ps["relu"].params == d.DosageParams(1.70, -0.85, 12.6, 0.0, -40.8, 2.70, -16.0)
    assert (ps["relu"].activation, ps["relu"].output) == ("relu", "relu")


@pytest.mark.parametrize("activation", ["softplus", "relu", "sigmoid", "tanh"])
def test_huge_weights_give_finite_curves_without_warnings(activation):
    p = d.DosageParams(1e6, -1e6, -1e6, 1e6, 1e6, -1e6, 1e6)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fw = d.forward(p, np.linspace(0, 1, 201), activation)
        loss = d.ssr(p, DOSE, EFFICACY, activation)
        g = d.gradients(p, DOSE, EFFICACY, activation)
    assert all(np.all(np.isfinite(v)) for v in fw)
    assert math.isfinite(loss) and np.all(np.isfinite(g.as_array()))


def test_unknown_parameter_is_refused():
    with pytest.raises(ValueError, match="unknown parameter 'w9'"):
        d.chain_factors(d.SOFTPLUS_PRESET, DOSE, EFFICACY, "w9")


def test_one_preset_is_the_same_as_in_all_presets_and_only_random_draws():
    from nnviz.core.why_how import dosage as d

    for seed in (0, 7):
        every = d.presets(seed)
        assert tuple(every) == tuple(d.PRESET_LABELS)
        for key in d.PRESET_LABELS:
            assert d.preset(key, seed) == every[key]
    assert d.preset("random", 7).params == d.random_start(7) != d.random_start(8)
