"""`klubban scenario run` and `klubban scenario export`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TextIO

from app.journal.port import StorageUnavailable
from app.meeting.errors import RuleViolation
from app.scenario.describe import describe
from app.scenario.export import export_scenario
from app.scenario.parse import parse_scenario
from app.scenario.reader import ScenarioError
from db.journal import SqlJournalStore
from db.session import MeetingSession
from ui.cli.common import open_store, pick_meeting

EXIT_REFUSED = 1
EXIT_BAD_INPUT = 2


def run(file: str, database: str, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Play a scenario step by step; stop at the first refused step, journaling nothing of it."""
    out, err = out or sys.stdout, err or sys.stderr
    try:
        text = Path(file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        print(f"Kan inte läsa {file}: {error}", file=err)
        return EXIT_BAD_INPUT
    try:
        scenario = parse_scenario(text)
    except ScenarioError as error:
        step = f"steg {error.step}: " if error.step else ""
        print(f"{file}: {step}{error}", file=err)
        return EXIT_BAD_INPUT
    store = open_store(database)
    try:
        session = MeetingSession.create(store, scenario.create, actor="scenario")
    except (RuleViolation, StorageUnavailable) as error:
        print(f"{file}: {error.message}", file=err)
        return EXIT_REFUSED
    print(f"Sammanträde {session.meeting_id}: {scenario.create.body.name}", file=out)
    for step in scenario.steps:
        try:
            outcome = session.dispatch_all(step.commands, at=step.at)
        except RuleViolation as error:
            print(f"Steg {step.number} ({step.do}) avvisades: {error.message}", file=err)
            print(
                f"Regel: {error.rule}. Inget efter steg {step.number - 1} har journalförts.",
                file=err,
            )
            return EXIT_REFUSED
        except StorageUnavailable as error:
            print(f"Steg {step.number} ({step.do}): {error.message}", file=err)
            return EXIT_REFUSED
        print(describe(step, outcome.state, outcome.events), file=out)
        for warning in outcome.warnings:
            print(f"     varning: {warning}", file=out)
    print(f"Klart: {len(scenario.steps)} steg, journal {database}", file=out)
    return 0


def export(
    database: str, meeting: str | None, out_file: str | None, out: TextIO | None = None
) -> int:
    store: SqlJournalStore = open_store(database)
    meeting_id = pick_meeting(store, meeting)
    session = MeetingSession.open(store, meeting_id)
    document = json.dumps(export_scenario(session.history), ensure_ascii=False, indent=1)
    if out_file:
        Path(out_file).write_text(document + "\n", encoding="utf-8")
    else:
        print(document, file=out or sys.stdout)
    return 0
