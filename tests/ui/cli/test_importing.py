"""`klubban import`: the bundled templates import as they are; a bad file names its problem
and leaves the database as it was; the preview is asked for unless --yes."""

from __future__ import annotations

from pathlib import Path

import pytest

from db import reference
from db.engine import open_engine
from ui.main import main
from ui.resources import resource_path

pytestmark = pytest.mark.db

TEMPLATES = resource_path("templates", "import")


def bodies(database: Path) -> list:
    engine = open_engine(str(database))
    try:
        return [reference.load_body(engine, name) for name in reference.body_names(engine)]
    finally:
        engine.dispose()


def test_members_and_organ_from_the_templates(tmp_path: Path, capsys) -> None:
    database = tmp_path / "k.db"
    argv = ["import", "members", str(TEMPLATES / "ledamoter.xlsx"), "--db", str(database)]
    argv += ["--organ", str(TEMPLATES / "organ.toml"), "--yes"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "Importerat till" in out
    (body,) = bodies(database)
    assert any(m.name == "Anna Andersson" for m in body.members)
    assert body.ersattare


def test_agenda_needs_a_meeting(tmp_path: Path, capsys) -> None:
    argv = ["import", "agenda", str(TEMPLATES / "dagordning.csv"), "--db", str(tmp_path / "k.db")]
    assert main(argv) == 2
    assert "--meeting" in capsys.readouterr().err


def test_agenda_for_a_meeting(tmp_path: Path, capsys) -> None:
    database = tmp_path / "k.db"
    argv = ["import", "agenda", str(TEMPLATES / "dagordning.csv"), "--db", str(database)]
    assert main([*argv, "--meeting", "ks-2026-05-01", "--yes"]) == 0
    rows = len((TEMPLATES / "dagordning.csv").read_text(encoding="utf-8-sig").splitlines()) - 1
    assert f"Importerat: {rows} ärenden." in capsys.readouterr().out
    engine = open_engine(str(database))
    try:
        items = reference.load_agenda(engine, "ks-2026-05-01")
    finally:
        engine.dispose()
    assert [i.title for i in items][:2] == ["Val av justerare", "Godkännande av dagordning"]


def test_a_bad_file_names_line_and_column_and_imports_nothing(tmp_path: Path, capsys) -> None:
    database = tmp_path / "k.db"
    bad = tmp_path / "ledamoter.csv"
    bad.write_text("typ;namn;parti;roll;turordning\nledamot;;S;;\n", encoding="utf-8")
    assert main(["import", "members", str(bad), "--db", str(database), "--yes"]) == 1
    err = capsys.readouterr().err
    assert "Inget har importerats" in err
    assert "ledamoter.csv" in err
    assert "rad 2" in err
    assert bodies(database) == []


def test_declining_the_preview_imports_nothing(tmp_path: Path, capsys, monkeypatch) -> None:
    database = tmp_path / "k.db"
    monkeypatch.setattr("builtins.input", lambda _prompt: "n")
    argv = ["import", "members", str(TEMPLATES / "ledamoter.csv"), "--db", str(database)]
    assert main([*argv, "--organ", str(TEMPLATES / "organ.toml")]) == 0
    out = capsys.readouterr().out
    assert "Anna Andersson" in out
    assert "Avbrutet: inget har importerats." in out
    assert bodies(database) == []
