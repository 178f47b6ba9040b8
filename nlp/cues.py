"""Offset-preserving folded text and the meeting cue vocabularies (``nlp/data/meeting.yaml``).

Patterns over minutes are written in folded form (lower case, no diacritics) and run on
``fold(text)``, which has exactly the length of ``text``: a match's span indexes the original,
so values are cut from the text as written.  One pattern thus accepts "Thư ký", "THƯ KÝ" and
OCR'd or typed-without-accents "thu ky".
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml

from nlp.normalize import strip_marks


@cache
def _fold_table() -> dict[int, str]:
    """Latin letters (with Vietnamese marks) to lower-case ASCII; one character to one character."""
    table: dict[int, str] = {}
    for cp in [*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        c = chr(cp)
        s = strip_marks(c).lower()
        if len(s) == 1 and s != c:
            table[cp] = s
    return table


def fold(text: str) -> str:
    """Lower case without diacritics, same length as ``text`` (so offsets carry over).

    >>> fold("THƯ KÝ: Lê Thị Mai")
    'thu ky: le thi mai'
    """
    return respell(text, text.lower() if text.isascii() else text.translate(_fold_table()))


def respell(text: str, folded: str) -> str:
    """The spelling-variant repairs every fold of ``text`` makes (same length): a doubled final letter read
    once, the older i of "kí", "lí" read as y, the South's "nhứt" as "nhất"."""
    if not text.isascii():
        folded = undouble(text, folded)
        if "ứ" in text or "Ứ" in text:
            folded = _SOUTHERN_UT.sub(lambda m: m.group(1) + "a" + m.group(2) if text[m.start() + 2] in "ứỨ"
                                      else m.group(0), folded)
        if "luật" in text or "truyền" in text:
            folded = _MISHEARD.sub(lambda m: m.group(1) + "n" if m.group(1) else "chuyen de", folded)
    return _I_FOR_Y.sub(r"\1y", folded) if "i" in folded else folded


# What speech-to-text mishears in dictated minutes, words no one writes: "kết luật" (kết luận), "thảo luật"
# (thảo luận), "truyền đề" (chuyên đề). Not a law's draft or review: "dự thảo luật", "tổng kết luật".
_MISHEARD = re.compile(r"(?<![a-z0-9])(?<!du\s)(?<!tong\s)((?:ket|thao)\s+lua)t(?![a-z0-9])"
                       r"|(?<![a-z0-9])truyen\s+de(?![a-z0-9])")


# The South's "nhứt" of "nhứt trí", "thứ nhứt", "nhứt định": the "nhất" it is elsewhere
_SOUTHERN_UT = re.compile(r"(?<![a-z0-9])(nh)u(t)(?![a-z0-9])")


# A final letter typed twice in a Vietnamese word ("Thảo luậnn", "Phương hướngg", "trình bàyy"): no syllable
# ends so; its fold reads the second as a space. (Only in words with a Vietnamese letter: "staff", "Google"
# and the like are left alone.)
_DOUBLED = re.compile(r"(?<=[^\W\d_])([nghtcmpyNGHTCMPY])(?i:\1)(?![^\W\d_])")
_WORD_BEFORE = re.compile(r"[^\W\d_]*$")


def undouble(text: str, folded: str) -> str:
    """``folded`` (the fold of ``text``) with the second of a doubled final letter read as a space."""
    out = None
    for m in _DOUBLED.finditer(text):
        word = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start()).group()
        if not word.isascii():
            out = out or list(folded)
            out[m.end() - 1] = " "
    return "".join(out) if out else folded


# "Thư kí", "lí do", "thường kì": the older spelling with i, read as the y of "Thư ký", "lý do", "thường kỳ"
_I_FOR_Y = re.compile(r"(?<![a-z0-9])([kl])i(?![a-z0-9])")


