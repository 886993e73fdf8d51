"""The journal: meetings and their append-only, hash-chained events.

Revision ID: 0001_journal
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_journal"
down_revision = None
branch_labels = None
depends_on = None

_REFUSAL = "journal_event är endast för tillägg"

_SQLITE_TRIGGERS = [
    f"""CREATE TRIGGER journal_event_no_{verb.lower()} BEFORE {verb} ON journal_event
        BEGIN SELECT RAISE(ABORT, '{_REFUSAL}'); END"""
    for verb in ("UPDATE", "DELETE")
]

_POSTGRES_TRIGGERS = [
    f"""CREATE FUNCTION journal_event_append_only() RETURNS trigger AS $$
        BEGIN RAISE EXCEPTION '{_REFUSAL}'; END $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER journal_event_append_only BEFORE UPDATE OR DELETE OR TRUNCATE
        ON journal_event FOR EACH STATEMENT EXECUTE FUNCTION journal_event_append_only()""",
]


def upgrade() -> None:
    op.create_table(
        "meeting",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
    )
    op.create_table(
        "journal_event",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("meeting_id", sa.String(64), sa.ForeignKey("meeting.id"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("type", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("recorded_at", sa.String(40), nullable=False),
        sa.Column("actor", sa.String(120), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.UniqueConstraint("meeting_id", "seq", name="uq_journal_event_seq"),
    )
    dialect = op.get_bind().dialect.name
    for statement in _POSTGRES_TRIGGERS if dialect == "postgresql" else _SQLITE_TRIGGERS:
        op.execute(statement)
