"""The feed-health monitor: a pure state machine fed with what the player measures.

Why these signals (see the libvlc measurements in the design notes): on UDP and SRT a dead
sender raises no libvlc event and the player keeps re-showing the last picture, so neither
events nor a frame counter can tell loss. What does is the input itself: the number of bytes
demuxed stops growing. libvlc updates that counter every 300–350 ms in normal play and a
500 ms sender stall stretches a gap to at most ~760 ms (measured at 25 ms polling, 4 and 12
feeds). The default loss threshold of 900 ms stays clear of that and, with the counter's last
update 0–350 ms before a loss and a 50 ms poll, alarms within a second of it.

A frozen picture is the input flowing while the picture does not change; a black picture is a
dark picture for a while; silence matters only while the member has the floor (a muted
microphone is normal otherwise). Loss outranks the rest: a lost feed's last picture also
looks frozen. A feed just opened has a while to show its first picture before having none
counts as a frozen one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.feeds.states import FeedCondition

MOTION_LEVEL = 0.5
"""Mean change of the picture sample (levels of 255) below which the picture stands still."""
SILENCE_LEVEL = 0.003
"""Peak below this (of full scale, about −50 dBFS) is silence."""


@dataclass(frozen=True, slots=True)
class HealthThresholds:
    loss_ms: int = 900
    frozen_ms: int = 2000
    black_ms: int = 2000
    silence_ms: int = 3000
    stalling_ms: int = 600
    """No input for this long is shown as a warning (hackar), well before the loss alarm."""
    restore_ms: int = 1000
    """A feed must be healthy this long before a LOST/FROZEN/BLACK alarm clears (hysteresis)."""
    first_picture_ms: int = 10_000
    """A feed's first picture may take this long (probing the stream, waiting for a keyframe,
    a screen of feeds opening at once: 14 took 2 s); only then is no picture at all a frozen
    one. A still picture is measured from the first one on."""


@dataclass(frozen=True, slots=True)
class FeedSample:
    at_ms: int
    bytes_read: int
    """libvlc's demux_read_bytes: grows while the input delivers."""
    picture_motion: float | None = None
    """How much the picture changed since the previous sample (None: no picture yet)."""
    picture_dark: bool = False
    audio_level: float | None = None
    """Peak of the latest audio window, 0..1 of full scale (None: no audio measured)."""
    has_floor: bool = False
    ended: bool = False
    """The player reached the end or an error (TCP/HTTP/RTSP): loss without waiting."""


@dataclass(frozen=True, slots=True)
class FeedHealth:
    condition: FeedCondition = FeedCondition.LIVE
    since_ms: int | None = None
    bytes_read: int = -1
    input_at_ms: int | None = None
    opened_at_ms: int | None = None
    """The first sample: the first picture is awaited from then."""
    picture_changed_at_ms: int | None = None
    dark_since_ms: int | None = None
    sound_at_ms: int | None = None
    healthy_since_ms: int | None = None


def observe(health: FeedHealth, sample: FeedSample, limits: HealthThresholds) -> FeedHealth:
    """The health after one more sample (taken every ~50 ms)."""
    now = sample.at_ms
    first = health.input_at_ms is None
    flowing = sample.bytes_read != health.bytes_read and not sample.ended
    last_input_at = health.input_at_ms
    health = replace(
        health,
        bytes_read=sample.bytes_read,
        input_at_ms=now if flowing or first else health.input_at_ms,
        since_ms=now if first else health.since_ms,
        opened_at_ms=now if first else health.opened_at_ms,
    )
    moving = sample.picture_motion is not None and sample.picture_motion >= MOTION_LEVEL
    # Input back after a loss: the picture shown meanwhile was the last one, repeated. It is no
    # evidence of a frozen camera; the new stream gets the full threshold to show movement.
    back = flowing and not first and _age(last_input_at, now) >= limits.loss_ms
    if back:
        health = replace(health, dark_since_ms=None)
    if moving or back:
        health = replace(health, picture_changed_at_ms=now)
    if not sample.picture_dark:
        dark_since = None
    else:
        dark_since = now if health.dark_since_ms is None else health.dark_since_ms
    sounding = sample.audio_level is None or sample.audio_level >= SILENCE_LEVEL
    quiet_on_the_floor = sample.has_floor and not sounding and health.sound_at_ms is not None
    health = replace(
        health,
        dark_since_ms=dark_since,
        sound_at_ms=health.sound_at_ms if quiet_on_the_floor else now,
    )
    return _settle(health, _measured(health, sample, limits), now, limits)


def _measured(health: FeedHealth, sample: FeedSample, limits: HealthThresholds) -> FeedCondition:
    now = sample.at_ms
    starved = _age(health.input_at_ms, now)
    if sample.ended or starved >= limits.loss_ms:
        return FeedCondition.LOST
    if _age(health.dark_since_ms, now) >= limits.black_ms:
        return FeedCondition.BLACK  # a black picture is also a still one: say what it is
    if health.picture_changed_at_ms is None:  # no picture yet
        if _age(health.opened_at_ms, now) >= limits.first_picture_ms:
            return FeedCondition.FROZEN
    elif _age(health.picture_changed_at_ms, now) >= limits.frozen_ms:
        return FeedCondition.FROZEN
    if sample.has_floor and _age(health.sound_at_ms, now) >= limits.silence_ms:
        return FeedCondition.SILENT
    if starved >= limits.stalling_ms:
        return FeedCondition.STALLING
    return FeedCondition.LIVE


def _age(since: int | None, now: int) -> int:
    return 0 if since is None else now - since


def _settle(
    health: FeedHealth, measured: FeedCondition, now: int, limits: HealthThresholds
) -> FeedHealth:
    """Alarms rise at once; a blocking alarm clears only after `restore_ms` of health, so a
    feed flickering back for a moment does not clear the chair's banner."""
    current = health.condition
    if measured is current:
        return replace(health, healthy_since_ms=None)
    if current.blocks_participation and not measured.blocks_participation:
        healthy_since = health.healthy_since_ms if health.healthy_since_ms is not None else now
        if now - healthy_since < limits.restore_ms:
            return replace(health, healthy_since_ms=healthy_since)
    return replace(health, condition=measured, since_ms=now, healthy_since_ms=None)


class FeedMonitor:
    """The state machine of one feed, for the player adapter: `observe` returns the new
    condition when it changed, else None."""

    def __init__(self, limits: HealthThresholds | None = None) -> None:
        self.limits = limits or HealthThresholds()
        self.health = FeedHealth()

    @property
    def condition(self) -> FeedCondition:
        return self.health.condition

    def observe(self, sample: FeedSample) -> FeedCondition | None:
        before = self.health.condition
        self.health = observe(self.health, sample, self.limits)
        return self.health.condition if self.health.condition is not before else None

    def reset(self) -> None:
        """A new connection: forget the old input (the byte counter restarts at zero)."""
        self.health = replace(FeedHealth(), condition=self.health.condition)
