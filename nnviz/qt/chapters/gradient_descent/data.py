"""Chapter 2's Import data… / Export data…: the (x, y) points of the line."""

from __future__ import annotations

from nnviz.core.table import Table
from nnviz.qt.chapters.data_tables import LINE_POINTS, fixed_note, xy_reader
from nnviz.qt.i18n import fill, grouped, number, translate
from nnviz.qt.widgets.table_import import Prepared, TableIO


def table_io(tab) -> TableIO:
    """Chapter 2: the (x, y) points of the line."""
    def prepare(t: Table) -> Prepared:
        return Prepared(("x", "y"), t.columns[:2], fixed_note(t.rows))

    def apply(p: Prepared, _choice: int) -> None:
        tab.points.set_points(*p.columns)
        tab._apply_mode_defaults()  # the deck's start, with a Learning Rate small enough for this many points
        if tab.controller.learning_rate < (0.1 if tab.mode == "intercept" else 0.01):
            rate, n = number(tab.controller.learning_rate, 7), grouped(len(p.columns[0]))
            tab.panel.say(fill(translate("data_tables", "Learning Rate %1: with %2 points the SSR is that many terms, "
                                                        "so smaller steps keep it from overshooting."), rate, n))

    return TableIO(tab, read=xy_reader(LINE_POINTS), prepare=prepare, apply=apply,
                   back=translate("data_tables", "“Deck's example” brings the deck's three points back."),
                   export=lambda: (("x", "y"), tab.points.points()), what=translate("data_tables", "data points"),
                   tip=fill(translate("data_tables", "Read x, y rows from a CSV table (up to %1 points)"),
                            grouped(LINE_POINTS)))
