"""Chapter 4 as code: the image through each filter's Feature Map, ReLU and Max Pooling, the classifier and SoftMax;
then the Run, Cross Entropy by backpropagation, with the filters trained or frozen, on O and X (and shifted copies)."""

from __future__ import annotations

import json

import numpy as np

from nnviz.core import cnn
from nnviz.core.cnn import shape as cnn_shape
from nnviz.core.cnn import train
from nnviz.core.codegen._common import (
    DESCENT_NUMPY,
    DESCENT_TORCH,
    SHOW_NUMPY,
    SHOW_TORCH,
    TORCH_PREAMBLE,
    Script,
    assemble,
    flat_list,
    header,
    num,
    render,
    rule,
    rules,
)

NUMBER, KEY, TITLE = 4, "cnn", "Convolutional Neural Networks"
LEARNING_RATE = 0.1
RULES = (0.01, 2000, 0.0001)  # the tab's stopping rules: Cross Entropy ≤ 0.01, 2,000 steps, step size ≤ 0.0001
HEAD = ("b1", "w_o", "b_o", "w_x", "b_x")


def deck_state() -> dict:
    """What the tab's get_state() returns when it opens: the letter O, the deck's filter and classifier."""
    return {"grid_size": 6, "filters": 1, "image": cnn.LETTER_O.tolist(), "params": train.DECK_PARAMS.tolist(),
            "view": "step-by-step", "position": None, "train_filter": False, "train_shifted": False,
            "learning_rate": LEARNING_RATE}


def _state(state: dict | None):
    state = {**deck_state(), **(state or {})}
    shape = cnn_shape.Shape(state["grid_size"], state["filters"])
    image = np.array(state["image"], dtype=float)
    if image.shape != (shape.size, shape.size):
        raise ValueError(f"the image must be {shape.size}×{shape.size} pixels")
    return state, shape, cnn.clip_image(image), cnn_shape.unpack(shape, state["params"])


def _grid(values, indent: int) -> str:
    """A 2-D or 3-D array literal, one row per line; whole numbers without a decimal point (0 and 1 pixels)."""
    values = np.asarray(values, dtype=float)
    if values.ndim == 3:
        return "[" + (",\n" + " " * (indent + 1)).join(_grid(v, indent + 1) for v in values) + "]"
    whole = bool(np.all(values == np.round(values)))

    def cell(v):
        return str(int(v)) if whole else num(v)

    return "[" + (",\n" + " " * (indent + 1)).join("[" + ", ".join(cell(v) for v in row) + "]" for row in values) + "]"


def _slots(state: dict, shape, image, parts) -> dict:
    images, labels = (train.training_set(state["train_shifted"]) if shape.is_deck
                      else cnn_shape.training_set(shape, state["train_shifted"]))
    step = max(1, round(shape.size / 6))
    tolerance, max_steps, min_step_size = rules(state.get("rules"), RULES)
    trained = ["weights", *HEAD] + (["filters", "filter_biases"] if state["train_filter"] else [])
    head = {name: num(getattr(parts, name)) for name in HEAD}
    return {"size": shape.size, "k": shape.filters, "image": _grid(image, 15), "filters": _grid(parts.kernels, 16),
            "filter_biases": flat_list(parts.biases, 30), "weights": flat_list(parts.weights, 25),
            **head, "letter_o": _grid(images[0], 17), "letter_x": _grid(images[1], 17),
            "shifts": repr(train.SHIFTS) if state["train_shifted"] else "()", "step": step,
            "trained": json.dumps(trained), "train_filter": "the filters are trained too" if state["train_filter"]
            else "the filters stay as they are", "learning_rate": num(state["learning_rate"]),
            "tolerance": rule(tolerance), "max_steps": rule(max_steps), "min_step_size": rule(min_step_size),
            "count": len(images), "pooled": shape.n_pooled,
            "weights_comment": "w1 w2 w3 w4: one per pooled value" if shape.is_deck else
            "one per pooled value, filter by filter, row by row"}


IMAGE = '''
# The input image ($size×$size pixels: 1 = black, 0 = white)
image = $array($image, dtype=$float)
'''

