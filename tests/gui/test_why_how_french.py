"""Chapter 1 in French: the words translated where they are shown, every number with a decimal comma."""

import re

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QTabWidget

from nnviz.qt import i18n
from nnviz.qt.chapters.why_how.tab import WhyHowTab


@pytest.fixture
def french():
    i18n.install("fr")
    yield
    i18n.install("en")


def ledger_text(tab) -> str:
    return "\n".join(label.text() for label in tab.ledger._labels if label.isVisible())


def test_the_deck_network_reads_in_french(make_tab, french):
    tab = make_tab(WhyHowTab)
    title = tab.comparison.plot.getPlotItem().titleLabel.text
    assert "SSR droite = <b>0,667</b>" in title and "SSR réseau = <b>0,001</b>" in title
    text = ledger_text(tab)
    assert "<b>Entrée</b> = Dosage = 0,5" in text
    assert "= −34,4 × 0,5 + 2,14 = <b>−15,06</b>" in text and not re.search(r"\d\.\d", text)
    assert tab.ledger._labels[1].toolTip() == "X1 = " + repr(-34.4 * 0.5 + 2.14).replace(".", ",")
    assert [tab.findChild(QComboBox, "activation").itemText(i) for i in range(4)] == \
        ["Softplus", "ReLU", "Sigmoïde", "Tanh"]
    assert tab.findChild(QComboBox, "output-activation").itemText(0) == "Aucune"
    assert tab.findChild(QTabWidget, "view").tabText(1) == "Fonctions d’activation"
    assert tab.diagram._node_tips["input"] == "Entrée = Dosage = 0,5"
    assert tab.diagram._node_tips["bottom"] == "X2 = 0,03, Y2 = 0,7083"
    assert "Données du cours" in [b.text() for b in tab.findChildren(type(tab.reset_data))]


def test_output_activation_and_more_nodes_in_french(make_tab, french):
    tab = make_tab(WhyHowTab)
    tab.set_state({"preset": "relu", "output": "relu"})
    assert tab.findChild(QCheckBox, "show-sum").text() == "ReLU(Somme + b3)"
    assert "Efficacité = ReLU(Y)" in ledger_text(tab)
    tab.set_nodes(4)
    assert tab.nodes_box.suffix() == " nœuds"
    assert tab.findChild(QCheckBox, "show-sum").text() == "ReLU(Somme + b_out)"
    text = ledger_text(tab)
    assert "<b>Entrée</b> = Dosage = 0,5; X<sub>k</sub> = w<sub>k</sub> × Entrée" in text
    assert not re.search(r"\d\.\d", text)
    assert tab.fields["b-out"].toolTip().startswith("biais b_out : tapez un nombre")


def test_guided_steps_and_refusals_in_french(make_tab, french):
    tab = make_tab(WhyHowTab)
    captions = [step.caption for step in tab.guided_steps()]
    assert captions[1].startswith("La meilleure droite") and "0,67" in captions[1]
    assert "0,5" in captions[8]
    with pytest.raises(ValueError, match="dosage doit être entre 0 et 1, pas 2,5"):
        tab.set_state({"dosage": 2.5})
    with pytest.raises(ValueError, match="seed doit être un nombre entier"):
        tab.set_state({"seed": 1.5})
