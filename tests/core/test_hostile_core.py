"""Hostile numbers fed to every public function of nnviz.core that takes numbers: NaN, ±infinity, 1e308,
−1e308, −0, the smallest subnormal, 1e154 (whose square overflows). Each call must give finite results
or raise a clear ValueError, and no NumPy warning may escape (warnings are errors here).

The functions are found by introspection (every public function of every nnviz.core module), and
their ordinary arguments by parameter name or annotation (BASELINES), so new chapters are covered
as they are merged. A function for which no working ordinary call is found is skipped with a reason."""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import itertools
import math
import pkgutil
import types
import warnings

import numpy as np
import pytest

import nnviz.core
from nnviz.core.cnn import digits
from nnviz.core.cnn import shape as cnn_shape
from nnviz.core.cnn import train as cnn_train
from nnviz.core.practice import deck_exercise
from nnviz.core.practice.record import Tally
from nnviz.core.rnn_lstm import batched, lstm, rnn
from nnviz.core.why_how import dosage, wide

STEP_SIZE = deck_exercise("step-size")  # an exercise as practice.generate makes it (its mistakes checked too)
HOSTILE = (math.nan, math.inf, -math.inf, 1e308, -1e308, -0.0, 5e-324, 1e154)
ARRAY_3 = np.array([0.5, 2.3, 2.9])
#: Ordinary arguments by parameter name: the first that makes a clean call is used as the baseline.
BASELINES: dict[str, list] = {
    "x": [ARRAY_3, 0.5], "y": [np.array([1.4, 1.9, 3.2]), 0.5], "dose": [np.array([0.0, 0.5, 1.0])],
    "efficacy": [np.array([0.0, 1.0, 0.0])], "intercepts": [np.linspace(-1, 1, 5)], "slopes": [np.linspace(0, 1, 4)],
    "intercept": [0.0], "slope": [0.64], "learning_rate": [0.1], "start": [(0.0,)],
    "activation": ["softplus"], "output": ["identity"], "key": ["softplus", "gradient-descent"], "name": ["w1"],
    "text": ["0.5", "x y\n0.5 1.4\n2.3 1.9\n"],
    "value": [0.5], "decimals": [2], "digits": [2], "seed": [1], "minimum": [-10.0],
    "maximum": [10.0], "image": [np.eye(6)], "kernel": [np.eye(3) * 0.5], "bias": [0.0], "feature_map": [np.eye(4)],
    "size": [2], "dx": [1], "dy": [0], "n": [3], "sequence": [np.array([0.0, 0.5, 0.25, 1.0])],
    "long_term": [0.0], "short_term": [0.0], "w2": [1.2],
    "p": [wide.from_deck(dosage.SOFTPLUS_PRESET)], "gate": ["forget"], "mode": ["all"],
    "free": [("b3",), ("b-out",)],
    "d_feature_map": [np.eye(4)], "data": [b"x y\n0.5 1.4\n2.3 1.9\n"],
    "shape": [cnn_shape.DECK_SHAPE],
    "params": [cnn_train.DECK_PARAMS, np.array(lstm.DECK_PARAMS), np.array(rnn.DECK_PARAMS), batched.wide_start(2)],
    # the real-data modules (issue 21): windows of a series, LSTM units, a small digits model and images
    "windows": [np.array([[0.1, 0.4, 0.3, 0.8], [0.9, 0.5, 0.2, 0.6]])], "targets": [np.array([0.5, 0.1])],
    "units": [2, 1], "model": ["lstm", digits.Model(2, 3)], "classes": [(3, 8)], "labels": [np.array([0, 1, 2])],
    "images": [np.linspace(0.0, 1.0, 192).reshape(3, 8, 8)], "years": [np.arange(1900, 1912)],
    "values": [np.linspace(0.2, 0.9, 12)], "number": [3], "batch_size": [2],
    "kind": ["step-size", "numpy"], "exercise": [STEP_SIZE], "mistake": list(STEP_SIZE.mistakes[:1]),
    "typed": ["-0,57"], "level": [1], "template": ["Step Size = %1 × %2"],
    "tallies": [{("gradient-descent", "step-size"): Tally(3, 2, 1)}],
}
FALLBACKS = [0.5, ARRAY_3, 2, np.eye(6) * 0.5, np.eye(3) * 0.5, "softplus", (0.0,)]
NOT_NUMBERS = {"activation", "output", "key", "name", "text", "gate", "mode", "free", "data", "kind", "typed",
               "template"}


