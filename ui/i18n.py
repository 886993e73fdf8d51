"""The windows' language: Swedish is the source text of every tr() string; English comes from
the compiled translation in resources/i18n."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ui.resources import resource_path

TERMS = "Terms"
"""The translation context of the meeting's vocabulary: words declared once as data (feed
conditions in app/, speech kinds, votes, journal entry names …) rather than in a tr() call.
`python -m ui.i18n_build --update` collects them (ui.i18n_build.vocabulary)."""


def term(swedish: str) -> str:
    """A word of the vocabulary in the windows' language."""
    return QCoreApplication.translate(TERMS, swedish)


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Load the translation for `language` ("sv" needs none). Returns the installed translator
    (keep a reference: Qt does not own it), or None when Swedish or no translation is built."""
    if language == "sv":
        QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
        return None
    translator = QTranslator(app)
    if not translator.load(str(resource_path("i18n", f"klubban_{language}.qm"))):
        return None
    app.installTranslator(translator)
    QLocale.setDefault(QLocale(language))
    return translator
