"""Chapter 3 in the GUI: the chain-rule ledger, the deck's main-ideas numbers, Step changes exactly the free
parameters, random starts, the gradient check, bad input, divergence, lesson state and guided steps."""

import json

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QTableWidget

from nnviz.core.descent import StopReason
from nnviz.core.why_how import dosage
from nnviz.core.why_how.dosage import DECK_DOSE, DECK_EFFICACY, NAMES
from nnviz.qt.chapters.backpropagation.tab import BackpropagationTab
from nnviz.qt.widgets.number_field import NumberField

from .helpers import click, field, type_into


@pytest.fixture
def tab(make_tab):
    return make_tab(BackpropagationTab)


def choose(tab, name, data):
    box = tab.findChild(QComboBox, name)
    box.setCurrentIndex(box.findData(data))


def screen_texts(tab) -> list[str]:
    texts = [w.text() for w in tab.findChildren(QLabel)] + [f.text() for f in tab.findChildren(NumberField)]
    for table in tab.findChildren(QTableWidget):
        texts += [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())
                  if table.item(r, c) is not None]
    return texts


def test_opens_on_the_main_ideas_with_the_decks_numbers(tab):
    lines = tab.ledger.lines()
    assert lines[0] == "dSSR/db3 = dSSR/dPredicted × dPredicted/db3"
    assert "−2 × (Observedᵢ − Predictedᵢ) × 1" in lines[1]
    assert "= −15.7" in lines[2]
    assert lines[3] == "Step 0 (SSR = 20.4): Step Size = −15.7 × 0.1 = −1.57; New b3 = 0 − (−1.57) = 1.57"
    assert tab.findChild(QCheckBox, "free-b3").isChecked()
    assert not any(tab.findChild(QCheckBox, f"free-{n}").isChecked() for n in NAMES[:6])
    assert field(tab, "w1").text() == "3.34" and field(tab, "b3").text() == "0"
    for view in (tab.diagram, tab.plots.squiggle, tab.plots.along, tab.ledger):
        assert view.isVisible() and view.width() > 200 and view.height() > 150


def test_main_ideas_step_gives_1_57_and_run_ends_near_2_61(qtbot, tab):
    click(qtbot, tab, "step")
    assert field(tab, "b3").text() == "1.57"
    with qtbot.waitSignal(tab.controller.stopped, timeout=5000) as blocker:
        click(qtbot, tab, "run")
    assert blocker.args[0] is StopReason.MIN_STEP_SIZE
    assert field(tab, "b3").text() == "2.61"
    qtbot.waitUntil(lambda: not tab.controller.running)
    x, y = tab.plots.squiggle_item.getData()  # the squiggle follows the run
    p = dosage.DosageParams(*tab.controller.current.params)
    np.testing.assert_allclose(y, dosage.predict(p, x))
    assert tab.diagram.values()["b3"] == tab.controller.current.params[6]


@pytest.mark.parametrize("mode", ["main-ideas", "last-layer", "all"])
def test_a_step_changes_exactly_the_free_parameters(qtbot, tab, mode):
    choose(tab, "mode", mode)
    if mode == "all":  # freeze one by hand as well
        tab.findChild(QCheckBox, "free-w2").setChecked(False)
    free = {n: tab.findChild(QCheckBox, f"free-{n}").isChecked() for n in NAMES}
    before = dict(zip(NAMES, tab.controller.current.params, strict=True))
    click(qtbot, tab, "step")
    after = dict(zip(NAMES, tab.controller.current.params, strict=True))
    assert tab.controller.current.number == 1
    for name in NAMES:
        assert (after[name] != before[name]) == free[name], name
        assert field(tab, name).value() == after[name]


@pytest.mark.parametrize("activation", ["softplus", "relu", "sigmoid", "tanh"])
def test_the_ledger_total_equals_the_cores_gradient(qtbot, tab, activation):
    choose(tab, "mode", "all")
    choose(tab, "activation", activation)
    for _ in range(3):
        click(qtbot, tab, "step")
    p = dosage.DosageParams(*tab.controller.current.params)
    g = dosage.gradients(p, DECK_DOSE, DECK_EFFICACY, activation)
    for name in NAMES:
        choose(tab, "parameter", name)
        assert tab.ledger.name == name
        assert tab.ledger.total == pytest.approx(getattr(g, name), rel=1e-12, abs=1e-12)
        n_factors = 4 if name in ("w1", "b1", "w2", "b2") else 2
        assert tab.ledger.table.columnCount() == 4 + n_factors + 1
    tab.bottom_tabs.setCurrentIndex(1)  # the gradient check
    rows = tab.check.rows
    assert [r.name for r in rows] == list(NAMES)
    assert rows[NAMES.index("w1")].chain_rule == g.w1
    assert all(r.relative_difference < 1e-5 for r in rows if not r.kink)
    for i, r in enumerate(rows):
        expected = "ReLU kink" if r.kink and r.relative_difference > 1e-5 else "✓ yes"
        assert tab.check.item(i, 4).text() == expected
    assert any(r.kink for r in rows) == (activation == "relu")  # the deck's biases start at 0, Dosage 0 is a kink


