"""Chapter 3's Import data… / Export data…: the dosage data the network is trained on."""

from __future__ import annotations

from nnviz.qt.chapters.backpropagation.lesson import DOSE_RANGE, EFFICACY_RANGE
from nnviz.qt.chapters.data_tables import DOSAGE_POINTS, dosage_prepare, xy_reader
from nnviz.qt.i18n import fill, grouped, translate
from nnviz.qt.widgets.table_import import Prepared, TableIO


def table_io(tab) -> TableIO:
    """Chapter 3: the dosage data the network is trained on."""
    def apply(p: Prepared, _choice: int) -> None:
        tab.points.set_points(*p.columns)
        tab._on_data_changed()

    return TableIO(tab, read=xy_reader(DOSAGE_POINTS), prepare=dosage_prepare(DOSE_RANGE + EFFICACY_RANGE),
                   apply=apply, export=lambda: (("Dosage", "Efficacy"), tab.points.points()),
                   back=translate("data_tables", "“Deck's start” brings the deck's three points back."),
                   what=translate("data_tables", "dosage data"),
                   tip=fill(translate("data_tables", "Read Dosage, Efficacy rows from a CSV table (up to %1); values "
                                                     "outside the plot are scaled to 0…1"), grouped(DOSAGE_POINTS)))
