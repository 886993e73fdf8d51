"""Real libvlc decoding real ffmpeg streams on loopback: every fault the simulator can inject is
seen by the player's health monitor, and restoration is seen too. Waits on signals, never on
fixed sleeps; the deadlines only bound a hang."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from app.feeds.states import FeedCondition
from ui.video.player import FeedPlayer
from ui.video.simulator import Fault, FeedSimulator

pytestmark = pytest.mark.media

DEADLINE_MS = 15_000


@pytest.fixture
def player(qtbot, simulator: FeedSimulator):
    feed = FeedPlayer(simulator.mrl("m07"))
    seen: list[FeedCondition] = []
    feed.health_changed.connect(seen.append)
    feed.seen = seen
    with qtbot.waitSignal(feed.frame_ready, timeout=DEADLINE_MS) as frame:
        feed.start()
    assert isinstance(frame.args[0], QImage)
    assert not frame.args[0].isNull()
    yield feed
    feed.stop()


def wait_for(qtbot, player: FeedPlayer, condition: FeedCondition) -> None:
    qtbot.waitUntil(lambda: player.condition is condition, timeout=DEADLINE_MS)


def test_a_live_feed_shows_pictures_and_stays_live(qtbot, player: FeedPlayer) -> None:
    frames = []
    player.frame_ready.connect(frames.append)
    qtbot.waitUntil(lambda: len(frames) >= 25, timeout=DEADLINE_MS)
    assert player.condition is FeedCondition.LIVE
    assert player.seen == []


@pytest.mark.parametrize(
    ("fault", "condition"),
    [(Fault.KILL, FeedCondition.LOST), (Fault.FREEZE, FeedCondition.FROZEN),
     (Fault.BLACK, FeedCondition.BLACK)],
)  # fmt: skip
def test_each_fault_is_detected_and_restoration_is_seen(
    qtbot, player: FeedPlayer, simulator: FeedSimulator, fault: Fault, condition: FeedCondition
) -> None:
    qtbot.waitUntil(
        lambda: player._monitor.health.picture_changed_at_ms is not None, timeout=DEADLINE_MS
    )
    simulator.inject("m07", fault)
    wait_for(qtbot, player, condition)
    simulator.inject("m07", Fault.RESTORE)
    wait_for(qtbot, player, FeedCondition.LIVE)
    assert player.seen[-1] is FeedCondition.LIVE


def test_silence_is_flagged_only_while_the_member_has_the_floor(
    qtbot, player: FeedPlayer, simulator: FeedSimulator
) -> None:
    simulator.inject("m07", Fault.SILENCE)
    player.set_has_floor(True)
    wait_for(qtbot, player, FeedCondition.SILENT)
    player.set_has_floor(False)
    wait_for(qtbot, player, FeedCondition.LIVE)


def test_sender_pauses_of_500_ms_raise_no_alarm(
    qtbot, player: FeedPlayer, simulator: FeedSimulator
) -> None:
    for _ in range(6):
        simulator.inject("m07", Fault.JITTER, jitter_ms=500)
        qtbot.wait(1000)  # the stream runs on between pauses; we watch for alarms meanwhile
    assert all(not c.blocks_participation for c in player.seen)


@pytest.mark.parametrize("mrl", ["udp://@127.0.0.1:9", "tcp://127.0.0.1:9", "http://127.0.0.1:9/x"])
def test_an_unreachable_source_ends_lost_without_blocking(qtbot, mrl: str) -> None:
    player = FeedPlayer(mrl)
    player.start()
    wait_for(qtbot, player, FeedCondition.LOST)
    player.stop()
    assert not player.running


def test_a_garbage_source_is_refused_before_libvlc_sees_it() -> None:
    with pytest.raises(ValueError, match="saknar protokoll"):
        FeedPlayer("inte-en-adress")


def test_a_player_deleted_right_after_stop_lets_libvlc_finish_quietly(
    qtbot, simulator: FeedSimulator
) -> None:
    player = FeedPlayer(simulator.mrl("m07"))
    frames: list[QImage] = []
    player.frame_ready.connect(frames.append)
    player.start()
    qtbot.waitUntil(lambda: len(frames) >= 5, timeout=DEADLINE_MS)
    player.stop()
    player.deleteLater()
    # libvlc's threads may still deliver a frame to the deleted player; the unraisable-
    # exception hook (warnings are errors) fails this test if that breaks anything.
    qtbot.wait(500)
    assert not player.running


def test_the_sound_is_decoded_only_while_the_member_has_the_floor(
    qtbot, player: FeedPlayer
) -> None:
    def track() -> int:
        # libvlc's own view (read on the test's thread; the player reads it on its worker).
        return player._player.audio_get_track()

    qtbot.waitUntil(lambda: track() == -1, timeout=DEADLINE_MS)
    player.set_has_floor(True)
    assert player.decodes_audio
    qtbot.waitUntil(lambda: track() != -1, timeout=DEADLINE_MS)
    qtbot.wait(4000)  # longer than the silence threshold: the member sounds, so no alarm
    assert player.condition is FeedCondition.LIVE
    player.set_has_floor(False)
    qtbot.waitUntil(lambda: track() == -1, timeout=DEADLINE_MS)
