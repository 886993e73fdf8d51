"""The room display (an optional third screen): the current item, who has the floor and for
how long, and the last vote — in type large enough for the back of the room."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QMainWindow, QVBoxLayout, QWidget

from app.meeting.events import Vote
from app.meeting.state import Decision, ItemState, MeetingState
from ui.chair.models import SPEECH_KINDS, proposal_name
from ui.chair.panels import TurnClock
from ui.controller import MeetingController
from ui.i18n import term
from ui.style import MUTED, SPEAKER, STYLESHEET, themed


def last_votering(state: MeetingState) -> tuple[ItemState, Decision] | None:
    """The most recent decision made by votering, in the order items were taken up."""
    found = None
    for item in state.items.values():
        for decision in item.decisions:
            if decision.votering is not None:
                found = (item, decision)
    return found


def _label(text: str, size: int, colour: str | None = None, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    weight = "font-weight: 700;" if bold else ""
    tint = f"color: {colour};" if colour else ""
    label.setStyleSheet(f"font-size: {size}pt; {weight} {tint}")
    return label


class RoomWindow(QMainWindow):
    def __init__(self, controller: MeetingController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setStyleSheet(themed(STYLESHEET))
        self.body = _label("", 18, MUTED, bold=True)
        self.paragraph = _label("", 28, MUTED, bold=True)
        self.title = _label("", 44, bold=True)
        self.status = _label("", 28, "#111", bold=True)
        self.status.setStyleSheet(self.status.styleSheet() + " background: #f08c00; padding: 8px;")
        self.speaker = _label("", 40)
        self.timer = _label("", 64, SPEAKER, bold=True)
        self.vote_caption = _label(self.tr("SENASTE OMRÖSTNING"), 18, MUTED, bold=True)
        self.vote = _label("", 30)
        root = QWidget()
        layout = QVBoxLayout(root)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.setSpacing(16)
        for widget in (self.body, self.paragraph, self.title, self.status, self.speaker):
            layout.addWidget(widget)
        layout.addWidget(self.timer, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.vote_panel = QFrame()
        self.vote_panel.setObjectName("panel")
        vote = QVBoxLayout(self.vote_panel)
        vote.setContentsMargins(24, 16, 24, 16)
        vote.addWidget(self.vote_caption)
        vote.addWidget(self.vote)
        layout.addWidget(self.vote_panel)
        for widget in root.findChildren(QLabel):
            widget.setAccessibleName(widget.text())
        self.setCentralWidget(root)
        self.clock = TurnClock(self)
        self.clock.ticked.connect(self.timer.setText)
        controller.state_changed.connect(self._on_controller_state_changed)
        self._on_controller_state_changed(controller.state)

    def _on_controller_state_changed(self, state: MeetingState) -> None:
        self.setWindowTitle(self.tr("Klubban – %s") % state.body.name)
        self.body.setText(state.body.name.upper())
        current = state.current
        self.paragraph.setText(f"§ {current.paragraph}" if current else "")
        self.title.setText(current.item.title if current else self.tr("Inget ärende upptaget"))
        self.status.setText(
            self.tr("Ajournerat") if state.adjourned
            else self.tr("Votering pågår") if state.votering else ""
        )  # fmt: skip
        self.status.setVisible(bool(self.status.text()))
        self._show_speaker(state)
        self._show_vote(state)
        for label in (self.paragraph, self.title, self.speaker, self.vote):
            label.setAccessibleName(label.text())

    def _show_speaker(self, state: MeetingState) -> None:
        turn = state.speakers.current
        if turn is None:
            self.speaker.setText(self.tr("Ingen har ordet"))
        else:
            member, kind = turn
            self.speaker.setText(f"{state.label(member)} – {term(SPEECH_KINDS[kind])}")
        self.clock.follow(state)

    def _show_vote(self, state: MeetingState) -> None:
        found = last_votering(state)
        self.vote_panel.setVisible(found is not None)
        if found is None:
            self.vote.setText("")
            return
        item, decision = found
        result = decision.votering
        assert result is not None
        counts = self.tr("§ %d:  %d ja  ·  %d nej  ·  %d avstår") % (
            item.paragraph,
            result.count(Vote.JA),
            result.count(Vote.NEJ),
            result.count(Vote.AVSTAR),
        )
        casting = (
            self.tr("  (ordförandens utslagsröst: %s)") % result.utslagsrost.value
            if result.utslagsrost
            else ""
        )
        adopted = proposal_name(state, decision.adopted, item)
        self.vote.setText(f"{counts}{casting}\n" + self.tr("Beslut: bifall till %s") % adopted)
