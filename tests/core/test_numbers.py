"""Reading typed numbers and writing them with the deck's rounding."""

import math

import pytest

from nnviz.core.numbers import checked_number, fmt, parse_number, sig, signed


@pytest.mark.parametrize("text, value", [("0.5", 0.5), ("0,5", 0.5), (" -2 ", -2.0), ("1e3", 1000.0),
                                         ("−0.57", -0.57), ("-0", 0.0), ("+3", 3.0)])
def test_parse_accepts_numbers(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "   ", "abc", "nan", "NaN", "inf", "-inf", "1e309", "1,2,3", "0x10",
                                  "1" * 100, "__import__('os')", "1.2.3"])
def test_parse_refuses_garbage_with_a_message(text):
    with pytest.raises(ValueError) as error:
        parse_number(text)
    assert str(error.value)


def test_parse_checks_the_range():
    with pytest.raises(ValueError, match="from 0.0001 to 10"):
        parse_number("11", 0.0001, 10)


def test_negative_zero_is_shown_as_zero():
    assert fmt(parse_number("-0")) == "0"
    assert fmt(-0.0001) == "-1.00e-4"
    assert fmt(-1e-12, 2) == "-1.00e-12"


@pytest.mark.parametrize("value, text", [(-5.704, "-5.7"), (-0.5704, "-0.57"), (0.5704, "0.57"), (3.15592, "3.2")])
def test_sig_matches_the_deck(value, text):
    assert sig(value) == text


def test_fmt_never_shows_nan_or_inf():
    assert fmt(math.nan) == "undefined"
    assert fmt(math.inf) == "too large to display"
    assert fmt(2971.784) == "2971.78"
    assert fmt(1.5e7) == "1.50e7"


def test_signed_wraps_negatives():
    assert signed(-0.5704) == "(−0.57)"
    assert signed(0.5704) == "0.57"


@pytest.mark.parametrize("bad", [True, "1", None, [1], math.nan, math.inf, 1e400])
def test_checked_number_refuses_non_numbers(bad):
    with pytest.raises(ValueError, match="rate"):
        checked_number(bad, "rate")
