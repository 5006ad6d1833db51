"""Chapter 4 grown: an n×n image (6…28) and 1…4 filters, each with its Feature Map, ReLU and Max Pooling.

With k filters on an n×n image each Feature Map is (n−2)×(n−2) and Max Pooling keeps
⌊(n−2)/2⌋² values per filter, so the hidden node has k·⌊(n−2)/2⌋² inputs. The deck's
hand-set classifier only exists for 6×6 with one filter (4 inputs); any other shape starts
from a seeded random classifier that training then fits. The parameter vector is the pooled
weights, b1, w_o, b_o, w_x, b_x, then each filter's nine values, then each filter's bias —
for the deck's shape exactly `cnn_train`'s 19 numbers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from nnviz.core import cnn
from nnviz.core.cnn import DECK_CLASSIFIER, DECK_FILTER, DECK_FILTER_BIAS, LETTER_O, LETTER_X, softmax
from nnviz.core.cnn import image as cnn_image
from nnviz.core.cnn.train import SHIFTS
from nnviz.core.descent import in_floats
from nnviz.core.numbers import finite

MIN_SIZE, MAX_SIZE, MAX_FILTERS = 6, 28, 4
RANDOM_SEED = 4  # the seeded random start of every classifier the deck does not give
#: The filters a new filter starts as: the deck's diagonal, the other diagonal, a vertical and a horizontal edge.
FILTER_STARTS = ((DECK_FILTER, DECK_FILTER_BIAS), (np.eye(3), DECK_FILTER_BIAS),
                 (np.array([[1.0, 0.0, -1.0]] * 3), 0.0), (np.array([[1.0] * 3, [0.0] * 3, [-1.0] * 3]), 0.0))


@dataclass(frozen=True)
class Shape:
    """Grid size (n×n pixels) and how many 3×3 filters."""

    size: int = 6
    filters: int = 1

    def __post_init__(self):
        for name, value, low, high in (("grid size", self.size, MIN_SIZE, MAX_SIZE),
                                       ("number of filters", self.filters, 1, MAX_FILTERS)):
            if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or not low <= value <= high:
                raise ValueError(f"the {name} must be a whole number from {low} to {high}")

    @property
    def map_side(self) -> int:
        return self.size - 2

    @property
    def pooled_side(self) -> int:
        return self.map_side // 2

    @property
    def n_pooled(self) -> int:
        return self.filters * self.pooled_side ** 2

    @property
    def n_params(self) -> int:
        return self.n_pooled + 5 + 10 * self.filters

    @property
    def is_deck(self) -> bool:
        return self.size == 6 and self.filters == 1

    def __repr__(self) -> str:
        return f"Shape({self.size}×{self.size}, {self.filters} filter{'s' if self.filters > 1 else ''})"


DECK_SHAPE = Shape()


@dataclass(frozen=True)
class Parts:
    """The parameter vector read as the network's parts."""

    weights: np.ndarray  # one per pooled value: filter by filter, row by row
    b1: float
    w_o: float
    b_o: float
    w_x: float
    b_x: float
    kernels: np.ndarray  # k × 3 × 3
    biases: np.ndarray  # k

    def __repr__(self) -> str:
        return f"Parts({self.weights.size} weights, {len(self.biases)} filters)"


def unpack(shape: Shape, params) -> Parts:
    """The parts of a parameter vector of `shape` (finite numbers only: a ValueError otherwise)."""
    p = finite(params, "the parameters")
    if p.shape != (shape.n_params,):
        raise ValueError(f"{shape!r} has {shape.n_params} parameters, got {p.size}")
    n, k = shape.n_pooled, shape.filters
    return Parts(p[:n], *(float(v) for v in p[n:n + 5]), p[n + 5:n + 5 + 9 * k].reshape(k, 3, 3), p[n + 5 + 9 * k:])


