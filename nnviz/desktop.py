"""A menu entry for the current user, without root: `nnviz --install-desktop-entry` / `--uninstall-desktop-entry`.

Follows the freedesktop specifications: the launcher goes to $XDG_DATA_HOME/applications, the icons to
$XDG_DATA_HOME/icons/hicolor/<size>/apps ($XDG_DATA_HOME defaults to ~/.local/share). With them
(`install_all`) go the lesson files' MIME type (mime/packages/, then `update-mime-database`) and the
AppStream metainfo (metainfo/), so that a double-clicked *.nnviz.json opens in nnviz.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from nnviz import COURSE
from nnviz.core.files import write_atomically
from nnviz.resources import resources_dir

#: The application's id: the name of its .desktop file, its icon and its AppStream component.
APP_ID = "io.github.nnviz.nnviz"
#: The MIME type of lesson files (*.nnviz.json), declared by packaging/io.github.nnviz.nnviz.mime.xml.
LESSON_MIME_TYPE = "application/x-nnviz-lesson"
#: Characters that make the Desktop Entry spec require an Exec argument to be quoted.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def data_home() -> Path:
    """$XDG_DATA_HOME, or ~/.local/share when it is unset, empty or relative (as the spec says)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if value and os.path.isabs(value) else Path.home() / ".local" / "share"


def launch_command() -> list[str]:
    """How a launcher starts this nnviz: the bundle's executable, the pip-installed script, or python -m nnviz."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    scripts = Path(sys.executable).parent
    for name in ("nnviz", "nnviz.exe"):
        if (scripts / name).is_file():
            return [str(scripts / name)]
    found = shutil.which("nnviz")
    return [str(Path(found).resolve())] if found else [sys.executable, "-m", "nnviz"]


def _exec_argument(argument: str) -> str:
    """One Exec argument, quoted and escaped as the Desktop Entry spec asks."""
    argument = argument.replace("%", "%%")
    if _RESERVED & set(argument):
        argument = '"' + "".join("\\" + c if c in '"`$\\' else c for c in argument) + '"'
    return argument.replace("\\", "\\\\")  # then the string-value escape of every backslash


def desktop_entry(command: list[str]) -> str:
    """The text of nnviz's .desktop file, starting `command` (plus %f, a lesson file).

    ValueError if an argument holds a line break or another control character: the entry is one key per
    line, so a path with a newline would write a second `Exec=` line of its own."""
    for argument in command:
        if any(ord(c) < 32 or ord(c) == 127 for c in argument):
            raise ValueError(f"the path {argument!r} holds a line break or another control character: a menu "
                             "entry cannot start it (move nnviz to a folder whose name has none)")
    exec_line = " ".join(_exec_argument(a) for a in command) + " %f"
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=nnviz\n"
        "GenericName=Neural Network Course\n"
        f"Comment=The course “{COURSE}”, one live tab per chapter\n"
        f"Exec={exec_line}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "StartupNotify=true\n"
        "StartupWMClass=nnviz\n"
        "Categories=Education;ArtificialIntelligence;\n"
        "Keywords=neural;network;gradient;descent;backpropagation;CNN;RNN;LSTM;course;\n"
        f"MimeType={LESSON_MIME_TYPE};\n"
    )


def _icon_files() -> list[tuple[Path, Path]]:
    """(source, path relative to the data home) for every icon we install."""
    icons = resources_dir() / "icons"
    pairs = [(icons / "nnviz.svg", Path("icons/hicolor/scalable/apps") / f"{APP_ID}.svg")]
    for png in sorted((icons / "hicolor").glob("*/apps/nnviz.png")):
        pairs.append((png, Path("icons/hicolor") / png.parent.parent.name / "apps" / f"{APP_ID}.png"))
    return pairs


def installed_files(home: Path | None = None) -> list[Path]:
    """Every file install() writes: the launcher first, then the icons."""
    home = home or data_home()
    return [home / "applications" / f"{APP_ID}.desktop"] + [home / rel for _, rel in _icon_files()]


def install(home: Path | None = None, command: list[str] | None = None) -> list[Path]:
    """Write the launcher and the icons under `home` (default: the XDG data home); returns the files."""
    home = home or data_home()
    launcher, *icons = installed_files(home)
    entry = desktop_entry(command or launch_command())  # refused before anything is written
    for (source, _), target in zip(_icon_files(), icons, strict=True):
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, source.read_bytes())
    (home / "icons" / "hicolor").touch()  # a newer theme folder tells icon caches to look again
    launcher.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(launcher, entry)
    return [launcher, *icons]


def uninstall(home: Path | None = None) -> list[Path]:
    """Remove what install() wrote under `home`; returns the files that were there."""
    removed = []
    for path in installed_files(home):
        if path.is_file():
            path.unlink()
            removed.append(path)
    return removed


# --- the lesson files' MIME type and the AppStream metainfo, installed with the launcher ---------------
def packaged_file(name: str) -> Path:
    """One of packaging/'s desktop files: in resources/desktop/ of a wheel or the bundle, else packaging/."""
    installed = resources_dir() / "desktop" / name
    return installed if installed.is_file() else resources_dir().parent / "packaging" / name


