"""The live protocol preview, and writing the protocol (DOCX + PDF/A, archive package) off the
GUI thread with progress. The preview is the same projection and templates as the files."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QStandardPaths, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.journal.port import StorageUnavailable
from app.protocol.project import project
from db.journal import SqlJournalStore
from ui.cli.common import UsageError
from ui.controller import MeetingController
from ui.export.cli import render_protocol
from ui.export.html import render_html
from ui.export.templates import environment

_COALESCE_MS = 250
"""Entries journaled within this time of each other (a namnupprop) re-render the preview once."""


class ProtocolPreview(QTextBrowser):
    updated = Signal()

    def __init__(
        self,
        controller: MeetingController,
        *,
        templates: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._env = environment(templates)
        self.setAccessibleName(self.tr("Protokollet (förhandsvisning)"))
        self.setOpenLinks(False)
        # Paper, not console: the preview reads like the protocol it becomes.
        self.setStyleSheet("QTextBrowser { background: #ffffff; color: #111111; padding: 12px; }")
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(_COALESCE_MS)
        self._pending.timeout.connect(self.render_now)
        # Throttled, not debounced: steady typing must not hold the preview back for ever.
        controller.state_changed.connect(
            lambda _state: self._pending.isActive() or self._pending.start()
        )
        self.render_now()

    def render_now(self) -> None:
        controller = self._controller
        protocol = project(
            controller.state, controller.history, meeting_id=controller.session.meeting_id
        )
        bar = self.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 4
        position = bar.value()
        self.setHtml(render_html(self._env, protocol, final=False, preview=True))
        # Follow the newest § while the secretary is at the end; otherwise stay put.
        bar.setValue(bar.maximum() if at_end else position)
        self.updated.emit()


def default_folder(meeting_id: str) -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "Klubban" / meeting_id


class _Signals(QObject):
    """Emitted on the worker thread; Qt queues them to the receivers on the GUI thread."""

    progress = Signal(int, int, str)
    done = Signal(list)
    failed = Signal(str)


@dataclass(frozen=True, slots=True)
class _Job:
    store: SqlJournalStore
    meeting_id: str
    out: Path
    archive: bool
    templates: str | None


class _Render(QRunnable):
    def __init__(self, job: _Job, signals: _Signals) -> None:
        super().__init__()
        self._job = job
        self._signals = signals

    def run(self) -> None:
        try:
            job = self._job
            written = render_protocol(
                job.store,
                job.meeting_id,
                job.out,
                archive=job.archive,
                templates=job.templates,
                progress=self._signals.progress.emit,
            )
        except (UsageError, OSError) as error:
            self._signals.failed.emit(f"Protokollet kunde inte skrivas: {error}")
            return
        except StorageUnavailable as error:
            self._signals.failed.emit(error.message)
            return
        except Exception:
            # A bug: tell the secretary (nothing in the journal is affected), then let it be
            # reported as the bug it is.
            self._signals.failed.emit(
                "Ett internt fel hindrade protokollet från att skrivas; journalen är orörd."
            )
            raise
        self._signals.done.emit([str(p) for p in written])


class ProtocolWriter(QObject):
    """Writes the files on a pool thread; at most one run at a time."""

    progress = Signal(int, int, str)
    done = Signal(list)
    """The paths written (str)."""
    failed = Signal(str)

    def __init__(
        self, controller: MeetingController, *, templates: str | None = None, parent=None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._templates = templates
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.progress.connect(self.progress)
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self.running = False

    def write(self, out: Path, *, archive: bool = False) -> bool:
        if self.running:
            return False
        store = self._controller.session.store
        assert isinstance(store, SqlJournalStore)
        self.running = True
        self._pool.start(
            _Render(
                _Job(store, self._controller.session.meeting_id, out, archive, self._templates),
                self._signals,
            )
        )
        return True

    def _on_done(self, written: list) -> None:
        self.running = False
        self.done.emit(written)

    def _on_failed(self, message: str) -> None:
        self.running = False
        self.failed.emit(message)

    def wait(self) -> None:
        """For closing the window: let a run in progress finish its files."""
        self._pool.waitForDone()
