"""Chapter 5 exercises: an RNN day, Input × w2ᴺ, an LSTM gate's sum and its sigmoid percentage, the new
Long-Term Memory and the new Short-Term Memory, computed by `rnn` and `lstm`.

Seed 0 is the deck's: yesterday low (0), today medium (0.5), w1 = 1.8, w2 = −0.5 (today's value 0.9);
w2 = 2 unrolled 4 times; Company A's first day, whose Forget Gate remembers 83 %. Any other seed draws new
inputs, weights and memories (the LSTM keeps the deck's weights).
"""

from __future__ import annotations

import math

import numpy as np

from nnviz.core.practice.model import Exercise, Kind, Mistake, choose, par, pick, rounded, text, tolerance_for
from nnviz.core.rnn_lstm import lstm, rnn

CHAPTER = "rnn-lstm"
VALUES = (0.0, 0.25, 0.5, 0.75, 1.0)
SIGMOID_GATES = ("forget", "input", "output")


def _rnn_sheet(seed: int) -> tuple[rnn.RNNParams, tuple[float, float]]:
    if seed == 0:
        return rnn.DECK_PARAMS, rnn.DECK_SEQUENCE
    rng = np.random.default_rng(seed)
    params = rnn.RNNParams(w1=pick(rng, -2, 2, 1, True), b1=pick(rng, -0.5, 0.5, 1), w2=pick(rng, -1.5, 1.5, 1, True))
    return params, (choose(rng, VALUES), choose(rng, VALUES))


def _rnn_day(seed: int) -> Exercise:
    p, days = _rnn_sheet(seed)
    run = rnn.unroll(p, days)
    h = rounded(run.outputs[0])
    x = days[1]
    answer = run.outputs[1]
    total = run.sums[1]
    no_loop = rnn.unroll(p._replace(w2=0.0), days)
    return Exercise(
        "rnn-day", CHAPTER, seed, "Compute today's output of the RNN: ReLU(Today × w1 + Yesterday's output × w2 + b1).",
        {"Today": x, "Yesterday's output": h, "w1": p.w1, "w2": p.w2, "b1": p.b1}, answer, 2,
        text("Output = ReLU(Input × w1 + Yesterday's output × w2 + b1)"),
        text("ReLU(%1 × %2 + %3 × %4 + %5)", x, par(p.w1), par(h), par(p.w2), par(p.b1)),
        (text("Sum = %1 × %2 + %3 × %4 + %5 = %6", x, par(p.w1), par(h), par(p.w2), par(p.b1), total),
         text("ReLU(%1) = %2", total, answer)),
        (Mistake("ReLU let a negative through", "ReLU turns a negative sum into 0.", total),
         Mistake("forgot the feedback loop", "Yesterday's output comes back through w2 and is added.",
                 no_loop.outputs[1]),
         Mistake("swapped w1 and w2", "Today's input goes in on w1; yesterday's output comes back on w2.",
                 max(x * p.w2 + h * p.w1 + p.b1, 0.0))),
        tolerance=tolerance_for(answer, max(x * p.w1 + h * p.w2 + p.b1, 0.0)),
    )


def _unroll(seed: int) -> Exercise:
    if seed == 0:
        x, w2, n = 1.0, 2.0, 4
    else:
        rng = np.random.default_rng(seed)
        x, w2, n = choose(rng, (0.5, 1.0, 0.25, 2.0)), choose(rng, (0.5, 2.0, 1.5, 0.8, 3.0, 0.9)), int(
            rng.integers(2, 6))
    factor = rnn.gradient_factor(w2, n)
    answer = x * factor
    return Exercise(
        "unroll", CHAPTER, seed, "Unrolled N times, the first input is multiplied by w2 each time: compute "
        "Input × w2ᴺ.", {"Input": x, "w2": w2, "N": float(n)}, answer, 2,
        text("Input × w2^N"), text("%1 × %2^%3", x, w2, str(n)),
        (text("%1^%2 = %3", w2, str(n), factor), text("%1 × %2 = %3", x, factor, answer)),
        (Mistake("multiplied instead of a power", "w2 is multiplied N times, w2 × w2 × …: a power, not w2 × N.",
                 x * w2 * n),
         Mistake("one unroll too few", "Each of the N unrolls multiplies by w2 once: the power is N.",
                 x * rnn.gradient_factor(w2, n - 1)),
         Mistake("forgot the Input", "The factor w2ᴺ multiplies the first input.", factor)),
    )


