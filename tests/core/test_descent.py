"""The gradient-descent generator: deck steps, convergence, each stopping rule, divergence, history."""

import math

import pytest

from nnviz.core import regression as reg
from nnviz.core.descent import History, Step, StoppingRules, StopReason, descend, run

OBJ = reg.intercept_objective(reg.DECK_SLOPE, reg.DECK_X, reg.DECK_Y)


def test_first_step_is_the_decks():
    gen = descend(OBJ, [0.0], 0.1)
    first, second = next(gen), next(gen)
    assert first.number == 0 and first.params == (0.0,)
    assert first.gradient[0] == pytest.approx(-5.704)
    assert first.step_sizes[0] == pytest.approx(-0.5704)
    assert first.next_params[0] == pytest.approx(0.5704)
    assert second.number == 1 and second.params[0] == pytest.approx(0.5704)


def test_converges_to_the_least_squares_intercept():
    steps = run(OBJ, [0.0], 0.1, StoppingRules(None, 10_000, 1e-10))
    assert steps[-1].stop is StopReason.MIN_STEP_SIZE
    assert steps[-1].params[0] == pytest.approx(reg.best_intercept(reg.DECK_SLOPE, reg.DECK_X, reg.DECK_Y), abs=1e-9)


def test_two_parameters_converge_to_least_squares():
    steps = run(reg.line_objective(reg.DECK_X, reg.DECK_Y), [0.0, 1.0], 0.01, StoppingRules(None, 100_000, 1e-9))
    assert steps[-1].params == pytest.approx(reg.least_squares(reg.DECK_X, reg.DECK_Y), abs=1e-5)


def test_tolerance_rule():
    steps = run(OBJ, [0.0], 0.1, StoppingRules(0.5, None, None))
    assert steps[-1].stop is StopReason.TOLERANCE
    assert steps[-1].loss <= 0.5 < steps[-2].loss


def test_the_decks_tolerance_is_never_reached_for_its_data():
    # The best SSR with slope 0.64 is 0.44, so SSR ≤ 0.001 can't fire: the step-size rule does.
    steps = run(OBJ, [0.0], 0.1, StoppingRules(0.001, 1000, 0.001))
    assert steps[-1].stop is StopReason.MIN_STEP_SIZE
    assert steps[-1].number == 7 and steps[-1].loss == pytest.approx(0.4446, abs=1e-4)


def test_max_steps_rule():
    steps = run(OBJ, [0.0], 0.001, StoppingRules(None, 25, None))
    assert steps[-1].stop is StopReason.MAX_STEPS
    assert len(steps) == 26 and steps[-1].number == 25


def test_rules_can_be_switched_off():
    with pytest.raises(ValueError):
        run(OBJ, [0.0], 0.1, StoppingRules(None, None, None))


def test_divergence_stops_with_finite_values():
    steps = run(OBJ, [0.0], 1.0)
    assert steps[-1].stop is StopReason.DIVERGED
    assert all(math.isfinite(s.loss) and all(map(math.isfinite, s.params)) for s in steps)
    assert steps[-1].loss > steps[0].loss * 1000


def test_huge_learning_rate_diverges_not_crashes():
    steps = run(OBJ, [0.0], 1e99)
    assert steps[-1].stop is StopReason.DIVERGED
    assert all(math.isfinite(v) for s in steps for v in (s.loss, *s.params, *s.step_sizes))
    with pytest.raises(ValueError, match="learning rate"):
        next(descend(OBJ, [0.0], 1e300))


@pytest.mark.parametrize("bad", [[math.nan], [math.inf], [1e308]])
def test_a_non_finite_or_huge_start_is_refused(bad):
    with pytest.raises(ValueError, match="start"):
        next(descend(OBJ, bad, 0.1))


@pytest.mark.parametrize("bad", [0.0, -0.1, math.nan, math.inf])
def test_bad_learning_rate_is_refused(bad):
    with pytest.raises(ValueError, match="learning rate"):
        next(descend(OBJ, [0.0], bad))


def test_send_changes_the_learning_rate_from_the_next_step():
    gen = descend(OBJ, [0.0], 0.1)
    first = next(gen)
    second = gen.send({"learning_rate": 0.01})
    # The step that was shown (Step Size −0.57, New Intercept 0.57) is the one taken ...
    assert second.params[0] == pytest.approx(first.next_params[0]) == pytest.approx(0.5704)
    # ... and the new rate sizes the steps from here on.
    assert second.learning_rate == 0.01
    assert second.step_sizes[0] == pytest.approx(second.gradient[0] * 0.01)
    third = next(gen)
    assert third.params[0] == pytest.approx(second.next_params[0])


def test_frozen_parameters_keep_their_value():
    steps = run(reg.line_objective(reg.DECK_X, reg.DECK_Y), [0.0, 1.0], 0.01,
                StoppingRules(None, 50, None), free=[True, False])
    assert {s.params[1] for s in steps} == {1.0}
    assert steps[-1].params[0] != 0.0


def test_steps_are_immutable():
    step = next(descend(OBJ, [0.0], 0.1))
    with pytest.raises(AttributeError):
        step.loss = 0.0


