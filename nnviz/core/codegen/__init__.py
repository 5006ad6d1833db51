"""Each chapter as code: a readable NumPy script and a PyTorch script that print the numbers on screen and train as
the tab's Run does. Pure functions of a chapter's lesson state (what its tab's get_state() returns); no Qt.

`numpy_script(key, state)` / `torch_script(key, state)` return a `Script` (its source, and any data file to write
beside it); `file_names(number, key)` gives the names the export writes."""

from __future__ import annotations

import math

import numpy as np

from nnviz.core.codegen import backpropagation, cnn, gradient_descent, rnn_lstm, why_how
from nnviz.core.codegen._common import INLINE_ROWS, Script

#: Chapter key → (number, module), for chapters 1–5 (imported here, not by name: a bundle finds them).
CHAPTERS = {"why-how": (1, why_how), "gradient-descent": (2, gradient_descent),
            "backpropagation": (3, backpropagation), "cnn": (4, cnn), "rnn-lstm": (5, rnn_lstm)}
KINDS = ("numpy", "torch")

__all__ = ["CHAPTERS", "INLINE_ROWS", "KINDS", "Script", "module", "script", "file_name", "deck_state"]


def module(key: str):
    """The codegen module of chapter `key`."""
    if key not in CHAPTERS:
        raise ValueError(f"chapter {key!r} has no code to show; choose one of {', '.join(CHAPTERS)}")
    return CHAPTERS[key][1]


def deck_state(key: str) -> dict:
    return module(key).deck_state()


def _finite_numbers(value, where: str = "") -> None:
    """ValueError naming the first NaN or infinity anywhere in a state (a lesson file may hold one in any field)."""
    if isinstance(value, (float, np.floating)):
        if not math.isfinite(value):
            raise ValueError(f"{where or 'the state'} is {float(value)!r}: a script can start only from finite numbers")
    elif isinstance(value, dict):
        for name, item in value.items():
            _finite_numbers(item, f"{where}.{name}" if where else str(name))
    elif isinstance(value, (list, tuple, np.ndarray)):
        try:  # the common case at NumPy's speed: a column of imported data can hold 100,000 numbers
            if np.isfinite(np.asarray(value, dtype=float)).all():
                return
        except (TypeError, ValueError):  # text, None, ragged rows: looked at one by one
            pass
        for i, item in enumerate(value):
            _finite_numbers(item, f"{where}[{i}]")


def script(key: str, kind: str, state: dict | None = None) -> Script:
    """The `kind` ("numpy" or "torch") script of chapter `key` at `state` (the deck's when None). ValueError saying
    why for a state no script can start from (NaN or infinity anywhere, named by its place in the state)."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind of script {kind!r}; choose numpy or torch")
    chapter = module(key)
    _finite_numbers(state)
    return chapter.numpy_script(state) if kind == "numpy" else chapter.torch_script(state)


def file_name(key: str, kind: str) -> str:
    """`<n>-<key>-numpy.py` or `<n>-<key>-torch.py`."""
    return f"{CHAPTERS[key][0]}-{key}-{kind}.py"


def write(script: Script, path) -> list:
    """Write `script` to `path` and its data files beside it, each atomically; returns the paths written."""
    from pathlib import Path

    from nnviz.core.files import write_atomically

    path = Path(path)
    written = [write_atomically(path.with_name(name), text) for name, text in script.files.items()]
    return written + [write_atomically(path, script.source)]


def export_all(chapter_states: dict, folder) -> list:
    """Both scripts of chapters 1–5 into `folder` (made if missing), each chapter at its state in `chapter_states`
    (chapter key → state; the deck's where missing). ValueError names a chapter whose state cannot become code,
    before anything is written; OSError when a file cannot be written."""
    from pathlib import Path

    scripts = []
    for key in CHAPTERS:
        for kind in KINDS:
            try:
                scripts.append((file_name(key, kind), script(key, kind, chapter_states.get(key))))
            except (ValueError, TypeError, KeyError, IndexError, AttributeError) as error:
                reason = error.args[0] if isinstance(error, ValueError) and error.args else f"a bad entry ({error})"
                raise ValueError(f"chapter {CHAPTERS[key][0]} ({key}) cannot be written as code: {reason}") from None
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    return [path for name, item in scripts for path in write(item, folder / name)]
