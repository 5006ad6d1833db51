"""Chapter 3: backpropagation on the dosage network — training modes, the SSR along one parameter,
and the gradient check (the chain rule beside central finite differences).

The chain rule itself (forward pass, `chain_factors`, `gradients`) lives in `dosage`.
"""

from __future__ import annotations

import math
from typing import NamedTuple, Sequence

import numpy as np

from nnviz.core.checks import central_difference
from nnviz.core.descent import StoppingRules
from nnviz.core.numbers import LARGE, computed, finite
from nnviz.core.why_how import dosage
from nnviz.core.why_how.dosage import NAMES, DosageParams

#: Where the "w3, w4 and b3" mode starts: the hidden layer of the main-ideas start, and the
#: deck's initial w3, w4 (drawn from a standard normal) with b3 = 0.
LAST_LAYER_START = dosage.MAIN_IDEAS_START._replace(w3=dosage.ALL_PARAMS_START.w3,
                                                    w4=dosage.ALL_PARAMS_START.w4, b3=0.0)


class Mode(NamedTuple):
    """A training mode: its start values, which parameters train, and its default learning rate and rules."""

    key: str
    label: str
    start: DosageParams
    free: tuple[str, ...]
    learning_rate: float
    rules: StoppingRules

    def mask(self) -> tuple[bool, ...]:
        return free_mask(self.free)

    def __repr__(self) -> str:
        return f"Mode({self.key!r}, free={self.free})"


MODES: dict[str, Mode] = {
    m.key: m
    for m in (
        Mode("main-ideas", "Main ideas: only b3", dosage.MAIN_IDEAS_START, ("b3",), 0.1,
             StoppingRules(None, 1000, 0.001)),
        Mode("last-layer", "w3, w4 and b3", LAST_LAYER_START, ("w3", "w4", "b3"), 0.1,
             StoppingRules(None, 10_000, 0.0001)),
        Mode("all", "All seven parameters", dosage.ALL_PARAMS_START, NAMES, 0.1,
             StoppingRules(None, 10_000, 0.0001)),
    )
}


def free_mask(free: Sequence[str]) -> tuple[bool, ...]:
    """One flag per parameter (in NAMES order): True when that parameter is trained."""
    unknown = set(free) - set(NAMES)
    if unknown:
        raise ValueError(f"unknown parameter(s) {', '.join(sorted(unknown))}; choose from {', '.join(NAMES)}")
    return tuple(name in free for name in NAMES)


def ssr_along(params: DosageParams, dose, efficacy, name: str, values,
              activation: str = "softplus", output: str = "identity") -> np.ndarray:
    """SSR for each value of parameter `name`, the others kept: the curve gradient descent walks down."""
    if name not in NAMES:
        raise ValueError(f"unknown parameter {name!r}; choose one of {', '.join(NAMES)}")
    params, dose, efficacy = dosage.checked(params, dose, efficacy)
    column = np.asarray(finite(values, f"the values of {name}", LARGE), dtype=float)[:, None]
    varied = params._replace(**{name: column})
    with np.errstate(over="ignore", invalid="ignore"):
        r = efficacy - dosage._forward(varied, dose, activation, output).predicted
        return computed(np.sum(r * r, axis=-1), "the SSR")


def finite_difference(params: DosageParams, dose, efficacy, activation: str = "softplus",
                      output: str = "identity", h: float = 1e-5) -> DosageParams:
    """dSSR/d each parameter by central differences, (SSR(p + h) − SSR(p − h)) / 2h."""
    params, dose, efficacy = dosage.checked(params, dose, efficacy)
    h = finite(h, "h", 1.0)
    with np.errstate(over="ignore", invalid="ignore"):
        out = central_difference(
            lambda v: dosage._ssr(DosageParams.from_array(v), dose, efficacy, activation, output), params.as_array(), h)
    return computed(DosageParams(*out), "the finite difference")


#: Below this size a derivative counts as 0: differences are measured against it instead.
NEAR_ZERO = 1e-4


def relative_difference(a: float, b: float) -> float:
    """|a − b| / max(|a|, |b|, NEAR_ZERO): how far apart two derivatives are (absolute when both are ≈ 0)."""
    a, b = finite(a, "a"), finite(b, "b")
    scale = max(abs(a), abs(b), NEAR_ZERO)
    return abs(a - b) / scale if math.isfinite(a - b) else abs(a / scale - b / scale)


class CheckRow(NamedTuple):
    """One parameter of the gradient check."""

    name: str
    chain_rule: float
    finite_difference: float
    relative_difference: float
    kink: bool = False  # ReLU at x = 0 on this chain: the derivative jumps there, so the two may differ

    def __repr__(self) -> str:
        return f"CheckRow({self.name}, {self.chain_rule:.6g} vs {self.finite_difference:.6g})"


def gradient_check(params: DosageParams, dose, efficacy, activation: str = "softplus",
                   output: str = "identity", h: float = 1e-5) -> list[CheckRow]:
    """For every parameter: backpropagation's derivative, the finite difference, and their relative difference."""
    analytic = dosage.gradients(params, dose, efficacy, activation, output)
    numeric = finite_difference(params, dose, efficacy, activation, output, h)
    kinks = dict.fromkeys(NAMES, False)
    if activation == "relu":
        fw = dosage.forward(params, dose, activation, output)
        for x, names in ((fw.x1, ("w1", "b1")), (fw.x2, ("w2", "b2"))):
            near = bool(np.any(np.abs(x) <= 2 * h * (1 + np.abs(np.asarray(dose, dtype=float)))))
            kinks.update(dict.fromkeys(names, near))
    return [
        CheckRow(n, a, f, relative_difference(a, f), kinks[n]) for n, a, f in zip(NAMES, analytic, numeric, strict=True)
    ]


def path(name: str) -> tuple[str, ...]:
    """The parameters a derivative's chain passes through, from the output back to `name` (for highlighting)."""
    if name not in NAMES:
        raise ValueError(f"unknown parameter {name!r}; choose one of {', '.join(NAMES)}")
    return {"w1": ("w1", "w3"), "b1": ("b1", "w3"), "w2": ("w2", "w4"), "b2": ("b2", "w4")}.get(name, (name,))
