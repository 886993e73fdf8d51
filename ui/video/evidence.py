"""Feed-health evidence: every change a player measures for a remote member's feed (or the
room's) is journaled through the controller, with its time, so the protocol can show it."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.feeds.states import FeedCondition
from app.meeting import commands as cmd
from app.meeting.model import ROOM
from app.meeting.state import Phase
from ui.controller import MeetingController


class FeedEvidenceController(QObject):
    def __init__(self, controller: MeetingController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller

    def watch(self, feed: str, player: QObject) -> None:
        """Journal `player`'s health_changed(FeedCondition) as evidence for `feed`."""
        player.health_changed.connect(lambda condition: self._on_player_health(feed, condition))

    def _on_player_health(self, feed: str, condition: FeedCondition) -> None:
        if self._is_tracked(feed):
            self._controller.submit(cmd.RecordFeedHealth(feed, condition))

    def _is_tracked(self, feed: str) -> bool:
        # Only the feeds the law cares about are evidence: a member taking part at a distance
        # (or the room's outgoing picture) while the meeting is open. A tile of a member who is
        # in the room, or before the upprop, is just a picture.
        state = self._controller.state
        if state.phase in (Phase.PLANNED, Phase.CLOSED):
            return False
        return feed == ROOM or state.is_remote(feed)
