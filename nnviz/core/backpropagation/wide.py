"""Backpropagation on a network with N hidden nodes: training modes, the SSR along one parameter,
the gradient check and the path a derivative follows. N = 2 gives `backprop`'s numbers."""

from __future__ import annotations

import numpy as np

from nnviz.core.backpropagation import two_nodes as backprop
from nnviz.core.backpropagation.two_nodes import CheckRow, relative_difference
from nnviz.core.checks import central_difference
from nnviz.core.numbers import LARGE, computed, finite
from nnviz.core.why_how import wide
from nnviz.core.why_how.wide import WideParams


def free_names(mode: str, n: int) -> tuple[str, ...]:
    """The trained parameters of a mode: the final bias; the output layer; or all 3N + 1."""
    all_names = wide.names(n)
    if mode == "main-ideas":
        return all_names[-1:]
    if mode == "last-layer":
        return all_names[2 * n:]
    if mode == "all":
        return all_names
    raise ValueError(f"unknown mode {mode!r}; choose one of {', '.join(backprop.MODES)}")


def free_mask(free, n: int) -> tuple[bool, ...]:
    """One flag per parameter (flat order): True when that parameter is trained."""
    all_names = wide.names(n)
    unknown = set(free) - set(all_names)
    if unknown:
        raise ValueError(f"unknown parameter(s) {', '.join(sorted(unknown))}")
    return tuple(name in free for name in all_names)


def mode_start(mode: str, n: int, seed: int = 0) -> WideParams:
    """A mode's start: the deck's values, grown or shrunk to `n` nodes (new nodes silent, see `wide.resize`)."""
    return wide.resize(wide.from_deck(backprop.MODES[mode].start), n, seed)


def ssr_along(p: WideParams, dose, efficacy, name: str, values, activation: str = "softplus",
              output: str = "identity") -> np.ndarray:
    """SSR for each value of parameter `name`, the others kept."""
    p, dose, efficacy = wide.checked(p, dose, efficacy)
    if name not in wide.names(p.n):
        raise ValueError(f"unknown parameter {name!r} for a network with {p.n} hidden nodes")
    kind, k = wide.role(name)
    column = np.asarray(finite(values, f"the values of {name}", LARGE), dtype=float)[:, None]
    f = wide.activations.get(activation).f
    with np.errstate(over="ignore", invalid="ignore"):
        fw = wide._forward(p, dose, activation, output)
        if kind == "out":
            total = fw.total - p.b_out + column
        else:
            i = k - 1
            w, b, v = (column if kind == s else getattr(p, s)[i] for s in ("w", "b", "v"))
            rest = fw.total - fw.scaled[i]
            total = rest + f(w * dose + b) * v
        r = efficacy - wide.activations.get(output).f(total)
        return computed(np.sum(r * r, axis=-1), "the SSR")


def finite_difference(p: WideParams, dose, efficacy, activation: str = "softplus", output: str = "identity",
                      h: float = 1e-5) -> np.ndarray:
    """dSSR/d each parameter by central differences, (SSR(p + h) − SSR(p − h)) / 2h."""
    p, dose, efficacy = wide.checked(p, dose, efficacy)
    h = finite(h, "h", 1.0)
    with np.errstate(over="ignore", invalid="ignore"):
        out = central_difference(
            lambda v: wide._ssr(WideParams.from_array(v, p.n), dose, efficacy, activation, output), p.as_array(), h)
    return computed(np.array(out), "the finite difference")


def gradient_check(p: WideParams, dose, efficacy, activation: str = "softplus", output: str = "identity",
                   h: float = 1e-5) -> list[CheckRow]:
    """For every parameter: backpropagation's derivative, the finite difference, and their relative difference."""
    all_names = wide.names(wide.checked(p, ())[0].n)
    analytic = wide.gradients(p, dose, efficacy, activation, output)
    numeric = finite_difference(p, dose, efficacy, activation, output, h)
    kinks = dict.fromkeys(all_names, False)
    if activation == "relu":
        fw = wide.forward(p, dose, activation, output)
        reach = 2 * h * (1 + np.abs(np.asarray(dose, dtype=float)))
        for k in range(p.n):
            near = bool(np.any(np.abs(fw.x[k]) <= reach))
            kinks.update(dict.fromkeys(all_names[2 * k:2 * k + 2], near))
    return [CheckRow(n, float(a), float(f), relative_difference(float(a), float(f)), kinks[n])
            for n, a, f in zip(all_names, analytic, numeric, strict=True)]


def path(name: str, n: int) -> tuple[str, ...]:
    """The parameters a derivative's chain passes through, from the output back to `name`."""
    all_names = wide.names(n)
    if name not in all_names:
        raise ValueError(f"unknown parameter {name!r} for a network with {n} hidden nodes")
    kind, k = wide.role(name)
    if kind in ("w", "b"):
        return name, all_names[2 * n + k - 1]
    return (name,)
