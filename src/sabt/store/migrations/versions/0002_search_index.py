"""Full-text search index over sources' normalised text: FTS5 on SQLite, tsvector on PostgreSQL.

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE search_index USING fts5("
            "source_id UNINDEXED, case_id UNINDEXED, title, body, tokenize='unicode61')"
        )
    else:
        op.execute(
            "CREATE TABLE search_index ("
            "source_id INTEGER PRIMARY KEY REFERENCES sources(id), case_id INTEGER NOT NULL, "
            "title TEXT NOT NULL, body TEXT NOT NULL, "
            "document tsvector GENERATED ALWAYS AS "
            "(to_tsvector('simple', title || ' ' || body)) STORED)"
        )
        op.execute("CREATE INDEX ix_search_index_document ON search_index USING gin (document)")


def downgrade() -> None:
    op.execute("DROP TABLE search_index")
