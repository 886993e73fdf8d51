"""`klubban` (no command) and `klubban gui`: open the journal, choose the meeting, and run the
windows of this station around one controller. A meeting interrupted by a crash resumes exactly
where its journal ends: the state is always replayed from the journal."""

from __future__ import annotations

import argparse
import sys
from functools import partial
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from app.journal.port import StorageUnavailable
from app.meeting.errors import RuleViolation
from app.scenario.parse import parse_scenario
from app.scenario.reader import ScenarioError
from db.backup import backup_journal
from db.journal import SqlJournalStore
from db.notify import watcher_for
from db.reference import feed_password, load_feed_sources
from db.session import MeetingSession
from db.settings import Settings, load_settings, save_settings
from ui.cli.common import open_store
from ui.console import Console
from ui.controller import MeetingController
from ui.i18n import install_translator
from ui.meeting_picker import MeetingPickerDialog
from ui.station import StationWatcher
from ui.style import set_font_scale
from ui.video.sources import with_credentials

LAST_MEETING = "last_meeting"


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Klubban")
    app.setOrganizationName("Klubban")
    app.setDesktopFileName("klubban")
    return app


def run_gui(args: argparse.Namespace) -> int:
    app = application()
    settings = load_settings()
    translator = install_translator(app, str(settings["ui.language"]))
    set_font_scale(float(settings["ui.font_scale"]))
    database = args.database or settings.database_url
    try:
        store = open_store(database)
    except StorageUnavailable as error:
        QMessageBox.critical(None, "Klubban", error.message)
        return 2
    meeting_id = _choose_meeting(store, getattr(args, "meeting", None), settings)
    if meeting_id is None:
        return 0
    session = MeetingSession.open(store, meeting_id)
    controller = MeetingController(session, backup=partial(backup_journal, store.engine))
    sources = {
        source.person_id or source.name: with_credentials(
            source.mrl, source.username, feed_password(source.name)
        )
        for source in load_feed_sources(store.engine)
    }
    console = Console(controller, settings=settings, which=args.window, sources=sources)
    station = StationWatcher(controller, watcher_for(store.engine, meeting_id))
    station.start()
    console.show()
    code = app.exec()
    station.stop()
    save_settings(console.settings().with_free("window", LAST_MEETING, meeting_id))
    console.stop()
    del translator
    return code


def _choose_meeting(store: SqlJournalStore, wanted: str | None, settings: Settings) -> str | None:
    ids = store.meeting_ids()
    if wanted:
        if wanted in ids:
            return wanted
        QMessageBox.warning(None, "Klubban", f"Sammanträdet {wanted} finns inte i journalen.")
    last = settings.free.get("window", {}).get(LAST_MEETING)
    if wanted is None and last in ids:
        return str(last)
    picker = MeetingPickerDialog([(i, store.meeting_title(i)) for i in ids])
    picker.create_requested.connect(partial(_create_from_file, store, picker))
    if not picker.exec():
        return None
    return picker.chosen()


def _create_from_file(store: SqlJournalStore, picker: MeetingPickerDialog, path: str) -> None:
    """A new meeting from a preparation file (the body, the meeting and its agenda, in the
    scenario format; its steps are not played)."""
    try:
        scenario = parse_scenario(Path(path).read_text(encoding="utf-8"))
        session = MeetingSession.create(store, scenario.create, actor="sekreterare")
    except (OSError, UnicodeDecodeError) as error:
        picker.show_problem(f"Kan inte läsa {path}: {error}")
    except ScenarioError as error:
        picker.show_problem(f"{path}: {error}")
    except (StorageUnavailable, RuleViolation) as error:
        picker.show_problem(error.message)
    else:
        picker.add_and_choose(session.meeting_id, store.meeting_title(session.meeting_id))
