"""Where nnviz keeps its settings (QSettings), for every part of the window that remembers something, and how
values are read back: a settings file may hold anything (`view/zoom=nan` crashed every start), so every value
is checked and a bad one replaced by its default with a warning."""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QSettings

ORGANIZATION = "nnviz"
APPLICATION = "nnviz"


def settings() -> QSettings:
    """nnviz's settings, in QSettings' default format (tests switch it to an INI file in a temporary folder;
    the two-argument constructor would always use the native format and ignore that)."""
    return QSettings(QSettings.defaultFormat(), QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


# --- values read back: each checked, a bad one replaced by its default with a warning (never a traceback) ---------
log = logging.getLogger("nnviz")


def warn(message: str) -> None:
    """A warning on stderr (and in the log file, once app.main has set it up)."""
    log.warning(message)


def finite_in(value, lo: float, hi: float) -> float | None:
    """`value` (a number or its text) as a float within [lo, hi]; None for text, NaN, infinity or out of range."""
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return number if math.isfinite(number) and lo <= number <= hi else None


def read_number(s: QSettings, key: str, default: float, lo: float, hi: float) -> float:
    """A number setting within [lo, hi]; `default` (with a warning) when it is anything else."""
    if not s.contains(key):
        return default
    raw = s.value(key)
    number = finite_in(raw, lo, hi)
    if number is None:
        warn(f"the setting {key}={raw!r} is not a number from {lo:g} to {hi:g}; using {default:g}")
        return default
    return number


def read_int(s: QSettings, key: str, default: int, lo: int, hi: int) -> int:
    """A whole-number setting within [lo, hi]; `default` (with a warning) when it is anything else."""
    number = read_number(s, key, default, lo, hi)
    if number != int(number):
        warn(f"the setting {key}={s.value(key)!r} is not a whole number; using {default}")
        return default
    return int(number)


def read_choice(s: QSettings, key: str, default: str, choices) -> str:
    """One of `choices`; `default` (with a warning) when the setting holds anything else."""
    if not s.contains(key):
        return default
    raw = s.value(key)
    if isinstance(raw, str) and raw in choices:
        return raw
    warn(f"the setting {key}={raw!r} is not one of {', '.join(choices)}; using {default}")
    return default


def read_strings(s: QSettings, key: str, limit: int) -> list[str]:
    """A list of at most `limit` strings; anything that is not a string is left out (with a warning)."""
    raw = s.value(key, [])
    if raw is None:
        return []
    items = [raw] if isinstance(raw, str) else raw if isinstance(raw, list) else None
    if items is None:
        warn(f"the setting {key} is not a list of names; ignoring it")
        return []
    good = [v for v in items if isinstance(v, str) and v and "\0" not in v]
    if len(good) != len(items):
        warn(f"the setting {key} has {len(items) - len(good)} entries that are not file names; leaving them out")
    return good[:limit]
