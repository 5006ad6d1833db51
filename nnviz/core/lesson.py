"""Lesson files: the state of every chapter as JSON with a format name and version; data only, never code.

`read`/`loads` validate everything and raise `LessonError` with a message naming the problem;
`dumps` writes what `loads` reads back. The caller writes the text atomically.
"""

from __future__ import annotations

import errno
import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path

from nnviz.core import files

FORMAT = "nnviz-lesson"
VERSION = 1
SUFFIX = ".nnviz.json"
MAX_BYTES = 10_000_000  # checked before the file is read, and by dumps(): the largest state the chapters accept
# (100,000 points in chapter 2, 10,000 in chapters 1 and 3, 1,000 days in chapter 5) writes at most about 5.7 MB,
# and a 10 MB file of numbers is read and checked in about a second
MAX_DEPTH = 24  # objects and lists inside each other
MAX_MAGNITUDE = 1e15  # larger numbers are refused (no parameter of the course comes near)
MAX_DIGITS = 40  # an integer with more digits than this is refused before Python converts it
MAX_STRING = 10_000
THEMES = ("light", "dark", "high-contrast")
NON_FINITE_WORDS = {"nan", "+nan", "-nan", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity"}
_MAGIC = {b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
          b"%PDF": "a PDF document", b"PK\x03\x04": "a ZIP archive (or an office document)",
          b"\x7fELF": "a program", b"MZ": "a Windows program"}

COMPACT_ABOVE = 1_000_000  # characters: larger lessons are written without indentation


class LessonError(ValueError):
    """A lesson file that cannot be used; the message says what is wrong, in plain words."""


@dataclass
class Lesson:
    """What a lesson file keeps: each chapter's state by key, the open chapter, the theme, the guided step."""

    chapters: dict[str, dict] = field(default_factory=dict)
    current: str | None = None  # key of the chapter on screen
    theme: str | None = None
    guided_step: int | None = None  # index of the guided step shown in `current`, None: not guided

    def __repr__(self) -> str:
        return f"Lesson(chapters={sorted(self.chapters)}, current={self.current!r}, theme={self.theme!r})"


def dumps(lesson: Lesson) -> str:
    """The JSON text of `lesson` (validated the same way as a file read back)."""
    data = {"format": FORMAT, "version": VERSION, "current": lesson.current, "theme": lesson.theme,
            "guided_step": lesson.guided_step, "chapters": lesson.chapters}
    try:
        text = json.dumps(data, separators=(",", ":"), ensure_ascii=False, allow_nan=False, default=_plain)
        if len(text) <= COMPACT_ABOVE // 4:  # small enough to read by eye: indented (one number a line at most
            indented = json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False, default=_plain)  # ×4 longer)
            text = indented if len(indented) <= COMPACT_ABOVE else text
    except (TypeError, ValueError) as error:
        raise LessonError(f"this state cannot be written to a lesson file: {error}") from None
    size = len(text.encode("utf-8"))
    if size > MAX_BYTES:
        raise LessonError(f"this lesson would be a file of {size / 1e6:.1f} MB; lesson files are at most "
                          f"{MAX_BYTES // 1_000_000} MB: remove some imported data first")
    loads(text)  # never write a file we would refuse to open
    return text


def _plain(value):
    """NumPy numbers and arrays (what chapters often hold) as plain JSON numbers and lists."""
    if hasattr(value, "tolist"):
        return value.tolist()
    raise TypeError(f"{type(value).__name__} is not a number, text, list or object")


def read(path: str | os.PathLike) -> Lesson:
    """Read and validate the lesson file at `path` (refused before it is opened if it is not an ordinary
    file, or larger than MAX_BYTES)."""
    path = Path(path)
    try:
        files.require_regular(path)
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise LessonError(f"the file is {size / 1e6:.1f} MB; lesson files are at most {MAX_BYTES // 1_000_000} MB")
        data = files.read_limited(path, MAX_BYTES)
    except files.FileRefused as error:
        if error.errno == errno.ENOENT:
            raise LessonError(f"there is no file “{path}”") from None
        if error.errno == errno.EISDIR:
            raise LessonError(f"“{path.name}” is a folder, not a lesson file") from None
        if error.errno == errno.EINVAL:
            raise LessonError(f"“{path.name}” is not an ordinary file (a pipe, a device or a socket): "
                              "it cannot be a lesson file") from None
        raise LessonError(f"“{path}” cannot be read: {error.strerror}") from None
    except FileNotFoundError:
        raise LessonError(f"there is no file “{path}”") from None
    except PermissionError:
        raise LessonError(f"nnviz is not allowed to read “{path}”") from None
    except OSError as error:
        raise LessonError(f"“{path}” cannot be read: {error.strerror or error}") from None
    if len(data) > MAX_BYTES:
        raise LessonError(f"the file is larger than {MAX_BYTES // 1_000_000} MB; lesson files are at most that")
    return loads(data)


