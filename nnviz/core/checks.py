"""Checking an analytic gradient against the slope the function itself shows."""

from __future__ import annotations

from typing import Callable

import numpy as np


def central_difference(f: Callable[[np.ndarray], float], x, h: float = 1e-5) -> np.ndarray:
    """df/dxᵢ ≈ (f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h for every i (x is not changed)."""
    x = np.array(x, dtype=float)
    out = np.zeros_like(x)
    flat, grad = x.reshape(-1), out.reshape(-1)
    for i in range(flat.size):
        keep = flat[i]
        flat[i] = keep + h
        plus = f(x)
        flat[i] = keep - h
        minus = f(x)
        flat[i] = keep
        grad[i] = (plus - minus) / (2 * h)
    return out
