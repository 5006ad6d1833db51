"""Tables of numbers read from CSV text (x, y data and sequences of days) and written back exactly."""

from __future__ import annotations

import errno
import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from nnviz.core import files

MAX_BYTES = 20 * 2**20  # a file larger than this is refused before it is read
MAX_ROWS = 1_000_000  # (x, y) rows
MAX_DAYS = 1_000  # values of a sequence (per column)
MAX_COLUMNS = 10  # companies in a sequence file
MAX_SKIPPED = 200  # unreadable rows listed one by one (the rest are only counted)
MAX_LINE = 10_000  # characters in a line: a longer one (a field of millions of digits) is refused before converting
LIMIT = 1e6  # values beyond ±LIMIT are refused (the chapters' fields stop there too)
MAGIC = {b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
         b"%PDF": "a PDF document", b"PK\x03\x04": "a ZIP archive (an Excel .xlsx file is one: save it as CSV)",
         b"\xd0\xcf\x11\xe0": "an old Excel or Word file (save it as CSV)", b"BM": "a BMP image"}


_INK = re.compile(r"\S")  # the first character of a line that is not blank


class TableError(ValueError):
    """A file that cannot be read as a table; the message names the problem for a person."""


@dataclass(frozen=True)
class Table:
    """What was read: column names, one float array per column, and the rows that could not be read."""

    names: tuple[str, ...]
    columns: tuple[np.ndarray, ...]
    skipped: tuple[tuple[int, str], ...] = ()  # (line number, reason), the first MAX_SKIPPED
    skipped_count: int = 0  # all unreadable rows
    header: bool = False
    separator: str = ","
    decimal_comma: bool = False
    notes: tuple[str, ...] = field(default=())

    @property
    def rows(self) -> int:
        return len(self.columns[0]) if self.columns else 0

    def __repr__(self) -> str:
        return (f"Table(names={self.names!r}, rows={self.rows}, skipped={self.skipped_count}, "
                f"separator={self.separator!r}, decimal_comma={self.decimal_comma})")


def check_file(path: str | os.PathLike, max_bytes: int = MAX_BYTES) -> str:
    """The text of the file at `path`; TableError for a missing, huge, empty or binary file, or one that is
    not an ordinary file (a FIFO would never end): all checked before anything is read."""
    path = Path(path)
    try:
        files.require_regular(path)
        size = path.stat().st_size
    except files.FileRefused as error:
        if error.errno == errno.EINVAL:
            raise TableError(f"{path.name} is not an ordinary file (a pipe, a device or a socket): "
                             "it cannot be read as a table") from None
        reason = os.strerror(error.errno) if error.errno in (errno.ENOENT, errno.EISDIR) else error.strerror
        raise TableError(f"cannot open {path.name}: {reason}") from None  # the system's words, as for other errors
    except OSError as error:
        raise TableError(f"cannot open {path.name}: {error.strerror or error}") from None
    if size > max_bytes:
        raise TableError(f"{path.name} is {size / 2**20:.0f} MB: data files can be at most {max_bytes / 2**20:.0f} MB")
    try:
        data = files.read_limited(path, max_bytes)
    except OSError as error:
        raise TableError(f"cannot read {path.name}: {error.strerror or error}") from None
    if len(data) > max_bytes:
        raise TableError(f"{path.name} is larger than {max_bytes / 2**20:.0f} MB: data files can be at most that")
    return decode(data, path.name)


def decode(data: bytes, name: str = "the file") -> str:
    """Bytes as text (UTF-8, UTF-16 as some spreadsheets save it, else Latin-1); TableError for empty, image or
    other binary content."""
    encoding = files.utf16(data)
    if encoding:
        try:
            data = data.decode(encoding).lstrip("\ufeff").encode("utf-8")
        except UnicodeDecodeError:
            raise TableError(f"{name} is a binary file, not a table of numbers (CSV text)") from None
    if not data.strip():
        raise TableError(f"{name} is empty: there is no data in it")
    for magic, what in MAGIC.items():
        if data.startswith(magic):
            raise TableError(f"{name} is {what}, not a table of numbers (CSV text)")
    if b"\x00" in data[:65536]:
        raise TableError(f"{name} is a binary file, not a table of numbers (CSV text)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")  # spreadsheet exports in Western European encodings


