"""File › Export › Recording…: a training run or the guided walk-through of the chapter on screen, at a chosen
size and frame rate, as an animated GIF, WebP or APNG; the work under a progress dialog with Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QMessageBox,
    QSpinBox,
)

from nnviz.qt import plain
from nnviz.qt.file_dialogs import file_error, save_path
from nnviz.qt.i18n import fill, translate
from nnviz.qt.recording import Recording, pillow_available, record

SIZES = ((640, 360), (960, 540), (1280, 720), (1920, 1080))


class RecordingDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("recording-dialog")
        self.setWindowTitle(translate("recording", "Recording"))
        tab = window.current_chapter()
        self.mode = QComboBox()
        self.mode.setObjectName("record-mode")
        if tab.controllers:
            self.mode.addItem(translate("recording", "The training run (Run)"), False)
        if tab.guided_steps():
            self.mode.addItem(translate("recording", "The guided walk-through"), True)
        self.steps = QSpinBox()
        self.steps.setObjectName("record-steps")
        self.steps.setRange(1, 100_000)
        self.steps.setValue(200)
        self.fps = QDoubleSpinBox()
        self.fps.setObjectName("record-fps")
        self.fps.setRange(1, 60)
        self.fps.setDecimals(0)
        self.fps.setValue(20)
        self.size = QComboBox()
        self.size.setObjectName("record-size")
        for width, height in SIZES:
            self.size.addItem(f"{width} × {height}", (width, height))
        self.size.setCurrentIndex(2)
        form = QFormLayout(self)
        form.addRow(translate("recording", "Record"), self.mode)
        form.addRow(translate("recording", "Training steps (at most)"), self.steps)
        form.addRow(translate("recording", "Frames a second"), self.fps)
        form.addRow(translate("recording", "Size in pixels"), self.size)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("recording", "Record…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.mode.currentIndexChanged.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        self.steps.setEnabled(not self.options().guided)

    def options(self) -> Recording:
        return Recording(size=tuple(self.size.currentData()), fps=float(self.fps.value()), steps=self.steps.value(),
                         guided=bool(self.mode.currentData()))


def export_recording(window) -> None:
    title = translate("recording", "Recording")
    if not pillow_available():
        QMessageBox.information(window, title, translate("recording", "Recordings need Pillow, an optional part of "
                                                         "nnviz: pip install \"nnviz[record]\""))
        return
    tab = window.current_chapter()
    dialog = RecordingDialog(window)
    if dialog.mode.count() == 0:
        plain.information(window, title, translate("recording", "This chapter has nothing to record."))
        return
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    path = save_path(window, translate("recording", "Save the recording"), f"nnviz-{tab.key}.gif",
                     translate("recording", "Animations (*.gif *.webp *.png)"), ".gif",
                     accepted=(".gif", ".webp", ".png", ".apng"))
    if path is None:
        return
    try:
        written = record(window, window.tabs.currentIndex(), path, dialog.options())
    except (OSError, ValueError) as error:
        reason = file_error(error) if isinstance(error, OSError) else str(error)
        plain.warning(window, title, fill(translate("recording", "The recording could not be written: %1"), reason))
        return
    if written is None:
        window.statusBar().showMessage(translate("recording", "Recording cancelled: no file was written."), 5000)
    else:
        window.statusBar().showMessage(fill(translate("recording", "Recording written: %1"), Path(written).name), 6000)
