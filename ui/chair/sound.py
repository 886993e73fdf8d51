"""The audible feed alarm: a short tone repeated until the chair acknowledges it.

The tone plays through QtMultimedia on the default audio output. A PC with no audio output at
all (a server, a CI machine) gets the platform's bell on the same repeat instead, so the alarm
never goes silent for want of a device — and the banner flashes regardless."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, QUrl
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
from PySide6.QtWidgets import QApplication

from ui.resources import resource_path

REPEAT_MS = 1500
ALARM_WAV = ("sounds", "alarm.wav")


class AlarmSound(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._repeat = QTimer(self)
        self._repeat.setInterval(REPEAT_MS)
        self._repeat.timeout.connect(self._on_repeat_timeout)
        self._effect: QSoundEffect | None = None
        if QMediaDevices.audioOutputs():
            self._effect = QSoundEffect(self)
            self._effect.setSource(QUrl.fromLocalFile(str(resource_path(*ALARM_WAV))))

    @property
    def audible_through_speakers(self) -> bool:
        """False where no audio output exists and the bell stands in."""
        return self._effect is not None

    @property
    def playing(self) -> bool:
        return self._repeat.isActive()

    def set_playing(self, playing: bool) -> None:
        if playing == self.playing:
            return
        if playing:
            self._repeat.start()
            self._on_repeat_timeout()
        else:
            self._repeat.stop()
            if self._effect is not None:
                self._effect.stop()

    def _on_repeat_timeout(self) -> None:
        if self._effect is not None:
            self._effect.play()
        else:
            QApplication.beep()
