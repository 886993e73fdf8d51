"""Shared test set-up: Qt runs offscreen in the test process (end-to-end tests start their own
X server and run the app in a child process)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.postgres import PostgresServer, postgres_server
from ui.video.simulator import FeedSimulator, free_udp_base

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


# The media tier's real streams (used by the media tests and the feed windows' tests): the
# feed simulator's ffmpeg senders on loopback, clips encoded once per session at tile size.
CLIP_SIZE = (320, 180)


@pytest.fixture(scope="session")
def clip_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("clips")


@pytest.fixture
def simulator(request: pytest.FixtureRequest, clip_cache: Path) -> Iterator[FeedSimulator]:
    feeds = getattr(request, "param", [("m07", "Greta Ols (V)")])
    sim = FeedSimulator(
        feeds, base_port=free_udp_base(len(feeds)), size=CLIP_SIZE, cache=clip_cache
    )
    sim.start()
    yield sim
    sim.stop()


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """One real PostgreSQL server for the session (started only if a test asks for it)."""
    with postgres_server() as server:
        yield server


@pytest.fixture
def postgres_url(postgres: PostgresServer) -> str:
    """A fresh database of its own on the session's server."""
    return postgres.create_database()
