"""Chapter 3 as code: the dosage network's SSR, the chain rule for one parameter factor by factor, dSSR/d every
parameter, one step, then the Run of the training mode on screen (main ideas, w3/w4/b3 or all of them)."""

from __future__ import annotations

import json

from nnviz.core.backpropagation import two_nodes as backprop
from nnviz.core.codegen import _network as net
from nnviz.core.codegen._common import (
    DESCENT_NUMPY,
    DESCENT_TORCH,
    SHOW_NUMPY,
    SHOW_TORCH,
    TORCH_PREAMBLE,
    Script,
    _packed,
    assemble,
    data_block,
    data_imports,
    header,
    num,
    render,
    rule,
    rules,
)
from nnviz.core.why_how import dosage, wide

NUMBER, KEY, TITLE = 3, "backpropagation", "Backpropagation"
CSV_NAME = f"{NUMBER}-{KEY}-data.csv"
MODE_TITLES = {"main-ideas": "main ideas, only the final bias is trained", "last-layer": "the output weights and "
               "the final bias are trained", "all": "every weight and bias is trained"}
TORCH_DF = {"softplus": "torch.sigmoid(x)  # d softplus / dx = eˣ / (1 + eˣ)",
            "relu": "torch.where(x > 0, 1.0, 0.0)",
            "sigmoid": "torch.sigmoid(x) * (1.0 - torch.sigmoid(x))",
            "tanh": "1.0 - torch.tanh(x) ** 2"}


def deck_state() -> dict:
    """What the tab's get_state() returns when it opens: main ideas, only b3 trained, from b3 = 0."""
    mode = backprop.MODES["main-ideas"]
    return {"mode": mode.key, "activation": "softplus", "parameter": "b3", "params": mode.start._asdict(),
            "free": dict(zip(dosage.NAMES, mode.mask(), strict=True)), "seed": 0,
            "learning_rate": mode.learning_rate,
            "data": {"dose": list(dosage.DECK_DOSE), "efficacy": list(dosage.DECK_EFFICACY)},
            "view": "chain-rule", "hidden_nodes": wide.DECK_NODES}


def _state(state: dict | None) -> tuple[dict, int]:
    state = {**deck_state(), **(state or {})}
    n = wide.check_nodes(state.get("hidden_nodes", wide.DECK_NODES))
    if state["mode"] not in backprop.MODES or state["activation"] not in TORCH_DF:
        raise ValueError("unknown training mode or activation in the chapter 3 state")
    if state["parameter"] not in wide.names(n) or set(state["free"]) != set(wide.names(n)):
        raise ValueError("the chapter 3 state's parameter and free flags must name this network's parameters")
    return state, n


def _slots(state: dict, n: int) -> dict:
    values = net.values(state["params"], n)
    trained = [net.py_name(k) for k in wide.names(n) if state["free"][k]]
    mode = backprop.MODES[state["mode"]].rules
    tolerance, max_steps, min_step_size = rules(state.get("rules"), (mode.loss_tolerance, mode.max_steps,
                                                                       mode.min_step_size))
    nodes = [f'("{w}", "{b}", "{v}")' for w, b, v in net.nodes(n)]
    pairs = [f'"{k}": {num(v)}' for k, v in values.items()]
    return {"params": _packed(pairs, 10), "params_indented": _packed(pairs, 24), "trained": json.dumps(trained),
            "learning_rate": num(state["learning_rate"]), "tolerance": rule(tolerance),
            "max_steps": rule(max_steps), "min_step_size": rule(min_step_size),
            "nodes": _packed(nodes, 9, "[", "]"), "nodes_indented": _packed(nodes, 13, "[", "]"),
            "final": net.final_bias(n), "act": state["activation"], "mode": MODE_TITLES[state["mode"]], "n": n}


