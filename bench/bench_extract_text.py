"""Text-layer PDF extraction speed, pages per second on one core, on dense A4 pages.

    .venv/bin/python bench/bench_extract_text.py [--pages 20] [--repeat 3]

Compares pdfplumber's plain ``extract_text``, our layout-aware path (pdfplumber words
+ head/furniture/reflow), PDFium's text page (pypdfium2) and our PDFium probe (page
count + text presence), all on the same generated PDF (about 4,500 characters a page).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "samples"))

from build_samples import build_pdf, load_source  # noqa: E402

from worker.extract.pdf_text import PdfTextExtractor, drop_furniture, layout_text, probe_pages, read_layout  # noqa: E402


def dense_text(pages: int) -> str:
    """A source text long enough to fill ``pages`` dense A4 pages."""
    source = load_source("digital-regular-2024-05-phuong-hoa-an")
    head, _, body = source.partition("BIÊN BẢN")
    body_lines = [ln for ln in ("BIÊN BẢN" + body).splitlines() if ln.strip()]
    return head + "\n".join(body_lines * (pages * 2)) + "\n"


def plumber_plain(path: Path) -> int:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.flush_cache()
        return len(pdf.pages)


def plumber_layout(path: Path) -> int:
    with pdfplumber.open(path) as pdf:
        layout, _ = read_layout(pdf, list(range(len(pdf.pages))))
    layout_text(drop_furniture([layout[i] for i in sorted(layout)]))
    return len(layout)


def pdfium_text(path: Path) -> int:
    pdf = pdfium.PdfDocument(str(path))
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        return len(pdf)
    finally:
        pdf.close()


def pdfium_probe(path: Path) -> int:
    return len(probe_pages(path))


def full_extract(path: Path) -> int:
    return PdfTextExtractor().extract(path).pages or 0


def measure(fn, path: Path, repeat: int) -> float:
    best = float("inf")
    pages = 0
    for _ in range(repeat):
        start = time.perf_counter()
        pages = fn(path)
        best = min(best, time.perf_counter() - start)
    return pages / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = build_pdf(dense_text(args.pages), Path(tmp) / "dense.pdf", size=10, align="J")
        with pdfplumber.open(path) as pdf:
            n = len(pdf.pages)
            chars = sum(len(p.chars) for p in pdf.pages) / n
        print(f"dense A4 PDF: {n} pages, {chars:.0f} characters a page (best of {args.repeat})")
        for label, fn in [
            ("pdfplumber extract_text (plain)", plumber_plain),
            ("pdfplumber words + our layout", plumber_layout),
            ("PdfTextExtractor.extract (PDFium layout, ours)", full_extract),
            ("pypdfium2 text page", pdfium_text),
            ("pypdfium2 probe (count + presence)", pdfium_probe),
        ]:
            print(f"{label:45s} {measure(fn, path, args.repeat):8.1f} pages/s")


if __name__ == "__main__":
    main()
