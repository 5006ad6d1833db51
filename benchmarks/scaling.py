"""Scaling: cost of one training step as the data grows, in one run. Chapter 2's regression objective
(slope and intercept together) from 3 to 100,000 points through `descent.descend`, and, when the core has
them, a recurrent network over a sequence of 4 to 1,000 steps (`nnviz.core.rnn_lstm.rnn`, `nnviz.core.rnn_lstm.lstm`).

Growth is summarised by the log-log slope of time per step against size between the two largest sizes
(1 = linear; the target is no faster than linear) and by the ratio of the largest to the smallest cost."""

from __future__ import annotations

import importlib
import inspect
import math
import time

import numpy as np
from common import parser, report


def per_call(fn, budget: float, minimum: int = 20) -> float:
    """Seconds per call of fn(), best of 3 batches sized to take about `budget` seconds together."""
    for _ in range(3):  # warm up (caches, allocator, CPU clock)
        fn()
    t = time.perf_counter()
    fn()
    one = max(time.perf_counter() - t, 1e-7)
    n = max(minimum, int(budget / 5 / one))
    best = math.inf
    for _ in range(5):
        t = time.perf_counter()
        for _ in range(n):
            fn()
        best = min(best, (time.perf_counter() - t) / n)
    return best


def loglog_slope(sizes, costs) -> float:
    return math.log(costs[-1] / costs[-2]) / math.log(sizes[-1] / sizes[-2])


def regression_scaling(sizes, budget) -> dict:
    from nnviz.core import regression as reg
    from nnviz.core.descent import StoppingRules, descend

    rng = np.random.default_rng(2)
    costs, stops = [], []
    for n in (sizes[0],) + tuple(sizes):  # the first size twice: the first measurement of a process warms up
        x = rng.uniform(0, 3, n)
        y = 0.64 * x + 0.95 + rng.normal(0, 0.3, n)
        objective, lr = reg.line_objective(x, y), 0.01 / max(1.0, n / 3)
        state = {"gen": descend(objective, (0.0, 1.0), lr, StoppingRules(None, None, None))}

        def one_step(state=state, n=n, objective=objective, lr=lr):
            step = next(state["gen"], None)
            if step is None or step.stop is not None:  # a run that stopped starts again (and is counted)
                stops.append((n, step.number if step else None, step.stop.value if step and step.stop else None))
                state["gen"] = descend(objective, (0.0, 1.0), lr, StoppingRules(None, None, None))

        costs.append(per_call(one_step, budget))
    return {"sizes": list(sizes), "seconds_per_step": costs[1:], "restarts": stops}


def sum_of_squares_diagnosis(sizes, budget) -> dict:
    """Where the super-linear step comes from: the SSR's `r @ r` (1-D matmul, through the BLAS and its
    threads) against `np.dot(r, r)` and `(r * r).sum()` on the same vector."""
    rng = np.random.default_rng(3)
    rows = {}
    print("  diagnosis, one sum of squares Σ r²:")
    for n in sizes:
        r = rng.normal(size=n)
        matmul = per_call(lambda r=r: r @ r, budget / 3)
        dot = per_call(lambda r=r: np.dot(r, r), budget / 3)
        square_sum = per_call(lambda r=r: (r * r).sum(), budget / 3)
        rows[n] = {"matmul_s": matmul, "dot_s": dot, "square_sum_s": square_sum}
        print(f"  {n:>7,}: r @ r {matmul * 1e6:8.1f} µs   np.dot(r, r) {dot * 1e6:7.1f} µs   "
              f"(r * r).sum() {square_sum * 1e6:7.1f} µs   → r @ r is {matmul / dot:5.1f}× np.dot")
    return rows


def call_with_sequence(module_name: str, length: int):
    """A zero-argument callable running the module's sequence function on `length` inputs, or a reason."""
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return None, f"{module_name} does not exist (yet): skipped"
    for fname in ("run", "unroll", "forward"):
        fn = getattr(module, fname, None)
        if not callable(fn):
            continue
        args = []
        for p in inspect.signature(fn).parameters.values():
            if p.default is not inspect.Parameter.empty:
                continue
            if p.name in ("sequence", "inputs", "xs", "values", "x"):
                args.append(np.linspace(0.0, 1.0, length))
            elif p.name == "params":
                cls = next(
                    (v for v in vars(module).values() if isinstance(v, type) and v.__name__.endswith("Params")), None
                )
                try:
                    args.append(cls())
                except TypeError:
                    args = None
                    break
            else:
                args = None
                break
        if args:
            try:
                fn(*args)
            except Exception as error:  # noqa: BLE001 - a signature we did not understand
                return None, f"{module_name}.{fname}{inspect.signature(fn)} could not be called: {error}"
            return (lambda fn=fn, args=args: fn(*args)), f"{module_name}.{fname}"
    return None, f"{module_name} has no run/unroll(sequence) we know how to call: skipped"


