"""Chapter 1 with a bigger network: the `hidden-nodes` control (1 to 8, the deck's 2 by default), one scaled
curve per node on the squiggle, the parameter fields and the hidden-layer math of an N-node network.

With 2 nodes everything is the deck's (DosageParams, w1 … b3); otherwise `params` is a `wide.WideParams`
named w-k, b-k, v-k and b-out (shown as wₖ, bₖ, vₖ, b_out).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QSpinBox

from nnviz.core.why_how import dosage as net
from nnviz.core.why_how import wide
from nnviz.core.why_how.wide import WideParams
from nnviz.qt import restyle, theme
from nnviz.qt.chapters.why_how.state import LIMIT
from nnviz.qt.chapters.why_how.views import (
    ACT_X,
    INDENT,
    ParamField,
    _full,
    _marker,
    _n,
    _p,
    _plus,
    _tag,
    activation_name,
    drawable,
    input_line,
    line_fit,
    output_line,
    same_data,
    sticky_range,
)
from nnviz.qt.i18n import fill, localize, translate
from nnviz.qt.widgets import node_style

SPAN = {"w": 50, "v": 50, "b": 20, "out": 20}
NODES_TIP = QT_TRANSLATE_NOOP("why_how_nodes", "Hidden nodes: the deck's network has 2. A new node starts with a "
                              "random input weight, bias 0 and output weight 0, so the squiggle is unchanged until "
                              "you change it")
COMPACT_FROM = 3  # from this many nodes on, each node's math takes one line


def input_tip(dose: float) -> str:
    """The Input node's hover text: "Input = Dosage = 0.5"."""
    return fill(translate("why_how_nodes", "Input = Dosage = %1"), localize(f"{float(dose):g}"))


def _node_tag(k: int) -> str:
    return f"<span style='color:{node_style.color(k)}'>■</span> "


def node_lines(p: WideParams, here, activation: str, output: str) -> list[tuple[str, str]]:
    """The hidden-layer math of an N-node network at one Input (deck rounding; full values as tooltips)."""
    f = activation_name(activation)
    inp = translate("why_how_views", "Input")
    d = float(here.dose)
    sub = [str(k).translate(wide.SUB) for k in range(1, p.n + 1)]
    lines = [input_line(d)]
    for i in range(p.n):
        k, s = i + 1, sub[i]
        x, y, scaled = float(here.x[i]), float(here.y[i]), float(here.scaled[i])
        if p.n >= COMPACT_FROM:  # one short line per node; the whole computation in its tooltip
            tip = (f"X{s} = w{s} × {inp} + b{s} = {_n(p.w[i])} × {_n(d)} {_plus(p.b[i])} = {_full(x)}\n"
                   f"Y{s} = {f}(X{s}) = {_full(y)}\nY{s} × v{s} = {_n(y)} × {_p(p.v[i])} = {_full(scaled)}")
            lines.append((f"{_node_tag(k)}X{s} = <b>{_n(x)}</b>, Y{s} = <b>{_n(y)}</b>, "
                          f"Y{s} × v{s} = <b>{_n(scaled)}</b>", tip))
            continue
        lines += [(f"{_node_tag(k)}X{s} = w{s} × {inp} + b{s}<br>{INDENT}= {_n(p.w[i])} × {_n(d)} {_plus(p.b[i])}"
                   f" = <b>{_n(x)}</b>", f"X{s} = {_full(x)}"),
                  (f"{_node_tag(k)}Y{s} = f(X{s}) = {f}({_n(x)}) = <b>{_n(y)}</b>", f"Y{s} = {_full(y)}"),
                  (f"{_node_tag(k)}Y{s} × v{s} = {_n(y)} × {_p(p.v[i])} = <b>{_n(scaled)}</b>",
                   f"Y{s} × v{s} = {_full(scaled)}")]
    if p.n >= COMPACT_FROM:
        general = f"X<sub>k</sub> = w<sub>k</sub> × {inp} + b<sub>k</sub>, Y<sub>k</sub> = {f}(X<sub>k</sub>)"
        lines[0] = (f"{lines[0][0]}; {general}", lines[0][1])
        lines.append((f"{_tag('prediction')}Y = Σ Y<sub>k</sub> × v<sub>k</sub> + b_out = "
                      f"{_n(float(np.sum(here.scaled)))} {_plus(p.b_out)} = <b>{_n(here.total)}</b>",
                      f"Y = {_full(here.total)}"))
    else:
        terms = " + ".join(f"Y{s} × v{s}" for s in sub)
        values = " ".join([_n(here.scaled[0])] + [_plus(v) for v in here.scaled[1:]])
        lines.append((f"{_tag('prediction')}Y = {terms} + b_out<br>{INDENT}= {values} {_plus(p.b_out)} "
                      f"= <b>{_n(here.total)}</b>", f"Y = {_full(here.total)}"))
    if output != "identity":
        lines.append(output_line(output, here.predicted))
    return lines


