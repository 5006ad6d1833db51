"""Activation functions and their derivatives, stable for any finite input (no overflow warnings)."""

from __future__ import annotations

from typing import Callable, NamedTuple

import numpy as np


def softplus(x):
    """log(1 + e^x), computed as max(x, 0) + log1p(e^−|x|)."""
    x = np.asarray(x, dtype=float)
    with np.errstate(under="ignore"):  # e^−|x| rounding to 0 is exactly right here
        return np.maximum(x, 0.0) + np.log1p(np.exp(-np.abs(x)))


def sigmoid(x):
    """e^x / (e^x + 1), using e^−|x| so that nothing overflows."""
    x = np.asarray(x, dtype=float)
    with np.errstate(under="ignore"):
        e = np.exp(-np.abs(x))
        return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def d_softplus(x):
    """d softplus / dx = e^x / (1 + e^x), the sigmoid."""
    return sigmoid(x)


def relu(x):
    """max(0, x)."""
    return np.maximum(np.asarray(x, dtype=float), 0.0)


def d_relu(x):
    """1 where x > 0, else 0 (0 at the kink, as the deck's convention)."""
    return (np.asarray(x, dtype=float) > 0).astype(float)


def d_sigmoid(x):
    """σ(x)·(1 − σ(x))."""
    s = sigmoid(x)
    with np.errstate(under="ignore"):
        return s * (1.0 - s)


def tanh(x):
    """(e^x − e^−x) / (e^x + e^−x)."""
    return np.tanh(np.asarray(x, dtype=float))


def d_tanh(x):
    """1 − tanh(x)²."""
    t = np.tanh(np.asarray(x, dtype=float))
    return 1.0 - t * t


def identity(x):
    """x, for an output with no activation."""
    return np.asarray(x, dtype=float)


def d_identity(x):
    """1."""
    return np.ones_like(np.asarray(x, dtype=float))


class Activation(NamedTuple):
    """An activation with its derivative, its name on screen and its formula as the deck writes it."""

    key: str
    label: str
    formula: str
    f: Callable
    df: Callable


ACTIVATIONS: dict[str, Activation] = {
    a.key: a
    for a in (
        Activation("softplus", "Softplus", "f(x) = log(1 + eˣ)", softplus, d_softplus),
        Activation("relu", "ReLU", "f(x) = max(0, x)", relu, d_relu),
        Activation("sigmoid", "Sigmoid", "f(x) = eˣ / (eˣ + 1)", sigmoid, d_sigmoid),
        Activation("tanh", "Tanh", "f(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ)", tanh, d_tanh),
        Activation("identity", "None", "f(x) = x", identity, d_identity),
    )
}


def get(key: str) -> Activation:
    """The activation called `key`; a clear error for an unknown name."""
    try:
        return ACTIVATIONS[key]
    except KeyError:
        raise ValueError(f"unknown activation {key!r}; choose one of {', '.join(ACTIVATIONS)}") from None
