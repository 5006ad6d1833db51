"""Shared test setup: headless Qt, and guards against leaked worker threads and windows."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["NNVIZ_SINGLE_INSTANCE"] = "0"  # one nnviz per user is off in tests unless a test turns it on


# app.main installs a crash dialog, a log file in the user's folder and faulthandler (nnviz/qt/crash.py); some
# tests run main() in pytest's process, whose exception hooks must stay pytest's: tests that want them unset this.
os.environ.setdefault("NNVIZ_NO_CRASH_HOOKS", "1")

import gc

import pytest


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item):
    """Delete the test's widgets now (pytest-qt only asks Qt to delete them later), then collect.

    Without this, closed windows pile up with pending deleteLater() calls and are destroyed later
    by Python's cyclic garbage collector, in whatever order it finds them; PySide6 then crashed
    the interpreter (a segmentation fault inside shiboken) once several chapters' windows had piled up.
    """
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
