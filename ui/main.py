"""`klubban`: the composition root. Parses the command line and hands over to the CLI commands
or the windows. Qt is imported only by the commands that open windows."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version

from app.journal.port import StorageUnavailable
from ui.cli.common import UsageError
from ui.cli_text import text


def _version() -> str:
    try:
        return version("klubban")
    except PackageNotFoundError:  # running from a source tree that was not installed
        return "0+source"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="klubban", description=text("description"), add_help=False
    )
    parser.add_argument("-h", "--help", action="help", help=text("help"))
    parser.add_argument(
        "--version", action="version", version=f"klubban {_version()}", help=text("version")
    )
    parser.add_argument("--self-test", action="store_true", help=text("self_test"))
    parser.add_argument("--database", help=text("db"))
    parser.add_argument("--window", choices=("chair", "secretary", "room"), help=text("window"))
    sub = parser.add_subparsers(dest="command", title=text("commands"))

    scenario = sub.add_parser("scenario", help=text("scenario"))
    scenario_sub = scenario.add_subparsers(dest="scenario_command", required=True)
    run = scenario_sub.add_parser("run", help=text("scenario_run"))
    run.add_argument("file", help=text("file"))
    run.add_argument("--db", required=True, help=text("db"))
    export = scenario_sub.add_parser("export", help=text("scenario_export"))
    export.add_argument("--db", required=True, help=text("db"))
    export.add_argument("--meeting", help=text("meeting"))
    export.add_argument("--out", help=text("out"))

    verify = sub.add_parser("verify", help=text("verify"))
    verify.add_argument("db", help=text("db"))
    verify.add_argument("--meeting", help=text("meeting"))
    verify.add_argument("--seal", help=text("seal"))

    protocol = sub.add_parser("protocol", help=text("protocol"))
    protocol.add_argument("db", help=text("db"))
    protocol.add_argument("--meeting", help=text("meeting"))
    protocol.add_argument("--out", required=True)
    protocol.add_argument("--utdrag", nargs="*", type=int, default=[])
    protocol.add_argument("--archive", action="store_true", help=text("archive"))
    protocol.add_argument("--templates")

    archive = sub.add_parser("archive", help=text("archive"))
    archive_sub = archive.add_subparsers(dest="archive_command", required=True)
    archive_verify = archive_sub.add_parser("verify", help=text("archive_verify"))
    archive_verify.add_argument("package")

    imp = sub.add_parser("import", help=text("import"))
    imp.add_argument("what", choices=("members", "organ", "agenda"))
    imp.add_argument("file", help=text("import_file"))
    imp.add_argument("--meeting", help=text("meeting"))
    imp.add_argument("--body", help=text("body"))
    imp.add_argument("--organ", help=text("organ"))
    imp.add_argument("--db", help=text("db"))
    imp.add_argument("--yes", action="store_true", help=text("yes"))

    password = sub.add_parser("password", help=text("password"))
    password.add_argument("kind", choices=("database", "feed"))
    password.add_argument("name", help=text("password_name"))

    demo = sub.add_parser("demo", help=text("demo"))
    demo.add_argument("--screenshots")
    demo.add_argument("--db")
    sim = sub.add_parser("simulate", help=text("simulate"), add_help=False)
    sim.add_argument("args", nargs=argparse.REMAINDER)
    gui = sub.add_parser("gui", help=text("gui"))
    gui.add_argument("--meeting")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    if given[:1] == ["simulate"]:
        # The simulator has its own options (--feeds …), which argparse's REMAINDER would
        # refuse as the first word after the command.
        from ui.video.simulator import simulate_main

        return simulate_main(given[1:])
    args = build_parser().parse_args(given)
    try:
        return _dispatch(args)
    except (UsageError, StorageUnavailable) as error:
        print(str(error) if isinstance(error, UsageError) else error.message, file=sys.stderr)
        return 2


def _dispatch(args: argparse.Namespace) -> int:
    if args.self_test:
        from ui.selftest import self_test

        return self_test()
    if args.command == "scenario":
        from ui.cli import scenario

        if args.scenario_command == "run":
            return scenario.run(args.file, args.db)
        return scenario.export(args.db, args.meeting, args.out)
    if args.command == "verify":
        from ui.cli.verify import verify

        return verify(args.db, args.meeting, args.seal)
    if args.command == "protocol":
        from ui.export.cli import protocol_main

        return protocol_main(args)
    if args.command == "archive":
        from ui.export.cli import archive_verify_main

        return archive_verify_main(args.package)
    if args.command == "import":
        from ui.cli.importing import import_main

        return import_main(args)
    if args.command == "password":
        from ui.cli.password import password_main

        return password_main(args)
    if args.command == "demo":
        from ui.demo import demo_main

        return demo_main(args)
    if args.command == "simulate":
        from ui.video.simulator import simulate_main

        return simulate_main(args.args)
    from ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
