"""The chair's read-only panels: the current item and speaker with a running timer, and the
quorum with the remote members whose feed is down. Both are fed the state by the window."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.meeting.state import MeetingState
from ui.chair.models import SPEECH_KINDS
from ui.i18n import term

_MAX_TURN = timedelta(hours=6)


def caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("caption")
    return label


def clock_since(at: str | None) -> datetime:
    """When something journaled at `at` happened by today's wall clock; if the journal's clock
    is not today's (a replayed scenario), now."""
    now = datetime.now()
    for pattern in ("%H:%M:%S", "%H:%M"):
        try:
            since = datetime.combine(now.date(), datetime.strptime(at or "", pattern).time())
        except ValueError:
            continue
        return since if timedelta(0) <= now - since <= _MAX_TURN else now
    return now


class TurnClock(QObject):
    """How long the current speaker has had the floor, ticking once a second (display only:
    the journal keeps the times)."""

    ticked = Signal(str)
    """"mm:ss", or "" when nobody has the floor."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._turn: object = None
        self._since: datetime | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick_timeout)

    def follow(self, state: MeetingState) -> None:
        turn = (state.speakers.current, state.speakers.current_since)
        if turn == self._turn:
            return
        self._turn = turn
        if state.speakers.current is None:
            self._since = None
            self._tick.stop()
            self.ticked.emit("")
            return
        self._since = clock_since(state.speakers.current_since)
        self._tick.start()
        self._on_tick_timeout()

    def _on_tick_timeout(self) -> None:
        if self._since is not None:
            seconds = int((datetime.now() - self._since).total_seconds())
            self.ticked.emit(f"{seconds // 60:02}:{seconds % 60:02}")


class ItemPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.paragraph = caption("")
        self.title = QLabel()
        self.title.setObjectName("headline")
        self.title.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("warning")
        self.speaker = QLabel()
        self.speaker.setWordWrap(True)
        self.timer = QLabel()
        self.timer.setObjectName("timer")
        layout = QVBoxLayout(self)
        for widget in (self.paragraph, self.title, self.status):
            layout.addWidget(widget)
        layout.addWidget(caption(self.tr("HAR ORDET")))
        layout.addWidget(self.speaker)
        layout.addWidget(self.timer)
        # Never squeezed below what its text needs: a long title wraps and the talarlista
        # below gives way instead.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.clock = TurnClock(self)
        self.clock.ticked.connect(self._on_clock_ticked)

    def set_state(self, state: MeetingState) -> None:
        current = state.current
        if current is None:
            self.paragraph.setText(self.tr("INGET ÄRENDE UPPTAGET"))
            self.title.setText(state.body.name)
        else:
            dnr = f"   ·   Dnr {current.item.dnr}" if current.item.dnr else ""
            self.paragraph.setText(f"§ {current.paragraph}{dnr}")
            self.title.setText(current.item.title)
        self.title.setAccessibleName(self.paragraph.text() + " " + self.title.text())
        self._show_status(state)
        self._show_speaker(state)

    def _show_status(self, state: MeetingState) -> None:
        notes = []
        if state.adjourned:
            notes.append(self.tr("Ajournerat sedan %s") % (state.ajourneringar[-1].start or ""))
        if state.votering is not None:
            notes.append(self.tr("Votering pågår"))
        if state.speakers.streck:
            notes.append(self.tr("Streck i debatten"))
        current = state.current
        if current is not None and current.excluded_remote:
            # The distance policy keeps remote members out of sekretess and sluten
            # omröstning items: the chair must see to it that they have left the meeting.
            names = ", ".join(state.label(p) for p in current.excluded_remote)
            notes.append(self.tr("Distansdeltagare ska lämna ärendet: %s") % names)
        self.status.setText("   ·   ".join(notes))
        self.status.setVisible(bool(notes))

    def _show_speaker(self, state: MeetingState) -> None:
        turn = state.speakers.current
        if turn is None:
            self.speaker.setText(self.tr("Ingen har ordet"))
        else:
            member, kind = turn
            self.speaker.setText(f"{state.label(member)} – {term(SPEECH_KINDS[kind])}")
        self.clock.follow(state)

    def _on_clock_ticked(self, text: str) -> None:
        self.timer.setText(text)
        self.timer.setVisible(bool(text))
        self.timer.setAccessibleName(self.tr("Taltid %s") % text)


class QuorumPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        layout = QVBoxLayout(self)
        layout.addWidget(caption(self.tr("BESLUTSFÖRHET")))
        self.summary = QLabel()
        self.summary.setObjectName("headline")
        layout.addWidget(self.summary)
        facts = QGridLayout()
        self._values: dict[str, QLabel] = {}
        rows = (
            ("required", self.tr("Krävs")),
            ("room", self.tr("I salen")),
            ("remote", self.tr("På distans")),
            ("down", self.tr("Bild/ljud saknas")),
        )
        for index, (key, text) in enumerate(rows):
            row, column = index // 2, (index % 2) * 2
            facts.addWidget(QLabel(text), row, column)
            value = QLabel()
            value.setAccessibleName(text)
            value.setStyleSheet("font-weight: 700;")
            facts.addWidget(value, row, column + 1)
            self._values[key] = value
        facts.setColumnStretch(1, 1)
        facts.setColumnStretch(3, 1)
        facts.setHorizontalSpacing(16)
        layout.addLayout(facts)
        self.down_names = QLabel()
        self.down_names.setWordWrap(True)
        self.down_names.setStyleSheet("color: #ff8787; font-weight: 700;")
        layout.addWidget(self.down_names)
        self.warning = QLabel()
        self.warning.setObjectName("warning")
        self.warning.setWordWrap(True)
        layout.addWidget(self.warning)
        layout.addStretch(1)

    def set_state(self, state: MeetingState) -> None:
        serving = state.serving()
        remote = [s for s in serving if s.remote]
        down = [s.person for s in remote if state.feed_blocked(s.person) is not None]
        required = state.quorum_required
        self.summary.setText(self.tr("%d av %d tjänstgör") % (len(serving), state.body.seats))
        self.summary.setAccessibleName(self.summary.text())
        self._values["required"].setText(str(required))
        self._values["room"].setText(str(len(serving) - len(remote)))
        self._values["remote"].setText(str(len(remote)))
        self._values["down"].setText(str(len(down)))
        self.down_names.setText(", ".join(state.label(p) for p in down))
        self.down_names.setVisible(bool(down))
        if len(serving) < required:
            warning = self.tr("Inte beslutför: minst %d ledamöter måste tjänstgöra.") % required
        elif down and len(serving) - len(down) < required:
            warning = self.tr(
                "Beslutförheten hänger på ledamöter på distans vars bild eller ljud saknas."
            )
        else:
            warning = ""
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))
