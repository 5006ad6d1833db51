"""The core's messages about a data file (nnviz.core.table, in English), said in the interface language.

The core writes a fixed set of sentences; each is matched here and rebuilt from its translation, with
its counts written as the language writes them. A sentence not in the list is shown as it is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP

from nnviz.qt.i18n import fill, grouped, localize, rewrite, translate

_NAME, _COUNT, _TEXT = "name", "count", "text"  # how each captured part is written back
_C = r"(\d[\d,]*)"  # a count as the core writes it (1,000)

#: What a file that is not a table is (nnviz.core.table.MAGIC), as the core names it.
KINDS = {
    "a PNG image": QT_TRANSLATE_NOOP("table_messages", "a PNG image"),
    "a JPEG image": QT_TRANSLATE_NOOP("table_messages", "a JPEG image"),
    "a GIF image": QT_TRANSLATE_NOOP("table_messages", "a GIF image"),
    "a PDF document": QT_TRANSLATE_NOOP("table_messages", "a PDF document"),
    "a ZIP archive (an Excel .xlsx file is one: save it as CSV)":
        QT_TRANSLATE_NOOP("table_messages", "a ZIP archive (an Excel .xlsx file is one: save it as CSV)"),
    "an old Excel or Word file (save it as CSV)":
        QT_TRANSLATE_NOOP("table_messages", "an old Excel or Word file (save it as CSV)"),
    "a BMP image": QT_TRANSLATE_NOOP("table_messages", "a BMP image"),
    "a binary file": QT_TRANSLATE_NOOP("table_messages", "a binary file"),
}

#: (the core's sentence, its translation, how to write each captured part).
MESSAGES = tuple((re.compile(pattern, re.S), template, kinds) for pattern, template, kinds in (
    (r"the file is empty: there is no data in it",
     QT_TRANSLATE_NOOP("table_messages", "the file is empty: there is no data in it"), ()),
    (r"the file is binary, not a table of numbers \(CSV text\)",
     QT_TRANSLATE_NOOP("table_messages", "the file is binary, not a table of numbers (CSV text)"), ()),
    (r"the file has a header line but no rows of numbers",
     QT_TRANSLATE_NOOP("table_messages", "the file has a header line but no rows of numbers"), ()),
    (rf"the file has {_C} lines: at most {_C} rows can be read",
     QT_TRANSLATE_NOOP("table_messages", "the file has %1 lines: at most %2 rows can be read"), (_COUNT, _COUNT)),
    (rf"the file has {_C} rows: at most {_C} rows can be read",
     QT_TRANSLATE_NOOP("table_messages", "the file has %1 rows: at most %2 rows can be read"), (_COUNT, _COUNT)),
    (rf"the file has {_C} columns: it needs {_C} to {_C}",
     QT_TRANSLATE_NOOP("table_messages", "the file has %1 columns: it needs %2 to %3"), (_COUNT,) * 3),
    (rf"only {_C} rows? of numbers could be read: at least {_C} needed",
     QT_TRANSLATE_NOOP("table_messages", "only %1 row(s) of numbers could be read: at least %2 needed"),
     (_COUNT, _COUNT)),
    (rf"no row of numbers could be read: at least {_C} needed",
     QT_TRANSLATE_NOOP("table_messages", "no row of numbers could be read: at least %1 needed"), (_COUNT,)),
    (r"cannot open (.+?): (.*)", QT_TRANSLATE_NOOP("table_messages", "cannot open %1: %2"), (_NAME, _TEXT)),
    (r"cannot read (.+?): (.*)", QT_TRANSLATE_NOOP("table_messages", "cannot read %1: %2"), (_NAME, _TEXT)),
    (rf"(.+) is {_C} MB: data files can be at most {_C} MB",
     QT_TRANSLATE_NOOP("table_messages", "%1 is %2 MB: data files can be at most %3 MB"), (_NAME, _COUNT, _COUNT)),
    (rf"(.+) is larger than {_C} MB: data files can be at most that",
     QT_TRANSLATE_NOOP("table_messages", "%1 is larger than %2 MB: data files can be at most that"), (_NAME, _COUNT)),
    (r"(.+) is not an ordinary file \(a pipe, a device or a socket\): it cannot be read as a table",
     QT_TRANSLATE_NOOP("table_messages", "%1 is not an ordinary file (a pipe, a device or a socket): it cannot be "
                       "read as a table"), (_NAME,)),
    (rf"line {_C} is {_C} characters long: a row of numbers has at most {_C}",
     QT_TRANSLATE_NOOP("table_messages", "line %1 is %2 characters long: a row of numbers has at most %3"),
     (_COUNT, _COUNT, _COUNT)),
    (r"(.+) is empty: there is no data in it",
     QT_TRANSLATE_NOOP("table_messages", "%1 is empty: there is no data in it"), (_NAME,)),
    # Reasons a row was left out.
    (r"an empty field", QT_TRANSLATE_NOOP("table_messages", "an empty field"), ()),
    (r"“(.*)” is not a finite number \(NaN or infinity\)",
     QT_TRANSLATE_NOOP("table_messages", "“%1” is not a finite number (NaN or infinity)"), (_NAME,)),
    (r"“(.*)” is not a number", QT_TRANSLATE_NOOP("table_messages", "“%1” is not a number"), (_NAME,)),
    (r"(.+) is too large \(at most ±([^\s)]+)\)",
     QT_TRANSLATE_NOOP("table_messages", "%1 is too large (at most ±%2)"), (_NAME, _TEXT)),
    (rf"expected {_C} values?, found {_C}",
     QT_TRANSLATE_NOOP("table_messages", "expected %1 value(s), found %2"), (_COUNT, _COUNT)),
))
_NOT_A_TABLE = re.compile(r"(.+) is (a .+|an .+), not a table of numbers \(CSV text\)", re.S)
_DETAIL = re.compile(r"(.+? needed) \(line (\d+): (.*)\)", re.S)


def _part(text: str, kind: str) -> str:
    if kind == _COUNT:
        return grouped(int(text.replace(",", "")))
    return text if kind == _NAME else localize(text)


def table_message(message: str) -> str:
    """`message` (a TableError or a skipped row's reason from the core) in the interface language."""
    found = _DETAIL.fullmatch(message)  # "… needed (line 3: “abc” is not a number)": the first row left out
    if found:
        head, line, reason = found.groups()
        return fill(translate("table_messages", "%1 (line %2: %3)"), table_message(head), line, table_message(reason))
    said = rewrite(message, MESSAGES, "table_messages", _part)
    if said is not None:
        return said
    found = _NOT_A_TABLE.fullmatch(message)
    if found and found.group(2) in KINDS:
        name, kind = found.groups()
        if name == "the file":
            return fill(translate("table_messages", "the file is %1, not a table of numbers (CSV text)"),
                        translate("table_messages", KINDS[kind]))
        return fill(translate("table_messages", "%1 is %2, not a table of numbers (CSV text)"), name,
                    translate("table_messages", KINDS[kind]))
    return localize(message)
