"""Plain-text files: UTF-8 (with or without BOM), UTF-16, Windows-1258."""

from __future__ import annotations

from pathlib import Path

from nlp.normalize import normalize
from worker.errors import EmptyFile
from worker.extract.base import ExtractedText


class PlainTextExtractor:
    name = "plain"

    def score(self, media_type: str, probe: bytes) -> int | None:
        return 10 if media_type == "text/plain" else None

    def extract(self, path: Path) -> ExtractedText:
        data = path.read_bytes()
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            text = data.decode("utf-16")
        else:
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = data.decode("cp1258", errors="replace")
        text = normalize(text).text
        if not text.strip():
            raise EmptyFile()
        return ExtractedText(text=text, media_type="text/plain", extraction="plain")
