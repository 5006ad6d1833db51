"""Bigger networks: 1 input, N hidden nodes (1 ≤ N ≤ 8), 1 output — the deck's dosage network grown.

Hidden node k: Xₖ = wₖ·Input + bₖ, Yₖ = f(Xₖ); Predicted = g(Σₖ Yₖ·vₖ + b_out).
With N = 2 this is the deck's network (node 1 = top: w1, b1, w3; node 2 = bottom: w2, b2, w4; b_out = b3)
and every number equals `dosage`'s. Flat order: w₁, b₁, …, w_N, b_N, v₁ … v_N, b_out (the deck's order at N = 2)."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from nnviz.core import activations
from nnviz.core.descent import SMALL_DATA, in_floats
from nnviz.core.numbers import LARGE, computed, finite, whole
from nnviz.core.why_how import dosage
from nnviz.core.why_how.dosage import ChainFactors, DosageParams

MIN_NODES, MAX_NODES, DECK_NODES = 1, 8, 2


def check_nodes(n) -> int:
    """`n` as a whole number of hidden nodes from 1 to 8; ValueError otherwise."""
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or not MIN_NODES <= n <= MAX_NODES:
        raise ValueError(
            f"the number of hidden nodes must be a whole number from {MIN_NODES} to {MAX_NODES}, not {n!r}"
        )
    return int(n)


def names(n: int) -> tuple[str, ...]:
    """Parameter keys in flat order: the deck's w1 … b3 for N = 2, else w-1, b-1, …, v-1, …, b-out."""
    n = check_nodes(n)
    if n == DECK_NODES:
        return dosage.NAMES
    hidden = tuple(f"{kind}-{k}" for k in range(1, n + 1) for kind in ("w", "b"))
    return hidden + tuple(f"v-{k}" for k in range(1, n + 1)) + ("b-out",)


SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def label(name: str) -> str:
    """The on-screen name: deck names as they are, "w-3" → "w₃", "b-out" → "b_out"."""
    if name == "b-out":
        return "b_out"
    kind, _, k = name.partition("-")  # a deck name has no "-": it stays as it is
    return kind + k.translate(SUB)


def role(name: str) -> tuple[str, int]:
    """(kind, node) of a key: kind is "w", "b", "v" or "out"; node counts from 1 (0 for the final bias)."""
    deck = {"w1": ("w", 1), "b1": ("b", 1), "w2": ("w", 2), "b2": ("b", 2), "w3": ("v", 1), "w4": ("v", 2),
            "b3": ("out", 0), "b-out": ("out", 0)}
    if name in deck:
        return deck[name]
    kind, _, k = name.partition("-")
    if kind not in ("w", "b", "v") or not k.isdigit() or not MIN_NODES <= int(k) <= MAX_NODES:
        raise ValueError(f"unknown parameter {name!r}")
    return kind, int(k)


def _flat(w, b, v, b_out) -> np.ndarray:
    """w₁, b₁, …, w_N, b_N, v₁ … v_N, b_out as one float array."""
    n, out = len(w), np.empty(3 * len(w) + 1)
    out[0:2 * n:2], out[1:2 * n:2], out[2 * n:3 * n], out[-1] = w, b, v, b_out
    return out


class WideParams(NamedTuple):
    """Input weights w, hidden biases b, output weights v (arrays of length N) and the final bias b_out."""

    w: np.ndarray
    b: np.ndarray
    v: np.ndarray
    b_out: float

    @property
    def n(self) -> int:
        return len(self.w)

    def as_array(self) -> np.ndarray:
        return _flat(self.w, self.b, self.v, self.b_out)

    @classmethod
    def from_array(cls, values, n: int) -> "WideParams":
        a = np.asarray(values, dtype=float)
        if a.shape != (3 * n + 1,):
            raise ValueError(f"a network with {n} hidden nodes has {3 * n + 1} parameters, not {a.size}")
        return cls(a[0:2 * n:2].copy(), a[1:2 * n:2].copy(), a[2 * n:3 * n].copy(), float(a[-1]))

    def value(self, name: str) -> float:
        kind, k = role(name)
        return self.b_out if kind == "out" else float(getattr(self, kind)[k - 1])

    def replace(self, name: str, value: float) -> "WideParams":
        kind, k = role(name)
        if kind == "out":
            return self._replace(b_out=float(value))
        arr = getattr(self, kind).copy()
        arr[k - 1] = value
        return self._replace(**{kind: arr})

    def as_dict(self) -> dict[str, float]:
        return dict(zip(names(self.n), (float(v) for v in self.as_array()), strict=True))

    def __eq__(self, other) -> bool:
        return isinstance(other, WideParams) and np.array_equal(self.as_array(), other.as_array())

    def __ne__(self, other) -> bool:
        return not self == other

    __hash__ = None  # holds arrays

    def __repr__(self) -> str:
        return f"WideParams(n={self.n}, {', '.join(f'{k}={v:.4g}' for k, v in self.as_dict().items())})"


