"""Help › Keyboard shortcuts (every shortcut of the window, gathered from its actions) and the About box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from nnviz import COURSE, __version__
from nnviz.qt import crash
from nnviz.qt.plain import escape


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


def about_text() -> str:
    return (
        f"<h3>nnviz {__version__}</h3>"
        + QCoreApplication.translate(
            "Help",
            "<p>The course <i>%1</i>, one live tab per chapter: every number editable, every formula "
            "shown with its values.</p>",
        ).replace("%1", COURSE)
        + QCoreApplication.translate("Help", "<p>Free software under the MIT licence.</p>")
        + "<p>" + escape(QCoreApplication.translate("Help", "Log file (send it with a report of a problem): %1")
                         .replace("%1", str(crash.current_log() or crash.log_path()))) + "</p>"
    )


def show_about(window) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information, QCoreApplication.translate("Help", "About nnviz"), about_text(), parent=window
    )
    box.setObjectName("about")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.open()
