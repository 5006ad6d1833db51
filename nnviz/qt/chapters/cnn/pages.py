"""Chapter 4 pages under the pipeline: convolution step by step, why a CNN, and training."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

from nnviz.core import cnn
from nnviz.core.cnn import train
from nnviz.qt import theme
from nnviz.qt.chapters.base import GuidedStep
from nnviz.qt.chapters.cnn.views import full, joined, num
from nnviz.qt.i18n import fill, number, translate
from nnviz.qt.widgets.ledger import Ledger
from nnviz.qt.widgets.step_range import StepRange

#: Play speed slider positions → milliseconds per window position.
PLAY_INTERVALS = (1500, 900, 500, 250, 100)
MARKED_STEPS = 100  # the loss curve marks each step with a dot up to this many steps


def play_text(playing: bool) -> str:
    """The Play button's text: "❚❚ Pause" while the filter slides, "▶ Play" otherwise."""
    return translate("cnn_pages", "❚❚ Pause") if playing else translate("cnn_pages", "▶ Play")


def _term(pixel: float, weight: float) -> str:
    """"1×0.2" or "1×(−0.8)", rounded as on screen."""
    return f"{num(pixel)}×{num(weight)}" if round(weight, 2) >= 0 else f"{num(pixel)}×({num(weight)})"


def _plus(total: float, value: float) -> str:
    """"3 − 2" or "3 + 0.5": a sum written as the deck writes it."""
    return f"{num(total)} {'−' if value < 0 else '+'} {num(abs(value))}"


def convolution_lines(image, kernels, biases, position: int, side: int = 4) -> list[tuple[str, str]]:
    """The dot product of the window at `position` (0…side²−1) and each filter, written out with its numbers."""
    r, c = divmod(position, side)
    window = np.asarray(image, dtype=float)[r:r + 3, c:c + 3]
    kernels = np.asarray(kernels, dtype=float).reshape(-1, 3, 3)
    biases = np.ravel(biases)
    lines = [(fill(translate("cnn_pages", "<b>Window %1 of %2</b> (orange frame): rows %3–%4, columns %5–%6; "
                                          "pixel × filter value:"),
                   position + 1, side * side, r + 1, r + 3, c + 1, c + 3), "")]
    for f, (kernel, bias) in enumerate(zip(kernels, biases, strict=True)):
        total = float((window * kernel).sum())
        value = total + float(bias)
        terms = " + ".join(_term(p, k) for p, k in zip(window.ravel(), kernel.ravel(), strict=True))
        which = fill(translate("cnn_pages", "Filter %1: "), f + 1) if len(kernels) > 1 else ""
        if len(kernels) > 1:
            where = fill(translate("cnn_pages", "→ Feature Map %1, row %2, column %3"), f + 1, r + 1, c + 1)
        else:
            where = fill(translate("cnn_pages", "→ Feature Map, row %1, column %2"), r + 1, c + 1)
        lines += [(f"{which}{terms} = <b>{num(total)}</b>",
                   fill(translate("cnn_pages", "Σ pixel × filter = %1"), full(total))),
                  (fill(translate("cnn_pages", "plus the bias: %1 = <b>%2</b> %3"), _plus(total, bias), num(value),
                        where), full(value))]
    return lines


def classifier_lines(p: cnn.Pipeline, c: cnn.Classifier) -> list[tuple[str, str]]:
    """ReLU, Max Pooling and the classifier written out with their numbers."""
    maps = getattr(p, "feature_maps", p.feature_map)
    negatives = int(np.count_nonzero(maps < 0))
    pooled = np.ravel(getattr(p, "pooled_maps", p.pooled))
    weights = np.ravel(c.weights)
    if pooled.size <= 4:
        terms = " + ".join(_term(v, w) for v, w in zip(pooled, weights, strict=True))
        pooled_text = joined(num(v) for v in pooled)
    else:  # hundreds of terms: their sum, and the biggest contributions
        terms = fill(translate("cnn_pages", "Σ %1 pooled values × weights (%2)"), pooled.size,
                     num(float(pooled @ weights)))
        pooled_text = fill(translate("cnn_pages", "%1 values, %2 above 0, largest %3"), pooled.size,
                           int(np.count_nonzero(pooled)), num(pooled.max()))
    lines = [(fill(translate("cnn_pages", "ReLU: %1 negative Feature Map cells → 0, %2 stay above 0. "
                                          "Max Pooling (largest of each 2×2 region): <b>%3</b>"),
                   negatives, int(np.count_nonzero(maps > 0)), pooled_text),
              joined(full(v) for v in pooled[:64])),
             (fill(translate("cnn_pages", "Hidden = ReLU(%1) = ReLU(%2) = <b>%3</b>"),
                   f"{terms} {'−' if c.b1 < 0 else '+'} {num(abs(c.b1))}", num(p.hidden_input), num(p.hidden)),
              fill(translate("cnn_pages", "Hidden = %1"), full(p.hidden)))]
    for label, w, b, score in (("O", c.w_o, c.b_o, p.scores[0]), ("X", c.w_x, c.b_x, p.scores[1])):
        lines.append((f"{label} = {_term(p.hidden, w)} {'−' if b < 0 else '+'} {num(abs(b))} = "
                      f"<b>{num(score)}</b>", f"{label} = {full(score)}"))
    o, x = (num(s) for s in p.scores)
    answer = (translate("cnn_pages", "a tie: 50/50") if p.answer is None
              else "<b>" + fill(translate("cnn_pages", "“%1”"), cnn.LABELS[p.answer]) + "</b>")
    lines.append((fill(translate("cnn_pages", "SoftMax: P(O) = e<sup>%1</sup> / (e<sup>%1</sup> + e<sup>%2</sup>) = "
                                              "<b>%3</b>, P(X) = <b>%4</b>; ArgMax → %5"),
                       o, x, number(p.probabilities[0], 2), number(p.probabilities[1], 2), answer),
                  probabilities_tip(p.probabilities)))
    return lines


