"""Names and descriptions for assistive technology (screen readers), and throttled announcements.

`install(root)` gives every focusable widget under `root` an accessible name (from its text, its buddy
label, the label beside it in its layout, its placeholder, its tooltip, or the widget that holds it), and
keeps the descriptions of plots, diagrams and ledgers in step with what they show: a 1 s timer, only
while `root` is visible, rewrites a description only when its text changed. `announce(source, text)`
tells a screen reader about a change at most once a second per source; the latest text wins and
nothing is left queued when a run stops (a pending text is replaced, never appended).
"""

from __future__ import annotations

import html
import re
import time
import weakref
from typing import Callable

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QFormLayout,
    QGraphicsView,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabBar,
    QTabWidget,
    QWidget,
)

from nnviz.qt.i18n import fill, translate

INTERVAL_MS = 1000  # at most one announcement, and one description update, per second and source
_TAG = re.compile(r"<[^>]+>")
_DECORATION = re.compile(r"[▶❚⟲›‹▸▾◂▴✓✗…]+")
_SPACE = re.compile(r"\s+")
#: The text of the last event sent per source (tests count events here too).
sent: list[tuple[str, float]] = []


def clean(text: str) -> str:
    """A label's text as a screen reader should say it: no markup, no mnemonic &, no ▶/⟲ decorations."""
    text = html.unescape(_TAG.sub(" ", text or "")).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return _SPACE.sub(" ", _DECORATION.sub(" ", text)).strip(" :")


def _short(tip: str) -> str:
    """A tooltip shortened to a name: its first clause (up to a colon, a full stop or a line break)."""
    first = re.split(r"[:\n]|\. ", clean(tip), maxsplit=1)[0]
    return first[:80].strip()


def _layout_label(widget: QWidget) -> str:
    """The text of the QLabel before `widget` in its parent's layout (the cell to its left, or the form label)."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if layout is None:
        return ""
    if isinstance(layout, QFormLayout):
        label = layout.labelForField(widget)
        return clean(label.text()) if isinstance(label, QLabel) else ""
    index = layout.indexOf(widget)
    if index < 0:
        return ""
    if isinstance(layout, QGridLayout):
        row, col, _, _ = layout.getItemPosition(index)
        for c in range(col - 1, -1, -1):
            item = layout.itemAtPosition(row, c)
            if item is not None and isinstance(item.widget(), QLabel) and item.widget().text():
                return clean(item.widget().text())
        return ""
    for i in range(index - 1, -1, -1):
        before = layout.itemAt(i).widget()
        if before is None:
            continue
        return clean(before.text()) if isinstance(before, QLabel) else ""
    return ""


def _kind(widget: QWidget) -> str:
    """What a widget is, said after its holder's name when nothing better names it."""
    if isinstance(widget, QAbstractScrollArea) and not isinstance(widget, QGraphicsView):
        return translate("accessibility", "list") if widget.inherits("QAbstractItemView") else \
            translate("accessibility", "scrolling area")
    return translate("accessibility", "field") if isinstance(widget, (QLineEdit, QAbstractSpinBox)) else \
        translate("accessibility", "control")


def derive_name(widget: QWidget, buddies: dict[int, str]) -> str:
    """The best name `widget` has in what it shows (empty when it shows nothing that names it)."""
    if isinstance(widget, QAbstractButton) and clean(widget.text()):
        return clean(widget.text())
    for text in (buddies.get(id(widget), ""), _layout_label(widget)):
        if text:
            return text
    if isinstance(widget, QGroupBox) and widget.title():
        return clean(widget.title())
    if isinstance(widget, QLineEdit) and widget.placeholderText():
        return clean(widget.placeholderText())
    if isinstance(widget, QTabWidget):
        return ", ".join(clean(widget.tabText(i)) for i in range(widget.count()))
    if isinstance(widget, QTabBar) and isinstance(widget.parentWidget(), QTabWidget):
        return derive_name(widget.parentWidget(), buddies)
    if widget.toolTip():
        return _short(widget.toolTip())
    if widget.objectName() == "controls":  # a chapter's column of controls
        return translate("accessibility", "Controls")
    inner = widget.widget() if isinstance(widget, QScrollArea) else None
    label = inner.findChild(QLabel) if inner is not None else None
    return _short(label.text()) if label is not None else ""  # a scrolling page: its heading


