"""Chapter 4 on real handwriting: the UCI 8×8 digits, a CNN with 1–8 learned filters, mini-batch gradient descent.

The network: each 8×8 image (0 = white … 1 = black) goes through F learned 3×3 filters (no padding: 6×6
Feature Maps), ReLU, 2×2 Max Pooling (3×3 pooled values per filter), then one fully connected layer to one
score per chosen class, SoftMax and Cross Entropy. Everything is computed for a whole mini-batch at once:
the 36 windows of every image are laid out once (im2col), so a Feature Map is one matrix product.

The parameter vector is the F filters (9 values each, row by row), their F biases, the classifier's weights
(K rows of F·9: filter by filter, pooled values row by row) and its K biases.

Training is `descend` from nnviz.core.descent with an objective that takes the mini-batch of step n
(`batches`): the same seeded order every time, so a run, a Step, and Step back then Step give the same steps.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import NamedTuple, Sequence

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from nnviz.core.descent import Step, StoppingRules, descend
from nnviz.core.numbers import finite, whole

SIDE = 8  # pixels a side
KERNEL = 3  # filter side
MAP = SIDE - KERNEL + 1  # Feature Map side: 6
POOLED = MAP // 2  # pooled side: 3
MAX_FILTERS = 8
DIGITS = tuple(range(10))
DATASET = ("datasets", "digits.npz")
#: The defaults of the page and of the benchmark: all ten digits, 4 filters, 20 % held out, seed 0.
DEFAULT_FILTERS, DEFAULT_BATCH, DEFAULT_LEARNING_RATE, DEFAULT_TEST, DEFAULT_SEED = 4, 32, 0.3, 0.2, 0
DEFAULT_RULES = StoppingRules(loss_tolerance=None, max_steps=20_000, min_step_size=None)


# --- the data ---------------------------------------------------------------------------------------------------
def load(path=None) -> tuple[np.ndarray, np.ndarray]:
    """(images N×8×8 in 0…1, labels N) of the shipped digits (or the .npz at `path`), pixel counts 0…16 ÷ 16."""
    if path is None:
        from nnviz.resources import resource

        path = resource(*DATASET)
    with np.load(path, allow_pickle=False) as data:
        images, labels = np.asarray(data["images"]), np.asarray(data["labels"])
    if images.ndim != 3 or images.shape[1:] != (SIDE, SIDE) or labels.shape != (len(images),):
        raise ValueError("the digits file must hold N images of 8×8 pixels and N labels")
    if images.min() < 0 or images.max() > 16 or not np.isin(labels, DIGITS).all():
        raise ValueError("the digits file's pixels must be 0 to 16 and its labels 0 to 9")
    return images.astype(float) / 16.0, labels.astype(int)


class Split(NamedTuple):
    """The chosen classes, and the images of each part with their labels 0…K−1 (the index in `classes`)."""

    classes: tuple[int, ...]
    train_images: np.ndarray
    train_labels: np.ndarray
    test_images: np.ndarray
    test_labels: np.ndarray

    @property
    def n_classes(self) -> int:
        return len(self.classes)


def check_classes(classes: Sequence[int]) -> tuple[int, ...]:
    """The classes as a sorted tuple of two or more distinct digits; ValueError otherwise."""
    chosen = tuple(sorted({whole(c, "a digit", 0, 9) for c in classes}))
    if len(chosen) < 2 or len(chosen) != len(classes):
        raise ValueError("choose two or more different digits")
    return chosen


def split(images, labels, classes: Sequence[int] = DIGITS, test_fraction: float = DEFAULT_TEST,
          seed: int = DEFAULT_SEED) -> Split:
    """The images of `classes`, with `test_fraction` of each class held out at random (seeded), the rest shuffled."""
    classes = check_classes(classes)
    test_fraction = float(finite(test_fraction, "the test share"))
    if not 0.05 <= test_fraction <= 0.5:
        raise ValueError("the test share must be from 5 % to 50 %")
    rng = np.random.default_rng(whole(seed, "the seed", 0, 2**32 - 1))
    images, labels = np.asarray(finite(images, "the images"), dtype=float), np.asarray(finite(labels, "the labels"))
    if len(images) != len(labels):
        raise ValueError("there must be one label per image")
    train, test = [], []
    for c in classes:
        mine = rng.permutation(np.flatnonzero(labels == c))
        n_test = max(1, round(test_fraction * len(mine)))
        test.append(mine[:n_test])
        train.append(mine[n_test:])
    train, test = rng.permutation(np.concatenate(train)), np.sort(np.concatenate(test))
    index = {c: i for i, c in enumerate(classes)}
    relabel = np.vectorize(index.__getitem__, otypes=[int])
    return Split(classes, images[train], relabel(labels[train]), images[test], relabel(labels[test]))


def patches(images) -> np.ndarray:
    """im2col: every 3×3 window of every image, N × 36 × 9 (window row by row, then its pixels row by row)."""
    images = np.asarray(finite(images, "the images"), dtype=float).reshape(-1, SIDE, SIDE)
    return np.ascontiguousarray(sliding_window_view(images, (KERNEL, KERNEL), axis=(1, 2))).reshape(
        len(images), MAP * MAP, KERNEL * KERNEL)


# --- the network ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Model:
    """The shape of the network: how many filters, how many classes."""

    filters: int = DEFAULT_FILTERS
    classes: int = 10

    def __post_init__(self):
        whole(self.filters, "the number of filters", 1, MAX_FILTERS)
        whole(self.classes, "the number of classes", 2, 10)

    @property
    def features(self) -> int:
        """Pooled values the classifier reads: 9 per filter."""
        return self.filters * POOLED * POOLED

    @property
    def size(self) -> int:
        return self.filters * (KERNEL * KERNEL + 1) + self.classes * (self.features + 1)

    def unpack(self, params) -> "Parts":
        p = np.asarray(params, dtype=float)
        if p.shape != (self.size,):
            raise ValueError(f"expected {self.size} parameters, got {p.size}")
        f, k, n = self.filters, self.classes, self.features
        a, b = f * 9, f * 10
        return Parts(p[:a].reshape(f, KERNEL, KERNEL), p[a:b], p[b:b + k * n].reshape(k, n), p[b + k * n:])

    def start(self, seed: int = DEFAULT_SEED) -> np.ndarray:
        """Seeded random starting values: filters ~ N(0, 2/9) (He), weights ~ N(0, 1/features), biases 0."""
        rng = np.random.default_rng(whole(seed, "the seed", 0, 2**32 - 1))
        kernels = rng.normal(0.0, math.sqrt(2 / 9), (self.filters, 9))
        weights = rng.normal(0.0, 1 / math.sqrt(self.features), (self.classes, self.features))
        return np.concatenate([kernels.ravel(), np.zeros(self.filters), weights.ravel(), np.zeros(self.classes)])


class Parts(NamedTuple):
    kernels: np.ndarray  # F × 3 × 3
    biases: np.ndarray  # F
    weights: np.ndarray  # K × F·9
    out_biases: np.ndarray  # K


class Forward(NamedTuple):
    """Every intermediate value of a batch of N images."""

    feature_maps: np.ndarray  # N × F × 6 × 6 (filter · window + bias)
    pooled: np.ndarray  # N × F × 3 × 3 (Max Pooling of ReLU of the Feature Maps)
    winners: np.ndarray  # N × 3 × 3 × F: which of the region's 4 cells won (row by row)
    scores: np.ndarray  # N × K
    probabilities: np.ndarray  # N × K (SoftMax)


def _pool(rectified: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """rectified N × 36 × F → (pooled N × 3 × 3 × F, winners N × 3 × 3 × F); the first cell wins a tie."""
    n, f = rectified.shape[0], rectified.shape[2]
    blocks = rectified.reshape(n, POOLED, 2, POOLED, 2, f).transpose(0, 1, 3, 5, 2, 4).reshape(n, POOLED, POOLED,
                                                                                            f, 4)
    best = blocks.argmax(axis=4)
    return np.take_along_axis(blocks, best[..., None], axis=4)[..., 0], best


def _softmax(scores: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(probabilities, log of the SoftMax denominator after shifting) row by row, without overflow."""
    shifted = scores - scores.max(axis=1, keepdims=True)
    log_total = np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return np.exp(shifted - log_total), shifted - log_total


