"""The generated scripts run on their own (a subprocess with a clean environment, in an empty folder, nnviz made
unimportable) and print the numbers nnviz's core computes for the same state, to 1e-9: at the deck's state, at
random states (hypothesis, few examples: each one is a subprocess), and with imported data too long to go inline."""

from __future__ import annotations

import ast
import importlib.util
import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from nnviz.core import codegen
from nnviz.core.codegen import INLINE_ROWS

from .codegen_oracle import EXPECTED, parse
from .codegen_states import STATES

KEYS = tuple(codegen.CHAPTERS)
RUNNER = """
import runpy, sys
sys.modules["nnviz"] = None  # a script that imports nnviz fails here
for path in sys.argv[1:]:
    print("=== " + path, flush=True)
    runpy.run_path(path, run_name="__main__")
"""
HAS_TORCH = importlib.util.find_spec("torch") is not None
MAX_STEPS = 600  # random states are checked when their Run stops within this many steps
TORCH_STATES = (("gradient-descent", 11), ("backpropagation", 12))  # random states the PyTorch run adds


def write(folder: Path, name: str, script: codegen.Script) -> Path:
    """The script and its data files in a folder of their own."""
    folder.mkdir(parents=True, exist_ok=True)
    for file_name, text in script.files.items():
        (folder / file_name).write_text(text, encoding="utf-8")
    path = folder / name
    path.write_text(script.source, encoding="utf-8")
    return path


def run(folder: Path, paths: list[Path], timeout: float = 240) -> list[str]:
    """Run the scripts in one fresh interpreter (-I: no user site, no PYTHON* variables), cwd `folder`, with an
    almost empty environment; their outputs, in order."""
    env = {"PATH": os.environ.get("PATH", ""), "OMP_NUM_THREADS": "1"}
    done = subprocess.run([sys.executable, "-I", "-c", RUNNER, *map(str, paths)], cwd=folder, env=env,
                          capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Warning" not in done.stderr, done.stderr[-3000:]
    return [part.split("\n", 1)[1] if "\n" in part else "" for part in done.stdout.split("=== ")[1:]]


def assert_same_numbers(output: str, expected: dict[str, list[float]]) -> None:
    printed = parse(output)
    assert set(printed) == set(expected), (sorted(set(printed) - set(expected)), sorted(set(expected) - set(printed)))
    for label, values in expected.items():
        got = printed[label]
        assert len(got) == len(values), label
        for a, b in zip(got, values, strict=True):
            assert math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9), (label, got, values)


def check_numpy(key: str, state: dict | None, expected: dict | None = None) -> dict[str, list[float]]:
    script = codegen.script(key, "numpy", state)
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder) / "script", codegen.file_name(key, "numpy"), script)
        output = run(Path(folder), [path])[0]
    assert_same_numbers(output, expected or EXPECTED[key](state or {}))
    return parse(output)


@pytest.mark.parametrize("key", KEYS)
def test_each_numpy_script_prints_the_cores_numbers_at_the_decks_state(key):
    check_numpy(key, None)


def test_the_decks_numbers_come_out_of_the_scripts():
    ch2 = check_numpy("gradient-descent", None)
    assert round(ch2["SSR"][0], 1) == pytest.approx(3.2) and abs(ch2["SSR"][0] - 3.1) < 0.1  # 1.1² + 0.4² + 1.3²
    assert round(ch2["d SSR / d Intercept"][0], 1) == -5.7
    assert round(ch2["Step Size"][0], 2) == -0.57 and round(ch2["New Intercept"][0], 2) == 0.57
    assert round(ch2["Trained Intercept"][0], 2) == 0.95
    ch3 = check_numpy("backpropagation", None)
    assert round(ch3["dSSR/db3"][0], 1) == -15.7 and round(ch3["New b3"][0], 2) == 1.57
    assert round(ch3["Trained b3"][0], 2) == 2.61
    ch4 = check_numpy("cnn", None)
    assert ch4["Max Pooling 1"] == [1, 0, 0, 1] and round(ch4["P(O)"][0], 2) == 0.73
    ch5 = check_numpy("rnn-lstm", None)
    assert round(ch5["RNN prediction"][0], 2) == 0.99 and ch5["w2^N"] == [16]
    assert round(ch5["Short-Term Memory"][-1], 1) == 0.0 and abs(ch5["Long-Term Memory"][-1]) < 0.1  # Company A
    company_b = codegen.deck_state("rnn-lstm")
    company_b["lstm"] = {**company_b["lstm"], "company": "B", "sequence": [1.0, 0.5, 0.25, 1.0]}
    b = check_numpy("rnn-lstm", company_b)
    assert b["Long-Term Memory"][-1] > 2 and round(b["Short-Term Memory"][-1], 1) == 1.0  # it remembers Day 1


def _random(key: str):
    @settings(max_examples=1 if key == "cnn" else 2, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
    @given(seed=st.integers(0, 2**32 - 1))
    def check(seed):
        state = STATES[key](np.random.default_rng(seed))
        expected = EXPECTED[key](state)
        # a Run of thousands of steps costs the script seconds: keep the states whose Run is short
        assume(all(v[0] <= MAX_STEPS for label, v in expected.items() if label.lower().endswith("steps")))
        check_numpy(key, state, expected)
    return check


@pytest.mark.parametrize("key", KEYS)
def test_each_numpy_script_prints_the_cores_numbers_at_random_states(key):
    _random(key)()


def test_imported_data_beyond_a_thousand_rows_goes_to_a_csv_beside_the_script():
    state = STATES["gradient-descent"](np.random.default_rng(5), points=INLINE_ROWS + 500)
    script = codegen.script("gradient-descent", "numpy", state)
    assert list(script.files) == ["2-gradient-descent-data.csv"] and len(script.source) < 12_000
    assert script.files["2-gradient-descent-data.csv"].count("\n") == INLINE_ROWS + 501  # a header and the rows
    check_numpy("gradient-descent", state)
    small = STATES["gradient-descent"](np.random.default_rng(5), points=INLINE_ROWS)
    assert codegen.script("gradient-descent", "torch", small).files == {}


@pytest.mark.parametrize("kind", codegen.KINDS)
@pytest.mark.parametrize("key", KEYS)
def test_the_scripts_import_only_their_library(key, kind):
    tree = ast.parse(codegen.script(key, kind, None).source)
    imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names}
    imported |= {node.module.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert imported <= {"numpy" if kind == "numpy" else "torch", "math", "csv", "pathlib"}


def test_a_state_the_scripts_cannot_start_from_is_refused_with_a_reason():
    with pytest.raises(ValueError, match="finite"):
        codegen.script("gradient-descent", "numpy", {"current": [float("nan")]})
    with pytest.raises(ValueError, match="chapter"):
        codegen.script("conclusion", "numpy", None)


@pytest.mark.skipif(not HAS_TORCH, reason="PyTorch is not installed (pip install torch: the `bench` extra)")
def test_each_pytorch_script_prints_the_cores_numbers(tmp_path):
    """Every chapter at the deck's state, and two random states, in one interpreter (PyTorch loads in seconds)."""
    cases = [(key, None) for key in KEYS]
    cases += [(key, STATES[key](np.random.default_rng(seed))) for key, seed in TORCH_STATES]
    paths = [write(tmp_path / f"case-{i}", codegen.file_name(key, "torch"), codegen.script(key, "torch", state))
             for i, (key, state) in enumerate(cases)]
    for (key, state), output in zip(cases, run(tmp_path, paths), strict=True):
        assert_same_numbers(output, EXPECTED[key](state or {}))
