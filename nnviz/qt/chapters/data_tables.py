"""Each chapter's Import data… / Export data…: which table it takes, how it is scaled, and where it goes."""

from __future__ import annotations

import math

import numpy as np

from nnviz.core import regression as reg
from nnviz.core import table as tables
from nnviz.core.table import Table, TableError
from nnviz.qt.i18n import fill, number, translate
from nnviz.qt.widgets.data_points import DRAG_LIMIT, SHOW_LIMIT
from nnviz.qt.i18n import grouped
from nnviz.qt.widgets.table_import import Prepared, TableIO

DOSAGE_POINTS = 10_000  # chapters 1 and 3: the network's maths runs over every point on every slider tick
LINE_POINTS = 100_000  # chapter 2: a line's SSR and its derivative are two sums
DAYS = tables.MAX_DAYS  # chapter 5: days of a sequence
LR_MIN = 1e-7  # chapter 2's smallest Learning Rate (100,000 points need about 3e-6)
MAX_RESIDUALS = 300  # residual lines drawn at most (dashed lines are the costliest thing on a plot)


def safe_learning_rate(lr: float, x, both: bool) -> float:
    """`lr`, or a round Learning Rate a third of the way to overshooting if `lr` is too large for these points."""
    limit = 0.3 * reg.stable_learning_rate(x, both)
    if lr <= limit * 1.001:  # the deck's 0.1 for its three points is exactly at this limit
        return lr
    unit = 10.0 ** math.floor(math.log10(limit))
    return max(math.floor(limit / unit) * unit, LR_MIN)


def thinned(n: int, limit: int = MAX_RESIDUALS) -> np.ndarray | slice:
    """Indices of at most `limit` evenly chosen points of `n` (all of them: a plain slice)."""
    return slice(None) if n <= limit else np.linspace(0, n - 1, limit).astype(int)


def _fixed_note(n: int) -> tuple[str, ...]:
    notes = []
    if n > DRAG_LIMIT:
        notes.append(fill(translate("data_tables", "With more than %1 points the points cannot be dragged, added or "
                                                   "removed."), grouped(DRAG_LIMIT)))
    if n > SHOW_LIMIT:
        notes.append(fill(translate("data_tables", "The plot shows %1 evenly chosen points; the maths uses all %2."),
                          grouped(SHOW_LIMIT), grouped(n)))
    return tuple(notes)


def _scale(values: np.ndarray, lo: float, hi: float, name: str) -> tuple[np.ndarray, str]:
    """`values` moved to 0…1 (as the deck scales Dosage) when they leave [lo, hi]; a note saying so.

    `name` is shown: already in the interface language."""
    vmin, vmax = float(values.min()), float(values.max())
    if lo <= vmin and vmax <= hi:
        return values, ""
    if vmax == vmin:
        raise TableError(fill(translate("data_tables", "every %1 is %2: the values must differ to be scaled to 0…1"),
                              name, number(vmin)))
    scaled = (values - vmin) / (vmax - vmin)
    return scaled, fill(translate("data_tables", "%1 scaled from %2…%3 to 0…1, as the deck does (lowest → 0, "
                                                 "highest → 1)."), name, number(vmin), number(vmax))


def dosage_prepare(bounds: tuple[float, float, float, float]):
    """Chapters 1 and 3: Dosage and Efficacy within the chapter's bounds, scaled to 0…1 when they are not."""
    x0, x1, y0, y1 = bounds

    def prepare(t: Table) -> Prepared:
        dosage, efficacy = translate("data_tables", "Dosage"), translate("data_tables", "Efficacy")
        x, note_x = _scale(t.columns[0], x0, x1, dosage)
        y, note_y = _scale(t.columns[1], y0, y1, efficacy)
        notes = tuple(n for n in (note_x, note_y) if n) + _fixed_note(len(x))
        return Prepared((dosage, efficacy), (x, y), notes)
    return prepare


def xy_reader(max_points: int):
    def read(path) -> Table:
        return tables.read_xy(path, max_rows=max_points)
    return read


