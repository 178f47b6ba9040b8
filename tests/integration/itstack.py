"""A real service stack for integration tests: PostgreSQL, Redis and `celery worker` subprocesses.

The ``stack`` fixture (tests/conftest.py) builds one per test.
"""

from __future__ import annotations

import io
import os
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "minutes"
NODE = "itest@%h"
REDIS_DB = 9  # a database of its own, flushed before use
# Short intervals so recovery happens within seconds (production defaults are minutes).
FAST_RECOVERY = {
    "BIENBAN_HEARTBEAT_INTERVAL": "1",
    "BIENBAN_HEARTBEAT_STALE_AFTER": "10",
    "BIENBAN_RECONCILE_INTERVAL": "2",
    "BIENBAN_RECONCILE_QUEUED_AFTER": "3",
}


def wait_for(predicate: Callable[[], object], timeout: float, what: str, interval: float = 0.3) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if value := predicate():
            return value
        time.sleep(interval)
    pytest.fail(f"timed out after {timeout:.0f}s waiting for {what}")


class Stack:
    """The web app (in-process test client) plus worker subprocesses sharing PostgreSQL, Redis and files."""

    def __init__(self, env: dict[str, str], tmp: Path):
        from service.app import create_app

        self.env = env
        self.tmp = tmp
        self.app = create_app({
            "DATA_DIR": env["BIENBAN_DATA_DIR"], "DATABASE_URL": env["BIENBAN_DATABASE_URL"],
            "BROKER_URL": env["BIENBAN_BROKER_URL"],
        })
        from service.auth import create_token
        from service.db import get_db

        get_db(self.app).migrate()
        self.client = self.app.test_client()
        token, _ = create_token(get_db(self.app), "Chi bộ Tích hợp")
        self.client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {token}"
        self.workers: list[subprocess.Popen] = []

    def start_worker(self, **extra_env: str) -> subprocess.Popen:
        from service.serve import worker_command

        log = (self.tmp / f"worker-{len(self.workers)}.log").open("wb")
        proc = subprocess.Popen(worker_command(2, node=NODE), cwd=ROOT, env={**os.environ, **self.env, **extra_env},
                                stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        self.workers.append(proc)
        wait_for(lambda: self.heartbeat_pid() == proc.pid or proc.poll() is not None, 90, "the worker's heartbeat")
        assert proc.poll() is None, f"worker exited: see {log.name}"
        return proc

    def heartbeat_pid(self) -> int | None:
        from sqlalchemy import select

        from service.db import get_db
        from service.models import WorkerHeartbeat

        with get_db(self.app).session() as s:
            return s.scalar(select(WorkerHeartbeat.pid))

    def alive_workers(self) -> int:
        resp = self.client.get("/api/v1/health")
        return resp.get_json()["workers"]["alive"]

    def kill_worker(self, proc: subprocess.Popen) -> None:
        """SIGKILL the worker and its pool processes at once (no chance to ack, release or clean up)."""
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()

    def stop_worker(self, proc: subprocess.Popen) -> None:
        from service.serve import stop_worker

        stop_worker(proc, grace=15)

    def upload(self, data: bytes, name: str) -> dict:
        resp = self.client.post("/api/v1/documents", data={"file": (io.BytesIO(data), name)},
                                content_type="multipart/form-data")
        assert resp.status_code in (200, 202), resp.get_data(as_text=True)
        return {**resp.get_json(), "http_status": resp.status_code}

    def get(self, doc_id: str) -> dict:
        return self.client.get(f"/api/v1/documents/{doc_id}").get_json()

    def wait_finished(self, ids: list[str], timeout: float = 60) -> dict[str, dict]:
        def finished():
            docs = {i: self.get(i) for i in ids}
            return docs if all(d["status"] in ("done", "failed") for d in docs.values()) else None

        return wait_for(finished, timeout, f"{len(ids)} document(s) to finish")  # type: ignore[return-value]

    def close(self) -> None:
        for proc in self.workers:
            if proc.poll() is None:
                self.kill_worker(proc)
        from service.db import get_db

        get_db(self.app).engine.dispose()


def sample(name: str) -> Path:
    return SAMPLES / name


def restart_redis(url: str) -> None:
    """Stop Redis without saving (queued messages are lost), then start it again as CI does."""
    import redis

    subprocess.run(["redis-cli", "-u", url, "shutdown", "nosave"], check=False, capture_output=True)

    def down() -> bool:
        try:
            redis.Redis.from_url(url, socket_connect_timeout=0.5).ping()
            return False
        except Exception:
            return True

    wait_for(down, 15, "Redis to stop")
    os.makedirs("/var/lib/redis", exist_ok=True)
    subprocess.run(["redis-server", "--daemonize", "yes", "--bind", "127.0.0.1", "-::1", "--port", "6379",
                    "--save", "", "--appendonly", "no", "--dir", "/var/lib/redis",
                    "--logfile", "/var/log/redis/ci.log"], check=True)
    wait_for(lambda: not down(), 15, "Redis to start")


