"""History keeps its steps in NumPy arrays (issue 26): it must behave exactly as the list of `Step`s it replaced.

The reference below is the old behaviour written plainly: a list of Steps, fed in chunks of at most
(capacity − kept) steps, thinned (the first kept, every other older step dropped, the newest `dense` kept)
whenever it passes `capacity`. Every operation's result is compared, value for value, with hypothesis
choosing the operations and real steps of `descend` (stop reasons, frozen parameters, a refused start)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnviz.core.descent import History, Step, StoppingRules, StopReason, descend


class ListHistory:
    """The reference: what History did when it kept a list of steps."""

    def __init__(self, capacity, dense):
        self.capacity, self.dense, self.steps = capacity, dense, []

    def extend(self, steps):
        steps = list(steps)
        start = 0
        while start < len(steps):
            room = max(self.capacity - len(self.steps), 1)
            self.steps.extend(steps[start:start + room])
            start += room
            if len(self.steps) > self.capacity:
                old = len(self.steps) - self.dense
                if old > 1:
                    self.steps = self.steps[:1] + self.steps[1:old:2] + self.steps[old:]


def quadratic(params):
    p = np.asarray(params, dtype=float)
    return float(np.sum((p - 1.5) ** 2) + 0.1), 2 * (p - 1.5)


def real_steps(count, width, learning_rate, frozen):
    free = [not (frozen and i == 0) for i in range(width)]
    rules = StoppingRules(None, count - 1, None)
    return list(descend(quadratic, [0.25 * (i + 1) for i in range(width)], learning_rate, rules, free=free))


def same(a, b):
    """Equal as values, NaN equal to NaN, and of the same types (an int number, tuples of floats)."""
    assert type(a.number) is int and a.number == b.number
    assert isinstance(a.params, tuple) and isinstance(a.gradient, tuple) and isinstance(a.step_sizes, tuple)
    for x, y in ((a.loss, b.loss), (a.learning_rate, b.learning_rate)):
        assert x == y or (math.isnan(x) and math.isnan(y))
    assert a.params == b.params and a.gradient == b.gradient and a.step_sizes == b.step_sizes
    assert a.stop is b.stop and isinstance(a, Step)


def check(h, ref):
    assert len(h) == len(ref.steps)
    for a, b in zip(h, ref.steps, strict=True):
        same(a, b)
    if ref.steps:
        same(h.last, ref.steps[-1])
        same(h[0], ref.steps[0])
        n, losses = h.losses()
        assert n.tolist() == [s.number for s in ref.steps]
        np.testing.assert_array_equal(losses, [s.loss for s in ref.steps])
        assert h.params().tolist() == [list(s.params) for s in ref.steps]
        for limit in (2, 5, 7):
            picked = h.sampled(limit)
            assert h.params(limit).tolist() == [list(s.params) for s in picked]
        for a, b in zip(h[1:-1:3], ref.steps[1:-1:3], strict=True):
            same(a, b)


operations = st.lists(st.tuples(st.sampled_from(["extend", "pop", "replace", "clear"]), st.integers(1, 90)),
                      min_size=1, max_size=25)


@settings(max_examples=60, deadline=None)
@given(operations, st.integers(1, 4), st.booleans(), st.sampled_from([0.01, 0.3, 1.2]))
def test_history_in_arrays_behaves_as_the_list_of_steps_it_replaced(ops, width, frozen, learning_rate):
    h, ref = History(capacity=40, dense=8), ListHistory(40, 8)
    pool = real_steps(400, width, learning_rate, frozen)
    pool.append(Step(400, pool[-1].params, math.nan, (), learning_rate, ()))  # a start the objective refused
    at = 0
    for op, k in ops:
        if op == "extend":
            batch = [pool[(at + i) % len(pool)] for i in range(k)]
            at += k
            if k % 2:
                h.extend(batch)
            else:
                h.extend(batch, History.pack(batch))  # packed in the worker, as a run does
            ref.extend(batch)
        elif op == "pop":
            if len(ref.steps) <= 1:
                with pytest.raises(IndexError):
                    h.pop()
            else:
                same(h.pop(), ref.steps.pop())
        elif op == "replace" and ref.steps:
            new = pool[k % len(pool)]
            h.replace_last(new)
            ref.steps[-1] = new
        elif op == "clear":
            h.clear()
            ref.steps.clear()
        check(h, ref)


def test_every_stop_reason_and_a_step_without_gradient_come_back_as_they_went_in():
    h = History()
    steps = [Step(i, (float(i), -2.5), 1.0 / (i + 1), (0.5, 1e-300), 0.1, (0.05, 1e-301), stop)
             for i, stop in enumerate([None, *StopReason])]
    steps.append(Step(9, (1.0, 2.0), math.nan, (), 0.1, ()))
    h.extend(steps)
    for a, b in zip(h, steps, strict=True):
        same(a, b)
    with pytest.raises(ValueError, match="3 derivatives"):
        h.append(Step(10, (1.0, 2.0), 1.0, (1.0, 2.0, 3.0), 0.1, (0.1, 0.2, 0.3)))
    assert len(h) == len(steps)
    with pytest.raises(ValueError, match="1 parameters after steps with 2"):
        h.replace_last(Step(9, (1.0,), 1.0, (1.0,), 0.1, (0.1,)))
    same(h.last, steps[-1])  # a refused replacement keeps the newest step


def test_a_full_history_of_the_largest_network_costs_8_bytes_a_number():
    width = 40
    h = History()
    step = Step(0, (0.5,) * width, 1.0, (0.25,) * width, 0.1, (0.025,) * width)
    h.extend([step._replace(number=i) for i in range(25_000)])
    assert len(h) <= h.capacity
    arrays = [v for v in vars(h).values() if isinstance(v, np.ndarray)]
    assert sum(a.nbytes for a in arrays) == (h.capacity + 1) * ((3 + 3 * width) * 8 + 1)


def _wide_steps(width, count):
    step = Step(0, (0.5,) * width, 1.0, (0.25,) * width, 0.1, (0.025,) * width)
    return [step._replace(number=i, loss=1.0 / (i + 1)) for i in range(count)]


def test_a_budget_keeps_as_many_steps_as_fit_and_thins_the_rest_as_before():
    width = 19  # chapter 4's shape network: 481 bytes a step
    h = History(budget=4 * 2 ** 20)
    steps = _wide_steps(width, 30_000)
    h.extend(steps)
    assert (h.capacity, h.dense) == (4 * 2 ** 20 // 481, 871) == (8719, 871)
    arrays = [v for v in vars(h).values() if isinstance(v, np.ndarray)]
    assert sum(a.nbytes for a in arrays) == (8719 + 1) * 481 <= 4 * 2 ** 20 + 481
    # the same steps as an unbudgeted History of that capacity would keep
    ref = ListHistory(8719, 871)
    ref.extend(steps)
    assert [s.number for s in h] == [s.number for s in ref.steps]
    assert h[0].number == 0 and h.last.number == 29_999
    assert [s.number for s in h[-871:]] == list(range(30_000 - 871, 30_000))


def test_a_budget_never_cuts_a_narrow_history_nor_goes_below_its_floor():
    narrow = History(budget=4 * 2 ** 20)
    narrow.extend(_wide_steps(1, 10))
    assert (narrow.capacity, narrow.dense) == (20_000, 2_000)
    huge = History(budget=1000)
    huge.extend(_wide_steps(400, 250))
    assert huge.capacity == 100 and 100 - huge.dense > 0 and len(huge) <= 101
    huge.clear()  # a new width after clear() fits the budget again
    huge.extend(_wide_steps(1, 5))
    assert huge.capacity == 100  # 1000 bytes hold 20 steps of one number: the floor holds
    with pytest.raises(ValueError, match="positive"):
        History(budget=0)
