"""The Celery app, built from the Flask app's settings (nothing is created at import time).

Tasks run inside the Flask app context, so they use the same database and storage
resources as the web side.  Each worker node also keeps a heartbeat row fresh and
reconciles lost documents (at start and periodically): see ``service.reconcile``.
"""

from __future__ import annotations

import logging
import os
import threading
from typing import Any

from celery import Celery, Task, signals
from flask import Flask

from service.models import utcnow
from service.routing import DEFAULT_QUEUE, QUEUES

log = logging.getLogger(__name__)

EMBEDDED_POLLING_INTERVAL = 0.1  # seconds


def create_celery(app: Flask) -> Celery:
    """A Celery app whose tasks run in ``app``'s context, configured from ``app.config``."""

    class FlaskTask(Task):
        def __call__(self, *args: Any, **kwargs: Any) -> Any:
            with app.app_context():
                return self.run(*args, **kwargs)

    cfg = app.config
    _prepare_sqlite_broker(cfg["BROKER_URL"])
    celery = Celery(app.name, task_cls=FlaskTask)
    celery.conf.update(
        broker_url=cfg["BROKER_URL"],
        task_serializer="json",
        accept_content=["json"],
        result_serializer="json",
        task_ignore_result=True,
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,  # long tasks: do not hoard messages another worker could take
        task_soft_time_limit=int(cfg["TASK_SOFT_TIME_LIMIT"]),
        task_time_limit=int(cfg["TASK_TIME_LIMIT"]),
        task_default_queue=DEFAULT_QUEUE,
        task_create_missing_queues=True,
        broker_transport_options=_transport_options(cfg["BROKER_URL"], int(cfg["VISIBILITY_TIMEOUT"])),
        broker_connection_retry_on_startup=True,
        worker_hijack_root_logger=False,
        beat_schedule={
            "reconcile": {"task": "bienban.reconcile", "schedule": float(cfg["RECONCILE_INTERVAL"])},
        },
    )
    celery.set_default()
    import worker.tasks  # noqa: F401  (registers the shared tasks on this app)

    _connect_worker_signals(app)
    app.extensions["celery"] = celery
    return celery


def _prepare_sqlite_broker(url: str) -> None:
    """Put the embedded broker's SQLite file in WAL mode (persistent in the file): kombu opens it with
    defaults, and a rollback journal makes every publish wait for an fsync and block readers."""
    prefix = "sqla+sqlite:///"
    if not url.startswith(prefix) or url == prefix or ":memory:" in url:
        return
    import sqlite3
    from pathlib import Path

    path = Path(url[len(prefix):])
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path, timeout=30) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
    # The transport is polled, pausing 1 s between polls, which caps a node near one document per
    # second.  It hands every transport option to create_engine, so the interval is set on the class.
    from kombu.transport import sqlalchemy as sqla_transport

    sqla_transport.Transport.polling_interval = EMBEDDED_POLLING_INTERVAL


def _transport_options(url: str, visibility_timeout: int) -> dict[str, Any]:
    """Redis/SQS redeliver an unacked message after the visibility timeout; the SQLAlchemy transport
    hands its options to ``create_engine`` and must get none."""
    if url.startswith(("redis", "rediss", "sqs")):
        return {"visibility_timeout": visibility_timeout}
    return {}


class _NodeKeeper:
    """In a worker's main process: heartbeat every few seconds, reconcile now and then."""

    def __init__(self, app: Flask, node: str, queues: str):
        self.app, self.node, self.queues = app, node, queues
        self.booted_at = utcnow()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, name="bienban-node-keeper", daemon=True)

    def run(self) -> None:
        from service.db import get_db
        from service.enqueue import reconcile_app
        from service.reconcile import write_heartbeat

        cfg = self.app.config
        db = get_db(self.app)
        first, last_reconcile = True, 0.0
        while not self.stop.is_set():
            try:
                write_heartbeat(db, self.node, queues=self.queues if first else None, pid=os.getpid())
                now = utcnow().timestamp()
                if first or now - last_reconcile >= float(cfg["RECONCILE_INTERVAL"]):
                    # At start, attempts this node opened before it restarted are certainly dead.
                    reconcile_app(self.app, node=self.node, booted_at=self.booted_at)
                    last_reconcile = now
                first = False
            except Exception as e:  # the database may be away for a while: keep trying
                log.warning("heartbeat/reconcile failed: %s", e)
            self.stop.wait(float(cfg["HEARTBEAT_INTERVAL"]))


_keepers: dict[str, _NodeKeeper] = {}


def _connect_worker_signals(app: Flask) -> None:
    def on_ready(sender: Any = None, **_: Any) -> None:
        node = getattr(sender, "hostname", None) or "unknown"
        queues = ",".join(sorted(getattr(sender.app.amqp.queues, "consume_from", {}) or QUEUES)) if sender else ""
        keeper = _NodeKeeper(app, node, queues)
        _keepers[node] = keeper
        keeper.thread.start()

    def on_shutdown(**_: Any) -> None:
        from service.db import get_db
        from service.reconcile import remove_heartbeat

        for node, keeper in list(_keepers.items()):
            keeper.stop.set()
            keeper.thread.join(timeout=5)
            try:
                remove_heartbeat(get_db(app), node)
            except Exception as e:
                log.warning("cannot remove heartbeat of %s: %s", node, e)
            _keepers.pop(node, None)

    def on_process_init(**_: Any) -> None:
        from service.db import get_db

        # Connections inherited from the parent must not be shared across the fork.
        get_db(app).dispose()
        _warm_up()

    signals.worker_ready.connect(on_ready, weak=False, dispatch_uid="bienban.worker_ready")
    signals.worker_shutdown.connect(on_shutdown, weak=False, dispatch_uid="bienban.worker_shutdown")
    signals.worker_process_init.connect(on_process_init, weak=False, dispatch_uid="bienban.worker_process_init")


def _warm_up() -> None:
    """Load the analysis models once per worker process, not on the first document."""
    try:
        from nlp.analyze import analyze

        analyze("Chi bộ họp. Quán triệt Chỉ thị 05-CT/TW.")
    except Exception as e:  # a missing model must surface on the document, not kill the worker
        log.warning("warm-up failed: %s", e)
