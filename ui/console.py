"""One station's windows around one controller: which windows, on which screens, with which
feeds. The windows update from the controller's signals only, never from each other."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QByteArray, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from app.feeds.health import HealthThresholds
from app.meeting.interruption import InterruptionRoutine
from app.meeting.state import MeetingState
from db.settings import Settings
from ui.chair.window import GRID_SHARE, ChairWindow
from ui.controller import MeetingController
from ui.room.window import RoomWindow
from ui.secretary.window import SecretaryWindow
from ui.video.evidence import FeedEvidenceController
from ui.video.grid import FeedGridPanel, picture_size
from ui.video.player import FeedPlayer, embeds_video, released
from ui.waiting import wait_until

WINDOWS = ("chair", "secretary", "room")
_DEFAULT = ("chair", "secretary")
"""Without --window a station opens the chair's and the secretary's consoles; the room display
is for a third screen and opens by itself only when there is one."""
RELEASE_WAIT_MS = 5000
"""How long closing waits for libvlc to let the players go (a stop usually takes a few ms)."""


def thresholds(settings: Settings) -> HealthThresholds:
    return HealthThresholds(
        loss_ms=int(float(settings["feeds.loss_s"]) * 1000),
        frozen_ms=int(float(settings["feeds.frozen_s"]) * 1000),
        black_ms=int(float(settings["feeds.black_s"]) * 1000),
        silence_ms=int(float(settings["feeds.silence_s"]) * 1000),
        first_picture_ms=int(float(settings["feeds.first_picture_s"]) * 1000),
    )


def routine(settings: Settings) -> InterruptionRoutine:
    """The body's routine for technical interruptions, as the settings have it."""
    return InterruptionRoutine(
        adjourn_after_s=float(settings["interruption.adjourn_after_s"]),
        count_absent_after_s=float(settings["interruption.count_absent_after_s"]),
        support_name=settings["interruption.support_name"] or None,
        support_phone=settings["interruption.support_phone"] or None,
    )


class Console(QObject):
    def __init__(
        self,
        controller: MeetingController,
        *,
        settings: Settings,
        which: str | None = None,
        sources: Mapping[str, str] | None = None,
        screenshots: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._settings = settings
        self._players: dict[str, FeedPlayer] = {}
        names = (which,) if which else self._default_windows(screenshots)
        self.grid: FeedGridPanel | None = None
        if "chair" in names:
            self.grid = FeedGridPanel()
            self._evidence = FeedEvidenceController(controller, self)
            for feed, mrl in (sources or {}).items():
                self.add_feed(feed, mrl)
        factories = {
            "chair": lambda: ChairWindow(controller, grid=self.grid, routine=routine(settings)),
            "secretary": lambda: SecretaryWindow(
                controller, templates=settings["phrases.folder"] or None
            ),
            "room": lambda: RoomWindow(controller),
        }
        self.windows: dict[str, QMainWindow] = {name: factories[name]() for name in names}
        if self.grid is not None:
            self.grid.listening_changed.connect(self._on_grid_listening_changed)
            controller.state_changed.connect(self._on_controller_state_changed)

    @staticmethod
    def _default_windows(every: bool) -> tuple[str, ...]:
        if every or len(QGuiApplication.screens()) >= len(WINDOWS):
            return WINDOWS
        return _DEFAULT

    def add_feed(self, feed: str, mrl: str) -> FeedPlayer:
        """Show `feed` (a member id, or "room") in the grid and journal its health."""
        player = FeedPlayer(mrl, thresholds=thresholds(self._settings), parent=self)
        self._players[feed] = player
        assert self.grid is not None, "feeds are shown in the chair window only"
        label = "Sammanträdeslokalen" if feed == "room" else self._controller.state.label(feed)
        self.grid.add_tile(feed, label)
        self.grid.attach(feed, player)
        self._evidence.watch(feed, player)
        return player

    @property
    def players(self) -> Mapping[str, FeedPlayer]:
        return dict(self._players)

    def _on_grid_listening_changed(self, feed: str | None) -> None:
        for name, player in self._players.items():
            player.set_listening(name == feed)

    def _on_controller_state_changed(self, state: MeetingState) -> None:
        # Silence is a fault only while the member has the floor (a muted microphone is
        # normal otherwise): the players must know who has it.
        current = state.speakers.current
        speaker = current[0] if current else None
        for feed, player in self._players.items():
            player.set_has_floor(feed == speaker)

    def show(self) -> None:
        """Each window on its own screen where there are enough, at its remembered place."""
        screens = QGuiApplication.screens()
        saved = self._settings.free.get("window", {})
        for index, (name, window) in enumerate(self.windows.items()):
            geometry = saved.get(f"{name}_geometry")
            if not (geometry and window.restoreGeometry(QByteArray.fromBase64(geometry.encode()))):
                screen = screens[min(index, len(screens) - 1)]
                window.setGeometry(screen.availableGeometry().adjusted(40, 40, -40, -40))
            window.show()
        # libvlc shows the pictures in the tiles' native windows where it can (scaled by the
        # machine's video output, sharp at any tile size); else Klubban paints them.
        native = self._settings["feeds.native_video"] and embeds_video()
        size = None if native else self._picture_size()
        for feed, player in self._players.items():
            if size is None:
                assert self.grid is not None
                player.set_window(self.grid.tile(feed).video_window())
            else:
                player.set_size(size)
            player.start()

    def _picture_size(self) -> tuple[int, int]:
        """From the chair's screen (where its window opens) and the number of feeds: the
        grid's layout is only settled once the window has been shown and laid out."""
        screens = QGuiApplication.screens()
        width = screens[0].availableGeometry().width() if screens else 1280
        grid_share, side_share = GRID_SHARE
        return picture_size(len(self._players), width * grid_share // (grid_share + side_share))

    def settings(self) -> Settings:
        """The settings with each window's place remembered."""
        settings = self._settings
        for name, window in self.windows.items():
            geometry = bytes(window.saveGeometry().toBase64()).decode()
            settings = settings.with_free("window", f"{name}_geometry", geometry)
        return settings

    def stop(self) -> None:
        """Stop the players and close the windows. libvlc draws into the tiles' native
        windows until its players are released, so the windows wait for that (the event loop
        runs meanwhile; a stop stuck on a dead stream is not waited for beyond a bound)."""
        for player in self._players.values():
            player.stop()
        wait_until(released().done, timeout_ms=RELEASE_WAIT_MS)
        for window in self.windows.values():
            window.close()
