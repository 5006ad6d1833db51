"""The bundle's entry point (PyInstaller needs a script): check what the bundle needs from the system, then
start nnviz as `python -m nnviz` would.

The bundle carries Qt, Python and NumPy, but not two things every Linux desktop has: the C library
(glibc, at least the version of the machine that built the bundle) and the OpenGL/EGL libraries of the
graphics driver. Without them Qt fails deep inside with a message nobody can read; this says it plainly
(on stderr, and in a dialog when zenity, kdialog or xmessage is there) and exits 3.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

#: Written by nnviz.spec at build time, beside the bundle's libraries: {"glibc": "2.36", ...}.
BUILD_INFO = "nnviz-build-info.json"
#: The system libraries Qt loads (QtGui links them; the graphics driver provides them).
SYSTEM_LIBRARIES = {"GL": "libGL.so.1", "EGL": "libEGL.so.1"}
EXIT_REQUIREMENTS = 3


def version_tuple(text: str) -> tuple[int, ...]:
    """'2.36' -> (2, 36); the digits of each dotted part ('2.35+dev' -> (2, 35))."""
    parts = []
    for piece in text.strip().split("."):
        digits = "".join(c for c in piece if c.isdigit()) if piece[:1].isdigit() else ""
        if not digits:
            break
        parts.append(int(digits))
    return tuple(parts)


def system_glibc() -> str | None:
    """This system's glibc version ('2.36'), or None if the C library is not glibc (e.g. musl)."""
    try:
        value = os.confstr("CS_GNU_LIBC_VERSION")  # 'glibc 2.36'
    except (AttributeError, ValueError, OSError):
        return None
    if not value or not value.startswith("glibc "):
        return None
    return value.split(" ", 1)[1]


def library_present(name: str, soname: str) -> bool:
    """Whether the dynamic loader finds the library: by name (ldconfig's cache), else by loading its soname."""
    if ctypes.util.find_library(name):
        return True
    try:  # find_library needs ldconfig or a compiler; a system without them may still have the library
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def problems(build_info: dict, glibc: str | None, present=library_present) -> list[str]:
    """What this system lacks to run the bundle, one sentence each (empty: all is there)."""
    found = []
    needed = build_info.get("glibc")
    if needed and glibc is None:
        found.append(f"nnviz needs the GNU C library (glibc {needed} or newer); this system has another C library.")
    elif needed and version_tuple(glibc) < version_tuple(needed):
        found.append(
            f"nnviz needs glibc {needed} or newer; this system has glibc {glibc}. Use a newer system, "
            "install nnviz with pip instead (pip install nnviz), or use a bundle built on an older system."
        )
    missing = [soname for name, soname in SYSTEM_LIBRARIES.items() if not present(name, soname)]
    if missing:
        found.append(
            f"nnviz needs the system's OpenGL libraries, and {' and '.join(missing)} cannot be found. Install them: "
            "sudo apt install libgl1 libegl1 (Debian, Ubuntu), sudo dnf install mesa-libGL mesa-libEGL (Fedora), "
            "sudo pacman -S libglvnd (Arch)."
        )
    return found


def read_build_info(folder: Path) -> dict:
    """The bundle's build facts ({} when run from a source checkout or when the file is unreadable)."""
    try:
        return json.loads((folder / BUILD_INFO).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def tell(message: str) -> None:
    """Print `message`, and show it in a dialog too when there is a desktop (a double-click has no terminal)."""
    print(message, file=sys.stderr)
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return
    for command in (["zenity", "--error", "--title=nnviz", "--no-markup", f"--text={message}"],
                    ["kdialog", "--title", "nnviz", "--error", message],
                    ["xmessage", "-center", message]):
        if shutil.which(command[0]):
            try:
                subprocess.run(command, check=False, timeout=600)
            except (OSError, subprocess.SubprocessError):
                continue
            return


def check_system() -> int:
    """0 if this system can run the bundle, else EXIT_REQUIREMENTS after saying why. Linux bundles only."""
    if not (sys.platform.startswith("linux") and getattr(sys, "frozen", False)):
        return 0
    found = problems(read_build_info(Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))), system_glibc())
    if found:
        tell("nnviz cannot start on this system.\n\n" + "\n\n".join(found))
        return EXIT_REQUIREMENTS
    return 0


def main() -> int:
    status = check_system()
    if status:
        return status
    from nnviz.app import cli

    cli()  # exits the process itself, once the window is closed and the settings are written
    return 0


if __name__ == "__main__":
    sys.exit(main())
