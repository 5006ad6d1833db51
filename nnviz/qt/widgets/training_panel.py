"""The training controls every training chapter shares: learning rate, Run/Pause/Step/Step back/Reset,
speed, and the stopping rules. Bound both ways to a `TrainingController`."""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from nnviz.core.descent import StoppingRules
from nnviz.qt.i18n import fill, translate
from nnviz.qt.training import TrainingController, loss_label
from nnviz.qt.widgets.number_field import NumberField

#: Speed slider positions → steps a second (the last one is "as fast as possible").
SPEEDS = (1, 2, 5, 10, 30, 100, 1000, math.inf)


#: The five buttons: objectName (kept in English), text, tooltip.
BUTTONS = (
    (
        "run",
        QT_TRANSLATE_NOOP("training_panel", "▶ Run"),
        QT_TRANSLATE_NOOP("training_panel", "Take steps until a stopping rule fires"),
    ),
    (
        "pause",
        QT_TRANSLATE_NOOP("training_panel", "❚❚ Pause"),
        QT_TRANSLATE_NOOP("training_panel", "Stop taking steps"),
    ),
    (
        "step",
        QT_TRANSLATE_NOOP("training_panel", "Step ›"),
        QT_TRANSLATE_NOOP("training_panel", "Take exactly one step"),
    ),
    (
        "step-back",
        QT_TRANSLATE_NOOP("training_panel", "‹ Step back"),
        QT_TRANSLATE_NOOP("training_panel", "Undo the last step"),
    ),
    (
        "reset",
        QT_TRANSLATE_NOOP("training_panel", "⟲ Reset"),
        QT_TRANSLATE_NOOP("training_panel", "Go back to the start values"),
    ),
)


def speed_label(steps_per_second: float) -> str:
    """The speed in words, in the interface language."""
    if math.isinf(steps_per_second):
        return translate("training_panel", "as fast as possible")
    if steps_per_second == 1:
        return translate("training_panel", "1 step a second")
    return fill(translate("training_panel", "%1 steps a second"), f"{steps_per_second:g}")


def speed_text(steps_per_second: float) -> str:
    return fill(translate("training_panel", "Speed: %1"), speed_label(steps_per_second))


class RuleField(QWidget):
    """A stopping rule: a checkbox to switch it on or off and its number."""

    def __init__(self, field: NumberField, enabled: bool, parent=None):
        super().__init__(parent)
        self.field = field
        self.check = QCheckBox()
        self.check.setObjectName(f"{field.objectName()}-on")
        self.check.setChecked(enabled)
        self.check.setToolTip(fill(translate("training_panel", "Use this stopping rule: %1"), field.label.text()))
        self.check.setAccessibleName(fill(translate("training_panel", "%1 on"), field.label.text()))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check, alignment=Qt.AlignmentFlag.AlignTop)
        layout.addWidget(field, 1)
        self.check.toggled.connect(field.setEnabled)
        field.setEnabled(enabled)

    def value(self):
        return self.field.value() if self.check.isChecked() else None


