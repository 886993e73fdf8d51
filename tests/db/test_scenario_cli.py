"""`klubban scenario run|export` and `klubban verify` on real SQLite files."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from db.session import MeetingSession
from tests.support.meeting import EXAMPLE
from ui.cli.common import open_store
from ui.main import main

pytestmark = pytest.mark.db


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def only_meeting(db: Path) -> MeetingSession:
    store = open_store(str(db))
    (meeting_id,) = store.meeting_ids()
    return MeetingSession.open(store, meeting_id)


def test_the_example_scenario_runs_and_verifies(tmp_path: Path, capsys) -> None:
    db = tmp_path / "kfn.db"
    code, out, err = run_cli(capsys, "scenario", "run", str(EXAMPLE), "--db", str(db))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("Sammanträde ")
    assert " 18. § 14 votering: 4 ja, 4 nej, 1 avstår (utslagsröst ja) → y2" in lines
    assert lines[-1].startswith("Klart: 36 steg")
    code, out, _ = run_cli(capsys, "verify", str(db))
    assert code == 0
    assert "intakt" in out


def test_a_vote_by_an_absent_member_is_refused_naming_the_step(tmp_path: Path, capsys) -> None:
    document = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    document["steps"][17]["votes"]["m04"] = "ja"  # Dag Lind is absent; Kim Tell serves for him
    scenario = tmp_path / "bad.json"
    scenario.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "bad.db"
    code, _out, err = run_cli(capsys, "scenario", "run", str(scenario), "--db", str(db))
    assert code == 1
    assert "Steg 18 (votering) avvisades: Ledamoten Dag Lind tjänstgör inte vid § 14." in err
    assert "Inget efter steg 17 har journalförts." in err
    session = only_meeting(db)
    assert session.state.votering is None
    assert session.state.current.decisions[-1].votering is None  # nothing of step 18


def test_unknown_keys_exit_with_the_json_path(tmp_path: Path, capsys) -> None:
    document = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    document["meeting"]["plats"] = "x"
    scenario = tmp_path / "typo.json"
    scenario.write_text(json.dumps(document), encoding="utf-8")
    code, _, err = run_cli(capsys, "scenario", "run", str(scenario), "--db", str(tmp_path / "t.db"))
    assert code == 2
    assert "$.meeting.plats: okänt fält ”plats”" in err


def test_export_then_run_gives_the_same_meeting_state(tmp_path: Path, capsys) -> None:
    first, second = tmp_path / "first.db", tmp_path / "second.db"
    assert run_cli(capsys, "scenario", "run", str(EXAMPLE), "--db", str(first))[0] == 0
    exported = tmp_path / "export.json"
    assert run_cli(capsys, "scenario", "export", "--db", str(first), "--out", str(exported))[0] == 0
    assert run_cli(capsys, "scenario", "run", str(exported), "--db", str(second))[0] == 0
    a, b = only_meeting(first).state, only_meeting(second).state
    assert replace(a, seq=0) == replace(b, seq=0)


def test_verify_fails_after_an_event_is_edited_behind_the_apps_back(tmp_path: Path, capsys) -> None:
    db = tmp_path / "kfn.db"
    assert run_cli(capsys, "scenario", "run", str(EXAMPLE), "--db", str(db))[0] == 0
    connection = sqlite3.connect(db)
    triggers = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type='trigger' AND tbl_name='journal_event'"
    ).fetchall()
    for name, _ in triggers:
        connection.execute(f'DROP TRIGGER "{name}"')
    connection.execute(
        "UPDATE journal_event SET payload = replace(payload, '\"nej\"', '\"ja\"') "
        "WHERE seq = (SELECT min(seq) FROM journal_event WHERE type = 'VoteCast' "
        "AND payload LIKE '%\"nej\"%')"
    )
    for _, sql in triggers:
        connection.execute(sql)
    connection.commit()
    connection.close()
    code, out, err = run_cli(capsys, "verify", str(db))
    assert code == 1
    report = out + err
    assert "hash" in report
    assert "sekvens" in report
