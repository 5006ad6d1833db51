"""Chapter 4's "Digits" page: a CNN learns the UCI 8×8 handwritten digits live, in the worker thread.

The page has its own controls (classes, test share, filters, batch size, seed, the shared TrainingPanel) and,
while it is shown, takes the whole tab: the letter's controls, picture and pipeline are hidden (`install`).
"""

from __future__ import annotations

import functools

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nnviz.core.cnn import digits
from nnviz.qt import theme
from nnviz.qt.chapters.cnn.digits_state import DigitsController, validated
from nnviz.qt.chapters.cnn.digits_views import (
    ConfusionView,
    FilterView,
    MistakesView,
    big_label,
    one_line,
    percent,
    spin,
    titled,
)
from nnviz.qt.i18n import fill, localize, translate
from nnviz.qt.training import PLOTTED_STEPS, SlowViews
from nnviz.qt.widgets.pixel_grid import PixelGrid
from nnviz.qt.widgets.step_range import StepRange
from nnviz.qt.widgets.training_panel import TrainingPanel

#: During a run the accuracies and pictures are recomputed at most every SLOW_S seconds: at 0.3 s the page kept
#: 76-81 % of a 10 ms timer's ticks, at 0.6 s (with the thin loss line below) 91-95 % (quiet machine, 1280x720).
SLOW_S = 0.6
#: The mini-batch loss is jagged: stroking it 2 px wide cost more than a millisecond a frame (8-10 % of the ticks).
LOSS_LINE_WIDTH = 1
#: The choices of classes: all ten, or two digits chosen with the two spin boxes.
CLASS_CHOICES = (("all", QT_TRANSLATE_NOOP("digits", "All ten digits (0–9)")),
                 ("two", QT_TRANSLATE_NOOP("digits", "Two digits")))
CONTROLS_WIDTH = 320


@functools.lru_cache(maxsize=1)
def dataset() -> tuple[np.ndarray, np.ndarray]:
    """The shipped digits, read once."""
    return digits.load()


class DigitsPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("digits-page")
        self.images, self.labels = dataset()
        self.model = digits.Model()
        self.data = digits.split(self.images, self.labels)
        self.curve: list[tuple[int, float, float]] = []  # (step, train accuracy, test accuracy)
        self.controller = DigitsController(self._batches(digits.DEFAULT_BATCH, digits.DEFAULT_SEED),
                                           self.model.start(digits.DEFAULT_SEED),
                                           digits.DEFAULT_LEARNING_RATE, parent=self)
        self._build_controls()
        self._build_views()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.controls_scroll)
        layout.addLayout(self.grid, 1)
        self.controller.stepChanged.connect(self._on_step)
        self._slow = SlowViews(self.controller, self.redraw, interval=SLOW_S)
        self._tab_parts: list[QWidget] = []
        self._stretches: list[int] | None = None
        self._on_step(self.controller.current)  # the step the controller made before this connection
        self.default_state = self.get_state()

    # --- construction -------------------------------------------------------------------------
    def _build_controls(self) -> None:
        box = QGroupBox(translate("digits", "Handwritten digits (UCI, 8×8)"))
        form = QFormLayout(box)
        self.classes = QComboBox()
        self.classes.setObjectName("digits-classes")
        self.classes.setToolTip(translate("digits", "Learn all ten digits, or tell two of them apart"))
        for key, text in CLASS_CHOICES:
            self.classes.addItem(translate("digits", text), key)
        self.first = spin("digits-first", 0, 9, 3, translate("digits", "The first of the two digits"))
        self.second = spin("digits-second", 0, 9, 8, translate("digits", "The second of the two digits"))
        pair = QHBoxLayout()
        pair.addWidget(self.first)
        pair.addWidget(QLabel(translate("digits", "and")))
        pair.addWidget(self.second)
        self.test_share = spin("digits-test-share", 5, 50, round(100 * digits.DEFAULT_TEST),
                                translate("digits", "The share of each digit's images held out to test on: the "
                                                    "network never trains on them"), " %")
        self.filters = spin("digits-filters", 1, digits.MAX_FILTERS, digits.DEFAULT_FILTERS,
                             translate("digits", "How many 3×3 filters the network learns"))
        self.batch = spin("digits-batch-size", 1, 512, digits.DEFAULT_BATCH,
                           translate("digits", "Images per step: each step follows the slope of this many images"))
        self.seed = spin("digits-seed", 0, 9999, digits.DEFAULT_SEED,
                          translate("digits", "The random start and the order of the images: the same seed gives "
                                              "the same run"))
        form.addRow(translate("digits", "Classes"), self.classes)
        form.addRow(translate("digits", "Digits"), pair)
        form.addRow(translate("digits", "Test share"), self.test_share)
        form.addRow(translate("digits", "Filters"), self.filters)
        form.addRow(translate("digits", "Batch size"), self.batch)
        form.addRow(translate("digits", "Seed"), self.seed)
        self.sizes = QLabel()
        self.sizes.setObjectName("digits-sizes")
        self.sizes.setWordWrap(True)
        form.addRow(self.sizes)
        self.panel = TrainingPanel(self.controller, learning_rate_range=(0.001, 10.0),
                                   loss_name=translate("cnn", "Cross Entropy"))
        for widget in [self.panel, *self.panel.findChildren(QWidget)]:  # not the letters' run, step …
            if widget.objectName() and not widget.objectName().startswith(("qt_", "digits-")):
                widget.setObjectName("digits-" + widget.objectName())
        self.panel.set_rules(digits.DEFAULT_RULES)
        self.panel.buttons["reset"].clicked.connect(self.reset)
        for field in (self.first, self.second, self.test_share, self.filters, self.seed):
            field.valueChanged.connect(self.rebuild)
        self.classes.currentIndexChanged.connect(self.rebuild)
        self.batch.valueChanged.connect(self._on_batch_size)
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(2, 2, 2, 2)
        column.addWidget(box)
        column.addWidget(self.panel)
        column.addStretch(1)
        self.controls_scroll = QScrollArea()
        self.controls_scroll.setObjectName("digits-controls")
        self.controls_scroll.setWidget(panel)
        self.controls_scroll.setWidgetResizable(True)
        self.controls_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.controls_scroll.setFixedWidth(CONTROLS_WIDTH)
        self._update_enabled()

    def _build_views(self) -> None:
        self.loss_plot = theme.make_plot(translate("digits", "Mini-batch Cross Entropy"),
                                         translate("digits", "Step"), translate("cnn", "Cross Entropy"))
        self.loss_plot.setObjectName("digits-loss-plot")
        self._loss_range = StepRange(self.loss_plot)  # ranges in jumps: autorange redrew both axes every frame
        self.loss_item = self.loss_plot.plot(pen=theme.pen("ssr", LOSS_LINE_WIDTH))
        self.loss_item.setDownsampling(auto=True, method="peak")
        self.accuracy_plot = theme.make_plot(translate("digits", "Accuracy"), translate("digits", "Step"),
                                             translate("digits", "% right"), legend="bottom-right")
        self.accuracy_plot.setObjectName("digits-accuracy-plot")
        self.accuracy_plot.setYRange(0, 100, padding=0.02)
        self.train_item = self.accuracy_plot.plot(pen=theme.pen("prediction"), name=translate("digits", "training"))
        self.test_item = self.accuracy_plot.plot(pen=theme.pen("residual"), name=translate("digits", "test"))
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.setMinimumSize(160, 120)
        self.confusion = ConfusionView()
        self.maps = FilterView()
        self.mistakes = MistakesView()
        self.score = big_label("digits-score")
        self.test_image = spin("digits-test-image", 1, 1, 1, translate("digits", "Which test image the filters "
                                                                                 "are shown on"))
        self.test_image.valueChanged.connect(lambda _v: self.redraw(self.controller.current))
        self.next_mistake = QPushButton(translate("digits", "Next mistake"))
        self.next_mistake.setObjectName("digits-next-mistake")
        self.next_mistake.setToolTip(translate("digits", "Show the next test image the network gets wrong"))
        self.next_mistake.clicked.connect(self.show_next_mistake)
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(translate("digits", "Test image")))
        chooser.addWidget(self.test_image)
        chooser.addWidget(self.next_mistake)
        chooser.addStretch(1)
        self.image_answer = big_label("digits-image-answer")
        self.draw = PixelGrid(digits.SIDE, digits.SIDE)
        self.draw.setObjectName("digits-draw")
        self.draw.changed.connect(lambda _image: self.show_drawing())
        self.answer = big_label("digits-answer")
        clear = QPushButton(translate("digits", "Clear"))
        clear.setObjectName("digits-clear")
        clear.clicked.connect(lambda: (self.draw.set_image(np.zeros((8, 8))), self.show_drawing()))
        copy = QPushButton(translate("digits", "Copy the test image"))
        copy.setObjectName("digits-copy-test")
        copy.setToolTip(translate("digits", "Put the chosen test image on the grid, to change it pixel by pixel"))
        copy.clicked.connect(self.copy_test_image)
        drawing = QVBoxLayout()
        title = one_line(QLabel(translate("digits", "Draw a digit: what does it say?")))
        title.setFont(theme.font(theme.BASE_PT, bold=True))
        drawing.addWidget(title)
        drawing.addWidget(self.draw, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(clear)
        buttons.addWidget(copy)
        drawing.addLayout(buttons)
        drawing.addWidget(self.answer)
        maps = titled(translate("digits", "Filter, Feature Map, Max Pooling"),
                      self.maps)
        maps.insertLayout(0, chooser)
        maps.insertWidget(1, self.image_answer)
        self.grid = QGridLayout()
        self.grid.addWidget(self.score, 0, 0, 1, 3)
        self.grid.addWidget(self.loss_plot, 1, 0)
        self.grid.addWidget(self.accuracy_plot, 1, 1)
        self.grid.addLayout(titled(translate("digits", "Rows: true · columns: answer"),
                                   self.confusion), 1, 2)
        self.grid.addLayout(maps, 2, 0)
        mistakes = titled(translate("digits", "Mistakes (true→answer)"), self.mistakes)
        self.mistakes_title = mistakes.itemAt(0).widget()
        self.grid.addLayout(mistakes, 2, 1)
        self.grid.addLayout(drawing, 2, 2)
        for row in (1, 2):
            self.grid.setRowStretch(row, 1)
        for col in range(3):
            self.grid.setColumnStretch(col, 1)

    # --- the data and the model ---------------------------------------------------------------------
    def chosen_classes(self) -> tuple[int, ...]:
        if self.classes.currentData() == "all":
            return digits.DIGITS
        return tuple(sorted({self.first.value(), self.second.value()}))

    def _batches(self, batch_size: int | None = None, seed: int | None = None) -> digits.Batches:
        """The training part's mini-batches; the windows of both parts are laid out once here (im2col)."""
        self.train_cols, self.test_cols = digits.patches(self.data.train_images), digits.patches(self.data.test_images)
        return digits.Batches(self.model, None, self.data.train_labels,
                              self.batch.value() if batch_size is None else batch_size,
                              self.seed.value() if seed is None else seed, cols=self.train_cols)

    def _update_enabled(self) -> None:
        two = self.classes.currentData() == "two"
        self.first.setEnabled(two)
        self.second.setEnabled(two)

    def rebuild(self, *_args, params=None) -> None:
        """New classes, split, filters or seed: a new network from its seeded start (or `params`)."""
        self._update_enabled()
        classes = self.chosen_classes()
        if len(classes) < 2:
            self.sizes.setText(translate("digits", "Choose two different digits."))
            self.sizes.setStyleSheet("color: #B00020; font-weight: bold;")
            return
        self.sizes.setStyleSheet("")
        self.data = digits.split(self.images, self.labels, classes, self.test_share.value() / 100, self.seed.value())
        self.model = digits.Model(self.filters.value(), len(classes))
        self.curve.clear()
        start = self.model.start(self.seed.value()) if params is None else params
        self.controller.reset(start, objective=self._batches())

    def _on_batch_size(self, _value: int) -> None:
        self.controller.set_objective(self._batches(), restart=True)

    def reset(self) -> None:
        self.curve.clear()
        self.controller.reset(self.controller.history[0].params)

    # --- drawing ----------------------------------------------------------------------------------------
    def _on_step(self, step) -> None:
        numbers, losses = self.controller.history.losses(PLOTTED_STEPS)
        losses = np.minimum(losses, 1e6)
        self.loss_item.setData(numbers, losses)
        if len(numbers):
            self._loss_range.follow(float(numbers[0]), float(numbers[-1]), float(np.nanmax(losses)))
        if self._slow.due():
            self.redraw(step)

    def redraw(self, step) -> None:
        """Accuracies, confusion matrix, mistakes, the filters on the chosen test image, the drawn digit."""
        params, data, model = np.asarray(step.params), self.data, self.model
        if len(params) != model.size:
            return
        train = digits.accuracy(model, params, None, data.train_labels, self.train_cols)
        out = digits.forward(model, params, None, self.test_cols)
        answers = out.scores.argmax(axis=1)
        test = float(np.mean(answers == data.test_labels))
        while self.curve and self.curve[-1][0] >= step.number:  # Step back, or the same step redrawn
            self.curve.pop()
        self.curve.append((step.number, 100 * train, 100 * test))
        curve = np.array(self.curve, dtype=float)
        self.train_item.setData(curve[:, 0], curve[:, 1])
        self.test_item.setData(curve[:, 0], curve[:, 2])
        classes = np.array(data.classes)
        k = model.classes
        matrix = np.bincount(data.test_labels * k + answers, minlength=k * k).reshape(k, k)
        self.confusion.show(matrix, data.classes)
        wrong = np.flatnonzero(answers != data.test_labels)
        self.mistakes.show(data.test_images[wrong], classes[data.test_labels[wrong]], classes[answers[wrong]])
        self.mistakes_title.setText(fill(translate("digits", "Mistakes: %1 of %2 (true→answer)"),
                                         len(wrong), len(answers)))
        self.test_image.blockSignals(True)
        self.test_image.setMaximum(len(data.test_labels))
        self.test_image.blockSignals(False)
        i = self.test_image.value() - 1
        said = fill(translate("digits", "true %1, says %2 (%3)"), classes[data.test_labels[i]], classes[answers[i]],
                    percent(out.probabilities[i, answers[i]]))
        parts = model.unpack(params)
        self.maps.show(data.test_images[i], parts.kernels, out.feature_maps[i], out.pooled[i])
        self.image_answer.setText(said)
        epoch = step.number / digits.steps_per_epoch(len(data.train_labels), self.batch.value())
        self.score.setText(fill(translate("digits", "Step %1 (epoch %2) · test accuracy %3 · training accuracy %4"),
                                step.number, localize(f"{epoch:.1f}"), percent(test), percent(train)))
        self.sizes.setText(fill(translate("digits", "%1 training images, %2 test images; %3 parameters."),
                                len(data.train_labels), len(data.test_labels), model.size))
        self.show_drawing()

    def show_drawing(self) -> None:
        image = self.draw.image()
        if not image.any():
            self.answer.setText(translate("digits", "Paint a digit on the grid."))
            return
        probabilities = digits.forward(self.model, self.controller.current.params, image[None]).probabilities[0]
        best = int(np.argmax(probabilities))
        self.answer.setText(fill(translate("digits", "It says: %1 (%2 sure)"), self.data.classes[best],
                                 percent(probabilities[best])))

    def copy_test_image(self) -> None:
        self.draw.set_image(self.data.test_images[self.test_image.value() - 1])
        self.show_drawing()

    def show_next_mistake(self) -> None:
        answers = digits.predict(self.model, self.controller.current.params, None, self.test_cols)
        wrong = np.flatnonzero(answers != self.data.test_labels) + 1
        if wrong.size:
            later = wrong[wrong > self.test_image.value()]
            self.test_image.setValue(int(later[0] if later.size else wrong[0]))

    # --- lesson files -----------------------------------------------------------------------------------
    def get_state(self) -> dict:
        return {"classes": list(self.chosen_classes()), "test_percent": self.test_share.value(),
                "filters": self.filters.value(), "batch_size": self.batch.value(), "seed": self.seed.value(),
                "learning_rate": self.controller.learning_rate, "params": list(self.controller.current.params),
                "test_image": self.test_image.value(), "drawing": self.draw.image().tolist()}

    def lesson_entry(self) -> dict:
        """{"digits": state} for the tab's lesson state, or nothing while the page is as it opened (lessons
        written before the page existed then read back unchanged)."""
        state = self.get_state()
        return {} if state == self.default_state else {"digits": state}

    def set_state(self, state: dict) -> None:
        """Apply a state that `validated` accepted (call `validated` first: it raises ValueError)."""
        for widget in (self.classes, self.first, self.second, self.test_share, self.filters, self.seed, self.batch):
            widget.blockSignals(True)
        classes = state["classes"]
        self.classes.setCurrentIndex(0 if len(classes) == 10 else 1)
        if len(classes) == 2:
            self.first.setValue(classes[0])
            self.second.setValue(classes[1])
        for box, key in ((self.test_share, "test_percent"), (self.filters, "filters"), (self.seed, "seed"),
                         (self.batch, "batch_size")):
            box.setValue(state[key])
        for widget in (self.classes, self.first, self.second, self.test_share, self.filters, self.seed, self.batch):
            widget.blockSignals(False)
        self.panel.learning_rate.setValue(state["learning_rate"])
        self.controller.learning_rate = state["learning_rate"]
        self.draw.set_image(np.array(state["drawing"]))
        self.rebuild(params=state["params"])
        self.test_image.setValue(min(state["test_image"], len(self.data.test_labels)))

    # --- the tab ------------------------------------------------------------------------------------------
    def on_tab_page_changed(self, _index: int) -> None:
        """The page takes the whole tab while it is shown: the letter's controls and pictures are hidden."""
        shown = self._tab.pages.currentWidget() is self.scroll
        legend = self._tab.findChild(QLabel, "colour-legend")
        for widget in self._tab_parts + ([legend] if legend is not None else []):
            widget.setVisible(not shown)
        column = self._tab.content.layout()  # an empty sub-layout keeps its stretch: give the pages all of it
        if self._stretches is None:  # the tab's own, read before the first change
            self._stretches = [column.stretch(i) for i in range(column.count())]
        for i, stretch in enumerate(self._stretches):
            column.setStretch(i, (1 if column.itemAt(i).widget() is self._tab.pages else 0) if shown else stretch)


def install(tab) -> DigitsPage:
    """Add the Digits page to chapter 4's `cnn-views`, stop its worker with the tab, and hide the letter's
    controls and pictures while it is shown."""
    page = DigitsPage()
    page.scroll = QScrollArea()  # as the other pages: its minimum size must not widen the tab
    page.scroll.setWidget(page)
    page.scroll.setWidgetResizable(True)
    page.scroll.setFrameShape(QFrame.Shape.NoFrame)
    tab.pages.addTab(page.scroll, translate("digits", "Digits"))
    page._tab = tab
    page._tab_parts = [w for w in (tab.findChild(QScrollArea, "controls"), tab.pixel_grid, tab.pipeline, tab.diagram)
                       if w is not None]
    tab.controllers.append(page.controller)
    tab.pages.currentChanged.connect(page.on_tab_page_changed)
    return page


__all__ = ["DigitsPage", "install", "validated"]
