"""Chapter 4 in French: the numbers written with the decimal comma, the pipeline's titles inside the view and apart."""

from __future__ import annotations

from itertools import pairwise

import numpy as np
import pytest

from nnviz.core import cnn
from nnviz.core.cnn.shape import Shape
from nnviz.qt import i18n
from nnviz.qt.chapters.cnn.tab import CnnTab


@pytest.fixture
def language():
    """Install a language for one test; English again afterwards."""
    yield i18n.install
    i18n.install("en")


def test_french_diagram_and_ledgers_use_the_decimal_comma(make_tab, language):
    language("fr")
    tab = make_tab(CnnTab)
    said = tab.diagram.texts()
    assert (said["hidden"], said["P(O)"], said["P(X)"], said["answer"]) == ("0,34", "O : 0,73", "X : 0,27", "« O »")
    lines = tab.class_ledger.lines()
    assert "Caché = ReLU(1×(−0,8) + 0×(−0,07) + 0×0,2 + 1×0,17 + 0,97) = ReLU(0,34) = 0,34" in lines
    assert any(line.startswith("SoftMax : P(O) = e1,01") and "= 0,73, P(X) = 0,27 ; ArgMax → « O »" in line
               for line in lines)
    tab.conv_step()  # the deck's first window: 3 − 2 = 1
    window = tab.step_page.conv_ledger.lines()
    assert window[0].startswith("Fenêtre 1 sur 16 (cadre orange) : lignes 1–3, colonnes 1–3")
    assert window[2] == "plus le biais : 3 − 2 = 1 → carte de caractéristiques, ligne 1, colonne 1"


def test_french_pipeline_cells_use_the_decimal_comma(make_tab, language):
    language("fr")
    tab = make_tab(CnnTab)
    tab.set_image(np.array(cnn.LETTER_O) * 0.5)  # half ink: 1.5 − 2 = −0.5 in the first Feature Map cell
    cells = tab.pipeline.cell_texts()
    assert cells["feature_map"][0] == "−0,5"
    shown = [t for texts in cells.values() for t in texts] + [tab.why_page.cells[("O", "cnn")].text()]
    assert not any("." in t for t in shown)


@pytest.mark.parametrize("lang, shape", [("fr", Shape(6, 1)), ("fr", Shape(12, 3)), ("en", Shape(20, 2))])
def test_pipeline_titles_stay_apart_and_inside_the_view(make_tab, language, lang, shape):
    language(lang)
    tab = make_tab(CnnTab)
    tab.set_shape(shape)
    tab.pipeline.grab()  # painting places the text items (they keep their size on screen)
    view = tab.pipeline.view.sceneBoundingRect()
    titles = [t for t in tab.pipeline.titles if t.isVisible()]
    rects = [t.mapRectToScene(t.boundingRect()) for t in titles]
    assert len(rects) == (8 if shape.filters > 2 else 4)
    for title, rect in zip(titles, rects, strict=True):
        assert view.contains(rect), f"{title.toPlainText()!r} is cut off"
    for a, b in pairwise(rects):
        assert not a.intersects(b)
