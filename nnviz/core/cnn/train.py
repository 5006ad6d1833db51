"""Chapter 4, training: the CNN's parameters as one vector, its Cross Entropy and gradient by
backpropagation, and the plain fully connected network it is compared with.

The parameter vector (19 numbers) is the classifier's nine (w1 w2 w3 w4 b1 w_o b_o w_x b_x),
then the nine filter values row by row, then the filter bias.
"""

from __future__ import annotations

import math
from typing import Callable

import numpy as np

from nnviz.core.cnn import (
    CLASSIFIER_NAMES,
    DECK_CLASSIFIER,
    DECK_FILTER,
    DECK_FILTER_BIAS,
    LETTER_O,
    LETTER_X,
    Classifier,
    backward,
    forward,
    shift,
    softmax,
    windows,
)
from nnviz.core.descent import in_floats
from nnviz.core.numbers import finite

FILTER_NAMES = tuple(f"f{r}{c}" for r in range(1, 4) for c in range(1, 4))
PARAM_NAMES = CLASSIFIER_NAMES + FILTER_NAMES + ("filter_bias",)
N_CLASSIFIER = len(CLASSIFIER_NAMES)
#: The one-pixel moves used for "shifted copies": right, left, down, up.
SHIFTS = ((1, 0), (-1, 0), (0, 1), (0, -1))


def pack(classifier: Classifier, kernel, bias: float) -> np.ndarray:
    """The 19-number parameter vector."""
    return np.concatenate([classifier.as_array(), np.asarray(kernel, dtype=float).ravel(), [float(bias)]])


def unpack(params) -> tuple[Classifier, np.ndarray, float]:
    """(classifier, 3×3 kernel, filter bias) from the parameter vector (finite numbers only: a ValueError otherwise)."""
    p = finite(params, "the parameters")
    if p.shape != (len(PARAM_NAMES),):
        raise ValueError(f"expected {len(PARAM_NAMES)} parameters, got {p.size}")
    return Classifier.from_array(p[:N_CLASSIFIER]), p[N_CLASSIFIER:N_CLASSIFIER + 9].reshape(3, 3), float(p[-1])


DECK_PARAMS = pack(DECK_CLASSIFIER, DECK_FILTER, DECK_FILTER_BIAS)


def training_set(shifted: bool = False) -> tuple[list[np.ndarray], list[int]]:
    """The letters O (label 0) and X (label 1), and with `shifted` their four one-pixel shifts."""
    images, labels = [LETTER_O, LETTER_X], [0, 1]
    if shifted:
        for dx, dy in SHIFTS:
            images += [shift(LETTER_O, dx, dy), shift(LETTER_X, dx, dy)]
            labels += [0, 1]
    return images, labels


def cross_entropy(params, images, labels) -> tuple[float, np.ndarray]:
    """Total Cross Entropy over the images, and its gradient with respect to the 19 parameters (one image at a time)."""
    classifier, kernel, bias = unpack(params)
    total, grad = 0.0, np.zeros(len(PARAM_NAMES))
    for image, label in zip(images, labels, strict=True):
        loss, d_c, d_k, d_b = backward(forward(image, kernel, bias, classifier), label, kernel, classifier)
        total += loss
        grad += np.concatenate([d_c, d_k.ravel(), [d_b]])
    return total, grad


