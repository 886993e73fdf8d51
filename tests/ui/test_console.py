"""A station's consoles around a real controller: the chair's grid gets a tile per feed, the
players learn who has the floor (silence counts only then), and the speaker button of a tile
plays that feed's sound and mutes the rest. The players are real but never started."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from app.meeting import commands as cmd
from db.settings import load_settings
from tests.ui.conftest import ControllerAt
from ui.chair.window import GRID_SHARE
from ui.console import Console
from ui.controller import MeetingController
from ui.video import player as player_module
from ui.video.grid import picture_size
from ui.video.player import released

pytestmark = pytest.mark.ui

AT_A3 = 9
"""The example meeting up to § 14 taken up (as in the chair window's tests)."""
SOURCES = {"m07": "udp://@127.0.0.1:9", "m03": "udp://@127.0.0.1:11"}


@pytest.fixture
def controller(controller_at: ControllerAt) -> MeetingController:
    return controller_at(AT_A3)


@pytest.fixture
def console(qtbot, controller: MeetingController, tmp_path: Path) -> Console:
    console = Console(
        controller, settings=load_settings(tmp_path / "settings.toml"), which="chair",
        sources=SOURCES,
    )  # fmt: skip
    yield console
    for window in console.windows.values():
        window.close()


def test_every_feed_has_a_tile_named_for_its_member(console: Console) -> None:
    assert console.grid is not None
    assert console.grid.feeds == ("m07", "m03")
    assert console.grid.tile("m07").label == "Greta Ols (V)"
    assert set(console.players) == set(SOURCES)


def test_the_players_know_who_has_the_floor(
    console: Console, controller: MeetingController
) -> None:
    controller.submit(cmd.GiveFloor("m07"))
    assert [console.players[f].has_floor for f in ("m07", "m03")] == [True, False]
    controller.submit(cmd.GiveFloor("m03"))
    assert [console.players[f].has_floor for f in ("m07", "m03")] == [False, True]
    controller.submit(cmd.EndFloor())
    assert not any(player.has_floor for player in console.players.values())


def test_the_chair_hears_the_one_feed_chosen_on_the_grid(console: Console) -> None:
    assert console.grid is not None
    assert not any(player.listening for player in console.players.values())
    console.grid.listen("m03")
    assert [console.players[f].listening for f in ("m07", "m03")] == [False, True]
    console.grid.listen(None)
    assert not any(player.listening for player in console.players.values())


def test_the_pictures_are_sized_for_the_grid_when_the_players_start(
    qtbot, console: Console
) -> None:
    width = QGuiApplication.primaryScreen().availableGeometry().width()
    grid, side = GRID_SHARE
    expected = picture_size(len(SOURCES), width * grid // (grid + side))
    console.show()
    try:
        assert all(player.running for player in console.players.values())
        assert {player.size for player in console.players.values()} == {expected}
        with pytest.raises(RuntimeError, match="keeps its video output"):
            console.players["m07"].set_size((640, 360))
    finally:
        console.stop()
        qtbot.waitUntil(released().done, timeout=15_000)


def test_the_setting_keeps_the_pictures_painted_where_libvlc_could_embed_them(
    qtbot, controller: MeetingController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.console.embeds_video", lambda: True)  # offscreen it cannot
    settings = load_settings(tmp_path / "settings.toml").with_value("feeds.native_video", False)
    console = Console(controller, settings=settings, which="chair", sources=SOURCES)
    console.show()
    try:
        assert all(player.running for player in console.players.values())
        assert all(player.window is None for player in console.players.values())
        assert console.grid.tile("m07").video_surface is None
    finally:
        console.stop()
        qtbot.waitUntil(released().done, timeout=15_000)


def test_closing_waits_until_libvlc_has_let_the_players_go(qtbot, console: Console) -> None:
    # libvlc draws into the tiles' native windows until then: they must outlive the players.
    console.show()
    qtbot.waitUntil(released().done, timeout=15_000)  # the players are open in libvlc
    assert not any(player.is_released for player in console.players.values())
    # Hold the player worker for a moment, as a stream slow to stop would; the event loop
    # runs meanwhile and lets it go.
    gate = threading.Event()
    player_module._worker.submit(gate.wait, 10)
    QTimer.singleShot(200, gate.set)
    console.stop()
    assert all(player.is_released for player in console.players.values())
    assert not any(window.isVisible() for window in console.windows.values())
