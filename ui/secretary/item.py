"""The item being dealt with: the dagordning (Enter takes the selected item up), the current
item's proposal, its yrkanden (Delete withdraws the selected one), the propositionsordning the
rules suggest next, and the beslutsgång so far."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.meeting import commands as cmd
from app.meeting.propositionsordning import proposed_order
from app.meeting.state import MeetingState
from ui.chair.models import proposal_name
from ui.chair.panels import caption
from ui.controller import MeetingController
from ui.secretary.models import AgendaModel, KeyRole, YrkandeModel, decision_lines
from ui.secretary.shortcuts import by_action

_BUTTONS = (
    "next_item",
    "ajournera",
    "floor",
    "yrkande",
    "instam",
    "proposition",
    "votering",
    "beslut",
    "jav",
    "reservation",
    "anteckning",
    "note",
    "omedelbar",
    "sluten",
    "val",
    "justerare",
    "arrive",
    "leave",
)


class ItemPage(QWidget):
    action_wanted = Signal(str)
    """One of the window's actions, asked for by a button on this page."""

    def __init__(self, controller: MeetingController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.agenda_model = AgendaModel(self)
        self.agenda = QListView()
        self.agenda.setModel(self.agenda_model)
        self.agenda.setAccessibleName(self.tr("Dagordning"))
        self.agenda.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agenda.activated.connect(lambda index: self.take_up(index.data(KeyRole)))
        self.first_paragraph = QSpinBox()
        self.first_paragraph.setRange(1, 9999)
        self.first_paragraph.setAccessibleName(self.tr("Första paragrafens nummer"))
        self.first_label = QLabel(self.tr("Första §:"))
        self.first_label.setBuddy(self.first_paragraph)
        self.title = QLabel()
        self.title.setObjectName("headline")
        self.title.setWordWrap(True)
        self.proposal = QLabel()
        self.proposal.setWordWrap(True)
        self.yrkande_model = YrkandeModel(self)
        self.yrkanden = QListView()
        self.yrkanden.setModel(self.yrkande_model)
        self.yrkanden.setAccessibleName(self.tr("Yrkanden"))
        self.yrkanden.setWordWrap(True)
        self.yrkanden.installEventFilter(self)
        self.order = QLabel()
        self.order.setWordWrap(True)
        self.order.setAccessibleName(self.tr("Föreslagen propositionsordning"))
        self.decisions = QLabel()
        self.decisions.setWordWrap(True)
        self.decisions.setAccessibleName(self.tr("Beslutsgång"))
        self.buttons: dict[str, QPushButton] = {}
        keys = by_action()
        grid = QGridLayout()
        for index, action in enumerate(_BUTTONS):
            shortcut = keys[action]
            button = QPushButton(f"{shortcut.text}  ({shortcut.keys})")
            button.setAccessibleName(shortcut.text)
            button.clicked.connect(lambda _=False, a=action: self.action_wanted.emit(a))
            grid.addWidget(button, index // 2, index % 2)
            self.buttons[action] = button
        self.buttons["proposition"].setObjectName("primary")
        left = QVBoxLayout()
        left.addWidget(caption(self.tr("DAGORDNING – Enter tar upp markerat ärende")))
        left.addWidget(self.agenda, 1)
        first = QHBoxLayout()
        first.addWidget(self.first_label)
        first.addWidget(self.first_paragraph)
        first.addStretch(1)
        left.addLayout(first)
        left.addLayout(grid)
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.proposal)
        right.addWidget(caption(self.tr("YRKANDEN – Delete återtar markerat yrkande")))
        right.addWidget(self.yrkanden, 1)
        right.addWidget(caption(self.tr("PROPOSITIONSORDNING (förslag)")))
        right.addWidget(self.order)
        right.addWidget(caption(self.tr("BESLUTSGÅNG")))
        right.addWidget(self.decisions)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

    def set_state(self, state: MeetingState) -> None:
        self.agenda_model.set_state(state)
        self.yrkande_model.set_state(state)
        started = bool(state.items)
        self.first_paragraph.setVisible(not started)
        self.first_label.setVisible(not started)
        if not started and not self.first_paragraph.hasFocus():
            self.first_paragraph.setValue(state.next_paragraph)
        current = state.current
        if current is None:
            self.title.setText(self.tr("Inget ärende är uppe."))
            self.proposal.setText("")
            self.order.setText("")
            self.decisions.setText("")
            self._select_upcoming(state)
            return
        dnr = f"   Dnr {current.item.dnr}" if current.item.dnr else ""
        self.title.setText(f"§ {current.paragraph}  {current.item.title}{dnr}")
        self.proposal.setText(current.item.proposal or self.tr("(inget förslag till beslut)"))
        steps = proposed_order(state)
        self.order.setText(
            "\n".join(
                f"{n}. " + " mot ".join(proposal_name(state, p) for p in s.between) + f" – {s.note}"
                for n, s in enumerate(steps, 1)
            )
            or self.tr("Alla förslag har prövats.")
        )
        self.decisions.setText(
            "\n".join(decision_lines(state)) or self.tr("Inga propositioner än.")
        )
        self._select_upcoming(state)

    def _select_upcoming(self, state: MeetingState) -> None:
        """Keep the next untreated item selected, so Enter takes it up."""
        if self.agenda.hasFocus() and self.agenda.currentIndex().isValid():
            return
        for row, item in enumerate(state.agenda):
            if item.id not in state.items:
                self.agenda.setCurrentIndex(self.agenda_model.index(row, 0))
                return

    def take_up(self, item_id: str | None) -> None:
        if not item_id:
            return
        state = self._controller.state
        paragraph = None if state.items else self.first_paragraph.value()
        self._controller.submit(cmd.TakeUpItem(item_id, paragraph))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched is self.yrkanden:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Delete and self.yrkanden.currentIndex().isValid():
                self._controller.submit(
                    cmd.WithdrawYrkande(self.yrkanden.currentIndex().data(KeyRole))
                )
                return True
        return super().eventFilter(watched, event)