def from_deck(p: DosageParams) -> WideParams:
    """The deck's 1-2-1 parameters as a 2-node WideParams."""
    p = DosageParams(*finite(p, "the parameters", LARGE))
    return WideParams(np.array([p.w1, p.w2]), np.array([p.b1, p.b2]), np.array([p.w3, p.w4]), float(p.b3))


def to_deck(p: WideParams) -> DosageParams:
    """A 2-node network as the deck's DosageParams."""
    if checked(p, ())[0].n != DECK_NODES:
        raise ValueError(f"only a network with 2 hidden nodes has the deck's names, not {p.n}")
    return DosageParams.from_array(p.as_array())


def as_wide(p: DosageParams | WideParams) -> WideParams:
    """Either kind of parameters as WideParams, checked (finite, within ±LARGE)."""
    if not isinstance(p, (DosageParams, WideParams)):
        raise ValueError(f"expected network parameters, not {type(p).__name__}")
    return from_deck(p) if isinstance(p, DosageParams) else checked(p, ())[0]


def random_start(n: int, seed: int) -> WideParams:
    """Weights from a standard normal (input ones, then output ones; seeded), biases 0: N = 2 is the deck's draw."""
    n = check_nodes(n)
    draws = np.random.default_rng(whole(seed, "the seed", 0, 2**63)).standard_normal(2 * n)
    return WideParams(draws[:n].copy(), np.zeros(n), draws[n:].copy(), 0.0)


def resize(p: WideParams, n: int, seed: int = 0) -> WideParams:
    """`n` nodes: the first ones stay; a new node has a seeded input weight, bias 0, output weight 0 (silent)."""
    n, p = check_nodes(n), checked(p, ())[0]
    keep, zeros, fresh = min(n, p.n), np.zeros(max(n - p.n, 0)), random_start(n, seed)
    return WideParams(np.concatenate([p.w[:keep], fresh.w[keep:]]), np.concatenate([p.b[:keep], zeros]),
                      np.concatenate([p.v[:keep], zeros]), p.b_out)


class Forward(NamedTuple):
    """Every intermediate value; hidden-node arrays have the node first: x[k - 1] is Xₖ for every dose."""

    dose: np.ndarray
    x: np.ndarray
    y: np.ndarray
    scaled: np.ndarray  # Yₖ·vₖ
    total: np.ndarray  # Σ Yₖ·vₖ + b_out, before the output activation
    predicted: np.ndarray


def checked(p: WideParams, dose, efficacy=None) -> tuple:
    """(p, dose[, efficacy]) checked once per public call: N of each weight and bias, finite, within ±LARGE."""
    shapes = [np.shape(getattr(p, k, None)) for k in ("w", "b", "v", "b_out")]
    if not (isinstance(p, WideParams) and shapes in ([(n,)] * 3 + [()] for n in range(MIN_NODES, MAX_NODES + 1))):
        raise ValueError(f"the parameters must be N = {MIN_NODES}…{MAX_NODES} each of w, b, v, and one b_out")
    return (p,) + dosage.checked(p.as_array(), dose, efficacy)[1:]


def _per_node(values: np.ndarray, ndim: int) -> np.ndarray:
    return np.asarray(values, dtype=float).reshape((-1,) + (1,) * ndim)


def forward(p: WideParams, dose, activation: str = "softplus", output: str = "identity") -> Forward:
    """The forward pass, keeping every value (the same operations, in the same order, as `dosage.forward`)."""
    with np.errstate(over="ignore", invalid="ignore"):
        return computed(_forward(*checked(p, dose), activation, output), "the forward pass")


def _forward(p: WideParams, dose, activation: str = "softplus", output: str = "identity") -> Forward:
    x = _per_node(p.w, dose.ndim) * dose + _per_node(p.b, dose.ndim)  # callers hold np.errstate(over, invalid)
    y = activations.get(activation).f(x)
    scaled = y * _per_node(p.v, dose.ndim)
    total = scaled.sum(axis=0) + p.b_out
    return Forward(dose, x, y, scaled, total, activations.get(output).f(total))


def predict(p: WideParams, dose, activation: str = "softplus", output: str = "identity") -> np.ndarray:
    return forward(p, dose, activation, output).predicted


def ssr(p: WideParams, dose, efficacy, activation: str = "softplus", output: str = "identity") -> float:
    """Sum of squared residuals, Σ (Observed − Predicted)²."""
    with np.errstate(over="ignore", invalid="ignore"):
        return computed(_ssr(*checked(p, dose, efficacy), activation, output), "the SSR")


def _ssr(p: WideParams, dose, efficacy, activation: str = "softplus", output: str = "identity") -> float:
    r = efficacy - _forward(p, dose, activation, output).predicted
    return float(r @ r)


