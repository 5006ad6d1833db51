"""Chapter 2 as code: the line, its residuals and SSR, d SSR / d Intercept (and Slope), one step, then the Run."""

from __future__ import annotations

from nnviz.core import regression as reg
from nnviz.core.codegen._common import (
    DESCENT_NUMPY,
    DESCENT_TORCH,
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
    rule,
)

NUMBER, KEY, TITLE = 2, "gradient-descent", "Gradient Descent"
CSV_NAME = f"{NUMBER}-{KEY}-data.csv"


def deck_state() -> dict:
    """What the tab's get_state() returns when it opens: the deck's three points, Slope 0.64, Intercept 0."""
    return {"mode": "intercept", "x": list(reg.DECK_X), "y": list(reg.DECK_Y), "slope": reg.DECK_SLOPE,
            "start": [reg.DECK_INTERCEPT], "current": [reg.DECK_INTERCEPT], "learning_rate": reg.DECK_LEARNING_RATE,
            "rules": {"ssr_tolerance": 0.001, "max_steps": 1000, "min_step_size": 0.001}}


def _state(state: dict | None) -> dict:
    state = {**deck_state(), **(state or {})}
    if state["mode"] not in ("intercept", "both"):
        raise ValueError(f"unknown mode {state['mode']!r}: intercept or both")
    both = state["mode"] == "both"
    if len(state["current"]) != (2 if both else 1) or len(state["x"]) != len(state["y"]) or len(state["x"]) < 1:
        raise ValueError("the chapter 2 state does not fit its mode")
    return state


def _slots(state: dict) -> dict:
    rules = state["rules"]
    current = state["current"]
    both = state["mode"] == "both"
    return {"intercept": num(current[0]), "slope": num(current[1] if both else state["slope"]),
            "learning_rate": num(state["learning_rate"]), "tolerance": rule(rules.get("ssr_tolerance")),
            "max_steps": rule(rules.get("max_steps")), "min_step_size": rule(rules.get("min_step_size"))}


NUMPY_LEDGER = """
# One step, as the app writes it out
predicted = intercept + slope * x
residuals = y - predicted  # Observed − Predicted
ssr = np.sum(residuals ** 2)  # the Sum of the Squared Residuals
d_ssr_d_intercept = np.sum(-2 * residuals)  # chain rule: d SSR / d Predicted × d Predicted / d Intercept (= 1)
show("Intercept", intercept)
show("Slope", slope)
show("Residuals", residuals)
show("SSR", ssr)
show("d SSR / d Intercept", d_ssr_d_intercept)
"""

NUMPY_STEP_ONE = """
step_size = d_ssr_d_intercept * learning_rate
show("Step Size", step_size)
show("New Intercept", intercept - step_size)
best_intercept = np.mean(y - slope * x)  # the bottom of the SSR curve for this Slope
show("Best Intercept for this Slope", best_intercept)
show("Lowest SSR for this Slope", np.sum((y - (best_intercept + slope * x)) ** 2))
"""

NUMPY_STEP_BOTH = """
d_ssr_d_slope = np.sum(-2 * residuals * x)  # d Predicted / d Slope = x
step_size_intercept = d_ssr_d_intercept * learning_rate
step_size_slope = d_ssr_d_slope * learning_rate
show("d SSR / d Slope", d_ssr_d_slope)
show("Step Size (Intercept)", step_size_intercept)
show("Step Size (Slope)", step_size_slope)
show("New Intercept", intercept - step_size_intercept)
show("New Slope", slope - step_size_slope)
"""

NUMPY_TRAIN = """
# Training: the app's Run, from where the line is now
def loss_and_gradients(params):
    \"\"\"The SSR and its derivatives for these parameters.\"\"\"
    residuals = y - (params["intercept"] + params["slope"] * x)
    return np.sum(residuals ** 2), {"intercept": np.sum(-2 * residuals), "slope": np.sum(-2 * residuals * x)}


steps, trained, trained_ssr, reason = gradient_descent(
    loss_and_gradients, {"intercept": intercept, "slope": slope}, $trained, learning_rate,
    loss_tolerance=$tolerance, max_steps=$max_steps, min_step_size=$min_step_size)
print(f"Stopped after {steps} steps: {reason}.")
show("Steps", steps)
show("Trained Intercept", trained["intercept"])
$slope_line
show("Trained SSR", trained_ssr)
"""


