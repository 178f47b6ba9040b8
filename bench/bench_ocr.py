"""OCR speed and accuracy on generated scans.

Speed: seconds per dense 300 dpi A4 page for
  1. one process, one tesseract thread (OMP_THREAD_LIMIT=1),
  2. one process, tesseract's own threading (OMP_THREAD_LIMIT unset),
  3. a multi-page scan read by the process pool (one single-threaded tesseract per core),
  4. the same scan read page after page with tesseract's own threading.
Accuracy: CER of every sample ``samples/make_scans.py`` makes, and per page segmentation mode.

    .venv/bin/python bench/bench_ocr.py [--pages 4] [--psm 3,4,6] [--skip-speed]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "samples"), str(ROOT / "tests")]

import make_scans  # noqa: E402
from cer import cer  # noqa: E402

from worker.extract import ocr  # noqa: E402

SOURCES = sorted((ROOT / "samples" / "sources").glob("ocr-*.txt"))


def _omp(limit: str | None) -> None:
    if limit is None:
        os.environ.pop("OMP_THREAD_LIMIT", None)
    else:
        os.environ["OMP_THREAD_LIMIT"] = limit


def _cpu() -> float:
    """CPU seconds used so far by this process and its finished children (tesseract, pool workers)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _dense_pages(count: int) -> list[Image.Image]:
    rng = np.random.default_rng(3)
    pages = [p for s in SOURCES for p in make_scans.layout(s.read_text(encoding="utf-8")) if len(p) > 40]
    pages = (pages * count)[:count]
    return [make_scans.add_noise(make_scans.skew(make_scans.render(p, 300), 1.5), rng, 5) for p in pages]


def bench_speed(pages: int, out: Path) -> None:
    """Print seconds per page for the four ways of running tesseract."""
    cores = len(os.sched_getaffinity(0))
    page = _dense_pages(1)[0]
    for label, limit in (("1 process, OMP_THREAD_LIMIT=1", "1"), ("1 process, tesseract threading", None)):
        _omp(limit)
        start, cpu = time.perf_counter(), _cpu()
        ocr.read_page(page)
        wall, cpu = time.perf_counter() - start, _cpu() - cpu
        print(f"single page   {label:38s} {wall:6.2f} s/page  (CPU {cpu:.2f} s)", flush=True)

    pdf = out / "dense-300dpi.pdf"
    make_scans._image_pdf(pdf, _dense_pages(pages))
    os.environ["BIENBAN_OCR_WORKERS"] = str(cores)
    _omp(None)
    start, cpu = time.perf_counter(), _cpu()
    ocr.ocr_pdf_pages(pdf, list(range(pages)))
    wall, cpu = time.perf_counter() - start, _cpu() - cpu
    print(
        f"{pages}-page scan  pool of {cores} x OMP_THREAD_LIMIT=1           {wall / pages:6.2f} s/page"
        f"  ({wall * cores / pages:.2f} s/page/core, CPU {cpu / pages:.2f} s/page)",
        flush=True,
    )
    os.environ["BIENBAN_OCR_WORKERS"] = "1"
    ocr_init = ocr._init_worker
    ocr._init_worker = lambda: os.environ.pop("OMP_THREAD_LIMIT", None)  # let tesseract thread
    try:
        start, cpu = time.perf_counter(), _cpu()
        ocr.ocr_pdf_pages(pdf, list(range(pages)))
        wall, cpu = time.perf_counter() - start, _cpu() - cpu
    finally:
        ocr._init_worker = ocr_init
    print(
        f"{pages}-page scan  sequential, tesseract threading         {wall / pages:6.2f} s/page"
        f"  (CPU {cpu / pages:.2f} s/page)",
        flush=True,
    )
    print(f"load average while measuring: {os.getloadavg()[0]:.2f} on {cores} cores", flush=True)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"largest child process (pool worker or tesseract): {peak:.0f} MB resident", flush=True)


def bench_accuracy(out: Path, psms: list[int]) -> None:
    """Print the CER of every generated sample for each page segmentation mode."""
    _omp("1")
    os.environ["BIENBAN_OCR_WORKERS"] = "1"
    samples = make_scans.build(out / "samples", SOURCES)
    default = ocr.PSM
    for psm in psms:
        ocr.PSM = psm
        for path in samples:
            truth = path.with_name(path.name.split(".")[0] + ".gt.txt").read_text(encoding="utf-8")
            start = time.perf_counter()
            if path.suffix == ".pdf":
                import pypdfium2 as pdfium

                pdf = pdfium.PdfDocument(str(path))
                layer = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
                pdf.close()
                need = [i for i, t in enumerate(layer) if not t.strip()]
                texts = ocr.ocr_pdf_pages(path, need)
                text = "\n".join(texts.get(i, layer[i]) for i in range(len(layer)))
            else:
                text = ocr.OcrImageExtractor().extract(path).text
            print(
                f"psm {psm}  {path.name:40s} CER {cer(truth, text) * 100:5.2f} %  {time.perf_counter() - start:5.1f} s",
                flush=True,
            )
    ocr.PSM = default


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=4)
    parser.add_argument("--psm", default=str(ocr.PSM))
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--skip-accuracy", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if not args.skip_speed:
            bench_speed(args.pages, Path(tmp))
        if not args.skip_accuracy:
            bench_accuracy(Path(tmp), [int(p) for p in args.psm.split(",")])


if __name__ == "__main__":
    main()
