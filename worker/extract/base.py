"""The extractor contract."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol


@dataclass(frozen=True)
class ExtractedText:
    """Text taken from one file.

    ``extract_file`` passes ``text`` through ``nlp.normalize`` (NFC) exactly once, at its
    boundary; an extractor called on its own returns the raw text.
    """

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
        """Extract the file's text; raise ``worker.errors`` on bad input."""


# --- legacy Vietnamese encodings (TCVN3, VNI), shared by the PDF, DOCX and plain-text extractors ---

_VIET_LETTERS = frozenset(
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
    "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ"
)
_HARMLESS = frozenset("°«»×")  # symbols real Unicode minutes use (most other Latin-1 signs are TCVN3 letters)
_LEGACY_FONT = re.compile(r"^(?:\.vn|vni[-_ ]?)", re.IGNORECASE)
_STYLE_SUFFIX = re.compile(
    r"(?:[-,]|\s)(?:bold|italic|oblique|regular|normal|bolditalic|boldoblique|b|i|bi)$", re.IGNORECASE
)
_SUSPICIOUS_MIN = 3


def clean_font_name(font: str | None) -> str | None:
    """A font name without a PDF subset tag (``ABCDEF+``) or a style suffix (``,Bold``)."""
    if not font:
        return None
    name = font.split("+", 1)[1] if re.match(r"^[A-Z]{6}\+", font) else font
    previous = None
    while previous != name:
        previous, name = name, _STYLE_SUFFIX.sub("", name).strip()
    return name or None


def is_legacy_font(font: str | None) -> bool:
    """True for TCVN3 (``.VnTime``, ``.VnTimeH``) and VNI (``VNI-Times``) font names."""
    name = clean_font_name(font)
    return bool(name and _LEGACY_FONT.match(name))


def is_capitals_font(font: str | None) -> bool:
    """TCVN3 capital fonts (``.VnTimeH``, ``.VnArialH``): their text is upper case once decoded."""
    name = clean_font_name(font)
    return bool(name and name.lower().startswith(".vn") and name.endswith(("H", "h")))


def suspicious_chars(text: str) -> int:
    """How many characters look like a legacy encoding read as Latin-1 (``§¶ng bé``)."""
    return sum(
        1 for c in text if "\x80" <= c <= "\u02ff" and c not in _VIET_LETTERS and c not in _HARMLESS
    )


def _load_decoder() -> Callable[..., tuple[str, str | None]] | None:
    try:
        from worker.extract.legacy import decode_legacy
    except ImportError:  # the legacy module is optional; text passes through unchanged
        return None
    return decode_legacy


class LegacyDecoder:
    """Decode legacy-encoded runs of one document and remember which encoding was seen.

    Runs set in a legacy font are always decoded (by font name); other runs only when
    the document as a whole shows legacy look-alike characters (by statistics).
    """

    def __init__(self, sample: str = "", fonts: Iterable[str | None] = ()):
        self.by_statistics = suspicious_chars(sample) >= _SUSPICIOUS_MIN
        self.any_font = any(is_legacy_font(f) for f in set(fonts))
        self.seen: Counter[str] = Counter()
        self._decode = _load_decoder() if (self.by_statistics or self.any_font) else None

    def decode(self, text: str, font: str | None = None) -> str:
        """The Unicode text of one run (or line) written in ``font``."""
        if self._decode is None or not text.strip():
            return text
        legacy_font = is_legacy_font(font)
        if not legacy_font and not self.by_statistics:
            return text
        decoded, encoding = self._decode(text, clean_font_name(font) if legacy_font else None)
        if encoding:
            self.seen[encoding] += len(text)
            if is_capitals_font(font):
                decoded = decoded.upper()  # TCVN3 has no toned capitals: .VnTimeH text is typed lower case
        return decoded

    @property
    def encoding(self) -> str | None:
        """The legacy encoding that covered most of the text, or None."""
        return self.seen.most_common(1)[0][0] if self.seen else None
