"""Chapter 1 exercises: the hidden layer's math, X1 = w1 × Input + b1 … Y = Y1 + Y2 + b3, computed by `dosage`.

Seed 0 is the deck's Softplus network (and, for ReLU, the deck's ReLU network) at Dosage 0; any other seed
draws new weights, biases and a dosage. One seed is one sheet: its kinds share the same network, so that
each answer feeds the next (X1, then Y1, then Y1 × w3, then Y).
"""

from __future__ import annotations

import math

import numpy as np

from nnviz.core import activations
from nnviz.core.practice.model import Exercise, Kind, Mistake, choose, par, pick, rounded, text, tolerance_for
from nnviz.core.why_how import dosage
from nnviz.core.why_how.dosage import DosageParams

CHAPTER = "why-how"
DOSES = (0.0, 0.25, 0.5, 0.75, 1.0)


def _network(seed: int, relu: bool = False) -> tuple[DosageParams, float]:
    """(parameters, dosage) of sheet `seed`."""
    if seed == 0:
        return (dosage.RELU_PRESET if relu else dosage.SOFTPLUS_PRESET), 0.0
    rng = np.random.default_rng(seed)
    w1, b1, w2, b2 = pick(rng, -4, 4, 2), pick(rng, -2, 2, 2), pick(rng, -4, 4, 2), pick(rng, -2, 2, 2)
    w3, w4, b3 = pick(rng, -3, 3, 2), pick(rng, -3, 3, 2), pick(rng, -1.5, 1.5, 2)
    return DosageParams(w1, b1, w2, b2, w3, w4, b3), choose(rng, DOSES)


def _hidden(params: DosageParams, dose: float, activation: str = "softplus") -> dosage.Forward:
    return dosage.forward(params, [dose], activation)


def _output_layer(y1: float, y2: float, w3: float, w4: float, b3: float) -> dosage.Forward:
    """The deck's output node fed the hidden outputs Y1 and Y2 directly (the hidden nodes made the identity)."""
    return dosage.forward(DosageParams(0.0, y1, 0.0, y2, w3, w4, b3), [0.0], "identity")


def _x1(seed: int) -> Exercise:
    p, dose = _network(seed)
    fw = _hidden(p, dose)
    no_bias = _hidden(p._replace(b1=0.0), dose).x1[0]
    return Exercise(
        "x1", CHAPTER, seed, "Compute X1 = w1 × Input + b1, the input of the top hidden node.",
        {"w1": p.w1, "Input": dose, "b1": p.b1}, float(fw.x1[0]), 2,
        text("X1 = w1 × Input + b1"), text("X1 = %1 × %2 + %3", par(p.w1), par(dose), par(p.b1)),
        (text("w1 × Input = %1 × %2 = %3", par(p.w1), par(dose), p.w1 * dose),
         text("X1 = %1 + %2 = %3", par(p.w1 * dose), par(p.b1), float(fw.x1[0]))),
        (Mistake("forgot the bias", "That is w1 × Input alone: add the bias b1.", float(no_bias)),
         Mistake("added instead of multiplied", "w1 and Input are multiplied, then b1 is added.",
                 p.w1 + dose + p.b1)),
    )


def _y1(seed: int, activation: str) -> Exercise:
    relu = activation == "relu"
    p, dose = _network(seed, relu)
    fw = _hidden(p, dose, activation)
    x, y = float(fw.x1[0]), float(fw.y1[0])
    other = "softplus" if relu else "relu"
    wrong = float(_hidden(p, dose, other).y1[0])
    if relu:
        formula = text("Y1 = ReLU(X1) = max(0, X1)")
        filled = text("Y1 = max(0, %1 × %2 + %3) = max(0, %4)", par(p.w1), par(dose), par(p.b1), x)
        last = text("Y1 = max(0, %1) = %2", x, y)
        mistakes = (
            Mistake("ReLU let a negative through", "ReLU turns every negative X1 into 0: max(0, X1).", x),
            Mistake("wrong activation", "That is Softplus, log(1 + eˣ); this node uses ReLU, max(0, x).", wrong),
            Mistake("forgot the bias", "X1 = w1 × Input + b1: the bias comes before the activation.",
                    float(_hidden(p._replace(b1=0.0), dose, activation).y1[0])),
        )
        prompt = "Compute X1 = w1 × Input + b1, then the ReLU node's output Y1 = max(0, X1)."
    else:
        formula = text("Y1 = Softplus(X1) = log(1 + e^X1)")
        filled = text("Y1 = log(1 + e^%1)", par(x))
        last = text("Y1 = log(1 + e^%1) = log(%2) = %3", par(x), 1 + math.exp(x), y)
        mistakes = (
            Mistake("wrong activation", "That is ReLU, max(0, x); this node uses Softplus, log(1 + eˣ).", wrong),
            Mistake("log base 10", "The deck's log is the natural logarithm (ln), not log₁₀.",
                    math.log10(1 + math.exp(x))),
            Mistake("forgot the log", "1 + eˣ is inside the log: take its natural logarithm.", 1 + math.exp(x)),
            Mistake("sigmoid instead of Softplus", "eˣ / (eˣ + 1) is the Sigmoid; Softplus is log(1 + eˣ).",
                    float(activations.sigmoid(x))),
        )
        prompt = "Compute X1 = w1 × Input + b1, then the Softplus node's output Y1 = log(1 + e^X1)."
    return Exercise(
        f"y1-{activation}", CHAPTER, seed, prompt, {"w1": p.w1, "Input": dose, "b1": p.b1}, y, 2,
        formula, filled,
        (text("X1 = %1 × %2 + %3 = %4", par(p.w1), par(dose), par(p.b1), x), last), mistakes,
        tolerance=tolerance_for(y, float(activations.get(activation).f(rounded(x)))),
    )


