"""PDFs with a text layer, scanned pages sent to OCR.

Geometry (words with boxes, sizes, font names) comes from PDFium (pypdfium2): one pass
gives page count, text presence and words, about 8x faster than pdfplumber on a dense
page (``bench/bench_extract_text.py``); the same layout code over pdfplumber's words
(``read_layout``) is kept as the reference the tests compare against.

Reading order, decided here and tested:

* the two-column head of a Party document (left ``ĐẢNG BỘ …/CHI BỘ …/*/Số …``,
  right ``ĐẢNG CỘNG SẢN VIỆT NAM/place, date``) comes out **left block, blank
  line, right block** — the way the text samples are written — whether the blocks
  share baselines or not; the columns part at the empty strip between the head's
  words that best aligns each side (not the page centre), a line wrapped inside
  its column is joined back, the title (``BIÊN BẢN``) is never part of the head,
  and lines above the head (a form number) stay above it;
* rows of a ruled table of three or more columns (a roll call, a vote tally) come out
  one line each, cells separated by tabs, empty cells kept (``worker.extract.pdf_tables``);
* other lines with two columns (the signature row ``THƯ KÝ      CHỦ TRÌ``) stay
  line by line, columns separated by four spaces;
* lines a paragraph wrapped are joined back with a space (justified text: the line
  reaches the margin; ragged text: the next line's first word would not have fitted);
  headings, list items, indented first lines and short lines stay on their own
  lines; a wide vertical gap becomes a blank line;
* running headers/footers (lines repeated at the top or bottom of most pages) and
  page numbers (``3``, ``- 3 -``, ``Trang 2/3``) are dropped;
* a line ending in a hyphen is joined to the next: ``12-`` + ``HD/BTCTW`` →
  ``12-HD/BTCTW``, ``16 -`` + ``HD/BTCTW`` → ``16 - HD/BTCTW`` (codes, ``Mác-Lênin``
  keep the hyphen); only lower-case ``infor-`` + ``mation`` loses it.

Pages whose text layer is (almost) empty, only a stamp over a scan, or garbled
(private-use codes of fonts without a Unicode map) go to ``worker.extract.ocr.ocr_pdf_pages``.
Lines set in a legacy font (``.VnTime``, ``VNI-Times``) or showing legacy look-alike
characters go through ``worker.extract.legacy.decode_legacy``.
"""

from __future__ import annotations

import ctypes
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pypdfium2 as pdfium

from nlp.normalize import furniture_key
from worker.errors import CorruptFile, EncryptedPdf, OcrFailed
from worker.extract.base import ExtractedText, LegacyDecoder
from worker.extract.limits import check_pages
from worker.extract.pdf_tables import MAX_SEGMENTS, Rule, rules_from_box, rules_from_segments, split_tables

if TYPE_CHECKING:
    import pdfplumber

MIN_TEXT_CHARS = 20  # fewer non-blank characters than this on a page: treat it as scanned
STAMP_TEXT_CHARS = 200  # a page mostly covered by an image with only this much text is a scan with a stamp
COLUMN_GAP_EM = 2.0  # a horizontal gap wider than this many font sizes splits a line into columns
HEAD_MAX_LINES = 12
_PAGE_NUMBER = re.compile(
    r"^[-–—(\[]?\s*(?:(?:trang|page|tr\.)\s*)?\d{1,4}(?:\s*(?:/|trên|of)\s*\d{1,4})?\s*[-–—)\]]?$", re.IGNORECASE
)
_LIST_START = re.compile(
    r"^(?:[-–—+•*●▪○·]\s|[IVXLC]{1,6}[.)/]\s|\d{1,2}(?:\.\d{1,2})*[.)/]\s|[a-zđ][.)]\s|\(\d{1,2}\)|Phần\s|PHẦN\s|Điều\s)"
)


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: str | None


