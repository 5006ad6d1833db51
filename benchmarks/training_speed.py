"""Core training speed per training chapter: steps a second of the core generator (`descent.descend` on
the chapter's own objective, start and learning rate, as its TrainingController runs it), against a
plain-Python reference implementation of the same update (floats and `math`, no NumPy), in one run.

The training chapters come from the chapter registry. A reference is used for a chapter only when it
reproduces the chapter's loss and gradient at the start point to 1e-9 (so it is the same update);
otherwise the chapter is compared only with a bare loop over its own objective (the generator's
overhead). PyTorch autograd is added when `import torch` works (it is not installed on the machine
these figures come from)."""

from __future__ import annotations

import math
import time

import numpy as np

from common import application, parser, report, training_chapters


# --- plain-Python references (floats and math only) ----------------------------------------------------
def regression_reference(x, y, slope_fixed=None):
    """SSR of a line and its gradient: params (intercept,) with a fixed slope, or (intercept, slope)."""
    x, y = [float(v) for v in x], [float(v) for v in y]

    def objective(params):
        i = params[0]
        s = slope_fixed if slope_fixed is not None else params[1]
        loss = d_i = d_s = 0.0
        for xv, yv in zip(x, y):
            r = yv - (i + s * xv)
            loss += r * r
            d_i += -2.0 * r
            d_s += -2.0 * r * xv
        return loss, ([d_i] if slope_fixed is not None else [d_i, d_s])

    return objective


def _softplus(v):
    return max(v, 0.0) + math.log1p(math.exp(-abs(v)))


def _sigmoid(v):
    e = math.exp(-abs(v))
    return 1.0 / (1.0 + e) if v >= 0 else e / (1.0 + e)


ACTIVATIONS = {"softplus": (_softplus, _sigmoid), "relu": (lambda v: max(v, 0.0), lambda v: float(v > 0)),
               "sigmoid": (_sigmoid, lambda v: _sigmoid(v) * (1.0 - _sigmoid(v)))}


def dosage_reference(dose, efficacy, activation="softplus"):
    """The 1-2-1 network's SSR and its seven derivatives (w1 b1 w2 b2 w3 w4 b3), identity output."""
    f, df = ACTIVATIONS[activation]
    data = list(zip((float(v) for v in dose), (float(v) for v in efficacy)))

    def objective(params):
        w1, b1, w2, b2, w3, w4, b3 = params
        loss, g = 0.0, [0.0] * 7
        for d, e in data:
            x1, x2 = w1 * d + b1, w2 * d + b2
            y1, y2 = f(x1), f(x2)
            r = e - (y1 * w3 + y2 * w4 + b3)
            loss += r * r
            dp = -2.0 * r
            t1, t2 = dp * w3 * df(x1), dp * w4 * df(x2)
            g[0] += t1 * d; g[1] += t1; g[2] += t2 * d; g[3] += t2
            g[4] += dp * y1; g[5] += dp * y2; g[6] += dp
        return loss, g

    return objective


def reference_candidates(n_params: int):
    """(name, objective) pairs that might be the chapter's update; the caller keeps the one that matches."""
    from nnviz.core import regression as reg

    found = []
    if n_params == 1:
        found.append(("plain Python, intercept only", regression_reference(reg.DECK_X, reg.DECK_Y, reg.DECK_SLOPE)))
    if n_params == 2:
        found.append(("plain Python, slope and intercept", regression_reference(reg.DECK_X, reg.DECK_Y)))
    if n_params == 7:
        try:
            from nnviz.core import dosage
        except ImportError:
            dosage = None
        if dosage is not None:
            for name in ACTIVATIONS:
                found.append((f"plain Python 1-2-1 network ({name})",
                              dosage_reference(dosage.DECK_DOSE, dosage.DECK_EFFICACY, name)))
    return found


