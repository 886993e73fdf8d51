"""The feed simulator: simulated remote members on loopback, with faults on demand.

Each feed is an ffmpeg sender (the binary shipped by imageio-ffmpeg, so no system ffmpeg is
needed) streaming MPEG-TS over UDP to 127.0.0.1. Every clip is encoded once and then sent with
`-c copy` in a loop, so sixteen senders cost almost nothing. A fault swaps the sender for one
sending another clip of the same member (a still picture, black, no sound) or stops it (kill),
or pauses it (SIGSTOP for a while: network jitter).

    klubban simulate [--feeds N] [--names "Anna Berg,Bo Ek"] [--port 5600] [--size 640x360]
"""

from __future__ import annotations

import argparse
import ctypes
import hashlib
import itertools
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import imageio_ffmpeg
import platformdirs

CLIP_SECONDS = 4
STILL_SECONDS = 30
"""A still picture loops less often: at each loop the decoder's first frame differs a little
from the refined ones, which would look like movement to the freeze check."""
JITTER_MS = 300
"""How long a jitter fault pauses the sender unless told otherwise."""
MUX_DELAY_S = "0.1"
"""How far the stream's timestamps lead its clock. ffmpeg's default, 0.7 s, delays every picture
by that much after a change of stream: a freeze or black picture reached the player 0.7 s after
its injection (benchmarks.feeds), longer than a camera's encoder takes."""
_FONTS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "C:/Windows/Fonts/arialbd.ttf",
)


class Fault(StrEnum):
    KILL = "kill"
    FREEZE = "freeze"
    BLACK = "black"
    SILENCE = "silence"
    JITTER = "jitter"
    RESTORE = "restore"


SWEDISH_FAULTS = {
    Fault.KILL: "Bryt",
    Fault.FREEZE: "Frys",
    Fault.BLACK: "Svart",
    Fault.SILENCE: "Tyst",
    Fault.JITTER: "Hack",
    Fault.RESTORE: "Återställ",
}


@dataclass
class SimulatedFeed:
    feed: str
    label: str
    port: int
    clips: dict[str, Path]
    process: subprocess.Popen | None = None
    playing: str | None = None
    since: float | None = None
    """When the first sender started (monotonic): later senders continue its timestamps."""

    @property
    def mrl(self) -> str:
        return f"udp://@127.0.0.1:{self.port}"


# Resolved once here, before any fork: the child calls nothing but this one system call.
_PRCTL = ctypes.CDLL(None).prctl if sys.platform.startswith("linux") else None
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """In the sender, before ffmpeg starts: die when Klubban does. A sender left behind by a
    crashed demo would keep sending to its port and garble the next demo's feed."""
    if _PRCTL is not None:
        _PRCTL(_PR_SET_PDEATHSIG, signal.SIGKILL)


_NEXT_BASE = itertools.count(20000 + 200 * (os.getpid() % 100), 20)