@dataclass
class Line:
    segments: list[list[Word]]
    page: int
    top: float
    bottom: float
    size: float
    text: str = ""
    texts: list[str] = field(default_factory=list)
    page_height: float | None = None
    page_width: float | None = None
    cells: list[list[Word]] | None = None  # a ruled table's row: its cells, empty ones too

    @property
    def x0(self) -> float:
        return self.segments[0][0].x0

    @property
    def x1(self) -> float:
        return self.segments[-1][-1].x1


def _open_pdfium(path: Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        if getattr(e, "err_code", None) == pdfium.raw.FPDF_ERR_PASSWORD:
            raise EncryptedPdf() from e
        raise CorruptFile("Tệp PDF bị hỏng hoặc không đọc được.") from e


def probe_pages(path: Path) -> list[int]:
    """Non-blank character count of each page's text layer, via PDFium (fast)."""
    pdf = _open_pdfium(path)
    try:
        check_pages(len(pdf))
        counts = []
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            counts.append(sum(1 for c in textpage.get_text_range() if not c.isspace()))
            textpage.close()
            page.close()
        return counts
    except pdfium.PdfiumError as e:
        raise CorruptFile("Tệp PDF bị hỏng hoặc không đọc được.") from e
    finally:
        pdf.close()


def garbled(text: str) -> bool:
    """True when a text layer is mostly unreadable codes (fonts without a Unicode map): OCR reads it better.

    Private-use characters, U+FFFD and control characters count as unreadable; Latin-1
    look-alikes do not (they are legacy TCVN3/VNI text, decoded later).
    """
    visible = [c for c in text if not c.isspace()]
    if not visible:
        return False
    bad = sum(1 for c in visible if c == "\ufffd" or "\ue000" <= c <= "\uf8ff" or (ord(c) < 32 and c not in "\x02"))
    return bad > 0.3 * len(visible)


def _mostly_image(page: pdfium.PdfPage) -> bool:
    """True when images cover at least half the page (a scan, maybe with a stamped header or number)."""
    covered = 0.0
    for obj in page.get_objects(filter=(pdfium.raw.FPDF_PAGEOBJ_IMAGE,), max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        covered += max(0.0, right - left) * max(0.0, top - bottom)
    return covered >= 0.5 * page.get_width() * page.get_height()


_PDFIUM_HYPHEN = frozenset("\ufffe\x02")


def _font_name(textpage: pdfium.PdfTextPage, index: int, buffer: ctypes.Array) -> str | None:
    n = pdfium.raw.FPDFText_GetFontInfo(textpage.raw, index, buffer, len(buffer), None)
    return buffer.value.decode("utf-8", "replace") if n else None


def pdfium_words(textpage: pdfium.PdfTextPage, height: float) -> list[Word]:
    """Words of a PDFium text page with loose (font-height) boxes, top-down coordinates like pdfplumber's."""
    text = textpage.get_text_range()
    raw = textpage.raw
    words: list[Word] = []
    chars: list[str] = []
    box = [0.0, 0.0, 0.0, 0.0]
    size = 0.0
    font: str | None = None
    buffer = ctypes.create_string_buffer(128)
    rect = pdfium.raw.FS_RECTF()
    rect_ref = ctypes.byref(rect)
    loose_box = pdfium.raw.FPDFText_GetLooseCharBox

    def flush() -> None:
        if chars:
            words.append(Word("".join(chars), box[0], box[1], height - box[3], height - box[2], size, font))
            chars.clear()

    for i, ch in enumerate(text):
        if ch.isspace():
            flush()
            continue
        if ch in _PDFIUM_HYPHEN:
            ch = "-"  # PDFium's mark for a hyphen ending a line; join_hyphen decides whether it stays
        loose_box(raw, i, rect_ref)  # the raw call: the wrapper's per-call allocation doubles the page time
        left, bottom, right, top = rect.left, rect.bottom, rect.right, rect.top
        if chars and (left - box[1] > 0.25 * size or abs(bottom - box[2]) > 0.5 * size):
            flush()  # a gap or a baseline jump without a space character
        if not chars:
            size = pdfium.raw.FPDFText_GetFontSize(raw, i) or 10.0
            font = _font_name(textpage, i, buffer)
            box[:] = [left, right, bottom, top]
        else:
            box[1] = max(box[1], right)
            box[2] = min(box[2], bottom)
            box[3] = max(box[3], top)
        chars.append(ch)
    flush()
    return words


def pdfium_rules(page: pdfium.PdfPage, height: float) -> list[Rule]:
    """The ruling a page draws (lines, thin boxes, cell boxes), top-down coordinates."""
    raw = pdfium.raw
    rules: list[Rule] = []
    segments = 0
    x, y = ctypes.c_float(), ctypes.c_float()
    for obj in page.get_objects(filter=(raw.FPDF_PAGEOBJ_PATH,), max_depth=1):
        count = raw.FPDFPath_CountSegments(obj.raw)
        segments += count
        if segments > MAX_SEGMENTS:
            return []
        if count <= 6:  # a line or a box: its bounds say all
            left, bottom, right, top = obj.get_bounds()
            rules.extend(rules_from_box(left, height - top, right, height - bottom))
            continue
        m = obj.get_matrix()
        points: list[tuple[float, float]] = []
        lines: list[tuple[float, float, float, float]] = []
        start = None
        for i in range(count):
            seg = raw.FPDFPath_GetPathSegment(obj.raw, i)
            raw.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y))
            point = (m.a * x.value + m.c * y.value + m.e, height - (m.b * x.value + m.d * y.value + m.f))
            kind = raw.FPDFPathSegment_GetType(seg)
            if kind == raw.FPDF_SEGMENT_LINETO and points:
                lines.append((*points[-1], *point))
            if kind == raw.FPDF_SEGMENT_MOVETO or start is None:
                start = point
            points.append(point)
            if raw.FPDFPathSegment_GetClose(seg) and start is not None:
                lines.append((*point, *start))
        rules.extend(rules_from_segments(lines))
    return rules


