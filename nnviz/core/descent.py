"""Gradient descent as a generator of immutable steps, with stopping rules as data.

The same generator serves the tests (iterate it), the Step button (take one),
Run (a worker iterates it) and Step back (keep the yielded steps in a `History`).
Send it a dict such as ``{"learning_rate": 0.05}`` or ``{"rules": StoppingRules(...)}``
to change the run from the next step on: the step just yielded is taken as it was announced.
"""

from __future__ import annotations

import enum
import math
import operator
from dataclasses import dataclass
from operator import itemgetter
from typing import Callable, Generator, NamedTuple, Sequence

import numpy as np

from nnviz.core.numbers import LARGE, finite

Objective = Callable[[np.ndarray], "tuple[float, np.ndarray]"]


#: Up to this many data points an objective computed in Python floats is faster than one in NumPy (measured:
#: NumPy costs about 1 µs a call whatever the size, a float loop about 60 ns a point).
SMALL_DATA = 64


def in_floats(objective: Callable[[Sequence[float]], "tuple[float, Sequence[float]]"]):
    """Mark `objective` as computed in Python floats: `descend` hands it the parameters as a list of floats
    and takes a sequence of floats back, with no NumPy array made and no `np.errstate` entered per step
    (Python float arithmetic never warns: an overflow is inf, inf − inf is nan, which `descend` then stops on).
    On the deck's few data points this is several times faster than NumPy's per-call cost."""
    objective.in_floats = True
    return objective

#: Consecutive growing steps after which a run counts as diverging.
GROWTH_LIMIT = 5
#: A loss or parameter beyond this magnitude counts as diverged (keeps plots finite).
BLOW_UP = 1e12
#: A rise of the loss smaller than this fraction is rounding, not divergence.
GROWTH_TOLERANCE = 1e-9
#: Growth counts as divergence only once the run has lost this share of the progress it made (from its first
#: loss down to its lowest): a run that wobbles near its minimum (the LSTM rose five steps in a row from
#: SSR 0.0017 to 0.0039, having started at 0.5) is still converging.
GROWTH_LOST = 0.5


class StopReason(enum.Enum):
    """Why a run ended."""

    TOLERANCE = "tolerance"
    MAX_STEPS = "max_steps"
    MIN_STEP_SIZE = "min_step_size"
    DIVERGED = "diverged"


@dataclass(frozen=True)
class StoppingRules:
    """When to stop; a rule set to None is off."""

    loss_tolerance: float | None = 0.001
    max_steps: int | None = 1000
    min_step_size: float | None = 0.001

    def check(self, number: int, loss: float, step_sizes: Sequence[float]) -> StopReason | None:
        """The first rule that fires for this state, or None."""
        if self.loss_tolerance is not None and loss <= self.loss_tolerance:
            return StopReason.TOLERANCE
        if (self.min_step_size is not None and len(step_sizes)  # a NaN size never stops it (nan <= x is False)
                and all(map(float(self.min_step_size).__ge__, map(abs, map(float, step_sizes))))):
            return StopReason.MIN_STEP_SIZE
        if self.max_steps is not None and number >= self.max_steps:
            return StopReason.MAX_STEPS
        return None


DEFAULT_RULES = StoppingRules()  # frozen: one shared default (a call in a default argument is ruff's B008)


class Step(NamedTuple):
    """One state of a run: the values now, and the step that would be taken from here.

    A named tuple, so that a History can keep each step as a plain tuple (see `History`)."""

    number: int
    params: tuple[float, ...]
    loss: float
    gradient: tuple[float, ...]
    learning_rate: float
    step_sizes: tuple[float, ...]  # gradient × learning rate (0 for frozen parameters)
    stop: StopReason | None = None

    @property
    def next_params(self) -> tuple[float, ...]:
        """New = old − step size, for every parameter."""
        return tuple(p - s for p, s in zip(self.params, self.step_sizes, strict=True))

    def __repr__(self) -> str:
        stop = f", stop={self.stop.value}" if self.stop else ""
        return f"Step({self.number}, params={self.params}, loss={self.loss:.6g}{stop})"


def _diverged(loss: float, params: list[float], growth: int, first: float, lowest: float) -> bool:
    """A non-finite or huge loss, huge parameters, or a loss that grew GROWTH_LIMIT steps in a row and lost
    GROWTH_LOST of the progress from the first loss to the lowest (a NaN loss fails every test).

    Called once the step sizes are known to be finite, which makes the gradient finite (size = derivative ×
    a positive learning rate) and the parameters too (finite at the start, then old − finite size, never
    past BLOW_UP): `max` over them sees no NaN."""
    if not abs(loss) <= BLOW_UP or (params and max(map(abs, params)) > BLOW_UP):
        return True
    return growth >= GROWTH_LIMIT and loss - lowest > GROWTH_LOST * (first - lowest)


