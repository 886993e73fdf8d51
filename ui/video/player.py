"""FeedPlayer: one remote feed decoded by libvlc, measured for the health monitor, and shown.

libvlc calls back on its own threads. It renders every picture straight into a new QImage
(handed out by the lock callback); the display callback keeps the latest under a lock and, if
none is pending, posts one queued signal: the one door back to the GUI thread. The health of
the feed is sampled on the GUI thread every 50 ms from `media.get_stats()` (the input's byte
counter: see app.feeds.health for why) and the audio peak, every 100 ms from the latest
picture's fingerprint. Everything that can block — stopping a dead stream, restarting one —
runs on one shared worker thread, never on the GUI thread.

On a real screen (X11, Windows) libvlc can also show the picture itself, in a native window of
the tile (`set_window`): scaled by its own video output, on the graphics card where there is
one. The health monitor still needs the picture's pixels, so libvlc's clone splitter then sends
each picture to two outputs — the window, and the video callbacks at the sample grid's 32 × 18,
which is exactly what the monitor samples.
"""

from __future__ import annotations

import contextlib
import ctypes
import itertools
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

import vlc
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QImage

from app.feeds.health import FeedMonitor, FeedSample, HealthThresholds
from app.feeds.sources import validate_mrl
from app.feeds.states import FeedCondition
from ui.video.sampling import GRID_H, GRID_W, is_dark, motion, sample

TILE_SIZE = (320, 180)
POLL_MS = 50
"""The input's byte counter is read this often: libvlc updates it only every 300–350 ms, and
each poll's delay in seeing the last update adds to the loss alarm's (benchmarks.feeds)."""
PICTURE_EVERY = 2
"""The picture is sampled at every second poll (100 ms): its motion threshold is a change per
100 ms, and a sample costs more than reading the counter."""
NETWORK_CACHING_MS = 300
_BACKOFF_S = (1, 2, 5, 10)
_INSTANCE_ARGS = [
    "--no-xlib",
    "--quiet",
    "--no-video-title-show",
    "--avcodec-hw=none",
    "--avcodec-threads=1",
    # libvlc's prefetch stream filter keeps up to 16 MiB of every network stream it has read
    # (for seeking back, which a live feed never does): 9 feeds grew the process by ~150 MB
    # in the first minutes (benchmarks.memory). A small read-ahead is all a live feed needs.
    "--prefetch-buffer-size=1024",  # KiB
    "--prefetch-read-size=65536",  # bytes
]
_NATIVE_ARGS = [
    # Each picture to the window's own output ("any": the best this machine has) and to the
    # callbacks (vmem), which give the monitor its sample.
    "--video-splitter=clone",
    "--clone-vout-list=any:vmem",
]
_EMBED = {"xcb": vlc.MediaPlayer.set_xwindow, "windows": vlc.MediaPlayer.set_hwnd}
"""How libvlc is given a native window, by Qt platform. Offscreen there is none (and
set_xwindow crashes there); on Wayland libvlc 3 cannot embed."""
_instances: dict[bool, vlc.Instance] = {}
_worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="klubban-vlc")


def shared_instance(native: bool = False) -> vlc.Instance:
    """One libvlc instance for every feed (cheaper, and measured fine with 16 players); one
    more for feeds shown in native windows (the splitter is an instance-wide option)."""
    if native not in _instances:
        _instances[native] = vlc.Instance(_INSTANCE_ARGS + (_NATIVE_ARGS if native else []))
    return _instances[native]


def embeds_video() -> bool:
    """Whether libvlc can show pictures in native windows on this Qt platform."""
    return QGuiApplication.platformName() in _EMBED


def released() -> Future:
    """Done once every stop() and restart asked for so far has been carried out by the worker
    (a released player's UDP port is then free, and libvlc may be closed)."""
    return _worker.submit(lambda: None)


