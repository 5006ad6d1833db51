"""What an exercise is, how a typed answer is judged, and the pieces every chapter's exercises are made of.

Every sentence here is a fixed English template with Qt-style placeholders (%1, %2 …) and its numbers kept
apart as text (`Text`), so that the window can translate the template and write the numbers with the
language's decimal point; `str(text)` is the English with the numbers filled in.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable, Mapping

import numpy as np

from nnviz.core.numbers import finite, fmt, parse_number, whole

#: The largest seed (NumPy's generators take any whole number from 0; a lesson file keeps it as a 64-bit int).
MAX_SEED = 2**63 - 1
#: A little slack on every comparison, so that 0.57 typed for an answer of 0.575 (rounded half up) is not lost
#: to binary rounding.
SLACK = 1e-9


@dataclass(frozen=True)
class Text:
    """A sentence or a formula: an English template with %1, %2 … and the numbers (already written) to put there."""

    template: str
    args: tuple[str, ...] = ()

    def __str__(self) -> str:
        out = self.template
        for i in range(len(self.args), 0, -1):  # %10 before %1
            out = out.replace(f"%{i}", self.args[i - 1])
        return out


def num(value: float, decimals: int = 4) -> str:
    """A number as the working writes it: rounded to `decimals`, trailing zeros dropped (0.57, −5.704)."""
    return fmt(float(value), decimals)


def fixed(value: float, decimals: int) -> str:
    """`value` rounded to `decimals`, trailing zeros dropped, never "-0" nor scientific notation."""
    out = f"{float(value):.{decimals}f}"
    if "." in out:
        out = out.rstrip("0").rstrip(".")
    return "0" if out in ("-0", "") else out


def par(value: float, decimals: int = 4) -> str:
    """A number in parentheses when negative, as the deck writes 0 − (−0.57)."""
    text = num(value, decimals)
    return f"({text})" if text.startswith("-") else text


def text(template: str, *values) -> Text:
    """A `Text` from a template and its values (floats are written with `num`, strings kept)."""
    return Text(template, tuple(v if isinstance(v, str) else num(v) for v in values))


@dataclass(frozen=True)
class Mistake:
    """A typical wrong computation: its short name, one sentence of why, and the number it gives."""

    name: str
    why: str
    value: float
    decimals: int | None = None  # compared to this many decimals (None: the exercise's)


@dataclass(frozen=True)
class Exercise:
    """One question: the prompt, the numbers the student sees, the answer and how it is worked out."""

    kind: str
    chapter: str
    seed: int
    prompt: str  # one fixed sentence in the deck's words (translatable as it is)
    givens: dict[str, float]
    answer: float
    decimals: int
    formula: Text  # hint 1: the formula in the deck's notation
    filled: Text  # hint 2: the formula with the givens in it
    steps: tuple[Text, ...]  # the working, line by line, ending with the answer
    mistakes: tuple[Mistake, ...] = ()
    tolerance: float = 0.0  # extra distance accepted where rounded givens move the answer (0: none)
    unit: str = ""  # "%" when the answer is a percentage
    choices: tuple[str, ...] = ()  # for a question answered by a number that stands for a choice (0, 1, 2 …)
    tables: tuple[tuple[str, tuple[str, ...]], ...] = ()  # grids of givens to show as rows: (title, given names)
    rows: int = 0  # the grid's row length for `tables` (0: no grid)
    extra: Mapping[str, object] = field(default_factory=dict)  # what a tab may draw (cell positions, point index)

    @property
    def accepted(self) -> float:
        """How far a typed number may be from the answer and still count as right."""
        return 0.5 * 10.0 ** -self.decimals + self.tolerance + SLACK

    def is_right(self, value: float) -> bool:
        return abs(value - self.answer) <= self.accepted

    @property
    def shown_answer(self) -> str:
        """The answer as it is expected: rounded to `decimals` (never in scientific notation)."""
        return fixed(self.answer, self.decimals)


@dataclass(frozen=True)
class Verdict:
    """What the check says: right or not, the name of the mistake recognised (or None), and why."""

    correct: bool
    misconception: str | None
    explanation: Text
    refused: bool = False  # the text was not a number: nothing was counted
    value: float | None = None  # the number read


def matches(mistake: Mistake, value: float, exercise: Exercise) -> bool:
    """The typed `value` is this mistake's number, to the mistake's decimals."""
    decimals = exercise.decimals if mistake.decimals is None else mistake.decimals
    return math.isfinite(mistake.value) and abs(value - mistake.value) <= 0.5 * 10.0 ** -decimals + SLACK


def gives_the_answer(mistake: Mistake, exercise: Exercise) -> bool:
    """This slip, rounded as the student would type it, is accepted as right here (or is no number at all)."""
    decimals = exercise.decimals if mistake.decimals is None else mistake.decimals
    return not math.isfinite(mistake.value) or exercise.is_right(float(fixed(mistake.value, decimals)))


def read(exercise: Exercise, typed: str) -> float | Text:
    """The number in `typed` (0,57 or 0.57, a trailing % for a percentage), or the Text that says why it is not one."""
    if not isinstance(typed, str):
        return Text("Type a number, such as 0.57 or 0,57.")
    cleaned = typed.strip()
    if exercise.unit and cleaned.endswith(exercise.unit):
        cleaned = cleaned[: -len(exercise.unit)].strip()
    if not cleaned:
        return Text("Type your answer first: a number, such as 0.57 or 0,57.")
    lowered = cleaned.lower()
    if "nan" in lowered or "inf" in lowered or "∞" in lowered:
        return Text("NaN and infinity are not answers here: type a finite number, such as 0.57.")
    try:
        return parse_number(cleaned)
    except ValueError as error:
        if "too large" in str(error):
            return Text("That number is too large: type a finite number, such as 0.57.")
        if "too long" in str(error):
            return Text("That is too long to be a number: type a number, such as 0.57 or 0,57.")
        shown = cleaned[:20] + ("…" if len(cleaned) > 20 else "")
        return Text("“%1” is not a number: type a number, such as 0.57 or 0,57.", (shown,))


def check(exercise: Exercise, typed: str) -> Verdict:
    """Judge `typed`: right (to the expected decimals), a recognised mistake (named), wrong, or not a number."""
    value = read(exercise, typed)
    if isinstance(value, Text):
        return Verdict(False, None, value, refused=True)
    if exercise.is_right(value):
        return Verdict(True, None, Text("Right: %1.", (answer_line(exercise),)), value=value)
    for mistake in exercise.mistakes:
        if gives_the_answer(mistake, exercise):
            continue  # that slip gives the right number here: it is not a mistake to report
        if matches(mistake, value, exercise):
            return Verdict(False, mistake.name, Text(mistake.why), value=value)
    return Verdict(False, None, Text("Not quite. Ask for a hint, or check each operation of the formula."),
                   value=value)


def answer_line(exercise: Exercise) -> str:
    """The answer as the last line of the working writes it, with its unit."""
    return exercise.shown_answer + (f" {exercise.unit}" if exercise.unit else "")


def hint(exercise: Exercise, level: int) -> Text:
    """Level 1: the formula in the deck's notation; level 2: the formula with the givens filled in."""
    if level not in (1, 2):
        raise ValueError(f"a hint has level 1 or 2, not {level!r}")
    return exercise.formula if level == 1 else exercise.filled


