"""`klubban verify DB [--meeting ID] [--seal HASH]`: exit 0 when every chain is intact."""

from __future__ import annotations

import sys
from typing import TextIO

from db.verify import verify_database


def verify(
    database: str, meeting: str | None, seal: str | None, *, out: TextIO | None = None
) -> int:
    report = verify_database(database, meeting=meeting, seal=seal)
    print(report.describe(), file=out or sys.stdout)
    return 0 if report.ok and report.reports else 1
