"""Every tab of a window as PNG files: `nnviz --screenshot DIR` and File › Export › All tabs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtWidgets import QApplication

from nnviz.core.files import write_atomically


def png_bytes(image) -> bytes:
    """A QImage (or QPixmap) as the bytes of a PNG file; OSError if Qt cannot encode it."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if image is None or image.isNull() or not image.save(buffer, "PNG"):
        raise OSError("the picture could not be made")
    return bytes(buffer.data())


def tab_files(window, directory: Path) -> list[Path]:
    """The files render_tabs writes into `directory`, one per tab: <n>-<key>.png."""
    return [directory / f"{tab.number}-{tab.key}.png" for tab in window.chapters]


def render_tabs(window, directory: Path) -> list[Path]:
    """Render every tab of a shown `window` into `directory` as <n>-<key>.png; the tab on screen is kept.

    Each picture is encoded in memory and written by the one atomic writer: a full disk stops the export with
    OSError and leaves no part of a file (the files already there stay as they were)."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    current = window.tabs.currentIndex()
    try:
        for index, path in enumerate(tab_files(window, directory)):
            window.tabs.setCurrentIndex(index)
            for _ in range(3):
                QApplication.processEvents()
            written.append(write_atomically(path, png_bytes(window.grab())))
    finally:
        window.tabs.setCurrentIndex(current)
    return written


def take_screenshots(window, directory: Path, size: tuple[int, int]) -> list[Path]:
    """Render every tab of `window` at `size` into `directory`, without showing it; returns the files written."""
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    window.resize(*size)
    window.show()
    return render_tabs(window, directory)