def pdfplumber_rules(page) -> list[Rule]:
    """The ruling of a pdfplumber page (its edges: lines and the sides of rects and curves)."""
    rules: list[Rule] = []
    for e in page.edges:
        rules.extend(rules_from_box(float(e["x0"]), float(e["top"]), float(e["x1"]), float(e["bottom"])))
    return rules


def page_lines(
    words: list[Word], rules: list[Rule], page: int, height: float | None = None, width: float | None = None
) -> list[Line]:
    """The page's lines: rows of its ruled tables (cells kept apart, see ``pdf_tables``) and the other words'
    lines (``group_lines``), top to bottom."""
    rows, rest = split_tables(words, rules)
    lines = group_lines(rest, page, height, width)
    for top, bottom, size, cells in rows:
        segments = [cell for cell in cells if cell]
        lines.append(Line(segments, page, top, bottom, size, page_height=height, page_width=width, cells=cells))
    lines.sort(key=lambda ln: (ln.top + ln.bottom) / 2)
    return lines


def _page_words(page) -> list[Word]:
    words = page.extract_words(
        keep_blank_chars=False, use_text_flow=False, extra_attrs=["fontname", "size"], x_tolerance=1.5
    )
    return [
        Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"], float(w.get("size") or 10.0), w.get("fontname"))
        for w in words
    ]