PARAMS = '''
# The filters (3×3) and their biases
filters = np.array($filters, dtype=float)
filter_biases = np.array($filter_biases)

# The classifier: one ReLU hidden node fed by the $pooled pooled values, then the outputs "O" and "X"
weights = np.array($weights)  # $weights_comment
b1 = $b1
w_o, b_o = $w_o, $b_o
w_x, b_x = $w_x, $b_x
learning_rate = $learning_rate
'''

LETTERS = '''
# The training letters: O (label 0) and X (label 1)$shifted_note
letter_o = $array($letter_o, dtype=$float)
letter_x = $array($letter_x, dtype=$float)
'''

NUMPY_PARTS = '''
def windows(image):
    """Every 3×3 window of the image, indexed [row, column, 3, 3] by its top-left pixel (no padding, stride 1)."""
    return np.lib.stride_tricks.sliding_window_view(image, (3, 3))


def convolve(image, kernel, bias):
    """The Feature Map: each 3×3 window of the image times the filter, summed, plus the bias."""
    return np.sum(windows(image) * kernel, axis=(2, 3)) + bias


def max_pool(rectified):
    """2×2 Max Pooling, stride 2: the largest value of each region, and a mask of the cells that won."""
    side = rectified.shape[0] // 2
    regions = rectified[:2 * side, :2 * side].reshape(side, 2, side, 2).transpose(0, 2, 1, 3).reshape(side, side, 4)
    best = regions.argmax(axis=2)  # the first one when several tie
    winners = np.zeros(rectified.shape, dtype=bool)
    rows, cols = np.indices((side, side))
    winners[2 * rows + best // 2, 2 * cols + best % 2] = True
    return regions.max(axis=2), winners


def softmax(scores):
    """e^score / Σ e^score (from score − max, so nothing overflows)."""
    e = np.exp(scores - np.max(scores))
    return e / np.sum(e)


def shift(image, dx, dy):
    """The image moved dx pixels right and dy pixels down; zero fill, what falls off the edge is lost."""
    moved = np.zeros_like(image)
    rows, cols = image.shape
    moved[max(dy, 0):rows + min(dy, 0), max(dx, 0):cols + min(dx, 0)] = \\
        image[max(-dy, 0):rows - max(dy, 0), max(-dx, 0):cols - max(dx, 0)]
    return moved


def forward(p, image):
    """Filter → Feature Map → ReLU → Max Pooling → hidden node → scores → SoftMax, keeping every value."""
    feature_maps = np.array([convolve(image, kernel, bias) for kernel, bias in zip(p["filters"], p["filter_biases"])])
    rectified = np.maximum(feature_maps, 0.0)  # ReLU
    pooled, winners = (np.array(a) for a in zip(*(max_pool(r) for r in rectified)))
    hidden_input = np.sum(pooled.ravel() * p["weights"]) + p["b1"]
    hidden = max(hidden_input, 0.0)  # ReLU
    scores = np.array([p["w_o"] * hidden + p["b_o"], p["w_x"] * hidden + p["b_x"]])
    return feature_maps, rectified, pooled, winners, hidden_input, hidden, scores, softmax(scores)


def cross_entropy_and_gradients(p):
    """Total Cross Entropy −log P(the right letter) over the training letters, and its gradient by backpropagation."""
    loss, g = 0.0, {name: np.zeros_like(value) for name, value in p.items()}
    for image, label in zip(training_images, training_labels):
        feature_maps, _, pooled, winners, hidden_input, hidden, scores, probabilities = forward(p, image)
        shifted = scores - np.max(scores)
        loss += np.log(np.sum(np.exp(shifted))) - shifted[label]
        d_o, d_x = probabilities - np.eye(2)[label]  # d CE / d score = P − 1 for the right letter, P otherwise
        g["w_o"], g["b_o"] = g["w_o"] + d_o * hidden, g["b_o"] + d_o
        g["w_x"], g["b_x"] = g["w_x"] + d_x * hidden, g["b_x"] + d_x
        d_hidden_input = (d_o * p["w_o"] + d_x * p["w_x"]) * (hidden_input > 0)  # through the hidden node's ReLU
        g["weights"] = g["weights"] + d_hidden_input * pooled.ravel()
        g["b1"] = g["b1"] + d_hidden_input
        d_pooled = (d_hidden_input * p["weights"]).reshape(pooled.shape)
        side = d_pooled.shape[-1]
        spread = np.zeros(feature_maps.shape)  # only the cell that won a region passes its gradient on
        spread[:, :2 * side, :2 * side] = d_pooled.repeat(2, axis=1).repeat(2, axis=2)
        d_feature_maps = np.where(winners, spread, 0.0) * (feature_maps > 0)  # through ReLU
        # each filter value met every window: its derivative sums window × d Feature Map over all cells
        g["filters"] = g["filters"] + np.einsum("kij,ijrc->krc", d_feature_maps, windows(image))
        g["filter_biases"] = g["filter_biases"] + np.sum(d_feature_maps, axis=(1, 2))
    return loss, g
'''

