"""Chapter 5 as code: the ReLU RNN unrolled over the days, the exploding/vanishing product w2^N, the LSTM's gates day
by day, then the Run: the LSTM and the plain RNN trained from the same seeded random start, side by side."""

from __future__ import annotations

import json
import math

from nnviz.core.codegen._common import (
    DESCENT_NUMPY,
    DESCENT_TORCH,
    SHOW_NUMPY,
    SHOW_TORCH,
    TORCH_PREAMBLE,
    Script,
    _packed,
    assemble,
    flat_list,
    header,
    num,
    render,
    rule,
    rules,
    whole,
)
from nnviz.core.numbers import finite
from nnviz.core.numbers import whole as whole_number
from nnviz.core.rnn_lstm import lstm, rnn, series

NUMBER, KEY, TITLE = 5, "rnn-lstm", "Recurrent Neural Networks"
RULES = (0.01, 5000, 0.0001)  # the Training view's stopping rules: SSR ≤ 0.01, 5,000 steps, step size ≤ 0.0001


def deck_state() -> dict:
    """What the tab's get_state() returns when it opens: the deck's RNN, w2 = 2 unrolled 4 times, Company A."""
    return {"view": "rnn", "rnn": {"params": rnn.DECK_PARAMS._asdict(), "sequence": list(rnn.DECK_SEQUENCE)},
            "gradient": {"w2": 2.0, "unroll": 4},
            "lstm": {"params": lstm.DECK_PARAMS._asdict(), "company": "A", "sequence": list(lstm.COMPANY_A),
                     "day": 1},
            "training": {"model": "lstm", "seed": 0, "lstm_learning_rate": 0.1, "rnn_learning_rate": 0.1,
                         "series": None}}


def _state(state: dict | None) -> dict:
    state = {**deck_state(), **(state or {})}
    for part, names in (("rnn", rnn.NAMES), ("lstm", lstm.NAMES)):
        if set(state[part]["params"]) != set(names):
            raise ValueError(f"the {part.upper()} parameters must be {', '.join(names)}")
    return state


def _dict(values: dict, names, _per_line: int, indent: int) -> str:
    return _packed([f'"{k}": {num(values[k])}' for k in names], indent)


def _slots(state: dict) -> dict:
    t = state["training"]
    w2 = float(finite(state["gradient"]["w2"], "w2"))
    n, seed = whole_number(state["gradient"]["unroll"], "the number of unrolls", 0), t["seed"]
    factor_finite = math.isfinite(abs(w2) ** n) if abs(w2) <= 1 or n * math.log10(abs(w2)) < 300 else False
    starts = {m: dict(zip(module.NAMES, module.random_start(seed).as_array().tolist(), strict=True))
              for m, module in (("lstm", lstm), ("rnn", rnn))}
    deck = t.get("series") is None
    return {"rnn_params": _dict(state["rnn"]["params"], rnn.NAMES, 5, 14),
            "rnn_params_indented": _dict(state["rnn"]["params"], rnn.NAMES, 5, 18),
            "lstm_params_indented": _dict(state["lstm"]["params"], lstm.NAMES, 3, 19),
            "rnn_sequence": flat_list(state["rnn"]["sequence"], 15),
            "w2": num(w2), "unroll": whole(n),
            "factor": 'show("w2^N", w2 ** unroll)' if factor_finite else "# w2^N is beyond the largest float here",
            "lstm_params": _dict(state["lstm"]["params"], lstm.NAMES, 3, 15),
            "lstm_sequence": flat_list(state["lstm"]["sequence"], 16),
            "lstm_start": _dict(starts["lstm"], lstm.NAMES, 3, 13), "rnn_start": _dict(starts["rnn"], rnn.NAMES, 5, 12),
            "seed": whole(seed, "the seed"), "lstm_rate": num(t["lstm_learning_rate"]),
            "rnn_rate": num(t["rnn_learning_rate"]),
            "data": ("sequences = [[0.0, 0.5, 0.25, 1.0], [1.0, 0.5, 0.25, 1.0]]  # Company A and Company B, days 1–4\n"
                     "targets = [0.0, 1.0]  # what each company does on Day 5") if deck else
                    (f"days = {flat_list(t['series'], 8)}\nsequences, targets = windows(days)"),
            "windows": "" if deck else WINDOWS,
            **{f"{m}_rules": "dict(loss_tolerance={}, max_steps={}, min_step_size={})".format(
                *map(rule, rules(t.get(f"{m}_rules"), RULES))) for m in ("lstm", "rnn")},
            "lstm_names": json.dumps(list(lstm.NAMES)),
            "rnn_names": json.dumps(list(rnn.NAMES)), "window": series.WINDOW, "limit": series.MAX_PAIRS}


