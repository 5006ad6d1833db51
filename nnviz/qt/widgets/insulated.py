"""A panel whose contents' layout changes stay inside it (ledgers rewritten at every frame of a run).

When a label's text changes, Qt recomputes the layout of the label's parent, and the end of that
(QLayout.activate) tells *its* parent that the size hints may have changed, and so on up to the main
window: one ledger line rewritten 40 times a second relaid out and repainted the whole window 40 times a
second, and that cost more than the frame itself (benchmarks/responsiveness.py: chapter 5's RNN took 60 %
of the GUI thread during a run, 20 % without it).

`Insulated` holds its contents in `body`, a QFrame it places by hand over its whole area. It passes the
body's size hints on, but asks the layout around it to look at them again only when the body no longer
fits (its minimum size, or its height for this width, is more than it has), or once they have stayed the
same for SETTLE_MS. So during a run the panel keeps its size while its numbers change, and the window's
layout catches up when the run stops.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFrame, QStyle, QStyleOption, QWidget

SETTLE_MS = 250


class Body(QFrame):
    """A frame that paints all of its pixels: when its contents change, Qt repaints it alone and not every
    widget beneath it up to the window. It draws its style sheet's background itself (Qt skips that for
    widgets that say they paint every pixel)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)
        painter.end()
        super().paintEvent(event)


class Insulated(QWidget):
    """A widget whose contents live in `self.body` and whose layout changes stay inside it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.body = Body(self)
        self._hints: tuple | None = None
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self.updateGeometry)

    # --- the body's hints are this widget's -------------------------------------------------
    def sizeHint(self) -> QSize:
        return self.body.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.body.minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        return self.body.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        return self.body.heightForWidth(width)

    # --- placing the body ------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        self.body.setGeometry(self.rect())
        super().resizeEvent(event)

    def event(self, event) -> bool:
        # The body has no layout around it: Qt tells its parent (this widget) with a LayoutRequest.
        if event.type() == QEvent.Type.LayoutRequest:
            self._body_changed()
            return True
        return super().event(event)

    def fits(self) -> bool:
        """Whether the body's contents fit in the space this widget has now."""
        size, least = self.size(), self.body.minimumSizeHint()
        if least.width() > size.width() or least.height() > size.height():
            return False
        return not self.body.hasHeightForWidth() or self.body.heightForWidth(size.width()) <= size.height()

    def _body_changed(self) -> None:
        body = self.body
        hints = (body.sizeHint(), body.minimumSizeHint(), body.sizePolicy(), body.minimumSize(), body.maximumSize())
        if hints == self._hints:
            return
        self._hints = hints
        if self.fits():
            self._settle.start()  # the layout around looks again once the hints stop changing
        else:
            self._settle.stop()
            self.updateGeometry()
