"""Fast sentence boundaries for quoting a mention in context (no model needed)."""

from __future__ import annotations

import re

# A sentence ends at . ! ? ; or a blank line, when followed by space/newline and
# not inside a number ("15.5.2016") or an abbreviation ("TP.", "Th.S.").
_BOUNDARY = re.compile(r"(?<![0-9])[.!?;](?=\s)|\n\s*\n|\n(?=\s*(?:[-–•+*]|[0-9IVX]+[.)/]|[a-zđ][).])\s)")
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:[A-ZĐa-zđ]{1,2}|TP|TS|ThS|PGS|GS|Đ/c|đ/c)\.$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Half-open spans of the sentences of ``text``, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(0) == "." and _ABBREVIATION.search(text, max(0, m.start() - 6), m.end()):
            continue
        end = m.end() if m.group(0) in ".!?;" else m.start()
        spans.append((pos, end))
        pos = m.end()
    spans.append((pos, len(text)))
    spans = [piece for span in spans for piece in _split_after_headings(text, *span)]
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _split_after_headings(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A line in capitals ("V. HỌC TẬP VÀ LÀM THEO …") is a heading: it ends where it ends."""
    pieces = []
    line_start = start
    while (nl := text.find("\n", line_start, end)) != -1:
        letters = [c for c in text[line_start:nl] if c.isalpha()]
        if len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.8 * len(letters):
            pieces.append((start, nl))
            start = nl + 1
        line_start = nl + 1
    pieces.append((start, end))
    return pieces


def sentence_around(text: str, start: int, end: int, limit: int = 600) -> tuple[int, int]:
    """The span of the sentence(s) containing ``text[start:end]``, at most ``limit`` characters.

    >>> t = "Mở đầu. Quán triệt Chỉ thị 05-CT/TW ngày 15.5.2016 của Bộ Chính trị. Hết."
    >>> s, e = sentence_around(t, 27, 35)
    >>> t[s:e]
    'Quán triệt Chỉ thị 05-CT/TW ngày 15.5.2016 của Bộ Chính trị.'
    """
    s0, e0 = start, end
    for s, e in sentence_spans(text):
        if s <= start < e or (s < end <= e):
            s0, e0 = min(s0, s), max(e0, e)
    if e0 - s0 > limit:
        half = (limit - (end - start)) // 2
        s0, e0 = max(s0, start - half), min(e0, end + half)
    return s0, e0
