"""Chapter 2 exercises: a residual, the SSR, d SSR / d Intercept, the Step Size, the New Intercept and which
stopping rule fires, computed by `regression` and `descent`.

Seed 0 is the deck's sheet: points (0.5, 1.4), (2.3, 1.9), (2.9, 3.2), Slope 0.64, Intercept 0, Learning Rate
0.1 (Step Size −0.57, New Intercept 0.57). Any other seed draws three new points, a slope, an intercept and a
learning rate. One seed is a chain: SSR → derivative → Step Size → New Intercept, each answer given to the next.
"""

from __future__ import annotations

import numpy as np

from nnviz.core import descent, regression
from nnviz.core.practice.model import (
    Exercise,
    Kind,
    Mistake,
    choose,
    par,
    pick,
    rounded,
    seed_of,
    text,
    tolerance_for,
)

CHAPTER = "gradient-descent"
RATES = (0.1, 0.05, 0.2, 0.01)


def sheet(seed: int) -> dict:
    """The points, slope, intercept and learning rate of sheet `seed` (and which point the residual asks about), as
    the tab draws them; ValueError for a seed that is not a whole number from 0 to MAX_SEED."""
    seed = seed_of(seed)
    if seed == 0:
        return {"x": list(regression.DECK_X), "y": list(regression.DECK_Y), "slope": regression.DECK_SLOPE,
                "intercept": regression.DECK_INTERCEPT, "rate": regression.DECK_LEARNING_RATE, "point": 0}
    rng = np.random.default_rng(seed)
    x = sorted(pick(rng, 0.2, 3.0, 1) for _ in range(3))
    slope = pick(rng, 0.2, 1.2, 2)
    y = [pick(rng, 0.5, 3.5, 1) for _ in range(3)]
    return {"x": x, "y": y, "slope": slope, "intercept": pick(rng, -0.5, 1.0, 1), "rate": choose(rng, RATES),
            "point": int(rng.integers(3))}


def _givens(s: dict) -> dict[str, float]:
    g = {}
    for i in range(3):
        g[f"x{i + 1}"], g[f"Observed{i + 1}"] = s["x"][i], s["y"][i]
    g["Slope"], g["Intercept"] = s["slope"], s["intercept"]
    return g


def _first_step(s: dict) -> descent.Step:
    """The first Step of gradient descent from the sheet's intercept (the core's own step rule)."""
    objective = regression.intercept_objective(s["slope"], s["x"], s["y"])
    return next(descent.descend(objective, [s["intercept"]], s["rate"]))


def _residual(seed: int) -> Exercise:
    s = sheet(seed)
    i = s["point"]
    x, y, a, b = s["x"][i], s["y"][i], s["slope"], s["intercept"]
    r = float(regression.residuals(b, a, [x], [y])[0])
    predicted = float(regression.predict(b, a, [x])[0])
    return Exercise(
        "residual", CHAPTER, seed, "Compute the residual of this point: Observed − (Intercept + Slope × x).",
        {"x": x, "Observed": y, "Slope": a, "Intercept": b}, r, 2,
        text("Residual = Observed − (Intercept + Slope × x)"),
        text("Residual = %1 − (%2 + %3 × %4)", y, par(b), par(a), par(x)),
        (text("Predicted = %1 + %2 × %3 = %4", par(b), par(a), par(x), predicted),
         text("Residual = %1 − %2 = %3", y, par(predicted), r)),
        (Mistake("predicted minus observed", "A residual is Observed − Predicted, not the other way round.", -r),
         Mistake("forgot the intercept", "The line's prediction is Intercept + Slope × x.",
                 float(regression.residuals(0.0, a, [x], [y])[0]))),
        extra={"point": i},
    )


