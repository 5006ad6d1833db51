"""Chapter 5 in the GUI: the deck's RNN numbers, w2^N, the LSTM stepped day by day, training, lesson state."""

import json
import math

import numpy as np
import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

from nnviz.core.descent import StopReason
from nnviz.qt.chapters import chapter_classes
from nnviz.qt.chapters.rnn_lstm.tab import RnnTab

from .helpers import click, field, type_into


@pytest.fixture
def tab(make_tab):
    return make_tab(RnnTab)


def test_registered_as_chapter_5():
    assert RnnTab in chapter_classes()
    assert (RnnTab.number, RnnTab.key, RnnTab.title) == (5, "rnn-lstm", "Recurrent Neural Networks")


def test_rnn_opens_on_the_decks_numbers(tab):
    lines = tab.rnn_view.ledger.lines()
    assert lines[0] == "Yesterday × w1 + b1 = 0 × 1.8 + 0.0 = 0; ReLU → 0"
    assert lines[1].startswith("Today × w1 + b1 + Yesterday's output × w2 = 0.5 × 1.8 + 0.0 + 0 × (−0.5) = 0.9")
    assert "= 0.9 × 1.1 + 0.0 = 0.99" in lines[2]


def test_editing_a_weight_and_the_days_updates_the_math(qtbot, tab):
    type_into(qtbot, field(tab, "rnn-w1").edit, "2")
    assert tab.rnn_view.ledger.lines()[0] == "Yesterday × w1 + b1 = 0 × 2.0 + 0.0 = 0; ReLU → 0"
    click(qtbot, tab, "add-high")
    assert tab.rnn_view.sequence.values() == (0.0, 0.5, 1.0)
    lines = tab.rnn_view.ledger.lines()
    assert lines[0].startswith("Day 1 × w1") and lines[1].startswith("Yesterday × w1")
    # today: 1 × 2 + 0 + 1 × (−0.5) = 1.5
    assert "1 × 2.0 + 0.0 + 1 × (−0.5) = 1.5" in lines[2]


def test_bad_and_empty_sequences(qtbot, tab):
    edit = tab.findChild(QLineEdit, "rnn-sequence")
    type_into(qtbot, edit, "0, abc")
    assert tab.rnn_view.sequence.values() == (0.0, 0.5)
    assert tab.rnn_view.sequence.message.isVisibleTo(tab.rnn_view.sequence)
    type_into(qtbot, edit, "")
    assert tab.rnn_view.sequence.values() == ()
    assert tab.rnn_view.ledger.lines()[0].startswith("No days yet")
    click(qtbot, tab, "remove-day")  # nothing to remove: no error
    tab.show_view("lstm")
    type_into(qtbot, tab.findChild(QLineEdit, "lstm-sequence"), "")
    assert tab.lstm_view.day == 0 and tab.lstm_view.days == []
    assert not tab.findChild(QPushButton, "day-step").isEnabled()
    assert tab.lstm_view.ledger.lines()[0].startswith("No days yet")


def test_two_to_the_fourth_and_editing_w2_updates_the_exploding_plot(qtbot, tab):
    tab.show_view("gradient")
    view = tab.gradient_view
    assert view.ledger.lines()[0] == "Input₁ × 2 × 2 × 2 × 2 = Input₁ × 2⁴ = Input₁ × 16"
    x, y = view.factor_curve.getData()
    assert list(x) == [0, 1, 2, 3, 4] and y[-1] == pytest.approx(math.log10(16))
    type_into(qtbot, field(tab, "gradient-w2").edit, "0.5")
    x, y = view.factor_curve.getData()
    assert y[-1] == pytest.approx(math.log10(0.0625))
    assert "Vanishing Gradient" in view.ledger.lines()[2]
    # the real gradient: d Prediction / d Input₁ = w3 × 0.5⁴ × w1 with every day high
    assert view.bptt_values[0] == pytest.approx(1.1 * 0.0625 * 1.8)


def test_overflow_says_too_large_never_inf(qtbot, tab):
    tab.show_view("gradient")
    type_into(qtbot, field(tab, "gradient-w2").edit, "3")
    type_into(qtbot, field(tab, "unroll").edit, "1000")
    text = " ".join(tab.gradient_view.ledger.lines())
    assert "too large to display" in text and "inf" not in text.lower().replace("input", "")
    _, y = tab.gradient_view.factor_curve.getData()
    assert np.all(np.isfinite(y)) and y[-1] == pytest.approx(1000 * math.log10(3))
    for bad in ("abc", "nan", "inf", "0", "5000"):
        type_into(qtbot, field(tab, "unroll").edit, bad)
        assert tab.gradient_view.n() == 1000


def test_stepping_a_day_updates_the_gate_plots(qtbot, tab):
    tab.show_view("lstm")
    view = tab.lstm_view
    x, y = view.gate_lines["forget"].getData()
    assert list(x) == [1] and y[0] == pytest.approx(0.8348, abs=1e-3)
    click(qtbot, tab, "day-step")
    x, y = view.gate_lines["forget"].getData()
    assert list(x) == [1, 2] and y[1] == pytest.approx(view.days[1].forget)
    assert view.day_label.text() == "Day 2 of 4"
    click(qtbot, tab, "day-step")
    click(qtbot, tab, "day-step")
    assert view.ledger.lines()[-1] == "Prediction for Day 5 = the Short-Term Memory = 0.0 (observed: 0)"
    assert not tab.findChild(QPushButton, "day-step").isEnabled()
    click(qtbot, tab, "day-back")
    assert view.day == 3 and len(view.gate_lines["output"].getData()[0]) == 3