WINDOWS = '''
def windows(days, length=$window, limit=$limit):
    """Every $window days in a row and the day after (at most $limit pairs, evenly spread over the series)."""
    starts = list(range(len(days) - length))
    if len(starts) > limit:
        starts = np.unique(np.linspace(0, len(days) - length - 1, limit).round().astype(int)).tolist()
    return [days[i:i + length] for i in starts], [days[i + length] for i in starts]
'''

NUMPY_CELLS = '''
def sigmoid(x):
    """eˣ / (eˣ + 1), from e^−|x| so that nothing overflows."""
    e = math.exp(-abs(x))
    return 1.0 / (1.0 + e) if x >= 0 else e / (1.0 + e)


def rnn_unroll(p, days):
    """The RNN over the days, oldest first: Sum = Input × w1 + b1 + yesterday's Y × w2, Y = ReLU(Sum)."""
    y, feedback, sums, outputs = 0.0, [], [], []
    for x in days:
        loop = y * p["w2"]  # the feedback loop
        total = x * p["w1"] + p["b1"] + loop
        y = max(total, 0.0)
        feedback.append(loop)
        sums.append(total)
        outputs.append(y)
    return feedback, sums, outputs, y * p["w3"] + p["b2"]  # the prediction: the last Y × w3 + b2


def rnn_ssr_and_gradients(p):
    """SSR over the sequences, and its gradient by backpropagation through time."""
    loss, g = 0.0, dict.fromkeys(p, 0.0)
    for days, target in zip(sequences, targets):
        _, sums, outputs, prediction = rnn_unroll(p, days)
        residual = target - prediction
        loss += residual * residual
        d_prediction = -2.0 * residual
        d = dict.fromkeys(p, 0.0)  # this sequence's share of the gradient
        d_y = d_prediction * p["w3"]
        for t in reversed(range(len(days))):  # back through the days: each step multiplies by w2 again
            d_sum = d_y if sums[t] > 0 else 0.0  # ReLU's slope
            d["w1"] += d_sum * days[t]
            d["b1"] += d_sum
            d["w2"] += d_sum * (outputs[t - 1] if t > 0 else 0.0)
            d_y = d_sum * p["w2"]
        d["w3"], d["b2"] = d_prediction * outputs[-1], d_prediction
        g = {name: g[name] + d[name] for name in g}
    return loss, g


GATES = ("forget", "input", "candidate", "output")  # candidate: the Potential Long-Term Memory


def lstm_day(p, long_term, short_term, x):
    """One day of the LSTM unit. Each gate's sum = Short-Term Memory × a + Input × b + bias."""
    sums = {gate: short_term * p[f"{gate}_short"] + x * p[f"{gate}_input"] + p[f"{gate}_bias"] for gate in GATES}
    forget_gate = sigmoid(sums["forget"])  # % of the Long-Term Memory to remember
    input_gate = sigmoid(sums["input"])  # % of the Potential Long-Term Memory to add
    potential_memory = math.tanh(sums["candidate"])  # between −1 and 1
    output_gate = sigmoid(sums["output"])  # % of tanh(Long-Term Memory) that becomes the Short-Term Memory
    new_long_term = long_term * forget_gate + input_gate * potential_memory
    return sums, forget_gate, input_gate, potential_memory, output_gate, new_long_term, \\
        math.tanh(new_long_term) * output_gate


def lstm_run(p, days):
    """Both memories start at 0; one lstm_day per input. Returns every day's values (the last Short-Term Memory is
    the prediction)."""
    long_term, short_term, record = 0.0, 0.0, []
    for x in days:
        values = lstm_day(p, long_term, short_term, x)
        record.append((x, long_term, short_term) + values)
        long_term, short_term = values[-2], values[-1]
    return record


def lstm_ssr_and_gradients(p):
    """SSR over the sequences, and its gradient by backpropagation through time."""
    loss, g = 0.0, dict.fromkeys(p, 0.0)
    for days, target in zip(sequences, targets):
        record = lstm_run(p, days)
        residual = target - record[-1][-1]
        loss += residual * residual
        d_short, d_long = -2.0 * residual, 0.0
        d = dict.fromkeys(p, 0.0)  # this sequence's share of the gradient
        for x, long_before, short_before, sums, forget, input_, potential, output, long_term, _ in reversed(record):
            d_output = d_short * math.tanh(long_term)  # Short-Term Memory = tanh(Long-Term Memory) × output
            d_long = d_long + d_short * output * (1.0 - math.tanh(long_term) ** 2)
            d_sums = {"forget": d_long * long_before * forget * (1.0 - forget),  # Long = old × forget + input × pot.
                      "input": d_long * potential * input_ * (1.0 - input_),
                      "candidate": d_long * input_ * (1.0 - potential ** 2),
                      "output": d_output * output * (1.0 - output)}
            d_short = 0.0
            for gate, d_sum in d_sums.items():
                d[f"{gate}_short"] += d_sum * short_before
                d[f"{gate}_input"] += d_sum * x
                d[f"{gate}_bias"] += d_sum
                d_short += d_sum * p[f"{gate}_short"]
            d_long = d_long * forget
        g = {name: g[name] + d[name] for name in g}
    return loss, g
'''

