"""Chapter 4 exercises: one Feature Map cell (filter · window + bias), the ReLU'd cell, one Max Pooling value,
the hidden node and the SoftMax percentage, computed by `nnviz.core.cnn`.

Seed 0 is the deck's "O" with its diagonal filter and bias −2 (the first Feature Map cell is 1); any other seed
draws a letter (O or X, perhaps shifted by a pixel), a filter of 0s, 1s and −1s and a bias.
"""

from __future__ import annotations

import math

import numpy as np

from nnviz.core import cnn
from nnviz.core.practice.model import Exercise, Kind, Mistake, choose, par, rounded, text

CHAPTER = "cnn"
SIZE = 3


def _sheet(seed: int) -> dict:
    """The image, filter, bias, the Feature Map cell and the pooling region of sheet `seed`."""
    if seed == 0:
        return {"image": cnn.LETTER_O, "kernel": cnn.DECK_FILTER, "bias": cnn.DECK_FILTER_BIAS, "cell": (0, 0),
                "region": (0, 0)}
    rng = np.random.default_rng(seed)
    image = choose(rng, (cnn.LETTER_O, cnn.LETTER_X))
    image = cnn.shift(image, int(rng.integers(-1, 2)), int(rng.integers(-1, 2)))
    kernel = rng.choice([-1.0, 0.0, 1.0], size=(SIZE, SIZE), p=[0.2, 0.4, 0.4])
    kernel[1, 1] = 1.0
    return {"image": image, "kernel": kernel, "bias": choose(rng, (-2.0, -1.0, 0.0, -1.5)),
            "cell": (int(rng.integers(4)), int(rng.integers(4))),
            "region": (int(rng.integers(2)), int(rng.integers(2)))}


def _pipeline(s: dict) -> cnn.Pipeline:
    return cnn.forward(s["image"], s["kernel"], s["bias"])


def _grid_givens(prefix: str, grid) -> dict[str, float]:
    return {f"{prefix}[{r + 1},{c + 1}]": float(grid[r][c]) for r in range(len(grid)) for c in range(len(grid[0]))}


def _feature_cell(seed: int) -> Exercise:
    s = _sheet(seed)
    r, c = s["cell"]
    window = s["image"][r:r + SIZE, c:c + SIZE]
    answer = float(cnn.convolve(s["image"], s["kernel"], s["bias"])[r, c])
    dot = float(cnn.convolve(window, s["kernel"], 0.0)[0, 0])
    givens = _grid_givens("Window", window) | _grid_givens("Filter", s["kernel"]) | {"Bias": s["bias"]}
    products = [f"{par(float(a), 0)}×{par(float(b), 0)}" for a, b in zip(window.ravel(), s["kernel"].ravel(),
                                                                          strict=True)]
    return Exercise(
        "feature-cell", CHAPTER, seed, "Compute this Feature Map cell: multiply each pixel of the window by the "
        "filter's value on it, add them up, then add the bias.",
        givens, answer, 2,
        text("Feature Map cell = Σ (pixel × filter value) + bias"),
        text("Feature Map cell = %1 + %2", " + ".join(products), par(s["bias"])),
        (text("Σ pixel × filter value = %1", dot),
         text("Feature Map cell = %1 + %2 = %3", dot, par(s["bias"]), answer)),
        (Mistake("forgot the bias", "After the sum of the products, add the filter's bias.", dot),
         Mistake("subtracted the bias", "The bias is added (it is already negative here if it lowers the sum).",
                 dot - s["bias"]),
         Mistake("counted the black pixels", "Multiply each pixel by the filter value on it before adding.",
                 float(window.sum()) + s["bias"])),
        tables=(("Window", tuple(k for k in givens if k.startswith("Window"))),
                ("Filter", tuple(k for k in givens if k.startswith("Filter")))),
        rows=SIZE, extra={"cell": (r, c)},
    )


def _negative_cell(s: dict, fm: np.ndarray) -> tuple[int, int]:
    """The sheet's cell, or the first negative one when there is one (so that ReLU has work to do)."""
    negative = np.argwhere(fm < 0)
    return tuple(int(v) for v in negative[0]) if len(negative) else s["cell"]


def _relu_cell(seed: int) -> Exercise:
    s = _sheet(seed)
    p = _pipeline(s)
    r, c = _negative_cell(s, p.feature_map) if seed == 0 else s["cell"]
    value = float(p.feature_map[r, c])
    answer = float(p.rectified[r, c])
    return Exercise(
        "relu-cell", CHAPTER, seed, "Apply ReLU to this Feature Map cell.", {"Feature Map cell": value}, answer, 2,
        text("ReLU(x) = max(0, x)"), text("max(0, %1)", value),
        (text("max(0, %1) = %2", value, answer),),
        (Mistake("ReLU let a negative through", "ReLU sets every negative value to 0.", value),
         Mistake("absolute value", "ReLU does not turn a negative into a positive: negative values become 0.",
                 abs(value))),
        extra={"cell": (r, c)},
    )


