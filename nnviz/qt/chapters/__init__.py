"""The chapter registry: one tab class per chapter, in the deck's order.

A chapter is listed here only once it is really built (no placeholders).
"""

from __future__ import annotations

from nnviz.qt.chapters.base import ChapterTab


def chapter_classes() -> list[type[ChapterTab]]:
    """Every built chapter, sorted by the deck's chapter number."""
    from nnviz.qt.chapters.why_how import WhyHowTab
    from nnviz.qt.chapters.gradient_descent import GradientDescentTab
    from nnviz.qt.chapters.backpropagation import BackpropagationTab
    from nnviz.qt.chapters.cnn import CnnTab
    from nnviz.qt.chapters.rnn import RnnTab
    from nnviz.qt.chapters.conclusion import ConclusionTab

    classes = [WhyHowTab, GradientDescentTab, BackpropagationTab, CnnTab, RnnTab, ConclusionTab]
    return sorted(classes, key=lambda cls: cls.number)


def find_chapter(name: str, classes: list[type[ChapterTab]]) -> int:
    """Index in `classes` of the chapter given by number ("2") or key/title ("gradient-descent"); ValueError if none."""
    wanted = name.strip().lower()
    for i, cls in enumerate(classes):
        if wanted in (str(cls.number), cls.key, cls.title.lower()):
            return i
    names = ", ".join(f"{c.number} ({c.key})" for c in classes)
    raise ValueError(f"no chapter {name!r}; the chapters are {names}")
