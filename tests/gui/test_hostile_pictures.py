"""Pictures that would hang, flood memory or read other files: FIFOs, declared-size bombs, SVG references."""

import gzip
import os
import struct
import time

import numpy as np
import pytest
from PySide6.QtGui import QImage

from nnviz.qt.widgets import picture_file
from nnviz.qt.widgets.picture_file import PictureError, load_picture


def refused(path, words: str) -> float:
    """Seconds load_picture took to refuse `path` with a message containing `words`."""
    start = time.perf_counter()
    with pytest.raises(PictureError, match=words):
        load_picture(path)
    return time.perf_counter() - start


def test_a_fifo_is_refused_before_it_is_opened(qapp, tmp_path):
    fifo = tmp_path / "drawing.png"
    os.mkfifo(fifo)  # opening it would wait for a writer forever
    refused(fifo, "drawing.png” is not an ordinary file")


def test_a_35_byte_gif_declaring_7000_by_7000_is_refused_at_once(qapp, tmp_path):
    gif = (b"GIF89a" + struct.pack("<HHBBB", 7000, 7000, 0, 0, 0) + b"\x2c" + struct.pack("<HHHHB", 0, 0, 1, 1, 0)
           + b"\x02\x02\x44\x01\x00\x3b")  # a 1×1 frame on a 7000×7000 "screen", which Qt would allocate whole
    path = tmp_path / "bomb.gif"
    path.write_bytes(gif)
    assert len(gif) < 36
    assert refused(path, "7000×7000 pixels: at most 16 million pixels") < 0.5  # 1.9 s and 620 MB before


def test_pictures_qt_can_shrink_while_decoding_keep_the_higher_limit(qapp, tmp_path):
    path = tmp_path / "photo.jpg"
    image = QImage(5000, 4000, QImage.Format.Format_RGB32)  # 20 million pixels: a phone photo
    image.fill(0xFFFFFF)
    assert image.save(str(path), "JPEG")
    pixels = load_picture(path)  # JPEG decodes shrunk: allowed over MAX_FULL_PIXELS
    assert pixels.shape == (819, 1024, 4) and pixels[0, 0, 0] == 255
    png = tmp_path / "photo.png"
    assert image.save(str(png), "PNG")
    refused(png, "5000×4000 pixels: at most 16 million")  # PNG would be decoded whole first


def svg(body: str, head: str = "") -> bytes:
    return (head + '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
            f'width="60" height="60">{body}</svg>').encode()


def test_a_clean_svg_is_drawn_with_its_own_references(qapp, tmp_path):
    path = tmp_path / "o.svg"
    path.write_bytes(svg('<defs><circle id="o" cx="30" cy="30" r="20" fill="none" stroke="black" '
                         'stroke-width="8"/></defs><use href="#o"/><use xlink:href="#o"/>'))
    pixels = load_picture(path)
    assert pixels.shape == (64, 64, 4)  # small drawings are drawn at 64 pixels at least
    assert pixels[32, 32, 3] == 0 and pixels[32, 53, 3] == 255  # the hole of the O is empty, its ring is ink


@pytest.mark.parametrize("body, head, words", [
    ('<image href="{fifo}" width="60" height="60"/>', "", "refers to “/"),
    ('<image xlink:href="{secret}" width="60" height="60"/>', "", "refers to “/"),
    ('<image href="file://{secret}" width="60" height="60"/>', "", "refers to “file:"),
    ('<image href="data:image/png;base64,iVBORw0KGgo=" width="60" height="60"/>', "", "refers to “data:"),
    ('<rect width="60" height="60" style="fill:url({secret})"/>', "", "refers to “/"),
    ('<style>@import url(https://example.com/a.css);</style>', "", "includes another file"),
    ('<text>&x;</text>', '<!DOCTYPE svg [<!ENTITY x SYSTEM "file://{secret}">]>', "declares XML entities"),
])
def test_svg_that_names_another_file_is_refused_without_reading_it(qapp, tmp_path, body, head, words):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)  # if the import followed the reference into it, the test would hang
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"not for the picture")
    path = tmp_path / "drawing.svg"
    path.write_bytes(svg(body.format(fifo=fifo, secret=secret), head.format(secret=secret)))
    refused(path, words + ".*may not read other files")


def test_svg_bombs_are_refused_by_size_and_element_count(qapp, tmp_path):
    circles = "".join(f'<circle cx="{i % 1000}" cy="{i // 1000}" r="3"/>' for i in range(200_000))
    big = tmp_path / "circles.svg"
    big.write_bytes(svg(circles))  # 6 MB, 200,000 circles: 2.3 s of parsing here, 20 s in the issue
    assert refused(big, "an SVG drawing of 6316 KB: drawings up to 1024 KB") < 0.5
    many = tmp_path / "groups.svg"
    many.write_bytes(svg("<g/>" * 25_000))  # 100 KB
    assert refused(many, "more than 20,000 elements") < 0.5
    cut = tmp_path / "compressed.svgz"
    cut.write_bytes(gzip.compress(svg("<g/>" * 10)))  # would expand before any check could see it
    refused(cut, "compressed SVG")


def test_the_largest_svg_allowed_draws_in_well_under_two_seconds(qapp, tmp_path):
    shapes = "".join(f'<circle cx="{i % 100 * 10}" cy="{i // 100 * 10}" r="4"/>' for i in range(19_000))
    path = tmp_path / "dots.svg"
    path.write_bytes(svg(shapes).replace(b'width="60" height="60"', b'width="1000" height="1900"'))
    assert len(path.read_bytes()) < picture_file.SVG_MAX_BYTES
    start = time.perf_counter()
    pixels = load_picture(path)
    assert time.perf_counter() - start < 1.5
    assert pixels.shape == (1024, 539, 4) and np.any(pixels[..., 3] == 255)


def test_a_huge_pasted_picture_is_shrunk_before_it_is_read(qapp):
    from PySide6.QtGui import QGuiApplication

    from nnviz.qt.chapters.cnn.picture import clipboard_picture

    image = QImage(6000, 3000, QImage.Format.Format_RGB32)  # a screenshot of three 4K screens
    image.fill(0xFFFFFF)
    QGuiApplication.clipboard().setImage(image)
    try:
        pixels = clipboard_picture()
    finally:
        QGuiApplication.clipboard().clear()
    assert pixels.shape == (512, 1024, 4)  # 2 MB of pixels, not the 72 MB of the whole picture
