"""Ärenden for a planned meeting from one sheet, one row per ärende in agenda order.

Columns: nummer (5 or 5a; becomes the item id "a5"), rubrik, dnr, förslag (the proposal
text, several lines allowed), sekretess (ja/nej), sluten omröstning (ja/nej). Only nummer
and rubrik are required; empty flags mean nej.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from app.meeting.model import Item
from db.importing.columns import Column, flag, locate
from db.importing.problems import ImportProblem
from db.importing.table import Row, read_table

COLUMNS = (
    Column("number", "nummer", ("nr", "ärendenummer", "ärende nr", "punkt")),
    Column("title", "rubrik", ("ärende", "titel", "ärenderubrik")),
    Column("dnr", "dnr", ("diarienummer", "dnr."), required=False),
    Column("proposal", "förslag", ("förslag till beslut", "beslutsförslag"), required=False),
    Column("sekretess", "sekretess", (), required=False),
    Column("sluten", "sluten omröstning", ("sluten votering",), required=False),
)
_NUMBER = re.compile(r"[1-9]\d*[a-z]?")
ITEM_PREFIX = "a"


@dataclass(frozen=True, slots=True)
class AgendaPreview:
    file: str
    items: tuple[Item, ...] = ()
    problems: tuple[ImportProblem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


def item_number(item: Item) -> str:
    """The nummer column for an item ("a5" → "5")."""
    return item.id.removeprefix(ITEM_PREFIX)


def read_agenda(path: Path) -> AgendaPreview:
    table, problems = read_table(path)
    if table is None:
        return AgendaPreview(path.name, problems=tuple(problems))
    at, problems = locate(table, COLUMNS)
    if problems:
        return AgendaPreview(table.file, problems=tuple(problems))

    def problem(row: Row, key: str, message: str) -> None:
        column = at[key]
        problems.append(
            ImportProblem(table.file, message, row.number, column, table.header.get(column))
        )

    items: list[Item] = []
    numbers: dict[str, int] = {}
    for row in table.rows:
        cell = {key: row.get(column) for key, column in at.items()}
        number, title = cell["number"].lower(), cell["title"]
        if not _NUMBER.fullmatch(number):
            problem(
                row,
                "number",
                f"Numret måste vara ett heltal (som 5) eller ett heltal med bokstav (som 5a), "
                f"inte ”{cell['number']}”.",
            )
        elif number in numbers:
            problem(row, "number", f"Nummer {number} finns redan på rad {numbers[number]}.")
        else:
            numbers[number] = row.number
        if not title:
            problem(row, "title", "Rubriken saknas.")
        flags = {}
        for key in ("sekretess", "sluten"):
            flags[key] = flag(cell.get(key, ""))
            if flags[key] is None:
                problem(row, key, f"Skriv ”ja” eller ”nej”, inte ”{cell[key]}”.")
        items.append(
            Item(
                f"{ITEM_PREFIX}{number}",
                title,
                dnr=cell.get("dnr") or None,
                proposal=cell.get("proposal") or None,
                sekretess=bool(flags["sekretess"]),
                sluten_omrostning=bool(flags["sluten"]),
            )
        )
    if problems:
        return AgendaPreview(table.file, problems=tuple(problems))
    return AgendaPreview(table.file, tuple(items))
