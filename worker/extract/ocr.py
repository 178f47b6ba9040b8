"""OCR of scans and photos (JPEG, PNG, TIFF) and of PDF pages without a text layer.

Each page is decoded (or rendered) inside the process that reads it, one page at a
time, so a 100-page scan never sits in memory at once.  Pages run in a process pool
of one single-threaded tesseract per core (``OMP_THREAD_LIMIT=1``): on a busy server
that beats tesseract's own threading, which spends most of its extra threads waiting.

Per page: orientation, deskew, despeckling and text-size scaling
(:mod:`worker.extract.imageprep`), then ``tesseract -l vie --oem 1``, whose word boxes
:mod:`worker.extract.ocrlayout` puts in the reading order of the text-layer reader.

Environment, read at call time: ``BIENBAN_OCR_PAGE_TIMEOUT`` (seconds per page, default
120), ``BIENBAN_MAX_PIXELS`` and ``BIENBAN_MAX_PAGES`` (:mod:`worker.extract.limits`),
``BIENBAN_OCR_WORKERS`` (pool size, default the usable cores).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import re
import time
import warnings
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytesseract
from PIL import Image, UnidentifiedImageError

from nlp.normalize import normalize
from worker.errors import CorruptFile, EmptyFile, ImageTooLarge, OcrFailed, OcrTimeout
from worker.extract import imageprep, limits, ocrfix, ocrlayout
from worker.extract.base import ExtractedText

log = logging.getLogger(__name__)

LANG = "vie"
PSM = 3  # automatic layout: equal to psm 4 on flat scans, far better on photos (bench/bench_ocr.py)
OCR_DPI = 300
MAX_RENDER_PIXELS = 16_000_000  # a rendered PDF page is capped here whatever its paper size
DEFAULT_PAGE_TIMEOUT = 120.0
MIN_SIDE = 16
OSD_MIN_CONFIDENCE = 2.0
UPRIGHT_MARGIN = 0.3  # |upright_score| below this: ask OSD (measured scores are ±0.6-0.8)
_MEDIA_TYPES = {"image/jpeg": 60, "image/png": 60, "image/tiff": 60}


def page_timeout() -> float:
    """Seconds allowed for one page (``BIENBAN_OCR_PAGE_TIMEOUT``)."""
    return float(os.environ.get("BIENBAN_OCR_PAGE_TIMEOUT", DEFAULT_PAGE_TIMEOUT))


def max_pixels() -> int:
    """Largest image (width x height) accepted (``BIENBAN_MAX_PIXELS``)."""
    return limits.current().max_pixels


def pool_size() -> int:
    """Pages read at once: ``BIENBAN_OCR_WORKERS`` or the cores this process may use."""
    if value := os.environ.get("BIENBAN_OCR_WORKERS"):
        return max(1, int(value))
    return max(1, len(os.sched_getaffinity(0)))


# --- tesseract -------------------------------------------------------------------


def _remaining(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise OcrTimeout()
    return left


def _call(fn: Callable[..., Any], *args: object, deadline: float, **kwargs: object) -> Any:
    """Run one pytesseract call within the page's deadline, translating its errors."""
    try:
        return fn(*args, timeout=_remaining(deadline), **kwargs)
    except RuntimeError as e:
        if "timeout" in str(e).lower():
            raise OcrTimeout() from e
        raise OcrFailed(detail=str(e)) from e
    except pytesseract.TesseractNotFoundError as e:
        raise OcrFailed("Không tìm thấy chương trình nhận dạng chữ (tesseract).", detail=str(e)) from e
    except (pytesseract.TesseractError, OSError) as e:
        raise OcrFailed(detail=str(e)) from e


_ROTATE = re.compile(r"Rotate:\s*(\d+)")
_CONFIDENCE = re.compile(r"Orientation confidence:\s*([\d.]+)")


