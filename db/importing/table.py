"""Reading a sheet of text cells from CSV (comma or semicolon; UTF-8 with or without BOM, or
Windows-1252 as Swedish Excel saves "CSV (semikolonavgränsad)") or XLSX."""

from __future__ import annotations

import csv
import datetime as dt
import io
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path

import openpyxl

from db.importing.problems import ImportProblem

_DELIMITERS = (";", ",", "\t")


@dataclass(frozen=True, slots=True)
class Row:
    number: int
    """The row number a spreadsheet shows (the header is row 1)."""
    cells: tuple[str, ...]

    def get(self, column: int) -> str:
        """The stripped text in a 1-based column; "" past the end of the row."""
        return self.cells[column - 1] if column <= len(self.cells) else ""


@dataclass(frozen=True, slots=True)
class Table:
    file: str
    header: Row
    """The first non-empty row."""
    rows: tuple[Row, ...]


def read_table(path: Path) -> tuple[Table | None, list[ImportProblem]]:
    """The first sheet of an .xlsx file, or a CSV file (any other suffix)."""
    name = path.name
    try:
        data = path.read_bytes()
    except OSError as error:
        return None, [ImportProblem(name, f"Filen kan inte läsas: {error.strerror}.")]
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(data, name)
    return _read_csv(data, name)


def _read_csv(data: bytes, name: str) -> tuple[Table | None, list[ImportProblem]]:
    text, problem = _decode(data, name)
    if problem:
        return None, [problem]
    assert text is not None
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first_line))
    records: list[Row] = []
    line = 1
    for record in reader:
        records.append(Row(line, tuple(cell.strip() for cell in record)))
        line = reader.line_num + 1
    return _table(name, records), []


def _decode(data: bytes, name: str) -> tuple[str | None, ImportProblem | None]:
    """UTF-8 (with or without BOM) strictly, else Windows-1252; bytes neither can decode are
    reported where they are."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), None
    except UnicodeDecodeError as error:
        # Lines may end in \r\n, \n or a lone \r (as old Mac exports do).
        lines = data[: error.start].splitlines(keepends=True)
        partial = lines[-1] if lines and not lines[-1].endswith((b"\r", b"\n")) else b""
        start = error.start - len(partial)
        header = (data.splitlines() or [b""])[0].decode("cp1252", errors="replace")
        delimiter = _delimiter(header)
        column = data[start : error.start].decode("cp1252", errors="replace").count(delimiter) + 1
        names = next(csv.reader([header], delimiter=delimiter), [])
        return None, ImportProblem(
            name,
            f"Tecknet (byte 0x{data[error.start]:02X}) kan inte läsas som UTF-8 eller "
            "Windows-1252. Spara filen som ”CSV UTF-8” i Excel och försök igen.",
            row=len(lines) + (0 if partial else 1),
            column=column,
            column_name=names[column - 1].strip() if column <= len(names) else None,
        )


def _delimiter(header: str) -> str:
    """The separator the header uses most (Swedish Excel writes ";", others ",")."""
    counts = {d: header.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _read_xlsx(data: bytes, name: str) -> tuple[Table | None, list[ImportProblem]]:
    broken = ImportProblem(
        name,
        "Filen är ingen läsbar Excel-fil (.xlsx): den är skadad eller i ett annat format. "
        "Öppna den i Excel och spara den igen som ”Excel-arbetsbok (.xlsx)”.",
    )
    try:
        # A damaged workbook surfaces as whatever its zip or XML layer raises (BadZipFile,
        # KeyError, ParseError, ValueError …), and only while reading: all of it is "broken".
        with warnings.catch_warnings():
            # openpyxl warns about Excel features it does not read (data validation, styles).
            warnings.simplefilter("ignore", UserWarning)
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                sheet = book.worksheets[0]
                records = [
                    Row(number, tuple(_cell_text(v) for v in values))
                    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
                ]
            finally:
                book.close()
    except (zipfile.BadZipFile, KeyError, ValueError, IndexError, OSError, SyntaxError):
        return None, [broken]
    return _table(name, records), []


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value).strip()


def _table(name: str, records: list[Row]) -> Table:
    rows = [r for r in records if any(r.cells)]
    if not rows:
        return Table(name, Row(1, ()), ())
    return Table(name, rows[0], tuple(rows[1:]))
