"""Chapter 2 in the GUI: the deck's numbers on screen, Step, Run, Step back, bad input, closing mid-run."""

import math

import pytest
from PySide6.QtWidgets import QComboBox

from nnviz.core import regression as reg
from nnviz.core.descent import StopReason
from nnviz.qt.chapters.gradient_descent.tab import GradientDescentTab
from nnviz.qt.widgets.number_field import NumberField

from .helpers import click, field, type_into


@pytest.fixture
def tab(make_tab):
    return make_tab(GradientDescentTab)


def test_opens_on_the_decks_numbers(tab):
    lines = tab.ledger.lines()
    assert "Intercept = 0" in lines[0]
    assert lines[1].endswith("= 3.16")
    assert lines[2].endswith("= −5.7")
    assert lines[3] == "Step Size = −5.7 × 0.1 = −0.57"
    assert lines[4] == "New Intercept = 0 − (−0.57) = 0.57"


def test_one_step_shows_057(qtbot, tab):
    click(qtbot, tab, "step")
    assert field(tab, "intercept").text() == "0.57"
    assert tab.controller.current.number == 1
    assert math.isclose(tab.controller.current.params[0], 0.5704)


def test_step_back_returns_to_the_start(qtbot, tab):
    click(qtbot, tab, "step")
    click(qtbot, tab, "step")
    click(qtbot, tab, "step-back")
    assert field(tab, "intercept").text() == "0.57"
    click(qtbot, tab, "step-back")
    assert field(tab, "intercept").text() == "0"
    assert len(tab.controller.history) == 1


def test_run_stops_by_the_step_size_rule(qtbot, tab):
    with qtbot.waitSignal(tab.controller.stopped, timeout=5000) as blocker:
        click(qtbot, tab, "run")
    reason, message = blocker.args
    assert reason is StopReason.MIN_STEP_SIZE
    assert "bottom" in message and "0.44" in message
    assert field(tab, "intercept").text() == "0.95"
    assert tab.controller.current.number == 7
    qtbot.waitUntil(lambda: not tab.controller.running)


def test_text_nan_and_infinity_are_refused(qtbot, tab):
    lr = field(tab, "learning-rate")
    for bad in ("abc", "nan", "inf", "", "-1"):
        type_into(qtbot, lr, bad)
        assert lr.value() == 0.1
        assert lr.text() == "0.1"
        assert lr.message.isVisibleTo(lr)
    assert tab.controller.learning_rate == 0.1


def test_a_divergent_learning_rate_stops_with_a_message(qtbot, tab):
    type_into(qtbot, field(tab, "learning-rate"), "1")
    assert tab.controller.learning_rate == 1.0
    with qtbot.waitSignal(tab.controller.stopped, timeout=5000) as blocker:
        click(qtbot, tab, "run")
    reason, message = blocker.args
    assert reason is StopReason.DIVERGED
    assert "smaller learning rate" in message
    assert all(math.isfinite(s.loss) for s in tab.controller.history)
    qtbot.waitUntil(lambda: not tab.controller.running)


def test_learning_rate_change_mid_run_applies(qtbot, tab):
    panel = tab.panel
    panel.speed.setValue(3)  # 10 steps a second
    panel.max_steps.check.setChecked(True)
    click(qtbot, tab, "run")
    qtbot.waitUntil(lambda: tab.controller.current.number >= 1, timeout=3000)
    type_into(qtbot, field(tab, "learning-rate"), "0.01")
    qtbot.waitUntil(lambda: tab.controller.current.learning_rate == 0.01, timeout=3000)
    click(qtbot, tab, "pause")
    rates = [s.learning_rate for s in tab.controller.history]
    assert rates[0] == 0.1 and rates[-1] == 0.01


def test_slope_and_intercept_with_the_default_rules_stop_on_the_rounded_least_squares(qtbot, tab):
    """Least squares is Intercept 0.9487, Slope 0.6410 (the deck: 0.95 and 0.64); with a minimum step size
    of 0.0001 the run stopped at step 407 on Intercept 0.94."""
    tab.findChild(QComboBox, "mode").setCurrentIndex(1)
    assert field(tab, "min-step-size").value() == 0.00001
    while tab.controller.current.stop is None and tab.controller.current.number < 2000:
        tab.controller.step()
    step = tab.controller.current
    assert step.stop is StopReason.MIN_STEP_SIZE and step.number < 1000  # the maximum of 1,000 steps is not hit
    intercept, slope = step.params
    assert (round(intercept, 2), round(slope, 2)) == (0.95, 0.64)
    assert field(tab, "intercept").text() == "0.95" and field(tab, "slope").text() == "0.64"


