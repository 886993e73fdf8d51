"""Real streams for the media tier: the feed simulator's ffmpeg senders on loopback, decoded by
real libvlc. Clips are encoded once per test session at tile size, so the tier stays fast."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ui.video.simulator import FeedSimulator, free_udp_base

SIZE = (320, 180)


@pytest.fixture(scope="session")
def clip_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("clips")


@pytest.fixture
def simulator(request: pytest.FixtureRequest, clip_cache: Path) -> Iterator[FeedSimulator]:
    feeds = getattr(request, "param", [("m07", "Greta Ols (V)")])
    sim = FeedSimulator(feeds, base_port=free_udp_base(len(feeds)), size=SIZE, cache=clip_cache)
    sim.start()
    yield sim
    sim.stop()