class NodeCurves:
    """One scaled curve and one marker per hidden node on the squiggle (the deck's top and bottom items are
    nodes 1 and 2), and a marker per node on the activation plot; items made once, hidden when unused."""

    def __init__(self, squiggle, activation_view):
        self.squiggle, self.activation_view = squiggle, activation_view
        self.curves = [squiggle.items["top"], squiggle.items["bottom"]]
        self.marks = [squiggle.markers["top"], squiggle.markers["bottom"]]
        self.act_marks = [activation_view.markers["top"], activation_view.markers["bottom"]]
        squiggle.shown.setdefault("nodes", True)

    def _grow(self) -> None:
        """The items of nodes 3…MAX_NODES, made the first time a network has other than 2 nodes (the deck's start
        does not draw them: 18 plot items, ~30 ms of chapter 1's construction). Made at the canonical look and
        recorded, then shown in the current one, as the main window builds a chapter."""
        if len(self.curves) > 2:
            return
        look = theme.current_theme().name, theme.zoom()
        canonical, plots = look == ("light", 1.0), (self.squiggle.plot, self.activation_view.plot)
        theme.set_globals("light", 1.0)
        try:
            for k in range(3, wide.MAX_NODES + 1):
                item = self.squiggle.plot.plot(pen=node_style.pen(k, 3.5))
                item.setVisible(False)
                self.curves.append(item)
                self.marks.append(_marker(self.squiggle.plot, node_style.role(k), 13))
                self.act_marks.append(_marker(self.activation_view.plot, node_style.role(k), 14))
            for plot in plots if not canonical else ():
                restyle.record(plot)
        finally:
            theme.set_globals(*look)
        for plot in plots if not canonical else ():
            restyle.apply(plot)

    def show(self, n: int, shown: dict) -> None:
        """Which node curves are drawn: the deck's top/bottom boxes for 2 nodes, else the "nodes" box."""
        if n != wide.DECK_NODES:
            self._grow()
        for k, item in enumerate(self.curves, start=1):
            if n == wide.DECK_NODES:
                item.setVisible(k <= 2 and shown[("top", "bottom")[k - 1]] if k <= 2 else False)
            else:
                item.setVisible(k <= n and shown["nodes"])
        if n == wide.DECK_NODES:  # the deck's markers are the deck view's business
            for mark in self.marks[2:] + self.act_marks[2:]:
                mark.setData([], [])

    def update(self, fw, data, here, reset_range: bool, shown: dict) -> None:
        """Curves, markers and the y range of an N-node network (N ≠ 2)."""
        self._grow()
        sq = self.squiggle
        curves = [drawable(v) for v in fw.scaled]
        for i, values in enumerate(curves):
            self.curves[i].setData(fw.dose, values)
        predicted = drawable(fw.predicted)
        sq.items["sum"].setData(fw.dose, predicted)
        x, y = data
        if not same_data(sq._data, x, y):
            sq._data = (np.array(x), np.array(y))
            sq.items["data"].setData(x, y)
        d = [float(here.dose)]
        for i, mark in enumerate(self.marks):
            on = i < len(curves) and shown["nodes"]
            mark.setData(d if on else [], [float(drawable(here.scaled[i]))] if on else [])
        sq.markers["sum"].setData(d if shown["sum"] else [], [float(drawable(here.predicted))] if shown["sum"] else [])
        sq.dose_line.setPos(float(here.dose))
        visible = (curves if shown["nodes"] else []) + ([predicted] if shown["sum"] else []) + \
            ([y] if shown["data"] and len(y) else [])
        if visible:
            lo = min(float(np.min(v)) for v in visible)
            hi = max(float(np.max(v)) for v in visible)
            sq._y_range = sticky_range(None if reset_range else sq._y_range, lo, hi)
            sq.plot.setYRange(*sq._y_range, padding=0)