NUMPY_LEDGER = '''
# The RNN, unrolled over the days (oldest first), as the app writes it out
rnn_params = $rnn_params
rnn_days = $rnn_sequence
feedback, sums, outputs, prediction = rnn_unroll(rnn_params, rnn_days)
show("RNN Input", rnn_days)
show("RNN feedback (Y × w2)", feedback)
show("RNN Sum", sums)
show("RNN Y = ReLU(Sum)", outputs)
show("RNN prediction", prediction)

# Exploding and vanishing gradient: unrolled N times, the first Input is multiplied by w2 N times
w2, unroll = $w2, $unroll
show("w2", w2)
show("N (unrolled)", unroll)
$factor
show("log10 |w2^N|", unroll * math.log10(max(abs(w2), 5e-324)))

# The LSTM, day by day
lstm_params = $lstm_params
lstm_days = $lstm_sequence
record = lstm_run(lstm_params, lstm_days)
columns = list(zip(*record))  # one column per quantity, one value per day
show("LSTM Input", columns[0])
show("Forget Gate", columns[4])
show("Input Gate", columns[5])
show("Potential Long-Term Memory", columns[6])
show("Output Gate", columns[7])
show("Long-Term Memory", columns[8])
show("Short-Term Memory", columns[9])
show("LSTM prediction (the next day)", columns[9][-1])

# Training: the LSTM and the plain RNN from the same random start (seed $seed: weights from a standard normal,
# biases 0), on the same pairs of days → the day after
$data
lstm_start = $lstm_start
rnn_start = $rnn_start
lstm_rules = $lstm_rules
rnn_rules = $rnn_rules
for model, ssr_and_gradients, start, rate, stopping, predict in (
        ("LSTM", lstm_ssr_and_gradients, lstm_start, $lstm_rate, lstm_rules, lambda p, days: lstm_run(p, days)[-1][-1]),
        ("RNN", rnn_ssr_and_gradients, rnn_start, $rnn_rate, rnn_rules, lambda p, days: rnn_unroll(p, days)[-1])):
    steps, trained, ssr, reason = gradient_descent(
        lambda p: ssr_and_gradients({k: float(v) for k, v in p.items()}), start, list(start), rate, **stopping)
    print(f"{model}: stopped after {steps} steps: {reason}.")
    show(f"{model} steps", steps)
    show(f"{model} trained SSR", ssr)
    for name, value in trained.items():
        show(f"{model} trained {name}", value)
    show(f"{model} predictions", [predict({k: float(v) for k, v in trained.items()}, days) for days in sequences])
'''


def numpy_script(state: dict | None = None) -> Script:
    """A NumPy script of the chapter at `state` (the tab's get_state(); the deck's when None)."""
    s = _slots(_state(state))
    source = assemble(header(f"Chapter {NUMBER}, {TITLE}: the RNN, the exploding/vanishing gradient, and the LSTM.",
                             "numpy", TITLE, "The days are computed one float at a time (as the app does): NumPy "
                             "only collects the values."),
                      "import math\n\nimport numpy as np", SHOW_NUMPY, DESCENT_NUMPY, render(s["windows"], **s),
                      NUMPY_CELLS, render(NUMPY_LEDGER, **s))
    return Script(source)


