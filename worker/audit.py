"""Run the pipeline over an archive in parallel and build the archive report.

Files stream through a process pool (one process per core, models loaded once
per process) with a bounded number in flight, so thousands of files never sit
in memory or on disk at once.  A file that fails is reported and the rest go on.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from pathlib import Path
from typing import Any

from nlp.archive import audit
from worker.archive_input import InputFile, iter_inputs
from worker.errors import BienbanError


def _warm() -> None:
    """Load analysis data once per pool process; OCR pages one at a time (the pool already fills the cores)."""
    os.environ.setdefault("BIENBAN_OCR_WORKERS", "1")
    import nlp.analyze  # noqa: F401


def _process(display: str, path: str) -> dict[str, Any]:
    from worker.pipeline import process_path, sha256_file

    p = Path(path)
    digest = None
    try:
        digest = sha256_file(p)
        report = process_path(p, filename=Path(display.split("!")[-1]).name, sha256=digest)
        return {"path": display, "sha256": digest, "report": report.to_dict(), "error": None}
    except BienbanError as e:
        return {"path": display, "sha256": digest, "report": None, "error": e.to_dict()}
    except Exception as e:  # one broken file must not stop an archive
        return {"path": display, "sha256": digest, "report": None,
                "error": {"error": "processing_failed", "message": f"Không xử lý được tệp: {e}"}}


def process_inputs(
    inputs: Iterable[InputFile],
    jobs: int | None = None,
    on_done: Callable[[dict[str, Any]], None] | None = None,
) -> list[dict[str, Any]]:
    """Process every input in parallel; returns one ``{"path","report","error"}`` entry per file, in input order."""
    jobs = jobs or os.cpu_count() or 1
    results: dict[int, dict[str, Any]] = {}
    pending: dict[Future, tuple[int, InputFile]] = {}
    order = 0

    def collect(done: Iterable[Future]) -> None:
        for fut in done:
            idx, item = pending.pop(fut)
            item.cleanup()
            try:
                entry = fut.result()
            except Exception as e:  # a crashed pool process
                entry = {"path": item.display, "sha256": None, "report": None,
                         "error": {"error": "processing_failed", "message": f"Tiến trình xử lý bị lỗi: {e}"}}
            results[idx] = entry
            if on_done:
                on_done(entry)

    with ProcessPoolExecutor(max_workers=jobs, initializer=_warm) as pool:
        for item in inputs:
            if item.error is not None or item.path is None:
                entry = {"path": item.display, "sha256": None, "report": None,
                         "error": (item.error.to_dict() if item.error else None)}
                results[order] = entry
                if on_done:
                    on_done(entry)
            else:
                pending[pool.submit(_process, item.display, str(item.path))] = (order, item)
            order += 1
            while len(pending) >= 2 * jobs:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                collect(done)
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            collect(done)
    return [results[i] for i in range(order)]


def mark_duplicates(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The same bytes twice in an archive are one document: later copies point at the first."""
    first: dict[str, str] = {}
    for e in entries:
        sha = e.get("sha256")
        if not sha:
            continue
        if sha in first:
            e["duplicate_of"] = first[sha]
            e["note"] = f"Trùng nội dung với tệp {first[sha]}."
        else:
            first[sha] = e["path"]
    return entries


def run_audit(
    paths: list[Path],
    jobs: int | None = None,
    period_from: str | None = None,
    period_to: str | None = None,
    on_done: Callable[[dict[str, Any]], None] | None = None,
) -> dict[str, Any]:
    """Audit folders, zip archives and files; returns the ``bienban.audit/1`` report."""
    entries = mark_duplicates(process_inputs(iter_inputs(paths), jobs=jobs, on_done=on_done))
    for e in entries:
        if e["report"] is not None and not e["report"].get("is_minutes"):
            e.setdefault("note", "Không phải biên bản sinh hoạt chi bộ; không đưa vào kiểm tra.")
    return audit(entries, period_from=period_from, period_to=period_to)
