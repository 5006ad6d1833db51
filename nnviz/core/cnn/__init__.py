"""Chapter 4: a 6×6 letter, a 3×3 filter → Feature Map → ReLU → Max Pooling → a small classifier.

Images hold 0 (white) to 1 (black). The filter slides over the image without padding
(6×6 with 3×3 gives a 4×4 Feature Map); each cell is the dot product of the window and the
filter, plus the bias. ReLU sets the negative cells to 0; 2×2 Max Pooling keeps the largest
value of each 2×2 region. The four pooled values feed one ReLU hidden node and two outputs,
"O" and "X", turned into probabilities by SoftMax; ArgMax picks the answer.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from nnviz.core.activations import ACTIVATIONS, relu  # noqa: F401 - relu: the public, checked one
from nnviz.core.numbers import computed, finite, whole

_relu, _d_relu = ACTIVATIONS["relu"].f, ACTIVATIONS["relu"].df  # unchecked: inputs are checked once

__all__ = ["LETTER_O", "LETTER_X", "shift", "convolve", "relu", "max_pool", "Classifier", "forward",
           "softmax", "argmax", "LABELS", "FILTER_PRESETS", "DECK_FILTER", "DECK_FILTER_BIAS", "DECK_CLASSIFIER"]


def _letter(rows: str) -> np.ndarray:
    image = np.array([[float(c) for c in row] for row in rows.split()])
    image.setflags(write=False)
    return image


#: The deck's letters (rows from the top; 1 = black).
LETTER_O = _letter("001100 010010 100001 100001 010010 001100")
LETTER_X = _letter("100001 010010 001100 001100 010010 100001")
BLANK = _letter("000000 " * 6)
LETTERS = {"O": LETTER_O, "X": LETTER_X, "blank": BLANK}
LABELS = ("O", "X")  # the two outputs, in this order

#: The deck's filter: a diagonal of three neighbouring pixels, with bias −2.
DECK_FILTER = _letter("001 010 100")
DECK_FILTER_BIAS = -2.0
#: Filter presets: name → (kernel, bias).
FILTER_PRESETS = {
    "diagonal (the deck's)": (DECK_FILTER, DECK_FILTER_BIAS),
    "vertical edge": (np.array([[1.0, 0.0, -1.0]] * 3), 0.0),
    "horizontal edge": (np.array([[1.0] * 3, [0.0] * 3, [-1.0] * 3]), 0.0),
    "identity": (_letter("000 010 000"), 0.0),
}


def clip_image(image) -> np.ndarray:
    """The image as floats clipped to 0…1; ValueError for NaN or infinity."""
    image = np.array(image, dtype=float)
    if image.ndim != 2 or min(image.shape) < 1:
        raise ValueError("an image must be a 2-D grid of pixel values")
    if not np.all(np.isfinite(image)):
        raise ValueError("pixel values must be numbers from 0 to 1")
    return np.clip(image, 0.0, 1.0)


def shift(image, dx: int, dy: int) -> np.ndarray:
    """The image moved dx pixels right and dy pixels down (negative: left, up); zero fill, the rest cropped."""
    image = np.asarray(finite(image, "the image"), dtype=float)
    out = np.zeros_like(image)
    rows, cols = image.shape
    dx, dy = whole(dx, "dx"), whole(dy, "dy")
    if abs(dx) >= cols or abs(dy) >= rows:
        return out
    src = image[max(0, -dy):rows - max(0, dy), max(0, -dx):cols - max(0, dx)]
    out[max(0, dy):max(0, dy) + src.shape[0], max(0, dx):max(0, dx) + src.shape[1]] = src
    return out


def windows(image, size: int = 3) -> np.ndarray:
    """Every size×size window of the image, indexed [row, column, ...] by the window's top-left pixel."""
    size = whole(size, "the window size", 1, 1000)
    return sliding_window_view(np.asarray(finite(image, "the image"), dtype=float), (size, size))


def convolve(image, kernel, bias: float = 0.0) -> np.ndarray:
    """The Feature Map: for each window, sum of pixel × filter value, plus the bias (no padding, stride 1)."""
    kernel, bias = np.asarray(finite(kernel, "the filter"), dtype=float), finite(bias, "the bias")
    with np.errstate(over="ignore", invalid="ignore"):
        return computed(np.einsum("ijkl,kl->ij", windows(image, kernel.shape[0]), kernel) + bias, "the Feature Map")


def d_convolve(image, d_feature_map, size: int = 3) -> tuple[np.ndarray, float]:
    """(d/d kernel, d/d bias) of a loss, given d loss / d each Feature Map cell."""
    d = np.asarray(finite(d_feature_map, "d_feature_map"), dtype=float)
    with np.errstate(over="ignore", invalid="ignore"):
        return computed((np.einsum("ijkl,ij->kl", windows(image, size), d), float(d.sum())), "the filter's gradient")


def max_pool(feature_map, size: int = 2) -> np.ndarray:
    """The largest value of each size×size region (stride = size)."""
    return pool_winners(feature_map, size)[0]


def winner_cells(feature_map, size: int = 2) -> tuple[np.ndarray, np.ndarray]:
    """(rows, columns) of the winning cell of each size×size region; the first one when several tie."""
    fm, size = np.asarray(finite(feature_map, "the Feature Map"), dtype=float), whole(size, "the pool size", 1, 1000)
    r, c = fm.shape[0] // size, fm.shape[1] // size
    blocks = fm[:r * size, :c * size].reshape(r, size, c, size).transpose(0, 2, 1, 3).reshape(r, c, size * size)
    best = np.argmax(blocks, axis=2)
    return np.arange(r)[:, None] * size + best // size, np.arange(c)[None, :] * size + best % size


