"""A student's practice record: per chapter and kind, exercises attempted, right first time, and the streak.

An exercise counts once, at its first answer that is a number: right then adds one to "right first time" and
to the streak; wrong sets the streak back to 0. Typing text that is not a number counts as nothing.
"""

from __future__ import annotations

import csv
import io
from typing import Mapping, NamedTuple


class Tally(NamedTuple):
    attempted: int = 0
    right_first_time: int = 0
    streak: int = 0

    def after(self, correct: bool) -> "Tally":
        """The tally after a first answer that was right (or not)."""
        if correct:
            return Tally(self.attempted + 1, self.right_first_time + 1, self.streak + 1)
        return Tally(self.attempted + 1, self.right_first_time, 0)

    def to_text(self) -> str:
        return f"{self.attempted} {self.right_first_time} {self.streak}"

    @classmethod
    def from_text(cls, stored) -> "Tally":
        """A tally read back from the settings; an empty tally for anything that is not three sane counts (the
        settings file is text from outside)."""
        if not isinstance(stored, str) or len(stored) > 64:
            return cls()
        parts = stored.split()
        if len(parts) != 3 or not all(p.isdigit() for p in parts):
            return cls()
        attempted, right, streak = (int(p) for p in parts)
        if not right <= attempted or not streak <= right or attempted > 10**9:
            return cls()
        return cls(attempted, right, streak)


COLUMNS = ("chapter", "kind", "attempted", "right first time", "streak")


def record_csv(tallies: Mapping[tuple[str, str], Tally]) -> str:
    """The record as CSV text: one row per chapter and kind, in the order given."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for (chapter, kind), tally in tallies.items():
        writer.writerow((chapter, kind, tally.attempted, tally.right_first_time, tally.streak))
    return out.getvalue()
