"""Checking a meeting's hash chain: every entry's hash, its link to the one before, no gaps,
and — against a seal printed in the protocol or the archive manifest — no truncated tail.

The chain alone cannot see a deleted last entry; the seal (the head hash when the meeting was
closed) can."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from app.journal.chain import GENESIS, canonical_json, entry_hash
from app.journal.port import StoredEntry


class ProblemKind(StrEnum):
    HASH = "hash"
    GAP = "gap"
    LINK = "link"
    ENCODING = "encoding"
    SEAL = "seal"


@dataclass(frozen=True, slots=True)
class ChainProblem:
    seq: int
    kind: ProblemKind
    detail: str
    """Swedish: what is wrong at `seq`."""


@dataclass(frozen=True, slots=True)
class ChainReport:
    meeting_id: str
    count: int
    head_hash: str
    problem: ChainProblem | None

    @property
    def ok(self) -> bool:
        return self.problem is None

    def describe(self) -> str:
        if self.problem is None:
            return (
                f"Sammanträde {self.meeting_id}: {self.count} händelser, kedjan intakt "
                f"(huvud {self.head_hash})."
            )
        return (
            f"Sammanträde {self.meeting_id}: FEL vid sekvens {self.problem.seq} "
            f"({self.problem.kind}): {self.problem.detail}"
        )


def verify_chain(
    meeting_id: str,
    entries: Iterable[StoredEntry],
    *,
    seal: str | None = None,
    payload_texts: Iterable[str] | None = None,
) -> ChainReport:
    """Verify entries in stored order. `payload_texts`, when the store keeps payloads as text,
    are checked to be canonical, so that no stored byte can change unseen."""
    prev, count, expected = GENESIS, 0, 1
    texts = iter(payload_texts) if payload_texts is not None else None
    sealed_at: int | None = None
    for entry in entries:
        problem = _check(entry, expected, prev, next(texts) if texts is not None else None)
        if problem:
            return ChainReport(meeting_id, count, prev, problem)
        if entry.hash == seal:
            sealed_at = entry.seq
        prev, count, expected = entry.hash, count + 1, entry.seq + 1
    if seal is not None:
        problem = _seal_problem(seal, sealed_at, count)
        if problem:
            return ChainReport(meeting_id, count, prev, problem)
    return ChainReport(meeting_id, count, prev, None)


def _check(
    entry: StoredEntry, expected: int, prev: str, payload_text: str | None
) -> ChainProblem | None:
    if entry.seq != expected:
        return ChainProblem(
            expected,
            ProblemKind.GAP,
            f"lucka i sekvensen: {expected} saknas, nästa lagrade är {entry.seq}.",
        )
    if entry.prev_hash != prev:
        return ChainProblem(
            entry.seq,
            ProblemKind.LINK,
            "bruten länk: händelsen pekar inte på föregående händelse "
            "(en händelse före den har tagits bort, lagts till eller flyttats).",
        )
    if payload_text is not None and canonical_json(entry.payload) != payload_text:
        return ChainProblem(
            entry.seq, ProblemKind.ENCODING, "innehållet är inte lagrat som det skrevs."
        )
    digest = entry_hash(
        meeting_id=entry.meeting_id,
        seq=entry.seq,
        type_=entry.type,
        version=entry.version,
        payload=entry.payload,
        recorded_at=entry.recorded_at,
        actor=entry.actor,
        prev_hash=entry.prev_hash,
    )
    if digest != entry.hash:
        return ChainProblem(
            entry.seq,
            ProblemKind.HASH,
            "hashvärdet stämmer inte: händelsen har ändrats efter att den skrevs.",
        )
    return None


def _seal_problem(seal: str, sealed_at: int | None, count: int) -> ChainProblem | None:
    if sealed_at is None:
        return ChainProblem(
            count + 1,
            ProblemKind.SEAL,
            f"förseglingen {seal} finns inte i journalen: journalen har kortats eller "
            "hör till ett annat sammanträde.",
        )
    if sealed_at != count:
        return ChainProblem(
            sealed_at + 1,
            ProblemKind.SEAL,
            f"{count - sealed_at} händelser har lagts till efter förseglingen.",
        )
    return None
