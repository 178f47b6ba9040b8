"""One file in, one report out: the stages every entry point (CLI, task, audit) runs."""

from __future__ import annotations

import hashlib
from pathlib import Path

from nlp.analyze import analyze
from nlp.models import Report, Source
from worker.extract import extract_file

PIPELINE_VERSION = "1"


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file, read in chunks (files may be large)."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def process_path(path: str | Path, filename: str | None = None, sha256: str | None = None) -> Report:
    """Extract and analyse one file; raises ``worker.errors.BienbanError`` on bad input."""
    return analyze_path(path, filename, sha256)[0]


def analyze_path(path: str | Path, filename: str | None = None, sha256: str | None = None) -> tuple[Report, str]:
    """Like :func:`process_path`, also returning the normalised text the offsets index.

    The service stores each reference's citing sentence, which needs the text.
    """
    path = Path(path)
    extracted = extract_file(path)
    source = Source(
        filename=filename or path.name,
        sha256=sha256 or sha256_file(path),
        media_type=extracted.media_type,
        pages=extracted.pages,
        extraction=extracted.extraction,
        legacy_encoding=extracted.legacy_encoding,
    )
    return analyze(extracted.text, source), extracted.text
