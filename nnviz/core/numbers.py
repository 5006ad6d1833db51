"""Reading numbers a person typed, and writing numbers the way the deck rounds them."""

from __future__ import annotations

import math

import numpy as np

MAX_TEXT = 64  # longer input is refused before it is parsed


def parse_number(text: str, minimum: float = -math.inf, maximum: float = math.inf) -> float:
    """The finite number in `text`, within [minimum, maximum]; ValueError with a readable message otherwise.

    Accepts a decimal point or a decimal comma ("0.5" and "0,5"), surrounding spaces, and "−".
    """
    if not isinstance(text, str):
        raise ValueError("please type a number")
    cleaned = text.strip().replace("\u2212", "-").replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        raise ValueError("the field is empty: please type a number")
    if len(cleaned) > MAX_TEXT:
        raise ValueError("that is too long to be a number")
    if "," in cleaned and "." not in cleaned and cleaned.count(",") == 1:
        cleaned = cleaned.replace(",", ".")
    if not all(c in "0123456789.+-eE" for c in cleaned):
        raise ValueError(f"“{text.strip()[:20]}” is not a number")
    try:
        value = float(cleaned)
    except ValueError:
        raise ValueError(f"“{text.strip()[:20]}” is not a number") from None
    if not math.isfinite(value):
        raise ValueError("that number is too large")
    if value == 0:
        value = 0.0  # no "-0" on screen
    if not minimum <= value <= maximum:
        raise ValueError(f"please choose a value from {fmt(minimum, 4)} to {fmt(maximum, 4)}")
    return value


def fmt(value: float, decimals: int = 2) -> str:
    """`value` rounded to `decimals` places, trailing zeros kept short (0.57, -5.7, 2971.78).

    Very large or very small magnitudes use scientific notation; NaN and infinity are
    written as words, so they never reach the screen as "nan".
    """
    if value is None:
        return "–"
    value = float(value)
    if math.isnan(value):
        return "undefined"
    if math.isinf(value):
        return "too large to display"
    if value != 0 and (abs(value) >= 1e6 or abs(value) < 0.5 * 10 ** -decimals):
        return f"{value:.2e}".replace("e+0", "e").replace("e-0", "e-").replace("e+", "e")
    text = f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text


def sig(value: float, digits: int = 2) -> str:
    """`value` to `digits` significant figures, as the deck writes -5.7, -0.57 and 0.57."""
    value = float(value)
    if not math.isfinite(value) or value == 0:
        return fmt(value)
    decimals = max(0, digits - 1 - int(math.floor(math.log10(abs(value)))))
    return fmt(value, min(decimals, 8))


def signed(value: float, digits: int = 2) -> str:
    """A number in parentheses when negative, for writing "0 − (−0.57)"."""
    text = sig(value, digits)
    return f"({text.replace('-', '−')})" if text.startswith("-") else text


def minus(text: str) -> str:
    """Typographic minus signs for display."""
    return text.replace("-", "−")


def checked_number(value, name: str, minimum: float = -math.inf, maximum: float = math.inf) -> float:
    """`value` from a file (an int or float, not a bool or string), finite and in range; ValueError naming `name`."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{name} must be a number, not {type(value).__name__}")
    try:
        return parse_number(repr(float(value)), minimum, maximum)
    except (ValueError, OverflowError) as error:
        raise ValueError(f"{name}: {error}") from None


#: Inputs beyond ±LARGE are refused by the core: their squares and products would overflow.
LARGE = 1e100


def finite(value, name: str = "the input", limit: float = math.inf):
    """`value` as a float (or float array); ValueError if NaN, infinite, not a number or beyond ±`limit`."""
    if isinstance(value, (float, int)) and not isinstance(value, bool):  # the common case, without NumPy
        if not math.isfinite(value):
            raise ValueError(f"{name} must be a finite number, not {value!r}")
        if abs(value) > limit:
            raise ValueError(f"{name} is too large to compute with (beyond ±{limit:g})")
        return float(value)
    try:
        array = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a finite number") from None
    if not np.isfinite(array).all():
        raise ValueError(f"{name} must be a finite number, not NaN or infinity")
    if limit < math.inf and array.size and np.abs(array).max() > limit:
        raise ValueError(f"{name} is too large to compute with (beyond ±{limit:g})")
    return array


def computed(value, what: str = "the result"):
    """`value` when every number in it is finite; ValueError("… too large to compute") when something overflowed."""
    parts = value if isinstance(value, (tuple, list)) else (value,)  # a NamedTuple's fields may differ in shape
    if not all(np.isfinite(np.asarray(part, dtype=float)).all() for part in parts):
        raise ValueError(f"{what} is too large to compute")
    return value


def whole(value, name: str, minimum: float = -math.inf, maximum: float = math.inf) -> int:
    """`value` as an int (a whole number, not a bool) in [minimum, maximum]; ValueError naming `name` otherwise."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, np.integer, float, np.floating)) \
            or not math.isfinite(value) or value != int(value) or not minimum <= value <= maximum:
        span = f" from {minimum:g} to {maximum:g}" if math.isfinite(minimum) and math.isfinite(maximum) else ""
        raise ValueError(f"{name} must be a whole number{span}, not {value!r}")
    return int(value)