def loads(data: str | bytes) -> Lesson:
    """Validate lesson text (or bytes) and return the Lesson; LessonError names the first problem."""
    if isinstance(data, bytes):
        if len(data) > MAX_BYTES:
            raise LessonError(f"the text is larger than {MAX_BYTES // 1_000_000} MB; lesson files are at most that")
        for magic, kind in _MAGIC.items():
            if data.startswith(magic):
                raise LessonError(f"this file is {kind}, not a lesson file")
        if files.utf16(data):
            raise LessonError("lesson files must be UTF-8 text (this one is UTF-16)")
        if b"\x00" in data[:4096]:
            raise LessonError("this is a binary file, not a lesson file (lesson files are JSON text)")
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise LessonError(f"the file is not UTF-8 text (bad byte at position {error.start})") from None
    if not data.strip():
        raise LessonError("the file is empty")
    try:
        tree = json.loads(data, parse_constant=_refuse_constant, parse_int=_parse_int,
                          object_pairs_hook=_no_duplicates)
    except RecursionError:
        raise LessonError(f"the file is nested too deeply (lists or objects inside each other more than "
                          f"{MAX_DEPTH} levels)") from None
    except json.JSONDecodeError as error:
        if error.pos >= len(data.rstrip()):
            raise LessonError("the file ends too early: it was probably cut off while being written "
                              f"(line {error.lineno})") from None
        raise LessonError(f"the file is not valid JSON: {error.msg} at line {error.lineno}, "
                          f"column {error.colno}") from None
    _check_values(tree, "the file", 0)
    return _lesson(tree)


def _refuse_constant(name: str):
    raise LessonError(f"the file contains {name}, which is not a number: lesson files hold only finite numbers")


def _parse_int(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_DIGITS:
        raise LessonError(f"the file contains a number with {digits} digits; numbers must be at most {MAX_MAGNITUDE:g}")
    return int(text)


def _no_duplicates(pairs: list) -> dict:
    out = {}
    for key, value in pairs:
        if key in out:
            raise LessonError(f"the key “{key}” appears twice in the same object")
        out[key] = value
    return out


def _check_values(value, where: str, depth: int) -> None:
    """Finite, moderate numbers, short strings, bounded nesting — everywhere in the tree."""
    if depth > MAX_DEPTH:
        raise LessonError(f"the file is nested too deeply at {where} (more than {MAX_DEPTH} levels)")
    if isinstance(value, bool) or value is None:
        return
    if isinstance(value, (int, float)):
        if not math.isfinite(value) or abs(value) > MAX_MAGNITUDE:
            raise LessonError(f"{where} is {value:g}, which is too large: numbers must be at most {MAX_MAGNITUDE:g}")
        return
    if isinstance(value, str):
        if len(value) > MAX_STRING:
            raise LessonError(f"{where} is a text of {len(value)} characters (at most {MAX_STRING})")
        if value.strip().lower() in NON_FINITE_WORDS:
            raise LessonError(f"{where} is the text “{value}”, not a number: lesson files hold only finite numbers")
        return
    if isinstance(value, list):
        for i, item in enumerate(value):
            _check_values(item, f"{where}[{i}]", depth + 1)
        return
    if isinstance(value, dict):
        for key, item in value.items():
            _check_values(item, f"{where} › {key}" if where != "the file" else f"“{key}”", depth + 1)
        return
    raise LessonError(f"{where} has an unsupported type")  # unreachable with json.loads


def _type_name(value) -> str:
    return {bool: "true/false", int: "a number", float: "a number", str: "a text", list: "a list",
            dict: "an object", type(None): "null"}.get(type(value), type(value).__name__)


def _lesson(tree) -> Lesson:
    if not isinstance(tree, dict):
        raise LessonError(f"a lesson file is a JSON object, but this file holds {_type_name(tree)}")
    if tree.get("format") != FORMAT:
        if "format" not in tree:
            raise LessonError(f"this is not an nnviz lesson file (no “format”: “{FORMAT}” field)")
        raise LessonError(f"this is not an nnviz lesson file (its format is “{tree['format']}”)")
    version = tree.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise LessonError(f"the “version” field must be a whole number, not {_type_name(version)}")
    if version > VERSION:
        raise LessonError(f"this lesson was written by a newer nnviz (format version {version}); "
                          f"this nnviz reads version {VERSION}: please update nnviz")
    if version < 1:
        raise LessonError(f"the format version {version} does not exist (versions start at 1)")
    chapters = tree.get("chapters", {})
    if not isinstance(chapters, dict):
        raise LessonError(f"“chapters” must be an object (chapter name → its state), not {_type_name(chapters)}")
    for key, state in chapters.items():
        if not isinstance(state, dict):
            raise LessonError(f"the state of chapter “{key}” must be an object, not {_type_name(state)}")
    current = tree.get("current")
    if current is not None and not isinstance(current, str):
        raise LessonError(f"“current” must be a chapter name, not {_type_name(current)}")
    theme = tree.get("theme")
    if theme is not None and theme not in THEMES:
        raise LessonError(f"“theme” must be one of {', '.join(THEMES)}, not {json.dumps(theme)[:40]}")
    step = tree.get("guided_step")
    if step is not None and (isinstance(step, bool) or not isinstance(step, int) or step < 0):
        raise LessonError(f"“guided_step” must be a step number from 0, not {json.dumps(step)[:40]}")
    return Lesson(chapters=chapters, current=current, theme=theme, guided_step=step)
