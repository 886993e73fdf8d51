"""`klubban import members|organ|agenda FILE`: the import commands on the command line. The
preview is printed and confirmed on the terminal (`--yes` skips the question)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from db.engine import open_engine
from db.importing.cli import USAGE, import_agenda_main, import_members_main, import_organ_main
from db.settings import load_settings


def _ask(lines: Sequence[str]) -> bool:
    print("\n".join(lines))
    try:
        answer = input("Importera? [j/N] ")
    except EOFError:
        return False
    return answer.strip().lower() in ("j", "ja", "y", "yes")


def import_main(args: argparse.Namespace) -> int:
    if args.what == "agenda" and not args.meeting:
        print("Ange sammanträdet dagordningen gäller: --meeting ID.", file=sys.stderr)
        return USAGE
    database = args.db or args.database or load_settings().database_url
    engine = open_engine(database)
    confirm = None if args.yes else _ask
    try:
        if args.what == "members":
            code, lines = import_members_main(
                engine, args.file, body=args.body, organ=args.organ, confirm=confirm
            )
        elif args.what == "organ":
            code, lines = import_organ_main(engine, args.file, confirm=confirm)
        else:
            code, lines = import_agenda_main(
                engine, args.file, meeting=args.meeting, confirm=confirm
            )
    finally:
        engine.dispose()
    # The preview was already shown when the user was asked; print only what follows it.
    shown = lines[-1:] if confirm is not None and code == 0 else lines
    print("\n".join(shown), file=sys.stdout if code == 0 else sys.stderr)
    return code
