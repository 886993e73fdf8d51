"""Finding the expected columns in a header row, whatever their order, case or accents."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from db.importing.problems import ImportProblem
from db.importing.table import Table


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    label: str
    """The header the templates and exports use."""
    aliases: tuple[str, ...] = ()
    required: bool = True


def normalized(text: str) -> str:
    """Lower case without accents, "_" and "-" as spaces: "Sluten_omröstning" → "sluten
    omrostning"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.replace("_", " ").replace("-", " ").split())


def locate(table: Table, columns: tuple[Column, ...]) -> tuple[dict[str, int], list[ImportProblem]]:
    """Maps each column's key to its 1-based position; a missing required column is a problem
    on the header row."""
    positions: dict[str, int] = {}
    header = [normalized(h) for h in table.header.cells]
    for column in columns:
        names = {normalized(column.label), *(normalized(a) for a in column.aliases)}
        found = next((i for i, h in enumerate(header, start=1) if h in names), None)
        if found is not None:
            positions[column.key] = found
    problems = [
        ImportProblem(
            table.file,
            f"Kolumnen ”{c.label}” saknas i rubrikraden.",
            row=table.header.number,
            column_name=c.label,
        )
        for c in columns
        if c.required and c.key not in positions
    ]
    return positions, problems


def flag(text: str) -> bool | None:
    """ja/nej as a secretary writes it ("Ja", "x", "", "NEJ"); None when it is neither."""
    value = normalized(text)
    if value in ("ja", "j", "x", "1", "sant", "true"):
        return True
    if value in ("nej", "n", "", "0", "falskt", "false"):
        return False
    return None
