"""The training controls every training chapter shares: learning rate, Run/Pause/Step/Step back/Reset,
speed, and the stopping rules. Bound both ways to a `TrainingController`."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSlider,
                               QVBoxLayout, QWidget)

from nnviz.core.descent import StoppingRules
from nnviz.qt.training import TrainingController
from nnviz.qt.widgets.number_field import NumberField

#: Speed slider positions → steps a second (the last one is "as fast as possible").
SPEEDS = (1, 2, 5, 10, 30, 100, 1000, math.inf)


def speed_label(steps_per_second: float) -> str:
    if math.isinf(steps_per_second):
        return "as fast as possible"
    return "1 step a second" if steps_per_second == 1 else f"{steps_per_second:g} steps a second"


class RuleField(QWidget):
    """A stopping rule: a checkbox to switch it on or off and its number."""

    def __init__(self, field: NumberField, enabled: bool, parent=None):
        super().__init__(parent)
        self.field = field
        self.check = QCheckBox()
        self.check.setObjectName(f"{field.objectName()}-on")
        self.check.setChecked(enabled)
        self.check.setToolTip(f"Use this stopping rule: {field.label.text()}")
        self.check.setAccessibleName(f"{field.label.text()} on")
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
        super().__init__("Training", parent)
        self.controller = controller
        rules = controller.rules
        self.learning_rate = NumberField(
            "learning-rate", "Learning Rate", controller.learning_rate, *learning_rate_range, decimals=4, log=True,
            tooltip="Step Size = derivative × Learning Rate. Too large and the steps overshoot.")
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for i, (key, text, tip) in enumerate((
                ("run", "▶ Run", "Take steps until a stopping rule fires"),
                ("pause", "❚❚ Pause", "Stop taking steps"),
                ("step", "Step ›", "Take exactly one step"),
                ("step-back", "‹ Step back", "Undo the last step"),
                ("reset", "⟲ Reset", "Go back to the start values"))):
            button = QPushButton(text)
            button.setObjectName(key)
            button.setToolTip(tip)
            self.buttons[key] = button
            grid.addWidget(button, i // 2, i % 2)
        self.speed = QSlider(Qt.Orientation.Horizontal)
        self.speed.setObjectName("speed")
        self.speed.setRange(0, len(SPEEDS) - 1)
        self.speed.setValue(len(SPEEDS) - 1)
        self.speed.setPageStep(1)
        self.speed.setToolTip("Speed: from one step a second (slow motion, for a class to follow) to as fast as possible")
        self.speed.setAccessibleName("Speed")
        self.speed_text = QLabel(f"Speed: {speed_label(SPEEDS[-1])}")
        self.tolerance = RuleField(NumberField("ssr-tolerance", f"Stop when {loss_name} ≤", rules.loss_tolerance or 0.001,
                                               1e-9, 1e6, decimals=6, slider=False), rules.loss_tolerance is not None)
        self.max_steps = RuleField(NumberField("max-steps", "Maximum steps", rules.max_steps or 1000, 1, 10_000_000,
                                               decimals=0, slider=False), rules.max_steps is not None)
        self.min_step = RuleField(NumberField("min-step-size", "Stop when |step size| ≤", rules.min_step_size or 0.001,
                                              1e-12, 1e6, decimals=6, slider=False), rules.min_step_size is not None)
        self.status = QLabel()
        self.status.setObjectName("training-status")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.learning_rate)
        layout.addLayout(grid)
        layout.addWidget(self.speed_text)
        layout.addWidget(self.speed)
        rules_label = QLabel("<b>When do we stop?</b>")
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
        self.speed_text.setText(f"Speed: {speed_label(SPEEDS[index])}")
        self.controller.set_speed(SPEEDS[index])

    def _on_running_changed(self, running: bool) -> None:
        self.buttons["run"].setEnabled(not running)
        self.buttons["pause"].setEnabled(running)
        if running:
            self.status.setStyleSheet("")
            self.status.setText("Training…")
        elif self.status.text() == "Training…":
            self.status.setText("Paused.")

    def _on_step(self, step) -> None:
        if step.stop is None and not self.controller.running and self.status.text() != "Paused.":
            self.status.setStyleSheet("")
            self.status.setText(f"Step {step.number}.")

    def _on_stopped(self, reason, message: str) -> None:
        from nnviz.core.descent import StopReason

        color = "#B00020" if reason is StopReason.DIVERGED else "#004D40"
        self.status.setStyleSheet(f"color: {color}; font-weight: bold;")
        self.status.setText(message)

    def _on_failed(self, message: str) -> None:
        self.status.setStyleSheet("color: #B00020; font-weight: bold;")
        self.status.setText(message)