def group_lines(
    words: list[Word], page: int, height: float | None = None, width: float | None = None
) -> list[Line]:
    """Words into visual lines (same baseline band), each split into columns at wide gaps."""
    lines: list[list[Word]] = []
    # By the box's bottom, not its top: a loose box's top follows the letter's marks (Ấ is taller than C),
    # so sorting by top interleaves a line with a neighbouring column's line set a little higher.
    # Words whose bottoms follow each other closely form one line (single linkage), so the words of one
    # line always stay together even when a neighbouring column sits a fraction of a line higher.
    prev: Word | None = None
    for w in sorted(words, key=lambda w: (round(w.bottom, 1), w.x0)):
        if lines and prev is not None and w.bottom - prev.bottom <= 0.3 * max(prev.size, w.size):
            lines[-1].append(w)
        else:
            lines.append([w])
        prev = w
    result = []
    for ws in lines:
        ws.sort(key=lambda w: w.x0)
        size = statistics.median(w.size for w in ws)
        gaps = [w.x0 - prev.x1 for prev, w in zip(ws, ws[1:], strict=False)]
        segments = [[ws[0]]]
        for i, (gap, w) in enumerate(zip(gaps, ws[1:], strict=True)):
            # A column gap is wide in absolute terms, or wide against this line's (maybe justified) spaces.
            wide = gap > COLUMN_GAP_EM * size
            if not wide and gap > 0.9 * size and len(gaps) > 1:
                wide = gap > 3 * statistics.median(gaps[:i] + gaps[i + 1 :])
            if wide:
                segments.append([w])
            else:
                segments[-1].append(w)
        top, bottom = min(w.top for w in ws), max(w.bottom for w in ws)
        result.append(Line(segments, page, top, bottom, size, page_height=height, page_width=width))
    return result


def _segment_text(words: list[Word], decoder: LegacyDecoder) -> str:
    """A column's text, legacy-decoded per font run."""
    runs: list[tuple[str | None, list[str]]] = []
    for w in words:
        if runs and runs[-1][0] == w.font:
            runs[-1][1].append(w.text)
        else:
            runs.append((w.font, [w.text]))
    return " ".join(decoder.decode(" ".join(texts), font) for font, texts in runs)


def drop_furniture(pages: list[list[Line]]) -> list[list[Line]]:
    """Remove page numbers and running headers/footers (lines repeated at the edge of most pages)."""
    edge = 2
    keys: Counter[str] = Counter()
    for lines in pages:
        seen = {furniture_key(ln.text) for ln in lines[:edge] + lines[-edge:]}
        keys.update(seen)
    n = len(pages)
    repeated = {k for k, c in keys.items() if n >= 2 and c >= 2 and c >= n / 2}
    result = []
    for lines in pages:
        kept = []
        for i, ln in enumerate(lines):
            at_edge = i < edge or i >= len(lines) - edge
            if at_edge and (_PAGE_NUMBER.match(ln.text.strip()) or furniture_key(ln.text) in repeated):
                continue
            kept.append(ln)
        result.append(kept)
    return result


_TITLE = re.compile(  # the document's title under the head: never part of the head
    r"^(?:BIÊN BẢN|BB\b|NGHỊ QUYẾT|KẾ HOẠCH|BÁO CÁO|THÔNG BÁO|CHƯƠNG TRÌNH|QUYẾT ĐỊNH|TỜ TRÌNH|GIẤY MỜI)"
)
# a head line that starts an entry of its own, never the wrapped end of the line above it
_HEAD_ENTRY = re.compile(
    r"^(?:ĐẢNG BỘ|ĐẢNG ỦY|ĐẢNG UỶ|CHI BỘ|CHI ỦY|CHI UỶ|ĐẢNG CỘNG SẢN|(?:Số|SỐ)\s*:?\s*[\d.…]*\s*[-–/]|\*|[-–—]+$)"
)


