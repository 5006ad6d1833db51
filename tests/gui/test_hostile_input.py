"""Hostile input typed through the GUI into every NumberField of every chapter: text, empty, NaN, ±inf,
1e308, −0, very long strings, decimal commas (0,5), odd Unicode. The field keeps its last good value or
takes exactly the value the text means; nothing non-finite is shown; no crash, no Qt warning.

Every field means every one a user can type into, in every sub-tab (chapter 5: RNN, gradient, LSTM and
Training, and both models' training panels): each is brought on screen as a user would before it is typed
into. Chapter 5's day-sequence fields get the same strings and more. Each field's smallest and largest
values, and the longest sequence of the largest days, must still leave every plot and text finite.

A fixed list of hostile strings goes into every field, then hypothesis adds random text and numbers
(bounded by max_examples). Each test prints how many cases it tried (run pytest with -s to see them)."""

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from nnviz.core.numbers import fmt, parse_number
from nnviz.qt.chapters.rnn_lstm.widgets import SequenceField
from nnviz.qt.widgets.number_field import NumberField

from .reliability_helpers import (
    NON_FINITE_WORDS,
    chapter_class,
    chapter_ids,
    choices,
    follow,
    non_finite_plot_data,
    non_finite_texts,
    pump,
    route_to,
    type_into,
)

HOSTILE = (
    "", " ", "abc", "nan", "NaN", "-nan", "inf", "-inf", "+inf", "Infinity", "∞", "1e308", "-1e308", "1e309",
    "-1e309", "-0", "−0", "0,5", "-0,5", "1,5e3", "1.000,5", "1,000.5", "0.5.5", "1e", "e5", "--1", "+-1",
    "٣", "½", "0x10", "1_000", "9" * 64, "9" * 65, "1" * 10_000, "0." + "0" * 5000 + "1", "😀", "\t0.5\n",
    " 0.5 ", "5e-324", "1e-400", "0.1e1", "1e+2", "-", ".", ",", "0,5,5", "None", "True", "[1]", "'0.5'",
    "1/2", "2**10", "0.5; rm -rf /", "%s%n", "\x00", "1\u00a0000",
)
#: More for the day-sequence fields of chapter 5 (numbers separated by commas or spaces, at most max_days).
HOSTILE_SEQUENCES = (
    "0, nan, 1", "1 inf", "-inf 0", "0,5 1", "1e308, 0", "100, -100, 100", "101", "-100.5", "1;2;3", ",,,", ", 1",
    "1,,2", "0 1e-400", "−1, 0.5", "0x1 2", "1 2 ∞", "1e309", "0.5 " * 1001, "1, " * 1000 + "1",
)
RANDOM_EXAMPLES = 150  # hypothesis examples per chapter (each picks a field and a text)

texts = st.one_of(
    st.text(max_size=40),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.floats(allow_nan=False, allow_infinity=False).map(lambda v: repr(v).replace(".", ",")),
    st.integers(min_value=-10 ** 30, max_value=10 ** 30).map(str),
    st.floats(min_value=-20, max_value=20).map(lambda v: f"{v:.3f}"),
)


def open_tab(qtbot, chapter):
    from nnviz.app import make_application

    make_application()
    tab = chapter_class(chapter)()
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def typeable_fields(tab) -> list[tuple[NumberField, list]]:
    """Every NumberField of the tab a user can type into, with the sub-tab and list choices that bring it on
    screen (chapter 5: its four sub-tabs and the model list). A disabled field (a stopping rule switched off)
    is left out. Each route starts from the tab as it is now, and the tab is left as it was."""
    initial = choices(tab)
    found = []
    for field in tab.findChildren(NumberField):
        route = route_to(tab, field)
        if field.edit.isEnabled():
            found.append((field, route))
        follow(initial)
    return found


def shown(tab, field, route) -> NumberField:
    """Bring `field` on screen as a user would (after `follow(initial)`: every route starts from there)."""
    follow(route)
    assert field.edit.isVisibleTo(tab), f"{field.objectName()} is not on screen after its route"
    return field


def try_text(field: NumberField, text: str) -> str:
    """Type `text` into `field`; check the outcome; return "taken" or "refused"."""
    old = field.value()
    type_into(field, text)
    value = field.value()
    assert math.isfinite(value), f"{field.objectName()} holds {value!r} after {text[:40]!r}"
    assert not NON_FINITE_WORDS.search(field.text()), f"{field.objectName()} shows {field.text()!r}"
    if text == fmt(old, field.decimals):  # the text already shown: nothing to do
        assert value == old
        return "unchanged"
    try:
        expected = parse_number(text, field.minimum, field.maximum)
    except ValueError:
        assert value == old, f"{field.objectName()} took {value!r} from {text[:40]!r} (it should keep {old!r})"
        assert field.text() == fmt(old, field.decimals)
        return "refused"
    assert value == expected, f"{field.objectName()}: {text[:40]!r} means {expected!r}, the field holds {value!r}"
    assert field.minimum <= value <= field.maximum
    return "taken"


def sequence_fields(tab) -> list[tuple[SequenceField, list]]:
    """The day-sequence fields of the tab (chapter 5), with the choices that bring each on screen."""
    initial = choices(tab)
    found = []
    for sequence in tab.findChildren(SequenceField):
        found.append((sequence, route_to(tab, sequence.edit)))
        follow(initial)
    return found