#: A what-if measured in the same run: one BLAS thread, and glibc keeping freed memory (no page faults for
#: the fresh temporaries of each step). Both can be set by the app before NumPy is imported.
WHAT_IF_ENV = {"OPENBLAS_NUM_THREADS": "1", "MALLOC_TRIM_THRESHOLD_": "1000000000",
               "MALLOC_MMAP_THRESHOLD_": "100000000"}


def what_if(sizes, budget) -> list[float] | None:
    import json
    import os
    import subprocess
    import sys

    code = (
        "import json, sys; sys.argv=['scaling']; import scaling; "
        f"print('WHATIF ' + json.dumps(scaling.regression_scaling({tuple(sizes)!r}, {budget!r})['seconds_per_step']))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                          env={**os.environ, **WHAT_IF_ENV}, cwd=os.path.dirname(os.path.abspath(__file__)))
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("WHATIF ")]
    return json.loads(lines[-1][7:]) if lines else None


def main() -> None:
    args = parser(__doc__.splitlines()[0]).parse_args()
    budget = 0.15 if args.quick else 0.6
    sizes = (3, 10, 100, 1_000, 10_000, 100_000)
    results = {}
    reg = regression_scaling(sizes, budget)
    costs = reg["seconds_per_step"]
    reg.update(loglog_slope=loglog_slope(sizes, costs), largest_over_smallest=costs[-1] / costs[0],
               size_ratio=sizes[-1] / sizes[0])
    results["regression"] = reg
    print("Chapter 2 regression (slope and intercept), one descend step:")
    for n, c in zip(sizes, costs, strict=True):
        print(f"  {n:>7,} points: {c * 1e6:9.1f} µs/step   ({c / costs[0]:7.1f}× the 3-point step)")
    print(f"  growth between 10,000 and 100,000 points: exponent {reg['loglog_slope']:.2f} (1 = linear)")
    if reg["restarts"]:
        print(f"  runs that stopped and were restarted (size, step, reason): {reg['restarts'][:5]}")
    results["sum_of_squares"] = sum_of_squares_diagnosis(sizes, budget)
    alt = what_if(sizes, budget)
    if alt:
        results["what_if_one_blas_thread_no_trim"] = {"env": WHAT_IF_ENV, "seconds_per_step": alt,
                                                      "loglog_slope": loglog_slope(sizes, alt)}
        print("  what-if, same steps in a child with " + " ".join(f"{k}={v}" for k, v in WHAT_IF_ENV.items()) + ":")
        for n, c, before in zip(sizes, alt, costs, strict=True):
            print(f"  {n:>7,} points: {c * 1e6:9.1f} µs/step   ({before / c:5.1f}× faster than as is)")
        print(f"  growth between 10,000 and 100,000 points: exponent {loglog_slope(sizes, alt):.2f}")
    lengths = (4, 10, 100, 1_000)
    for module_name in ("nnviz.core.rnn_lstm.rnn", "nnviz.core.rnn_lstm.lstm"):
        fn, label = call_with_sequence(module_name, lengths[0])
        if fn is None:
            print(f"{label}")
            results[module_name] = {"skipped": label}
            continue
        seq_costs = []
        for length in lengths:
            fn, label = call_with_sequence(module_name, length)
            seq_costs.append(per_call(fn, budget, minimum=3))
        slope = loglog_slope(lengths, seq_costs)
        results[module_name] = {"function": label, "lengths": list(lengths), "seconds_per_call": seq_costs,
                                "loglog_slope": slope}
        print(f"{label} over a sequence:")
        for n, c in zip(lengths, seq_costs, strict=True):
            print(f"  {n:>5} steps: {c * 1e6:9.1f} µs   ({c / seq_costs[0]:6.1f}× length 4)")
        print(f"  growth between 100 and 1,000: exponent {slope:.2f} (1 = linear)")
    report("scaling", results, args.json)


if __name__ == "__main__":
    main()
