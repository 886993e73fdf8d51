"""Real streams for the media tier: the feed simulator's ffmpeg senders on loopback, decoded by
real libvlc. Clips are encoded once per test session at tile size, so the tier stays fast."""

from __future__ import annotations

import itertools
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from ui.video.simulator import FeedSimulator

SIZE = (320, 180)


_NEXT_BASE = itertools.count(20000 + 200 * (os.getpid() % 100), 20)


def free_udp_base(count: int) -> int:
    """A base port with `count` × 2 free UDP ports above it, never one an earlier test used:
    a released player may still hold its socket for a moment."""
    for base in _NEXT_BASE:
        sockets = []
        try:
            for port in range(base, base + 2 * count):
                s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                sockets.append(s)
                s.bind(("127.0.0.1", port))
            return base
        except OSError:
            continue
        finally:
            for s in sockets:
                s.close()
    raise RuntimeError("no free UDP ports")


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
