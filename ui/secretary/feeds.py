"""The remote members' feed sources, set up before the meeting: one source (any libvlc MRL)
per member and one for the room's outgoing picture. "Testa" opens the source with libvlc and
says whether pictures arrive; the password goes to the OS keyring, never to the database."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from app.feeds.sources import SourceInvalid, validate_mrl
from app.feeds.states import FeedCondition
from app.meeting.model import ROOM
from app.meeting.state import MeetingState
from db.reference import FeedSource, delete_feed_source, load_feed_sources, save_feed_source
from db.secrets import SecretsUnavailable
from ui.style import DESK_STYLESHEET, themed
from ui.video.player import FeedPlayer
from ui.video.sources import with_credentials

TEST_MS = 10_000
"""How long "Testa" waits for the first picture."""


class FeedSourcesDialog(QDialog):
    tested = Signal(bool, str)
    """(pictures arrived, the Swedish verdict)"""

    def __init__(self, engine: Engine, state: MeetingState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Videoflöden"))
        self.setStyleSheet(themed(DESK_STYLESHEET))
        self.setMinimumWidth(760)
        self._engine = engine
        self._state = state
        self._player: FeedPlayer | None = None
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(TEST_MS)
        self._deadline.timeout.connect(
            lambda: self._finish(False, self.tr("Ingen bild inom 10 s."))
        )
        self.sources = QListWidget()
        self.sources.setAccessibleName(self.tr("Sparade källor"))
        self.sources.currentRowChanged.connect(self._on_source_selected)
        self.who = QComboBox()
        self.who.addItem(self.tr("Sammanträdeslokalen (utgående bild)"), ROOM)
        for member in state.body.members:
            self.who.addItem(state.label(member.id), member.id)
        self.mrl = QLineEdit()
        self.mrl.setPlaceholderText("srt://kamera.kommun.se:9000")
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("(oförändrat)"))
        form = QFormLayout()
        for label, field in (
            (self.tr("Vems bild"), self.who),
            (self.tr("Källa (MRL)"), self.mrl),
            (self.tr("Användarnamn"), self.username),
            (self.tr("Lösenord (sparas i nyckelringen)"), self.password),
        ):
            field.setAccessibleName(label)
            form.addRow(label, field)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Resultat"))
        self.test_button = QPushButton(self.tr("Testa"))
        self.test_button.clicked.connect(self.test)
        save = QPushButton(self.tr("Spara"))
        save.setObjectName("primary")
        save.clicked.connect(self.save)
        remove = QPushButton(self.tr("Ta bort"))
        remove.clicked.connect(self.remove)
        close = QPushButton(self.tr("Stäng"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.test_button, save, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Videoflöden"))
        heading.setObjectName("headline")
        layout.addWidget(heading)
        layout.addWidget(self.sources)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addLayout(buttons)
        self.finished.connect(self._stop_test)
        self._reload()

    def _name(self) -> str:
        return str(self.who.currentData())

    def _reload(self) -> None:
        self._saved = load_feed_sources(self._engine)
        self.sources.clear()
        for source in self._saved:
            who = (
                "lokalen" if source.person_id == ROOM else self._state.label(source.person_id or "")
            )
            user = f" ({source.username})" if source.username else ""
            self.sources.addItem(f"{who}: {source.mrl}{user}")

    def _on_source_selected(self, row: int) -> None:
        if not 0 <= row < len(self._saved):
            return
        source = self._saved[row]
        self.who.setCurrentIndex(max(0, self.who.findData(source.person_id or source.name)))
        self.mrl.setText(source.mrl)
        self.username.setText(source.username or "")
        self.password.clear()

    def _show(self, text: str, *, ok: bool) -> None:
        self.result.setObjectName("" if ok else "refusal")
        self.result.setStyleSheet("")  # re-apply the sheet for the new name
        self.result.setText(text)

    def save(self) -> bool:
        try:
            mrl = validate_mrl(self.mrl.text())
            save_feed_source(
                self._engine,
                FeedSource(self._name(), mrl, self.username.text().strip() or None, self._name()),
                self.password.text() or None,
            )
        except SourceInvalid as error:
            self._show(error.message, ok=False)
            return False
        except SecretsUnavailable as error:
            self._show(error.message + " " + self.tr("Källan sparades inte."), ok=False)
            return False
        self.password.clear()
        self._reload()
        self._show(self.tr("Sparat. Flödet visas när fönstren öppnas nästa gång."), ok=True)
        return True

    def remove(self) -> None:
        try:
            delete_feed_source(self._engine, self._name())
        except SecretsUnavailable as error:
            self._show(error.message, ok=False)
            return
        self._reload()
        self._show(self.tr("Borttaget."), ok=True)

    def test(self) -> None:
        self._stop_test()
        try:
            mrl = validate_mrl(self.mrl.text())
        except SourceInvalid as error:
            self._report(False, error.message)
            return
        password = self.password.text() or None
        player = FeedPlayer(with_credentials(mrl, self.username.text().strip() or None, password))
        player.frame_ready.connect(lambda _image: self._finish(True, self.tr("Bild tas emot.")))
        player.health_changed.connect(self._on_test_health)
        self._player = player
        self.test_button.setEnabled(False)
        self._show(self.tr("Testar …"), ok=True)
        self._deadline.start()
        player.start()

    def _on_test_health(self, condition: FeedCondition) -> None:
        if condition is FeedCondition.LOST:
            self._finish(
                False, self.tr("Ingen förbindelse: källan svarar inte eller skickar inget.")
            )

    def _report(self, ok: bool, text: str) -> None:
        self._show(text, ok=ok)
        self.tested.emit(ok, text)

    def _finish(self, ok: bool, text: str) -> None:
        """The first verdict of a running test ends it; later ones are echoes."""
        if self._player is None:
            return
        self._stop_test()
        self._report(ok, text)

    def _stop_test(self) -> None:
        self._deadline.stop()
        self.test_button.setEnabled(True)
        player, self._player = self._player, None
        if player is not None:
            player.stop()
            player.deleteLater()