def _lstm_sheet(seed: int) -> tuple[float, float, float, str]:
    """(Long-Term Memory, Short-Term Memory, input, gate) of sheet `seed`."""
    if seed == 0:
        return 0.0, 0.0, lstm.COMPANY_A[0], "forget"
    rng = np.random.default_rng(seed)
    while True:  # drawn again until the rounded gates move neither memory by more than 0.008 (most draws)
        sheet = pick(rng, -1, 2, 2), pick(rng, -0.9, 0.9, 2), choose(rng, VALUES), choose(rng, SIGMOID_GATES)
        day = lstm.step(lstm.DECK_PARAMS, *sheet[:3])
        f, i, c, o = (rounded(v) for v in (day.forget, day.input, day.candidate, day.output))
        if (abs(day.long_term - (day.long_before * f + i * c)) <= 0.008
                and abs(day.short_term - math.tanh(rounded(day.long_term)) * o) <= 0.008):
            return sheet


def _day(seed: int) -> lstm.Day:
    long_term, short_term, x, _ = _lstm_sheet(seed)
    return lstm.step(lstm.DECK_PARAMS, long_term, short_term, x)


GATE_TITLES = {"forget": "Forget Gate", "input": "Input Gate", "output": "Output Gate"}


def _gate_givens(seed: int) -> tuple[dict[str, float], str, tuple[float, float, float]]:
    _, short_term, x, gate = _lstm_sheet(seed)
    a, b, bias = lstm.DECK_PARAMS.gate(gate)
    return {"Short-Term Memory": short_term, "Input": x, "a": a, "b": b, "bias": bias}, gate, (a, b, bias)


def _gate_sum(seed: int) -> Exercise:
    g, gate, (a, b, bias) = _gate_givens(seed)
    s, x = g["Short-Term Memory"], g["Input"]
    answer = lstm.gate_sum(lstm.DECK_PARAMS, gate, s, x)
    return Exercise(
        "gate-sum", CHAPTER, seed, _GATE_SUM_PROMPTS[gate], g, answer, 2,
        text("Sum = Short-Term Memory × a + Input × b + bias"),
        text("Sum = %1 × %2 + %3 × %4 + %5", par(s), par(a), par(x), par(b), par(bias)),
        (text("Sum = %1 + %2 + %3 = %4", par(s * a), par(x * b), par(bias), answer),),
        (Mistake("forgot the bias", "Each gate adds its bias after the two weighted inputs.", answer - bias),
         Mistake("swapped the weights", "a weighs the Short-Term Memory and b the Input.", s * b + x * a + bias)),
        extra={"gate": gate},
    )


_GATE_SUM_PROMPTS = {
    "forget": "Compute the Forget Gate's sum: Short-Term Memory × a + Input × b + bias.",
    "input": "Compute the Input Gate's sum: Short-Term Memory × a + Input × b + bias.",
    "output": "Compute the Output Gate's sum: Short-Term Memory × a + Input × b + bias.",
}
_GATE_PERCENT_PROMPTS = {
    "forget": "What percent of the Long-Term Memory does the Forget Gate remember? Sigmoid of its sum, as a "
              "percentage.",
    "input": "What percent of the Potential Long-Term Memory does the Input Gate add? Sigmoid of its sum, as a "
             "percentage.",
    "output": "What percent of the Potential Short-Term Memory does the Output Gate keep? Sigmoid of its sum, as a "
              "percentage.",
}


