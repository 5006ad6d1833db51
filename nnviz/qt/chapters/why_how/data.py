"""Chapter 1's Import data… / Export data…: the dosage data of the line-vs-network plot and the squiggle."""

from __future__ import annotations

from nnviz.qt.chapters.data_tables import DOSAGE_POINTS, dosage_prepare, xy_reader
from nnviz.qt.chapters.why_how.state import DATA_BOUNDS
from nnviz.qt.i18n import fill, grouped, translate
from nnviz.qt.widgets.table_import import Prepared, TableIO


def table_io(tab) -> TableIO:
    """Chapter 1: the dosage data of the line-vs-network plot and the squiggle."""

    def apply(p: Prepared, _choice: int) -> None:
        tab.comparison.points.set_points(*p.columns)
        tab.refresh(reset_range=True)

    return TableIO(tab, read=xy_reader(DOSAGE_POINTS), prepare=dosage_prepare(DATA_BOUNDS), apply=apply,
                   back=translate("data_tables", "“Deck's data” brings the deck's three points back."),
                   export=lambda: (("Dosage", "Efficacy"), tab.data()), what=translate("data_tables", "dosage data"),
                   tip=fill(translate("data_tables", "Read Dosage, Efficacy rows from a CSV table (up to %1); Dosages "
                                                     "outside 0…1 are scaled to 0…1"), grouped(DOSAGE_POINTS)))
