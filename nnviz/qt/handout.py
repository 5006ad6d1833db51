"""The handout: the course (or one chapter) as a PDF, through Qt's own PDF writer.

A title page (the course, its chapters, the date), then for every guided step of every chapter one page:
the step's caption as the narrative, the chapter's figure at that step as vector graphics (the widgets
painted into the PDF painter), and the ledgers' written-out computation as real text, selectable and
searchable. Page numbers at the foot of every page.

`handout_pdf` is a generator (see `long_work`): it yields progress between steps and returns the PDF's bytes,
rendered into a QBuffer; the caller writes them with the one atomic writer, so a cancelled or failed export
leaves no file.
"""

from __future__ import annotations

import contextlib
import html
from datetime import date
from typing import Generator

import pyqtgraph as pg
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QLocale,
    QMarginsF,
    QPoint,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen, QTextDocument
from PySide6.QtWidgets import QGraphicsView, QTabWidget, QWidget

from nnviz import COURSE, __version__
from nnviz.qt.i18n import fill, translate
from nnviz.qt.long_work import Progress, settle, step_text, window_kept

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 15
FIGURE_SHARE = 0.62  # at most this part of a page's height for the figure; the text below gets the rest
FONT = "DejaVu Sans"  # has every glyph the ledgers write (², ᵢ, ₁, σ, ■); Qt falls back if it is missing
GREY = QColor("#555555")


@contextlib.contextmanager
def export_mode(widget: QWidget):
    """pyqtgraph items in export mode while they are drawn into the PDF: scatter symbols become paths (they are
    otherwise stamped from a cached pixmap, raster in the PDF), and the views draw their background afresh (a
    cached background would go into the PDF as a JPEG)."""
    views = widget.findChildren(pg.GraphicsView)
    items = [item for view in views for item in view.scene().items() if hasattr(item, "setExportMode")]
    caches = [view.cacheMode() for view in views]
    for view in views:
        view.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
    for item in items:
        item.setExportMode(True, {"antialias": True})
    try:
        yield
    finally:
        for item in items:
            item.setExportMode(False)
        for view, cache in zip(views, caches, strict=True):
            view.setCacheMode(cache)


def default_page_size(locale: QLocale | None = None) -> str:
    """Letter where the locale measures in US units, A4 everywhere else."""
    locale = locale or QLocale()
    return "letter" if locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem else "a4"


def chapter_heading(tab) -> str:
    return fill(translate("handout", "Chapter %1: %2"), tab.number, translate("chapters", tab.title))


def ledger_text(tab) -> list[tuple[str, list[str]]]:
    """The computations written out in the chapter's visible ledgers: (title, lines) for each."""
    from nnviz.qt.widgets.chain_ledger import ChainLedger
    from nnviz.qt.widgets.ledger import Ledger

    found = []
    for ledger in [*tab.findChildren(Ledger), *tab.findChildren(ChainLedger)]:
        if not ledger.isVisibleTo(tab):
            continue
        lines = [line for line in ledger.lines() if line.strip()]
        label = getattr(ledger, "title", None)
        title = label.text() if hasattr(label, "text") else translate("handout", "The computation")
        if lines:
            found.append((QTextDocument_plain(title), lines))
    return found


def QTextDocument_plain(text: str) -> str:  # noqa: N802 — a ledger title may be rich text: keep its words only
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def figure_widget(tab) -> QWidget:
    """What a page shows of a chapter: its content (plots, diagram, ledgers), without the controls column."""
    content = getattr(tab, "content", None)
    return content if isinstance(content, QWidget) and content.isVisibleTo(tab) and content.width() > 0 else tab