def free_udp_base(count: int) -> int:
    """A base port with `count` × 2 free UDP ports above it, never one used before in this process:
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


def ffmpeg() -> str:
    return imageio_ffmpeg.get_ffmpeg_exe()


def _font() -> str | None:
    return next((f for f in _FONTS if Path(f).exists()), None)


class FeedSimulator:
    """Senders for `feeds` ((id, label) pairs) on consecutive UDP ports from `base_port`."""

    def __init__(
        self,
        feeds: Sequence[tuple[str, str]],
        *,
        base_port: int = 5600,
        size: tuple[int, int] = (640, 360),
        cache: Path | None = None,
    ) -> None:
        self.size = size
        self._cache = cache or platformdirs.user_cache_path("klubban", appauthor=False) / "sim"
        self._lock = threading.Lock()
        self.feeds = {
            feed: SimulatedFeed(feed, label, base_port + 2 * index, {})
            for index, (feed, label) in enumerate(feeds)
        }

    def mrl(self, feed: str) -> str:
        return self.feeds[feed].mrl

    def prepare(self) -> None:
        """Encode every clip not already in the cache (in parallel, two at a time)."""
        self._cache.mkdir(parents=True, exist_ok=True)
        # One job per clip file: feeds with the same label share clips, and two encoders
        # writing the same file at once would garble it.
        jobs = {
            (f.label, kind): f
            for f in self.feeds.values()
            for kind in ("live", "freeze", "silence")
        }
        with ThreadPoolExecutor(max_workers=max(1, min(2, os.cpu_count() or 1))) as pool:
            paths = dict(
                zip(jobs, pool.map(lambda job: self._clip(jobs[job], job[1]), jobs), strict=True)
            )
        for simulated in self.feeds.values():
            for kind in ("live", "freeze", "silence"):
                simulated.clips[kind] = paths[(simulated.label, kind)]
        black = self._clip(None, "black")
        for simulated in self.feeds.values():
            simulated.clips["black"] = black

    def start(self) -> None:
        self.prepare()
        for feed in self.feeds:
            self._send(feed, "live")

    def inject(self, feed: str, fault: Fault, *, jitter_ms: int = JITTER_MS) -> None:
        if fault is Fault.KILL:
            self._stop_sender(self.feeds[feed])
        elif fault is Fault.JITTER:
            self._pause(feed, jitter_ms)
        else:
            kind = {Fault.FREEZE: "freeze", Fault.BLACK: "black", Fault.SILENCE: "silence"}
            self._send(feed, kind.get(fault, "live"))

    def stop(self) -> None:
        for simulated in self.feeds.values():
            self._stop_sender(simulated)

    def __enter__(self) -> FeedSimulator:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # --- senders -------------------------------------------------------------------------

    def _send(self, feed: str, kind: str) -> None:
        simulated = self.feeds[feed]
        with self._lock:
            self._stop_sender(simulated)
            if simulated.since is None:
                simulated.since = time.monotonic()
            # A camera that changes picture keeps its stream going: the new sender's
            # timestamps go on from the old one's, or libvlc spends ~2 s resynchronising on
            # the new stream and shows a frozen picture meanwhile (benchmarks.feeds).
            offset = f"{time.monotonic() - simulated.since:.3f}"
            simulated.process = subprocess.Popen(
                [ffmpeg(), "-hide_banner", "-loglevel", "error", "-nostdin", "-re",
                 "-stream_loop", "-1", "-i", str(simulated.clips[kind]), "-c", "copy",
                 "-output_ts_offset", offset, "-muxdelay", MUX_DELAY_S, "-muxpreload", "0",
                 "-f", "mpegts", f"udp://127.0.0.1:{simulated.port}?pkt_size=1316"],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                preexec_fn=_die_with_parent,  # noqa: PLW1509 – one prctl call, resolved before fork
            )  # fmt: skip
            simulated.playing = kind

    @staticmethod
    def _stop_sender(simulated: SimulatedFeed) -> None:
        process, simulated.process, simulated.playing = simulated.process, None, None
        if process is not None and process.poll() is None:
            process.kill()
        if process is not None:
            process.wait()

    def _pause(self, feed: str, ms: int) -> None:
        process = self.feeds[feed].process
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGSTOP)
        timer = threading.Timer(
            ms / 1000, lambda: process.poll() or process.send_signal(signal.SIGCONT)
        )
        timer.daemon = True
        timer.start()

    @staticmethod
    def _resume(process: subprocess.Popen) -> None:
        if process.poll() is None:
            process.send_signal(signal.SIGCONT)

    # --- clips ---------------------------------------------------------------------------

    def _clip(self, simulated: SimulatedFeed | None, kind: str) -> Path:
        width, height = self.size
        label = simulated.label if simulated else ""
        hue = int(hashlib.sha1(label.encode()).hexdigest()[:4], 16) % 360
        seconds = STILL_SECONDS if kind == "freeze" else CLIP_SECONDS
        key = hashlib.sha1(f"{kind}|{label}|{width}x{height}|{seconds}|1".encode())
        path = self._cache / f"{kind}-{key.hexdigest()[:12]}.ts"
        if path.exists():
            return path
        with tempfile.TemporaryDirectory() as work:
            text = Path(work) / "name.txt"
            text.write_text(label, encoding="utf-8")
            video, audio = self._sources(kind, width, height, hue, text)
            partial = path.with_suffix(".part")
            subprocess.run(
                [ffmpeg(), "-hide_banner", "-loglevel", "error", "-nostdin", "-y",
                 "-f", "lavfi", "-i", video, "-f", "lavfi", "-i", audio,
                 "-t", str(seconds), "-c:v", "libx264", "-preset", "veryfast",
                 "-tune", "zerolatency", "-g", "25", "-b:v", "600k", "-pix_fmt", "yuv420p",
                 "-c:a", "aac", "-b:a", "48k", "-f", "mpegts", str(partial)],
                check=True,
            )  # fmt: skip
            partial.replace(path)
        return path

    @staticmethod
    def _sources(kind: str, width: int, height: int, hue: int, text: Path) -> tuple[str, str]:
        size = f"{width}x{height}"
        if kind == "black":
            return f"color=c=black:size={size}:rate=25", "sine=frequency=440:sample_rate=48000"
        picture = f"testsrc2=size={size}:rate=25,hue=h={hue}"
        font = _font()
        if font:
            # The text comes from a file: a name never needs escaping for the filter graph.
            picture += (
                f",drawtext=fontfile={font}:textfile={text.as_posix()}:fontcolor=white"
                f":fontsize={height // 8}:box=1:boxcolor=black@0.6:boxborderw=12"
                ":x=(w-text_w)/2:y=h-text_h-h/10"
            )
        if kind == "freeze":
            picture += f",trim=end_frame=1,tpad=stop_mode=clone:stop_duration={STILL_SECONDS}"
        volume = 0 if kind == "silence" else 0.5
        return picture, f"sine=frequency=440:sample_rate=48000,volume={volume}"


def simulate_main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="klubban simulate",
        description="Simulerade distansdeltagare på 127.0.0.1 (UDP MPEG-TS), med fel på begäran.",
    )
    parser.add_argument("--feeds", type=int, default=4, help="antal flöden")
    parser.add_argument("--names", help="namn, kommaseparerade (ersätter --feeds)")
    parser.add_argument("--port", type=int, default=5600, help="första UDP-porten")
    parser.add_argument("--size", default="640x360", help="bildstorlek, t.ex. 640x360")
    args = parser.parse_args(list(argv))
    names = (
        args.names.split(",") if args.names else [f"Ledamot {n}" for n in range(1, args.feeds + 1)]
    )
    width, height = (int(v) for v in args.size.lower().split("x"))
    feeds = [(f"f{n}", name.strip()) for n, name in enumerate(names, 1)]
    simulator = FeedSimulator(feeds, base_port=args.port, size=(width, height))
    print("Kodar testklipp (en gång; sparas i cachen) …", flush=True)
    with simulator:
        for feed, name in feeds:
            print(f"{feed}  {simulator.mrl(feed)}  {name}")
        print(
            "Kommandon: <flöde> kill|freeze|black|silence|restore, <flöde> jitter [ms], eller quit."
        )
        for line in sys.stdin:
            words = line.split()
            if not words or words[0] in ("quit", "q", "exit"):
                break
            command = parse_command(words, simulator)
            if command is None:
                print("Okänt kommando. Exempel: f1 kill, f2 jitter 500", flush=True)
                continue
            feed, fault, ms = command
            simulator.inject(feed, fault, jitter_ms=ms)
            print(f"{feed}: {fault}", flush=True)
    return 0


def parse_command(words: list[str], simulator: FeedSimulator) -> tuple[str, Fault, int] | None:
    """(feed, fault, jitter ms) of a command line, or None if it is not one."""
    if len(words) not in (2, 3) or words[0] not in simulator.feeds or words[1] not in set(Fault):
        return None
    fault = Fault(words[1])
    if len(words) == 2:
        return words[0], fault, JITTER_MS
    if fault is not Fault.JITTER or not words[2].isdigit() or not 0 < int(words[2]) <= 60_000:
        return None
    return words[0], fault, int(words[2])
