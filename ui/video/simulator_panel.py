"""The demo's fault panel: one row per simulated feed, one button per fault."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from ui.style import STYLESHEET, TOUCH_MIN, themed
from ui.video.simulator import SWEDISH_FAULTS, Fault, FeedSimulator


class SimulatorPanel(QWidget):
    def __init__(self, simulator: FeedSimulator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Klubban – simulerade flöden"))
        self.setStyleSheet(themed(STYLESHEET))
        self._simulator = simulator
        layout = QGridLayout(self)
        for row, simulated in enumerate(simulator.feeds.values()):
            layout.addWidget(QLabel(simulated.label), row, 0)
            for column, fault in enumerate(Fault, start=1):
                button = QPushButton(SWEDISH_FAULTS[fault])
                button.setMinimumHeight(TOUCH_MIN)
                button.setAccessibleName(f"{SWEDISH_FAULTS[fault]}: {simulated.label}")
                button.clicked.connect(
                    lambda _=False, f=simulated.feed, k=fault: simulator.inject(f, k)
                )
                layout.addWidget(button, row, column)
