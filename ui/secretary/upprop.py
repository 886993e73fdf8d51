"""The upprop, keyboard first: the ledamöter in upprop order; one key per state (S in the
room, D at a distance, F absent), T for a passed teknikkontroll, E to call in the ersättare
the turordning suggests. After each mark the next member is selected."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.meeting import commands as cmd
from app.meeting.events import Attendance
from app.meeting.rules import suggested_ersattare
from app.meeting.state import MeetingState, Phase
from ui.controller import MeetingController
from ui.secretary.models import KeyRole, UppropModel

_MARKS = {
    Qt.Key.Key_S: Attendance.PRESENT,
    Qt.Key.Key_D: Attendance.REMOTE,
    Qt.Key.Key_F: Attendance.ABSENT,
}


class UppropPage(QWidget):
    ersattare_wanted = Signal(str)
    """E pressed on an absent member's row: the seat to fill."""

    def __init__(self, controller: MeetingController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.model = UppropModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Upprop"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_hint(self._controller.state)
        )
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("headline")
        self.open_button = QPushButton(self.tr("Öppna sammanträdet (Ctrl+O)"))
        self.open_button.setAccessibleName(self.tr("Öppna sammanträdet"))
        self.open_button.setObjectName("primary")
        self.open_button.clicked.connect(lambda: self._controller.submit(cmd.OpenMeeting()))
        self.done_button = QPushButton(self.tr("Uppropet är klart (Ctrl+Enter)"))
        self.done_button.setAccessibleName(self.tr("Uppropet är klart"))
        self.done_button.setObjectName("primary")
        self.done_button.clicked.connect(self.complete)
        keys = QLabel(
            self.tr(
                "S i salen · D på distans · F frånvarande · T teknikkontroll godkänd · "
                "E kalla in ersättare"
            )
        )
        keys.setObjectName("caption")
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(keys)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)

    def set_state(self, state: MeetingState) -> None:
        self.model.set_state(state)
        self.open_button.setVisible(state.phase is Phase.PLANNED)
        self.done_button.setEnabled(state.phase is Phase.OPEN and not state.upprop_done)
        serving = len(state.serving())
        quorum = self.tr("beslutfört") if state.has_quorum() else self.tr("INTE beslutfört")
        self.summary.setText(
            self.tr("%d av %d tjänstgör (%d krävs) – %s")
            % (serving, state.body.seats, state.quorum_required, quorum)
        )
        if self.table.currentIndex().row() < 0 and self.model.rowCount():
            self.table.selectRow(0)
        self._update_hint(state)

    def selected_member(self) -> str | None:
        index = self.table.currentIndex()
        return (
            self.model.data(self.model.index(index.row(), 0), KeyRole) if index.isValid() else None
        )

    def _update_hint(self, state: MeetingState) -> None:
        member = self.selected_member()
        text = ""
        if member and state.attendance.get(member) is Attendance.ABSENT:
            holder = state.seat_holders.get(member)
            suggestion = suggested_ersattare(state, member)
            if holder is None and suggestion:
                text = self.tr("Tryck E för att kalla in %s (turordning).") % state.label(
                    suggestion
                )
        self.hint.setText(text)

    def mark(self, member: str, attendance: Attendance) -> bool:
        done = self._controller.submit(cmd.RecordAttendance(member, attendance))
        if done and attendance is not Attendance.ABSENT:
            self._select_next()
        return done

    def complete(self) -> None:
        self._controller.submit(cmd.CompleteUpprop())

    def _select_next(self) -> None:
        row = self.table.currentIndex().row()
        if row + 1 < self.model.rowCount():
            self.table.selectRow(row + 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                return super().eventFilter(watched, event)
            member = self.selected_member()
            key = Qt.Key(event.key())
            if member and key in _MARKS:
                self.mark(member, _MARKS[key])
                return True
            if member and key == Qt.Key.Key_T:
                self._controller.submit(cmd.RecordTeknikkontroll(member, True))
                return True
            if member and key == Qt.Key.Key_E:
                self.ersattare_wanted.emit(member)
                return True
        return super().eventFilter(watched, event)
