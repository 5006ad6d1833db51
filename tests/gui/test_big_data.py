"""Big imported tables drawn the way the eye sees them (issue 17): the deck's few points exactly as before, many
points with thin solid residuals; the ledger of 100,000 points says the same as one computed from every residual."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from nnviz.core import regression as reg
from nnviz.qt.chapters import data_tables
from nnviz.qt.chapters.backpropagation.tab import BackpropagationTab
from nnviz.qt.chapters.gradient_descent import ledger
from nnviz.qt.chapters.gradient_descent.tab import GradientDescentTab


def _line(n: int, seed: int = 0):
    rng = np.random.default_rng(seed)
    x = rng.uniform(0.0, 3.0, n)
    return x, 0.64 * x + 0.95 + rng.normal(0.0, 0.3, n)


def _pen(item):
    return item.opts["pen"]


def test_chapter_2_residuals_dashed_for_the_deck_thin_and_solid_for_a_table_and_dashed_again(make_tab):
    tab = make_tab(GradientDescentTab)
    deck = _pen(tab.residual_item)
    assert deck.style() == Qt.PenStyle.DashLine and deck.widthF() > 1.0
    tab.points.set_points(*_line(1000))
    tab._on_data_changed()
    many = _pen(tab.residual_item)
    assert many.style() == Qt.PenStyle.SolidLine and many.widthF() == 1.0
    assert many.color() == deck.color()
    assert len(tab.residual_item.xData) == 2 * data_tables.MAX_RESIDUALS  # thinned: 300 of the 1,000
    tab.restore_deck()
    back = _pen(tab.residual_item)
    assert back.style() == Qt.PenStyle.DashLine and back.widthF() == deck.widthF()
    assert len(tab.residual_item.xData) == 2 * 3


def test_chapter_3_residuals_follow_the_same_rule(make_tab):
    tab = make_tab(BackpropagationTab)
    assert _pen(tab.plots.residual_item).style() == Qt.PenStyle.DashLine
    x, y = _line(data_tables.DASHED_RESIDUALS + 1)
    tab.points.set_points(x / 3, y / 3)
    tab._on_data_changed()
    assert _pen(tab.plots.residual_item).style() == Qt.PenStyle.SolidLine
    x, y = _line(data_tables.DASHED_RESIDUALS)
    tab.points.set_points(x / 3, y / 3)
    tab._on_data_changed()
    assert _pen(tab.plots.residual_item).style() == Qt.PenStyle.DashLine


def test_point_arrays_are_read_only_views_of_the_points(make_tab):
    tab = make_tab(GradientDescentTab)
    x, y = tab.points.arrays()
    assert list(x) == list(reg.DECK_X) and list(y) == list(reg.DECK_Y)
    with pytest.raises(ValueError):
        x[0] = 5.0
    copy_x, _ = tab.points.points()
    copy_x[0] = 5.0  # a copy may be changed: the points stay
    assert tab.points.arrays()[0][0] == reg.DECK_X[0]


@pytest.mark.parametrize("both", [False, True])
def test_the_ledger_of_many_points_writes_the_first_residuals_and_counts_them_all(both):
    x, y = _line(100_000, seed=3)
    from nnviz.core.descent import StoppingRules, descend

    objective = reg.line_objective(x, y) if both else reg.intercept_objective(reg.DECK_SLOPE, x, y)
    start = (0.5, reg.DECK_SLOPE) if both else (0.5,)
    step = next(descend(objective, start, 1e-6, StoppingRules(None, 5, None)))
    slope = step.params[1] if both else reg.DECK_SLOPE
    lines = ledger.ledger_lines(step, x, y, step.params[0], slope, both)
    r = reg.residuals(step.params[0], slope, x, y)
    first = " + ".join(f"{ledger._operand(v)}²" for v in r[:ledger.SHOWN_TERMS])
    assert lines[1][0].startswith(f"SSR = {first}".replace("-", "−"))
    assert "(100,000 terms)" in lines[1][0]
    tips = ", ".join(ledger._full(v) for v in r[:ledger.SHOWN_TIPS])  # the first 20 residuals, in full
    assert lines[1][1].startswith(f"Residuals (Observed − Predicted): {tips}, … (100,000 in all)\nSSR = ")
    d_i, d_s = reg.d_ssr(step.params[0], slope, x, y)
    assert ledger._sig(d_i) in lines[2][0]
    if both:
        assert "(100,000 terms)" in lines[3][0] and ledger._sig(d_s) in lines[3][0]


def test_curves_over_big_tables_keep_to_a_budget_of_evaluations():
    assert data_tables.curve_points(200, 3) == 200  # the deck's data: the curve as before
    assert data_tables.curve_points(200, 10_000) == 40
    assert data_tables.curve_points(200, 1_000) == 200 and data_tables.curve_points(200, 4_000) == 100


def test_the_chain_table_lists_the_rows_asked_for_and_the_sum_still_uses_every_point(make_tab):
    from nnviz.core.why_how import wide
    from nnviz.qt.widgets import chain_ledger

    tab = make_tab(BackpropagationTab)
    x, y = _line(1000)
    tab.points.set_points(x / 3, y / 3)
    tab._on_data_changed()
    table = tab.ledger.table
    assert table.rowCount() == chain_ledger.TABLE_ROWS  # not running: the first 100 points
    p, name = tab.params(), tab.parameter
    factors = wide.chain_factors(p, tab._dose, tab._efficacy, name, tab.activation)
    predicted = wide.predict(p, tab._dose[:chain_ledger.MAX_ROWS], tab.activation)
    tab.ledger.set_chain(factors, tab._dose, tab._efficacy, predicted, tab.activation, rows=chain_ledger.MAX_ROWS)
    assert table.rowCount() == chain_ledger.MAX_ROWS
    assert tab.ledger.total == pytest.approx(float(factors.terms.sum()), rel=1e-12)
    assert "(1000 terms)" in tab.ledger.result.text()


def test_chapter_1_line_fit_follows_the_data_and_is_not_recomputed_for_a_slider_tick(make_tab, monkeypatch):
    from nnviz.qt.chapters.why_how import views
    from nnviz.qt.chapters.why_how.tab import WhyHowTab

    tab = make_tab(WhyHowTab)
    x, y = _line(10_000)
    x, y = (x - x.min()) / (x.max() - x.min()), (y - y.min()) / (y.max() - y.min())
    tab.comparison.points.set_points(x, y)
    tab.refresh()
    fits = []
    real = reg.least_squares
    monkeypatch.setattr(views.reg, "least_squares", lambda *a: fits.append(1) or real(*a))
    tab.refresh()  # a slider tick: same data
    assert fits == []
    assert tab.squiggle._data is not None and np.array_equal(tab.squiggle._data[0], x)
    x2 = x.copy()
    x2[0], x2[1] = x[1], x[0]  # the same values, two points swapped: other data
    tab.comparison.points.set_points(x2, y)
    tab.refresh()
    assert fits == [1] and np.array_equal(tab.squiggle._data[0], x2)
    line, ssr = tab._fits["line"], tab._fits["ssr"]
    assert line == pytest.approx(real(x2, y)) and ssr == pytest.approx(reg.ssr(*real(x2, y), x2, y))
