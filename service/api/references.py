"""``/references``: which documents cite a code (or a type, issuer, year, organisation), with the sentence."""

from __future__ import annotations

from flask import Blueprint, request, url_for
from sqlalchemy import func, select

from service.api.common import PREFIX, int_arg, page_args
from service.auth import log_access, visible_orgs
from service.db import get_db
from service.models import Citation, Document
from service.refs_query import citation_filters

bp = Blueprint("references", __name__, url_prefix=PREFIX)


@bp.get("/references")
def list_references():
    """One item per mention, filtered by ``code``, ``kind``, ``type``, ``issuer``, ``year``, ``organization``."""
    limit, offset = page_args()
    filters = citation_filters(
        code=request.args.get("code"), kind=request.args.get("kind"), type_=request.args.get("type"),
        issuer=request.args.get("issuer"), year=int_arg("year", None, minimum=1900, maximum=2100),
        organization=request.args.get("organization"))
    # Only citations in documents the caller may see.
    filters.append(Citation.document_id.in_(select(Document.id).where(Document.organization_id.in_(visible_orgs()))))
    with get_db().session() as s:
        total, documents = s.execute(
            select(func.count(), func.count(func.distinct(Citation.document_id))).where(*filters)).one()
        rows = s.execute(
            select(Citation, Document.filename)
            .join(Document, Document.id == Citation.document_id)
            .where(*filters)
            .order_by(Citation.code, Citation.document_id, Citation.start)
            .limit(limit).offset(offset)
        ).all()
    items = [{
        "code": c.code, "kind": c.kind, "type": c.type, "issuer": c.issuer, "year": c.year, "date": c.date,
        "text": c.text, "start": c.start, "end": c.end,
        "sentence": c.sentence, "sentence_start": c.sentence_start, "sentence_end": c.sentence_end,
        "document": {"id": c.document_id, "filename": filename, "organization": c.organization,
                     "meeting_date": c.meeting_date,
                     "links": {"self": url_for("documents.get_document", document_id=c.document_id)}},
    } for c, filename in rows]
    log_access([item["document"]["id"] for item in items], "cite")
    return {"items": items, "total": total, "documents": documents, "limit": limit, "offset": offset}
