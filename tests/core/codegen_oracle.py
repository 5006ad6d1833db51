"""The numbers a generated script must print, computed by nnviz's core (the same calls the tabs make), by label;
and random lesson states for each chapter (valid, and such that the Run stops by one of its rules)."""

from __future__ import annotations

import math

import numpy as np

from nnviz.core import descent
from nnviz.core import regression as reg
from nnviz.core.backpropagation import two_nodes as backprop
from nnviz.core.cnn import shape as cnn_shape
from nnviz.core.cnn import train
from nnviz.core.codegen import backpropagation as code3
from nnviz.core.codegen import cnn as code4
from nnviz.core.codegen import gradient_descent as code2
from nnviz.core.codegen import rnn_lstm as code5
from nnviz.core.codegen import why_how as code1
from nnviz.core.descent import StoppingRules
from nnviz.core.rnn_lstm import lstm, rnn, series
from nnviz.core.why_how import wide


def parse(output: str) -> dict[str, list[float]]:
    """`label = n1 n2 …` lines of a script's output (other lines are prose); a label printed twice is an error."""
    found: dict[str, list[float]] = {}
    for line in output.splitlines():
        label, sep, values = line.rpartition(" = ")
        if not sep:
            continue
        try:
            numbers = [float(v) for v in values.split()]
        except ValueError:
            continue
        label = label.strip()
        assert label not in found, f"{label!r} printed twice"
        found[label] = numbers
    return found


def _flat(value) -> list[float]:
    return [float(v) for v in np.ravel(np.asarray(value, dtype=float))]


def _rules(state_rules, default) -> StoppingRules:
    """The state's stopping rules (as the Training panel sets them), else the tab's `default`."""
    if state_rules is None:
        return default
    return StoppingRules(state_rules["ssr_tolerance"], state_rules["max_steps"], state_rules["min_step_size"])


def _last(objective, start, rate, rules, **kw) -> descent.Step:
    return descent.run(objective, start, rate, rules, **kw)[-1]


def why_how(state: dict) -> dict:
    state = {**code1.deck_state(), **state}
    n, act, out = state["hidden_nodes"], state["activation"], state["output"]
    names = wide.names(n)
    p = wide.WideParams.from_array([state["params"][k] for k in names], n)
    here = wide.forward(p, np.float64(state["dosage"]), act, out)
    x, y = np.array(state["data"]["dose"]), np.array(state["data"]["efficacy"])
    final = names[-1].replace("-", "_")
    out_names = [names[2 * n + k].replace("-", "_") for k in range(n)]
    expected = {"Input": [state["dosage"]], f"Sum + {final}": _flat(here.total), "Predicted": _flat(here.predicted)}
    for k in range(n):
        expected.update({f"X{k + 1}": _flat(here.x[k]), f"Y{k + 1}": _flat(here.y[k]),
                         f"Y{k + 1} × {out_names[k]}": _flat(here.scaled[k])})
    intercept, slope = reg.least_squares(x, y)
    expected.update({"Predicted for the data": _flat(wide.predict(p, x, act, out)),
                     "SSR of the network": [wide.ssr(p, x, y, act, out)], "Best line: Intercept": [intercept],
                     "Best line: Slope": [slope], "SSR of the best line": [reg.ssr(intercept, slope, x, y)]})
    return expected


