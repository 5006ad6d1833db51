"""The network diagram in French: node and activation names, tooltips, and numbers written 2,14."""

from PySide6.QtWidgets import QGraphicsSimpleTextItem

from nnviz.qt import i18n
from nnviz.qt.widgets.network_diagram import NetworkDiagram

DECK = {"w1": -34.4, "w2": -2.52, "w3": -1.3, "w4": 2.28, "b1": 2.14, "b2": 1.29, "b3": -0.58}


def texts(d: NetworkDiagram) -> set[str]:
    return {i.text() for i in d.scene().items() if isinstance(i, QGraphicsSimpleTextItem) and i.isVisible()}


def build(qtbot, language: str) -> NetworkDiagram:
    i18n.install(language)
    try:
        d = NetworkDiagram()
        qtbot.addWidget(d)
        d.set_activation("sigmoid")
        d.set_output_activation("relu")
        d.set_params(DECK)
        return d
    finally:
        i18n.install("en")


def test_the_network_diagram_speaks_french(qtbot):
    english, french = build(qtbot, "en"), build(qtbot, "fr")
    assert {"Input", "f = Sigmoid", "then ReLU", "b1 = 2.14", "w1 = −34.4"} <= texts(english)
    assert {"Entrée", "f = Sigmoïde", "puis ReLU", "b1 = 2,14", "w1 = −34,4", "b3 = −0,58"} <= texts(french)
    assert english._edges["w1"].toolTip() == "w1 = -34.4\n(weight; click to edit)"
    assert french._edges["w1"].toolTip() == "w1 = -34,4\n(poids ; cliquer pour modifier)"
    assert french._labels["b2"].toolTip() == "b2 = 1,29\n(biais ; cliquer pour modifier)"
    node, name = french._nodes["input"], french._node_text["input"]
    assert node.sceneBoundingRect().contains(name.sceneBoundingRect().center())
    assert name.boundingRect().width() <= node.rect().width()  # the longer French name stays inside its node