def batch_cross_entropy(params, windows, labels) -> tuple[float, np.ndarray]:
    """The same as `cross_entropy`, for all images at once; `windows` = (N, 4, 4, 3, 3) from `cnn.windows`."""
    p = np.asarray(params, dtype=float)  # read in place: w1…w4 b1 w_o b_o w_x b_x, the filter, its bias
    if p.shape != (len(PARAM_NAMES),):
        raise ValueError(f"expected {len(PARAM_NAMES)} parameters, got {p.size}")
    weights, b1, w_out, b_out, kernel = p[:4], p[4], p[5:9:2], p[6:9:2], p[9:18].reshape(3, 3)
    n = len(labels)
    images, cells = np.arange(n)[:, None], np.arange(4)[None, :]
    fm = np.einsum("nijkl,kl->nij", windows, kernel) + p[18]  # Feature Maps, N × 4 × 4
    rectified = np.maximum(fm, 0.0)
    regions = rectified.reshape(n, 2, 2, 2, 2).transpose(0, 1, 3, 2, 4).reshape(n, 4, 4)  # N × region × cell
    best = regions.argmax(axis=2)
    pooled = regions[images, cells, best]  # N × 4, regions row by row
    hidden_input = pooled @ weights + b1
    hidden = np.maximum(hidden_input, 0.0)
    scores = hidden[:, None] * w_out + b_out  # "O", "X"
    shifted = scores - scores.max(axis=1, keepdims=True)
    log_total = np.log(np.exp(shifted).sum(axis=1))
    rows = np.arange(n)
    loss = float((log_total - shifted[rows, labels]).sum())
    d_scores = np.exp(shifted - log_total[:, None])
    d_scores[rows, labels] -= 1.0  # d CE / d score = p − 1 for the target, p otherwise
    d_o, d_x = d_scores[:, 0], d_scores[:, 1]
    d_hidden_input = (d_o * w_out[0] + d_x * w_out[1]) * (hidden_input > 0)
    d_regions = np.zeros_like(regions)
    d_regions[images, cells, best] = d_hidden_input[:, None] * weights
    d_fm = d_regions.reshape(n, 2, 2, 2, 2).transpose(0, 1, 3, 2, 4).reshape(n, 4, 4) * (fm > 0)
    grad = np.empty(len(PARAM_NAMES))
    grad[:4], grad[4] = d_hidden_input @ pooled, d_hidden_input.sum()
    grad[5], grad[6], grad[7], grad[8] = d_o @ hidden, d_o.sum(), d_x @ hidden, d_x.sum()
    grad[9:18], grad[18] = np.einsum("nijkl,nij->kl", windows, d_fm).ravel(), d_fm.sum()
    return loss, grad


def objective(shifted: bool = False) -> Callable[[np.ndarray], tuple[float, list[float]]]:
    """params → (Cross Entropy, gradient) on the training letters, for `descend` (all letters at once).

    The same numbers as `batch_cross_entropy`, computed faster: the Feature Maps of every letter are one matrix
    product (the windows stored region by region, so Max Pooling is one argmax over rows of four), and the
    classifier's few numbers, the 2-way SoftMax and their derivatives run in Python floats (NumPy costs about
    1 µs a call whatever the size); the filter's gradient is one product of the winners' windows."""
    images, labels = training_set(shifted)
    n = len(images)
    # one row per window, ordered letter, pooling region (row by row), cell of the region (row by row)
    rows = np.stack([windows(image) for image in images]).reshape(n, 2, 2, 2, 2, 9).transpose(0, 1, 3, 2, 4, 5)
    by_region = np.ascontiguousarray(rows.reshape(n * 16, 9))
    first_cell = np.arange(n * 4) * 4
    targets = [bool(label) for label in labels]  # True: the letter is an X

    @in_floats
    def evaluate(params):
        p = params if type(params) is list else np.asarray(params, dtype=float).tolist()
        if len(p) != len(PARAM_NAMES):
            raise ValueError(f"expected {len(PARAM_NAMES)} parameters, got {len(p)}")
        w1, w2, w3, w4, b1, w_o, b_o, w_x, b_x = p[:9]
        fm = by_region @ p[9:18]
        fm += p[18]
        winners = first_cell + fm.reshape(-1, 4).argmax(axis=1)  # the first of equal values, as np.argmax
        pooled = fm[winners].tolist()  # before ReLU: ReLU of the maximum is the maximum after ReLU
        d_weight, d_bias = w_x - w_o, b_x - b_o  # score X − score O = hidden × d_weight + d_bias
        loss = g1 = g2 = g3 = g4 = g_b1 = e_hidden = e_sum = 0.0
        d_pooled = []
        for i, is_x in enumerate(targets):
            a1, a2, a3, a4 = pooled[4 * i:4 * i + 4]
            r1, r2, r3, r4 = a1 if a1 > 0.0 else 0.0, a2 if a2 > 0.0 else 0.0, a3 if a3 > 0.0 else 0.0, \
                a4 if a4 > 0.0 else 0.0
            hidden_input = r1 * w1 + r2 * w2 + r3 * w3 + r4 * w4 + b1
            hidden = hidden_input if hidden_input > 0.0 else 0.0
            z = hidden * d_weight + d_bias
            if z > 0.0:  # softplus(z) = log(1 + e^z) and p(X) = sigmoid(z), without overflow
                t = math.exp(-z)
                softplus, p_x = z + math.log1p(t), 1.0 / (1.0 + t)
            else:
                t = math.exp(z)
                softplus, p_x = math.log1p(t), t / (1.0 + t)
            loss += softplus - z if is_x else softplus  # −log p(target)
            e = p_x - 1.0 if is_x else p_x  # d CE / d score X (and minus d CE / d score O)
            e_hidden += e * hidden
            e_sum += e
            if hidden_input > 0.0:
                d_hidden = e * d_weight
                g1, g2, g3, g4, g_b1 = g1 + d_hidden * r1, g2 + d_hidden * r2, g3 + d_hidden * r3, \
                    g4 + d_hidden * r4, g_b1 + d_hidden
                d_pooled += [d_hidden * w1 if a1 > 0.0 else 0.0, d_hidden * w2 if a2 > 0.0 else 0.0,
                             d_hidden * w3 if a3 > 0.0 else 0.0, d_hidden * w4 if a4 > 0.0 else 0.0]
            else:
                d_pooled += [0.0, 0.0, 0.0, 0.0]
        d_kernel = (np.array(d_pooled) @ by_region[winners]).tolist()  # only the winners' windows pass it on
        return loss, [g1, g2, g3, g4, g_b1, -e_hidden, -e_sum, e_hidden, e_sum] + d_kernel + [sum(d_pooled)]

    return evaluate


