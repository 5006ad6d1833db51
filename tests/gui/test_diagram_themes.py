"""The hand-drawn diagrams (network, RNN, LSTM) follow the theme: built in it, switched to it live, and back
without drift; switching themes and collecting garbage never crashes (no wrapper of a plain item kept)."""

import gc

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractGraphicsShapeItem, QApplication, QGraphicsLineItem, QLabel, QVBoxLayout, QWidget

from nnviz.qt import restyle, theme
from nnviz.qt.chapters.rnn_lstm.lstm_cell import LstmCell
from nnviz.qt.chapters.rnn_lstm.widgets import FoldedDiagram, UnrolledDiagram
from nnviz.qt.widgets.diagram import Diagram
from nnviz.qt.widgets.network_diagram import NetworkDiagram

DECK = {"w1": -34.4, "w2": -2.52, "w3": -1.3, "w4": 2.28, "b1": 2.14, "b2": 1.29, "b3": -0.58}


@pytest.fixture(autouse=True)
def _light_again():
    yield
    theme.set_globals("light", 1.0)
    theme.apply_to_application(QApplication.instance())


def _network(nodes: int = 2) -> NetworkDiagram:
    d = NetworkDiagram()
    d.set_nodes(nodes)
    d.set_params(DECK if nodes == 2 else {})
    return d


DIAGRAMS = {"network": _network, "network-5": lambda: _network(5), "lstm": LstmCell, "folded": FoldedDiagram,
            "unrolled": lambda: UnrolledDiagram(4)}


@pytest.fixture
def holder(qtbot):
    """A shown widget holding the diagrams under test (set_look walks it)."""
    root = QWidget()
    QVBoxLayout(root)
    qtbot.addWidget(root)
    return root


def add(root: QWidget, diagram: Diagram) -> Diagram:
    root.layout().addWidget(diagram)
    return diagram


def colours(d: Diagram) -> list[tuple]:
    """Every item's pen and brush colour (with alpha), in the scene's order, and the background."""
    out = [("background", d.backgroundBrush().color().name(QColor.NameFormat.HexArgb))]
    for item in d.scene().items():
        row = [type(item).__name__]
        if isinstance(item, (QAbstractGraphicsShapeItem, QGraphicsLineItem)):
            row.append(item.pen().color().name(QColor.NameFormat.HexArgb))
        if isinstance(item, QAbstractGraphicsShapeItem):
            row.append(item.brush().color().name(QColor.NameFormat.HexArgb))
        out.append(tuple(row))
    return out


def hex_of(brush_or_pen) -> str:
    return brush_or_pen.color().name().upper()


@pytest.mark.parametrize("name", ["dark", "high-contrast"])
def test_network_diagram_switches_to_the_theme_and_back(holder, name):
    d = add(holder, _network())
    light = colours(d)
    node, text = d._nodes["input"], d._node_text["input"]
    assert hex_of(node.brush()) == theme.WHITE and hex_of(text.brush()) == theme.BLACK
    t = theme.THEMES[name]
    restyle.set_look(holder, theme_name=name)
    assert hex_of(d.backgroundBrush()) == t.background.upper()
    assert hex_of(node.brush()) == t.background.upper() and hex_of(node.pen()) == t.foreground.upper()
    assert hex_of(text.brush()) == t.foreground.upper()
    assert hex_of(d._labels["b1"].brush()) == theme.themed(theme.PURPLE).upper() != theme.PURPLE
    assert hex_of(d._labels["w1"].brush()) == theme.themed(theme.VERMILLION).upper()
    assert hex_of(d._edges["w4"].pen()) == theme.themed(theme.BLUE).upper()
    assert hex_of(d._caption.brush()) == t.foreground.upper()
    themed = colours(d)
    assert themed != light
    restyle.set_look(holder, theme_name="high-contrast" if name == "dark" else "dark")
    restyle.set_look(holder, theme_name=name)
    assert colours(d) == themed  # no drift through another theme
    restyle.set_look(holder, theme_name="light")
    assert colours(d) == light
    assert hex_of(d.backgroundBrush()) == theme.WHITE


@pytest.mark.parametrize("kind", list(DIAGRAMS))
@pytest.mark.parametrize("name", ["dark", "high-contrast"])
def test_a_diagram_built_in_a_theme_equals_one_switched_to_it(holder, kind, name):
    switched = add(holder, DIAGRAMS[kind]())
    light = colours(switched)
    restyle.set_look(holder, theme_name=name)
    built = add(holder, DIAGRAMS[kind]())  # created while the theme is current, as after a live switch
    assert colours(built) == colours(switched) != light
    restyle.set_look(holder, theme_name="light")
    assert colours(switched) == light
    assert colours(built) == light  # built dark, shown light: the light theme's own colours


