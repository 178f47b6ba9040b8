"""The service's tables (SQLAlchemy 2 typed ORM); the schema itself is made by Alembic migrations."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

STATUSES = ("queued", "processing", "done", "failed")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def new_id() -> str:
    return str(uuid.uuid4())


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timestamps always aware and in UTC (SQLite stores them naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(dt.UTC)
            if dialect.name == "sqlite":
                value = value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value


class Base(DeclarativeBase):
    type_annotation_map = {dt.datetime: UTCDateTime()}


class Organization(Base):
    """A Party organisation (a committee, a cell); documents and tokens belong to one."""

    __tablename__ = "organizations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(256), unique=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class OrgClosure(Base):
    """Ancestry as a closure table: one row per (ancestor, descendant) pair, itself included at depth 0.

    "This organisation and every one below it" is then one indexed lookup on any database.
    """

    __tablename__ = "organization_closure"

    ancestor_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True)
    descendant_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"),
                                               primary_key=True, index=True)
    depth: Mapped[int] = mapped_column(Integer)


class ApiToken(Base):
    """An API token of one organisation: only its SHA-256 is kept, and a short prefix to recognise it."""

    __tablename__ = "api_tokens"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"), index=True)
    prefix: Mapped[str] = mapped_column(String(16), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str | None] = mapped_column(String(256))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_used_at: Mapped[dt.datetime | None]
    revoked_at: Mapped[dt.datetime | None]


class AccessLog(Base):
    """One access to a document through the API (who, which organisation, what, when, from where)."""

    __tablename__ = "access_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    token_id: Mapped[str | None] = mapped_column(String(36), index=True)
    organization_id: Mapped[int | None] = mapped_column(Integer)
    document_id: Mapped[str] = mapped_column(String(36), index=True)
    action: Mapped[str] = mapped_column(String(32))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    remote_addr: Mapped[str | None] = mapped_column(String(64))


class RateWindow(Base):
    """Requests one token made in one fixed window (rate limiting without Redis)."""

    __tablename__ = "rate_windows"

    token_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    window_no: Mapped[int] = mapped_column(Integer, primary_key=True)  # epoch seconds // window length
    count: Mapped[int] = mapped_column(Integer)


class Document(Base):
    """One uploaded file of one organisation (unique by content within it) and where its processing stands."""

    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("sha256", "organization_id", name="uq_documents_sha256_org"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id"), index=True)
    filename: Mapped[str | None] = mapped_column(String(512))
    media_type: Mapped[str] = mapped_column(String(128))
    size: Mapped[int] = mapped_column(Integer)
    queue: Mapped[str] = mapped_column(String(32), default="default")
    status: Mapped[str] = mapped_column(String(16), default="queued", index=True)
    error_code: Mapped[str | None] = mapped_column(String(64))
    error_message: Mapped[str | None] = mapped_column(Text)
    pipeline_version: Mapped[str | None] = mapped_column(String(32))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    enqueued_at: Mapped[dt.datetime | None] = mapped_column(index=True)
    started_at: Mapped[dt.datetime | None]
    finished_at: Mapped[dt.datetime | None]

    report: Mapped[ReportRow | None] = relationship(back_populates="document", cascade="all, delete-orphan")


class ReportRow(Base):
    """The report object of a processed document (``bienban.report/1``), as JSON."""

    __tablename__ = "reports"

    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    document: Mapped[Document] = relationship(back_populates="report")


class Citation(Base):
    """One mention of a document code in a processed document, with its citing sentence."""

    __tablename__ = "citations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    type: Mapped[str | None] = mapped_column(String(32), index=True)
    issuer: Mapped[str | None] = mapped_column(String(64), index=True)
    year: Mapped[int | None] = mapped_column(Integer, index=True)
    date: Mapped[str | None] = mapped_column(String(10))
    organization: Mapped[str | None] = mapped_column(String(256), index=True)
    meeting_date: Mapped[str | None] = mapped_column(String(10))
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column("start_offset", Integer)
    end: Mapped[int] = mapped_column("end_offset", Integer)
    sentence: Mapped[str | None] = mapped_column(Text)
    sentence_start: Mapped[int | None] = mapped_column(Integer)
    sentence_end: Mapped[int | None] = mapped_column(Integer)


class Attempt(Base):
    """One try at processing a document, by one worker process."""

    __tablename__ = "attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    worker: Mapped[str] = mapped_column(String(255))  # celery node name
    pid: Mapped[int | None] = mapped_column(Integer)
    started_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[dt.datetime | None]
    outcome: Mapped[str | None] = mapped_column(String(16))  # done | failed | retry | lost
    error_code: Mapped[str | None] = mapped_column(String(64))


class WorkerHeartbeat(Base):
    """Each worker node's last sign of life (cheap health and dead-worker detection on any broker)."""

    __tablename__ = "worker_heartbeats"

    node: Mapped[str] = mapped_column(String(255), primary_key=True)
    queues: Mapped[str | None] = mapped_column(String(255))
    pid: Mapped[int | None] = mapped_column(Integer)
    started_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_seen: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Blob(Base):
    """A stored original, when ``BIENBAN_STORAGE=db`` keeps files in the database."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Batch(Base):
    """An archive audit: many documents uploaded together, and its archive report once all are finished.

    Progress is never stored here: it is counted from the linked documents' statuses.
    """

    __tablename__ = "batches"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id"), index=True)
    archive_sha256: Mapped[str | None] = mapped_column(String(64))  # the uploaded zip, unpacked by a task
    archive_filename: Mapped[str | None] = mapped_column(String(512))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    enqueued_at: Mapped[dt.datetime | None]  # when the unpacking was last sent to a worker
    unpacked_at: Mapped[dt.datetime | None] = mapped_column(index=True)  # entries are all listed
    finished_at: Mapped[dt.datetime | None] = mapped_column(index=True)  # the report is stored
    report: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # bienban.audit/1

    entries: Mapped[list[BatchDocument]] = relationship(back_populates="batch", cascade="all, delete-orphan",
                                                        order_by="BatchDocument.position")


class BatchDocument(Base):
    """One entry of a batch: its display path, and its document or why it has none (zip safety, empty…)."""

    __tablename__ = "batch_documents"

    batch_id: Mapped[str] = mapped_column(ForeignKey("batches.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    path: Mapped[str] = mapped_column(Text)
    document_id: Mapped[str | None] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    error_code: Mapped[str | None] = mapped_column(String(64))
    error_message: Mapped[str | None] = mapped_column(Text)

    batch: Mapped[Batch] = relationship(back_populates="entries")
