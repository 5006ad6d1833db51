"""packaging/launch.py: what the bundle needs from the system (glibc, libGL/libEGL), said in a sentence."""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def launch():
    spec = importlib.util.spec_from_file_location("nnviz_launch", ROOT / "packaging" / "launch.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def everything_present(name, soname):
    return True


def test_versions_compare_as_numbers_not_text(launch):
    assert launch.version_tuple("2.36") == (2, 36)
    assert launch.version_tuple("2.9") < launch.version_tuple("2.36")  # as text, "2.9" > "2.36"
    assert launch.version_tuple("2.35+dev") == (2, 35)
    assert launch.version_tuple("") == ()


def test_the_same_or_a_newer_glibc_and_both_libraries_are_enough(launch):
    for glibc in ("2.36", "2.39", "3.0"):
        assert launch.problems({"glibc": "2.36"}, glibc, everything_present) == []
    assert launch.problems({}, None, everything_present) == []  # no record (a source checkout): nothing to check


def test_an_older_glibc_is_named_with_both_versions(launch):
    [problem] = launch.problems({"glibc": "2.36"}, "2.35", everything_present)  # Ubuntu 22.04's
    assert problem.startswith("nnviz needs glibc 2.36 or newer; this system has glibc 2.35.")
    [problem] = launch.problems({"glibc": "2.36"}, None, everything_present)  # musl (Alpine)
    assert "another C library" in problem


def test_missing_opengl_libraries_are_named_with_the_packages_to_install(launch):
    present = {"GL": False, "EGL": True}
    [problem] = launch.problems({"glibc": "2.36"}, "2.36", lambda name, soname: present[name])
    assert "libGL.so.1 cannot be found" in problem and "libegl1" in problem and "mesa-libGL" in problem
    problems = launch.problems({"glibc": "2.36"}, "2.31", lambda name, soname: False)
    assert len(problems) == 2 and "libGL.so.1 and libEGL.so.1" in problems[1]


def test_this_machine_has_what_the_bundle_needs(launch):
    if not sys.platform.startswith("linux"):
        pytest.skip("the checks are for Linux bundles")
    glibc = launch.system_glibc()
    assert glibc == os.confstr("CS_GNU_LIBC_VERSION").split(" ", 1)[1]
    assert launch.library_present("c", "libc.so.6")
    assert not launch.library_present("nnviz-no-such-library", "libnnviz-no-such-library.so.7")


def test_the_build_record_is_read_and_a_broken_one_ignored(launch, tmp_path):
    assert launch.read_build_info(tmp_path) == {}
    (tmp_path / launch.BUILD_INFO).write_text(json.dumps({"glibc": "2.36"}), encoding="utf-8")
    assert launch.read_build_info(tmp_path) == {"glibc": "2.36"}
    (tmp_path / launch.BUILD_INFO).write_text("{not json", encoding="utf-8")
    assert launch.read_build_info(tmp_path) == {}


def test_a_frozen_app_on_an_old_system_exits_3_after_saying_why(launch, tmp_path, monkeypatch, capsys):
    (tmp_path / launch.BUILD_INFO).write_text(json.dumps({"glibc": "99.0"}), encoding="utf-8")
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(launch, "system_glibc", lambda: "2.36")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert launch.main() == launch.EXIT_REQUIREMENTS == 3
    err = capsys.readouterr().err
    assert err.startswith("nnviz cannot start on this system.") and "glibc 99.0 or newer" in err


def test_from_a_source_checkout_nothing_is_checked(launch, monkeypatch):
    monkeypatch.setattr(sys, "frozen", False, raising=False)
    monkeypatch.setattr(launch, "problems", lambda *a: pytest.fail("checked outside the bundle"))
    assert launch.check_system() == 0
