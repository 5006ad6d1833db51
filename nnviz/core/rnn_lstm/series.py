"""Training pairs from a time series, for the RNN and the LSTM: a few days in a row, and the day after."""

from __future__ import annotations

import math

import numpy as np

WINDOW = 4  # the deck's companies: days 1–4, and day 5 to predict
MAX_PAIRS = 200  # a long series is sampled evenly, so a training step stays quick


def windows(series, length: int = WINDOW, limit: int = MAX_PAIRS) -> tuple[list[tuple[float, ...]], list[float]]:
    """(sequences, targets): every `length` consecutive values and the value after them (at most `limit`, evenly
    spread)."""
    values = [float(v) for v in series]
    if not all(math.isfinite(v) for v in values):
        raise ValueError("every day of the series must be a finite number")
    if len(values) < length + 1:
        raise ValueError(f"a series needs at least {length + 1} days to train on ({length} days and the day after)")
    starts = range(len(values) - length)
    if len(starts) > limit:
        starts = np.unique(np.linspace(0, len(values) - length - 1, limit).round().astype(int)).tolist()
    return [tuple(values[i:i + length]) for i in starts], [values[i + length] for i in starts]