def test_mode_both_starts_at_slope_1(qtbot, tab):
    combo = tab.findChild(QComboBox, "mode")
    combo.setCurrentIndex(1)
    assert field(tab, "slope").text() == "1"
    assert field(tab, "intercept").text() == "0"
    assert tab.controller.learning_rate == 0.01
    click(qtbot, tab, "step")
    assert tab.controller.current.params[1] != 1.0


def test_state_round_trip(qtbot, tab):
    click(qtbot, tab, "step")
    tab.points.add(1.0, 2.0)
    state = tab.get_state()
    other = GradientDescentTab()
    qtbot.addWidget(other)
    other.set_state(state)
    assert other.get_state() == state
    assert other.findChild(NumberField, "intercept").text() == "0.57"
    other.shutdown()


@pytest.mark.parametrize("change", [
    {"mode": "sideways"}, {"mode": ["intercept"]}, {"x": [1, 2]}, {"learning_rate": -1}, {"learning_rate": "0.1"},
    {"slope": float("nan")}, {"rules": {"max_steps": True}}, {"current": [0, 1]}, {"y": [1e300, 0, 0]}])
def test_bad_state_is_refused_and_changes_nothing(tab, change):
    before = tab.get_state()
    bad = dict(before, **change)
    with pytest.raises(ValueError):
        tab.set_state(bad)
    assert tab.get_state() == before


def test_guided_steps_follow_the_deck(tab):
    steps = tab.guided_steps()
    assert len(steps) >= 9
    steps[0].apply()
    assert not tab.line_item.isVisible() and not tab.ledger.isVisibleTo(tab)
    steps[3].apply()
    assert tab.ledger.isVisibleTo(tab) and tab.ledger.lines()[1].endswith("3.16")
    steps[7].apply()
    assert field(tab, "intercept").text() == "0.57"
    steps[-1].apply()
    assert tab.mode == "both" and tab.line_item.isVisible()


def test_dragging_data_changes_the_objective(tab):
    tab.points._move(0, 0.5, 2.4, finished=True)
    assert tab.controller.current.loss == pytest.approx(
        sum(v * v for v in (2.4 - 0.32, 1.9 - 0.64 * 2.3, 3.2 - 0.64 * 2.9)))
    assert tab.ledger.lines()[1].endswith(f"= {tab.controller.current.loss:.2f}")


def test_a_run_at_its_minimum_redraws_only_what_moves_and_new_data_at_once(qtbot, tab):
    from nnviz.core.descent import StoppingRules

    tab.controller.set_rules(StoppingRules(None, 10 ** 9, None))  # runs on long after the minimum
    paints = []
    tab.line_item.sigPlotChanged.connect(lambda *_: paints.append(tab.controller.current.number))
    losses = []
    tab.loss_item.sigPlotChanged.connect(lambda *_: losses.append(tab.controller.current.number))
    click(qtbot, tab, "run")
    qtbot.waitUntil(lambda: tab.controller.current.number > 3000, timeout=10_000)
    paints.clear()
    losses.clear()
    qtbot.wait(300)
    assert len(losses) >= 5 and not paints  # the SSR-per-step plot follows every frame; the still line is left
    x, y = tab.points.points()
    tab.points.set_points(x, y + 1.0)  # the data moves mid-run: its residuals are redrawn at once
    tab.points.changed.emit()
    _, drawn = tab.residual_item.getData()
    assert drawn[0] == pytest.approx(y[0] + 1.0)
    click(qtbot, tab, "pause")
    intercept, _ = tab.line(tab.controller.current)
    assert tab.intercept.value() == intercept  # paused: the fields show the step exactly


def test_negative_residuals_are_squared_in_parentheses(qtbot, tab):
    """(−0.14)², not −0.14², which reads as −(0.14²); and −2 × (−0.14) for the derivative."""
    type_into(qtbot, field(tab, "intercept"), "1.5")  # above the best line: every residual < 0
    lines = tab.ledger.lines()
    r = reg.residuals(1.5, 0.64, *tab.points.points())
    assert (r < 0).all()
    first = f"{abs(r[0]):.2f}"
    assert f"SSR = (−{first})² + " in lines[1]
    assert f"−2 × (−{first}) + " in lines[2]
    assert "+ −" not in lines[1] and "−" + first + "²" not in lines[1].replace(f"(−{first})²", "")
