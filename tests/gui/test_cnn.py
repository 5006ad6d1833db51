"""Chapter 4 in the GUI: the deck's O and its numbers on screen, painting, shifting, filters, stepping, training."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox

from nnviz.core import cnn
from nnviz.core.cnn import train
from nnviz.core.descent import StopReason
from nnviz.core.numbers import fmt
from nnviz.qt.chapters.cnn.tab import CnnTab
from nnviz.qt.widgets.number_field import NumberField
from nnviz.qt.widgets.pixel_grid import PixelGrid

from .helpers import click, type_into


@pytest.fixture
def tab(make_tab):
    return make_tab(CnnTab)


def grid(tab) -> PixelGrid:
    return tab.findChild(PixelGrid, "pixel-grid")


def click_pixel(qtbot, tab, row, col, button=Qt.MouseButton.LeftButton):
    g = grid(tab)
    qtbot.mouseClick(g, button, pos=g.cell_rect(row, col).center().toPoint())


def texts(tab):
    return tab.pipeline.cell_texts()


def test_opens_on_the_decks_o_with_its_numbers(tab):
    np.testing.assert_array_equal(grid(tab).image(), cnn.LETTER_O)
    shown = texts(tab)
    assert shown["feature_map"][:2] == ["1", "−1"]  # 3 − 2 = 1, then 1 − 2 = −1
    assert shown["relu"].count("1") == 2 and shown["relu"].count("0") == 14  # only the two corner points stay
    assert shown["pooled"] == ["1", "0", "0", "1"]
    assert shown["filter"] == ["0", "0", "1", "0", "1", "0", "1", "0", "0"]
    said = tab.diagram.texts()
    assert said["hidden"] == "0.34" and said["O"] == "1.01" and said["X"] == "0"
    assert said["P(O)"] == "O: 0.73" and said["answer"] == "“O”"
    assert tab.findChild(NumberField, "filter-bias").value() == -2
    assert tab.findChild(NumberField, "w1").value() == -0.8


def test_painting_a_pixel_updates_the_feature_map(qtbot, tab):
    click_pixel(qtbot, tab, 1, 2)  # under the filter's centre for the second window
    assert grid(tab).image()[1, 2] == 1
    assert texts(tab)["feature_map"][1] == "0"  # was 1 − 2 = −1, now 2 − 2 = 0
    click_pixel(qtbot, tab, 0, 2, Qt.MouseButton.RightButton)  # erase the top of the diagonal
    assert grid(tab).image()[0, 2] == 0
    assert texts(tab)["feature_map"][0] == "0"  # was 3 − 2 = 1, now 2 − 2 = 0
    np.testing.assert_array_equal(tab.pipeline_result().feature_map,
                                  cnn.convolve(grid(tab).image(), cnn.DECK_FILTER, -2))


def test_dragging_paints_every_cell_passed(qtbot, tab):
    tab.set_image(cnn.BLANK)
    g = grid(tab)
    qtbot.mousePress(g, Qt.MouseButton.LeftButton, pos=g.cell_rect(5, 0).center().toPoint())
    for col in (1, 2, 3):
        qtbot.mouseMove(g, g.cell_rect(5, col).center().toPoint())
    qtbot.mouseRelease(g, Qt.MouseButton.LeftButton, pos=g.cell_rect(5, 3).center().toPoint())
    assert g.image()[5].tolist() == [1, 1, 1, 1, 0, 0]
    assert g.image().sum() == 4


def test_shift_right_moves_the_image_as_the_deck_shows(qtbot, tab):
    click(qtbot, tab, "shift-right")
    expected = np.array([[int(c) for c in row] for row in
                         "000110 001001 010000 010000 001001 000110".split()], dtype=float)
    np.testing.assert_array_equal(grid(tab).image(), expected)
    assert tab.diagram.texts()["answer"] == "“O”"  # still an O after Max Pooling
    assert texts(tab)["pooled"] == ["1", "0", "0", "0"]


def test_arrow_keys_and_shift_buttons(qtbot, tab):
    g = grid(tab)
    g.setFocus()
    qtbot.keyClick(g, Qt.Key.Key_Down)
    np.testing.assert_array_equal(g.image(), cnn.shift(cnn.LETTER_O, 0, 1))
    click(qtbot, tab, "shift-up")
    click(qtbot, tab, "shift-left")
    np.testing.assert_array_equal(g.image(), cnn.shift(cnn.shift(cnn.shift(cnn.LETTER_O, 0, 1), 0, -1), -1, 0))


def test_letter_presets(qtbot, tab):
    combo = tab.findChild(QComboBox, "letter-preset")
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    np.testing.assert_array_equal(grid(tab).image(), cnn.LETTER_X)
    assert tab.diagram.texts()["answer"] == "“X”"
    combo.setCurrentIndex(2)
    combo.activated.emit(2)
    assert grid(tab).image().sum() == 0
    said = tab.diagram.texts()
    blank = cnn.forward(cnn.BLANK).probabilities  # blank: only the hidden bias speaks, P(X) ≈ 0.65
    assert said["P(O)"] == f"O: {fmt(blank[0], 2)}" and said["P(X)"] == f"X: {fmt(blank[1], 2)}"
    assert 0.6 < blank[1] < 0.7


def test_filter_refuses_text_and_nan_and_presets_apply(qtbot, tab):
    cell = tab.findChild(NumberField, "filter-1-3")
    for bad in ("abc", "nan", "inf", ""):
        type_into(qtbot, cell, bad)
        assert cell.value() == 1 and cell.message.isVisibleTo(cell)
    assert tab.parts()[1][0, 2] == 1
    type_into(qtbot, cell, "0")
    assert tab.parts()[1][0, 2] == 0
    assert texts(tab)["feature_map"][0] == "0"  # 2 − 2
    combo = tab.findChild(QComboBox, "filter-preset")
    index = combo.findData("identity")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    kernel, bias = tab.parts()[1], tab.parts()[2]
    np.testing.assert_array_equal(kernel, cnn.FILTER_PRESETS["identity"][0])
    assert bias == 0
    np.testing.assert_array_equal(tab.pipeline_result().feature_map, cnn.LETTER_O[1:5, 1:5])


def test_classifier_weight_edit_reaches_the_output(qtbot, tab):
    type_into(qtbot, tab.findChild(NumberField, "b-x"), "3")
    assert tab.parts()[0].b_x == 3
    assert tab.diagram.texts()["answer"] == "“X”"


def test_convolution_step_by_step_and_play(qtbot, tab):
    click(qtbot, tab, "conv-step")
    assert tab.position == 0 and grid(tab).window() == (0, 0, 3)
    lines = tab.step_page.conv_ledger.lines()
    assert lines[1].endswith("= 3") and "3 − 2 = 1" in lines[2]
    assert texts(tab)["feature_map"][:2] == ["1", ""]  # filled cell by cell
    click(qtbot, tab, "conv-step")
    assert grid(tab).window() == (0, 1, 3)
    assert "1 − 2 = −1" in tab.step_page.conv_ledger.lines()[2]
    tab.play_timer.setInterval(1)
    click(qtbot, tab, "conv-play")
    qtbot.waitUntil(lambda: tab.position is None, timeout=3000)
    assert not tab.play_timer.isActive() and grid(tab).window() is None
    assert "" not in texts(tab)["feature_map"]


def test_step_trains_the_classifier_only(qtbot, tab):
    before = tab.controller.current
    click(qtbot, tab, "step")
    after = tab.controller.current
    assert after.number == 1 and after.loss < before.loss
    assert after.params[:train.N_CLASSIFIER] != before.params[:train.N_CLASSIFIER]
    assert after.params[train.N_CLASSIFIER:] == before.params[train.N_CLASSIFIER:]
    assert tab.findChild(NumberField, "w1").value() == after.params[0]
    numbers, _ = tab.training_page.loss_item.getData()
    assert list(numbers) == [0, 1]


def test_the_last_step_of_a_run_is_in_the_fields_when_the_run_stops(qtbot, tab):
    tab.pages.setCurrentIndex(3)  # the Training page
    tab.panel.max_steps.field.setValue(40)
    tab.panel.max_steps.field.valueChanged.emit(40)
    with qtbot.waitSignal(tab.controller.stopped, timeout=10000):
        click(qtbot, tab, "run")
    last = tab.controller.current
    assert last.number == 40  # no wait for the 80 ms redraw timer of a run:
    assert [tab.findChild(NumberField, name).value() for name in ("w1", "w2", "w3", "w4")] == list(last.params[:4])


def test_run_with_filter_and_shifted_copies(qtbot, tab):
    tab.pages.setCurrentIndex(3)  # the Training page
    tab.findChild(QCheckBox, "train-filter").setChecked(True)
    tab.findChild(QCheckBox, "train-shifted").setChecked(True)
    expected = train.cross_entropy(train.DECK_PARAMS, *train.training_set(True))[0]
    assert tab.controller.current.loss == pytest.approx(expected)
    tab.panel.max_steps.field.setValue(30)
    tab.panel.max_steps.field.valueChanged.emit(30)
    with qtbot.waitSignal(tab.controller.stopped, timeout=10000) as blocker:
        click(qtbot, tab, "run")
    assert blocker.args[0] is StopReason.MAX_STEPS
    qtbot.waitUntil(lambda: not tab.controller.running)
    kernel = tab.parts()[1]
    assert not np.array_equal(kernel, cnn.DECK_FILTER)
    qtbot.waitUntil(lambda: tab.findChild(NumberField, "filter-1-3").value() == kernel[0, 2], timeout=2000)
    assert tab.controller.current.loss < tab.controller.history[0].loss
    assert "of 10" in tab.training_page.summary.text()


def test_state_round_trip_and_bad_states_refused(qtbot, tab):
    click(qtbot, tab, "shift-right")
    click(qtbot, tab, "step")
    state = tab.get_state()
    other = CnnTab()
    qtbot.addWidget(other)
    other.set_state(state)
    assert other.get_state() == state
    other.shutdown()
    for bad in ({**state, "image": [[0] * 6] * 5}, {**state, "params": [0] * 3},
                {**state, "params": [float("nan")] * 19}, {**state, "view": "nope"},
                {**state, "position": 16}, {**state, "train_filter": "yes"}, {**state, "learning_rate": -1},
                {k: v for k, v in state.items() if k != "image"}, "not a dict"):
        with pytest.raises(ValueError):
            tab.set_state(bad)
        assert tab.get_state() == state


def test_out_of_range_pixels_are_clipped_visibly(tab):
    image = np.array(cnn.LETTER_O)
    image[0, 0], image[5, 5] = 3.0, -1.0
    tab.set_state({**tab.get_state(), "image": image.tolist()})
    assert grid(tab).image()[0, 0] == 1 and grid(tab).image()[5, 5] == 0
    assert tab.clip_message.isVisibleTo(tab) and "2 pixel values" in tab.clip_message.text()


def test_guided_steps_follow_the_deck(tab):
    steps = tab.guided_steps()
    assert 5 <= len(steps) <= 12
    for step in steps:
        step.apply()
    steps[3].apply()
    assert tab.position == 0 and "3 − 2 = 1" in tab.step_page.conv_ledger.lines()[2]
    steps[1].apply()
    np.testing.assert_array_equal(grid(tab).image(), cnn.shift(cnn.LETTER_O, 1, 0))
    steps[-2].apply()
    assert tab.findChild(QComboBox, "letter-preset").currentData() == "X"


def test_why_a_cnn_compares_the_plain_network(tab):
    tab.pages.setCurrentIndex(2)
    page = tab.why_page
    assert "36" in page.nodes_text.text() and "4" in page.nodes_text.text()
    plain_shifted = page.cells[("O shifted right", "plain")].text()
    cnn_shifted = page.cells[("O shifted right", "cnn")].text()
    assert plain_shifted == "“O” 0.76" and cnn_shifted == "“O” 0.81"
    assert page.cells[("O", "plain")].text() == "“O” 0.99"


def test_closing_mid_run_stops_the_worker(qtbot, tab):
    tab.panel.tolerance.check.setChecked(False)
    tab.panel.min_step.check.setChecked(False)
    tab.panel.max_steps.field.setValue(10_000_000)
    tab.panel.max_steps.field.valueChanged.emit(10_000_000)
    click(qtbot, tab, "run")
    qtbot.waitUntil(lambda: tab.controller.current.number > 5, timeout=5000)
    tab.shutdown()
    assert not tab.controller.running
    assert all(np.isfinite(step.loss) for step in tab.controller.history)


def test_pixel_grid_both_directions(qtbot):
    g = PixelGrid()
    qtbot.addWidget(g)
    g.resize(300, 300)
    seen = []
    g.changed.connect(seen.append)
    assert g.set_image(cnn.LETTER_X) == 0 and not seen  # model → widget: no signal
    g.ink = 0.5
    with qtbot.waitSignal(g.changed) as blocker:
        qtbot.mouseClick(g, Qt.MouseButton.LeftButton, pos=g.cell_rect(0, 1).center().toPoint())
    assert blocker.args[0][0, 1] == 0.5 and g.image()[0, 1] == 0.5
    qtbot.mouseClick(g, Qt.MouseButton.LeftButton, pos=g.cell_rect(0, 1).center().toPoint())
    assert len(seen) == 1  # painting the same value again is no edit
    with pytest.raises(ValueError):
        g.set_image(np.zeros((5, 5)))
    with pytest.raises(ValueError):
        g.set_image(np.full((6, 6), np.nan))
    assert g.image()[0, 1] == 0.5


def test_a_small_loss_is_written_as_it_is_on_the_axis(qtbot, tab):
    import numpy as np

    page = tab.training_page
    page.show_losses(np.arange(500.0), np.linspace(0.63, 0.01, 500))  # Cross Entropy below 1
    axis = page.loss_plot.getPlotItem().getAxis("left")
    assert axis.autoSIPrefixScale == 1.0 and "x0." not in axis.labelString()
    assert axis.tickStrings([0.2, 0.4, 0.6], 1.0, 0.2) == ["0.2", "0.4", "0.6"]
