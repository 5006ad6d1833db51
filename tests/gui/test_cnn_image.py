"""Chapter 4 with your own picture and a bigger network: import, paste, broken files, grid size, filters."""

import numpy as np
import pytest
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QLabel, QPushButton, QSpinBox

from nnviz.core import cnn
from nnviz.core.cnn import image as cnn_image
from nnviz.core.cnn import shape as shape_
from nnviz.core.descent import StopReason
from nnviz.qt.chapters.cnn.tab import CnnTab
from nnviz.qt.widgets import picture_file
from nnviz.qt.widgets.pixel_grid import PixelGrid


@pytest.fixture
def tab(make_tab):
    return make_tab(CnnTab)


def grey_png(path, grey: np.ndarray) -> None:
    """Write a grey picture (0 black … 255 white) as a PNG, through QImage."""
    data = np.ascontiguousarray(grey.astype(np.uint8))
    h, w = data.shape
    image = QImage(data.data, w, h, w, QImage.Format.Format_Grayscale8).copy()
    assert image.save(str(path), "PNG")


def drawn_o(scale: int) -> np.ndarray:
    """The deck's O drawn in black ink on white paper, each deck pixel scale×scale."""
    return 255 - 255 * np.kron(cnn.LETTER_O, np.ones((scale, scale)))


def spin(tab, name) -> QSpinBox:
    return tab.findChild(QSpinBox, name)


def message(tab) -> str:
    return tab.findChild(QLabel, "image-message").text()


def test_import_round_trip_onto_the_decks_grid_and_a_28_grid(tab, tmp_path):
    path = tmp_path / "o.png"
    grey_png(path, drawn_o(10))  # 60×60 pixels
    assert tab.findChild(QPushButton, "import-image") is not None
    tab.set_image(cnn.BLANK)
    assert tab.picture_box.import_file(str(path))
    np.testing.assert_allclose(tab.image, cnn.LETTER_O, atol=1e-9)  # 10×10 blocks average back to the deck's O
    assert "60×60" in message(tab) and "dark ink on light paper" in message(tab)
    np.testing.assert_array_equal(tab.pipeline.cell_texts()["pooled"], ["1", "0", "0", "1"])
    spin(tab, "grid-size").setValue(28)
    assert tab.picture_box.import_file(str(path))
    expected = cnn_image.resample(np.kron(cnn.LETTER_O, np.ones((10, 10))), 28)
    np.testing.assert_allclose(tab.findChild(PixelGrid, "pixel-grid").image(), expected, atol=1e-9)
    p = tab.pipeline_result()  # the feature maps follow the new grid
    assert p.feature_maps.shape == (1, 26, 26) and p.pooled_maps.shape == (1, 13, 13)
    np.testing.assert_allclose(p.feature_map, cnn.convolve(expected, cnn.DECK_FILTER, -2), atol=1e-12)
    assert tab.pipeline.layout_key == (1, 26)


def test_broken_files_are_refused_by_name_and_the_image_stays(tab, tmp_path, monkeypatch):
    before = tab.get_state()
    text = tmp_path / "notes.png"
    text.write_text("these are not pixels\n" * 20)
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    huge = tmp_path / "huge.jpg"
    with open(huge, "wb") as f:
        f.truncate(picture_file.MAX_BYTES + 1)  # sparse: the size is checked before a byte is read
    cut = tmp_path / "cut.png"
    grey_png(cut, drawn_o(10))
    cut.write_bytes(cut.read_bytes()[:60])  # a PNG header with no picture behind it
    cases = {text: "not a picture", empty: "is empty", huge: "MB", cut: "could not be read",
             tmp_path / "missing.png": "cannot be opened"}
    for path, words in cases.items():
        assert not tab.picture_box.import_file(str(path))
        assert words in message(tab) and path.name in message(tab) and "current image stays" in message(tab)
        assert tab.get_state() == before
    monkeypatch.setattr(picture_file, "MAX_PIXELS", 100)
    monkeypatch.setattr(picture_file, "MAX_FULL_PIXELS", 100)  # PNG is decoded whole: the lower limit
    big = tmp_path / "big.png"
    grey_png(big, drawn_o(5))  # 30×30 = 900 pixels, over the lowered limit: refused from the header
    assert not tab.picture_box.import_file(str(big))
    assert "30×30 pixels" in message(tab) and tab.get_state() == before


def test_paste_a_drawing_and_an_empty_clipboard(tab):
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    tab.findChild(QPushButton, "paste-image").click()
    assert "clipboard holds no picture" in message(tab)
    np.testing.assert_array_equal(tab.image, cnn.LETTER_O)
    x = 255 - 255 * np.kron(cnn.LETTER_X, np.ones((4, 4)))
    data = np.ascontiguousarray(x.astype(np.uint8))
    clipboard.setImage(QImage(data.data, 24, 24, 24, QImage.Format.Format_Grayscale8).copy())
    tab.findChild(QPushButton, "paste-image").click()
    np.testing.assert_allclose(tab.image, cnn.LETTER_X, atol=1e-9)
    assert "the clipboard" in message(tab)
    assert tab.diagram.texts()["answer"] == "“X”"
    clipboard.clear()


