"""The training chapters' networks written in plain PyTorch (float64 autograd + a hand-written SGD update),
for `training_speed.py`: each takes the core's flat parameter vector, in the core's order, and gives it back.

Written as a PyTorch user would write them: parameter tensors grouped like `nn.Linear`'s (weights, biases),
batched over the data points, built-in ops (`F.softplus`, `F.conv2d`, `F.max_pool2d`, `F.cross_entropy`),
`loss.backward()`, then `p -= lr · p.grad` under `torch.no_grad()` and `p.grad = None`. A parameter the
chapter keeps fixed gets no gradient (`requires_grad=False`), so torch never pays for it.
"""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F

torch.set_num_threads(1)  # tiny tensors: threads only add overhead, and the machine is shared
DTYPE = torch.float64


def _t(values) -> torch.Tensor:
    return torch.as_tensor(np.asarray(values, dtype=float), dtype=DTYPE)


class TorchNet:
    """A network as torch leaf tensors: `groups` = [(index array into the flat vector, shape)], `loss(leaves)`."""

    def __init__(self, name: str, groups, loss):
        self.name, self.groups, self.loss = name, [(np.asarray(i), s) for i, s in groups], loss
        self.size = sum(i.size for i, _ in self.groups)

    def leaves(self, flat, free=None):
        """Leaf tensors from the flat vector; a group with no free entry gets no gradient."""
        flat = np.asarray(flat, dtype=float)
        free = np.ones(self.size, bool) if free is None else np.asarray(free, bool)
        out, masks = [], []
        for index, shape in self.groups:
            f = free[index]
            out.append(_t(flat[index]).reshape(shape).requires_grad_(bool(f.any())))
            masks.append(None if f.all() or not f.any() else _t(f).reshape(shape))
        return out, masks

    def flat(self, leaves) -> np.ndarray:
        out = np.empty(self.size)
        for (index, _), leaf in zip(self.groups, leaves, strict=True):
            out[index] = leaf.detach().numpy().ravel()
        return out

    def objective(self, flat) -> tuple[float, np.ndarray]:
        """(loss, flat gradient) at `flat`, by autograd (every parameter free)."""
        leaves, _ = self.leaves(flat)
        loss = self.loss(leaves)
        loss.backward()
        grad = np.empty(self.size)
        for (index, _), leaf in zip(self.groups, leaves, strict=True):
            grad[index] = leaf.grad.numpy().ravel()
        return float(loss.detach()), grad

    def train(self, start, learning_rate: float, free, steps: int) -> np.ndarray:
        """`steps` updates new = old − learning rate × gradient from `start`; the flat parameters after them."""
        leaves, masks = self.leaves(start, free)
        trained = [(p, m) for p, m in zip(leaves, masks, strict=True) if p.requires_grad]
        loss_fn = self.loss
        for _ in range(steps):
            loss_fn(leaves).backward()
            with torch.no_grad():
                for p, m in trained:
                    p.sub_(p.grad if m is None else p.grad * m, alpha=learning_rate)
                    p.grad = None
        return self.flat(leaves)

    def __repr__(self) -> str:
        return f"TorchNet({self.name!r}, {self.size} parameters)"


def intercept(x, y, slope: float) -> TorchNet:
    """Chapter 2: SSR of y − (intercept + slope·x), the slope fixed."""
    sx, y = _t(slope * np.asarray(x, dtype=float)), _t(y)

    def loss(leaves):
        r = y - (leaves[0] + sx)
        return (r * r).sum()

    return TorchNet("intercept only", [([0], (1,))], loss)


def line(x, y) -> TorchNet:
    """Chapter 2, both parameters: SSR of y − (intercept + slope·x), params (intercept, slope)."""
    design, y = _t(np.column_stack([np.ones(len(x)), x])), _t(y)

    def loss(leaves):
        r = y - design @ leaves[0]
        return (r * r).sum()

    return TorchNet("slope and intercept", [([0, 1], (2,))], loss)


HIDDEN = {"softplus": F.softplus, "relu": F.relu, "sigmoid": torch.sigmoid}


