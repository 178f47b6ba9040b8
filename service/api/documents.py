"""``/documents``: upload a file (stored, queued, answered at once) and read its status and report."""

from __future__ import annotations

import logging
from pathlib import Path

from flask import Blueprint, current_app, request
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from service.api.common import PREFIX, document_json, page_args
from service.auth import current_principal, log_access, visible_orgs
from service.db import get_db
from service.enqueue import enqueue
from service.hardening import check_upload, display_name, limit_form
from service.models import STATUSES, Document, utcnow
from service.routing import choose_queue
from service.storage import get_storage, spool
from worker.errors import BadRequest, EmptyFile, MissingFile, NotFound, UnsupportedMediaType
from worker.extract.registry import sniff_file

log = logging.getLogger(__name__)
bp = Blueprint("documents", __name__, url_prefix=PREFIX)

# Content no extractor will ever read: refuse at the door rather than fail later.
_REFUSED_TYPES = {"application/octet-stream", "application/zip"}


def _existing(sha256: str, organization_id: int) -> Document | None:
    """The caller's organisation's document with these bytes (another organisation's is never reused)."""
    with get_db().session() as s:
        return s.scalar(select(Document).where(Document.sha256 == sha256,
                                               Document.organization_id == organization_id))


@bp.post("/documents")
def upload_document():
    """Store the file, queue it, answer 202 (200 with the existing document when the bytes are known).

    The same bytes from two organisations are two documents (each sees only its own) over one stored
    blob; each is processed on its own, so that how fast an upload finishes never tells one
    organisation that another holds the same file.
    """
    limit_form()
    upload = request.files.get("file")
    if upload is None:
        raise MissingFile()
    org_id = current_principal().organization_id
    tmp, sha256, size = spool(upload.stream, Path(current_app.config["DATA_DIR"]) / "tmp")
    try:
        if size == 0:
            raise EmptyFile("Tệp rỗng (0 byte).")
        if (doc := _existing(sha256, org_id)) is not None:
            log_access([doc.id], "upload")
            return document_json(doc), 200
        media_type, _ = sniff_file(tmp)
        if media_type in _REFUSED_TYPES:
            raise UnsupportedMediaType()
        check_upload(tmp, media_type)
        queue = choose_queue(tmp, media_type)
        get_storage().put(tmp, sha256)
        doc = Document(sha256=sha256, organization_id=org_id, filename=display_name(upload.filename),
                       media_type=media_type, size=size, queue=queue, status="queued", attempts=0)
        try:
            with get_db().session() as s:
                s.add(doc)
        except IntegrityError:  # the same bytes uploaded concurrently: one document
            if (existing := _existing(sha256, org_id)) is not None:
                log_access([existing.id], "upload")
                return document_json(existing), 200
            raise
    finally:
        tmp.unlink(missing_ok=True)
    log_access([doc.id], "upload")
    try:
        enqueue(doc.id, queue)
        with get_db().session() as s:
            s.execute(Document.__table__.update().where(Document.id == doc.id).values(enqueued_at=utcnow()))
    except Exception as e:  # broker away: the document is safe in the database; the reconciler sends it later
        log.warning("cannot enqueue document %s now: %s", doc.id, e)
    return {"id": doc.id, "status": "queued", "links": document_json(doc)["links"]}, 202


@bp.get("/documents/<document_id>")
def get_document(document_id: str):
    """Status, error and (when done) the report of one document."""
    with get_db().session() as s:
        doc = s.scalar(select(Document).options(selectinload(Document.report))
                       .where(Document.id == document_id, Document.organization_id.in_(visible_orgs())))
    if doc is None:  # another organisation's document is as unknown as a missing one (404, not 403)
        raise NotFound("Không tìm thấy tài liệu này.")
    log_access([doc.id], "read")
    return document_json(doc, with_report=True)


@bp.get("/documents")
def list_documents():
    """Documents, newest first, optionally by status."""
    limit, offset = page_args()
    status = request.args.get("status")
    query = select(Document).where(Document.organization_id.in_(visible_orgs()))
    if status:
        if status not in STATUSES:
            raise BadRequest(f"Tham số 'status' phải là một trong: {', '.join(STATUSES)}.")
        query = query.where(Document.status == status)
    with get_db().session() as s:
        total = s.scalar(select(func.count()).select_from(query.subquery()))
        docs = s.scalars(query.order_by(Document.created_at.desc(), Document.id).limit(limit).offset(offset)).all()
    log_access([d.id for d in docs], "list")
    return {"items": [document_json(d) for d in docs], "total": total, "limit": limit, "offset": offset}