def pack(parts: Parts) -> np.ndarray:
    """The parameter vector of `parts`."""
    return np.concatenate([parts.weights, [parts.b1, parts.w_o, parts.b_o, parts.w_x, parts.b_x],
                           np.asarray(parts.kernels, dtype=float).ravel(), parts.biases])


def start_params(shape: Shape, kernels=None, biases=None, seed: int = RANDOM_SEED) -> np.ndarray:
    """The deck's classifier for the deck's shape, a seeded random one otherwise; filters kept or `FILTER_STARTS`."""
    kernels = [] if kernels is None else [np.asarray(k, dtype=float) for k in kernels][:shape.filters]
    biases = [] if biases is None else [float(b) for b in biases][:shape.filters]
    for kernel, bias in FILTER_STARTS[len(kernels):shape.filters]:
        kernels.append(np.asarray(kernel, dtype=float))
        biases.append(bias)
    c = DECK_CLASSIFIER
    if shape.is_deck:
        weights, b1 = c.weights, c.b1
    else:
        rng = np.random.default_rng(seed)
        weights, b1 = rng.normal(0.0, 0.1, shape.n_pooled) / np.sqrt(shape.n_pooled), 1.0  # every letter starts alive
    return pack(Parts(np.asarray(weights, dtype=float), b1, c.w_o, c.b_o, c.w_x, c.b_x, np.array(kernels),
                      np.array(biases, dtype=float)))


def letter(name: str, size: int) -> np.ndarray:
    """The deck's letter O or X area-averaged onto a size×size grid."""
    return cnn_image.resample({"O": LETTER_O, "X": LETTER_X}[name], size)


def training_set(shape: Shape, shifted: bool = False) -> tuple[list[np.ndarray], list[int]]:
    """O (label 0) and X (1) at the shape's size; `shifted` adds four moves of one deck pixel (size/6 pixels)."""
    o, x = letter("O", shape.size), letter("X", shape.size)
    images, labels = [o, x], [0, 1]
    step = max(1, round(shape.size / 6))
    if shifted:
        for dx, dy in SHIFTS:
            images += [cnn.shift(o, dx * step, dy * step), cnn.shift(x, dx * step, dy * step)]
            labels += [0, 1]
    return images, labels


@dataclass(frozen=True)
class GridPipeline:
    """Every intermediate value of one image through k filters (arrays start with the filter axis)."""

    image: np.ndarray
    feature_maps: np.ndarray  # k × m × m: filter · window + bias
    rectified_maps: np.ndarray  # ReLU
    pooled_maps: np.ndarray  # k × p × p: Max Pooling
    winner_maps: np.ndarray  # k × m × m bool: the winning cell of each pooling region
    hidden_input: float
    hidden: float
    scores: np.ndarray
    probabilities: np.ndarray
    answer: int | None

    feature_map = property(lambda self: self.feature_maps[0])  # the first filter's, as in `cnn.Pipeline`
    rectified = property(lambda self: self.rectified_maps[0])
    pooled = property(lambda self: self.pooled_maps[0])
    winners = property(lambda self: self.winner_maps[0])

    def __repr__(self) -> str:
        answer = "tie" if self.answer is None else cnn.LABELS[self.answer]
        return f"GridPipeline({len(self.feature_maps)} filters, hidden={self.hidden:.4g}, answer={answer})"


def _layers(windows, parts: Parts, side: int):
    """Feature Maps, ReLU, pooling regions (N×k×p×p×4), winners, pooled values (N×P) of N images' windows."""
    n, m = windows.shape[0], windows.shape[1]
    flat = np.reshape(windows, (n * m * m, 9))  # one row per window: a single matrix product for every filter
    fm = (flat @ parts.kernels.reshape(-1, 9).T).reshape(n, m, m, -1).transpose(0, 3, 1, 2) + parts.biases[None, :,
                                                                                                       None, None]
    rectified = np.maximum(fm, 0.0)
    k, p = fm.shape[1], side
    regions = rectified[:, :, :2 * p, :2 * p].reshape(n, k, p, 2, p, 2).transpose(0, 1, 2, 4, 3, 5).reshape(
        n, k, p, p, 4)
    best = np.argmax(regions, axis=4)
    pooled = np.take_along_axis(regions, best[..., None], axis=4)[..., 0]
    return fm, rectified, regions, best, pooled.reshape(n, -1)


