"""Template → import → export → import gives the same data, in both formats and across
them; the committed templates are what the template writer produces."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from app.meeting.model import BodyKind, DistancePolicy, ItemFlag
from db.importing.agenda import read_agenda
from db.importing.export import write_agenda, write_members
from db.importing.members import read_members
from db.importing.organ import read_organ, write_organ
from db.importing.templates import FOLDER, ITEMS, write_templates

pytestmark = pytest.mark.db


@pytest.mark.parametrize("source", ["xlsx", "csv"])
@pytest.mark.parametrize("target", ["xlsx", "csv"])
def test_members_round_trip(tmp_path: Path, source: str, target: str) -> None:
    first = read_members(FOLDER / f"ledamoter.{source}")
    assert first.ok, first.problems
    exported = tmp_path / f"export.{target}"
    write_members(exported, first.members, first.ersattare)
    again = read_members(exported)
    assert (again.members, again.ersattare) == (first.members, first.ersattare)
    assert first.members[0].is_chair


@pytest.mark.parametrize("source", ["xlsx", "csv"])
@pytest.mark.parametrize("target", ["xlsx", "csv"])
def test_agenda_round_trip(tmp_path: Path, source: str, target: str) -> None:
    first = read_agenda(FOLDER / f"dagordning.{source}")
    assert first.ok, first.problems
    assert first.items == ITEMS
    exported = tmp_path / f"export.{target}"
    write_agenda(exported, first.items)
    assert read_agenda(exported).items == first.items


def test_organ_round_trip(tmp_path: Path) -> None:
    first = read_organ(FOLDER / "organ.toml")
    assert first.ok, first.problems
    assert first.policy == DistancePolicy("KF 2021-02-22 § 18", 10, True, 24)
    exported = tmp_path / "organ.toml"
    no_limit = DistancePolicy("KS 2020 § 1", None, False, 48, (ItemFlag.SEKRETESS,))
    write_organ(exported, "Barn- och utbildningsnämnden", BodyKind.NAMND, no_limit)
    again = read_organ(exported)
    assert (again.name, again.kind, again.policy) == (
        "Barn- och utbildningsnämnden",
        BodyKind.NAMND,
        no_limit,
    )


def test_organ_problems_name_the_key_and_line(tmp_path: Path) -> None:
    path = tmp_path / "organ.toml"
    path.write_text(
        '[organ]\nnamn = "KF"\ntyp = "riksdag"\n\n[distansdeltagande]\nmax_antal = "tio"\n'
        'undantag = ["sekretess", "hemligt"]\n',
        encoding="utf-8",
    )
    problems = read_organ(path).problems
    assert [(p.row, p.column_name) for p in problems] == [
        (3, "organ.typ"),
        (6, "distansdeltagande.max_antal"),
        (7, "distansdeltagande.undantag"),
    ]
    assert str(problems[1]) == (
        "organ.toml, rad 6, kolumn ”distansdeltagande.max_antal”: "
        "Värdet måste vara ett heltal, inte 'tio'."
    )


def test_malformed_organ_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "organ.toml"
    path.write_text('[organ]\nnamn = "KF"\ntyp fullmaktige\n', encoding="utf-8")
    (problem,) = read_organ(path).problems
    assert problem.row == 3


def test_committed_templates_are_current(tmp_path: Path) -> None:
    written = write_templates(tmp_path)
    assert sorted(p.name for p in written) == sorted(p.name for p in FOLDER.iterdir())
    for path in written:
        committed = FOLDER / path.name
        if path.suffix == ".xlsx":  # a workbook carries its save time: compare the content
            read = read_members if path.name.startswith("ledamoter") else read_agenda
            assert replace(read(committed), file="") == replace(read(path), file="")
        else:
            assert committed.read_bytes() == path.read_bytes(), path.name
