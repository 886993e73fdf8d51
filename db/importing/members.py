"""Ledamöter and ersättare from one sheet: one row per person, the column "typ" says which.

Columns (any order, case and accents do not matter): typ (ledamot/ersättare), namn, parti,
roll (optional: ordförande, 1:e vice ordförande …, ledamöter only), turordning (ersättare
only: 1, 2, 3 … within the party, no gaps). Ids are given in file order: m01, m02 … for
ledamöter and e01, e02 … for ersättare.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from app.meeting.model import Ersattare, Member
from db.importing.columns import Column, locate, normalized
from db.importing.problems import ImportProblem
from db.importing.table import Row, Table, read_table

COLUMNS = (
    Column("kind", "typ", ("ledamot/ersättare", "uppdrag")),
    Column("name", "namn", ("för- och efternamn", "ledamot")),
    Column("party", "parti", ("partibeteckning", "grupp")),
    Column("role", "roll", ("funktion", "presidium"), required=False),
    Column("order", "turordning", ("ordning", "ersättarordning")),
)
MEMBER = "ledamot"
SUBSTITUTE = "ersättare"
_KINDS = {
    "ledamot": MEMBER,
    "ordinarie": MEMBER,
    "ordinarie ledamot": MEMBER,
    "ersattare": SUBSTITUTE,
    "ers": SUBSTITUTE,
}
ROLES = {
    "ordforande": "ordförande",
    "1:e vice ordforande": "1:e vice ordförande",
    "2:e vice ordforande": "2:e vice ordförande",
    "vice ordforande": "vice ordförande",
}
"""The presidium roles as stored (Member.role) → as a secretary writes them."""
_ORDER = re.compile(r"[1-9]\d*")
_ORDER_DIGITS = 6


@dataclass(frozen=True, slots=True)
class MembersPreview:
    file: str
    members: tuple[Member, ...] = ()
    ersattare: tuple[Ersattare, ...] = ()
    problems: tuple[ImportProblem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


def read_members(path: Path) -> MembersPreview:
    table, problems = read_table(path)
    if table is None:
        return MembersPreview(path.name, problems=tuple(problems))
    at, problems = locate(table, COLUMNS)
    if problems:
        return MembersPreview(table.file, problems=tuple(problems))
    return _Parser(table, at).parse()


def role_code(text: str) -> str | None:
    """ "Ordförande" → "ordforande"; other roles are kept as written."""
    if not text:
        return None
    return next((code for code in ROLES if normalized(text) == code), text)


class _Parser:
    def __init__(self, table: Table, at: dict[str, int]) -> None:
        self.table = table
        self.at = at
        self.problems: list[ImportProblem] = []
        self.members: list[tuple[Row, Member]] = []
        self.ersattare: list[tuple[Row, Ersattare]] = []
        self.names: dict[str, int] = {}
        self.roles: dict[str, int] = {}

    def problem(self, row: Row, key: str, message: str) -> None:
        column = self.at[key]
        self.problems.append(
            ImportProblem(
                self.table.file,
                message,
                row=row.number,
                column=column,
                column_name=self.table.header.get(column),
            )
        )

    def parse(self) -> MembersPreview:
        for row in self.table.rows:
            self._row(row)
        self._check_parties()
        self._check_orders()
        if self.problems:
            self.problems.sort(key=lambda p: (p.row or 0, p.column or 0))
            return MembersPreview(self.table.file, problems=tuple(self.problems))
        return MembersPreview(
            self.table.file,
            tuple(m for _, m in self.members),
            tuple(e for _, e in self.ersattare),
        )

    def _row(self, row: Row) -> None:
        cell = {key: row.get(column) for key, column in self.at.items()}
        kind = _KINDS.get(normalized(cell["kind"]))
        if kind is None:
            self.problem(
                row, "kind", f"Typen ”{cell['kind']}” är okänd: skriv ”ledamot” eller ”ersättare”."
            )
        name, party = cell["name"], cell["party"]
        if not name:
            self.problem(row, "name", "Namnet saknas.")
        else:
            self._check_duplicate(row, name)
        if not party:
            self.problem(row, "party", "Partiet saknas.")
        if kind == MEMBER:
            self._member(row, name, party, cell.get("role", ""), cell["order"])
        elif kind == SUBSTITUTE:
            self._substitute(row, name, party, cell.get("role", ""), cell["order"])

    def _check_duplicate(self, row: Row, name: str) -> None:
        key = " ".join(name.casefold().split())
        if key in self.names:
            self.problem(row, "name", f"{name} finns redan på rad {self.names[key]}.")
        else:
            self.names[key] = row.number

    def _member(self, row: Row, name: str, party: str, role_text: str, order: str) -> None:
        role = role_code(role_text)
        if role in ROLES and role in self.roles:
            self.problem(
                row, "role", f"Rollen {ROLES[role]} finns redan på rad {self.roles[role]}."
            )
        elif role in ROLES:
            self.roles[role] = row.number
        if order:
            self.problem(row, "order", "Ledamöter har ingen turordning: lämna cellen tom.")
        person = f"m{len(self.members) + 1:02d}"
        self.members.append((row, Member(person, name, party, role)))

    def _substitute(self, row: Row, name: str, party: str, role: str, order: str) -> None:
        if role:
            self.problem(row, "role", "Ersättare har ingen roll i presidiet: lämna cellen tom.")
        if not order:
            self.problem(row, "order", "Turordningen saknas: ersättare numreras 1, 2, 3 …")
            return
        if not _ORDER.fullmatch(order):
            self.problem(
                row, "order", f"Turordningen måste vara ett positivt heltal, inte ”{order}”."
            )
            return
        if len(order) > _ORDER_DIGITS:  # int() refuses thousands of digits, SQLite 20
            self.problem(row, "order", f"Turordningen {order[:12]}… är orimligt stor.")
            return
        person = f"e{len(self.ersattare) + 1:02d}"
        self.ersattare.append((row, Ersattare(person, name, party, int(order))))

    def _check_parties(self) -> None:
        parties = {m.party for _, m in self.members}
        for row, e in self.ersattare:
            if e.party and e.party not in parties:
                self.problem(
                    row,
                    "party",
                    f"Partiet ”{e.party}” har inga ledamöter i listan: en ersättare måste "
                    "höra till ett parti med ledamöter.",
                )

    def _check_orders(self) -> None:
        by_party: dict[str, dict[int, Row]] = defaultdict(dict)
        for row, e in self.ersattare:
            orders = by_party[e.party]
            if e.order in orders:
                self.problem(
                    row,
                    "order",
                    f"Turordning {e.order} finns redan för {e.party} på rad "
                    f"{orders[e.order].number}.",
                )
            else:
                orders[e.order] = row
        for party, orders in by_party.items():
            expected = 1
            for order in sorted(orders):
                if order != expected:
                    self.problem(
                        orders[order],
                        "order",
                        f"Turordningen för {party} hoppar över {expected}: numrera "
                        "ersättarna 1, 2, 3 … utan lucka.",
                    )
                    break
                expected += 1
