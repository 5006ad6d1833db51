"""Chapter 4 editors: the 3×3 filter with its bias and presets, and the classifier's weights and biases."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from nnviz.core import cnn
from nnviz.core import cnn_train as train
from nnviz.qt.widgets.number_field import NumberField

FILTER_RANGE = (-10.0, 10.0)
WEIGHT_RANGE = (-20.0, 20.0)
#: Classifier field → (objectName, label on screen).
CLASSIFIER_LABELS = {"w1": ("w1", "w1"), "w2": ("w2", "w2"), "w3": ("w3", "w3"), "w4": ("w4", "w4"),
                     "b1": ("b1", "b1 (hidden)"), "w_o": ("w-o", "O weight"), "b_o": ("b-o", "O bias"),
                     "w_x": ("w-x", "X weight"), "b_x": ("b-x", "X bias")}


class FilterEditor(QGroupBox):
    """Nine typed filter values (`filter-1-1` … `filter-3-3`), the `filter-bias`, and `filter-preset`."""

    edited = Signal()  # the user changed a filter value, the bias or the preset

    def __init__(self, parent=None):
        super().__init__("Filter (3×3) and bias", parent)
        self.grid_widget = QWidget()
        self.grid_widget.setObjectName("filter")
        self.grid_widget.setToolTip("The filter's nine values: each Feature Map cell is Σ pixel × filter value + bias")
        grid = QGridLayout(self.grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        self.cells: list[NumberField] = []
        for r in range(3):
            for c in range(3):
                field = NumberField(f"filter-{r + 1}-{c + 1}", "", 0.0, *FILTER_RANGE, slider=False,
                                    tooltip=f"Filter value, row {r + 1}, column {c + 1}")
                field.label.hide()
                field.edit.setMaximumWidth(80)
                field.edit.setAccessibleName(f"Filter row {r + 1} column {c + 1}")
                field.valueChanged.connect(self._on_edited)
                grid.addWidget(field, r, c)
                self.cells.append(field)
        self.bias = NumberField("filter-bias", "Bias", cnn.DECK_FILTER_BIAS, *FILTER_RANGE,
                                tooltip="Added to every Feature Map cell (the deck uses −2)")
        self.bias.valueChanged.connect(self._on_edited)
        self.preset = QComboBox()
        self.preset.setObjectName("filter-preset")
        self.preset.setToolTip("Put a ready-made filter in: the deck's diagonal, a vertical or horizontal edge, "
                               "identity")
        self.preset.addItem("Choose a filter…", None)
        for name in cnn.FILTER_PRESETS:
            self.preset.addItem(name, name)
        self.preset.activated.connect(self._on_preset)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preset)
        layout.addWidget(self.grid_widget)
        layout.addWidget(self.bias)

    def kernel(self) -> np.ndarray:
        return np.array([f.value() for f in self.cells]).reshape(3, 3)

    def set_filter(self, kernel, bias: float) -> None:
        """Show a filter (model → widgets, no signals)."""
        for field, v in zip(self.cells + [self.bias], [*np.asarray(kernel, dtype=float).ravel(), bias]):
            if field.value() != v or field.text() == "":
                field.setValue(float(v))

    def _on_edited(self, _value: float) -> None:
        self.preset.setCurrentIndex(0)
        self.edited.emit()

    def _on_preset(self, index: int) -> None:
        name = self.preset.itemData(index)
        if name is None:
            return
        kernel, bias = cnn.FILTER_PRESETS[name]
        self.set_filter(kernel, bias)
        self.edited.emit()


class ClassifierEditor(QGroupBox):
    """The classifier's nine numbers, typed (w1 … w4, b1, O weight/bias, X weight/bias)."""

    edited = Signal()  # the user changed a weight or a bias

    def __init__(self, parent=None):
        super().__init__("Classifier weights and biases", parent)
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(10)
        self.fields: dict[str, NumberField] = {}
        for i, name in enumerate(cnn.CLASSIFIER_NAMES):
            key, label = CLASSIFIER_LABELS[name]
            field = NumberField(key, label, getattr(cnn.DECK_CLASSIFIER, name), *WEIGHT_RANGE, slider=False,
                                tooltip=f"{label}: type a number from −20 to 20 and press Enter")
            field.edit.setMaximumWidth(70)
            field.valueChanged.connect(self._on_edited)
            self.fields[name] = field
            grid.addWidget(field, i // 2, i % 2)
        note = QLabel("Hidden = ReLU(w1·p1 + w2·p2 + w3·p3 + w4·p4 + b1); O = O weight × Hidden + O bias.")
        note.setWordWrap(True)
        grid.addWidget(note, 5, 0, 1, 2)

    def classifier(self) -> cnn.Classifier:
        return cnn.Classifier(**{name: f.value() for name, f in self.fields.items()})

    def set_classifier(self, classifier: cnn.Classifier) -> None:
        """Show a classifier (model → widgets, no signals)."""
        for name, field in self.fields.items():
            if field.value() != getattr(classifier, name):
                field.setValue(getattr(classifier, name))

    def _on_edited(self, _value: float) -> None:
        self.edited.emit()


def validated_state(state: dict, views: tuple[str, ...], default_learning_rate: float):
    """Check a lesson-file state completely; ValueError with a readable message if anything is wrong."""
    if not isinstance(state, dict):
        raise ValueError("the chapter 4 state must be a mapping")
    try:
        image = np.array(state["image"], dtype=float)
        params = np.array(state["params"], dtype=float)
    except KeyError as missing:
        raise ValueError(f"the chapter 4 state lacks {missing}") from None
    except (TypeError, ValueError):
        raise ValueError("the image and the parameters must be lists of numbers") from None
    if image.shape != (6, 6) or not np.all(np.isfinite(image)):
        raise ValueError("the image must be 6×6 numbers (0 = white, 1 = black)")
    if params.shape != (len(train.PARAM_NAMES),) or not np.all(np.isfinite(params)):
        raise ValueError(f"there must be {len(train.PARAM_NAMES)} finite parameters (classifier, filter, bias)")
    n = train.N_CLASSIFIER
    if np.any(np.abs(params[:n]) > WEIGHT_RANGE[1]) or np.any(np.abs(params[n:]) > FILTER_RANGE[1]):
        raise ValueError("a weight or filter value is out of range (classifier ±20, filter and bias ±10)")
    view = state.get("view", views[0])
    if view not in views:
        raise ValueError(f"unknown view {view!r}; the views are {', '.join(views)}")
    position = state.get("position")
    if position is not None and (not isinstance(position, int) or isinstance(position, bool) or not 0 <= position < 16):
        raise ValueError("the filter position must be a whole number from 0 to 15, or null")
    flags = tuple(state.get(k, False) for k in ("train_filter", "train_shifted"))
    if not all(isinstance(f, bool) for f in flags):
        raise ValueError("train_filter and train_shifted must be true or false")
    lr = state.get("learning_rate", default_learning_rate)
    if isinstance(lr, bool) or not isinstance(lr, (int, float)) or not (math.isfinite(lr) and 0.0001 <= lr <= 10):
        raise ValueError("the learning rate must be a number from 0.0001 to 10")
    return image, params, view, position, flags, float(lr)
