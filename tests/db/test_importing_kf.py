"""A real-looking kommunfullmäktige: 61 ledamöter and 40 ersättare and an agenda, written as
an Excel export would be (headers as the source system names them, numbers as numbers, an
extra column), imported through the command functions into a real SQLite file."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import Engine, create_engine

from db import reference
from db.importing.cli import import_agenda_main, import_members_main
from db.importing.templates import FOLDER

pytestmark = pytest.mark.db

SEATS = {"S": 20, "M": 14, "SD": 10, "C": 6, "V": 4, "KD": 3, "L": 2, "MP": 2}
SUBSTITUTES = {"S": 12, "M": 9, "SD": 7, "C": 4, "V": 3, "KD": 2, "L": 2, "MP": 1}
FIRST = ["Agneta", "Björn", "Cecilia", "Dan", "Elsa", "Fredrik", "Gunilla", "Henrik", "Ingrid",
         "Johan", "Karin", "Lars", "Maria", "Nils", "Olivia", "Per", "Rut", "Sven", "Tove",
         "Ulf", "Vera", "Åke", "Ärla", "Örjan"]  # fmt: skip
LAST = ["Alm", "Berg", "Dahl", "Ek", "Falk", "Gran", "Hed", "Lind", "Ström", "Öberg"]


def fictional_names() -> itertools.chain[str]:
    return (f"{first} {last}" for last, first in itertools.product(LAST, FIRST))


def write_kf_workbook(path: Path) -> None:
    """The member list as the kommun's politician register exports it."""
    names = fictional_names()
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Blad1"
    sheet.append(["Uppdrag", "Namn", "Parti", "Funktion", "Turordning", "E-post"])
    roles = iter(["Ordförande", "1:e vice ordförande", "2:e vice ordförande"])
    for party, seats in SEATS.items():
        for seat in range(seats):
            role = next(roles, None) if seat == 0 and party in ("S", "M", "SD") else None
            name = next(names)
            sheet.append(["Ledamot", name, party, role, None, f"{name.split()[0]}@example.se"])
    for party, count in SUBSTITUTES.items():
        for order in range(1, count + 1):
            sheet.append(["Ersättare", next(names), party, None, order, None])
    book.save(path)


def write_kf_agenda(path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Nr", "Ärende", "Diarienummer", "Förslag till beslut", "Sekretess",
                  "Sluten omröstning"])  # fmt: skip
    sheet.append([1, "Val av justerare", None, "Ordföranden föreslår …", "Nej", "Nej"])
    sheet.append([2, "Godkännande av dagordning", None, None, None, None])
    for n in range(3, 15):
        sheet.append(
            [n, f"Motion nr {n}", f"KS 2026/{n:04d}", f"Att avslå motion {n}.", "Nej", None]
        )
    sheet.append([15, "Val av revisorer", "KS 2026/0099", None, "Nej", "Ja"])
    sheet.append([16, "Förvärv av fastighet", "KS 2026/0100", "Enligt bilaga.", "Ja", "Nej"])
    book.save(path)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = create_engine(f"sqlite:///{tmp_path / 'klubban.db'}")
    reference.metadata.create_all(engine)
    yield engine
    engine.dispose()


def test_a_real_looking_kf_is_imported(tmp_path: Path, engine: Engine) -> None:
    members, agenda = tmp_path / "ledamöter KF.xlsx", tmp_path / "dagordning.xlsx"
    write_kf_workbook(members)
    write_kf_agenda(agenda)
    shown: list[list[str]] = []

    def confirm(lines):
        shown.append(list(lines))
        return True

    code, lines = import_members_main(
        engine, str(members), organ=str(FOLDER / "organ.toml"), confirm=confirm
    )
    assert code == 0, lines
    assert lines[-1] == "Importerat till Kommunfullmäktige: 61 ledamöter och 40 ersättare."
    assert shown[0] == lines[:-1]
    assert "    S 1. " in "\n".join(lines)

    body = reference.load_body(engine, "Kommunfullmäktige")
    assert body is not None
    assert (body.seats, len(body.ersattare)) == (61, 40)
    assert body.chair is not None
    assert body.chair.party == "S"
    assert body.members[-1].id == "m61"
    assert body.distance_policy.max_remote == 10
    for party, count in SUBSTITUTES.items():
        orders = [e.order for e in body.ersattare if e.party == party]
        assert orders == list(range(1, count + 1))
    assert len({p.name for p in (*body.members, *body.ersattare)}) == 101

    code, lines = import_agenda_main(engine, str(agenda), meeting="KF-2026-03-16")
    assert code == 0, lines
    items = reference.load_agenda(engine, "KF-2026-03-16")
    assert [i.id for i in items][:3] == ["a1", "a2", "a3"]
    assert len(items) == 16
    assert items[14].sluten_omrostning
    assert not items[14].sekretess
    assert items[15].sekretess
    assert items[2].dnr == "KS 2026/0003"
    assert lines[-2] == "  16. Förvärv av fastighet (KS 2026/0100) [sekretess]"
