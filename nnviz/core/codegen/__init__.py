"""Each chapter as code: a readable NumPy script and a PyTorch script that print the numbers on screen and train as
the tab's Run does. Pure functions of a chapter's lesson state (what its tab's get_state() returns); no Qt.

`numpy_script(key, state)` / `torch_script(key, state)` return a `Script` (its source, and any data file to write
beside it); `file_names(number, key)` gives the names the export writes."""

from __future__ import annotations

from importlib import import_module

from nnviz.core.codegen._common import INLINE_ROWS, Script

#: Chapter key → (number, module name), for chapters 1–5.
CHAPTERS = {"why-how": (1, "why_how"), "gradient-descent": (2, "gradient_descent"),
            "backpropagation": (3, "backpropagation"), "cnn": (4, "cnn"), "rnn-lstm": (5, "rnn_lstm")}
KINDS = ("numpy", "torch")

__all__ = ["CHAPTERS", "INLINE_ROWS", "KINDS", "Script", "module", "script", "file_name", "deck_state"]


def module(key: str):
    """The codegen module of chapter `key`."""
    if key not in CHAPTERS:
        raise ValueError(f"chapter {key!r} has no code to show; choose one of {', '.join(CHAPTERS)}")
    return import_module(f"nnviz.core.codegen.{CHAPTERS[key][1]}")


def deck_state(key: str) -> dict:
    return module(key).deck_state()


def script(key: str, kind: str, state: dict | None = None) -> Script:
    """The `kind` ("numpy" or "torch") script of chapter `key` at `state` (the deck's when None)."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind of script {kind!r}; choose numpy or torch")
    chapter = module(key)
    return chapter.numpy_script(state) if kind == "numpy" else chapter.torch_script(state)


def file_name(key: str, kind: str) -> str:
    """`<n>-<key>-numpy.py` or `<n>-<key>-torch.py`."""
    return f"{CHAPTERS[key][0]}-{key}-{kind}.py"
