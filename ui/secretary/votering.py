"""The namnupprop, keyboard first: the voters in the order they are called (the presiding
member last); J, N or A records the called member's vote and calls the next, Space passes
over a member (called again at the end); the tally is live; Ctrl+Enter closes, asking for
the chair's utslagsröst on a tie."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.meeting import commands as cmd
from app.meeting.events import Vote
from app.meeting.state import MeetingState
from ui.chair.models import proposal_name
from ui.controller import MeetingController
from ui.i18n import term
from ui.secretary.forms import Field, FormDialog
from ui.secretary.models import VOTES, KeyRole, VoteListModel

_KEYS = {Qt.Key.Key_J: Vote.JA, Qt.Key.Key_N: Vote.NEJ, Qt.Key.Key_A: Vote.AVSTAR}


class VoteringPage(QWidget):
    start_wanted = Signal()

    def __init__(self, controller: MeetingController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.form: FormDialog | None = None
        self.model = VoteListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Namnupprop"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.installEventFilter(self)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setObjectName("headline")
        self.tally = QLabel()
        self.tally.setAccessibleName(self.tr("Röstsammanräkning"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        keys = QLabel(
            self.tr(
                "J ja · N nej · A avstår · Mellanslag hoppa över · Ctrl+Enter avsluta voteringen"
            )
        )
        keys.setObjectName("caption")
        self.start_button = QPushButton(self.tr("Begär votering (Ctrl+V)"))
        self.start_button.setAccessibleName(self.tr("Begär votering"))
        self.start_button.clicked.connect(self.start_wanted)
        self.close_button = QPushButton(self.tr("Avsluta voteringen (Ctrl+Enter)"))
        self.close_button.setAccessibleName(self.tr("Avsluta voteringen"))
        self.close_button.setObjectName("primary")
        self.close_button.clicked.connect(self.close_votering)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(keys)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.tally)
        layout.addWidget(self.result)
        layout.addLayout(buttons)

    def set_state(self, state: MeetingState) -> None:
        self.model.set_state(state)
        votering = state.votering
        self.start_button.setEnabled(votering is None)
        self.close_button.setEnabled(votering is not None)
        if votering is None:
            self.question.setText(self.tr("Ingen votering pågår."))
            self.tally.setText("")
            self.result.setText(self._last_result(state))
            return
        self.result.setText("")
        kind = self.tr("Kontrapropositionsvotering") if votering.kontraproposition else ""
        self.question.setText(
            (kind + ": " if kind else "")
            + self.tr("Ja för %s. Nej för %s.")
            % (proposal_name(state, votering.ja), proposal_name(state, votering.nej))
        )
        waiting = len(votering.voters) - len(votering.votes)
        self.tally.setText(
            self.tr("Ja %d · Nej %d · Avstår %d · Ej röstat %d")
            % (
                votering.count(Vote.JA),
                votering.count(Vote.NEJ),
                votering.count(Vote.AVSTAR),
                waiting,
            )
        )
        current = self.called()
        if current is None or current in votering.votes:
            self._call_next(state, after=-1)

    def _last_result(self, state: MeetingState) -> str:
        current = state.current
        if current is None or not current.decisions or current.decisions[-1].votering is None:
            return ""
        v = current.decisions[-1].votering
        tail = self.tr(", utslagsröst %s") % term(VOTES[v.utslagsrost]) if v.utslagsrost else ""
        return self.tr("Senaste votering: %d ja, %d nej, %d avstår%s – bifall till %s.") % (
            v.count(Vote.JA),
            v.count(Vote.NEJ),
            v.count(Vote.AVSTAR),
            tail,
            proposal_name(state, v.winner),
        )

    def called(self) -> str | None:
        index = self.list.currentIndex()
        return self.model.data(index, KeyRole) if index.isValid() else None

    def _call_next(self, state: MeetingState, *, after: int) -> None:
        """Select the first voter without a vote after row `after`, wrapping round."""
        votering = state.votering
        if votering is None:
            return
        count = len(votering.voters)
        for step in range(1, count + 1):
            row = (after + step) % count
            if votering.voters[row] not in votering.votes:
                self.list.setCurrentIndex(self.model.index(row, 0))
                return

    def vote(self, value: Vote) -> None:
        state = self._controller.state
        voter = self.called()
        if state.votering is None or voter is None:
            return
        blocked = state.feed_blocked(voter)
        if blocked is not None:
            self._override(voter, value, blocked.value)
            return
        row = self.list.currentIndex().row()
        if self._controller.submit(cmd.CastVote(voter, value)):
            self._call_next(self._controller.state, after=row)

    def _override(self, voter: str, value: Vote, condition: str) -> None:
        """A remote member whose feed is not live votes only on an explicit, journaled call."""
        state = self._controller.state
        form = FormDialog(
            self.tr("Röst trots avbrott"),
            (
                Field(
                    "reason",
                    self.tr("Förbindelsen med %s: %s. Skäl att ändå registrera rösten")
                    % (state.label(voter), condition),
                ),
            ),
            self.window(),
        )
        form.submitted.connect(
            lambda v: self._controller.submit(cmd.CastVote(voter, value, override=v["reason"]))
        )
        form.finished.connect(form.deleteLater)
        self.form = form
        form.open()

    def skip(self) -> None:
        self._call_next(self._controller.state, after=self.list.currentIndex().row())

    def close_votering(self) -> None:
        state = self._controller.state
        votering = state.votering
        if votering is None:
            return
        if votering.count(Vote.JA) != votering.count(Vote.NEJ):
            self._controller.submit(cmd.CloseVotering())
            return
        chair_vote = votering.votes.get(state.presiding) if state.presiding else None
        choices = ((Vote.JA.value, self.tr("Ja")), (Vote.NEJ.value, self.tr("Nej")))
        form = FormDialog(
            self.tr("Lika röstetal – ordförandens utslagsröst"),
            (
                Field(
                    "vote",
                    self.tr("Utslagsröst"),
                    "choice",
                    choices,
                    default=chair_vote.value if chair_vote else None,
                ),
            ),
            self.window(),
        )
        form.submitted.connect(
            lambda v: self._controller.submit(cmd.CloseVotering(utslagsrost=Vote(v["vote"])))
        )
        form.finished.connect(form.deleteLater)
        self.form = form
        form.open()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = Qt.Key(event.key())
            plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if plain and key in _KEYS:
                self.vote(_KEYS[key])
                return True
            if plain and key == Qt.Key.Key_Space:
                self.skip()
                return True
        return super().eventFilter(watched, event)
