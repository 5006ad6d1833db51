"""Chapter 3 exercises: dSSR/dPredicted for one point, one chain-rule factor, dSSR/db3, dSSR/dw3 and dSSR/dw1
summed over the three dosages, and the new b3 after one step, computed by `dosage.chain_factors` and `descent`.

Seed 0 is the deck's "main ideas" network (w1 = 3.34 … b3 = 0, learning rate 0.1: dSSR/db3 = −15.7, new
b3 = 1.57); any other seed draws new weights and biases (Softplus hidden nodes, the deck's three dosages).
"""

from __future__ import annotations

import numpy as np

from nnviz.core import activations, descent
from nnviz.core.practice.model import Exercise, Kind, Mistake, choose, par, pick, rounded, text, tolerance_for
from nnviz.core.why_how import dosage
from nnviz.core.why_how.dosage import DECK_DOSE, DECK_EFFICACY, NAMES, DosageParams

CHAPTER = "backpropagation"
RATE = 0.1


def _sheet(seed: int) -> tuple[DosageParams, int]:
    """The network of sheet `seed` and the point (0, 1 or 2) the one-point questions ask about."""
    if seed == 0:
        return dosage.MAIN_IDEAS_START, 1
    rng = np.random.default_rng(seed)
    while True:  # drawn again until the numbers are fair (most first draws are)
        w1, b1 = pick(rng, -3.5, 3.5, 2), pick(rng, -1.5, 1.5, 2)
        w2, b2 = pick(rng, -3.5, 3.5, 2), pick(rng, -1.5, 1.5, 2)
        w3, w4, b3 = pick(rng, -2.5, 2.5, 2, True), pick(rng, -2.5, 2.5, 2), pick(rng, -1, 1, 1)
        params = DosageParams(w1, b1, w2, b2, w3, w4, b3)
        if _fair(params):
            return params, choose(rng, (0, 1, 2))


def _factors(params: DosageParams, name: str) -> dosage.ChainFactors:
    return dosage.chain_factors(params, DECK_DOSE, DECK_EFFICACY, name)


def _points(params: DosageParams) -> tuple[dict[str, float], list[float], list[float]]:
    """Givens Observed_i and Predicted_i (rounded as shown), and the two lists."""
    predicted = [rounded(v) for v in dosage.predict(params, DECK_DOSE)]
    givens = {}
    for i in range(3):
        givens[f"Observed{i + 1}"], givens[f"Predicted{i + 1}"] = DECK_EFFICACY[i], predicted[i]
    return givens, list(DECK_EFFICACY), predicted


def _d_predicted(seed: int) -> Exercise:
    p, i = _sheet(seed)
    f = _factors(p, "b3")
    answer = float(f.d_ssr_d_predicted[i])
    observed, predicted = DECK_EFFICACY[i], rounded(float(dosage.predict(p, DECK_DOSE)[i]))
    r = observed - predicted
    return Exercise(
        "d-predicted", CHAPTER, seed, "For this dosage, compute dSSR/dPredicted = −2 × (Observed − Predicted).",
        {"Dosage": DECK_DOSE[i], "Observed": observed, "Predicted": predicted}, answer, 2,
        text("dSSR/dPredicted = −2 × (Observed − Predicted)"),
        text("dSSR/dPredicted = −2 × (%1 − %2)", observed, par(predicted)),
        (text("Observed − Predicted = %1 − %2 = %3", observed, par(predicted), r),
         text("dSSR/dPredicted = −2 × %1 = %2", par(r), answer)),
        (Mistake("forgot the −2", "The square's derivative brings down 2, and the inside gives −1: −2.", r),
         Mistake("sign of the derivative", "d/dPredicted of (Observed − Predicted) is −1: the factor is −2.", 2 * r),
         Mistake("forgot the 2", "The derivative of a square is 2 × what is squared.", -r)),
        tolerance=tolerance_for(answer, -2 * r), extra={"point": i},
    )


