"""Input limits, read from the environment when checked (never at import time).

``BIENBAN_MAX_FILE_MB`` (default 50), ``BIENBAN_MAX_PAGES`` (default 200) and
``BIENBAN_MAX_PIXELS`` (default 100 million per page or image).  A DOCX may not
unpack to more than ``DOCX_EXPANSION`` times the file-size limit (zip bombs).
"""

from __future__ import annotations

import os
import zipfile
from dataclasses import dataclass

from worker.errors import ImageTooLarge, TooLarge, TooManyPages

DOCX_EXPANSION = 8  # a real .docx unpacks to a few times its size; 8× the file limit is generous
_MAX_COMPRESSION_RATIO = 200  # text XML compresses ~10-30×; hundreds-fold means a bomb


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int
    max_pages: int
    max_pixels: int


def _env_number(name: str, default: float) -> float:
    raw = os.environ.get(name, "").strip()
    try:
        value = float(raw) if raw else default
    except ValueError:
        return default
    return value if value > 0 else default


def current() -> Limits:
    """The limits in force now, from the environment."""
    return Limits(
        max_file_bytes=int(_env_number("BIENBAN_MAX_FILE_MB", 50) * 1024 * 1024),
        max_pages=int(_env_number("BIENBAN_MAX_PAGES", 200)),
        max_pixels=int(_env_number("BIENBAN_MAX_PIXELS", 100_000_000)),
    )


def _megabytes(n: int) -> str:
    return f"{n / (1024 * 1024):.1f}".rstrip("0").rstrip(".")


def check_file_size(size: int) -> None:
    """Refuse a file larger than the size limit."""
    limit = current().max_file_bytes
    if size > limit:
        raise TooLarge(f"Tệp quá lớn ({_megabytes(size)} MB; tối đa {_megabytes(limit)} MB).")


def check_pages(pages: int) -> None:
    """Refuse a document with more pages than the page limit."""
    limit = current().max_pages
    if pages > limit:
        raise TooManyPages(f"Tệp có {pages} trang, vượt quá giới hạn {limit} trang.")


def check_pixels(width: int, height: int) -> None:
    """Refuse an image (or a page to render) with more pixels than the limit."""
    limit = current().max_pixels
    if width * height > limit:
        pixels, most = (f"{n:,}".replace(",", ".") for n in (width * height, limit))
        raise ImageTooLarge(f"Ảnh {width}×{height} ({pixels} điểm ảnh) vượt giới hạn {most} điểm ảnh.")


def check_zip_expansion(archive: zipfile.ZipFile) -> None:
    """Refuse a zip (DOCX) whose members would unpack to far more than the file limit (a zip bomb)."""
    limit = current().max_file_bytes * DOCX_EXPANSION
    total = 0
    for info in archive.infolist():
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if total > limit or (info.file_size > 10 * 1024 * 1024 and ratio > _MAX_COMPRESSION_RATIO):
            raise TooLarge("Tệp DOCX giải nén ra dung lượng quá lớn (nghi là tệp nén độc hại).")