def try_sequence(sequence: SequenceField, text: str) -> str:
    """Type `text` into a day-sequence field: it takes exactly the days the text means, or keeps its days and
    says why; every day is finite and within ±100."""
    old = sequence.values()
    type_into(sequence, text)
    days = sequence.values()
    name = sequence.edit.objectName()
    assert all(math.isfinite(d) and -100 <= d <= 100 for d in days), f"{name} holds {days[:10]!r} after {text[:40]!r}"
    assert not NON_FINITE_WORDS.search(sequence.edit.text()), f"{name} shows {sequence.edit.text()[:80]!r}"
    try:
        expected = SequenceField.parse(text.replace(", ", " "), sequence.max_days)
    except ValueError:
        assert days == old, f"{name} took {days[:10]!r} from {text[:40]!r} (it should keep {old[:10]!r})"
        assert sequence.message.isVisibleTo(sequence) and sequence.message.text()
        return "refused"
    assert days == expected, f"{name}: {text[:40]!r} means {expected[:10]!r}, the field holds {days[:10]!r}"
    assert not sequence.message.isVisibleTo(sequence)
    return "unchanged" if days == old else "taken"


def restore(field: NumberField, value: float) -> None:
    if field.value() != value:
        type_into(field, repr(value))


@pytest.mark.parametrize("chapter", chapter_ids())
def test_every_hostile_string_in_every_field(qtbot, chapter):
    tab = open_tab(qtbot, chapter)
    fields = typeable_fields(tab)
    if not fields:
        pytest.skip(f"{tab.title} has no number field")
    initial = choices(tab)
    outcomes = {"taken": 0, "refused": 0, "unchanged": 0}
    for field, route in fields:
        shown(tab, field, route)
        start = field.value()
        for text in HOSTILE:
            outcomes[try_text(field, text)] += 1
            restore(field, start)
        for extreme in (field.minimum, field.maximum):  # the largest values a field takes: still finite on screen
            if math.isfinite(extreme):
                outcomes[try_text(field, repr(extreme))] += 1
                assert_screen_finite(tab, f"{field.objectName()} = {extreme!r}")
        restore(field, start)
        follow(initial)
    for sequence, route in sequence_fields(tab):
        follow(route)
        start = sequence.values()
        for text in HOSTILE + HOSTILE_SEQUENCES:
            outcomes[try_sequence(sequence, text)] += 1
        for extreme in (100.0, -100.0):  # the largest days allowed, as many as allowed: still finite on screen
            outcomes[try_sequence(sequence, " ".join([repr(extreme)] * sequence.max_days))] += 1
            assert_screen_finite(tab, f"{sequence.max_days} days of {extreme!r} in {sequence.edit.objectName()}")
        type_into(sequence, ", ".join(map(repr, start)))
        assert sequence.values() == start
        follow(initial)
    pump()
    tab.shutdown()
    total = sum(outcomes.values())
    skipped = len(tab.findChildren(NumberField)) - len(fields)
    print(f"\nhostile input, chapter {chapter}: {total} cases in {len(fields)} number fields ({skipped} disabled) "
          f"and {len(sequence_fields(tab))} day-sequence fields {outcomes}")
    assert outcomes["refused"] > outcomes["taken"] > 0


@pytest.mark.parametrize("chapter", chapter_ids())
def test_random_text_in_random_fields(qtbot, chapter):
    tab = open_tab(qtbot, chapter)
    fields = typeable_fields(tab)
    if not fields:
        pytest.skip(f"{tab.title} has no number field")
    initial = choices(tab)
    starts = {f.objectName(): f.value() for f, _ in fields}
    outcomes = {"taken": 0, "refused": 0, "unchanged": 0}

    @settings(max_examples=RANDOM_EXAMPLES, deadline=None, database=None, derandomize=True,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(index=st.integers(min_value=0, max_value=len(fields) - 1), text=texts)
    def one_case(index, text):
        field = shown(tab, *fields[index])
        outcomes[try_text(field, text)] += 1
        restore(field, starts[field.objectName()])
        follow(initial)

    one_case()
    pump()
    tab.shutdown()
    print(f"\nrandom input, chapter {chapter}: {sum(outcomes.values())} cases {outcomes}")
    assert sum(outcomes.values()) >= RANDOM_EXAMPLES


def assert_screen_finite(tab, after: str) -> None:
    assert non_finite_plot_data(tab) == [], f"a plot shows NaN or infinity after {after}"
    assert non_finite_texts(tab) == [], f"a text shows NaN or infinity after {after}"


def test_decimal_comma_under_a_german_locale(qtbot):
    """The app's own parsing does not depend on the system locale: 0,5 and 0.5 both mean one half."""
    saved = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        tab = open_tab(qtbot, chapter_ids()[0])
        field = shown(tab, *typeable_fields(tab)[0])
        lo, hi = field.minimum, field.maximum
        middle = round((lo + hi) / 2 if math.isfinite(lo + hi) else 0.5, 1) or 0.5
        comma = f"{middle:.1f}".replace(".", ",")
        assert try_text(field, comma) in ("taken", "unchanged") and field.value() == pytest.approx(middle)
        assert try_text(field, "1.000,5") == "refused"
        tab.shutdown()
    finally:
        QLocale.setDefault(saved)