def _unpool(values, best, shape_nk, side: int, map_side: int) -> np.ndarray:
    """N×k×m×m array holding each region's value at its winning cell (zero elsewhere)."""
    n, k = shape_nk
    regions = np.zeros((n, k, side, side, 4))
    np.put_along_axis(regions, best[..., None], values.reshape(n, k, side, side)[..., None], axis=4)
    out = np.zeros((n, k, map_side, map_side))
    out[:, :, :2 * side, :2 * side] = regions.reshape(n, k, side, side, 2, 2).transpose(0, 1, 2, 4, 3, 5).reshape(
        n, k, 2 * side, 2 * side)
    return out


def forward(shape: Shape, image, params) -> GridPipeline:
    """Run one image through every filter, ReLU, Max Pooling and the classifier."""
    image = cnn.clip_image(image)
    if image.shape != (shape.size, shape.size):
        raise ValueError(f"the image must be {shape.size}×{shape.size} pixels")
    parts = unpack(shape, params)
    with np.errstate(over="ignore", invalid="ignore"):
        fm, rectified, _, best, pooled = _layers(cnn.windows(image)[None], parts, shape.pooled_side)
        winners = _unpool(np.ones(pooled.shape), best, (1, shape.filters), shape.pooled_side, shape.map_side) > 0
        hidden_input = float(pooled[0] @ parts.weights + parts.b1)
        hidden = max(hidden_input, 0.0)
        scores = np.array([parts.w_o * hidden + parts.b_o, parts.w_x * hidden + parts.b_x])
    return GridPipeline(image, fm[0], rectified[0], pooled[0].reshape(shape.filters, shape.pooled_side, -1),
                        winners[0], hidden_input, hidden, scores, softmax(scores), cnn.argmax(scores))


def batch_cross_entropy(shape: Shape, params, windows, labels) -> tuple[float, np.ndarray]:
    """Total Cross Entropy of N images (`windows`: N × m × m × 3 × 3) and its gradient by backpropagation."""
    c = unpack(shape, params)
    labels = np.asarray(labels)
    n, rows = len(labels), np.arange(len(labels))
    fm, _, _, best, pooled = _layers(windows, c, shape.pooled_side)
    hidden_input = pooled @ c.weights + c.b1
    hidden = np.maximum(hidden_input, 0.0)
    scores = np.stack([c.w_o * hidden + c.b_o, c.w_x * hidden + c.b_x], axis=1)
    shifted = scores - scores.max(axis=1, keepdims=True)
    log_total = np.log(np.exp(shifted).sum(axis=1))
    loss = float(np.sum(log_total - shifted[rows, labels]))
    d_scores = np.exp(shifted - log_total[:, None])
    d_scores[rows, labels] -= 1.0  # d CE / d score = p − 1 for the target, p otherwise
    d_o, d_x = d_scores[:, 0], d_scores[:, 1]
    d_hidden_input = (d_o * c.w_o + d_x * c.w_x) * (hidden_input > 0)
    d_pooled = d_hidden_input[:, None] * c.weights[None, :]  # only the winners pass it on
    d_fm = _unpool(d_pooled, best, (n, shape.filters), shape.pooled_side, shape.map_side) * (fm > 0)
    d_head = [d_hidden_input.sum(), d_o @ hidden, d_o.sum(), d_x @ hidden, d_x.sum()]
    m = shape.map_side
    d_kernels = d_fm.transpose(1, 0, 2, 3).reshape(shape.filters, -1) @ np.reshape(windows, (n * m * m, 9))
    return loss, np.concatenate([d_hidden_input @ pooled, d_head, d_kernels.ravel(), d_fm.sum(axis=(0, 2, 3))])


