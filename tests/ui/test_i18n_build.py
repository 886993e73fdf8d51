"""i18n_build.add_vocabulary: the Terms context of a .ts follows the vocabulary, keeping what
was translated, adding new words as unfinished and dropping words no longer used."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ui import i18n_build
from ui.i18n import TERMS

pytestmark = pytest.mark.ui

_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="sv_SE">
<context>
    <name>Other</name>
    <message>
        <source>Nästa talare</source>
        <translation>Next speaker</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>replik</source>
        <translation type="vanished">reply</translation>
    </message>
    <message>
        <source>borttaget ord</source>
        <translation type="vanished">removed word</translation>
    </message>
</context>
</TS>
"""


def terms(ts: Path) -> dict[str, tuple[str | None, str | None]]:
    root = ET.parse(ts).getroot()
    (context,) = [c for c in root.iter("context") if c.findtext("name") == TERMS]
    found = {}
    for message in context.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        found[message.findtext("source") or ""] = (translation.text, translation.get("type"))
    return found


def test_the_terms_follow_the_vocabulary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ts = tmp_path / "klubban_en.ts"
    ts.write_text(_TS, encoding="utf-8")
    monkeypatch.setattr(i18n_build, "vocabulary", lambda: {"replik", "nytt ord"})
    i18n_build.add_vocabulary(ts)
    assert terms(ts) == {"replik": ("reply", None), "nytt ord": (None, "unfinished")}
    text = ts.read_text(encoding="utf-8")
    assert text.startswith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS ')
    assert "<translation>Next speaker</translation>" in text  # other contexts untouched
    assert "\n<context>\n    <name>Other</name>" in text  # lupdate's layout kept


def test_a_word_with_no_translation_yet_stays_unfinished(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ts = tmp_path / "klubban_en.ts"
    ts.write_text(_TS, encoding="utf-8")
    monkeypatch.setattr(i18n_build, "vocabulary", lambda: {"nytt ord"})
    i18n_build.add_vocabulary(ts)
    i18n_build.add_vocabulary(ts)  # a second run changes nothing
    assert terms(ts) == {"nytt ord": (None, "unfinished")}
