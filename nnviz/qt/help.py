"""Help › Keyboard shortcuts (every shortcut of the window, gathered from its actions) and the About box (versions,
licence, where the settings and the log are, About Qt)."""

from __future__ import annotations

import html
import platform

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from nnviz import COURSE, __version__
from nnviz.qt import crash


def shortcut_rows(window) -> list[tuple[str, str]]:
    """(what it does, keys) for every action of the window with a shortcut, plus the guided-mode keys."""
    rows = []
    seen = set()
    for action in window.findChildren(QAction):
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
        name = action.text().replace("&", "").rstrip("…").strip()
        if keys and name and (name, tuple(keys)) not in seen:
            seen.add((name, tuple(keys)))
            rows.append((name, QCoreApplication.translate("Help", " or ").join(keys)))
    rows.append(
        (
            QCoreApplication.translate("Help", "Guided mode: next step"),
            QCoreApplication.translate("Help", "Page Down, Right or Space"),
        )
    )
    rows.append(
        (
            QCoreApplication.translate("Help", "Guided mode: previous step"),
            QCoreApplication.translate("Help", "Page Up or Left"),
        )
    )
    rows.append(
        (
            QCoreApplication.translate("Help", "Move between controls"),
            QCoreApplication.translate("Help", "Tab and Shift+Tab"),
        )
    )
    return rows


class ShortcutsDialog(QDialog):
    """A two-column table of every shortcut."""

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("shortcuts-dialog")
        self.setWindowTitle(QCoreApplication.translate("Help", "Keyboard shortcuts"))
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcuts")
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("Help", "Action"), QCoreApplication.translate("Help", "Keys")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for i, (name, keys) in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(name))
            self.table.setItem(i, 1, QTableWidgetItem(keys))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 560)


def versions() -> dict[str, str]:
    """The version of nnviz and of what it runs on, as the About box shows them."""
    import numpy
    import pyqtgraph
    import PySide6
    from PySide6.QtCore import qVersion

    return {"nnviz": __version__, "Qt": qVersion(), "PySide6": PySide6.__version__,
            "Python": platform.python_version(), "NumPy": numpy.__version__, "pyqtgraph": pyqtgraph.__version__}


def about_text() -> str:
    """The About box's rich text; every path and version in it is escaped (a folder name may hold markup)."""
    from nnviz.qt.settings import settings

    v = {name: html.escape(value) for name, value in versions().items()}
    return (
        f"<h3>nnviz {v['nnviz']}</h3>"
        + QCoreApplication.translate(
            "Help",
            "<p>The course <i>%1</i>, one live tab per chapter: every number editable, every formula "
            "shown with its values.</p>",
        ).replace("%1", html.escape(COURSE))
        + QCoreApplication.translate("Help", "<p>Free software under the MIT licence.</p>")
        + "<p>" + ", ".join(f"{name} {value}" for name, value in v.items() if name != "nnviz")  # names: no translation
        + "</p><p>"
        + QCoreApplication.translate("Help", "Settings: %1").replace(
            "%1", f"<code>{html.escape(settings().fileName())}</code>")
        + "<br>"
        + QCoreApplication.translate("Help", "Log file (send it with a report of a problem): %1").replace(
            "%1", f"<code>{html.escape(str(crash.current_log() or crash.log_path()))}</code>")
        + "</p>"
    )


class AboutDialog(QDialog):
    """nnviz's version, licence and course, the versions below it, where its files are; Close and About Qt."""

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("about")
        self.setWindowTitle(QCoreApplication.translate("Help", "About nnviz"))
        self.text = QLabel(about_text())
        self.text.setObjectName("about-text")
        self.text.setTextFormat(Qt.TextFormat.RichText)  # built by about_text, every outside part escaped
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # paths can be copied
        self.text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.about_qt = buttons.addButton(QCoreApplication.translate("Help", "About &Qt"),
                                          QDialogButtonBox.ButtonRole.ActionRole)
        self.about_qt.setObjectName("about-qt")
        self.about_qt.clicked.connect(QApplication.aboutQt)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())


def show_about(window) -> AboutDialog:
    dialog = AboutDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
