"""The chain check on entries built in memory: each way a chain can break is named."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.journal.chain import GENESIS, entry_hash
from app.journal.port import StoredEntry
from app.journal.verify import ProblemKind, verify_chain

pytestmark = pytest.mark.unit


def chain(n: int) -> list[StoredEntry]:
    entries, prev = [], GENESIS
    for seq in range(1, n + 1):
        fields = {
            "meeting_id": "m", "seq": seq, "type_": "T", "version": 1, "payload": {"n": seq},
            "recorded_at": f"2026-03-16T10:00:0{seq}", "actor": "a", "prev_hash": prev,
        }  # fmt: skip
        digest = entry_hash(**fields)
        entries.append(
            StoredEntry("m", seq, "T", 1, {"n": seq}, fields["recorded_at"], "a", prev, digest)
        )
        prev = digest
    return entries


def test_an_intact_chain_verifies_with_its_seal() -> None:
    entries = chain(4)
    report = verify_chain("m", entries, seal=entries[-1].hash)
    assert report.ok
    assert report.count == 4
    assert report.head_hash == entries[-1].hash
    assert "intakt" in report.describe()


@pytest.mark.parametrize(
    ("tamper", "seq", "kind"),
    [
        (lambda e: [e[0], replace(e[1], payload={"n": 99}), *e[2:]], 2, ProblemKind.HASH),
        (
            lambda e: [e[0], replace(e[1], recorded_at="2026-03-16T11:00"), *e[2:]],
            2,
            ProblemKind.HASH,
        ),
        (lambda e: [e[0], *e[2:]], 2, ProblemKind.GAP),
        (lambda e: [e[0], replace(e[2], seq=2), replace(e[1], seq=3), e[3]], 2, ProblemKind.LINK),
        (lambda e: [e[1], *e[2:]], 1, ProblemKind.GAP),
    ],
    ids=["payload", "time", "deleted", "reordered", "first deleted"],
)
def test_every_manipulation_is_named_with_its_sequence(tamper, seq: int, kind: ProblemKind) -> None:
    report = verify_chain("m", tamper(chain(4)))
    assert (report.problem.seq, report.problem.kind) == (seq, kind)
    assert f"sekvens {seq}" in report.describe()


def test_a_truncated_tail_is_caught_only_by_the_seal() -> None:
    entries = chain(4)
    assert verify_chain("m", entries[:3]).ok
    report = verify_chain("m", entries[:3], seal=entries[-1].hash)
    assert report.problem.kind == ProblemKind.SEAL
    assert "kortats" in report.problem.detail


def test_entries_after_the_seal_are_reported() -> None:
    entries = chain(4)
    report = verify_chain("m", entries, seal=entries[1].hash)
    assert (report.problem.seq, report.problem.kind) == (3, ProblemKind.SEAL)


def test_a_non_canonical_payload_text_is_an_edit() -> None:
    entries = chain(2)
    texts = ['{"n":1}', '{"n": 2}']
    report = verify_chain("m", entries, payload_texts=texts)
    assert (report.problem.seq, report.problem.kind) == (2, ProblemKind.ENCODING)
