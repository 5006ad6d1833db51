"""The chapter's single LSTM unit and one-unit RNN on many windows at once: the same sums, gates and
backpropagation through time as lstm.py and rnn.py, with NumPy across the windows (a loop over the k days only).

On the Nile's 76 windows a step of the float version holds the interpreter for milliseconds (about 300 Python
operations a window); this one takes a few dozen NumPy calls whatever the number of windows, so the window
stays responsive while a run goes.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from nnviz.core.activations import ACTIVATIONS
from nnviz.core.numbers import LARGE, computed, finite, whole
from nnviz.core.rnn_lstm import lstm, rnn

_sig, _d_sig = ACTIVATIONS["sigmoid"].f, ACTIVATIONS["sigmoid"].df
_tanh, _d_tanh = ACTIVATIONS["tanh"].f, ACTIVATIONS["tanh"].df


class LstmRun(NamedTuple):
    """Every value of the LSTM over the windows: arrays T × M (day, window); `long`/`short` have T + 1 rows (the
    zeros they start from first)."""

    x: np.ndarray
    sums: np.ndarray  # 4 × T × M: forget, input, candidate, output
    gates: np.ndarray  # 4 × T × M: their values (sigmoid, sigmoid, tanh, sigmoid)
    long: np.ndarray
    short: np.ndarray


def _lstm_run(params, windows) -> LstmRun:
    p = np.asarray(params, dtype=float).reshape(4, 3)  # per gate: weight on Short-Term Memory, on Input, bias
    x = np.asarray(windows, dtype=float).T  # T × M
    t_days, m = x.shape
    sums, gates = np.empty((4, t_days, m)), np.empty((4, t_days, m))
    long, short = np.zeros((t_days + 1, m)), np.zeros((t_days + 1, m))
    for t in range(t_days):
        z = short[t] * p[:, :1] + x[t] * p[:, 1:2] + p[:, 2:]  # 4 × M
        sums[:, t] = z
        g = gates[:, t]
        g[[0, 1, 3]] = _sig(z[[0, 1, 3]])
        g[2] = _tanh(z[2])
        long[t + 1] = long[t] * g[0] + g[1] * g[2]
        short[t + 1] = _tanh(long[t + 1]) * g[3]
    return LstmRun(x, sums, gates, long, short)


def lstm_objective(windows, targets):
    """params (12, lstm.NAMES order) → (SSR, gradient): `lstm.objective`'s numbers, all windows at once."""
    windows, y = np.asarray(windows, dtype=float), np.asarray(targets, dtype=float)

    def f(params):
        p = np.asarray(params, dtype=float).reshape(4, 3)
        run = _lstm_run(p, windows)
        r = y - run.short[-1]
        grad = np.zeros((4, 3))
        dh, dc = -2.0 * r, np.zeros_like(r)
        for t in range(run.x.shape[0] - 1, -1, -1):
            f_, i_, g_, o_ = run.gates[:, t]
            c = run.long[t + 1]
            d_output = dh * _tanh(c)
            dc = dc + dh * o_ * _d_tanh(c)
            dz = np.stack([dc * run.long[t] * _d_sig(run.sums[0, t]), dc * g_ * _d_sig(run.sums[1, t]),
                           dc * i_ * _d_tanh(run.sums[2, t]), d_output * _d_sig(run.sums[3, t])])  # 4 × M
            grad[:, 0] += dz @ run.short[t]
            grad[:, 1] += dz @ run.x[t]
            grad[:, 2] += dz.sum(axis=1)
            dh = p[:, 0] @ dz
            dc = dc * f_
        return float(r @ r), grad.ravel()

    return f


def _checked(params, windows, size: int) -> tuple[np.ndarray, np.ndarray]:
    """(params, windows M × T) as finite floats within ±LARGE, the right number of parameters; ValueError otherwise."""
    p = np.asarray(finite(params, "the parameters", LARGE), dtype=float).reshape(-1)
    if p.size != size:
        raise ValueError(f"expected {size} parameters, got {p.size}")
    w = np.asarray(finite(windows, "the windows", LARGE), dtype=float)
    if w.ndim != 2 or not w.size:
        raise ValueError("the windows must be a table: one row of days per window")
    return p, w


