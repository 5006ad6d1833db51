"""Where nnviz's resources (translations, example lessons) are: the same lookup for a checkout, a wheel and a bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The first existing `resources` folder: bundled (PyInstaller), inside the package, or the source checkout."""
    here = Path(__file__).resolve().parent
    candidates = [Path(getattr(sys, "_MEIPASS", here)) / "resources", here / "resources", here.parent / "resources"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def resource(*parts: str) -> Path:
    """A path inside the resources folder (it may not exist)."""
    return resources_dir().joinpath(*parts)
