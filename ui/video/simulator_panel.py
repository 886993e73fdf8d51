"""The demo's fault panel: one row per simulated feed, one button per fault. A fault starts
or stops an ffmpeg sender, which can hold the process for tens of milliseconds: that happens
on a thread of its own, never on the GUI thread."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from ui.i18n import term
from ui.style import STYLESHEET, TOUCH_MIN, themed
from ui.video.simulator import SWEDISH_FAULTS, Fault, FeedSimulator


class SimulatorPanel(QWidget):
    def __init__(self, simulator: FeedSimulator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Klubban – simulerade flöden"))
        self.setStyleSheet(themed(STYLESHEET))
        self._simulator = simulator
        self._senders = ThreadPoolExecutor(max_workers=1, thread_name_prefix="klubban-sim")
        layout = QGridLayout(self)
        for row, simulated in enumerate(simulator.feeds.values()):
            layout.addWidget(QLabel(simulated.label), row, 0)
            for column, fault in enumerate(Fault, start=1):
                button = QPushButton(term(SWEDISH_FAULTS[fault]))
                button.setMinimumHeight(TOUCH_MIN)
                button.setAccessibleName(f"{term(SWEDISH_FAULTS[fault])}: {simulated.label}")
                button.clicked.connect(lambda _=False, f=simulated.feed, k=fault: self.inject(f, k))
                layout.addWidget(button, row, column)

    def inject(self, feed: str, fault: Fault) -> None:
        self._senders.submit(self._simulator.inject, feed, fault)

    def closeEvent(self, event) -> None:
        self._senders.shutdown(wait=True)
        super().closeEvent(event)