class TrainingPanel(QGroupBox):
    """Learning rate, the five buttons, speed and stopping rules, driving `controller`."""

    def __init__(self, controller: TrainingController, *, learning_rate_range=(0.0001, 10.0),
                 loss_name: str = "SSR", parent=None):
        super().__init__(translate("training_panel", "Training"), parent)
        self.controller = controller
        rules = controller.rules
        self.learning_rate = NumberField(
            "learning-rate",
            translate("training_panel", "Learning Rate"),
            controller.learning_rate,
            *learning_rate_range,
            decimals=4,
            log=True,
            tooltip=translate(
                "training_panel", "Step Size = derivative × Learning Rate. Too large and the steps overshoot."
            ),
        )
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for i, (key, text, tip) in enumerate(BUTTONS):
            button = QPushButton(translate("training_panel", text))
            button.setObjectName(key)
            button.setToolTip(translate("training_panel", tip))
            self.buttons[key] = button
            grid.addWidget(button, i // 2, i % 2)
        self.speed = QSlider(Qt.Orientation.Horizontal)
        self.speed.setObjectName("speed")
        self.speed.setRange(0, len(SPEEDS) - 1)
        self.speed.setValue(len(SPEEDS) - 1)
        self.speed.setPageStep(1)
        self.speed.setToolTip(translate("training_panel", "Speed: from one step a second (slow motion, for a class "
                                                          "to follow) to as fast as possible"))
        self.speed.setAccessibleName(translate("training_panel", "Speed"))
        self.speed_text = QLabel(speed_text(SPEEDS[-1]))
        below = fill(translate("training_panel", "Stop when %1 ≤"), loss_label(loss_name))
        self.tolerance = RuleField(NumberField("ssr-tolerance", below, rules.loss_tolerance or 0.001, 1e-9, 1e6,
                                               decimals=6, slider=False), rules.loss_tolerance is not None)
        self.max_steps = RuleField(NumberField("max-steps", translate("training_panel", "Maximum steps"),
                                               rules.max_steps or 1000, 1, 10_000_000, decimals=0, slider=False),
                                   rules.max_steps is not None)
        self.min_step = RuleField(NumberField("min-step-size", translate("training_panel", "Stop when |step size| ≤"),
                                              rules.min_step_size or 0.001, 1e-12, 1e6, decimals=6, slider=False),
                                  rules.min_step_size is not None)
        self._status_kind = ""  # what `say` last wrote: "", "training", "paused", "step", "stopped", "failed"
        self.status = QLabel()
        self.status.setObjectName("training-status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # error messages may quote values from a file
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.learning_rate)
        layout.addLayout(grid)
        layout.addWidget(self.speed_text)
        layout.addWidget(self.speed)
        rules_label = QLabel(translate("training_panel", "<b>When do we stop?</b>"))
        layout.addWidget(rules_label)
        for rule in (self.tolerance, self.max_steps, self.min_step):
            layout.addWidget(rule)
        layout.addWidget(self.status)

        self.buttons["run"].clicked.connect(controller.run)
        self.buttons["pause"].clicked.connect(controller.pause)
        self.buttons["step"].clicked.connect(controller.step)
        self.buttons["step-back"].clicked.connect(controller.step_back)
        self.learning_rate.valueChanged.connect(controller.set_learning_rate)
        self.speed.valueChanged.connect(self._on_speed_changed)
        for rule in (self.tolerance, self.max_steps, self.min_step):
            rule.field.valueChanged.connect(self._on_rules_changed)
            rule.check.toggled.connect(self._on_rules_changed)
        controller.runningChanged.connect(self._on_running_changed)
        controller.stopped.connect(self._on_stopped)
        controller.failed.connect(self._on_failed)
        controller.stepChanged.connect(self._on_step)
        self._on_running_changed(False)

    def rules(self) -> StoppingRules:
        steps = self.max_steps.value()
        return StoppingRules(self.tolerance.value(), None if steps is None else int(steps), self.min_step.value())

    def set_rules(self, rules: StoppingRules) -> None:
        """Show `rules` (model → widgets, no signals back)."""
        for rule, value in ((self.tolerance, rules.loss_tolerance), (self.max_steps, rules.max_steps),
                            (self.min_step, rules.min_step_size)):
            rule.check.blockSignals(True)
            rule.check.setChecked(value is not None)
            rule.field.setEnabled(value is not None)
            rule.check.blockSignals(False)
            if value is not None:
                rule.field.setValue(value)

    def _on_rules_changed(self, *_):
        self.controller.set_rules(self.rules())

    def _on_speed_changed(self, index: int) -> None:
        self.speed_text.setText(speed_text(SPEEDS[index]))
        self.controller.set_speed(SPEEDS[index])

    def _on_running_changed(self, running: bool) -> None:
        self.buttons["run"].setEnabled(not running)
        self.buttons["pause"].setEnabled(running)
        if running:
            self.status.setStyleSheet("")
            self.say(translate("training_panel", "Training…"), "training")
        elif self._status_kind == "training" and self.status.text() == translate("training_panel", "Training…"):
            self.say(translate("training_panel", "Paused."), "paused")

    def say(self, text: str, kind: str = "") -> None:
        """Show `text` on the status line; `kind` says what it is (chapters writing their own text leave it empty)."""
        self.status.setText(text)
        self._status_kind = kind

    def _on_step(self, step) -> None:
        paused = self._status_kind == "paused" and self.status.text() == translate("training_panel", "Paused.")
        if step.stop is None and not self.controller.running and not paused:
            self.status.setStyleSheet("")
            self.say(fill(translate("training_panel", "Step %1."), step.number), "step")

    def _on_stopped(self, reason, message: str) -> None:
        from nnviz.core.descent import StopReason

        color = "#B00020" if reason is StopReason.DIVERGED else "#004D40"
        self.status.setStyleSheet(f"color: {color}; font-weight: bold;")
        self.say(message, "stopped")

    def _on_failed(self, message: str) -> None:
        self.status.setStyleSheet("color: #B00020; font-weight: bold;")
        self.say(message, "failed")
