"""nnviz asks glibc to keep freed memory (nnviz/_allocator.py): large per-step temporaries are reused."""

import platform
import sys

import pytest

from nnviz._allocator import keep_freed_memory


@pytest.mark.skipif(not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc", reason="glibc only")
def test_glibc_takes_the_thresholds():
    assert keep_freed_memory() is True
    assert keep_freed_memory() is True  # setting them again is harmless


def test_elsewhere_nothing_is_done(monkeypatch):
    monkeypatch.setattr(sys, "platform", "darwin")
    assert keep_freed_memory() is False
