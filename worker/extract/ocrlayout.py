"""Reading order of an OCR'd page, the same conventions as the text-layer PDF reader.

tesseract reads the two-column head of a Party document (``ĐẢNG BỘ …`` | ``ĐẢNG CỘNG
SẢN VIỆT NAM``) row by row and glues the columns with one space.  From its word boxes
we rebuild lines and give the head and two-column rows the layout ``nlp`` expects
(see ``worker/extract/pdf_text.py``):

* the head at the top of a page comes out as **left block, blank line, right block**;
* other lines with two columns (``THƯ KÝ    CHỦ TRÌ``) stay line by line, the columns
  separated by four spaces;
* a new tesseract paragraph starts after a blank line.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from nlp.cues import TITLE_WORD, fold
from worker.extract.pdf_text import Line as LayoutLine
from worker.extract.pdf_text import Word as LayoutWord
from worker.extract.pdf_text import layout_text

COLUMN_GAP = "    "
_TITLE = re.compile(r"[\W_]{0,4}" + TITLE_WORD)  # (OCR may leave specks before it: "_BIÊN BẢN")
GAP_HEIGHTS = 1.6  # a horizontal gap wider than this many word heights splits columns
HEAD_LINES = 10  # the head is among the first lines of a page


@dataclass
class Word:
    text: str
    x0: int
    x1: int
    top: int
    height: int
    conf: float = 100.0


@dataclass
class Line:
    words: list[Word]
    paragraph: tuple[int, int]

    @property
    def x0(self) -> int:
        return self.words[0].x0

    @property
    def x1(self) -> int:
        return self.words[-1].x1

    def segments(self) -> list[list[Word]]:
        """The line split into columns at wide gaps.

        A gap is wide in absolute terms (``GAP_HEIGHTS`` word heights) or against the
        line's other gaps (three times their median, and about a word height).
        """
        height = statistics.median(w.height for w in self.words)
        gaps = [b.x0 - a.x1 for a, b in zip(self.words, self.words[1:], strict=False)]
        parts = [[self.words[0]]]
        for i, (gap, word) in enumerate(zip(gaps, self.words[1:], strict=True)):
            others = gaps[:i] + gaps[i + 1 :]
            wide = gap > GAP_HEIGHTS * height or (
                bool(others) and gap > 0.9 * height and gap > 3 * statistics.median(others)
            )
            if wide:
                parts.append([])
            parts[-1].append(word)
        return parts


def _text(words: list[Word]) -> str:
    return " ".join(w.text for w in words)


def lines_from_data(data: dict[str, list]) -> list[Line]:
    """Words of ``pytesseract.image_to_data(output_type=DICT)`` grouped into lines, in tesseract's order."""
    grouped: dict[tuple[int, int, int], Line] = {}
    for i, text in enumerate(data["text"]):
        if int(data["level"][i]) != 5 or not str(text).strip("_ "):
            continue  # underscores alone are rules, fill-in lines or speckle, never words
        key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        word = Word(
            _repair(str(text).strip()),
            int(data["left"][i]),
            int(data["left"][i]) + int(data["width"][i]),
            int(data["top"][i]),
            max(1, int(data["height"][i])),
            float(data.get("conf", [100.0] * len(data["text"]))[i]),
        )
        grouped.setdefault(key, Line([], key[:2])).words.append(word)
    lines = list(grouped.values())
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
        line.words = _without_leader_noise(line.words) or line.words
    return lines


# tesseract's Vietnamese model sometimes reads one "Đ" twice, once as the Icelandic eth it looks like
# ("15-KH/ĐÐU", "595/QĐÐ-BHXH"); a pair with an eth in it is one letter (Vietnamese has no eth, and "ĐĐ"
# typed as such, as in "ĐĐ 2" for a company, has no eth).
_DOUBLED_D = re.compile(r"ĐÐ|ÐĐ|ÐÐ|đð|ðđ|ðð")


def _repair(word: str) -> str:
    """A word as read, with the letters tesseract is known to double put back to one."""
    return _DOUBLED_D.sub(lambda m: "Đ" if m.group()[0] in "ĐÐ" else "đ", word)


_LEADER = re.compile(r"(?:\.{4,}|…{2,})")
LEADER_NOISE_CONF = 30  # tesseract's confidence in the "letters" it reads off dotted fill-in lines