def _max_pool(seed: int) -> Exercise:
    s = _sheet(seed)
    p = _pipeline(s)
    i, j = s["region"]
    block = p.rectified[2 * i:2 * i + 2, 2 * j:2 * j + 2]
    answer = float(p.pooled[i, j])
    givens = _grid_givens("Cell", block)
    return Exercise(
        "max-pool", CHAPTER, seed, "Apply 2×2 Max Pooling to this region of the ReLU'd Feature Map.", givens,
        answer, 2, text("Max Pooling = the largest value of the 2×2 region"),
        text("max(%1, %2, %3, %4)", *(float(v) for v in block.ravel())),
        (text("max(%1, %2, %3, %4) = %5", *(float(v) for v in block.ravel()), answer),),
        (Mistake("minimum instead of maximum", "Max Pooling keeps the largest value of each region.",
                 float(-cnn.max_pool(-block)[0, 0])),
         Mistake("average instead of maximum", "Max Pooling keeps the largest value, not the mean.",
                 float(block.mean())),
         Mistake("sum instead of maximum", "Max Pooling keeps one value, the largest: nothing is added.",
                 float(block.sum()))),
        tables=(("Region", tuple(givens)),), rows=2, extra={"region": (i, j)},
    )


def _hidden(seed: int) -> Exercise:
    s = _sheet(seed)
    p = _pipeline(s)
    k = cnn.DECK_CLASSIFIER
    pooled = [float(v) for v in p.pooled.ravel()]
    givens = {f"Pooled{n + 1}": v for n, v in enumerate(pooled)}
    givens |= {f"w{n + 1}": float(w) for n, w in enumerate(k.weights)} | {"b1": k.b1}
    total = p.hidden_input
    answer = p.hidden
    no_bias = cnn.forward(s["image"], s["kernel"], s["bias"], cnn.Classifier(b1=0.0))
    return Exercise(
        "hidden", CHAPTER, seed, "Compute the hidden node: ReLU(Pooled1 × w1 + Pooled2 × w2 + Pooled3 × w3 + "
        "Pooled4 × w4 + b1).", givens, answer, 2,
        text("Hidden node = ReLU(Σ Pooled × w + b1)"),
        text("ReLU(%1 × %2 + %3 × %4 + %5 × %6 + %7 × %8 + %9)", pooled[0], par(k.w1), pooled[1], par(k.w2),
             pooled[2], par(k.w3), pooled[3], par(k.w4), k.b1),
        (text("Σ Pooled × w + b1 = %1", total), text("ReLU(%1) = %2", total, answer)),
        (Mistake("forgot the bias", "The hidden node adds its bias b1 before ReLU.", no_bias.hidden),
         Mistake("ReLU let a negative through", "ReLU turns a negative sum into 0.", total)),
    )


def _softmax(seed: int) -> Exercise:
    s = _sheet(seed)
    p = _pipeline(s)
    scores = [rounded(v) for v in p.scores]
    shares = cnn.softmax(scores)
    answer = 100 * float(shares[0])
    e = [math.exp(v) for v in scores]
    plain = scores[0] / (scores[0] + scores[1]) if scores[0] + scores[1] else float("nan")
    return Exercise(
        "softmax", CHAPTER, seed, "Compute the SoftMax percentage for “O”: e^O / (e^O + e^X), as a percentage.",
        {"Score O": scores[0], "Score X": scores[1]}, answer, 0,
        text("SoftMax(O) = e^O / (e^O + e^X)"), text("e^%1 / (e^%1 + e^%2)", par(scores[0]), par(scores[1])),
        (text("e^%1 = %2 and e^%3 = %4", par(scores[0]), e[0], par(scores[1]), e[1]),
         text("%1 / (%1 + %2) = %3 = %4 %", e[0], e[1], float(shares[0]), answer)),
        (Mistake("a fraction, not a percentage", "The question asks for a percentage: multiply the fraction by 100.",
                 float(shares[0]), 2),
         Mistake("the other letter", "That is the share of “X”; the question asks about “O”.", 100 * float(shares[1])),
         Mistake("forgot the exponentials", "SoftMax raises e to each score before dividing.", 100 * plain)),
        unit="%",
    )


KINDS = (
    Kind("feature-cell", "A Feature Map cell", _feature_cell),
    Kind("relu-cell", "The ReLU'd cell", _relu_cell),
    Kind("max-pool", "A Max Pooling value", _max_pool),
    Kind("hidden", "The hidden node", _hidden),
    Kind("softmax", "The SoftMax percentage", _softmax),
)