def free_mask(train_filter: bool) -> tuple[bool, ...]:
    """Which parameters gradient descent may change: always the classifier, the filter on request."""
    return (True,) * N_CLASSIFIER + (bool(train_filter),) * 10


# --- the plain fully connected network: 36 pixels → two outputs -----------------------------
class PlainNetwork:
    """36 inputs (one per pixel), two outputs "O" and "X", SoftMax: no filter, no pooling."""

    def __init__(self, weights, biases):
        self.weights = np.asarray(weights, dtype=float)  # 2 × 36
        self.biases = np.asarray(biases, dtype=float)  # 2

    def scores(self, image) -> np.ndarray:
        """One raw output per letter: weights · pixels + bias."""
        return self.weights @ np.asarray(image, dtype=float).ravel() + self.biases

    def probabilities(self, image) -> np.ndarray:
        return softmax(self.scores(image))

    @property
    def n_inputs(self) -> int:
        return self.weights.shape[1]

    def __repr__(self) -> str:
        return f"PlainNetwork({self.n_inputs} inputs, 2 outputs)"


def plain_cross_entropy(network: PlainNetwork, images, labels) -> tuple[float, np.ndarray, np.ndarray]:
    """Total Cross Entropy of the plain network and its gradient (d weights 2×36, d biases 2)."""
    total, d_w, d_b = 0.0, np.zeros_like(network.weights), np.zeros(2)
    for image, label in zip(images, labels, strict=True):
        x = np.asarray(image, dtype=float).ravel()
        s = network.scores(x) - network.scores(x).max()
        total += float(np.log(np.exp(s).sum()) - s[label])
        d = softmax(s) - np.eye(2)[label]  # d CE / d score
        d_w += np.outer(d, x)
        d_b += d
    return total, d_w, d_b


def train_plain(images=None, labels=None, steps: int = 60, learning_rate: float = 0.1) -> PlainNetwork:
    """Gradient descent on the Cross Entropy from all-zero weights (deterministic); default: unshifted O and X."""
    if images is None:
        images, labels = training_set(shifted=False)
    network = PlainNetwork(np.zeros((2, np.asarray(images[0]).size)), np.zeros(2))
    for _ in range(steps):
        _, d_w, d_b = plain_cross_entropy(network, images, labels)
        network = PlainNetwork(network.weights - learning_rate * d_w, network.biases - learning_rate * d_b)
    return network