def _result(compute, *args):
    with np.errstate(over="ignore", invalid="ignore", under="ignore"):
        return computed(compute(*args), "the prediction")


def lstm_predict(params, windows) -> np.ndarray:
    p, w = _checked(params, windows, 12)
    return _result(lambda: _lstm_run(p, w).short[-1])


def lstm_last_gates(params, windows) -> np.ndarray:
    """The four gates on the last day of each window: M × 4 (forget, input, candidate, output)."""
    p, w = _checked(params, windows, 12)
    return _result(lambda: _lstm_run(p, w).gates[:, -1].T)


def _rnn_run(params, windows) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(inputs T × M, sums T × M, outputs (T + 1) × M, the zeros first) of the one-unit ReLU RNN."""
    w1, b1, w2, _w3, _b2 = (float(v) for v in params)
    x = np.asarray(windows, dtype=float).T
    sums, out = np.empty_like(x), np.zeros((x.shape[0] + 1, x.shape[1]))
    for t in range(x.shape[0]):
        sums[t] = x[t] * w1 + b1 + out[t] * w2
        out[t + 1] = np.maximum(sums[t], 0.0)
    return x, sums, out


def rnn_predict(params, windows) -> np.ndarray:
    p, w = _checked(params, windows, 5)
    return _result(lambda: _rnn_run(p, w)[2][-1] * p[3] + p[4])


def rnn_objective(windows, targets):
    """params (w1 b1 w2 w3 b2) → (SSR, gradient): `rnn.objective`'s numbers, all windows at once."""
    windows, y = np.asarray(windows, dtype=float), np.asarray(targets, dtype=float)

    def f(params):
        w1, b1, w2, w3, b2 = (float(v) for v in params)
        x, sums, out = _rnn_run((w1, b1, w2, w3, b2), windows)
        r = y - (out[-1] * w3 + b2)
        d_pred = -2.0 * r
        grad = [0.0, 0.0, 0.0, float(d_pred @ out[-1]), float(d_pred.sum())]
        dy = d_pred * w3
        for t in range(x.shape[0] - 1, -1, -1):
            ds = dy * (sums[t] > 0)  # ReLU's slope: 0 at the kink, as rnn.py
            grad[0] += float(ds @ x[t])
            grad[1] += float(ds.sum())
            grad[2] += float(ds @ out[t])
            dy = ds * w2
        return float(r @ r), np.array(grad)

    return f


OBJECTIVES = {"lstm": lstm_objective, "rnn": rnn_objective}
PREDICT = {"lstm": lstm_predict, "rnn": rnn_predict}
NAMES = {"lstm": lstm.NAMES, "rnn": rnn.NAMES}


# --- 1 to 8 LSTM units side by side, read out by one weighted sum ----------------------------------------------
MAX_UNITS = 8


def wide_size(units: int) -> int:
    """Per gate: H×H weights on the Short-Term Memories, H on the Input, H biases; then H readout weights and 1."""
    units = whole(units, "the number of LSTM units", 1, MAX_UNITS)
    return 4 * (units * units + 2 * units) + units + 1


def _wide_parts(params, units: int):
    p = np.asarray(params, dtype=float)
    if p.shape != (wide_size(units),):
        raise ValueError(f"{units} LSTM units need {wide_size(units)} parameters, not {p.size}")
    h = units
    per_gate = p[:4 * (h * h + 2 * h)].reshape(4, h * h + 2 * h)
    w = per_gate[:, :h * h].reshape(4, h, h)  # gate, unit, weight on each Short-Term Memory
    return w, per_gate[:, h * h:h * h + h], per_gate[:, h * h + h:], p[-h - 1:-1], p[-1]


