"""Celery tasks, thin: load by id, run the pipeline, store, always clean up.

``process_document`` is the plain function (unit-tested without Celery);
``process_document_task`` wraps it with retries for transient failures.
"""

from __future__ import annotations

import logging
import os
import re
import time
from typing import Any

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from sqlalchemy import delete, insert, or_, update
from sqlalchemy.exc import DBAPIError, OperationalError

from service.db import Database
from service.models import Attempt, Citation, Document, ReportRow, utcnow
from service.storage import Storage
from worker.errors import BienbanError, ProcessingError, ProcessingTimeout

log = logging.getLogger(__name__)

# Test hook: seconds to sleep after analysis and before storing, so tests can kill a worker mid-task.
DELAY_ENV = "BIENBAN_TEST_TASK_DELAY"
_YEAR = re.compile(r"(?<!\d)(19[4-9]\d|20\d\d)(?!\d)")


class TransientError(Exception):
    """The database or broker is unreachable for now: try again later."""


def _is_transient(e: BaseException) -> bool:
    if isinstance(e, OperationalError | TransientError):
        return True
    if isinstance(e, DBAPIError) and e.connection_invalidated:
        return True
    try:
        from kombu.exceptions import OperationalError as KombuOperationalError
        from redis.exceptions import ConnectionError as RedisConnectionError
    except ImportError:  # pragma: no cover
        return False
    return isinstance(e, KombuOperationalError | RedisConnectionError | ConnectionError)


def _claim(db: Database, document_id: str, node: str, version: str) -> tuple[Document, int] | None:
    """Mark the document processing and open an attempt, atomically; None when there is nothing to do."""
    now = utcnow()
    with db.session() as s:
        claimed = s.execute(
            update(Document)
            .where(Document.id == document_id,
                   or_(Document.status == "queued",
                       (Document.status == "done") & (Document.pipeline_version != version)))
            .values(status="processing", attempts=Document.attempts + 1, started_at=now, finished_at=None,
                    error_code=None, error_message=None, updated_at=now)
        ).rowcount
        if not claimed:
            return None
        attempt = Attempt(document_id=document_id, worker=node, pid=os.getpid(), started_at=now)
        s.add(attempt)
        s.flush()
        doc = s.get(Document, document_id)
        return doc, attempt.id


def _year(ref: dict[str, Any]) -> int | None:
    for value in (ref.get("date"), (ref.get("catalogue") or {}).get("date"), ref.get("code")):
        if value and (m := _YEAR.search(str(value))):
            return int(m.group(1))
    return None


def citation_rows(document_id: str, report: dict[str, Any], text: str) -> list[dict[str, Any]]:
    """One row per reference mention, with the sentence that cites it."""
    from nlp.sentences import sentence_around

    meeting = report.get("meeting") or {}
    rows = []
    for ref in report.get("references", []):
        s, e = sentence_around(text, ref["start"], ref["end"])
        rows.append({
            "document_id": document_id, "code": ref["code"], "kind": ref["kind"], "type": ref.get("type"),
            "issuer": ref.get("issuer"), "year": _year(ref), "date": ref.get("date"),
            "organization": meeting.get("organization"), "meeting_date": meeting.get("date"),
            "text": ref["text"], "start": ref["start"], "end": ref["end"],
            "sentence": text[s:e], "sentence_start": s, "sentence_end": e,
        })
    return rows


def _store(db: Database, document_id: str, attempt_id: int, report: dict[str, Any], text: str,
           version: str) -> None:
    """Replace the document's report and citations and mark it done, in one transaction."""
    now = utcnow()
    rows = citation_rows(document_id, report, text)
    with db.session() as s:
        s.execute(delete(Citation).where(Citation.document_id == document_id))
        s.execute(delete(ReportRow).where(ReportRow.document_id == document_id))
        s.add(ReportRow(document_id=document_id, data=report, created_at=now))
        if rows:
            s.execute(insert(Citation), rows)
        s.execute(update(Document).where(Document.id == document_id).values(
            status="done", pipeline_version=version, finished_at=now, updated_at=now))
        s.execute(update(Attempt).where(Attempt.id == attempt_id).values(finished_at=now, outcome="done"))


def _fail(db: Database, document_id: str, attempt_id: int, code: str, message: str) -> None:
    now = utcnow()
    with db.session() as s:
        s.execute(update(Document).where(Document.id == document_id).values(
            status="failed", error_code=code, error_message=message, finished_at=now, updated_at=now))
        s.execute(update(Attempt).where(Attempt.id == attempt_id).values(
            finished_at=now, outcome="failed", error_code=code))


def _release(db: Database, document_id: str, attempt_id: int) -> None:
    """Best effort: hand the document back to the queue before a retry (the reconciler covers failure)."""
    now = utcnow()
    try:
        with db.session() as s:
            s.execute(update(Attempt).where(Attempt.id == attempt_id).values(finished_at=now, outcome="retry"))
            s.execute(update(Document).where(Document.id == document_id, Document.status == "processing")
                      .values(status="queued", enqueued_at=now, updated_at=now))
    except Exception as e:
        log.warning("cannot release document %s before retry: %s", document_id, e)


