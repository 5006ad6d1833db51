"""Simple view hides the finer controls and brings them back; What to try follows the chapter."""

from PySide6.QtWidgets import QLabel, QWidget

from nnviz.qt.teacher import WHAT_TO_TRY


def visible(window, name):
    widget = window.findChild(QWidget, name)
    return widget.isVisibleTo(window)


def test_simple_view_hides_advanced_controls_and_full_view_restores_them(window):
    gd = next(i for i, t in enumerate(window.chapters) if t.key == "gradient-descent")
    window.tabs.setCurrentIndex(gd)
    tab = window.chapters[gd]
    assert tab.findChild(QWidget, "min-step-size").isVisibleTo(tab)
    window.teacher.simple_action.trigger()
    assert window.teacher.simple
    assert not tab.findChild(QWidget, "min-step-size").isVisibleTo(tab)
    assert tab.findChild(QWidget, "learning-rate").isVisibleTo(tab)  # the deck's controls stay
    assert tab.findChild(QWidget, "run").isVisibleTo(tab)
    window.teacher.simple_action.trigger()
    assert not window.teacher.simple
    assert tab.findChild(QWidget, "min-step-size").isVisibleTo(tab)


def test_full_view_does_not_show_what_a_chapter_had_hidden(window):
    tab = window.chapters[0]
    extra = QLabel("hidden by the chapter", tab)
    extra.setObjectName("seed")
    extra.hide()
    window.teacher.set_simple(True)
    window.teacher.set_simple(False)
    assert extra.isHidden()


def test_what_to_try_follows_the_current_chapter(qtbot, window):
    for index, tab in enumerate(window.chapters):
        window.tabs.setCurrentIndex(index)
        assert window.teacher.hints() == WHAT_TO_TRY[tab.key]
        assert len(window.teacher.hints()) >= 1
    window.tabs.setCurrentIndex(1)
    dialog = window.teacher.show_what_to_try()
    qtbot.addWidget(dialog)
    text = dialog.findChild(QLabel, "what-to-try-text").text()
    assert all(hint in text for hint in WHAT_TO_TRY[window.chapters[1].key])
    dialog.close()
