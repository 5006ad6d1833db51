"""The Digits page's run (its TrainingController) and its state in a lesson file, every entry checked before
anything is applied."""

from __future__ import annotations

import math

import numpy as np

from nnviz.core.cnn import digits
from nnviz.core.descent import History, descend
from nnviz.qt.i18n import fill, translate
from nnviz.qt.training import HISTORY_BYTES, TrainingController

KEYS = ("classes", "test_percent", "filters", "batch_size", "seed", "learning_rate", "params", "test_image",
        "drawing")
PARAM_LIMIT = 1e6
LOSS_NAME = "Cross Entropy"  # the controller's loss name (a column of the exported CSV: not translated)


class DigitsController(TrainingController):
    """The shared controller, with the mini-batch of step n given to the generator from wherever it starts."""

    def __init__(self, objective: digits.Batches, start, learning_rate: float, parent=None):
        super().__init__(objective, start, learning_rate, digits.DEFAULT_RULES, loss_name=LOSS_NAME, parent=parent)
        self.history = History(budget=HISTORY_BYTES)  # 425 steps of 4 filters (1,000 held 9.9 MB)
        self.reset(start)

    def _generator(self, frm):
        return descend(self.objective.at(frm.number), frm.params, self.learning_rate, self.rules, free=self.free,
                       first_number=frm.number)


def _whole(state: dict, key: str, lo: int, hi: int) -> int:
    value = state[key]
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise ValueError(fill(translate("digits", "the Digits page's %1 must be a whole number from %2 to %3"),
                              key, lo, hi))
    return value


def validated(state) -> dict:
    """The Digits page's state from a lesson file, checked completely; ValueError with a readable message."""
    if not isinstance(state, dict):
        raise ValueError(translate("digits", "the Digits page's state must be a mapping"))
    missing, unknown = set(KEYS) - set(state), set(state) - set(KEYS)
    if missing or unknown:
        raise ValueError(fill(translate("digits", "the Digits page's state must give exactly: %1"), ", ".join(KEYS)))
    classes = state["classes"]
    if not isinstance(classes, list) or len(classes) not in (2, 10) or not all(
            isinstance(c, int) and not isinstance(c, bool) for c in classes):
        raise ValueError(translate("digits", "the Digits page's classes must be two different digits, or all ten"))
    try:
        classes = list(digits.check_classes(classes))
    except ValueError:
        raise ValueError(translate("digits", "the Digits page's classes must be two different digits, or all "
                                             "ten")) from None
    out = {"classes": classes, "test_percent": _whole(state, "test_percent", 5, 50),
           "filters": _whole(state, "filters", 1, digits.MAX_FILTERS),
           "batch_size": _whole(state, "batch_size", 1, 512),
           "seed": _whole(state, "seed", 0, 9999), "test_image": _whole(state, "test_image", 1, 100_000)}
    lr = state["learning_rate"]
    if isinstance(lr, bool) or not isinstance(lr, (int, float)) or not (math.isfinite(lr) and 0.001 <= lr <= 10):
        raise ValueError(translate("digits", "the Digits page's learning rate must be a number from 0.001 to 10"))
    out["learning_rate"] = float(lr)
    size = digits.Model(out["filters"], len(classes)).size
    params, drawing = state["params"], state["drawing"]
    if not isinstance(params, list) or len(params) != size or not all(
            isinstance(p, (int, float)) and not isinstance(p, bool) and math.isfinite(p) and abs(p) <= PARAM_LIMIT
            for p in params):
        raise ValueError(fill(translate("digits", "the Digits page needs %1 finite parameters for %2 filters and %3 "
                                                  "classes"), size, out["filters"], len(classes)))
    out["params"] = [float(p) for p in params]
    rows = drawing if isinstance(drawing, list) and len(drawing) == digits.SIDE else None
    if rows is None or not all(isinstance(r, list) and len(r) == digits.SIDE and all(
            isinstance(v, (int, float)) and not isinstance(v, bool) and 0 <= v <= 1 for v in r) for r in rows):
        raise ValueError(translate("digits", "the Digits page's drawing must be 8×8 numbers from 0 to 1"))
    out["drawing"] = np.array(rows, dtype=float).tolist()
    return out