def test_company_b_predicts_1_and_play_reaches_the_last_day(qtbot, tab):
    tab.show_view("lstm")
    view = tab.lstm_view
    tab.findChild(QComboBox, "company").setCurrentIndex(1)
    assert view.sequence.values() == (1.0, 0.5, 0.25, 1.0) and view.day == 1
    view.timer.setInterval(5)
    click(qtbot, tab, "day-play")
    qtbot.waitUntil(lambda: not view.timer.isActive(), timeout=3000)
    assert view.day == 4
    assert view.ledger.lines()[-1] == "Prediction for Day 5 = the Short-Term Memory = 1.0 (observed: 1)"
    x, y = view.prediction_point.getData()
    assert list(x) == [5] and y[0] == pytest.approx(0.969, abs=1e-3)


def test_editing_an_lstm_weight_recomputes_the_days(qtbot, tab):
    tab.show_view("lstm")
    before = tab.lstm_view.days[0].forget
    type_into(qtbot, field(tab, "lstm-forget-bias").edit, "-1.62")
    assert tab.lstm_view.days[0].forget_sum == pytest.approx(-1.62)
    assert tab.lstm_view.days[0].forget == pytest.approx(1 - before)
    click(qtbot, tab, "lstm-deck-values")
    assert tab.lstm_view.days[0].forget == pytest.approx(before)


def test_training_the_lstm_and_the_rnn(qtbot, tab):
    tab.show_view("training")
    tv = tab.training_view
    with qtbot.waitSignal(tv.lstm.stopped, timeout=10000) as blocker:
        click(qtbot, tab, "run")
    assert blocker.args[0] is StopReason.TOLERANCE
    qtbot.waitUntil(lambda: not tv.lstm.running)
    assert "remembers Day 1" in " ".join(tv.ledger.lines())
    x, y = tv.gate_lines["B"]["long_term"].getData()
    assert len(x) == 4 and y[-1] > 1
    tab.findChild(QComboBox, "train-model").setCurrentIndex(1)
    with qtbot.waitSignal(tv.rnn.stopped, timeout=10000) as blocker:
        click(qtbot, tab, "rnn-run")
    assert blocker.args[0] is StopReason.MIN_STEP_SIZE
    qtbot.waitUntil(lambda: not tv.rnn.running)
    assert tv.rnn.current.loss == pytest.approx(0.5, abs=0.01)
    assert "has not learned to remember Day 1" in " ".join(tv.ledger.lines())
    assert len(tv.loss_curves["rnn"].getData()[0]) == len(tv.rnn.history)


def test_state_round_trip_and_bad_state_refused(qtbot, tab):
    tab.show_view("lstm")
    tab.lstm_view.set_company("B")
    tab.lstm_view.set_day(3)
    tab.gradient_view.set_values(0.5, 20)
    state = tab.get_state()
    assert json.loads(json.dumps(state)) == state
    other = RnnTab()
    qtbot.addWidget(other)
    try:
        other.set_state(state)
        assert other.get_state() == state
        assert other.lstm_view.day == 3 and other.view_key() == "lstm"
        for bad in ({"view": "nope"}, {"gradient": {"w2": float("nan"), "unroll": 4}},
                    {"lstm": dict(state["lstm"], day=9)}, {"rnn": {"params": {"w1": 1}, "sequence": []}},
                    {"rnn": dict(state["rnn"], sequence=["abc"])}, {"extra": 1}, [1, 2]):
            with pytest.raises(ValueError):
                other.set_state(bad)
            assert other.get_state() == state
    finally:
        other.shutdown()


def test_guided_steps_follow_the_deck(tab):
    steps = tab.guided_steps()
    assert 5 <= len(steps) <= 12
    for step in steps:
        step.apply()
    assert tab.view_key() == "training"
    steps[3].apply()
    assert tab.view_key() == "gradient"
    assert tab.gradient_view.ledger.lines()[0].endswith("2⁴ = Input₁ × 16")
    steps[8].apply()
    assert tab.lstm_view.company_key() == "B" and tab.lstm_view.day == 4


def test_in_french_days_take_decimal_commas_and_numbers_are_written_0_5(qtbot, make_tab):
    from nnviz.qt import i18n

    i18n.install("fr")
    try:
        tab = make_tab(RnnTab)
        edit = tab.findChild(QLineEdit, "rnn-sequence")
        assert edit.text() == "0\u00a0; 0,5"
        type_into(qtbot, edit, "0,25 ; 1, 0.5")  # decimal commas, ' ; ' or ', ' between days; a point still works
        assert tab.rnn_view.sequence.values() == (0.25, 1.0, 0.5)
        assert edit.text() == "0,25\u00a0; 1\u00a0; 0,5"
        assert tab.rnn_view.ledger.lines()[0] == "Jour 1 × w1 + b1 = 0,25 × 1,8 + 0,0 = 0,45; ReLU → 0,45"
        type_into(qtbot, edit, "0,5 ; abc")
        assert tab.rnn_view.sequence.values() == (0.25, 1.0, 0.5)
        assert tab.rnn_view.sequence.message.text().startswith("«\u00a0abc\u00a0» n’est pas un nombre")
        tab.show_view("lstm")
        view = tab.lstm_view
        assert view.cell.gate_value["forget"].text() == "σ(1,62)\n= 83\u00a0%"
        view.set_day(4)
        assert view.ledger.lines()[-1] == "Prédiction pour le Jour 5 = la mémoire à court terme = 0,0 (observé : 0)"
        view.set_day(1)
        assert view.ledger._labels[0].toolTip() == ("On garde 83\u00a0% de la mémoire à long terme\n"
                                                    "somme = 1,62\nvaleur = 0,8347951298093854")
        with pytest.raises(ValueError, match="^w2 doit être compris entre -3 et 3, et non 9,5$"):
            tab.set_state({"gradient": {"w2": 9.5, "unroll": 4}})
    finally:
        i18n.install("en")
