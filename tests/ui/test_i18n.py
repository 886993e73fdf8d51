"""The English translation is complete and safe to use.

Swedish is the source text of every `tr()` string in ui/; `resources/i18n/klubban_en.ts` carries
the English. A message left unfinished or empty shows Swedish in an English window, and a
translation that drops or reorders a placeholder breaks the `%` formatting the windows do on the
translated text (or loses a keyboard accelerator). The compiled .qm is what the app loads, so it
must be built from this .ts and actually answer `QCoreApplication.translate`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app.feeds.states import SWEDISH, FeedCondition
from app.meeting.events import SpeechKind
from ui.chair.models import SPEECH_KINDS
from ui.i18n import TERMS, install_translator, term
from ui.i18n_build import ts_file, vocabulary

pytestmark = pytest.mark.ui

QT_ARG = re.compile(r"%(?:\d+|n)")  # Qt's %1, %2, %n
PRINTF_ARG = re.compile(r"%[sd]")  # the windows format tr() results with Python's `%`
BRACE_ARG = re.compile(r"\{[^{}]*\}")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]  # one, or one per numerus form
    unfinished: bool


def _messages() -> list[Message]:
    root = ET.parse(ts_file("en")).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = translation.findall("numerusform")
            texts = tuple(f.text or "" for f in forms) if forms else (translation.text or "",)
            found.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    translations=texts,
                    unfinished=translation.get("type") is not None,
                )
            )
    return found


MESSAGES = _messages()


def _accelerators(text: str) -> int:
    """Single `&` marks a keyboard accelerator; `&&` is a literal ampersand."""
    return text.replace("&&", "").count("&")


@pytest.fixture
def english(qapp: QCoreApplication) -> Iterator[QTranslator]:
    """The English translation installed the way the app installs it, removed afterwards."""
    locale = QLocale()
    translator = install_translator(qapp, "en")
    assert translator is not None, "klubban_en.qm missing: run `python -m ui.i18n_build`"
    yield translator
    qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_the_file_has_messages() -> None:
    assert len(MESSAGES) > 100


def test_no_message_is_unfinished_or_empty() -> None:
    bad = [
        (m.context, m.source)
        for m in MESSAGES
        if m.unfinished or not all(t.strip() for t in m.translations)
    ]
    assert bad == []


def test_placeholders_and_accelerators_match_the_source() -> None:
    bad = []
    for m in MESSAGES:
        for text in m.translations:
            if (
                set(QT_ARG.findall(text)) != set(QT_ARG.findall(m.source))
                or PRINTF_ARG.findall(text) != PRINTF_ARG.findall(m.source)
                or set(BRACE_ARG.findall(text)) != set(BRACE_ARG.findall(m.source))
                or _accelerators(text) != _accelerators(m.source)
            ):
                bad.append((m.context, m.source, text))
    assert bad == []


def test_the_compiled_translation_is_used(english: QTranslator) -> None:
    message = next(
        m for m in MESSAGES if m.context == "ChairActionsPanel" and m.source == "Nästa talare"
    )
    assert QCoreApplication.translate(message.context, message.source) == "Next speaker"
    assert message.translations == ("Next speaker",)


def test_the_compiled_translation_matches_the_ts(english: QTranslator) -> None:
    """A .qm built from an older .ts would show stale or Swedish text."""
    stale = [
        (m.context, m.source)
        for m in MESSAGES
        if len(m.translations) == 1
        and QCoreApplication.translate(m.context, m.source) != m.translations[0]
    ]
    assert stale == []


def test_every_word_of_the_vocabulary_is_in_the_translation() -> None:
    """Words declared as data (feed conditions, speech kinds, votes, journal entry names) reach
    the .ts only through `python -m ui.i18n_build --update`: a new word must not be forgotten."""
    in_ts = {m.source for m in MESSAGES if m.context == TERMS}
    assert in_ts == vocabulary()


def test_vocabulary_words_are_shown_in_english(english: QTranslator) -> None:
    assert term(SWEDISH[FeedCondition.LOST]) == "connection lost"
    assert term(SPEECH_KINDS[SpeechKind.REPLIK]) == "reply"
