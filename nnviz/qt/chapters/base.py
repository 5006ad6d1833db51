"""What every chapter tab shares: its metadata, the same anatomy (controls | plots + ledger), clean shutdown."""

from __future__ import annotations

from typing import Callable, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nnviz.core import practice
from nnviz.qt import theme
from nnviz.qt.i18n import fill, translate
from nnviz.qt.widgets.practice_panel import PracticePanel

CONTROLS_WIDTH = 330
COMBO_CHARS = 12  # the width a too-wide choice box asks for, in characters (its text is elided if longer)


class GuidedStep(NamedTuple):
    """One step of a chapter's guided walk-through, following the deck's narrative."""

    caption: str  # what this step shows, e.g. "SSR = 3.1: the sum of the squared residuals"
    apply: Callable[[], None]  # puts the tab in the state this step shows


def rules_state(rules) -> dict:
    """Stopping rules as a chapter state writes them (None: that rule is off)."""
    return {"ssr_tolerance": rules.loss_tolerance, "max_steps": rules.max_steps, "min_step_size": rules.min_step_size}

#: The chapters with a Code view: `nnviz.core.codegen.CHAPTERS`'s keys (a test checks they agree), written out so
#: that building a tab does not import the code generators (they are imported when Code is first pressed).
CODE_CHAPTERS = frozenset(("why-how", "gradient-descent", "backpropagation", "cnn", "rnn-lstm"))


class ChapterTab(QWidget):
    """Base class of a chapter tab. Subclasses set the class attributes and fill `controls` and `content`."""

    number: int = 0  # the deck's chapter number
    key: str = ""  # short name for --chapter and file names (kebab-case)
    title: str = ""  # the deck's chapter title, shown on the tab (listed for translation in nnviz/qt/titles.py)
    # One sentence: what to remember (used by the Conclusion). Mark it QT_TRANSLATE_NOOP("chapters", "…"): each
    # tab's `self.summary` is its translation, made when the tab is built.
    summary: str = ""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"chapter-{self.key}")
        self.summary = translate("chapters", type(self).summary) if type(self).summary else ""
        self.controllers = []  # TrainingControllers to stop on shutdown
        self.practice: PracticePanel | None = None  # made by finish_controls when the chapter has exercises
        outer = QHBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        panel = QWidget()
        self.controls = QVBoxLayout(panel)
        self.controls.setContentsMargins(4, 4, 4, 4)
        heading = QLabel(translate("chapters", self.title))
        heading.setFont(theme.font(theme.TITLE_PT + 2, bold=True))
        heading.setWordWrap(True)
        self.controls.addWidget(heading)
        scroll = QScrollArea()
        scroll.setObjectName("controls")
        scroll.setWidget(panel)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFixedWidth(CONTROLS_WIDTH)
        self._controls_panel = panel
        outer.addWidget(scroll)
        self.content = QWidget()
        self.content.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        outer.addWidget(self.content, 1)

    def finish_controls(self) -> None:
        """Call once the controls are added: pushes them to the top.

        A choice box too wide for the panel (a long choice, longer in French) asks only for the width of a
        short text, so it does not widen the panel past its fixed width and cut the fields off on the right;
        it still fills the width it is given and elides the rest."""
        self.practice = self._add_practice()
        for box in self._controls_panel.findChildren(QComboBox):
            if box.sizeHint().width() > CONTROLS_WIDTH - 30:
                box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                box.setMinimumContentsLength(COMBO_CHARS)
        self._add_code_button()
        self.controls.addStretch(1)

    # --- the chapter as code (chapters 1–5) ----------------------------------------------
    def _add_code_button(self) -> None:
        """A "Code" button: opens this chapter as a NumPy or PyTorch script that follows the tab."""
        self.code_dialog = None
        if self.key not in CODE_CHAPTERS:  # not `codegen.CHAPTERS`: importing codegen cost the first chapter ~15 ms
            return
        button = QPushButton(translate("base", "Code"))
        button.setObjectName("show-code")
        button.setToolTip(translate("base", "This chapter as a Python script (NumPy or PyTorch) that computes the "
                                            "numbers on screen and trains as Run does"))
        button.clicked.connect(self.show_code)
        self.controls.addWidget(button)

    def code_state(self) -> dict:
        """What the Code view and File › Export › Python script start from: the lesson state, with the stopping
        rules of the tab's one training controller (the panel changes them; a lesson file does not keep them)."""
        state = self.get_state()
        if len(self.controllers) == 1:
            state["rules"] = rules_state(self.controllers[0].rules)
        return state

    def show_code(self) -> None:
        """Open the Code view (made the first time) beside the chapter."""
        if self.code_dialog is None:
            from nnviz.core import codegen
            from nnviz.qt.widgets.code_view import CodeDialog

            self.code_dialog = CodeDialog(self.code_state, lambda kind, state: codegen.script(self.key, kind, state),
                                          fill(translate("base", "Chapter %1 as code"), self.number), self)
            self._follow_with_code(self.code_dialog.view.changed)
        self.code_dialog.open_beside()

    def _follow_with_code(self, changed) -> None:
        """Every edit, choice, click and training step of this tab asks the Code view to catch up (it throttles
        itself; a change no signal announces, such as a dragged point, is caught by its poll)."""
        from nnviz.qt.widgets.number_field import NumberField

        for controller in self.controllers:
            controller.stepChanged.connect(changed)
        own = set(self.code_dialog.findChildren(QWidget))
        for widget in self.findChildren(QWidget):
            if widget in own:
                continue
            if isinstance(widget, NumberField):
                widget.valueChanged.connect(changed)
            elif isinstance(widget, QAbstractButton):
                widget.clicked.connect(changed)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(changed)
            elif isinstance(widget, QTabWidget):
                widget.currentChanged.connect(changed)


    def _add_practice(self) -> PracticePanel | None:
        """The Practice panel (collapsed), under the chapter's title, for a chapter that has exercises."""
        if not practice.kinds(self.key):
            return None
        panel = PracticePanel(self.key)
        self.controls.insertWidget(1, panel)
        return panel

    # --- lesson files and guided steps ------------------------------------------------
    def get_state(self) -> dict:
        """Everything a lesson file keeps of this tab, as JSON types only (numbers, strings, lists, dicts)."""
        return {}

    def set_state(self, state: dict) -> None:
        """Restore what `get_state` returned. On bad input raise ValueError with a readable
        message naming the problem, and change nothing (validate everything before applying)."""
        if state:
            raise ValueError(fill(translate("base", "chapter %1 keeps no state"), self.number))

    def guided_steps(self) -> list[GuidedStep]:
        """The deck's narrative for this chapter, step by step (empty: no guided mode)."""
        return []

    def shutdown(self) -> None:
        """Stop every worker of this tab (closing the tab or the window): all of them first, then wait (the wait is
        for every training thread: waiting with another run still going took the whole timeout, a second); and close
        its Code view."""
        if getattr(self, "code_dialog", None) is not None:
            self.code_dialog.close()
        for controller in self.controllers:
            controller.pause()
        for controller in self.controllers:
            controller.shutdown()
