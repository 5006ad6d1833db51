"""Chapter 5 on a real series: the annual flow of the Nile at Aswan, 1871–1970 (10⁸ m³ a year).

Windows of `k` years → the year after. The first 80 % of the years are the training part (every window whose
target year falls there), the rest the test part (its windows may start in the training years, as a forecast
would). Values are scaled to 0…1 by the training part's smallest and largest flow (the LSTM's output, its
Short-Term Memory, lies between −1 and 1). The models are the chapter's own: the deck's single LSTM unit and
the one-unit ReLU RNN, trained by `descend` on their SSR. The baseline is "next year equals this year".
"""

from __future__ import annotations

import csv
import io
import math
import time
from typing import NamedTuple, Sequence

import numpy as np

from nnviz.core.descent import Step, StoppingRules, descend
from nnviz.core.numbers import LARGE, computed, finite, whole
from nnviz.core.rnn_lstm import batched, lstm, rnn

DATASET = ("datasets", "nile.csv")
WINDOW = 4
TRAIN_SHARE = 0.8
MODELS = ("lstm", "rnn")
#: The learning rates the page starts with (on the SSR of about 76 scaled windows).
LEARNING_RATES = {"lstm": 0.01, "rnn": 0.003}
RULES = StoppingRules(loss_tolerance=None, max_steps=5000, min_step_size=1e-6)
MAX_YEARS = 10_000


def read_csv(text: str) -> tuple[np.ndarray, np.ndarray]:
    """(years, values) from CSV text with a header row and two columns (year, value); ValueError otherwise."""
    rows = [r for r in csv.reader(io.StringIO(text)) if r and any(c.strip() for c in r)]
    if len(rows) < 2:
        raise ValueError("the series needs a header row and at least one row of numbers")
    years, values = [], []
    for n, row in enumerate(rows[1:MAX_YEARS + 2], start=2):
        if len(row) != 2:
            raise ValueError(f"row {n} must have two columns (year, value)")
        try:
            years.append(int(row[0]))
            values.append(float(row[1]))
        except ValueError:
            raise ValueError(f"row {n}: the year must be a whole number and the value a number") from None
    if len(rows) > MAX_YEARS + 1:
        raise ValueError(f"the series may have at most {MAX_YEARS} rows")
    values = np.array(finite(values, "the values"), dtype=float)
    years = np.array(years)
    if np.any(np.diff(years) <= 0):
        raise ValueError("the years must increase from row to row")
    return years, values


def load_nile(path=None) -> tuple[np.ndarray, np.ndarray]:
    """(years 1871–1970, annual flow in 10⁸ m³) of the shipped file (or the CSV at `path`)."""
    if path is None:
        from nnviz.resources import resource

        path = resource(*DATASET)
    with open(path, encoding="utf-8") as f:
        return read_csv(f.read(1_000_000))


class Prepared(NamedTuple):
    """A series cut into windows, scaled, and split in time."""

    years: np.ndarray
    values: np.ndarray  # the observed series, in its own units
    lo: float  # the training part's smallest value: scaled 0
    hi: float  # and its largest: scaled 1
    window: int
    cut: int  # the first year index of the test part
    train_x: np.ndarray  # windows (M × k), scaled
    train_y: np.ndarray
    test_x: np.ndarray
    test_y: np.ndarray
    test_years: np.ndarray  # the year each test window predicts

    def scale(self, values) -> np.ndarray:
        return (np.asarray(values, dtype=float) - self.lo) / (self.hi - self.lo)

    def unscale(self, scaled) -> np.ndarray:
        return np.asarray(scaled, dtype=float) * (self.hi - self.lo) + self.lo


def prepare(years, values, window: int = WINDOW, train_share: float = TRAIN_SHARE) -> Prepared:
    """Windows of `window` years → the next year; the first `train_share` of the years train, the rest test."""
    values = np.array(finite(values, "the series"), dtype=float)
    years = np.asarray(finite(years, "the years"))
    if years.shape != values.shape or values.ndim != 1:
        raise ValueError("the series needs one year per value")
    window = whole(window, "the window", 1, 50)
    train_share = float(finite(train_share, "the training share"))
    if not 0.5 <= train_share <= 0.95:
        raise ValueError("the training share must be from 50 % to 95 %")
    n = len(values)
    cut = round(train_share * n)
    if cut < window + 2 or n - cut < 2:
        raise ValueError(f"the series is too short for windows of {window} years: it needs at least "
                         f"{math.ceil((window + 2) / train_share) + 2} values")
    lo, hi = float(values[:cut].min()), float(values[:cut].max())
    if hi <= lo:
        raise ValueError("the training part must not be one constant value")
    scaled = (values - lo) / (hi - lo)
    starts = np.arange(n - window)
    x = np.stack([scaled[s:s + window] for s in starts])
    y = scaled[starts + window]
    train = starts + window < cut
    return Prepared(years, values, lo, hi, window, cut, x[train], y[train], x[~train], y[~train],
                    years[starts[~train] + window])


