"""Reference data: bodies with ledamöter, ersättare and distance policy; planned agendas;
feed sources (no credentials: passwords are in the keyring).

Revision ID: 0002_reference
Revises: 0001_journal
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_reference"
down_revision = "0001_journal"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "body",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("policy_decided_by", sa.Text),
        sa.Column("policy_max_remote", sa.Integer),
        sa.Column("policy_presidium_in_room", sa.Boolean, nullable=False),
        sa.Column("policy_notice_hours", sa.Integer, nullable=False),
        sa.Column("policy_exclude", sa.String(200), nullable=False),
    )
    for table, extra in (
        ("body_member", sa.Column("role", sa.String(100))),
        ("body_ersattare", sa.Column("turordning", sa.Integer, nullable=False)),
    ):
        op.create_table(
            table,
            sa.Column(
                "body_id",
                sa.Integer,
                sa.ForeignKey("body.id", ondelete="CASCADE"),
                primary_key=True,
            ),
            sa.Column("person_id", sa.String(32), primary_key=True),
            sa.Column("position", sa.Integer, nullable=False),
            sa.Column("name", sa.String(200), nullable=False),
            sa.Column("party", sa.String(64), nullable=False),
            extra,
        )
    op.create_table(
        "planned_agenda_item",
        sa.Column("meeting_key", sa.String(100), primary_key=True),
        sa.Column("item_id", sa.String(32), primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("dnr", sa.String(100)),
        sa.Column("proposal", sa.Text),
        sa.Column("sekretess", sa.Boolean, nullable=False),
        sa.Column("sluten_omrostning", sa.Boolean, nullable=False),
    )
    op.create_table(
        "feed_source",
        sa.Column("name", sa.String(100), primary_key=True),
        sa.Column("mrl", sa.Text, nullable=False),
        sa.Column("username", sa.String(200)),
        sa.Column("person_id", sa.String(32)),
    )


def downgrade() -> None:
    for table in ("feed_source", "planned_agenda_item", "body_ersattare", "body_member", "body"):
        op.drop_table(table)
