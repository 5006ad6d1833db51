"""The Code view of chapters 1–5 (it shows the core's script for the tab's state, follows an edit within a frame,
rebuilds at most a few times a second during a run), File › Export › Python script, and `nnviz --export-code`."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QFileDialog, QPlainTextEdit, QPushButton, QRadioButton, QWidget

from nnviz.app import main
from nnviz.core import codegen
from nnviz.core import regression as reg
from nnviz.qt.chapters.backpropagation.tab import BackpropagationTab
from nnviz.qt.chapters.gradient_descent.ledger import _n, _sig
from nnviz.qt.chapters.gradient_descent.tab import GradientDescentTab

from .helpers import type_into


def parse(output: str) -> dict[str, list[float]]:
    found = {}
    for line in output.splitlines():
        label, sep, values = line.rpartition(" = ")
        if sep:
            try:
                found[label.strip()] = [float(v) for v in values.split()]
            except ValueError:
                pass
    return found


def run_script(tmp_path, source: str) -> dict[str, list[float]]:
    path = tmp_path / "shown.py"
    path.write_text(source, encoding="utf-8")
    done = subprocess.run([sys.executable, "-I", str(path)], cwd=tmp_path, capture_output=True, text=True,
                          env={"PATH": os.environ.get("PATH", "")}, timeout=120)
    assert done.returncode == 0, done.stderr
    return parse(done.stdout)


def open_code(qtbot, tab) -> QPlainTextEdit:
    tab.findChild(QPushButton, "show-code").click()
    view = tab.findChild(QWidget, "code-view")
    text = view.findChild(QPlainTextEdit, "code-text")
    qtbot.waitUntil(lambda: text.toPlainText() != "", timeout=1000)
    return text


def test_every_chapter_from_1_to_5_shows_its_code_for_the_tab_as_it_is(qtbot, window):
    for i, tab in enumerate(window.chapters):
        tab = window.chapter(i)
        if tab.key not in codegen.CHAPTERS:
            assert tab.findChild(QPushButton, "show-code") is None  # the Conclusion has no code
            continue
        text = open_code(qtbot, tab)
        assert text.isReadOnly() and text.document().characterCount() > 500
        assert text.toPlainText() == codegen.script(tab.key, "numpy", tab.code_state()).source
        tab.findChild(QRadioButton, "code-torch").click()
        assert text.toPlainText() == codegen.script(tab.key, "torch", tab.code_state()).source
        tab.findChild(QPushButton, "code-copy").click()
        assert QApplication.clipboard().text() == text.toPlainText()
        tab.code_dialog.close()


def test_the_code_follows_an_edit_within_a_frame_and_runs_to_the_ledgers_numbers(qtbot, make_tab, tmp_path):
    tab = make_tab(GradientDescentTab)
    text = open_code(qtbot, tab)
    type_into(qtbot, tab.intercept, "0.5")
    qtbot.waitUntil(lambda: "intercept = 0.5\n" in text.toPlainText(), timeout=100)  # 100 ms: within a few frames
    printed = run_script(tmp_path, text.toPlainText())
    ledger = [text for text, _tip in tab.ledger_lines(tab.controller.current)]
    assert printed["Intercept"] == [0.5]
    assert printed["SSR"][0] == pytest.approx(reg.ssr(0.5, 0.64, reg.DECK_X, reg.DECK_Y), rel=1e-11)
    assert f"<b>{_n(printed['SSR'][0])}</b>" in ledger[1]  # the ledger's own rounding of the script's numbers
    assert f"<b>{_sig(printed['d SSR / d Intercept'][0])}</b>" in ledger[2]
    assert f"<b>{_n(printed['New Intercept'][0])}</b>" in ledger[-2]
    tab.code_dialog.close()


def test_during_a_run_the_code_is_rebuilt_a_few_times_a_second_and_once_at_the_end(qtbot, make_tab):
    tab = make_tab(BackpropagationTab)
    tab.mode_box.setCurrentIndex(2)  # all seven parameters: a run of a few seconds
    text = open_code(qtbot, tab)
    view = tab.code_dialog.view
    rebuilt = []
    view.text.textChanged.connect(lambda: rebuilt.append(time.monotonic()))
    started = time.monotonic()
    tab.findChild(QPushButton, "run").click()
    qtbot.waitUntil(lambda: tab.controller.current.stop is not None, timeout=60_000)
    qtbot.waitUntil(lambda: text.toPlainText() == codegen.script(tab.key, "numpy", tab.code_state()).source,
                    timeout=1000)
    seconds = time.monotonic() - started
    assert 1 <= len(rebuilt) <= 4 * seconds + 3
    gaps = [b - a for a, b in zip(rebuilt, rebuilt[1:], strict=False)]
    assert all(gap >= 0.2 for gap in gaps[:-1])
    tab.code_dialog.close()


def test_the_code_trains_with_the_stopping_rules_set_in_the_panel(qtbot, make_tab):
    tab = make_tab(BackpropagationTab)
    text = open_code(qtbot, tab)
    type_into(qtbot, tab.panel.findChild(QWidget, "max-steps"), "25")
    tab.panel.findChild(QCheckBox, "min-step-size-on").click()
    qtbot.waitUntil(lambda: "max_steps=25, min_step_size=None" in text.toPlainText(), timeout=1000)
    assert tab.controller.rules.max_steps == 25 and tab.controller.rules.min_step_size is None
    tab.code_dialog.close()


@pytest.mark.parametrize("kind", codegen.KINDS)
def test_file_export_writes_the_chapters_script(qtbot, window, tmp_path, monkeypatch, kind):
    window.select_chapter(1)  # Gradient Descent
    tab = window.current_chapter()
    target = tmp_path / "mine"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (str(target), "Python script (*.py)"))
    window.findChild(type(window.exporter.numpy_action), f"export-{kind}").trigger()
    written = tmp_path / "mine.py"
    assert written.read_text(encoding="utf-8") == codegen.script(tab.key, kind, tab.code_state()).source


def test_the_command_line_writes_ten_scripts_and_refuses_a_bad_lesson(tmp_path, capsys):
    assert main(["--export-code", str(tmp_path / "out")]) == 0
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == sorted(codegen.file_name(k, kind) for k in codegen.CHAPTERS for kind in codegen.KINDS)
    assert (tmp_path / "out" / "2-gradient-descent-numpy.py").read_text(encoding="utf-8") == \
        codegen.script("gradient-descent", "numpy").source
    bad = tmp_path / "bad.nnviz.json"
    bad.write_text("{not json", encoding="utf-8")
    assert main([str(bad), "--export-code", str(tmp_path / "out2")]) == 2
    assert not (tmp_path / "out2").exists() and "bad.nnviz.json" in capsys.readouterr().err
    done = subprocess.run([sys.executable, "-m", "nnviz", str(tmp_path / "missing.json"), "--export-code",
                           str(tmp_path / "out3")], capture_output=True, text=True, timeout=120,
                          cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
    assert done.returncode == 2 and "missing.json" in done.stderr
