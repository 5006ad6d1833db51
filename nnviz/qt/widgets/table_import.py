"""Import data… / Export data… for a chapter: read a CSV table, preview what was read, then replace the data."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Callable, NamedTuple

import numpy as np
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nnviz.core.files import write_atomically
from nnviz.core.table import Table, TableError, write
from nnviz.qt.file_dialogs import file_error, save_path
from nnviz.qt.i18n import fill, grouped, localize, number, translate
from nnviz.qt.widgets.table_messages import table_message

PREVIEW_ROWS = 8  # rows shown in the preview (the first ones, then the last)
ERROR, OK = "#B00020", "#004D40"


def file_filter() -> str:
    """The file dialogs' filter, in the interface language."""
    return translate("table_import", "Tables (*.csv *.txt *.tsv);;All files (*)")


def _count(n: int, one: str, many: str) -> str:
    """`one` (already translated) when n is 1, else `many` (translated, %1 = n with the language's grouping)."""
    return one if n == 1 else fill(many, grouped(n))


class Prepared(NamedTuple):
    """What an import would put into the chapter: named columns (already scaled), with notes for the preview."""

    names: tuple[str, ...]
    columns: tuple[np.ndarray, ...]
    notes: tuple[str, ...] = ()  # shown in the preview and after the import (in the interface language)
    preview_notes: tuple[str, ...] = ()  # shown in the preview only (e.g. "choose the column to import")


def _cell(value: float) -> QTableWidgetItem:
    item = QTableWidgetItem(number(float(value), 4))
    item.setToolTip(localize(repr(float(value))))
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    return item


