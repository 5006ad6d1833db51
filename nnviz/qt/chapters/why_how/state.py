"""Chapter 1's lesson-file state: checked completely before anything is applied."""

from __future__ import annotations

import math

from nnviz.core.why_how import dosage as net
from nnviz.core.why_how import wide
from nnviz.qt.i18n import localize, translate

LIMIT = 1e6  # weights and biases: from −1e6 to 1e6
MAX_SEED = 2 ** 31 - 1
MAX_POINTS = 10_000  # an imported table (see data_tables.DOSAGE_POINTS)
PARTS = ("top", "bottom", "nodes", "sum", "data")  # "top"/"bottom" for the deck's 2 nodes, "nodes" otherwise
VIEWS = ("line", "activations")
HIDDEN = ("softplus", "relu", "sigmoid", "tanh")
OUTPUTS = ("identity",) + HIDDEN
DATA_BOUNDS = (0.0, 1.0, -1.0, 2.0)  # Dosage from 0 to 1, Efficacy from −1 to 2
KEYS = (
    "hidden_nodes",
    "params",
    "activation",
    "output",
    "preset",
    "seed",
    "dosage",
    "data",
    "show",
    "view",
    "selected",
)


def _number(value, what: str, lo: float, hi: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(translate("why_how_state", "{what} must be a number, not {kind}")
                         .format(what=what, kind=type(value).__name__))
    value = float(value)
    if not math.isfinite(value):
        raise ValueError(translate("why_how_state", "{what} must be a finite number").format(what=what))
    if not lo <= value <= hi:
        raise ValueError(translate("why_how_state", "{what} must be from {lo} to {hi}, not {value}")
                         .format(what=what, lo=localize(f"{lo:g}"), hi=localize(f"{hi:g}"),
                                 value=localize(f"{value:g}")))
    return value


def _choice(value, what: str, choices) -> str:
    if value not in choices:
        raise ValueError(translate("why_how_state", "{what} must be one of {choices}, not {value}")
                         .format(what=what, choices=", ".join(choices), value=repr(value)))
    return value


def validate(state) -> dict:
    """A clean copy of `state` (any subset of KEYS); ValueError naming the first problem."""
    if not isinstance(state, dict):
        raise ValueError(translate("why_how_state", "the chapter 1 state must be a dictionary"))
    unknown = sorted(set(state) - set(KEYS))
    if unknown:
        raise ValueError(translate("why_how_state", "unknown entries in the chapter 1 state: {names}")
                         .format(names=", ".join(map(str, unknown))))
    out = {}
    if "hidden_nodes" in state or "params" in state:  # params without a size: an older lesson, the deck's 2 nodes
        out["hidden_nodes"] = wide.check_nodes(state.get("hidden_nodes", wide.DECK_NODES))
    if "params" in state:
        params, names = state["params"], wide.names(out["hidden_nodes"])
        if not isinstance(params, dict) or set(params) != set(names):
            raise ValueError(translate("why_how_state", "params must give exactly {names}")
                             .format(names=", ".join(names)))
        out["params"] = {n: _number(params[n], n, -LIMIT, LIMIT) for n in names}
    if "activation" in state:
        out["activation"] = _choice(state["activation"], "activation", HIDDEN)
    if "output" in state:
        out["output"] = _choice(state["output"], "output", OUTPUTS)
    if "preset" in state:
        out["preset"] = _choice(state["preset"], "preset", tuple(net.PRESET_LABELS))
    if "seed" in state:
        seed = _number(state["seed"], "seed", 0, MAX_SEED)
        if seed != int(seed):
            raise ValueError(translate("why_how_state", "seed must be a whole number"))
        out["seed"] = int(seed)
    if "dosage" in state:
        out["dosage"] = _number(state["dosage"], "dosage", 0.0, 1.0)
    if "data" in state:
        data = state["data"]
        if not isinstance(data, dict) or set(data) != {"dose", "efficacy"}:
            raise ValueError(translate("why_how_state", "data must give 'dose' and 'efficacy' lists"))
        dose, efficacy = data["dose"], data["efficacy"]
        if not isinstance(dose, list) or not isinstance(efficacy, list) or len(dose) != len(efficacy):
            raise ValueError(translate("why_how_state", "data 'dose' and 'efficacy' must be lists of the same length"))
        if not 2 <= len(dose) <= MAX_POINTS:
            raise ValueError(translate("why_how_state", "data must have from 2 to {n} points").format(n=MAX_POINTS))
        x0, x1, y0, y1 = DATA_BOUNDS
        a_dosage, an_efficacy = translate("why_how_state", "a dosage"), translate("why_how_state", "an efficacy")
        out["data"] = {"dose": [_number(v, a_dosage, x0, x1) for v in dose],
                       "efficacy": [_number(v, an_efficacy, y0, y1) for v in efficacy]}
    if "show" in state:
        show = state["show"]
        if not isinstance(show, dict) or set(show) - set(PARTS) or not all(isinstance(v, bool) for v in show.values()):
            raise ValueError(translate("why_how_state", "show must map some of {parts} to true or false")
                             .format(parts=", ".join(PARTS)))
        out["show"] = dict(show)
    if "view" in state:
        out["view"] = _choice(state["view"], "view", VIEWS)
    if "selected" in state:
        if state["selected"] is not None:
            sizes = [out["hidden_nodes"]] if "hidden_nodes" in out else range(wide.MIN_NODES, wide.MAX_NODES + 1)
            _choice(state["selected"], "selected", tuple(dict.fromkeys(n for k in sizes for n in wide.names(k))))
        out["selected"] = state["selected"]
    return out

