"""The feed grid with real tiles, plain images and conditions: layout, tap to enlarge, health
colours and flashing, speaker and namnupprop highlight, and players attached by signal."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest

from app.feeds.states import FeedCondition
from ui.video.grid import FeedGridPanel, columns_for, picture_size

# The offscreen platform cannot pass size hints to a window manager; it says so when a shown
# top-level window gets a minimum size. Nothing is wrong with the widget.
pytestmark = pytest.mark.ui


class StubPlayer(QObject):
    """What the grid needs of a player: its two signals."""

    frame_ready = Signal(QImage)
    health_changed = Signal(object)


def grid_with(qtbot, count: int) -> FeedGridPanel:
    grid = FeedGridPanel()
    qtbot.addWidget(grid)
    for n in range(count):
        grid.add_tile(f"m{n:02}", f"Ledamot {n} (S)")
    grid.resize(900, 600)
    grid.show()
    qtbot.waitExposed(grid)
    return grid


@pytest.mark.parametrize(("count", "columns"), [(1, 1), (2, 2), (4, 2), (5, 3), (9, 3), (25, 5)])
def test_columns_follow_the_square_root(count: int, columns: int) -> None:
    assert columns_for(count) == columns


def test_tiles_are_laid_out_in_rows_and_a_26th_is_refused(qtbot) -> None:
    grid = grid_with(qtbot, 25)
    layout = grid.layout()
    rows = {layout.getItemPosition(layout.indexOf(grid.tile(f)))[0] for f in grid.feeds}
    assert rows == {0, 1, 2, 3, 4}
    with pytest.raises(ValueError, match="25"):
        grid.add_tile("x", "X")


def test_tapping_a_tile_enlarges_it_and_tapping_again_returns(qtbot) -> None:
    grid = grid_with(qtbot, 4)
    tile = grid.tile("m02")
    with qtbot.waitSignal(grid.enlarged_changed) as blocker:
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert blocker.args == ["m02"]
    assert not grid.tile("m00").isVisible()
    qtbot.waitUntil(lambda: tile.width() > 800)
    with qtbot.waitSignal(grid.enlarged_changed) as blocker:
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert blocker.args == [None]
    assert all(grid.tile(f).isVisible() for f in grid.feeds)


def test_a_lost_feed_flashes_and_is_named_for_screen_readers(qtbot) -> None:
    grid = grid_with(qtbot, 2)
    tile = grid.tile("m01")
    grid.set_condition("m01", FeedCondition.LOST)
    assert tile.flashing
    assert tile.accessibleName() == "Ledamot 1 (S): förbindelse bruten"
    grid.set_condition("m01", FeedCondition.SILENT)
    assert not tile.flashing
    grid.set_condition("m01", FeedCondition.LIVE)
    assert tile.accessibleName() == "Ledamot 1 (S): direktsänd"


def test_speaker_and_namnupprop_highlight(qtbot) -> None:
    grid = grid_with(qtbot, 3)
    grid.set_speaker("m01")
    assert [grid.tile(f).speaking for f in grid.feeds] == [False, True, False]
    grid.highlight("m02")
    assert grid.tile("m02").highlighted
    assert grid.enlarged == "m02"
    grid.highlight(None)
    assert grid.enlarged is None
    assert not grid.tile("m02").highlighted


def test_an_attached_player_feeds_frames_and_health(qtbot) -> None:
    grid = grid_with(qtbot, 2)
    player = StubPlayer()
    grid.attach("m00", player)
    image = QImage(64, 36, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366cc"))
    player.frame_ready.emit(image)
    player.health_changed.emit(FeedCondition.FROZEN)
    tile = grid.tile("m00")
    assert tile.frame.cacheKey() == image.cacheKey()
    assert tile.condition is FeedCondition.FROZEN
    assert tile.flashing
    picture = tile.grab().toImage()
    centre = picture.pixelColor(picture.width() // 2, picture.height() // 3)
    assert centre == QColor("#3366cc")


def test_a_finger_tap_enlarges_a_tile(qtbot) -> None:
    grid = grid_with(qtbot, 4)
    tile = grid.tile("m01")
    screen = QTest.createTouchDevice()
    with qtbot.waitSignal(grid.enlarged_changed) as blocker:
        QTest.touchEvent(tile, screen).press(0, tile.rect().center(), tile).commit()
        QTest.touchEvent(tile, screen).release(0, tile.rect().center(), tile).commit()
    assert blocker.args == ["m01"]


def test_the_speaker_button_plays_one_feed_at_a_time_and_does_not_enlarge(qtbot) -> None:
    grid = grid_with(qtbot, 3)
    first, second = grid.tile("m00"), grid.tile("m02")
    with (
        qtbot.assertNotEmitted(grid.enlarged_changed),
        qtbot.waitSignal(grid.listening_changed) as blocker,
    ):
        qtbot.mouseClick(first, Qt.MouseButton.LeftButton, pos=first.listen_button().center())
    assert blocker.args == ["m00"]
    assert first.listening
    assert first.accessibleName() == "Ledamot 0 (S): direktsänd, ljudet spelas upp"
    with qtbot.waitSignal(grid.listening_changed) as blocker:
        qtbot.mouseClick(second, Qt.MouseButton.LeftButton, pos=second.listen_button().center())
    assert blocker.args == ["m02"]
    assert [grid.tile(f).listening for f in grid.feeds] == [False, False, True]
    with qtbot.waitSignal(grid.listening_changed) as blocker:
        qtbot.mouseClick(second, Qt.MouseButton.LeftButton, pos=second.listen_button().center())
    assert blocker.args == [None]
    assert not any(grid.tile(f).listening for f in grid.feeds)


def test_removing_the_feed_being_heard_mutes(qtbot) -> None:
    grid = grid_with(qtbot, 2)
    grid.listen("m01")
    with qtbot.waitSignal(grid.listening_changed) as blocker:
        grid.remove_tile("m01")
    assert blocker.args == [None]


@pytest.mark.parametrize(
    ("count", "width", "size"),
    [(1, 1100, (640, 360)), (2, 1100, (480, 270)), (4, 1100, (480, 270)), (9, 1100, (320, 180)),
     (16, 1100, (320, 180)), (2, 600, (320, 180)), (25, 300, (320, 180))],
)  # fmt: skip
def test_few_feeds_are_rendered_larger_than_many(
    count: int, width: int, size: tuple[int, int]
) -> None:
    assert picture_size(count, width) == size
