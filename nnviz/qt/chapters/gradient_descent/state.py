"""Checking a Gradient Descent state read from a lesson file, before anything is applied."""

from __future__ import annotations

import numpy as np

from nnviz.core.descent import StoppingRules
from nnviz.core.numbers import checked_number
from nnviz.qt.i18n import fill, grouped, localize, translate
from nnviz.qt.widgets.number_field import reason

LIMIT = 1e6  # data coordinates a lesson file may hold
MAX_POINTS = 100_000  # an imported table (a lesson file of this many numbers stays under lesson.MAX_BYTES)


def checked_numbers(values: list, name: str, lo: float, hi: float) -> list[float]:
    """Every value a finite int or float within [lo, hi] (checked at once for long lists); ValueError naming `name`."""
    if not all(type(v) in (int, float) for v in values):
        bad = next(v for v in values if type(v) not in (int, float))
        raise ValueError(fill(translate("gradient_descent_state", "%1 must hold numbers, not %2"), name,
                              type(bad).__name__))
    array = np.array(values, dtype=float)
    outside = ~(np.isfinite(array) & (array >= lo) & (array <= hi))
    if outside.any():
        raise ValueError(fill(translate("gradient_descent_state", "%1 must be finite numbers from %2 to %3, not %4"),
                              name, localize(f"{lo:g}"), localize(f"{hi:g}"), localize(repr(array[outside][0]))))
    return array.tolist()


def _number(value, name: str, lo: float, hi: float) -> float:
    """`checked_number`, its refusal said in the interface language."""
    try:
        return checked_number(value, name, lo, hi)
    except ValueError as error:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            message = fill(translate("gradient_descent_state", "%1 must be a number, not %2"), name,
                           type(value).__name__)
        else:
            message = f"{name}: {reason(str(error).removeprefix(f'{name}: '))}"
        raise ValueError(message) from None


def check_state(state, modes) -> dict:
    """A validated copy of a chapter-2 state; ValueError naming the first problem."""
    if not isinstance(state, dict):
        raise ValueError(translate("gradient_descent_state", "the Gradient Descent state must be an object"))
    try:
        mode = state["mode"]
        if not isinstance(mode, str) or mode not in modes:
            raise ValueError(fill(translate("gradient_descent_state", "mode must be one of %1"), ", ".join(modes)))
        xs, ys = state["x"], state["y"]
        if not isinstance(xs, list) or not isinstance(ys, list) or len(xs) != len(ys) or not 2 <= len(xs) <= MAX_POINTS:
            raise ValueError(fill(translate("gradient_descent_state", "x and y must be lists of the same length, 2 to "
                                                                      "%1 points"), grouped(MAX_POINTS)))
        size = 1 if mode == "intercept" else 2
        start, current = state["start"], state["current"]
        if not (isinstance(start, list) and isinstance(current, list) and len(start) == len(current) == size):
            raise ValueError(fill(translate("gradient_descent_state", "start and current must each hold %1 number(s) "
                                                                      "in this mode"), size))
        rules = state["rules"]
        if not isinstance(rules, dict):
            raise ValueError(translate("gradient_descent_state", "rules must be an object"))
        optional = {k: rules.get(k) for k in ("ssr_tolerance", "max_steps", "min_step_size")}
        checked_rules = StoppingRules(
            None
            if optional["ssr_tolerance"] is None
            else _number(optional["ssr_tolerance"], "ssr_tolerance", 1e-9, 1e6),
            None if optional["max_steps"] is None else int(_number(optional["max_steps"], "max_steps", 1, 1e7)),
            None
            if optional["min_step_size"] is None
            else _number(optional["min_step_size"], "min_step_size", 1e-12, 1e6),
        )
        return {
            "mode": mode,
            "x": checked_numbers(xs, "x", -LIMIT, LIMIT),
            "y": checked_numbers(ys, "y", -LIMIT, LIMIT),
            "slope": _number(state["slope"], "slope", -5, 5),
            "start": [_number(v, "start", -LIMIT, LIMIT) for v in start],
            "current": [_number(v, "current", -LIMIT, LIMIT) for v in current],
            "learning_rate": _number(state["learning_rate"], "learning_rate", 1e-7, 10),
            "rules": checked_rules,
        }
    except KeyError as missing:
        raise ValueError(fill(translate("gradient_descent_state", "the Gradient Descent state has no %1"),
                              missing)) from None
