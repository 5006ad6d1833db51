"""nnviz.core is pure NumPy: importing it, or any of its submodules, loads no Qt module.

(docs/ARCHITECTURE.md, "Layers", rule 1.)"""

import json
import pkgutil
import subprocess
import sys

import nnviz.core

QT_MODULES = ("PySide6", "pyqtgraph", "superqt", "shiboken6", "qtpy", "PyQt5", "PyQt6", "PySide2")

PROBE = """
import importlib, json, pkgutil, sys
import nnviz.core
names = ["nnviz.core"] + sorted(m.name for m in pkgutil.walk_packages(nnviz.core.__path__, "nnviz.core."))
for name in names:
    importlib.import_module(name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in {qt_modules!r})
print(json.dumps({{"imported": names, "qt": qt}}))
"""


def core_modules() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(nnviz.core.__path__, "nnviz.core."))


def test_core_has_modules_to_check():
    assert "nnviz.core.descent" in core_modules()
    assert "nnviz.core.regression" in core_modules()


def test_importing_every_core_module_loads_no_qt():
    code = PROBE.format(qt_modules=set(QT_MODULES))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert set(core_modules()) <= set(report["imported"])
    assert report["qt"] == [], f"nnviz.core pulled in Qt modules: {report['qt']}"


def test_the_probe_would_see_qt():
    """The same probe, made to import pyqtgraph, reports it (so the check above can fail)."""
    code = "import pyqtgraph\n" + PROBE.format(qt_modules=set(QT_MODULES))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert "pyqtgraph" in report["qt"]