def integration_files(home: Path | None = None) -> list[tuple[Path, Path]]:
    """(source, target) of the MIME type and the metainfo that install_integration() writes under `home`."""
    home = home or data_home()
    return [
        (packaged_file(f"{APP_ID}.mime.xml"), home / "mime" / "packages" / f"{APP_ID}.xml"),
        (packaged_file(f"{APP_ID}.metainfo.xml"), home / "metainfo" / f"{APP_ID}.metainfo.xml"),
    ]


def _refresh_databases(home: Path) -> None:
    """Rebuild the user's MIME database (and the launcher-by-type cache) when the tools are installed."""
    for tool, folder in (("update-mime-database", home / "mime"), ("update-desktop-database", home / "applications")):
        found = shutil.which(tool)
        if found and folder.is_dir():
            try:
                subprocess.run([found, str(folder)], capture_output=True, timeout=120, check=False)
            except (OSError, subprocess.SubprocessError):
                pass  # a desktop without the tool rebuilds its caches itself at the next login


def install_integration(home: Path | None = None) -> list[Path]:
    """Write the MIME type and the metainfo under `home` and refresh the MIME database; returns the files."""
    home = home or data_home()
    written = []
    for source, target in integration_files(home):
        target.parent.mkdir(parents=True, exist_ok=True)
        written.append(write_atomically(target, source.read_bytes()))
    _refresh_databases(home)
    return written


def uninstall_integration(home: Path | None = None) -> list[Path]:
    """Remove what install_integration() wrote (and refresh the MIME database); returns the files that were there."""
    home = home or data_home()
    removed = []
    for _, target in integration_files(home):
        if target.is_file():
            target.unlink()
            removed.append(target)
    if removed:
        _refresh_databases(home)
    return removed


def install_all(home: Path | None = None, command: list[str] | None = None) -> list[Path]:
    """install() and install_integration(): the launcher first, then the icons, the MIME type and the metainfo."""
    return install(home, command) + install_integration(home)


def uninstall_all(home: Path | None = None) -> list[Path]:
    """uninstall() and uninstall_integration()."""
    return uninstall(home) + uninstall_integration(home)


def run(*, remove: bool) -> int:
    """The command-line action; prints what it did and returns the exit status."""
    if sys.platform in ("win32", "darwin"):
        print("nnviz: desktop entries are for Linux desktops; see packaging/README.md for Windows and macOS.",
              file=sys.stderr)
        return 2
    try:
        files = uninstall_all() if remove else install_all()
    except (OSError, ValueError) as error:
        print(f"nnviz: {error.strerror if isinstance(error, OSError) and error.strerror else error}",
              file=sys.stderr)
        return 1
    if remove:
        print(f"Removed {len(files)} file(s)." if files else "No nnviz desktop entry was installed.")
    else:
        print(f"Installed the launcher {files[0]}, {len(files) - 3} icons, the lesson files' type and the metainfo; "
              "nnviz is in the applications menu.")
    return 0
