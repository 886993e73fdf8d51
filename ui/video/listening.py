"""The one feed the chair listens to, played through Qt: once libvlc hands its audio to our
callbacks (to measure the level), it no longer plays it itself."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices


class AudioOut(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        audio = QAudioFormat()
        audio.setSampleRate(48000)
        audio.setChannelCount(1)
        audio.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        device = QMediaDevices.defaultAudioOutput()
        self._sink = None if device.isNull() else QAudioSink(device, audio, self)
        self._io = self._sink.start() if self._sink is not None else None

    @property
    def audible(self) -> bool:
        """False on a machine without an audio output."""
        return self._io is not None

    def write(self, data: bytes) -> None:
        if self._io is not None:
            self._io.write(data)

    def close(self) -> None:
        if self._sink is not None:
            self._sink.stop()
        self._io = None
