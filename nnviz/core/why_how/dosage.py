"""Chapters 1 and 3: the 1-input, 2-hidden-node, 1-output dosage network, its SSR and its gradients.

X1 = w1·Input + b1, Y1 = f(X1) (top node); X2 = w2·Input + b2, Y2 = f(X2) (bottom node);
Predicted = g(Y1·w3 + Y2·w4 + b3), where g is the output activation (identity unless a preset needs one).
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from nnviz.core import activations
from nnviz.core.numbers import LARGE, computed, finite, whole

#: The deck's data: low, medium and high dosage, and whether the drug worked.
DECK_DOSE = (0.0, 0.5, 1.0)
DECK_EFFICACY = (0.0, 1.0, 0.0)


class DosageParams(NamedTuple):
    """The network's seven parameters, named as on the slides."""

    w1: float
    b1: float
    w2: float
    b2: float
    w3: float
    w4: float
    b3: float

    def as_array(self) -> np.ndarray:
        return np.array(self, dtype=float)

    @classmethod
    def from_array(cls, values) -> "DosageParams":
        return cls(*(float(v) for v in values))


NAMES = DosageParams._fields
WEIGHTS = ("w1", "w2", "w3", "w4")
BIASES = ("b1", "b2", "b3")

SOFTPLUS_PRESET = DosageParams(w1=-34.4, b1=2.14, w2=-2.52, b2=1.29, w3=-1.30, w4=2.28, b3=-0.58)
RELU_PRESET = DosageParams(w1=1.70, b1=-0.85, w2=12.6, b2=0.00, w3=-40.8, w4=2.70, b3=-16.0)
RELU_PRESET_OUTPUT = "relu"  # the ReLU preset needs ReLU on the output too
MAIN_IDEAS_START = DosageParams(w1=3.34, b1=-1.43, w2=-3.53, b2=0.57, w3=-1.22, w4=-2.30, b3=0.0)
ALL_PARAMS_START = DosageParams(w1=2.74, b1=0.0, w2=-1.13, b2=0.0, w3=0.36, w4=0.63, b3=0.0)


def random_start(seed: int) -> DosageParams:
    """The deck's rule: weights from a standard normal (reproducible from `seed`), biases 0."""
    w = np.random.default_rng(whole(seed, "the seed", 0, 2**63)).standard_normal(4)
    return DosageParams(w1=float(w[0]), b1=0.0, w2=float(w[1]), b2=0.0, w3=float(w[2]), w4=float(w[3]), b3=0.0)


class Preset(NamedTuple):
    """A starting network: its parameters, hidden activation and output activation."""

    key: str
    label: str
    params: DosageParams
    activation: str
    output: str


#: The presets' keys and labels, in order (without drawing the random weights).
PRESET_LABELS = {"softplus": "Deck: Softplus network", "relu": "Deck: ReLU network",
                 "random": "Random weights (seed)"}


def preset(key: str, seed: int = 0) -> Preset:
    """One preset of `presets`; only "random" draws weights (and imports numpy.random: ~12 ms at start-up)."""
    label = PRESET_LABELS[key]
    if key == "softplus":
        return Preset(key, label, SOFTPLUS_PRESET, "softplus", "identity")
    if key == "relu":
        return Preset(key, label, RELU_PRESET, "relu", RELU_PRESET_OUTPUT)
    return Preset(key, label, random_start(seed), "softplus", "identity")


def presets(seed: int = 0) -> dict[str, Preset]:
    """The deck's softplus network, the ReLU network (ReLU on the output too) and a random start from `seed`."""
    return {key: preset(key, seed) for key in PRESET_LABELS}


class Forward(NamedTuple):
    """Every intermediate value of a forward pass (arrays, one entry per dose)."""

    dose: np.ndarray
    x1: np.ndarray
    y1: np.ndarray
    top: np.ndarray  # y1·w3
    x2: np.ndarray
    y2: np.ndarray
    bottom: np.ndarray  # y2·w4
    total: np.ndarray  # top + bottom + b3, before the output activation
    predicted: np.ndarray


def checked(params: DosageParams, dose, efficacy=None) -> tuple:
    """(params, dose[, efficacy]) checked once per public call: finite, and not beyond ±LARGE."""
    finite(params, "the parameters", LARGE)
    dose = np.asarray(finite(dose, "the dose", LARGE), dtype=float)
    return (params, dose) if efficacy is None else (params, dose, np.asarray(finite(efficacy, "the efficacy", LARGE)))


def forward(params: DosageParams, dose, activation: str = "softplus", output: str = "identity") -> Forward:
    """The forward pass, keeping every value the slides write out."""
    with np.errstate(over="ignore", invalid="ignore"):
        return computed(_forward(*checked(params, dose), activation, output), "the forward pass")


