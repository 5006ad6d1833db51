"""Shared by the reliability tests: find every training chapter's controls by objectName, type into
fields through the GUI, and read back everything a plot or a label shows."""

from __future__ import annotations

import math
import re
from itertools import pairwise

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPushButton, QSlider, QTabWidget, QWidget

from nnviz.qt.chapters import chapter_classes
from nnviz.qt.widgets.number_field import NumberField
from nnviz.qt.widgets.training_panel import TrainingPanel

BUTTONS = ("run", "pause", "step", "step-back", "reset")
NON_FINITE_WORDS = re.compile(r"(?<![A-Za-z])(nan|inf|-inf|infinity)(?![A-Za-z])", re.IGNORECASE)


def chapter_ids() -> list[str]:
    """One pytest id per registered chapter (every chapter; the tests skip those without training)."""
    return [f"{cls.number}-{cls.key}" for cls in chapter_classes()]


def chapter_class(chapter_id: str):
    return next(cls for cls in chapter_classes() if f"{cls.number}-{cls.key}" == chapter_id)


class Controls:
    """The training controls of one TrainingPanel, found by objectName. A tab with two panels gives the
    second one's names a prefix ("rnn-run"): the prefix is read off its learning-rate field."""

    def __init__(self, tab, panel: TrainingPanel | None = None):
        self.tab = tab
        panel = panel if panel is not None else tab.findChild(TrainingPanel)
        self.panel = panel
        scope = panel if panel is not None else tab
        self.learning_rate = next((f for f in scope.findChildren(NumberField)
                                   if f.objectName().endswith("learning-rate")), None)
        prefix = self.learning_rate.objectName()[:-len("learning-rate")] if self.learning_rate is not None else ""
        self.buttons = {name: scope.findChild(QPushButton, prefix + name) for name in BUTTONS}
        self.speed = scope.findChild(QSlider, prefix + "speed")
        self.status = scope.findChild(QLabel, prefix + "training-status")
        controllers = list(getattr(tab, "controllers", []) or [])
        self.controller = panel.controller if panel is not None else (controllers[0] if controllers else None)
        self.route: list[tuple[QWidget, int]] = []  # the sub-tab and list choices that bring the panel on screen

    @property
    def is_training_chapter(self) -> bool:
        return (self.controller is not None and all(self.buttons.values())
                and self.learning_rate is not None)

    def missing(self) -> list[str]:
        names = [n for n, b in self.buttons.items() if b is None]
        return names + ([] if self.learning_rate is not None else ["learning-rate"])

    def click(self, name: str) -> None:
        """A click as the user makes it (does nothing on a disabled button, like the real one)."""
        self.buttons[name].click()

    def reveal(self) -> None:
        """Bring the panel on screen as a user would (finding the way the first time)."""
        if self.panel is None:
            return
        if not self.route:
            self.route = route_to(self.tab, self.panel)
        follow(self.route)
        assert self.panel.isVisibleTo(self.tab), "the training panel is not on screen after following its route"


def all_controls(tab) -> list[Controls]:
    """The controls of every TrainingPanel in the tab (one for a tab without a panel: the old lookup)."""
    panels = tab.findChildren(TrainingPanel)
    return [Controls(tab, panel) for panel in panels] if panels else [Controls(tab)]


# --- reaching a control as a user would: sub-tabs and list choices ----------------------------------------
def choosers(tab) -> list[QWidget]:
    """The sub-tab bars and drop-down lists on screen now that offer a choice (sub-tabs first)."""
    tabs = [w for w in tab.findChildren(QTabWidget) if w.count() > 1 and w.isVisibleTo(tab)]
    lists = [w for w in tab.findChildren(QComboBox) if w.count() > 1 and w.isVisibleTo(tab) and w.isEnabled()
             and not w.objectName() == "linkCombo"]  # pyqtgraph's own menus
    return tabs + lists


def choose(chooser: QWidget, index: int) -> None:
    """Pick entry `index`: a click on the sub-tab, or arrow keys on the drop-down list."""
    if chooser.currentIndex() == index:
        return
    if isinstance(chooser, QTabWidget):
        bar = chooser.tabBar()
        rect = bar.tabRect(index)
        if rect.isValid() and bar.isVisible():
            QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=rect.center())
        else:  # the tab bar is not laid out yet (its window hidden)
            chooser.setCurrentIndex(index)
    else:
        for _ in range(chooser.count()):
            if chooser.currentIndex() == index:
                break
            QTest.keyClick(chooser, Qt.Key.Key_Down if chooser.currentIndex() < index else Qt.Key.Key_Up)
    assert chooser.currentIndex() == index, f"could not choose entry {index} of {chooser.objectName()}"


def follow(route) -> None:
    for chooser, index in route:
        choose(chooser, index)


