"""Where nnviz keeps its own files on this computer (besides the settings, which are QSettings').

Needs the application's name set (nnviz.app.make_application does it), since Qt builds the folder from it:
~/.local/share/nnviz/nnviz on Linux, %LOCALAPPDATA%/nnviz/nnviz on Windows, ~/Library/Application Support/nnviz/nnviz
on macOS.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def data_dir() -> Path:
    """nnviz's folder for its own data (QStandardPaths' AppLocalDataLocation, or ~/.nnviz where the platform has
    none); it may not exist yet."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(folder) if folder else Path.home() / ".nnviz"


def log_path() -> Path:
    """The log file (nnviz.qt.crash writes here, rotating); neither it nor its folder may exist yet."""
    return data_dir() / "nnviz.log"
