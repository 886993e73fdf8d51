"""A municipality's own phrase folder overrides the default wording, file by file."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from ui.export.cli import render_meeting
from ui.export.templates import environment, phrases, vote_word

pytestmark = pytest.mark.db


def test_defaults_render_the_common_wording() -> None:
    say = phrases(environment())
    assert str(say.names(["A", "B", "C"])) == "A, B och C"
    assert vote_word("avstar") == "avstår"


def test_an_override_folder_replaces_only_the_files_it_holds(tmp_path: Path) -> None:
    (tmp_path / "phrases.j2").write_text(
        (Path(environment().loader.loaders[0].searchpath[0]) / "phrases.j2")
        .read_text(encoding="utf-8")
        .replace("Protokollet är justerat.", "Protokollet är justerat av nämnden."),
        encoding="utf-8",
    )
    env = environment(tmp_path)
    assert "justerat av nämnden" in str(phrases(env).anslag())
    assert env.get_template("protocol.css").render()  # still the default


def test_a_missing_override_folder_is_a_clear_swedish_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"Mappen med frasmallar .* finns inte"):
        environment(tmp_path / "saknas")


def test_the_protocol_uses_the_override(example_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "fraser"
    folder.mkdir()
    default = Path(environment().loader.loaders[0].searchpath[0]) / "phrases.j2"
    folder.joinpath("phrases.j2").write_text(
        default.read_text(encoding="utf-8").replace("tjg för", "tjänstgörande ersättare för"),
        encoding="utf-8",
    )
    docx, _pdf = render_meeting(str(example_db), None, tmp_path / "ut", templates=folder)
    first = Document(str(docx)).tables[0].rows
    beslutande = {r.cells[0].text: r.cells[1].text for r in first}["Beslutande"]
    assert "Kim Tell (M) tjänstgörande ersättare för Dag Lind (M)" in beslutande
