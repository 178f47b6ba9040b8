"""``/directives``: every cited code with its counts and what the catalogue knows of it."""

from __future__ import annotations

from flask import Blueprint, request
from sqlalchemy import func, select

from service.api.common import PREFIX, page_args
from service.auth import visible_orgs
from service.db import get_db
from service.models import Citation, Document
from service.refs_query import catalogue_json, citation_filters

bp = Blueprint("directives", __name__, url_prefix=PREFIX)


@bp.get("/directives")
def list_directives():
    """Cited codes, most cited first, with mention and document counts and catalogue data."""
    limit, offset = page_args()
    filters = citation_filters(kind=request.args.get("kind"), type_=request.args.get("type"),
                               issuer=request.args.get("issuer"))
    # Counted over the documents the caller may see only.
    filters.append(Citation.document_id.in_(select(Document.id).where(Document.organization_id.in_(visible_orgs()))))
    grouped = (
        select(Citation.code, func.min(Citation.kind).label("kind"), func.min(Citation.type).label("type"),
               func.min(Citation.issuer).label("issuer"), func.count().label("mentions"),
               func.count(func.distinct(Citation.document_id)).label("documents"),
               func.max(Citation.meeting_date).label("last_meeting"))
        .where(*filters).group_by(Citation.code)
    )
    with get_db().session() as s:
        total = s.scalar(select(func.count()).select_from(grouped.subquery()))
        rows = s.execute(grouped.order_by(func.count(func.distinct(Citation.document_id)).desc(),
                                          func.count().desc(), Citation.code).limit(limit).offset(offset)).all()
    items = [{"code": r.code, "kind": r.kind, "type": r.type, "issuer": r.issuer, "mentions": r.mentions,
              "documents": r.documents, "catalogue": catalogue_json(r.code, r.last_meeting)} for r in rows]
    return {"items": items, "total": total, "limit": limit, "offset": offset}
