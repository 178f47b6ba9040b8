"""Sending work to the workers: by task name, ids only, so the web side never imports task code."""

from __future__ import annotations

import datetime as dt

from flask import Flask, current_app

PROCESS_TASK = "bienban.process_document"


def enqueue(document_id: str, queue: str, app: Flask | None = None) -> None:
    """Ask a worker on ``queue`` to process one document (raises if the broker is unreachable)."""
    celery = (app or current_app).extensions["celery"]
    celery.send_task(PROCESS_TASK, args=[document_id], queue=queue)


def reconcile_app(app: Flask, *, node: str | None = None, booted_at: dt.datetime | None = None) -> list[str]:
    """Run the reconciler with the app's settings (see ``service.reconcile``)."""
    from service.db import get_db
    from service.reconcile import reconcile

    cfg = app.config
    requeued = reconcile(
        get_db(app), lambda doc_id, queue: enqueue(doc_id, queue, app),
        queued_after=float(cfg["RECONCILE_QUEUED_AFTER"]),
        stale_after=float(cfg["TASK_TIME_LIMIT"]) + 60,
        heartbeat_stale_after=float(cfg["HEARTBEAT_STALE_AFTER"]),
        node=node, booted_at=booted_at,
    )
    _reconcile_batches(app)
    return requeued


def _reconcile_batches(app: Flask) -> None:
    """Batches too: unpackings nobody does are sent again, complete batches get their report."""
    from service.batches import UNPACK_TASK, reconcile_batches
    from service.db import get_db

    celery = app.extensions["celery"]
    reconcile_batches(get_db(app), lambda batch_id: celery.send_task(UNPACK_TASK, args=[batch_id], queue="default"),
                      queued_after=float(app.config["RECONCILE_QUEUED_AFTER"]))
