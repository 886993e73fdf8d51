"""Waiting on the GUI thread without blocking it: the event loop runs until something holds."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer

WAIT_MS = 20_000


def wait_until(predicate: Callable[[], bool], timeout_ms: int = WAIT_MS) -> bool:
    """Run the event loop until `predicate` holds (checked as events arrive), or the deadline."""
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(20)
    check.timeout.connect(lambda: predicate() and loop.quit())
    QTimer.singleShot(timeout_ms, loop.quit)
    check.start()
    if not predicate():
        loop.exec()
    check.stop()
    return predicate()
