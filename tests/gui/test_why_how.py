"""Chapter 1 in the GUI: the deck's network on screen, live edits, presets, bad input, the diagram, lesson state."""

import math

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QPushButton

from nnviz.core.numbers import fmt
from nnviz.core.why_how import dosage as net
from nnviz.qt.chapters import chapter_classes
from nnviz.qt.chapters.why_how.tab import WhyHowTab

from .helpers import field, type_into


@pytest.fixture
def tab(make_tab):
    return make_tab(WhyHowTab)


def curve(tab, part):
    return tab.squiggle.items[part].getData()


def value_at(tab, part, dose):
    x, y = curve(tab, part)
    return float(np.interp(dose, x, y))


def choose(tab, name, data):
    box = tab.findChild(QComboBox, name)
    index = box.findData(data)
    box.setCurrentIndex(index)
    box.activated.emit(index)


def test_registered_as_the_first_chapter():
    assert chapter_classes()[0] is WhyHowTab
    assert (WhyHowTab.number, WhyHowTab.key) == (1, "why-how")


def test_opens_on_the_decks_softplus_network(tab):
    assert [field(tab, n).text() for n in net.NAMES] == ["-34.4", "2.14", "-2.52", "1.29", "-1.3", "2.28", "-0.58"]
    for dose, efficacy in zip(
        net.DECK_DOSE, net.DECK_EFFICACY, strict=True
    ):  # the squiggle passes through the three points
        assert abs(value_at(tab, "sum", dose) - efficacy) < 0.05
    lines = tab.ledger.lines()
    assert lines[0] == "Input = Dosage = 0.5"
    assert lines[1].endswith("X1 = w1 × Input + b1\n      = −34.4 × 0.5 + 2.14 = −15.06")
    assert lines[2].endswith("Y1 = f(X1) = Softplus(−15.06) = 0.00")
    assert lines[3].endswith("Y1 × w3 = 0.00 × (−1.3) = 0.00")
    assert lines[4].endswith("= −2.52 × 0.5 + 1.29 = 0.03")
    assert lines[6].endswith("Y2 × w4 = 0.71 × 2.28 = 1.61")
    assert lines[7].endswith("= 0.00 + 1.61 − 0.58 = 1.03")
    title = tab.comparison.plot.getPlotItem().titleLabel.text
    assert "Line: SSR = <b>0.667</b>" in title and "Network: SSR = <b>0.001</b>" in title


def test_typing_w1_changes_the_squiggle_the_math_and_the_diagram(qtbot, tab):
    before_top, before_sum = curve(tab, "top")[1].copy(), curve(tab, "sum")[1].copy()
    type_into(qtbot, field(tab, "w1"), "-10")
    assert tab.params.w1 == -10.0
    assert not np.allclose(curve(tab, "top")[1], before_top)
    assert not np.allclose(curve(tab, "sum")[1], before_sum)
    assert np.allclose(curve(tab, "sum")[1], net.predict(tab.params, curve(tab, "sum")[0]))
    assert tab.ledger.lines()[1].endswith("= −10 × 0.5 + 2.14 = −2.86")
    assert tab.diagram.values()["w1"] == -10.0


def test_dragging_a_slider_redraws_on_every_tick(tab):
    slider = field(tab, "w4").slider
    seen = set()
    for tick in range(500, 700, 20):
        slider.setValue(tick)
        seen.add(round(value_at(tab, "bottom", 0.0), 6))
        assert math.isclose(value_at(tab, "bottom", 0.0), net.forward(tab.params, 0.0).bottom, rel_tol=1e-9)
    assert len(seen) == 10


