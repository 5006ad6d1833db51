"""Bigger networks in chapters 1 and 3: the hidden-nodes control grows the diagram, the squiggle's parts,
the fields, the math lines, the chain-rule ledger and training; 2 nodes is the deck's network again."""

import json

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QSpinBox

from nnviz.core.numbers import fmt
from nnviz.core.why_how import dosage, wide
from nnviz.core.why_how.dosage import DECK_DOSE, DECK_EFFICACY, NAMES
from nnviz.qt.chapters.backpropagation.tab import BackpropagationTab
from nnviz.qt.chapters.why_how.tab import WhyHowTab
from nnviz.qt.widgets.number_field import NumberField

from .helpers import field, type_into


@pytest.fixture
def ch1(make_tab):
    return make_tab(WhyHowTab)


@pytest.fixture
def ch3(make_tab):
    return make_tab(BackpropagationTab)


def nodes(tab, n):
    tab.findChild(QSpinBox, "hidden-nodes").setValue(n)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the old fields are gone


def hidden_nodes_drawn(diagram) -> list[str]:
    return [k for k, item in diagram._nodes.items() if k not in ("input", "output") and item.isVisible()]


def test_chapter1_with_five_nodes_draws_five_parts_and_their_math(qtbot, ch1):
    box = ch1.findChild(QSpinBox, "hidden-nodes")
    assert (box.value(), box.minimum(), box.maximum()) == (2, 1, 8)
    nodes(ch1, 5)
    p = ch1.params
    assert isinstance(p, wide.WideParams) and p.n == 5
    assert p.as_array()[:4].tolist() == list(dosage.SOFTPLUS_PRESET)[:4] and p.b_out == dosage.SOFTPLUS_PRESET.b3
    assert hidden_nodes_drawn(ch1.diagram) == [f"node-{k}" for k in range(1, 6)]
    assert set(ch1.diagram.values()) == set(wide.names(5))
    assert ch1.findChild(NumberField, "w1") is None and all(field(ch1, k) for k in ("w-5", "b-3", "v-4", "b-out"))
    assert field(ch1, "v-3").label.text() == "v₃"
    curves = ch1.node_curves.curves
    assert [c.isVisible() for c in curves] == [True] * 5 + [False] * 3
    type_into(qtbot, field(ch1, "v-3"), "1.5")
    fw = wide.forward(ch1.params, np.linspace(0, 1, 401))
    assert ch1.params.v[2] == 1.5
    for k in range(5):
        x, y = curves[k].getData()
        np.testing.assert_allclose(y, fw.scaled[k], rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(ch1.squiggle.items["sum"].getData()[1], fw.predicted, rtol=1e-12, atol=1e-12)
    assert ch1.toggles["nodes"].isVisibleTo(ch1) and not ch1.toggles["top"].isVisibleTo(ch1)
    here = wide.forward(ch1.params, 0.5)
    lines = ch1.ledger.lines()
    assert len(lines) == 1 + 5 + 1
    assert lines[3].startswith("■ X₃ = " + fmt(here.x[2]).replace("-", "−"))
    assert lines[-1].endswith("= " + fmt(here.total).replace("-", "−"))
    ch1.toggles["nodes"].setChecked(False)
    assert not any(c.isVisible() for c in curves) and ch1.squiggle.items["sum"].isVisible()


def test_chapter1_back_to_two_nodes_is_the_deck_network(qtbot, ch1):
    nodes(ch1, 7)
    ch1.select_parameter("v-7")
    assert ch1.diagram.highlighted() == {"v-7"} and ch1.diagram._labels["v-7"].isVisible()
    assert not ch1.diagram._labels["w-3"].isVisible()  # many nodes: only the selected parameter is labelled
    diagram = ch1.diagram
    edge = diagram._edges["w-5"].line()
    point = diagram.mapFromScene((edge.p1() + edge.p2()) / 2)
    qtbot.mouseMove(diagram.viewport(), point)
    qtbot.waitUntil(lambda: diagram._hovered == "w-5", timeout=2000)
    assert diagram._labels["w-5"].isVisible() and diagram._labels["w-5"].text().startswith("w₅ = ")
    ch1.nudge_parameter("w-5", 0.1)
    assert ch1.params.w[4] == pytest.approx(round(wide.random_start(7, 0).w[4] + 0.1, 6))
    nodes(ch1, 2)
    assert ch1.params == dosage.SOFTPLUS_PRESET and ch1.selected is None
    assert field(ch1, "w1").label.text() == "w1" and ch1.findChild(NumberField, "b-out") is None
    assert set(ch1.diagram.values()) == set(NAMES) and hidden_nodes_drawn(ch1.diagram) == ["top", "bottom"]
    assert ch1.ledger.lines()[1].startswith("■ X1 = w1 × Input + b1")
    assert [c.isVisible() for c in ch1.node_curves.curves] == [True, True] + [False] * 6
    nodes(ch1, 1)
    assert ch1.params.n == 1 and len(ch1.ledger.lines()) == 1 + 3 + 1


def test_chapter1_random_weights_for_eight_nodes_are_seeded(ch1):
    nodes(ch1, 8)
    ch1.apply_preset("random", 4)
    assert ch1.params == wide.random_start(8, 4)
    assert ch1.get_state()["hidden_nodes"] == 8


def test_chapter1_state_round_trip_with_four_nodes(qtbot, ch1, make_tab):
    nodes(ch1, 4)
    type_into(qtbot, field(ch1, "b-4"), "0.75")
    ch1.select_parameter("w-2")
    state = json.loads(json.dumps(ch1.get_state()))
    assert state["hidden_nodes"] == 4 and state["params"]["b-4"] == 0.75 and state["selected"] == "w-2"
    other = make_tab(WhyHowTab)
    try:
        other.set_state(state)
        assert other.n == 4 and other.params == ch1.params and other.get_state() == state
        old = dict(state, params=dict(zip(NAMES, dosage.RELU_PRESET, strict=True)), selected="w3")
        del old["hidden_nodes"]  # a lesson from before bigger networks: the deck's 2 nodes
        other.set_state(old)
        assert other.n == 2 and other.params == dosage.RELU_PRESET
        before = other.get_state()
        for bad in ({"hidden_nodes": 9}, {"hidden_nodes": 3, "params": state["params"]},
                    {"hidden_nodes": 2.0}, {"selected": "v-9"}):
            with pytest.raises(ValueError):
                other.set_state(bad)
        assert other.get_state() == before
    finally:
        other.shutdown()


def test_chapter3_step_trains_the_five_node_network(qtbot, ch3):
    nodes(ch3, 5)
    assert ch3.findChild(QComboBox, "mode").currentText() == "Main ideas: only b_out"
    assert ch3.diagram.n == 5 and hidden_nodes_drawn(ch3.diagram) == [f"node-{k}" for k in range(1, 6)]
    ch3.controller.step()  # new nodes are silent: the deck's first step, b_out = 0 − (−15.7 × 0.1)
    assert fmt(ch3.controller.current.params[-1]) == "1.57"
    ch3.findChild(QComboBox, "mode").setCurrentIndex(2)
    assert ch3.findChild(QComboBox, "mode").currentText() == "All 16 parameters"
    ch3.random_start()
    names = wide.names(5)
    assert all(ch3.findChild(QCheckBox, f"free-{n}").isChecked() for n in names)
    before = np.array(ch3.controller.current.params)
    p = wide.WideParams.from_array(before, 5)
    grad = wide.gradients(p, DECK_DOSE, DECK_EFFICACY)
    ch3.findChild(QCheckBox, "free-w-2").setChecked(False)  # a frozen one keeps its value
    ch3.controller.step()
    after = np.array(ch3.controller.current.params)
    free = np.array([n != "w-2" for n in names])
    np.testing.assert_allclose(after[free], before[free] - 0.1 * grad[free], rtol=1e-12, atol=1e-12)
    assert after[names.index("w-2")] == before[names.index("w-2")] and np.all(after[free] != before[free])
    ch3.show_parameter("w-4", "chain-rule")
    g = wide.gradients(wide.WideParams.from_array(after, 5), DECK_DOSE, DECK_EFFICACY)
    assert ch3.ledger.name == "w-4"
    assert ch3.ledger.total == pytest.approx(g[names.index("w-4")], rel=1e-12, abs=1e-12)
    assert ch3.ledger.lines()[0] == "dSSR/dw₄ = dSSR/dPredicted × dPredicted/dy₄ × dy₄/dx₄ × dx₄/dw₄"
    assert ch3.diagram.highlighted() == {"w-4", "v-4"}
    for name in names:  # the ledger works for every parameter of the bigger network
        ch3.show_parameter(name, "chain-rule")
        assert ch3.ledger.total == pytest.approx(g[names.index(name)], rel=1e-12, abs=1e-12), name
    ch3.show_parameter("w-4", "gradient-check")
    assert [r.name for r in ch3.check.rows] == list(names) and ch3.check.rowCount() == 16
    assert all(r.relative_difference < 1e-5 for r in ch3.check.rows)


def test_chapter3_back_to_two_nodes_restores_the_deck_names(qtbot, ch3):
    nodes(ch3, 6)
    ch3.show_parameter("v-6")
    nodes(ch3, 2)
    assert ch3.parameter == "b3" and ch3.names == NAMES
    assert all(ch3.findChild(QCheckBox, f"free-{n}") for n in NAMES)
    assert ch3.findChild(QComboBox, "mode").currentText() == "Main ideas: only b3"
    assert [ch3.parameter_box.itemData(i) for i in range(ch3.parameter_box.count())] == list(NAMES)
    assert tuple(ch3.controller.current.params) == tuple(dosage.MAIN_IDEAS_START)
    ch3.guided_steps()[5].apply()  # the deck's story always uses the deck's network
    nodes(ch3, 3)
    ch3.guided_steps()[0].apply()
    assert ch3.n == 2


def test_chapter3_state_round_trip_with_four_nodes(qtbot, ch3, make_tab):
    nodes(ch3, 4)
    ch3.findChild(QComboBox, "mode").setCurrentIndex(1)
    ch3.show_parameter("v-3", "gradient-check")
    ch3.controller.step()
    state = json.loads(json.dumps(ch3.get_state()))
    assert state["hidden_nodes"] == 4 and set(state["params"]) == set(wide.names(4))
    other = make_tab(BackpropagationTab)
    try:
        other.set_state(state)
        assert other.n == 4 and other.get_state() == state
        old = {k: v for k, v in state.items() if k != "hidden_nodes"}
        with pytest.raises(ValueError):  # without a size the parameters must be the deck's seven
            other.set_state(old)
        old.update(params=dict(zip(NAMES, dosage.ALL_PARAMS_START, strict=True)), free=dict.fromkeys(NAMES, True),
                   parameter="w1")
        other.set_state(old)
        assert other.n == 2 and tuple(other.controller.current.params) == tuple(dosage.ALL_PARAMS_START)
    finally:
        other.shutdown()


def test_chapter3_run_trains_eight_nodes_in_the_worker(qtbot, ch3):
    from PySide6.QtWidgets import QPushButton

    from nnviz.core.descent import StopReason

    nodes(ch3, 8)
    ch3.findChild(QComboBox, "mode").setCurrentIndex(2)
    ch3.seed.setValue(3)
    ch3.random_start()
    start_ssr = ch3.controller.current.loss
    ch3.panel.learning_rate.setValue(0.05)
    ch3.controller.learning_rate = 0.05
    with qtbot.waitSignal(ch3.controller.stopped, timeout=15000) as blocker:
        qtbot.mouseClick(ch3.findChild(QPushButton, "run"), Qt.MouseButton.LeftButton)
    assert blocker.args[0] in (StopReason.MIN_STEP_SIZE, StopReason.MAX_STEPS)
    qtbot.waitUntil(lambda: not ch3.controller.running)
    p = wide.WideParams.from_array(ch3.controller.current.params, 8)
    assert ch3.controller.current.loss == pytest.approx(wide.ssr(p, DECK_DOSE, DECK_EFFICACY), rel=1e-9)
    assert ch3.controller.current.loss < 0.1 * start_ssr
    x, y = ch3.plots.squiggle_item.getData()  # the squiggle follows the run
    np.testing.assert_allclose(y, wide.predict(p, x), rtol=1e-9, atol=1e-9)
    assert field(ch3, "v-8").value() == pytest.approx(p.v[7], abs=0.006)


def _node_looks(tab):
    curves = tab.node_curves
    pens = [c.opts["pen"] for c in curves.curves[2:]]
    return ([p.widthF() for p in pens], [p.color().name() for p in pens],
            [m.opts["symbolSize"] for m in curves.marks[2:] + curves.act_marks[2:]])


def test_node_items_made_on_first_need_look_as_if_made_with_the_tab(make_tab):
    from nnviz.qt import restyle, theme

    assert len(make_tab(WhyHowTab).node_curves.curves) == 2  # the deck's start makes only its two nodes' items
    early, late = make_tab(WhyHowTab), make_tab(WhyHowTab)
    nodes(early, 5)  # made at the canonical look, then the look changes
    try:
        restyle.set_look(early, "dark", 1.5)
        restyle.set_look(late, "dark", 1.5)
        nodes(late, 5)  # made after the look changed
        assert _node_looks(late) == _node_looks(early)
        assert _node_looks(late)[2][0] == pytest.approx(13 * 1.5)
    finally:
        restyle.set_look(early, "light", 1.0)
        restyle.set_look(late, "light", 1.0)
        theme.set_globals("light", 1.0)
