"""One tile painted for real (offscreen): the picture fills the inside, the caption names the
member, and the badge follows the feed's condition (the caption is drawn once and kept, so a
change must show at once)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage

from app.feeds.states import FeedCondition
from ui.style import ALARM, LEVEL_COLOURS, PANEL, SPEAKER
from ui.video.tile import _BORDER, FeedTile

pytestmark = pytest.mark.ui

PICTURE = QColor("#3070a0")
BADGE = (_BORDER + 14, _BORDER + 14)
"""Inside the badge's top left corner (it sits 8 px into the picture)."""
MIDDLE = (166, 60)


@pytest.fixture
def tile(qtbot) -> FeedTile:
    tile = FeedTile("m01", "Anna Berg (S)")
    qtbot.addWidget(tile)
    tile.resize(320 + 2 * _BORDER, 180 + 2 * _BORDER)
    tile.show()
    qtbot.waitExposed(tile)
    return tile


def colour(tile: FeedTile, x: int, y: int) -> str:
    return tile.grab().toImage().pixelColor(x, y).name()


def picture() -> QImage:
    image = QImage(320, 180, QImage.Format.Format_RGB32)
    image.fill(PICTURE)
    return image


def test_without_a_picture_the_inside_is_the_panel(tile: FeedTile) -> None:
    assert colour(tile, *MIDDLE) == PANEL


def test_the_picture_fills_the_inside(tile: FeedTile) -> None:
    tile.show_frame(picture())
    assert colour(tile, *MIDDLE) == PICTURE.name()


def test_the_badge_comes_and_goes_with_the_condition(tile: FeedTile) -> None:
    tile.show_frame(picture())
    assert colour(tile, *BADGE) == PICTURE.name()
    tile.set_condition(FeedCondition.FROZEN)
    assert colour(tile, *BADGE) == QColor(LEVEL_COLOURS[FeedCondition.FROZEN.level]).name()
    tile.set_condition(FeedCondition.LOST)
    assert colour(tile, *BADGE) == QColor(LEVEL_COLOURS[FeedCondition.LOST.level]).name()
    tile.set_condition(FeedCondition.LIVE)
    assert colour(tile, *BADGE) == PICTURE.name()


def test_the_caption_strip_darkens_the_bottom_of_the_picture(tile: FeedTile) -> None:
    tile.show_frame(picture())
    bottom = QColor(colour(tile, 300, 180 + _BORDER - 3))
    assert bottom.lightness() < PICTURE.lightness() // 2


def test_the_speaker_button_turns_yellow_while_its_sound_plays(tile: FeedTile) -> None:
    tile.show_frame(picture())
    button = tile.listen_button()
    corner = (button.x() + 9, button.y() + 9)  # inside the button's ground, clear of the glyph
    muted = QColor(colour(tile, *corner))
    assert muted.lightness() < PICTURE.lightness()  # a dark ground over the picture
    tile.set_listening(True)
    assert colour(tile, *corner) == QColor(SPEAKER).name()
    tile.set_listening(False)
    assert QColor(colour(tile, *corner)) == muted


def test_a_lost_feeds_border_flashes_and_its_badge_stays(qtbot, tile: FeedTile) -> None:
    tile.show_frame(picture())
    tile.set_condition(FeedCondition.LOST)
    badge = QColor(LEVEL_COLOURS[FeedCondition.LOST.level]).name()
    assert colour(tile, 2, 60) == QColor(ALARM).name()
    qtbot.waitUntil(lambda: colour(tile, 2, 60) == PANEL, timeout=2000)
    assert colour(tile, *BADGE) == badge
    qtbot.waitUntil(lambda: colour(tile, 2, 60) == QColor(ALARM).name(), timeout=2000)
