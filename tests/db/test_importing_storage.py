"""Reference tables on a real SQLite file: bodies, agendas, and the import commands' all or
nothing: a file with problems, a declined preview or a failing write leaves the data as it
was."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine
from sqlalchemy.exc import IntegrityError

from app.journal.port import StorageUnavailable
from db import reference
from db.importing.cli import import_agenda_main, import_members_main, import_organ_main
from db.importing.templates import FOLDER, ITEMS
from tests.support.meeting import example_scenario

pytestmark = pytest.mark.db


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = create_engine(f"sqlite:///{tmp_path / 'klubban.db'}")
    reference.metadata.create_all(engine)
    yield engine
    engine.dispose()


def test_body_with_policy_round_trips(engine: Engine) -> None:
    body = example_scenario().create.body
    reference.save_body(engine, body)
    assert reference.load_body(engine, body.name) == body
    assert reference.body_names(engine) == [body.name]
    assert reference.load_body(engine, "Okänt organ") is None


def test_saving_again_replaces_people_and_policy(engine: Engine) -> None:
    body = example_scenario().create.body
    reference.save_body(engine, body)
    smaller = replace(
        body,
        members=body.members[:3],
        ersattare=(),
        distance_policy=replace(body.distance_policy, max_remote=None, exclude=()),
    )
    reference.save_body(engine, smaller)
    assert reference.load_body(engine, body.name) == smaller


def test_a_failing_save_leaves_the_previous_body(engine: Engine) -> None:
    body = example_scenario().create.body
    reference.save_body(engine, body)
    broken = replace(body, members=(body.members[0], body.members[0]))
    with pytest.raises(IntegrityError):
        reference.save_body(engine, broken)
    assert reference.load_body(engine, body.name) == body


def test_agendas_are_kept_per_planned_meeting(engine: Engine) -> None:
    reference.save_agenda(engine, "KF-1", ITEMS)
    reference.save_agenda(engine, "KF-2", ITEMS[:1])
    assert reference.load_agenda(engine, "KF-1") == ITEMS
    reference.save_agenda(engine, "KF-1", ITEMS[2:])
    assert reference.load_agenda(engine, "KF-1") == ITEMS[2:]
    assert reference.load_agenda(engine, "KF-2") == ITEMS[:1]
    assert reference.load_agenda(engine, "KF-3") == ()


def test_members_with_problems_import_nothing(engine: Engine, tmp_path: Path) -> None:
    body = example_scenario().create.body
    reference.save_body(engine, body)
    bad = tmp_path / "ledamöter.csv"
    bad.write_text("typ;namn;parti;turordning\nledamot;Ny Person;S;\nersättare;X;Q;1\n")
    code, lines = import_members_main(engine, str(bad))
    assert code == 1
    assert lines == [
        "Inget har importerats: 1 fel i ledamöter.csv.",
        "ledamöter.csv, rad 3, kolumn C (parti): Partiet ”Q” har inga ledamöter i listan: en "
        "ersättare måste höra till ett parti med ledamöter.",
    ]
    assert reference.load_body(engine, body.name) == body


def test_a_declined_preview_imports_nothing(engine: Engine) -> None:
    code, lines = import_members_main(
        engine,
        str(FOLDER / "ledamoter.xlsx"),
        organ=str(FOLDER / "organ.toml"),
        confirm=lambda preview: False,
    )
    assert (code, lines[-1]) == (0, "Avbrutet: inget har importerats.")
    assert reference.body_names(engine) == []
    code, lines = import_agenda_main(
        engine, str(FOLDER / "dagordning.csv"), meeting="KF-1", confirm=lambda preview: False
    )
    assert code == 0
    assert reference.load_agenda(engine, "KF-1") == ()


def test_members_go_to_the_only_body_or_the_named_one(engine: Engine) -> None:
    template = str(FOLDER / "ledamoter.csv")
    code, lines = import_members_main(engine, template)
    assert code == 2
    assert lines[0].startswith("Ange vilket organ listan gäller")
    body = example_scenario().create.body
    reference.save_body(engine, body)
    code, lines = import_members_main(engine, template)
    assert code == 0, lines
    imported = reference.load_body(engine, body.name)
    assert imported is not None
    assert (imported.seats, imported.distance_policy) == (5, body.distance_policy)
    code, lines = import_members_main(engine, template, body="Finns inte")
    assert code == 2
    assert lines == [
        "Organet ”Finns inte” finns inte ännu. Ange en organfil med dess namn och typ "
        "(mall: organ.toml)."
    ]


def test_the_organ_file_sets_the_policy_and_keeps_the_people(engine: Engine) -> None:
    body = replace(example_scenario().create.body, name="Kommunfullmäktige")
    reference.save_body(engine, body)
    code, lines = import_organ_main(engine, str(FOLDER / "organ.toml"))
    assert code == 0, lines
    assert lines[2] == "  högst på distans: 10"
    stored = reference.load_body(engine, "Kommunfullmäktige")
    assert stored is not None
    assert stored.members == body.members
    assert stored.distance_policy.decided_by == "KF 2021-02-22 § 18"


def test_a_database_without_tables_is_a_known_error(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'tom.db'}")
    with pytest.raises(StorageUnavailable, match="inget har importerats"):
        import_agenda_main(engine, str(FOLDER / "dagordning.xlsx"), meeting="KF-1")
    engine.dispose()