def probabilities_tip(probs) -> str:
    """P(O) and P(X) at full precision (a tooltip)."""
    return fill(translate("cnn_pages", "P(O) = %1, P(X) = %2"), full(probs[0]), full(probs[1]))


class StepByStepPage(QWidget):
    """Step / Play / Show all over the window positions, and the two ledgers."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, tip in (
                ("conv-step", translate("cnn_pages", "Step ›"),
                 translate("cnn_pages", "Move the filter to the next window and compute that cell")),
                ("conv-play", play_text(False),
                 translate("cnn_pages", "Move the filter over the whole image, cell by cell")),
                ("conv-show-all", translate("cnn_pages", "Show all"),
                 translate("cnn_pages", "Show the whole Feature Map at once"))):
            button = QPushButton(text)
            button.setObjectName(key)
            button.setToolTip(tip)
            self.buttons[key] = button
            row.addWidget(button)
        self.speed = QSlider(Qt.Orientation.Horizontal)
        self.speed.setObjectName("conv-speed")
        self.speed.setRange(0, len(PLAY_INTERVALS) - 1)
        self.speed.setValue(1)
        self.speed.setToolTip(translate("cnn_pages", "Play speed"))
        self.speed.setAccessibleName(translate("cnn_pages", "Play speed"))
        self.speed.setMaximumWidth(160)
        row.addWidget(QLabel(translate("cnn_pages", "Speed")))
        row.addWidget(self.speed)
        row.addStretch(1)
        self.conv_ledger = Ledger(translate("cnn_pages", "The filter on one window"), key="convolution-ledger")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.conv_ledger, 1)


class WhyCnnPage(QWidget):
    """The deck's three reasons, each backed by numbers: input nodes, shifted letters, the filter's pattern."""

    ROWS = ("O", "X", "O shifted right", "X shifted right", "Your image")  # keys; shown as ROW_TITLES
    ROW_TITLES = ("O", "X", QT_TRANSLATE_NOOP("cnn_pages", "O shifted right"),
                  QT_TRANSLATE_NOOP("cnn_pages", "X shifted right"), QT_TRANSLATE_NOOP("cnn_pages", "Your image"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFont(theme.font(theme.BASE_PT + 1))
        big = theme.font(theme.TITLE_PT, bold=True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        # 1) fewer input nodes
        nodes = QVBoxLayout()
        title = QLabel(translate("cnn_pages", "1) Fewer input nodes"))
        title.setFont(big)
        self.nodes_text = QLabel()
        self.nodes_text.setObjectName("input-nodes")
        self.nodes_text.setWordWrap(True)
        self.nodes_text.setFont(theme.font(theme.BASE_PT + 1))
        nodes.addWidget(title)
        nodes.addWidget(self.nodes_text)
        nodes.addStretch(1)
        # 2) tolerate small shifts
        table = QGridLayout()
        title = QLabel(translate("cnn_pages", "2) Tolerate small shifts"))
        title.setFont(big)
        table.addWidget(title, 0, 0, 1, 3)
        for col, text in enumerate((translate("cnn_pages", "Image"), translate("cnn_pages", "Plain network"), "CNN")):
            header = QLabel(f"<b>{text}</b>")
            header.setToolTip(translate("cnn_pages", "The plain network: 36 inputs → O and X, trained on the "
                                                     "unshifted O and X only") if col == 1 else "")
            table.addWidget(header, 1, col)
        self.cells: dict[tuple[str, str], QLabel] = {}
        for r, (name, shown) in enumerate(zip(self.ROWS, self.ROW_TITLES, strict=True)):
            table.addWidget(QLabel(translate("cnn_pages", shown)), r + 2, 0)
            for col, model in enumerate(("plain", "cnn")):
                label = QLabel()
                label.setObjectName(f"why-{model}-{r}")
                self.cells[(name, model)] = label
                table.addWidget(label, r + 2, col + 1)
        table.setRowStretch(len(self.ROWS) + 2, 1)
        # 3) neighbouring pixels
        pattern = QVBoxLayout()
        title = QLabel(translate("cnn_pages", "3) Neighbouring pixels"))
        title.setFont(big)
        self.pattern_text = QLabel()
        self.pattern_text.setObjectName("filter-pattern")
        self.pattern_text.setWordWrap(True)
        pattern.addWidget(title)
        pattern.addWidget(self.pattern_text)
        pattern.addStretch(1)
        layout.addLayout(nodes, 2)
        layout.addLayout(table, 4)
        layout.addLayout(pattern, 3)

    def show_results(self, results: dict[str, dict[str, np.ndarray]], kernel, fm_best: tuple[float, int, int],
                     counts: tuple[int, int, int] = (36, 4, 1)) -> None:
        """`results[row][model]` = the two probabilities; `fm_best` = (largest Feature Map value, row, col);
        `counts` = (pixels, pooled values, filters): the input nodes of the plain network and of the CNN's
        classifier."""
        pixels, pooled, filters = counts
        if pooled < pixels:
            after = (translate("cnn_pages", "After the filters and Max Pooling this CNN needs only <b>%1</b>.")
                     if filters > 1 else
                     translate("cnn_pages", "After the filter and Max Pooling this CNN needs only <b>%1</b>."))
        else:
            after = (translate("cnn_pages", "After the filters and Max Pooling this CNN needs <b>%1</b>.")
                     if filters > 1 else
                     translate("cnn_pages", "After the filter and Max Pooling this CNN needs <b>%1</b>."))
        self.nodes_text.setText(fill(translate("cnn_pages", "A plain network needs <b>%1</b> input nodes, one per "
                                                            "pixel."), pixels) + "<br>" + fill(after, pooled))
        for (name, model), label in self.cells.items():
            probs = results[name][model]
            best = cnn.argmax(probs)
            answer = translate("cnn_pages", "tie") if best is None else cnn.LABELS[best]
            shown = 0.5 if best is None else probs[best]
            wrong = best is not None and name != "Your image" and cnn.LABELS[best] != name[0]
            label.setText(fill(translate("cnn_pages", "“%1”"), answer) + " " + number(shown, 2)
                          + (" ✗" if wrong else ""))
            label.setStyleSheet("color: #B00020; font-weight: bold;" if wrong else "")
            label.setToolTip(probabilities_tip(probs))
        k = np.asarray(kernel, dtype=float)
        value, r, c = fm_best
        rows = "<br>".join("&nbsp;".join(("■" if v > 0 else "□") for v in row) for row in k)
        self.pattern_text.setText(
            f"<span style='font-size:{theme.TITLE_PT + 2}pt'>{rows}</span><br>"
            + fill(translate("cnn_pages", "The filter is a pattern of 3×3 <i>neighbouring</i> pixels (■ = positive "
                                          "value). It matches best at rows %1–%2, columns %3–%4 (Feature Map %5). "
                                          "A plain network sees %6 separate numbers and does not know which pixels "
                                          "are neighbours."), r + 1, r + 3, c + 1, c + 3, num(value), pixels))


class TrainingPage(QWidget):
    """The Cross Entropy curve and what is trained on what."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.loss_plot = theme.make_plot(translate("cnn_pages", "Cross Entropy after each step"),
                                         translate("cnn_pages", "Step"), translate("cnn_pages", "Cross Entropy"))
        self.loss_plot.setObjectName("loss-plot")
        self._loss_range = StepRange(self.loss_plot)
        self.loss_plot.setMinimumSize(220, 120)
        self.loss_item = self.loss_plot.plot(pen=theme.pen("ssr"), symbolSize=6, symbolBrush=theme.brush("ssr"),
                                             symbolPen=theme.NO_PEN)
        self.loss_item.setDownsampling(auto=True, method="peak")  # thousands of steps: draw about one point a pixel
        self.loss_item.setClipToView(True)
        self.train_filter = QCheckBox(translate("cnn_pages", "Train the filter too"))
        self.train_filter.setObjectName("train-filter")
        self.train_filter.setToolTip(translate("cnn_pages", "Also change the nine filter values and the filter bias "
                                                            "by backpropagation"))
        self.train_shifted = QCheckBox(translate("cnn_pages", "Add shifted copies (8 more letters)"))
        self.train_shifted.setObjectName("train-shifted")
        self.train_shifted.setToolTip(translate("cnn_pages", "Train on O and X moved one pixel right, left, down "
                                                             "and up as well"))
        self.summary = QLabel()
        self.summary.setObjectName("training-summary")  # not word-wrapped: a wrapped label would set the page's height
        side = QVBoxLayout()
        heading = QLabel("<b>" + translate("cnn_pages", "Train on the letters O and X") + "</b>")
        heading.setFont(theme.font(theme.TITLE_PT, bold=True))
        side.addWidget(heading)
        side.addWidget(self.train_filter)
        side.addWidget(self.train_shifted)
        side.addWidget(self.summary)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.loss_plot, 3)
        layout.addLayout(side, 2)

    def show_summary(self, letters: int, loss: float, right: int) -> None:
        """What is trained on how many letters, the Cross Entropy now and how many letters are recognised."""
        what = (
            translate("cnn_pages", "Training the classifier and the filter on %1 letters.")
            if self.train_filter.isChecked()
            else translate("cnn_pages", "Training the classifier only on %1 letters.")
        )
        self.summary.setText(fill(what, letters) + "<br>"
                             + fill(translate("cnn_pages", "Cross Entropy now: <b>%1</b><br>Letters recognised: "
                                                           "<b>%2 of %3</b>"), number(loss, 3), right, letters))

    def show_losses(self, numbers, losses) -> None:
        """The Cross Entropy curve; a dot per step only while there are few (thousands of dots are slow to draw)."""
        wanted = "o" if len(numbers) <= MARKED_STEPS else None
        if self.loss_item.opts["symbol"] != wanted:
            self.loss_item.setSymbol(wanted)
        losses = np.minimum(losses, 1e12)
        self.loss_item.setData(numbers, losses)
        self._loss_range.follow(float(numbers[0]), float(numbers[-1]), float(np.nanmax(losses)))