class Pages:
    """A PDF being drawn: the writer, its painter, the page count and the drawing helpers."""

    def __init__(self, page_size: str, dpi: int, title: str):
        self.buffer = QBuffer()
        self.buffer.setData(QByteArray())
        self.buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.writer = QPdfWriter(self.buffer)
        self.writer.setTitle(title)
        self.writer.setCreator(f"nnviz {__version__}")
        self.writer.setColorModel(QPdfWriter.ColorModel.RGB)  # else Fusion's HSV-to-RGB gradients fail (a warning each)
        self.writer.setResolution(dpi)  # the widgets' pixels are the page's units: their fonts keep their size
        self.writer.setPageLayout(QPageLayout(QPageSize(PAGE_SIZES[page_size]), QPageLayout.Orientation.Portrait,
                                              QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                              QPageLayout.Unit.Millimeter))
        self.painter = QPainter()
        if not self.painter.begin(self.writer):
            raise OSError(translate("handout", "Qt could not start a PDF"))
        self.width = float(self.writer.width())
        self.height = float(self.writer.height())
        self.footer = self.pt(9) * 2.2
        self.number = 1

    def pt(self, points: float) -> float:
        """`points` in page units."""
        return points * self.writer.resolution() / 72

    def font(self, points: float, bold: bool = False) -> QFont:
        font = QFont(FONT)
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def document(self, body: str, points: float = 10.5) -> QTextDocument:
        """Rich text laid out to the page's width (`body` is HTML whose outside text is already escaped)."""
        doc = QTextDocument()
        doc.setDefaultFont(self.font(points))
        doc.setDocumentMargin(0)
        doc.setTextWidth(self.width)
        doc.setHtml(body)
        return doc

    def draw_document(self, doc: QTextDocument, top: float) -> float:
        """Draw `doc` from `top`; what does not fit goes on new pages, cut between lines by the document's own
        pagination. Returns where it ended on the last page."""
        height = doc.size().height()
        if top + height <= self.body_bottom() + 0.5:
            self._draw_part(doc, top, QRectF(0, 0, self.width, height))
            return top + height
        if top > 0:
            self.new_page()
        room = self.body_bottom()
        doc.setPageSize(QSizeF(self.width, room))
        count = doc.pageCount()
        for k in range(count):
            if k:
                self.new_page()
            self._draw_part(doc, -k * room, QRectF(0, k * room, self.width, room))
        return doc.size().height() - (count - 1) * room

    def _draw_part(self, doc: QTextDocument, dy: float, clip: QRectF) -> None:
        self.painter.save()
        self.painter.translate(0, dy)
        doc.drawContents(self.painter, clip)
        self.painter.restore()

    def body_bottom(self) -> float:
        return self.height - self.footer

    def draw_footer(self) -> None:
        p = self.painter
        p.save()
        p.setFont(self.font(9))
        p.setPen(QPen(GREY))
        y = self.height - self.pt(9) * 1.5
        p.drawLine(QPointF(0, y - self.pt(4)), QPointF(self.width, y - self.pt(4)))
        box = QRectF(0, y, self.width, self.pt(12))
        p.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, f"nnviz — {COURSE}")
        p.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                   fill(translate("handout", "page %1"), self.number))
        p.restore()

    def new_page(self) -> None:
        self.draw_footer()
        if not self.writer.newPage():
            raise OSError(translate("handout", "Qt could not add a page to the PDF"))
        self.number += 1

    def draw_widget(self, widget: QWidget, top: float, room: float) -> float:
        """Paint `widget` (vector: its painter calls go into the PDF) scaled to the width and `room`; returns its
        bottom."""
        w, h = max(widget.width(), 1), max(widget.height(), 1)
        scale = min(self.width / w, room / h)
        left = (self.width - w * scale) / 2
        p = self.painter
        p.save()
        p.translate(left, top)
        p.scale(scale, scale)
        p.setClipRect(QRectF(0, 0, w, h))
        flags = QWidget.RenderFlag.DrawChildren | QWidget.RenderFlag.DrawWindowBackground
        with export_mode(widget):
            QWidget.render(widget, p, QPoint(0, 0), renderFlags=flags)  # (a QGraphicsView would render its scene)
            # In a PDF a tab bar is not clipped to itself: Fusion's selected tab reaches down over the first line
            # of its page. Paint each shown page again, on top.
            for tabs in widget.findChildren(QTabWidget):
                page = tabs.currentWidget()
                if page is not None and page.isVisibleTo(widget):
                    QWidget.render(page, p, page.mapTo(widget, QPoint(0, 0)), renderFlags=flags)
        p.restore()
        p.save()
        p.setPen(QPen(QColor("#BBBBBB"), 0))
        p.drawRect(QRectF(left, top, w * scale, h * scale))
        p.restore()
        return top + h * scale

    def finish(self) -> bytes:
        self.draw_footer()
        self.painter.end()
        self.buffer.close()
        return bytes(self.buffer.data())

    def abandon(self) -> None:
        if self.painter.isActive():
            self.painter.end()
        self.buffer.close()


