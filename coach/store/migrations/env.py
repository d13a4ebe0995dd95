"""Alembic environment: runs on the connection handed over by coach.store.migrate (no alembic.ini needed)."""

from __future__ import annotations

from alembic import context

from coach.store.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through `aria db upgrade` or coach.store.migrate.upgrade()")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True,
                  compare_type=True)
with context.begin_transaction():
    context.run_migrations()
