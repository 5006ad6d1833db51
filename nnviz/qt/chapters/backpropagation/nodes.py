"""Chapter 3 with a bigger network: the `hidden-nodes` control (1 to 8, the deck's 2 by default) and what
follows the network's size — parameter names, editors, training modes, the check table and the diagram."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QSpinBox

from nnviz.core.backpropagation import two_nodes as backprop
from nnviz.core.backpropagation import wide as wide_backprop
from nnviz.core.why_how import wide
from nnviz.qt.i18n import fill, translate

NODES_TIP = QT_TRANSLATE_NOOP("backprop_nodes", "Hidden nodes: the deck's network has 2. New nodes start with a "
                              "random input weight, bias 0 and output weight 0, so the squiggle is unchanged until "
                              "they are trained")
#: The deck's training modes as `backprop.MODES` names them (listed here for Qt's translation tools).
DECK_MODES = (QT_TRANSLATE_NOOP("backprop_nodes", "Main ideas: only b3"),
              QT_TRANSLATE_NOOP("backprop_nodes", "w3, w4 and b3"),
              QT_TRANSLATE_NOOP("backprop_nodes", "All seven parameters"))


def mode_label(key: str, n: int) -> str:
    """A training mode's name for a network of `n` hidden nodes (the deck's words for 2), in the interface language."""
    if n == wide.DECK_NODES:
        return translate("backprop_nodes", backprop.MODES[key].label)
    outputs = ", ".join(wide.label(name) for name in wide.names(n)[2 * n:3 * n])
    if key == "main-ideas":
        return translate("backprop_nodes", "Main ideas: only b_out")
    if key == "last-layer":
        return fill(translate("backprop_nodes", "%1 and b_out"), outputs)
    return fill(translate("backprop_nodes", "All %1 parameters"), 3 * n + 1)


def same_place(name: str, n: int) -> str:
    """The parameter of an `n`-node network in the same place as `name` (the final bias when its node is gone)."""
    kind, k = wide.role(name)
    by_role = {wide.role(other): other for other in wide.names(n)}
    return by_role.get((kind, k), wide.names(n)[-1])


class HiddenNodes:
    """Mixin of `BackpropagationTab`: the number of hidden nodes and everything that follows it."""

    n = wide.DECK_NODES

    @property
    def names(self) -> tuple[str, ...]:
        return wide.names(self.n)

    def _make_nodes_box(self) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName("hidden-nodes")
        box.setRange(wide.MIN_NODES, wide.MAX_NODES)
        box.setValue(self.n)
        box.setToolTip(translate("backprop_nodes", NODES_TIP))
        box.setAccessibleName(translate("backprop_nodes", "number of hidden nodes"))
        box.valueChanged.connect(self._on_nodes_changed)
        self.nodes_box = box
        return box

    def _on_nodes_changed(self, n: int) -> None:
        self.set_nodes(n)

    def mode_mask(self, key: str) -> tuple[bool, ...]:
        return wide_backprop.free_mask(wide_backprop.free_names(key, self.n), self.n)

    def mode_start(self, key: str) -> tuple[float, ...]:
        return tuple(float(v) for v in wide_backprop.mode_start(key, self.n, int(round(self.seed.value()))).as_array())

    def set_nodes(self, n: int, start=None) -> None:
        """Grow or shrink the network to `n` hidden nodes: a new run from the current values (new nodes silent,
        see `wide.resize`) or from `start`, with the training mode's free parameters."""
        n = wide.check_nodes(n)
        old = wide.WideParams.from_array(self.controller.current.params, self.n)
        self.controller.pause()
        self.n = n
        self.nodes_box.blockSignals(True)
        self.nodes_box.setValue(n)
        self.nodes_box.blockSignals(False)
        for i, key in enumerate(backprop.MODES):
            self.mode_box.setItemText(i, mode_label(key, n))
        names = self.names
        self.parameter_box.blockSignals(True)
        self.parameter_box.clear()
        for name in names:
            self.parameter_box.addItem(f"dSSR/d{wide.label(name)}", name)  # symbols: the same in every language
        self.parameter_box.blockSignals(False)
        resized = wide.resize(old, n, int(round(self.seed.value())))
        self._start = tuple(float(v) for v in (resized.as_array() if start is None else start))
        mask = self.mode_mask(self.mode)
        self.editor.set_names(names, self._start, mask)
        self.plots.set_names(names)
        self.diagram.set_nodes(n)
        self.panel.status.setText("")
        self.parameter = same_place(self.parameter, n)
        self.controller.reset(self._start, objective=self._objective(), free=mask)
        self._select_parameter(self.parameter)