def test_grid_size_and_filters_grow_the_network(tab):
    spin(tab, "filters").setValue(4)
    assert tab.shape == shape_.Shape(6, 4) and len(tab.controller.current.params) == 16 + 5 + 40
    p = tab.pipeline_result()
    assert p.feature_maps.shape == (4, 4, 4)
    np.testing.assert_array_equal(tab.network().kernels[0], cnn.DECK_FILTER)  # the first filter is kept
    assert tab.picture_box.shape_note.isVisibleTo(tab) and "seeded random" in tab.picture_box.shape_note.text()
    assert not tab.classifier_editor.fields["w1"].isVisibleTo(tab)  # 16 pooled weights: not typed
    assert tab.diagram.node_text[1].toPlainText() == "16 values"  # one node stands for the 16 pooled values
    assert tab.filter_editor.choice.count() == 4
    spin(tab, "grid-size").setValue(28)
    assert tab.findChild(PixelGrid, "pixel-grid").image().shape == (28, 28)
    assert not tab.findChild(PixelGrid, "pixel-grid").numbers_shown()  # cells too small for numbers, and said
    assert "hover one for its value" in tab.paint_hint.text()
    assert not tab.pipeline.numbers and "hover" in tab.pipeline.note.toPlainText()
    assert tab.pipeline.value_at(4.4 + 0.01, 0.01).startswith("Feature Map (filter 1), row 1, column 1:")
    assert tab.controller.learning_rate == shape_.learning_rate(tab.shape)
    tab.findChild(QPushButton, "deck-values").click()
    assert tab.shape.is_deck and not tab.picture_box.shape_note.isVisibleTo(tab)
    assert tab.diagram.texts()["hidden"] == "0.34" and tab.controller.learning_rate == 0.1


def test_state_keeps_grid_size_filters_and_image_and_old_states_load(qtbot, tab):
    old = tab.get_state()
    spin(tab, "grid-size").setValue(12)
    spin(tab, "filters").setValue(2)
    tab.conv_step()
    state = tab.get_state()
    assert state["grid_size"] == 12 and state["filters"] == 2 and len(state["image"]) == 12
    other = CnnTab()
    qtbot.addWidget(other)
    other.set_state(state)
    assert other.get_state() == state
    other.shutdown()
    for bad in ({**state, "grid_size": 40}, {**state, "filters": 0}, {**state, "grid_size": 6},
                {**state, "params": state["params"][:-1]}, {**state, "position": 100}):
        with pytest.raises(ValueError):
            tab.set_state(bad)
        assert tab.get_state() == state
    legacy = {k: v for k, v in old.items() if k not in ("grid_size", "filters")}  # written before this feature
    tab.set_state(legacy)
    assert tab.get_state() == old


def test_training_a_28_grid_with_4_filters_runs_in_the_worker(qtbot, tab):
    spin(tab, "grid-size").setValue(28)
    spin(tab, "filters").setValue(4)
    tab.pages.setCurrentIndex(3)
    tab.training_page.train_filter.setChecked(True)
    tab.panel.max_steps.field.setValue(40)
    tab.panel.max_steps.field.valueChanged.emit(40)
    start = tab.controller.current.loss
    with qtbot.waitSignal(tab.controller.stopped, timeout=20000) as blocker:
        tab.findChild(QPushButton, "run").click()
    assert blocker.args[0] is StopReason.MAX_STEPS
    qtbot.waitUntil(lambda: not tab.controller.running)
    assert tab.controller.current.loss < start
    assert "on 2 letters" in tab.training_page.summary.text() and "of 2" in tab.training_page.summary.text()


def test_each_filter_is_edited_on_its_own_and_steps_cover_the_big_map(qtbot, tab):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QComboBox

    from nnviz.qt.widgets.number_field import NumberField

    spin(tab, "filters").setValue(2)
    tab.findChild(QComboBox, "filter-shown").setCurrentIndex(1)
    assert tab.findChild(NumberField, "filter-1-1").value() == 1  # the second filter: the other diagonal
    field = tab.findChild(NumberField, "filter-2-3")
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "0.5")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    kernels = tab.network().kernels
    assert kernels[1][1, 2] == 0.5 and kernels[0][1, 2] == 0  # only the filter shown changed
    np.testing.assert_allclose(tab.pipeline_result().feature_maps[1], cnn.convolve(tab.image, kernels[1], -2))
    spin(tab, "grid-size").setValue(28)
    tab.conv_step()
    tab.conv_step()
    assert tab.findChild(PixelGrid, "pixel-grid").window() == (0, 1, 3)
    lines = tab.step_page.conv_ledger.lines()
    assert "Window 2 of 676" in lines[0] and any(line.startswith("Filter 2:") for line in lines)
    assert texts_filled(tab) == 2


def texts_filled(tab) -> int:
    return tab.pipeline.filled


def test_a_grown_state_survives_a_lesson_file(qtbot, tab, tmp_path):
    from nnviz.core import lesson

    path = tmp_path / "drawing.png"
    grey_png(path, drawn_o(9))
    spin(tab, "grid-size").setValue(28)
    spin(tab, "filters").setValue(3)
    assert tab.picture_box.import_file(str(path))
    state = tab.get_state()
    text = lesson.dumps(lesson.Lesson(chapters={"cnn": state}, current="cnn"))
    other = CnnTab()
    qtbot.addWidget(other)
    other.set_state(lesson.loads(text).chapters["cnn"])
    assert other.get_state() == state
    np.testing.assert_array_equal(other.findChild(PixelGrid, "pixel-grid").image(), tab.image)
    other.shutdown()