def test_highlight_and_hover_are_drawn_in_the_current_theme(holder):
    d = add(holder, _network())
    restyle.set_look(holder, theme_name="dark")
    d.set_highlight(["w1"])
    lit, plain = d._nodes["input"], d._nodes["output"]
    assert hex_of(lit.brush()) == theme.YELLOW
    assert hex_of(d._node_text["input"].brush()) == theme.BLACK  # dark on yellow, whatever the theme
    assert hex_of(plain.brush()) == theme.THEMES["dark"].background.upper()
    assert hex_of(d._edges["w1"].pen()) == theme.THEMES["dark"].foreground.upper()
    d._hovered = "b3"
    d.set_params(d.values())
    hover = QColor(d._nodes["output"].brush().color())
    assert hover.lightness() < 80  # a dark tint, not the light theme's pale blue
    restyle.set_look(holder, theme_name="light")
    assert hex_of(d._node_text["input"].brush()) == theme.BLACK
    assert hex_of(d._nodes["top"].brush()) == theme.YELLOW  # w1 touches the top node
    assert QColor(d._nodes["output"].brush().color()).lightness() > 200


def test_a_network_rebuilt_after_a_zoom_keeps_the_sizes_of_its_texts(holder):
    d = add(holder, _network(3))
    sizes = sorted(label.font().pointSizeF() for label in d._labels.values())
    restyle.set_look(holder, zoom_factor=1.5)
    d.set_nodes(2)
    d.set_nodes(3)  # rebuilt at zoom 1.5: the view scales the drawing, its texts keep their size in it
    assert sorted(label.font().pointSizeF() for label in d._labels.values()) == sizes


def test_rich_text_colours_follow_the_theme_and_come_back(holder):
    """A ledger line or a plot title that is a legend: its colours move with the theme, and back exactly."""
    from nnviz.qt.chapters.rnn_lstm.lstm_view import title_legend

    line = f"<span style='color:{theme.VERMILLION}'><b>Forget Gate</b></span>: 0.5 <font color=\"#0072b2\">x</font>"
    label = QLabel(line)
    holder.layout().addWidget(label)
    plot = theme.make_plot("", "Day", "")
    plot.setTitle(title_legend([("Long-Term", "long-term", "●"), ("Short-Term", "short-term", "■")]))
    holder.layout().addWidget(plot)
    title = plot.getPlotItem().titleLabel
    light_title = title.text
    restyle.set_look(holder, theme_name="dark")
    assert "color:#F07B33" in label.text() and 'color="#56B4E9"' in label.text()
    assert "color:#EDEDED" in title.text and "color:#E79BC6" in title.text  # black and purple, as in the dark theme
    restyle.set_look(holder, theme_name="high-contrast")
    assert "color:#FF8A3D" in label.text() and "color:#FFFFFF" in title.text
    restyle.set_look(holder, theme_name="light")
    assert label.text() == line.replace("#0072b2", "#0072B2")
    assert title.text.upper() == light_title.upper()


def test_chapter_views_follow_the_theme_in_the_window_and_gc_never_crashes(qtbot, monkeypatch):
    """Build a window with chapters 1 and 5 (chapter 3 draws the same network), switch themes, destroy it,
    collect garbage. Started dark, as with `--theme dark` (the window is built light and switched)."""
    from nnviz.app import make_application
    from nnviz.qt import main_window
    from nnviz.qt.chapters.rnn_lstm.tab import RnnTab
    from nnviz.qt.chapters.why_how.tab import WhyHowTab

    make_application()
    from nnviz.qt.chapters import ChapterEntry

    monkeypatch.setattr(main_window, "chapter_entries", lambda: [ChapterEntry.of(WhyHowTab), ChapterEntry.of(RnnTab)])
    theme.set_globals("dark", 1.0)
    win = main_window.MainWindow(restore=False)
    win.show()
    qtbot.waitExposed(win)
    assert len(win.chapters) == 2  # built now, after the window, in the dark theme
    diagrams = win.findChildren(Diagram)
    assert len(diagrams) == 4  # network, folded, unrolled, LSTM cell
    assert all(hex_of(d.backgroundBrush()) == "#1B1D21" for d in diagrams)
    for name in ("light", "high-contrast", "light", "dark"):
        win.presenter.set_theme(name)
        bg = theme.THEMES[name].background.upper()
        assert all(hex_of(d.backgroundBrush()) == bg for d in diagrams)
    why_how = win.chapters[0]
    why_how.diagram.set_nodes(4)  # rebuilt in the current theme
    assert hex_of(why_how.diagram._nodes["node-1"].brush()) == "#1B1D21"
    del diagrams, why_how
    win.shutdown()
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    del win
    gc.collect()