def objective(shape: Shape, shifted: bool = False, train_filter: bool = True):
    """params → (Cross Entropy, gradient) on the shape's training letters (all at once), for `descend`.

    With `train_filter` False the filters are frozen: their Feature Maps and pooled values are computed once
    for each filter setting, the classifier's part runs in Python floats, and the filters' derivatives are
    returned as 0 (`descend` keeps frozen parameters anyway)."""
    images, labels = training_set(shape, shifted)
    all_windows = np.stack([cnn.windows(image) for image in images])
    label_array = np.array(labels)
    if not train_filter:
        return _classifier_in_floats(shape, all_windows, labels)

    def evaluate(params):
        return batch_cross_entropy(shape, params, all_windows, label_array)

    return evaluate


def _classifier_in_floats(shape: Shape, windows, labels):
    """The objective with the filters frozen: the classifier of `batch_cross_entropy`, image by image, in floats."""
    n_weights = shape.n_pooled
    head = n_weights + 5
    frozen: dict = {}  # the filter values → each image's pooled values

    @in_floats
    def evaluate(params):
        params = [float(v) for v in params]
        if len(params) != shape.n_params:
            raise ValueError(f"{shape!r} has {shape.n_params} parameters, got {len(params)}")
        key = tuple(params[head:])
        if key not in frozen:
            frozen.clear()
            with np.errstate(over="ignore", invalid="ignore"):
                frozen[key] = _layers(windows, unpack(shape, params), shape.pooled_side)[4].tolist()
        weights, (b1, w_o, b_o, w_x, b_x) = params[:n_weights], params[n_weights:head]
        d_weights = [0.0] * n_weights
        loss = d_b1 = d_wo = d_bo = d_wx = d_bx = 0.0
        for pooled, label in zip(frozen[key], labels, strict=True):
            hidden_input = sum(p * w for p, w in zip(pooled, weights, strict=True)) + b1
            hidden = max(hidden_input, 0.0)
            score_o, score_x = w_o * hidden + b_o, w_x * hidden + b_x
            top = max(score_o, score_x)
            e_o, e_x = math.exp(score_o - top), math.exp(score_x - top)
            log_total = math.log(e_o + e_x)
            loss += log_total - ((score_o if label == 0 else score_x) - top)
            d_o = e_o / (e_o + e_x) - (label == 0)  # d CE / d score = p − 1 for the target, p otherwise
            d_x = e_x / (e_o + e_x) - (label == 1)
            d_hidden_input = (d_o * w_o + d_x * w_x) * (hidden_input > 0)
            for j, p in enumerate(pooled):
                d_weights[j] += d_hidden_input * p
            d_b1 += d_hidden_input
            d_wo, d_bo, d_wx, d_bx = d_wo + d_o * hidden, d_bo + d_o, d_wx + d_x * hidden, d_bx + d_x
        return loss, d_weights + [d_b1, d_wo, d_bo, d_wx, d_bx] + [0.0] * (shape.n_params - head)

    return evaluate


def recognised(shape: Shape, params, shifted: bool = False) -> tuple[int, int]:
    """(how many training letters, how many of them the network answers rightly: a tie is not right)."""
    images, labels = training_set(shape, shifted)
    return len(images), sum(
        forward(shape, image, params).answer == label for image, label in zip(images, labels, strict=True)
    )


def learning_rate(shape: Shape) -> float:
    """A learning rate that trains this shape steadily: 0.1 for the deck, smaller as the hidden node's inputs grow."""
    return float(f"{0.1 * (4 / shape.n_pooled) ** 0.75:.2g}")


def free_mask(shape: Shape, train_filter: bool) -> tuple[bool, ...]:
    """Always the classifier; the filters and their biases on request."""
    return (True,) * (shape.n_pooled + 5) + (bool(train_filter),) * (10 * shape.filters)
