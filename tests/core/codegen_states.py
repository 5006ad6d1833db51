"""Random lesson states for each chapter, drawn from a seed (hypothesis draws the seed): valid as the tabs' own
get_state() would give them, and small enough that a generated script runs in about a second."""

from __future__ import annotations

import numpy as np

from nnviz.core import regression as reg
from nnviz.core.backpropagation import wide as wide_backprop
from nnviz.core.cnn import shape as cnn_shape
from nnviz.core.codegen import backpropagation as code3
from nnviz.core.codegen import cnn as code4
from nnviz.core.codegen import gradient_descent as code2
from nnviz.core.codegen import rnn_lstm as code5
from nnviz.core.codegen import why_how as code1
from nnviz.core.rnn_lstm import lstm, rnn
from nnviz.core.why_how import wide

HIDDEN = ("softplus", "relu", "sigmoid", "tanh")


def _rules(rng: np.random.Generator) -> dict | None:
    """None (the tab's own rules) or rules as the Training panel may set them (a rule switched off included)."""
    if rng.integers(0, 2):
        return None
    return {"ssr_tolerance": None if rng.integers(0, 2) else float(rng.choice([0.01, 0.05])),
            "max_steps": int(rng.integers(20, 400)), "min_step_size": float(rng.choice([0.001, 0.0001]))}


def _round(values, digits: int = 3) -> list[float]:
    return [round(float(v), digits) for v in np.ravel(values)]


def why_how(rng: np.random.Generator) -> dict:
    n = int(rng.integers(1, 9))
    points = int(rng.integers(2, 9))
    return {**code1.deck_state(), "hidden_nodes": n, "preset": "random",
            "params": dict(zip(wide.names(n), _round(rng.normal(0, 3, 3 * n + 1)), strict=True)),
            "activation": str(rng.choice(HIDDEN)), "output": str(rng.choice(("identity",) + HIDDEN)),
            "dosage": round(float(rng.uniform(0, 1)), 2),
            "data": {"dose": _round(rng.uniform(0, 1, points)), "efficacy": _round(rng.uniform(-1, 2, points))}}


def gradient_descent(rng: np.random.Generator, points: int | None = None) -> dict:
    both = bool(rng.integers(0, 2))
    n = points or int(rng.integers(2, 9))
    x, y = _round(rng.uniform(-3, 3, n)), _round(rng.uniform(-3, 3, n))
    current = _round(rng.uniform(-2, 2, 2 if both else 1))
    rate = float(f"{0.5 * reg.stable_learning_rate(x, both):.2g}")  # below the rate where every step overshoots
    return {**code2.deck_state(), "mode": "both" if both else "intercept", "x": x, "y": y,
            "slope": round(float(rng.uniform(-2, 2)), 2), "start": current, "current": current, "learning_rate": rate,
            "rules": {"ssr_tolerance": 0.001, "max_steps": int(rng.integers(50, 1000)),
                      "min_step_size": float(rng.choice([0.001, 0.0001]))}}


def backpropagation(rng: np.random.Generator) -> dict:
    n = int(rng.integers(1, 5))
    mode = str(rng.choice(("main-ideas", "last-layer", "all")))
    names = wide.names(n)
    free = set(wide_backprop.free_names(mode, n))
    points = int(rng.integers(3, 7))
    return {**code3.deck_state(), "mode": mode, "activation": str(rng.choice(HIDDEN)), "hidden_nodes": n,
            "parameter": str(rng.choice(names)),
            "params": dict(zip(names, _round(rng.normal(0, 1.5, 3 * n + 1)), strict=True)),
            "free": {k: k in free for k in names}, "learning_rate": float(rng.choice([0.01, 0.05, 0.1])),
            "data": {"dose": _round(rng.uniform(0, 1, points)), "efficacy": _round(rng.uniform(0, 1, points))},
            "rules": _rules(rng)}


def cnn(rng: np.random.Generator) -> dict:
    shape = cnn_shape.Shape(int(rng.choice([6, 7])), int(rng.integers(1, 3)))
    start = cnn_shape.start_params(shape)
    params = np.array(start) + rng.normal(0, 0.05, start.size)
    image = (rng.uniform(0, 1, (shape.size, shape.size)) < 0.4).astype(float)
    return {**code4.deck_state(), "grid_size": shape.size, "filters": shape.filters, "image": image.tolist(),
            "params": _round(params), "train_filter": bool(rng.integers(0, 2)),
            "train_shifted": bool(rng.integers(0, 2)),
            "learning_rate": 0.1 if shape.is_deck else cnn_shape.learning_rate(shape), "rules": _rules(rng)}


def rnn_lstm(rng: np.random.Generator) -> dict:
    series = None if rng.integers(0, 2) else _round(rng.uniform(0, 1, int(rng.integers(6, 9))))
    return {**code5.deck_state(),
            "rnn": {"params": dict(zip(rnn.NAMES, _round(rng.normal(0, 1, 5)), strict=True)),
                    "sequence": _round(rng.uniform(0, 1, int(rng.integers(1, 7))), 2)},
            "gradient": {"w2": round(float(rng.uniform(-3, 3)), 2), "unroll": int(rng.integers(1, 1001))},
            "lstm": {"params": dict(zip(lstm.NAMES, _round(rng.normal(0, 1.5, 12)), strict=True)), "company": "custom",
                     "sequence": _round(rng.uniform(0, 1, int(rng.integers(1, 7))), 2), "day": 1},
            "training": {"model": "lstm", "seed": int(rng.integers(0, 50)),
                         "lstm_learning_rate": float(rng.choice([0.05, 0.1])),
                         "rnn_learning_rate": float(rng.choice([0.05, 0.1])), "series": series,
                         "lstm_rules": _rules(rng), "rnn_rules": _rules(rng)}}


STATES = {"why-how": why_how, "gradient-descent": gradient_descent, "backpropagation": backpropagation,
          "cnn": cnn, "rnn-lstm": rnn_lstm}
