"""Why a lesson file cannot be opened (nnviz.core.lesson writes it in English), said in the interface language.

Each fixed sentence of the core is matched and rebuilt from its translation (as `table_messages` does for
data files); numbers take the language's decimal point. A sentence not in the list is shown as it is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP

from nnviz.qt.i18n import language, localize, rewrite, translate

_N = r"(\d+(?:\.\d+)?)"

KINDS = {kind: kind for kind in (
    QT_TRANSLATE_NOOP("lesson_messages", "a PNG image"), QT_TRANSLATE_NOOP("lesson_messages", "a JPEG image"),
    QT_TRANSLATE_NOOP("lesson_messages", "a GIF image"), QT_TRANSLATE_NOOP("lesson_messages", "a PDF document"),
    QT_TRANSLATE_NOOP("lesson_messages", "a ZIP archive (or an office document)"),
    QT_TRANSLATE_NOOP("lesson_messages", "a program"), QT_TRANSLATE_NOOP("lesson_messages", "a Windows program"))}

MESSAGES = tuple((re.compile(pattern, re.S), template, kinds) for pattern, template, kinds in (
    (r"the file is empty", QT_TRANSLATE_NOOP("lesson_messages", "the file is empty"), ()),
    (rf"the file is {_N} MB; lesson files are at most {_N} MB",
     QT_TRANSLATE_NOOP("lesson_messages", "the file is %1 MB; lesson files are at most %2 MB"), ("n", "n")),
    (rf"the (?:file|text) is larger than {_N} MB; lesson files are at most that",
     QT_TRANSLATE_NOOP("lesson_messages", "the file is larger than %1 MB; lesson files are at most that"), ("n",)),
    (r"this file is (.+), not a lesson file",
     QT_TRANSLATE_NOOP("lesson_messages", "this file is %1, not a lesson file"), ("kind",)),
    (r"this is a binary file, not a lesson file \(lesson files are JSON text\)",
     QT_TRANSLATE_NOOP("lesson_messages", "this is a binary file, not a lesson file (lesson files are JSON text)"), ()),
    (rf"the file is not UTF-8 text \(bad byte at position {_N}\)",
     QT_TRANSLATE_NOOP("lesson_messages", "the file is not UTF-8 text (bad byte at position %1)"), ("n",)),
    (rf"the file is nested too deeply.*?{_N} levels\)",
     QT_TRANSLATE_NOOP("lesson_messages", "the file is nested too deeply (more than %1 levels)"), ("n",)),
    (rf"the file ends too early: it was probably cut off while being written \(line {_N}\)",
     QT_TRANSLATE_NOOP("lesson_messages", "the file ends too early: it was probably cut off while being written "
                       "(line %1)"), ("n",)),
    (rf"the file is not valid JSON: .* at line {_N}, column {_N}",
     QT_TRANSLATE_NOOP("lesson_messages", "the file is not valid JSON (line %1, column %2)"), ("n", "n")),
    (r"the file contains (.+), which is not a number: lesson files hold only finite numbers",
     QT_TRANSLATE_NOOP("lesson_messages", "the file contains %1, which is not a number: lesson files hold only "
                       "finite numbers"), ("text",)),
    (r"this is not an nnviz lesson file.*",
     QT_TRANSLATE_NOOP("lesson_messages", "this is not an nnviz lesson file"), ()),
    (rf"this lesson was written by a newer nnviz \(format version {_N}\); this nnviz reads version {_N}: "
     r"please update nnviz",
     QT_TRANSLATE_NOOP("lesson_messages", "this lesson was written by a newer nnviz (format version %1); this "
                       "nnviz reads version %2: please update nnviz"), ("n", "n")),
    (r"a lesson file is a JSON object, but this file holds (.+)",
     QT_TRANSLATE_NOOP("lesson_messages", "a lesson file is a JSON object, but this file holds something else (%1)"),
     ("text",)),
    (r"there is no file “(.+)”", QT_TRANSLATE_NOOP("lesson_messages", "there is no file “%1”"), ("text",)),
    (r"nnviz is not allowed to read “(.+)”",
     QT_TRANSLATE_NOOP("lesson_messages", "nnviz is not allowed to read “%1”"), ("text",)),
    (r"“(.+)” is a folder, not a lesson file",
     QT_TRANSLATE_NOOP("lesson_messages", "“%1” is a folder, not a lesson file"), ("text",)),
    (r"“(.+)” is not an ordinary file \(a pipe, a device or a socket\): it cannot be a lesson file",
     QT_TRANSLATE_NOOP("lesson_messages", "“%1” is not an ordinary file (a pipe, a device or a socket): it cannot "
                       "be a lesson file"), ("text",)),
    (r"lesson files must be UTF-8 text \(this one is UTF-16\)",
     QT_TRANSLATE_NOOP("lesson_messages", "lesson files must be UTF-8 text (this one is UTF-16)"), ()),
    (rf"this lesson would be a file of {_N} MB; lesson files are at most {_N} MB: remove some imported data first",
     QT_TRANSLATE_NOOP("lesson_messages", "this lesson would be a file of %1 MB; lesson files are at most %2 MB: "
                       "remove some imported data first"), ("n", "n")),
))


def _part(text: str, kind: str) -> str:
    if kind == "kind":
        return translate("lesson_messages", KINDS.get(text, text))
    return localize(text)


def lesson_message(message: str) -> str:
    """`message` (a LessonError from the core) in the interface language; other texts with localized numbers."""
    if language() == "en":
        return message  # the core's own sentence, with all its detail
    said = rewrite(message, MESSAGES, "lesson_messages", _part)
    return said if said is not None else localize(message)
