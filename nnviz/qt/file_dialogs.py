"""Where a file is saved, and why it could not be: one way for every Save As and every export.

File dialogs ask before replacing a file only for the name the user typed. When nnviz adds the suffix
afterwards (typed `lesson`, saved `lesson.nnviz.json`), the dialog never saw the real name, so
`save_path` asks here whenever the final name differs from the dialog's and the file exists. `replace_files`
asks once for a set of files (Export all tabs into a folder that already has them). `file_error` says why a
write failed in the interface language ("the disk is full"), from the reasons nnviz.core.files gives.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFileDialog, QMessageBox

from nnviz.qt.i18n import fill, grouped, translate

#: The reasons nnviz.core.files writes (English), translated when shown.
REASONS = (
    QT_TRANSLATE_NOOP("file_dialogs", "the disk is full"),
    QT_TRANSLATE_NOOP("file_dialogs", "nnviz may not write there"),
    QT_TRANSLATE_NOOP("file_dialogs", "this is a folder, not a file"),
    QT_TRANSLATE_NOOP("file_dialogs", "this is not an ordinary file (a pipe, a device or a socket)"),
    QT_TRANSLATE_NOOP("file_dialogs", "the file does not exist"),
)


def file_error(error: OSError) -> str:
    """Why `error` stopped a write, in words and in the interface language (never "[Errno 28] …")."""
    reason = error.strerror or str(error) or translate("file_dialogs", "an unknown error")
    return translate("file_dialogs", reason) if reason in REASONS else reason


def may_replace(parent, path: Path) -> bool:
    """True unless `path` exists and the user answers No to replacing it."""
    if not path.exists():
        return True
    answer = QMessageBox.question(
        parent, translate("file_dialogs", "Replace the file?"),
        fill(translate("file_dialogs", "“%1” already exists in %2. Replace it?"), path.name, str(path.parent)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def save_path(parent, title: str, default: str, name_filter: str, suffix: str,
              accepted: tuple[str, ...] = ()) -> Path | None:
    """The path to save to, from a Save dialog: `suffix` added when the name has none of `accepted` (default:
    `suffix` itself); None if the user cancelled, or said No to replacing a file the dialog did not ask about."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, default, name_filter)
    if not chosen:
        return None
    final = chosen
    if not final.lower().endswith(tuple(s.lower() for s in (accepted or (suffix,)))):
        final += suffix
    path = Path(final)
    if final != chosen and not may_replace(parent, path):  # the dialog asked about `chosen`, never about `final`
        return None
    return path


def replace_files(parent, paths: list[Path]) -> bool:
    """True unless some of `paths` exist and the user answers No to replacing them (asked once for all)."""
    there = [p for p in paths if p.exists()]
    if not there:
        return True
    names = ", ".join(p.name for p in there[:3]) + (" …" if len(there) > 3 else "")
    answer = QMessageBox.question(
        parent, translate("file_dialogs", "Replace the files?"),
        fill(translate("file_dialogs", "%1 already has %2 of these files (%3). Replace them?"),
             str(there[0].parent), grouped(len(there)), names),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