def title_page(pages: Pages, tabs: list, chapter_only: bool) -> None:
    e = html.escape
    today = QLocale().toString(date.today(), QLocale.FormatType.LongFormat)
    items = "".join(f"<p style='margin-top:8px'><b>{e(chapter_heading(tab))}</b><br/>"
                    f"<span style='color:#555555'>{e(tab.summary)}</span></p>" for tab in tabs)
    kind = translate("handout", "Chapter handout") if chapter_only else translate("handout", "Course handout")
    note = translate("handout", "Every figure is the app itself at that step; every number can be changed there.")
    body = (f"<p style='font-size:13pt; color:#555555'>{e(kind)}</p>"
            f"<h1 style='font-size:26pt'>{e(COURSE)}</h1>"
            f"<p>{e(today)}</p><h2 style='font-size:15pt'>{e(translate('handout', 'Chapters'))}</h2>"
            f"{items}"
            f"<p style='color:#555555'>{e(note)}</p>")
    pages.draw_document(pages.document(body, 12), pages.height * 0.12)


def step_page(pages: Pages, tab, index: int, count: int, caption: str) -> None:
    """One guided step: a heading (the chapter's, on its first step), the caption, the figure, the ledgers."""
    e = html.escape
    pages.new_page()
    head = ""
    if index == 0:
        head = (f"<h1 style='font-size:18pt'>{e(chapter_heading(tab))}</h1>"
                f"<p style='color:#555555'>{e(tab.summary)}</p>")
    where = fill(translate("handout", "Step %1 of %2"), index + 1, count) if count else ""
    top_doc = pages.document(f"{head}<p style='color:#555555; font-size:9.5pt'>{e(where)}</p>"
                             f"<p style='font-size:13pt'><b>{e(caption)}</b></p>")
    y = pages.draw_document(top_doc, 0) + pages.pt(6)
    sections = ledger_text(tab)
    text = "".join(f"<p style='margin-top:6px'><b>{e(title)}</b></p>"
                   + "".join(f"<p style='margin-left:12px; white-space:pre-wrap'>{e(line)}</p>" for line in lines)
                   for title, lines in sections)
    ledger_doc = pages.document(text, 10) if text else None
    below = ledger_doc.size().height() + pages.pt(8) if ledger_doc is not None else 0.0
    room = max(min(pages.body_bottom() - y - below, pages.height * FIGURE_SHARE), pages.height * 0.3)
    y = pages.draw_widget(figure_widget(tab), y, room) + pages.pt(8)
    if ledger_doc is not None:
        pages.draw_document(ledger_doc, y)


#: The seed of the practice sheet's numbers (1: not the deck's own, which the handout's pages already show).
PRACTICE_SEED = 1


def practice_exercises(tabs, seed: int = PRACTICE_SEED) -> list[tuple[object, list]]:
    """For every chapter with practice, one exercise of each of its kinds made from `seed`: (tab, exercises)."""
    from nnviz.core import practice

    return [(tab, [practice.generate(kind, seed) for kind in practice.kinds(tab.key)])
            for tab in tabs if practice.kinds(tab.key)]


