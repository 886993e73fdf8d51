"""Reference data between meetings: bodies with their ledamöter, ersättare and distance
policy, the agenda prepared for a planned meeting, and the configured feed sources.

Each save replaces the whole set in one transaction, so a failed import leaves the previous
data intact. Feed passwords go to the keyring (db.secrets), never into these tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import SplitResult, unquote, urlsplit, urlunsplit

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Engine,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    delete,
    insert,
    select,
)

from app.meeting.model import Body, BodyKind, DistancePolicy, Ersattare, Item, ItemFlag, Member
from db import secrets

metadata = MetaData()
"""The reference tables (created by the Alembic revision 0002_reference)."""

body_table = Table(
    "body",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("kind", String(32), nullable=False),
    Column("policy_decided_by", Text),
    Column("policy_max_remote", Integer),
    Column("policy_presidium_in_room", Boolean, nullable=False),
    Column("policy_notice_hours", Integer, nullable=False),
    Column("policy_exclude", String(200), nullable=False),
)
member_table = Table(
    "body_member",
    metadata,
    Column("body_id", ForeignKey("body.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", String(32), primary_key=True),
    Column("position", Integer, nullable=False),
    Column("name", String(200), nullable=False),
    Column("party", String(64), nullable=False),
    Column("role", String(100)),
)
ersattare_table = Table(
    "body_ersattare",
    metadata,
    Column("body_id", ForeignKey("body.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", String(32), primary_key=True),
    Column("position", Integer, nullable=False),
    Column("name", String(200), nullable=False),
    Column("party", String(64), nullable=False),
    Column("turordning", Integer, nullable=False),
)
agenda_table = Table(
    "planned_agenda_item",
    metadata,
    Column("meeting_key", String(100), primary_key=True),
    Column("item_id", String(32), primary_key=True),
    Column("position", Integer, nullable=False),
    Column("title", Text, nullable=False),
    Column("dnr", String(100)),
    Column("proposal", Text),
    Column("sekretess", Boolean, nullable=False),
    Column("sluten_omrostning", Boolean, nullable=False),
)
feed_table = Table(
    "feed_source",
    metadata,
    Column("name", String(100), primary_key=True),
    Column("mrl", Text, nullable=False),
    Column("username", String(200)),
    Column("person_id", String(32)),
)
FEED_SECRET = "feed"


def save_body(engine: Engine, body: Body) -> None:
    """Adds the body, or replaces the one with the same name (people and policy alike)."""
    p = body.distance_policy
    values = {
        "name": body.name,
        "kind": body.kind.value,
        "policy_decided_by": p.decided_by,
        "policy_max_remote": p.max_remote,
        "policy_presidium_in_room": p.presidium_in_room,
        "policy_notice_hours": p.notice_hours,
        "policy_exclude": ",".join(f.value for f in p.exclude),
    }
    with engine.begin() as conn:
        body_id = _body_id(conn, body.name)
        if body_id is None:
            body_id = conn.execute(insert(body_table).values(values)).inserted_primary_key[0]
        else:
            conn.execute(body_table.update().where(body_table.c.id == body_id).values(values))
            conn.execute(delete(member_table).where(member_table.c.body_id == body_id))
            conn.execute(delete(ersattare_table).where(ersattare_table.c.body_id == body_id))
        people = [
            {"body_id": body_id, "person_id": m.id, "position": i, "name": m.name}
            | {"party": m.party, "role": m.role}
            for i, m in enumerate(body.members)
        ]
        subs = [
            {"body_id": body_id, "person_id": e.id, "position": i, "name": e.name}
            | {"party": e.party, "turordning": e.order}
            for i, e in enumerate(body.ersattare)
        ]
        if people:
            conn.execute(insert(member_table), people)
        if subs:
            conn.execute(insert(ersattare_table), subs)


def _body_id(conn: Connection, name: str) -> int | None:
    return conn.scalar(select(body_table.c.id).where(body_table.c.name == name))


def body_names(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return list(conn.scalars(select(body_table.c.name).order_by(body_table.c.name)))


def load_body(engine: Engine, name: str) -> Body | None:
    with engine.connect() as conn:
        row = conn.execute(select(body_table).where(body_table.c.name == name)).one_or_none()
        if row is None:
            return None
        people = conn.execute(
            select(member_table)
            .where(member_table.c.body_id == row.id)
            .order_by(member_table.c.position)
        )
        subs = conn.execute(
            select(ersattare_table)
            .where(ersattare_table.c.body_id == row.id)
            .order_by(ersattare_table.c.position)
        )
        return Body(
            name=row.name,
            kind=BodyKind(row.kind),
            members=tuple(Member(m.person_id, m.name, m.party, m.role) for m in people),
            ersattare=tuple(Ersattare(e.person_id, e.name, e.party, e.turordning) for e in subs),
            distance_policy=DistancePolicy(
                decided_by=row.policy_decided_by,
                max_remote=row.policy_max_remote,
                presidium_in_room=row.policy_presidium_in_room,
                notice_hours=row.policy_notice_hours,
                exclude=tuple(ItemFlag(f) for f in row.policy_exclude.split(",") if f),
            ),
        )


def save_agenda(engine: Engine, meeting_key: str, items: Sequence[Item]) -> None:
    """Replaces the planned meeting's agenda."""
    with engine.begin() as conn:
        conn.execute(delete(agenda_table).where(agenda_table.c.meeting_key == meeting_key))
        if items:
            conn.execute(
                insert(agenda_table),
                [
                    {"meeting_key": meeting_key, "item_id": i.id, "position": n, "title": i.title}
                    | {"dnr": i.dnr, "proposal": i.proposal, "sekretess": i.sekretess}
                    | {"sluten_omrostning": i.sluten_omrostning}
                    for n, i in enumerate(items)
                ],
            )


