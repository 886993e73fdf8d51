"""The phrase templates: Klubban's defaults, overridden file by file from a municipality's own
folder (setting `phrases.folder`, or `klubban protocol --templates DIR`)."""

from __future__ import annotations

from pathlib import Path

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, select_autoescape

from ui.resources import resource_path

DEFAULTS = ("templates", "protocol")


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def vote_word(value: str) -> str:
    return {"ja": "ja", "nej": "nej", "avstar": "avstår", "deltar_ej": "deltar ej"}.get(
        value, value
    )


def environment(override: str | Path | None = None) -> Environment:
    loaders = [FileSystemLoader(str(resource_path(*DEFAULTS)))]
    if override:
        folder = Path(override)
        if not folder.is_dir():
            raise FileNotFoundError(f"Mappen med frasmallar {folder} finns inte.")
        loaders.insert(0, FileSystemLoader(str(folder)))
    env = Environment(
        loader=ChoiceLoader(loaders),
        autoescape=select_autoescape(["html", "html.j2"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["lower_first"] = _lower_first
    env.filters["vote"] = vote_word
    return env


def phrases(env: Environment):
    """The phrase macros as callables returning plain text (for the DOCX)."""
    return env.get_template("phrases.j2").module
