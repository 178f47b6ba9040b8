"""``/batches``: upload a zip or several files for an archive audit; read progress and the archive report."""

from __future__ import annotations

import logging
from pathlib import Path

from flask import Blueprint, current_app, request, url_for
from sqlalchemy import select

from service import batches
from service.api.common import PREFIX, iso
from service.auth import current_principal, log_access, visible_orgs
from service.db import get_db
from service.hardening import MAX_FORM_PARTS, display_name, limit_form
from service.models import Batch, BatchDocument
from service.storage import get_storage, spool
from worker.errors import BadRequest, EmptyFile, MissingFile, NotFound, TooLarge, UnsupportedMediaType

log = logging.getLogger(__name__)
bp = Blueprint("batches", __name__, url_prefix=PREFIX)

DEFAULT_MAX_BATCH_MB = 500  # BIENBAN_MAX_BATCH_MB: one batch request (zip or all files together)
DEFAULT_MAX_BATCH_FILES = 10_000  # BIENBAN_MAX_BATCH_FILES: entries in one batch
DEFAULT_MAX_ARCHIVE_GB = 20  # BIENBAN_MAX_ARCHIVE_GB: declared unpacked size of one zip


def _send_document(document_id: str, queue: str) -> None:
    from service.enqueue import enqueue

    enqueue(document_id, queue)


def _send_unpack(batch_id: str) -> None:
    current_app.extensions["celery"].send_task(batches.UNPACK_TASK, args=[batch_id], queue="default")


def _links(batch_id: str) -> dict[str, str]:
    return {"self": url_for("batches.get_batch", batch_id=batch_id)}


@bp.post("/batches")
def create_batch():
    """Store a zip (unpacked later by a worker) or several files (stored now); queue the work; answer 202."""
    cfg = current_app.config
    # A batch is bigger than one document: its own request limit (Flask ≥ 3.1 allows one per request).
    request.max_content_length = int(float(cfg.get("MAX_BATCH_MB", DEFAULT_MAX_BATCH_MB)) * 2**20) + 64 * 1024
    max_files = int(cfg.get("MAX_BATCH_FILES", DEFAULT_MAX_BATCH_FILES))
    limit_form(max_files + MAX_FORM_PARTS)
    org_id = current_principal().organization_id
    uploads = [f for f in (request.files.getlist("file") + request.files.getlist("files")) if f is not None]
    if not uploads:
        raise MissingFile("Chưa gửi tệp: gửi một tệp nén trong trường 'file' hoặc nhiều tệp trong trường 'files'.")
    if len(uploads) > max_files:
        raise TooLarge(f"Quá nhiều tệp trong một lô (tối đa {max_files}).")
    tmp_dir = Path(cfg["DATA_DIR"]) / "tmp"
    spooled: list[tuple[Path, str, str, int]] = []  # path, sha256, name, size
    try:
        for upload in uploads:
            path, sha256, size = spool(upload.stream, tmp_dir)
            spooled.append((path, sha256, display_name(upload.filename) or f"tep-{len(spooled) + 1}", size))
        media = [_media_type(path) if size else None for path, _, _, size in spooled]
        zips = [part for part, mt in zip(spooled, media, strict=True) if mt == batches.ZIP_TYPE]
        if zips and len(spooled) > 1:
            raise BadRequest("Tệp nén phải được gửi riêng (một tệp .zip trong trường 'file').")
        if not zips and all(mt is None or mt in batches.REFUSED_TYPES for mt in media):
            # Nothing in the request could ever be read: say so now rather than report a batch of errors.
            raise UnsupportedMediaType() if any(media) else EmptyFile("Tệp rỗng (0 byte).")
        db, storage = get_db(), get_storage()
        if zips:
            path, sha256, name, _ = zips[0]
            batches.check_archive(path, max_entries=max_files,
                                  max_total_bytes=int(float(cfg.get("MAX_ARCHIVE_GB", DEFAULT_MAX_ARCHIVE_GB)) * 2**30))
            batch_id = batches.create_archive_batch(db, storage, path, sha256, name, _send_unpack, org_id)
        else:
            batch_id = batches.create_files_batch(db, storage, [(p, name) for p, _, name, _ in spooled],
                                                  _send_document, org_id)
    finally:
        for path, *_ in spooled:
            path.unlink(missing_ok=True)
    return {"id": batch_id, "status": "queued", "links": _links(batch_id)}, 202


def _media_type(path: Path) -> str:
    from worker.extract.registry import sniff_file

    return sniff_file(path)[0]


def _month_arg(name: str) -> str | None:
    value = request.args.get(name) or None
    if value is not None and not batches.is_month(value):
        raise BadRequest(f"Tham số '{name}' phải có dạng YYYY-MM, ví dụ 2024-03.")
    return value


@bp.get("/batches/<batch_id>")
def get_batch(batch_id: str):
    """Progress counted from the documents, and the archive report once every entry is finished."""
    period_from, period_to = _month_arg("from"), _month_arg("to")
    if period_from and period_to and period_from > period_to:
        raise BadRequest("Tham số 'from' phải không sau 'to'.")
    with get_db().session() as s:
        mine = s.scalar(select(Batch.id).where(Batch.id == batch_id, Batch.organization_id.in_(visible_orgs())))
    # Another organisation's batch is as unknown as a missing one (404, not 403).
    out = batches.batch_status(get_db(), batch_id, period_from, period_to) if mine else None
    if out is None:
        raise NotFound("Không tìm thấy lô tài liệu này.")
    report = out.pop("report")
    if report is not None:  # the archive report holds each document's report
        with get_db().session() as s:
            ids = list(s.scalars(select(BatchDocument.document_id).where(BatchDocument.batch_id == batch_id)))
        log_access(ids, "batch")
    out["created_at"], out["finished_at"] = iso(out["created_at"]), iso(out["finished_at"])
    return {**out, "links": _links(batch_id), "report": report}
