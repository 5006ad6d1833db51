"""Chapter 5's Real series view: the LSTM and the RNN on the Nile, stepped and run, their errors the core's."""

import numpy as np
import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox

from nnviz.core.rnn_lstm import real_series
from nnviz.qt.chapters.rnn_lstm.tab import RnnTab

from .helpers import click


@pytest.fixture
def tab(make_tab):
    tab = make_tab(RnnTab)
    tab.show_view("series")
    return tab


def test_the_view_opens_with_the_baseline_beside_the_decks_start(tab):
    view = tab.series_view
    assert view.content.isVisible() and view.content.objectName() == "series-page"
    text = tab.findChild(QLabel, "series-errors").text()
    data = view.data
    lstm_rmse = real_series.test_errors("lstm", real_series.start("lstm"), data).rmse
    assert "“next year = this year” 153 ·" in text and f"LSTM {lstm_rmse:.0f} ·" in text
    xs, ys = view.lines["baseline"].getData()
    assert xs.tolist() == list(range(1951, 1971))
    np.testing.assert_allclose(ys, view.flow[79:99])  # this year's flow, as next year's prediction


def test_steps_and_a_run_lower_the_error_below_the_baseline(qtbot, tab):
    view = tab.series_view
    for _ in range(5):
        click(qtbot, tab, "series-lstm-step")
    assert view.ctl["lstm"].current.number == 5
    models = tab.findChild(QComboBox, "series-model")
    models.setCurrentIndex(models.findData("rnn"))
    click(qtbot, tab, "series-rnn-run")
    qtbot.waitUntil(lambda: view.ctl["rnn"].current.number >= 150, timeout=30_000)
    click(qtbot, tab, "series-rnn-pause")
    qtbot.waitUntil(lambda: not view.ctl["rnn"].running)
    params = view.ctl["rnn"].current.params
    rmse = real_series.test_errors("rnn", params, view.data).rmse
    assert rmse < 0.9 * real_series.baseline_errors(view.data).rmse
    assert f"plain RNN {rmse:.0f}" in tab.findChild(QLabel, "series-errors").text()
    _, ys = view.lines["rnn"].getData()
    np.testing.assert_allclose(ys, view.data.unscale(real_series.predict("rnn", params, view.data.test_x)))
    gates = real_series.gates(view.ctl["lstm"].current.params, view.data.test_x)
    np.testing.assert_allclose(view.gate_lines["forget"].getData()[1], gates[:, 0])


def test_a_longer_window_starts_again(tab):
    view = tab.series_view
    view.ctl["lstm"].step()
    tab.findChild(QSpinBox, "series-window").setValue(6)
    assert view.data.train_x.shape == (74, 6) and view.ctl["lstm"].current.number == 0


def test_a_lesson_keeps_the_view_and_a_bad_one_changes_nothing(tab):
    view = tab.series_view
    assert "series" not in tab.get_state()  # as it opened
    view.ctl["rnn"].step()
    state = tab.get_state()
    assert state["view"] == "series" and state["series"]["model"] == "lstm"
    state["series"].update(window=3, model="rnn", rnn_params=[0.5, 0.1, 0.2, 1.0, 0.0])
    tab.set_state(state)
    assert view.window.value() == 3 and view.current_model() == "rnn"
    assert list(view.ctl["rnn"].current.params) == [0.5, 0.1, 0.2, 1.0, 0.0]
    before = tab.get_state()
    for bad in ({"window": 1}, {"model": "gru"}, {"lstm_params": [0.0] * 3}, {"rnn_learning_rate": 0},
                {"rnn_params": [float("inf")] * 5}):
        broken = {**before, "series": {**before["series"], **bad}}
        with pytest.raises(ValueError):
            tab.set_state(broken)
        assert tab.get_state() == before


def test_more_lstm_units_start_the_lstm_again_and_train(tab):
    view = tab.series_view
    tab.findChild(QSpinBox, "series-units").setValue(3)
    lstm = view.ctl["lstm"]
    assert len(lstm.current.params) == 4 * (9 + 6) + 4 and lstm.learning_rate == 0.003
    for _ in range(5):
        lstm.step()
    rmse = real_series.test_errors("lstm", lstm.current.params, view.data, 3).rmse
    assert f"LSTM {rmse:.0f} ·" in tab.findChild(QLabel, "series-errors").text()
    state = tab.get_state()
    assert state["series"]["lstm_units"] == 3
    tab.findChild(QSpinBox, "series-units").setValue(1)
    tab.set_state(state)
    assert view.lstm_units.value() == 3 and list(lstm.current.params) == state["series"]["lstm_params"]