def network_121(dose, efficacy, activation: str = "softplus") -> TorchNet:
    """Chapter 3: 1 input → 2 hidden nodes (activation) → 1 identity output; flat order w1 b1 w2 b2 w3 w4 b3."""
    f, dose, efficacy = HIDDEN[activation], _t(dose)[:, None], _t(efficacy)

    def loss(leaves):
        w, b, v, b3 = leaves
        r = efficacy - (f(dose * w + b) @ v + b3)
        return (r * r).sum()

    return TorchNet(f"1-2-1 network ({activation})",
                    [([0, 2], (2,)), ([1, 3], (2,)), ([4, 5], (2,)), ([6], (1,))], loss)


def cnn(images, labels) -> TorchNet:
    """Chapter 4: 3×3 filter → ReLU → 2×2 Max Pooling → 4 → 1 ReLU node → 2 outputs, summed Cross Entropy.

    Flat order (the core's): w1 w2 w3 w4 b1 w_o b_o w_x b_x, the nine filter values, the filter bias."""
    images, labels = _t(np.stack(images))[:, None], torch.as_tensor(labels)

    def loss(leaves):
        w, b1, w_out, b_out, kernel, bias = leaves
        pooled = F.max_pool2d(F.relu(F.conv2d(images, kernel, bias)), 2).flatten(1)
        hidden = F.relu(pooled @ w + b1)
        return F.cross_entropy(hidden[:, None] * w_out + b_out, labels, reduction="sum")

    return TorchNet("CNN", [(range(4), (4,)), ([4], (1,)), ([5, 7], (2,)), ([6, 8], (2,)),
                                  (range(9, 18), (1, 1, 3, 3)), ([18], (1,))], loss)


def lstm(sequences, targets) -> TorchNet:
    """Chapter 5: one LSTM unit over the days, batched over the sequences; SSR of the last Short-Term Memory.

    Flat order (the core's): for the Forget, Input, Candidate and Output gates, (short, input, bias)."""
    xs, targets = _t(sequences), _t(targets)

    def loss(leaves):
        a, b, bias = leaves[0].unbind(1)  # one row per gate
        drive = xs[:, :, None] * b + bias  # Input × b + bias, every day and gate
        long_term = short = torch.zeros(len(xs), dtype=DTYPE)
        for day in range(xs.shape[1]):
            z = short[:, None] * a + drive[:, day]
            forget, keep, _, out = torch.sigmoid(z).unbind(1)
            long_term = long_term * forget + keep * torch.tanh(z[:, 2])
            short = torch.tanh(long_term) * out
        r = targets - short
        return (r * r).sum()

    return TorchNet("LSTM", [(range(12), (4, 3))], loss)


def rnn(sequences, targets) -> TorchNet:
    """Chapter 5: the ReLU RNN unrolled over the days, batched over the sequences; flat order w1 b1 w2 w3 b2."""
    xs, targets = _t(sequences), _t(targets)

    def loss(leaves):
        w1, b1, w2, w3, b2 = leaves[0].unbind()
        drive = xs * w1 + b1
        y = torch.zeros(len(xs), dtype=DTYPE)
        for day in range(xs.shape[1]):
            y = F.relu(drive[:, day] + y * w2)
        r = targets - (y * w3 + b2)
        return (r * r).sum()

    return TorchNet("RNN", [(range(5), (5,))], loss)


def candidates(n_params: int) -> list[TorchNet]:
    """The deck's networks with `n_params` parameters; the caller keeps the one whose loss and gradient match."""
    from nnviz.core import regression as reg
    from nnviz.core.cnn import train as cnn_train
    from nnviz.core.rnn_lstm import lstm as lstm_core
    from nnviz.core.why_how import dosage

    found = {1: lambda: [intercept(reg.DECK_X, reg.DECK_Y, reg.DECK_SLOPE)],
             2: lambda: [line(reg.DECK_X, reg.DECK_Y)],
             7: lambda: [network_121(dosage.DECK_DOSE, dosage.DECK_EFFICACY, a) for a in HIDDEN],
             19: lambda: [cnn(*cnn_train.training_set(shifted)) for shifted in (False, True)],
             12: lambda: [lstm([lstm_core.COMPANY_A, lstm_core.COMPANY_B], [0.0, 1.0])],
             5: lambda: [rnn([lstm_core.COMPANY_A, lstm_core.COMPANY_B], [0.0, 1.0])]}
    return found.get(n_params, list)()
