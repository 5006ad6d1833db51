"""File › Export › Handout (PDF)…: what to put in it (this chapter or the course, the paper size), where to write
it, then the work under a progress dialog; a cancelled export writes nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
)

from nnviz.core.files import write_atomically
from nnviz.qt import plain
from nnviz.qt.file_dialogs import file_error, save_path
from nnviz.qt.handout import PAGE_SIZES, chapter_heading, default_page_size, handout_pdf
from nnviz.qt.i18n import fill, translate
from nnviz.qt.long_work import finish, with_progress


class HandoutDialog(QDialog):
    """Scope (the chapter on screen or the whole course) and paper size (A4 or Letter, from the locale)."""

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("handout-dialog")
        self.setWindowTitle(translate("handout", "Handout (PDF)"))
        tab = window.current_chapter()
        self.current = QRadioButton(fill(translate("handout", "This chapter: %1"), chapter_heading(tab)))
        self.current.setObjectName("handout-chapter")
        self.course = QRadioButton(translate("handout", "The whole course"))
        self.course.setObjectName("handout-course")
        self.course.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.current)
        group.addButton(self.course)
        self.page_size = QComboBox()
        self.page_size.setObjectName("handout-page-size")
        for key, name in (("a4", "A4"), ("letter", translate("handout", "Letter"))):
            self.page_size.addItem(name, key)
        self.page_size.setCurrentIndex(list(PAGE_SIZES).index(default_page_size()))
        self.practice = QCheckBox(translate("handout", "Add a practice sheet, with the answer key on the last page"))
        self.practice.setObjectName("handout-practice")
        form = QFormLayout()
        form.addRow(translate("handout", "Paper size"), self.page_size)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("handout", "Write the handout…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.course)
        layout.addWidget(self.current)
        layout.addLayout(form)
        layout.addWidget(self.practice)
        layout.addWidget(buttons)
        self.chapter_index = window.tabs.currentIndex()

    def indices(self) -> list[int] | None:
        return [self.chapter_index] if self.current.isChecked() else None

    def chosen_page_size(self) -> str:
        return str(self.page_size.currentData())


def write_handout(window, path: str | Path, indices: list[int] | None = None, page_size: str = "a4",
                  *, progress: bool = True, practice: bool = False) -> Path | None:
    """Draw the handout and write it to `path` (all or nothing); None if the user cancelled."""
    work = handout_pdf(window, indices, page_size, practice)
    if progress:
        data = with_progress(window, translate("handout", "Writing the handout"), work)
    else:
        data = finish(work)
    if data is None:
        return None
    return write_atomically(path, data)


def export_handout(window) -> None:
    """The menu's way: the dialog, a file name, the work with its progress, a message at the end."""
    dialog = HandoutDialog(window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    indices = dialog.indices()
    name = f"nnviz-{window.chapter(indices[0]).key}.pdf" if indices else "nnviz-course.pdf"
    # the dialog is told the suffix's filter, and a name typed without ".pdf" is asked about before it is replaced
    path = save_path(window, translate("handout", "Save the handout"), name, "PDF (*.pdf)", ".pdf")
    if path is None:
        return
    try:
        written = write_handout(window, path, indices, dialog.chosen_page_size(),
                                practice=dialog.practice.isChecked())
    except OSError as error:
        plain.warning(window, translate("handout", "Handout (PDF)"),
                      fill(translate("handout", "The handout could not be written: %1"), file_error(error)))
        return
    if written is None:
        window.statusBar().showMessage(translate("handout", "Handout cancelled: no file was written."), 5000)
    else:
        window.statusBar().showMessage(fill(translate("handout", "Handout written: %1"), Path(written).name), 6000)
