"""Waiting on the GUI thread without blocking it: the event loop runs until something holds."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer

WAIT_MS = 20_000


def wait_until(predicate: Callable[[], bool], timeout_ms: int = WAIT_MS) -> bool:
    """Run the event loop until `predicate` holds (checked every 20 ms), or the deadline."""
    if predicate():
        return True
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(20)
    check.timeout.connect(lambda: predicate() and loop.quit())
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    check.start()
    deadline.start(timeout_ms)
    loop.exec()
    check.stop()
    deadline.stop()  # else it could end a later wait early
    return predicate()
