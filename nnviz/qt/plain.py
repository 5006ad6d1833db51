"""Text from outside (a file, a field, the clipboard, the settings) reaches the screen as plain text.

Qt shows a QLabel, a message box or a tooltip as HTML when its text merely looks like markup, and HTML's
`<img src=...>` is a file read: a lesson key `<img src="/dev/zero">` made File › Open read until memory ran out.
Message boxes that may quote such text go through `warning` / `information` here (plain text); rich text that
quotes it passes it through `escape`; a tooltip that shows it is made by `tooltip`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def escape(text) -> str:
    """`text` for use inside rich text: shown literally, never read as markup."""
    return html.escape(str(text), quote=False)


def tooltip(text) -> str:
    """A tooltip that shows `text` literally (tooltips have no plain-text switch: escaped inside a rich span)."""
    return f"<span style='white-space:pre-wrap'>{escape(text)}</span>"


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, str(title), str(text), QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def warning(parent: QWidget | None, title: str, text: str) -> None:
    """As QMessageBox.warning, the text shown as plain text."""
    message_box(parent, QMessageBox.Icon.Warning, title, text).exec()


def information(parent: QWidget | None, title: str, text: str) -> None:
    """As QMessageBox.information, the text shown as plain text."""
    message_box(parent, QMessageBox.Icon.Information, title, text).exec()
