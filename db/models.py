"""The journal's tables. Rows are written once and never changed: the migration adds triggers
that refuse UPDATE and DELETE, so even a bug (or a person with a SQL tool and no intent to hide
it) cannot rewrite history without first removing them — which `verify` then exposes."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class JournalBase(DeclarativeBase):
    pass


class MeetingRow(JournalBase):
    __tablename__ = "meeting"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(40))


class JournalEventRow(JournalBase):
    """One acknowledged event. `payload` is the canonical JSON text the hash was computed over,
    stored as text so that what is verified is exactly what was written."""

    __tablename__ = "journal_event"
    __table_args__ = (UniqueConstraint("meeting_id", "seq", name="uq_journal_event_seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=False)
    seq: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)
    payload: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(120))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


meeting_table = MeetingRow.__table__
journal_table = JournalEventRow.__table__
