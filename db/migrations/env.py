"""Alembic environment: migrations run on the connection `db.engine.open_engine` hands over
(so that the pragmas and the error mapping are the application's own)."""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
