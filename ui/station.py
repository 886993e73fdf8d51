"""StationWatcher: brings what other stations journal into this station's windows.

A thread blocks on the database's watcher (db.notify) and, when the meeting's journal may have
grown, posts one queued signal — the door back to the GUI thread — on which the controller
reads the new entries and announces them like its own."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal

from db.notify import JournalWatcher
from ui.controller import MeetingController

WAIT_S = 0.25
"""How long one wait blocks: also how soon the thread notices it should stop."""


class StationWatcher(QObject):
    _journal_grew = Signal()

    def __init__(
        self, controller: MeetingController, watcher: JournalWatcher, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._watcher = watcher
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="klubban-station", daemon=True)
        self._journal_grew.connect(controller.refresh, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                if self._watcher.wait(WAIT_S):
                    self._journal_grew.emit()
        finally:
            self._watcher.close()
