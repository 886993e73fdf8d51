"""The secretary's console (keyboard first): upprop, the item with its yrkanden and
propositionsordning, the namnupprop, the journal with corrections, and the protocol growing
beside them. Every shortcut is declared in ui.secretary.shortcuts and listed by F1. The
window updates from the controller's signals only; every entry goes through the controller."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.meeting import commands as cmd
from app.meeting.propositionsordning import votering_question
from app.meeting.state import MeetingState, Phase
from db.journal import SqlJournalStore
from ui.controller import MeetingController
from ui.secretary.actions import SecretaryActions
from ui.secretary.feeds import FeedSourcesDialog
from ui.secretary.importing import AgendaImport
from ui.secretary.item import ItemPage
from ui.secretary.journal import JournalPage
from ui.secretary.policy import PolicyDialog
from ui.secretary.protocol import ProtocolPreview, ProtocolWriter, default_folder
from ui.secretary.shortcuts import Shortcut, shortcuts
from ui.secretary.upprop import UppropPage
from ui.secretary.votering import VoteringPage
from ui.settings_dialog import SettingsDialog
from ui.style import DESK_STYLESHEET, themed

_PAGES = ("page_upprop", "page_item", "page_votering", "page_journal")
_PHASES = {Phase.PLANNED: "ej öppnat", Phase.OPEN: "pågår", Phase.CLOSED: "avslutat"}


class ShortcutOverlay(QDialog):
    """F1: every shortcut, grouped by where it works."""

    def __init__(self, table: tuple[Shortcut, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kortkommandon"))
        self.setStyleSheet(themed(DESK_STYLESHEET))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Kortkommandon"))
        heading.setObjectName("headline")
        layout.addWidget(heading)
        grid = QGridLayout()
        row = 0
        for scope in dict.fromkeys(s.scope for s in table):
            title = QLabel(scope or self.tr("Överallt"))
            title.setObjectName("caption")
            grid.addWidget(title, row, 0, 1, 2)
            row += 1
            for s in (s for s in table if s.scope == scope):
                key = QLabel(QKeySequence(s.keys).toString(QKeySequence.SequenceFormat.NativeText))
                key.setObjectName("key")
                grid.addWidget(key, row, 0, Qt.AlignmentFlag.AlignRight)
                grid.addWidget(QLabel(s.text), row, 1)
                row += 1
        layout.addLayout(grid)
        close = QPushButton(self.tr("Stäng (Esc)"))
        close.clicked.connect(self.accept)
        layout.addWidget(close)


class SecretaryWindow(QMainWindow):
    def __init__(
        self,
        controller: MeetingController,
        *,
        templates: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setStyleSheet(themed(DESK_STYLESHEET))
        self.actions_ = SecretaryActions(controller, self)
        self.agenda_import = AgendaImport(controller, self)
        self.header = QLabel()
        self.header.setObjectName("headline")
        self.header.setWordWrap(True)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Läge"))
        self.refusal = QLabel()
        self.refusal.setObjectName("refusal")
        self.refusal.setWordWrap(True)
        self.refusal.setAccessibleName(self.tr("Meddelande"))
        self.refusal.hide()
        self.warning = QLabel()
        self.warning.setObjectName("warning")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.upprop = UppropPage(controller)
        self.item = ItemPage(controller)
        self.votering = VoteringPage(controller)
        self.journal = JournalPage(controller)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for page, title in (
            (self.upprop, self.tr("Upprop (Ctrl+1)")),
            (self.item, self.tr("Ärende (Ctrl+2)")),
            (self.votering, self.tr("Votering (Ctrl+3)")),
            (self.journal, self.tr("Journal (Ctrl+4)")),
        ):
            self.tabs.addTab(page, title)
        self.preview = ProtocolPreview(controller, templates=templates)
        self.writer = ProtocolWriter(controller, templates=templates, parent=self)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Protokollet skrivs"))
        self.progress.hide()
        self.written = QLabel()
        self.written.setWordWrap(True)
        self.written.setOpenExternalLinks(False)
        self.written.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        self.protocol_button = QPushButton(self.tr("Skriv protokoll (Ctrl+Shift+P)"))
        self.protocol_button.setAccessibleName(self.tr("Skriv protokoll"))
        self.protocol_button.clicked.connect(lambda: self.write_protocol(archive=False))
        self.archive_button = QPushButton(self.tr("Arkivpaket (Ctrl+Shift+R)"))
        self.archive_button.setAccessibleName(self.tr("Skriv arkivpaket"))
        self.archive_button.clicked.connect(lambda: self.write_protocol(archive=True))
        self.setCentralWidget(self._arrange())
        self._bind_shortcuts()
        self.upprop.ersattare_wanted.connect(self.actions_.suggest_ersattare)
        self.item.action_wanted.connect(self.run)
        self.votering.start_wanted.connect(lambda: self.run("votering"))
        self.actions_.problem.connect(self._on_refused)
        self.agenda_import.problem.connect(self._on_refused)
        self.writer.progress.connect(self._on_writer_progress)
        self.writer.done.connect(self._on_writer_done)
        self.writer.failed.connect(self._on_refused)
        controller.state_changed.connect(self._on_controller_state_changed)
        controller.refused.connect(self._on_refused)
        controller.storage_failed.connect(self._on_refused)
        self._on_controller_state_changed(controller.state)
        self.tabs.setCurrentWidget(self.item if controller.state.upprop_done else self.upprop)

    def _arrange(self) -> QWidget:
        left = QWidget()
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.tabs, 1)
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.preview, 1)
        side.addWidget(self.progress)
        side.addWidget(self.written)
        side.addWidget(self.protocol_button)
        side.addWidget(self.archive_button)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        root = QWidget()
        layout = QVBoxLayout(root)
        layout.setContentsMargins(12, 8, 12, 12)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.status)
        help_button = QPushButton(self.tr("Kortkommandon (F1)"))
        help_button.clicked.connect(self.show_shortcuts)
        top.addWidget(help_button)
        layout.addLayout(top)
        layout.addWidget(self.refusal)
        layout.addWidget(self.warning)
        layout.addWidget(split, 1)
        return root

    def _bind_shortcuts(self) -> None:
        """Window-wide keys become actions; page keys are handled by their page."""
        self.key_actions: dict[str, QAction] = {}
        for s in shortcuts():
            if s.scope:
                continue
            action = QAction(s.text, self)
            action.setShortcut(QKeySequence(s.keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, name=s.action: self.run(name))
            self.addAction(action)
            self.key_actions[s.action] = action
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(self.finish_on_page)
            self.addAction(action)

    def run(self, name: str) -> None:
        """Carry out one of the declared actions (a shortcut, a button, a test)."""
        self.refusal.hide()
        if name in _PAGES:
            self.tabs.setCurrentIndex(_PAGES.index(name))
        elif name == "help":
            self.show_shortcuts()
        elif name == "next_item":
            state = self._controller.state
            upcoming = [i for i in state.agenda if i.id not in state.items]
            if upcoming:
                self.item.take_up(upcoming[0].id)
                self.tabs.setCurrentWidget(self.item)
            else:
                self._on_refused(self.tr("Alla ärenden på dagordningen är behandlade."))
        elif name == "votering":
            self._start_votering()
        elif name in ("protocol", "archive"):
            self.write_protocol(archive=name == "archive")
        elif name == "import_agenda":
            self.agenda_import.choose()
        elif name == "settings":
            self.show_settings()
        elif name == "feeds":
            self.show_feeds()
        elif name == "policy":
            self.show_policy()
        else:
            self.actions_.handlers[name]()

    def _start_votering(self) -> None:
        question = votering_question(self._controller.state)
        if isinstance(question, str):
            self._on_refused(question)
            return
        if self._controller.submit(cmd.StartVotering(*question)):
            self.tabs.setCurrentWidget(self.votering)
            self.votering.list.setFocus()

    def finish_on_page(self) -> None:
        """Ctrl+Enter: complete the upprop, or close the votering, on the page in front."""
        current = self.tabs.currentWidget()
        if current is self.upprop:
            self.upprop.complete()
        elif current is self.votering:
            self.votering.close_votering()

    def show_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(parent=self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.settings_dialog = dialog
        return dialog

    def _engine(self):
        store = self._controller.session.store
        assert isinstance(store, SqlJournalStore)
        return store.engine

    def show_feeds(self) -> FeedSourcesDialog:
        dialog = FeedSourcesDialog(self._engine(), self._controller.state, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.feeds_dialog = dialog
        return dialog

    def show_policy(self) -> PolicyDialog:
        dialog = PolicyDialog(self._engine(), self._controller.state.body, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.policy_dialog = dialog
        return dialog

    def show_shortcuts(self) -> ShortcutOverlay:
        overlay = ShortcutOverlay(shortcuts(), self)
        overlay.finished.connect(overlay.deleteLater)
        overlay.open()
        self.overlay = overlay
        return overlay

    def write_protocol(self, *, archive: bool, out: Path | None = None) -> bool:
        folder = out or default_folder(self._controller.session.meeting_id)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.written.setText(self.tr("Skriver protokollet …"))
        return self.writer.write(folder, archive=archive)

    def _on_writer_progress(self, done: int, steps: int, label: str) -> None:
        self.progress.setRange(0, steps)
        self.progress.setValue(done)
        self.progress.setFormat(label)

    def _on_writer_done(self, written: list) -> None:
        self.progress.hide()
        links = " · ".join(
            f'<a href="{QUrl.fromLocalFile(p).toString()}">{Path(p).name}</a>' for p in written
        )
        self.written.setText(self.tr("Skrivet: %s") % links)

    def _on_controller_state_changed(self, state: MeetingState) -> None:
        self.setWindowTitle(self.tr("Klubban – sekreterare – %s") % state.body.name)
        current = state.current
        where = f"   ·   § {current.paragraph} {current.item.title}" if current else ""
        self.header.setText(f"{state.body.name}   ·   {state.info.date}{where}")
        serving = len(state.serving())
        status = _PHASES[state.phase]
        if state.adjourned:
            status = self.tr("ajournerat")
        self.status.setText(
            self.tr("%s · %d tjänstgör · %d på distans")
            % (status, serving, len(state.remote_attending()))
        )
        self.refusal.hide()
        self.warning.setVisible(bool(state.warnings))
        if state.warnings:
            self.warning.setText(self.tr("Observera: %s") % state.warnings[-1])
        for page in (self.upprop, self.item, self.votering):
            page.set_state(state)
        if state.votering is not None and self.tabs.currentWidget() is not self.votering:
            self.tabs.setCurrentWidget(self.votering)
            self.votering.list.setFocus()

    def _on_refused(self, message: str) -> None:
        self.refusal.setText(message)
        self.refusal.show()

    def closeEvent(self, event) -> None:
        self.writer.wait()
        super().closeEvent(event)