NUMPY_LEDGER = '''
# The image through the network, as the app shows it
params = {"weights": weights, "b1": b1, "w_o": w_o, "b_o": b_o, "w_x": w_x, "b_x": b_x,
          "filters": filters, "filter_biases": filter_biases}
feature_maps, rectified, pooled, winners, hidden_input, hidden, scores, probabilities = forward(params, image)
for k in range(len(filters)):
    show(f"Feature Map {k + 1}", feature_maps[k])
    show(f"ReLU {k + 1}", rectified[k])
    show(f"Max Pooling {k + 1}", pooled[k])
show("Hidden node input", hidden_input)
show("Hidden node (ReLU)", hidden)
show("Score O", scores[0])
show("Score X", scores[1])
show("P(O)", probabilities[0])
show("P(X)", probabilities[1])
print("ArgMax:", "a tie" if scores[0] == scores[1] else "OX"[int(np.argmax(scores))])

# Training: the app's Run on the $count training letters; $train_filter
training_images, training_labels = [letter_o, letter_x], [0, 1]
for dx, dy in $shifts:  # right, left, down, up
    training_images += [shift(letter_o, dx * $step, dy * $step), shift(letter_x, dx * $step, dy * $step)]
    training_labels += [0, 1]
steps, trained, cross_entropy, reason = gradient_descent(
    cross_entropy_and_gradients, params, $trained, learning_rate,
    loss_tolerance=$tolerance, max_steps=$max_steps, min_step_size=$min_step_size)
print(f"Stopped after {steps} steps: {reason}.")
show("Steps", steps)
show("Trained Cross Entropy", cross_entropy)
for name, value in trained.items():
    show(f"Trained {name}", value)
probabilities = forward(trained, image)[-1]
show("Trained P(O)", probabilities[0])
show("Trained P(X)", probabilities[1])
'''


def _title(shape, torch: bool = False) -> str:
    return (f"Chapter {NUMBER}, {TITLE}{', in PyTorch' if torch else ''}: a {shape.size}×{shape.size} letter, "
            f"{shape.filters} filter{'s' if shape.filters > 1 else ''}, Max Pooling and a small classifier.")


def numpy_script(state: dict | None = None) -> Script:
    """A NumPy script of the chapter at `state` (the tab's get_state(); the deck's when None)."""
    state, shape, image, parts = _state(state)
    s = _slots(state, shape, image, parts)
    note = " and their shifted copies" if state["train_shifted"] else ""
    source = assemble(header(_title(shape), "numpy", TITLE), "import numpy as np",
                      render(IMAGE, **s, array="np.array", float="float"), render(PARAMS, **s),
                      render(LETTERS, **s, shifted_note=note, array="np.array", float="float"),
                      SHOW_NUMPY, DESCENT_NUMPY, NUMPY_PARTS, render(NUMPY_LEDGER, **s))
    return Script(source)