def _focusable(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or isinstance(widget, QGraphicsView)


def name_widgets(root: QWidget) -> int:
    """Give every focusable widget under `root` (and every plot and diagram) without an accessible name one;
    returns how many it named. A widget that shows nothing naming it takes its holder's name and its kind
    ("Intercept field"), so none is left nameless."""
    widgets = [root, *root.findChildren(QWidget)]
    buddies = {id(label.buddy()): clean(label.text()) for label in root.findChildren(QLabel)
               if label.buddy() is not None and label.text()}
    named = 0
    for widget in widgets:
        if widget.accessibleName() or not _focusable(widget):
            continue
        name = (_view_name(widget) or derive_name(widget, buddies)) if isinstance(widget, QGraphicsView) else \
            derive_name(widget, buddies) or _view_name(widget)
        holder = widget.parentWidget()
        while not name and holder is not None:
            own = holder.accessibleName() or derive_name(holder, buddies)
            if own:
                name = fill(translate("accessibility", "%1 %2"), own, _kind(widget))
            holder = holder.parentWidget()
        if name:
            widget.setAccessibleName(name)
            named += 1
    return named


def _view_name(widget: QWidget) -> str:
    from nnviz.qt.accessibility_describe import view_name

    return view_name(widget)


# --- descriptions --------------------------------------------------------------------------------------
def describe_with(widget: QWidget, describer: Callable[[], str]) -> None:
    """Make `describer()` the source of `widget`'s accessible description (a chapter's own sentence)."""
    widget.accessible_description = describer


def description_of(widget: QWidget) -> str:
    """What `widget` shows now, with its numbers (its own describer, else one for its kind; "" if none)."""
    from nnviz.qt.accessibility_describe import describe

    return describe(widget)


def refresh(root: QWidget, widgets: list[QWidget] | None = None) -> int:
    """Rewrite the descriptions under `root` (or of `widgets`) that changed; returns how many changed."""
    from nnviz.qt.accessibility_describe import describable

    changed = 0
    for widget in widgets if widgets is not None else [root, *root.findChildren(QWidget)]:
        if describable(widget):
            text = description_of(widget)
            if text and not widget.accessibleName():  # a ledger: its title, a diagram: what it is
                widget.setAccessibleName(_view_name(widget) or re.split(r"\. |: ", text, maxsplit=1)[0][:80])
            if text and text != widget.accessibleDescription():
                widget.setAccessibleDescription(text)  # Qt sends DescriptionChanged
                changed += 1
    return changed


class _Follower(QObject):
    """Refreshes a root's descriptions once a second while it is visible (a run's frames do not each cost):
    the described widgets are found once, and again only if one of them was deleted."""

    def __init__(self, root: QWidget):
        super().__init__(root)
        self.root = root
        self.widgets: list[QWidget] = []
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        if not self.root.isVisible():
            return
        if not self.widgets or not all(shiboken6.isValid(w) for w in self.widgets):
            from nnviz.qt.accessibility_describe import describable

            self.widgets = [w for w in [self.root, *self.root.findChildren(QWidget)] if describable(w)]
        refresh(self.root, [w for w in self.widgets if w.isVisible()])


def install(root: QWidget) -> None:
    """Name `root`'s widgets, describe its plots, diagrams and ledgers, and keep the descriptions current.
    A chapter tab is named by its title ("Gradient Descent"), which names what holds nothing else to say."""
    title = getattr(type(root), "title", "")
    if isinstance(title, str) and title and not root.accessibleName():
        root.setAccessibleName(translate("chapters", title))
    name_widgets(root)
    refresh(root)
    if root.findChild(_Follower) is None:
        _Follower(root)


# --- announcements -------------------------------------------------------------------------------------
class Announcer:
    """Announces a source's changes at most once per `interval_ms`: a change within the interval waits for
    its end, a later change replaces it (the latest value wins), and `stop()` drops what waits. It is no child
    of its source (a QObject child of a ledger disturbed the tab's plots): its timer has no parent, and a
    source deleted before the timer fires is skipped."""

    def __init__(self, source: QWidget, interval_ms: int = INTERVAL_MS):
        self._source = weakref.ref(source)  # a strong reference kept a closed tab's ledger alive
        self.interval = interval_ms / 1000
        self.last = -1e9
        self.pending: str | Callable[[], str] | None = None
        self.spoken = ""

    def say(self, text: str | Callable[[], str]) -> None:
        """Announce `text` (or what the callable returns when it is said: a text never said is never made)."""
        self.pending = text
        if self.last + self.interval - time.monotonic() <= 0:
            self._flush()
        else:
            _wake()

    @property
    def source(self) -> QWidget | None:
        source = self._source()
        return source if source is not None and shiboken6.isValid(source) else None

    def stop(self) -> None:
        self.pending = None

    def due(self) -> float:
        """Seconds until this announcer may speak (0: now); infinity if nothing waits."""
        return max(0.0, self.last + self.interval - time.monotonic()) if self.pending is not None else float("inf")

    def _flush(self) -> None:
        text, self.pending = self.pending, None
        source = self.source
        if text is None or source is None:
            return
        text = text() if callable(text) else text
        if not text or text == self.spoken:
            return
        self.last, self.spoken = time.monotonic(), text
        emit(source, text)


def emit(source: QWidget, text: str) -> None:
    """Tell assistive technology `text` about `source`: an announcement (Qt ≥ 6.8), and its description."""
    sent.append((text, time.monotonic()))
    if not QAccessible.isActive():
        return
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(source, text))
    QAccessible.updateAccessibility(QAccessibleEvent(source, QAccessible.Event.DescriptionChanged))


def announce(source: QWidget, text: str | Callable[[], str]) -> None:
    """Announce a change of `source` (throttled to once a second, the latest text wins)."""
    announcer = _announcers.get(id(source))
    if announcer is None or announcer.source is not source:
        for key in [key for key, old in _announcers.items() if old.source is None]:
            _announcers.pop(key).stop()
        announcer = _announcers[id(source)] = Announcer(source)
    announcer.say(text)


_announcers: dict[int, Announcer] = {}
_timer: list[QTimer] = []  # one timer for every announcer (a timer each disturbed the chapters' tests)


def _wake() -> None:
    """Start the one timer for the announcer that may speak first."""
    if not _timer:
        _timer.append(QTimer(singleShot=True))
        _timer[0].timeout.connect(_flush_due)
    wait = min((a.due() for a in _announcers.values()), default=float("inf"))
    if wait != float("inf") and not _timer[0].isActive():
        _timer[0].start(int(wait * 1000) + 1)


def _flush_due() -> None:
    for announcer in list(_announcers.values()):
        if announcer.due() == 0.0:
            announcer._flush()
    _wake()