def _column_gap(lines: list[Line]) -> float | None:
    """Where the head's two columns part: the empty vertical strip between its words that best aligns them.

    Every strip free of words in the middle three fifths is a candidate (the gap between columns may
    be no wider than a space when a long line overflows its cell); the one chosen leaves the line parts
    on each side most nearly on one axis (centred heads) or one edge (left-aligned heads).  A strip
    that on some line falls between two words closer than half an em is a space inside a line (a
    centred line above the head), not the gap between columns.
    """
    words = [w for ln in lines for seg in ln.segments for w in seg]
    spans = sorted((w.x0, w.x1) for w in words)
    lo, hi = spans[0][0], max(x1 for _, x1 in spans)
    size = statistics.median(w.size for w in words)
    candidates, reach = [], spans[0][1]
    for x0, x1 in spans[1:]:
        middle = (reach + x0) / 2
        if x0 - reach > 0.15 * size and lo + 0.2 * (hi - lo) <= middle <= lo + 0.8 * (hi - lo):
            candidates.append((middle, x0 - reach))
        reach = max(reach, x1)
    best: tuple[float, float, float] | None = None  # (misalignment, -width, x)
    for at, width in candidates:
        parts: tuple[list[tuple[float, float]], list[tuple[float, float]]] = ([], [])
        spaced = True
        for ln in lines:
            ws = [w for seg in ln.segments for w in seg]
            sides = ([w for w in ws if w.x1 <= at], [w for w in ws if w.x0 >= at])
            if sides[0] and sides[1] and sides[1][0].x0 - sides[0][-1].x1 < 0.5 * ln.size:
                spaced = False
                break
            for column, side in enumerate(sides):
                if side:
                    parts[column].append((side[0].x0, side[-1].x1))
        if not spaced or not parts[0] or not parts[1]:
            continue
        score = 0.0
        for side in parts:
            centres = [(a + b) / 2 for a, b in side]
            starts = [a for a, _ in side]
            score += min(_spread(centres), _spread(starts))
        key = (round(score, 1), -width, at)
        if best is None or key < best:
            best = key
    return best[2] if best else None


def _spread(values: list[float]) -> float:
    middle = statistics.median(values)
    return sum(abs(v - middle) for v in values) / len(values)


def _split_line(ln: Line, split: float) -> tuple[str, str] | None:
    """(left text, right text) of a head line cut at ``split``, or None when its words do not match its text."""
    left, right = [], []
    for seg, text in zip(ln.segments, ln.texts, strict=True):
        tokens = text.split()
        if len(tokens) != len(seg):
            if seg[-1].x1 <= split:
                left.append(text)
            elif seg[0].x0 >= split:
                right.append(text)
            else:
                return None  # a decoder merged or split words: the cut cannot be placed
            continue
        for w, token in zip(seg, tokens, strict=True):
            (left if w.x1 <= split else right).append(token)
    return " ".join(left), " ".join(right)


_HeadRow = tuple[str, float, float, float, float]  # text, x0, x1, size, width of its first word


def _join_wrapped(rows: list[_HeadRow], width: float) -> list[str]:
    """A head column's lines with the ones it wrapped joined back (the next word could not have fitted)."""
    out: list[tuple[str, float, float]] = []  # text, line width, size
    for text, x0, x1, size, first_word in rows:
        if out:
            prev, prev_width, prev_size = out[-1]
            same_case = prev.isupper() == text.isupper() or not any(c.isalpha() for c in text)
            if (same_case and not _HEAD_ENTRY.match(text) and prev.strip("*-– ")
                    and prev_width + 0.28 * prev_size + first_word > width - prev_size):
                out[-1] = (f"{prev} {text}", x1 - x0, size)
                continue
        out.append((text, x1 - x0, size))
    return [text for text, _, _ in out]


def detach_title(lines: list[Line]) -> list[Line]:
    """Lines near the top with the title ("BIÊN BẢN") split off the head words that share its baseline.

    A right-column date line set a fraction of a line above the title reads as one line with it
    ("BIÊN BẢN Tân Phú, ngày …"); the head words become a line of their own, just before the title.
    """
    out = list(lines)
    centre = (min((ln.x0 for ln in lines), default=0.0) + max((ln.x1 for ln in lines), default=0.0)) / 2
    for i, ln in enumerate(lines[: HEAD_MAX_LINES + 6]):
        words = [w for seg in ln.segments for w in seg]
        tokens = " ".join(ln.texts).split()
        if len(tokens) != len(words) or len(words) < 3:
            continue
        at = next((k for k in range(len(tokens) - 1) if tokens[k] == "BIÊN" and tokens[k + 1] == "BẢN"), None)
        if at is None:
            continue
        stop = at + 2
        while stop < len(tokens) and tokens[stop].isupper():
            stop += 1
        head = [j for j in range(len(words)) if not at <= j < stop]
        if not head or at > 0 or abs((words[at].x0 + words[stop - 1].x1) / 2 - centre) > 3 * ln.size:
            continue  # only a title centred on the page, with head words to its right, is detached
        parts = []
        for picked in (head, list(range(at, stop))):
            seg = [words[j] for j in picked]
            text = " ".join(tokens[j] for j in picked)
            parts.append(Line([seg], ln.page, ln.top, ln.bottom, ln.size, text, [text], ln.page_height,
                              ln.page_width))
        out[i : i + 1] = parts
        break
    return out


