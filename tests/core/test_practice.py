"""Practice exercises: every kind's answer is the chapter's core value for its givens, the rounded answer is
accepted (0,57 and 0.57), each named mistake is recognised unless it gives the right number, text and NaN are
refused, and seed 0 reproduces the deck's own numbers."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnviz.core import activations, cnn, descent, lstm, regression, rnn
from nnviz.core import practice as P
from nnviz.core.practice import backpropagation as ch3
from nnviz.core.practice import gradient_descent as ch2
from nnviz.core.practice.model import fixed, gives_the_answer, matches, rounded, tolerance_for
from nnviz.core.why_how import dosage
from nnviz.core.why_how.dosage import DECK_DOSE, DECK_EFFICACY, DosageParams

ALL_KINDS = [k for chapter in P.CHAPTERS for k in P.kinds(chapter)]
SEEDS = st.integers(min_value=0, max_value=2**63 - 1)


def grid(g, prefix, size):
    return np.array([[g[f"{prefix}[{r + 1},{c + 1}]"] for c in range(size)] for r in range(size)])


def sheet_value(e):
    """The answer computed from the exercise's givens by the chapter's core functions (independently of practice)."""
    g, k = e.givens, e.kind
    if k == "x1":
        return dosage.forward(DosageParams(g["w1"], g["b1"], 0, 0, 0, 0, 0), [g["Input"]]).x1[0]
    if k in ("y1-softplus", "y1-relu"):
        return dosage.forward(DosageParams(g["w1"], g["b1"], 0, 0, 0, 0, 0), [g["Input"]], k[3:]).y1[0]
    if k == "top":
        return g["Y1"] * g["w3"]
    if k == "output":
        return g["Y1"] * g["w3"] + g["Y2"] * g["w4"] + g["b3"]
    if k == "residual":
        return regression.residuals(g["Intercept"], g["Slope"], [g["x"]], [g["Observed"]])[0]
    xs = [g.get(f"x{i}") for i in (1, 2, 3)]
    ys = [g.get(f"Observed{i}") for i in (1, 2, 3)]
    if k == "ssr":
        return regression.ssr(g["Intercept"], g["Slope"], xs, ys)
    if k == "d-intercept":
        return regression.d_ssr(g["Intercept"], g["Slope"], xs, ys)[0]
    if k == "step-size":
        return g["d SSR / d Intercept"] * g["Learning Rate"]
    if k == "new-intercept":
        return g["Old Intercept"] - g["Step Size"]
    if k == "stopping":
        rules = descent.StoppingRules(g["SSR tolerance"], int(g["Maximum steps"]), None)
        reason = rules.check(int(g["Step number"]), g["SSR"], [1.0])
        return {None: 0, descent.StopReason.TOLERANCE: 1, descent.StopReason.MAX_STEPS: 2}[reason]
    if k == "d-predicted":
        return -2 * (g["Observed"] - g["Predicted"])
    if k == "chain-factor":
        return activations.d_softplus(g["w1"] * g["Input"] + g["b1"])
    if k in ("d-b3", "d-w3", "d-w1"):
        d = [-2 * (g[f"Observed{i}"] - g[f"Predicted{i}"]) for i in (1, 2, 3)]
        if k == "d-b3":
            return sum(d)
        if k == "d-w3":
            return sum(a * g[f"y1,{i + 1}"] for i, a in enumerate(d))
        return sum(a * g["w3"] * activations.d_softplus(g[f"x1,{i + 1}"]) * g[f"Input{i + 1}"]
                   for i, a in enumerate(d))
    if k == "new-value":
        return g["b3"] - g["dSSR/db3"] * g["Learning Rate"]
    if k == "feature-cell":
        return cnn.convolve(grid(g, "Window", 3), grid(g, "Filter", 3), g["Bias"])[0, 0]
    if k == "relu-cell":
        return cnn.relu(g["Feature Map cell"])
    if k == "max-pool":
        return cnn.max_pool(grid(g, "Cell", 2))[0, 0]
    if k == "hidden":
        return max(0.0, sum(g[f"Pooled{i}"] * g[f"w{i}"] for i in (1, 2, 3, 4)) + g["b1"])
    if k == "softmax":
        return 100 * cnn.softmax([g["Score O"], g["Score X"]])[0]
    if k == "rnn-day":
        return max(0.0, g["Today"] * g["w1"] + g["Yesterday's output"] * g["w2"] + g["b1"])
    if k == "unroll":
        return g["Input"] * rnn.gradient_factor(g["w2"], int(g["N"]))
    if k in ("gate-sum", "gate-percent"):
        total = g["Short-Term Memory"] * g["a"] + g["Input"] * g["b"] + g["bias"]
        return total if k == "gate-sum" else 100 * activations.sigmoid(total)
    if k == "long-term":
        return g["Long-Term Memory"] * g["Forget Gate"] + g["Input Gate"] * g["Potential Long-Term Memory"]
    if k == "short-term":
        return math.tanh(g["New Long-Term Memory"]) * g["Output Gate"]
    raise AssertionError(f"no independent formula for {k}")


def test_every_chapter_has_its_kinds():
    assert P.kinds("why-how") == ["x1", "y1-softplus", "y1-relu", "top", "output"]
    assert P.kinds("gradient-descent") == ["residual", "ssr", "d-intercept", "step-size", "new-intercept",
                                           "stopping"]
    assert P.kinds("backpropagation") == ["d-predicted", "chain-factor", "d-b3", "d-w3", "d-w1", "new-value"]
    assert P.kinds("cnn") == ["feature-cell", "relu-cell", "max-pool", "hidden", "softmax"]
    assert P.kinds("rnn-lstm") == ["rnn-day", "unroll", "gate-sum", "gate-percent", "long-term", "short-term"]
    assert P.kinds("conclusion") == []
    with pytest.raises(ValueError, match="no exercise kind"):
        P.generate("nonsense", 1)
    with pytest.raises(ValueError, match="seed"):
        P.generate("x1", -1)


@settings(max_examples=150, deadline=None)
@given(seed=SEEDS)
@pytest.mark.parametrize("kind", ALL_KINDS)
def test_each_kind_over_many_seeds(kind, seed):
    e = P.generate(kind, seed)
    assert e.kind == kind and e.seed == seed and e.prompt
    # Numbers a person can work with: finite, small, givens with few decimals.
    assert math.isfinite(e.answer) and abs(e.answer) < 1e4
    assert all(math.isfinite(v) and abs(v) < 1e4 for v in e.givens.values())
    if kind != "stopping":
        assert all(round(v, 2) == v for v in e.givens.values()), e.givens
    # The answer is the core's value for the givens (within what rounding the shown givens moves it).
    assert abs(e.answer - sheet_value(e)) <= e.tolerance + 1e-9
    assert e.tolerance <= 10 ** -e.decimals  # never more than one unit of the last decimal
    # The rounded answer is accepted, with a point or a comma (and the % of a percentage); far off is not.
    shown = fixed(e.answer, e.decimals)
    for typed in (shown, shown.replace(".", ","), f" {shown} " + e.unit, shown.replace("-", "−")):
        verdict = P.check(e, typed)
        assert verdict.correct and verdict.misconception is None, (typed, verdict)
    far = e.answer + e.accepted + 10 ** -e.decimals
    assert not P.check(e, fixed(far, e.decimals + 1)).correct
    # Every mistake's number is recognised by name, unless that slip happens to give the right answer here.
    for mistake in e.mistakes:
        if gives_the_answer(mistake, e):
            continue
        decimals = e.decimals if mistake.decimals is None else mistake.decimals
        verdict = P.check(e, fixed(mistake.value, decimals))
        first = next(m for m in e.mistakes if not gives_the_answer(m, e) and matches(m, verdict.value, e))
        assert not verdict.correct and verdict.misconception == first.name
        assert str(verdict.explanation) == first.why
    # Text, NaN and infinity are refused with a reason, and count as nothing.
    for typed in ("abc", "nan", "inf", "-inf", "", "1e999", "0.5.5"):
        verdict = P.check(e, typed)
        assert verdict.refused and not verdict.correct and verdict.misconception is None and str(verdict.explanation)


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_hints_and_working_fill_in_the_numbers(kind):
    e = P.generate(kind, 7)
    assert P.hint(e, 1).args == () and "%1" not in P.hint(e, 1).template  # the formula alone
    assert all(f"%{i + 1}" in P.hint(e, 2).template for i in range(len(P.hint(e, 2).args)))
    lines = P.working(e)
    assert len(lines) >= 2 and fixed(e.answer, e.decimals) in str(lines[-1])
    with pytest.raises(ValueError):
        P.hint(e, 3)


def test_generation_never_touches_numpy_s_global_random_state():
    np.random.seed(5)
    before = np.random.get_state()[1].copy()
    for kind in ALL_KINDS:
        P.generate(kind, 123)
    assert (np.random.get_state()[1] == before).all()
    assert P.generate("ssr", 99) == P.generate("ssr", 99)


# --- the deck's own numbers (seed 0) -------------------------------------------------------------------------
def deck(kind):
    return P.deck_exercise(kind)


def test_chapter_2_deck_step_size_and_new_intercept():
    assert deck("residual").shown_answer == "1.08"
    assert deck("d-intercept").shown_answer == "-5.7"
    step = deck("step-size")
    assert step.givens == {"d SSR / d Intercept": -5.7, "Learning Rate": 0.1} and step.shown_answer == "-0.57"
    new = deck("new-intercept")
    assert new.givens == {"Old Intercept": 0.0, "Step Size": -0.57} and new.shown_answer == "0.57"
    assert P.check(new, "0,57").correct and P.check(step, "-0.57").correct
    # the sign of the step: New = Old + Step gives −0.57
    verdict = P.check(new, "-0.57")
    assert not verdict.correct and verdict.misconception == "New = Old + Step"
    assert P.check(step, "-5.7").misconception == "forgot the learning rate"
    assert P.check(deck("ssr"), "8.13").misconception == "square of the sum"


def test_chapter_2_chain_each_answer_feeds_the_next():
    for seed in (0, 3, 41):
        d, step, new = P.generate("d-intercept", seed), P.generate("step-size", seed), P.generate("new-intercept", seed)
        assert step.givens["d SSR / d Intercept"] == round(d.answer, 2)
        assert new.givens["Step Size"] == round(step.answer, 2)
        s = ch2.sheet(seed)
        assert new.givens["Old Intercept"] == s["intercept"] and step.givens["Learning Rate"] == s["rate"]


def test_chapter_3_deck_d_ssr_d_b3_and_new_b3():
    e = deck("d-b3")
    assert e.shown_answer == "-15.7"
    assert e.answer == pytest.approx(dosage.gradients(dosage.MAIN_IDEAS_START, DECK_DOSE, DECK_EFFICACY).b3)
    assert P.check(e, "-15,7").correct
    assert P.check(e, "15.7").misconception == "sign of the derivative"
    assert P.check(e, "7.8").misconception == "forgot the −2"
    assert deck("new-value").shown_answer == "1.57"
    assert P.check(deck("new-value"), "-1.57").misconception == "New = Old + Step"
    p, _ = ch3._sheet(5)
    assert P.generate("d-w1", 5).answer == pytest.approx(dosage.gradients(p, DECK_DOSE, DECK_EFFICACY).w1)
    assert P.generate("d-w3", 5).answer == pytest.approx(dosage.gradients(p, DECK_DOSE, DECK_EFFICACY).w3)


def test_chapter_4_deck_first_feature_map_cell_is_1():
    e = deck("feature-cell")
    assert e.answer == 1.0 and e.extra["cell"] == (0, 0)
    assert grid(e.givens, "Window", 3).tolist() == cnn.LETTER_O[:3, :3].tolist()
    assert P.check(e, "3").misconception == "forgot the bias"
    pool = deck("max-pool")
    assert P.check(pool, "0").misconception == "minimum instead of maximum"
    relu = deck("relu-cell")
    assert relu.givens["Feature Map cell"] < 0 and relu.answer == 0
    assert P.check(relu, fixed(relu.givens["Feature Map cell"], 2)).misconception == "ReLU let a negative through"


def test_chapter_5_deck_0_9_and_the_lstm_s_83_percent():
    e = deck("rnn-day")
    assert e.shown_answer == "0.9" and e.givens["Today"] == 0.5 and e.givens["w1"] == 1.8
    assert e.answer == pytest.approx(rnn.unroll(rnn.DECK_PARAMS, rnn.DECK_SEQUENCE).outputs[1])
    gate = deck("gate-percent")
    assert gate.shown_answer == "83" and gate.unit == "%"
    assert gate.answer == pytest.approx(100 * lstm.step(lstm.DECK_PARAMS, 0.0, 0.0, 0.0).forget)
    assert P.check(gate, "83 %").correct and P.check(gate, "83%").correct
    verdict = P.check(gate, "0,83")
    assert not verdict.correct and verdict.misconception == "a fraction, not a percentage"
    assert deck("unroll").answer == 16 and P.check(deck("unroll"), "8").misconception == "multiplied instead of a power"
    assert deck("long-term").shown_answer == "-0.2"


def test_chapter_1_deck_softplus_network():
    assert deck("x1").shown_answer == "2.14"
    assert deck("y1-softplus").shown_answer == "2.25"
    assert P.check(deck("y1-softplus"), "2.14").misconception == "wrong activation"
    relu = deck("y1-relu")
    assert relu.answer == 0 and P.check(relu, "-0.85").misconception == "ReLU let a negative through"


def test_a_right_answer_is_never_a_mistake_even_when_a_slip_gives_it():
    e = deck("rnn-day")  # yesterday's output is 0: forgetting the loop gives the right 0.9 here
    assert any(m.value == pytest.approx(e.answer) for m in e.mistakes)
    verdict = P.check(e, "0.9")
    assert verdict.correct and verdict.misconception is None


def test_refusals_say_why():
    e = deck("ssr")
    assert "not a number" in str(P.check(e, "three").explanation)
    assert "three" in str(P.check(e, "three").explanation)
    assert "NaN" in str(P.check(e, "NaN").explanation)
    assert "first" in str(P.check(e, "   ").explanation)
    assert "too large" in str(P.check(e, "1e999").explanation)
    assert P.check(e, None).refused


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf, -1, 1.5, True, 2**63, "3"])
def test_a_seed_that_is_not_a_whole_number_from_0_is_refused_by_name(bad):
    with pytest.raises(ValueError, match="the seed must be a whole number"):
        P.generate("ssr", bad)
    with pytest.raises(ValueError, match="the seed must be a whole number"):
        ch2.sheet(bad)  # what chapter 2's figures draw


def test_the_rounding_pieces_refuse_nan_and_infinity_by_name():
    assert ch2.sheet(3.0) == ch2.sheet(3) and ch2.sheet(-0.0)["slope"] == regression.DECK_SLOPE
    assert rounded(-0.004) == 0.0 and math.copysign(1, rounded(-0.004)) == 1.0 and rounded(2.675, 1) == 2.7
    assert tolerance_for(0.575, 0.57) == pytest.approx(0.005) and tolerance_for(5.0, 1.0) == 0.01
    for bad in (math.nan, math.inf, -math.inf):
        with pytest.raises(ValueError, match="a given must be a finite number"):
            rounded(bad)
        with pytest.raises(ValueError, match="the exact answer must be a finite number"):
            tolerance_for(bad, 0.5)
        with pytest.raises(ValueError, match="the answer from the rounded givens must be a finite number"):
            tolerance_for(0.5, bad)


def test_the_record_counts_first_answers_and_reads_hostile_settings_as_empty():
    from nnviz.core.practice.record import Tally, record_csv

    t = Tally().after(True).after(True).after(False).after(True)
    assert t == (4, 3, 1)
    assert Tally.from_text(t.to_text()) == t
    for stored in ("", "1 2", "2 3 1", "3 2 3", "a b c", "-1 0 0", None, 5, "9" * 100, "1 1 1 1"):
        assert Tally.from_text(stored) == Tally()
    text = record_csv({("cnn", "softmax"): t, ("why-how", "x1"): Tally()})
    assert text.splitlines() == ["chapter,kind,attempted,right first time,streak", "cnn,softmax,4,3,1",
                                 "why-how,x1,0,0,0"]
