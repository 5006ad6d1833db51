"""The hidden --self-test: the window built off screen in a language, reported as JSON (the bundle test reads it)."""

from __future__ import annotations

import json

from nnviz.app import main


def run_self_test(capsys, *argv) -> tuple[int, dict | None, str]:
    code = main(["--self-test", *argv])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else None), err


def test_the_self_test_reports_the_french_menus_and_qt_s_own_word(qapp, capsys):
    from nnviz.qt import i18n

    try:
        code, report, _ = run_self_test(capsys, "--lang", "fr")
    finally:
        i18n.install("en")
    assert code == 0
    assert report["language"] == "fr" and report["menus"] == ["Fichier", "Édition", "Affichage", "Aide"]
    assert report["about"] == "À propos de nnviz" and report["qt"] == "Annuler"  # qtbase_fr, from PySide6


def test_the_self_test_in_english(qapp, capsys):
    code, report, _ = run_self_test(capsys, "--lang", "en")
    assert code == 0
    assert report == {"language": "en", "menus": ["File", "Edit", "View", "Help"], "about": "About nnviz",
                      "qt": "Cancel"}


def test_a_missing_translation_fails_the_self_test(qapp, capsys, monkeypatch, tmp_path):
    from nnviz.qt import i18n

    monkeypatch.setattr(i18n, "resource", lambda *parts: tmp_path.joinpath(*parts))  # no nnviz_fr.qm there
    try:
        code, report, err = run_self_test(capsys, "--lang", "fr")
    finally:
        monkeypatch.undo()
        i18n.install("en")
    assert code == 1 and report is None
    assert "the Français translation is missing" in err
