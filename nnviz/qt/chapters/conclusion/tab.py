"""Chapter 6 — Conclusion: a recap of every other chapter, with a live thumbnail of its tab and what to remember.

The thumbnails come from chapters already built: opening the Conclusion builds no other chapter (it used to
build and grab all five first: `nnviz --chapter 6` took 3 s). A chapter built later (the window builds the
others one at a time while idle) gets its card's picture then."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, QTimer
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from nnviz.core import practice
from nnviz.qt import theme
from nnviz.qt.chapters.base import ChapterTab, GuidedStep
from nnviz.qt.i18n import translate
from nnviz.qt.widgets.practice_panel import chapter_totals

MIN_THUMB_WIDTH = 240


def columns(count: int) -> int:
    """Cards per row: one chapter alone, two for up to four, three beyond."""
    return 1 if count <= 1 else 2 if count <= 4 else 3


class ChapterCard(QFrame):
    """One chapter: its thumbnail (a button that opens it), its title and its summary. Made from the chapter's
    registry entry; its picture and summary come once the chapter is built (`attach`)."""

    def __init__(self, entry, parent=None):
        super().__init__(parent)
        self.entry, self.tab = entry, None
        self.setObjectName(f"recap-{entry.key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.button = QToolButton()
        self.button.setObjectName(f"open-{entry.key}")
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.button.setAutoRaise(True)
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title = QLabel()
        self.title.setWordWrap(True)  # a long title wraps instead of widening the card past the window
        self.title.setFont(theme.font(theme.TITLE_PT, bold=True))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setFont(theme.font(theme.BASE_PT))
        layout = QVBoxLayout(self)
        layout.addWidget(self.button, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def attach(self, tab: ChapterTab) -> None:
        self.tab = tab
        self.summary.setText(translate("chapters", tab.summary))

    def refresh(self, title: str, width: int) -> None:
        """A fresh thumbnail of the chapter as it is now, `width` pixels wide (none until it is built)."""
        self.title.setText(title)
        if self.tab is not None:
            pixmap = self.tab.grab()
            if not pixmap.isNull() and pixmap.width() > 0:
                pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
                self.button.setIcon(pixmap)
                self.button.setIconSize(QSize(pixmap.width(), pixmap.height()))
        self.button.setToolTip(self.tr("Open the chapter “%1”").replace("%1", title))
        self.button.setAccessibleName(title)


class ConclusionTab(ChapterTab):
    number = 6
    key = "conclusion"
    title = "Conclusion"
    summary = QT_TRANSLATE_NOOP("chapters", "A neural network bends activation functions into a squiggle that fits "
                                "the data; gradient descent and backpropagation find its weights.")

    def __init__(self, parent=None):
        super().__init__(parent)
        intro = QLabel(self.tr("What each chapter showed. Click a picture to open that chapter; "
                               "the pictures show each chapter as you left it."))
        intro.setWordWrap(True)
        self.controls.addWidget(intro)
        self.practice_record = QLabel()  # the Practice panels' record, chapter by chapter
        self.practice_record.setObjectName("practice-record")
        self.practice_record.setTextFormat(Qt.TextFormat.PlainText)
        self.practice_record.setWordWrap(True)
        self.controls.addWidget(self.practice_record)
        self.finish_controls()
        self.cards: list[ChapterCard] = []
        self._listening = False  # connected to the window's chapterBuilt
        self._grid_host = QWidget()
        self.grid = QGridLayout(self._grid_host)
        scroll = self.scroll = QScrollArea()
        scroll.setObjectName("recap")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the cards fit the width
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._grid_host)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _main_window(self):
        """The main window this tab is in (it builds chapters on demand), or None for a tab on its own."""
        window = self.window()
        return window if hasattr(window, "current_chapter") else None

    def _index(self, tab: ChapterTab) -> int:
        return self._main_window().index_of(tab)

    def _entries(self) -> list[tuple[int, object]]:
        """(tab index, registry entry) of every other chapter, built or not."""
        window = self._main_window()
        return [] if window is None else [(i, e) for i, e in enumerate(window.entries) if e.key != self.key]

    def others(self) -> list[ChapterTab]:
        """The other chapters built so far (none is built for this tab's sake)."""
        window = self._main_window()
        built = [] if window is None else [window.built_chapter(i) for i, _ in self._entries()]
        return [tab for tab in built if tab is not None]

    def refresh(self) -> None:
        """Make the cards (once per chapter) and take fresh thumbnails of the chapters built so far."""
        window = self._main_window()
        entries = self._entries()
        if [c.entry for c in self.cards] != [e for _, e in entries]:
            for card in self.cards:
                card.deleteLater()
            self.cards = []
            for place, (_, entry) in enumerate(entries):
                card = ChapterCard(entry)
                card.button.clicked.connect(self._on_card_clicked)
                n = columns(len(entries))
                self.grid.addWidget(card, place // n, place % n)
                self.cards.append(card)
        if window is not None and not self._listening:
            window.chapterBuilt.connect(self._on_chapter_built)
            self._listening = True
        for card, (i, _) in zip(self.cards, entries, strict=True):
            tab = window.built_chapter(i)
            if tab is not None and card.tab is not tab:
                card.attach(tab)
        self._show_record([e for _, e in entries])
        for card, (i, _) in zip(self.cards, entries, strict=True):
            self._draw(card, i)

    def _thumb_width(self) -> int:
        n = columns(len(self.cards))
        rows = max(1, -(-len(self.cards) // n))
        view = self.scroll.viewport().size()
        # room under each picture: a title of up to two lines and a summary of up to four, and the margins
        extra = (
            (
                2 * self.cards[0].title.fontMetrics().lineSpacing()
                + 4 * self.cards[0].summary.fontMetrics().lineSpacing()
                + round(40 * theme.zoom())
            )
            if self.cards
            else 0
        )
        by_width = view.width() / n - 70
        by_height = (view.height() / rows - extra) / max(self.height() / max(self.width(), 1), 0.3)
        return max(MIN_THUMB_WIDTH, int(min(by_width, by_height)))

    def _draw(self, card: ChapterCard, index: int) -> None:
        window = self._main_window()
        if card.tab is not None and card.tab.size() != self.size() and not card.tab.isVisible():
            card.tab.resize(self.size())  # a tab never shown has no size yet
        card.refresh(window.tabs.tabText(index) if window else card.entry.title, self._thumb_width())

    def _on_chapter_built(self, tab: ChapterTab) -> None:
        """A chapter was built while the window was idle: its card gets its summary now, its picture at the next
        idle moment (a render of that one tab)."""
        for card, (i, entry) in zip(self.cards, self._entries(), strict=False):
            if entry.key == tab.key:
                card.attach(tab)
                if self.isVisible():
                    QTimer.singleShot(0, lambda card=card, i=i: self._draw(card, i) if card.tab is tab else None)

    def _show_record(self, entries) -> None:
        lines = [self.tr("Practice so far:")]
        for entry in (e for e in entries if practice.kinds(e.key)):
            tried, right = chapter_totals(entry.key)
            lines.append(f"{entry.number} {translate('chapters', entry.title)}: "
                         + self.tr("%1 tried, %2 right first time").replace("%1", str(tried)).replace("%2", str(right)))
        self.practice_record.setText("\n".join(lines))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # The tab just hidden renders blank inside this event: take the thumbnails right after it.
        QTimer.singleShot(0, self.refresh)

    def open_chapter(self, tab: ChapterTab) -> None:
        window = self._main_window()
        if window is not None:
            window.tabs.setCurrentIndex(self._index(tab))

    def _on_card_clicked(self) -> None:
        window = self._main_window()
        for card in self.cards:
            if card.button is self.sender() and window is not None:
                window.tabs.setCurrentIndex([e.key for e in window.entries].index(card.entry.key))

    def highlight(self, index: int | None) -> None:
        """Frame one card (guided mode), or none."""
        for i, card in enumerate(self.cards):
            card.setStyleSheet(f"ChapterCard {{ border: {round(4 * theme.zoom())}px solid "
                               f"{theme.themed(theme.ORANGE)}; }}" if i == index else "")

    def guided_steps(self) -> list[GuidedStep]:
        if not self.cards:
            self.refresh()
        return [GuidedStep(f"{card.entry.number} {translate('chapters', card.entry.title)}: "
                           f"{translate('chapters', card.entry.load().summary)}",
                           lambda i=i: self.highlight(i)) for i, card in enumerate(self.cards)]
