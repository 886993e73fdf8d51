"""SqlJournalStore: the journal on SQLite or PostgreSQL through SQLAlchemy Core.

An append reads the head, chains the new entries onto it and inserts them in one transaction;
the entries are acknowledged (returned) only after the commit. Two writers cannot fork the
chain: the write lock is taken up front (SQLite's BEGIN IMMEDIATE, a PostgreSQL advisory lock
per meeting) and the head is checked under it; a writer that was behind gets
ConcurrentAppendError and decides again under the lock (`append_decided`). The unique
(meeting_id, seq) is the last guard. On PostgreSQL the commit also notifies the other
stations (db.notify)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from typing import Any, TextIO

from sqlalchemy import Connection, Dialect, Engine, Executable, bindparam, func, insert, select
from sqlalchemy.exc import DBAPIError, IntegrityError

from app.journal.chain import GENESIS, canonical_json, entry_hash
from app.journal.port import ConcurrentAppendError, NewEntry, StoredEntry
from db.errors import storage_error
from db.models import journal_table, meeting_table
from db.notify import CHANNEL

ROW_FIELDS = ("meeting_id", "seq", "type", "version", "payload", "recorded_at", "actor",
              "prev_hash", "hash")  # fmt: skip
"""The names of `rows()`' columns, in order."""
_COLUMNS = (
    journal_table.c.meeting_id,
    journal_table.c.seq,
    journal_table.c.type,
    journal_table.c.version,
    journal_table.c.payload,
    journal_table.c.recorded_at,
    journal_table.c.actor,
    journal_table.c.prev_hash,
    journal_table.c.hash,
)

# Built once: an append is the hot path of every command, and building a statement costs more
# than running it.
_HEAD = (
    select(journal_table.c.seq, journal_table.c.hash)
    .where(journal_table.c.meeting_id == bindparam("meeting_id"))
    .order_by(journal_table.c.seq.desc())
    .limit(1)
)
_AFTER = (
    select(*_COLUMNS)
    .where(
        journal_table.c.meeting_id == bindparam("meeting_id"),
        journal_table.c.seq > bindparam("after_seq"),
    )
    .order_by(journal_table.c.seq)
)
_INSERT = insert(journal_table)


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


