"""The app runs OpenBLAS on one thread unless the user says otherwise (nnviz/app.py)."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = "import nnviz.app, numpy, os, sys; sys.stdout.write(os.environ['OPENBLAS_NUM_THREADS'])"


def _run(env_extra: dict) -> str:
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"} | env_extra
    return subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True,
                          timeout=60).stdout


def test_the_app_sets_one_blas_thread_before_numpy_loads():
    assert _run({}) == "1"


def test_a_users_own_setting_wins():
    assert _run({"OPENBLAS_NUM_THREADS": "2"}) == "2"


def test_importing_the_core_changes_nothing():
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    out = subprocess.run([sys.executable, "-c", "import nnviz.core.regression, os, sys; "
                          "sys.stdout.write(os.environ.get('OPENBLAS_NUM_THREADS', 'unset'))"],
                         env=env, capture_output=True, text=True, check=True, timeout=60).stdout
    assert out == "unset"