def _forward(model: Model, params, cols: np.ndarray):
    parts = model.unpack(params)
    fm = cols @ parts.kernels.reshape(model.filters, 9).T + parts.biases  # N × 36 × F
    pooled, best = _pool(np.maximum(fm, 0.0))
    features = pooled.transpose(0, 3, 1, 2).reshape(len(cols), model.features)  # filter by filter, row by row
    scores = features @ parts.weights.T + parts.out_biases
    return parts, fm, pooled, best, features, scores


def forward(model: Model, params, images, cols: np.ndarray | None = None) -> Forward:
    """The network on a batch of images (N × 8 × 8), all at once (`cols`: their `patches`, when kept)."""
    cols = patches(images) if cols is None else cols
    _, fm, pooled, best, _, scores = _forward(model, params, cols)
    n = len(cols)
    probabilities, _ = _softmax(scores)
    return Forward(fm.reshape(n, MAP, MAP, model.filters).transpose(0, 3, 1, 2), pooled.transpose(0, 3, 1, 2),
                   best, scores, probabilities)


def loss_and_gradient(model: Model, params, cols: np.ndarray, labels) -> tuple[float, np.ndarray]:
    """The mean Cross Entropy of the batch (`cols` from `patches`) and its gradient, by backpropagation."""
    parts, fm, pooled, best, features, scores = _forward(model, params, cols)
    n, f = len(cols), model.filters
    labels = np.asarray(labels)
    probabilities, log_p = _softmax(scores)
    rows = np.arange(n)
    loss = float(-log_p[rows, labels].mean())
    d_scores = probabilities
    d_scores[rows, labels] -= 1.0  # d CE / d score = p − 1 for the target, p otherwise
    d_scores /= n
    d_weights, d_out = d_scores.T @ features, d_scores.sum(axis=0)
    d_pooled = (d_scores @ parts.weights).reshape(n, f, POOLED, POOLED).transpose(0, 2, 3, 1)  # N × 3 × 3 × F
    d_blocks = (np.arange(4) == best[..., None]) * d_pooled[..., None]  # only the winner passes it on
    d_fm = d_blocks.reshape(n, POOLED, POOLED, f, 2, 2).transpose(0, 1, 4, 2, 5, 3).reshape(n, MAP * MAP, f)
    d_fm *= fm > 0  # ReLU
    d_kernels = np.einsum("npk,npf->fk", cols, d_fm)
    return loss, np.concatenate([d_kernels.ravel(), d_fm.sum(axis=(0, 1)), d_weights.ravel(), d_out])