def detect_rotation(gray: Image.Image, deadline: float) -> int:
    """Degrees (0, 90, 180, 270) to rotate the page clockwise so its text reads upright; 0 if unsure."""
    # OSD needs legible letters, not full resolution.
    small = imageprep.scaled(gray, 2400 / max(gray.size)) if max(gray.size) > 2400 else gray
    try:
        osd = _call(pytesseract.image_to_osd, small, config="--psm 0", deadline=deadline)
    except OcrFailed as e:
        if "Too few characters" in (e.detail or "") or "Invalid resolution" in (e.detail or ""):
            return 0  # a nearly blank page: nothing to orient by
        raise
    rotate, confidence = _ROTATE.search(osd), _CONFIDENCE.search(osd)
    if not rotate or not confidence or float(confidence.group(1)) < OSD_MIN_CONFIDENCE:
        return 0
    return int(rotate.group(1)) % 360


def _osd_turn(img: Image.Image, deadline: float) -> Image.Image:
    rotation = detect_rotation(img, deadline)
    return img.rotate(-rotation, expand=True) if rotation else img


def orient_and_prepare(gray: Image.Image, deadline: float) -> Image.Image:
    """Upright, deskewed, binarised page.

    The cheap checks of :mod:`imageprep` (profile direction, ink above vs below the
    x-height band) settle most pages in milliseconds; tesseract's OSD (about a second)
    is asked only when they cannot tell, e.g. on photos with a desk around the page.
    """
    ink, _ = imageprep.probe(imageprep.whiten_surround(gray))
    direction = imageprep.text_direction(ink)
    if direction is None:
        return imageprep.prepare(_osd_turn(gray, deadline))
    if direction == "vertical":
        gray = gray.transpose(Image.Transpose.ROTATE_270)  # 90° clockwise; upright_score fixes 270
    page = imageprep.prepare(gray)
    score = imageprep.upright_score(page)
    if score is None or abs(score) < UPRIGHT_MARGIN:
        return _osd_turn(page, deadline)
    return page.transpose(Image.Transpose.ROTATE_180) if score < 0 else page


def read_page(img: Image.Image, *, timeout: float | None = None, psm: int | None = None, orient: bool = True) -> str:
    """OCR one page image: orientation, deskew, scaling, then tesseract; returns raw text."""
    start = time.monotonic()
    deadline = start + (page_timeout() if timeout is None else timeout)
    gray = imageprep.to_gray(img)
    if min(gray.size) < MIN_SIDE:
        return ""  # too small to hold a line of text
    page = orient_and_prepare(gray, deadline) if orient else imageprep.prepare(gray)
    prepared = time.monotonic()
    _remaining(deadline)
    config = f"--oem 1 --psm {psm or PSM} --dpi {OCR_DPI} -c preserve_interword_spaces=0"
    data = _call(
        pytesseract.image_to_data, page, lang=LANG, config=config, output_type=pytesseract.Output.DICT,
        deadline=deadline,
    )
    text = ocrfix.mend(ocrlayout.page_text(data))
    log.debug("page %dx%d: prepare %.2fs, tesseract %.2fs", *page.size, prepared - start, time.monotonic() - prepared)
    return text


# --- decoding ----------------------------------------------------------------------


def open_image(path: Path) -> Image.Image:
    """Open an image lazily, refusing decompression bombs before any pixel is decoded."""
    try:
        with warnings.catch_warnings():
            # Our own limit decides below; Pillow's hard stop (2x its own) still applies.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            img = Image.open(path)
    except Image.DecompressionBombError as e:
        raise ImageTooLarge(detail=str(e)) from e
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as e:
        raise CorruptFile(detail=str(e)) from e
    width, height = img.size
    try:
        limits.check_pixels(width, height)
    except ImageTooLarge:
        img.close()
        raise
    if width == 0 or height == 0:
        img.close()
        raise EmptyFile()
    return img


def count_frames(path: Path) -> int:
    """Pages of an image file (TIFFs may hold many), each checked against the pixel limit."""
    with open_image(path) as img:
        try:
            frames = getattr(img, "n_frames", 1)
            limits.check_pages(frames)
            for index in range(1, frames):
                img.seek(index)
                limits.check_pixels(*img.size)
        except (OSError, SyntaxError, ValueError, EOFError) as e:
            raise CorruptFile(detail=str(e)) from e
        return frames


