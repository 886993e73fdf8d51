"""The window tests' meeting: the example played to a chosen step on a real SQLite journal."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support.controller import controller_on
from ui.controller import MeetingController

ControllerAt = Callable[[int], MeetingController]


@pytest.fixture
def controller_at(tmp_path: Path) -> ControllerAt:
    return lambda upto: controller_on(tmp_path / "kfn.db", upto)