def split_head(lines: list[Line], page_height: float | None = None) -> tuple[int, int, list[str], list[str]]:
    """The two-column head near the top of the first page: (first line, end line, left lines, right lines).

    The columns are found by the empty vertical strip between the head's words (not at a fixed page
    centre), so blocks on different baselines, a long line wrapped inside its column, or two columns set
    so close that one visual line holds both all split the same way.  Lines before ``first`` (a form
    number, a stray stamp) stay where they are; ``end == first`` means no head.  The title ("BIÊN BẢN")
    ends the head whatever its position.
    """
    limit = 0.4 * page_height if page_height else float("inf")
    page_left = min((ln.x0 for ln in lines), default=0.0)
    page_right = max((ln.x1 for ln in lines), default=0.0)
    top: list[Line] = []
    for ln in lines[: HEAD_MAX_LINES + 6]:
        wide = len(ln.segments) == 1 and ln.x1 - ln.x0 > 0.6 * (page_right - page_left)
        if ln.top > limit or wide or ln.cells is not None or _TITLE.match(ln.text.strip()):
            break  # the title, a paragraph across the page or a table: the head is above it
        top.append(ln)
    if len(top) < 2:
        return 0, 0, [], []
    for first in range(min(3, len(top) - 1)):  # up to two lines above the head (a form number …)
        block = top[first:]
        split = _column_gap(block)
        if split is None:
            continue
        sided: tuple[list[_HeadRow], list[_HeadRow]] = ([], [])
        end = first
        prev: Line | None = None
        for i, ln in enumerate(block, start=first):
            if prev is not None and sided[0] and sided[1] and ln.top - prev.bottom > 0.9 * (ln.bottom - ln.top):
                break  # a blank line once both columns have started closes the head
            cut = _split_line(ln, split)
            if cut is None:
                break
            for column, text in enumerate(cut):
                if text:
                    words = [w for seg in ln.segments for w in seg if (w.x0 >= split) == bool(column)]
                    row = (text, words[0].x0, words[-1].x1, ln.size, words[0].x1 - words[0].x0)
                    sided[column].append(row)
            end, prev = i + 1, ln
        if not sided[0] or not sided[1] or end - first < 2:
            continue
        centre = {c: statistics.median((row[1] + row[2]) / 2 for row in sided[c]) for c in (0, 1)}
        widths = (2 * (centre[0] - page_left), 2 * (page_right - centre[1]))
        return first, end, _join_wrapped(sided[0], widths[0]), _join_wrapped(sided[1], widths[1])
    return 0, 0, [], []


def _is_wrapped(prev: Line, nxt: Line, margins: tuple[float, float], justified: bool) -> bool:
    """True when ``nxt`` continues the paragraph of ``prev``.

    Justified pages: ``prev`` reaches the right margin.  Ragged pages: ``nxt``'s first word
    would not have fitted on ``prev`` — except after a full stop before a capital, where a
    new paragraph is the safer reading (joining two field lines is worse than splitting a paragraph).
    A centred title wraps the same way, measured on the column's full width.
    """
    left, right = margins
    if len(prev.segments) > 1 or len(nxt.segments) > 1 or prev.cells is not None or nxt.cells is not None:
        return False
    if _LIST_START.match(nxt.text):
        return False
    if nxt.text.isupper() != prev.text.isupper():
        return False  # a heading in capitals over the body, or the body over a heading: never one paragraph
    first = nxt.segments[0][0]
    needed = 0.28 * prev.size + (first.x1 - first.x0)  # a space and the next line's first word
    if abs((prev.x0 + prev.x1) - (nxt.x0 + nxt.x1)) / 2 < prev.size and nxt.x0 > left + prev.size:
        # both centred on one axis: a wrapped title when the word could not have joined the line
        return nxt.text.isupper() == prev.text.isupper() and (prev.x1 - prev.x0) + needed > (right - left) - 0.5
    if nxt.x0 > prev.x0 + 0.8 * prev.size and not _LIST_START.match(prev.text):
        return False  # an indented first line (or a centred line) starts a new paragraph
    if justified:
        return prev.x1 >= right - 1.5
    if prev.text.endswith((".", ";", ":", "!", "?", '"', "”", ")")) and nxt.text[:1].isupper():
        return False
    return prev.x1 + needed > right - 0.5


