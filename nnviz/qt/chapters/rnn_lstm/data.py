"""Chapter 5's Import data… / Export data…: the days of the RNN, a company's days for the LSTM, a series to train on."""

from __future__ import annotations

import numpy as np

from nnviz.core import table as tables
from nnviz.core.table import Table, TableError
from nnviz.qt.chapters.data_tables import DAYS
from nnviz.qt.i18n import fill, grouped, translate
from nnviz.qt.widgets.table_import import Prepared, TableIO


def _sequence_prepare(t: Table) -> Prepared:
    outside = [n for n, c in zip(t.names, t.columns, strict=False) if np.any(np.abs(c) > 100)]
    if outside:
        raise TableError(fill(translate("data_tables", "the values of %1 go beyond ±100: scale them first (the deck "
                                                       "uses 0 for low, 0.5 for medium and 1 for high)"),
                              ", ".join(outside)))
    choose = (fill(translate("data_tables", "%1 columns: one per company. Choose the one to import."), len(t.names)),)
    return Prepared(t.names, t.columns, preview_notes=choose if len(t.names) > 1 else ())


def _series_prepare(t: Table) -> Prepared:
    """As `_sequence_prepare`, refusing a series too short to train on (4 days and the day after): the preview
    says so, instead of Import failing afterwards."""
    from nnviz.core.rnn_lstm.series import WINDOW

    if t.rows < WINDOW + 1:
        raise TableError(fill(translate("data_tables", "a series needs at least %1 days to train on (%2 days and the "
                                                       "day after)"), WINDOW + 1, WINDOW))
    return _sequence_prepare(t)


def _read_sequence(path) -> Table:
    return tables.read_sequence(path, max_days=DAYS)


def rnn_io(view) -> TableIO:
    """Chapter 5, RNN: the days of the sequence (one column, or one column per company: choose one)."""
    def apply(p: Prepared, choice: int) -> None:
        view.set_sequence(p.columns[choice].tolist())
        view.paramsChanged.emit()

    return TableIO(view.controls, read=_read_sequence, prepare=_sequence_prepare, apply=apply, choose=True,
                   back=translate("data_tables", "“Deck's values” brings the deck's days back."),
                   export=lambda: (("Day value",), (np.array(view.sequence.values()),)),
                   what=translate("data_tables", "days"),
                   tip=fill(translate("data_tables", "Read the days (oldest first) from a CSV table: one column, up to "
                                                     "%1 days"), grouped(DAYS)))


def lstm_io(view) -> TableIO:
    """Chapter 5, LSTM: a company's days (one column per company: choose one) as "Your own days"."""
    def apply(p: Prepared, choice: int) -> None:
        view.stop()
        view.set_company("custom", p.columns[choice].tolist())

    return TableIO(view.controls, read=_read_sequence, prepare=_sequence_prepare, apply=apply, choose=True,
                   back=translate("data_tables", "Choose Company A or B for the deck's days again."),
                   export=lambda: ((view.company_column(),), (np.array(view.sequence.values()),)),
                   what=translate("data_tables", "days"),
                   tip=fill(translate("data_tables", "Read a company's days from a CSV table: one column per company, "
                                                     "up to %1 days"), grouped(DAYS)))


def training_io(view) -> TableIO:
    """Chapter 5, Training: a series of days (one column, or one column per company: choose one) to train on."""
    def apply(p: Prepared, choice: int) -> None:
        view.set_series(p.columns[choice].tolist())

    return TableIO(view.controls, read=_read_sequence, prepare=_series_prepare, apply=apply, choose=True,
                   back=translate("data_tables", "“Deck's companies” trains on Company A and B again."),
                   export=lambda: (("Day value",), (np.array(view.series or []),)),
                   what=translate("data_tables", "days to train on"),
                   tip=fill(translate("data_tables", "Train on your own series (up to %1 days): every 4 days in a row "
                                                     "and the day after make one training pair"), grouped(DAYS)))
