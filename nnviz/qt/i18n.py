"""Languages: Qt translators for nnviz's strings (resources/translations/nnviz_<lang>.qm) and numbers written for the
language."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from nnviz.core.numbers import fmt, sig
from nnviz.resources import resource

LANGUAGES = {"en": "English", "fr": "Français"}

#: `translate("context", "text")`: the text in the current language. Write the context and the
#: text as literals so `pyside6-lupdate` finds them (tools/update_translations.py); never an f-string.
translate = QCoreApplication.translate
_state: dict = {"language": "en", "translators": []}
_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")


def language() -> str:
    """The language of the user interface now ("en" or "fr")."""
    return _state["language"]


def install(lang: str) -> None:
    """Translate the application into `lang` (ValueError if unknown); call before building the window."""
    if lang not in LANGUAGES:
        raise ValueError(f"no language {lang!r}; the languages are {', '.join(LANGUAGES)}")
    app = QCoreApplication.instance()
    for translator in _state["translators"]:
        app.removeTranslator(translator)
    _state["translators"] = []
    if lang != "en":
        ours = QTranslator(app)
        if not ours.load(f"nnviz_{lang}", str(resource("translations"))):
            raise ValueError(f"the {LANGUAGES[lang]} translation is missing ({resource('translations')})")
        qt_own = QTranslator(app)  # Qt's own dialogs (OK / Cancel, file dialogs)
        if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_own)
            _state["translators"].append(qt_own)
        app.installTranslator(ours)
        _state["translators"].append(ours)
    QLocale.setDefault(QLocale(lang))
    _state["language"] = lang


#: The words `fmt` and `sig` write instead of a number that cannot be shown.
NOT_A_NUMBER = (QT_TRANSLATE_NOOP("numbers", "too large to display"), QT_TRANSLATE_NOOP("numbers", "undefined"))


def localize(text: str) -> str:
    """Write `text` as the language does: decimal points of numbers (0.57 → 0,57 in French), and the
    words written for a number that cannot be shown ("too large to display")."""
    for words in NOT_A_NUMBER:
        if words in text:
            text = text.replace(words, translate("numbers", words))
    point = QLocale(language()).decimalPoint()  # the interface language, not the desktop's locale
    return text if point == "." else _DECIMAL_POINT.sub(point, text)


def number(value: float, decimals: int = 2) -> str:
    """`fmt` (the deck's rounding), with the language's decimal point."""
    return localize(fmt(value, decimals))


def significant(value: float, digits: int = 2) -> str:
    """`sig` (the deck's significant figures), with the language's decimal point."""
    return localize(sig(value, digits))


def grouped(count: int) -> str:
    """A whole number with the language's thousands separator: 100,000 in English, 100 000 in French."""
    text = f"{int(count):,}"
    return text if language() == "en" else text.replace(",", "\u202f")


def fill(template: str, *values) -> str:
    """`template` with %1, %2 … replaced by `values` (Qt's placeholders: a translation may reorder them).

    Format numbers first with `number` or `significant`, so they carry the language's decimal point.
    """
    out = template
    for i in range(len(values), 0, -1):  # %10 before %1
        out = out.replace(f"%{i}", str(values[i - 1]))
    return out


def rewrite(message: str, patterns, context: str, part=lambda text, kind: text) -> str | None:
    """The translation of a core message (English, fixed sentences): the first (regex, template, kinds) of
    `patterns` that matches all of `message`, its captured parts written back by `part(text, kind)`; None if none
    does."""
    for pattern, template, kinds in patterns:
        found = pattern.fullmatch(message)
        if found:
            return fill(translate(context, template), *(part(g, k) for g, k in zip(found.groups(), kinds, strict=True)))
    return None
