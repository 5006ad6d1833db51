"""Help › About nnviz: versions, licence, course, where the settings and the log file are, About Qt."""

from __future__ import annotations

import html
import platform

import numpy
import pyqtgraph
import PySide6
import pytest
from PySide6.QtCore import QStandardPaths, Qt, qVersion
from PySide6.QtWidgets import QApplication, QPushButton

from nnviz import __version__
from nnviz.qt import paths
from nnviz.qt.help import AboutDialog, about_text, versions


@pytest.fixture
def app(qapp):
    from nnviz.app import make_application

    return make_application()


def test_the_log_file_is_in_the_application_s_local_data_folder(app):
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    assert paths.log_path() == paths.data_dir() / "nnviz.log"
    assert str(paths.data_dir()) == folder and folder.endswith("nnviz")


def test_the_about_text_names_every_version_the_licence_the_course_and_both_files(app):
    from nnviz.qt.settings import settings

    assert versions() == {"nnviz": __version__, "Qt": qVersion(), "PySide6": PySide6.__version__,
                          "Python": platform.python_version(), "NumPy": numpy.__version__,
                          "pyqtgraph": pyqtgraph.__version__}
    text = about_text()
    assert f"nnviz {__version__}" in text
    for name in ("Qt", "PySide6", "Python", "NumPy", "pyqtgraph"):
        assert f"{name} {versions()[name]}" in text
    assert "MIT" in text and "Introduction to Neural Networks" in text
    assert html.escape(settings().fileName()) in text
    assert html.escape(str(paths.log_path())) in text


def test_a_path_with_markup_is_shown_as_text_not_read_as_html(app, monkeypatch):
    hostile = '/home/<img src="/dev/zero">&<b>x</b>/nnviz.log'
    monkeypatch.setattr(paths, "log_path", lambda: hostile)
    text = about_text()
    assert "<img" not in text and "<b>x" not in text
    assert html.escape(hostile) in text


def test_the_dialog_shows_the_text_and_its_about_qt_button_opens_qt_s_box(app, qtbot, monkeypatch):
    from PySide6.QtGui import QAction

    from nnviz.qt.main_window import MainWindow

    calls = []
    monkeypatch.setattr(QApplication, "aboutQt", lambda: calls.append("about-qt"))
    window = MainWindow(restore=False)
    qtbot.addWidget(window)
    try:
        dialog = AboutDialog(window)
        qtbot.addWidget(dialog)
        assert dialog.objectName() == "about"
        assert dialog.text.textFormat() == Qt.TextFormat.RichText and dialog.text.text() == about_text()
        dialog.open()
        button = dialog.findChild(QPushButton, "about-qt")
        assert button is dialog.about_qt
        button.click()
        assert calls == ["about-qt"]
        assert dialog.isVisible()  # About Qt opens beside it; the About box stays open
        actions = {a.objectName(): a for a in window.findChildren(QAction)}
        actions["about-qt-action"].trigger()
        assert calls == ["about-qt", "about-qt"]
        dialog.close()
    finally:
        window.shutdown()


def test_the_french_about_box(app):
    from nnviz.qt import i18n

    try:
        i18n.install("fr")
        text = about_text()
    finally:
        i18n.install("en")
    assert "Logiciel libre sous licence MIT" in text
