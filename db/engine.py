"""Opening the journal database: SQLite (embedded default) or PostgreSQL (several stations).

SQLite is set up for durability first: WAL, synchronous=FULL (a commit is on disk before it
is acknowledged), foreign keys, a busy timeout so a short lock by another station waits
instead of failing. The file is created 0600 before SQLite touches it: the journal names
people and may hold sekretess notes. Every open brings the schema to the newest revision."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

from app.journal.port import StorageUnavailable
from db.errors import storage_error
from db.secrets import SecretsUnavailable, get_secret

BUSY_TIMEOUT_MS = 5000
DATABASE_SECRET = "database"
SCHEMA_HEAD = "0002_reference"
"""The newest migration (tests hold it to Alembic's own answer). A journal already there opens
without loading Alembic at all, which would cost the start-up most of a second."""
_MIGRATIONS = Path(__file__).parent / "migrations"


_SQLITE_URL = "sqlite:///"


def is_url(database: str) -> bool:
    """A server URL; a `sqlite:///path` URL (as the settings write it) names a file."""
    return "://" in database and not database.startswith(_SQLITE_URL)


def _file(database: str) -> Path:
    return Path(database.removeprefix(_SQLITE_URL))


def describe(database: str) -> str:
    """How the user names this database in messages (never with a password)."""
    if is_url(database):
        return make_url(database).render_as_string(hide_password=True)
    return str(_file(database))


def open_engine(database: str, *, create: bool = True) -> Engine:
    """An engine on the migrated journal. `create=False` refuses a missing SQLite file
    (verification must not invent an empty journal)."""
    where = describe(database)
    try:
        engine = _postgres(database) if is_url(database) else _sqlite(_file(database), create)
        _migrate(engine)
    except DBAPIError as error:
        raise storage_error(error, where) from error
    except OSError as error:
        raise storage_error(error, where) from error
    return engine


def _sqlite(path: Path, create: bool) -> Engine:
    if not path.exists():
        if not create:
            raise StorageUnavailable(f"Journalfilen {path} finns inte.")
        path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    engine = create_engine(f"sqlite+pysqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # Let SQLAlchemy, not the driver, decide where transactions begin (see _on_begin).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        # An append takes the write lock up front, so two writers queue on the busy timeout
        # instead of one failing when it upgrades a read lock.
        immediate = connection.get_execution_options().get("immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _postgres(url: str) -> Engine:
    return create_engine(with_keyring_password(url), pool_pre_ping=True)


def database_secret_name(url: str) -> str:
    """How a database's password is named in the keyring: its address without a password."""
    return make_url(url).set(password=None).render_as_string(hide_password=False)


def with_keyring_password(url: str) -> URL:
    """The address with its password from the OS keyring, when it names a user and no
    password (settings and command lines never carry one). Without a keyring the server may
    still let the user in (peer or certificate authentication), so that is tried."""
    parsed = make_url(url)
    if parsed.username is None or parsed.password is not None:
        return parsed
    try:
        password = get_secret(DATABASE_SECRET, database_secret_name(url))
    except SecretsUnavailable:
        return parsed
    return parsed.set(password=password) if password is not None else parsed


def _migrate(engine: Engine) -> None:
    if _revision(engine) == SCHEMA_HEAD:
        return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _revision(engine: Engine) -> str | None:
    """The schema revision recorded in the database; None for a new (or foreign) one."""
    with engine.connect() as connection:
        try:
            return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        except DBAPIError:
            return None
