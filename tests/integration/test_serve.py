"""The embedded default end to end: `bienban serve` on a free port and a temp data dir, no servers needed."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest
from itstack import ROOT, sample, wait_for

pytestmark = pytest.mark.integration

COMPLETE = "regular-2024-03-khupho3-complete.txt"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def post_file(url: str, path: Path, token: str) -> tuple[int, dict]:
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{path.name}\"\r\n"
            f"Content-Type: text/plain\r\n\r\n").encode() + path.read_bytes() + f"\r\n--{boundary}--\r\n".encode()
    req = urllib.request.Request(url, data=body, method="POST",
                                 headers={"Content-Type": f"multipart/form-data; boundary={boundary}",
                                          "Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return resp.status, json.load(resp)


def get_json(url: str, token: str | None = None) -> dict:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=10) as resp:
        return json.load(resp)


def test_bienban_serve_embedded_default(tmp_path, pipeline):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("BIENBAN_")}
    env["BIENBAN_DATA_DIR"] = str(tmp_path / "data")
    log = (tmp_path / "serve.log").open("wb")
    proc = subprocess.Popen([sys.executable, "-m", "service.cli", "serve", "--port", str(port), "--workers", "1"],
                            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}/api/v1"
    try:
        def up():
            try:
                return get_json(f"{base}/health/live")
            except OSError:
                return None

        wait_for(up, 60, "bienban serve to answer")
        # First start: one token, printed on stderr and kept in DATA_DIR/token.txt (owner only).
        token_file = tmp_path / "data" / "token.txt"
        token = token_file.read_text().strip()
        assert token_file.stat().st_mode & 0o077 == 0
        assert token in (tmp_path / "serve.log").read_text(errors="replace")
        with pytest.raises(urllib.error.HTTPError) as refused:
            post_file(f"{base}/documents", sample(COMPLETE), "bb_not-a-token")
        assert refused.value.code == 401
        status, body = post_file(f"{base}/documents", sample(COMPLETE), token)
        assert status == 202 and body["status"] == "queued"
        doc = wait_for(lambda: (d := get_json(f"{base}{body['links']['self'][len('/api/v1'):]}", token))["status"]
                       in ("done", "failed") and d, 90, "the document to be processed")
        assert doc["status"] == "done" and doc["report"]["schema"] == "bienban.report/1"
        health = get_json(f"{base}/health")
        assert health["database"]["dialect"] == "sqlite" and health["broker"]["transport"] == "sqla+sqlite"
        assert health["workers"]["alive"] == 1
        assert (tmp_path / "data" / "bienban.sqlite3").exists() and (tmp_path / "data" / "files").is_dir()
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            code = proc.wait(40)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            pytest.fail("bienban serve did not stop on SIGTERM")
    assert code == 0, (tmp_path / "serve.log").read_text(errors="replace")[-2000:]
    time.sleep(0.5)
    with pytest.raises(OSError):
        get_json(f"{base}/health/live")