def wide_start(units: int, seed: int = 0) -> np.ndarray:
    """Unit 1 is the deck's LSTM read out as it is (weight 1, bias 0): with one unit, the deck's model; the other
    units start small and random (seeded), so they can learn something else."""
    h = whole(units, "the number of LSTM units", 1, MAX_UNITS)
    rng = np.random.default_rng(whole(seed, "the seed", 0, 2**32 - 1))
    w = rng.normal(0.0, 0.3, (4, h, h))
    u, b = rng.normal(0.0, 0.3, (4, h)), np.zeros((4, h))
    deck = np.asarray(lstm.DECK_PARAMS, dtype=float).reshape(4, 3)
    w[:, 0, :] = 0.0
    w[:, 0, 0], u[:, 0], b[:, 0] = deck[:, 0], deck[:, 1], deck[:, 2]
    v = np.zeros(h)
    v[0] = 1.0
    return np.concatenate([np.concatenate([w.reshape(4, -1), u, b], axis=1).ravel(), v, [0.0]])


def _wide_run(params, units: int, windows):
    """(gates 4 × T × M × H, sums, long (T+1) × M × H, short, inputs T × M, prediction M)."""
    w, u, b, v, c0 = _wide_parts(params, units)
    x = np.asarray(windows, dtype=float).T
    t_days, m = x.shape
    sums, gates = np.empty((4, t_days, m, units)), np.empty((4, t_days, m, units))
    long, short = np.zeros((t_days + 1, m, units)), np.zeros((t_days + 1, m, units))
    for t in range(t_days):
        z = np.einsum("mj,kij->kmi", short[t], w) + x[t][None, :, None] * u[:, None, :] + b[:, None, :]
        sums[:, t] = z
        g = gates[:, t]
        g[[0, 1, 3]] = _sig(z[[0, 1, 3]])
        g[2] = _tanh(z[2])
        long[t + 1] = long[t] * g[0] + g[1] * g[2]
        short[t + 1] = _tanh(long[t + 1]) * g[3]
    return gates, sums, long, short, x, short[-1] @ v + c0


def wide_predict(params, units: int, windows) -> np.ndarray:
    p, w = _checked(params, windows, wide_size(units))
    return _result(lambda: _wide_run(p, units, w)[5])


def wide_objective(units: int, windows, targets):
    """params (`wide_size(units)`) → (SSR, gradient) by backpropagation through time, all windows and units at once."""
    windows, y = np.asarray(windows, dtype=float), np.asarray(targets, dtype=float)

    def f(params):
        w, _u, _b, v, _c0 = _wide_parts(params, units)
        gates, sums, long, short, x, prediction = _wide_run(params, units, windows)
        r = y - prediction
        d_pred = -2.0 * r
        d_w, d_u, d_b = np.zeros_like(w), np.zeros((4, units)), np.zeros((4, units))
        d_v, d_c0 = short[-1].T @ d_pred, d_pred.sum()
        dh, dc = d_pred[:, None] * v, np.zeros((len(y), units))
        for t in range(x.shape[0] - 1, -1, -1):
            f_, i_, g_, o_ = gates[:, t]
            c = long[t + 1]
            d_output = dh * _tanh(c)
            dc = dc + dh * o_ * _d_tanh(c)
            dz = np.stack([dc * long[t] * _d_sig(sums[0, t]), dc * g_ * _d_sig(sums[1, t]),
                           dc * i_ * _d_tanh(sums[2, t]), d_output * _d_sig(sums[3, t])])  # 4 × M × H
            d_w += np.einsum("kmi,mj->kij", dz, short[t])
            d_u += np.einsum("kmi,m->ki", dz, x[t])
            d_b += dz.sum(axis=1)
            dh = np.einsum("kmi,kij->mj", dz, w)
            dc = dc * f_
        grad = np.concatenate([np.concatenate([d_w.reshape(4, -1), d_u, d_b], axis=1).ravel(), d_v, [d_c0]])
        return float(r @ r), grad

    return f


def wide_last_gates(params, units: int, windows) -> np.ndarray:
    """Unit 1's four gates on the last day of each window: M × 4."""
    p, w = _checked(params, windows, wide_size(units))
    return _result(lambda: _wide_run(p, units, w)[0][:, -1, :, 0].T)
