"""Pick the extractor for a file by its content (magic bytes), never its name.

``extract_file`` is the one entry point: it checks the size limit, sniffs the
media type, asks every extractor for a ``score`` (the highest wins, ``None``
declines), runs the winner and passes its text through ``nlp.normalize`` once.
"""

from __future__ import annotations

import dataclasses
import importlib
import zipfile
from pathlib import Path

from nlp.normalize import normalize
from worker.errors import BienbanError, EmptyFile, UnsupportedMediaType
from worker.extract.base import ExtractedText, Extractor
from worker.extract.limits import check_file_size
from worker.extract.plain import utf16_codec

PROBE_BYTES = 8192
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ZIP = "application/zip"
OLE = "application/x-ole-storage"  # .doc, .xls of old Office: not supported
BINARY = "application/octet-stream"
TEXT = "text/plain"

_MAGIC = [
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", OLE),
    (b"GIF8", "image/gif"),
    (b"{\\rtf", "application/rtf"),
    (b"\x1f\x8b", "application/gzip"),
    (b"Rar!", "application/vnd.rar"),
    (b"7z\xbc\xaf", "application/x-7z-compressed"),
]
_HINTS = {  # what a user can do about the formats offices still send
    OLE: " Tệp Word/Excel đời cũ (.doc, .xls): hãy mở và lưu lại dưới dạng .docx hoặc PDF.",
    "application/rtf": " Tệp RTF: hãy lưu lại dưới dạng .docx hoặc PDF.",
    ZIP: " Tệp nén: hãy giải nén rồi gửi từng tệp, hoặc dùng lệnh bienban audit.",
}
_OPTIONAL = [("worker.extract.ocr", "OcrImageExtractor")]  # written separately; used when present


def _looks_binary(probe: bytes) -> bool:
    """Control bytes other than tab/newline/form feed/escape mean this is not text."""
    controls = sum(1 for b in probe[:4096] if b < 32 and b not in (9, 10, 12, 13, 27))
    return b"\x00" in probe or controls > max(4, len(probe[:4096]) // 100)


def sniff_media_type(probe: bytes) -> str:
    """Guess the media type from the first bytes of a file.

    >>> sniff_media_type(b"%PDF-1.7\\n")
    'application/pdf'
    >>> sniff_media_type("Chi bộ".encode("utf-16"))
    'text/plain'
    """
    # Some producers put junk before the header; readers accept it within the first kilobyte.
    if b"%PDF-" in probe[:1024]:
        return PDF
    if probe.startswith(b"PK\x03\x04"):
        # The first member's name tells most DOCX apart; extract_file confirms with the directory.
        return DOCX if b"word/" in probe or b"[Content_Types].xml" in probe[:200] else ZIP
    for magic, media_type in _MAGIC:
        if probe.startswith(magic):
            return media_type
    if probe.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")) or utf16_codec(probe):
        return TEXT
    if _looks_binary(probe):
        return BINARY
    return TEXT


def _confirm_zip(path: Path, media_type: str) -> str:
    """A zip is a DOCX only when it holds ``word/document.xml``; an unreadable one keeps its first guess."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return media_type  # truncated: the DOCX extractor reports it as corrupt, a plain zip as unsupported
    return DOCX if "word/document.xml" in names else ZIP


def sniff_file(path: Path) -> tuple[str, bytes]:
    """The media type and the probe bytes of a file on disk."""
    with path.open("rb") as fh:
        probe = fh.read(PROBE_BYTES)
    media_type = sniff_media_type(probe)
    if media_type in (DOCX, ZIP):
        media_type = _confirm_zip(path, media_type)
    return media_type, probe


def extractors() -> list[Extractor]:
    """Every extractor available: ours plus the optional ones whose modules are installed."""
    from worker.extract.docx import DocxExtractor
    from worker.extract.pdf_text import PdfTextExtractor
    from worker.extract.plain import PlainTextExtractor

    found: list[Extractor] = [PdfTextExtractor(), DocxExtractor(), PlainTextExtractor()]
    for module_name, class_name in _OPTIONAL:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        cls = getattr(module, class_name, None)
        if cls is not None:
            found.append(cls())
    return found


def choose(media_type: str, probe: bytes) -> Extractor:
    """The extractor that scores highest for this content."""
    scored = [(s, i, e) for i, e in enumerate(extractors()) if (s := e.score(media_type, probe)) is not None]
    if not scored:
        hint = _HINTS.get(media_type, "")
        raise UnsupportedMediaType(
            f"Định dạng tệp không được hỗ trợ ({media_type}); chỉ nhận PDF, DOCX, TXT, JPG, PNG, TIFF.{hint}"
        )
    return max(scored, key=lambda t: (t[0], -t[1]))[2]


def extract_file(path: str | Path) -> ExtractedText:
    """Extract the normalised text of one file, choosing the extractor by content.

    Raises a ``worker.errors.InputError`` for empty, oversized, corrupt, encrypted or
    unsupported files; never lets a third-party exception through for bad input.

    >>> extract_file("samples/minutes/regular-2024-03-khupho3-complete.txt").extraction  # doctest: +SKIP
    'plain'
    """
    path = Path(path)
    size = path.stat().st_size
    if size == 0:
        raise EmptyFile()
    check_file_size(size)
    media_type, probe = sniff_file(path)
    result = choose(media_type, probe).extract(path)
    text = normalize(result.text).text
    if not text.strip():
        raise EmptyFile("Tệp không có nội dung văn bản đọc được.")
    return dataclasses.replace(result, text=text)


__all__ = ["BienbanError", "extract_file", "sniff_media_type", "sniff_file", "extractors", "choose"]
