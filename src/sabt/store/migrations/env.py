"""Alembic environment: runs migrations on the connection sabt hands it (see store/db.py)."""

from alembic import context
from sqlalchemy import create_engine

from sabt.model import Base

config = context.config
connection = config.attributes.get("connection")

if connection is None:  # the `alembic` command line, e.g. `alembic heads` or autogenerate
    url = config.get_main_option("sqlalchemy.url") or "sqlite://"
    with create_engine(url).connect() as conn:
        context.configure(connection=conn, target_metadata=Base.metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    context.run_migrations()
