"""The archive package: manifest, metadata, journal; `klubban archive verify` finds any change."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ui.export.archive import JOURNAL, MANIFEST, METADATA, verify_package, write_manifest
from ui.main import main

pytestmark = pytest.mark.db


@pytest.fixture
def package(rendered, tmp_path: Path) -> Path:
    """A private copy to tamper with."""
    return Path(shutil.copytree(rendered["package"], tmp_path / "paket"))


def test_the_package_holds_pdf_docx_metadata_journal_and_manifest(package: Path) -> None:
    names = sorted(p.suffix or p.name for p in package.iterdir())
    assert names == [".docx", ".jsonl", ".pdf", ".txt", ".xml"]
    listed = (package / MANIFEST).read_text(encoding="utf-8").splitlines()
    assert len(listed) == 4
    assert verify_package(package) == []


def test_metadata_describes_the_meeting_and_every_file(package: Path) -> None:
    root = ET.parse(package / METADATA).getroot()
    assert root.get("format") == "klubban-arkivpaket/1"
    assert root.findtext("arkivbildare") == "Exempelby kommun"
    assert root.findtext("organ") == "Kultur- och fritidsnämnden"
    assert root.findtext("sammantradesdatum") == "2026-03-16"
    assert root.findtext("paragrafer") == "§§ 12–16"
    assert [a.findtext("diarienummer") for a in root.iter("arende")][2] == "KFN 2025/0117"
    assert len(root.findtext("forsegling")) == 64
    assert {f.get("namn").rsplit(".", 1)[-1] for f in root.iter("fil")} == {"pdf", "docx", "jsonl"}


def test_verify_command_reports_an_intact_package(package: Path, capsys) -> None:
    assert main(["archive", "verify", str(package)]) == 0
    assert "intakt" in capsys.readouterr().out


def test_a_changed_file_is_named(package: Path, capsys) -> None:
    pdf = next(package.glob("*.pdf"))
    pdf.write_bytes(pdf.read_bytes() + b"%")
    assert main(["archive", "verify", str(package)]) == 1
    assert f"{pdf.name} har ändrats" in capsys.readouterr().err


def test_a_truncated_journal_is_caught_by_the_seal_even_with_a_new_manifest(
    package: Path,
) -> None:
    journal = package / JOURNAL
    lines = journal.read_text(encoding="utf-8").splitlines(keepends=True)
    journal.write_text("".join(lines[:-3]), encoding="utf-8")
    # Someone who also rewrites the manifest still cannot hide the missing entries.
    (package / MANIFEST).unlink()
    write_manifest(package)
    problems = verify_package(package)
    assert len(problems) == 1
    assert problems[0].startswith("Journalen:")


def test_an_edited_journal_entry_breaks_the_chain(package: Path) -> None:
    journal = package / JOURNAL
    text = journal.read_text(encoding="utf-8")
    journal.write_text(text.replace("Greta Ols", "Greta Olz", 1), encoding="utf-8")
    problems = verify_package(package)
    assert any(p.startswith(f"{JOURNAL} har ändrats") for p in problems)
    assert any(p.startswith("Journalen:") for p in problems)


def test_extra_and_missing_files_are_reported(package: Path) -> None:
    (package / "extra.txt").write_text("x", encoding="utf-8")
    next(package.glob("*.docx")).unlink()
    problems = verify_package(package)
    assert any("extra.txt finns i paketet men inte i manifestet" in p for p in problems)
    assert any("saknas" in p for p in problems)


def test_a_folder_without_manifest_is_not_a_package(tmp_path: Path, capsys) -> None:
    assert main(["archive", "verify", str(tmp_path)]) == 1
    assert "inget arkivpaket" in capsys.readouterr().err
