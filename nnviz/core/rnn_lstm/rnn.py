"""Chapter 5: the one-unit ReLU Recurrent Neural Network, unrolled over the days, and backpropagation through time.

Day t: Sum_t = Input_t × w1 + b1 + Y_(t−1) × w2 (the feedback loop), Y_t = ReLU(Sum_t), Y_0 = 0.
After the last day: Prediction = Y_last × w3 + b2. Unrolling N times multiplies the first
input by w2 N times on its way to the prediction: Input₁ × w2^N (the exploding/vanishing gradient).
"""

from __future__ import annotations

import math
from typing import NamedTuple, Sequence

import numpy as np

from nnviz.core.numbers import LARGE, computed, finite, whole

#: The stock example's values.
LOW, MEDIUM, HIGH = 0.0, 0.5, 1.0
#: The deck's example: yesterday low, today medium.
DECK_SEQUENCE = (LOW, MEDIUM)


class RNNParams(NamedTuple):
    """The two weights and bias on the way in (w1, b1), the feedback weight w2, the output w3, b2."""

    w1: float = 1.8
    b1: float = 0.0
    w2: float = -0.5
    w3: float = 1.1
    b2: float = 0.0

    def as_array(self) -> np.ndarray:
        return np.array(self, dtype=float)

    @classmethod
    def from_array(cls, values) -> "RNNParams":
        return cls(*(float(v) for v in values))


NAMES = RNNParams._fields
DECK_PARAMS = RNNParams()


class Unrolled(NamedTuple):
    """Every value of the unrolled forward pass: one entry per day, then the prediction."""

    inputs: tuple[float, ...]
    feedback: tuple[float, ...]  # Y_(t−1) × w2, what the loop adds on day t
    sums: tuple[float, ...]  # Input_t × w1 + b1 + feedback
    outputs: tuple[float, ...]  # Y_t = ReLU(sum)
    prediction: float  # Y_last × w3 + b2


def _params(params: RNNParams) -> RNNParams:
    return RNNParams(*(float(v) for v in finite(params, "the parameters", LARGE)))


def _sequences(sequences, targets) -> tuple[list[tuple[float, ...]], list[float]]:
    """The sequences and targets checked once per public call: finite, and not beyond ±LARGE."""
    checked = [tuple(float(v) for v in finite(s, "a sequence", LARGE)) for s in sequences]
    return checked, [float(t) for t in finite(targets, "the targets", LARGE)]


def unroll(params: RNNParams, sequence: Sequence[float]) -> Unrolled:
    """Run the network over `sequence` (oldest day first), keeping every intermediate value."""
    sequence = tuple(float(v) for v in finite(sequence, "the sequence", LARGE))
    return computed(_unroll(_params(params), sequence), "the unrolled values")


def _unroll(p: RNNParams, sequence: Sequence[float]) -> Unrolled:
    y = 0.0
    feedback, sums, outputs = [], [], []
    for x in sequence:  # floats: a product overflows to inf, never raises
        loop = y * p.w2
        s = x * p.w1 + p.b1 + loop
        y = max(s, 0.0)  # ReLU (a NaN stays NaN)
        feedback.append(loop)
        sums.append(s)
        outputs.append(y)
    return Unrolled(tuple(sequence), tuple(feedback), tuple(sums), tuple(outputs), y * p.w3 + p.b2)


def predict(params: RNNParams, sequence: Sequence[float]) -> float:
    """The prediction for the day after `sequence`."""
    return unroll(params, sequence).prediction


def gradient_factor(w2: float, n: int) -> float:
    """w2 ** n: what the first input is multiplied by after n unrolls (ValueError when it overflows)."""
    w2, n = finite(w2, "w2"), whole(n, "the number of unrolls", 0)
    with np.errstate(over="ignore", under="ignore"):
        return computed(float(np.float64(w2) ** n), f"w2^{n}")


def log10_gradient_factor(w2: float, n) -> np.ndarray:
    """log₁₀ |w2|^n for each n, computed as n·log₁₀|w2| so it does not overflow (|w2| = 0 counts as the
    smallest positive number, 5e-324: its log is about −323.3, where 0 has none)."""
    w2, n = finite(w2, "w2"), np.asarray(finite(n, "the number of unrolls"), dtype=float)
    with np.errstate(over="ignore", invalid="ignore"):
        return computed(n * math.log10(max(abs(w2), 5e-324)), "the logarithm of w2^N")


