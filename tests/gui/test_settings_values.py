"""Settings and command-line values are checked (issue 16, item 6): `view/zoom=nan` in the settings file, or
`--zoom nan`, raised in `main_window._restore` at every launch. Every bad value read from QSettings or the command
line is replaced by its default with a warning, never a traceback. `app.main` runs here in this process, with
the event loop replaced by a function that records what the window looks like and returns at once."""

import logging
import math
import signal
import sys

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QApplication

from nnviz import app as nnviz_app
from nnviz.qt import i18n, theme
from nnviz.qt.settings import settings


@pytest.fixture
def run_main(monkeypatch, caplog):
    """main(argv) with the event loop replaced: returns (exit code, what the window showed, warnings)."""
    seen = {}

    def fake_exec(*_args):
        from nnviz.qt.main_window import MainWindow

        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        seen.update(zoom=theme.zoom(), theme=theme.current_theme().name, language=i18n.language(),
                    tab=window.tabs.currentIndex(), width=window.width(), recent=window.lessons.recent())
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main() installs its own: put the test's back
    monkeypatch.setattr(sys, "unraisablehook", sys.unraisablehook)
    handlers = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}

    def run(argv):
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="nnviz"):
            code = nnviz_app.main(argv)
        return code, dict(seen), [r.getMessage() for r in caplog.records if r.name.startswith("nnviz")]

    yield run
    for sig, handler in handlers.items():
        signal.signal(sig, handler)
    signal.set_wakeup_fd(-1)
    i18n.install("en")
    theme.set_globals("light", 1.0)
    theme.apply_to_application(QApplication.instance())


@pytest.mark.parametrize("value", ["nan", math.nan, "inf", -math.inf, "-1", "0", "100", "text", "", [1, 2]])
def test_a_bad_remembered_zoom_is_replaced_by_the_default(run_main, value):
    settings().setValue("view/zoom", value)
    code, seen, warnings = run_main([])
    assert code == 0 and seen["zoom"] == 1.0
    assert any("view/zoom" in w for w in warnings), warnings


def test_a_good_remembered_zoom_is_used_without_a_warning(run_main):
    settings().setValue("view/zoom", 1.5)
    code, seen, warnings = run_main([])
    assert code == 0 and seen["zoom"] == 1.5 and warnings == []


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "-1", "text", "1e999", "9"])
def test_a_bad_zoom_on_the_command_line_is_replaced_by_the_default(run_main, value):
    settings().setValue("view/zoom", 1.25)  # the default when --zoom is unusable: what nnviz would use without it
    code, seen, warnings = run_main([f"--zoom={value}"])
    assert code == 0 and seen["zoom"] == 1.25
    assert any("--zoom" in w for w in warnings), warnings


def test_a_good_zoom_on_the_command_line_wins(run_main):
    code, seen, warnings = run_main(["--zoom", "2"])
    assert code == 0 and seen["zoom"] == 2.0 and warnings == []


@pytest.mark.parametrize(("key", "value", "field", "default"), [
    ("view/theme", "purple", "theme", "light"),
    ("view/theme", 5, "theme", "light"),
    ("view/theme", ["dark", "light"], "theme", "light"),
    ("view/language", "xx", "language", "en"),
    ("view/language", 3.5, "language", "en"),
    ("window/tab", "nan", "tab", 0),
    ("window/tab", 99, "tab", 0),
    ("window/tab", -1, "tab", 0),
    ("window/tab", 2.5, "tab", 0),
    ("window/tab", "x", "tab", 0),
])
def test_bad_remembered_choices_are_replaced_by_their_defaults(run_main, key, value, field, default):
    settings().setValue(key, value)
    code, seen, warnings = run_main([])
    assert code == 0 and seen[field] == default
    assert any(key in w for w in warnings), warnings


@pytest.mark.parametrize("value", [QByteArray(b"not a geometry"), "text", 12, [1, 2]])
def test_a_bad_window_geometry_is_replaced_by_the_default_size(run_main, value):
    settings().setValue("window/geometry", value)
    code, seen, warnings = run_main(["--zoom", "1"])
    assert code == 0 and seen["width"] > 300
    assert any("window/geometry" in w for w in warnings), warnings


def test_recent_files_that_are_not_names_are_left_out(run_main, tmp_path):
    good = str(tmp_path / "a.nnviz.json")
    settings().setValue("lessons/recent", [1, good, 2.5, "", [good]])
    code, seen, warnings = run_main([])
    assert code == 0 and seen["recent"] == [good]
    assert any("lessons/recent" in w for w in warnings), warnings
    settings().setValue("lessons/recent", 7)
    code, seen, warnings = run_main([])
    assert code == 0 and seen["recent"] == []
    assert any("lessons/recent" in w for w in warnings), warnings


def test_theme_refuses_a_zoom_that_is_not_a_number():
    for bad in (math.nan, math.inf, -math.inf):
        with pytest.raises(ValueError):
            theme.set_globals(None, bad)
    assert math.isfinite(theme.zoom())
