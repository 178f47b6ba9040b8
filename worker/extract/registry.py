"""Pick the extractor for a file by its content (magic bytes), not its name."""

from __future__ import annotations

from pathlib import Path

from worker.errors import EmptyFile, UnsupportedMediaType
from worker.extract.base import ExtractedText, Extractor
from worker.extract.plain import PlainTextExtractor

PROBE_BYTES = 8192


def sniff_media_type(probe: bytes) -> str:
    """Guess the media type from the first bytes of a file."""
    if probe.startswith(b"%PDF-"):
        return "application/pdf"
    if probe.startswith(b"PK\x03\x04"):
        if b"word/" in probe or b"[Content_Types].xml" in probe:
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        return "application/zip"
    if probe.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if probe.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if probe[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    if b"\x00" in probe and not probe.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "application/octet-stream"
    return "text/plain"


def _extractors() -> list[Extractor]:
    return [PlainTextExtractor()]


def extract_file(path: str | Path) -> ExtractedText:
    """Extract the normalised text of one file, choosing the extractor by content."""
    path = Path(path)
    with path.open("rb") as fh:
        probe = fh.read(PROBE_BYTES)
    if not probe:
        raise EmptyFile()
    media_type = sniff_media_type(probe)
    scored = [(s, e) for e in _extractors() if (s := e.score(media_type, probe)) is not None]
    if not scored:
        raise UnsupportedMediaType()
    _, best = max(scored, key=lambda pair: pair[0])
    return best.extract(path)
