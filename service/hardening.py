"""Defences at the door: security headers, display-safe filenames, bombs refused at upload when cheap."""

from __future__ import annotations

import unicodedata
import zipfile
from pathlib import Path

from flask import Flask, Response, request

from worker.errors import BienbanError, CorruptFile, EmptyFile
from worker.extract import limits

MAX_FILENAME = 255
# Forms of one upload: the file and a few fields at most (werkzeug's default is 1000 parts).
MAX_FORM_PARTS = 16
MAX_FORM_MEMORY = 64 * 1024  # non-file fields
OCR_DPI = 300  # pages are rendered at this resolution for OCR (worker.extract.ocr)

HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def display_name(name: str | None) -> str | None:
    """A filename fit to store and show: last path component, NFC, no control or bidi characters, ≤ 255.

    It is only ever displayed; storage uses the content hash.

    >>> display_name("..\\\\..\\\\biên bản\\u202e.txt")
    'biên bản.txt'
    """
    if not name:
        return None
    name = unicodedata.normalize("NFC", name).replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip(" .")
    return name[:MAX_FILENAME] or None


def _pdf_pages(path: Path) -> None:
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(str(path))
    except Exception:  # unreadable or encrypted: the worker reports it with its own code
        return
    try:
        pages = len(pdf)
        limits.check_pages(pages)
        for index in range(pages):
            width, height = pdf.get_page_size(index)
            limits.check_pixels(int(width * OCR_DPI / 72), int(height * OCR_DPI / 72))
    finally:
        pdf.close()


def check_upload(path: Path, media_type: str) -> None:
    """Refuse page-count, pixel and zip bombs before storing, when a header says so cheaply.

    Anything merely unreadable is left to the worker, which fails the document with its own code.
    """
    try:
        if media_type == "application/pdf":
            _pdf_pages(path)
        elif media_type.startswith("image/"):
            from worker.extract.ocr import count_frames

            count_frames(path)
        elif media_type.endswith("wordprocessingml.document"):
            with zipfile.ZipFile(path) as archive:
                limits.check_zip_expansion(archive)
    except (CorruptFile, EmptyFile):
        return
    except BienbanError:
        raise
    except Exception:  # a parser's own trouble is not a bomb
        return


def limit_form(max_parts: int = MAX_FORM_PARTS) -> None:
    """Bound the multipart form of this request (before it is parsed)."""
    request.max_form_parts = max_parts
    request.max_form_memory_size = MAX_FORM_MEMORY


def _secure_headers(resp: Response) -> Response:
    for key, value in HEADERS.items():
        resp.headers.setdefault(key, value)
    if request.path.startswith("/api/v1") and request.path not in ("/api/v1/openapi.json",):
        # Documents, reports, references: confidential, never kept by a browser or proxy cache.
        resp.headers["Cache-Control"] = "no-store"
    return resp


def init_app(app: Flask) -> None:
    app.after_request(_secure_headers)
