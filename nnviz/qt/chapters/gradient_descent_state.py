"""Checking a Gradient Descent state read from a lesson file, before anything is applied."""

from __future__ import annotations

import numpy as np

from nnviz.core.descent import StoppingRules
from nnviz.core.numbers import checked_number

LIMIT = 1e6  # data coordinates a lesson file may hold
MAX_POINTS = 100_000  # an imported table (a lesson file of this many short numbers stays under 5 MB)


def checked_numbers(values: list, name: str, lo: float, hi: float) -> list[float]:
    """Every value a finite int or float within [lo, hi] (checked at once for long lists); ValueError naming `name`."""
    if not all(type(v) in (int, float) for v in values):
        bad = next(v for v in values if type(v) not in (int, float))
        raise ValueError(f"{name} must hold numbers, not {type(bad).__name__}")
    array = np.array(values, dtype=float)
    outside = ~(np.isfinite(array) & (array >= lo) & (array <= hi))
    if outside.any():
        raise ValueError(f"{name} must be finite numbers from {lo:g} to {hi:g}, not {array[outside][0]!r}")
    return array.tolist()


def check_state(state, modes) -> dict:
    """A validated copy of a chapter-2 state; ValueError naming the first problem."""
    if not isinstance(state, dict):
        raise ValueError("the Gradient Descent state must be an object")
    try:
        mode = state["mode"]
        if not isinstance(mode, str) or mode not in modes:
            raise ValueError(f"mode must be one of {', '.join(modes)}")
        xs, ys = state["x"], state["y"]
        if not isinstance(xs, list) or not isinstance(ys, list) or len(xs) != len(ys) or not 2 <= len(xs) <= MAX_POINTS:
            raise ValueError(f"x and y must be lists of the same length, 2 to {MAX_POINTS:,} points")
        size = 1 if mode == "intercept" else 2
        start, current = state["start"], state["current"]
        if not (isinstance(start, list) and isinstance(current, list) and len(start) == len(current) == size):
            raise ValueError(f"start and current must each hold {size} number(s) in this mode")
        rules = state["rules"]
        if not isinstance(rules, dict):
            raise ValueError("rules must be an object")
        optional = {k: rules.get(k) for k in ("ssr_tolerance", "max_steps", "min_step_size")}
        checked_rules = StoppingRules(
            None if optional["ssr_tolerance"] is None else checked_number(optional["ssr_tolerance"], "ssr_tolerance", 1e-9, 1e6),
            None if optional["max_steps"] is None else int(checked_number(optional["max_steps"], "max_steps", 1, 1e7)),
            None if optional["min_step_size"] is None else checked_number(optional["min_step_size"], "min_step_size", 1e-12, 1e6))
        return {"mode": mode, "x": checked_numbers(xs, "x", -LIMIT, LIMIT), "y": checked_numbers(ys, "y", -LIMIT, LIMIT),
                "slope": checked_number(state["slope"], "slope", -5, 5),
                "start": [checked_number(v, "start", -LIMIT, LIMIT) for v in start], "current": [checked_number(v, "current", -LIMIT, LIMIT) for v in current],
                "learning_rate": checked_number(state["learning_rate"], "learning_rate", 1e-7, 10), "rules": checked_rules}
    except KeyError as missing:
        raise ValueError(f"the Gradient Descent state has no {missing}") from None
