"""An exercise's words and numbers as the window writes them: translated templates, the language's decimal point,
typographic minus signs, the givens as lines and grids."""

from __future__ import annotations

import re

from nnviz.core.practice import Exercise, Text
from nnviz.core.practice.model import fixed, num
from nnviz.qt.i18n import fill, localize, translate

_GIVEN = re.compile(r"^(.*?)(\d+|\[\d+,\d+\]|,\d+)?$")
_NUMBER_MINUS = re.compile(r"(?<![\w)])-(?=[\d(])")


def minus(text: str) -> str:
    """Typographic minus for the sign of a number ("-0.57" → "−0.57"), leaving words with hyphens alone."""
    return _NUMBER_MINUS.sub("−", text)


def show(text: Text) -> str:
    """The template in the interface's language with its numbers written for that language."""
    return fill(translate("practice", text.template), *(minus(localize(a)) for a in text.args))


def words(english: str) -> str:
    """A fixed sentence of the core (a prompt, a mistake's name …) in the interface's language."""
    return translate("practice", english)


def given_name(name: str) -> str:
    """A given's name: its word translated, its index kept (Observed2, Window[1,3], x1,2)."""
    base, index = _GIVEN.match(name).groups()
    return translate("practice", base) + (index or "")


def value(number: float, decimals: int = 6) -> str:
    return minus(localize(num(number, decimals)))


def answer(exercise: Exercise) -> str:
    """The expected answer, rounded, with its unit."""
    unit = f" {exercise.unit}" if exercise.unit else ""
    return minus(localize(fixed(exercise.answer, exercise.decimals))) + unit


def givens_lines(exercise: Exercise) -> list[str]:
    """The givens as lines: "name = value", and each grid as a title and its rows."""
    in_tables = {name for _, names in exercise.tables for name in names}
    lines = [f"{given_name(n)} = {value(v)}" for n, v in exercise.givens.items() if n not in in_tables]
    for title, names in exercise.tables:
        lines.append(translate("practice", title) + ":")
        row = exercise.rows or len(names)
        cells = [value(exercise.givens[n]) for n in names]
        width = max(len(c) for c in cells)
        for start in range(0, len(cells), row):
            lines.append("   " + "  ".join(c.rjust(width) for c in cells[start:start + row]))
    return lines
