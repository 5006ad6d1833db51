"""Practice: exercises made from the chapters' own core functions, checked, with hints and the working.

`kinds(chapter_key)` lists a chapter's exercise kinds (in the order of a chain: each answer feeds the
next); `generate(kind, seed)` makes one from `numpy.random.default_rng(seed)` (never the global state);
`check(exercise, typed_text)` judges a typed answer (0,57 or 0.57) and names a recognised mistake;
`hint(exercise, 1 | 2)` gives the formula, then the formula with the givens in it; `working(exercise)` the
whole solution.

**Seed 0 is the deck's own numbers** (`deck_exercise(kind)` is `generate(kind, 0)`): chapter 2's Step Size
−0.57 and New Intercept 0.57, chapter 3's dSSR/db3 −15.7, chapter 4's first Feature Map cell 1, chapter 5's 0.9
and the LSTM's 83 %. Any other seed gives new numbers. The kinds of one chapter with one seed share the same
numbers: taken in order they form a chain (the SSR, its derivative, the Step Size, the New Intercept …).
"""

from __future__ import annotations

from nnviz.core.practice import backpropagation, cnn, gradient_descent, rnn_lstm, why_how
from nnviz.core.practice.model import MAX_SEED, Exercise, Kind, Mistake, Text, Verdict, check, hint, seed_of, working

__all__ = ["Exercise", "Kind", "Mistake", "Text", "Verdict", "kinds", "generate", "check", "hint", "working",
           "deck_exercise", "label", "chapter_of", "CHAPTERS", "DECK_SEED", "MAX_SEED"]

#: The seed of the deck's own numbers.
DECK_SEED = 0

#: Each chapter's kinds, by chapter key, in the order of a chain.
CHAPTERS: dict[str, tuple[Kind, ...]] = {
    module.CHAPTER: module.KINDS for module in (why_how, gradient_descent, backpropagation, cnn, rnn_lstm)
}
_KINDS: dict[str, tuple[str, Kind]] = {k.key: (chapter, k) for chapter, ks in CHAPTERS.items() for k in ks}


def kinds(chapter_key: str) -> list[str]:
    """The exercise kinds of a chapter ([] for a chapter without practice, such as the Conclusion)."""
    return [k.key for k in CHAPTERS.get(chapter_key, ())]


def _kind(kind: str) -> tuple[str, Kind]:
    try:
        return _KINDS[kind]
    except KeyError:
        raise ValueError(f"no exercise kind {kind!r}; the kinds are {', '.join(_KINDS)}") from None


def label(kind: str) -> str:
    """The kind's name as the chooser shows it (English, translatable as it is)."""
    return _kind(kind)[1].label


def chapter_of(kind: str) -> str:
    return _kind(kind)[0]


def generate(kind: str, seed: int) -> Exercise:
    """The exercise of `kind` made from `seed` (0: the deck's numbers)."""
    return _kind(kind)[1].make(seed_of(seed))


def deck_exercise(kind: str) -> Exercise:
    """The exercise of `kind` with the deck's own numbers."""
    return generate(kind, DECK_SEED)
