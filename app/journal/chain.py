"""Canonical encoding and the hash chain of journal entries (pure: hashlib and json only)."""

from __future__ import annotations

import hashlib
import json
from typing import Any

GENESIS = "0" * 64
"""The `prev_hash` of the first entry of every meeting."""


def canonical_json(value: Any) -> str:
    """One encoding per value: sorted keys, no insignificant white space, UTF-8 kept as text."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(
    *,
    meeting_id: str,
    seq: int,
    type_: str,
    version: int,
    payload: dict[str, Any],
    recorded_at: str,
    actor: str,
    prev_hash: str,
) -> str:
    """SHA-256 (hex) over the canonical encoding of every stored field of an entry."""
    body = canonical_json(
        {
            "meeting": meeting_id,
            "seq": seq,
            "type": type_,
            "version": version,
            "payload": payload,
            "recorded_at": recorded_at,
            "actor": actor,
            "prev": prev_hash,
        }
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()
