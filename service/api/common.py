"""Small helpers the API blueprints share: pagination, timestamps, document JSON."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import current_app, request, url_for

from service.models import Document
from worker.errors import BadRequest

PREFIX = "/api/v1"
DEFAULT_LIMIT = 50
MAX_OFFSET = 2**31 - 1  # beyond what SQLite and PostgreSQL take as an OFFSET (found by schemathesis)


def iso(value: dt.datetime | None) -> str | None:
    return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z") if value else None


def int_arg(name: str, default: int | None = None, *, minimum: int = 0, maximum: int | None = None) -> int | None:
    """An integer query parameter, or BadRequest with a Vietnamese reason."""
    raw = request.args.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadRequest(f"Tham số '{name}' phải là số nguyên.") from None
    if value < minimum or (maximum is not None and value > maximum):
        upper = f" đến {maximum}" if maximum is not None else ""
        raise BadRequest(f"Tham số '{name}' phải từ {minimum}{upper}.")
    return value


def page_args() -> tuple[int, int]:
    """(limit, offset) from the query string."""
    maximum = int(current_app.config["PAGE_LIMIT_MAX"])
    return int_arg("limit", DEFAULT_LIMIT, minimum=1, maximum=maximum), int_arg("offset", 0, maximum=MAX_OFFSET)


def document_json(doc: Document, *, with_report: bool = False) -> dict[str, Any]:
    """The public view of a document (its report only when asked and done)."""
    out: dict[str, Any] = {
        "id": doc.id,
        "status": doc.status,
        "filename": doc.filename,
        "media_type": doc.media_type,
        "size": doc.size,
        "sha256": doc.sha256,
        "queue": doc.queue,
        "attempts": doc.attempts,
        "pipeline_version": doc.pipeline_version,
        "created_at": iso(doc.created_at),
        "updated_at": iso(doc.updated_at),
        "started_at": iso(doc.started_at),
        "finished_at": iso(doc.finished_at),
        "error": {"code": doc.error_code, "message": doc.error_message} if doc.status == "failed" else None,
        "links": {"self": url_for("documents.get_document", document_id=doc.id)},
    }
    if with_report:
        out["report"] = doc.report.data if doc.status == "done" and doc.report is not None else None
    return out
