"""Chapter 3 in French: the chain rule written out with French words and decimal commas, at the deck's numbers."""

import pytest

from nnviz.qt import i18n
from nnviz.qt.chapters.backpropagation.tab import BackpropagationTab


@pytest.fixture
def french_tab(make_tab):
    i18n.install("fr")
    try:
        yield make_tab(BackpropagationTab)
    finally:
        i18n.install("en")


def test_the_main_ideas_ledger_in_french(french_tab):
    lines = french_tab.ledger.lines()
    assert lines[0] == "dSSR/db3 = dSSR/dPrédit × dPrédit/db3"
    assert "−2 × (Observéᵢ − Préditᵢ) × 1" in lines[1]
    assert lines[2] == "dSSR/db3 = (−5,21) + (−5,22) + (−5,23) = −15,7"
    assert lines[3].replace("\xa0", " ") == ("Pas 0 (SSR = 20,4) : Taille du pas = −15,7 × 0,1 = −1,57 ;  "
                                             "nouveau b3 = 0 − (−1,57) = 1,57").replace("  ", " ")
    table = french_tab.ledger.table
    assert [table.horizontalHeaderItem(c).text() for c in (1, 2, 3, table.columnCount() - 1)] == \
        ["Dosage", "Observé", "Prédit", "Produit"]
    assert [table.item(r, 1).text() for r in range(3)] == ["0", "0,5", "1"]
    assert table.item(0, table.columnCount() - 1).toolTip().startswith("produit = -5,2")
    assert "," in french_tab.ledger.result.toolTip() and "." not in french_tab.ledger.result.toolTip()


def test_the_gradient_check_and_a_frozen_parameter_in_french(french_tab):
    french_tab.restore_deck_mode("all")
    french_tab.show_parameter("w1", "gradient-check")
    check = french_tab.check
    assert check.horizontalHeaderItem(2).text() == "Différence finie\n(h = 0,00001)"
    assert {check.item(r, 4).text() for r in range(check.rowCount())} == {"✓ oui"}
    assert "," in check.item(0, 1).text() and "." not in check.item(0, 1).text()
    french_tab.editor.checks["w1"].setChecked(False)  # w1 frozen: the step line says so
    french_tab.show_parameter("w1", "chain-rule")
    assert "w1 est figé : il garde sa valeur 2,74." in french_tab.ledger.lines()[3]
    assert french_tab.mode_box.currentText() == "Les sept paramètres"


def test_a_bad_lesson_state_is_refused_in_french(french_tab):
    good = french_tab.get_state()
    with pytest.raises(ValueError, match=r"^learning_rate doit être compris entre 0,0001 et 10, et non 50$"):
        french_tab.set_state({**good, "learning_rate": 50})
    with pytest.raises(ValueError, match=r"^état du chapitre 3 : il manque seed$"):
        french_tab.set_state({k: v for k, v in good.items() if k != "seed"})
    assert french_tab.get_state() == good