def _gate_percent(seed: int) -> Exercise:
    g, gate, (a, b, bias) = _gate_givens(seed)
    day = _day(seed)
    total, share = getattr(day, f"{gate}_sum"), getattr(day, gate)
    answer = 100 * share
    return Exercise(
        "gate-percent", CHAPTER, seed, _GATE_PERCENT_PROMPTS[gate], g, answer, 0,
        text("Percent = Sigmoid(Sum) = e^Sum / (e^Sum + 1), with Sum = Short-Term Memory × a + Input × b + bias"),
        text("Sigmoid(%1 × %2 + %3 × %4 + %5)", par(g["Short-Term Memory"]), par(a), par(g["Input"]), par(b),
             par(bias)),
        (text("Sum = %1", total), text("Sigmoid(%1) = %2 = %3 %", total, share, answer)),
        (Mistake("a fraction, not a percentage", "The question asks for a percentage: multiply the fraction by 100.",
                 share, 2),
         Mistake("wrong activation", "The gates use the Sigmoid (0 to 1), not Tanh (−1 to 1).", 100 * math.tanh(total)),
         Mistake("forgot the bias", "The gate's sum includes its bias.",
                 100 * float(1 / (1 + math.exp(-(total - bias)))))),
        unit="%", extra={"gate": gate},
    )


def _long_term(seed: int) -> Exercise:
    day = _day(seed)
    f, i, c = rounded(day.forget), rounded(day.input), rounded(day.candidate)
    old = day.long_before
    answer = day.long_term
    return Exercise(
        "long-term", CHAPTER, seed, "Compute the new Long-Term Memory: Long-Term Memory × Forget Gate + Input Gate × "
        "Potential Long-Term Memory.",
        {"Long-Term Memory": old, "Forget Gate": f, "Input Gate": i, "Potential Long-Term Memory": c}, answer, 2,
        text("New Long-Term Memory = Long-Term Memory × Forget % + Input % × Potential Long-Term Memory"),
        text("New Long-Term Memory = %1 × %2 + %3 × %4", par(old), f, i, par(c)),
        (text("%1 × %2 = %3 and %4 × %5 = %6", par(old), f, old * f, i, par(c), i * c),
         text("New Long-Term Memory = %1 + %2 = %3", par(old * f), par(i * c), answer)),
        (Mistake("forgot the Forget Gate", "The Forget Gate says what percent of the Long-Term Memory is kept: "
                 "multiply by it.", old + i * c if old else float("nan")),
         Mistake("forgot the Input Gate", "The Input Gate says what percent of the Potential Long-Term Memory "
                 "is added.", old * f + c),
         Mistake("multiplied instead of added", "The remembered part and the new part are added.",
                 old * f * i * c)),
        tolerance=tolerance_for(answer, old * f + i * c),
    )


def _short_term(seed: int) -> Exercise:
    day = _day(seed)
    new_long, o = rounded(day.long_term), rounded(day.output)
    answer = day.short_term
    t = math.tanh(new_long)
    return Exercise(
        "short-term", CHAPTER, seed, "Compute the new Short-Term Memory: Tanh(new Long-Term Memory) × Output Gate.",
        {"New Long-Term Memory": new_long, "Output Gate": o}, answer, 2,
        text("New Short-Term Memory = Tanh(New Long-Term Memory) × Output %"),
        text("New Short-Term Memory = Tanh(%1) × %2", new_long, o),
        (text("Tanh(%1) = %2", new_long, t), text("New Short-Term Memory = %1 × %2 = %3", par(t), o, answer)),
        (Mistake("forgot the Tanh", "The new Long-Term Memory goes through Tanh before the Output Gate.",
                 new_long * o),
         Mistake("wrong activation", "The Potential Short-Term Memory uses Tanh, not the Sigmoid.",
                 o / (1 + math.exp(-new_long))),
         Mistake("forgot the Output Gate", "The Output Gate says what percent becomes the Short-Term Memory.", t)),
        tolerance=tolerance_for(answer, t * o),
    )


KINDS = (
    Kind("rnn-day", "An RNN day", _rnn_day),
    Kind("unroll", "Input × w2ᴺ", _unroll),
    Kind("gate-sum", "A gate's sum", _gate_sum),
    Kind("gate-percent", "A gate's percentage", _gate_percent),
    Kind("long-term", "The new Long-Term Memory", _long_term),
    Kind("short-term", "The new Short-Term Memory", _short_term),
)