def public_functions() -> list[tuple[str, object]]:
    found = []
    for info in sorted(pkgutil.walk_packages(nnviz.core.__path__, "nnviz.core."), key=lambda m: m.name):
        module = importlib.import_module(info.name)
        for name, obj in sorted(vars(module).items()):
            if inspect.isfunction(obj) and obj.__module__ == module.__name__ and not name.startswith("_"):
                found.append((f"{info.name.rsplit('.', 1)[-1]}.{name}", obj))
    return found


def _namedtuple_for(fn, param) -> list:
    """An instance of a NamedTuple class named by the parameter's annotation (its defaults, or all 0.5)."""
    annotation = param.annotation
    if not isinstance(annotation, str):
        annotation = getattr(annotation, "__name__", "")
    module = inspect.getmodule(fn)
    cls = getattr(module, annotation.split("|")[0].strip(), None)
    if isinstance(cls, type) and issubclass(cls, tuple) and hasattr(cls, "_fields"):
        for preset in (v for v in vars(module).values() if isinstance(v, cls)):
            return [preset]
        try:
            return [cls()]
        except TypeError:
            return [cls(*[0.5] * len(cls._fields))]
    return []


def _objective_candidates() -> list:
    from nnviz.core import regression as reg

    return [reg.intercept_objective(reg.DECK_SLOPE, reg.DECK_X, reg.DECK_Y)]


def candidates(fn, param) -> list:
    found = _namedtuple_for(fn, param)
    if param.name == "objective":
        found += _objective_candidates()
    found += BASELINES.get(param.name, [])
    return found + [v for v in FALLBACKS if not any(v is f for f in found)]


def collect_numbers(result, depth: int = 0) -> list[float]:
    """Every number in a result (arrays, tuples, NamedTuples, dataclasses, dicts; a generator's first steps)."""
    if depth > 6 or result is None or isinstance(result, (str, bytes, bool, type)):
        return []
    if isinstance(result, (int, float, np.number)):
        return [float(result)]
    if isinstance(result, np.ndarray):
        return result.astype(float).ravel().tolist() if result.dtype.kind in "fiu" else []
    if isinstance(result, dict):
        return [n for v in result.values() for n in collect_numbers(v, depth + 1)]
    if isinstance(result, (tuple, list)):
        return [n for v in result for n in collect_numbers(v, depth + 1)]
    if dataclasses.is_dataclass(result):
        return [n for f in dataclasses.fields(result) for n in collect_numbers(getattr(result, f.name), depth + 1)]
    if isinstance(result, types.GeneratorType):
        return [n for step in itertools.islice(result, 5) for n in collect_numbers(step, depth + 1)]
    if callable(result):  # an objective built from the arguments: evaluate it at an ordinary point
        for size in (1, 2, 7, 9, 10):
            try:
                value = result(np.full(size, 0.5))
            except (TypeError, IndexError, ValueError):
                continue
            return collect_numbers(value, depth + 1)
    return []


