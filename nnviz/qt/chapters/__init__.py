"""The chapter registry: one tab class per chapter, in the deck's order.

A chapter is listed here only once it is really built (no placeholders). `CHAPTERS` names each
chapter's module and class without importing them, so the main window can show its tab bar before
any chapter module is loaded; a test checks that each entry agrees with its class.
"""

from __future__ import annotations

import importlib
from typing import NamedTuple

from nnviz.qt.chapters.base import ChapterTab


class ChapterEntry(NamedTuple):
    """A chapter as the tab bar needs it (number, key, title), and where its class lives."""
    number: int
    key: str
    title: str
    module: str
    name: str

    def load(self) -> type[ChapterTab]:
        """The chapter's tab class (imports its module the first time)."""
        return getattr(importlib.import_module(self.module), self.name)

    @classmethod
    def of(cls, tab_class: type[ChapterTab]) -> ChapterEntry:
        """The entry of an already imported tab class."""
        return cls(tab_class.number, tab_class.key, tab_class.title, tab_class.__module__, tab_class.__qualname__)


CHAPTERS = (
    ChapterEntry(1, "why-how", "Why and How?", "nnviz.qt.chapters.why_how.tab", "WhyHowTab"),
    ChapterEntry(
        2, "gradient-descent", "Gradient Descent", "nnviz.qt.chapters.gradient_descent.tab", "GradientDescentTab"
    ),
    ChapterEntry(
        3, "backpropagation", "Backpropagation", "nnviz.qt.chapters.backpropagation.tab", "BackpropagationTab"
    ),
    ChapterEntry(4, "cnn", "Convolutional Neural Networks", "nnviz.qt.chapters.cnn.tab", "CnnTab"),
    ChapterEntry(5, "rnn-lstm", "Recurrent Neural Networks", "nnviz.qt.chapters.rnn_lstm.tab", "RnnTab"),
    ChapterEntry(6, "conclusion", "Conclusion", "nnviz.qt.chapters.conclusion.tab", "ConclusionTab"),
)


def chapter_entries() -> list[ChapterEntry]:
    """Every chapter, by the deck's chapter number, without importing any chapter module."""
    return sorted(CHAPTERS, key=lambda entry: entry.number)


def chapter_classes() -> list[type[ChapterTab]]:
    """Every built chapter's tab class, sorted by the deck's chapter number."""
    return [entry.load() for entry in chapter_entries()]


def find_chapter(name: str, classes) -> int:
    """Index in `classes` (tab classes or entries) of the chapter given by number ("2") or key/title; ValueError if
    none."""
    wanted = name.strip().lower()
    for i, cls in enumerate(classes):
        if wanted in (str(cls.number), cls.key, cls.title.lower()):
            return i
    names = ", ".join(f"{c.number} ({c.key})" for c in classes)
    raise ValueError(f"no chapter {name!r}; the chapters are {names}")
