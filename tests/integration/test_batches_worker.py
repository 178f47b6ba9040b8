"""Batches end to end: real `celery worker` subprocesses on real Redis and PostgreSQL, killed and restarted."""

from __future__ import annotations

import io
import time

import pytest
from itstack import restart_redis, wait_for
from sqlalchemy import select
from test_batches import CORRUPT_PDF, make_zip, minutes

from service.db import get_db
from service.models import Attempt, Batch, BatchDocument

pytestmark = pytest.mark.integration


def year_of_minutes(year: int, skip: tuple[int, ...] = ()) -> list[tuple[str, bytes]]:
    """One cell's monthly minutes for a year, alternating two clerks' styles, without the ``skip`` months."""
    return [(f"{year}/thang-{m:02d}.txt", minutes(m, year=year, terse=m % 2 == 0, day=10 + m))
            for m in range(1, 13) if m not in skip]


def post_zip(stack, members: list[tuple[str, bytes]], name: str = "ho-so.zip") -> str:
    resp = stack.client.post("/api/v1/batches", data={"file": (io.BytesIO(make_zip(members)), name)},
                             content_type="multipart/form-data")
    assert resp.status_code == 202, resp.get_data(as_text=True)
    return resp.get_json()["id"]


def get_batch(stack, batch_id: str) -> dict:
    return stack.client.get(f"/api/v1/batches/{batch_id}").get_json()


def wait_batch(stack, batch_id: str, predicate, timeout: float, what: str) -> dict:
    def check():
        body = get_batch(stack, batch_id)
        return body if predicate(body) else None

    return wait_for(check, timeout, what, interval=0.5)  # type: ignore[return-value]


def finished_at(stack, batch_id: str):
    with get_db(stack.app).session() as s:
        return s.scalar(select(Batch.finished_at).where(Batch.id == batch_id))


def monthly_regular(report: dict) -> list[str]:
    [org] = report["organizations"]
    return [f["period"] for f in org["findings"] if f["rule"] == "monthly_regular"]


def outcomes(stack, batch_id: str) -> dict[str, list[str | None]]:
    with get_db(stack.app).session() as s:
        rows = s.execute(select(Attempt.document_id, Attempt.outcome)
                         .join(BatchDocument, BatchDocument.document_id == Attempt.document_id)
                         .where(BatchDocument.batch_id == batch_id).order_by(Attempt.id)).all()
    out: dict[str, list[str | None]] = {}
    for doc_id, outcome in rows:
        out.setdefault(doc_id, []).append(outcome)
    return out


def test_batch_completes_end_to_end(stack):
    stack.start_worker()
    members = [*year_of_minutes(2023, skip=(4, 9)), ("2023/hong.pdf", CORRUPT_PDF), ("../ra-ngoai.txt", b"x")]
    batch_id = post_zip(stack, members)
    # Watch the database, not GET (which would finish the batch itself): the workers must store the report.
    wait_for(lambda: finished_at(stack, batch_id), 120, "the workers to finish the batch", interval=0.5)
    body = get_batch(stack, batch_id)
    assert body["status"] == "done"
    assert (body["total"], body["done"], body["failed"], body["pending"]) == (12, 10, 2, 0)
    assert monthly_regular(body["report"]) == ["2023-04", "2023-09"]
    errors = {d["path"].split("!")[1]: d["error"]["error"] for d in body["report"]["documents"] if d["error"]}
    assert errors == {"2023/hong.pdf": "corrupt_file", "../ra-ngoai.txt": "unsafe_archive"}
    assert all(o == ["done"] for o in outcomes(stack, batch_id).values() if o != ["failed"])


def test_batch_survives_a_worker_killed_mid_batch(stack):
    slow = stack.start_worker(BIENBAN_TEST_TASK_DELAY="2")
    batch_id = post_zip(stack, year_of_minutes(2022, skip=(6,)))
    wait_batch(stack, batch_id, lambda b: b["done"] >= 2 and b["pending"] >= 4, 120, "the batch to be half way")
    stack.kill_worker(slow)  # SIGKILL mid-batch: two documents are left "processing" with open attempts
    time.sleep(1)
    body = get_batch(stack, batch_id)
    assert body["status"] == "processing" and body["report"] is None and body["pending"] > 0
    stack.start_worker()  # same node name: it reconciles its dead attempts at start
    body = wait_batch(stack, batch_id, lambda b: b["status"] == "done", 120, "the batch to finish after restart")
    assert (body["total"], body["done"], body["failed"], body["pending"]) == (11, 11, 0, 0)
    assert monthly_regular(body["report"]) == ["2022-06"]
    history = outcomes(stack, batch_id)
    assert all(o[-1] == "done" for o in history.values()) and len(history) == 11
    assert any("lost" in o for o in history.values())  # the kill did interrupt documents


def test_batch_unpacking_survives_a_redis_restart(stack):
    batch_id = post_zip(stack, year_of_minutes(2021, skip=(2,))[:4])  # the unpack message waits in Redis
    restart_redis(stack.env["BIENBAN_BROKER_URL"])  # and is gone
    stack.start_worker()  # the reconciler sends the unpacking again; the batch lives in PostgreSQL
    body = wait_batch(stack, batch_id, lambda b: b["status"] == "done", 120, "the batch to finish")
    assert (body["total"], body["done"], body["pending"]) == (4, 4, 0)
    assert monthly_regular(body["report"]) == ["2021-02"]
