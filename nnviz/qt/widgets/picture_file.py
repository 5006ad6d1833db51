"""Reading a picture (PNG, JPEG, … or the clipboard) into an RGBA array, refusing what is not a sane picture.

Qt never opens the path itself: the bytes are read here (after checking that the path is an ordinary file,
so a FIFO cannot hang the import), and Qt decodes them from memory. The size a picture declares is checked
before it is decoded, and an SVG drawing is read only if it names no other file and stays small enough to
draw at once.
"""

from __future__ import annotations

import errno
import os
import re

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader, QPainter

from nnviz.core import files
from nnviz.qt.file_dialogs import file_error
from nnviz.qt.i18n import fill, grouped, translate

MAX_BYTES = 20 * 1024 * 1024  # a drawing or a photo of one is far smaller; checked before reading a byte
MAX_PIXELS = 50_000_000  # width × height from the file's header, checked before decoding …
MAX_FULL_PIXELS = 16_000_000  # … for a format Qt cannot decode shrunk (PNG, GIF, BMP …): decoded whole first
DECODE_SIDE = 1024  # larger pictures are decoded shrunk to this (the grid has at most 28×28 cells)
ALLOCATION_MB = 128  # what Qt may allocate for one decoded picture
SVG_MAX_BYTES = 1024 * 1024  # an SVG drawing is parsed whole: 1 MB of shapes parses in about 0.25 s
SVG_MAX_ELEMENTS = 20_000
_REFERENCE = re.compile(rb"""(?:\bhref|\bsrc)\s*=\s*(["'])\s*(.*?)\1|url\s*\(\s*["']?\s*([^)"'\s]*)""", re.S | re.I)


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


