"""The PDF handout: a page per guided step, the deck's numbers as real text, embedded fonts, every page renders;
the command line; a cancelled export writes nothing and leaves the window as it was."""

import re
import shutil
import subprocess

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from nnviz.app import main

POPPLER = all(shutil.which(tool) for tool in ("pdftotext", "pdffonts", "pdftoppm", "pdfinfo"))
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext, pdffonts, pdftoppm) not installed")

No = QMessageBox.StandardButton.No


@pytest.fixture(scope="module")
def course_pdf(tmp_path_factory, qapp):
    out = tmp_path_factory.mktemp("handout") / "course.pdf"
    assert main(["--handout", str(out), "--page-size", "a4"]) == 0
    return out


def pages_of(pdf) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def chapter_texts(pdf) -> dict[int, str]:
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    parts = re.split(r"^\f?Chapter (\d): ", text, flags=re.M)
    found: dict[int, str] = {}
    for number, body in zip(parts[1::2], parts[2::2], strict=True):
        found[int(number)] = found.get(int(number), "") + body
    return found


def guided_step_count() -> int:
    from nnviz.qt.main_window import MainWindow

    window = MainWindow(restore=False)
    try:
        return sum(max(len(tab.guided_steps()), 1) for tab in window.chapters)
    finally:
        window.shutdown()
        window.deleteLater()


@needs_poppler
def test_a_page_per_guided_step_and_a_title_page(course_pdf):
    steps = guided_step_count()
    assert steps >= 50  # the six chapters' walk-throughs
    assert pages_of(course_pdf) >= steps + 1


@needs_poppler
def test_the_deck_numbers_are_text(course_pdf):
    text = chapter_texts(course_pdf)
    assert set(text) >= {1, 2, 3, 4, 5, 6}
    for number in ("−5.7", "−0.57", " 0.57"):
        assert number in text[2], number
    assert "dSSR/db3 = (−5.21) + (−5.22) + (−5.23) = −15.7" in text[3]  # the ledger's line, not only a caption
    assert "2×2 region): 1, 0, 0, 1" in text[4]  # Max Pooling of the O's Feature Map
    assert re.search(r"“O” 0\.99", text[4])
    assert "d SSR / d Intercept = −2 × 1.08 + −2 × 0.43 + −2 × 1.34 = −5.7" in text[2]


@needs_poppler
def test_fonts_are_embedded_and_every_page_renders(course_pdf, tmp_path):
    fonts = subprocess.run(["pdffonts", str(course_pdf)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows, "no fonts at all: the text would be pictures"
    for row in rows:
        assert row.split()[-5] == "yes", row  # the "emb" column
    subprocess.run(["pdftoppm", "-r", "12", "-png", str(course_pdf), str(tmp_path / "p")], check=True,
                   capture_output=True)
    assert len(list(tmp_path.glob("p-*.png"))) == pages_of(course_pdf)


def test_a_lesson_that_cannot_be_opened_exits_2(tmp_path):
    bad = tmp_path / "broken.nnviz"
    bad.write_text("{ not json")
    out = tmp_path / "out.pdf"
    assert main([str(bad), "--handout", str(out)]) == 2
    assert not out.exists()


@needs_poppler
def test_one_chapter_from_the_command_line(tmp_path):
    out = tmp_path / "ch3.pdf"
    assert main(["--handout", str(out), "--chapter", "3"]) == 0
    assert pages_of(out) == 1 + 10
    text = chapter_texts(out)
    assert set(text) == {3}


def test_cancelling_writes_nothing_and_puts_the_window_back(qtbot, window, tmp_path):
    from nnviz.qt.handout_dialog import write_handout

    window.tabs.setCurrentIndex(0)
    tab = window.chapter(1)
    before = tab.get_state()
    seen = []

    def cancel():
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)), None)
        if dialog is None or dialog.value() < 3:
            QTimer.singleShot(20, cancel)
            return
        seen.append(dialog.labelText())
        dialog.cancel()

    QTimer.singleShot(0, cancel)
    out = tmp_path / "cancelled.pdf"
    assert write_handout(window, out, [1]) is None
    assert not out.exists() and list(tmp_path.iterdir()) == []
    assert seen and re.fullmatch(r"Chapter 2, step \d+ of 11", seen[0])
    assert tab.get_state() == before
    assert window.tabs.currentIndex() == 0


def test_paper_size_follows_the_locale():
    from nnviz.qt.handout import default_page_size

    assert default_page_size(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == "letter"
    assert default_page_size(QLocale(QLocale.Language.French, QLocale.Country.France)) == "a4"
    assert default_page_size(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)) == "a4"


