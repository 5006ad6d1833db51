"""Core training speed per training chapter: steps a second of the core generator (`descent.descend` on
the chapter's own objective, start, learning rate and trained parameters, as its TrainingController runs
it), against the same network trained by PyTorch autograd (float64, a hand-written SGD update; see
`torch_reference.py`) when `import torch` works, and against a plain-Python reference of the same update
(floats and `math`, no NumPy) where one is written. All in one process, the implementations taking turns
(interleaved repeats), medians reported; each ratio is nnviz steps/s ÷ the other's steps/s. Times are the
process's CPU time (`time.process_time`, every thread of it, torch's too), so a busy machine matters less.

The training chapters come from the chapter registry (every TrainingController of a tab; chapter 3 is
switched to its "All seven parameters" mode, the deck's whole 1-2-1 network). A reference is used only
when it reproduces the chapter's loss and gradient at the start to 1e-9, and the benchmark asserts that
both reach the same parameters after the same number of steps."""

from __future__ import annotations

import collections
import math
import time

import numpy as np
from common import application, median, parser, report


# --- plain-Python references (floats and math only) ----------------------------------------------------
def regression_reference(x, y, slope_fixed=None):
    """SSR of a line and its gradient: params (intercept,) with a fixed slope, or (intercept, slope)."""
    x, y = [float(v) for v in x], [float(v) for v in y]

    def objective(params):
        i = params[0]
        s = slope_fixed if slope_fixed is not None else params[1]
        loss = d_i = d_s = 0.0
        for xv, yv in zip(x, y, strict=True):
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
    data = list(zip((float(v) for v in dose), (float(v) for v in efficacy), strict=True))

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
            g[0] += t1 * d
            g[1] += t1
            g[2] += t2 * d
            g[3] += t2
            g[4] += dp * y1
            g[5] += dp * y2
            g[6] += dp
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
            from nnviz.core.why_how import dosage
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
        params = [p - g * learning_rate if m else p for p, g, m in zip(params, grad, mask, strict=True)]
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
    """`steps` updates by `descent.descend` from the controller's start, started again whenever a run stops
    sooner (the LSTM's is called diverged at step 655 by the growth rule); the last Step."""
    from nnviz.core.descent import StoppingRules, descend

    done, last = 0, None
    while done < steps:
        run = descend(controller.objective, controller.current.params, controller.learning_rate,
                      StoppingRules(None, steps - done, None), free=controller.free)
        last = collections.deque(run, maxlen=1)[0]  # the run's last Step
        done += max(last.number, 1)
    return last


def timed(fn, steps: int) -> float:
    """CPU seconds this process spends in fn(steps) (other jobs on a shared machine do not count)."""
    t = time.process_time()
    fn(steps)
    return time.process_time() - t


def measure(runners: dict, seconds: float, repeats: int) -> dict:
    """Median steps/s of each runner, the runners taking turns in every repeat (each run ≈ `seconds` long)."""
    sizes = {}
    for name, fn in runners.items():
        n = 20
        while (t := timed(fn, n)) < seconds / 10:
            n *= 4
        sizes[name] = max(20, int(n * seconds / t))
    rates = {name: [] for name in runners}
    for _ in range(repeats):
        for name, fn in runners.items():
            rates[name].append(sizes[name] / timed(fn, sizes[name]))
    return {name: median(r) for name, r in rates.items()}


def matching(objective, start, candidates, free=None):
    """The first (name, candidate) whose objective equals the chapter's loss and gradient at `start` to 1e-9
    (the derivatives of the trained parameters: an objective may leave out those of frozen ones)."""
    loss, grad = objective(np.array(start, dtype=float))
    trained = np.ones(len(start), bool) if free is None else np.array(free, bool)
    for name, ref in candidates:
        r_loss, r_grad = ref.objective(list(start)) if hasattr(ref, "objective") else ref(list(start))
        if math.isclose(r_loss, loss, rel_tol=1e-9, abs_tol=1e-12) and np.allclose(
                np.asarray(r_grad)[trained], np.asarray(grad)[trained], rtol=1e-9, atol=1e-12):
            return name, ref
    return None, None


def torch_candidates(n_params: int):
    """(name, TorchNet) of the deck's networks with `n_params` parameters; None when torch is not installed."""
    try:
        import torch_reference
    except ImportError:
        return None
    return [(f"torch {net.name}", net) for net in torch_reference.candidates(n_params)]