def _chain(name: str, n: int, lib: str, p: str) -> str:
    """The chain rule for one parameter, factor by factor, as the ledger writes it (`p` holds the values)."""
    kind, k = wide.role(name)
    py = net.py_name(name)
    ones = f"{lib}.ones_like(dosage)"
    if kind == "out":
        factors = [("dPredicted/d" + py, ones)]
    elif kind == "v":
        factors = [(f"dPredicted/d{py}", f"ys[{k - 1}]")]
    else:
        v = net.nodes(n)[k - 1][2]
        factors = [(f"dPredicted/dy{k}", f'{p}["{v}"] * {ones}'), (f"dy{k}/dx{k}", f"d_$act(xs[{k - 1}])"),
                   (f"dx{k}/d{py}", "dosage" if kind == "w" else ones)]
    lines = [f'chain = [d_ssr_d_predicted, {", ".join(code for _, code in factors)}]',
             'show("dSSR/dPredicted", d_ssr_d_predicted)']
    lines += [f'show("{label}", chain[{i + 1}])' for i, (label, _) in enumerate(factors)]
    product = " * ".join(f"chain[{i}]" for i in range(len(factors) + 1))
    lines += [f'show("Terms of dSSR/d{py}", {product})',
              f'show("dSSR/d{py}, the sum of the terms", {lib}.sum({product}))']
    return "\n".join(lines)


NUMPY_MODEL = '''
# The network: hidden node k has X = w × Input + b and Y = $act(X); Predicted = Σ Y × output weight + $final
params = $params
nodes = $nodes  # (input weight, bias, output weight) of each hidden node
final_bias = "$final"
trained = $trained  # $mode
learning_rate = $learning_rate


def forward(p, dose):
    """X and Y of every hidden node, and the Predicted Efficacy."""
    xs = [p[w] * dose + p[b] for w, b, _ in nodes]
    ys = [$act(x) for x in xs]
    predicted = sum(y * p[v] for y, (_, _, v) in zip(ys, nodes)) + p[final_bias]
    return xs, ys, predicted


def ssr_and_gradients(p):
    """The SSR and dSSR/d every parameter by the chain rule: backpropagation from the output to each parameter."""
    xs, ys, predicted = forward(p, dosage)
    d_ssr_d_predicted = -2 * (efficacy - predicted)
    gradients = {final_bias: np.sum(d_ssr_d_predicted)}  # dPredicted/d$final = 1
    for (w, b, v), x, y in zip(nodes, xs, ys):
        d_predicted_d_x = p[v] * d_$act(x)  # back through the output weight and the node's $act
        gradients[w] = np.sum(d_ssr_d_predicted * d_predicted_d_x * dosage)  # dx/dw = Input
        gradients[b] = np.sum(d_ssr_d_predicted * d_predicted_d_x)  # dx/db = 1
        gradients[v] = np.sum(d_ssr_d_predicted * y)  # dPredicted/d(output weight) = Y
    return np.sum((efficacy - predicted) ** 2), gradients
'''

NUMPY_LEDGER = '''
# The chain rule for $name, point by point, as the ledger writes it
xs, ys, predicted = forward(params, dosage)
d_ssr_d_predicted = -2 * (efficacy - predicted)
show("Predicted", predicted)
show("SSR", np.sum((efficacy - predicted) ** 2))
$chain

# dSSR/d every parameter, and the step gradient descent takes
ssr, gradients = ssr_and_gradients(params)
for name in params:
    show(f"dSSR/d{name}", gradients[name])
for name in trained:
    show(f"Step Size {name}", gradients[name] * learning_rate)
    show(f"New {name}", params[name] - gradients[name] * learning_rate)

# Training: the app's Run, from the values now
steps, trained_params, trained_ssr, reason = gradient_descent(
    ssr_and_gradients, params, trained, learning_rate,
    loss_tolerance=$tolerance, max_steps=$max_steps, min_step_size=$min_step_size)
print(f"Stopped after {steps} steps: {reason}.")
show("Steps", steps)
show("Trained SSR", trained_ssr)
for name, value in trained_params.items():
    show(f"Trained {name}", value)
'''


def _title(s: dict, torch: bool = False) -> str:
    library = ", in PyTorch" if torch else ""
    return (f"Chapter {NUMBER}, {TITLE}{library}: the dosage network with {s['n']} hidden node"
            f"{'s' if s['n'] > 1 else ''} ({s['act']}); {s['mode']}.")