def test_preset_switch_to_relu_and_random(qtbot, tab):
    choose(tab, "preset", "relu")
    assert field(tab, "w3").text() == "-40.8" and field(tab, "b3").text() == "-16"
    assert tab.findChild(QComboBox, "activation").currentData() == "relu"
    assert tab.findChild(QComboBox, "output-activation").currentData() == "relu"
    for dose, efficacy in zip(net.DECK_DOSE, net.DECK_EFFICACY, strict=True):
        assert abs(value_at(tab, "sum", dose) - efficacy) < 0.05
    assert tab.ledger.lines()[-1] == "■ Efficacy = ReLU(Y) = 1.01"
    type_into(qtbot, field(tab, "seed"), "7")
    assert tab.findChild(QComboBox, "preset").currentData() == "random"
    assert tab.params == net.random_start(7)
    assert field(tab, "b1").text() == "0" and field(tab, "w2").text() == fmt(net.random_start(7).w2)
    qtbot.mouseClick(tab.findChild(QPushButton, "new-seed"), Qt.MouseButton.LeftButton)
    assert tab.params == net.random_start(tab.seed)
    assert field(tab, "seed").value() == tab.seed
    choose(tab, "preset", "softplus")
    assert tab.params == net.SOFTPLUS_PRESET and tab.output == "identity"


def test_a_typed_bad_value_is_refused(qtbot, tab):
    w1 = field(tab, "w1")
    before = curve(tab, "sum")[1].copy()
    for bad in ("abc", "nan", "inf", "-inf", "", "1e7"):
        type_into(qtbot, w1, bad)
        assert w1.value() == -34.4 and w1.text() == "-34.4"
        assert w1.message.isVisibleTo(w1)
        assert tab.params.w1 == -34.4
        assert np.array_equal(curve(tab, "sum")[1], before)


def test_huge_weights_draw_clipped_finite_curves(qtbot, tab):
    for name, text in (("w1", "1e6"), ("w2", "-1e6"), ("w3", "1000000"), ("w4", "-1e6"), ("b3", "1e6")):
        type_into(qtbot, field(tab, name), text)
    assert tab.params.w3 == 1e6
    for activation in ("softplus", "relu", "sigmoid", "tanh"):
        choose(tab, "activation", activation)
        for part in ("top", "bottom", "sum"):
            y = curve(tab, part)[1]
            assert np.all(np.isfinite(y)) and np.max(np.abs(y)) <= 1e6
        text = " ".join(tab.ledger.lines())
        assert "nan" not in text.lower() and "inf" not in text.lower()
        tab.repaint()


def test_activation_selector_changes_the_curves_and_the_diagram(tab):
    choose(tab, "activation", "sigmoid")
    assert tab.activation == "sigmoid"
    assert "Sigmoid" in tab.ledger.lines()[2]
    assert math.isclose(value_at(tab, "top", 0.0), net.forward(tab.params, 0.0, "sigmoid").top)
    assert tab.diagram._caption.text() == "f = Sigmoid"
    assert (
        tab.activation_view.items["sigmoid"].opts["pen"].widthF()
        > tab.activation_view.items["relu"].opts["pen"].widthF()
    )


