"""Import data… / Export data… in chapters 1, 2, 3 and 5: the preview, Import, Cancel, broken files, large data."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QPlainTextEdit, QPushButton, QTableWidget

from nnviz.core import lesson, table
from nnviz.core import regression as reg
from nnviz.core.why_how import dosage, wide
from nnviz.qt.chapters.backpropagation.tab import BackpropagationTab
from nnviz.qt.chapters.gradient_descent.tab import GradientDescentTab
from nnviz.qt.chapters.rnn_lstm.tab import RnnTab
from nnviz.qt.chapters.why_how.tab import WhyHowTab
from nnviz.qt.widgets.data_points import SHOW_LIMIT


@pytest.fixture
def make(make_tab):
    return make_tab


def preview_of(io) -> QDialog:
    dialog = io.preview
    assert dialog is not None and dialog.isVisible() and dialog.objectName() == "import-preview"
    return dialog


def press(qtbot, dialog, name):
    qtbot.mouseClick(dialog.findChild(QPushButton, name), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def message(io) -> str:
    return io.message.text()


def test_chapter_2_import_replaces_data_plot_ssr_and_ledger(make, qtbot, tmp_path):
    tab = make(GradientDescentTab)
    path = tmp_path / "class.csv"
    path.write_text("Hours;Score\n1;2,5\n2;3\n3;abc\n\n4;5,5\n5;6\n6;nan\n")
    dialog = tab.table_io.import_file(path)
    assert preview_of(tab.table_io) is dialog
    assert "4 rows" in dialog.findChild(QLabel, "import-summary").text()
    assert "semicolon" in dialog.findChild(QLabel, "import-summary").text()
    rows = dialog.findChild(QTableWidget, "import-rows")
    assert rows.rowCount() == 4 and rows.item(0, 1).text() == "2.5"
    listing = dialog.findChild(QPlainTextEdit, "import-skipped-list").toPlainText()
    assert "Line 4: “abc” is not a number" in listing and "Line 8" in listing
    assert tab.points.points()[0].tolist() == list(reg.DECK_X)  # nothing replaced before Import
    press(qtbot, dialog, "import-accept")
    x, y = tab.points.points()
    assert x.tolist() == [1, 2, 4, 5] and y.tolist() == [2.5, 3, 5.5, 6]
    shown_x, shown_y = tab.points.scatter.getData()
    assert shown_x.tolist() == [1, 2, 4, 5] and shown_y.tolist() == [2.5, 3, 5.5, 6]
    assert tab.controller.current.loss == pytest.approx(reg.ssr(0.0, reg.DECK_SLOPE, x, y))
    (x0, x1), (y0, y1) = tab.data_plot.getPlotItem().getViewBox().viewRange()
    assert x0 < 1 and x1 > 5 and y0 < 2.5 and y1 > 6  # the axes follow the new data
    ledger = " ".join(label.text() for label in tab.ledger._labels)
    assert "(4 terms)" in ledger
    assert "Imported 4 rows from class.csv" in message(tab.table_io)
    tab.deck_button.click()  # the deck's example comes back
    assert tab.points.points()[0].tolist() == list(reg.DECK_X)


def test_cancel_changes_nothing(make, qtbot, tmp_path):
    tab = make(GradientDescentTab)
    before = tab.get_state()
    path = tmp_path / "data.csv"
    path.write_text("x,y\n0,0\n1,1\n2,2\n")
    dialog = tab.table_io.import_file(path)
    press(qtbot, preview_of(tab.table_io), "import-cancel")
    assert tab.get_state() == before
    assert "unchanged" in message(tab.table_io)
    qtbot.waitUntil(lambda: tab.table_io.preview is None)  # the dialog is deleted, not kept hidden
    del dialog


@pytest.mark.parametrize("kind, expected", [
    ("empty", "is empty"),
    ("text", "no row of numbers could be read"),
    ("huge", "is 200 MB: data files can be at most 20 MB"),
    ("image", "is a PNG image, not a table"),
    ("rows", "at most 100,000 rows can be read"),
])
def test_broken_files_leave_the_data_and_say_why(make, tmp_path, kind, expected):
    tab = make(GradientDescentTab)
    before = tab.get_state()
    path = tmp_path / "data.csv"
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "text":
        path.write_text("Dosage,Efficacy\nlow,none\nhigh,some\n")
    elif kind == "huge":
        with path.open("wb") as f:
            f.truncate(200 * 2**20)
    elif kind == "image":
        path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10")
    else:  # more rows than chapter 2 takes, refused before the numbers are read
        path.write_text("1,2\n" * 100_001)
    assert tab.table_io.import_file(path) is None
    assert tab.table_io.preview is None
    text = message(tab.table_io)
    assert expected in text and "Nothing was replaced" in text
    assert tab.get_state() == before


def test_export_then_import_round_trip(make, qtbot, tmp_path):
    tab = make(GradientDescentTab)
    x, y = np.array([0.1, 0.25, 1 / 3, 7.0]), np.array([-1e-5, 2.0, 1 / 7, 3.5])
    tab.points.set_points(x, y)
    tab._on_data_changed()
    path = tmp_path / "out.csv"
    assert tab.table_io.export_file(path)
    tab.deck_button.click()
    press(qtbot, tab.table_io.import_file(path), "import-accept")
    got_x, got_y = tab.points.points()
    assert np.array_equal(got_x, x) and np.array_equal(got_y, y)


def test_chapter_1_scales_dosage_like_the_deck(make, qtbot, tmp_path):
    tab = make(WhyHowTab)
    path = tmp_path / "mg.csv"
    path.write_text("Dosage (mg),Efficacy\n10,0\n45,1\n80,0\n27.5,0.5\n")
    dialog = tab.table_io.import_file(path)
    notes = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Dosage scaled from 10…80 to 0…1" in notes
    press(qtbot, dialog, "import-accept")
    x, y = tab.data()
    assert x.tolist() == [0.0, 0.5, 1.0, 0.25] and y.tolist() == [0, 1, 0, 0.5]
    assert tab.squiggle.items["data"].getData()[0].tolist() == [0.0, 0.5, 1.0, 0.25]
    title = tab.comparison.plot.getPlotItem().titleLabel.text
    intercept, slope = reg.least_squares(x, y)
    assert f"{reg.ssr(intercept, slope, x, y):.3f}" in title  # the line's SSR follows the new data
    state = tab.get_state()
    other = make(WhyHowTab)
    other.set_state(state)
    assert other.data()[0].tolist() == x.tolist()
    tab.reset_data.click()
    assert tab.data()[0].tolist() == list(dosage.DECK_DOSE)


def test_chapter_3_trains_on_the_imported_data(make, qtbot, tmp_path):
    tab = make(BackpropagationTab)
    path = tmp_path / "dose.csv"
    path.write_text("0;0\n0,25;0,5\n0,5;1\n0,75;0,5\n1;0\n")
    press(qtbot, tab.table_io.import_file(path), "import-accept")
    assert tab._dose.tolist() == [0, 0.25, 0.5, 0.75, 1] and tab._efficacy.tolist() == [0, 0.5, 1, 0.5, 0]
    p = tab.params()
    assert tab.controller.current.loss == pytest.approx(dosage.ssr(wide.to_deck(p), tab._dose, tab._efficacy))
    assert "5 terms" in tab.ledger.summed.text() or tab.ledger.table.rowCount() == 5
    tab.controller.step()
    assert tab.controller.current.number == 1
    tab.deck_button.click()
    assert tab._dose.tolist() == list(dosage.DECK_DOSE)


def test_100k_points_stay_live_and_are_saved(make, qtbot, tmp_path):
    tab = make(GradientDescentTab)
    rng = np.random.default_rng(0)
    x = np.round(rng.uniform(0, 10, 100_000), 3)
    y = np.round(0.64 * x + 1 + rng.normal(0, 0.5, 100_000), 3)
    path = tmp_path / "big.csv"
    path.write_text(table.write(("x", "y"), (x, y)))
    press(qtbot, tab.table_io.import_file(path), "import-accept")
    assert len(tab.points.scatter.getData()[0]) == SHOW_LIMIT  # a thinned copy is drawn
    assert not tab.points.editable()
    refused = []
    tab.points.message.connect(refused.append)
    tab.points.add(1.0, 1.0)
    assert len(tab.points.points()[0]) == 100_000 and "fixed" in refused[0]
    assert "cannot be dragged" in message(tab.table_io)
    assert tab.controller.learning_rate == pytest.approx(3e-6)  # 0.3 × 1/n, rounded down: no overshooting
    assert "Learning Rate 0.000003" in tab.panel.status.text()
    losses = []
    for _ in range(5):
        tab.controller.step()
        losses.append(tab.controller.current.loss)
        assert tab.controller.current.loss == pytest.approx(reg.ssr(tab.controller.current.params[0], 0.64, x, y))
    assert losses == sorted(losses, reverse=True)
    state = tab.get_state()
    text = lesson.dumps(lesson.Lesson(chapters={"gradient-descent": state}, current="gradient-descent"))
    assert len(text.encode()) < lesson.MAX_BYTES  # 100,000 points of 3 decimals fit in a lesson file
    other = make(GradientDescentTab)
    other.set_state(lesson.loads(text).chapters["gradient-descent"])
    assert np.array_equal(other.points.points()[0], x)


def test_chapter_5_rnn_takes_1000_days(make, qtbot, tmp_path):
    tab = make(RnnTab)
    days = np.round(np.abs(np.sin(np.arange(1000) / 30)), 3)
    path = tmp_path / "stock.csv"
    path.write_text("Price\n" + "\n".join(str(v) for v in days) + "\n")
    io = tab.rnn_view.table_io
    press(qtbot, io.import_file(path), "import-accept")
    assert tab.rnn_view.sequence.values() == tuple(days.tolist())
    assert "showing the last 6 of 1,000 days" in tab.rnn_view.unrolled_box.title()
    ledger = [label.text() for label in tab.rnn_view.ledger._labels if label.isVisible()]
    assert any(line == "…" for line in ledger) and any("Prediction for tomorrow" in line for line in ledger)
    tab.gradient_view.set_values(0.9, 1000)
    assert len(tab.gradient_view.bptt_values) == 1001
    state = tab.get_state()
    other = make(RnnTab)
    other.set_state(state)
    assert other.rnn_view.sequence.values() == tuple(days.tolist())


def test_chapter_5_lstm_one_column_per_company(make, qtbot, tmp_path):
    tab = make(RnnTab)
    tab.show_view("lstm")
    path = tmp_path / "companies.csv"
    path.write_text("A;B\n0;1\n0,5;0,5\n0,25;0,25\n1;1\n")
    dialog = tab.lstm_view.table_io.import_file(path)
    column = dialog.findChild(QComboBox, "import-column")
    column.setCurrentIndex(1)
    press(qtbot, dialog, "import-accept")
    lv = tab.lstm_view
    assert lv.company_key() == "custom" and lv.sequence.values() == (1.0, 0.5, 0.25, 1.0)
    lv.set_day(4)
    assert lv.days[-1].short_term == pytest.approx(0.9, abs=0.1)  # Company B's days: about 1 (the deck)
    long = tmp_path / "long.csv"
    long.write_text("\n".join(["0.5"] * 1000))
    press(qtbot, lv.table_io.import_file(long), "import-accept")
    assert len(lv.days) == 1000 and lv.day_label.text() == "Day 1 of 1000"
    assert lv.sequence.label.text() == "Days 1…1,000 (stock values)"


def test_an_import_is_one_undo_step(window, qtbot, tmp_path):
    index = next(i for i, tab in enumerate(window.chapters) if isinstance(tab, GradientDescentTab))
    window.tabs.setCurrentIndex(index)
    tab = window.chapters[index]
    path = tmp_path / "data.csv"
    path.write_text("x,y\n0,1\n1,2\n2,2.5\n3,4\n")
    press(qtbot, tab.table_io.import_file(path), "import-accept")
    assert tab.points.points()[0].tolist() == [0, 1, 2, 3]
    window.undo.undo()
    assert tab.points.points()[0].tolist() == list(reg.DECK_X)
    window.undo.redo()
    assert tab.points.points()[0].tolist() == [0, 1, 2, 3]


def test_chapter_5_refuses_long_or_huge_sequences(make, tmp_path):
    tab = make(RnnTab)
    before = tab.get_state()
    io = tab.rnn_view.table_io
    path = tmp_path / "days.csv"
    path.write_text("\n".join(["0.5"] * 1001))
    assert io.import_file(path) is None and "at most 1,000 rows" in message(io)
    path.write_text("Price\n120\n130\n")
    assert io.import_file(path) is None and "Price go beyond ±100: scale them first" in message(io)
    assert tab.get_state() == before


def test_chapter_5_trains_both_networks_on_an_imported_series(make, qtbot, tmp_path):
    from nnviz.core.rnn_lstm import lstm as lstm_core
    from nnviz.core.rnn_lstm.series import windows
    from nnviz.qt.chapters.rnn_lstm.tab import RnnTab

    tab = make(RnnTab)
    tab.show_view("training")
    view = tab.training_view
    days = [round(0.5 + 0.4 * np.sin(i / 3), 3) for i in range(60)]
    path = tmp_path / "series.csv"
    path.write_text("value\n" + "\n".join(str(d) for d in days) + "\n")
    press(qtbot, view.table_io.import_file(path), "import-accept")
    assert view.series == days
    sequences, targets = windows(days)
    assert view.lstm.current.loss == pytest.approx(
        lstm_core.ssr(lstm_core.LSTMParams.from_array(view.lstm.current.params), sequences, targets))
    assert "60 days" in view.data_label.text() and "56 pairs" in view.data_label.text()
    view.lstm.step()
    assert view.lstm.current.number == 1 and view.lstm.current.loss < view.lstm.history[0].loss
    state = tab.get_state()
    assert state["training"]["series"] == days
    view.use_deck()
    assert view.series is None and "Company A and B" in view.data_label.text()
    tab.set_state(state)
    assert view.series == days
    with pytest.raises(ValueError):
        tab.set_state(dict(state, training=dict(state["training"], series=[1.0, 2.0])))
    assert view.series == days