def call(fn, args: dict):
    """('ok', numbers) | ('value-error', message) | ('warning', text) | ('error', text)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            with np.errstate(divide="warn", over="warn", invalid="warn", under="ignore"):  # NumPy defaults
                return "ok", collect_numbers(fn(**args))
        except ValueError as error:
            return "value-error", str(error)
        except Warning as warning:
            return "warning", f"{type(warning).__name__}: {warning}"
        except Exception as error:  # noqa: BLE001 - anything else is a finding
            return "error", f"{type(error).__name__}: {error}"


def baseline(fn) -> dict | None:
    """Ordinary arguments with which `fn` runs cleanly and returns finite numbers, or None."""
    params = [p for p in inspect.signature(fn).parameters.values()
              if p.default is inspect.Parameter.empty and p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]
    options = [candidates(fn, p)[:4] for p in params]
    for combo in itertools.islice(itertools.product(*options), 300):
        args = {p.name: v for p, v in zip(params, combo, strict=True)}
        outcome, numbers = call(fn, args)
        if outcome == "ok" and all(math.isfinite(n) for n in numbers):
            return args
    return None


def hostile_variants(name: str, value):
    """(description, value) pairs: `value` with one hostile number put in."""
    if name in NOT_NUMBERS or isinstance(value, (str, bool)) or callable(value):
        return
    if isinstance(value, (int, float)):
        for h in HOSTILE:
            yield f"{name}={h!r}", h
    elif isinstance(value, tuple) and hasattr(value, "_fields"):
        for field in value._fields:
            for h in HOSTILE:
                yield f"{name}.{field}={h!r}", value._replace(**{field: h})
    elif isinstance(value, (tuple, list, np.ndarray)) and np.size(value):
        array = np.array(value, dtype=float)
        for h in HOSTILE:
            bad = array.copy()
            bad.flat[0] = h
            yield f"{name}[0]={h!r}", (type(value)(bad.tolist()) if isinstance(value, (tuple, list)) else bad)


FUNCTIONS = public_functions()
NON_FINITE = (math.nan, math.inf, -math.inf)

#: Findings of this test on the code as it stands, for the lead to fix in core (see benchmarks/README.md,
#: "Findings"). Each is a strict xfail: when a function is fixed, its entry must go.
#: a NumPy RuntimeWarning (overflow / invalid) escapes, or an error other than ValueError
KNOWN_WARNINGS: set[str] = set()
KNOWN_FINITE_IN: set[str] = set()  # finite but extreme input (1e308, 1e154, ...) giving inf or NaN
KNOWN_NON_FINITE_IN: set[str] = set()  # NaN or ±inf input coming back out as NaN or inf
TRIED = {"calls": 0}


def cases(known: set, reason: str):
    return [pytest.param(fn, id=name, marks=[pytest.mark.xfail(strict=True, reason=reason)] if name in known else [])
            for name, fn in FUNCTIONS]


def hostile_calls(fn, keep) -> tuple[int, list[tuple[str, str, object]]]:
    """Call `fn` with each hostile variant whose value `keep` accepts: (count, [(description, outcome, detail)])."""
    args = baseline(fn)
    if args is None:
        pytest.skip(f"no ordinary call found for {fn.__name__}{inspect.signature(fn)}: add a baseline in BASELINES")
    results = []
    for name, value in args.items():
        for description, bad in hostile_variants(name, value):
            if keep(description):
                results.append((description, *call(fn, {**args, name: bad})))
    TRIED["calls"] += len(results)
    return len(results), results


def is_non_finite(description: str) -> bool:
    return description.rsplit("=", 1)[-1] in ("nan", "inf", "-inf")


@pytest.mark.parametrize("fn", cases(KNOWN_WARNINGS, "a NumPy warning or a non-ValueError error escapes"))
def test_no_warning_escapes_and_errors_are_value_errors(fn):
    tried, results = hostile_calls(fn, lambda d: True)
    problems = [f"{d} → {detail[:120]}" for d, outcome, detail in results if outcome in ("warning", "error")]
    problems += [f"{d} → ValueError without a message" for d, outcome, detail in results
                 if outcome == "value-error" and not detail.strip()]
    assert not problems, f"{len(problems)} of {tried} hostile calls:\n" + "\n".join(problems)


@pytest.mark.parametrize("fn", cases(KNOWN_FINITE_IN, "extreme finite input gives a non-finite result"))
def test_extreme_finite_input_gives_finite_results_or_a_value_error(fn):
    tried, results = hostile_calls(fn, lambda d: not is_non_finite(d))
    problems = [d for d, outcome, detail in results if outcome == "ok" and not all(map(math.isfinite, detail))]
    assert not problems, f"{len(problems)} of {tried} calls return inf or NaN: {problems}"


@pytest.mark.parametrize("fn", cases(KNOWN_NON_FINITE_IN, "NaN/inf input is passed through instead of refused"))
def test_nan_and_infinity_are_refused_with_a_value_error(fn):
    tried, results = hostile_calls(fn, is_non_finite)
    problems = [d for d, outcome, detail in results if outcome == "ok" and not all(map(math.isfinite, detail))]
    assert not problems, f"{len(problems)} of {tried} calls return inf or NaN: {problems}"


def test_the_public_core_is_covered():
    """Most public functions get an ordinary call (so the tests above really feed them)."""
    covered = [name for name, fn in FUNCTIONS if baseline(fn) is not None]
    assert len(covered) >= 0.8 * len(FUNCTIONS), sorted(set(n for n, _ in FUNCTIONS) - set(covered))
    print(f"\nhostile core: {len(FUNCTIONS)} public functions, {len(covered)} exercised, "
          f"{TRIED['calls']} hostile calls made by the tests before this one")
