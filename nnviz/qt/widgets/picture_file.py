"""Reading a picture (PNG, JPEG, … or the clipboard) into an RGBA array, refusing what is not a sane picture."""

from __future__ import annotations

import os

import numpy as np
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QImageReader

from nnviz.qt.i18n import fill, translate

MAX_BYTES = 20 * 1024 * 1024  # a drawing or a photo of one is far smaller; checked before reading a byte
MAX_PIXELS = 50_000_000  # width × height from the file's header, checked before decoding
DECODE_SIDE = 1024  # larger pictures are decoded shrunk to this (the grid has at most 28×28 cells)


class PictureError(ValueError):
    """A picture that cannot be used, with a message naming the problem."""


def rgba_array(image: QImage) -> np.ndarray:
    """H×W×4 uint8 (red, green, blue, alpha) copy of a QImage."""
    if image.isNull():
        raise PictureError(translate("picture_file", "there is no picture to read"))
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    w, h, stride = rgba.width(), rgba.height(), rgba.bytesPerLine()
    data = np.frombuffer(rgba.constBits(), dtype=np.uint8, count=stride * h)
    return data.reshape(h, stride)[:, :w * 4].reshape(h, w, 4).copy()


def load_picture(path: str | os.PathLike) -> np.ndarray:
    """The picture in a file as H×W×4 uint8; PictureError naming the problem (size checked before decoding)."""
    name = os.path.basename(os.fspath(path))
    try:
        size = os.path.getsize(path)
    except OSError as error:
        raise PictureError(fill(translate("picture_file", "“%1” cannot be opened: %2"), name,
                                error.strerror or error)) from None
    if size == 0:
        raise PictureError(fill(translate("picture_file", "“%1” is empty (0 bytes): there is no picture in it"), name))
    if size > MAX_BYTES:
        raise PictureError(fill(translate("picture_file", "“%1” is %2 MB: pictures up to %3 MB can be imported "
                                                          "(a drawing needs far less)"),
                                name, f"{size / 1024 / 1024:.0f}", MAX_BYTES // 1024 // 1024))
    reader = QImageReader(os.fspath(path))
    reader.setDecideFormatFromContent(True)
    if not reader.canRead():
        raise PictureError(fill(translate("picture_file", "“%1” is not a picture Qt can read (PNG, JPEG, BMP, GIF …)"),
                                name))
    dims = reader.size()
    if dims.isValid() and dims.width() * dims.height() > MAX_PIXELS:
        raise PictureError(fill(translate("picture_file", "“%1” is %2×%3 pixels: at most %4 million pixels "
                                                          "can be imported"),
                                name, dims.width(), dims.height(), MAX_PIXELS // 1_000_000))
    if dims.isValid() and max(dims.width(), dims.height()) > DECODE_SIDE:
        scale = DECODE_SIDE / max(dims.width(), dims.height())
        reader.setScaledSize(QSize(max(1, round(dims.width() * scale)), max(1, round(dims.height() * scale))))
    image = reader.read()
    if image.isNull():
        raise PictureError(fill(translate("picture_file", "“%1” could not be read as a picture: %2"), name,
                                reader.errorString()))
    return rgba_array(image)