def test_the_ledger_writes_w1_as_on_the_slide(qtbot, tab):
    choose(tab, "mode", "all")
    choose(tab, "parameter", "w1")
    lines = tab.ledger.lines()
    assert lines[0] == "dSSR/dw1 = dSSR/dPredicted × dPredicted/dy₁ × dy₁/dx₁ × dx₁/dw1"
    assert "−2 × (Observedᵢ − Predictedᵢ) × w3 × eˣ / (1 + eˣ) × Inputᵢ" in lines[1]
    p = dosage.ALL_PARAMS_START
    x1 = p.w1 * np.array(DECK_DOSE) + p.b1
    expected = np.exp(x1) / (1 + np.exp(x1))
    shown = [float(tab.ledger.table.item(i, 6).text().replace("−", "-")) for i in range(3)]
    np.testing.assert_allclose(shown, expected, atol=0.005)
    assert tab.diagram._highlight == {"w1", "w3"}


def test_clicking_the_diagram_picks_the_parameter(qtbot, tab):
    diagram = tab.diagram
    label = diagram._labels["w4"]
    centre = diagram.mapFromScene(label.sceneBoundingRect().center())
    qtbot.mouseClick(diagram.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(centre.x(), centre.y()))
    assert tab.parameter == "w4"
    assert tab.findChild(QComboBox, "parameter").currentData() == "w4"
    assert tab.ledger.name == "w4"


def test_the_seed_makes_a_random_start_reproducible(qtbot, tab):
    type_into(qtbot, field(tab, "seed"), "7")
    click(qtbot, tab, "random-start")
    first = tab.controller.current.params
    assert first == tuple(dosage.random_start(7))
    assert tab.mode == "all" and all(tab.free())
    assert field(tab, "seed").text() == "8"
    click(qtbot, tab, "step")
    click(qtbot, tab, "random-start")
    assert tab.controller.current.params == tuple(dosage.random_start(8)) != first
    type_into(qtbot, field(tab, "seed"), "7")
    click(qtbot, tab, "random-start")
    assert tab.controller.current.params == first
    assert tab.controller.current.number == 0


def test_bad_input_is_refused(qtbot, tab):
    for name, good in (("w1", "3.34"), ("seed", "0"), ("learning-rate", "0.1")):
        f = field(tab, name)
        for bad in ("abc", "nan", "inf", "", "1e400"):
            type_into(qtbot, f, bad)
            assert f.text() == good, (name, bad)
            assert f.message.isVisibleTo(f)
    assert tab.controller.current.params == tuple(dosage.MAIN_IDEAS_START)


def test_a_divergent_learning_rate_stops_with_a_message_and_no_nan(qtbot, tab):
    choose(tab, "mode", "all")
    type_into(qtbot, field(tab, "learning-rate"), "5")
    with qtbot.waitSignal(tab.controller.stopped, timeout=5000) as blocker:
        click(qtbot, tab, "run")
    reason, message = blocker.args
    assert reason is StopReason.DIVERGED
    assert "smaller learning rate" in message
    qtbot.waitUntil(lambda: not tab.controller.running)
    for name in NAMES:
        choose(tab, "parameter", name)
        for text in screen_texts(tab):
            assert "nan" not in text.lower().split() and "inf" not in text.lower().split(), text


def test_editing_a_weight_starts_a_new_run_there(qtbot, tab):
    click(qtbot, tab, "step")
    type_into(qtbot, field(tab, "w3"), "-1")
    assert tab.controller.current.number == 0
    assert tab.controller.current.params[NAMES.index("w3")] == -1.0
    assert tab.controller.current.params[6] == pytest.approx(1.5655, abs=1e-4)  # b3 kept where it was
    click(qtbot, tab, "reset")
    assert tab.controller.current.params[NAMES.index("w3")] == -1.0


