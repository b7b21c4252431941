"""The legal layer (organisation links, sanctions, identifiers, evidence links) and sharing.

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "shares",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("object_type", sa.String(length=40), nullable=False),
        sa.Column("object_id", sa.Integer(), nullable=False),
        sa.Column("granted_by", sa.String(length=120), nullable=False),
        sa.Column("granted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_shares_case_id_cases")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_shares_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shares")),
        sa.UniqueConstraint(
            "case_id", "user_id", "object_type", "object_id", name=op.f("uq_shares_case_id")
        ),
    )
    with op.batch_alter_table("shares", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_shares_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_shares_user_id"), ["user_id"], unique=False)

    op.create_table(
        "entity_identifiers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("scheme", sa.String(length=40), nullable=False),
        sa.Column("value", sa.String(length=300), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["entity_id"], ["entities.id"], name=op.f("fk_entity_identifiers_entity_id_entities")
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_entity_identifiers_source_id_sources")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entity_identifiers")),
        sa.UniqueConstraint(
            "entity_id", "scheme", "value", name=op.f("uq_entity_identifiers_entity_id")
        ),
    )
    with op.batch_alter_table("entity_identifiers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_entity_identifiers_entity_id"), ["entity_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_entity_identifiers_value"), ["value"], unique=False)

    op.create_table(
        "evidence_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("suspect_id", sa.Integer(), nullable=False),
        sa.Column("crime", sa.String(length=80), nullable=False),
        sa.Column("element", sa.String(length=120), nullable=False),
        sa.Column("mode", sa.String(length=80), nullable=False),
        sa.Column("evidence_type", sa.String(length=20), nullable=False),
        sa.Column("evidence_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("withdrawn_by", sa.String(length=120), nullable=False),
        sa.Column("withdrawn_reason", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "evidence_type IN ('claim','violation','source','testimony','occupancy')",
            name=op.f("ck_evidence_links_evidence_type"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_evidence_links_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["suspect_id"], ["entities.id"], name=op.f("fk_evidence_links_suspect_id_entities")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_links")),
    )
    with op.batch_alter_table("evidence_links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evidence_links_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_evidence_links_suspect_id"), ["suspect_id"], unique=False
        )

    op.create_table(
        "organisation_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=False),
        sa.Column("relation", sa.String(length=40), nullable=False),
        sa.Column("start_earliest", sa.Date(), nullable=True),
        sa.Column("end_latest", sa.Date(), nullable=True),
        sa.Column("precision", sa.String(length=20), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("excerpt", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("child_id <> parent_id", name=op.f("ck_organisation_links_not_self")),
        sa.CheckConstraint(
            "start_earliest IS NULL OR end_latest IS NULL OR start_earliest <= end_latest",
            name=op.f("ck_organisation_links_period_order"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_organisation_links_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["child_id"], ["entities.id"], name=op.f("fk_organisation_links_child_id_entities")
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["entities.id"], name=op.f("fk_organisation_links_parent_id_entities")
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_organisation_links_source_id_sources")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation_links")),
    )
    with op.batch_alter_table("organisation_links", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_organisation_links_case_id"), ["case_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_organisation_links_child_id"), ["child_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_organisation_links_parent_id"), ["parent_id"], unique=False
        )

    op.create_table(
        "sanctions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("authority", sa.String(length=300), nullable=False),
        sa.Column("program", sa.String(length=300), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("external_id", sa.String(length=200), nullable=False),
        sa.Column("created_by", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "start_date IS NULL OR end_date IS NULL OR start_date <= end_date",
            name=op.f("ck_sanctions_period_order"),
        ),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_sanctions_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["entity_id"], ["entities.id"], name=op.f("fk_sanctions_entity_id_entities")
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_sanctions_source_id_sources")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sanctions")),
    )
    with op.batch_alter_table("sanctions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sanctions_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sanctions_entity_id"), ["entity_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sanctions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sanctions_entity_id"))
        batch_op.drop_index(batch_op.f("ix_sanctions_case_id"))

    op.drop_table("sanctions")
    with op.batch_alter_table("organisation_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_links_parent_id"))
        batch_op.drop_index(batch_op.f("ix_organisation_links_child_id"))
        batch_op.drop_index(batch_op.f("ix_organisation_links_case_id"))

    op.drop_table("organisation_links")
    with op.batch_alter_table("evidence_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_links_suspect_id"))
        batch_op.drop_index(batch_op.f("ix_evidence_links_case_id"))

    op.drop_table("evidence_links")
    with op.batch_alter_table("entity_identifiers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_entity_identifiers_value"))
        batch_op.drop_index(batch_op.f("ix_entity_identifiers_entity_id"))

    op.drop_table("entity_identifiers")
    with op.batch_alter_table("shares", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shares_user_id"))
        batch_op.drop_index(batch_op.f("ix_shares_case_id"))

    op.drop_table("shares")
