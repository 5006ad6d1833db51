"""Bigger networks (1 to 8 hidden nodes): N = 2 is exactly the deck's network; backpropagation
agrees with central finite differences for every N and activation; the random start is reproducible."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnviz.core import descent
from nnviz.core.backpropagation import two_nodes as backprop
from nnviz.core.backpropagation import wide as wide_backprop
from nnviz.core.why_how import dosage, wide
from nnviz.core.why_how.dosage import DECK_DOSE, DECK_EFFICACY, NAMES
from nnviz.core.why_how.wide import WideParams

HIDDEN = ("softplus", "relu", "sigmoid", "tanh")
OUTPUTS = ("identity",) + HIDDEN
DECK_NETS = (dosage.SOFTPLUS_PRESET, dosage.RELU_PRESET, dosage.MAIN_IDEAS_START, dosage.ALL_PARAMS_START)


def test_names_follow_the_deck_for_two_nodes_and_count_3n_plus_1():
    assert wide.names(2) == NAMES
    assert wide.names(3) == ("w-1", "b-1", "w-2", "b-2", "w-3", "b-3", "v-1", "v-2", "v-3", "b-out")
    for n in range(1, 9):
        assert len(wide.names(n)) == 3 * n + 1 == len(set(wide.names(n)))
    assert [wide.label(k) for k in ("w-3", "v-8", "b-out", "w3")] == ["w₃", "v₈", "b_out", "w3"]
    for bad in (0, 9, 2.0, True, "2"):
        with pytest.raises(ValueError):
            wide.names(bad)


@pytest.mark.parametrize("deck", DECK_NETS)
def test_two_nodes_convert_both_ways_in_the_deck_order(deck):
    p = wide.from_deck(deck)
    assert p.n == 2 and wide.to_deck(p) == deck
    assert p.as_array().tolist() == list(deck)
    assert WideParams.from_array(deck, 2) == p
    assert p.as_dict() == deck._asdict()
    assert p.value("w4") == deck.w4 and p.replace("b3", 7.5).b_out == 7.5
    with pytest.raises(ValueError):
        wide.to_deck(wide.random_start(3, 0))


@pytest.mark.parametrize("activation", HIDDEN)
@pytest.mark.parametrize("output", ("identity", "relu"))
@pytest.mark.parametrize("deck", DECK_NETS)
def test_two_nodes_give_exactly_the_deck_networks_numbers(deck, activation, output):
    dose = np.linspace(-0.2, 1.3, 37)
    efficacy = np.sin(7 * dose)
    p = wide.from_deck(deck)
    old, new = dosage.forward(deck, dose, activation, output), wide.forward(p, dose, activation, output)
    for a, b in ((old.x1, new.x[0]), (old.x2, new.x[1]), (old.y1, new.y[0]), (old.y2, new.y[1]),
                 (old.top, new.scaled[0]), (old.bottom, new.scaled[1]), (old.total, new.total),
                 (old.predicted, new.predicted)):
        assert np.array_equal(a, b)
    assert wide.ssr(p, dose, efficacy, activation, output) == dosage.ssr(deck, dose, efficacy, activation, output)
    grads = wide.gradients(p, dose, efficacy, activation, output)
    assert grads.tolist() == list(dosage.gradients(deck, dose, efficacy, activation, output))
    for name in NAMES:
        a = dosage.chain_factors(deck, dose, efficacy, name, activation, output)
        b = wide.chain_factors(p, dose, efficacy, name, activation, output)
        assert a.name == b.name and a.total == b.total
        assert all(np.array_equal(x, y) for x, y in zip(a[1:], b[1:], strict=True))
        grid = np.linspace(-3, 3, 9)
        np.testing.assert_allclose(backprop.ssr_along(deck, dose, efficacy, name, grid, activation, output),
                                   wide_backprop.ssr_along(p, dose, efficacy, name, grid, activation, output),
                                   rtol=1e-12, atol=1e-12)
        assert wide_backprop.path(name, 2) == backprop.path(name)
    assert wide_backprop.gradient_check(p, dose, efficacy, activation, output) == \
        backprop.gradient_check(deck, dose, efficacy, activation, output)


def test_deck_main_ideas_training_is_unchanged_with_two_nodes():
    mode = backprop.MODES["main-ideas"]
    old = descent.run(dosage.objective(DECK_DOSE, DECK_EFFICACY), mode.start, 0.1, mode.rules, free=mode.mask())
    start = wide_backprop.mode_start("main-ideas", 2)
    mask = wide_backprop.free_mask(wide_backprop.free_names("main-ideas", 2), 2)
    new = descent.run(wide.objective(DECK_DOSE, DECK_EFFICACY, 2), start.as_array(), 0.1, mode.rules, free=mask)
    # The same steps; the last bit may differ (the deck's 3 points are summed in Python floats, not NumPy).
    assert len(old) == len(new) and old[-1].stop is new[-1].stop
    np.testing.assert_allclose([s.params for s in old], [s.params for s in new], rtol=1e-14, atol=1e-15)
    assert fmt_b3(new[-1]) == "2.61"


def fmt_b3(step) -> str:
    from nnviz.core.numbers import fmt
    return fmt(step.params[-1])


def test_silent_new_nodes_keep_the_squiggle_and_the_main_ideas_numbers():
    start = wide_backprop.mode_start("main-ideas", 5, seed=3)
    assert start.n == 5 and start.as_array()[:4].tolist() == list(dosage.MAIN_IDEAS_START)[:4]
    assert np.all(start.v[2:] == 0) and np.all(start.b[2:] == 0) and np.all(start.w[2:] != 0)
    assert start.w[2:].tolist() == wide.random_start(5, 3).w[2:].tolist()
    g = wide.gradients(start, DECK_DOSE, DECK_EFFICACY)
    assert sig3(g[-1]) == "-15.7"
    back = wide.resize(start, 2)
    assert wide.to_deck(back) == dosage.MAIN_IDEAS_START
    assert wide_backprop.free_names("last-layer", 3) == ("v-1", "v-2", "v-3", "b-out")
    assert wide_backprop.free_names("main-ideas", 1) == ("b-out",)
    assert wide_backprop.path("w-3", 4) == ("w-3", "v-3") and wide_backprop.path("v-2", 4) == ("v-2",)


def sig3(value) -> str:
    from nnviz.core.numbers import sig
    return sig(value, 3)


def test_random_start_is_reproducible_and_follows_the_deck_rule():
    assert wide.to_deck(wide.random_start(2, 11)) == dosage.random_start(11)
    a, b = wide.random_start(8, 5), wide.random_start(8, 5)
    assert a == b and a != wide.random_start(8, 6)
    assert np.all(a.b == 0) and a.b_out == 0 and np.all(a.w != 0) and np.all(a.v != 0)
    many = np.concatenate([wide.random_start(8, s).w for s in range(300)])
    assert abs(many.mean()) < 0.1 and abs(many.std() - 1) < 0.1


def _agree(analytic: float, numeric: float, scale: float) -> bool:
    return abs(analytic - numeric) <= 1e-5 * max(1.0, scale)


@st.composite
def networks(draw):
    n = draw(st.integers(1, 8))
    values = draw(st.lists(st.floats(-3, 3, allow_nan=False), min_size=3 * n + 1, max_size=3 * n + 1))
    return WideParams.from_array(values, n)


@settings(max_examples=150, deadline=None)
@given(networks(), st.sampled_from(HIDDEN), st.sampled_from(("identity", "sigmoid")),
       st.lists(st.floats(0, 1.5), min_size=1, max_size=5), st.lists(st.floats(-1, 2), min_size=5, max_size=5))
def test_backpropagation_matches_finite_differences_for_any_size(p, activation, output, dose, efficacy):
    efficacy = efficacy[:len(dose)]
    if activation == "relu":  # away from the kink, where the derivative jumps
        if np.min(np.abs(wide.forward(p, dose).x)) < 1e-3:
            return
    analytic = wide.gradients(p, dose, efficacy, activation, output)
    numeric = wide_backprop.finite_difference(p, dose, efficacy, activation, output, h=1e-6)
    scale = max(1.0, wide.ssr(p, dose, efficacy, activation, output))
    for name, a, f in zip(wide.names(p.n), analytic, numeric, strict=True):
        assert _agree(a, f, scale), (p.n, name, a, f)
    for name, g in zip(wide.names(p.n), analytic, strict=True):  # the ledger's chain gives the same numbers
        assert math.isclose(wide.chain_factors(p, dose, efficacy, name, activation, output).total, g,
                            rel_tol=1e-12, abs_tol=1e-12)


@pytest.mark.parametrize("n", range(1, 9))
@pytest.mark.parametrize("activation", HIDDEN)
def test_every_size_and_activation_checks_out_at_a_random_start(n, activation):
    p = wide.random_start(n, 100 + n)._replace(b=np.full(n, 0.3), b_out=0.1)
    rows = wide_backprop.gradient_check(p, DECK_DOSE, DECK_EFFICACY, activation)
    assert [r.name for r in rows] == list(wide.names(n))
    assert all(r.relative_difference < 1e-5 for r in rows if not r.kink), rows
    grid = np.linspace(-2, 2, 5)
    for name in wide.names(n):  # the SSR along one parameter is the SSR with that parameter replaced
        along = wide_backprop.ssr_along(p, DECK_DOSE, DECK_EFFICACY, name, grid, activation)
        direct = [wide.ssr(p.replace(name, g), DECK_DOSE, DECK_EFFICACY, activation) for g in grid]
        np.testing.assert_allclose(along, direct, rtol=1e-12, atol=1e-12)


def test_descent_trains_an_eight_node_network():
    start = wide.random_start(8, 0)
    fn = wide.objective(DECK_DOSE, DECK_EFFICACY, 8)
    steps = descent.run(fn, start.as_array(), 0.05, descent.StoppingRules(None, 2000, 0.0001))
    assert steps[-1].loss < 0.05 < steps[0].loss


def test_bad_sizes_and_names_are_refused():
    with pytest.raises(ValueError):
        WideParams.from_array(np.zeros(7), 3)
    with pytest.raises(ValueError):
        wide.chain_factors(wide.random_start(3, 0), DECK_DOSE, DECK_EFFICACY, "w3")
    with pytest.raises(ValueError):
        wide.role("x-1")
    with pytest.raises(ValueError):
        wide_backprop.free_names("everything", 3)


@settings(max_examples=80, deadline=None)
@given(n=st.integers(wide.MIN_NODES, wide.MAX_NODES), points=st.integers(1, descent.SMALL_DATA),
       activation=st.sampled_from(["softplus", "relu", "sigmoid", "tanh"]),
       output=st.sampled_from(["identity", "softplus", "sigmoid"]), seed=st.integers(0, 10_000))
def test_a_few_points_in_floats_give_what_numpy_gives(n, points, activation, output, seed):
    rng = np.random.default_rng(seed)
    dose, efficacy = rng.uniform(-2, 2, points), rng.uniform(-2, 2, points)
    params = rng.normal(0, 3, 3 * n + 1)
    small = wide.objective(dose, efficacy, n, activation, output)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(wide, "SMALL_DATA", 0)
        large = wide.objective(dose, efficacy, n, activation, output)
    assert getattr(small, "in_floats", False) and not getattr(large, "in_floats", False)
    (loss_a, grad_a), (loss_b, grad_b) = small(params.tolist()), large(params)
    assert loss_a == pytest.approx(loss_b, rel=1e-12, abs=1e-12)
    np.testing.assert_allclose(grad_a, grad_b, rtol=1e-10, atol=1e-10)


@pytest.mark.parametrize("activation", ["softplus", "relu", "sigmoid", "tanh"])
def test_the_float_gradient_matches_central_differences(activation):
    rng = np.random.default_rng(7)
    fn = wide.objective(DECK_DOSE, DECK_EFFICACY, 3, activation, "sigmoid")
    assert getattr(fn, "in_floats", False)
    params = rng.normal(0, 1, 10).tolist()
    _, grad = fn(params)
    h = 1e-6
    for i in range(len(params)):
        up, down = list(params), list(params)
        up[i] += h
        down[i] -= h
        assert grad[i] == pytest.approx((fn(up)[0] - fn(down)[0]) / (2 * h), abs=1e-5)
