"""Compiles the Qt Linguist translations in resources/i18n (.ts) to .qm files.

Swedish is the source language of every `tr()` string; `klubban_en.ts` carries the English
translation. Run by the set-up script, and again after editing a .ts file:
`python -m ui.i18n_build` (to refresh the .ts from the code: `python -m ui.i18n_build --update`).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

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