def pool_winners(feature_map, size: int = 2) -> tuple[np.ndarray, np.ndarray]:
    """(pooled values, 4×4 mask of the winning cells)."""
    fm = np.asarray(finite(feature_map, "the Feature Map"), dtype=float)
    rows, cols = winner_cells(fm, size)
    mask = np.zeros(fm.shape, dtype=bool)
    mask[rows, cols] = True
    return fm[rows, cols], mask


def softmax(scores) -> np.ndarray:
    """e^score / Σ e^score, computed from score − max so nothing overflows; equal scores give equal shares."""
    s = np.asarray(finite(scores, "the scores"), dtype=float)
    with np.errstate(over="ignore", under="ignore"):  # score − max may overflow to −inf: its share is 0, rightly
        e = np.exp(s - np.max(s))
    return e / e.sum()


def argmax(scores) -> int | None:
    """Index of the largest score, or None when the largest is shared (a tie)."""
    s = np.asarray(finite(scores, "the scores"), dtype=float)
    best = np.flatnonzero(s == s.max())
    return int(best[0]) if best.size == 1 else None


@dataclass(frozen=True)
class Classifier:
    """The fully connected part: 4 pooled values → one ReLU hidden node → outputs "O" and "X"."""

    w1: float = -0.8
    w2: float = -0.07
    w3: float = 0.2
    w4: float = 0.17
    b1: float = 0.97
    w_o: float = -1.3
    b_o: float = 1.45
    w_x: float = 1.32
    b_x: float = -0.45

    def as_array(self) -> np.ndarray:
        return np.array([getattr(self, f.name) for f in fields(self)], dtype=float)

    @classmethod
    def from_array(cls, values) -> "Classifier":
        return cls(*(float(v) for v in values))

    @property
    def weights(self) -> np.ndarray:
        return np.array([self.w1, self.w2, self.w3, self.w4])

    def __repr__(self) -> str:
        return "Classifier(" + ", ".join(f"{f.name}={getattr(self, f.name):g}" for f in fields(self)) + ")"


CLASSIFIER_NAMES = tuple(f.name for f in fields(Classifier))
DECK_CLASSIFIER = Classifier()


@dataclass(frozen=True)
class Pipeline:
    """Every intermediate value of one image's trip through the CNN."""

    image: np.ndarray
    feature_map: np.ndarray  # filter · window + bias, 4×4
    rectified: np.ndarray  # ReLU(feature map)
    pooled: np.ndarray  # Max Pooling, 2×2
    winners: np.ndarray  # which cell won each pooling region (4×4 bool)
    hidden_input: float  # w · pooled + b1
    hidden: float  # ReLU(hidden_input)
    scores: np.ndarray  # raw outputs for "O" and "X"
    probabilities: np.ndarray  # SoftMax of the scores
    answer: int | None  # ArgMax (None: a tie)

    def __repr__(self) -> str:
        answer = "tie" if self.answer is None else LABELS[self.answer]
        return f"Pipeline(pooled={self.pooled.ravel().tolist()}, hidden={self.hidden:.4g}, answer={answer})"


def forward(image, kernel=DECK_FILTER, bias: float = DECK_FILTER_BIAS,
            classifier: Classifier = DECK_CLASSIFIER) -> Pipeline:
    """Run one image through filter, ReLU, Max Pooling and the classifier."""
    image = clip_image(image)
    finite(classifier.as_array(), "the classifier's weights")
    with np.errstate(over="ignore", invalid="ignore"):
        fm = convolve(image, kernel, bias)
        rectified = _relu(fm)
        pooled, winners = pool_winners(rectified)
        hidden_input = float(classifier.weights @ pooled.ravel() + classifier.b1)
        hidden = float(_relu(hidden_input))
        scores = np.array([classifier.w_o * hidden + classifier.b_o, classifier.w_x * hidden + classifier.b_x])
        computed((hidden_input, scores), "the classifier's outputs")
    return Pipeline(image, fm, rectified, pooled, winners, hidden_input, hidden, scores, softmax(scores),
                    argmax(scores))


def backward(p: Pipeline, target: int, kernel, classifier: Classifier) -> tuple[float, np.ndarray, np.ndarray, float]:
    """Cross Entropy −log(p_target) of one image and its gradient: (loss, d classifier (9), d kernel, d bias)."""
    c = classifier
    shifted = p.scores - np.max(p.scores)
    loss = float(np.log(np.exp(shifted).sum()) - shifted[target])
    d_o, d_x = p.probabilities - np.eye(2)[target]  # d CE / d score = p − 1 for the target, p otherwise
    d_hidden_input = (d_o * c.w_o + d_x * c.w_x) * float(_d_relu(p.hidden_input))
    d_rectified = np.zeros_like(p.feature_map)
    rows, cols = winner_cells(p.rectified)
    d_rectified[rows, cols] = d_hidden_input * c.weights.reshape(rows.shape)  # only the winners pass it on
    d_fm = d_rectified * _d_relu(p.feature_map)
    d_kernel, d_bias = d_convolve(p.image, d_fm, np.asarray(kernel).shape[0])
    d_classifier = np.concatenate([d_hidden_input * p.pooled.ravel(), [d_hidden_input],
                                   [d_o * p.hidden, d_o, d_x * p.hidden, d_x]])
    return loss, d_classifier, d_kernel, d_bias
