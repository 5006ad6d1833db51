"""Chapter 3's lesson-file state (validated before anything changes) and its guided walk-through."""

from __future__ import annotations

import math

import numpy as np

from nnviz.core.backpropagation import two_nodes as backprop
from nnviz.core.descent import BLOW_UP
from nnviz.core.why_how import wide
from nnviz.qt.chapters.backpropagation.views import activation_label
from nnviz.qt.chapters.base import GuidedStep
from nnviz.qt.i18n import fill, localize, translate

LEARNING_RATE_RANGE = (0.0001, 10.0)
DOSE_RANGE, EFFICACY_RANGE = (-0.5, 1.5), (-3.0, 3.0)
MAX_POINTS = 10_000  # an imported table (see data_tables.DOSAGE_POINTS)
PARAM_LIMIT = BLOW_UP  # wider than the fields' range: a saved run may have gone far (or diverged)


def _number(value, what: str, lo: float, hi: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValueError(fill(translate("backprop_lesson", "%1 must be a finite number, not %2"), what, repr(value)))
    if not lo <= value <= hi:
        raise ValueError(fill(translate("backprop_lesson", "%1 must be between %2 and %3, not %4"), what,
                              localize(f"{lo:g}"), localize(f"{hi:g}"), repr(value)))
    return float(value)


def _choice(value, what: str, choices) -> str:
    if value not in choices:
        raise ValueError(fill(translate("backprop_lesson", "%1 must be one of %2, not %3"), what, ", ".join(choices),
                              repr(value)))
    return value


def _by_name(value, what: str, check, names) -> dict:
    if not isinstance(value, dict) or set(value) != set(names):
        raise ValueError(fill(translate("backprop_lesson", "%1 must give a value for each of %2"), what,
                              ", ".join(names)))
    return {n: check(value[n], f"{what}[{n}]") for n in names}


def _flag(value, what: str) -> bool:
    if not isinstance(value, bool):
        raise ValueError(fill(translate("backprop_lesson", "%1 must be true or false, not %2"), what, repr(value)))
    return value


def validate(state, *, keys, hidden, views, seed_max) -> dict:
    """A clean copy of a chapter-3 state; ValueError with a readable message if anything is wrong."""
    if not isinstance(state, dict):
        raise ValueError(translate("backprop_lesson", "the chapter 3 state must be a dictionary"))
    keys = set(keys) | ({"hidden_nodes"} & set(state))  # optional: an older state is the deck's 2 nodes
    missing, unknown = keys - set(state), set(state) - keys
    if missing or unknown:
        parts = ([fill(translate("backprop_lesson", "missing %1"), ", ".join(sorted(missing)))] if missing else []) + \
                ([fill(translate("backprop_lesson", "unknown %1"), ", ".join(sorted(unknown)))] if unknown else [])
        raise ValueError(fill(translate("backprop_lesson", "chapter 3 state: %1"), "; ".join(parts)))
    data = state["data"]
    if not isinstance(data, dict) or set(data) != {"dose", "efficacy"}:
        raise ValueError(translate("backprop_lesson", "data must have a 'dose' list and an 'efficacy' list"))
    dose, efficacy = data["dose"], data["efficacy"]
    if not (isinstance(dose, list) and isinstance(efficacy, list) and len(dose) == len(efficacy)
            and 2 <= len(dose) <= MAX_POINTS):
        raise ValueError(fill(translate("backprop_lesson", "data needs two lists of the same length, with 2 to %1 "
                                                           "points"), MAX_POINTS))
    n = state.get("hidden_nodes", wide.DECK_NODES)
    wide.check_nodes(n)
    names = wide.names(n)
    seed = state["seed"]
    if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed <= seed_max:
        raise ValueError(
            fill(translate("backprop_lesson", "seed must be a whole number from 0 to %1, not %2"), seed_max, repr(seed))
        )
    a_dose, an_efficacy = translate("backprop_lesson", "a dose"), translate("backprop_lesson", "an efficacy")
    return {
        "mode": _choice(state["mode"], "mode", tuple(backprop.MODES)),
        "activation": _choice(state["activation"], "activation", hidden),
        "parameter": _choice(state["parameter"], "parameter", names),
        "params": _by_name(state["params"], "params", lambda v, w: _number(v, w, -PARAM_LIMIT, PARAM_LIMIT), names),
        "free": _by_name(state["free"], "free", _flag, names),
        "hidden_nodes": n,
        "seed": seed,
        "learning_rate": _number(state["learning_rate"], "learning_rate", *LEARNING_RATE_RANGE),
        "data": {"dose": [_number(v, a_dose, *DOSE_RANGE) for v in dose],
                 "efficacy": [_number(v, an_efficacy, *EFFICACY_RANGE) for v in efficacy]},
        "view": _choice(state["view"], "view", views),
    }


def apply_state(tab, clean: dict) -> None:
    """Show a chapter 3 state, already checked by `validate` (so a bad file changes nothing), on `tab`."""
    tab._dose = np.array(clean["data"]["dose"])
    tab._efficacy = np.array(clean["data"]["efficacy"])
    tab.points.set_points(tab._dose, tab._efficacy)
    tab.activation_box.blockSignals(True)
    tab.activation_box.setCurrentIndex(tab.activation_box.findData(clean["activation"]))
    tab.activation_box.blockSignals(False)
    tab.activation = clean["activation"]
    tab.diagram.set_activation(activation_label(tab.activation))
    names = wide.names(clean["hidden_nodes"])
    start = [clean["params"][n] for n in names]
    if clean["hidden_nodes"] != tab.n:
        tab.set_nodes(clean["hidden_nodes"], start)
    tab._apply_mode(clean["mode"], start)
    mask = tuple(clean["free"][n] for n in names)
    tab.editor.set_mask(mask)
    tab.panel.learning_rate.setValue(clean["learning_rate"])
    tab.controller.learning_rate = clean["learning_rate"]
    tab.controller.set_objective(tab._objective(), free=mask)
    tab.seed.setValue(clean["seed"])
    tab.show_parameter(clean["parameter"], clean["view"])


def guided_steps(tab) -> list[GuidedStep]:
    """The deck's narrative: b3 alone, then the chain rule further back, the check, the random start, training."""

    def main_ideas(view="chain-rule", steps=0, to_end=False):
        def apply():
            tab.restore_deck_mode("main-ideas")
            tab.show_parameter("b3", view)
            for _ in range(steps):
                tab.controller.step()
            if to_end:
                tab.train_to_end()
        return apply

    def chain(mode, name, view="chain-rule"):
        def apply():
            tab.restore_deck_mode(mode)
            tab.show_parameter(name, view)
        return apply

    def random_start():
        tab.restore_deck_mode("all")
        tab.seed.setValue(0)
        tab.random_start()
        tab.show_parameter("w1", "chain-rule")

    def train_all():
        tab.restore_deck_mode("all")
        tab.show_parameter("w1", "ssr-steps")
        tab.train_to_end()

    return [
        GuidedStep(translate("backprop_lesson", "Main ideas: only b3 is trained; the other six parameters are "
                                                "already good."), main_ideas()),
        GuidedStep(translate("backprop_lesson", "dSSR/db3 = Σ −2 × (Observed − Predicted) × 1 = −15.7 at b3 = 0: "
                                                "the tangent's slope."), main_ideas()),
        GuidedStep(translate("backprop_lesson", "Step Size = −15.7 × 0.1 = −1.57, so the new b3 = 0 − (−1.57) "
                                                "= 1.57."),
                   main_ideas(steps=1)),
        GuidedStep(translate("backprop_lesson", "Step after step the squiggle rises; b3 stops near 2.61, at the "
                                                "bottom of the SSR curve."), main_ideas(to_end=True)),
        GuidedStep(translate("backprop_lesson", "dSSR/dw3 = dSSR/dPredicted × dPredicted/dw3 = Σ −2 × (Observed − "
                                                "Predicted) × y₁."), chain("last-layer", "w3")),
        GuidedStep(translate("backprop_lesson", "dSSR/dw1 needs four factors: back through w3 and the top node's "
                                                "softplus, eˣ / (1 + eˣ), to the Input."), chain("all", "w1")),
        GuidedStep(translate("backprop_lesson", "dSSR/db1: the same chain, but dx₁/db1 = 1."), chain("all", "b1")),
        GuidedStep(translate("backprop_lesson", "Gradient check: for every parameter, the chain rule agrees with a "
                                                "finite difference."), chain("all", "w1", "gradient-check")),
        GuidedStep(translate("backprop_lesson", "Initial values: weights from a standard normal distribution, "
                                                "biases 0 (seed 0)."), random_start),
        GuidedStep(translate("backprop_lesson", "Training all seven parameters: the SSR falls while the squiggle "
                                                "fits the data."), train_all),
    ]