def _ssr(seed: int) -> Exercise:
    s = sheet(seed)
    r = regression.residuals(s["intercept"], s["slope"], s["x"], s["y"])
    answer = regression.ssr(s["intercept"], s["slope"], s["x"], s["y"])
    from_rounded = float(sum(rounded(v) ** 2 for v in r))
    return Exercise(
        "ssr", CHAPTER, seed, "Compute the Sum of the Squared Residuals (SSR) of the line through the three points.",
        _givens(s), answer, 2,
        text("SSR = Σ (Observed − (Intercept + Slope × x))²"),
        text("SSR = (%1 − (%2 + %3 × %4))² + (%5 − (%2 + %3 × %6))² + (%7 − (%2 + %3 × %8))²",
             s["y"][0], par(s["intercept"]), par(s["slope"]), s["x"][0], s["y"][1], s["x"][1], s["y"][2], s["x"][2]),
        (text("Residuals = %1, %2, %3", *map(float, r)),
         text("SSR = %1² + %2² + %3² = %4", *(par(float(v)) for v in r), answer)),
        (Mistake("square of the sum", "Square each residual first, then add: the sum of the squares.",
                 float(r.sum()) ** 2),
         Mistake("forgot to square", "Each residual is squared before adding, so none cancels another.",
                 float(r.sum()))),
        tolerance=tolerance_for(answer, from_rounded),
    )


def _d_intercept(seed: int) -> Exercise:
    s = sheet(seed)
    r = regression.residuals(s["intercept"], s["slope"], s["x"], s["y"])
    answer = regression.d_ssr(s["intercept"], s["slope"], s["x"], s["y"])[0]
    return Exercise(
        "d-intercept", CHAPTER, seed, "Compute the derivative d SSR / d Intercept at this Intercept.",
        _givens(s), answer, 2,
        text("d SSR / d Intercept = Σ −2 × (Observed − (Intercept + Slope × x))"),
        text("d SSR / d Intercept = −2 × (%1 − (%2 + %3 × %4)) + −2 × (%5 − (%2 + %3 × %6)) + "
             "−2 × (%7 − (%2 + %3 × %8))",
             s["y"][0], par(s["intercept"]), par(s["slope"]), s["x"][0], s["y"][1], s["x"][1], s["y"][2], s["x"][2]),
        (text("Residuals = %1, %2, %3", *map(float, r)),
         text("d SSR / d Intercept = −2 × %1 + −2 × %2 + −2 × %3 = %4", *(par(float(v)) for v in r), answer)),
        (Mistake("forgot the −2", "The chain rule brings −2 down from the square: Σ −2 × residual.",
                 float(r.sum())),
         Mistake("sign of the derivative", "The inner derivative of −(Intercept + …) is −1: the −2 is negative.",
                 -answer),
         Mistake("forgot the 2", "The square's derivative is 2 × residual, times −1 from the inside: −2.",
                 -float(r.sum()))),
        tolerance=tolerance_for(answer, -2.0 * float(sum(rounded(v) for v in r))),
    )


def _step_size(seed: int) -> Exercise:
    s = sheet(seed)
    step = _first_step(s)
    slope_given = rounded(step.gradient[0])
    answer = step.step_sizes[0]
    return Exercise(
        "step-size", CHAPTER, seed, "Compute the Step Size from the derivative and the Learning Rate.",
        {"d SSR / d Intercept": slope_given, "Learning Rate": s["rate"]}, answer, 2,
        text("Step Size = d SSR / d Intercept × Learning Rate"),
        text("Step Size = %1 × %2", par(slope_given), s["rate"]),
        (text("Step Size = %1 × %2 = %3", par(slope_given), s["rate"], answer),),
        (Mistake("forgot the learning rate", "The derivative is multiplied by the Learning Rate.", step.gradient[0]),
         Mistake("divided by the learning rate", "Multiply by the Learning Rate; do not divide.",
                 step.gradient[0] / s["rate"]),
         Mistake("sign of the step", "The Step Size has the derivative's sign.", -answer)),
        tolerance=tolerance_for(answer, slope_given * s["rate"]),
    )