def plain_descent(objective, start, learning_rate, free, steps):
    """new = old − gradient × learning rate, `steps` times, in floats."""
    params = list(start)
    mask = [True] * len(params) if free is None else list(free)
    for _ in range(steps):
        _, grad = objective(params)
        params = [p - g * learning_rate if m else p for p, g, m in zip(params, grad, mask)]
    return params


def bare_numpy_loop(objective, start, learning_rate, free, steps):
    """The chapter's own objective in a bare loop (no generator, no Step records)."""
    params = np.array(start, dtype=float)
    mask = np.ones(params.shape, bool) if free is None else np.array(free, bool)
    for _ in range(steps):
        _, grad = objective(params)
        params = params - np.where(mask, grad, 0.0) * learning_rate
    return params


def core_descent(controller, steps):
    from nnviz.core.descent import StoppingRules, descend

    gen = descend(controller.objective, controller.current.params, controller.learning_rate,
                  StoppingRules(None, steps, None), free=controller.free)
    last = None
    for last in gen:
        pass
    return last


def rate(fn, steps: int, repeats: int) -> float:
    """Best steps a second over `repeats` runs of fn(steps)."""
    best = math.inf
    for _ in range(repeats):
        t = time.perf_counter()
        fn(steps)
        best = min(best, time.perf_counter() - t)
    return steps / best


def matching_reference(controller):
    start = list(controller.current.params)
    loss, grad = controller.objective(np.array(start))
    for name, ref in reference_candidates(len(start)):
        r_loss, r_grad = ref(start)
        if math.isclose(r_loss, loss, rel_tol=1e-9, abs_tol=1e-12) and np.allclose(r_grad, grad, rtol=1e-9, atol=1e-12):
            return name, ref
    return None, None


def main() -> None:
    args = parser(__doc__.splitlines()[0]).parse_args()
    steps, repeats = (2_000, 2) if args.quick else (20_000, 5)
    application()
    from nnviz.qt.main_window import MainWindow

    window = MainWindow(restore=False)
    results = {}
    for _, tab, controls in training_chapters(window):
        c = controls["controller"]
        label = f"{tab.number} {tab.title}"
        core = rate(lambda n: core_descent(c, n), steps, repeats)
        bare = rate(lambda n: bare_numpy_loop(c.objective, c.current.params, c.learning_rate, c.free, n), steps, repeats)
        name, ref = matching_reference(c)
        entry = {"params": len(c.current.params), "core_steps_per_s": core, "bare_objective_loop_steps_per_s": bare,
                 "core_vs_bare_loop": core / bare}
        print(f"{label} ({len(c.current.params)} parameters):")
        print(f"  core descend:                 {core:10,.0f} steps/s")
        print(f"  bare loop over its objective: {bare:10,.0f} steps/s  → generator overhead: core is "
              f"{core / bare:.2f}× the bare loop")
        if ref is not None:
            check = plain_descent(ref, c.current.params, c.learning_rate, c.free, 50)
            gen_check = core_descent(c, 50).params
            assert np.allclose(check, gen_check, rtol=1e-9), (check, gen_check)
            plain = rate(lambda n: plain_descent(ref, c.current.params, c.learning_rate, c.free, n), steps, repeats)
            entry.update(reference=name, plain_python_steps_per_s=plain, core_vs_plain_python=core / plain)
            print(f"  {name + ':':29s} {plain:10,.0f} steps/s  → core / plain Python = {core / plain:.2f}×")
        else:
            print("  no plain-Python reference reproduces this chapter's objective: compared with the bare loop only")
        try:
            import torch  # noqa: F401
            print("  torch is installed but no torch reference is written for this chapter yet")
        except ImportError:
            entry["torch"] = "not installed: no PyTorch comparison"
        results[label] = entry
    window.shutdown()
    if not results:
        print("no training chapter in the registry")
    print("PyTorch: " + ("installed" if "torch" not in next(iter(results.values()), {}) else
                         "not installed on this machine, so the reference is plain Python (issue 9 allows this)"))
    report("training_speed", {"steps": steps, "chapters": results}, args.json)


if __name__ == "__main__":
    main()
