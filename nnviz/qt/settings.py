"""Where nnviz keeps its settings (QSettings), for every part of the window that remembers something."""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANIZATION = "nnviz"
APPLICATION = "nnviz"


def settings() -> QSettings:
    """nnviz's settings, in QSettings' default format (tests switch it to an INI file in a temporary folder;
    the two-argument constructor would always use the native format and ignore that)."""
    return QSettings(QSettings.defaultFormat(), QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)
