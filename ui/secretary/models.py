"""Qt models adapting the meeting state for the secretary's views. Each keeps its rows as
plain tuples computed from the state and tells the view only what changed, so the selection
and the keyboard focus survive every update."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from app.meeting import events as ev
from app.meeting.events import Attendance, Vote
from app.meeting.history import Recorded
from app.meeting.model import ROOM
from app.meeting.state import MeetingState
from ui.chair.models import proposal_name
from ui.i18n import term

_Index = QModelIndex | QPersistentModelIndex
KeyRole = Qt.ItemDataRole.UserRole + 1
"""The id behind a row (member, item, yrkande, journal sequence number)."""

ATTENDANCE = {
    Attendance.PRESENT: "i salen",
    Attendance.REMOTE: "på distans",
    Attendance.ABSENT: "frånvarande",
}
VOTES = {Vote.JA: "ja", Vote.NEJ: "nej", Vote.AVSTAR: "avstår"}
YRKANDE_KINDS = {
    ev.YrkandeKind.BIFALL: "bifall",
    ev.YrkandeKind.AVSLAG: "avslag",
    ev.YrkandeKind.ATERREMISS: "återremiss",
    ev.YrkandeKind.BORDLAGGNING: "bordläggning",
    ev.YrkandeKind.ANDRING: "ändring",
    ev.YrkandeKind.TILLAGG: "tillägg",
    ev.YrkandeKind.EGET: "eget yrkande",
}


class _Rows:
    """Shared by the models: swap in new rows, signalling the least that changed."""

    _rows: tuple[tuple, ...]
    _last_column = 0

    def _replace(self, model, rows: Sequence[tuple]) -> None:
        rows = tuple(rows)
        if rows == self._rows:
            return
        if len(rows) == len(self._rows):
            self._rows = rows
            last = model.index(len(rows) - 1, self._last_column)
            model.dataChanged.emit(model.index(0, 0), last)
            return
        model.beginResetModel()
        self._rows = rows
        model.endResetModel()


class UppropModel(_Rows, QAbstractTableModel):
    """The ledamöter in upprop order: attendance, teknikkontroll, and who serves in the seat."""

    HEADERS = ("Ledamot", "Närvaro", "Teknikkontroll", "Tjänstgörande ersättare")
    _last_column = len(HEADERS) - 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows = ()

    def set_state(self, state: MeetingState) -> None:
        rows = []
        for member in state.body.members:
            role = f", {member.role.replace('ordforande', 'ordförande')}" if member.role else ""
            status = state.attendance.get(member.id)
            checked = state.teknikkontroll.get(member.id)
            teknik = (
                {True: "godkänd", False: "ej godkänd"}.get(checked, "")
                if checked is not None
                else ""
            )
            holder = state.seat_holders.get(member.id)
            left = " (har lämnat)" if member.id in state.left else ""
            rows.append(
                (
                    member.id,
                    state.label(member.id) + role,
                    (ATTENDANCE[status] if status else "–") + left,
                    teknik,
                    state.label(holder) if holder else "",
                )
            )
        self._replace(self, rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row[index.column() + 1]
        if role == KeyRole:
            return row[0]
        return None


class VoteListModel(_Rows, QAbstractListModel):
    """The namnupprop: the voters in the order they are called, each with the vote given."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows = ()

    def set_state(self, state: MeetingState) -> None:
        votering = state.votering
        rows = []
        if votering is not None:
            for number, voter in enumerate(votering.voters, 1):
                vote = votering.votes.get(voter)
                remote = " · distans" if state.is_remote(voter) else ""
                rows.append(
                    (voter, number, state.label(voter) + remote, term(VOTES[vote]) if vote else "")
                )
        self._replace(self, rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        voter, number, label, vote = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{number:>3}. {label}" + (f"  —  {vote.upper()}" if vote else "")
        if role == KeyRole:
            return voter
        if role == Qt.ItemDataRole.FontRole and vote:
            font = QFont()
            font.setBold(True)
            return font
        return None


class AgendaModel(_Rows, QAbstractListModel):
    """The dagordning: the § each item got, which one is being dealt with, which are left."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows = ()

    def set_state(self, state: MeetingState) -> None:
        rows = []
        for item in state.agenda:
            taken = state.items.get(item.id)
            number = f"§ {taken.paragraph}" if taken else "–"
            flags = "".join(f" [{f.value.replace('_', ' ')}]" for f in sorted(item.flags))
            rows.append((item.id, number, item.title + flags, item.id == state.current_item))
        self._replace(self, rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        key, number, title, current = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{number:<6} {title}" + ("   ◀ pågår" if current else "")
        if role == KeyRole:
            return key
        if role == Qt.ItemDataRole.FontRole and current:
            font = QFont()
            font.setBold(True)
            return font
        return None


class YrkandeModel(_Rows, QAbstractListModel):
    """The current item's yrkanden: who, what, who joined; withdrawn ones struck through."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows = ()

    def set_state(self, state: MeetingState) -> None:
        current = state.current
        rows = []
        for y in current.yrkanden.values() if current else ():
            who = ", ".join(state.label(p) for p in y.by)
            text = f": {y.text}" if y.text else ""
            joined = ""
            if y.instam:
                joined = "  (instämmer: " + ", ".join(state.label(p) for p in y.instam) + ")"
            line = f"{y.id}  {who} – {YRKANDE_KINDS[y.kind]}{text}{joined}"
            rows.append((y.id, line, y.withdrawn))
        self._replace(self, rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        key, line, withdrawn = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return line + ("  (återtaget)" if withdrawn else "")
        if role == KeyRole:
            return key
        if role == Qt.ItemDataRole.FontRole and withdrawn:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None


def decision_lines(state: MeetingState) -> list[str]:
    """The current item's beslutsgång so far, one line per proposition."""
    current = state.current
    lines = []
    for d in current.decisions if current else ():
        between = " mot ".join(proposal_name(state, p) for p in d.between)
        how = ""
        if d.votering is not None:
            v = d.votering
            how = f" efter votering {v.count(Vote.JA)}–{v.count(Vote.NEJ)}–{v.count(Vote.AVSTAR)}"
        lines.append(
            f"Proposition på {between}: bifall till {proposal_name(state, d.adopted)}{how}."
        )
    return lines


class JournalModel(_Rows, QAbstractListModel):
    """The journal, newest last: what each entry recorded, and whether it was corrected."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows = ()

    def set_history(self, state: MeetingState, history: Sequence[Recorded]) -> None:
        corrected = {
            r.event.target_seq: r.event.reason
            for r in history
            if isinstance(r.event, ev.EntryCorrected)
        }
        rows = []
        for record in history:
            what = describe_event(state, record.event)
            line = f"{record.seq:>4}  {record.event.at or '':<8}  {what}"
            rows.append((record.seq, line, corrected.get(record.seq)))
        self._replace(self, rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        seq, line, reason = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return line + (f"   [rättad: {reason}]" if reason else "")
        if role == KeyRole:
            return seq
        if role == Qt.ItemDataRole.FontRole and reason:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None


EVENT_NAMES = {
    ev.MeetingCreated: "Sammanträdet skapat",
    ev.AgendaItemAdded: "Ärende tillagt",
    ev.MeetingOpened: "Sammanträdet öppnat",
    ev.TeknikkontrollRecorded: "Teknikkontroll",
    ev.AttendanceRecorded: "Närvaro",
    ev.ErsattareServing: "Ersättare tjänstgör",
    ev.ErsattarePresent: "Ersättare närvarande",
    ev.UppropCompleted: "Uppropet klart",
    ev.MemberArrived: "Anländer",
    ev.MemberLeft: "Lämnar",
    ev.JusterareAppointed: "Justerare utsedd",
    ev.ItemTakenUp: "Ärendet tas upp",
    ev.PresidingChanged: "Ordförande byts",
    ev.JavDeclared: "Jäv",
    ev.RemoteMembersExcluded: "Distansdeltagare lämnar ärendet",
    ev.FloorRequested: "Begär ordet",
    ev.FloorRequestWithdrawn: "Återtar begäran om ordet",
    ev.FloorGiven: "Har ordet",
    ev.FloorEnded: "Talet avslutat",
    ev.StreckDrawn: "Streck i debatten",
    ev.YrkandeMade: "Yrkande",
    ev.Instamt: "Instämmer",
    ev.YrkandeWithdrawn: "Yrkande återtaget",
    ev.PropositionPut: "Proposition",
    ev.VoteringStarted: "Votering börjar",
    ev.VoteCast: "Röst",
    ev.VoteringClosed: "Votering avslutad",
    ev.BeslutRecorded: "Beslut",
    ev.ReservationRecorded: "Reservation",
    ev.ProtokollsanteckningRecorded: "Protokollsanteckning",
    ev.NoteRecorded: "Anteckning",
    ev.OmedelbarJusteringRecorded: "Omedelbar justering",
    ev.Ajournerad: "Ajournering",
    ev.Ateruppttagen: "Återupptaget",
    ev.FeedHealthChanged: "Förbindelse",
    ev.FeedAlarmAcknowledged: "Larm kvitterat",
    ev.FeedLossOverridden: "Fortsätter trots avbrott",
    ev.CountedAbsent: "Räknas som frånvarande",
    ev.SlutenOmrostningHeld: "Sluten omröstning",
    ev.ValHeld: "Val",
    ev.WarningNoted: "Varning",
    ev.EntryCorrected: "Rättelse",
    ev.MeetingClosed: "Sammanträdet avslutat",
}

JOURNAL_WORDS = ("lokalen", "godkänd", "ej godkänd")
"""Words of the journal view besides the entry names (see ui.i18n.term)."""

_PEOPLE_FIELDS = ("member", "members", "by", "voter", "seat", "ersattare", "replaced_by", "feed")


def describe_event(state: MeetingState, event: ev.Event) -> str:
    """A journal entry in Swedish words: its kind and the people and values it names."""
    parts = []
    for name in _PEOPLE_FIELDS:
        value = getattr(event, name, None)
        if not value:
            continue
        people = value if isinstance(value, tuple) else (value,)
        parts.append(", ".join(term("lokalen") if p == ROOM else state.label(p) for p in people))
    for name in ("attendance", "kind", "vote", "condition", "ok"):
        value = getattr(event, name, None)
        if value is not None and not isinstance(value, bool):
            parts.append(str(getattr(value, "value", value)))
        elif isinstance(value, bool):
            parts.append(term("godkänd") if value else term("ej godkänd"))
    for name in ("text", "message", "reason", "finds", "item"):
        value = getattr(event, name, None)
        if value:
            parts.append(str(value))
    return term(EVENT_NAMES[type(event)]) + (": " + " · ".join(parts) if parts else "")
