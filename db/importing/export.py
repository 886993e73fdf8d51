"""Writing ledamöter and dagordning back in the import format (the templates are written
this way too): .xlsx as an Excel workbook, anything else as CSV the way Swedish Excel saves
"CSV UTF-8" (semicolons, BOM, CRLF)."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

import openpyxl
from openpyxl.styles import Font

from app.meeting.model import Ersattare, Item, Member
from db.importing import agenda, members


def write_members(path: Path, people: Sequence[Member], ersattare: Sequence[Ersattare]) -> None:
    rows = [
        [members.MEMBER, m.name, m.party, members.ROLES.get(m.role or "", m.role or ""), ""]
        for m in people
    ]
    rows += [[members.SUBSTITUTE, e.name, e.party, "", e.order] for e in ersattare]
    _write(path, "Ledamöter", [c.label for c in members.COLUMNS], rows, (14, 28, 10, 22, 12))


def write_agenda(path: Path, items: Sequence[Item]) -> None:
    rows = [
        [
            agenda.item_number(i),
            i.title,
            i.dnr or "",
            i.proposal or "",
            "ja" if i.sekretess else "nej",
            "ja" if i.sluten_omrostning else "nej",
        ]
        for i in items
    ]
    _write(path, "Dagordning", [c.label for c in agenda.COLUMNS], rows, (9, 50, 16, 60, 11, 19))


def _write(
    path: Path,
    title: str,
    header: list[str],
    rows: list[list[object]],
    widths: tuple[int, ...],
) -> None:
    if path.suffix.lower() == ".xlsx":
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = title
        sheet.append(header)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(row)
        for letter, width in zip("ABCDEFGH", widths, strict=False):
            sheet.column_dimensions[letter].width = width
        sheet.freeze_panes = "A2"
        book.save(path)
        return
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
