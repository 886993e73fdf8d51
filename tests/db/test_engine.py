"""Opening the journal database: a private file, durable pragmas, append-only events, and
clear Swedish messages when the file cannot be used."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory

from app.journal.port import StorageUnavailable
from db import engine
from db.engine import open_engine

pytestmark = pytest.mark.db


def test_a_new_journal_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "ny" / "journal.db"
    open_engine(str(path)).dispose()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_sqlite_url_from_the_settings_names_the_same_private_file(tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    engine = open_engine(f"sqlite:///{path}")
    engine.dispose()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_connections_are_durable(tmp_path: Path) -> None:
    engine = open_engine(str(tmp_path / "j.db"))
    with engine.connect() as connection:
        pragma = {
            name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        }
    engine.dispose()
    assert pragma == {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "busy_timeout": 5000,
    }


@pytest.mark.parametrize(
    "statement", ["UPDATE journal_event SET actor = 'x'", "DELETE FROM journal_event"]
)
def test_the_database_refuses_to_change_events(tmp_path: Path, statement: str) -> None:
    path = tmp_path / "j.db"
    open_engine(str(path)).dispose()
    connection = sqlite3.connect(path)
    connection.execute("INSERT INTO meeting VALUES ('m', 't', 'now')")
    connection.execute(
        "INSERT INTO journal_event (meeting_id, seq, type, version, payload, recorded_at, actor, "
        "prev_hash, hash) VALUES ('m', 1, 'T', 1, '{}', 'now', 'a', 'p', 'h')"
    )
    with pytest.raises(sqlite3.IntegrityError, match="endast för tillägg"):
        connection.execute(statement)
    connection.close()


def test_opening_twice_keeps_the_schema(tmp_path: Path) -> None:
    path = tmp_path / "j.db"
    open_engine(str(path)).dispose()
    engine = open_engine(str(path))
    with engine.connect() as connection:
        revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    engine.dispose()
    assert revision


def test_verification_does_not_invent_a_missing_journal(tmp_path: Path) -> None:
    with pytest.raises(StorageUnavailable, match="finns inte"):
        open_engine(str(tmp_path / "saknas.db"), create=False)
    assert not (tmp_path / "saknas.db").exists()


def test_a_corrupt_file_is_named_with_the_way_forward(tmp_path: Path) -> None:
    path = tmp_path / "trasig.db"
    path.write_bytes(b"inte en databas " * 512)
    with pytest.raises(StorageUnavailable, match=r"skadad.*säkerhetskopian"):
        open_engine(str(path))


def test_the_declared_schema_head_is_alembics() -> None:
    config = Config()
    config.set_main_option("script_location", str(Path(engine.__file__).parent / "migrations"))
    assert ScriptDirectory.from_config(config).get_current_head() == engine.SCHEMA_HEAD


def test_an_existing_journal_opens_at_the_head(tmp_path: Path) -> None:
    path = str(tmp_path / "k.db")
    open_engine(path).dispose()
    again = open_engine(path)
    try:
        assert engine._revision(again) == engine.SCHEMA_HEAD
    finally:
        again.dispose()
