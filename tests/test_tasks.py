"""The task body and the reconciler, called as plain functions on SQLite and PostgreSQL (no Celery)."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from conftest import sample
from sqlalchemy import func, select

from service.models import Attempt, Citation, Document, ReportRow, utcnow
from service.reconcile import reconcile, write_heartbeat
from service.storage import make_storage

NODE = "test@host"
COMPLETE = "regular-2024-03-khupho3-complete.txt"


@pytest.fixture(params=["fs", "db"])
def storage(request: pytest.FixtureRequest, db, tmp_path: Path):
    return make_storage(request.param, tmp_path / "data", db)


def add_document(db, storage, data: bytes, *, filename: str = "m.txt", status: str = "queued",
                 media_type: str = "text/plain", tmp_path: Path) -> str:
    """Store ``data`` and insert its document row, as the upload view does."""
    sha = hashlib.sha256(data).hexdigest()
    src = tmp_path / f"src-{sha[:8]}"
    src.write_bytes(data)
    storage.put(src, sha)
    with db.session() as s:
        doc = Document(sha256=sha, filename=filename, media_type=media_type, size=len(data), queue="default",
                       status=status, attempts=0, enqueued_at=utcnow())
        s.add(doc)
    return doc.id


def load(db, document_id: str) -> Document:
    with db.session() as s:
        return s.get(Document, document_id)


def count(db, model, document_id: str) -> int:
    column = model.document_id
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model).where(column == document_id))


def test_process_stores_report_and_one_row_per_reference(db, storage, pipeline, tmp_path):
    from worker.tasks import process_document

    doc_id = add_document(db, storage, sample(COMPLETE).read_bytes(), filename=COMPLETE, tmp_path=tmp_path)
    assert process_document(db, storage, doc_id, node=NODE) == "done"
    doc = load(db, doc_id)
    assert (doc.status, doc.attempts, doc.pipeline_version) == ("done", 1, pipeline.PIPELINE_VERSION)
    assert doc.finished_at >= doc.started_at >= doc.created_at
    with db.session() as s:
        report = s.get(ReportRow, doc_id).data
        rows = s.scalars(select(Citation).where(Citation.document_id == doc_id).order_by(Citation.start)).all()
        attempt = s.scalars(select(Attempt).where(Attempt.document_id == doc_id)).one()
    assert report["schema"] == "bienban.report/1"
    assert report["source"]["sha256"] == doc.sha256 and report["source"]["filename"] == COMPLETE
    assert sorted((r.code, r.start, r.end) for r in rows) == sorted(
        (r["code"], r["start"], r["end"]) for r in report["references"])
    text = pipeline.analyze_path(sample(COMPLETE))[1]
    for row in rows:
        assert row.sentence_start <= row.start < row.end <= row.sentence_end
        assert text[row.sentence_start:row.sentence_end] == row.sentence
        assert row.text in row.sentence
        assert row.organization == (report["meeting"] or {}).get("organization")
    assert (attempt.worker, attempt.outcome) == (NODE, "done") and attempt.finished_at is not None


def test_process_is_idempotent_and_replaces_rows(db, storage, pipeline, tmp_path):
    from worker.tasks import process_document

    doc_id = add_document(db, storage, sample(COMPLETE).read_bytes(), tmp_path=tmp_path)
    assert process_document(db, storage, doc_id, node=NODE) == "done"
    mentions = count(db, Citation, doc_id)
    assert process_document(db, storage, doc_id, node=NODE) == "skipped"  # same pipeline version
    assert load(db, doc_id).attempts == 1
    # A new pipeline version reprocesses: rows are replaced, never duplicated.
    assert process_document(db, storage, doc_id, node=NODE, version="next") == "done"
    assert count(db, Citation, doc_id) == mentions
    assert count(db, ReportRow, doc_id) == 1
    assert (load(db, doc_id).attempts, load(db, doc_id).pipeline_version) == (2, "next")


@pytest.mark.parametrize("data, code", [
    pytest.param(b"   \n\n\t  \n", "empty_file", id="whitespace-only"),
    pytest.param(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ntruncated", "corrupt_file", id="truncated-pdf"),
])
def test_bad_input_fails_once_with_its_code(db, storage, pipeline, tmp_path, data, code):
    from worker.tasks import process_document

    doc_id = add_document(db, storage, data, tmp_path=tmp_path)
    assert process_document(db, storage, doc_id, node=NODE) == "failed"
    doc = load(db, doc_id)
    assert (doc.status, doc.error_code, doc.attempts) == ("failed", code, 1)
    assert doc.error_message  # a Vietnamese sentence for people
    assert process_document(db, storage, doc_id, node=NODE) == "skipped"  # failed input is not retried
    assert count(db, Citation, doc_id) == 0


def test_missing_stored_file_fails_with_a_clear_code(db, pipeline, tmp_path):
    from worker.tasks import process_document

    storage = make_storage("fs", tmp_path / "data", db)
    doc_id = add_document(db, storage, b"Chi bo hop", tmp_path=tmp_path)
    path = storage.path_for(load(db, doc_id).sha256)
    path.chmod(0o644)
    path.unlink()
    assert process_document(db, storage, doc_id, node=NODE) == "failed"
    assert load(db, doc_id).error_code == "stored_file_missing"


def test_processing_document_is_not_taken_twice(db, storage, pipeline, tmp_path):
    from worker.tasks import process_document

    doc_id = add_document(db, storage, sample(COMPLETE).read_bytes(), status="processing", tmp_path=tmp_path)
    assert process_document(db, storage, doc_id, node=NODE) == "skipped"
    assert load(db, doc_id).status == "processing"


# --- reconciler -------------------------------------------------------------------------------------------

def _open_attempt(db, doc_id: str, worker: str, started: dt.datetime) -> None:
    with db.session() as s:
        s.get(Document, doc_id).status = "processing"
        s.add(Attempt(document_id=doc_id, worker=worker, started_at=started))


def _reconcile(db, **kw):
    sent: list[tuple[str, str]] = []
    ids = reconcile(db, lambda d, q: sent.append((d, q)), queued_after=kw.pop("queued_after", 300),
                    stale_after=kw.pop("stale_after", 600), heartbeat_stale_after=60, **kw)
    assert sorted(ids) == sorted(d for d, _ in sent)
    return sent


@pytest.mark.parametrize("case, requeued", [
    pytest.param("fresh-queued", False, id="fresh-queued-left-alone"),
    pytest.param("old-queued", True, id="queued-never-picked-up"),
    pytest.param("fresh-processing", False, id="fresh-attempt-left-alone"),
    pytest.param("stale-processing", True, id="attempt-past-time-limit"),
    pytest.param("dead-worker", True, id="worker-heartbeat-silent"),
    pytest.param("restarted-node", True, id="same-node-restarted"),
    pytest.param("done", False, id="done-left-alone"),
    pytest.param("lost-too-often", False, id="worker-died-three-times-fails"),
])
def test_reconcile(db, tmp_path, case, requeued):
    storage = make_storage("fs", tmp_path / "data", db)
    doc_id = add_document(db, storage, f"Biên bản {case}".encode(), tmp_path=tmp_path)
    now = utcnow()
    booted_at = None
    if case == "old-queued":
        with db.session() as s:
            s.get(Document, doc_id).enqueued_at = now - dt.timedelta(seconds=900)
    elif case == "fresh-processing":
        write_heartbeat(db, "w1@a")
        _open_attempt(db, doc_id, "w1@a", now - dt.timedelta(seconds=5))
    elif case == "stale-processing":
        write_heartbeat(db, "w1@a")
        _open_attempt(db, doc_id, "w1@a", now - dt.timedelta(seconds=3600))
    elif case == "dead-worker":
        write_heartbeat(db, "w1@a")
        with db.session() as s:
            from service.models import WorkerHeartbeat

            s.get(WorkerHeartbeat, "w1@a").last_seen = now - dt.timedelta(seconds=300)
        _open_attempt(db, doc_id, "w1@a", now - dt.timedelta(seconds=30))
    elif case == "restarted-node":
        write_heartbeat(db, NODE)
        _open_attempt(db, doc_id, NODE, now - dt.timedelta(seconds=30))
        booted_at = now - dt.timedelta(seconds=2)
    elif case == "lost-too-often":
        _open_attempt(db, doc_id, "w1@a", now - dt.timedelta(seconds=3600))
        with db.session() as s:
            s.get(Document, doc_id).attempts = 3
    elif case == "done":
        with db.session() as s:
            d = s.get(Document, doc_id)
            d.status, d.enqueued_at = "done", now - dt.timedelta(days=1)
    sent = _reconcile(db, node=NODE if booted_at else None, booted_at=booted_at)
    assert sent == ([(doc_id, "default")] if requeued else [])
    doc = load(db, doc_id)
    if requeued:
        assert doc.status == "queued" and doc.enqueued_at >= now
        with db.session() as s:
            outcomes = s.scalars(select(Attempt.outcome).where(Attempt.document_id == doc_id)).all()
        assert all(o == "lost" for o in outcomes)
    if case == "lost-too-often":
        assert (doc.status, doc.error_code) == ("failed", "processing_failed") and doc.error_message
    # A second pass right away sends nothing more: no storm of duplicates.
    assert _reconcile(db, node=NODE if booted_at else None, booted_at=booted_at) == []


def test_reconcile_keeps_documents_when_broker_is_down(db, tmp_path):
    storage = make_storage("fs", tmp_path / "data", db)
    doc_id = add_document(db, storage, b"Bien ban", tmp_path=tmp_path)
    with db.session() as s:
        s.get(Document, doc_id).enqueued_at = None

    def broken(_d, _q):
        raise ConnectionError("broker down")

    assert reconcile(db, broken, queued_after=0, stale_after=600, heartbeat_stale_after=60) == []
    doc = load(db, doc_id)
    assert (doc.status, doc.enqueued_at) == ("queued", None)  # tried again on the next pass


@pytest.mark.parametrize("url", [
    pytest.param("postgresql+psycopg://postgres@127.0.0.1:1/none?connect_timeout=2", id="postgresql-down"),
    pytest.param("sqlite:////nonexistent-dir/bienban.sqlite3", id="sqlite-unopenable"),
])
def test_unreachable_database_is_transient(url, tmp_path, pipeline):
    from service.db import Database
    from worker.tasks import TransientError, process_document

    db = Database(url)
    with pytest.raises(TransientError):
        process_document(db, make_storage("fs", tmp_path, db), "any-id", node=NODE)