def numpy_script(state: dict | None = None) -> Script:
    """A NumPy script of the chapter at `state` (the tab's get_state(); the deck's when None)."""
    state, n = _state(state)
    s = _slots(state, n)
    data, files = data_block("numpy", ("dosage", "efficacy"), (state["data"]["dose"], state["data"]["efficacy"]),
                             CSV_NAME, "The data: Dosage (the Input) and Efficacy (Observed)")
    act = state["activation"]
    functions = net.functions(dict.fromkeys(["sigmoid", act]) if act == "softplus" else [act], net.NUMPY_F)
    slope = f"def d_{act}(x):\n    return {net.NUMPY_DF[act]}"
    chain = render(_chain(state["parameter"], n, "np", "params"), act=act)
    source = assemble(header(_title(s), "numpy", TITLE), data_imports(files) + "import numpy as np", data,
                      functions, slope, SHOW_NUMPY, DESCENT_NUMPY, render(NUMPY_MODEL, **s),
                      render(NUMPY_LEDGER, **s, name=net.py_name(state["parameter"]), chain=chain))
    return Script(source, files)


TORCH_MODEL = '''
class DosageNetwork(torch.nn.Module):
    """Hidden node k has X = w × Input + b and Y = $act(X); Predicted = Σ Y × output weight + $final."""

    nodes = $nodes_indented  # (input weight, bias, output weight) of each hidden node

    def __init__(self, values):
        super().__init__()
        self.p = torch.nn.ParameterDict({name: torch.nn.Parameter(torch.tensor(v)) for name, v in values.items()})

    def forward(self, dose):
        """X and Y of every hidden node, and the Predicted Efficacy."""
        xs = [self.p[w] * dose + self.p[b] for w, b, _ in self.nodes]
        ys = [$act(x) for x in xs]
        predicted = sum(y * self.p[v] for y, (_, _, v) in zip(ys, self.nodes)) + self.p["$final"]
        return xs, ys, predicted


network = DosageNetwork($params_indented)
trained = $trained  # $mode
learning_rate = $learning_rate


def ssr():
    """The Sum of the Squared Residuals (Observed − Predicted)²."""
    return torch.sum((efficacy - network(dosage)[2]) ** 2)
'''

TORCH_LEDGER = '''
# The chain rule for $name, point by point, as the ledger writes it
with torch.no_grad():
    xs, ys, predicted = network(dosage)
    d_ssr_d_predicted = -2 * (efficacy - predicted)
    show("Predicted", predicted)
    show("SSR", torch.sum((efficacy - predicted) ** 2))
$chain

# dSSR/d every parameter by autograd (backpropagation), and the step gradient descent takes
ssr().backward()
for name, p in network.p.items():
    show(f"dSSR/d{name}", p.grad)
for name in trained:
    show(f"Step Size {name}", network.p[name].grad * learning_rate)
    show(f"New {name}", network.p[name] - network.p[name].grad * learning_rate)

# Training: the app's Run, from the values now; the parameters not trained keep their value
for name, p in network.p.items():
    p.requires_grad_(name in trained)
    p.grad = None
steps, trained_ssr, reason = gradient_descent(network, ssr, learning_rate, loss_tolerance=$tolerance,
                                              max_steps=$max_steps, min_step_size=$min_step_size)
print(f"Stopped after {steps} steps: {reason}.")
show("Steps", steps)
show("Trained SSR", trained_ssr)
for name, value in network.p.items():
    show(f"Trained {name}", value)
'''


def torch_script(state: dict | None = None) -> Script:
    """A PyTorch script of the chapter at `state`: nn.ParameterDict, autograd, torch.optim.SGD, float64."""
    state, n = _state(state)
    s = _slots(state, n)
    data, files = data_block("torch", ("dosage", "efficacy"), (state["data"]["dose"], state["data"]["efficacy"]),
                             CSV_NAME, "The data: Dosage (the Input) and Efficacy (Observed)")
    act = state["activation"]
    slope = f"def d_{act}(x):\n    return {TORCH_DF[act]}"
    chain = render(_chain(state["parameter"], n, "torch", "network.p"), act=act)
    chain = "\n".join("    " + line for line in chain.split("\n"))
    source = assemble(header(_title(s, torch=True), "torch", TITLE), data_imports(files) + TORCH_PREAMBLE, data,
                      net.functions([act], net.TORCH_F), slope, SHOW_TORCH, DESCENT_TORCH,
                      render(TORCH_MODEL, **s), render(TORCH_LEDGER, **s, name=net.py_name(state["parameter"]),
                                                        chain=chain))
    return Script(source, files)


def trained_names(state: dict | None = None) -> tuple[str, ...]:
    """The Python names of the parameters the Run trains at `state` (for tests and the Code view)."""
    state, n = _state(state)
    return tuple(net.py_name(k) for k in wide.names(n) if state["free"][k])

