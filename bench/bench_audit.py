"""Audit throughput: documents per minute for an archive of text-layer PDF minutes on this machine.

Run: .venv/bin/python bench/bench_audit.py [--count 300] [--jobs N]
Builds the archive (PDFs rendered with fpdf2 from samples/minutes/*.txt) in a temp
folder, zips it, then times `worker.audit.run_audit` over the zip, all cores.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")


def build_pdf(text: str, out: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("DejaVuSerif", fname=str(FONT))
    pdf.set_font("DejaVuSerif", size=12)
    pdf.add_page()
    pdf.set_margins(25, 20, 20)
    for line in text.splitlines():
        pdf.multi_cell(0, 6, line or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--jobs", type=int, default=os.cpu_count())
    args = ap.parse_args()

    from worker.audit import run_audit

    sources = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples" / "minutes").glob("*.txt"))]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        t0 = time.perf_counter()
        pdfs = []
        for i in range(min(len(sources), args.count)):
            out = tmp / f"src-{i:03d}.pdf"
            build_pdf(sources[i], out)
            pdfs.append(out)
        archive = tmp / "kho.zip"
        with zipfile.ZipFile(archive, "w") as zf:
            for i in range(args.count):
                # Every copy differs by a trailing comment so no two are byte-identical duplicates.
                data = pdfs[i % len(pdfs)].read_bytes() + f"\n% copy {i}\n".encode()
                zf.writestr(f"{2015 + i // 12}/bb-{i:04d}.pdf", data)
        print(f"built {args.count} PDFs from {len(pdfs)} texts in {time.perf_counter() - t0:.1f} s")

        t0 = time.perf_counter()
        result = run_audit([archive], jobs=args.jobs)
        elapsed = time.perf_counter() - t0
    docs = result["documents"]
    errors = sum(1 for d in docs if d["error"])
    pages = sum((d["report"] or {}).get("source", {}).get("pages") or 0 for d in docs)
    print(f"audited {len(docs)} documents ({pages} pages, {errors} errors) in {elapsed:.1f} s, {args.jobs} processes")
    print(f"throughput: {len(docs) / elapsed * 60:.0f} documents per minute ({os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
