"""`klubban password database URL` and `klubban password feed NAME`: puts a password into the
OS keyring (asked for twice without echo; read from standard input when it is not a
terminal, for installation scripts). It is never written anywhere else."""

from __future__ import annotations

import argparse
import getpass
import sys

from db.engine import DATABASE_SECRET, database_secret_name
from db.reference import FEED_SECRET
from db.secrets import SecretsUnavailable, store_secret


def _read_password() -> str | None:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n") or None
    first = getpass.getpass("Lösenord: ")
    if first != getpass.getpass("Lösenordet igen: "):
        print("Lösenorden är olika; inget har sparats.", file=sys.stderr)
        return None
    return first or None


def password_main(args: argparse.Namespace) -> int:
    if args.kind == "database":
        if "://" not in args.name:
            print(
                "Ange databasens adress, t.ex. postgresql://klubban@db.kommun.se/klubban.",
                file=sys.stderr,
            )
            return 2
        kind, name = DATABASE_SECRET, database_secret_name(args.name)
    else:
        kind, name = FEED_SECRET, args.name
    password = _read_password()
    if password is None:
        print("Inget lösenord angavs; inget har sparats.", file=sys.stderr)
        return 1
    try:
        store_secret(kind, name, password)
    except SecretsUnavailable as error:
        print(error.message, file=sys.stderr)
        return 2
    print(f"Lösenordet för {name} är sparat i nyckelringen.")
    return 0