def why_how_io(tab) -> TableIO:
    """Chapter 1: the dosage data of the line-vs-network plot and the squiggle."""
    from nnviz.qt.chapters.why_how_state import DATA_BOUNDS

    def apply(p: Prepared, _choice: int) -> None:
        tab.comparison.points.set_points(*p.columns)
        tab.refresh(reset_range=True)

    return TableIO(tab, read=xy_reader(DOSAGE_POINTS), prepare=dosage_prepare(DATA_BOUNDS), apply=apply,
                   back=translate("data_tables", "“Deck's data” brings the deck's three points back."),
                   export=lambda: (("Dosage", "Efficacy"), tab.data()), what=translate("data_tables", "dosage data"),
                   tip=fill(translate("data_tables", "Read Dosage, Efficacy rows from a CSV table (up to %1); Dosages "
                                                     "outside 0…1 are scaled to 0…1"), grouped(DOSAGE_POINTS)))


def gradient_descent_io(tab) -> TableIO:
    """Chapter 2: the (x, y) points of the line."""
    def prepare(t: Table) -> Prepared:
        return Prepared(("x", "y"), t.columns[:2], _fixed_note(t.rows))

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


def backprop_io(tab) -> TableIO:
    """Chapter 3: the dosage data the network is trained on."""
    from nnviz.qt.chapters.backprop_lesson import DOSE_RANGE, EFFICACY_RANGE

    def apply(p: Prepared, _choice: int) -> None:
        tab.points.set_points(*p.columns)
        tab._on_data_changed()

    return TableIO(tab, read=xy_reader(DOSAGE_POINTS), prepare=dosage_prepare(DOSE_RANGE + EFFICACY_RANGE),
                   apply=apply, export=lambda: (("Dosage", "Efficacy"), tab.points.points()),
                   back=translate("data_tables", "“Deck's start” brings the deck's three points back."),
                   what=translate("data_tables", "dosage data"),
                   tip=fill(translate("data_tables", "Read Dosage, Efficacy rows from a CSV table (up to %1); values "
                                                     "outside the plot are scaled to 0…1"), grouped(DOSAGE_POINTS)))


def _sequence_prepare(t: Table) -> Prepared:
    outside = [n for n, c in zip(t.names, t.columns) if np.any(np.abs(c) > 100)]
    if outside:
        raise TableError(fill(translate("data_tables", "the values of %1 go beyond ±100: scale them first (the deck "
                                                       "uses 0 for low, 0.5 for medium and 1 for high)"),
                              ", ".join(outside)))
    choose = (fill(translate("data_tables", "%1 columns: one per company. Choose the one to import."), len(t.names)),)
    return Prepared(t.names, t.columns, preview_notes=choose if len(t.names) > 1 else ())


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
                   export=lambda: ((_company_column(view),), (np.array(view.sequence.values()),)),
                   what=translate("data_tables", "days"),
                   tip=fill(translate("data_tables", "Read a company's days from a CSV table: one column per company, "
                                                     "up to %1 days"), grouped(DAYS)))


def _company_column(view) -> str:
    """The CSV column name of the LSTM's days: the company's English name (files are not translated)."""
    from nnviz.qt.chapters.lstm_view import COMPANY_CHOICES

    return COMPANY_CHOICES.get(view.company_key(), "Day value")


def training_io(view) -> TableIO:
    """Chapter 5, Training: a series of days (one column, or one column per company: choose one) to train on."""
    def apply(p: Prepared, choice: int) -> None:
        view.set_series(p.columns[choice].tolist())

    return TableIO(view.controls, read=_read_sequence, prepare=_sequence_prepare, apply=apply, choose=True,
                   back=translate("data_tables", "“Deck's companies” trains on Company A and B again."),
                   export=lambda: (("Day value",), (np.array(view.series or []),)),
                   what=translate("data_tables", "days to train on"),
                   tip=fill(translate("data_tables", "Train on your own series (up to %1 days): every 4 days in a row "
                                                     "and the day after make one training pair"), grouped(DAYS)))