def _without_leader_noise(words: list[Word]) -> list[Word]:
    """Drop what tesseract makes of a printed form's dotted fill-in line ("Địa điểm: ……LQQ HT HH").

    After a run of dots, words it has next to no confidence in are the dots' texture, not
    writing; a confident word (a value written on the line) ends the run.
    """
    out: list[Word] = []
    in_leader = False
    for w in words:
        m = _LEADER.search(w.text)
        if m and w.conf < LEADER_NOISE_CONF:
            w = Word(w.text[: m.end()], w.x0, w.x1, w.top, w.height, w.conf)
        if in_leader and w.conf < LEADER_NOISE_CONF and not m:
            continue
        in_leader = bool(m) or (in_leader and w.conf < LEADER_NOISE_CONF)
        out.append(w)
    return out


def _head(lines: list[Line], left_edge: float, right_edge: float) -> tuple[int, list[str], list[str]] | None:
    """The two-column head at the top: (lines it spans, left texts, right texts), or None.

    Head lines hold two columns, or one block set off-centre (``CHI BỘ …`` under the
    issuer, ``*``); the first line centred on the page (``BIÊN BẢN``) or as wide as the
    text ends the head.
    """
    width = right_edge - left_edge
    centre = (left_edge + right_edge) / 2
    left: list[str] = []
    right: list[str] = []
    end = 0
    for index, line in enumerate(lines[:HEAD_LINES]):
        parts = line.segments()
        mids = [(seg[0].x0 + seg[-1].x1) / 2 for seg in parts]
        if len(parts) > 2 or (len(parts) == 2 and not mids[0] < centre < mids[1]):
            break
        if len(parts) == 1 and (abs(mids[0] - centre) < 0.1 * width or line.x1 - line.x0 > 0.6 * width):
            break
        for seg, mid in zip(parts, mids, strict=True):
            (left if mid < centre else right).append(_text(seg))
        end = index + 1
    if not left or not right:
        return None
    return end, left, right


def page_text(data: dict[str, list]) -> str:
    """The page's text in reading order (see module docstring)."""
    lines = lines_from_data(data)
    if not lines:
        return ""
    # tesseract's own line order: re-sorting by height breaks lines of photos (keystoned pages).
    out: list[str] = []
    start = 0
    if head := _head(lines, min(line.x0 for line in lines), max(line.x1 for line in lines)):
        start, left, right = head
        out += [*left, "", *right, ""]
    # the head tesseract did not give as two columns, down to the title, stays line by line: its lines are no
    # paragraph wrapped at the margin ("ĐẢNG BỘ PHƯỜNG …  ĐẢNG CỘNG SẢN VIỆT NAM" over "CHI BỘ TỔ DÂN PHỐ 7")
    title = next((i for i in range(start, min(len(lines), start + HEAD_LINES + 2))
                  if _TITLE.match(fold(_text(lines[i].words)))), None)
    if title is not None:
        out += [COLUMN_GAP.join(_text(seg) for seg in line.segments()) for line in lines[start:title]]
        start = title
    body = [_layout_line(line) for line in lines[start:]]
    if body:
        # the body as the text-layer PDF reader lays it out: wrapped lines joined back, a blank line where
        # the page leaves one (not wherever tesseract starts a paragraph)
        out.append(layout_text([body], head=False).strip("\n"))
    return "\n".join(out).strip("\n") + "\n"


_SPECK = re.compile(r"[^\w*]{1,3}")


def _layout_line(line: Line) -> LayoutLine:
    """An OCR line as the PDF layout code takes it (page 0, sizes from the word boxes)."""
    segments = line.segments()
    # a speck a column apart ("phương hướng đã nêu.    „    :") is the paper's, not a column of the text
    segments = [segments[0], *(seg for seg in segments[1:] if not _SPECK.fullmatch(_text(seg)))]
    size = float(statistics.median(w.height for w in line.words))
    words = [[LayoutWord(w.text, w.x0, w.x1, w.top, w.top + w.height, size, None) for w in seg] for seg in segments]
    return LayoutLine(words, 0, min(w.top for w in line.words), max(w.top + w.height for w in line.words), size,
                      text=COLUMN_GAP.join(_text(seg) for seg in segments))
