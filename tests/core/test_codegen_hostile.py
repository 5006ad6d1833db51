"""A lesson file's state with NaN, ±infinity or a huge number anywhere in it (the number of unrolls, a seed, a weight,
a stopping rule …) never becomes a script that starts from "nan", and never escapes as an OverflowError or a NumPy
warning: `codegen.script` refuses NaN and infinity with a ValueError that names the number's place in the state, and
a huge number with a ValueError that names it or a script of finite numbers."""

from __future__ import annotations

import copy
import math
import re
import warnings

import pytest

from nnviz.core import codegen

NON_FINITE = (math.nan, math.inf, -math.inf)
EXTREME = (1e308, -1e308, 1e154, 5e-324)
RULES = {"ssr_tolerance": 0.01, "max_steps": 100, "min_step_size": 0.001}
#: Where each chapter keeps its stopping rules in its state (chapter 1 has no Run of its own to stop).
RULES_AT = {"gradient-descent": ("rules",), "backpropagation": ("rules",), "cnn": ("rules",),
            "rnn-lstm": ("training", "lstm_rules")}
NAN_OR_INF = re.compile(r"\b(nan|inf)\b")


def with_rules(key: str) -> dict:
    state = copy.deepcopy(codegen.deck_state(key))
    if key in RULES_AT:
        *parents, last = RULES_AT[key]
        target = state
        for part in parents:
            target = target[part]
        target[last] = dict(RULES)
    return state


def number_paths(value, path=()):
    """The path of every number in a state (the first two items of each list are enough)."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from number_paths(v, path + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value[:2]):
            yield from number_paths(v, path + (i,))
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        yield path


def put(state: dict, path: tuple, value) -> dict:
    state = copy.deepcopy(state)
    target = state
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return state


def attempt(key: str, kind: str, state: dict):
    """The script's source, or the ValueError's message (any other exception or warning fails the test)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            return "ok", codegen.script(key, kind, state).source
        except ValueError as error:
            return "refused", str(error)


def place(path: tuple) -> str:
    """A path as the refusal writes it: params.w1, data.dose[0], image[2][3]."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


@pytest.mark.parametrize("kind", codegen.KINDS)
@pytest.mark.parametrize("key", tuple(codegen.CHAPTERS))
def test_nan_or_infinity_anywhere_in_a_state_is_refused_naming_its_place(key, kind):
    state = with_rules(key)
    paths = list(number_paths(state))
    assert len(paths) >= 5
    for path in paths:
        for bad in NON_FINITE:
            outcome, text = attempt(key, kind, put(state, path, bad))
            assert outcome == "refused", f"{place(path)}={bad!r} was written as a script"
            assert text == f"{place(path)} is {bad!r}: a script can start only from finite numbers"


@pytest.mark.parametrize("key", tuple(codegen.CHAPTERS))
def test_a_huge_number_in_a_state_gives_a_script_of_finite_numbers_or_a_value_error(key):
    state = with_rules(key)
    for path in number_paths(state):
        for big in EXTREME:
            outcome, text = attempt(key, "numpy", put(state, path, big))
            assert text.strip(), (path, big)
            if outcome == "ok":
                assert not NAN_OR_INF.findall(text.replace("np.inf", "").replace("math.inf", "")), (path, big)


def test_the_number_of_unrolls_the_seed_and_the_step_limit_are_named_when_they_are_not_whole():
    state = codegen.deck_state("rnn-lstm")
    for bad in (2.5, -1, -1e308):
        unroll = {**state, "gradient": {**state["gradient"], "unroll": bad}}
        with pytest.raises(ValueError, match="the number of unrolls must be a whole number"):
            codegen.script("rnn-lstm", "numpy", unroll)
        seed = {**state, "training": {**state["training"], "seed": bad}}
        with pytest.raises(ValueError, match="the seed must be a whole number"):
            codegen.script("rnn-lstm", "torch", seed)
        steps = {**codegen.deck_state("cnn"), "rules": {**RULES, "max_steps": bad}}
        with pytest.raises(ValueError, match="the maximum number of steps must be a whole number"):
            codegen.script("cnn", "numpy", steps)
    huge = {**state, "gradient": {**state["gradient"], "unroll": 1e308}}  # a whole number: written out in full
    assert f"w2, unroll = 2.0, {int(1e308)}" in codegen.script("rnn-lstm", "numpy", huge).source
    with pytest.raises(ValueError, match=r"rules\.ssr_tolerance is nan"):
        codegen.export_all({"backpropagation": {**codegen.deck_state("backpropagation"),
                                                "rules": {**RULES, "ssr_tolerance": math.nan}}}, "/nonexistent")
