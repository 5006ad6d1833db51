"""Chapter 3 core: the deck's main-ideas numbers, the chain rule's factors, and backpropagation
checked against central finite differences (at the deck's values and at random ones)."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnviz.core import descent
from nnviz.core.backpropagation import two_nodes as backprop
from nnviz.core.numbers import fmt, sig
from nnviz.core.why_how import dosage
from nnviz.core.why_how.dosage import DECK_DOSE, DECK_EFFICACY, NAMES, DosageParams

HIDDEN = ("softplus", "relu", "sigmoid", "tanh")


def main_ideas_run():
    mode = backprop.MODES["main-ideas"]
    return descent.run(dosage.objective(DECK_DOSE, DECK_EFFICACY), mode.start, mode.learning_rate,
                       mode.rules, free=mode.mask())


def test_main_ideas_first_derivative_is_minus_15_7():
    g = dosage.gradients(dosage.MAIN_IDEAS_START, DECK_DOSE, DECK_EFFICACY)
    assert sig(g.b3, 3) == "-15.7"
    assert math.isclose(g.b3, -15.6551, abs_tol=1e-4)


def test_main_ideas_first_step_gives_b3_1_57():
    steps = main_ideas_run()
    assert steps[0].step_sizes[6] == pytest.approx(-1.5655, abs=1e-4)
    assert fmt(steps[1].params[6]) == "1.57"
    assert steps[1].params[:6] == tuple(dosage.MAIN_IDEAS_START)[:6]


def test_main_ideas_training_ends_near_b3_2_61():
    steps = main_ideas_run()
    last = steps[-1]
    assert last.stop is descent.StopReason.MIN_STEP_SIZE
    assert fmt(last.params[6]) == "2.61"
    assert last.params[6] == pytest.approx(2.6085, abs=1e-4)
    assert last.loss < 1e-3 < steps[0].loss


def test_b3_derivative_is_the_sum_of_minus_two_residuals():
    p = dosage.MAIN_IDEAS_START
    f = dosage.chain_factors(p, DECK_DOSE, DECK_EFFICACY, "b3")
    residuals = np.array(DECK_EFFICACY) - dosage.predict(p, DECK_DOSE)
    np.testing.assert_allclose(f.terms, -2 * residuals)
    assert f.total == pytest.approx(-2 * residuals.sum())


def test_modes_free_the_parameters_the_issue_names():
    assert backprop.MODES["main-ideas"].mask() == (False,) * 6 + (True,)
    assert backprop.MODES["last-layer"].mask() == (False,) * 4 + (True,) * 3
    assert backprop.MODES["all"].mask() == (True,) * 7
    assert backprop.MODES["all"].start == dosage.ALL_PARAMS_START
    assert backprop.LAST_LAYER_START.w3 == 0.36 and backprop.LAST_LAYER_START.w4 == 0.63
    with pytest.raises(ValueError, match="w9"):
        backprop.free_mask(["w9"])


def test_all_seven_train_from_the_decks_start_and_ssr_falls():
    mode = backprop.MODES["all"]
    steps = descent.run(dosage.objective(DECK_DOSE, DECK_EFFICACY), mode.start, mode.learning_rate,
                        mode.rules, free=mode.mask())
    assert steps[-1].stop is descent.StopReason.MIN_STEP_SIZE
    assert steps[-1].loss < 1e-3 < 0.5 < steps[0].loss
    assert all(a != b for a, b in zip(steps[0].params, steps[-1].params, strict=True))


def test_ssr_along_matches_ssr_point_by_point():
    p = dosage.ALL_PARAMS_START
    for name in NAMES:
        values = np.linspace(-3, 3, 7)
        curve = backprop.ssr_along(p, DECK_DOSE, DECK_EFFICACY, name, values)
        expected = [dosage.ssr(p._replace(**{name: v}), DECK_DOSE, DECK_EFFICACY) for v in values]
        np.testing.assert_allclose(curve, expected, rtol=1e-12)


def test_gradient_check_agrees_at_the_decks_starts():
    for start in (dosage.MAIN_IDEAS_START, dosage.ALL_PARAMS_START, backprop.LAST_LAYER_START):
        rows = backprop.gradient_check(start, DECK_DOSE, DECK_EFFICACY)
        assert [r.name for r in rows] == list(NAMES)
        assert all(r.relative_difference < 1e-6 for r in rows), rows


def test_relative_difference():
    assert backprop.relative_difference(0.0, 0.0) == 0.0
    assert backprop.relative_difference(0.0, 2e-6) == pytest.approx(0.02)  # near 0: measured against 0.0001
    assert backprop.relative_difference(1.0, 0.5) == 0.5
    assert backprop.relative_difference(-2.0, 2.0) == 2.0
    with pytest.raises(ValueError, match="finite"):  # an overflowed derivative is refused, not compared
        backprop.relative_difference(math.inf, 1.0)


def test_paths_follow_the_chain():
    assert backprop.path("w1") == ("w1", "w3")
    assert backprop.path("b2") == ("b2", "w4")
    assert backprop.path("b3") == ("b3",)
    with pytest.raises(ValueError):
        backprop.path("x")


def test_random_start_is_reproducible_and_follows_the_decks_rule():
    a, b, c = dosage.random_start(7), dosage.random_start(7), dosage.random_start(8)
    assert a == b and a != c
    assert a.b1 == a.b2 == a.b3 == 0.0
    weights = np.array([[getattr(dosage.random_start(s), w) for w in dosage.WEIGHTS] for s in range(400)])
    assert abs(weights.mean()) < 0.1 and abs(weights.std() - 1) < 0.1


finite = st.floats(-3, 3, allow_nan=False, allow_infinity=False)


def _agree(analytic: float, numeric: float, scale: float) -> bool:
    return abs(analytic - numeric) <= 1e-5 * max(1.0, scale)


@settings(max_examples=60, deadline=None)
@given(st.lists(finite, min_size=7, max_size=7), st.sampled_from(HIDDEN),
       st.lists(st.floats(0, 1.5), min_size=1, max_size=5), st.lists(st.floats(-1, 2), min_size=5, max_size=5))
def test_backpropagation_matches_finite_differences(values, activation, dose, efficacy):
    params = DosageParams(*values)
    efficacy = efficacy[:len(dose)]
    if activation == "relu":  # away from the kink, where the derivative jumps
        x = np.concatenate([params.w1 * np.array(dose) + params.b1, params.w2 * np.array(dose) + params.b2])
        if np.min(np.abs(x)) < 1e-3:
            return
    analytic = dosage.gradients(params, dose, efficacy, activation)
    numeric = backprop.finite_difference(params, dose, efficacy, activation, h=1e-6)
    scale = max(1.0, dosage.ssr(params, dose, efficacy, activation))
    for name, a, f in zip(NAMES, analytic, numeric, strict=True):
        assert _agree(a, f, scale), (name, a, f)


@settings(max_examples=40, deadline=None)
@given(st.lists(finite, min_size=7, max_size=7), st.sampled_from(HIDDEN))
def test_ledger_terms_sum_to_the_gradient(values, activation):
    params = DosageParams(*values)
    g = dosage.gradients(params, DECK_DOSE, DECK_EFFICACY, activation)
    for name in NAMES:
        f = dosage.chain_factors(params, DECK_DOSE, DECK_EFFICACY, name, activation)
        product = f.d_ssr_d_predicted * f.d_predicted_d_y * f.d_y_d_x * f.d_x_d_param
        assert math.isclose(float(product.sum()), getattr(g, name), rel_tol=1e-12, abs_tol=1e-12)


def test_softplus_derivative_is_the_slides_e_x_over_1_plus_e_x():
    p = dosage.MAIN_IDEAS_START
    f = dosage.chain_factors(p, DECK_DOSE, DECK_EFFICACY, "w1")
    x1 = p.w1 * np.array(DECK_DOSE) + p.b1
    np.testing.assert_allclose(f.d_y_d_x, np.exp(x1) / (1 + np.exp(x1)))
    np.testing.assert_allclose(f.d_x_d_param, DECK_DOSE)
    assert np.all(f.d_predicted_d_y == p.w3)


def test_gradient_check_marks_a_relu_kink():
    p = dosage.ALL_PARAMS_START._replace(b3=0.5)  # b1 = b2 = 0, so x = 0 at Dosage 0, where Predicted ≠ Observed
    rows = {r.name: r for r in backprop.gradient_check(p, DECK_DOSE, DECK_EFFICACY, "relu")}
    assert rows["b1"].kink and rows["w2"].kink and not rows["w3"].kink and not rows["b3"].kink
    assert rows["b1"].relative_difference > 0.1  # the finite difference lands halfway across the jump
    assert rows["w3"].relative_difference < 1e-6
    smooth = backprop.gradient_check(p._replace(b1=0.3, b2=0.2), DECK_DOSE, DECK_EFFICACY, "relu")
    assert not any(r.kink for r in smooth) and all(r.relative_difference < 1e-6 for r in smooth)