# --- the models ---------------------------------------------------------------------------------------------
def _module(model: str):
    if model not in MODELS:
        raise ValueError(f"unknown model {model!r}; choose one of {', '.join(MODELS)}")
    return lstm if model == "lstm" else rnn


def start_learning_rate(model: str, units: int = 1) -> float:
    """The starting learning rate: more LSTM units diverge at the single unit's 0.01 (measured: 2 to 8 units at
    0.01 diverge within 7 steps; at 0.003 they reach a test RMSE of 122–123 in 1,000 steps)."""
    return LEARNING_RATES[model] if _units(model, units) == 1 else 0.003


def n_params(model: str, units: int = 1) -> int:
    return batched.wide_size(units) if _units(model, units) > 1 else len(_module(model).NAMES)


def _units(model: str, units: int) -> int:
    _module(model)
    units = whole(units, "the number of LSTM units", 1, batched.MAX_UNITS)
    if units > 1 and model != "lstm":
        raise ValueError("only the LSTM has 1 to 8 units; the plain RNN has one")
    return units


def start(model: str, units: int = 1) -> tuple[float, ...]:
    """The chapter's starting values: the deck's LSTM (with more units: the deck's as unit 1, read out as it is,
    and seeded small random others), or the deck's RNN."""
    if _units(model, units) > 1:
        return tuple(batched.wide_start(units).tolist())
    return tuple(_module(model).DECK_PARAMS)


def objective(model: str, data: Prepared, units: int = 1):
    """params → (SSR on the training windows, gradient): the chapter's backpropagation through time, all windows
    at once (`batched`; the same numbers as `lstm.objective` / `rnn.objective`, tested)."""
    if _units(model, units) > 1:
        return batched.wide_objective(units, data.train_x, data.train_y)
    return batched.OBJECTIVES[model](data.train_x, data.train_y)


def predict(model: str, params: Sequence[float], windows, units: int = 1) -> np.ndarray:
    """The model's prediction (scaled) for each window."""
    params = finite(params, "the parameters")
    with np.errstate(over="ignore", invalid="ignore"):
        if _units(model, units) > 1:
            return batched.wide_predict(params, units, windows)
        return batched.PREDICT[model](params, windows)


def baseline(windows) -> np.ndarray:
    """"Next year equals this year": the last value of each window."""
    return np.asarray(windows, dtype=float)[:, -1]


def gates(params: Sequence[float], windows, units: int = 1) -> np.ndarray:
    """The LSTM's four gates (forget, input, candidate, output) on the last year of each window (unit 1): M × 4."""
    if _units("lstm", units) > 1:
        return batched.wide_last_gates(finite(params, "the parameters"), units, windows)
    return batched.lstm_last_gates(finite(params, "the parameters"), windows)


class Errors(NamedTuple):
    ssr: float  # Σ (observed − predicted)², scaled units
    rmse: float  # √mean (observed − predicted)², in the series' own units


def errors(data: Prepared, predicted, observed) -> Errors:
    """SSR (scaled) and RMSE (in the series' units) of predictions against observations (finite numbers)."""
    residuals = np.asarray(finite(observed, "the observed values", LARGE), dtype=float) - np.asarray(
        finite(predicted, "the predictions", LARGE), dtype=float)
    with np.errstate(over="ignore", invalid="ignore"):
        ssr = float(np.sum(residuals * residuals))
        return computed(Errors(ssr, float(np.sqrt(ssr / residuals.size) * (data.hi - data.lo))), "the error")


def test_errors(model: str, params, data: Prepared, units: int = 1) -> Errors:
    return errors(data, predict(model, params, data.test_x, units), data.test_y)


def baseline_errors(data: Prepared) -> Errors:
    return errors(data, baseline(data.test_x), data.test_y)


def train(model: str, data: Prepared, params=None, learning_rate: float | None = None,
          rules: StoppingRules = RULES, first_number: int = 0, units: int = 1):
    """Gradient descent on the training windows' SSR: a generator of `Step`s."""
    return descend(objective(model, data, units), start(model, units) if params is None else params,
                   start_learning_rate(model, units) if learning_rate is None else learning_rate, rules,
                   first_number=first_number)


def last(steps) -> Step:
    step = None
    for step in steps:  # noqa: B007 - the last one is the answer
        pass
    return step


def benchmark(quick: bool = False) -> dict:
    """Each model trained from the chapter's start on the Nile: its test errors beside the baseline's."""
    data = prepare(*load_nile())
    base = baseline_errors(data)
    out = {"baseline": {"test_ssr": round(base.ssr, 4), "test_rmse": round(base.rmse, 1)}}
    for model, units in (("lstm", 1), ("lstm", 4), ("rnn", 1)):
        steps = 300 if quick else 1500
        begin = time.perf_counter()
        end = last(train(model, data, rules=StoppingRules(None, steps, None), units=units))
        seconds = time.perf_counter() - begin
        e = test_errors(model, end.params, data, units)
        name = model if units == 1 else f"{model}_{units}_units"
        out[name] = {"steps": end.number, "seconds": round(seconds, 3), "train_ssr": round(end.loss, 4),
                      "test_ssr": round(e.ssr, 4), "test_rmse": round(e.rmse, 1)}
    return out
