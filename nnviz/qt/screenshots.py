"""Every tab of a window as PNG files: `nnviz --screenshot DIR` and File › Export › All tabs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def render_tabs(window, directory: Path) -> list[Path]:
    """Render every tab of a shown `window` into `directory` as <n>-<key>.png; the tab on screen is kept."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    current = window.tabs.currentIndex()
    try:
        for index, tab in enumerate(window.chapters):
            window.tabs.setCurrentIndex(index)
            for _ in range(3):
                QApplication.processEvents()
            path = directory / f"{tab.number}-{tab.key}.png"
            if not window.grab().save(str(path)):
                raise OSError(f"could not write {path}")
            written.append(path)
    finally:
        window.tabs.setCurrentIndex(current)
    return written


def take_screenshots(window, directory: Path, size: tuple[int, int]) -> list[Path]:
    """Render every tab of `window` at `size` into `directory`, without showing it; returns the files written."""
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    window.resize(*size)
    window.show()
    return render_tabs(window, directory)
