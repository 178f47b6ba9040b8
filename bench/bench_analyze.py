"""Analysis speed: median ms per document for `nlp.analyze` (and, apart, for segmentation).

Run: .venv/bin/python bench/bench_analyze.py [--repeat N] [FILES...]
Defaults to samples/minutes/*.txt.  Pinned to one core where the OS allows.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _time(fn, arg, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(arg)
        out.append((time.perf_counter() - t0) * 1000)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    from nlp.analyze import analyze
    from nlp.normalize import normalize
    from nlp.segment import segment

    files = args.files or sorted((ROOT / "samples" / "minutes").glob("*.txt"))
    texts = [normalize(p.read_text(encoding="utf-8")).text for p in files]
    for t in texts:  # warm-up: data files, regex caches, underthesea models
        analyze(t)
        segment(t)
    rows = []
    for p, t in zip(files, texts, strict=True):
        a = statistics.median(_time(analyze, t, args.repeat))
        s = statistics.median(_time(segment, t, max(3, args.repeat // 4)))
        rows.append((p.name, len(t), a, s))
    print(f"{'file':55} {'chars':>6} {'analyze ms':>11} {'segment ms':>11}")
    for name, n, a, s in rows:
        print(f"{name[:55]:55} {n:6d} {a:11.2f} {s:11.2f}")
    two_page = [r for r in rows if 3500 <= r[1] <= 8000] or rows
    print(f"\ndocuments: {len(rows)}; two-page documents (3,500–8,000 chars): {len(two_page)}")
    print(f"analyze median over two-page documents: {statistics.median(r[2] for r in two_page):.2f} ms (one core)")
    print(f"segment (underthesea + spaCy Doc) median: {statistics.median(r[3] for r in two_page):.2f} ms")


if __name__ == "__main__":
    main()
