"""`klubban protocol DB [--meeting ID] --out DIR [--utdrag N …] [--archive]` and
`klubban archive verify PKG`. The secretary's buttons call `render_meeting` too, with a
progress callback, so the command line and the window produce the same files."""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

from app.protocol.model import Protocol
from app.protocol.project import project
from db.engine import open_engine
from db.journal import SqlJournalStore
from db.session import MeetingSession
from ui.cli.common import UsageError, pick_meeting

Progress = Callable[[int, int, str], None]
"""Called with (step done, steps in all, what comes next) between the slow parts."""


def load_protocol(store: SqlJournalStore, meeting_id: str) -> Protocol:
    session = MeetingSession.open(store, meeting_id)
    head = store.head(meeting_id)
    seal = head.hash if head is not None and session.state.closed_at else None
    return project(session.state, session.history, meeting_id=meeting_id, seal=seal)


def _file_stem(protocol: Protocol) -> str:
    """ASCII file names: they travel through e-mail, diarium systems and Windows shares."""
    folded = unicodedata.normalize("NFKD", protocol.organ).encode("ascii", "ignore").decode()
    organ = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    return f"protokoll-{organ}-{protocol.date}"


def render_meeting(
    database: str,
    meeting: str | None,
    out_dir: str | Path,
    *,
    utdrag: Iterable[int] = (),
    archive: bool = False,
    templates: str | Path | None = None,
    progress: Progress | None = None,
) -> list[Path]:
    """Open the journal (never creating one) and render the meeting: see `render_protocol`."""
    engine = open_engine(database, create=False)
    try:
        store = SqlJournalStore(engine)
        return render_protocol(
            store,
            pick_meeting(store, meeting),
            out_dir,
            utdrag=utdrag,
            archive=archive,
            templates=templates,
            progress=progress,
        )
    finally:
        engine.dispose()


def render_protocol(
    store: SqlJournalStore,
    meeting_id: str,
    out_dir: str | Path,
    *,
    utdrag: Iterable[int] = (),
    archive: bool = False,
    templates: str | Path | None = None,
    progress: Progress | None = None,
) -> list[Path]:
    """Write the DOCX draft and the PDF/A (and the utdrag and archive package asked for)
    into `out_dir`; returns the files written, in order."""
    # The renderers pull in WeasyPrint and python-docx: imported here so `klubban --help` and
    # the windows start without them.
    from ui.export import archive as package
    from ui.export.docx import write_docx
    from ui.export.html import render_html, title_of
    from ui.export.pdf import write_pdf
    from ui.export.templates import environment

    protocol = load_protocol(store, meeting_id)
    wanted = sorted(set(utdrag))
    known = {p.number for p in protocol.paragraphs}
    missing = [n for n in wanted if n not in known]
    if missing:
        raise UsageError(
            f"Protokollet har ingen § {', '.join(map(str, missing))} "
            f"(paragraferna är {protocol.paragraph_range or 'inga'})."
        )
    env = environment(templates)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    stem = _file_stem(protocol)
    final = protocol.seal is not None
    steps = 2 + len(wanted) + (1 if archive else 0)
    done = 0

    def step(label: str) -> None:
        nonlocal done
        if progress:
            progress(done, steps, label)
        done += 1

    step("Skriver DOCX-utkastet …")
    docx = write_docx(env, protocol, out / f"{stem}.docx", title=title_of(protocol, final=final))
    step("Skriver PDF/A …")
    pdf = write_pdf(render_html(env, protocol, final=final), out / f"{stem}.pdf")
    written = [docx, pdf]
    for number in wanted:
        step(f"Skriver protokollsutdrag § {number} …")
        html = render_html(env, protocol, final=final, only=(number,))
        written.append(write_pdf(html, out / f"{stem}-utdrag-{number}.pdf"))
    if archive:
        step("Packar arkivpaketet …")
        folder = out / f"{stem}-arkivpaket"
        folder.mkdir(exist_ok=True)
        for source in (docx, pdf):
            (folder / source.name).write_bytes(source.read_bytes())
        journal = package.write_journal(store, meeting_id, folder / package.JOURNAL)
        files = [folder / docx.name, folder / pdf.name, journal]
        package.write_metadata(protocol, files, folder / package.METADATA)
        package.write_manifest(folder)
        written.append(folder)
    if progress:
        progress(steps, steps, "Klart.")
    return written


def protocol_main(args: argparse.Namespace) -> int:
    try:
        written = render_meeting(
            args.db,
            args.meeting,
            args.out,
            utdrag=args.utdrag,
            archive=args.archive,
            templates=args.templates,
        )
    except FileNotFoundError as error:
        raise UsageError(str(error)) from error
    for path in written:
        print(path)
    return 0


def archive_verify_main(package_dir: str) -> int:
    from ui.export.archive import verify_package

    folder = Path(package_dir)
    if not folder.is_dir():
        raise UsageError(f"{folder} är ingen mapp.")
    problems = verify_package(folder)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"Arkivpaketet {folder} är intakt: manifestet och journalens kedja stämmer.")
    return 1 if problems else 0