def route_to(tab, widget, max_choices: int = 3) -> list[tuple[QWidget, int]]:
    """The sub-tab and list choices that bring `widget` on screen in `tab` (made, and left made): the fewest
    choices that do, found by trying each, then the lists on screen whose other entries would hide it again."""

    def search(depth, used):
        if widget.isVisibleTo(tab):
            return []
        if depth == 0:
            return None
        for chooser in choosers(tab):
            if chooser in used:
                continue
            start = chooser.currentIndex()
            for index in range(chooser.count()):
                if index == start:
                    continue
                choose(chooser, index)
                rest = search(depth - 1, used | {chooser})
                if rest is not None:
                    return [(chooser, index)] + rest
            choose(chooser, start)
        return None

    for depth in range(max_choices + 1):
        route = search(depth, frozenset())
        if route is not None:
            break
    else:
        raise AssertionError(f"{widget.objectName() or type(widget).__name__} cannot be brought on screen")
    if route:  # in a sub-tab: which choice on screen there keeps it shown (chapter 5: the model list)?
        for chooser in choosers(tab):
            start = chooser.currentIndex()
            if any(c is chooser for c, _ in route):
                continue
            for index in range(chooser.count()):
                choose(chooser, index)
                hidden = not widget.isVisibleTo(tab)
                choose(chooser, start)
                if hidden:
                    route.append((chooser, start))
                    break
    return route


def choices(tab) -> list[tuple[QWidget, int]]:
    """Every sub-tab and list choice of the tab as it is now (`follow` it to come back)."""
    return [(w, w.currentIndex()) for w in tab.findChildren(QTabWidget) + tab.findChildren(QComboBox)
            if w.objectName() != "linkCombo"]


def type_into(field: NumberField, text: str) -> None:
    """Type `text` into the field and press Enter, through Qt's key events."""
    field.edit.setFocus()
    field.edit.selectAll()
    field.edit.setText(text)
    QTest.keyClick(field.edit, Qt.Key.Key_Return)


def pump(rounds: int = 1) -> None:
    """Process every pending event (repaints included)."""
    for _ in range(rounds):
        QApplication.processEvents()


def deliver() -> None:
    """Deliver the queued signals (the worker's batches, its finished signal) without repainting:
    what the event loop would do between two frames, minus the painting that costs real time."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)


def non_finite_plot_data(root) -> list[str]:
    """Names of plot items under `root` whose data holds NaN or infinity."""
    bad = []
    for plot in root.findChildren(pg.PlotWidget):
        for item in plot.getPlotItem().items:
            if isinstance(item, (pg.PlotDataItem, pg.PlotCurveItem, pg.ScatterPlotItem)):
                data = item.getData()
                if isinstance(data, tuple) and any(d is not None and np.size(d) and
                                                   not np.all(np.isfinite(np.asarray(d, float))) for d in data):
                    bad.append(f"{plot.objectName()}:{type(item).__name__}")
            elif isinstance(item, pg.ImageItem) and item.image is not None:
                if not np.all(np.isfinite(np.asarray(item.image, float))):
                    bad.append(f"{plot.objectName()}:ImageItem")
    return bad


def non_finite_texts(root) -> list[str]:
    """Label and field texts under `root` that show "nan" or "inf"."""
    texts = [label.text() for label in root.findChildren(QLabel)]
    texts += [field.text() for field in root.findChildren(NumberField)]
    return [t for t in texts if NON_FINITE_WORDS.search(re.sub(r"<[^>]*>", " ", t))]


def shown_numbers(tab) -> list[float]:
    """The values of every NumberField the tab shows (not those of a view that is hidden: chapter 5's RNN view shows
    the deck's RNN weights, which are also where its Real series RNN starts, but not where it goes)."""
    return [f.value() for f in tab.findChildren(NumberField) if f.isVisibleTo(tab)]


def curves(tab) -> list[pg.PlotDataItem]:
    """The plotted curves of the tab (made once by the chapter, so they can be listed once)."""
    return [item for plot in tab.findChildren(pg.PlotWidget) for item in plot.getPlotItem().items
            if isinstance(item, pg.PlotDataItem)]


def loss_shown(items, step) -> bool:
    """One of the curves `items` ends at this step's loss (its last point is the step number and the loss)."""
    if not math.isfinite(step.loss):
        return False
    for item in items:
        x, y = item.getData()
        if x is not None and len(x) and x[-1] == step.number and math.isclose(y[-1], step.loss, rel_tol=1e-9):
            return True
    return False


def params_shown(tab, params) -> bool:
    """Every parameter value appears, exactly, as the value of some NumberField of the tab."""
    values = shown_numbers(tab)
    return all(any(v == p or (v == 0 and p == 0) for v in values) for p in params)


def check_history(history) -> None:
    """Step numbers strictly increase, and consecutive steps follow new = old − gradient × learning rate
    (with the learning rate of either step: a change mid-run applies from the next update)."""
    steps = [history[i] for i in range(len(history))]
    numbers = [s.number for s in steps]
    assert all(b > a for a, b in pairwise(numbers)), f"step numbers out of order: {numbers[:20]}…"
    for a, b in pairwise(steps):
        if b.number != a.number + 1 or not a.gradient:
            continue
        g = np.asarray(a.gradient)
        p = np.asarray(a.params)
        candidates = [p - g * a.learning_rate, p - g * b.learning_rate]
        assert any(np.allclose(b.params, c, rtol=1e-9, atol=1e-12) for c in candidates), (
            f"step {b.number} does not follow from step {a.number}: {a!r} → {b!r}")


class StepRecorder(QObject):
    """Remembers the last Step a controller announced (what the tab was told to show)."""

    def __init__(self, controller):
        super().__init__()
        self.last = controller.current
        self.count = 0
        controller.stepChanged.connect(self.on_step)

    def on_step(self, step) -> None:
        self.last = step
        self.count += 1


def finite(values) -> bool:
    return all(math.isfinite(v) for v in values)
