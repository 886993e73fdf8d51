"""Shared test set-up: Qt runs offscreen in the test process (end-to-end tests start their own
X server and run the app in a child process)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Keep the user's real settings, keyring and data out of every test.
os.environ.setdefault("KLUBBAN_TESTING", "1")

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLE_SCENARIO = FIXTURES / "exempelby-kfn-2026-03-16.json"


@pytest.fixture
def example_scenario_path() -> Path:
    return EXAMPLE_SCENARIO


@pytest.fixture
def example_scenario_text() -> str:
    return EXAMPLE_SCENARIO.read_text(encoding="utf-8")
