"""``bienban serve``: the web server, a Celery worker subprocess and a reconciler, stopped together."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
from typing import Any

from flask import Flask

from service.config import service_env
from service.routing import QUEUES

log = logging.getLogger("bienban.serve")

SHUTDOWN_GRACE = 20  # seconds a worker gets to finish its current document on Ctrl-C / SIGTERM


def worker_command(concurrency: int, queues: tuple[str, ...] = QUEUES, node: str = "bienban@%h") -> list[str]:
    """The ``celery worker`` command line for this service's worker entry module."""
    return [sys.executable, "-m", "celery", "-A", "worker.main", "worker", "-Q", ",".join(queues),
            "-c", str(concurrency), "-n", node, "--loglevel", "INFO", "--without-gossip", "--without-mingle"]


def start_worker(app: Flask, concurrency: int) -> subprocess.Popen:
    """A worker on both queues seeing the same database, broker and files as ``app``."""
    env = {**os.environ, **service_env(app.config)}
    # Its own process group: Ctrl-C in the terminal reaches us, and we stop the worker in order.
    return subprocess.Popen(worker_command(concurrency), env=env, start_new_session=True)


def _reconcile_forever(app: Flask, stop: threading.Event) -> None:
    from service.enqueue import reconcile_app

    interval = float(app.config["RECONCILE_INTERVAL"])
    while not stop.wait(interval):
        try:
            reconcile_app(app)
        except Exception as e:
            log.warning("reconcile failed: %s", e)


def stop_worker(proc: subprocess.Popen, grace: float = SHUTDOWN_GRACE) -> None:
    """Warm shutdown (SIGTERM: finish the current task), then SIGKILL after ``grace`` seconds."""
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def serve(host: str, port: int, *, workers: int | None, threads: int = 8,
          overrides: dict[str, Any] | None = None, echo=print) -> None:
    """Run until Ctrl-C or SIGTERM: migrate, start a worker, reconcile periodically, serve HTTP."""
    from waitress import create_server

    from service.app import create_app
    from service.auth import TOKEN_FILE, bootstrap_local_token
    from service.db import get_db

    app = create_app(overrides)
    get_db(app).migrate()
    if (token := bootstrap_local_token(app)) is not None:
        echo("bienban: lần chạy đầu tiên — đã tạo tổ chức 'local' và mã truy cập API dưới đây (chỉ hiện một lần, "
             f"đã lưu vào {app.config['DATA_DIR']}/{TOKEN_FILE}, chỉ chủ sở hữu đọc được). Gửi kèm mỗi yêu cầu: "
             "-H \"Authorization: Bearer $(cat var/token.txt)\"; tạo thêm mã bằng `bienban token create --org TÊN`.")
        echo(token)
    concurrency = workers if workers is not None else (os.cpu_count() or 1)
    worker = start_worker(app, concurrency) if concurrency > 0 else None
    stop = threading.Event()
    threading.Thread(target=_reconcile_forever, args=(app, stop), name="reconciler", daemon=True).start()
    server = create_server(app, host=host, port=port, threads=threads, clear_untrusted_proxy_headers=True)

    def on_term(_signum: int, _frame: Any) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, on_term)
    echo(f"bienban: phục vụ tại http://{host}:{server.effective_port}/api/v1 "
         f"(dữ liệu: {app.config['DATA_DIR']}; worker: {concurrency} tiến trình)")
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        echo("bienban: đang dừng…")
        stop.set()
        server.close()
        if worker is not None:
            stop_worker(worker)
        get_db(app).engine.dispose()
