"""The teacher's view switch and the "What to try" panel.

Simple view hides the controls a class does not need while the teacher talks (the finer stopping
rules, seeds, the output activation …); full view shows everything. A chapter marks more of its
own widgets with `mark_advanced`. What to try lists a few experiments for the chapter on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from nnviz.qt import theme
from nnviz.qt.i18n import translate

#: objectNames of controls hidden in simple view, in every chapter.
ADVANCED = {"min-step-size-on", "min-step-size", "seed", "new-seed", "output-activation", "ink", "practice"}
PROPERTY = "nnviz-advanced"

#: A few experiments per chapter (by key), in the deck's words.
WHAT_TO_TRY = {
    "why-how": (
        QT_TRANSLATE_NOOP("what_to_try", "Drag the Dosage slider and read the five lines of the hidden-layer math."),
        QT_TRANSLATE_NOOP("what_to_try", "Change w1 or w2 and watch one bent curve of the squiggle move."),
        QT_TRANSLATE_NOOP("what_to_try", "Switch the activation to ReLU, then pick the ReLU preset."),
        QT_TRANSLATE_NOOP(
            "what_to_try", "Drag a data point: the straight line's SSR and the network's SSR both change."
        ),
    ),
    "gradient-descent": (
        QT_TRANSLATE_NOOP(
            "what_to_try", "Press Step once: Step Size = −5.7 × 0.1 = −0.57 and the Intercept becomes 0.57."
        ),
        QT_TRANSLATE_NOOP(
            "what_to_try", "Set the Learning Rate to 1 and press Run: the steps overshoot and the SSR grows."
        ),
        QT_TRANSLATE_NOOP(
            "what_to_try", "Slow the speed to one step a second and watch the steps shrink near the bottom."
        ),
        QT_TRANSLATE_NOOP(
            "what_to_try", "Switch on “Slope and Intercept together” and follow the path across the SSR landscape."
        ),
    ),
    "backpropagation": (
        QT_TRANSLATE_NOOP("what_to_try", "Pick dSSR/dw1 and read each factor of the chain rule for each Dosage."),
        QT_TRANSLATE_NOOP("what_to_try", "Click an edge of the network: its derivative's path lights up."),
        QT_TRANSLATE_NOOP(
            "what_to_try", "Train all seven parameters from a new random start and watch the squiggle fit."
        ),
        QT_TRANSLATE_NOOP("what_to_try", "Open the gradient check: the chain rule agrees with a finite difference."),
    ),
    "cnn": (
        QT_TRANSLATE_NOOP("what_to_try", "Shift the “O” one pixel to the right: Max Pooling still finds the 1s."),
        QT_TRANSLATE_NOOP("what_to_try", "Paint your own letter and read the Feature Map cell by cell."),
        QT_TRANSLATE_NOOP("what_to_try", "Step the filter over the image and check each dot product by hand."),
        QT_TRANSLATE_NOOP("what_to_try", "Compare the plain network and the CNN on the shifted letters."),
    ),
    "rnn-lstm": (
        QT_TRANSLATE_NOOP("what_to_try", "Set w2 to 2 and unroll 4 times: Input₁ × 2⁴ = 16 × Input₁."),
        QT_TRANSLATE_NOOP("what_to_try", "Unroll 50 times with w2 = 0.5: the gradient vanishes."),
        QT_TRANSLATE_NOOP("what_to_try", "Step Company A and Company B day by day: only Day 1 differs."),
        QT_TRANSLATE_NOOP("what_to_try", "Train the LSTM and the plain RNN: which one remembers Day 1?"),
    ),
    "conclusion": (QT_TRANSLATE_NOOP("what_to_try", "Click a chapter's picture to go back to it."),),
}


def mark_advanced(*widgets: QWidget) -> None:
    """Hide these widgets in simple view."""
    for widget in widgets:
        widget.setProperty(PROPERTY, True)


def _advanced(root: QWidget) -> list[QWidget]:
    found = [w for w in root.findChildren(QWidget) if w.property(PROPERTY) or w.objectName() in ADVANCED]
    # A rule's field and checkbox share a row: hide the row.
    return [w.parentWidget() if w.objectName() in ("min-step-size", "min-step-size-on") else w for w in found]


class TeacherView(QObject):
    """View › Simple view (Ctrl+Shift+V) and Help › What to try (F2), for one main window."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.simple = False
        self._hidden: list[QWidget] = []
        self.simple_action = QAction(self.tr("&Simple view (for a class)"), window, checkable=True)
        self.simple_action.setObjectName("simple-view")
        self.simple_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.simple_action.setToolTip(self.tr("Hide the finer controls while you teach; untick for the full view"))
        self.simple_action.toggled.connect(self.set_simple)
        window.chapterBuilt.connect(self._on_chapter_built)
        self.what_to_try_action = QAction(self.tr("&What to try in this chapter"), window)
        self.what_to_try_action.setObjectName("what-to-try")
        self.what_to_try_action.setShortcut(QKeySequence("F2"))
        self.what_to_try_action.triggered.connect(self.show_what_to_try)

    def set_simple(self, simple: bool) -> None:
        """Simple view hides the advanced controls of every chapter; full view shows them again."""
        if simple == self.simple:
            return
        self.simple = simple
        if simple:
            self._hidden = [w for w in _advanced(self.window) if not w.isHidden()]
            for widget in self._hidden:
                widget.hide()
        else:
            for widget in self._hidden:
                widget.show()
            self._hidden = []
        self.simple_action.blockSignals(True)
        self.simple_action.setChecked(simple)
        self.simple_action.blockSignals(False)

    def _on_chapter_built(self, tab) -> None:
        if self.simple:  # a chapter built while simple view is on starts simple too
            hidden = [w for w in _advanced(tab) if not w.isHidden()]
            for widget in hidden:
                widget.hide()
            self._hidden += hidden

    def hints(self) -> tuple[str, ...]:
        tab = self.window.current_chapter()
        return tuple(translate("what_to_try", hint) for hint in WHAT_TO_TRY.get(getattr(tab, "key", ""), ()))

    def show_what_to_try(self) -> QDialog:
        tab = self.window.current_chapter()
        dialog = QDialog(self.window)
        dialog.setObjectName("what-to-try-dialog")
        dialog.setWindowTitle(
            self.tr("What to try: %1").replace("%1", translate("chapters", getattr(tab, "title", "")))
        )
        layout = QVBoxLayout(dialog)
        text = QLabel("<ul>" + "".join(f"<li style='margin-bottom:6px'>{h}</li>" for h in self.hints()) + "</ul>")
        text.setObjectName("what-to-try-text")
        text.setWordWrap(True)
        text.setFont(theme.font(theme.LEDGER_PT))
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.setModal(False)
        dialog.show()
        return dialog