def load_agenda(engine: Engine, meeting_key: str) -> tuple[Item, ...]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(agenda_table)
            .where(agenda_table.c.meeting_key == meeting_key)
            .order_by(agenda_table.c.position)
        )
        return tuple(
            Item(r.item_id, r.title, r.dnr, r.proposal, r.sekretess, r.sluten_omrostning)
            for r in rows
        )


@dataclass(frozen=True, slots=True)
class FeedSource:
    """A configured feed: `mrl` carries no credentials; the password is in the keyring."""

    name: str
    mrl: str
    username: str | None = None
    person_id: str | None = None


def save_feed_source(engine: Engine, source: FeedSource, password: str | None = None) -> None:
    """Stores the feed; credentials written into the MRL (rtsp://user:pw@host/…) are moved
    out of it: the user name to its column, the password to the keyring."""
    parts = urlsplit(source.mrl)
    username = source.username or (unquote(parts.username) if parts.username else None)
    if parts.password is not None:
        password = password if password is not None else unquote(parts.password)
    mrl = urlunsplit(_without_credentials(parts)) if parts.username else source.mrl
    with engine.begin() as conn:
        conn.execute(delete(feed_table).where(feed_table.c.name == source.name))
        conn.execute(
            insert(feed_table).values(
                name=source.name, mrl=mrl, username=username, person_id=source.person_id
            )
        )
        # Inside the transaction: if the keyring refuses, the feed is not saved either.
        if password is not None:
            secrets.store_secret(FEED_SECRET, source.name, password)


def _without_credentials(parts: SplitResult) -> SplitResult:
    host = parts.netloc.rsplit("@", 1)[-1]
    return parts._replace(netloc=host)


def load_feed_sources(engine: Engine) -> list[FeedSource]:
    with engine.connect() as conn:
        rows = conn.execute(select(feed_table).order_by(feed_table.c.name))
        return [FeedSource(r.name, r.mrl, r.username, r.person_id) for r in rows]


def feed_password(name: str) -> str | None:
    return secrets.get_secret(FEED_SECRET, name)


def delete_feed_source(engine: Engine, name: str) -> None:
    with engine.begin() as conn:
        conn.execute(delete(feed_table).where(feed_table.c.name == name))
        secrets.delete_secret(FEED_SECRET, name)