def _read_frame(path: str, index: int, timeout: float) -> str:
    """Pool task: decode frame ``index`` of an image file and OCR it."""
    with open_image(Path(path)) as img:
        try:
            img.seek(index)
            img.load()
        except (OSError, SyntaxError, ValueError, EOFError) as e:
            raise CorruptFile(detail=f"frame {index}: {e}") from e
        page = img.copy()
    return read_page(page, timeout=timeout)


def _render_pdf_page(path: str, index: int) -> Image.Image:
    """Render one PDF page in grayscale at OCR resolution, capped in pixels."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as e:
        raise CorruptFile(detail=str(e)) from e
    try:
        page = pdf[index]
        width, height = page.get_size()  # points
        scale = OCR_DPI / 72
        if width * height * scale * scale > MAX_RENDER_PIXELS:
            scale = (MAX_RENDER_PIXELS / (width * height)) ** 0.5
        bitmap = page.render(scale=scale, grayscale=True, draw_annots=True)
        img = bitmap.to_pil().convert("L")
        bitmap.close()
        page.close()
        return img
    except pdfium.PdfiumError as e:
        raise CorruptFile(detail=f"page {index}: {e}") from e
    finally:
        pdf.close()


def _read_pdf_page(path: str, index: int, timeout: float) -> str:
    """Pool task: render PDF page ``index`` and OCR it."""
    return read_page(_render_pdf_page(path, index), timeout=timeout)


# --- pages in parallel --------------------------------------------------------------


def _init_worker() -> None:
    # One thread per tesseract: the pool supplies the parallelism.
    os.environ["OMP_THREAD_LIMIT"] = "1"


def _run_pages(task: Callable[[str, int, float], str], path: Path, pages: list[int]) -> dict[int, str]:
    """Run ``task(path, page, timeout)`` for every page, in a pool when there is more than one."""
    timeout = page_timeout()
    workers = min(pool_size(), len(pages))
    # Daemonic processes (some task runners) may not fork children: read pages in turn there.
    if workers <= 1 or multiprocessing.current_process().daemon:
        previous = os.environ.get("OMP_THREAD_LIMIT")
        _init_worker()
        try:
            return {p: task(str(path), p, timeout) for p in pages}
        finally:
            if previous is None:
                os.environ.pop("OMP_THREAD_LIMIT", None)
            else:
                os.environ["OMP_THREAD_LIMIT"] = previous
    # fork: "spawn" and "forkserver" re-import the caller's __main__, which breaks any
    # script without a main guard; the children only use PIL, numpy and pdfium afresh.
    context = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker)
    failed = True
    try:
        futures = {p: pool.submit(task, str(path), p, timeout) for p in pages}
        results = {p: f.result() for p, f in futures.items()}
        failed = False
        return results
    finally:
        # On failure drop the queued pages; the ones running finish within their timeout.
        pool.shutdown(wait=True, cancel_futures=failed)


def ocr_pdf_pages(path: Path, pages: list[int]) -> dict[int, str]:
    """OCR the listed 0-based pages of a PDF; returns raw (un-normalised) text per page.

    Each page is rendered at 300 dpi inside the worker that reads it.

    >>> ocr_pdf_pages(Path("scanned.pdf"), [0, 2])  # doctest: +SKIP
    {0: 'ĐẢNG BỘ XÃ AN PHÚ\\n...', 2: '...'}
    """
    return _run_pages(_read_pdf_page, Path(path), list(pages))


class OcrImageExtractor:
    """Scanned pages and photos: JPEG, PNG and (multi-page) TIFF."""

    name = "ocr"

    def score(self, media_type: str, probe: bytes) -> int | None:
        return _MEDIA_TYPES.get(media_type)

    def extract(self, path: Path) -> ExtractedText:
        path = Path(path)
        frames = count_frames(path)
        with open_image(path) as img:
            media_type = Image.MIME.get(img.format or "", "application/octet-stream")
        texts = _run_pages(_read_frame, path, list(range(frames)))
        text = normalize("\n\n".join(texts[i].strip() for i in range(frames))).text
        if not text.strip():
            raise EmptyFile()
        return ExtractedText(text=text, media_type=media_type, extraction="ocr", pages=frames)