def gradient_descent(state: dict) -> dict:
    state = {**code2.deck_state(), **state}
    both, x, y, lr = state["mode"] == "both", np.array(state["x"]), np.array(state["y"]), state["learning_rate"]
    intercept = state["current"][0]
    slope = state["current"][1] if both else state["slope"]
    d_i, d_s = reg.d_ssr(intercept, slope, x, y)
    expected = {"Intercept": [intercept], "Slope": [slope], "Residuals": _flat(reg.residuals(intercept, slope, x, y)),
                "SSR": [reg.ssr(intercept, slope, x, y)], "d SSR / d Intercept": [d_i]}
    if both:
        expected.update({"d SSR / d Slope": [d_s], "Step Size (Intercept)": [d_i * lr], "Step Size (Slope)": [d_s * lr],
                         "New Intercept": [intercept - d_i * lr], "New Slope": [slope - d_s * lr]})
        objective = reg.line_objective(x, y)
    else:
        best = reg.best_intercept(slope, x, y)
        expected.update({"Step Size": [d_i * lr], "New Intercept": [intercept - d_i * lr],
                         "Best Intercept for this Slope": [best],
                         "Lowest SSR for this Slope": [reg.ssr(best, slope, x, y)]})
        objective = reg.intercept_objective(slope, x, y)
    r = state["rules"]
    last = _last(objective, state["current"], lr, StoppingRules(r["ssr_tolerance"], r["max_steps"], r["min_step_size"]))
    expected.update({"Steps": [last.number], "Trained Intercept": [last.params[0]], "Trained SSR": [last.loss]})
    if both:
        expected["Trained Slope"] = [last.params[1]]
    return expected


def backpropagation(state: dict) -> dict:
    state = {**code3.deck_state(), **state}
    n, act, lr = state["hidden_nodes"], state["activation"], state["learning_rate"]
    names = wide.names(n)
    py = {k: k.replace("-", "_") for k in names}
    p = wide.WideParams.from_array([state["params"][k] for k in names], n)
    dose, eff = np.array(state["data"]["dose"]), np.array(state["data"]["efficacy"])
    fw = wide.forward(p, dose, act)
    name = state["parameter"]
    chain = wide.chain_factors(p, dose, eff, name, act)
    kind, k = wide.role(name)
    expected = {"Predicted": _flat(fw.predicted), "SSR": [wide.ssr(p, dose, eff, act)],
                "dSSR/dPredicted": _flat(chain.d_ssr_d_predicted), f"Terms of dSSR/d{py[name]}": _flat(chain.terms),
                f"dSSR/d{py[name]}, the sum of the terms": [chain.total]}
    if kind in ("out", "v"):
        expected[f"dPredicted/d{py[name]}"] = _flat(chain.d_predicted_d_y)
    else:
        expected.update({f"dPredicted/dy{k}": _flat(chain.d_predicted_d_y), f"dy{k}/dx{k}": _flat(chain.d_y_d_x),
                         f"dx{k}/d{py[name]}": _flat(chain.d_x_d_param)})
    gradients = wide.gradients(p, dose, eff, act)
    values = p.as_array()
    mask = [state["free"][k] for k in names]
    for i, key in enumerate(names):
        expected[f"dSSR/d{py[key]}"] = [gradients[i]]
        if mask[i]:
            expected[f"Step Size {py[key]}"] = [gradients[i] * lr]
            expected[f"New {py[key]}"] = [values[i] - gradients[i] * lr]
    rules = _rules(state.get("rules"), backprop.MODES[state["mode"]].rules)
    last = _last(wide.objective(dose, eff, n, act), values, lr, rules, free=mask)
    expected.update({"Steps": [last.number], "Trained SSR": [last.loss]})
    expected.update({f"Trained {py[key]}": [v] for key, v in zip(names, last.params, strict=True)})
    return expected