def test_the_menu_writes_this_chapter_on_letter_paper(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog, QFileDialog

    from nnviz.qt import handout_dialog

    chosen = {}

    def exec_dialog(dialog):
        assert dialog.objectName() == "handout-dialog" and dialog.course.isChecked()
        dialog.current.setChecked(True)
        dialog.page_size.setCurrentIndex(dialog.page_size.findData("letter"))
        chosen["dialog"] = dialog
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(handout_dialog.HandoutDialog, "exec", exec_dialog)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "ch4"), "")))
    window.tabs.setCurrentIndex(3)
    action = window.findChild(type(window.exporter.handout_action), "export-handout")
    action.trigger()
    out = tmp_path / "ch4.pdf"
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and re.search(rb"/MediaBox \[0 0 612(\.0*)? 792(\.0*)?\]", data)  # Letter
    assert window.statusBar().currentMessage() == "Handout written: ch4.pdf"
    if POPPLER:
        assert pages_of(out) == 1 + 11 and set(chapter_texts(out)) == {4}
    # "ch4" typed again: the dialog saw no ch4.pdf, so nnviz asks before replacing it; No keeps it byte for byte
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text) or No)
    action.trigger()
    assert len(asked) == 1 and "“ch4.pdf” already exists" in asked[0] and out.read_bytes() == data


@needs_poppler
def test_a_dark_room_still_prints_on_white_and_keeps_its_theme(qtbot, window, tmp_path):
    from PySide6.QtGui import QImage

    from nnviz.qt import theme
    from nnviz.qt.handout_dialog import write_handout

    window.presenter.set_theme("dark")
    out = tmp_path / "dark.pdf"
    write_handout(window, out, [1], progress=False)
    assert theme.current_theme().name == "dark"
    subprocess.run(["pdftoppm", "-r", "20", "-f", "2", "-l", "2", "-png", str(out), str(tmp_path / "p")], check=True)
    page = QImage(str(next(tmp_path.glob("p-*.png"))))
    dark = sum(is_dark(page.pixelColor(x, y)) for x in range(0, page.width(), 3)
               for y in range(0, page.height(), 3))
    assert dark / ((page.width() // 3 + 1) * (page.height() // 3 + 1)) < 0.1  # a light page: paper, not a dark screen
    window.presenter.set_theme("light")


def is_dark(color) -> bool:
    return color.lightnessF() < 0.3


@needs_poppler
def test_the_plots_are_vector_graphics(course_pdf):
    """Chapters 1 and 3 draw no picture of their own (no pixel grid, no heat map): on their pages the only images
    are icons (the legend's eye, a check box), so curves, points, axes and tables are paths and text."""
    if not shutil.which("pdfimages"):
        pytest.skip("pdfimages not installed")
    first = {1: 2, 3: 2 + 11 + 11}  # after the title page: chapter 1's 11 steps, chapter 2's 11
    for chapter, count in ((1, 11), (3, 10)):
        listing = subprocess.run(["pdfimages", "-list", "-f", str(first[chapter]), "-l",
                                  str(first[chapter] + count - 1), str(course_pdf)],
                                 capture_output=True, text=True, check=True).stdout.splitlines()[2:]
        sizes = [(int(row.split()[3]), int(row.split()[4])) for row in listing]
        assert all(w <= 32 or h <= 32 for w, h in sizes), (chapter, [s for s in sizes if min(s) > 32])


def test_a_practice_sheet_with_its_answer_key_on_the_last_page(window, monkeypatch, tmp_path):
    """Chosen, the practice sheet follows the chapter: each exercise of the chapter with new numbers (its prompt
    and givens), then the answer key (each answer and its working) on the handout's last page."""
    from nnviz.core import practice
    from nnviz.qt import handout
    from nnviz.qt.handout_dialog import write_handout
    from nnviz.qt.widgets import practice_text as pt

    drawn = []  # (page number, plain text) of every text block, in drawing order
    real = handout.Pages.draw_document

    def draw(pages, doc, top):
        drawn.append((pages.number, doc.toPlainText()))
        return real(pages, doc, top)

    monkeypatch.setattr(handout.Pages, "draw_document", draw)
    out = tmp_path / "ch2.pdf"
    assert write_handout(window, out, [1], "a4", progress=False, practice=True) == out
    exercises = [practice.generate(kind, handout.PRACTICE_SEED) for kind in practice.kinds("gradient-descent")]
    assert len(exercises) == 6
    sheet = next(text for _, text in drawn if text.startswith("Practice sheet"))
    last_page, key = drawn[-1]
    assert key.startswith("Answer key") and last_page == max(n for n, _ in drawn)
    for n, ex in enumerate(exercises, start=1):
        assert f"{n}. {pt.words(ex.prompt)}" in sheet
        assert all(line.strip() in sheet for line in pt.givens_lines(ex))
        assert f"{n}. {pt.answer(ex)}" in key and pt.show(ex.steps[-1]) in key
    # the seed is not the deck's: the sheet's numbers are new
    deck = [practice.deck_exercise(k).givens for k in practice.kinds("gradient-descent")]
    assert [ex.givens for ex in exercises] != deck
    if POPPLER:
        last = subprocess.run(["pdftotext", "-f", str(pages_of(out)), str(out), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "Answer key" in last and pt.answer(exercises[0]) in last