def join_hyphen(prev: str, nxt: str) -> str | None:
    """Join two lines across a trailing hyphen, or None when ``prev`` does not end in one."""
    m = re.search(r"(\s?)[-‐‑–]$", prev)
    if not m or not nxt:
        return None
    head = prev[: m.start()]
    if m.group(1):  # "16 -" + "HD/BTCTW": a spaced dash keeps its spaces
        return f"{head} {prev[-1]} {nxt}"
    if head[-1:].islower() and nxt[:1].islower():  # "infor-" + "mation": a typesetter's break
        return head + nxt
    return prev + nxt  # "12-" + "HD/BTCTW", "Mác-" + "Lênin"


def _margins(lines: list[Line]) -> tuple[tuple[float, float], bool]:
    """((left, right) margins of the text, whether it is justified), shared by the pages of a document.

    The right margin is the widest line's end when at least three lines come near it; otherwise
    (a page of short lines) there is no margin to wrap at and nothing is reflowed.
    """
    if not lines:
        return (0.0, float("inf")), False
    right = max(ln.x1 for ln in lines)
    left = min(ln.x0 for ln in lines)
    if sum(1 for ln in lines if ln.x1 >= right - 0.1 * (right - left)) < 3:
        return (left, float("inf")), False
    flush = sum(1 for ln in lines if ln.x1 >= right - 1.5)
    return (left, right), flush >= max(3, 0.3 * len(lines))


def layout_text(pages: list[list[Line]], *, head: bool = True) -> str:
    """Assemble lines of consecutive pages into text, in reading order (``head``: the first is page 1)."""
    out: list[str] = []
    body: list[Line] = []
    for number, lines in enumerate(pages):
        if number == 0 and head:
            lines = detach_title(lines)
            first, end, left, right = split_head(lines, lines[0].page_height if lines else None)
            if end > first:
                if first:
                    out.append("\n".join(ln.text for ln in lines[:first]))
                out.append("\n".join(left) + "\n\n" + "\n".join(right))
                lines = lines[end:]
        body.extend(lines)
    margins, justified = _margins([ln for ln in body if len(ln.segments) == 1 and ln.cells is None])
    heights = [ln.bottom - ln.top for ln in body] or [10.0]
    line_height = statistics.median(heights)
    paragraphs: list[str] = []
    prev: Line | None = None
    for ln in body:
        if prev is not None and paragraphs:
            joined = join_hyphen(paragraphs[-1], ln.text) if not _LIST_START.match(ln.text) else None
            if joined is not None and len(ln.segments) == 1 and len(prev.segments) == 1 and ln.cells is prev.cells:
                paragraphs[-1] = joined
                prev = ln
                continue
            if _is_wrapped(prev, ln, margins, justified):
                paragraphs[-1] += " " + ln.text
                prev = ln
                continue
            rows = ln.cells is not None and prev.cells is not None  # rows of a table, however tall
            if ln.page == prev.page and ln.top - prev.bottom > 1.2 * line_height and not rows:
                paragraphs.append("")
            elif ln.page != prev.page and (ln.text.isupper() or re.match(r"[IVX]+\.\s", ln.text)):
                paragraphs.append("")  # a heading at the top of a page: the gap before it fell at the break
        paragraphs.append(ln.text)
        prev = ln
    if paragraphs:
        out.append("\n".join(paragraphs))
    return "\n\n".join(out) + "\n"


