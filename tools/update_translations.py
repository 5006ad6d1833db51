"""Update the French translation: find the strings (pyside6-lupdate), fill them from tools/fr/*.py, compile (lrelease).

Run from the repository root after changing a translatable string or a translation:
    python tools/update_translations.py
Exit status 1 (and a list on stderr) if a string has no French yet.
"""

from __future__ import annotations

import runpy
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "nnviz_fr.ts"


def french() -> dict:
    """Every translation in tools/fr/*.py, merged (a later file may not contradict an earlier one).

    A key is the English text, or (context, text) where one context needs another French.
    """
    merged: dict = {}
    for part in sorted((ROOT / "tools" / "fr").glob("*.py")):
        for source, text in runpy.run_path(str(part))["FRENCH"].items():
            if merged.get(source, text) != text:
                raise SystemExit(f"{part.name}: two French texts for {source!r}: {merged[source]!r} and {text!r}")
            merged[source] = text
    return merged


def tool(name: str) -> str:
    """The path of a PySide6 tool beside this Python, or on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this Python")
    return found


def fill(path: Path, translations: dict) -> list[str]:
    """Write the French of each message into the .ts file; the sources that have none."""
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            text = translations.get((name, source), translations.get(source))
            if text is not None:
                translation.text = text
                translation.attrib.pop("type", None)
            else:
                missing.append(source)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "nnviz").rglob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(TS)], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    missing = fill(TS, french())
    subprocess.run([tool("pyside6-lrelease"), str(TS)], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    for source in missing:
        print(f"no French for: {source!r}", file=sys.stderr)
    print(f"{TS.name}: {len(missing)} string(s) without French", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
