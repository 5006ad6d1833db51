"""Chapter 1 as code: the dosage network's forward pass at one Input, its SSR on the data, and the best straight line
it beats. The chapter has no training (its weights are set by hand or come from a preset)."""

from __future__ import annotations

from nnviz.core.codegen import _network as net
from nnviz.core.codegen._common import (
    SHOW_NUMPY,
    SHOW_TORCH,
    TORCH_PREAMBLE,
    Script,
    assemble,
    data_block,
    data_imports,
    header,
    num,
    render,
)
from nnviz.core.why_how import dosage, wide

NUMBER, KEY, TITLE = 1, "why-how", "Why and How?"
CSV_NAME = f"{NUMBER}-{KEY}-data.csv"
ROLES = {0: "top node", 1: "bottom node"}  # the deck's names of the two hidden nodes


def deck_state() -> dict:
    """What the tab's get_state() returns when it opens: the deck's Softplus network at Dosage 0.5."""
    preset = dosage.presets()["softplus"]
    return {"hidden_nodes": wide.DECK_NODES, "params": preset.params._asdict(), "activation": preset.activation,
            "output": preset.output, "preset": "softplus", "seed": 0, "dosage": 0.5,
            "data": {"dose": list(dosage.DECK_DOSE), "efficacy": list(dosage.DECK_EFFICACY)}}


def _state(state: dict | None) -> tuple[dict, int, dict]:
    state = {**deck_state(), **(state or {})}
    n = wide.check_nodes(state["hidden_nodes"])
    for key in ("activation", "output"):
        if state[key] not in net.NUMPY_F:
            raise ValueError(f"unknown {key} {state[key]!r}")
    return state, n, net.values(state["params"], n)


def _parameters(n: int, values: dict, activation: str, indent: str = "") -> list[str]:
    """One line per hidden node (its input weight, bias, output weight), then the final bias."""
    lines = []
    for k, (w, b, v) in enumerate(net.nodes(n)):
        role = ROLES[k] if n == wide.DECK_NODES else f"hidden node {k + 1}"
        lines.append(f"{indent}# {role}: X{k + 1} = {w} × Input + {b}, Y{k + 1} = {activation}(X{k + 1}), then × {v}")
        lines.append(f"{indent}{w}, {b}, {v} = {num(values[w])}, {num(values[b])}, {num(values[v])}")
    final = net.final_bias(n)
    lines.append(f"{indent}{final} = {num(values[final])}  # the final bias")
    return lines


def _forward_lines(n: int, activation: str, output: str, me: str = "") -> list[str]:
    """The body of forward(dose): each node's X and Y, the sum, the output activation."""
    lines = []
    for k, (w, b, _) in enumerate(net.nodes(n)):
        lines += [f"x{k + 1} = {me}{w} * dose + {me}{b}", f"y{k + 1} = {activation}(x{k + 1})"]
    terms = " + ".join(f"y{k + 1} * {me}{v}" for k, (_, _, v) in enumerate(net.nodes(n)))
    xs = ", ".join(f"x{k + 1}" for k in range(n))
    ys = ", ".join(f"y{k + 1}" for k in range(n))
    return lines + [f"total = {terms} + {me}{net.final_bias(n)}", f"return [{xs}], [{ys}], total, {output}(total)"]


def _ledger_lines(n: int, me: str = "") -> list[str]:
    lines = ['show("Input", dose)']
    for k, (_, _, v) in enumerate(net.nodes(n)):
        lines += [f'show("X{k + 1}", xs[{k}])', f'show("Y{k + 1}", ys[{k}])',
                  f'show("Y{k + 1} × {v}", ys[{k}] * {me}{v})']
    return lines + [f'show("Sum + {net.final_bias(n)}", total)', 'show("Predicted", predicted)']


NUMPY_WHY = """
# Why a network? No straight line fits this data as well as the squiggle does
*_, predicted_for_data = forward(dosage)
show("Predicted for the data", predicted_for_data)
show("SSR of the network", np.sum((efficacy - predicted_for_data) ** 2))
centred = dosage - np.mean(dosage)
denominator = np.sum(centred * centred)
line_slope = np.sum(centred * (efficacy - np.mean(efficacy))) / denominator if denominator > 0 else 0.0
line_intercept = np.mean(efficacy) - line_slope * np.mean(dosage)
show("Best line: Intercept", line_intercept)
show("Best line: Slope", line_slope)
show("SSR of the best line", np.sum((efficacy - (line_intercept + line_slope * dosage)) ** 2))
"""


