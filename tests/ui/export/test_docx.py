"""The editable DOCX draft: styles, tables, header and footer, and LibreOffice opens it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document

pytestmark = pytest.mark.db


def paragraphs(document, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == style]


def test_it_uses_real_heading_styles_for_each_paragraph(rendered) -> None:
    document = Document(str(rendered["docx"]))
    assert [t.split("\t")[0] for t in paragraphs(document, "Heading 3")] == [
        f"§ {n}" for n in range(12, 17)
    ]
    assert "Motion om fri entré till badhuset för pensionärer" in paragraphs(document, "Heading 2")
    assert "Beslutsgång" in paragraphs(document, "Heading 4")
    assert document.core_properties.title == "Protokoll Kultur- och fritidsnämnden 2026-03-16"


def test_page_one_is_a_table_and_the_vote_list_is_another(rendered) -> None:
    document = Document(str(rendered["docx"]))
    first = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert "Kim Tell (M) tjg för Dag Lind (M)" in first["Beslutande"]
    assert "Ajournering 14:03–14:08 (§ 15)" in first["Plats och tid"]
    (votes,) = [t for t in document.tables if t.rows[0].cells[0].text == "Ledamot"]
    header = [c.text for c in votes.rows[0].cells]
    assert header == ["Ledamot", "Ja", "Nej", "Avstår"]
    lines = {row.cells[0].text: [c.text for c in row.cells[1:]] for row in votes.rows[1:]}
    assert lines["Hugo Pihl (S)"] == ["", "", "X"]
    assert lines["Summa"] == ["4", "4", "1"]


def test_header_and_footer_carry_the_organ_page_numbers_and_signature_boxes(rendered) -> None:
    section = Document(str(rendered["docx"])).sections[0]
    assert "Kultur- och fritidsnämnden 2026-03-16" in section.header.paragraphs[0].text
    footer_xml = section.footer._element.xml
    assert "PAGE" in footer_xml
    assert "NUMPAGES" in footer_xml
    assert "Justerandes signatur" in footer_xml


def test_libreoffice_opens_and_converts_it(rendered, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice (libreoffice-writer) belongs to the test set-up"
    profile = tmp_path / "profile"
    done = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(rendered["docx"]),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    converted = tmp_path / (rendered["docx"].stem + ".pdf")
    assert converted.is_file(), done.stdout + done.stderr
    text = subprocess.run(
        ["pdftotext", str(converted), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Motion om fri entré till badhuset för pensionärer" in text
    assert "Justerandes signatur" in text