def working(exercise: Exercise) -> tuple[Text, ...]:
    """The whole solution, line by line, as the chapter's ledger writes it, ending with the rounded answer."""
    return exercise.steps + (Text(ROUNDED_TO.get(exercise.decimals, "Answer: %1"), (answer_line(exercise),)),)


ROUNDED_TO = {0: "Answer, to the nearest whole number: %1", 1: "Answer, to one decimal: %1",
              2: "Answer, to two decimals: %1"}


# --- drawing numbers a person can work with -----------------------------------------------------------------
def seed_of(seed) -> int:
    """`seed` as an int from 0 to MAX_SEED; ValueError naming the seed for anything else (NaN, 1.5, −1, True …)."""
    return whole(seed, "the seed", 0, MAX_SEED)


def pick(rng: np.random.Generator, low: float, high: float, decimals: int = 1, avoid_zero: bool = False) -> float:
    """A number from low to high with `decimals` decimals (never −0; not 0 itself if `avoid_zero`)."""
    while True:
        value = round(float(rng.uniform(low, high)), decimals) + 0.0
        if not (avoid_zero and value == 0):
            return value


def choose(rng: np.random.Generator, options):
    """One of `options`, drawn with `rng`."""
    return options[int(rng.integers(len(options)))]


def rounded(value: float, decimals: int = 2, name: str = "a given") -> float:
    """`value` rounded as it is shown to the student (never −0); ValueError naming `name` for NaN or infinity."""
    return round(float(finite(value, name)), decimals) + 0.0


def tolerance_for(exact: float, from_rounded: float, decimals: int = 2) -> float:
    """The extra distance to accept: how far the answer moves when the student works from the rounded givens (or
    rounds the steps on the way), at most one unit of the last decimal. ValueError for NaN or infinity."""
    exact = float(finite(exact, "the exact answer"))
    from_rounded = float(finite(from_rounded, "the answer from the rounded givens"))
    return min(abs(exact - from_rounded), 10.0 ** -decimals)


@dataclass(frozen=True)
class Kind:
    """An exercise kind of one chapter: its key, its name in the chooser, and its generator."""

    key: str
    label: str
    make: Callable[[int], Exercise]
