"""Chapter 5: one Long Short-Term Memory unit, day by day, and its gradients (backpropagation through time).

Each gate's sum = Short-Term Memory × a + Input × b + bias. The Forget Gate (sigmoid) says what
percent of the Long-Term Memory to remember; the Input Gate (sigmoid) what percent of the
Potential Long-Term Memory (tanh, between −1 and 1) to add; the Output Gate (sigmoid) what
percent of tanh(new Long-Term Memory) becomes the new Short-Term Memory, which is the output.
"""

from __future__ import annotations

import math
from typing import NamedTuple, Sequence

import numpy as np

from nnviz.core.activations import _d_sigmoid_float as _d_sigmoid
from nnviz.core.activations import _d_tanh_float as _d_tanh
from nnviz.core.activations import _sigmoid_float as _sigmoid
from nnviz.core.numbers import LARGE, computed, finite, whole

_tanh = math.tanh  # one float at a time: `math`, not NumPy (unchecked: inputs are checked once)

#: The four gate computations, in the deck's order.
GATES = ("forget", "input", "candidate", "output")
GATE_NAMES = {"forget": "Forget Gate", "input": "Input Gate", "candidate": "Potential Long-Term Memory",
              "output": "Output Gate"}
GATE_ACTIVATION = {"forget": "sigmoid", "input": "sigmoid", "candidate": "tanh", "output": "sigmoid"}

#: Company A and Company B: days 1–4, and what happens on day 5.
COMPANY_A = (0.0, 0.5, 0.25, 1.0)
COMPANY_B = (1.0, 0.5, 0.25, 1.0)
COMPANIES = {"A": (COMPANY_A, 0.0), "B": (COMPANY_B, 1.0)}


class LSTMParams(NamedTuple):
    """The 12 parameters: for each gate, the weight on the Short-Term Memory, the weight on the Input, the bias.
    The defaults are the deck's (StatQuest) values."""

    forget_short: float = 2.70
    forget_input: float = 1.63
    forget_bias: float = 1.62
    input_short: float = 2.00
    input_input: float = 1.65
    input_bias: float = 0.62
    candidate_short: float = 1.41
    candidate_input: float = 0.94
    candidate_bias: float = -0.32
    output_short: float = 4.38
    output_input: float = -0.19
    output_bias: float = 0.59

    def gate(self, name: str) -> tuple[float, float, float]:
        """(weight on Short-Term Memory, weight on Input, bias) of gate `name`."""
        return getattr(self, f"{name}_short"), getattr(self, f"{name}_input"), getattr(self, f"{name}_bias")

    def as_array(self) -> np.ndarray:
        return np.array(self, dtype=float)

    @classmethod
    def from_array(cls, values) -> "LSTMParams":
        return cls(*(float(v) for v in values))


NAMES = LSTMParams._fields
DECK_PARAMS = LSTMParams()


class Day(NamedTuple):
    """One day of the LSTM: its input, the memories it starts from, each gate's sum and value, the new memories."""

    x: float
    long_before: float
    short_before: float
    forget_sum: float
    forget: float  # % of the Long-Term Memory remembered
    input_sum: float
    input: float  # % of the Potential Long-Term Memory added
    candidate_sum: float
    candidate: float  # Potential Long-Term Memory, between −1 and 1
    output_sum: float
    output: float  # % of the Potential Short-Term Memory kept
    long_term: float  # Long-Term Memory × forget + input × candidate
    short_term: float  # tanh(new Long-Term Memory) × output

    def __repr__(self) -> str:
        return (f"Day(x={self.x:g}, forget={self.forget:.3g}, input={self.input:.3g}, candidate={self.candidate:.3g}, "
                f"output={self.output:.3g}, long_term={self.long_term:.3g}, short_term={self.short_term:.3g})")


def _params(params: LSTMParams) -> LSTMParams:
    return LSTMParams(*(float(v) for v in finite(params, "the parameters", LARGE)))


def _sequences(sequences, targets) -> tuple[list[tuple[float, ...]], list[float]]:
    """The sequences and targets checked once per public call: finite, and not beyond ±LARGE."""
    checked = [tuple(float(v) for v in finite(s, "a sequence", LARGE)) for s in sequences]
    return checked, [float(t) for t in finite(targets, "the targets", LARGE)]


def gate_sum(params: LSTMParams, gate: str, short_term: float, x: float) -> float:
    """Short-Term Memory × a + Input × b + bias, for one gate."""
    a, b, bias = _params(params).gate(gate)
    with np.errstate(over="ignore", invalid="ignore"):
        return computed(finite(short_term, "the Short-Term Memory") * a + finite(x, "the input") * b
                        + bias, "the gate's sum")


def step(params: LSTMParams, long_term: float, short_term: float, x: float) -> Day:
    """One day: the four gates, then the new Long-Term and Short-Term Memories."""
    memories = (finite(long_term, "the Long-Term Memory"), finite(short_term, "the Short-Term Memory"))
    with np.errstate(over="ignore", invalid="ignore"):
        return computed(_step(_params(params), *memories, finite(x, "the input")), "the day's values")


def _step(p: LSTMParams, long_term: float, short_term: float, x: float) -> Day:
    f_sum = short_term * p.forget_short + x * p.forget_input + p.forget_bias  # floats: no NumPy call per day
    i_sum = short_term * p.input_short + x * p.input_input + p.input_bias
    c_sum = short_term * p.candidate_short + x * p.candidate_input + p.candidate_bias
    o_sum = short_term * p.output_short + x * p.output_input + p.output_bias
    f, i, c, o = _sigmoid(f_sum), _sigmoid(i_sum), _tanh(c_sum), _sigmoid(o_sum)
    new_long = long_term * f + i * c
    return Day(float(x), float(long_term), float(short_term), f_sum, f, i_sum, i, c_sum, c, o_sum, o, new_long,
               _tanh(new_long) * o)