def chapter_controllers(window):
    """(label, controller) for every TrainingController of every chapter (chapter 3 in its all-parameters mode)."""
    from PySide6.QtWidgets import QComboBox

    found = []
    for tab in window.chapters:
        controllers = list(getattr(tab, "controllers", None) or [])
        mode = tab.findChild(QComboBox, "mode")
        if controllers and mode is not None and mode.findData("all") >= 0:
            mode.setCurrentIndex(mode.findData("all"))
        found += [(f"{tab.number} {tab.title}", c) for c in controllers]
    return found


def compare(label, c, seconds, repeats, check_steps) -> tuple[str, dict, bool]:
    """Measure one controller's training against its references; (label, results, torch installed)."""
    start, lr, free, n = c.current.params, c.learning_rate, c.free, len(c.current.params)
    runners = {"core": lambda k: core_descent(c, k), "bare": lambda k: bare_numpy_loop(c.objective, start, lr, free, k)}
    entry = {"params": n, "trained": n if free is None else int(sum(free)), "learning_rate": lr}
    torch_nets = torch_candidates(n)
    t_name, net = matching(c.objective, start, torch_nets or [], free)
    if net is not None:
        last = core_descent(c, check_steps)
        assert last.number == check_steps, (label, last)  # one run, not restarted
        core_p, torch_p = np.array(last.params), net.train(start, lr, free, check_steps)
        assert np.allclose(core_p, torch_p, rtol=1e-9, atol=1e-12), (label, core_p, torch_p)
        entry.update(
            torch=t_name, same_params_after=check_steps, max_param_difference=float(np.max(np.abs(core_p - torch_p)))
        )
        runners["torch"] = lambda k: net.train(start, lr, free, k)
        label = f"{label}: {net.name}"
    else:  # two controllers in one chapter (5: LSTM, RNN) stay apart by their objective's core module
        label = f"{label}: {getattr(c.objective, '__module__', '?').rsplit('.', 1)[-1]}"
    p_name, ref = matching(c.objective, start, reference_candidates(n), free)
    if ref is not None:
        check = plain_descent(ref, start, lr, free, check_steps)
        assert np.allclose(check, core_descent(c, check_steps).params, rtol=1e-9), (label, check)
        runners["plain"] = lambda k: plain_descent(ref, start, lr, free, k)
        entry["reference"] = p_name
    rates = measure(runners, seconds, repeats)
    core = rates["core"]
    entry.update(
        core_steps_per_s=core, bare_objective_loop_steps_per_s=rates["bare"], core_vs_bare_loop=core / rates["bare"]
    )
    print(f"{label} ({n} parameters, {entry['trained']} trained, learning rate {lr:g}):")
    print(f"  core descend:                 {core:10,.0f} steps/s")
    print(f"  bare loop over its objective: {rates['bare']:10,.0f} steps/s  → core is {core / rates['bare']:.2f}× it")
    if "torch" in rates:
        entry.update(torch_steps_per_s=rates["torch"], core_vs_torch=core / rates["torch"])
        print(f"  {t_name + ':':29s} {rates['torch']:10,.0f} steps/s  → core / torch = {core / rates['torch']:.2f}× "
              f"(same parameters after {check_steps} steps to {entry['max_param_difference']:.0e})")
    elif torch_nets is not None:
        print("  no torch reference reproduces this objective")
    if "plain" in rates:
        entry.update(plain_python_steps_per_s=rates["plain"], core_vs_plain_python=core / rates["plain"])
        print(
            f"  {p_name + ':':29s} {rates['plain']:10,.0f} steps/s  "
            f"→ core / plain Python = {core / rates['plain']:.2f}×"
        )
    return label, entry, torch_nets is not None


def main() -> None:
    args = parser(__doc__.splitlines()[0]).parse_args()
    seconds, repeats, check_steps = (0.04, 3, 50) if args.quick else (0.4, 7, 200)
    application()
    from nnviz.qt.main_window import MainWindow

    window = MainWindow(restore=False)
    results, have_torch = {}, False
    for base, c in chapter_controllers(window):
        label, entry, have_torch = compare(base, c, seconds, repeats, check_steps)
        results[label] = entry
        box = getattr(getattr(c.parent(), "training_page", None), "train_filter", None)
        if box is not None:  # chapter 4 also with its filter trained (frozen by default)
            box.setChecked(True)
            label, entry, _ = compare(base + " [filter trained too]", c, seconds, repeats, check_steps)
            results[label] = entry
            box.setChecked(False)
    window.shutdown()
    if not results:
        print("no training chapter in the registry")
    print("PyTorch: " + ("installed (float64, one thread); ratios are nnviz ÷ torch" if have_torch else
                         "not installed, so the reference is plain Python (issue 9 allows this)"))
    report("training_speed", {"seconds_per_run": seconds, "repeats": repeats, "chapters": results}, args.json)


if __name__ == "__main__":
    main()
