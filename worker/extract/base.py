"""The extractor contract."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol


@dataclass(frozen=True)
class ExtractedText:
    """Text taken from one file, already through ``nlp.normalize`` (NFC)."""

    text: str
    media_type: str
    extraction: str  # "text-layer" | "ocr" | "docx" | "plain" (mixed PDFs: "text-layer+ocr")
    pages: int | None = None
    legacy_encoding: str | None = None  # "tcvn3" | "vni" | None


class Extractor(Protocol):
    name: str

    def score(self, media_type: str, probe: bytes) -> int | None:
        """How well this extractor handles the file (higher wins), or None to decline."""

    def extract(self, path: Path) -> ExtractedText:
        """Extract and normalise the file's text; raise ``worker.errors`` on bad input."""