def _new_intercept(seed: int) -> Exercise:
    s = sheet(seed)
    step = _first_step(s)
    size = rounded(step.step_sizes[0])
    answer = step.next_params[0]
    old = s["intercept"]
    return Exercise(
        "new-intercept", CHAPTER, seed, "Take one step: compute the New Intercept.",
        {"Old Intercept": old, "Step Size": size}, answer, 2,
        text("New Intercept = Old Intercept − Step Size"),
        text("New Intercept = %1 − %2", old, par(size)),
        (text("New Intercept = %1 − %2 = %3", old, par(size), answer),),
        (Mistake("New = Old + Step", "Gradient descent goes downhill: New Intercept = Old Intercept − Step Size.",
                 old + step.step_sizes[0]),
         Mistake("forgot the learning rate", "Subtract the Step Size (derivative × Learning Rate), not the "
                 "derivative itself.", old - step.gradient[0])),
        tolerance=tolerance_for(answer, old - size),
    )


#: The answers of the stopping question, by number.
STOP_CHOICES = ("0: neither, take another step", "1: the SSR rule (SSR ≤ the tolerance)",
                "2: the maximum number of steps")


def _stop_answer(rules: descent.StoppingRules, number: int, loss: float) -> int:
    reason = rules.check(number, loss, [1.0])
    return {None: 0, descent.StopReason.TOLERANCE: 1, descent.StopReason.MAX_STEPS: 2}[reason]


def _stopping(seed: int) -> Exercise:
    if seed == 0:
        loss, tol, number, most = 3.1, 0.001, 0, 1000
    else:
        rng = np.random.default_rng(seed)
        tol = choose(rng, (0.001, 0.01, 0.1))
        loss = choose(rng, (round(tol * float(rng.uniform(0.2, 0.9)), 5), round(tol * float(rng.uniform(2, 50)), 4)))
        most = choose(rng, (10, 50, 100, 1000))
        number = choose(rng, (most, int(rng.integers(1, most))))
    rules = descent.StoppingRules(loss_tolerance=tol, max_steps=most, min_step_size=None)
    answer = _stop_answer(rules, number, loss)
    reversed_rule = descent.StoppingRules(loss_tolerance=None, max_steps=most, min_step_size=None)
    reversed_answer = 1 if loss >= tol else _stop_answer(reversed_rule, number, loss)
    lines = (text("SSR ≤ tolerance? %1 ≤ %2: yes" if loss <= tol else "SSR ≤ tolerance? %1 ≤ %2: no",
                  _num_text(loss), _num_text(tol)),
             text("Step number ≥ maximum? %1 ≥ %2: yes" if number >= most else "Step number ≥ maximum? %1 ≥ %2: no",
                  str(number), str(most)),
             text("The answer is %1.", str(answer)))
    return Exercise(
        "stopping", CHAPTER, seed, "Which stopping rule ends the run now? Type 0, 1 or 2 "
        "(the SSR rule is checked first).",
        {"SSR": loss, "SSR tolerance": tol, "Step number": float(number), "Maximum steps": float(most)},
        float(answer), 0,
        text("Stop when SSR ≤ the tolerance, or when the step number reaches the maximum"),
        text("%1 ≤ %2 ? Step %3 ≥ %4 ?", _num_text(loss), _num_text(tol), str(number), str(most)),
        lines,
        (Mistake("the rule turned round", "The SSR rule stops the run when the SSR is at or below the tolerance, "
                 "not above it.", float(reversed_answer)),
         Mistake("forgot the step limit", "A run also stops once it has taken the maximum number of steps.",
                 float(_stop_answer(descent.StoppingRules(tol, None, None), number, loss)))),
        choices=STOP_CHOICES,
    )


def _num_text(value: float) -> str:
    return f"{value:g}"


KINDS = (
    Kind("residual", "A residual", _residual),
    Kind("ssr", "The SSR", _ssr),
    Kind("d-intercept", "d SSR / d Intercept", _d_intercept),
    Kind("step-size", "The Step Size", _step_size),
    Kind("new-intercept", "The New Intercept", _new_intercept),
    Kind("stopping", "Which stopping rule fires", _stopping),
)
