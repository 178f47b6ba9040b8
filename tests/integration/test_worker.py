"""Upload → real `celery worker` subprocess → report, against real Redis and PostgreSQL; failures survived."""

from __future__ import annotations

import time

import pytest
from itstack import SAMPLES, restart_redis, sample, wait_for
from sqlalchemy import select

from service.db import get_db
from service.models import Attempt

pytestmark = pytest.mark.integration

COMPLETE = "regular-2024-03-khupho3-complete.txt"
CORRUPT_PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\nxref\n0 2\ntrailer << /Root 1 0 R"


def minutes_files(n: int) -> list[tuple[str, bytes]]:
    files = sorted(SAMPLES.glob("*.txt"))[:n]
    assert len(files) == n, "samples/minutes has too few .txt minutes"
    return [(p.name, p.read_bytes()) for p in files]


def attempts(stack, doc_id: str) -> list[str | None]:
    with get_db(stack.app).session() as s:
        return list(s.scalars(select(Attempt.outcome).where(Attempt.document_id == doc_id).order_by(Attempt.id)))


def test_upload_is_processed_and_duplicates_are_one_document(stack):
    stack.start_worker()
    data = sample(COMPLETE).read_bytes()
    first = stack.upload(data, COMPLETE)
    assert first["http_status"] == 202 and first["status"] == "queued"
    doc = stack.wait_finished([first["id"]])[first["id"]]
    assert doc["status"] == "done", doc
    assert doc["report"]["schema"] == "bienban.report/1" and doc["report"]["source"]["filename"] == COMPLETE
    again = stack.upload(data, "copy.txt")
    assert (again["http_status"], again["id"], again["status"]) == (200, first["id"], "done")
    assert attempts(stack, first["id"]) == ["done"]


def test_corrupt_file_fails_with_its_code_while_others_complete(stack):
    stack.start_worker()
    good = [stack.upload(data, name)["id"] for name, data in minutes_files(3)]
    bad = stack.upload(CORRUPT_PDF, "hong.pdf")["id"]
    docs = stack.wait_finished([*good, bad])
    assert [docs[i]["status"] for i in good] == ["done"] * 3
    assert docs[bad]["status"] == "failed" and docs[bad]["error"]["code"] == "corrupt_file"
    assert attempts(stack, bad) == ["failed"]  # bad input is not retried


def kill_mid_task_then_restart(stack) -> None:
    slow = stack.start_worker(BIENBAN_TEST_TASK_DELAY="30")
    doc_id = stack.upload(sample(COMPLETE).read_bytes(), COMPLETE)["id"]
    wait_for(lambda: stack.get(doc_id)["status"] == "processing", 30, "the task to start")
    time.sleep(1)
    stack.kill_worker(slow)  # SIGKILL: no ack, no cleanup, the attempt stays open
    assert stack.get(doc_id)["status"] == "processing"
    stack.start_worker()  # same node name: at start it reconciles its own dead attempts
    doc = stack.wait_finished([doc_id], timeout=60)[doc_id]
    assert doc["status"] == "done" and doc["report"] is not None
    assert attempts(stack, doc_id) == ["lost", "done"]


def test_worker_killed_mid_task_then_document_completes_after_restart(stack):
    kill_mid_task_then_restart(stack)


def test_embedded_broker_worker_killed_mid_task_then_document_completes(embedded_stack):
    # The SQLAlchemy transport forgets a message a SIGKILLed worker had taken; the reconciler does not.
    kill_mid_task_then_restart(embedded_stack)


def test_redis_restart_loses_no_document(stack):
    files = minutes_files(4)
    ids = [stack.upload(data, name)["id"] for name, data in files]  # queued in Redis, no worker yet
    assert all(stack.get(i)["status"] == "queued" for i in ids)
    restart_redis(stack.env["BIENBAN_BROKER_URL"])  # the messages are gone
    stack.start_worker()
    docs = stack.wait_finished(ids, timeout=90)
    assert [docs[i]["status"] for i in ids] == ["done"] * len(ids)
    for i in ids:
        assert attempts(stack, i)[-1] == "done"