def _chain_factor(seed: int) -> Exercise:
    p, i = _sheet(seed)
    f = _factors(p, "w1")
    answer = float(f.d_y_d_x[i])
    x1 = float(p.w1 * DECK_DOSE[i] + p.b1)
    fw = dosage.forward(p, DECK_DOSE)
    e = float(np.exp(x1))
    return Exercise(
        "chain-factor", CHAPTER, seed, "Compute the chain-rule factor dy1/dx1 = eˣ / (1 + eˣ) of the top Softplus "
        "node for this dosage (x = x1 = w1 × Input + b1).",
        {"w1": p.w1, "Input": DECK_DOSE[i], "b1": p.b1}, answer, 2,
        text("dy1/dx1 = e^x1 / (1 + e^x1), with x1 = w1 × Input + b1"),
        text("dy1/dx1 = e^%1 / (1 + e^%1)", par(x1)),
        (text("x1 = %1 × %2 + %3 = %4", par(p.w1), DECK_DOSE[i], par(p.b1), x1),
         text("dy1/dx1 = %1 / (1 + %1) = %2", e, answer)),
        (Mistake("Softplus instead of its derivative", "That is y1 = log(1 + eˣ) itself; the factor is its "
                 "slope, eˣ / (1 + eˣ).", float(fw.y1[i])),
         Mistake("forgot the denominator", "The slope of Softplus is eˣ divided by (1 + eˣ).", e),
         Mistake("e to the minus x", "Use e^x1, not e^−x1: eˣ / (1 + eˣ).", 1.0 - answer)),
        extra={"point": i},
    )


def _sum_parts(p: DosageParams, name: str) -> tuple[dict[str, float], list[float], list[float], float]:
    """(givens, the dSSR/dPredicted of each dosage, the rest of each term's chain, the sum from the shown givens)."""
    givens, observed, predicted = _points(p)
    d = [-2 * (o - q) for o, q in zip(observed, predicted, strict=True)]
    fw = dosage.forward(p, DECK_DOSE)
    if name == "b3":
        links = [1.0, 1.0, 1.0]
    elif name == "w3":
        links = [rounded(v) for v in fw.y1]
        for k in range(3):
            givens[f"y1,{k + 1}"] = links[k]
    else:  # w1
        x1 = [rounded(v) for v in fw.x1]
        links = [p.w3 * float(activations.d_softplus(v)) * dose for v, dose in zip(x1, DECK_DOSE, strict=True)]
        givens["w3"] = p.w3
        for k in range(3):
            givens[f"x1,{k + 1}"], givens[f"Input{k + 1}"] = x1[k], DECK_DOSE[k]
    return givens, d, links, sum(a * b for a, b in zip(d, links, strict=True))


def _fair(p: DosageParams) -> bool:
    """Numbers a person can work with: modest predictions, and sums that the shown (rounded) givens do not move
    by more than half a unit of the answer's decimal."""
    if not np.all(np.abs(dosage.predict(p, DECK_DOSE)) <= 3):
        return False
    return all(abs(_factors(p, n).total - _sum_parts(p, n)[3]) <= 0.04 for n in ("b3", "w3", "w1"))


