"""One alarmed feed in the banner: who, what failed and since when, the routine's advice,
and the one-tap actions — each a journaled command through the controller."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.feeds.states import SWEDISH, FeedCondition
from app.meeting import commands as cmd
from app.meeting.interruption import InterruptionRoutine, advise
from app.meeting.model import ROOM
from app.meeting.rules import suggested_ersattare
from app.meeting.state import MeetingState
from ui.chair.dialogs import ReasonDialog
from ui.chair.panels import clock_since
from ui.controller import MeetingController
from ui.i18n import term


def who(state: MeetingState, feed: str) -> str:
    return "Sammanträdeslokalen" if feed == ROOM else state.label(feed)


def touch_button(text: str, slot, name: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(text)
    if name:
        button.setObjectName(name)
    button.clicked.connect(slot)
    return button


class FeedAlarmRow(QFrame):
    """One alarmed feed with its actions."""

    def __init__(
        self,
        controller: MeetingController,
        feed: str,
        parent: QWidget,
        routine: InterruptionRoutine | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self.feed = feed
        self._routine = routine or InterruptionRoutine()
        self.dialog: ReasonDialog | None = None
        self.headline = QLabel()
        self.headline.setStyleSheet("font-size: 20pt; font-weight: 700; color: white;")
        self.headline.setWordWrap(True)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setStyleSheet("color: white;")
        self.ajournera = touch_button(self.tr("Ajournera"), self._on_ajournera_clicked, "primary")
        self.count_absent = touch_button("", self._on_count_absent_clicked)
        self.fortsatt = touch_button(self.tr("Fortsätt …"), self._on_fortsatt_clicked)
        self.kvittera = touch_button(self.tr("Kvittera ljud"), self._on_kvittera_clicked)
        actions = QHBoxLayout()
        actions.addWidget(self.advice, 1)
        for button in (self.ajournera, self.count_absent, self.fortsatt, self.kvittera):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.headline)
        layout.addLayout(actions)
        self.count_absent.setVisible(feed != ROOM)

    def set_state(self, state: MeetingState, since: str | None) -> None:
        condition = state.feeds.get(self.feed, FeedCondition.LIVE)
        name = who(state, self.feed)
        self.headline.setText(
            self.tr("%s: %s sedan %s") % (name, term(SWEDISH[condition]), since or "–")
        )
        self.headline.setAccessibleName(self.headline.text())
        override = state.feed_overrides.get(self.feed)
        if override:
            self.advice.setText(self.tr("Sammanträdet fortsätter: %s") % override)
        else:
            since_at = clock_since(since)
            down_for = max(0.0, (datetime.now() - since_at).total_seconds())
            advice = advise(state, self.feed, down_for, self._routine).text
            support = self._routine.support
            if support:
                advice += " " + self.tr("Teknisk support: %s.") % support
            self.advice.setText(advice)
        self.ajournera.setEnabled(not state.adjourned and state.votering is None)
        if self.feed != ROOM:
            ersattare = suggested_ersattare(state, self.feed)
            text = (
                self.tr("Räkna som frånvarande – kalla in %s") % state.label(ersattare)
                if ersattare
                else self.tr("Räkna som frånvarande")
            )
            self.count_absent.setText(text)
            self.count_absent.setAccessibleName(text)
        self.fortsatt.setEnabled(override is None)
        self.kvittera.setEnabled(self.feed not in state.alarms_acknowledged)

    def _on_ajournera_clicked(self) -> None:
        name = who(self._controller.state, self.feed)
        self._controller.submit(cmd.Ajournera(f"Bild och ljud saknas: {name}"))

    def _on_count_absent_clicked(self) -> None:
        state = self._controller.state
        self._controller.submit(
            cmd.CountAbsent(self.feed, replaced_by=suggested_ersattare(state, self.feed))
        )

    def _on_fortsatt_clicked(self) -> None:
        name = who(self._controller.state, self.feed)
        dialog = ReasonDialog(
            self.tr("Fortsätt"),
            self.tr("Varför fortsätter sammanträdet utan bild och ljud från %s?") % name,
            self.window(),
        )
        dialog.reason_given.connect(
            lambda reason: self._controller.submit(cmd.OverrideFeedLoss(self.feed, reason))
        )
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _on_kvittera_clicked(self) -> None:
        self._controller.submit(cmd.AcknowledgeAlarm(self.feed))
