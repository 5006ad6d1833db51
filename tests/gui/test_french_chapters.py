"""The French interface inside every chapter: no English text left, numbers written 0,57.

Each chapter is built twice, in English and in French, and every text a student can read is
collected in the same order: labels, buttons, group and tab titles, combo items, tooltips,
placeholders, table headers and cells, texts drawn in plots and diagrams, guided-step captions.
A text identical in both languages is untranslated unless all its words are the same in
French (SAME_IN_FRENCH); a French text with a decimal point (0.57) is not written for French.
"""

from __future__ import annotations

import html
import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from nnviz.qt import i18n
from nnviz.qt.chapters import chapter_classes

#: Words written the same in French, or names that are never translated (acronyms, the deck's symbols).
SAME_IN_FRENCH = {
    "ssr", "dssr", "relu", "softplus", "tanh", "lstm", "rnn", "cnn", "nnviz", "dosage", "conclusion", "pause",
    "points", "max", "min", "exp", "log", "csv", "png", "jpeg", "svg", "json",
    "pooling", "softmax", "argmax",  # the deck's names, kept in French (« max pooling »), like ReLU
    "image", "code", "classes", "test",  # written the same in French (« ensemble de test »)
}
_WORD = re.compile(r"[A-Za-zÀ-ÿ]{3,}")
_TAG = re.compile(r"<[^>]+>")
_POINT_DECIMAL = re.compile(r"(?<![\w.])\d+\.\d+")


def _plain(text: str) -> str:
    return html.unescape(_TAG.sub(" ", text or "")).strip()


def _scene_texts(view: QGraphicsView):
    for item in view.scene().items():
        if isinstance(item, QGraphicsSimpleTextItem) and item.isVisible():
            yield item.text()
        elif isinstance(item, QGraphicsTextItem) and item.isVisible():
            yield item.toPlainText()
        if item.toolTip():
            yield item.toolTip()


def chapter_texts(tab: QWidget) -> tuple[list[str], list[str]]:
    """(texts to read, numbers shown in fields) of a chapter, in a fixed order."""
    texts, values = [], []
    for w in [tab, *tab.findChildren(QWidget)]:
        texts.append(w.toolTip())
        if isinstance(w, QLabel):
            texts.append(w.text())
        elif isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())] + [w.tabToolTip(i) for i in range(w.count())]
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
            values.append(w.text())
        elif isinstance(w, QTextEdit):
            texts.append(w.toPlainText())
        elif isinstance(w, QTableWidget):
            for axis in (w.horizontalHeaderItem, w.verticalHeaderItem):
                count = w.columnCount() if axis == w.horizontalHeaderItem else w.rowCount()
                texts += [axis(i).text() for i in range(count) if axis(i) is not None]
            texts += [w.item(r, c).text() for r in range(w.rowCount()) for c in range(w.columnCount())
                      if w.item(r, c) is not None]
        if isinstance(w, QGraphicsView) and w.scene() is not None:
            texts += list(_scene_texts(w))
    steps = getattr(tab, "guided_steps", lambda: [])()
    texts += [step.caption for step in steps]
    return [_plain(t) for t in texts], values


def untranslated(english: list[str], french: list[str]) -> list[str]:
    """The texts shown the same in both languages that have a word French does not share."""
    return sorted({en for en, fr in zip(english, french, strict=True)
                   if en == fr and any(word.lower() not in SAME_IN_FRENCH for word in _WORD.findall(en))})


def _build(make_tab, cls, language: str):
    i18n.install(language)
    try:
        return chapter_texts(make_tab(cls))
    finally:
        i18n.install("en")


@pytest.mark.parametrize("cls", chapter_classes(), ids=lambda cls: cls.key)
def test_chapter_has_no_english_left_in_french(make_tab, cls):
    english, _ = _build(make_tab, cls, "en")
    french, french_values = _build(make_tab, cls, "fr")
    assert len(english) == len(french) > 10
    left = untranslated(english, french)
    assert not left, f"{len(left)} text(s) of {cls.key} not translated: {left}"
    points = sorted({t for t in french + french_values if _POINT_DECIMAL.search(t)})
    assert not points, f"numbers with a decimal point in French ({cls.key}): {points}"


def test_the_checker_finds_english_and_points():
    assert untranslated(["Learning Rate", "SSR", "ReLU (x)"], ["Learning Rate", "SSR", "ReLU (x)"]) == ["Learning Rate"]
    assert untranslated(["Run"], ["Lancer"]) == []
    assert _POINT_DECIMAL.search("SSR = 3.16") and not _POINT_DECIMAL.search("SSR = 3,16")
    assert _plain("<b>Step&nbsp;1</b>") == "Step\xa01"


def test_plot_tick_numbers_follow_the_language(qapp):
    from nnviz.qt import theme

    plot = theme.make_plot("t", "x", "y")
    axis = plot.getPlotItem().getAxis("bottom")
    assert axis.tickStrings([0.5, 1.0, 1.5], 1, 0.5) == ["0.5", "1.0", "1.5"]
    i18n.install("fr")
    try:
        assert axis.tickStrings([0.5, 1.0, 1.5], 1, 0.5) == ["0,5", "1,0", "1,5"]
        assert i18n.number(float("inf")) == "trop grand pour être affiché"
    finally:
        i18n.install("en")
    plot.deleteLater()


def test_what_to_try_and_chapter_summaries_are_in_french(qapp):
    from nnviz.qt.chapters import chapter_classes
    from nnviz.qt.teacher import WHAT_TO_TRY

    hints = [hint for chapter in WHAT_TO_TRY.values() for hint in chapter]
    summaries = [cls.summary for cls in chapter_classes()]
    i18n.install("fr")
    try:
        french = [i18n.translate("what_to_try", hint) for hint in hints]
        french_summaries = [i18n.translate("chapters", summary) for summary in summaries]
    finally:
        i18n.install("en")
    assert len(hints) == 21 and untranslated(hints, french) == []
    assert "taille du pas = −5,7 × 0,1 = −0,57" in french[4]
    assert untranslated(summaries, french_summaries) == []


def test_why_a_lesson_file_cannot_be_opened_is_said_in_french(qapp, tmp_path):
    from nnviz.core import lesson as L
    from nnviz.qt.lesson_messages import lesson_message

    broken = {"png.json": b"\x89PNG\r\n\x1a\n....", "empty.json": b"  ", "cut.json": b'{"format": "nnviz-lesson", "ver',
              "nan.json": b'{"a": NaN}', "newer.json": b'{"format": "nnviz-lesson", "version": 99, "chapters": {}}',
              "list.json": b"[1, 2]"}
    english = []
    for name, data in broken.items():
        (tmp_path / name).write_bytes(data)
        try:
            L.read(tmp_path / name)
        except L.LessonError as error:
            english.append(str(error))
    assert len(english) == len(broken)
    i18n.install("fr")
    try:
        french = [lesson_message(message) for message in english]
    finally:
        i18n.install("en")
    assert untranslated(english, french) == []
    assert "ce fichier est une image PNG, pas une leçon" in french and "le fichier est vide" in french
    assert [lesson_message(message) for message in english] == english  # English stays as the core says it
