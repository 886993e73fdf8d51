"""Compiles the Qt Linguist translations in resources/i18n (.ts) to .qm files.

Swedish is the source language of every `tr()` string; `klubban_en.ts` carries the English
translation. Run by the set-up script, and again after editing a .ts file:
`python -m ui.i18n_build` (to refresh the .ts from the code: `python -m ui.i18n_build --update`).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

from ui.i18n import TERMS
from ui.resources import resource_path

LANGUAGES = ("en",)
_TOOLS = Path(PySide6.__file__).parent
_SOURCES = Path(__file__).resolve().parent


def ts_file(language: str) -> Path:
    return resource_path("i18n", f"klubban_{language}.ts")


def update() -> None:
    """Collect every tr() string of the windows into the .ts files (keeps translations)."""
    sources = sorted(str(p) for p in _SOURCES.rglob("*.py"))
    for language in LANGUAGES:
        ts = ts_file(language)
        ts.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [str(_TOOLS / "lupdate"), "-silent", "-source-language", "sv_SE",
             "-target-language", language, *sources, "-ts", str(ts)],
            check=True,
        )  # fmt: skip
        add_vocabulary(ts)


def vocabulary() -> set[str]:
    """Every word the windows show through ui.i18n.term."""
    from app.feeds.states import SWEDISH
    from ui.chair.models import PROPOSAL_WORDS, SPEECH_KINDS
    from ui.secretary.models import EVENT_NAMES, JOURNAL_WORDS, VOTES
    from ui.video.simulator import SWEDISH_FAULTS

    words = (SWEDISH, SPEECH_KINDS, VOTES, EVENT_NAMES, SWEDISH_FAULTS, PROPOSAL_WORDS)
    return {word for table in words for word in table.values()} | set(JOURNAL_WORDS)


def add_vocabulary(ts: Path) -> None:
    """Bring the .ts's Terms context in line with vocabulary(): new words unfinished, known
    ones keep their translation (lupdate marks them vanished: it cannot see data)."""
    tree = ET.parse(ts)
    root = tree.getroot()
    context = next((c for c in root.iter("context") if c.findtext("name") == TERMS), None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = TERMS
    known = {m.findtext("source"): m for m in context.findall("message")}
    words = vocabulary()
    for source, message in known.items():
        translation = message.find("translation")
        assert translation is not None
        if source not in words:
            context.remove(message)
        elif translation.text:
            translation.attrib.pop("type", None)
        else:
            translation.set("type", "unfinished")
    for word in sorted(words - known.keys()):
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = word
        ET.SubElement(message, "translation", type="unfinished")
    ET.indent(tree, space="    ")
    # lupdate's own layout (contexts not indented), so that its next run changes no more lines
    # than it must.
    text = ET.tostring(root, encoding="unicode").replace(" />", "/>")
    lines = [line.removeprefix("    ") for line in text.split("\n")]
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + "\n".join(lines) + "\n",
        encoding="utf-8",
    )


def build() -> list[Path]:
    built = []
    for language in LANGUAGES:
        ts = ts_file(language)
        if not ts.exists():
            continue
        qm = ts.with_suffix(".qm")
        subprocess.run([str(_TOOLS / "lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    if "--update" in sys.argv[1:]:
        update()
    build()
