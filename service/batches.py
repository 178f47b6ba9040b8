"""Batches: many minutes audited together through the API, with the database as the only state.

A batch is a list of entries (``batch_documents``), each a display path with either
a document (content-addressed, shared with ``POST /documents``) or the reason it has
none (zip safety, empty, unsupported).  Progress is counted from the documents'
statuses; nothing about it lives in the broker, so a batch survives worker and Redis
restarts.  Three parties may finish a batch, all through the idempotent
:func:`finalize` (a conditional update, so the report is stored once):

- the worker that finishes a batch's last document (``finish_batches_of``);
- the reconciler, for batches whose last worker died after storing (``reconcile_batches``);
- ``GET /batches/{id}`` itself, when it sees nothing pending.

A zip is unpacked by a task (``unpack_batch``), not in the request: a 50 MB zip of
text minutes holds thousands of entries, each hashed, stored (with an fsync) and
inserted, which is minutes of work, too long for a request a client or proxy may
time out and retry.  The view only checks the zip's central directory and stores it.
"""

from __future__ import annotations

import datetime as dt
import logging
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import and_, exists, func, select, update
from sqlalchemy.exc import IntegrityError

from service.db import Database
from service.models import Batch, BatchDocument, Document, ReportRow, utcnow
from service.storage import Storage
from worker.errors import BienbanError, CorruptFile, EmptyFile, TooLarge, UnsafeArchive, UnsupportedMediaType
from worker.pipeline import sha256_file

log = logging.getLogger(__name__)

UNPACK_TASK = "bienban.unpack_batch"
# Unpacking writes its entries in chunks, so progress shows while a big zip is still being read.
CHUNK_ENTRIES = 100
# Content no extractor reads (the same refusal as POST /documents).
REFUSED_TYPES = {"application/octet-stream", "application/zip"}
ZIP_TYPE = "application/zip"
MONTH_FORMAT_LEN = 7

SendDocument = Callable[[str, str], None]  # (document_id, queue)
SendUnpack = Callable[[str], None]  # (batch_id)


@dataclass(frozen=True)
class Stored:
    """The outcome of storing one file: its document, or the error that kept it out."""

    document_id: str | None = None
    queue: str | None = None
    unsent: bool = False  # new, or left never sent by a run that died: a worker must hear of it
    error: BienbanError | None = None


def _existing(db: Database, sha256: str, organization_id: int | None) -> Stored | None:
    with db.session() as s:
        row = s.execute(select(Document.id, Document.queue, Document.status, Document.enqueued_at)
                        .where(Document.sha256 == sha256, Document.organization_id == organization_id)).first()
    if row is None:
        return None
    return Stored(row.id, row.queue, unsent=row.status == "queued" and row.enqueued_at is None)


def store_file(db: Database, storage: Storage, path: Path, filename: str | None,
               organization_id: int | None = None) -> Stored:
    """Store one file as a document of an organisation the way ``POST /documents`` does.

    The same bytes are the same document within one organisation; another organisation's
    document with the same bytes is never reused (it gets its own, over the same stored blob).
    """
    from service.hardening import check_upload, display_name
    from service.routing import choose_queue
    from worker.extract.registry import sniff_file

    size = path.stat().st_size
    if size == 0:
        return Stored(error=EmptyFile("Tệp rỗng (0 byte)."))
    sha256 = sha256_file(path)
    if (existing := _existing(db, sha256, organization_id)) is not None:
        return existing
    media_type, _ = sniff_file(path)
    if media_type in REFUSED_TYPES:
        return Stored(error=UnsupportedMediaType())
    try:
        check_upload(path, media_type)
    except BienbanError as e:  # a page-count, pixel or zip bomb: reported on its entry
        return Stored(error=e)
    queue = choose_queue(path, media_type)
    storage.put(path, sha256)
    doc = Document(sha256=sha256, organization_id=organization_id, filename=display_name(filename),
                   media_type=media_type, size=size, queue=queue, status="queued", attempts=0)
    try:
        with db.session() as s:
            s.add(doc)
    except IntegrityError:  # the same bytes stored concurrently: one document
        if (existing := _existing(db, sha256, organization_id)) is not None:
            return existing
        raise
    return Stored(doc.id, queue, unsent=True)


def _entry(batch_id: str, position: int, path: str, stored: Stored) -> BatchDocument:
    err = stored.error
    return BatchDocument(batch_id=batch_id, position=position, path=path, document_id=stored.document_id,
                         error_code=err.code if err else None, error_message=err.message if err else None)