@cache
def vocab() -> dict[str, Any]:
    """The cue vocabularies of ``meeting.yaml``, read once."""
    raw = resources.files("nlp").joinpath("data/meeting.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(raw)


def alternation(key: str) -> str:
    """A regex alternation of the folded phrases under ``key``, longest first, spaces flexible."""
    phrases = sorted({fold(p) for p in vocab()[key]}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + ")"


# A number written in digits or, for small counts, in words (mười sáu = 16).
_UNITS = {
    "khong": 0,
    "mot": 1,
    "hai": 2,
    "ba": 3,
    "bon": 4,
    "tu": 4,
    "nam": 5,
    "lam": 5,
    "sau": 6,
    "bay": 7,
    "tam": 8,
    "chin": 9,
}
# a count written in words, wherever it stands (NUMBER below asks for a counted noun after it)
WORD_NUMBER = (
    r"(?:(?:(?:hai|ba|bon|nam|sau|bay|tam|chin)\s+muoi|muoi)(?:\s+(?:mot|mot|hai|ba|bon|tu|lam|nam|sau|bay|tam|chin))?"
    # spoken short forms: "hai mốt" (21), "ba tư" (34), "hai lăm" (25)
    r"|(?:hai|ba|bon|nam|sau|bay|tam|chin)\s+(?:mot|tu|lam)"
    r"|mot|hai|ba|bon|nam|sau|bay|tam|chin)"
)
# Words count only before a counted noun, since folded "ba"/"nam" are also "bà"/"năm", maybe with the digits in
# brackets: "mười ba (13) đ/c".
# (a number in words starts at its first word: not the "mươi ba" of "hai mươi ba")
_NOT_AFTER_NUMBER_WORD = "".join(rf"(?<!\b{w}\s)" for w in ("muoi", "mot", "hai", "ba", "bon", "nam", "sau", "bay",
                                                              "tam", "chin"))
NUMBER = (rf"(?:\d{{1,3}}(?![\d,.]\d)|(?<![a-z])(?=[mhbnstc]){_NOT_AFTER_NUMBER_WORD}{WORD_NUMBER}"
          rf"(?=\s+(?:\(\s*\d{{1,3}}\s*\)\s*)?(?:la\s+)?(?:dong\s+chi|dang\s+vien|d/c|nguoi|phieu)\b))")


# right after a count's label ("phải dự là mười bốn,", "vắng một là chị Tư Huệ") a count in words needs no noun
# (nor before the next count's label, dictated with no comma: "có mặt mười sáu vắng một có lý do")
LABELLED_NUMBER = (rf"(?:{NUMBER}|(?<![a-z]){_NOT_AFTER_NUMBER_WORD}{WORD_NUMBER}"
                   r"(?=[ \t]*(?:[,.;:)(]|$|\n|la\s|(?:vang|co\s+mat|mien|phai\s+du|co\s+ly\s+do|khong\s+ly\s+do)\b)))")


_SPELLED_THEN_DIGITS = re.compile(rf"(?<![a-z]){WORD_NUMBER}\s*\(\s*(\d{{1,3}})\s*\)")


def digits_for_spelled(folded: str) -> str:
    """ "hai muoi hai (22) d/c" as "22" and blanks (same length): a count spelled out and then in digits."""
    return _SPELLED_THEN_DIGITS.sub(lambda m: m.group(1).ljust(len(m.group(0))), folded)


def to_int(word: str) -> int | None:
    """The value of a folded NUMBER match: '16', '02', 'muoi sau', 'hai muoi mot'."""
    word = word.strip()
    if word.isdigit():
        return int(word)
    parts = word.split()
    if not parts:
        return None
    if parts[0] == "muoi":
        tens, rest = 1, parts[1:]
    elif len(parts) >= 2 and parts[1] == "muoi":
        tens, rest = _UNITS.get(parts[0], 0), parts[2:]
    elif len(parts) == 2 and parts[1] in ("mot", "tu", "lam"):  # "hai mốt" is 21
        tens, rest = _UNITS.get(parts[0], 0), parts[1:]
    else:
        return _UNITS.get(parts[0])
    unit = _UNITS.get(rest[0], 0) if rest else 0
    return tens * 10 + unit


_NEW_ITEM = re.compile(r"[ \t]*(?:[-+•*]|\d{1,2}\s*[.)/]\s|[IVXivx]{1,4}[.)]\s|[a-eđ][.)]\s|\((?:da|đã|ký|ky)|$)")
_LABEL_AHEAD = re.compile(r"[ \t]*[^\W\d][^\n:]{0,29}:")
# under a labelled line, a longer label with no stop in it: "Tuyên bố lý do / thông qua chương trình: …"
_LONG_LABEL_AHEAD = re.compile(r"[ \t]*[^\W\d][^\n:.;]{0,59}:")
# a labelled line (place, time …) is whole: the next line naming the chair or the counts starts afresh
_FACT_LINE = re.compile(r"[ \t]*[-+•*]?[ \t]*(?:Địa điểm|Thời gian|Thời điểm)\s*:", re.IGNORECASE)
# "Tổng số đảng viên: 23 đ/c, miễn sinh hoạt 3 đ/c, phải dự 20 đ/c" over "Có mặt 18 đ/c, …": two lines of counts
_COUNT_LINE = re.compile(r"(?:tổng số|tong so|phải dự|phai du|miễn sinh hoạt|mien sinh hoat)\b.*\d", re.IGNORECASE)
_FACT_AHEAD = re.compile(r"[ \t]*(?:Chủ trì|Chủ tọa|Thư ký|Đại biểu|Tổng số|Có mặt|Vắng|Chi bộ có|Thành phần"
                         r"|Dự họp|Dự sinh hoạt|Về dự|Tham dự|Địa điểm|Thời gian|Miễn sinh hoạt|Phải dự)\b",
                         re.IGNORECASE)

_ROLE_AHEAD = re.compile(r"[ \t]*(?:chủ trì|chủ tọa|thư ký|người ghi biên bản|địa điểm|thời gian|tổng số|đại biểu"
                         r"|dự họp)\b"
                         r"(?![ \t]+(?:của|đã|và|cuộc|buổi|hội nghị)\b)", re.IGNORECASE)

# a line that ends on "đ/c" or "đồng chí" goes on with the name: "Thư ký: đ/c\nChảo Thị Mẩy."
_CUE_AT_END = re.compile(r"(?<!\w)(?:đ/c|Đ/c|đồng chí|Đồng chí|đc|Đc)[ \t]*$")


# a line that ends inside a name, on its middle name: "… - Thiếu úy Hà Văn" / "Cường (đi học …)"
_MIDDLE_AT_END = re.compile(r"(?<!\w)[A-ZĐ]\w*[ \t]+(?:Văn|Thị)[ \t]*$")

# a notebook's wrapped count of the absent goes on with their reason: "… Vắng 2 đ/c" / "có lý do: đ/c A (ốm), …"
_REASON_GOES_ON = re.compile(r"[ \t]*(?:có|không|co|khong) (?:lý|ly) do\b")

# a capitalised cue opening a line opens a sentence: "Địa điểm: … số 112 phố Hàng Lược" / "Đồng chí Bí thư …"
_SUBJECT_AHEAD = re.compile(r"[ \t]*(?:Đồng chí|Đ/c|Các đồng chí|Các đ/c)[ \t]")

_LEADER = re.compile(r"\.{4,}|…")


_RULE_LINE = re.compile(r"\s*[-=_*+~.]{5,}\s*")  # a table's ruled line: "-------------", "+----+----+"


@lru_cache(maxsize=8)
def unpunctuated(text: str) -> bool:
    """A record dictated line by line with no stops ("xuống dòng" said for each): every line break ends a sentence."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if len(lines) < 8:
        return False
    stops = sum(1 for ln in lines if ln[-1] in ".:;!?") + len(re.findall(r"[.!?](?=\s)", text))
    return stops < 0.15 * len(lines)


def unwrap(text: str) -> str:
    """``text`` with line breaks inside a sentence turned into spaces (same length, same offsets).

    A break is soft when a line of a wrapped paragraph ends without punctuation and the next line goes
    on: in lower case ("vắng 01 đồng chí\ncó lý do", also across one blank line OCR inserted), or,
    after a full-width line, with a name or a number ("đồng chí Võ Thị\nTuyết nằm viện",
    "miễn sinh hoạt:\n05 đồng chí") that is not a new item, a heading in capitals or a label.
    """
    lines = text.split("\n")
    out = list(text)
    # "full width" is the page's: a page written or scanned narrow wraps at 45 characters, not at 80
    widths = sorted(len(ln.rstrip()) for ln in lines if len(ln.strip()) >= 20)
    width = widths[int(len(widths) * 0.9)] if len(widths) >= 5 else 80
    full, wide = min(50, int(width * 0.65)), min(60, int(width * 0.8))
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    continued = False  # the previous line was itself joined to the one before it
    # a record typed all in capitals (typewriter style): case tells nothing, a long line running on does
    letters = [c for c in text if c.isalpha()]
    caps = len(letters) > 200 and sum(c.isupper() for c in letters) > 0.8 * len(letters)
    # paragraphs typed one per line (lines longer than a page is wide): a blank line ends a paragraph, even
    # one typed without a stop, as voice typing leaves them
    typed = sum(1 for ln in lines if len(ln) > 110) >= 3
    i = 0
    while i < len(lines) - 1:
        prev, j = lines[i], i + 1
        if not lines[j].strip() and j + 1 < len(lines) and not typed:
            j += 1  # one blank line between the halves of a sentence
        nxt = lines[j]
        last, first = prev.rstrip()[-1:], nxt.lstrip()[:1]
        soft = False
        runs_on = caps and j == i + 1 and len(prev) >= wide and (first.isalpha() or first == "(")
        if runs_on and last and last not in ".;!?:)" and not (
            _NEW_ITEM.match(nxt) or _LABEL_AHEAD.match(nxt) or "   " in prev.strip() or "|" in prev or "\t" in prev
        ):
            soft = True  # "… 16/16 ĐỒNG CHÍ TÁN" / "THÀNH, ĐẠT 100%."
        elif not first or _NEW_ITEM.match(nxt) or (
            _LABEL_AHEAD.match(nxt) or _LABEL_AHEAD.match(prev) and _LONG_LABEL_AHEAD.match(nxt)
        ) and not _REASON_GOES_ON.match(nxt) or (
            "   " in prev.strip()
        ) or (
            prev.isupper()
        ) or (
            (_FACT_LINE.match(prev) or _COUNT_LINE.search(prev)) and _FACT_AHEAD.match(nxt)
        ) or (
            "|" in prev or "\t" in prev or "|" in nxt
        ) or (
            # typed by voice, no stop ends the facts' lines: "… thư ký đồng chí B" / "Tổng số …", "… họp thường kỳ"
            # / "chủ trì đồng chí A …"
            first.isupper() and not caps and _FACT_AHEAD.match(nxt) or _ROLE_AHEAD.match(nxt)
        ) or _LEADER.search(prev) and _LEADER.search(nxt) or _RULE_LINE.fullmatch(prev) or _RULE_LINE.fullmatch(nxt):
            # a new item, a label, columns (heading, signatures, table rows), a heading in capitals, or a form's
            # lines with dots leading from the label ("Địa điểm ........ Hội trường", "Chủ trì ....... đ/c A")
            soft = False
        elif last == ":":
            soft = len(prev) >= 50 and j == i + 1 and bool(re.match(r"\d{1,3}\s+\w", nxt))  # "miễn sinh hoạt:\n06"
        elif not last or last in ".;!?)]":
            soft = False
        elif first == "(" and re.match(r"\s*\([^)]*[.!?]\)\s*$", nxt):
            soft = False  # "(Nhà văn hóa đang sửa nên chi bộ họp ở nhà đ/c Bí thư.)": an aside of its own
        elif first.islower() or first == "(":
            # (dictated with no stops, every line is said on its own: nothing wraps)
            soft = (len(prev) >= full or continued) and not unpunctuated(text)
        else:
            words = nxt.split()
            soft = (
                j == i + 1
                and (len(prev) >= wide or bool(_CUE_AT_END.search(prev)) or bool(_MIDDLE_AT_END.search(prev)))
                and (first.isdigit() or first.isupper())
                and not (len(words) > 1 and nxt.isupper())
                and not (_SUBJECT_AHEAD.match(nxt) and not _CUE_AT_END.search(prev))
            )
        if soft:
            for k in range(i + 1, j + 1):
                out[starts[k] - 1] = " "
        continued = soft
        i = j
    return "".join(out)


# Shared regex fragments over folded text.
LINE_START = r"(?:^|\n)[ \t]*(?:[-+•*]\s*)?"
# A field label starts a line, a sentence or a column ("Chủ trì: A – BT      Thư ký: B"), maybe after a bullet
# or a list number ("2.", "2/", "a)", "II.").
# (a form numbers its fields "A2.", "2.1.")
# (typed on a phone, facts one after another on a line, set apart by slashes: "… ngày 14/11/2020 / địa điểm: …")
# (a label with its colon, not after another role: not the "Chủ trì / Thư ký" of a form's question)
LABEL = (r"(?:^|\n|[.;:]\s|(?<=[ ]{3})(?=\S)|\t"
         r"|(?<=[ ]/)(?<!tri[ ]/)(?<!toa[ ]/)(?<!ky[ ]/)(?<!trì[ ]/)(?<!ký[ ]/)[ ](?=[^\n/:]{1,25}:))[ \t]*"
         r"(?:[-+•*]|\d{1,2}\.\d{1,2}\.?|\d{1,2}\s*[.)/]|[a-e]\d{0,2}[.)]|[ivx]{1,4}[.)])?[ \t]*")
# "BIÊN BẢN", also as OCR leaves it: "BlÊN BẢN", "BI ÊN BẢN", "B IÊN BẢN".
# (typed on a phone: "BB SH chi bộ thường kỳ tháng 9", "BBSH CB")
TITLE_WORD = r"(?:b\s?[il1|]\s?e\s?n\s*b\s?a\s?n|bb(?=\s*(?:sh|sinh\s+hoat|hop)\b))\b"
# OCR leaves specks before a title ("_ BIÊNBẢN - :").
# (not the closing's "Biên bản đọc lại cho chi bộ nghe", "Biên bản được thông qua", "Biên bản lập xong …")
TITLE = re.compile(r"(?:^|\n)[ \t]*(?:[^\w\n]|_){0,4}[ \t]*" + TITLE_WORD
                   + r"(?!\s+(?:(?:da|duoc|nay|nay\s+da)\s+)*(?:doc|thong\s+qua|lap\s+xong|ket\s+thuc|gom|co\s+\d))")


# A paragraph that tells the meeting's facts together, wherever it stands (a record may tell them only at
# its end: "Buổi sinh hoạt … bắt đầu lúc 14 giờ …. Địa điểm: …. Chủ trì: …"): its start time and who chaired
_FACTS_AROUND = re.compile(r"bat\s+dau\s+(?:tu\s+|vao\s+)?(?:luc\s+|hoi\s+)?\d[^\n]*chu\s+(?:tri|toa)"
                           r"|chu\s+(?:tri|toa)\s*:[^\n]*bat\s+dau\s+(?:tu\s+|vao\s+)?(?:luc\s+|hoi\s+)?\d")


def in_facts_paragraph(folded: str, pos: int) -> bool:
    """Whether ``pos`` of the folded text lies in a paragraph that tells the meeting's start time and chair."""
    start = folded.rfind("\n\n", 0, pos)
    end = folded.find("\n\n", pos)
    return bool(_FACTS_AROUND.search(folded, start + 1 if start >= 0 else 0, end if end >= 0 else len(folded)))


# The meeting as planned or announced, not as held: "Theo kế hoạch, chi bộ sinh hoạt lúc 14 giờ ngày 21/9 tại Hội
# trường …; do … dời sang ngày hôm sau", "Giấy mời lúc 14h00; … thực tế bắt đầu lúc 14h15"
_PLANNED = re.compile(
    r"(?:theo\s+ke\s+hoach|du\s+kien|giay\s+moi|thu\s+moi|thong\s+bao\s+(?:trieu\s+tap|moi|hop)|theo\s+lich"
    r"|lich\s+(?:sinh\s+hoat|hop)\s+(?:cu|ban\s+dau)|ban\s+dau|thay\s+vi|nhu\s+da\s+bao)[^.;\n]*$")


def planned(folded: str, pos: int) -> bool:
    """Whether the sentence of the folded text before ``pos`` tells the meeting as planned, not as held."""
    start = max(folded.rfind(". ", 0, pos), folded.rfind("\n", 0, pos), folded.rfind(";", 0, pos), pos - 200)
    return bool(_PLANNED.search(folded, start + 1, pos))


# The page and margin notes a typist copies from a minutes book above a record: "Trang 23   26/6/2023", "--- 88 ---",
# "Tờ 34   Lề: ngày 20/01/2026", "Tr.64", "[Sổ BB chi bộ - trang 42]   [lề: 18/4/2021]", "- 37 -"
_FURNITURE_WORDS = frozenset("trang to tr le phai trai ngay ghi thu hai ba tu nam sau bay chu nhat".split())
_BOOK = re.compile(r"\bso\s+(?:bb|bien\s+ban)(?:\s+(?:chi\s+bo|sinh\s+hoat))*")


def book_furniture(line: str) -> bool:
    """Whether a line holds nothing but a minutes book's page number, the date in its margin and such words."""
    words = re.findall(r"[^\W\d_]+", _BOOK.sub(" ", fold(line)))
    return bool(re.search(r"\d", line)) and len(line.split()) <= 12 and all(w in _FURNITURE_WORDS for w in words)


_TYPIST = re.compile(r"danh\s+may|chep\s+lai|go\s+lai|nguoi\s+danh|quy\s+uoc")


def typist_note(lines: list[str]) -> bool:
    """Whether lines above a copied record's title are the typist's note on how it was copied ("Đánh máy lại từ
    Sổ ghi biên bản …; chữ bị gạch để trong dấu [- -]"), not a heading."""
    return any(_TYPIST.search(fold(ln)) for ln in lines)
