"""The dosage network's pieces as code, shared by chapters 1 and 3: parameter names, the nodes they belong to, and
the activation functions (and their slopes) in NumPy and in PyTorch."""

from __future__ import annotations

from nnviz.core.why_how import wide

#: Activation functions as one-line NumPy expressions of x (the same values as nnviz.core.activations).
NUMPY_F = {"softplus": "np.logaddexp(0.0, x)  # log(1 + eˣ), without overflow",
           "relu": "np.maximum(x, 0.0)",
           "sigmoid": "np.exp(-np.logaddexp(0.0, -x))  # eˣ / (eˣ + 1), without overflow",
           "tanh": "np.tanh(x)",
           "identity": "x"}
#: Their slopes, as the slides write them (ReLU's is 0 at the kink).
NUMPY_DF = {"softplus": "sigmoid(x)  # d softplus / dx = eˣ / (1 + eˣ)",
            "relu": "np.where(x > 0, 1.0, 0.0)",
            "sigmoid": "sigmoid(x) * (1.0 - sigmoid(x))",
            "tanh": "1.0 - np.tanh(x) ** 2",
            "identity": "np.ones_like(x)"}
TORCH_F = {"softplus": "torch.logaddexp(x, torch.zeros_like(x))  # log(1 + eˣ), exact for large x too",
           "relu": "torch.relu(x)",
           "sigmoid": "torch.sigmoid(x)",
           "tanh": "torch.tanh(x)",
           "identity": "x"}


def function(name: str, table: dict, prefix: str = "") -> str:
    """`def <prefix><name>(x): return …` for one activation."""
    if name not in table:
        raise ValueError(f"unknown activation {name!r}")
    return f"def {prefix}{name}(x):\n    return {table[name]}"


def functions(names, table: dict, prefix: str = "") -> str:
    return "\n\n\n".join(function(n, table, prefix) for n in dict.fromkeys(names))


def py_name(name: str) -> str:
    """The app's parameter key as a Python name: the deck's w1 … b3 stay, "w-3" → "w_3", "b-out" → "b_out"."""
    return name.replace("-", "_")


def names(n: int) -> tuple[str, ...]:
    """Python names of the 3N + 1 parameters in the app's flat order."""
    return tuple(py_name(k) for k in wide.names(n))


def nodes(n: int) -> list[tuple[str, str, str]]:
    """(input weight, bias, output weight) of each hidden node: the deck's (w1, b1, w3), (w2, b2, w4) for N = 2."""
    all_names = names(n)
    return [(all_names[2 * k], all_names[2 * k + 1], all_names[2 * n + k]) for k in range(n)]


def final_bias(n: int) -> str:
    return names(n)[-1]


def values(state_params: dict, n: int) -> dict[str, float]:
    """The state's parameters by Python name, in flat order (ValueError when one is missing)."""
    keys = wide.names(n)
    missing = [k for k in keys if k not in state_params]
    if missing:
        raise ValueError(f"the parameters lack {', '.join(missing)}")
    return {py_name(k): float(state_params[k]) for k in keys}