def cnn(state: dict) -> dict:
    state = {**code4.deck_state(), **state}
    shape = cnn_shape.Shape(state["grid_size"], state["filters"])
    image, params = np.array(state["image"], dtype=float), np.array(state["params"], dtype=float)
    pipe = cnn_shape.forward(shape, image, params)
    expected = {"Hidden node input": [pipe.hidden_input], "Hidden node (ReLU)": [pipe.hidden],
                "Score O": [pipe.scores[0]], "Score X": [pipe.scores[1]], "P(O)": [pipe.probabilities[0]],
                "P(X)": [pipe.probabilities[1]]}
    for k in range(shape.filters):
        expected.update({f"Feature Map {k + 1}": _flat(pipe.feature_maps[k]),
                         f"ReLU {k + 1}": _flat(pipe.rectified_maps[k]),
                         f"Max Pooling {k + 1}": _flat(pipe.pooled_maps[k])})
    shifted, with_filter = state["train_shifted"], state["train_filter"]
    if shape.is_deck:
        objective, free = train.objective(shifted), train.free_mask(with_filter)
    else:
        objective, free = cnn_shape.objective(shape, shifted, with_filter), cnn_shape.free_mask(shape, with_filter)
    last = _last(objective, params, state["learning_rate"], _rules(state.get("rules"), StoppingRules(*code4.RULES)),
                 free=free)
    parts = cnn_shape.unpack(shape, last.params)
    after = cnn_shape.forward(shape, image, np.array(last.params))
    expected.update({"Steps": [last.number], "Trained Cross Entropy": [last.loss],
                     "Trained weights": _flat(parts.weights), "Trained filters": _flat(parts.kernels),
                     "Trained filter_biases": _flat(parts.biases), "Trained P(O)": [after.probabilities[0]],
                     "Trained P(X)": [after.probabilities[1]]})
    expected.update({f"Trained {name}": [getattr(parts, name)] for name in code4.HEAD})
    return expected


def rnn_lstm(state: dict) -> dict:
    state = {**code5.deck_state(), **state}
    r_params, r_days = rnn.RNNParams(**state["rnn"]["params"]), state["rnn"]["sequence"]
    unrolled = rnn.unroll(r_params, r_days)
    w2, n = state["gradient"]["w2"], state["gradient"]["unroll"]
    expected = {"RNN Input": _flat(r_days), "RNN feedback (Y × w2)": _flat(unrolled.feedback),
                "RNN Sum": _flat(unrolled.sums), "RNN Y = ReLU(Sum)": _flat(unrolled.outputs),
                "RNN prediction": [unrolled.prediction], "w2": [w2], "N (unrolled)": [n],
                "log10 |w2^N|": _flat(rnn.log10_gradient_factor(w2, n))}
    if abs(w2) <= 1 or n * math.log10(abs(w2)) < 300:
        expected["w2^N"] = [rnn.gradient_factor(w2, n)]
    days = lstm.run(lstm.LSTMParams(**state["lstm"]["params"]), state["lstm"]["sequence"])
    for label, field in (("LSTM Input", "x"), ("Forget Gate", "forget"), ("Input Gate", "input"),
                         ("Potential Long-Term Memory", "candidate"), ("Output Gate", "output"),
                         ("Long-Term Memory", "long_term"), ("Short-Term Memory", "short_term")):
        expected[label] = [getattr(d, field) for d in days]
    expected["LSTM prediction (the next day)"] = [days[-1].short_term]
    t = state["training"]
    if t.get("series") is None:
        sequences, targets = [lstm.COMPANY_A, lstm.COMPANY_B], [0.0, 1.0]
    else:
        sequences, targets = series.windows(t["series"])
    for label, module, rate in (("LSTM", lstm, t["lstm_learning_rate"]), ("RNN", rnn, t["rnn_learning_rate"])):
        rules = _rules(t.get(f"{label.lower()}_rules"), StoppingRules(*code5.RULES))
        last = _last(module.objective(sequences, targets), module.random_start(int(t["seed"])).as_array(), rate, rules)
        expected.update({f"{label} steps": [last.number], f"{label} trained SSR": [last.loss]})
        expected.update({f"{label} trained {k}": [v] for k, v in zip(module.NAMES, last.params, strict=True)})
        trained = (lstm.LSTMParams if module is lstm else rnn.RNNParams)(*last.params)
        expected[f"{label} predictions"] = [module.predict(trained, s) for s in sequences]
    return expected


EXPECTED = {"why-how": why_how, "gradient-descent": gradient_descent, "backpropagation": backpropagation,
            "cnn": cnn, "rnn-lstm": rnn_lstm}