class ImportPreview(QDialog):
    """Shows what was read (first rows, count, unreadable rows by line) before anything is replaced."""

    def __init__(self, name: str, table: Table, prepared: Prepared, *, choose: bool = False, parent=None):
        super().__init__(parent)
        self.setObjectName("import-preview")
        self.setWindowTitle(fill(translate("table_import", "Import data: %1"), name))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.file_name = name
        self.prepared = prepared
        layout = QVBoxLayout(self)
        sep = {",": translate("table_import", "separated by commas"),
               ";": translate("table_import", "separated by semicolons"),
               "\t": translate("table_import", "separated by tabs")}[table.separator]
        rows = len(prepared.columns[0]) if prepared.columns else 0
        summary = QLabel(
            fill(
                translate("table_import", "Read <b>%1</b> × %2 (%3) from <b>%4</b><br>%5, %6, %7."),
                _count(rows, translate("table_import", "1 row"), translate("table_import", "%1 rows")),
                _count(
                    len(prepared.columns),
                    translate("table_import", "1 column"),
                    translate("table_import", "%1 columns"),
                ),
                escape(", ".join(prepared.names)),  # from the file: shown as text, never as markup
                escape(name),
                sep,
                translate("table_import", "decimal comma")
                if table.decimal_comma
                else translate("table_import", "decimal point"),
                translate("table_import", "with a header line")
                if table.header
                else translate("table_import", "no header line"),
            )
        )
        summary.setTextFormat(Qt.TextFormat.RichText)
        summary.setObjectName("import-summary")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.column = None
        if choose and len(prepared.names) > 1:
            row = QHBoxLayout()
            row.addWidget(QLabel(translate("table_import", "Column to import")))
            self.column = QComboBox()
            self.column.setObjectName("import-column")
            self.column.setToolTip(
                translate("table_import", "The file has one column per company: choose the one to import")
            )
            for i, n in enumerate(prepared.names):
                self.column.addItem(
                    fill(translate("table_import", "%1 (%2 values)"), n, grouped(len(prepared.columns[i]))), i
                )
            row.addWidget(self.column, 1)
            layout.addLayout(row)
        self.rows = QTableWidget()
        self.rows.setObjectName("import-rows")
        self._fill(prepared)
        layout.addWidget(self.rows, 1)
        for note in prepared.notes + prepared.preview_notes:
            label = QLabel(note)
            label.setTextFormat(Qt.TextFormat.PlainText)  # notes may quote the file's column names
            label.setWordWrap(True)
            layout.addWidget(label)
        self.skipped = QLabel()
        self.skipped.setObjectName("import-skipped")
        self.skipped.setWordWrap(True)
        layout.addWidget(self.skipped)
        if table.skipped_count:
            left_out = _count(table.skipped_count,
                              translate("table_import", "<b>1 row could not be read</b> and will be left out:"),
                              translate("table_import", "<b>%1 rows could not be read</b> and will be left out:"))
            self.skipped.setText(f"<span style='color:{ERROR}'>{left_out}</span>")
            more = table.skipped_count - len(table.skipped)
            listing = QPlainTextEdit("\n".join(fill(translate("table_import", "Line %1: %2"), n, table_message(reason))
                                               for n, reason in table.skipped)
                                     + ("\n" + fill(translate("table_import", "… and %1 more"), grouped(more))
                                        if more > 0 else ""))
            listing.setObjectName("import-skipped-list")
            listing.setReadOnly(True)
            listing.setMaximumHeight(110)
            layout.addWidget(listing)
        else:
            self.skipped.setText(translate("table_import", "Every row could be read."))
        layout.addWidget(
            QLabel(translate("table_import", "<b>Import</b> replaces the current data; <b>Cancel</b> keeps it."))
        )
        buttons = QDialogButtonBox()
        accept = buttons.addButton(translate("table_import", "Import"), QDialogButtonBox.ButtonRole.AcceptRole)
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
        self.import_button = QPushButton(translate("table_import", "Import data…"))
        self.import_button.setObjectName("import-data")
        self.import_button.setToolTip(
            tip
            or fill(
                translate("table_import", "Read the %1 from a CSV table (a preview shows what was read first)"), what
            )
        )
        self.import_button.clicked.connect(self._on_import_clicked)
        self.export_button = QPushButton(translate("table_import", "Export data…"))
        self.export_button.setObjectName("export-data")
        self.export_button.setToolTip(
            fill(translate("table_import", "Write the %1 to a CSV table (a header line, then one row per line)"), what)
        )
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
        """Show `text` (plain text: it may quote a file's name or content) in green, or red for an error."""
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setText(f"<span style='color:{ERROR if error else OK}'>{escape(text)}</span>")
        self.message.setVisible(bool(text))

    def _on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget, fill(translate("table_import", "Import %1"), self.what), "", file_filter()
        )
        if path:
            self.import_file(path)

    def _on_export_clicked(self) -> None:
        path = save_path(self.parent_widget, fill(translate("table_import", "Export %1"), self.what), "data.csv",
                         file_filter(), ".csv", (".csv", ".txt", ".tsv"))
        if path is not None:
            self.export_file(path)

    def import_file(self, path) -> ImportPreview | None:
        """Read `path` and open the preview (None, with a message, if the file cannot be used)."""
        path = Path(path)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # reading is bounded (< 1 s at 20 MB), but seen
        try:
            table = self.read(path)
            prepared = self.prepare(table)
        except TableError as error:
            self.say(fill(translate("table_import", "Could not import %1: %2. Nothing was replaced."), path.name,
                          table_message(str(error))), error=True)
            return None
        finally:
            QApplication.restoreOverrideCursor()
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
        try:
            self.apply(prepared, choice)
        except ValueError as error:  # the chapter refused the data (it kept its own): say why, in the window
            self.say(fill(translate("table_import", "Could not import %1: %2. Nothing was replaced."),
                          dialog.file_name, table_message(str(error))), error=True)
            return
        rows = len(prepared.columns[choice])
        imported = (translate("table_import", "Imported 1 row from %2.") if rows == 1
                    else translate("table_import", "Imported %1 rows from %2."))
        self.say(" ".join((fill(imported, grouped(rows), dialog.file_name), *prepared.notes, self.back)))
        self.changed.emit()

    def _on_rejected(self) -> None:
        self.say(fill(translate("table_import", "Import cancelled: the current %1 is unchanged."), self.what))

    def export_file(self, path) -> bool:
        """Write the chapter's data to `path` as CSV (atomically); False, with a message, on failure."""
        path = Path(path)
        names, columns = self.export()
        try:
            write_atomically(path, write(names, columns))
        except OSError as error:
            self.say(fill(translate("table_import", "Could not write %1: %2"), path.name, file_error(error)),
                     error=True)
            return False
        self.say(fill(translate("table_import", "Exported %1 rows to %2."), grouped(len(columns[0])), path.name))
        return True
