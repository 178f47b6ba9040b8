"""Batches (archive audits through the API) and their entries.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

from service.models import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "batches",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("archive_sha256", sa.String(64)),
        sa.Column("archive_filename", sa.String(512)),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("enqueued_at", UTCDateTime()),
        sa.Column("unpacked_at", UTCDateTime()),
        sa.Column("finished_at", UTCDateTime()),
        sa.Column("report", sa.JSON),
    )
    op.create_index("ix_batches_unpacked_at", "batches", ["unpacked_at"])
    op.create_index("ix_batches_finished_at", "batches", ["finished_at"])
    op.create_table(
        "batch_documents",
        sa.Column("batch_id", sa.String(36), sa.ForeignKey("batches.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("document_id", sa.String(36), sa.ForeignKey("documents.id", ondelete="CASCADE")),
        sa.Column("error_code", sa.String(64)),
        sa.Column("error_message", sa.Text),
    )
    op.create_index("ix_batch_documents_document_id", "batch_documents", ["document_id"])


def downgrade() -> None:
    op.drop_table("batch_documents")
    op.drop_table("batches")
