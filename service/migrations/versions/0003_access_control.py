"""Access control: organisations (closure table), API tokens, access log, rate windows; documents and
batches owned by an organisation, unique by (sha256, organisation).

Existing documents and batches are given to the organisation ``local`` (the one ``bienban serve``
creates a token for on its first start), so an upgraded install keeps its data reachable.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

from service.models import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

LOCAL_ORG = "local"
# SQLite reflects the unnamed UNIQUE of 0001 without a name; this convention names it for batch mode.
_NAMING = {"uq": "uq_%(table_name)s_%(column_0_name)s"}


def _drop_sha256_unique() -> None:
    bind = op.get_bind()
    found = [u for u in sa.inspect(bind).get_unique_constraints("documents") if u["column_names"] == ["sha256"]]
    name = (found[0]["name"] if found else None) or "uq_documents_sha256"
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:
        # Batch mode copies and drops ``documents``; with foreign keys on, the drop would cascade to
        # reports, citations and attempts. (Effective here: no write has opened SQLite's transaction yet
        # when upgrading an existing database; a fresh one has nothing to lose.)
        bind.exec_driver_sql("PRAGMA foreign_keys=OFF")
    with op.batch_alter_table("documents", naming_convention=_NAMING) as b:
        if found:
            b.drop_constraint(name, type_="unique")
        b.add_column(sa.Column("organization_id", sa.Integer, sa.ForeignKey("organizations.id",
                                                                            name="fk_documents_org")))
        b.create_unique_constraint("uq_documents_sha256_org", ["sha256", "organization_id"])
        b.create_index("ix_documents_sha256", ["sha256"])
        b.create_index("ix_documents_organization_id", ["organization_id"])
    if sqlite:
        bind.exec_driver_sql("PRAGMA foreign_keys=ON")


def upgrade() -> None:
    op.create_table(
        "organizations",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(256), nullable=False, unique=True),
        sa.Column("parent_id", sa.Integer, sa.ForeignKey("organizations.id")),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_organizations_parent_id", "organizations", ["parent_id"])
    op.create_table(
        "organization_closure",
        sa.Column("ancestor_id", sa.Integer, sa.ForeignKey("organizations.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("descendant_id", sa.Integer, sa.ForeignKey("organizations.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("depth", sa.Integer, nullable=False),
    )
    op.create_index("ix_organization_closure_descendant_id", "organization_closure", ["descendant_id"])
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("organization_id", sa.Integer, sa.ForeignKey("organizations.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("prefix", sa.String(16), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("label", sa.String(256)),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("last_used_at", UTCDateTime()),
        sa.Column("revoked_at", UTCDateTime()),
    )
    op.create_index("ix_api_tokens_organization_id", "api_tokens", ["organization_id"])
    op.create_index("ix_api_tokens_prefix", "api_tokens", ["prefix"])
    op.create_table(
        "access_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("token_id", sa.String(36)),
        sa.Column("organization_id", sa.Integer),
        sa.Column("document_id", sa.String(36), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("remote_addr", sa.String(64)),
    )
    for column in ("token_id", "document_id", "at"):
        op.create_index(f"ix_access_log_{column}", "access_log", [column])
    op.create_table(
        "rate_windows",
        sa.Column("token_id", sa.String(36), primary_key=True),
        sa.Column("window_no", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("count", sa.Integer, nullable=False),
    )
    _drop_sha256_unique()
    with op.batch_alter_table("batches") as b:
        b.add_column(sa.Column("organization_id", sa.Integer, sa.ForeignKey("organizations.id",
                                                                            name="fk_batches_org")))
        b.create_index("ix_batches_organization_id", ["organization_id"])
    bind = op.get_bind()
    has_data = bind.execute(sa.text("SELECT EXISTS (SELECT 1 FROM documents) OR EXISTS (SELECT 1 FROM batches)"))
    if has_data.scalar():
        bind.execute(sa.text("INSERT INTO organizations (name, created_at) VALUES (:n, CURRENT_TIMESTAMP)"),
                     {"n": LOCAL_ORG})
        org = bind.execute(sa.text("SELECT id FROM organizations WHERE name = :n"), {"n": LOCAL_ORG}).scalar()
        bind.execute(sa.text("INSERT INTO organization_closure VALUES (:o, :o, 0)"), {"o": org})
        for table in ("documents", "batches"):
            bind.execute(sa.text(f"UPDATE {table} SET organization_id = :o"), {"o": org})


def downgrade() -> None:
    with op.batch_alter_table("batches") as b:
        b.drop_index("ix_batches_organization_id")
        b.drop_constraint("fk_batches_org", type_="foreignkey")
        b.drop_column("organization_id")
    with op.batch_alter_table("documents") as b:
        b.drop_constraint("uq_documents_sha256_org", type_="unique")
        b.drop_index("ix_documents_organization_id")
        b.drop_index("ix_documents_sha256")
        b.drop_constraint("fk_documents_org", type_="foreignkey")
        b.drop_column("organization_id")
        b.create_unique_constraint("uq_documents_sha256", ["sha256"])
    for table in ("rate_windows", "access_log", "api_tokens", "organization_closure", "organizations"):
        op.drop_table(table)