def process_document(db: Database, storage: Storage, document_id: str, *, node: str,
                     version: str | None = None) -> str:
    """Process one stored document by id; return the outcome (done, failed or skipped).

    Idempotent: a document already done with this pipeline version, or being
    processed by another worker, is skipped.  Bad input fails the document once
    with its stable error code; transient trouble raises ``TransientError``.
    """
    from worker.pipeline import PIPELINE_VERSION, analyze_path

    version = version or PIPELINE_VERSION
    try:
        claimed = _claim(db, document_id, node, version)
    except Exception as e:
        if _is_transient(e):
            raise TransientError(str(e)) from e
        raise
    if claimed is None:
        return "skipped"
    doc, attempt_id = claimed
    try:
        with storage.local_path(doc.sha256) as path:
            report, text = analyze_path(path, doc.filename, doc.sha256)
        if delay := float(os.environ.get(DELAY_ENV) or 0):
            time.sleep(delay)
        _store(db, document_id, attempt_id, report.to_dict(), text, version)
        return "done"
    except BienbanError as e:
        _fail(db, document_id, attempt_id, e.code, e.message)
        return "failed"
    except SoftTimeLimitExceeded:
        err = ProcessingTimeout()
        _fail(db, document_id, attempt_id, err.code, err.message)
        return "failed"
    except FileNotFoundError:
        _fail(db, document_id, attempt_id, "stored_file_missing",
              "Không tìm thấy tệp gốc đã lưu (kiểm tra thư mục dùng chung BIENBAN_DATA_DIR của các worker).")
        return "failed"
    except Exception as e:
        if _is_transient(e):
            _release(db, document_id, attempt_id)
            raise TransientError(str(e)) from e
        log.exception("analysis of document %s failed", document_id)
        _fail(db, document_id, attempt_id, "analysis_failed", f"Phân tích thất bại: {type(e).__name__}")
        return "failed"


def _backoff(retries: int) -> int:
    return min(300, 5 * 2**retries)


@shared_task(bind=True, name="bienban.process_document", acks_late=True, reject_on_worker_lost=True,
             ignore_result=True)
def process_document_task(self: Any, document_id: str) -> str:
    """Celery entry point: ids only in the message; retries when the database or broker is away."""
    from flask import current_app

    from service.db import get_db
    from service.storage import get_storage

    try:
        outcome = process_document(get_db(), get_storage(), document_id, node=self.request.hostname or "unknown")
    except TransientError as e:
        max_retries = int(current_app.config["TASK_MAX_RETRIES"])
        raise self.retry(exc=e, countdown=_backoff(self.request.retries), max_retries=max_retries) from e
    _finish_batches(document_id)
    return outcome


def _finish_batches(document_id: str) -> None:
    """Store the archive report of any batch this document completes (also after a redelivery: "skipped")."""
    from service.batches import finish_batches_of
    from service.db import get_db

    try:
        finish_batches_of(get_db(), document_id)
    except Exception as e:  # the reconciler and GET /batches/{id} finish it later
        log.warning("cannot finish the batches of document %s now: %s", document_id, e)


@shared_task(bind=True, name="bienban.unpack_batch", acks_late=True, reject_on_worker_lost=True,
             ignore_result=True)
def unpack_batch_task(self: Any, batch_id: str) -> str:
    """Unpack an uploaded zip into a batch's documents (``service.batches.unpack_batch``), then queue them."""
    from flask import current_app

    from service.batches import abandon_unpack, unpack_batch
    from service.db import get_db
    from service.enqueue import enqueue
    from service.storage import get_storage

    max_retries = int(current_app.config["TASK_MAX_RETRIES"])
    try:
        return unpack_batch(get_db(), get_storage(), batch_id, lambda doc_id, queue: enqueue(doc_id, queue))
    except SoftTimeLimitExceeded as e:
        # Entries are saved in chunks, so each run resumes where the last stopped.
        if self.request.retries < max_retries:
            raise self.retry(exc=e, countdown=1, max_retries=max_retries) from e
        abandon_unpack(get_db(), batch_id, ProcessingTimeout("Giải nén tệp nén quá thời gian cho phép."))
        return "abandoned"
    except Exception as e:
        if _is_transient(e):
            raise self.retry(exc=e, countdown=_backoff(self.request.retries), max_retries=max_retries) from e
        log.exception("unpacking batch %s failed", batch_id)
        abandon_unpack(get_db(), batch_id, ProcessingError(f"Không giải nén được tệp nén: {type(e).__name__}"))
        return "abandoned"


@shared_task(name="bienban.reconcile", ignore_result=True)
def reconcile_task() -> int:
    """Periodic (Celery beat) or on-demand reconciliation; returns how many documents were enqueued again."""
    from flask import current_app

    from service.enqueue import reconcile_app

    return len(reconcile_app(current_app))
