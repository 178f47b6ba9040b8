"""Plain-text files: UTF-8 (with or without BOM), UTF-16, Windows-1258, legacy TCVN3/VNI.

Decoding order: a BOM decides (UTF-8, UTF-16 LE/BE); UTF-16 without a BOM is told by
its zero bytes; then UTF-8 (a few damaged bytes become U+FFFD); otherwise the bytes are
8-bit: read as Windows-1258 and by ``decode_legacy_bytes`` (TCVN3/VNI), and the reading
with more common Vietnamese words wins.  UTF-8 text that still shows legacy look-alikes
(``§¶ng bé``, converted without its font) also goes through ``decode_legacy``.
"""

from __future__ import annotations

import re
from pathlib import Path

from worker.errors import EmptyFile
from worker.extract.base import ExtractedText, LegacyDecoder, suspicious_chars

# Frequent Vietnamese words of minutes: a decoding that yields many of them is the right one.
_COMMON = re.compile(
    r"(?<!\w)(?:của|và|các|đồng|chí|chi|bộ|được|trong|là|có|những|cho|với|người|năm|ngày|tháng|đảng|viên|"
    r"không|thực|hiện|công|tác|nghị|quyết|sinh|hoạt|đã|về|theo|này|kết|luận)(?!\w)",
    re.IGNORECASE,
)


def vietnamese_score(text: str) -> float:
    """Share of words that are common Vietnamese words (0..1), a yardstick for choosing a decoding."""
    words = max(len(text.split()), 1)
    return len(_COMMON.findall(text)) / words


def utf16_codec(data: bytes) -> str | None:
    """The codec of UTF-16 text without a BOM (one byte of each pair mostly zero, printable), else None."""
    sample = data[: min(len(data), 4096) // 2 * 2]
    if len(sample) < 8:
        return None
    zeros_even = sample[0::2].count(0) / (len(sample) / 2)
    zeros_odd = sample[1::2].count(0) / (len(sample) / 2)
    if not (max(zeros_even, zeros_odd) > 0.3 and min(zeros_even, zeros_odd) < 0.05):
        return None
    codec = "utf-16-le" if zeros_odd > zeros_even else "utf-16-be"
    try:
        text = sample.decode(codec)
    except UnicodeDecodeError:
        return None
    printable = sum(1 for c in text if c.isprintable() or c in "\r\n\t")
    return codec if printable >= 0.95 * len(text) else None


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """(text, legacy encoding or None) of a plain-text file's bytes."""
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    elif codec := utf16_codec(data):
        text = data.decode(codec, errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("utf-8", errors="replace")
            non_ascii = sum(1 for c in text if ord(c) > 127)
            if text.count("\ufffd") > 0.1 * non_ascii:  # not UTF-8 with a few damaged bytes: an 8-bit file
                return _decode_8bit(data)
    if suspicious_chars(text) >= 3:  # UTF-8 that still shows legacy look-alikes (converted without its font)
        decoder = LegacyDecoder(text)
        decoded = decoder.decode(text)  # whole text: the decoder weighs lines against the document
        if decoder.encoding and vietnamese_score(decoded) >= vietnamese_score(text):
            return decoded, decoder.encoding
    return text, None


def _decode_8bit(data: bytes) -> tuple[str, str | None]:
    """Windows-1258 or a legacy 8-bit encoding (TCVN3, VNI), whichever reads most like Vietnamese."""
    cp1258 = data.decode("cp1258", errors="replace")
    try:
        from worker.extract.legacy import decode_legacy_bytes
    except ImportError:  # optional module: without it, 8-bit text is Windows-1258
        return cp1258, None
    legacy = decode_legacy_bytes(data)
    if legacy is not None and vietnamese_score(legacy[0]) > vietnamese_score(cp1258):
        return legacy
    return cp1258, None


class PlainTextExtractor:
    name = "plain"

    def score(self, media_type: str, probe: bytes) -> int | None:
        return 10 if media_type == "text/plain" else None

    def extract(self, path: Path) -> ExtractedText:
        data = path.read_bytes()
        if not data.strip():
            raise EmptyFile()
        text, encoding = decode_bytes(data)
        return ExtractedText(text=text, media_type="text/plain", extraction="plain", legacy_encoding=encoding)
