"""A few trials of the crash harness (benchmarks.crash runs 200): a child appending to a real
SQLite journal is SIGKILLed at random moments; every acknowledged entry survives unchanged and
the chain verifies."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.crash import run

pytestmark = pytest.mark.db


def test_no_acknowledged_entry_is_lost_when_the_writer_is_killed(tmp_path: Path) -> None:
    report = run(4, str(tmp_path / "krasch.db"), seed=7)
    assert report.trials == 4
    assert report.acked_total > 0
    assert report.acked_lost == 0
    assert report.changed == 0
    assert report.chain_ok
    assert report.events_in_journal >= report.acked_total