def practice_pages(pages: Pages, tabs, seed: int = PRACTICE_SEED) -> int:
    """The practice sheet: each chapter's exercises (the question, its numbers, a line for the answer), then the
    answer key (each answer and its working) starting on a page of its own, the last of the handout. Returns the
    number of questions."""
    from nnviz.qt.widgets import practice_text as pt

    e = html.escape
    sheet = practice_exercises(tabs, seed)
    if not sheet:
        return 0
    questions, key, n = [], [], 0
    for tab, exercises in sheet:
        questions.append(f"<h2 style='font-size:14pt; margin-top:10px'>{e(chapter_heading(tab))}</h2>")
        key.append(f"<h2 style='font-size:13pt; margin-top:8px'>{e(chapter_heading(tab))}</h2>")
        for ex in exercises:
            n += 1
            givens = "<br/>".join(e(line) for line in pt.givens_lines(ex))
            choices = "<br/>".join(e(pt.words(c)) for c in ex.choices)
            rounded = (fill(translate("handout", "Answer (to %1 decimals): ____________"), ex.decimals) if ex.decimals
                       else translate("handout", "Answer: ____________"))
            questions.append(f"<p style='margin-top:8px'><b>{n}.</b> {e(pt.words(ex.prompt))}</p>"
                             f"<p style='margin-left:18px; font-family:monospace'>{givens}</p>"
                             + (f"<p style='margin-left:18px'>{choices}</p>" if choices else "")
                             + f"<p style='margin-left:18px; color:#555555'>{e(rounded)}</p>")
            working = "<br/>".join(e(pt.show(line)) for line in ex.steps)
            key.append(f"<p style='margin-top:6px'><b>{n}. {e(pt.answer(ex))}</b><br/>"
                       f"<span style='color:#555555'>{working}</span></p>")
    intro = translate("handout", "Work each one out by hand, then check it in nnviz (Practice: compute it by hand) "
                                 "or with the answer key on the last page.")
    title, key_title = translate("handout", "Practice sheet"), translate("handout", "Answer key")
    pages.new_page()
    pages.draw_document(pages.document(f"<h1 style='font-size:18pt'>{e(title)}</h1>"
                                       f"<p style='color:#555555'>{e(intro)}</p>" + "".join(questions), 11), 0)
    pages.new_page()
    pages.draw_document(pages.document(f"<h1 style='font-size:18pt'>{e(key_title)}</h1>" + "".join(key), 10), 0)
    return n


def handout_pdf(window, indices: list[int] | None = None, page_size: str = "a4",
                practice: bool = False) -> Generator[Progress, None, bytes]:
    """The handout of the chapters at `indices` (all when None) as PDF bytes, with a practice sheet and its answer
    key at the end if `practice`; yields progress between steps."""
    indices = list(range(len(window.entries))) if indices is None else list(indices)
    with window_kept(window) as touch:
        plans = []
        for i in indices:
            tab = touch(i)
            plans.append((i, tab, list(tab.guided_steps())))
        total = sum(max(len(steps), 1) for _, _, steps in plans)
        dpi = max(int(round(window.logicalDpiY())), 72)
        pages = Pages(page_size, dpi, COURSE)
        try:
            title_page(pages, [tab for _, tab, _ in plans], len(indices) == 1)
            done = 0
            for i, tab, steps in plans:
                touch(i)
                for k, step in enumerate(steps or [None]):
                    yield Progress(done, total, step_text(tab.number, k + 1, max(len(steps), 1)))
                    if step is not None:
                        try:
                            step.apply()
                        except Exception as error:  # noqa: BLE001 — a chapter's step failed: say so on its page
                            caption = fill(translate("handout", "This step could not be shown: %1"), error)
                        else:
                            caption = step.caption
                    else:
                        caption = tab.summary
                    settle()
                    step_page(pages, tab, k, len(steps), caption)
                    done += 1
            if practice:
                yield Progress(done, total, translate("handout", "Practice sheet"))
                practice_pages(pages, [tab for _, tab, _ in plans])
            yield Progress(done, total, translate("handout", "Writing the PDF"))
            return pages.finish()
        finally:
            pages.abandon()