def _sum_exercise(kind: str, seed: int, name: str) -> Exercise:
    p, _ = _sheet(seed)
    f = _factors(p, name)
    answer = f.total
    givens, d, links, from_rounded = _sum_parts(p, name)
    observed, predicted = list(DECK_EFFICACY), [givens[f"Predicted{i}"] for i in (1, 2, 3)]
    if name == "b3":
        formula = text("dSSR/db3 = Σ −2 × (Observed − Predicted) × 1")
        filled = text("dSSR/db3 = −2 × (%1 − %2) + −2 × (%3 − %4) + −2 × (%5 − %6)",
                      observed[0], par(predicted[0]), observed[1], par(predicted[1]), observed[2], par(predicted[2]))
        prompt = "Compute dSSR/db3, summed over the three dosages."
    elif name == "w3":
        formula = text("dSSR/dw3 = Σ −2 × (Observed − Predicted) × y1")
        filled = text("dSSR/dw3 = −2 × (%1 − %2) × %3 + −2 × (%4 − %5) × %6 + −2 × (%7 − %8) × %9",
                      observed[0], par(predicted[0]), links[0], observed[1], par(predicted[1]), links[1],
                      observed[2], par(predicted[2]), links[2])
        prompt = "Compute dSSR/dw3, summed over the three dosages."
    else:  # w1
        x1 = [givens[f"x1,{i}"] for i in (1, 2, 3)]
        formula = text("dSSR/dw1 = Σ −2 × (Observed − Predicted) × w3 × eˣ / (1 + eˣ) × Input")
        filled = text("dSSR/dw1 = Σ −2 × (Observed − Predicted) × %1 × e^x1 / (1 + e^x1) × Input, "
                      "with x1 = %2, %3, %4", par(p.w3), x1[0], x1[1], x1[2])
        prompt = "Compute dSSR/dw1, summed over the three dosages."
    terms = text("Terms: %1, %2, %3", *(a * b for a, b in zip(d, links, strict=True)))
    mistakes = [
        Mistake("forgot the −2", "Every term starts with dSSR/dPredicted = −2 × (Observed − Predicted).",
                answer / -2),
        Mistake("sign of the derivative", "d/dPredicted of (Observed − Predicted) is −1: the factor is −2.", -answer),
        Mistake("one dosage only", "dSSR sums over all three dosages: add the three terms.", float(f.terms[0])),
    ]
    if name == "w3":
        mistakes.append(Mistake("forgot y1", "dPredicted/dw3 = y1: each term is multiplied by that dosage's y1.",
                                _factors(p, "b3").total))
    if name == "w1":
        mistakes.append(Mistake("forgot the Input", "dx1/dw1 = Input: each term ends with × Input (× 1 is "
                                "dSSR/db1).", _factors(p, "b1").total))
        mistakes.append(Mistake("forgot w3", "dPredicted/dy1 = w3: the chain passes through the weight w3.",
                                answer / p.w3 if p.w3 else float("nan")))
    return Exercise(
        kind, CHAPTER, seed, prompt, givens, answer, 1, formula, filled,
        (text("dSSR/dPredicted = %1, %2, %3", *d), terms, text("Sum = %1", answer)),
        tuple(mistakes), tolerance=tolerance_for(answer, from_rounded, 1),
    )


def _d_b3(seed: int) -> Exercise:
    return _sum_exercise("d-b3", seed, "b3")


def _d_w3(seed: int) -> Exercise:
    return _sum_exercise("d-w3", seed, "w3")


def _d_w1(seed: int) -> Exercise:
    return _sum_exercise("d-w1", seed, "w1")


def _new_value(seed: int) -> Exercise:
    p, _ = _sheet(seed)
    free = tuple(n == "b3" for n in NAMES)
    step = next(descent.descend(dosage.objective(DECK_DOSE, DECK_EFFICACY), p, RATE, free=free))
    gradient = rounded(step.gradient[6], 1)
    answer = step.next_params[6]
    size = step.step_sizes[6]
    return Exercise(
        "new-value", CHAPTER, seed, "Take one step of gradient descent on b3: compute the new b3.",
        {"b3": p.b3, "dSSR/db3": gradient, "Learning Rate": RATE}, answer, 2,
        text("New b3 = Old b3 − dSSR/db3 × Learning Rate"),
        text("New b3 = %1 − %2 × %3", par(p.b3), par(gradient), RATE),
        (text("Step Size = %1 × %2 = %3", par(gradient), RATE, gradient * RATE),
         text("New b3 = %1 − %2 = %3", par(p.b3), par(gradient * RATE), answer)),
        (Mistake("New = Old + Step", "Gradient descent goes downhill: subtract the Step Size.", p.b3 + size),
         Mistake("forgot the learning rate", "The Step Size is the derivative × the Learning Rate.",
                 p.b3 - step.gradient[6])),
        tolerance=tolerance_for(answer, p.b3 - gradient * RATE),
    )


KINDS = (
    Kind("d-predicted", "dSSR/dPredicted for one dosage", _d_predicted),
    Kind("chain-factor", "A chain-rule factor: dy1/dx1", _chain_factor),
    Kind("d-b3", "dSSR/db3", _d_b3),
    Kind("d-w3", "dSSR/dw3", _d_w3),
    Kind("d-w1", "dSSR/dw1", _d_w1),
    Kind("new-value", "The new b3 after one step", _new_value),
)
