"""Qt models adapting the meeting state for the chair's views."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from app.meeting.events import FORSLAG, IDAG, SpeechKind
from app.meeting.model import PersonId
from app.meeting.state import ItemState, MeetingState
from ui.i18n import term

SPEECH_KINDS = {
    SpeechKind.ANFORANDE: "anförande",
    SpeechKind.REPLIK: "replik",
    SpeechKind.KONTRAREPLIK: "kontrareplik",
    SpeechKind.ORDNINGSFRAGA: "ordningsfråga",
}

PROPOSAL_WORDS = {FORSLAG: "förslaget till beslut", IDAG: "att ärendet avgörs i dag"}

_Index = QModelIndex | QPersistentModelIndex


def proposal_name(state: MeetingState, proposal: str, item: ItemState | None = None) -> str:
    """How a proposal of `item` (the current one by default) is named to people."""
    if proposal in PROPOSAL_WORDS:
        return term(PROPOSAL_WORDS[proposal])
    item = item or state.current
    yrkande = item.yrkanden.get(proposal) if item else None
    if yrkande is None:
        return proposal
    who = ", ".join(state.label(p) for p in yrkande.by)
    # The caller ends the sentence: "… Motionen bifalls." must not get a second full stop.
    text = f": {yrkande.text.rstrip('.')}" if yrkande.text else ""
    return f"yrkande {proposal} från {who}{text}"


class SpeakerQueueModel(QAbstractListModel):
    """The talarlista as the domain orders it (ordningsfrågor first, then repliker and
    kontrarepliker, then anföranden): one row per waiting request."""

    MemberRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: tuple[tuple[PersonId, SpeechKind, str], ...] = ()

    def set_state(self, state: MeetingState) -> None:
        rows = tuple((m, k, state.label(m)) for m, k in state.speakers.waiting)
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        member, kind, label = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{index.row() + 1}. {label} – {term(SPEECH_KINDS[kind])}"
        if role == self.MemberRole:
            return member
        if role == self.KindRole:
            return kind
        return None
