"""Where nnviz's resources (icons, translations, lesson files) are, however nnviz was installed."""

from __future__ import annotations

import sys
from pathlib import Path

#: The name of the resources folder inside an installed wheel (`nnviz/_resources`, see setup.py).
PACKAGED = "_resources"
#: A file every resources folder holds; tells a real resources folder from a stray one.
MARKER = Path("icons") / "nnviz.svg"


def resources_dir() -> Path:
    """The resources folder: in the PyInstaller bundle, in an installed wheel, or in a source checkout."""
    package = Path(__file__).resolve().parent
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        candidates.append(Path(bundle) / "resources")
    candidates += [package / PACKAGED, package.parent / "resources"]
    for candidate in candidates:
        if (candidate / MARKER).is_file():
            return candidate
    raise FileNotFoundError("nnviz's resources folder is missing; looked in " + ", ".join(map(str, candidates)))


def resource(*parts: str) -> Path:
    """A path inside the resources folder (it may not exist)."""
    return resources_dir().joinpath(*parts)