def _forward(params: DosageParams, dose, activation: str = "softplus", output: str = "identity") -> Forward:
    f = activations.get(activation).f
    dose = np.asarray(dose, dtype=float)
    p = params
    with np.errstate(over="ignore", invalid="ignore"):
        x1 = p.w1 * dose + p.b1
        x2 = p.w2 * dose + p.b2
        y1, y2 = f(x1), f(x2)
        top, bottom = y1 * p.w3, y2 * p.w4
        total = top + bottom + p.b3
    return Forward(dose, x1, y1, top, x2, y2, bottom, total, activations.get(output).f(total))


def predict(params: DosageParams, dose, activation: str = "softplus", output: str = "identity") -> np.ndarray:
    """Predicted efficacy for each dose."""
    return forward(params, dose, activation, output).predicted


def _ssr(params: DosageParams, dose, efficacy, activation: str = "softplus", output: str = "identity") -> float:
    r = efficacy - _forward(params, dose, activation, output).predicted
    return float(r @ r)


def ssr(params: DosageParams, dose, efficacy, activation: str = "softplus", output: str = "identity") -> float:
    """Sum of squared residuals, Σ (Observed − Predicted)²."""
    with np.errstate(over="ignore", invalid="ignore"):
        return computed(_ssr(*checked(params, dose, efficacy), activation, output), "the SSR")


class ChainFactors(NamedTuple):
    """dSSR/dparam = Σᵢ d_ssr_d_predicted · d_predicted_d_y · d_y_d_x · d_x_d_param (arrays per point).

    For w3, w4 and b3 the chain is shorter; the missing factors are 1 and `d_predicted_d_y`
    holds y1, y2 or 1 as the slide writes it.
    """

    name: str
    d_ssr_d_predicted: np.ndarray  # −2·(Observed − Predicted)
    d_predicted_d_y: np.ndarray  # w3 or w4 (× g'(total) with an output activation), or y1, y2, 1
    d_y_d_x: np.ndarray  # f'(x1) or f'(x2); 1 where the chain has no such link
    d_x_d_param: np.ndarray  # Input or 1

    @property
    def terms(self) -> np.ndarray:
        """The product of the four factors for each data point."""
        return self.d_ssr_d_predicted * self.d_predicted_d_y * self.d_y_d_x * self.d_x_d_param

    @property
    def total(self) -> float:
        return float(self.terms.sum())


def chain_factors(params: DosageParams, dose, efficacy, name: str,
                  activation: str = "softplus", output: str = "identity") -> ChainFactors:
    """The chain-rule factors of dSSR/d`name`, one value per data point."""
    with np.errstate(over="ignore", invalid="ignore"):
        factors = _chain_factors(*checked(params, dose, efficacy), name, activation, output)
        computed((factors.terms, factors.total) + factors[1:], f"dSSR/d{name}")
    return factors


def _chain_factors(params: DosageParams, dose, efficacy, name: str, activation: str, output: str) -> ChainFactors:
    if name not in NAMES:
        raise ValueError(f"unknown parameter {name!r}; choose one of {', '.join(NAMES)}")
    fw = _forward(params, dose, activation, output)
    df = activations.get(activation).df
    dg = activations.get(output).df(fw.total)
    d_pred = -2.0 * (np.asarray(efficacy, dtype=float) - fw.predicted)
    ones = np.ones_like(fw.dose)
    if name in ("w1", "b1"):
        return ChainFactors(name, d_pred, params.w3 * dg, df(fw.x1), fw.dose if name == "w1" else ones)
    if name in ("w2", "b2"):
        return ChainFactors(name, d_pred, params.w4 * dg, df(fw.x2), fw.dose if name == "w2" else ones)
    link = {"w3": fw.y1, "w4": fw.y2, "b3": ones}[name]
    return ChainFactors(name, d_pred, link * dg, ones, ones)


def gradients(params: DosageParams, dose, efficacy, activation: str = "softplus",
              output: str = "identity") -> DosageParams:
    """dSSR/d each parameter, by the chain rule."""
    with np.errstate(over="ignore", invalid="ignore"):
        return computed(_gradients(*checked(params, dose, efficacy), activation, output), "the gradient")


def _gradients(params: DosageParams, dose, efficacy, activation: str, output: str) -> DosageParams:
    return DosageParams(*(_chain_factors(params, dose, efficacy, n, activation, output).total for n in NAMES))


def objective(dose, efficacy, activation: str = "softplus", output: str = "identity"):
    """Objective over the seven parameters (in NAMES order) for `descent.descend`."""
    _, dose, efficacy = checked((), dose, efficacy)
    activations.get(activation), activations.get(output)

    def fn(values: np.ndarray) -> tuple[float, np.ndarray]:
        p = DosageParams.from_array(values)
        return _ssr(p, dose, efficacy, activation, output), _gradients(p, dose, efficacy, activation, output).as_array()

    return fn


def best_line(dose, efficacy) -> tuple[float, float]:
    """(intercept, slope) of the best straight line, for the 'why not a line?' comparison."""
    from nnviz.core.regression import least_squares

    return least_squares(dose, efficacy)