def test_history_is_bounded_and_keeps_first_and_recent():
    history = History(capacity=100, dense=20)
    gen = descend(OBJ, [0.0], 0.0001, StoppingRules(None, None, 1e-30))
    for _ in range(10_000):
        history.append(next(gen))
    assert len(history) <= 100
    numbers = [s.number for s in history]
    assert numbers[0] == 0 and numbers[-20:] == list(range(9980, 10_000))
    assert numbers == sorted(numbers)
    last = history.pop()
    assert last.number == 9999 and history.last.number == 9998
    n, losses = history.losses()
    assert n.shape == losses.shape == (len(history),)
    assert history.params().shape == (len(history), 1)


def test_history_never_pops_its_first_step():
    history = History()
    history.append(next(descend(OBJ, [0.0], 0.1)))
    with pytest.raises(IndexError):
        history.pop()


def test_history_plot_arrays_match_the_kept_steps_through_thinning_pop_and_replace():
    from nnviz.core.descent import History, Step

    h = History(capacity=50, dense=10)
    for n in range(1, 138):
        h.append(Step(n, (float(n), -float(n)), 1.0 / n, (0.0, 0.0), 0.1, (0.0, 0.0)))
    h.pop()
    h.replace_last(Step(h.last.number, h.last.params, 99.0, (0.0, 0.0), 0.1, (0.0, 0.0)))
    steps = h.sampled()
    numbers, losses = h.losses()
    assert numbers.tolist() == [s.number for s in steps] and losses.tolist() == [s.loss for s in steps]
    assert steps[0].number == 1 and losses[-1] == 99.0 and len(h) <= 50
    few_numbers, few_losses = h.losses(7)
    few = h.sampled(7)
    assert len(few) == 7 and few_numbers.tolist() == [s.number for s in few]
    assert few_losses.tolist() == [s.loss for s in few] and few[0] == steps[0] and few[-1] == steps[-1]
    assert h.params(7).tolist() == [list(s.params) for s in few]
    h.clear()
    assert len(h) == 0 and h.losses()[0].size == 0


def test_a_run_that_wobbles_near_its_minimum_is_not_called_diverged():
    import numpy as np

    from nnviz.core.descent import GROWTH_LIMIT, StoppingRules, StopReason, descend

    # The loss falls to 1.0, then rises a little for many steps in a row (to 1.3 < 2 × 1.0): still converging.
    losses = iter([5.0, 3.0, 1.0] + [1.0 + 0.03 * k for k in range(1, 11)] + [1.3] * 5)

    def wobbling(params):
        return next(losses), np.array([0.0])

    steps = list(descend(wobbling, [0.0], 0.1, StoppingRules(None, 17, None)))
    assert len(steps) == 18 and steps[-1].stop is StopReason.MAX_STEPS

    # Growing five steps in a row past twice the lowest loss is divergence.
    rising = iter([1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0])
    steps = list(descend(lambda p: (next(rising), np.array([0.0])), [0.0], 0.1, StoppingRules(None, 100, None)))
    assert steps[-1].stop is StopReason.DIVERGED and steps[-1].number == GROWTH_LIMIT


def _numbered(n: int, width: int = 2):
    from nnviz.core.descent import Step

    return Step(n, tuple(float(n * (i + 1)) for i in range(width)), 1.0 / n, (0.0,) * width, 0.1, (0.0,) * width)


@pytest.mark.parametrize("batch", [1, 7, 49, 50, 51, 333])
def test_history_fed_in_batches_keeps_what_it_keeps_when_fed_one_by_one(batch):
    one, many = History(capacity=50, dense=10), History(capacity=50, dense=10)
    steps = [_numbered(n) for n in range(1, 1001)]
    for s in steps:
        one.append(s)
    for i in range(0, len(steps), batch):
        many.extend(steps[i:i + batch])
    assert [s.number for s in many] == [s.number for s in one]
    assert many.losses()[0].tolist() == [float(s.number) for s in one]
    assert many.params().tolist() == [list(s.params) for s in one]


def test_history_arrays_are_copies_that_later_steps_do_not_rewrite():
    h = History(capacity=20, dense=5)
    h.extend(_numbered(n) for n in range(1, 16))
    numbers, losses = h.losses()
    params = h.params()
    h.extend(_numbered(n) for n in range(16, 60))  # thins in place
    h.replace_last(_numbered(59, 2))
    assert numbers.tolist() == list(range(1, 16)) and losses[-1] == 1 / 15 and params[-1].tolist() == [15.0, 30.0]


def test_history_refuses_a_step_with_another_number_of_parameters_until_cleared():
    h = History()
    h.append(_numbered(1, 2))
    with pytest.raises(ValueError, match="3 parameters after steps with 2"):
        h.append(_numbered(2, 3))
    assert len(h) == 1
    h.clear()
    h.append(_numbered(1, 3))
    assert h.params().shape == (1, 3)


def test_the_steps_a_history_keeps_cost_the_garbage_collector_nothing():
    import gc

    import numpy as np

    history = History(capacity=1000, dense=100)
    history.extend(_numbered(n) for n in range(1, 3001))
    gc.collect()
    # no Python object per step: the steps live in numeric arrays, which the collector never walks
    held = [v for k, v in vars(history).items() if not isinstance(v, int) and k != "_asked"]
    assert history._asked == (1000, 100, None)  # the settings: one tuple a History, not a step
    assert all(isinstance(v, np.ndarray) and v.dtype.kind in "fi" for v in held) and len(held) == 2
    assert not any(gc.is_tracked(v) for v in held) and len(history) > 100
    assert isinstance(history.last, Step) and history.last.number == 3000 and history[0].params == (1.0, 2.0)
