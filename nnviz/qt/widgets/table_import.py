"""Import data… / Export data… for a chapter: read a CSV table, preview what was read, then replace the data."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, NamedTuple

import numpy as np
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel,
                               QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from nnviz.core.numbers import fmt
from nnviz.core.table import Table, TableError, write
from nnviz.qt.lesson_io import write_atomically

PREVIEW_ROWS = 8  # rows shown in the preview (the first ones, then the last)
ERROR, OK = "#B00020", "#004D40"
FILTER = "Tables (*.csv *.txt *.tsv);;All files (*)"


class Prepared(NamedTuple):
    """What an import would put into the chapter: named columns (already scaled), with notes for the preview."""

    names: tuple[str, ...]
    columns: tuple[np.ndarray, ...]
    notes: tuple[str, ...] = ()


def _cell(value: float) -> QTableWidgetItem:
    item = QTableWidgetItem(fmt(float(value), 4))
    item.setToolTip(repr(float(value)))
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    return item


class ImportPreview(QDialog):
    """Shows what was read (first rows, count, unreadable rows by line) before anything is replaced."""

    def __init__(self, name: str, table: Table, prepared: Prepared, *, choose: bool = False, parent=None):
        super().__init__(parent)
        self.setObjectName("import-preview")
        self.setWindowTitle(f"Import data: {name}")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.prepared = prepared
        layout = QVBoxLayout(self)
        sep = {",": "comma", ";": "semicolon", "\t": "tab"}[table.separator]
        rows = len(prepared.columns[0]) if prepared.columns else 0
        summary = QLabel(f"Read <b>{rows:,} row{'s' if rows != 1 else ''}</b> × {len(prepared.columns)} column"
                         f"{'s' if len(prepared.columns) != 1 else ''} ({', '.join(prepared.names)}) from <b>{name}</b>"
                         f"<br>separated by {sep}s, decimal {'comma' if table.decimal_comma else 'point'}, "
                         f"{'with a header line' if table.header else 'no header line'}.")
        summary.setObjectName("import-summary")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.column = None
        if choose and len(prepared.names) > 1:
            row = QHBoxLayout()
            row.addWidget(QLabel("Column to import"))
            self.column = QComboBox()
            self.column.setObjectName("import-column")
            self.column.setToolTip("The file has one column per company: choose the one to import")
            for i, n in enumerate(prepared.names):
                self.column.addItem(f"{n} ({len(prepared.columns[i]):,} values)", i)
            row.addWidget(self.column, 1)
            layout.addLayout(row)
        self.rows = QTableWidget()
        self.rows.setObjectName("import-rows")
        self._fill(prepared)
        layout.addWidget(self.rows, 1)
        for note in prepared.notes:
            label = QLabel(note)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.skipped = QLabel()
        self.skipped.setObjectName("import-skipped")
        self.skipped.setWordWrap(True)
        layout.addWidget(self.skipped)
        if table.skipped_count:
            self.skipped.setText(f"<span style='color:{ERROR}'><b>{table.skipped_count:,} row"
                                 f"{'s' if table.skipped_count > 1 else ''} could not be read</b> and will be left "
                                 "out:</span>")
            listing = QPlainTextEdit("\n".join(f"Line {n}: {reason}" for n, reason in table.skipped)
                                     + (f"\n… and {table.skipped_count - len(table.skipped):,} more"
                                        if table.skipped_count > len(table.skipped) else ""))
            listing.setObjectName("import-skipped-list")
            listing.setReadOnly(True)
            listing.setMaximumHeight(110)
            layout.addWidget(listing)
        else:
            self.skipped.setText("Every row could be read.")
        layout.addWidget(QLabel("<b>Import</b> replaces the current data; <b>Cancel</b> keeps it."))
        buttons = QDialogButtonBox()
        accept = buttons.addButton("Import", QDialogButtonBox.ButtonRole.AcceptRole)
        accept.setObjectName("import-accept")
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("import-cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def _fill(self, prepared: Prepared) -> None:
        n = len(prepared.columns[0]) if prepared.columns else 0
        shown = list(range(n)) if n <= PREVIEW_ROWS + 1 else list(range(PREVIEW_ROWS)) + [None, n - 1]
        self.rows.setColumnCount(len(prepared.names))
        self.rows.setHorizontalHeaderLabels(list(prepared.names))
        self.rows.setRowCount(len(shown))
        self.rows.setVerticalHeaderLabels(["…" if i is None else str(i + 1) for i in shown])
        for r, i in enumerate(shown):
            for c, column in enumerate(prepared.columns):
                if i is None:
                    self.rows.setItem(r, c, QTableWidgetItem("…"))
                elif i < len(column):
                    self.rows.setItem(r, c, _cell(column[i]))

    def choice(self) -> int:
        """The column chosen (0 when there is no choice)."""
        return int(self.column.currentData()) if self.column is not None else 0


class TableIO(QObject):
    """The two buttons and a message line; reading goes through `read` and `prepare`, replacing through `apply`."""

    changed = Signal()  # the chapter's data was replaced by an imported table (undo listens)

    def __init__(self, parent: QWidget, *, read: Callable[[Path], Table], prepare: Callable[[Table], Prepared],
                 apply: Callable[[Prepared, int], None], export: Callable[[], tuple], what: str = "data",
                 choose: bool = False, tip: str = "", back: str = "The deck's button brings the deck's example back."):
        super().__init__(parent)
        self.parent_widget, self.read, self.prepare, self.apply, self.export = parent, read, prepare, apply, export
        self.choose, self.what, self.back = choose, what, back
        self.widget = QWidget()
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.import_button = QPushButton("Import data…")
        self.import_button.setObjectName("import-data")
        self.import_button.setToolTip(tip or f"Read the {what} from a CSV table (a preview shows what was read first)")
        self.import_button.clicked.connect(self._on_import_clicked)
        self.export_button = QPushButton("Export data…")
        self.export_button.setObjectName("export-data")
        self.export_button.setToolTip(f"Write the {what} to a CSV table (a header line, then one row per line)")
        self.export_button.clicked.connect(self._on_export_clicked)
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setObjectName("import-message")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.preview: ImportPreview | None = None

    def say(self, text: str, error: bool = False) -> None:
        self.message.setText(f"<span style='color:{ERROR if error else OK}'>{text}</span>")
        self.message.setVisible(bool(text))

    def _on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.parent_widget, f"Import {self.what}", "", FILTER)
        if path:
            self.import_file(path)

    def _on_export_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.parent_widget, f"Export {self.what}", "data.csv", FILTER)
        if path:
            self.export_file(path)

    def import_file(self, path) -> ImportPreview | None:
        """Read `path` and open the preview (None, with a message, if the file cannot be used)."""
        path = Path(path)
        try:
            table = self.read(path)
            prepared = self.prepare(table)
        except TableError as error:
            self.say(f"Could not import {path.name}: {error}. Nothing was replaced.", error=True)
            return None
        self.say("")
        self.preview = ImportPreview(path.name, table, prepared, choose=self.choose, parent=self.parent_widget)
        self.preview.setWindowModality(Qt.WindowModality.WindowModal)
        self.preview.accepted.connect(self._on_accepted)
        self.preview.rejected.connect(self._on_rejected)
        self.preview.destroyed.connect(self._on_preview_gone)
        self.preview.open()
        return self.preview

    def _on_preview_gone(self) -> None:
        self.preview = None

    def _on_accepted(self) -> None:
        dialog = self.sender()
        prepared, choice = dialog.prepared, dialog.choice()
        self.apply(prepared, choice)
        rows = len(prepared.columns[choice])
        notes = " ".join(n for n in prepared.notes if "column" not in n)
        self.say(f"Imported {rows:,} row{'s' if rows != 1 else ''} from {dialog.windowTitle().split(': ', 1)[-1]}. "
                 f"{notes} {self.back}")
        self.changed.emit()

    def _on_rejected(self) -> None:
        self.say(f"Import cancelled: the current {self.what} is unchanged.")

    def export_file(self, path) -> bool:
        """Write the chapter's data to `path` as CSV (atomically); False, with a message, on failure."""
        path = Path(path)
        names, columns = self.export()
        try:
            write_atomically(path, write(names, columns))
        except OSError as error:
            self.say(f"Could not write {path.name}: {error}", error=True)
            return False
        self.say(f"Exported {len(columns[0]):,} rows to {path.name}.")
        return True
