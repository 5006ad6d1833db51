"""The shared widgets in French: fields write 0,57 and read 0,5 and 0.5, refuse in French; the training panel,
the stop messages, the import preview and the core's CSV messages are in French, counts grouped as 100 000."""

import pytest
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTableWidget

from nnviz.core import table
from nnviz.core.descent import StopReason
from nnviz.qt import i18n
from nnviz.qt.chapters.gradient_descent.tab import GradientDescentTab
from nnviz.qt.i18n import grouped
from nnviz.qt.widgets.number_field import NumberField
from nnviz.qt.widgets.table_messages import table_message

from .helpers import click, type_into

NBSP = "\u202f"  # the thousands separator


def typo(text: str) -> str:
    """French typography as tools/fr writes it: a non-breaking space before : ; ? ! and inside « »."""
    return (text.replace(" :", "\u00a0:").replace(" ;", "\u00a0;").replace(" ?", "\u00a0?").replace(" !", "\u00a0!")
            .replace("« ", "«\u00a0").replace(" »", "\u00a0»"))


@pytest.fixture
def french(qapp):
    i18n.install("fr")
    yield
    i18n.install("en")


def test_a_field_writes_the_decimal_comma_and_reads_both(qtbot, french):
    f = NumberField("rate", "Taux", 0.57, -10, 10)
    qtbot.addWidget(f)
    assert f.text() == "0,57" and f.edit.toolTip() == "Taux = 0,57"
    type_into(qtbot, f, "0.5")
    assert f.value() == 0.5 and f.text() == "0,5"
    type_into(qtbot, f, "1,25")
    assert f.value() == 1.25 and f.text() == "1,25"


@pytest.mark.parametrize("typed, said", [
    ("abc", "« abc » n’est pas un nombre"),
    ("nan", "« nan » n’est pas un nombre"),
    ("-inf", "« -inf » n’est pas un nombre"),
    ("1e999", "ce nombre est trop grand"),
    ("", "le champ est vide : veuillez taper un nombre"),
    ("20,5", "veuillez choisir une valeur de -10 à 10"),
])
def test_a_field_refuses_in_french(qtbot, french, typed, said):
    f = NumberField("rate", "Taux", 1.25, -10, 10)
    qtbot.addWidget(f)
    type_into(qtbot, f, typed)
    assert f.value() == 1.25 and f.text() == "1,25"
    assert f.message.text() == typo(f"Taux : {said}. Valeur gardée : 1,25.")


def test_counts_are_grouped_as_the_language_writes_them(french):
    assert grouped(100_000) == f"100{NBSP}000" and grouped(999) == "999"
    i18n.install("en")
    assert grouped(100_000) == "100,000"


def _core_messages(tmp_path) -> list[str]:
    """Real messages of nnviz.core.table: refused files and the reasons rows were left out."""
    refusals = [lambda: table.parse(""), lambda: table.parse("x,y\n"),
                lambda: table.parse("1,2\n" * 3000, max_rows=1000),
                lambda: table.parse("x,y\nlow,none\nhigh,some\n", min_rows=2),
                lambda: table.parse("1,2\n3,4\n", min_rows=3),
                lambda: table.parse("a,b,c,d,e,f,g,h,i\n1,2,3,4,5,6,7,8,9\n", min_columns=1, max_columns=8),
                lambda: table.decode(b"\x89PNG\r\n\x1a\n\x00", "photo.png"),
                lambda: table.decode(b"PK\x03\x04", "classeur.xlsx"),
                lambda: table.decode(b"\x01\x00\x02", "data.bin"),
                lambda: table.check_file(tmp_path / "missing.csv")]
    messages = []
    for refuse in refusals:
        with pytest.raises(table.TableError) as error:
            refuse()
        messages.append(str(error.value))
    rows = table.parse("1,2\n3\n4,5\n,6\n7,1e200\n8,inf\n")
    return messages + [reason for _, reason in rows.skipped]


def test_every_core_table_message_is_said_in_french(tmp_path, french):
    messages = _core_messages(tmp_path)
    assert len(messages) == 14
    for message in messages:
        said = table_message(message)
        assert said != message, f"not translated: {message!r}"
        for english in ("the file", " is ", " not ", "number", "row", "needed", "found", "empty"):
            assert english not in said, f"{message!r} → {said!r}"
    assert table_message("the file has 3,000 lines: at most 1,000 rows can be read") == \
        typo(f"le fichier a 3{NBSP}000 lignes : on peut en lire au plus 1{NBSP}000")
    assert table_message("an unknown message about 0.5") == "an unknown message about 0,5"  # kept, number localized


def test_the_import_preview_and_its_messages_are_in_french(make_tab, qtbot, tmp_path, french):
    tab = make_tab(GradientDescentTab)
    path = tmp_path / "classe.csv"
    path.write_text("Heures;Note\n1;2,5\n2;3\n3;abc\n\n4;5,5\n5;6\n6;nan\n")
    dialog = tab.table_io.import_file(path)
    summary = dialog.findChild(QLabel, "import-summary").text()
    assert "<b>4 lignes</b> × 2 colonnes (x, y) lues dans <b>classe.csv</b>" in summary
    assert "points-virgules, virgule décimale, avec une ligne d’en-tête" in summary
    assert dialog.findChild(QTableWidget, "import-rows").item(0, 1).text() == "2,5"
    listing = dialog.findChild(QPlainTextEdit, "import-skipped-list").toPlainText()
    # (toPlainText writes a non-breaking space as a space)
    assert (
        listing == "Ligne 4 : « abc » n’est pas un nombre\nLigne 8 : « nan » n’est pas un nombre fini (NaN ou infini)"
    )
    dialog.accept()
    assert tab.table_io.message.text().count("4 lignes importées depuis classe.csv.") == 1
    assert "(4 termes)" in " ".join(tab.ledger.lines())
    bad = tmp_path / "image.csv"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    assert tab.table_io.import_file(bad) is None
    assert typo("Impossible d’importer image.csv : image.csv est une image PNG, pas un tableau de nombres (texte CSV). "
                "Rien n’a été remplacé.") in tab.table_io.message.text()


def test_training_panel_and_stop_message_in_french(make_tab, qtbot, french):
    tab = make_tab(GradientDescentTab)
    panel = tab.panel
    assert [b.text() for b in panel.buttons.values()] == ["▶ Lancer", "❚❚ Pause", "Un pas ›", "‹ Pas arrière",
                                                          "⟲ Réinitialiser"]
    panel.speed.setValue(3)
    assert panel.speed_text.text() == typo("Vitesse : 10 pas par seconde")
    panel.speed.setValue(0)
    assert panel.speed_text.text() == typo("Vitesse : 1 pas par seconde")
    with qtbot.waitSignal(tab.controller.stopped, timeout=5000) as blocker:
        for _ in range(10):
            if not tab.controller.step():
                break
    reason, message = blocker.args
    assert reason is StopReason.MIN_STEP_SIZE and message == panel.status.text()
    assert message.startswith(typo("Arrêt : chaque taille du pas est ≤ 0,001")) and "SSR vaut encore 0,4446" in message
    click(qtbot, tab, "reset")
    assert panel.status.text() == "Réinitialisé."
    click(qtbot, tab, "step")
    assert panel.status.text() == "Pas 1." and tab.intercept.text() == "0,57"