class SqlJournalStore:
    """The JournalStore of app.journal.port on a migrated engine (see db.engine.open_engine)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        url = engine.url
        self._where = url.database if url.get_backend_name() == "sqlite" else str(url)

    @contextmanager
    def _connection(self, *, write: bool) -> Iterator[Connection]:
        try:
            with self.engine.connect() as plain:
                connection = plain.execution_options(immediate=True) if write else plain
                with connection.begin():
                    yield connection
        except IntegrityError:
            raise
        except DBAPIError as error:
            raise storage_error(error, self._where) from error

    def create_meeting(self, meeting_id: str, title: str) -> None:
        with self._connection(write=True) as connection:
            connection.execute(
                insert(meeting_table).values(id=meeting_id, title=title, created_at=utc_now())
            )

    def meeting_ids(self) -> list[str]:
        query = select(meeting_table.c.id).order_by(meeting_table.c.created_at, meeting_table.c.id)
        with self._connection(write=False) as connection:
            return list(connection.scalars(query))

    def meeting_title(self, meeting_id: str) -> str | None:
        query = select(meeting_table.c.title).where(meeting_table.c.id == meeting_id)
        with self._connection(write=False) as connection:
            return connection.scalar(query)

    def head(self, meeting_id: str) -> StoredEntry | None:
        query = (
            select(*_COLUMNS)
            .where(journal_table.c.meeting_id == meeting_id)
            .order_by(journal_table.c.seq.desc())
            .limit(1)
        )
        with self._connection(write=False) as connection:
            row = connection.execute(query).first()
        return _stored(row) if row else None

    def head_seq(self, meeting_id: str) -> int:
        query = select(func.coalesce(func.max(journal_table.c.seq), 0)).where(
            journal_table.c.meeting_id == meeting_id
        )
        with self._connection(write=False) as connection:
            return int(connection.scalar(query))

    def entries(self, meeting_id: str, *, after_seq: int = 0) -> list[StoredEntry]:
        return [_stored(row) for row in self.rows(meeting_id, after_seq=after_seq)]

    def rows(self, meeting_id: str, *, after_seq: int = 0) -> list[tuple]:
        """The stored rows as they are (payload as its stored text), in sequence order."""
        values = {"meeting_id": meeting_id, "after_seq": after_seq}
        with self._connection(write=False) as connection:
            return [tuple(row) for row in connection.execute(_AFTER, values)]

    def write_jsonl(self, meeting_id: str, out: TextIO) -> None:
        """The meeting's rows as JSON lines, payload as its stored text (the chain re-verifies
        from them): for backups and archive packages."""
        for row in self.rows(meeting_id):
            out.write(json.dumps(dict(zip(ROW_FIELDS, row, strict=True)), ensure_ascii=False))
            out.write("\n")

    def append(
        self, meeting_id: str, entries: Sequence[NewEntry], *, after_seq: int
    ) -> list[StoredEntry]:
        if not entries:
            return []
        with self._write(meeting_id) as tx:
            head_seq, prev_hash = tx.head()
            if head_seq != after_seq:
                raise ConcurrentAppendError(f"{meeting_id}: head {head_seq} ≠ {after_seq}")
            return tx.insert(entries, head_seq, prev_hash)

    def append_decided(
        self,
        meeting_id: str,
        decide: Callable[[list[StoredEntry]], Sequence[NewEntry]],
        *,
        after_seq: int,
    ) -> tuple[list[StoredEntry], list[StoredEntry]]:
        with self._write(meeting_id) as tx:
            foreign = tx.after(after_seq)
            entries = decide(foreign)
            if not entries:
                return foreign, []
            return foreign, tx.insert(entries, *tx.head())

    @cached_property
    def _statements(self) -> _Statements:
        """Compiled at the first write: stores opened only to read never pay for it."""
        return _Statements(self.engine.dialect)

    @contextmanager
    def _write(self, meeting_id: str) -> Iterator[_Append]:
        """A write transaction holding the meeting's write lock (SQLite's BEGIN IMMEDIATE, a
        PostgreSQL advisory lock per meeting: writers of one meeting queue here), committed
        when the block ends. It runs on the pooled driver connection with statements compiled
        once: SQLAlchemy's per-statement work was a third of an append's cost."""
        dbapi = self.engine.dialect.loaded_dbapi
        raw = self.engine.raw_connection()
        try:
            cursor = raw.cursor()
            try:
                tx = _Append(cursor, self._statements, meeting_id)
                tx.begin()
                yield tx
                raw.commit()
            except BaseException:
                with suppress(dbapi.Error):  # a broken connection: the first error is the news
                    raw.rollback()
                raise
        except dbapi.IntegrityError as error:
            # A writer that does not take the lock inserted the same seq meanwhile.
            raise ConcurrentAppendError(str(error)) from error
        except dbapi.Error as error:
            raise storage_error(error, self._where) from error
        finally:
            raw.close()


@dataclass(frozen=True, slots=True)
class _Sql:
    """A statement compiled for one dialect, with how to pass its parameters."""

    text: str
    defaults: dict[str, Any]
    order: tuple[str, ...] | None
    """Positional parameter names in order (SQLite's `?`), or None for named ones."""

    @classmethod
    def of(cls, statement: Executable, dialect: Dialect, **options: Any) -> _Sql:
        compiled = statement.compile(dialect=dialect, **options)
        order = tuple(compiled.positiontup) if compiled.positiontup is not None else None
        defaults = {
            name: bind.effective_value for name, bind in compiled.binds.items() if not bind.required
        }
        return cls(str(compiled), defaults, order)

    def params(self, values: dict[str, Any]) -> tuple | dict:
        merged = {**self.defaults, **values}
        return tuple(merged[name] for name in self.order) if self.order is not None else merged


class _Statements:
    def __init__(self, dialect: Dialect) -> None:
        meeting = bindparam("meeting_id")
        self.postgres = dialect.name == "postgresql"
        self.lock = _Sql.of(select(func.pg_advisory_xact_lock(func.hashtext(meeting))), dialect)
        self.notify = _Sql.of(select(func.pg_notify(CHANNEL, meeting)), dialect)
        self.head = _Sql.of(_HEAD, dialect)
        self.after = _Sql.of(_AFTER, dialect)
        self.insert = _Sql.of(_INSERT, dialect, column_keys=list(ROW_FIELDS))


class _Append:
    """One append transaction on a driver cursor."""

    def __init__(self, cursor: Any, statements: _Statements, meeting_id: str) -> None:
        self._cursor = cursor
        self._sql = statements
        self._meeting_id = meeting_id

    def _execute(self, sql: _Sql, **values: Any) -> Any:
        self._cursor.execute(sql.text, sql.params({"meeting_id": self._meeting_id, **values}))
        return self._cursor

    def begin(self) -> None:
        if self._sql.postgres:
            self._execute(self._sql.lock)
        else:
            self._cursor.execute("BEGIN IMMEDIATE")

    def head(self) -> tuple[int, str]:
        row = self._execute(self._sql.head).fetchone()
        return (row[0], row[1]) if row else (0, GENESIS)

    def after(self, after_seq: int) -> list[StoredEntry]:
        return [_stored(row) for row in self._execute(self._sql.after, after_seq=after_seq)]

    def insert(
        self, entries: Sequence[NewEntry], head_seq: int, prev_hash: str
    ) -> list[StoredEntry]:
        stored = chain_entries(self._meeting_id, entries, head_seq, prev_hash, utc_now())
        self._cursor.executemany(
            self._sql.insert.text, [self._sql.insert.params(stored_row(e)) for e in stored]
        )
        if self._sql.postgres:
            # Sent with the commit, never before it: other stations read what is there.
            self._execute(self._sql.notify)
        return stored


def chain_entries(
    meeting_id: str, entries: Sequence[NewEntry], head_seq: int, prev_hash: str, at: str
) -> list[StoredEntry]:
    """The entries as they are stored after the head: numbered, timed and hash-chained."""
    stored = []
    for seq, entry in enumerate(entries, start=head_seq + 1):
        digest = entry_hash(
            meeting_id=meeting_id,
            seq=seq,
            type_=entry.type,
            version=entry.version,
            payload=entry.payload,
            recorded_at=at,
            actor=entry.actor,
            prev_hash=prev_hash,
        )
        stored.append(
            StoredEntry(
                meeting_id,
                seq,
                entry.type,
                entry.version,
                entry.payload,
                at,
                entry.actor,
                prev_hash,
                digest,
            )
        )
        prev_hash = digest
    return stored


def stored_row(entry: StoredEntry) -> dict:
    """An entry as a row of journal_event."""
    return {
        "meeting_id": entry.meeting_id,
        "seq": entry.seq,
        "type": entry.type,
        "version": entry.version,
        "payload": canonical_json(entry.payload),
        "recorded_at": entry.recorded_at,
        "actor": entry.actor,
        "prev_hash": entry.prev_hash,
        "hash": entry.hash,
    }


def _stored(row: Sequence) -> StoredEntry:
    meeting_id, seq, type_, version, payload, recorded_at, actor, prev_hash, digest = row
    return StoredEntry(
        meeting_id, seq, type_, version, json.loads(payload), recorded_at, actor, prev_hash, digest
    )