def descend(
    objective: Objective,
    start: Sequence[float],
    learning_rate: float,
    rules: StoppingRules = DEFAULT_RULES,
    *,
    free: Sequence[bool] | None = None,
    first_number: int = 0,
) -> Generator[Step, dict | None, None]:
    """Yield Step `first_number`, then one Step per update, until a rule stops it.

    `objective(params) -> (loss, gradient)`; parameters whose `free` flag is False
    keep their value. The last step yielded carries the `stop` reason.
    """
    if not (math.isfinite(learning_rate) and 0 < learning_rate <= LARGE):
        raise ValueError(f"the learning rate must be a positive number up to {LARGE:g}, not {learning_rate!r}")
    params = np.array(finite(np.asarray(start, dtype=float), "the start", LARGE), dtype=float).reshape(-1)
    mask = [True] * params.size if free is None else np.array(free, dtype=bool).ravel().tolist()
    if len(mask) != params.size:
        raise ValueError(f"{len(mask)} free flags for {params.size} parameters")
    values, all_free, learning_rate = params.tolist(), all(mask), float(learning_rate)  # floats: faster
    number, previous_loss, growth, first, lowest = first_number, None, 0, None, math.inf
    floats = getattr(objective, "in_floats", False)
    evaluate = objective if floats else np.errstate(over="ignore", invalid="ignore")(objective)  # never across a yield
    # make: a Step without namedtuple's Python-level __new__ (a third of the bookkeeping per step)
    n, sub, make, tolerance = len(values), operator.sub, tuple.__new__, GROWTH_TOLERANCE
    while True:
        loss, gradient = evaluate(values if floats else params)
        loss = float(loss)
        gradient = list(map(float, gradient)) if floats else np.asarray(gradient, dtype=float).tolist()
        if len(gradient) != n:
            raise ValueError(f"the objective gave {len(gradient)} derivatives for {n} parameters")
        if not all_free:
            gradient = [g if m else 0.0 for g, m in zip(gradient, mask, strict=True)]
        # a real rise of the loss counts as growth; rounding noise at the bottom (a relative 1e-9) does not
        grew = previous_loss is not None and loss > previous_loss + tolerance * abs(previous_loss)
        growth = growth + 1 if grew else 0
        if first is None:
            first = loss
        if loss < lowest:
            lowest = loss
        sizes = [g * learning_rate for g in gradient]
        # a finite sum means finite sizes (the exact test only when it is not: a sum can overflow)
        if not math.isfinite(sum(sizes)) and not all(map(math.isfinite, sizes)):
            sizes = [0.0 if s != s else min(max(s, -BLOW_UP), BLOW_UP) for s in sizes]  # no infinity shown
            stop = StopReason.DIVERGED
        elif _diverged(loss, values, growth, first, lowest):
            stop = StopReason.DIVERGED
        else:
            stop = rules.check(number, loss, sizes if all_free else [s for s, m in zip(sizes, mask, strict=True) if m])
        message = yield make(Step, (number, tuple(values), loss, tuple(gradient), learning_rate, tuple(sizes), stop))
        if stop is not None:
            return
        values = list(map(sub, values, sizes))  # the step this Step announced (new = old − step size)
        if not floats:
            params = np.array(values)
        if message:  # settings sent now apply from the next step on
            learning_rate = float(message.get("learning_rate", learning_rate))
            rules = message.get("rules", rules)
        previous_loss = loss
        number += 1


def run(objective: Objective, start: Sequence[float], learning_rate: float,
        rules: StoppingRules = DEFAULT_RULES, **kwargs) -> list[Step]:
    """Every step of a whole run, to its stopping rule (rules must end it)."""
    if rules.max_steps is None and rules.loss_tolerance is None and rules.min_step_size is None:
        raise ValueError("a run with every stopping rule off never ends")
    return list(descend(objective, start, learning_rate, rules, **kwargs))


#: A step's stop reason as a small integer in a History (0: none).
_STOP_CODES = (None, *StopReason)
#: A History with a byte budget keeps at least this many steps however wide they are.
MIN_KEPT = 100
#: Added to a row's code when its step has no gradient and no step sizes (a start the objective refused).
_NO_GRADIENT = 16


