"""The feed-alarm banner: impossible to miss, quick to act on. One row per remote member (or
the room) whose feed keeps them from taking part: who, what failed and since when, the
routine's advice, and one-tap actions — each a journaled command. The sound repeats until
every alarm is acknowledged or overridden; restoration clears the row and, if the meeting is
adjourned, offers Återuppta."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.feeds.states import FeedCondition
from app.meeting import commands as cmd
from app.meeting import events as ev
from app.meeting.interruption import InterruptionRoutine
from app.meeting.model import ROOM
from app.meeting.state import MeetingState
from ui.chair.alarm_row import FeedAlarmRow, touch_button, who
from ui.chair.sound import AlarmSound
from ui.controller import MeetingController
from ui.style import ALARM, ALARM_DARK, OK

ADVICE_REFRESH_MS = 5000
_ALARMED = (
    f"FeedAlarmBanner {{ background: {ALARM_DARK}; border: 4px solid {ALARM}; "
    "border-radius: 10px; }"
)
_CALM = f"FeedAlarmBanner {{ background: {OK}; border: 4px solid {OK}; border-radius: 10px; }}"


def alarmed_feeds(state: MeetingState) -> tuple[str, ...]:
    """Feeds that keep someone from taking part: a remote member's own, or the room's."""
    return tuple(
        feed
        for feed, condition in state.feeds.items()
        if condition.blocks_participation and (feed == ROOM or state.is_remote(feed))
    )


def down_since(controller: MeetingController, feed: str) -> str | None:
    for recorded in reversed(controller.history):
        event = recorded.event
        if isinstance(event, ev.FeedHealthChanged) and event.feed == feed:
            return event.at
    return None


class FeedAlarmBanner(QFrame):
    def __init__(
        self,
        controller: MeetingController,
        *,
        sound: AlarmSound | None = None,
        routine: InterruptionRoutine | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._routine = routine
        self.sound = sound or AlarmSound(self)
        self.rows: dict[str, FeedAlarmRow] = {}
        self.setAccessibleName(self.tr("Larm: bild och ljud"))
        self._layout = QVBoxLayout(self)
        self.restored = QFrame()
        self.restored.setObjectName("restored")
        self.restored.setStyleSheet(f"QFrame#restored {{ background: {OK}; border-radius: 8px; }}")
        self.restored_text = QLabel()
        self.restored_text.setStyleSheet("font-weight: 700; color: white;")
        self.restored_text.setWordWrap(True)
        self.ateruppta = touch_button(self.tr("Återuppta"), self._on_ateruppta_clicked, "primary")
        restored = QHBoxLayout(self.restored)
        restored.addWidget(self.restored_text, 1)
        restored.addWidget(self.ateruppta)
        self._layout.addWidget(self.restored)
        self._restored_names: list[str] = []
        self._refresh = QTimer(self)
        self._refresh.setInterval(ADVICE_REFRESH_MS)
        self._refresh.timeout.connect(self._on_refresh_timeout)
        self.set_state(controller.state)

    def set_state(self, state: MeetingState) -> None:
        alarmed = alarmed_feeds(state)
        for feed in [f for f in self.rows if f not in alarmed]:
            if state.feeds.get(feed, FeedCondition.LIVE) is FeedCondition.LIVE:
                self._restored_names.append(who(state, feed))
            row = self.rows.pop(feed)
            row.hide()  # now, not when the event loop gets to the deferred delete
            self._layout.removeWidget(row)
            row.deleteLater()
        for feed in alarmed:
            if feed not in self.rows:
                self.rows[feed] = FeedAlarmRow(self._controller, feed, self, self._routine)
                self._layout.insertWidget(self._layout.count() - 1, self.rows[feed])
            self.rows[feed].set_state(state, down_since(self._controller, feed))
        if not state.adjourned:
            self._restored_names = []
        offer = bool(self._restored_names) and state.adjourned and not alarmed
        self.restored_text.setText(
            self.tr("Bild och ljud är tillbaka: %s. Sammanträdet är ajournerat.")
            % ", ".join(self._restored_names)
        )
        self.restored.setVisible(offer)
        self.setVisible(bool(alarmed) or offer)
        self.setStyleSheet(_ALARMED if alarmed else _CALM)
        self.sound.set_playing(
            any(f not in state.alarms_acknowledged and f not in state.feed_overrides
                for f in alarmed)
        )  # fmt: skip
        if alarmed and not self._refresh.isActive():
            self._refresh.start()
        elif not alarmed:
            self._refresh.stop()

    def _on_refresh_timeout(self) -> None:
        # The routine's advice changes with time (wait, then adjourn, then count absent).
        self.set_state(self._controller.state)

    def _on_ateruppta_clicked(self) -> None:
        self._controller.submit(cmd.Ateruppta())
