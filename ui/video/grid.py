"""The feed grid: 1–25 tiles laid out automatically (columns = ceil(sqrt(n))), tap a tile to
enlarge it and tap again to return, tap its speaker button to hear that one feed, the speaker
and the member called in a namnupprop highlighted. Players are attached by their signals only,
so the grid runs on plain images."""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QGridLayout, QWidget

from app.feeds.states import FeedCondition
from ui.video.tile import FeedTile

MAX_TILES = 25


PICTURE_SIZES = ((640, 360), (480, 270), (320, 180))
"""The sizes libvlc renders the pictures at, largest first: 640 × 360 is what the simulator and
a typical meeting camera send."""


def columns_for(count: int) -> int:
    return max(1, math.ceil(math.sqrt(count)))


def picture_size(count: int, width: int) -> tuple[int, int]:
    """The size for the pictures of `count` tiles in a grid `width` pixels wide: the largest
    no wider than a tile. A few remote members are then shown sharp, not blown up from a
    thumbnail, and many stay cheap: each picture is scaled once by libvlc, and painted by Qt
    at most a little larger."""
    tile = width // columns_for(count)
    return next((size for size in PICTURE_SIZES if size[0] <= tile), PICTURE_SIZES[-1])


class FeedGridPanel(QWidget):
    enlarged_changed = Signal(object)
    """The feed id now shown alone, or None when the whole grid is back."""
    listening_changed = Signal(object)
    """The feed whose sound the chair now hears through Klubban, or None (all muted)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tiles: dict[str, FeedTile] = {}
        self._enlarged: str | None = None
        self._listening: str | None = None
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self.setAccessibleName(self.tr("Bild från deltagare på distans"))

    @property
    def feeds(self) -> tuple[str, ...]:
        return tuple(self._tiles)

    @property
    def enlarged(self) -> str | None:
        return self._enlarged

    @property
    def listening(self) -> str | None:
        return self._listening

    def tile(self, feed: str) -> FeedTile:
        return self._tiles[feed]

    def add_tile(self, feed: str, label: str) -> FeedTile:
        if feed in self._tiles:
            return self._tiles[feed]
        if len(self._tiles) >= MAX_TILES:
            raise ValueError(f"at most {MAX_TILES} feeds fit the grid")
        tile = FeedTile(feed, label, self)
        tile.tapped.connect(self._on_tile_tapped)
        tile.listen_tapped.connect(self._on_tile_listen_tapped)
        self._tiles[feed] = tile
        self._relayout()
        return tile

    def remove_tile(self, feed: str) -> None:
        if self._listening == feed:
            self.listen(None)
        tile = self._tiles.pop(feed)
        if self._enlarged == feed:
            self._enlarged = None
            self.enlarged_changed.emit(None)
        tile.deleteLater()
        self._relayout()

    def attach(self, feed: str, player: QObject) -> None:
        """Show `player`'s frames and health on `feed`'s tile (its frame_ready(QImage) and
        health_changed(FeedCondition) signals, queued to the GUI thread by the player)."""
        tile = self._tiles[feed]
        player.frame_ready.connect(tile.show_frame)
        player.health_changed.connect(tile.set_condition)

    def show_frame(self, feed: str, image: QImage) -> None:
        self._tiles[feed].show_frame(image)

    def set_condition(self, feed: str, condition: FeedCondition) -> None:
        if feed in self._tiles:
            self._tiles[feed].set_condition(condition)

    def set_speaker(self, member: str | None) -> None:
        for feed, tile in self._tiles.items():
            tile.set_speaking(feed == member)

    def highlight(self, member: str | None) -> None:
        """Mark (and enlarge) the member called in a namnupprop; None returns the grid."""
        for feed, tile in self._tiles.items():
            tile.set_highlighted(feed == member)
        self.enlarge(member if member in self._tiles else None)

    def enlarge(self, feed: str | None) -> None:
        if feed == self._enlarged:
            return
        self._enlarged = feed
        self._relayout()
        self.enlarged_changed.emit(feed)

    def listen(self, feed: str | None) -> None:
        """Play `feed`'s sound (one at a time; None mutes them all, the default)."""
        if feed == self._listening:
            return
        self._listening = feed
        for name, tile in self._tiles.items():
            tile.set_listening(name == feed)
        self.listening_changed.emit(feed)

    def _on_tile_listen_tapped(self, feed: str) -> None:
        self.listen(None if self._listening == feed else feed)

    def _on_tile_tapped(self, feed: str) -> None:
        self.enlarge(None if self._enlarged == feed else feed)

    def _relayout(self) -> None:
        while self._layout.count():
            self._layout.takeAt(0)
        if self._enlarged is not None:
            for feed, tile in self._tiles.items():
                tile.setVisible(feed == self._enlarged)
            self._layout.addWidget(self._tiles[self._enlarged], 0, 0)
            return
        columns = columns_for(len(self._tiles))
        for index, tile in enumerate(self._tiles.values()):
            tile.setVisible(True)
            self._layout.addWidget(tile, index // columns, index % columns)
