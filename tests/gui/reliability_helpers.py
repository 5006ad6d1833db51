"""Shared by the reliability tests: find every training chapter's controls by objectName, type into
fields through the GUI, and read back everything a plot or a label shows."""

from __future__ import annotations

import math
import re

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QSlider

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
    """The training controls of one tab, found by objectName (inside its TrainingPanel when it has one)."""

    def __init__(self, tab):
        self.tab = tab
        panel = tab.findChild(TrainingPanel)
        scope = panel if panel is not None else tab
        self.buttons = {name: scope.findChild(QPushButton, name) for name in BUTTONS}
        self.learning_rate = scope.findChild(NumberField, "learning-rate")
        self.speed = scope.findChild(QSlider, "speed")
        controllers = list(getattr(tab, "controllers", []) or [])
        self.controller = panel.controller if panel is not None else (controllers[0] if controllers else None)

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
    """The values of every NumberField in the tab."""
    return [f.value() for f in tab.findChildren(NumberField)]


def params_shown(tab, params) -> bool:
    """Every parameter value appears, exactly, as the value of some NumberField of the tab."""
    values = shown_numbers(tab)
    return all(any(v == p or (v == 0 and p == 0) for v in values) for p in params)


def check_history(history) -> None:
    """Step numbers strictly increase, and consecutive steps follow new = old − gradient × learning rate
    (with the learning rate of either step: a change mid-run applies from the next update)."""
    steps = [history[i] for i in range(len(history))]
    numbers = [s.number for s in steps]
    assert all(b > a for a, b in zip(numbers, numbers[1:])), f"step numbers out of order: {numbers[:20]}…"
    for a, b in zip(steps, steps[1:]):
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
