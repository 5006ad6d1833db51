"""Accessibility audit: every focusable widget of every chapter (and its sub-pages) has a name, every plot and
diagram a description with its numbers, in English and in French; chapter 2's SSR sentence follows the
intercept; a ledger's announcements come at most once a second."""

from __future__ import annotations

import re

import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import QGraphicsView, QWidget

from nnviz.qt import accessibility, i18n
from nnviz.qt.chapters import chapter_classes


def _audit(tab: QWidget) -> tuple[int, list[str], list[str]]:
    """(focusable widgets, those without a name, plots/diagrams without a description with a digit)."""
    accessibility.install(tab)
    focusable = [w for w in tab.findChildren(QWidget) if accessibility._focusable(w)]
    nameless = [f"{type(w).__name__}#{w.objectName()}" for w in focusable if not w.accessibleName().strip()]
    views = [w for w in tab.findChildren(QWidget) if isinstance(w, (pg.PlotWidget, QGraphicsView))]
    undescribed = [f"{type(w).__name__}#{w.objectName()}: {w.accessibleDescription()!r}" for w in views
                   if not re.search(r"\d", w.accessibleDescription())]
    return len(focusable), nameless, undescribed


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("cls", chapter_classes(), ids=lambda cls: cls.key)
def test_every_control_has_a_name_and_every_plot_a_description(make_tab, cls, language):
    i18n.install(language)
    try:
        tab = make_tab(cls)
        count, nameless, undescribed = _audit(tab)
    finally:
        i18n.install("en")
    assert count > (1 if cls.key == "conclusion" else 20)
    share = 1 - len(nameless) / count
    assert share == 1.0, f"{share:.1%} of {count} focusable widgets named; without a name: {nameless}"
    assert not undescribed, f"plots or diagrams without a description with numbers: {undescribed}"


def test_ssr_sentence_follows_the_intercept(make_tab):
    from nnviz.qt.chapters.gradient_descent.tab import GradientDescentTab

    tab = make_tab(GradientDescentTab)
    accessibility.install(tab)
    start = tab.ssr_plot.accessibleDescription()
    assert start == ("SSR for each Intercept: the current Intercept 0 has SSR 3.16; "
                     "the lowest SSR 0.44 is at Intercept 0.95")
    tab.controller.step()  # the deck's first step: 0 − (−0.57) = 0.57
    assert accessibility.refresh(tab) >= 1
    moved = tab.ssr_plot.accessibleDescription()
    assert moved.startswith("SSR for each Intercept: the current Intercept 0.57 has SSR ")
    assert moved.endswith("the lowest SSR 0.44 is at Intercept 0.95")
    assert tab.ssr_plot.accessibleName() == "SSR for each Intercept"
    assert "3.16" in tab.ledger.accessibleDescription() or "0.57" in tab.ledger.accessibleDescription()


def test_ssr_sentence_in_french(make_tab):
    from nnviz.qt.chapters.gradient_descent.tab import GradientDescentTab

    i18n.install("fr")
    try:
        tab = make_tab(GradientDescentTab)
        accessibility.install(tab)
        text = tab.ssr_plot.accessibleDescription()
    finally:
        i18n.install("en")
    assert "3,16" in text and "0,44" in text and "0,95" in text
    assert text.startswith("SSR pour chaque ordonnée à l’origine : l’ordonnée à l’origine actuelle 0 ")


def test_announcer_says_at_most_once_a_second_and_the_latest_wins(qtbot, monkeypatch):
    times = iter([0.0, 0.1, 0.2, 0.3, 1.5])
    now = {"t": 0.0}
    monkeypatch.setattr(accessibility.time, "monotonic", lambda: now["t"])
    widget = QWidget()
    qtbot.addWidget(widget)
    del accessibility.sent[:]
    announcer = accessibility.Announcer(widget)
    for t in times:
        now["t"] = t
        announcer.say(f"value at {t}")
    assert [text for text, _ in accessibility.sent] == ["value at 0.0", "value at 1.5"]  # 0.1–0.3 replaced
    assert announcer.pending is None  # nothing left waiting once the last one is said
    now["t"] = 1.7
    announcer.say("value at 1.7")
    announcer.stop()  # a run stops: what waited is dropped, not said later
    qtbot.wait(50)
    assert len(accessibility.sent) == 2


def test_a_run_announces_the_ledger_at_most_once_a_second(make_tab, qtbot):
    from nnviz.qt.chapters.gradient_descent.tab import GradientDescentTab

    tab = make_tab(GradientDescentTab)
    accessibility.install(tab)
    del accessibility.sent[:]
    tab.controller.run()
    qtbot.wait(2500)
    tab.controller.pause()
    qtbot.waitUntil(lambda: not tab.controller.running, timeout=3000)
    times = [t for _, t in accessibility.sent]
    assert 1 <= len(times) <= 4, times
    assert all(b - a >= 0.99 for a, b in zip(times, times[1:], strict=False)), times
