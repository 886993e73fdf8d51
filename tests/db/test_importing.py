"""Every class of import error, located by file, row and column; nothing in a preview with
problems. Real files in a temporary folder (CSV in the encodings Excel writes, XLSX)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from db.importing.agenda import read_agenda
from db.importing.members import read_members
from db.importing.problems import ImportProblem

pytestmark = pytest.mark.db

HEADER = "typ;namn;parti;roll;turordning"


def write_csv(
    folder: Path, lines: list[str], *, encoding: str = "utf-8", name: str = "l.csv"
) -> Path:
    path = folder / name
    path.write_bytes("\r\n".join(lines).encode(encoding) + b"\r\n")
    return path


def where(problem: ImportProblem) -> tuple[str, int | None, str | None, str | None]:
    return (problem.file, problem.row, problem.column_letter, problem.column_name)


def only_problem(path: Path) -> ImportProblem:
    preview = read_members(path)
    assert (preview.members, preview.ersattare) == ((), ())
    (problem,) = preview.problems
    return problem


@pytest.mark.parametrize(
    ("encoding", "bom"), [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("cp1252", b"")]
)
def test_csv_in_every_excel_encoding_reads_the_same(tmp_path: Path, encoding, bom) -> None:
    path = tmp_path / "ledamöter.csv"
    lines = [HEADER, "ledamot;Åsa Ödman;S;Ordförande;", "ersättare;Jörgen Älv;S;;1"]
    path.write_bytes(bom + "\r\n".join(lines).encode(encoding))
    preview = read_members(path)
    assert preview.ok
    assert [(m.name, m.role) for m in preview.members] == [("Åsa Ödman", "ordforande")]
    assert [(e.id, e.name, e.order) for e in preview.ersattare] == [("e01", "Jörgen Älv", 1)]


def test_comma_separated_with_quoted_fields(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path, ["Namn,Parti,Typ,Turordning", '"Berg, Anna",S,Ledamot,', "Bo Ek,S,Ersättare,1"]
    )
    preview = read_members(path)
    assert preview.ok
    assert [m.name for m in preview.members] == ["Berg, Anna"]


def test_missing_column_is_named_on_the_header_row(tmp_path: Path) -> None:
    path = write_csv(tmp_path, ["typ;namn;roll;turordning", "ledamot;Anna Berg;;"])
    problem = only_problem(path)
    assert where(problem) == ("l.csv", 1, None, "parti")
    assert str(problem) == "l.csv, rad 1, kolumn ”parti”: Kolumnen ”parti” saknas i rubrikraden."


def test_bytes_that_no_excel_encoding_has_are_located(tmp_path: Path) -> None:
    path = tmp_path / "l.csv"
    path.write_bytes(
        b"typ;namn;parti;roll;turordning\r\nledamot;Anna;S;;\r\nledamot;B\x81o;S;;\r\n"
    )
    problem = only_problem(path)
    assert where(problem) == ("l.csv", 3, "B", "namn")
    assert "0x81" in problem.message
    assert "CSV UTF-8" in problem.message


def test_duplicate_member_points_at_both_rows(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        [HEADER, "ledamot;Anna Berg;S;;", "ledamot;Bo Ek;M;;", "ersättare;anna  berg;S;;1"],
    )
    problem = only_problem(path)
    assert where(problem) == ("l.csv", 4, "B", "namn")
    assert problem.message == "anna  berg finns redan på rad 2."


def test_ersattare_of_a_party_without_ledamoter(tmp_path: Path) -> None:
    path = write_csv(tmp_path, [HEADER, "ledamot;Anna Berg;S;;", "ersättare;Bo Ek;MP;;1"])
    problem = only_problem(path)
    assert where(problem) == ("l.csv", 3, "C", "parti")
    assert "”MP” har inga ledamöter" in problem.message


@pytest.mark.parametrize(
    ("orders", "row", "message"),
    [
        (["1", "x"], 4, "Turordningen måste vara ett positivt heltal, inte ”x”."),
        (["1", "0"], 4, "Turordningen måste vara ett positivt heltal, inte ”0”."),
        (["1", "1.5"], 4, "Turordningen måste vara ett positivt heltal, inte ”1.5”."),
        (["1", ""], 4, "Turordningen saknas: ersättare numreras 1, 2, 3 …"),
        (["1", "1"], 4, "Turordning 1 finns redan för S på rad 3."),
        (
            ["1", "3"],
            4,
            "Turordningen för S hoppar över 2: numrera ersättarna 1, 2, 3 … utan lucka.",
        ),
        (
            ["2", "3"],
            3,
            "Turordningen för S hoppar över 1: numrera ersättarna 1, 2, 3 … utan lucka.",
        ),
    ],
)
def test_bad_turordning(tmp_path: Path, orders: list[str], row: int, message: str) -> None:
    lines = [HEADER, "ledamot;Anna Berg;S;;"]
    lines += [f"ersättare;Ers {n};S;;{order}" for n, order in enumerate(orders)]
    problem = only_problem(write_csv(tmp_path, lines))
    assert where(problem) == ("l.csv", row, "E", "turordning")
    assert problem.message == message


def test_turordning_is_per_party(tmp_path: Path) -> None:
    lines = [HEADER, "ledamot;A;S;;", "ledamot;B;M;;", "ersättare;C;S;;1", "ersättare;D;M;;1"]
    assert read_members(write_csv(tmp_path, lines)).ok


def test_other_row_problems_are_all_reported_in_order(tmp_path: Path) -> None:
    lines = [
        HEADER,
        "ledamot;Anna Berg;S;ordförande;1",
        "styrelse;Bo Ek;S;;",
        "ledamot;;;;",
        "ledamot;Cia Fors;S;Ordförande;",
        "ersättare;Dag Lind;S;vice ordförande;1",
    ]
    problems = read_members(write_csv(tmp_path, lines)).problems
    assert [(p.row, p.column_letter) for p in problems] == [
        (2, "E"),
        (3, "A"),
        (4, "B"),
        (4, "C"),
        (5, "D"),
        (6, "D"),
    ]
    assert problems[1].message == "Typen ”styrelse” är okänd: skriv ”ledamot” eller ”ersättare”."
    assert problems[4].message == "Rollen ordförande finns redan på rad 2."


@pytest.mark.parametrize(
    "content",
    [b"this is not a zip file", b"PK\x03\x04 truncated", b""],
    ids=["not-a-zip", "truncated-zip", "empty"],
)
def test_broken_xlsx(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "ledamöter.xlsx"
    path.write_bytes(content)
    problem = only_problem(path)
    assert where(problem) == ("ledamöter.xlsx", None, None, None)
    assert problem.message.startswith("Filen är ingen läsbar Excel-fil (.xlsx)")


def test_xlsx_with_a_damaged_sheet(tmp_path: Path) -> None:
    import zipfile

    good = tmp_path / "good.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["typ", "namn", "parti", "roll", "turordning"])
    book.save(good)
    bad = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, data[: len(data) // 2] if "worksheets" in info.filename else data)
    assert where(only_problem(bad)) == ("bad.xlsx", None, None, None)


def test_xlsx_problems_name_the_column_letter(tmp_path: Path) -> None:
    path = tmp_path / "kf.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Namn", "Parti", "Turordning", "Typ"])
    sheet.append(["Anna Berg", "S", None, "Ledamot"])
    sheet.append(["Bo Ek", "S", 2, "Ersättare"])
    book.save(path)
    problem = only_problem(path)
    assert where(problem) == ("kf.xlsx", 3, "C", "Turordning")


AGENDA = "nummer;rubrik;dnr;förslag;sekretess;sluten omröstning"


def test_agenda_problems(tmp_path: Path) -> None:
    lines = [
        AGENDA,
        "1;Val av justerare;;;;",
        "1;Dubbel;;;nej;nej",
        "x;Fel nummer;;;;",
        "3;;;;kanske;",
    ]
    preview = read_agenda(write_csv(tmp_path, lines, name="dagordning.csv"))
    assert preview.items == ()
    assert [(p.row, p.column_letter, p.column_name) for p in preview.problems] == [
        (3, "A", "nummer"),
        (4, "A", "nummer"),
        (5, "B", "rubrik"),
        (5, "E", "sekretess"),
    ]
    assert str(preview.problems[0]) == (
        "dagordning.csv, rad 3, kolumn A (nummer): Nummer 1 finns redan på rad 2."
    )


def test_agenda_missing_column(tmp_path: Path) -> None:
    preview = read_agenda(write_csv(tmp_path, ["nummer;dnr", "1;KS 1"], name="d.csv"))
    (problem,) = preview.problems
    assert where(problem) == ("d.csv", 1, None, "rubrik")


def test_agenda_flags_and_multiline_proposal(tmp_path: Path) -> None:
    lines = [AGENDA, '5a;Motion;KS 2026/1;"Att bifalla\r\nmotionen.";Ja;x', "6;Övrigt;;;;"]
    preview = read_agenda(write_csv(tmp_path, lines, encoding="cp1252"))
    assert preview.ok
    first, second = preview.items
    assert (first.id, first.proposal, first.sekretess, first.sluten_omrostning) == (
        "a5a",
        "Att bifalla\r\nmotionen.",
        True,
        True,
    )
    assert (second.id, second.title, second.dnr, second.flags) == (
        "a6",
        "Övrigt",
        None,
        frozenset(),
    )