def _read_bytes(path, name: str) -> bytes:
    """The file's bytes, refusing a missing file, a FIFO, a device, an empty or an oversized file first."""
    try:
        files.require_regular(path)
        size = os.path.getsize(path)
    except files.FileRefused as error:
        if error.errno == errno.EINVAL:
            raise PictureError(fill(translate("picture_file", "“%1” is not an ordinary file (a pipe, a device or a "
                                                              "socket): there is no picture to read"), name)) from None
        raise PictureError(fill(translate("picture_file", "“%1” cannot be opened: %2"), name,
                                file_error(error))) from None
    except OSError as error:
        raise PictureError(fill(translate("picture_file", "“%1” cannot be opened: %2"), name,
                                error.strerror or error)) from None
    if size == 0:
        raise PictureError(fill(translate("picture_file", "“%1” is empty (0 bytes): there is no picture in it"), name))
    if size > MAX_BYTES:
        raise PictureError(fill(translate("picture_file", "“%1” is %2 MB: pictures up to %3 MB can be imported "
                                                          "(a drawing needs far less)"),
                                name, f"{size / 1024 / 1024:.0f}", MAX_BYTES // 1024 // 1024))
    try:
        data = files.read_limited(path, MAX_BYTES)
    except OSError as error:
        raise PictureError(fill(translate("picture_file", "“%1” cannot be opened: %2"), name,
                                error.strerror or error)) from None
    if len(data) > MAX_BYTES:  # it grew after its size was read
        raise PictureError(fill(translate("picture_file", "“%1” is %2 MB: pictures up to %3 MB can be imported "
                                                          "(a drawing needs far less)"),
                                name, f"{len(data) / 1024 / 1024:.0f}", MAX_BYTES // 1024 // 1024))
    return data


def load_picture(path: str | os.PathLike) -> np.ndarray:
    """The picture in a file as H×W×4 uint8; PictureError naming the problem (size checked before decoding)."""
    name = os.path.basename(os.fspath(path))
    data = _read_bytes(path, name)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setDecideFormatFromContent(True)
    kind = bytes(reader.format()).decode("ascii", "replace").lower() if reader.canRead() else ""
    compressed = kind == "svgz" or not kind and data.startswith(b"\x1f\x8b")  # gzip: an .svgz drawing
    if kind == "svg" or compressed or _looks_like_svg(data):
        return rgba_array(_svg_picture(data, name, compressed))
    if not kind:
        raise PictureError(fill(translate("picture_file", "“%1” is not a picture Qt can read (PNG, JPEG, BMP, GIF …)"),
                                name))
    dims = _declared_size(reader, data)
    shrinks = reader.supportsOption(QImageIOHandler.ImageOption.ScaledSize)
    limit = MAX_PIXELS if shrinks else MAX_FULL_PIXELS
    if dims.isValid() and dims.width() * dims.height() > limit:
        raise PictureError(fill(translate("picture_file", "“%1” is %2×%3 pixels: at most %4 million pixels "
                                                          "can be imported"),
                                name, dims.width(), dims.height(), limit // 1_000_000))
    if dims.isValid() and max(dims.width(), dims.height()) > DECODE_SIDE:
        scale = DECODE_SIDE / max(dims.width(), dims.height())
        reader.setScaledSize(QSize(max(1, round(dims.width() * scale)), max(1, round(dims.height() * scale))))
    allowed = QImageReader.allocationLimit()
    QImageReader.setAllocationLimit(ALLOCATION_MB)
    try:
        image = reader.read()
    finally:
        QImageReader.setAllocationLimit(allowed)
    if image.isNull():
        raise PictureError(fill(translate("picture_file", "“%1” could not be read as a picture: %2"), name,
                                reader.errorString()))
    return rgba_array(image)


def _declared_size(reader: QImageReader, data: bytes) -> QSize:
    """The size the header declares (invalid if it does not say; the allocation limit then bounds the decoding).

    A GIF's frame can be 1×1 on a "logical screen" of 7000×7000 that Qt allocates whole: the larger counts."""
    size = reader.size()
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        screen = QSize(int.from_bytes(data[6:8], "little"), int.from_bytes(data[8:10], "little"))
        if not size.isValid() or screen.width() * screen.height() > size.width() * size.height():
            size = screen
    return size


def _looks_like_svg(data: bytes) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith(b"<") and b"<svg" in head


def svg_problem(data: bytes) -> str | None:
    """Why an SVG drawing is not drawn ("" words for the message), or None: a declared entity or DOCTYPE subset,
    a reference to anything but a part of itself (another file, a web address, embedded data), a style import,
    too many elements."""
    lowered = data.lower()
    if b"<!entity" in lowered or b"<!doctype" in lowered and b"[" in lowered[lowered.find(b"<!doctype"):][:4096]:
        return translate("picture_file", "it declares XML entities")
    if b"@import" in lowered or b"<xi:include" in lowered:
        return translate("picture_file", "it includes another file")
    for found in _REFERENCE.finditer(data):
        target = (found.group(2) if found.group(2) is not None else found.group(3) or b"").strip()
        if not target.startswith(b"#"):
            return fill(translate("picture_file", "it refers to “%1” outside the drawing"),
                        target[:60].decode("utf-8", "replace"))
    if data.count(b"<") > SVG_MAX_ELEMENTS:
        return fill(translate("picture_file", "it has more than %1 elements"), grouped(SVG_MAX_ELEMENTS))
    return None


def _svg_picture(data: bytes, name: str, compressed: bool) -> QImage:
    """An SVG drawing rendered at most DECODE_SIDE pixels wide or high, after `svg_problem` found nothing."""
    from PySide6.QtSvg import QSvgRenderer

    if compressed:
        raise PictureError(fill(translate("picture_file", "“%1” is a compressed SVG drawing (.svgz): save it as a "
                                                          "plain SVG or a PNG"), name))
    if len(data) > SVG_MAX_BYTES:
        raise PictureError(fill(translate("picture_file", "“%1” is an SVG drawing of %2 KB: drawings up to %3 KB can "
                                                          "be imported (or save it as a PNG)"),
                                name, len(data) // 1024, SVG_MAX_BYTES // 1024))
    problem = svg_problem(data)
    if problem:
        raise PictureError(fill(translate("picture_file", "“%1” is not imported: %2 (an SVG drawing may not read "
                                                          "other files)"), name, problem))
    renderer = QSvgRenderer(QByteArray(data))
    size = renderer.defaultSize()
    if not renderer.isValid() or size.isEmpty():
        raise PictureError(fill(translate("picture_file", "“%1” could not be read as a picture: %2"), name,
                                translate("picture_file", "the SVG drawing is broken")))
    side = min(DECODE_SIDE, max(64, size.width(), size.height()))
    scale = side / max(size.width(), size.height())
    image = QImage(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image