def run(params: LSTMParams, sequence: Sequence[float]) -> list[Day]:
    """One `Day` per input, both memories starting at 0."""
    sequence = [float(x) for x in finite(sequence, "the sequence")]  # saturating gates: any finite input
    return computed(_run(_params(params), sequence), "the days' values")


def _run(params: LSTMParams, sequence: Sequence[float]) -> list[Day]:
    days, long_term, short_term = [], 0.0, 0.0
    for x in sequence:
        day = _step(params, long_term, short_term, x)
        days.append(day)
        long_term, short_term = day.long_term, day.short_term
    return days


def predict(params: LSTMParams, sequence: Sequence[float]) -> float:
    """The output after the last day (the final Short-Term Memory): the prediction for the next day."""
    days = run(params, sequence)
    return days[-1].short_term if days else 0.0


def backward(params: LSTMParams, days: Sequence[Day], d_short: float = 1.0) -> tuple[LSTMParams, tuple[float, ...]]:
    """Backpropagation through time: (d/d each parameter, d/d each day's input) of `d_short` × final Short-Term
    Memory."""
    p, d_short = _params(params), finite(d_short, "d_short", LARGE)
    for day in days:
        finite(day, "a day's values")
    with np.errstate(over="ignore", invalid="ignore"):
        return computed(_backward(p, days, d_short), "the gradient")


def _backward(p: LSTMParams, days: Sequence[Day], d_short: float) -> tuple[LSTMParams, tuple[float, ...]]:
    grads = [0.0] * len(NAMES)  # (short, input, bias) of each gate, in GATES order
    weights = [p.gate(g)[:2] for g in GATES]
    d_inputs = [0.0] * len(days)
    dh, dc = float(d_short), 0.0
    for t in range(len(days) - 1, -1, -1):
        d = days[t]
        # Short-Term Memory = tanh(Long-Term Memory) × output
        d_output = dh * _tanh(d.long_term)
        dc = dc + dh * d.output * _d_tanh(d.long_term)
        # Long-Term Memory = old × forget + input × candidate; then each gate's sum
        dz = (dc * d.long_before * _d_sigmoid(d.forget_sum), dc * d.candidate * _d_sigmoid(d.input_sum),
              dc * d.input * _d_tanh(d.candidate_sum), d_output * _d_sigmoid(d.output_sum))
        dh, dx = 0.0, 0.0
        for k, (a, b) in enumerate(weights):
            grads[3 * k] += dz[k] * d.short_before
            grads[3 * k + 1] += dz[k] * d.x
            grads[3 * k + 2] += dz[k]
            dh += dz[k] * a
            dx += dz[k] * b
        d_inputs[t] = dx
        dc = dc * d.forget
    return LSTMParams(*grads), tuple(d_inputs)


def input_gradients(params: LSTMParams, sequence: Sequence[float]) -> tuple[float, ...]:
    """d output / d Input on each day."""
    params = _params(params)
    return backward(params, run(params, sequence))[1]


def ssr(params: LSTMParams, sequences: Sequence[Sequence[float]], targets: Sequence[float]) -> float:
    """Sum of squared residuals (observed − predicted)² over the sequences."""
    with np.errstate(over="ignore", invalid="ignore"):
        return computed(_ssr(_params(params), *_sequences(sequences, targets)), "the SSR")


def _ssr(params: LSTMParams, sequences, targets) -> float:
    finals = (_run(params, s)[-1].short_term if s else 0.0 for s in sequences)
    return float(sum((t - y) * (t - y) for y, t in zip(finals, targets, strict=True)))  # ** 2 can raise OverflowError


def gradients(params: LSTMParams, sequences: Sequence[Sequence[float]], targets: Sequence[float]) -> LSTMParams:
    """dSSR / d each of the 12 parameters."""
    return computed(_gradients(_params(params), *_sequences(sequences, targets))[1], "the gradient")


def _gradients(params: LSTMParams, sequences, targets) -> tuple[float, LSTMParams]:
    """(SSR, dSSR / d each parameter) from one run per sequence."""
    loss, total = 0.0, [0.0] * len(NAMES)
    for s, t in zip(sequences, targets, strict=True):
        days = _run(params, s)
        r = t - (days[-1].short_term if days else 0.0)
        loss += r * r
        if days:
            total = [a + b for a, b in zip(total, _backward(params, days, -2.0 * r)[0], strict=True)]
    return loss, LSTMParams(*total)


def objective(sequences: Sequence[Sequence[float]], targets: Sequence[float]):
    """`f(params array) -> (SSR, gradient array)` for `descent.descend`."""
    sequences, targets = _sequences(sequences, targets)

    def f(values):
        loss, grad = _gradients(LSTMParams(*np.asarray(values, dtype=float).tolist()), sequences, targets)
        return loss, np.array(grad)

    return f


def random_start(seed: int) -> LSTMParams:
    """Weights from a standard normal (reproducible from `seed`), biases 0."""
    w = iter(np.random.default_rng(whole(seed, "the seed", 0, 2**63)).standard_normal(8))
    return LSTMParams(*(0.0 if name.endswith("_bias") else float(next(w)) for name in NAMES))
