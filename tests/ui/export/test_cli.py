"""`klubban protocol`: the files, the progress it reports, and its refusals in Swedish."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pikepdf
import pytest

from tests.conftest import EXAMPLE_SCENARIO
from ui.cli import scenario
from ui.export.cli import render_meeting
from ui.main import main

pytestmark = pytest.mark.db


def test_the_command_writes_docx_pdf_utdrag_and_package(example_db, tmp_path, capsys) -> None:
    out = tmp_path / "ut"
    argv = ["protocol", str(example_db), "--out", str(out), "--utdrag", "15", "--archive"]
    assert main(argv) == 0
    printed = capsys.readouterr().out.split()
    stem = "protokoll-kultur-och-fritidsnamnden-2026-03-16"
    assert [Path(p).name for p in printed] == [
        f"{stem}.docx",
        f"{stem}.pdf",
        f"{stem}-utdrag-15.pdf",
        f"{stem}-arkivpaket",
    ]
    assert all(Path(p).exists() for p in printed)


def test_progress_is_reported_step_by_step_to_the_end(example_db, tmp_path) -> None:
    seen: list[tuple[int, int, str]] = []
    render_meeting(str(example_db), None, tmp_path, utdrag=[14], progress=lambda *a: seen.append(a))
    assert [s[0] for s in seen] == [0, 1, 2, 3]
    assert {s[1] for s in seen} == {3}
    assert seen[-1][2] == "Klart."


def test_an_unknown_paragraph_is_refused_naming_the_ones_there_are(
    example_db, tmp_path, capsys
) -> None:
    assert main(["protocol", str(example_db), "--out", str(tmp_path), "--utdrag", "99"]) == 2
    assert "Protokollet har ingen § 99 (paragraferna är §§ 12–16)" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_missing_journal_is_not_created(tmp_path, capsys) -> None:
    missing = tmp_path / "finns-inte.db"
    assert main(["protocol", str(missing), "--out", str(tmp_path / "ut")]) == 2
    assert not missing.exists()
    assert capsys.readouterr().err.strip()


def test_an_unknown_meeting_is_refused(example_db, tmp_path, capsys) -> None:
    argv = ["protocol", str(example_db), "--meeting", "nej", "--out", str(tmp_path)]
    assert main(argv) == 2
    assert "Sammanträdet nej finns inte i journalen." in capsys.readouterr().err


def test_a_meeting_still_open_gives_a_draft_without_seal(tmp_path) -> None:
    text = EXAMPLE_SCENARIO.read_text(encoding="utf-8")
    script = json.loads(text)
    script["steps"] = script["steps"][:6]
    partial = tmp_path / "halv.json"
    partial.write_text(json.dumps(script, ensure_ascii=False), encoding="utf-8")
    database = tmp_path / "halv.db"
    assert scenario.run(str(partial), str(database), out=io.StringIO(), err=io.StringIO()) == 0
    _docx, pdf = render_meeting(str(database), None, tmp_path / "ut")
    assert pikepdf.open(pdf).open_metadata()["dc:title"].startswith("Protokollsutkast")