TORCH_MODEL = '''
def shift(image, dx, dy):
    """The image moved dx pixels right and dy pixels down; zero fill, what falls off the edge is lost."""
    moved = torch.zeros_like(image)
    rows, cols = image.shape
    moved[max(dy, 0):rows + min(dy, 0), max(dx, 0):cols + min(dx, 0)] = \\
        image[max(-dy, 0):rows - max(dy, 0), max(-dx, 0):cols - max(dx, 0)]
    return moved


class CNN(torch.nn.Module):
    """Filters → Feature Maps → ReLU → 2×2 Max Pooling → one ReLU hidden node → scores for "O" and "X"."""

    def __init__(self):
        super().__init__()
        self.filters = torch.nn.Parameter(torch.tensor($filters, dtype=torch.float64).unsqueeze(1))  # k × 1 × 3 × 3
        self.filter_biases = torch.nn.Parameter(torch.tensor($filter_biases))
        self.weights = torch.nn.Parameter(torch.tensor($weights))  # $weights_comment
        self.b1 = torch.nn.Parameter(torch.tensor($b1))
        self.w_o, self.b_o = torch.nn.Parameter(torch.tensor($w_o)), torch.nn.Parameter(torch.tensor($b_o))
        self.w_x, self.b_x = torch.nn.Parameter(torch.tensor($w_x)), torch.nn.Parameter(torch.tensor($b_x))

    def forward(self, images):
        """Every value on the way, for a batch of images (N × 1 × rows × columns)."""
        feature_maps = torch.nn.functional.conv2d(images, self.filters, self.filter_biases)  # window · filter + bias
        rectified = torch.relu(feature_maps)
        pooled = torch.nn.functional.max_pool2d(rectified, 2)
        hidden_input = pooled.flatten(1) @ self.weights + self.b1
        hidden = torch.relu(hidden_input)
        scores = torch.stack([self.w_o * hidden + self.b_o, self.w_x * hidden + self.b_x], dim=1)
        return feature_maps, rectified, pooled, hidden_input, hidden, scores


network = CNN()
learning_rate = $learning_rate
'''

TORCH_LEDGER = '''
# The image through the network, as the app shows it
with torch.no_grad():
    feature_maps, rectified, pooled, hidden_input, hidden, scores = network(image[None, None])
    probabilities = torch.softmax(scores[0], dim=0)
    for k in range(len(network.filters)):
        show(f"Feature Map {k + 1}", feature_maps[0, k])
        show(f"ReLU {k + 1}", rectified[0, k])
        show(f"Max Pooling {k + 1}", pooled[0, k])
    show("Hidden node input", hidden_input[0])
    show("Hidden node (ReLU)", hidden[0])
    show("Score O", scores[0, 0])
    show("Score X", scores[0, 1])
    show("P(O)", probabilities[0])
    show("P(X)", probabilities[1])
    print("ArgMax:", "a tie" if scores[0, 0] == scores[0, 1] else "OX"[int(torch.argmax(scores[0]))])

# Training: the app's Run on the $count training letters; $train_filter
training_images, training_labels = [letter_o, letter_x], [0, 1]
for dx, dy in $shifts:  # right, left, down, up
    training_images += [shift(letter_o, dx * $step, dy * $step), shift(letter_x, dx * $step, dy * $step)]
    training_labels += [0, 1]
batch, labels = torch.stack(training_images)[:, None], torch.tensor(training_labels)
network.filters.requires_grad_($frozen)
network.filter_biases.requires_grad_($frozen)


def cross_entropy():
    """Total Cross Entropy −log P(the right letter) over the training letters."""
    return torch.nn.functional.cross_entropy(network(batch)[-1], labels, reduction="sum")


steps, trained_cross_entropy, reason = gradient_descent(network, cross_entropy, learning_rate,
                                                        loss_tolerance=$tolerance, max_steps=$max_steps,
                                                        min_step_size=$min_step_size)
print(f"Stopped after {steps} steps: {reason}.")
show("Steps", steps)
show("Trained Cross Entropy", trained_cross_entropy)
for name in ["weights", "b1", "w_o", "b_o", "w_x", "b_x", "filters", "filter_biases"]:
    show(f"Trained {name}", getattr(network, name))
with torch.no_grad():
    probabilities = torch.softmax(network(image[None, None])[-1][0], dim=0)
show("Trained P(O)", probabilities[0])
show("Trained P(X)", probabilities[1])
'''


def torch_script(state: dict | None = None) -> Script:
    """A PyTorch script of the chapter at `state`: conv2d, max_pool2d, cross_entropy, autograd, SGD, float64."""
    state, shape, image, parts = _state(state)
    s = _slots(state, shape, image, parts)
    note = " and their shifted copies" if state["train_shifted"] else ""
    source = assemble(header(_title(shape, torch=True), "torch", TITLE), TORCH_PREAMBLE,
                      render(IMAGE, **s, array="torch.tensor", float="torch.float64"),
                      render(LETTERS, **s, shifted_note=note, array="torch.tensor", float="torch.float64"),
                      SHOW_TORCH, DESCENT_TORCH, render(TORCH_MODEL, **s),
                      render(TORCH_LEDGER, **s, frozen=str(bool(state["train_filter"]))))
    return Script(source)