def numpy_script(state: dict | None = None) -> Script:
    """A NumPy script of the chapter at `state` (the tab's get_state(); the deck's when None)."""
    state = _state(state)
    both, s = state["mode"] == "both", _slots(state)
    data, files = data_block("numpy", ("x", "y"), (state["x"], state["y"]), CSV_NAME, "The data: the points (x, y)")
    settings = render("""
        # The line: Predicted = Intercept + Slope × x
        intercept = $intercept
        slope = $slope$fixed
        learning_rate = $learning_rate
        """, **s, fixed="" if both else "  # fixed: only the Intercept is trained")
    train = render(NUMPY_TRAIN, **s, trained='["intercept", "slope"]' if both else '["intercept"]',
                   slope_line='show("Trained Slope", trained["slope"])' if both else "")
    source = assemble(header(f"Chapter {NUMBER}, {TITLE}: " + ("the Slope and the Intercept together." if both else
                                                               "the Intercept, with the Slope fixed."),
                             "numpy", TITLE),
                      data_imports(files) + "import numpy as np", data, settings, SHOW_NUMPY, DESCENT_NUMPY,
                      NUMPY_LEDGER, NUMPY_STEP_BOTH if both else NUMPY_STEP_ONE, train)
    return Script(source, files)


TORCH_MODEL = """
class Line(torch.nn.Module):
    \"\"\"Predicted = Intercept + Slope × x.\"\"\"

    def __init__(self, intercept, slope, train_slope):
        super().__init__()
        self.intercept = torch.nn.Parameter(torch.tensor(intercept))
        self.slope = torch.nn.Parameter(torch.tensor(slope), requires_grad=train_slope)

    def forward(self, x):
        return self.intercept + self.slope * x


line = Line(intercept=$intercept, slope=$slope, train_slope=$train_slope)
learning_rate = $learning_rate


def ssr():
    \"\"\"The Sum of the Squared Residuals (Observed − Predicted)².\"\"\"
    return torch.sum((y - line(x)) ** 2)
"""

TORCH_LEDGER = """
# One step, as the app writes it out: autograd gives d SSR / d Intercept$and_slope
loss = ssr()
loss.backward()
show("Intercept", line.intercept)
show("Slope", line.slope)
show("Residuals", y - line(x))
show("SSR", loss)
show("d SSR / d Intercept", line.intercept.grad)
"""

TORCH_STEP_ONE = """
step_size = line.intercept.grad * learning_rate
show("Step Size", step_size)
show("New Intercept", line.intercept - step_size)
with torch.no_grad():
    best_intercept = torch.mean(y - line.slope * x)  # the bottom of the SSR curve for this Slope
    show("Best Intercept for this Slope", best_intercept)
    show("Lowest SSR for this Slope", torch.sum((y - (best_intercept + line.slope * x)) ** 2))
"""

TORCH_STEP_BOTH = """
show("d SSR / d Slope", line.slope.grad)
show("Step Size (Intercept)", line.intercept.grad * learning_rate)
show("Step Size (Slope)", line.slope.grad * learning_rate)
show("New Intercept", line.intercept - line.intercept.grad * learning_rate)
show("New Slope", line.slope - line.slope.grad * learning_rate)
"""

TORCH_TRAIN = """
# Training: the app's Run, from where the line is now
steps, trained_ssr, reason = gradient_descent(line, ssr, learning_rate, loss_tolerance=$tolerance,
                                              max_steps=$max_steps, min_step_size=$min_step_size)
print(f"Stopped after {steps} steps: {reason}.")
show("Steps", steps)
show("Trained Intercept", line.intercept)
$slope_line
show("Trained SSR", trained_ssr)
"""


def torch_script(state: dict | None = None) -> Script:
    """A PyTorch script of the chapter at `state`: nn.Module, autograd, torch.optim.SGD, float64."""
    state = _state(state)
    both, s = state["mode"] == "both", _slots(state)
    data, files = data_block("torch", ("x", "y"), (state["x"], state["y"]), CSV_NAME, "The data: the points (x, y)")
    source = assemble(header(f"Chapter {NUMBER}, {TITLE}, in PyTorch: " + (
        "the Slope and the Intercept together." if both else "the Intercept, with the Slope fixed."), "torch", TITLE),
        data_imports(files) + TORCH_PREAMBLE, data, SHOW_TORCH, DESCENT_TORCH,
        render(TORCH_MODEL, **s, train_slope=str(both)),
        render(TORCH_LEDGER, and_slope=" and d SSR / d Slope" if both else ""),
        TORCH_STEP_BOTH if both else TORCH_STEP_ONE,
        render(TORCH_TRAIN, **s, slope_line='show("Trained Slope", line.slope)' if both else ""))
    return Script(source, files)
