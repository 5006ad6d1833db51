"""Activation functions and their derivatives, stable for any finite input (no overflow warnings)."""

from __future__ import annotations

import math
from typing import Callable, NamedTuple

import numpy as np

from nnviz.core.numbers import finite


def _softplus(x):
    """log(1 + e^x), computed as max(x, 0) + log1p(e^−|x|)."""
    x = np.asarray(x, dtype=float)
    with np.errstate(under="ignore"):  # e^−|x| rounding to 0 is exactly right here
        return np.maximum(x, 0.0) + np.log1p(np.exp(-np.abs(x)))


def _sigmoid(x):
    """e^x / (e^x + 1), using e^−|x| so that nothing overflows."""
    x = np.asarray(x, dtype=float)
    with np.errstate(under="ignore"):
        e = np.exp(-np.abs(x))
        return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _softplus_and_slope(x):
    """(softplus(x), its slope σ(x)) from one e^−|x|: the same values as `_softplus` and `_d_softplus`."""
    x = np.asarray(x, dtype=float)
    with np.errstate(under="ignore"):
        e = np.exp(-np.abs(x))
        return np.maximum(x, 0.0) + np.log1p(e), np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _d_softplus(x):
    """d softplus / dx = e^x / (1 + e^x), the sigmoid."""
    return _sigmoid(x)


def _relu(x):
    """max(0, x)."""
    return np.maximum(np.asarray(x, dtype=float), 0.0)


def _d_relu(x):
    """1 where x > 0, else 0 (0 at the kink, as the deck's convention)."""
    return (np.asarray(x, dtype=float) > 0).astype(float)


def _d_sigmoid(x):
    """σ(x)·(1 − σ(x)), computed as e^−|x| / (1 + e^−|x|)²: the product form is 0 from x ≈ 37, this one is
    accurate to the last digits until e^−|x| underflows (|x| > 745)."""
    x = np.asarray(x, dtype=float)
    with np.errstate(under="ignore"):
        e = np.exp(-np.abs(x))
        return e / ((1.0 + e) * (1.0 + e))


def _tanh(x):
    """(e^x − e^−x) / (e^x + e^−x)."""
    return np.tanh(np.asarray(x, dtype=float))


def _d_tanh(x):
    """1 − tanh(x)², computed as 4·e^−2|x| / (1 + e^−2|x|)² (sech² x): 1 − tanh² is 0 from |x| ≈ 19."""
    x = np.asarray(x, dtype=float)
    with np.errstate(over="ignore", under="ignore"):  # −2|x| of ±1e308 is −inf, and e^−inf is exactly 0
        e = np.exp(-2.0 * np.abs(x))
        return 4.0 * e / ((1.0 + e) * (1.0 + e))


def _identity(x):
    """x, for an output with no activation."""
    return np.asarray(x, dtype=float)


def _d_identity(x):
    """1."""
    return np.ones_like(np.asarray(x, dtype=float))


# One float at a time (the day-by-day loops of chapter 5): `math` on a float costs far less than a NumPy call.
def _sigmoid_float(x: float) -> float:
    """σ(x) of one float, as `_sigmoid` computes it (e^−|x| never overflows)."""
    e = math.exp(-abs(x))
    return 1.0 / (1.0 + e) if x >= 0 else e / (1.0 + e)


def _d_sigmoid_float(x: float) -> float:
    """σ(x)·(1 − σ(x)) of one float, as `_d_sigmoid` computes it."""
    e = math.exp(-abs(x))
    return e / ((1.0 + e) * (1.0 + e))


def _d_tanh_float(x: float) -> float:
    """1 − tanh(x)² of one float, as `_d_tanh` computes it."""
    e = math.exp(-2.0 * abs(x))
    return 4.0 * e / ((1.0 + e) * (1.0 + e))


def _softplus_and_slope_float(x: float) -> tuple[float, float]:
    """(softplus(x), σ(x)) of one float, as `_softplus_and_slope` computes them."""
    e = math.exp(-abs(x))
    return max(x, 0.0) + math.log1p(e), (1.0 / (1.0 + e) if x >= 0 else e / (1.0 + e))


def _relu_and_slope_float(x: float) -> tuple[float, float]:
    return (x, 1.0) if x > 0 else (0.0, 0.0)


def _sigmoid_and_slope_float(x: float) -> tuple[float, float]:
    return _sigmoid_float(x), _d_sigmoid_float(x)


def _tanh_and_slope_float(x: float) -> tuple[float, float]:
    return math.tanh(x), _d_tanh_float(x)


def _identity_and_slope_float(x: float) -> tuple[float, float]:
    return x, 1.0


class Activation(NamedTuple):
    """An activation with its derivative, its name on screen and its formula as the deck writes it."""

    key: str
    label: str
    formula: str
    f: Callable
    df: Callable
    both: Callable | None = None  # x → (f(x), df(x)) in one pass, where that saves work
    one_float: Callable | None = None  # a float x → (f(x), df(x)) as floats (the training loops on a few points)

    def value_and_slope(self, x) -> tuple:
        """(f(x), f'(x)), unchecked (for the training loops)."""
        return self.both(x) if self.both is not None else (self.f(x), self.df(x))


ACTIVATIONS: dict[str, Activation] = {
    a.key: a
    for a in (
        Activation("softplus", "Softplus", "f(x) = log(1 + eˣ)", _softplus, _d_softplus,
                   _softplus_and_slope, _softplus_and_slope_float),
        Activation("relu", "ReLU", "f(x) = max(0, x)", _relu, _d_relu, None, _relu_and_slope_float),
        Activation("sigmoid", "Sigmoid", "f(x) = eˣ / (eˣ + 1)", _sigmoid, _d_sigmoid, None, _sigmoid_and_slope_float),
        Activation("tanh", "Tanh", "f(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ)", _tanh, _d_tanh, None, _tanh_and_slope_float),
        Activation("identity", "None", "f(x) = x", _identity, _d_identity, None, _identity_and_slope_float),
    )
}


def _checked(f: Callable, doc: str) -> Callable:
    """The public form of `f`: its input refused unless finite (the training loops use the table's unchecked `f`)."""
    def checked(x):
        return f(finite(x, "x"))
    checked.__name__ = checked.__qualname__ = f.__name__.lstrip("_")
    checked.__doc__ = doc
    return checked


softplus = _checked(_softplus, "log(1 + e^x), for finite x.")
d_softplus = _checked(_d_softplus, "d softplus / dx, the sigmoid.")
relu = _checked(_relu, "max(0, x).")
d_relu = _checked(_d_relu, "1 where x > 0, else 0.")
sigmoid = _checked(_sigmoid, "e^x / (e^x + 1).")
d_sigmoid = _checked(_d_sigmoid, "σ(x)·(1 − σ(x)).")
tanh = _checked(_tanh, "(e^x − e^−x) / (e^x + e^−x).")
d_tanh = _checked(_d_tanh, "1 − tanh(x)².")
identity = _checked(_identity, "x, for an output with no activation.")
d_identity = _checked(_d_identity, "1.")


def get(key: str) -> Activation:
    """The activation called `key`; a clear error for an unknown name."""
    try:
        return ACTIVATIONS[key]
    except KeyError:
        raise ValueError(f"unknown activation {key!r}; choose one of {', '.join(ACTIVATIONS)}") from None