def close_libvlc() -> None:
    """Release the shared libvlc instances; only once `released()` is done for every player."""
    while _instances:
        _instances.popitem()[1].release()


class FeedPlayer(QObject):
    frame_ready = Signal(QImage)
    """The latest picture, on the GUI thread."""
    health_changed = Signal(object)
    """FeedCondition, when the monitor's verdict changes."""
    _frame_posted = Signal()
    _audio_posted = Signal(bytes)

    def __init__(
        self,
        mrl: str,
        *,
        thresholds: HealthThresholds | None = None,
        size: tuple[int, int] = TILE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.mrl = validate_mrl(mrl)
        self._width, self._height = size
        self._window: int | None = None
        """The native window libvlc shows the picture in, or None: the GUI paints it."""
        self._monitor = FeedMonitor(thresholds)
        self._has_floor = False
        self._listening = False
        self._lock = threading.Lock()
        self._latest: QImage | None = None
        self._rendering: dict[int, QImage] = {}
        """Images libvlc is rendering into, by the picture id the lock callback returned."""
        self._ids = itertools.count(1)
        self._shown = 0
        self._posted = False
        self._peak = 0.0
        self._grid: QImage | None = None
        """The latest picture's sample."""
        self._picture: tuple[float | None, bool] = (None, False)
        """(motion, dark) of the latest picture sample, repeated between samples."""
        self._polls = 0
        self._restarts = 0
        self._next_restart = 0.0
        self._player: vlc.MediaPlayer | None = None
        self._media: vlc.Media | None = None
        """Set and cleared on the worker thread only; the GUI thread just reads them."""
        self._events: vlc.EventManager | None = None
        """The player's event manager, kept while attached: it owns the C callback."""
        self._started = False
        self._stats = vlc.MediaStats()
        self._callbacks = self._make_callbacks()
        self._frame_posted.connect(self._on_frame_posted, Qt.ConnectionType.QueuedConnection)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._on_poll_timeout)
        self._audio_sink = None

    @property
    def condition(self) -> FeedCondition:
        return self._monitor.condition

    @property
    def running(self) -> bool:
        return self._started

    @property
    def is_released(self) -> bool:
        """Stopped, and libvlc has let go of this player (and of its window)."""
        return not self._started and self._player is None

    @property
    def size(self) -> tuple[int, int]:
        """The callbacks' pictures' size: libvlc scales to it, once per picture, on its own
        threads (the monitor's sample grid when the picture is shown in a native window)."""
        return self._width, self._height

    def set_size(self, size: tuple[int, int]) -> None:
        """Before start() only: libvlc's output format is fixed while a player runs."""
        self._check_stopped()
        self._width, self._height = size

    @property
    def window(self) -> int | None:
        return self._window

    def set_window(self, window: int) -> None:
        """Before start() only, where `embeds_video()`: show the picture in this native
        window (an X11 window id or a Windows HWND), scaled by libvlc's video output. The
        callbacks then carry only the monitor's 32 × 18 sample; frame_ready is not emitted."""
        self._check_stopped()
        self._window = window
        self._width, self._height = GRID_W, GRID_H

    def _check_stopped(self) -> None:
        if self._started:
            raise RuntimeError("a running player keeps its video output")

    @property
    def pictures_shown(self) -> int:
        """Pictures libvlc has decoded and handed out since this player was made (to the
        callbacks; in a native window it shows each one too)."""
        with self._lock:
            return self._shown

    @property
    def has_floor(self) -> bool:
        return self._has_floor

    @property
    def listening(self) -> bool:
        return self._listening

    def start(self) -> None:
        """Open the feed. The libvlc work runs on the worker thread, in order with stop() and
        restarts: creating and starting a player costs the GUI thread ~10 ms otherwise, and
        a screen of feeds starting at once would stall it."""
        if self._started:
            return
        self._started = True
        self._monitor.reset()
        self._poll.start()
        _worker.submit(self._create)

    def stop(self) -> None:
        """Stop and release off the GUI thread (a dead stream's stop can block)."""
        self._poll.stop()
        self._started = False
        _worker.submit(self._destroy)

    def set_has_floor(self, has_floor: bool) -> None:
        """Silence is a fault only while the member has the floor."""
        if has_floor != self._has_floor:
            self._has_floor = has_floor
            self._select_audio_later()

    def set_listening(self, listening: bool) -> None:
        """Play this feed's sound in the room (through Qt: the audio callbacks that measure the
        level stop libvlc from playing it itself)."""
        from ui.video.listening import AudioOut

        if listening != self._listening:
            self._listening = listening
            self._select_audio_later()
        if listening and self._audio_sink is None:
            self._audio_sink = AudioOut(self)
            self._audio_posted.connect(self._audio_sink.write, Qt.ConnectionType.QueuedConnection)
        elif not listening and self._audio_sink is not None:
            self._audio_posted.disconnect(self._audio_sink.write)
            self._audio_sink.close()
            self._audio_sink = None

    @property
    def decodes_audio(self) -> bool:
        """The sound is decoded only while it is used: for the silence check while the member
        has the floor, or to be heard. Sixteen feeds' sound cost ~7 % of a core."""
        return self._has_floor or self._listening

    def _select_audio_later(self) -> None:
        if self._started:
            _worker.submit(self._select_audio)

    # --- libvlc threads -----------------------------------------------------------------

    def _make_callbacks(self) -> tuple:
        @vlc.CallbackDecorators.VideoLockCb
        def lock(_opaque, planes):
            # A new image per picture: the GUI thread gets it as it is, no copy on either side.
            # libvlc calls lock, then (unlock and) display with the id returned here.
            image = QImage(self._width, self._height, QImage.Format.Format_RGB32)
            planes[0] = ctypes.addressof(ctypes.c_char.from_buffer(image.bits()))
            key = next(self._ids)
            with self._lock:
                self._rendering[key] = image
            return key

        @vlc.CallbackDecorators.VideoDisplayCb
        def display(_opaque, picture):
            with self._lock:
                image = self._rendering.pop(picture, None)
                if image is None:
                    return
                # Older pictures libvlc rendered but dropped as late are never displayed.
                for older in [key for key in self._rendering if key < picture]:
                    del self._rendering[older]
                self._latest = image
                self._shown += 1
                post, self._posted = not self._posted, True
            if post and self._started and self._window is None:
                # RuntimeError: the player was stopped and deleted while libvlc, on its own
                # thread, still had this frame; nobody is left to show it.
                with contextlib.suppress(RuntimeError):
                    self._frame_posted.emit()

        @vlc.CallbackDecorators.AudioPlayCb
        def play_audio(_opaque, samples, count, _pts):
            data = ctypes.string_at(samples, count * 2)
            peak = max(abs(v) for v in memoryview(data).cast("h")[::16]) if count else 0
            self._peak = max(self._peak, peak / 32768)
            if self._listening and self._started:
                with contextlib.suppress(RuntimeError):  # stopped and deleted, as above
                    self._audio_posted.emit(data)

        return lock, display, play_audio

    # --- the worker thread ----------------------------------------------------------------

    def _create(self) -> None:
        native = self._window is not None
        instance = shared_instance(native)
        player = instance.media_player_new()
        lock, display, play_audio = self._callbacks
        player.video_set_callbacks(lock, None, display, None)
        player.video_set_format("RV32", self._width, self._height, self._width * 4)
        if native:
            # After the callbacks, which turn libvlc's own video output off.
            _EMBED[QGuiApplication.platformName()](player, self._window)
            # Taps on the picture go to the tile (enlarge), not to libvlc.
            player.video_set_mouse_input(False)
            player.video_set_key_input(False)
        player.audio_set_callbacks(play_audio, None, None, None, None, None)
        player.audio_set_format("S16N", 48000, 1)
        media = instance.media_new(self.mrl)
        media.add_option(f":network-caching={NETWORK_CACHING_MS}")
        player.set_media(media)
        # The sound's track appears once the stream is read (and again after a restart): only
        # then can it be turned off. libvlc calls back on its own thread, where libvlc must not
        # be called: the choice is made on this worker.
        events = player.event_manager()
        events.event_attach(vlc.EventType.MediaPlayerESAdded, self._on_es_added)
        player.play()
        self._player, self._media, self._events = player, media, events

    def _on_es_added(self, _event: vlc.Event) -> None:
        _worker.submit(self._select_audio)

    def _select_audio(self) -> None:
        player = self._player
        if player is None:
            return
        if not self.decodes_audio:
            player.audio_set_track(-1)
        elif player.audio_get_track() == -1:
            tracks = [track for track, _name in player.audio_get_track_description()]
            chosen = next((track for track in tracks if track != -1), None)
            if chosen is not None:
                player.audio_set_track(chosen)

    def _destroy(self) -> None:
        # This job holds self, and so the callbacks, until the player is released.
        player, media, self._player, self._media = self._player, self._media, None, None
        events, self._events = self._events, None
        if events is not None:
            events.event_detach(vlc.EventType.MediaPlayerESAdded)
        if player is not None:
            _release(player, media)

    # --- GUI thread ---------------------------------------------------------------------

    def _on_frame_posted(self) -> None:
        with self._lock:
            image, self._posted = self._latest, False
        if image is not None:
            self.frame_ready.emit(image)

    def _on_poll_timeout(self) -> None:
        if self._player is None or self._media is None:
            return
        self._media.get_stats(self._stats)
        self._polls += 1
        if self._polls % PICTURE_EVERY == 0:
            self._sample_picture()
        moved, dark = self._picture
        peak, self._peak = self._peak, 0.0
        state = self._player.get_state()
        ended = state in (vlc.State.Ended, vlc.State.Error)
        changed = self._monitor.observe(
            FeedSample(
                at_ms=int(time.monotonic() * 1000),
                bytes_read=self._stats.demux_read_bytes,
                picture_motion=moved,
                picture_dark=dark,
                audio_level=peak if self.decodes_audio else None,
                has_floor=self._has_floor,
                ended=ended,
            )
        )
        if changed is not None:
            self.health_changed.emit(changed)
        if ended:
            self._restart_with_backoff()
        elif changed is FeedCondition.LIVE:
            self._restarts = 0

    def _sample_picture(self) -> None:
        with self._lock:
            image = self._latest
        if image is not None:
            grid = sample(image)
            self._picture, self._grid = (motion(self._grid, grid), is_dark(grid)), grid

    def _restart_with_backoff(self) -> None:
        """TCP/HTTP/RTSP end when the sender goes; UDP and SRT resume by themselves."""
        now = time.monotonic()
        if now < self._next_restart:
            return
        delay = _BACKOFF_S[min(self._restarts, len(_BACKOFF_S) - 1)]
        self._restarts += 1
        self._next_restart = now + delay
        player = self._player
        if player is not None:
            _worker.submit(_replay, player)


def _release(player: vlc.MediaPlayer, media: vlc.Media | None) -> None:
    player.stop()
    player.release()
    if media is not None:
        media.release()
    _return_freed_memory()


def _replay(player: vlc.MediaPlayer) -> None:
    player.stop()
    _return_freed_memory()
    player.play()


def _load_trim() -> Callable[[int], int] | None:
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc (Windows, musl): nothing to do
        return None


_malloc_trim = _load_trim()


def _return_freed_memory() -> None:
    """A stopped input's buffers go back to glibc's per-thread arenas, which keep them: every
    reconnect left the process ~1.5 MB larger (benchmarks.memory). Give them back to the
    system; about a millisecond, on the worker thread."""
    if _malloc_trim is not None:
        _malloc_trim(0)
