"""wait_until runs the event loop: what is queued meanwhile happens, and the deadline holds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer

from ui.waiting import wait_until

pytestmark = pytest.mark.ui


def test_it_returns_once_the_event_loop_made_the_predicate_true(qtbot) -> None:
    done: list[bool] = []
    QTimer.singleShot(50, lambda: done.append(True))
    assert wait_until(lambda: bool(done), timeout_ms=10_000)


def test_it_gives_up_at_the_deadline(qtbot) -> None:
    assert not wait_until(lambda: False, timeout_ms=50)