def send_documents(db: Database, send: SendDocument, documents: Iterable[tuple[str, str]]) -> None:
    """Enqueue new documents; a broker that is away leaves them to the reconciler (it takes never-sent ones)."""
    for doc_id, queue in dict.fromkeys(documents):  # the same bytes twice in a batch: one message
        try:
            send(doc_id, queue)
        except Exception as e:
            log.warning("cannot enqueue document %s now: %s", doc_id, e)
            return
        with db.session() as s:
            s.execute(update(Document).where(Document.id == doc_id).values(enqueued_at=utcnow()))


def check_archive(path: Path, *, max_entries: int, max_total_bytes: int) -> int:
    """Read only the zip's central directory and refuse what is not worth unpacking; return its file count.

    Per-entry dangers (paths, encryption, nested zips, lying sizes) are left to
    ``worker.archive_input.iter_inputs``, which reports each one on its entry.
    """
    try:
        with zipfile.ZipFile(path) as zf:
            infos = [i for i in zf.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise CorruptFile(f"Tệp nén bị hỏng, không đọc được danh mục: {e}") from e
    if not infos:
        raise EmptyFile("Tệp nén không chứa tệp nào.")
    if len(infos) > max_entries:
        raise TooLarge(f"Tệp nén có {len(infos)} tệp, vượt giới hạn {max_entries} tệp mỗi lô.")
    if sum(i.file_size for i in infos) > max_total_bytes:
        raise UnsafeArchive("Tổng dung lượng giải nén vượt giới hạn (nghi là bom giải nén).")
    return len(infos)


def create_archive_batch(db: Database, storage: Storage, path: Path, sha256: str, filename: str | None,
                         send_unpack: SendUnpack, organization_id: int | None = None) -> str:
    """Keep the uploaded zip and queue its unpacking; return the batch id."""
    storage.put(path, sha256)
    batch = Batch(archive_sha256=sha256, archive_filename=filename, organization_id=organization_id)
    with db.session() as s:
        s.add(batch)
    try:
        send_unpack(batch.id)
        with db.session() as s:
            s.execute(update(Batch).where(Batch.id == batch.id).values(enqueued_at=utcnow()))
    except Exception as e:  # the reconciler sends never-sent unpackings
        log.warning("cannot enqueue unpacking of batch %s now: %s", batch.id, e)
    return batch.id


def create_files_batch(db: Database, storage: Storage, files: list[tuple[Path, str]], send: SendDocument,
                       organization_id: int | None = None) -> str:
    """A batch of files sent one by one (already on disk): stored and linked now, processing queued."""
    batch = Batch(organization_id=organization_id)
    with db.session() as s:
        s.add(batch)
    stored = [(name, store_file(db, storage, path, name, organization_id)) for path, name in files]
    with db.session() as s:
        s.add_all(_entry(batch.id, i, name, st) for i, (name, st) in enumerate(stored))
        s.execute(update(Batch).where(Batch.id == batch.id).values(unpacked_at=utcnow()))
    send_documents(db, send, [(st.document_id, st.queue) for _, st in stored if st.unsent])
    finalize(db, batch.id)  # every file already known and finished: nothing will trigger it later
    return batch.id


def _display(archive_name: str, shown: str) -> str:
    """``name.zip!dir/entry.txt``, as ``bienban audit`` shows zip entries (never the storage path)."""
    return f"{archive_name}!{shown.split('!', 1)[1]}" if "!" in shown else archive_name


def unpack_batch(db: Database, storage: Storage, batch_id: str, send: SendDocument) -> str:
    """Unpack a batch's zip into entries and documents; idempotent and resumable (positions are stable).

    Returns ``unpacked``, ``skipped`` (already unpacked, unknown, or another worker
    holds the same positions) — the task body, called as a plain function in tests.
    """
    from worker.archive_input import iter_inputs

    with db.session() as s:
        batch = s.get(Batch, batch_id)
        if batch is None or batch.unpacked_at is not None or batch.archive_sha256 is None:
            return "skipped"
        sha256, name = batch.archive_sha256, batch.archive_filename or "archive.zip"
        organization_id = batch.organization_id
        have = set(s.scalars(select(BatchDocument.position).where(BatchDocument.batch_id == batch_id)))
        s.execute(update(Batch).where(Batch.id == batch_id).values(enqueued_at=utcnow()))
    chunk: list[tuple[int, str, Stored]] = []

    def flush() -> None:
        with db.session() as s:
            s.add_all(_entry(batch_id, pos, shown, st) for pos, shown, st in chunk)
            # Refreshed while working, so the reconciler does not send the same unpacking again.
            s.execute(update(Batch).where(Batch.id == batch_id).values(enqueued_at=utcnow()))
        send_documents(db, send, [(st.document_id, st.queue) for _, _, st in chunk if st.unsent])
        chunk.clear()

    try:
        with storage.local_path(sha256) as archive:
            for position, item in enumerate(iter_inputs([archive])):
                try:
                    if position in have:
                        continue
                    shown = _display(name, item.display)
                    if item.error is not None or item.path is None:
                        stored = Stored(error=item.error or CorruptFile())
                    else:
                        stored = store_file(db, storage, item.path, shown.split("!")[-1], organization_id)
                    chunk.append((position, shown, stored))
                finally:
                    item.cleanup()
                if len(chunk) >= CHUNK_ENTRIES:
                    flush()
            if chunk:
                flush()
    except IntegrityError:
        log.info("batch %s is being unpacked by another worker", batch_id)
        return "skipped"
    except FileNotFoundError:
        stored = Stored(error=CorruptFile("Không tìm thấy tệp nén đã lưu."))
        chunk = [(0, name, stored)] if not have else []
        if chunk:
            flush()
    with db.session() as s:
        s.execute(update(Batch).where(Batch.id == batch_id, Batch.unpacked_at.is_(None))
                  .values(unpacked_at=utcnow()))
    finalize(db, batch_id)
    return "unpacked"


def abandon_unpack(db: Database, batch_id: str, error: BienbanError) -> None:
    """Give up unpacking (a bug, or too slow however often resumed): what was listed stays, plus the reason."""
    with db.session() as s:
        position = s.scalar(select(func.coalesce(func.max(BatchDocument.position), -1) + 1)
                            .where(BatchDocument.batch_id == batch_id))
        name = s.scalar(select(Batch.archive_filename).where(Batch.id == batch_id)) or "archive.zip"
        s.add(_entry(batch_id, position, name, Stored(error=error)))
        s.execute(update(Batch).where(Batch.id == batch_id, Batch.unpacked_at.is_(None))
                  .values(unpacked_at=utcnow()))
    finalize(db, batch_id)


@dataclass(frozen=True)
class Progress:
    total: int
    done: int
    failed: int
    pending: int
    started: bool  # some document has left the queue


def count_entries(db: Database, batch_id: str) -> Progress:
    """How the batch's entries stand, counted from the documents (one grouped query)."""
    with db.session() as s:
        rows = s.execute(
            select(BatchDocument.error_code, Document.status, func.count())
            .select_from(BatchDocument)
            .outerjoin(Document, Document.id == BatchDocument.document_id)
            .where(BatchDocument.batch_id == batch_id)
            .group_by(BatchDocument.error_code, Document.status)
        ).all()
    by: dict[str, int] = {}
    kept_out = 0  # entries without a document (zip safety, empty…, or deleted by hand): failed from the start
    for error_code, status, n in rows:
        if error_code or status is None:
            kept_out += n
        else:
            by[status] = by.get(status, 0) + n
    total = kept_out + sum(by.values())
    done, failed = by.get("done", 0), kept_out + by.get("failed", 0)
    started = bool(by.get("done") or by.get("failed") or by.get("processing"))
    return Progress(total, done, failed, total - done - failed, started)


def collect_entries(db: Database, batch_id: str) -> list[dict[str, Any]]:
    """The batch's ``{"path", "report", "error"}`` entries in upload order, for ``nlp.archive.audit``."""
    with db.session() as s:
        rows = s.execute(
            select(BatchDocument.path, BatchDocument.error_code, BatchDocument.error_message,
                   Document.id, Document.sha256, Document.status, Document.error_code, Document.error_message,
                   ReportRow.data)
            .select_from(BatchDocument)
            .outerjoin(Document, Document.id == BatchDocument.document_id)
            .outerjoin(ReportRow, ReportRow.document_id == Document.id)
            .where(BatchDocument.batch_id == batch_id)
            .order_by(BatchDocument.position)
        ).all()
    entries = []
    for path, entry_code, entry_message, doc_id, sha, status, doc_code, doc_message, report in rows:
        error = None
        if entry_code:
            error = {"error": entry_code, "message": entry_message}
        elif status != "done" or report is None:
            error = {"error": doc_code or "processing_failed", "message": doc_message or "Không xử lý được tệp."}
        entries.append({"path": path, "document_id": doc_id, "sha256": sha,
                        "report": report if error is None else None, "error": error})
    return entries


def build_report(entries: list[dict[str, Any]], period_from: str | None = None,
                 period_to: str | None = None) -> dict[str, Any]:
    """The ``bienban.audit/1`` report of a batch's entries, as ``bienban audit`` builds it."""
    from nlp.archive import audit
    from worker.audit import mark_duplicates

    entries = mark_duplicates(entries)
    for e in entries:
        if e["report"] is not None and not e["report"].get("is_minutes"):
            e.setdefault("note", "Không phải biên bản sinh hoạt chi bộ; không đưa vào kiểm tra.")
    return audit(entries, period_from=period_from, period_to=period_to)


def finalize(db: Database, batch_id: str) -> bool:
    """Store the archive report when every entry is finished; True if this call stored it (idempotent)."""
    with db.session() as s:
        batch = s.get(Batch, batch_id)
        if batch is None or batch.finished_at is not None or batch.unpacked_at is None:
            return False
    if count_entries(db, batch_id).pending:
        return False
    report = build_report(collect_entries(db, batch_id))
    now = utcnow()
    with db.session() as s:
        stored = s.execute(update(Batch).where(Batch.id == batch_id, Batch.finished_at.is_(None))
                           .values(report=report, finished_at=now)).rowcount
    if stored:
        log.info("batch %s finished: %d entries", batch_id, len(report["documents"]))
    return bool(stored)


def finish_batches_of(db: Database, document_id: str) -> list[str]:
    """After a document finished: finalize each open batch it completes; return their ids."""
    with db.session() as s:
        ids = list(s.scalars(
            select(BatchDocument.batch_id)
            .join(Batch, Batch.id == BatchDocument.batch_id)
            .where(BatchDocument.document_id == document_id, Batch.finished_at.is_(None),
                   Batch.unpacked_at.is_not(None))
            .distinct()))
    return [b for b in ids if finalize(db, b)]


def reconcile_batches(db: Database, send_unpack: SendUnpack, *, queued_after: float) -> list[str]:
    """Send again unpackings nobody is doing, finalize complete batches whose last step was lost.

    Returns the ids of the batches acted on.
    """
    cutoff = utcnow() - dt.timedelta(seconds=queued_after)
    with db.session() as s:
        waiting = list(s.scalars(select(Batch.id).where(
            Batch.unpacked_at.is_(None), Batch.archive_sha256.is_not(None),
            (Batch.enqueued_at.is_(None)) | (Batch.enqueued_at < cutoff)).order_by(Batch.created_at)))
        unfinished_entry = exists().where(
            BatchDocument.batch_id == Batch.id, BatchDocument.error_code.is_(None),
            BatchDocument.document_id.in_(select(Document.id).where(Document.status.in_(("queued", "processing")))))
        complete = list(s.scalars(select(Batch.id).where(
            and_(Batch.finished_at.is_(None), Batch.unpacked_at.is_not(None), ~unfinished_entry))))
    acted = []
    for batch_id in waiting:
        try:
            send_unpack(batch_id)
        except Exception as e:
            log.warning("reconcile: cannot enqueue unpacking of batch %s: %s", batch_id, e)
            break
        with db.session() as s:
            s.execute(update(Batch).where(Batch.id == batch_id).values(enqueued_at=utcnow()))
        acted.append(batch_id)
    acted += [b for b in complete if finalize(db, b)]
    if acted:
        log.info("reconcile: %d batch(es) sent again or finished", len(acted))
    return acted


def is_month(value: str) -> bool:
    """``YYYY-MM`` with a real month."""
    return (len(value) == MONTH_FORMAT_LEN and value[4] == "-" and value[:4].isdigit() and value[5:].isdigit()
            and 1 <= int(value[5:]) <= 12)


def batch_status(db: Database, batch_id: str, period_from: str | None = None,
                 period_to: str | None = None) -> dict[str, Any] | None:
    """The public view of a batch (None when unknown); finishes it on the spot when nothing is pending."""
    with db.session() as s:
        batch = s.get(Batch, batch_id)
    if batch is None:
        return None
    progress = count_entries(db, batch_id)
    if batch.finished_at is None and batch.unpacked_at is not None and not progress.pending:
        finalize(db, batch_id)  # the final step was lost (or not run yet): it is cheap to do it here
        with db.session() as s:
            batch = s.get(Batch, batch_id)
    report = batch.report
    if report is not None and (period_from or period_to):
        report = build_report([dict(e) for e in report["documents"]], period_from, period_to)
    if batch.finished_at is not None:
        status = "done"
    elif progress.started:
        status = "processing"
    else:
        status = "queued"
    return {
        "id": batch.id, "status": status,
        "total": progress.total, "done": progress.done, "failed": progress.failed, "pending": progress.pending,
        "unpacked": batch.unpacked_at is not None,
        "archive": batch.archive_filename,
        "created_at": batch.created_at, "finished_at": batch.finished_at,
        "report": report if status == "done" else None,
    }
