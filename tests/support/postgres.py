"""A real PostgreSQL server for tests and the stations benchmark: Debian's `postgresql`
binaries, a cluster initialised in a temporary directory, listening on a Unix socket only (no
TCP port to collide with), trust authentication for the test user, stopped at the end.

PostgreSQL refuses to run as root; as root (CI containers) the server runs as the `postgres`
user the Debian package creates."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg

USER = "klubban"


def _binary(name: str) -> str | None:
    versions = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return versions[-1] if versions else shutil.which(name)


class PostgresServer:
    def __init__(self, socket_dir: Path) -> None:
        self.socket_dir = socket_dir

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{USER}@/{database}?host={self.socket_dir}"

    def create_database(self) -> str:
        """A fresh, empty database; its SQLAlchemy URL."""
        name = f"k_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(
            host=str(self.socket_dir), user=USER, dbname="postgres", autocommit=True
        ) as connection:
            connection.execute(f"CREATE DATABASE {name}")
        return self.url(name)


@contextmanager
def postgres_server() -> Iterator[PostgresServer]:
    initdb, pg_ctl = _binary("initdb"), _binary("pg_ctl")
    if not (initdb and pg_ctl):
        raise RuntimeError("PostgreSQL is not installed (scripts/system-packages.txt)")
    root = Path(tempfile.mkdtemp(prefix="klubban-pg-"))
    as_server: list[str] = []
    if os.geteuid() == 0:
        as_server = ["runuser", "-u", "postgres", "--"]
        shutil.chown(root, "postgres", "postgres")
    data, sockets, log = root / "data", root / "run", root / "server.log"
    run = as_server
    try:
        subprocess.run(
            [*run, "mkdir", "-p", str(sockets)], check=True, capture_output=True
        )  # fmt: skip
        subprocess.run(
            [*run, initdb, "-D", str(data), "-U", USER, "--auth=trust", "-E", "UTF8",
             "--locale=C.UTF-8", "--no-sync"],
            check=True, capture_output=True,
        )  # fmt: skip
        subprocess.run(
            [*run, pg_ctl, "-D", str(data), "-l", str(log), "-w", "-o",
             f"-k {sockets} -c listen_addresses='' -c fsync=on", "start"],
            check=True, capture_output=True,
        )  # fmt: skip
        yield PostgresServer(sockets)
    finally:
        subprocess.run(
            [*run, pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"],
            check=False, capture_output=True,
        )  # fmt: skip
        shutil.rmtree(root, ignore_errors=True)
