"""The chair's console (touch first): the feed grid, the current item and speaker, the
talarlista, the quorum, the big actions and the feed-alarm banner. Everything shown comes
from the controller's signals; every action goes back through the controller."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.meeting.interruption import InterruptionRoutine
from app.meeting.state import MeetingState
from ui.chair.actions import ChairActionsPanel
from ui.chair.alarm import FeedAlarmBanner
from ui.chair.models import SpeakerQueueModel
from ui.chair.panels import ItemPanel, QuorumPanel, caption
from ui.controller import MeetingController
from ui.style import ALARM_DARK, MUTED, STYLESHEET, TOUCH_MIN, themed
from ui.video.grid import FeedGridPanel

GRID_SHARE = (3, 2)
"""The feed grid's and the side column's shares of the window's width."""


class ChairWindow(QMainWindow):
    def __init__(
        self,
        controller: MeetingController,
        *,
        grid: FeedGridPanel | None = None,
        routine: InterruptionRoutine | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self.grid = grid
        self._called: str | None = None
        self.setStyleSheet(themed(STYLESHEET))
        self.header = QLabel()
        self.header.setObjectName("caption")
        self.banner = FeedAlarmBanner(controller, routine=routine, parent=self)
        self.refusal = QLabel()
        self.refusal.setWordWrap(True)
        self.refusal.setAccessibleName(self.tr("Meddelande"))
        self.refusal.setStyleSheet(
            f"background: {ALARM_DARK}; border-radius: 8px; padding: 10px; font-weight: 600;"
        )
        self.refusal.hide()
        self.item_panel = ItemPanel()
        self.quorum_panel = QuorumPanel()
        # The quorum is never squeezed: the talarlista scrolls instead.
        self.quorum_panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.queue_model = SpeakerQueueModel(self)
        self.queue = QListView()
        self.queue.setModel(self.queue_model)
        self.queue.setAccessibleName(self.tr("Talarlista"))
        self.queue.setMinimumHeight(2 * TOUCH_MIN)
        self.queue.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.queue.setSelectionMode(QListView.SelectionMode.NoSelection)
        self.queue.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        QScroller.grabGesture(self.queue.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.queue_empty = QLabel(self.tr("Ingen har begärt ordet."))
        self.queue_empty.setStyleSheet(f"color: {MUTED}; padding: 8px;")
        self.actions_panel = ChairActionsPanel(controller)
        self.setCentralWidget(self._arrange())
        controller.state_changed.connect(self._on_controller_state_changed)
        controller.refused.connect(self._on_controller_refused)
        controller.storage_failed.connect(self._on_controller_refused)
        self.actions_panel.problem.connect(self._on_controller_refused)
        self._on_controller_state_changed(controller.state)

    def _arrange(self) -> QWidget:
        queue_box = QVBoxLayout()
        queue_box.addWidget(caption(self.tr("TALARLISTA")))
        queue_box.addWidget(self.queue_empty)
        queue_box.addWidget(self.queue, 1)
        side = QVBoxLayout()
        middle = QHBoxLayout()
        grid_share, side_share = GRID_SHARE
        if self.grid is not None:
            middle.addWidget(self.grid, grid_share)
            side.addWidget(self.item_panel)
        else:
            middle.addWidget(self.item_panel, grid_share)
        side.addLayout(queue_box, 1)
        side.addWidget(self.quorum_panel)
        middle.addLayout(side, side_share)
        root = QWidget()
        layout = QVBoxLayout(root)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        layout.addWidget(self.refusal)
        layout.addLayout(middle, 1)
        layout.addWidget(self.actions_panel)
        return root

    def _on_controller_state_changed(self, state: MeetingState) -> None:
        self.setWindowTitle(self.tr("Klubban – ordförande – %s") % state.body.name)
        self.header.setText(
            f"{state.body.name.upper()}   ·   {state.info.date}   ·   {state.info.place}"
        )
        self.refusal.hide()
        self.item_panel.set_state(state)
        self.queue_model.set_state(state)
        self.queue_empty.setVisible(self.queue_model.rowCount() == 0)
        self.quorum_panel.set_state(state)
        self.actions_panel.set_state(state)
        self.banner.set_state(state)
        if self.grid is not None:
            self._show_on_grid(state)

    def _show_on_grid(self, state: MeetingState) -> None:
        grid = self.grid
        assert grid is not None
        for feed, condition in state.feeds.items():
            grid.set_condition(feed, condition)
        current = state.speakers.current
        grid.set_speaker(current[0] if current else None)
        votering = state.votering
        called = (
            next((v for v in votering.voters if v not in votering.votes), None)
            if votering
            else None
        )
        grid.highlight(called)

    def _on_controller_refused(self, message: str) -> None:
        self.refusal.setText(message)
        self.refusal.show()