class WhyHowNodes:
    """Mixin of `WhyHowTab`: the number of hidden nodes and what follows it."""

    n = wide.DECK_NODES

    def wide_params(self) -> WideParams:
        return wide.as_wide(self.params)

    def set_wide(self, p: WideParams) -> None:
        """Store parameters: the deck's DosageParams for 2 nodes, WideParams otherwise."""
        self.params = wide.to_deck(p) if p.n == wide.DECK_NODES else p

    def _make_nodes_box(self) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName("hidden-nodes")
        box.setRange(wide.MIN_NODES, wide.MAX_NODES)
        box.setValue(self.n)
        box.setSuffix(translate("why_how_nodes", " nodes"))
        box.setToolTip(translate("why_how_nodes", NODES_TIP))
        box.setAccessibleName(translate("why_how_nodes", "number of hidden nodes"))
        box.valueChanged.connect(self._on_nodes_changed)
        self.nodes_box = box
        self.node_curves = NodeCurves(self.squiggle, self.activation_view)
        return box

    def _on_nodes_changed(self, n: int) -> None:
        self.set_nodes(n)

    def preset_params(self, key: str, seed: int):
        """A preset for this many nodes: the deck's networks grown or shrunk (new nodes silent), or random weights."""
        preset = net.preset(key, seed)
        if self.n == wide.DECK_NODES:
            return preset.params
        if key == "random":
            return wide.random_start(self.n, seed)
        return wide.resize(wide.from_deck(preset.params), self.n, seed)

    def set_nodes(self, n: int) -> None:
        """Grow or shrink the network (the first nodes keep their values); the fields, curves and diagram follow."""
        n = wide.check_nodes(n)
        if n == self.n:
            return
        p = wide.resize(self.wide_params(), n, self.seed)
        self.n = n
        self.set_wide(p)
        self.nodes_box.blockSignals(True)
        self.nodes_box.setValue(n)
        self.nodes_box.blockSignals(False)
        if self.selected is not None and self.selected not in wide.names(n):
            self.selected = None
        self.diagram.set_nodes(n)
        self.diagram.set_highlight([self.selected] if self.selected else [])
        self._build_param_fields()
        self._apply_visibility()
        self.refresh(reset_range=True)

    def _build_param_fields(self) -> None:
        """A field per parameter: the deck's columns for 2 nodes (weights left, biases right); otherwise
        a row per node (wₖ, bₖ), then the output weights two by two, then b_out across the panel."""
        grid = self.params_grid
        for f in getattr(self, "fields", {}).values():
            grid.removeWidget(f)
            f.hide()
            f.deleteLater()
        self.fields = {}
        p, n = self.wide_params(), self.n
        for name in wide.names(n):
            kind, k = wide.role(name)
            text = wide.label(name)
            tip = (translate("why_how_nodes", "bias %1: type any number from −1e6 to 1e6, or drag the slider")
                   if kind in ("b", "out") else
                   translate("why_how_nodes", "weight %1: type any number from −1e6 to 1e6, or drag the slider"))
            f = ParamField(name, text, p.value(name), -LIMIT, LIMIT, SPAN[kind], tooltip=fill(tip, text))
            f.valueChanged.connect(self._on_param_edited)
            self.fields[name] = f
            span = 1
            if n == wide.DECK_NODES:  # the deck's arrangement
                col = 0 if name in net.WEIGHTS else 1
                row = net.WEIGHTS.index(name) if col == 0 else net.BIASES.index(name)
            elif kind in ("w", "b"):
                row, col = k - 1, 0 if kind == "w" else 1
            elif kind == "v":
                row, col = n + (k - 1) // 2, (k - 1) % 2
            else:
                row, col, span = n + (n + 1) // 2, 0, 2
            grid.addWidget(f, row, col, 1, span)

    def _apply_visibility(self) -> None:
        shown = {part: box.isChecked() for part, box in self.toggles.items()}
        self.squiggle.shown.update(shown)
        for part in ("sum", "data"):
            self.squiggle.items[part].setVisible(shown[part])
        deck = self.n == wide.DECK_NODES
        for part in ("top", "bottom"):
            self.toggles[part].setVisible(deck)
        self.toggles["nodes"].setVisible(not deck)
        self.node_curves.show(self.n, shown)

    def _refresh_wide(self, grid, reset_range: bool) -> None:
        """`refresh` for N ≠ 2."""
        p, act, out = self.wide_params(), self.activation, self.output
        x, y = self.data()
        fw = wide.forward(p, grid, act, out)
        here = wide.forward(p, np.float64(self.dose_field.value()), act, out)
        total = translate("why_how_nodes", "Sum + b_out")
        self.toggles["sum"].setText(total if out == "identity" else f"{activation_name(out)}({total})")
        shown = {part: box.isChecked() for part, box in self.toggles.items()}
        self.node_curves.update(fw, (x, y), here, reset_range, shown)
        line, line_ssr = line_fit(self._fits, x, y)
        self.comparison.update(grid, fw.predicted, line, line_ssr, wide.ssr(p, x, y, act, out))
        self.activation_view.update(act, _NoMarks(here))
        self.ledger.set_lines(node_lines(p, here, act, out))
        self.diagram.set_params(p.as_dict())
        tips = {"input": input_tip(here.dose), "output": localize(f"Y = {float(here.predicted):.4g}")}
        for i in range(p.n):
            k = str(i + 1).translate(wide.SUB)
            tips[f"node-{i + 1}"] = localize(f"X{k} = {float(here.x[i]):.4g}, Y{k} = {float(here.y[i]):.4g}")
        self.diagram.set_node_values(tips)
        for i, mark in enumerate(self.node_curves.act_marks):  # after the deck view's own markers
            inside = i < p.n and ACT_X[0] <= float(here.x[i]) <= ACT_X[-1]
            mark.setData([float(here.x[i])] if inside else [], [float(here.y[i])] if inside else [])


class _NoMarks:
    """Stands in for the deck's Forward in `ActivationView.update`: its two markers are set by NodeCurves."""

    def __init__(self, here):
        self.x1 = self.x2 = self.y1 = self.y2 = np.float64(np.inf)  # outside the plot: no marker