def chain_factors(p: WideParams, dose, efficacy, name: str, activation: str = "softplus",
                  output: str = "identity") -> ChainFactors:
    """The chain-rule factors of dSSR/d`name` per data point (as `dosage.chain_factors` for N = 2)."""
    p, dose, efficacy = checked(p, dose, efficacy)
    kind, k = role(name)
    if name not in names(p.n):
        raise ValueError(f"unknown parameter {name!r} for a network with {p.n} hidden nodes")
    with np.errstate(over="ignore", invalid="ignore"):
        fw = _forward(p, dose, activation, output)
        dg = activations.get(output).df(fw.total)
        d_pred, ones = -2.0 * (efficacy - fw.predicted), np.ones_like(fw.dose)
        if kind in ("w", "b"):
            slope = activations.get(activation).df(fw.x[k - 1])
            factors = ChainFactors(name, d_pred, p.v[k - 1] * dg, slope, fw.dose if kind == "w" else ones)
        else:
            factors = ChainFactors(name, d_pred, (fw.y[k - 1] if kind == "v" else ones) * dg, ones, ones)
        computed(factors.terms, f"dSSR/d{name}")  # a non-finite factor makes its product non-finite too
    return factors


def gradients(p: WideParams, dose, efficacy, activation: str = "softplus", output: str = "identity") -> np.ndarray:
    """dSSR/d each parameter (flat order), all nodes at once; the same products as `chain_factors`."""
    return computed(_ssr_and_gradients(*checked(p, dose, efficacy), activation, output)[1], "the gradient")


def _ssr_and_gradients(p: WideParams, dose, efficacy, activation: str, output: str) -> tuple[float, np.ndarray]:
    """The SSR and dSSR/d each parameter from one forward pass (the products of `chain_factors`, without × 1)."""
    with np.errstate(over="ignore", invalid="ignore"):
        w, b, v = (_per_node(a, dose.ndim) for a in (p.w, p.b, p.v))
        y, slope = activations.get(activation).value_and_slope(w * dose + b)  # the forward pass, as `_forward`
        g, total = activations.get(output), (y * v).sum(axis=0) + p.b_out
        r = efficacy - g.f(total)
        d_pred, dg = -2.0 * r, None if g.key == "identity" else g.df(total)  # g' = 1: skip the exact × 1
        flat = (d_pred * (v if dg is None else v * dg) * slope).reshape(p.n, -1)
        d_w, d_b = (flat * dose.ravel()).sum(axis=-1), flat.sum(axis=-1)
        d_v = (d_pred * (y if dg is None else y * dg)).reshape(p.n, -1).sum(axis=-1)
        return float(r @ r), _flat(d_w, d_b, d_v, float((d_pred if dg is None else d_pred * dg).sum()))


def objective(dose, efficacy, n: int, activation: str = "softplus", output: str = "identity"):
    """Objective over the 3N + 1 parameters (flat order) for `descent.descend`."""
    (_, dose, efficacy), n = dosage.checked((), dose, efficacy), check_nodes(n)
    activations.get(activation), activations.get(output)  # an unknown name is refused here, not at the first step
    if dose.size <= SMALL_DATA:
        return _objective_in_floats(dose.ravel().tolist(), efficacy.ravel().tolist(), n, activation, output)

    def fn(values: np.ndarray) -> tuple[float, np.ndarray]:
        return _ssr_and_gradients(WideParams.from_array(values, n), dose, efficacy, activation, output)

    return fn


def _objective_in_floats(dose: list[float], efficacy: list[float], n: int, activation: str, output: str):
    """`objective` for a few data points, in Python floats: the products of `_ssr_and_gradients`, point by point."""
    f, g = activations.get(activation).one_float, activations.get(output).one_float
    identity = output == "identity"
    nodes = range(n)

    @in_floats
    def fn(values) -> tuple[float, list[float]]:
        w, b, v, b_out = values[0:2 * n:2], values[1:2 * n:2], values[2 * n:3 * n], values[3 * n]
        d_w, d_b, d_v = [0.0] * n, [0.0] * n, [0.0] * n
        ssr = d_out = 0.0
        for x_in, observed in zip(dose, efficacy, strict=True):
            hidden = [f(w[k] * x_in + b[k]) for k in nodes]  # (Yₖ, Yₖ') per node
            total = sum(y * v[k] for k, (y, _) in enumerate(hidden)) + b_out
            predicted, dg = (total, 1.0) if identity else g(total)
            r = observed - predicted
            ssr += r * r
            d_pred = -2.0 * r * dg  # dSSR/dPredicted × dPredicted/dTotal
            d_out += d_pred
            for k, (y, slope) in enumerate(hidden):
                d_x = d_pred * v[k] * slope
                d_w[k] += d_x * x_in
                d_b[k] += d_x
                d_v[k] += d_pred * y
        flat = [0.0] * (3 * n + 1)
        flat[0:2 * n:2], flat[1:2 * n:2], flat[2 * n:3 * n], flat[-1] = d_w, d_b, d_v, d_out
        return ssr, flat

    return fn