def predict(model: Model, params, images, cols: np.ndarray | None = None) -> np.ndarray:
    """The class index (0…K−1) of the largest score for each image."""
    return _forward(model, params, patches(images) if cols is None else cols)[5].argmax(axis=1)


def accuracy(model: Model, params, images, labels, cols: np.ndarray | None = None) -> float:
    """The share of images whose largest score is their own class."""
    return float(np.mean(predict(model, params, images, cols) == np.asarray(labels)))


def confusion(model: Model, params, images, labels) -> np.ndarray:
    """K × K counts: row = the true class, column = the network's answer."""
    k = model.classes
    return np.bincount(np.asarray(labels) * k + predict(model, params, images), minlength=k * k).reshape(k, k)


# --- training ---------------------------------------------------------------------------------------------------
def batch_indices(n: int, batch_size: int, number: int, seed: int = DEFAULT_SEED) -> np.ndarray:
    """The images of step `number`: epoch e = number // batches is a seeded shuffle of all n, cut in batches."""
    batch_size = whole(batch_size, "the batch size", 1, 10_000)
    n, number = whole(n, "the number of images", 1, 10**7), whole(number, "the step number", 0, 10**15)
    per_epoch = math.ceil(n / min(batch_size, n))
    epoch, k = divmod(number, per_epoch)
    order = np.random.default_rng([whole(seed, "the seed", 0, 2**32 - 1), epoch]).permutation(n)
    return order[k * batch_size:(k + 1) * batch_size]


class Batches:
    """An objective for `descend` that takes the mini-batch of step `first_number`, then of each next step."""

    def __init__(self, model: Model, images, labels, batch_size: int = DEFAULT_BATCH, seed: int = DEFAULT_SEED,
                 first_number: int = 0, cols: np.ndarray | None = None):
        self.model, self.labels = model, np.asarray(labels)
        self.cols = patches(images) if cols is None else cols
        self.batch_size, self.seed, self.number = whole(batch_size, "the batch size", 1, 10_000), seed, first_number
        if len(self.cols) != len(self.labels) or not len(self.labels):
            raise ValueError("the training part needs one label per image, and at least one image")

    def at(self, first_number: int) -> "Batches":
        """The same data, from step `first_number` on."""
        return Batches(self.model, None, self.labels, self.batch_size, self.seed, first_number, self.cols)

    def __call__(self, params) -> tuple[float, np.ndarray]:
        picks = batch_indices(len(self.labels), self.batch_size, self.number, self.seed)
        self.number += 1
        return loss_and_gradient(self.model, params, self.cols[picks], self.labels[picks])


def train(model: Model, data: Split, start=None, learning_rate: float = DEFAULT_LEARNING_RATE,
          rules: StoppingRules = DEFAULT_RULES, batch_size: int = DEFAULT_BATCH, seed: int = DEFAULT_SEED,
          first_number: int = 0):
    """Mini-batch gradient descent on the training part: a generator of `Step`s (one per mini-batch)."""
    start = model.start(seed) if start is None else start
    objective = Batches(model, data.train_images, data.train_labels, batch_size, seed, first_number)
    return descend(objective, start, learning_rate, rules, first_number=first_number)


def steps_per_epoch(n: int, batch_size: int) -> int:
    n = whole(n, "the number of images", 1, 10**7)
    return math.ceil(n / min(whole(batch_size, "the batch size", 1, 10_000), n))


def last(steps) -> Step:
    """The last step of an iterable of steps."""
    step = None
    for step in steps:  # noqa: B007 - the last one is the answer
        pass
    return step
