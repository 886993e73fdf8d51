"""One problem found in an import file, located by file, row and column."""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.utils import get_column_letter


@dataclass(frozen=True, slots=True)
class ImportProblem:
    """`row` and `column` are 1-based as a spreadsheet shows them (row 1 is the header).

    `column_name` names the column even when it is missing from the file (then `column` is
    None). `message` is Swedish.
    """

    file: str
    message: str
    row: int | None = None
    column: int | None = None
    column_name: str | None = None

    @property
    def column_letter(self) -> str | None:
        return get_column_letter(self.column) if self.column else None

    def __str__(self) -> str:
        where = [self.file]
        if self.row is not None:
            where.append(f"rad {self.row}")
        if self.column is not None:
            named = f" ({self.column_name})" if self.column_name else ""
            where.append(f"kolumn {self.column_letter}{named}")
        elif self.column_name:
            where.append(f"kolumn ”{self.column_name}”")
        return f"{', '.join(where)}: {self.message}"