def backward(params: RNNParams, run: Unrolled, d_prediction: float = 1.0) -> tuple[RNNParams, tuple[float, ...]]:
    """Backpropagation through time: (d/d each parameter, d/d each day's input) of
    `d_prediction` × Prediction."""
    p, d_prediction = _params(params), finite(d_prediction, "d_prediction", LARGE)
    run = Unrolled(*computed(run, "the unrolled values"))
    with np.errstate(over="ignore", invalid="ignore"):
        return computed(_backward(p, run, d_prediction), "the gradient")


def _backward(p: RNNParams, run: Unrolled, d_prediction: float) -> tuple[RNNParams, tuple[float, ...]]:
    d_prediction, d_w1, d_b1, d_w2 = float(d_prediction), 0.0, 0.0, 0.0
    d_inputs = [0.0] * len(run.inputs)
    dy = d_prediction * p.w3
    for t in range(len(run.inputs) - 1, -1, -1):
        ds = dy * (1.0 if run.sums[t] > 0 else 0.0)  # ReLU's slope: 0 at the kink, as the deck's convention
        previous = run.outputs[t - 1] if t > 0 else 0.0
        d_w1 += ds * run.inputs[t]
        d_b1 += ds
        d_w2 += ds * previous
        d_inputs[t] = ds * p.w1
        dy = ds * p.w2
    w3 = d_prediction * (run.outputs[-1] if run.outputs else 0.0)
    return RNNParams(d_w1, d_b1, d_w2, w3, d_prediction), tuple(d_inputs)


def input_gradients(params: RNNParams, sequence: Sequence[float]) -> tuple[float, ...]:
    """d Prediction / d Input on each day: the real gradient that explodes or vanishes (ValueError if it overflows)."""
    return backward(params, unroll(params, sequence))[1]


def ssr(params: RNNParams, sequences: Sequence[Sequence[float]], targets: Sequence[float]) -> float:
    """Sum of squared residuals (observed − predicted)² over the sequences."""
    with np.errstate(over="ignore", invalid="ignore"):
        return computed(_ssr(_params(params), *_sequences(sequences, targets)), "the SSR")


def _ssr(p: RNNParams, sequences, targets) -> float:
    residuals = (t - _unroll(p, s).prediction for s, t in zip(sequences, targets, strict=True))
    return float(sum(r * r for r in residuals))  # r * r, not r ** 2: that raises OverflowError where this gives inf


def gradients(params: RNNParams, sequences: Sequence[Sequence[float]], targets: Sequence[float]) -> RNNParams:
    """dSSR / d each parameter, by backpropagation through time."""
    return computed(_gradients(_params(params), *_sequences(sequences, targets))[1], "the gradient")


def _gradients(p: RNNParams, sequences, targets) -> tuple[float, RNNParams]:
    """(SSR, dSSR / d each parameter) from one unrolling per sequence."""
    loss, total = 0.0, [0.0] * len(NAMES)
    for s, t in zip(sequences, targets, strict=True):
        run = _unroll(p, s)
        r = t - run.prediction
        loss += r * r  # not r ** 2, which raises OverflowError where r * r gives inf
        total = [a + b for a, b in zip(total, _backward(p, run, -2.0 * r)[0], strict=True)]
    return loss, RNNParams(*total)


def objective(sequences: Sequence[Sequence[float]], targets: Sequence[float]):
    """`f(params array) -> (SSR, gradient array)` for `descent.descend`."""
    sequences, targets = _sequences(sequences, targets)

    def f(values):
        loss, grad = _gradients(RNNParams(*np.asarray(values, dtype=float).tolist()), sequences, targets)
        return loss, np.array(grad)

    return f


def random_start(seed: int) -> RNNParams:
    """Weights from a standard normal (reproducible from `seed`), biases 0."""
    w = np.random.default_rng(whole(seed, "the seed", 0, 2**63)).standard_normal(3)
    return RNNParams(w1=w[0], b1=0.0, w2=w[1], w3=w[2], b2=0.0)
