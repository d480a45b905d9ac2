"""Alembic environment: always run from ``hall_desk.db.migrate`` with a live connection."""

from __future__ import annotations

from alembic import context

from hall_desk.db import activity_models, party_models, room_models  # noqa: F401  (tables)
from hall_desk.db.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached by a bare `alembic` command
    from sqlalchemy import create_engine

    url = config.get_main_option("sqlalchemy.url") or "sqlite:///hall-desk-dev.sqlite3"
    with create_engine(url, hide_parameters=True).connect() as conn:
        context.configure(
            connection=conn,
            target_metadata=Base.metadata,
            render_as_batch=conn.dialect.name == "sqlite",
        )
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()