class History:
    """The steps of a run, for Step back and plots, in bounded memory.

    Keeps the newest `dense` steps one by one; older steps are thinned (every
    other one dropped) whenever the total passes `capacity`, so a million-step
    run costs a few thousand steps of memory. The first step is always kept.

    Every kept step is one row of a float array made once per run (grown by doubling up to `capacity` + 1 rows):
    its number, loss and learning rate, then its parameters, gradient and step sizes; a small integer array beside
    it holds its stop reason. Indexing makes a `Step` again (Python floats, the same values bit for bit). Python
    float tuples cost 32 bytes a number where the array costs 8 (chapter 4: 46 MB for 15,001 kept steps), and an
    array holds no object the garbage collector walks (20,000 tracked steps made each full collection 25-110 ms).
    """

    def __init__(self, capacity: int = 20_000, dense: int = 2_000, budget: int | None = None):
        """Keep at most `capacity` steps, the newest `dense` of them one by one. With a `budget` (bytes), fewer
        when a step is wide: the capacity becomes what fits the budget (at least MIN_KEPT steps), and `dense`
        shrinks with it in the same proportion, once the first step tells the width."""
        if dense >= capacity:
            raise ValueError("dense must be smaller than capacity")
        if budget is not None and budget <= 0:
            raise ValueError("the budget must be a positive number of bytes")
        self.capacity, self.dense = capacity, dense
        self._asked = (capacity, dense, budget)
        self._n = 0  # rows in use
        self._width = 0  # parameters a step
        self._rows = np.empty((0, 3))  # number, loss, learning rate, parameters, gradient, step sizes
        self._codes = np.empty(0, dtype=np.int8)  # stop reason (index in _STOP_CODES) + _NO_GRADIENT

    def __len__(self) -> int:
        return self._n

    def _step(self, row: list, code: int) -> Step:
        n = self._width
        gradient, sizes = ((), ()) if code & _NO_GRADIENT else (tuple(row[3 + n:3 + 2 * n]), tuple(row[3 + 2 * n:]))
        return Step(int(row[0]), tuple(row[3:3 + n]), row[1], gradient, row[2], sizes,
                    _STOP_CODES[code & ~_NO_GRADIENT])

    def _steps_at(self, indices) -> list[Step]:
        rows, codes = self._rows[indices].tolist(), self._codes[indices].tolist()
        return [self._step(row, code) for row, code in zip(rows, codes, strict=True)]

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._steps_at(np.arange(self._n)[index])
        i = range(self._n)[index]  # IndexError as a list gives it
        return self._step(self._rows[i].tolist(), int(self._codes[i]))

    def __iter__(self):
        return iter(self._steps_at(slice(0, self._n)))  # a snapshot, as a list's copy was

    def __repr__(self) -> str:
        last = int(self._rows[self._n - 1, 0]) if self._n else None
        return f"History({self._n} kept, last step {last})"

    def clear(self) -> None:
        self._n = self._width = 0
        self._rows = np.empty((0, 3))
        self._codes = np.empty(0, dtype=np.int8)

    @staticmethod
    def pack(steps) -> tuple[np.ndarray, np.ndarray]:
        """`steps` as `extend` stores them: rows of (number, loss, learning rate, parameters, gradient, step sizes)
        and their codes. A worker thread can make these for its batch, so that the GUI thread only copies them in."""
        steps = list(steps)
        if not steps:
            return np.empty((0, 3)), np.empty(0, dtype=np.int8)
        width = len(steps[0].params)
        params, gradients, sizes = (list(map(len, column)) for column in
                                    (map(itemgetter(1), steps), map(itemgetter(3), steps), map(itemgetter(5), steps)))
        if params.count(width) == gradients.count(width) == sizes.count(width) == len(steps):
            # the usual batch: every step with all its numbers, one tuple a step converted in C
            rows = np.array([(s[0], s[2], s[4]) + s[1] + s[3] + s[5] for s in steps], dtype=float)
            stops = [s[6] for s in steps]
            if stops.count(None) == len(stops):
                return rows, np.zeros(len(steps), dtype=np.int8)
            return rows, np.array([_STOP_CODES.index(stop) for stop in stops], dtype=np.int8)
        # uneven rows, or steps without a gradient: one by one, with a clear message
        codes, rows = [], []
        for s in steps:
            if len(s.params) != width:
                raise ValueError(f"a step with {len(s.params)} parameters after steps with {width}")
            code = _STOP_CODES.index(s.stop)
            if len(s.gradient) == len(s.step_sizes) == 0 and width:
                codes.append(code + _NO_GRADIENT)
                rows.append((s.number, s.loss, s.learning_rate, *s.params, *(math.nan,) * (2 * width)))
                continue
            if not len(s.gradient) == len(s.step_sizes) == width:
                raise ValueError(f"a step with {len(s.gradient)} derivatives and {len(s.step_sizes)} step sizes "
                                 f"for {width} parameters")
            codes.append(code)
            rows.append((s.number, s.loss, s.learning_rate, *s.params, *s.gradient, *s.step_sizes))
        return np.array(rows, dtype=float), np.array(codes, dtype=np.int8)

    def _write(self, rows: np.ndarray, codes: np.ndarray) -> None:
        """Add packed steps (at most capacity + 1 in all) to the rows."""
        n, k = self._n, len(rows)
        width = (rows.shape[1] - 3) // 3
        if width != self._width or rows.shape[1] != self._rows.shape[1]:
            if n:
                raise ValueError(f"a step with {width} parameters after steps with {self._width}")
            self._width = width
            self._rows = np.empty((0, rows.shape[1]))
            self._codes = np.empty(0, dtype=np.int8)
        if n + k > len(self._rows):  # grow by doubling, up to what the capacity can need
            size = min(max(2 * (n + k), 256), self.capacity + 1)
            grown, grown_codes = np.empty((size, rows.shape[1])), np.empty(size, dtype=np.int8)
            grown[:n], grown_codes[:n] = self._rows[:n], self._codes[:n]
            self._rows, self._codes = grown, grown_codes
        self._rows[n:n + k] = rows
        self._codes[n:n + k] = codes
        self._n = n + k

    def _fit_budget(self, row_width: int) -> None:
        capacity, dense, budget = self._asked
        if budget is None:
            return
        fits = max(MIN_KEPT, budget // (8 * row_width + 1))  # 8 bytes a number, 1 for the stop code
        if fits < capacity:
            capacity, dense = fits, max(1, dense * fits // capacity)
        self.capacity, self.dense = capacity, dense

    def _thin(self) -> None:
        n = self._n
        old = n - self.dense
        if old <= 1:
            return
        keep = np.concatenate(([0], np.arange(1, old, 2), np.arange(old, n)))
        self._rows[:len(keep)] = self._rows[keep]
        self._codes[:len(keep)] = self._codes[keep]
        self._n = len(keep)

    def append(self, step: Step) -> None:
        self.extend((step,))

    def extend(self, steps, packed: tuple[np.ndarray, np.ndarray] | None = None) -> None:
        """Add `steps`; `packed` is `History.pack(steps)` when the caller has it already."""
        rows, codes = packed if packed is not None else self.pack(steps)
        if not self._n and len(rows):
            self._fit_budget(rows.shape[1])  # the capacity for this width, before the room is counted
        start = 0
        while start < len(rows):
            room = max(self.capacity - self._n, 1)  # at most one past the capacity, then thin
            self._write(rows[start:start + room], codes[start:start + room])
            start += room
            if self._n > self.capacity:
                self._thin()

    def replace_last(self, step: Step) -> None:
        """Put `step` in place of the newest step (the same step, recomputed with new settings)."""
        self._n -= 1
        try:
            self._write(*self.pack([step]))
        except ValueError:
            self._n += 1  # refused: the newest step stays
            raise

    def pop(self) -> Step:
        """Remove and return the newest step (the first one is never removed)."""
        if self._n <= 1:
            raise IndexError("nothing to step back to")
        step = self[-1]
        self._n -= 1
        return step

    @property
    def last(self) -> Step:
        return self[-1]

    def _picks(self, limit: int | None) -> np.ndarray | slice:
        """Indices of at most `limit` kept steps, evenly spread (first and last included); all of them if None."""
        n = self._n
        if limit is None or n <= limit:
            return slice(0, n)
        # n > limit: neighbours are at least 1 apart, so the rounded indices are distinct and increasing
        return np.linspace(0, n - 1, max(limit, 2)).round().astype(int)

    def sampled(self, limit: int | None = None) -> list[Step]:
        """The kept steps, or at most `limit` of them evenly spread (always the first and the last)."""
        return self._steps_at(self._picks(limit))

    def _column(self, columns, limit: int | None) -> np.ndarray:
        if not self._n:
            return np.empty((0,) if isinstance(columns, int) else (0, 0))
        return self._rows[self._picks(limit), columns].copy()  # a copy: the arrays are rewritten in place

    def losses(self, limit: int | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(step numbers, losses) as arrays, for plotting (at most `limit` points)."""
        return self._column(0, limit), self._column(1, limit)

    def params(self, limit: int | None = None) -> np.ndarray:
        """Parameter values, one row per kept step (at most `limit` rows, as `losses`)."""
        return self._column(slice(3, 3 + self._width), limit)
