"""Write nnviz/qt/pyqtgraph_strings.py: the texts of pyqtgraph's plot menus and export dialog, for translation.

pyqtgraph translates its own menus with QCoreApplication.translate(context, text) through a local
alias that pyside6-lupdate does not recognise, so nnviz lists those texts itself (QT_TRANSLATE_NOOP)
and ships their French with its own. Re-run after upgrading pyqtgraph:
    python tools/pyqtgraph_strings.py && python tools/update_translations.py
"""

from __future__ import annotations

import ast
from pathlib import Path

import pyqtgraph

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "nnviz" / "qt" / "pyqtgraph_strings.py"
#: The parts of pyqtgraph a student meets in nnviz: a plot's right-click menu, its options, the export dialog.
PARTS = ("graphicsItems/PlotItem", "graphicsItems/ViewBox", "GraphicsScene", "exporters")


def strings() -> list[tuple[str, str]]:
    """(context, text) of every translate call with two literal arguments in those parts, in a fixed order."""
    found = set()
    base = Path(pyqtgraph.__file__).parent
    for part in PARTS:
        for path in sorted((base / part).glob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call) or len(node.args) < 2:
                    continue
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                context, text = node.args[:2]
                if name in ("translate", "_translate") and all(
                        isinstance(a, ast.Constant) and isinstance(a.value, str) for a in (context, text)):
                    if any(c.isalpha() for c in text.value):
                        found.add((context.value, text.value))
    return sorted(found)


def main() -> None:
    lines = [
        '"""pyqtgraph\'s own menu and dialog texts, listed for translation (written by tools/pyqtgraph_strings.py)."""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        f"# pyqtgraph {pyqtgraph.__version__}",
        "TEXTS = (",
    ]
    lines += [f"    QT_TRANSLATE_NOOP({context!r}, {text!r})," for context, text in strings()]
    lines += [")", ""]
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(lines) - 7} texts")


if __name__ == "__main__":
    main()