def _title(n: int, activation: str) -> str:
    return (f"Chapter {NUMBER}, {TITLE}: the dosage network, 1 Input, {n} hidden node{'s' if n > 1 else ''} "
            f"({activation}), 1 output.")


def numpy_script(state: dict | None = None) -> Script:
    """A NumPy script of the chapter at `state` (the tab's get_state(); the deck's when None)."""
    state, n, values = _state(state)
    act, out = state["activation"], state["output"]
    data, files = data_block("numpy", ("dosage", "efficacy"), (state["data"]["dose"], state["data"]["efficacy"]),
                             CSV_NAME, "The data: Dosage (the Input) and Efficacy (Observed)")
    params = "\n".join([f"# The network: Predicted = {out}(Σ Yₖ × output weight + {net.final_bias(n)})"]
                       + _parameters(n, values, act) + [f"dose = {num(state['dosage'])}  # the Input the app's "
                                                        "ledger writes out"])
    forward = render('''
        def forward(dose):
            """The forward pass, keeping every value the slides write out."""
        ''') + "\n" + "\n".join("    " + line for line in _forward_lines(n, act, out))
    ledger = "# The hidden layer's math at this Input, as the ledger writes it\nxs, ys, total, predicted = " \
             "forward(dose)\n" + "\n".join(_ledger_lines(n))
    source = assemble(header(_title(n, act), "numpy", TITLE, trains=False), data_imports(files) + "import numpy as np",
                      data, params, net.functions([act, out], net.NUMPY_F),
                      SHOW_NUMPY, forward, ledger, NUMPY_WHY)
    return Script(source, files)


TORCH_WHY = """
# Why a network? No straight line fits this data as well as the squiggle does
with torch.no_grad():
    *_, predicted_for_data = network(dosage)
    show("Predicted for the data", predicted_for_data)
    show("SSR of the network", torch.sum((efficacy - predicted_for_data) ** 2))
    centred = dosage - torch.mean(dosage)
    denominator = torch.sum(centred * centred)
    line_slope = torch.sum(centred * (efficacy - torch.mean(efficacy))) / denominator if denominator > 0 else 0.0
    line_intercept = torch.mean(efficacy) - line_slope * torch.mean(dosage)
    show("Best line: Intercept", line_intercept)
    show("Best line: Slope", line_slope)
    show("SSR of the best line", torch.sum((efficacy - (line_intercept + line_slope * dosage)) ** 2))
"""


def torch_script(state: dict | None = None) -> Script:
    """A PyTorch script of the chapter at `state`: the network as a torch.nn.Module, float64."""
    state, n, values = _state(state)
    act, out = state["activation"], state["output"]
    data, files = data_block("torch", ("dosage", "efficacy"), (state["data"]["dose"], state["data"]["efficacy"]),
                             CSV_NAME, "The data: Dosage (the Input) and Efficacy (Observed)")
    params = "\n".join(f"        self.{name} = torch.nn.Parameter(torch.tensor({num(value)}))"
                       for name, value in values.items())
    model = render('''
        class DosageNetwork(torch.nn.Module):
            """1 Input, $n hidden node(s) with $act, 1 output: $out(Σ Yₖ × output weight + $final)."""

            def __init__(self):
                super().__init__()
        $params

            def forward(self, dose):
                """The forward pass, keeping every value the slides write out."""
        ''', n=n, act=act, out=out, final=net.final_bias(n), params=params)
    model += "\n" + "\n".join("        " + line for line in _forward_lines(n, act, out, "self."))
    ledger = ("# The hidden layer's math at this Input, as the ledger writes it\n"
              f"network = DosageNetwork()\ndose = torch.tensor({num(state['dosage'])})  # the Input the ledger "
              "writes out\nwith torch.no_grad():\n    xs, ys, total, predicted = network(dose)\n"
              + "\n".join("    " + line for line in _ledger_lines(n, "network.")))
    source = assemble(header(_title(n, act).replace(":", ", in PyTorch:", 1), "torch", TITLE, trains=False),
                      data_imports(files) + TORCH_PREAMBLE.replace("import math\n\n", ""), data,
                      net.functions([act, out], net.TORCH_F),
                      SHOW_TORCH, model, ledger, TORCH_WHY)
    return Script(source, files)
