"""The simulator's command line (`klubban simulate` reads these on stdin)."""

from __future__ import annotations

import pytest

from ui.video.simulator import JITTER_MS, Fault, FeedSimulator, parse_command

pytestmark = pytest.mark.unit


@pytest.fixture
def simulator() -> FeedSimulator:
    return FeedSimulator([("f1", "Anna Berg"), ("f2", "Bo Ek")])


def test_a_fault_names_the_feed(simulator: FeedSimulator) -> None:
    assert parse_command(["f2", "kill"], simulator) == ("f2", Fault.KILL, JITTER_MS)


def test_a_jitter_may_say_how_long(simulator: FeedSimulator) -> None:
    assert parse_command(["f1", "jitter", "500"], simulator) == ("f1", Fault.JITTER, 500)


@pytest.mark.parametrize(
    "words",
    [["f3", "kill"], ["f1", "explode"], ["f1"], ["f1", "kill", "500"], ["f1", "jitter", "-5"],
     ["f1", "jitter", "lång"], ["f1", "jitter", "0"], ["f1", "jitter", "500", "x"]],
)  # fmt: skip
def test_anything_else_is_no_command(simulator: FeedSimulator, words: list[str]) -> None:
    assert parse_command(words, simulator) is None