def test_a_new_data_point_joins_the_sum(qtbot, tab):
    tab.points.add(0.75, 0.5)
    assert tab.ledger.table.rowCount() == 4
    assert "Σi=1…4" in tab.ledger.lines()[1]
    p = dosage.MAIN_IDEAS_START
    dose, efficacy = [0, 0.5, 1, 0.75], [0, 1, 0, 0.5]
    assert tab.ledger.total == pytest.approx(dosage.gradients(p, dose, efficacy).b3, rel=1e-12)
    click(qtbot, tab, "step")
    assert tab.controller.current.params[6] == pytest.approx(-0.1 * dosage.gradients(p, dose, efficacy).b3)


def test_a_diverged_run_can_still_be_saved_and_loaded(qtbot, tab):
    choose(tab, "mode", "all")
    type_into(qtbot, field(tab, "learning-rate"), "10")
    for _ in range(8):
        click(qtbot, tab, "step")
    assert tab.controller.current.stop is StopReason.DIVERGED
    state = tab.get_state()
    assert max(abs(v) for v in state["params"].values()) > 100  # beyond what the fields accept
    tab.set_state(state)
    assert tab.get_state() == state


def test_state_round_trip_and_a_bad_state_changes_nothing(qtbot, tab):
    choose(tab, "mode", "last-layer")
    choose(tab, "activation", "sigmoid")
    choose(tab, "parameter", "w4")
    tab.findChild(QCheckBox, "free-w1").setChecked(True)
    click(qtbot, tab, "step")
    tab.bottom_tabs.setCurrentIndex(1)
    state = tab.get_state()
    assert json.loads(json.dumps(state)) == state
    other = BackpropagationTab()
    qtbot.addWidget(other)
    try:
        other.set_state(state)
        assert other.get_state() == state
        assert other.activation_box.currentData() == "sigmoid"
        assert other.findChild(QCheckBox, "free-w1").isChecked()
        assert other.ledger.name == "w4"
    finally:
        other.shutdown()
    before = tab.get_state()
    for bad in ({**state, "mode": "everything"}, {**state, "learning_rate": float("nan")},
                {**state, "params": {**state["params"], "w1": "3"}}, {**state, "seed": -1},
                {**state, "data": {"dose": [0, 1], "efficacy": [0]}}, {k: v for k, v in state.items() if k != "free"},
                {**state, "extra": 1}, [1, 2]):
        with pytest.raises(ValueError):
            tab.set_state(bad)
        assert tab.get_state() == before


def test_guided_steps_follow_the_deck(qtbot, tab):
    steps = tab.guided_steps()
    assert 5 <= len(steps) <= 12
    for step in steps:
        step.apply()
        assert step.caption
        assert not tab.controller.running
    steps[2].apply()
    assert field(tab, "b3").text() == "1.57"
    steps[3].apply()
    assert field(tab, "b3").text() == "2.61"
    steps[-1].apply()
    assert tab.controller.current.loss < 0.01 < tab.controller.history[0].loss
    assert tab.bottom_tabs.currentIndex() == 2
    from nnviz.qt.training import PLOTTED_STEPS

    shown = min(len(tab.controller.history), PLOTTED_STEPS)  # a longer history is drawn evenly spread
    x, y = tab.plots.loss_item.getData()
    assert len(x) == shown and x[-1] == tab.controller.current.number and y[-1] == tab.controller.current.loss
    tab.bottom_tabs.setCurrentIndex(3)  # each parameter after each step, drawn when shown
    x, y = tab.plots.param_items["b3"].getData()
    assert len(x) == shown and y[-1] == tab.controller.current.params[6]


def test_an_edited_weight_redraws_the_chapter_once(qtbot, tab, monkeypatch):
    """Typing a value and Enter drew the whole chapter twice (set_params redraws, then _on_step was called
    again): 40 redraws for 20 edits."""
    drawn = []
    original = tab.editor.set_values
    monkeypatch.setattr(tab.editor, "set_values", lambda values: (drawn.append(tuple(values)), original(values)))
    for i, text in enumerate(("1.5", "2.25", "-0.5")):
        type_into(qtbot, field(tab, "w1"), text)
        assert len(drawn) == i + 1
        assert drawn[-1][NAMES.index("w1")] == float(text)
    assert tab.controller.current.params[NAMES.index("w1")] == -0.5
    lo, hi = tab._along_range
    assert lo <= tab.params().value(tab.parameter) <= hi  # the SSR-along window follows the new value
