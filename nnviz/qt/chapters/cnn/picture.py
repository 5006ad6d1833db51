"""Chapter 4 controls for your own picture and a bigger network: grid size, filters, import, paste."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from nnviz.core.cnn import image as cnn_image
from nnviz.core.cnn.shape import MAX_FILTERS, MAX_SIZE, MIN_SIZE, Shape
from nnviz.qt.i18n import fill, translate
from nnviz.qt.widgets.picture_file import DECODE_SIDE, PictureError, load_picture, rgba_array

ERROR_STYLE = "color: #B00020; font-weight: bold;"


def picture_to_grid(pixels, size: int) -> tuple:
    """(size×size ink levels, a sentence saying what was done) of an RGBA picture."""
    grid, inverted = cnn_image.image_to_grid(pixels, size)
    h, w = pixels.shape[:2]
    how = (translate("cnn_picture", "dark ink on light paper: dark = 1") if inverted
           else translate("cnn_picture", "light on dark: light = 1"))
    return grid, fill(translate("cnn_picture", "%1×%2 pixels averaged onto %3×%3 cells (%4)."), w, h, size, how)


def clip_text(clipped: int) -> str:
    """What was clipped, in words ("" when nothing was)."""
    if clipped == 1:
        return translate("cnn_picture", "1 pixel value was outside 0…1 and clipped (0 = white, 1 = black).")
    return fill(translate("cnn_picture", "%1 pixel values were outside 0…1 and clipped (0 = white, 1 = black)."),
                clipped) if clipped else ""


def clipboard_picture():
    """The clipboard's picture as RGBA, or a picture file copied in a file manager; PictureError otherwise."""
    data = QGuiApplication.clipboard().mimeData()
    if data is not None and data.hasImage():
        image = QImage(data.imageData())
        if not image.isNull():
            if max(image.width(), image.height()) > DECODE_SIDE:  # a huge screenshot: shrink it as a file would be
                image = image.scaled(DECODE_SIDE, DECODE_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation)
            return rgba_array(image)
    if data is not None and data.hasUrls():
        paths = [u.toLocalFile() for u in data.urls() if u.isLocalFile()]
        if paths:
            return load_picture(paths[0])
    raise PictureError(translate("cnn_picture", "the clipboard holds no picture: copy a drawing (or a picture file) "
                                                "first"))


class PictureBox(QGroupBox):
    """`grid-size` (6…28), `filters` (1…4), `import-image`, `paste-image`, and what happened, in words."""

    shapeRequested = Signal(object)  # a Shape the user chose
    pictureLoaded = Signal(object, str)  # RGBA array of a picture read without error, and where it came from

    def __init__(self, parent: QWidget | None = None):
        super().__init__(translate("cnn_picture", "Your own picture, a bigger network"), parent)
        self.size_box = QSpinBox()
        self.size_box.setObjectName("grid-size")
        self.size_box.setRange(MIN_SIZE, MAX_SIZE)
        self.size_box.setSuffix(translate("cnn_picture", " pixels"))
        self.size_box.setKeyboardTracking(False)
        self.size_box.setToolTip(translate("cnn_picture",
                                           "The image is n×n pixels: 6 is the deck's, up to 28 for your own drawings.\n"
                                           "The Feature Maps are (n−2)×(n−2), Max Pooling halves them."))
        self.filters_box = QSpinBox()
        self.filters_box.setObjectName("filters")
        self.filters_box.setRange(1, MAX_FILTERS)
        self.filters_box.setKeyboardTracking(False)
        self.filters_box.setToolTip(translate("cnn_picture", "How many 3×3 filters: each makes its own Feature Map, "
                                                             "ReLU and Max Pooling"))
        for box in (self.size_box, self.filters_box):
            box.valueChanged.connect(self._on_shape)
        self.import_button = QPushButton(translate("cnn_picture", "Import picture…"))
        self.import_button.setObjectName("import-image")
        self.import_button.setToolTip(translate("cnn_picture", "Read a PNG or JPEG drawing and average it onto the "
                                                               "pixel grid"))
        self.import_button.clicked.connect(self.choose_file)
        self.paste_button = QPushButton(translate("cnn_picture", "Paste"))
        self.paste_button.setObjectName("paste-image")
        self.paste_button.setToolTip(translate("cnn_picture", "Use a drawing copied to the clipboard (Ctrl+C in a "
                                                              "drawing program)"))
        self.paste_button.clicked.connect(self.paste)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button, 2)
        buttons.addWidget(self.paste_button, 1)
        self.message = QLabel()
        self.message.setObjectName("image-message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # quotes a picture's file name
        self.message.setWordWrap(True)
        self.message.hide()
        self.shape_note = QLabel()
        self.shape_note.setObjectName("shape-note")
        self.shape_note.setWordWrap(True)
        self.shape_note.hide()
        form = QFormLayout(self)
        form.addRow(translate("cnn_picture", "Grid size"), self.size_box)
        form.addRow(translate("cnn_picture", "Filters"), self.filters_box)
        form.addRow(buttons)
        form.addRow(self.message)
        form.addRow(self.shape_note)

    def shape(self) -> Shape:
        return Shape(self.size_box.value(), self.filters_box.value())

    def set_shape(self, shape: Shape) -> None:
        """Show a shape (model → widgets, no signals) and say where its classifier comes from."""
        for box, value in ((self.size_box, shape.size), (self.filters_box, shape.filters)):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        note = (
            translate(
                "cnn_picture",
                "%1×%1 with %2 filters: %3 pooled values feed the hidden node. The deck's "
                "hand-set weights exist only for 6×6 with one filter, so the classifier starts "
                "from a seeded random start: train it (Training page) to fit O and X.",
            )
            if shape.filters > 1
            else translate(
                "cnn_picture",
                "%1×%1 with %2 filter: %3 pooled values feed the hidden node. The deck's "
                "hand-set weights exist only for 6×6 with one filter, so the classifier starts "
                "from a seeded random start: train it (Training page) to fit O and X.",
            )
        )
        self.shape_note.setText("" if shape.is_deck else fill(note, shape.size, shape.filters, shape.n_pooled))
        self.shape_note.setVisible(not shape.is_deck)

    def say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setVisible(bool(text))

    def _on_shape(self, _value: int) -> None:
        self.shapeRequested.emit(self.shape())

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("cnn_picture", "Import a picture"), "",
                                              translate("cnn_picture", "Pictures (*.png *.jpg *.jpeg *.bmp *.gif);;"
                                                                       "All files (*)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> bool:
        """Read a picture file; on a problem say what it is and change nothing."""
        try:
            pixels = load_picture(path)
        except PictureError as error:
            self.say(fill(translate("cnn_picture", "Not imported: %1. The current image stays."), error), error=True)
            return False
        self.pictureLoaded.emit(pixels, os.path.basename(path))
        return True

    def paste(self) -> bool:
        try:
            pixels = clipboard_picture()
        except PictureError as error:
            self.say(fill(translate("cnn_picture", "Not pasted: %1. The current image stays."), error), error=True)
            return False
        self.pictureLoaded.emit(pixels, translate("cnn_picture", "the clipboard"))
        return True
