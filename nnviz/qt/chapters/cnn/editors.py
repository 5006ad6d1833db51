"""Chapter 4 editors: the 3×3 filter with its bias and presets, and the classifier's weights and biases."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from nnviz.core import cnn
from nnviz.core.cnn import shape as cnn_shape
from nnviz.qt.i18n import fill, number, translate
from nnviz.qt.widgets.number_field import NumberField

FILTER_RANGE = (-10.0, 10.0)
WEIGHT_RANGE = (-20.0, 20.0)
#: Classifier field → (objectName, label on screen, translated when shown).
CLASSIFIER_LABELS = {"w1": ("w1", "w1"), "w2": ("w2", "w2"), "w3": ("w3", "w3"), "w4": ("w4", "w4"),
                     "b1": ("b1", QT_TRANSLATE_NOOP("cnn_editors", "b1 (hidden)")),
                     "w_o": ("w-o", QT_TRANSLATE_NOOP("cnn_editors", "O weight")),
                     "b_o": ("b-o", QT_TRANSLATE_NOOP("cnn_editors", "O bias")),
                     "w_x": ("w-x", QT_TRANSLATE_NOOP("cnn_editors", "X weight")),
                     "b_x": ("b-x", QT_TRANSLATE_NOOP("cnn_editors", "X bias"))}
#: The names of `cnn.FILTER_PRESETS` (the keys stay English; the list shows them translated).
PRESET_NAMES = (QT_TRANSLATE_NOOP("cnn_editors", "diagonal (the deck's)"),
                QT_TRANSLATE_NOOP("cnn_editors", "vertical edge"), QT_TRANSLATE_NOOP("cnn_editors", "horizontal edge"),
                QT_TRANSLATE_NOOP("cnn_editors", "identity"))


class FilterEditor(QGroupBox):
    """Nine typed filter values (`filter-1-1` … `filter-3-3`), the `filter-bias`, and `filter-preset`."""

    edited = Signal()  # the user changed a filter value, the bias or the preset

    def __init__(self, parent=None):
        super().__init__(translate("cnn_editors", "Filter (3×3) and bias"), parent)
        self.grid_widget = QWidget()
        self.grid_widget.setObjectName("filter")
        self.grid_widget.setToolTip(translate("cnn_editors", "The filter's nine values: each Feature Map cell is "
                                                             "Σ pixel × filter value + bias"))
        grid = QGridLayout(self.grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        self.cells: list[NumberField] = []
        for r in range(3):
            for c in range(3):
                field = NumberField(f"filter-{r + 1}-{c + 1}", "", 0.0, *FILTER_RANGE, slider=False,
                                    tooltip=fill(translate("cnn_editors", "Filter value, row %1, column %2"),
                                                 r + 1, c + 1))
                field.label.hide()
                field.edit.setMaximumWidth(80)
                field.edit.setAccessibleName(fill(translate("cnn_editors", "Filter row %1 column %2"), r + 1, c + 1))
                field.valueChanged.connect(self._on_edited)
                grid.addWidget(field, r, c)
                self.cells.append(field)
        self.bias = NumberField("filter-bias", translate("cnn_editors", "Bias"), cnn.DECK_FILTER_BIAS, *FILTER_RANGE,
                                tooltip=translate("cnn_editors", "Added to every Feature Map cell (the deck uses −2)"))
        self.bias.valueChanged.connect(self._on_edited)
        self.preset = QComboBox()
        self.preset.setObjectName("filter-preset")
        self.preset.setToolTip(translate("cnn_editors", "Put a ready-made filter in: the deck's diagonal, a vertical "
                                                        "or horizontal edge, identity"))
        self.preset.addItem(translate("cnn_editors", "Choose a filter…"), None)
        for name in cnn.FILTER_PRESETS:
            self.preset.addItem(translate("cnn_editors", name), name)
        self.preset.activated.connect(self._on_preset)
        self.choice = QComboBox()
        self.choice.setObjectName("filter-shown")
        self.choice.setToolTip(translate("cnn_editors", "Which filter the nine fields and the bias show and edit"))
        self.choice.currentIndexChanged.connect(self._on_choice)
        self.choice.hide()
        self._kernels = np.array([cnn.DECK_FILTER])
        self._biases = np.array([cnn.DECK_FILTER_BIAS])
        layout = QVBoxLayout(self)
        layout.addWidget(self.choice)
        layout.addWidget(self.preset)
        layout.addWidget(self.grid_widget)
        layout.addWidget(self.bias)

    def kernel(self) -> np.ndarray:
        return np.array([f.value() for f in self.cells]).reshape(3, 3)

    def kernels(self) -> np.ndarray:
        """Every filter (k × 3 × 3), the one shown as typed."""
        return self._kernels.copy()

    def biases(self) -> np.ndarray:
        return self._biases.copy()

    def set_filter(self, kernel, bias: float) -> None:
        """Show a filter in the fields (model → widgets, no signals)."""
        for field, v in zip(self.cells + [self.bias], [*np.asarray(kernel, dtype=float).ravel(), bias], strict=True):
            if field.value() != v or field.text() == "":
                field.setValue(float(v))
        i = max(0, self.choice.currentIndex())
        self._kernels[i], self._biases[i] = np.asarray(kernel, dtype=float), float(bias)

    def set_filters(self, kernels, biases) -> None:
        """Hold k filters (model → widgets, no signals); the fields show the chosen one."""
        kernels, biases = np.array(kernels, dtype=float).reshape(-1, 3, 3), np.array(biases, dtype=float).ravel()
        k = len(kernels)
        if self.choice.count() != k:
            self.choice.blockSignals(True)
            index = min(self.choice.currentIndex(), k - 1)
            self.choice.clear()
            self.choice.addItems([fill(translate("cnn_editors", "Filter %1 of %2"), i + 1, k) for i in range(k)])
            self.choice.setCurrentIndex(max(0, index))
            self.choice.blockSignals(False)
            self.choice.setVisible(k > 1)
            self.setTitle(translate("cnn_editors", "Filters (3×3) and biases") if k > 1
                          else translate("cnn_editors", "Filter (3×3) and bias"))
        self._kernels, self._biases = kernels, biases
        i = self.choice.currentIndex()
        self.set_filter(kernels[i], biases[i])

    def _on_choice(self, index: int) -> None:
        if 0 <= index < len(self._kernels):
            self.set_filter(self._kernels[index], self._biases[index])

    def _on_edited(self, _value: float) -> None:
        i = max(0, self.choice.currentIndex())
        self._kernels[i], self._biases[i] = self.kernel(), self.bias.value()
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
        super().__init__(translate("cnn_editors", "Classifier weights and biases"), parent)
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(10)
        self.fields: dict[str, NumberField] = {}
        for i, name in enumerate(cnn.CLASSIFIER_NAMES):
            key, label = CLASSIFIER_LABELS[name]
            label = translate("cnn_editors", label)
            field = NumberField(
                key,
                label,
                getattr(cnn.DECK_CLASSIFIER, name),
                *WEIGHT_RANGE,
                slider=False,
                tooltip=fill(translate("cnn_editors", "%1: type a number from −20 to 20 and press Enter"), label),
            )
            field.edit.setMaximumWidth(70)
            field.valueChanged.connect(self._on_edited)
            self.fields[name] = field
            grid.addWidget(field, i // 2, i % 2)
        self.note = QLabel()
        self.note.setObjectName("classifier-note")
        self.note.setWordWrap(True)
        grid.addWidget(self.note, 5, 0, 1, 2)
        self._weights = cnn.DECK_CLASSIFIER.weights
        self._show_weight_fields(True)

    def _show_weight_fields(self, shown: bool) -> None:
        for name in ("w1", "w2", "w3", "w4"):
            self.fields[name].setVisible(shown)
        self.note.setText(translate("cnn_editors", "Hidden = ReLU(w1·p1 + w2·p2 + w3·p3 + w4·p4 + b1); "
                                                   "O = O weight × Hidden + O bias.") if shown
                          else fill(translate("cnn_editors", "Hidden = ReLU(Σ of the %1 pooled values × their weights "
                                                             "+ b1): too many weights to type, so training sets them. "
                                                             "O = O weight × Hidden + O bias."), self._weights.size))

    def classifier(self) -> cnn.Classifier:
        return cnn.Classifier(**{name: f.value() for name, f in self.fields.items()})

    def head(self) -> np.ndarray:
        """The pooled weights (typed when there are four, kept otherwise), b1, O weight, O bias, X weight, X bias."""
        weights = (
            self._weights if self._weights.size != 4 else [self.fields[n].value() for n in ("w1", "w2", "w3", "w4")]
        )
        return np.concatenate([weights, [self.fields[n].value() for n in ("b1", "w_o", "b_o", "w_x", "b_x")]])

    def set_classifier(self, classifier) -> None:
        """Show a classifier (`cnn.Classifier` or `cnn_shape.Parts`; model → widgets, no signals)."""
        weights = np.ravel(classifier.weights).astype(float)
        if weights.size != self._weights.size:
            self._weights = weights
            self._show_weight_fields(weights.size == 4)
        self._weights = weights
        values = dict(zip(("w1", "w2", "w3", "w4"), weights, strict=True)) if weights.size == 4 else {}
        values.update({n: getattr(classifier, n) for n in ("b1", "w_o", "b_o", "w_x", "b_x")})
        for name, v in values.items():
            if self.fields[name].value() != v:
                self.fields[name].setValue(float(v))

    def _on_edited(self, _value: float) -> None:
        self.edited.emit()


def validated_state(state: dict, views: tuple[str, ...], default_learning_rate: float):
    """Check a lesson-file state completely; ValueError with a readable message if anything is wrong.

    Returns (shape, image, params, view, position, (train_filter, train_shifted), learning rate); states
    written before grid sizes and filters existed are the deck's 6×6 with one filter."""
    if not isinstance(state, dict):
        raise ValueError(translate("cnn_editors", "the chapter 4 state must be a mapping"))
    shape = cnn_shape.Shape(state.get("grid_size", 6), state.get("filters", 1))  # ValueError names the problem
    try:
        image = np.array(state["image"], dtype=float)
        params = np.array(state["params"], dtype=float)
    except KeyError as missing:
        raise ValueError(fill(translate("cnn_editors", "the chapter 4 state lacks %1"), missing)) from None
    except (TypeError, ValueError):
        raise ValueError(translate("cnn_editors", "the image and the parameters must be lists of numbers")) from None
    n = shape.size
    if image.shape != (n, n) or not np.all(np.isfinite(image)):
        raise ValueError(fill(translate("cnn_editors", "the image must be %1×%1 numbers (0 = white, 1 = black)"), n))
    if params.shape != (shape.n_params,) or not np.all(np.isfinite(params)):
        raise ValueError(fill(translate("cnn_editors", "there must be %1 finite parameters (classifier, filters, "
                                                       "biases)"), shape.n_params))
    head = shape.n_pooled + 5
    if np.any(np.abs(params[:head]) > WEIGHT_RANGE[1]) or np.any(np.abs(params[head:]) > FILTER_RANGE[1]):
        raise ValueError(translate("cnn_editors", "a weight or filter value is out of range (classifier ±20, filter "
                                                  "and bias ±10)"))
    view = state.get("view", views[0])
    if view not in views:
        raise ValueError(fill(translate("cnn_editors", "unknown view %1; the views are %2"), repr(view),
                              ", ".join(views)))
    position, cells = state.get("position"), shape.map_side ** 2
    if position is not None and (not isinstance(position, int) or isinstance(position, bool)
                                 or not 0 <= position < cells):
        raise ValueError(fill(translate("cnn_editors", "the filter position must be a whole number from 0 to %1, "
                                                       "or null"), cells - 1))
    flags = tuple(state.get(k, False) for k in ("train_filter", "train_shifted"))
    if not all(isinstance(f, bool) for f in flags):
        raise ValueError(translate("cnn_editors", "train_filter and train_shifted must be true or false"))
    lr = state.get("learning_rate", default_learning_rate)
    if isinstance(lr, bool) or not isinstance(lr, (int, float)) or not (math.isfinite(lr) and 0.0001 <= lr <= 10):
        raise ValueError(fill(translate("cnn_editors", "the learning rate must be a number from %1 to %2"),
                              number(0.0001, 4), 10))
    return shape, image, params, view, position, flags, float(lr)