def test_clicking_the_diagram_selects_a_parameter(qtbot, tab):
    diagram = tab.diagram
    label = diagram._labels["w3"]
    point = diagram.mapFromScene(label.sceneBoundingRect().center())
    assert diagram.parameter_at(point) == "w3"
    with qtbot.waitSignal(diagram.parameterClicked) as blocker:
        qtbot.mouseClick(diagram.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == ["w3"]
    assert tab.selected == "w3" and diagram.highlighted() == {"w3"}
    node = diagram.mapFromScene(diagram._nodes["bottom"].sceneBoundingRect().center())
    qtbot.mouseClick(diagram.viewport(), Qt.MouseButton.LeftButton, pos=node)
    assert tab.selected == "b2"
    assert "b2 = 1.29" in diagram._nodes["bottom"].toolTip()
    assert diagram.parameter_at(QPoint(1, 1)) is None


def test_hovering_shows_the_value_and_the_wheel_nudges_it(qtbot, tab):
    diagram = tab.diagram
    point = diagram.mapFromScene(diagram._labels["b1"].sceneBoundingRect().center())
    qtbot.mouseMove(diagram.viewport(), point)
    qtbot.waitUntil(lambda: diagram._hovered == "b1", timeout=2000)
    assert diagram._labels["b1"].font().underline()
    assert diagram._labels["b1"].toolTip().startswith("b1 = 2.14")
    wheel = QWheelEvent(QPointF(point), QPointF(diagram.viewport().mapToGlobal(point)), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    with qtbot.waitSignal(diagram.parameterNudged) as blocker:
        QApplication.sendEvent(diagram.viewport(), wheel)
    assert blocker.args == ["b1", 0.1]
    assert tab.params.b1 == 2.24 and field(tab, "b1").text() == "2.24"
    assert tab.ledger.lines()[1].endswith("+ 2.24 = −14.96")


def test_dosage_slider_moves_the_math_and_the_marker(tab):
    dose = field(tab, "dosage")
    dose.slider.setValue(0)
    assert tab.ledger.lines()[0] == "Input = Dosage = 0"
    assert tab.ledger.lines()[-1].endswith(
        f"= {abs(net.predict(net.SOFTPLUS_PRESET, [0.0])[0]):.2f}".replace("= ", "= −")
    )
    assert tab.squiggle.dose_line.value() == 0.0
    tab.squiggle.dose_line.setValue(1.0)
    assert dose.value() == 1.0 and tab.ledger.lines()[0] == "Input = Dosage = 1"


def test_each_part_of_the_squiggle_can_be_hidden(tab):
    box = tab.findChild(QCheckBox, "show-top")
    box.setChecked(False)
    assert not tab.squiggle.items["top"].isVisible() and tab.squiggle.items["bottom"].isVisible()
    box.setChecked(True)
    assert tab.squiggle.items["top"].isVisible()


def test_editing_the_data_updates_the_ssr_and_resets(qtbot, tab):
    tab.comparison.points.add(0.25, 1.0)
    assert len(curve(tab, "data")[0]) == 4
    assert "Line: SSR = <b>0.667</b>" not in tab.comparison.plot.getPlotItem().titleLabel.text
    qtbot.mouseClick(tab.findChild(QPushButton, "reset-data"), Qt.MouseButton.LeftButton)
    x, y = tab.data()
    assert x.tolist() == [0.0, 0.5, 1.0] and y.tolist() == [0.0, 1.0, 0.0]
    assert "Line: SSR = <b>0.667</b>" in tab.comparison.plot.getPlotItem().titleLabel.text


def test_state_round_trip_and_bad_state_refused(qtbot, tab):
    type_into(qtbot, field(tab, "b3"), "0.25")
    tab.findChild(QCheckBox, "show-bottom").setChecked(False)
    tab.comparison.points.add(0.75, 0.5)
    saved = tab.get_state()
    choose(tab, "preset", "relu")
    tab.set_state(saved)
    assert tab.get_state() == saved
    assert tab.params.b3 == 0.25 and not tab.squiggle.items["bottom"].isVisible()
    for bad, words in (({"params": {"w1": 1}}, "exactly"), ({"dosage": 2}, "from 0 to 1"),
                       ({"activation": "swish"}, "activation"), ({"seed": 1.5}, "whole"),
                       ({"data": {"dose": [0, 1], "efficacy": [0]}}, "same length"), ({"colour": 1}, "unknown"),
                       ({"params": dict(saved["params"], w2=float("nan"))}, "finite"), ("nope", "dictionary")):
        with pytest.raises(ValueError, match=words):
            tab.set_state(bad)
        assert tab.get_state() == saved


def test_guided_steps_follow_the_deck(tab):
    steps = tab.guided_steps()
    assert 5 <= len(steps) <= 12
    steps[0].apply()
    assert [p for p, box in tab.toggles.items() if box.isChecked()] == ["data"]
    for step in steps:
        step.apply()
        assert step.caption
    assert tab.preset_key == "random" and tab.params == net.random_start(42)
    steps[2].apply()
    assert tab.params == net.SOFTPLUS_PRESET and all(box.isChecked() for box in tab.toggles.values())
