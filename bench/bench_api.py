"""API and worker throughput of `bienban serve` on this machine.

Run: .venv/bin/python bench/bench_api.py [--uploads 320] [--clients 32] [--documents 60] [--workers 2]

Starts `bienban serve` on loopback (a temp data dir; the embedded SQLite + SQLAlchemy
broker unless BIENBAN_DATABASE_URL / BIENBAN_BROKER_URL say otherwise), then:
1. upload latency p50/p99 and requests/s: 32 client threads post a bounded number of
   small distinct files (each one stored, recorded and queued; workers run meanwhile);
2. end to end: ``--documents`` distinct two-page minutes uploaded at once, timed until
   every one is done, with ``--workers`` worker processes: documents per minute.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "minutes"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


AUTH: dict[str, str] = {}  # the bench's API token, set once the service is up


def post(url: str, name: str, data: bytes) -> tuple[int, dict, float]:
    boundary = uuid.uuid4().hex
    body = (f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
            "Content-Type: text/plain\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
    req = urllib.request.Request(url, data=body, method="POST",
                                 headers={"Content-Type": f"multipart/form-data; boundary={boundary}", **AUTH})
    t0 = time.perf_counter()
    with urllib.request.urlopen(req, timeout=60) as resp:
        out = json.load(resp)
        return resp.status, out, time.perf_counter() - t0


def get(url: str) -> dict:
    with urllib.request.urlopen(urllib.request.Request(url, headers=AUTH), timeout=30) as resp:
        return json.load(resp)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def two_page_minutes() -> list[tuple[str, str]]:
    """The sample minutes of about two pages (4–9 kB of text)."""
    out = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(SAMPLES.glob("*.txt"))]
    chosen = [(n, t) for n, t in out if 4000 <= len(t.encode()) <= 9000]
    return chosen or out


def bench_uploads(base: str, count: int, clients: int) -> None:
    texts = two_page_minutes()

    def one(i: int) -> float:
        name, text = texts[i % len(texts)]
        status, _, seconds = post(f"{base}/documents", name, f"{text}\n<!-- upload {i} {uuid.uuid4()} -->\n".encode())
        assert status == 202, status
        return seconds

    t0 = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        latencies = list(pool.map(one, range(count)))
    wall = time.perf_counter() - t0
    print(f"uploads: {count} with {clients} concurrent clients in {wall:.1f}s → {count / wall:.0f} req/s; "
          f"latency p50 {percentile(latencies, 50) * 1000:.0f} ms, p99 {percentile(latencies, 99) * 1000:.0f} ms, "
          f"mean {statistics.mean(latencies) * 1000:.0f} ms")


def wait_idle(base: str, timeout: float) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        counts = get(f"{base}/health")["documents"]
        if counts["queued"] == 0 and counts["processing"] == 0:
            return counts
        time.sleep(0.5)
    raise SystemExit(f"not idle after {timeout:.0f}s: {counts}")


def bench_end_to_end(base: str, documents: int, workers: int) -> None:
    texts = two_page_minutes()
    tag = uuid.uuid4().hex
    before = get(f"{base}/health")["documents"]
    t0 = time.perf_counter()
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda i: post(f"{base}/documents", texts[i % len(texts)][0],
                                     f"{texts[i % len(texts)][1]}\n<!-- e2e {tag} {i} -->\n".encode()),
                      range(documents)))
    counts = wait_idle(base, 1800)
    wall = time.perf_counter() - t0
    done = counts["done"] - before["done"]
    failed = counts["failed"] - before["failed"]
    print(f"end to end: {documents} two-page minutes, {workers} worker processes: {wall:.1f}s → "
          f"{documents / wall * 60:.0f} documents/min ({done} done, {failed} failed)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--uploads", type=int, default=320)
    ap.add_argument("--clients", type=int, default=32)
    ap.add_argument("--documents", type=int, default=60)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    port = free_port()
    data_dir = tempfile.mkdtemp(prefix="bienban-bench-")
    # One token sends every request: the per-token rate limit would measure itself, so it is off here.
    env = {**os.environ, "BIENBAN_DATA_DIR": data_dir, "BIENBAN_RATE_LIMIT": "0"}
    proc = subprocess.Popen([sys.executable, "-m", "service.cli", "serve", "--port", str(port), "--workers",
                             str(args.workers), "--threads", str(args.clients)],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    base = f"http://127.0.0.1:{port}/api/v1"
    try:
        for _ in range(240):
            try:
                if get(f"{base}/health")["workers"]["alive"]:
                    break
            except OSError:
                pass
            time.sleep(0.5)
        token = subprocess.run([sys.executable, "-m", "service.cli", "token", "create", "--org", "bench"], cwd=ROOT,
                               env=env, capture_output=True, text=True, check=True).stdout.strip()
        AUTH["Authorization"] = f"Bearer {token}"
        health = get(f"{base}/health")
        print(f"service: {health['database']['dialect']} database, {health['broker']['transport']} broker, "
              f"{args.workers} worker processes, {os.cpu_count()} cores")
        bench_uploads(base, args.uploads, args.clients)
        wait_idle(base, 1800)  # let the upload phase's documents drain before timing end to end
        bench_end_to_end(base, args.documents, args.workers)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
