"""Training pairs from a series: the deck's companies are one pair each; long series are sampled evenly."""

import math

import pytest

from nnviz.core.rnn_lstm import lstm
from nnviz.core.rnn_lstm.series import windows


def test_the_decks_company_b_is_one_pair():
    days = list(lstm.COMPANY_B) + [1.0]
    sequences, targets = windows(days)
    assert sequences == [tuple(lstm.COMPANY_B)] and targets == [1.0]


def test_every_window_and_the_day_after():
    sequences, targets = windows([0, 1, 2, 3, 4, 5, 6])
    assert sequences == [(0, 1, 2, 3), (1, 2, 3, 4), (2, 3, 4, 5)]
    assert targets == [4, 5, 6]


def test_long_series_are_sampled_evenly_with_the_first_and_last_pair():
    series = [i / 1000 for i in range(1000)]
    sequences, targets = windows(series, limit=50)
    assert len(sequences) == 50 == len(targets)
    assert sequences[0][0] == 0.0 and targets[-1] == series[-1]
    assert all(t == pytest.approx(s[-1] + 0.001) for s, t in zip(sequences, targets, strict=True))


@pytest.mark.parametrize("bad", [[0, 1, 2, 3], [], [0, math.nan, 1, 2, 3]])
def test_too_short_or_non_finite_series_are_refused(bad):
    with pytest.raises(ValueError):
        windows(bad)