def _numbered(text: str, max_rows: int) -> list[tuple[int, str]]:
    """(line number, line) of every line that is not blank, stopping with TableError as soon as there are more
    than `max_rows` + 1 (a header) of them, or at a line too long to be a row of numbers: nothing is split into a
    list first, and blank lines are skipped by a regular expression, not one by one."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.count("\n") <= max_rows + 1:  # few lines in all: split at once (bounded by the limit), as fast as can be
        lines = text.split("\n")
        if max(map(len, lines)) > MAX_LINE:
            number = next(i for i, line in enumerate(lines) if len(line) > MAX_LINE) + 1
            raise TableError(f"line {number} is {len(lines[number - 1]):,} characters long: a row of numbers has at "
                             f"most {MAX_LINE:,}")
        return [(i + 1, line) for i, line in enumerate(lines) if line.strip()]
    numbered, number, counted, position = [], 1, 0, 0
    while (ink := _INK.search(text, position)) is not None:
        start = text.rfind("\n", 0, ink.start()) + 1
        end = text.find("\n", ink.start())
        end = len(text) if end < 0 else end
        number += text.count("\n", counted, start)
        counted = position = start
        if end - start > MAX_LINE:
            raise TableError(f"line {number} is {end - start:,} characters long: a row of numbers has at most "
                             f"{MAX_LINE:,}")
        numbered.append((number, text[start:end]))
        if len(numbered) > max_rows + 1:
            lines = text.count("\n") + (not text.endswith("\n"))
            raise TableError(f"the file has {lines:,} lines: at most {max_rows:,} rows can be read")
        position = end
    return numbered


def _separator(lines: list[str]) -> str:
    """';' or tab if the first lines use one (then ',' is a decimal comma), else ','."""
    sample = lines[:20]
    for sep in (";", "\t"):
        if any(sep in line for line in sample):
            return sep
    return ","


def _value(text: str, decimal_comma: bool) -> float:
    """One field as a finite float within ±LIMIT; ValueError with the reason."""
    t = text.strip().replace("\u2212", "-").replace("\u00a0", "").replace(" ", "")
    if not t:
        raise ValueError("an empty field")
    if decimal_comma:
        t = t.replace(",", ".")
    if "_" in t:  # Python's float() reads 1_000 as 1000 and 4_5 as 45: in a data file that is not a number
        raise ValueError(f"“{text.strip()[:20]}” is not a number")
    try:
        v = float(t)
    except ValueError:
        raise ValueError(f"“{text.strip()[:20]}” is not a number") from None
    if not math.isfinite(v):
        raise ValueError(f"“{text.strip()[:20]}” is not a finite number (NaN or infinity)")
    if abs(v) > LIMIT:
        raise ValueError(f"{text.strip()[:20]} is too large (at most ±{LIMIT:g})")
    return v


def _is_number(text: str, decimal_comma: bool) -> bool:
    t = text.strip().replace("\u2212", "-").replace(",", ".") if decimal_comma else text.strip().replace("\u2212", "-")
    if "_" in t:
        return False
    try:
        float(t)
        return True
    except ValueError:
        return False


def parse(text: str, *, min_columns: int = 2, max_columns: int = 2, max_rows: int = MAX_ROWS,
          min_rows: int = 1, default_names: tuple[str, ...] = ("x", "y")) -> Table:
    """Read a table from CSV `text`: header optional, ',' ';' or tab, decimal point or comma; TableError if unusable."""
    if not text.strip():
        raise TableError("the file is empty: there is no data in it")
    if "\x00" in text:
        raise TableError("the file is binary, not a table of numbers (CSV text)")
    numbered = _numbered(text, max_rows)  # the line limit is checked while the lines are found (+1: a header)
    sep = _separator([line for _, line in numbered])
    comma = sep != ","
    first = [f.strip() for f in numbered[0][1].split(sep)]
    header = not any(_is_number(f, comma) for f in first if f)
    if header:
        numbered = numbered[1:]
        if not numbered:
            raise TableError("the file has a header line but no rows of numbers")
    width = None if min_columns != max_columns else min_columns
    if width is None:  # as many columns as the header (or the first row) has
        width = len([f for f in first if f]) if first else 1
        if not min_columns <= width <= max_columns:
            raise TableError(f"the file has {width} columns: it needs {min_columns} to {max_columns}")
    if len(numbered) > max_rows:
        raise TableError(f"the file has {len(numbered):,} rows: at most {max_rows:,} rows can be read")
    fast = _fast(numbered, sep, width, comma)
    if fast is not None:
        bad = np.flatnonzero(~np.all(np.isfinite(fast) & (np.abs(fast) <= LIMIT), axis=1))
        if len(bad):  # rows of numbers that are too large or not finite: the reasons of the first few only
            fast = np.delete(fast, bad, axis=0)
            skipped = tuple((numbered[i][0], _reason(numbered[i][1], sep, comma)) for i in bad[:MAX_SKIPPED])
        if len(fast) < min_rows:
            detail = f" (line {skipped[0][0]}: {skipped[0][1]})" if len(bad) else ""
            what = "no row" if len(fast) == 0 else f"only {len(fast)} row{'s' if len(fast) > 1 else ''}"
            raise TableError(f"{what} of numbers could be read: at least {min_rows} needed{detail}")
        names = _names(first, header, width, default_names)
        return Table(names, tuple(fast[:, i].copy() for i in range(width)), skipped if len(bad) else (), len(bad),
                     header, sep, comma and "," in text)
    values = np.empty((len(numbered), width))
    good, skipped, count = 0, [], 0
    for number, line in numbered:
        fields = [f for f in line.split(sep)]
        while len(fields) > width and not fields[-1].strip():  # a trailing separator
            fields.pop()
        try:
            if len(fields) != width:
                raise ValueError(f"expected {width} value{'s' if width > 1 else ''}, found {len(fields)}")
            values[good] = [_value(f, comma) for f in fields]
            good += 1
        except ValueError as error:
            count += 1
            if len(skipped) < MAX_SKIPPED:
                skipped.append((number, str(error)))
    if good < min_rows:
        detail = f" (line {skipped[0][0]}: {skipped[0][1]})" if skipped else ""
        what = "no row" if good == 0 else f"only {good} row{'s' if good > 1 else ''}"
        raise TableError(f"{what} of numbers could be read: at least {min_rows} needed{detail}")
    names = _names(first, header, width, default_names)
    cols = tuple(values[:good, i].copy() for i in range(width))
    return Table(names, cols, tuple(skipped), count, header, sep, comma and "," in text)


def _fast(numbered, sep: str, width: int, comma: bool) -> np.ndarray | None:
    """All rows converted at once (rows of fields float() reads; the caller leaves out those too large or not
    finite); None if any row needs the careful, row-by-row reading."""
    lines = [line for _, line in numbered]
    if any(line.count(sep) != width - 1 for line in lines):
        return None
    joined = sep.join(lines)
    if comma:
        joined = joined.replace(",", ".")
    if "_" in joined:  # Python would read 1_000 as 1000: leave such text to the careful reading
        return None
    fields = joined.split(sep)
    try:  # float by float: a text array would take as many bytes per field as its longest field
        return np.fromiter(map(float, fields), dtype=float, count=len(fields)).reshape(len(lines), width)
    except ValueError:
        return None


def _reason(line: str, sep: str, comma: bool) -> str:
    """Why the row-by-row reading refuses `line` (one the fast path read as a number too large or not finite)."""
    try:
        [_value(f, comma) for f in line.split(sep)]
    except ValueError as error:
        return str(error)
    return "a number out of range"  # not reached: the fast path and _value read numbers the same way


def _names(first: list[str], header: bool, width: int, defaults: tuple[str, ...]) -> tuple[str, ...]:
    if header:
        return tuple(first[:width]) + tuple(f"Column {i + 1}" for i in range(len(first), width))
    return defaults[:width] + tuple(f"Column {i + 1}" for i in range(len(defaults), width))


def read_xy(path: str | os.PathLike, max_rows: int = MAX_ROWS, max_bytes: int = MAX_BYTES) -> Table:
    """(x, y) rows from a CSV file: exactly two columns, at least two rows."""
    return parse(check_file(path, max_bytes), min_columns=2, max_columns=2, max_rows=max_rows, min_rows=2)


def read_sequence(path: str | os.PathLike, max_days: int = MAX_DAYS, max_bytes: int = MAX_BYTES) -> Table:
    """A sequence of days from a CSV file: one column, or one column per company (at most MAX_COLUMNS)."""
    return parse(check_file(path, max_bytes), min_columns=1, max_columns=MAX_COLUMNS, max_rows=max_days,
                 min_rows=1, default_names=())


def write(names, columns, separator: str = ",") -> str:
    """CSV text of `columns` under a header of `names`; every float written exactly (repr), one row a line."""
    names = [str(n).replace(separator, " ") for n in names]
    arrays = [np.asarray(c, dtype=float) for c in columns]
    if len(names) != len(arrays) or len({len(a) for a in arrays}) > 1:
        raise ValueError("one name per column, and columns of the same length")
    rows = (separator.join(repr(float(v)) for v in row) for row in zip(*arrays, strict=True))
    return separator.join(names) + "\n" + "\n".join(rows) + "\n"