def _y1_softplus(seed: int) -> Exercise:
    return _y1(seed, "softplus")


def _y1_relu(seed: int) -> Exercise:
    return _y1(seed, "relu")


def _top(seed: int) -> Exercise:
    p, dose = _network(seed)
    y1 = rounded(float(_hidden(p, dose).y1[0]))
    fw = _output_layer(y1, 0.0, p.w3, p.w4, p.b3)
    answer = float(fw.top[0])
    return Exercise(
        "top", CHAPTER, seed, "Multiply the top hidden node's output by its weight: Y1 × w3.",
        {"Y1": y1, "w3": p.w3}, answer, 2,
        text("Y1 × w3"), text("%1 × %2", par(y1), par(p.w3)),
        (text("Y1 × w3 = %1 × %2 = %3", par(y1), par(p.w3), answer),),
        (Mistake("added instead of multiplied", "The weight scales the node's output: multiply Y1 by w3.", y1 + p.w3),
         Mistake("wrong weight", "Y1 goes out on w3; w4 belongs to the bottom node.",
                 float(_output_layer(y1, 0.0, p.w4, p.w3, p.b3).top[0]))),
    )


def _output(seed: int) -> Exercise:
    p, dose = _network(seed)
    fw0 = _hidden(p, dose)
    y1, y2 = rounded(float(fw0.y1[0])), rounded(float(fw0.y2[0]))
    fw = _output_layer(y1, y2, p.w3, p.w4, p.b3)
    answer = float(fw.predicted[0])
    return Exercise(
        "output", CHAPTER, seed, "Add up the output node: Y = Y1 × w3 + Y2 × w4 + b3.",
        {"Y1": y1, "w3": p.w3, "Y2": y2, "w4": p.w4, "b3": p.b3}, answer, 2,
        text("Y = Y1 × w3 + Y2 × w4 + b3"),
        text("Y = %1 × %2 + %3 × %4 + %5", par(y1), par(p.w3), par(y2), par(p.w4), par(p.b3)),
        (text("Y1 × w3 = %1 × %2 = %3", par(y1), par(p.w3), float(fw.top[0])),
         text("Y2 × w4 = %1 × %2 = %3", par(y2), par(p.w4), float(fw.bottom[0])),
         text("Y = %1 + %2 + %3 = %4", par(float(fw.top[0])), par(float(fw.bottom[0])), par(p.b3), answer)),
        (Mistake("forgot the bias", "The output node adds its bias b3 after the two weighted outputs.",
                 float(_output_layer(y1, y2, p.w3, p.w4, 0.0).predicted[0])),
         Mistake("forgot the weights", "Each hidden output is multiplied by its weight (w3, w4) before the sum.",
                 float(_output_layer(y1, y2, 1.0, 1.0, p.b3).predicted[0])),
         Mistake("swapped w3 and w4", "Y1 goes out on w3 and Y2 on w4.",
                 float(_output_layer(y1, y2, p.w4, p.w3, p.b3).predicted[0]))),
    )


KINDS = (
    Kind("x1", "X1 = w1 × Input + b1", _x1),
    Kind("y1-softplus", "Y1 = Softplus(X1)", _y1_softplus),
    Kind("y1-relu", "Y1 = ReLU(X1)", _y1_relu),
    Kind("top", "Y1 × w3", _top),
    Kind("output", "The output Y", _output),
)