TORCH_MODELS = '''
class RNN(torch.nn.Module):
    """One ReLU unit with a feedback loop: Sum = Input × w1 + b1 + yesterday's Y × w2; Prediction = Y × w3 + b2."""

    def __init__(self, values):
        super().__init__()
        self.p = torch.nn.ParameterDict({k: torch.nn.Parameter(torch.tensor(v)) for k, v in values.items()})

    def forward(self, days):
        p, y, feedback, sums, outputs = self.p, torch.tensor(0.0), [], [], []
        for x in days:
            feedback.append(y * p["w2"])
            sums.append(x * p["w1"] + p["b1"] + feedback[-1])
            y = torch.relu(sums[-1])
            outputs.append(y)
        return feedback, sums, outputs, y * p["w3"] + p["b2"]


class LSTM(torch.nn.Module):
    """One LSTM unit, written out: each gate's sum = Short-Term Memory × a + Input × b + bias."""

    def __init__(self, values):
        super().__init__()
        self.p = torch.nn.ParameterDict({k: torch.nn.Parameter(torch.tensor(v)) for k, v in values.items()})

    def gate(self, name, short_term, x):
        return short_term * self.p[f"{name}_short"] + x * self.p[f"{name}_input"] + self.p[f"{name}_bias"]

    def forward(self, days):
        long_term, short_term, record = torch.tensor(0.0), torch.tensor(0.0), []
        for x in days:
            forget_gate = torch.sigmoid(self.gate("forget", short_term, x))  # % of the Long-Term Memory to keep
            input_gate = torch.sigmoid(self.gate("input", short_term, x))  # % of the potential memory to add
            potential_memory = torch.tanh(self.gate("candidate", short_term, x))
            output_gate = torch.sigmoid(self.gate("output", short_term, x))
            long_term = long_term * forget_gate + input_gate * potential_memory
            short_term = torch.tanh(long_term) * output_gate
            record.append((x, forget_gate, input_gate, potential_memory, output_gate, long_term, short_term))
        return record


def predict(model, days):
    """The prediction for the day after `days`."""
    return model(days)[-1] if isinstance(model, RNN) else model(days)[-1][-1]
'''

TORCH_LEDGER = '''
# The RNN, unrolled over the days (oldest first), as the app writes it out
with torch.no_grad():
    rnn_days = torch.tensor($rnn_sequence)
    rnn_params = $rnn_params_indented
    feedback, sums, outputs, prediction = RNN(rnn_params)(rnn_days)
    show("RNN Input", rnn_days)
    show("RNN feedback (Y × w2)", torch.stack(feedback) if feedback else [])
    show("RNN Sum", torch.stack(sums) if sums else [])
    show("RNN Y = ReLU(Sum)", torch.stack(outputs) if outputs else [])
    show("RNN prediction", prediction)

# Exploding and vanishing gradient: unrolled N times, the first Input is multiplied by w2 N times
w2, unroll = torch.tensor($w2), $unroll
show("w2", w2)
show("N (unrolled)", unroll)
$factor
show("log10 |w2^N|", unroll * math.log10(max(abs(w2.item()), 5e-324)))

# The LSTM, day by day
with torch.no_grad():
    lstm_params = $lstm_params_indented
    lstm_days = torch.tensor($lstm_sequence)
    columns = [torch.stack(column) for column in zip(*LSTM(lstm_params)(lstm_days))]
    for label, column in zip(["LSTM Input", "Forget Gate", "Input Gate", "Potential Long-Term Memory", "Output Gate",
                              "Long-Term Memory", "Short-Term Memory"], columns):
        show(label, column)
    show("LSTM prediction (the next day)", columns[-1][-1])

# Training: the LSTM and the plain RNN from the same random start (seed $seed: weights from a standard normal,
# biases 0), on the same pairs of days → the day after
$data
lstm_start = $lstm_start
rnn_start = $rnn_start
lstm_rules = $lstm_rules
rnn_rules = $rnn_rules
for name, model, rate, stopping in (("LSTM", LSTM(lstm_start), $lstm_rate, lstm_rules),
                                    ("RNN", RNN(rnn_start), $rnn_rate, rnn_rules)):
    batch = [torch.tensor(days) for days in sequences]

    def ssr():
        """The Sum of the Squared Residuals over the pairs."""
        return sum((target - predict(model, days)) ** 2 for days, target in zip(batch, targets))

    steps, trained_ssr, reason = gradient_descent(model, ssr, rate, **stopping)
    print(f"{name}: stopped after {steps} steps: {reason}.")
    show(f"{name} steps", steps)
    show(f"{name} trained SSR", trained_ssr)
    for key, value in model.p.items():
        show(f"{name} trained {key}", value)
    with torch.no_grad():
        show(f"{name} predictions", torch.stack([predict(model, days) for days in batch]))
'''


def torch_script(state: dict | None = None) -> Script:
    """A PyTorch script of the chapter at `state`: both cells as nn.Modules, autograd through time, SGD, float64."""
    s = _slots(_state(state))
    s["factor"] = s["factor"].replace("w2 ** unroll", "w2.item() ** unroll")
    windows = render(s["windows"], **s).replace("np.unique(np.linspace(0, len(days) - length - 1, limit).round()"
                                                ".astype(int)).tolist()",
                                                "torch.linspace(0, len(days) - length - 1, limit).round().long()"
                                                ".unique().tolist()")
    source = assemble(header(f"Chapter {NUMBER}, {TITLE}, in PyTorch: the RNN, the exploding/vanishing gradient, "
                             "and the LSTM.", "torch", TITLE), TORCH_PREAMBLE, SHOW_TORCH, DESCENT_TORCH, windows,
                      TORCH_MODELS, render(TORCH_LEDGER, **s))
    return Script(source)