def deck_steps(set_state, learning_rate: float) -> list[GuidedStep]:
    """The deck's narrative for chapter 4, each step a lesson state (the deck's 6×6 and one filter)."""
    def go(image, view, position=None, params=train.DECK_PARAMS):
        def apply():
            set_state({"image": np.asarray(image).tolist(), "params": list(params), "view": view,
                            "position": position, "train_filter": False, "train_shifted": False,
                            "learning_rate": learning_rate})
        return apply

    shifted_o = cnn.shift(cnn.LETTER_O, 1, 0)
    o = cnn.LETTER_O
    return [
        GuidedStep(translate("cnn_pages", "The letter “O” as 6×6 pixels: 1 = black, 0 = white"), go(o, "why-cnn")),
        GuidedStep(
            translate("cnn_pages", "Shifted to the right 1 pixel: will a plain network still recognise the “O”?"),
            go(shifted_o, "why-cnn"),
        ),
        GuidedStep(
            translate(
                "cnn_pages", "A CNN: fewer input nodes (4, not 36), tolerates small shifts, uses neighbouring pixels"
            ),
            go(o, "why-cnn"),
        ),
        GuidedStep(translate("cnn_pages", "The filter on the first window: 3 − 2 = 1"), go(o, "step-by-step", 0)),
        GuidedStep(translate("cnn_pages", "The next window: 1 − 2 = −1"), go(o, "step-by-step", 1)),
        GuidedStep(
            translate(
                "cnn_pages", "The whole Feature Map, then ReLU: everything gets set to zero except for these two points"
            ),
            go(o, "step-by-step"),
        ),
        GuidedStep(translate("cnn_pages", "Max Pooling: the maximum value of each 2×2 region"), go(o, "step-by-step")),
        GuidedStep(
            translate("cnn_pages", "The classifier: Hidden node, O and X, SoftMax and ArgMax say “O”"),
            go(o, "classifier"),
        ),
        GuidedStep(
            translate("cnn_pages", "The shifted “O”: Max Pooling still finds a 1, and the answer is still “O”"),
            go(shifted_o, "why-cnn"),
        ),
        GuidedStep(
            translate("cnn_pages", "The letter “X”: the filter matches along its diagonal"),
            go(cnn.LETTER_X, "step-by-step"),
        ),
        GuidedStep(
            translate("cnn_pages", "Train the classifier on O and X: watch the Cross Entropy fall"), go(o, "training")
        ),
    ]
