"""The states a remote feed can be in, as journaled and shown (glossary: LIVE, DEGRADED, LOST)."""

from __future__ import annotations

from enum import StrEnum


class FeedCondition(StrEnum):
    """What is wrong with a feed, if anything. `RESTORED` is not a condition: see `LIVE`."""

    LIVE = "live"
    STALLING = "stalling"
    FROZEN = "frozen"
    BLACK = "black"
    SILENT = "silent"
    LOST = "lost"

    @property
    def level(self) -> FeedLevel:
        if self is FeedCondition.LIVE:
            return FeedLevel.LIVE
        if self is FeedCondition.LOST:
            return FeedLevel.LOST
        return FeedLevel.DEGRADED

    @property
    def blocks_participation(self) -> bool:
        """A lost link, a still or a black picture means the member is not seen in real time.

        Silence and stalling are warnings: a muted microphone is normal outside one's turn.
        """
        return self in (FeedCondition.LOST, FeedCondition.FROZEN, FeedCondition.BLACK)


class FeedLevel(StrEnum):
    LIVE = "live"
    DEGRADED = "degraded"
    LOST = "lost"


SWEDISH = {
    FeedCondition.LIVE: "direktsänd",
    FeedCondition.STALLING: "hackar",
    FeedCondition.FROZEN: "frusen bild",
    FeedCondition.BLACK: "svart bild",
    FeedCondition.SILENT: "tyst",
    FeedCondition.LOST: "förbindelse bruten",
}
