"""``bienban refs``: the references extracted so far, read straight from the service database."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from service.models import Citation, Document
from service.refs_query import citation_filters


def query_mentions(db: Any, *, code: str | None = None, kind: str | None = None, type_: str | None = None,
                   issuer: str | None = None, year: int | None = None, organization: str | None = None,
                   limit: int = 1000) -> list[dict[str, Any]]:
    """Mentions matching the filters, in code then document order."""
    filters = citation_filters(code=code, kind=kind, type_=type_, issuer=issuer, year=year,
                               organization=organization)
    with db.session() as s:
        rows = s.execute(
            select(Citation, Document.filename).join(Document, Document.id == Citation.document_id)
            .where(*filters).order_by(Citation.code, Citation.document_id, Citation.start).limit(limit)
        ).all()
    return [{"code": c.code, "kind": c.kind, "type": c.type, "issuer": c.issuer, "year": c.year,
             "text": c.text, "start": c.start, "end": c.end, "sentence": c.sentence,
             "document": {"id": c.document_id, "filename": filename, "organization": c.organization,
                          "meeting_date": c.meeting_date}} for c, filename in rows]


def render_table(mentions: list[dict[str, Any]], width: int = 70) -> str:
    """A plain-text table: code, document, organisation, meeting date, citing sentence."""
    if not mentions:
        return "Không có trích dẫn nào khớp điều kiện."
    head = ("Số hiệu", "Tệp", "Chi bộ", "Ngày họp", "Câu trích dẫn")
    rows = []
    for m in mentions:
        sentence = " ".join((m["sentence"] or m["text"]).split())
        if len(sentence) > width:
            sentence = sentence[: width - 1] + "…"
        d = m["document"]
        rows.append((m["code"], d["filename"] or d["id"][:8], d["organization"] or "—", d["meeting_date"] or "—",
                     sentence))
    widths = [max(len(str(r[i])) for r in (head, *rows)) for i in range(len(head) - 1)]
    lines = []
    for r in (head, *rows):
        lines.append("  ".join(str(v).ljust(w) for v, w in zip(r[:-1], widths, strict=True)) + "  " + r[-1])
    lines.insert(1, "-" * min(160, len(lines[0])))
    docs = len({m["document"]["id"] for m in mentions})
    lines.append(f"\n{len(mentions)} lần trích dẫn trong {docs} tài liệu.")
    return "\n".join(lines)