def _decode_lines(pages: dict[int, list[Line]]) -> LegacyDecoder:
    """Set each line's text, legacy-decoded; return the decoder (it knows the encoding seen)."""
    words = [w for lines in pages.values() for ln in lines for seg in ln.segments for w in seg]
    decoder = LegacyDecoder(" ".join(w.text for w in words), (w.font for w in words))
    for lines in pages.values():
        for ln in lines:
            if ln.cells is not None:
                ln.texts = [_segment_text(cell, decoder) for cell in ln.cells]
                ln.text = "\t".join(ln.texts)
            else:
                ln.texts = [_segment_text(seg, decoder) for seg in ln.segments]
                ln.text = "    ".join(ln.texts)
    return decoder


def read_layout(pdf: pdfplumber.PDF, page_numbers: list[int]) -> tuple[dict[int, list[Line]], LegacyDecoder]:
    """Lines of the given pages from pdfplumber's geometry (the reference the PDFium path is tested against)."""
    pages: dict[int, list[Line]] = {}
    for i in page_numbers:
        page = pdf.pages[i]
        pages[i] = page_lines(_page_words(page), pdfplumber_rules(page), i, float(page.height), float(page.width))
        page.flush_cache()
    return pages, _decode_lines(pages)


def read_pdfium(path: Path) -> tuple[int, dict[int, list[Line]], LegacyDecoder]:
    """(page count, lines of the pages that have a text layer, decoder), in one PDFium pass."""
    pdf = _open_pdfium(path)
    try:
        check_pages(len(pdf))
        pages: dict[int, list[Line]] = {}
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            raw_text = textpage.get_text_range()
            chars = sum(1 for c in raw_text if not c.isspace())
            readable = not garbled(raw_text)
            if readable and (chars >= STAMP_TEXT_CHARS or (chars >= MIN_TEXT_CHARS and not _mostly_image(page))):
                height = page.get_height()
                pages[i] = page_lines(
                    pdfium_words(textpage, height), pdfium_rules(page, height), i, height, page.get_width()
                )
            textpage.close()
            page.close()
        return len(pdf), pages, _decode_lines(pages)
    except pdfium.PdfiumError as e:
        raise CorruptFile("Tệp PDF bị hỏng hoặc không đọc được.") from e
    finally:
        pdf.close()


def _ocr(path: Path, pages: list[int]) -> dict[int, str]:
    try:
        from worker.extract.ocr import ocr_pdf_pages
    except ImportError as e:
        raise OcrFailed("Tệp PDF có trang ảnh quét nhưng chức năng nhận dạng chữ (OCR) chưa sẵn sàng.") from e
    return ocr_pdf_pages(path, pages)


class PdfTextExtractor:
    """Text-layer PDF, with scanned pages OCR'd page by page."""

    name = "pdf"

    def score(self, media_type: str, probe: bytes) -> int | None:
        return 20 if media_type == "application/pdf" else None

    def extract(self, path: Path) -> ExtractedText:
        count, layout, decoder = read_pdfium(path)
        texty = sorted(layout)
        scanned = [i for i in range(count) if i not in layout]
        ocr_text = _ocr(path, scanned) if scanned else {}
        # Consecutive text-layer pages are laid out together (running headers, paragraphs across pages).
        parts: list[str] = []
        run: list[list[Line]] = []
        for i in range(count):
            if i in layout:
                run.append(layout[i])
                continue
            if run:
                parts.append(layout_text(drop_furniture(run), head=0 in layout and run[0] is layout[0]))
                run = []
            parts.append(ocr_text.get(i, ""))
        if run:
            parts.append(layout_text(drop_furniture(run), head=0 in layout and run[0] is layout[0]))
        extraction = "text-layer+ocr" if texty and scanned else ("ocr" if scanned else "text-layer")
        return ExtractedText(
            text="\n\n".join(p.strip("\n") for p in parts if p.strip()) + "\n",
            media_type="application/pdf",
            extraction=extraction,
            pages=count,
            legacy_encoding=decoder.encoding,
        )
