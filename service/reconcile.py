"""Never lose a document: the database is the source of truth, the broker only a hint.

A message can vanish (Redis restarted without persistence, an embedded broker's
worker killed with SIGKILL).  ``reconcile`` finds documents nobody is working on
and enqueues them again; the task's idempotence makes duplicates harmless.

- ``queued`` and last enqueued more than ``queued_after`` seconds ago;
- ``processing`` with an open attempt that is older than the task time limit, or
  whose worker's heartbeat went silent, or that belongs to this very worker node
  from before it (re)started.

A document whose worker died ``max_attempts`` times (it kills workers: out of
memory, past the hard time limit) fails with ``processing_failed`` instead of
going round for ever.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from sqlalchemy import or_, select, update

from service.db import Database
from service.models import Attempt, Document, WorkerHeartbeat, utcnow
from worker.errors import ProcessingError

log = logging.getLogger(__name__)

Enqueue = Callable[[str, str], None]  # (document_id, queue)

MAX_ATTEMPTS = 3
GAVE_UP = ProcessingError("Xử lý tệp thất bại nhiều lần (tiến trình xử lý bị dừng đột ngột hoặc quá thời gian); "
                          "hãy kiểm tra tệp hoặc tải lên lại.")


def _lost_attempts(db: Database, now: dt.datetime, stale_after: float, heartbeat_stale_after: float,
                   node: str | None, booted_at: dt.datetime | None) -> list[tuple[int, str]]:
    """Open attempts whose worker is gone: (attempt id, document id)."""
    dead_nodes = select(WorkerHeartbeat.node).where(
        WorkerHeartbeat.last_seen < now - dt.timedelta(seconds=heartbeat_stale_after))
    conditions = [Attempt.started_at < now - dt.timedelta(seconds=stale_after), Attempt.worker.in_(dead_nodes)]
    if node and booted_at:
        conditions.append((Attempt.worker == node) & (Attempt.started_at < booted_at))
    with db.session() as s:
        rows = s.execute(
            select(Attempt.id, Attempt.document_id)
            .join(Document, Document.id == Attempt.document_id)
            .where(Attempt.finished_at.is_(None), Document.status == "processing", or_(*conditions))
        ).all()
    return [(a, d) for a, d in rows]


def reconcile(db: Database, enqueue: Enqueue, *, queued_after: float, stale_after: float,
              heartbeat_stale_after: float, node: str | None = None, booted_at: dt.datetime | None = None,
              now: dt.datetime | None = None, max_attempts: int = MAX_ATTEMPTS) -> list[str]:
    """Enqueue again every document that no worker will finish; return their ids."""
    now = now or utcnow()
    requeued: list[str] = []
    for attempt_id, document_id in _lost_attempts(db, now, stale_after, heartbeat_stale_after, node, booted_at):
        with db.session() as s:
            s.execute(update(Attempt).where(Attempt.id == attempt_id, Attempt.finished_at.is_(None))
                      .values(finished_at=now, outcome="lost"))
            processing = (Document.id == document_id) & (Document.status == "processing")
            gave_up = s.execute(update(Document).where(processing, Document.attempts >= max_attempts).values(
                status="failed", error_code=GAVE_UP.code, error_message=GAVE_UP.message, finished_at=now,
                updated_at=now)).rowcount
            moved = s.execute(update(Document).where(processing)
                              .values(status="queued", updated_at=now, enqueued_at=None)).rowcount
        if gave_up:
            log.error("reconcile: document %s lost by its worker %d times; failed", document_id, max_attempts)
        elif moved:
            log.warning("reconcile: document %s lost by its worker (attempt %s); queued again", document_id, attempt_id)
    # Processing without any open attempt cannot normally happen (claim and attempt share a transaction),
    # but a row edited by hand must not be stuck forever.
    with db.session() as s:
        s.execute(update(Document).where(
            Document.status == "processing",
            Document.started_at < now - dt.timedelta(seconds=stale_after),
            ~Document.id.in_(select(Attempt.document_id).where(Attempt.finished_at.is_(None))),
        ).values(status="queued", updated_at=now, enqueued_at=None))
    cutoff = now - dt.timedelta(seconds=queued_after)
    with db.session() as s:
        waiting = s.execute(
            select(Document.id, Document.queue).where(
                Document.status == "queued", or_(Document.enqueued_at.is_(None), Document.enqueued_at < cutoff))
            .order_by(Document.created_at)
        ).all()
    for document_id, queue in waiting:
        try:
            enqueue(document_id, queue)
        except Exception as e:  # broker down: the next pass tries again
            log.warning("reconcile: cannot enqueue %s: %s", document_id, e)
            break
        with db.session() as s:
            s.execute(update(Document).where(Document.id == document_id).values(enqueued_at=utcnow()))
        requeued.append(document_id)
    if requeued:
        log.info("reconcile: enqueued %d document(s) again", len(requeued))
    return requeued


def write_heartbeat(db: Database, node: str, *, queues: str | None = None, pid: int | None = None) -> None:
    """Record that worker ``node`` is alive now."""
    now = utcnow()
    with db.session() as s:
        row = s.get(WorkerHeartbeat, node)
        if row is None:
            s.add(WorkerHeartbeat(node=node, queues=queues, pid=pid, started_at=now, last_seen=now))
        else:
            row.last_seen = now
            if queues is not None:
                row.queues, row.pid = queues, pid


def remove_heartbeat(db: Database, node: str) -> None:
    """Forget a worker that shut down cleanly."""
    with db.session() as s:
        row = s.get(WorkerHeartbeat, node)
        if row is not None:
            s.delete(row)
