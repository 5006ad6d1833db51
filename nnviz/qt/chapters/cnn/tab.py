"""Chapter 4 — Convolutional Neural Networks: a letter, a filter, the Feature Map, ReLU, Max Pooling, a classifier."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
)

from nnviz.core import cnn
from nnviz.core.cnn import image as cnn_image
from nnviz.core.cnn import shape as shape_
from nnviz.core.cnn import train
from nnviz.core.descent import Step, StoppingRules
from nnviz.qt import theme
from nnviz.qt.chapters.base import ChapterTab, GuidedStep
from nnviz.qt.chapters.cnn import digits_page
from nnviz.qt.chapters.cnn.editors import ClassifierEditor, FilterEditor, validated_state
from nnviz.qt.chapters.cnn.pages import (
    PLAY_INTERVALS,
    StepByStepPage,
    TrainingPage,
    WhyCnnPage,
    classifier_lines,
    convolution_lines,
    deck_steps,
)
from nnviz.qt.chapters.cnn.picture import PictureBox, clip_text, picture_to_grid
from nnviz.qt.chapters.cnn.pipeline import PipelineView
from nnviz.qt.chapters.cnn.player import ConvolutionPlayer
from nnviz.qt.chapters.cnn.views import ClassifierDiagram, joined, legend_html, num
from nnviz.qt.i18n import fill, translate
from nnviz.qt.training import PLOTTED_STEPS, SlowViews, TrainingController
from nnviz.qt.widgets.ledger import Ledger
from nnviz.qt.widgets.number_field import NumberField
from nnviz.qt.widgets.pixel_grid import ARROWS, SHIFT_BUTTONS, PixelGrid
from nnviz.qt.widgets.practice_card import PracticeCard
from nnviz.qt.widgets.training_panel import TrainingPanel

LEARNING_RATE = 0.1
SLOW_S = 0.08  # during a run, the numbers or the pictures are redrawn at most every 80 ms, in turn
RULES = StoppingRules(0.01, 2000, 0.0001)
VIEWS = ("step-by-step", "classifier", "why-cnn", "training", "digits")  # the last: digits_page.install
VIEW_TITLES = (QT_TRANSLATE_NOOP("cnn", "Convolution, step by step"),
               QT_TRANSLATE_NOOP("cnn", "The classifier, written out"),
               QT_TRANSLATE_NOOP("cnn", "Why a CNN?"), QT_TRANSLATE_NOOP("cnn", "Training"))
LOSS_NAME = "Cross Entropy"  # the controller's loss name (a column of the exported CSV: not translated)


class CnnTab(ConvolutionPlayer, ChapterTab):
    number = 4
    key = "cnn"
    title = "Convolutional Neural Networks"
    summary = QT_TRANSLATE_NOOP("chapters", "A filter finds a pattern anywhere in the image; Max Pooling keeps the "
                                            "strongest match, so small shifts don't matter.")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.image = np.array(cnn.LETTER_O)
        self.shape = shape_.DECK_SHAPE
        self.position: int | None = None  # the filter's window, step by step (None: whole Feature Map)
        self.plain = train.train_plain()
        objective, free = self._objective(self.shape, shifted=False, train_filter=False)  # as the page starts
        self.controller = TrainingController(objective, train.DECK_PARAMS, LEARNING_RATE, RULES, free=free,
                                             loss_name=LOSS_NAME, parent=self)
        self.controllers.append(self.controller)
        self.play_timer = QTimer(self, interval=PLAY_INTERVALS[1])
        self.play_timer.timeout.connect(self._on_play_tick)
        self._build_controls()
        self._build_content()
        self.practice_card = PracticeCard(self.practice, self.pages)  # the written-out pipeline shows answers
        self.controller.stepChanged.connect(self._on_step)
        self._slow = SlowViews(self.controller, self._on_step, interval=SLOW_S)  # redraws all when a run ends
        self._on_step(self.controller.current)
        self.set_image(self.image)

    # --- construction -----------------------------------------------------------
    def _build_controls(self) -> None:
        box = self.image_box = QGroupBox(fill(translate("cnn", "Input image (%1×%1 pixels)"), 6))
        layout = QVBoxLayout(box)
        self.letter_preset = QComboBox()
        self.letter_preset.setObjectName("letter-preset")
        self.letter_preset.setToolTip(translate("cnn", "Start from the deck's letter O, its letter X or a blank image"))
        for text, key in ((translate("cnn", "Letter O"), "O"), (translate("cnn", "Letter X"), "X"),
                          (translate("cnn", "Blank"), "blank")):
            self.letter_preset.addItem(text, key)
        self.letter_preset.activated.connect(self._on_letter_preset)
        layout.addWidget(self.letter_preset)
        arrows = QHBoxLayout()
        arrows.addWidget(QLabel(translate("cnn", "Shift:")))
        for key, (text, dx, dy, tip, name) in SHIFT_BUTTONS.items():
            button = QPushButton(text)
            button.setObjectName(key)
            button.setToolTip(translate("pixel_grid", tip))
            button.setAccessibleName(translate("pixel_grid", name))
            button.setFont(theme.font(theme.TITLE_PT, bold=True))
            button.setMaximumWidth(46)  # four arrows and "Décaler :" fit in the controls column
            button.clicked.connect(self._on_shift_button)
            button.setProperty("shift", (dx, dy))
            arrows.addWidget(button)
        layout.addLayout(arrows)
        self.ink = NumberField("ink", translate("cnn", "Ink (paint value)"), 1.0, 0.0, 1.0, slider=False,
                               tooltip=translate("cnn", "The value a click paints: 1 = black, 0.5 = grey"))
        self.ink.valueChanged.connect(self._on_ink)
        layout.addWidget(self.ink)
        hint = self.paint_hint = QLabel(translate("cnn", "Paint: click or drag on the picture. Erase: right-click."))
        hint.setObjectName("paint-hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.clip_message = QLabel()
        self.clip_message.setObjectName("clip-message")
        self.clip_message.setWordWrap(True)
        self.clip_message.setStyleSheet("color: #B00020; font-weight: bold;")
        self.clip_message.hide()
        layout.addWidget(self.clip_message)
        self.filter_editor = FilterEditor()
        self.filter_editor.edited.connect(self._on_params_edited)
        self.classifier_editor = ClassifierEditor()
        self.classifier_editor.edited.connect(self._on_params_edited)
        self.panel = TrainingPanel(self.controller, loss_name=translate("cnn", "Cross Entropy"))
        self.panel.set_rules(RULES)
        self.panel.buttons["reset"].clicked.connect(self.reset)
        self.deck_button = QPushButton(translate("cnn", "Deck's values"))
        self.deck_button.setObjectName("deck-values")
        self.deck_button.setToolTip(translate("cnn", "The deck's O, its diagonal filter with bias −2 and the "
                                                     "classifier's weights"))
        self.deck_button.clicked.connect(self.restore_deck)
        self.picture_box = PictureBox()
        self.picture_box.shapeRequested.connect(self.set_shape)
        self.picture_box.pictureLoaded.connect(self._on_picture)
        for widget in (self.deck_button, box, self.picture_box, self.filter_editor, self.panel, self.classifier_editor):
            self.controls.addWidget(widget)
        self.finish_controls()

    def _build_content(self) -> None:
        self.pixel_grid = PixelGrid()
        self.pixel_grid.changed.connect(self._on_image_painted)
        self.pixel_grid.shiftRequested.connect(self.shift_image)
        self.pipeline = PipelineView()
        self.diagram = ClassifierDiagram()
        legend = QLabel(legend_html())
        legend.setObjectName("colour-legend")
        legend.setWordWrap(False)  # one line; a wrapped label would raise the tab's minimum height
        legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # nor its minimum width
        legend.setToolTip(legend.text())
        self.step_page, self.why_page, self.training_page = StepByStepPage(), WhyCnnPage(), TrainingPage()
        self.class_ledger = Ledger(translate("cnn", "ReLU, Max Pooling and the classifier"), key="classifier-ledger")
        self.step_page.buttons["conv-step"].clicked.connect(self.conv_step)
        self.step_page.buttons["conv-play"].clicked.connect(self.conv_play)
        self.step_page.buttons["conv-show-all"].clicked.connect(self.conv_show_all)
        self.step_page.speed.valueChanged.connect(self._on_play_speed)
        self.training_page.train_filter.toggled.connect(self._on_training_set_changed)
        self.training_page.train_shifted.toggled.connect(self._on_training_set_changed)
        self.pages = QTabWidget()
        self.pages.setObjectName("cnn-views")
        pages = (self.step_page, self.class_ledger, self.why_page, self.training_page)
        for page, text in zip(pages, VIEW_TITLES, strict=True):
            scroll = QScrollArea()  # also stops the word-wrapped ledgers from dictating the page's height
            scroll.setWidget(page)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            self.pages.addTab(scroll, translate("cnn", text))
        self.digits = digits_page.install(self)
        self.pages.currentChanged.connect(self._on_view_changed)
        top = QHBoxLayout()
        top.addWidget(self.pixel_grid, 2)
        top.addWidget(self.pipeline, 5)
        column = QVBoxLayout(self.content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top, 5)
        column.addWidget(legend)
        column.addWidget(self.diagram, 4)
        column.addWidget(self.pages, 5)

    # --- model ----------------------------------------------------------------------
    def network(self, step: Step | None = None) -> shape_.Parts:
        """Every weight, filter and bias of a step (default: the current one)."""
        return shape_.unpack(self.shape, (step or self.controller.current).params)

    def parts(self, step: Step | None = None) -> tuple[shape_.Parts, np.ndarray, float]:
        """(classifier, first filter, its bias) of a step (default: the current one)."""
        net = self.network(step)
        return net, net.kernels[0], float(net.biases[0])

    def pipeline_result(self) -> shape_.GridPipeline:
        return shape_.forward(self.shape, self.image, self.controller.current.params)

    def _objective(self, shape: shape_.Shape, shifted: bool, train_filter: bool):
        """(objective, free mask): the deck's own for its shape, the grown network's otherwise; with the filters
        frozen, the one that computes their Feature Maps once and the classifier in floats."""
        if shape.is_deck and train_filter:
            return train.objective(shifted), train.free_mask(train_filter)
        return shape_.objective(shape, shifted, train_filter), shape_.free_mask(shape, train_filter)

    def set_shape(self, shape: shape_.Shape, image=None, params=None) -> None:
        """A new grid size or number of filters: the image is averaged onto the new grid, the filters are kept
        (new ones start as `FILTER_STARTS`), the classifier starts again (the deck's, or a seeded random one)."""
        self.controller.pause()  # first, under the old shape: its last frame and queued batches are of that shape
        net = self.network()
        if image is None:
            image = cnn_image.resample(self.image, shape.size)
        if params is None:
            params = shape_.start_params(shape, net.kernels, net.biases)
        changed, self.shape, self.position = shape != self.shape, shape, None
        self.play_timer.stop()
        if changed:
            self.plain = train.train_plain(*shape_.training_set(shape))
            lr = LEARNING_RATE if shape.is_deck else shape_.learning_rate(shape)
            self.panel.learning_rate.setValue(lr)
            self.controller.learning_rate = lr
        self.picture_box.set_shape(shape)
        self.image_box.setTitle(fill(translate("cnn", "Input image (%1×%1 pixels)"), shape.size))
        self.pixel_grid.set_image(image, resize=True)  # the image first: resetting the controller redraws
        self.image = self.pixel_grid.image()
        page = self.training_page
        objective, free = self._objective(shape, page.train_shifted.isChecked(), page.train_filter.isChecked())
        self.controller.reset(params, objective=objective, free=free)
        self.set_image(image, resize=True)

    def _on_picture(self, pixels, source: str) -> None:
        grid, said = picture_to_grid(pixels, self.shape.size)
        self.set_image(grid)
        self.picture_box.say(fill(translate("cnn", "Imported from %1: %2"), source, said))

    def set_image(self, image, resize: bool = False) -> None:
        """Show a new input image (clipped to 0…1, saying so when it had to be)."""
        clipped = self.pixel_grid.set_image(image, resize)
        self.image = self.pixel_grid.image()
        self.clip_message.setText(clip_text(clipped))
        self.clip_message.setVisible(bool(clipped))
        for key, letter in cnn.LETTERS.items():  # the preset list names the letter shown, when it is one
            if np.array_equal(self.image, cnn_image.resample(letter, self.shape.size)):
                self.letter_preset.setCurrentIndex(self.letter_preset.findData(key))
        self.refresh()

    def shift_image(self, dx: int, dy: int) -> None:
        """Move the picture one pixel (zero fill; what leaves the grid is lost)."""
        self.set_image(cnn.shift(self.image, dx, dy))

    def reset(self) -> None:
        self.controller.reset(self.controller.history[0].params)
        self.panel.status.setText(translate("cnn", "Reset."))

    def restore_deck(self) -> None:
        """The deck's O, filter, bias and classifier."""
        self.play_timer.stop()
        self.position = None
        self.letter_preset.setCurrentIndex(0)
        self.picture_box.say("")
        self.set_shape(shape_.DECK_SHAPE, cnn.LETTER_O, train.DECK_PARAMS)

    def _current_params(self) -> np.ndarray:
        editor = self.filter_editor
        return np.concatenate([self.classifier_editor.head(), editor.kernels().ravel(), editor.biases()])

    # --- slots ------------------------------------------------------------------------
    def _on_letter_preset(self, index: int) -> None:
        self.set_image(cnn_image.resample(cnn.LETTERS[self.letter_preset.itemData(index)], self.shape.size))

    def _on_shift_button(self) -> None:
        self.shift_image(*self.sender().property("shift"))

    def _on_ink(self, value: float) -> None:
        self.pixel_grid.ink = value

    def _on_image_painted(self, image) -> None:
        self.image = np.array(image)
        self.refresh()

    def _on_params_edited(self) -> None:
        self.controller.set_params(self._current_params())

    def _on_training_set_changed(self, _checked: bool = False) -> None:
        page = self.training_page
        objective, free = self._objective(self.shape, page.train_shifted.isChecked(), page.train_filter.isChecked())
        self.controller.reset(self.controller.current.params, objective=objective, free=free)

    def _on_view_changed(self, _index: int) -> None:
        self.refresh()

    def keyPressEvent(self, event) -> None:
        if event.key() in ARROWS:  # arrow keys not taken by a focused field or list shift the picture
            self.shift_image(*ARROWS[event.key()])
            return
        super().keyPressEvent(event)

    # --- view -----------------------------------------------------------------------------
    def _on_step(self, _step: Step) -> None:
        if not self.controller.running:
            self._redraw_current()
            return
        if self.training_page.isVisible():  # the loss curve follows every frame of a run
            self._show_losses()
        if self._slow.due():  # the numbers or the pictures, in turn: each redraw of a run half as long
            self._pictures_turn = not getattr(self, "_pictures_turn", False)
            (self.refresh if self._pictures_turn else self._redraw_numbers)()

    def _show_losses(self) -> None:
        numbers, losses = self.controller.history.losses(PLOTTED_STEPS)
        self.training_page.show_losses(numbers, losses)

    def _redraw_numbers(self) -> None:
        net = self.network()
        self.filter_editor.set_filters(net.kernels, net.biases)
        self.classifier_editor.set_classifier(net)
        self._show_losses()

    def _redraw_current(self) -> None:
        self._redraw_numbers()
        self.refresh()

    def refresh(self) -> None:
        """Recompute the pipeline for the current image and parameters, and redraw every view."""
        net = self.network()
        classifier, kernel, bias = net, net.kernels, net.biases
        p = self.pipeline_result()
        self.pipeline.show_pipeline(kernel, bias, p, self.position)
        self.diagram.show_pipeline(classifier, p)
        self.paint_hint.setText(translate("cnn", "Paint: click or drag on the picture. Erase: right-click.")
                                if self.pixel_grid.numbers_shown() else
                                translate("cnn", "Paint: click or drag on the picture. Erase: right-click. "
                                                 "Pixels too small for numbers: hover one for its value."))
        m = self.shape.map_side
        self.pixel_grid.set_window(self.position // m if self.position is not None else None, (self.position or 0) % m)
        if self.position is None:
            self.step_page.conv_ledger.title.setText(translate("cnn", "The whole pipeline, written out"))
            self.step_page.conv_ledger.set_lines(
                [fill(translate("cnn", "Each Feature Map cell = Σ pixel × filter value + bias (%1). Press <b>Step</b> "
                                       "to move the filter one window at a time, or <b>Play</b> to watch it fill the "
                                       "Feature Map cell by cell."), joined(num(b) for b in bias))]
                + classifier_lines(p, classifier))
        else:
            self.step_page.conv_ledger.title.setText(translate("cnn", "The filter on one window"))
            self.step_page.conv_ledger.set_lines(convolution_lines(self.image, kernel, bias, self.position, m))
        self.class_ledger.set_lines(classifier_lines(p, classifier))
        view = VIEWS[self.pages.currentIndex()]
        if view == "why-cnn":
            self._update_why(classifier, kernel, bias, p)
        elif view == "training":
            self._update_training_summary(classifier, kernel, bias)

    def _update_why(self, classifier, kernel, bias, p: cnn.Pipeline) -> None:
        o, x = shape_.letter("O", self.shape.size), shape_.letter("X", self.shape.size)
        move = max(1, round(self.shape.size / 6))  # one of the deck's pixels
        images = dict(zip(WhyCnnPage.ROWS, (o, x, cnn.shift(o, move, 0), cnn.shift(x, move, 0), self.image),
                          strict=True))
        params = self.controller.current.params
        results = {name: {"plain": self.plain.probabilities(image),
                          "cnn": shape_.forward(self.shape, image, params).probabilities}
                   for name, image in images.items()}
        r, c = np.unravel_index(int(np.argmax(p.feature_map)), p.feature_map.shape)
        self.why_page.show_results(results, kernel[0], (float(p.feature_map[r, c]), int(r), int(c)),
                                   (self.shape.size ** 2, self.shape.n_pooled, self.shape.filters))

    def _update_training_summary(self, classifier, kernel, bias) -> None:
        shifted = self.training_page.train_shifted.isChecked()
        letters, right = shape_.recognised(self.shape, self.controller.current.params, shifted)
        self.training_page.show_summary(letters, self.controller.current.loss, right)

    # --- lesson files and guided steps -------------------------------------------------------
    def get_state(self) -> dict:
        return {"grid_size": self.shape.size, "filters": self.shape.filters,
                "image": self.image.tolist(), "params": list(self.controller.current.params),
                "view": VIEWS[self.pages.currentIndex()], "position": self.position,
                "train_filter": self.training_page.train_filter.isChecked(),
                "train_shifted": self.training_page.train_shifted.isChecked(),
                "learning_rate": self.controller.learning_rate, **self.digits.lesson_entry()}

    def set_state(self, state: dict) -> None:
        shape, image, params, view, position, flags, lr = validated_state(state, VIEWS, LEARNING_RATE)
        digits_state = digits_page.validated(state["digits"]) if "digits" in state else None
        self.play_timer.stop()
        self.pages.setCurrentIndex(VIEWS.index(view))
        for box, value in zip((self.training_page.train_filter, self.training_page.train_shifted), flags, strict=True):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        self.set_shape(shape, image, params)
        self.panel.learning_rate.setValue(lr)
        self.controller.learning_rate = lr
        self.position = position
        if digits_state:
            self.digits.set_state(digits_state)
        self.refresh()

    def guided_steps(self) -> list[GuidedStep]:
        return deck_steps(self.set_state, LEARNING_RATE)
