"""Agenda parts of the minutes (CONTRACT section kinds), found by headings of any style or by content.

Policy, in the order it is applied:

1. Heading lines name a kind when their title starts with a cue of ``nlp/data/sections.yaml``: roman
   ("II.", "IV -"), arabic ("2)", "1.1"), "Phần thứ nhất", letters ("a)"), dashes/bullets (only short
   titles or "Label:" forms), UPPER CASE lines and plain short lines.  A heading without a kind
   ("NỘI DUNG SINH HOẠT", "II. NỘI DUNG") is a container: it names nothing, its sub-parts do.
2. A kind heading runs to the next kind heading of any level, a container heading of its own level or
   above, or the signature block.  Inside it, a sentence whose start carries a content cue of a kind
   that comes *later* in the usual order (or one the heading lists under ``contains``) opens a new part
   ("Chi bộ biểu quyết …" inside "Kết luận"); earlier kinds never split it, so a review that mentions
   "kế hoạch" or "phương hướng khắc phục" stays the review.
3. A heading that names two kinds ("Thông tin thời sự và phổ biến văn bản") is split where its body
   starts the second kind; when the body gives no such point, the heading itself is split where it
   names the second kind, and the body belongs to the last kind named.
4. Text outside kind headings is read sentence by sentence: a content cue at the start of a sentence
   (after a short subject such as "Đồng chí Bí thư") opens a part; going back to an earlier kind needs a
   new paragraph that is not a list item.  The meeting facts before the content (time, place,
   attendance) open the ``opening`` part when no heading names it, because reporting attendance and the
   agenda is the opening (12-HD/BTCTW).
5. The signature block and "Buổi sinh hoạt kết thúc …" open ``closing``.  For a thematic meeting with no
   ``topic`` part, the first ``hcm_study`` part is its topic ("Học tập và làm theo … " as the theme).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

import yaml

from nlp.cues import TITLE, respell, unpunctuated
from nlp.models import SECTION_KINDS, Section
from nlp.normalize import fold_key, strip_marks

_RANK = {kind: i for i, kind in enumerate(SECTION_KINDS)}
_NUMBER = r"\d+(?:\s*[/.\-h:]\s*\d+|g\d+)*[hg]?"  # 3, 03/2024, 16/16, 20h30, 21g15
_W = "a-z0-9"  # word characters of folded text


@cache
def _fold_char(c: str) -> str:
    s = strip_marks(c).lower()
    return s[:1] if s else "\x01"


def _fold(text: str) -> str:
    """Diacritic-free lower-case text of the same length, so offsets carry over."""
    return respell(text, "".join(map(_fold_char, text)))


# A cue's number may be written as a word ("NHIỆM VỤ THÁNG BA", "tháng Chạp", "quý hai"), folded; longest first.
_MONTH_WORDS = {"muoi mot": 11, "muoi hai": 12, "gieng": 1, "mot": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4,
                "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10, "chap": 12}
_MONTH_WORD = "(?:" + "|".join(w.replace(" ", "MWSPACE") for w in _MONTH_WORDS) + ")(?![a-z])"


# a "#" right after "tháng" or "quý" in a cue ("tháng #", "(tháng|quý) (tới|sau|#)") may be a word; not after
# other words: "đ/c Năm", "đ/c Sáu" are names in the South
_AFTER_MONTH = re.compile(r"(?:thang|quy)(?:\|[a-z ]{1,20})*\)?\s\(?(?:[a-z ]{1,12}\|){0,3}$")


def _month_numbers(cue: str) -> str:
    return "".join(
        "MONTHNUMBER" if part == "#" and _AFTER_MONTH.search(cue[:i]) else part
        for i, part in ((m.start(), m.group()) for m in re.finditer(r"#|[^#]+", cue))
    )


def month_number(written: str) -> int:
    """The month a cue captured: digits ("04") or a word ("ba", "mười một")."""
    key = re.sub(r"\s+", " ", strip_marks(written).lower().strip())
    return int(key) if key.isdigit() else _MONTH_WORDS[key]


def _cue_regex(cues: list[str], *, marked: bool = False) -> str:
    """One alternation of folded cue regexes, matching whole words (``marked``: cues keeping their diacritics,
    for lower-cased text)."""
    parts = []
    for cue in cues:
        body = _month_numbers(fold_key(cue) if marked else strip_marks(cue).lower()).replace("#", _NUMBER)
        body = body.replace("MONTHNUMBER", f"(?:{_NUMBER}|MONTHWORD)")
        body = body.replace(" ?", r"\s*").replace(" ", r"\s+").replace("MONTHWORD", _MONTH_WORD)
        body = body.replace("MWSPACE", r"\s+")
        parts.append(f"(?:{body})")
    if marked:
        return rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)"
    return rf"(?<![{_W}])(?:{'|'.join(parts)})(?![{_W}])"


def _words_regex(words: list[str], *, fold: bool) -> str:
    items = sorted(((strip_marks(w).lower() if fold else fold_key(w)) for w in words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


@dataclass(frozen=True)
class _Cues:
    heading: dict[str, re.Pattern[str]]
    content: tuple[tuple[str, re.Pattern[str]], ...]
    contains: dict[str, frozenset[str]]
    heading_prefix: re.Pattern[str]
    subjects: re.Pattern[str]
    actors: re.Pattern[str]
    blockers: re.Pattern[str]
    not_done: re.Pattern[str]
    not_done_marked: re.Pattern[str]
    clause: re.Pattern[str]
    max_words: int
    facts: re.Pattern[str]
    signature: re.Pattern[str]
    embedded: tuple[tuple[str, frozenset[str], re.Pattern[str], re.Pattern[str]], ...]  # kind, inside, cue, lead
    dated_plan: tuple[re.Pattern[str], ...]  # their group "month" must be the month planned
    dated_review: tuple[re.Pattern[str], ...]  # their group "month" must be the month reviewed


def _month_cue(cues: list[str]) -> tuple[re.Pattern[str], ...]:
    """Cues whose "#" is a month, captured as the group "month" ("tháng 4", "tháng 04/2026")."""
    month = r"(?:0?(?P<month>\d{1,2})(?:\s*/\s*\d{4})?|(?P<mword>" + _MONTH_WORD.replace("MWSPACE", r"\s+") + "))"
    return tuple(re.compile(_cue_regex([c.replace("#", "monthno")]).replace("monthno", month)) for c in cues)


@cache
def _cues() -> _Cues:
    data = yaml.safe_load(resources.files("nlp").joinpath("data", "sections.yaml").read_text(encoding="utf-8"))
    kinds = data["kinds"]
    heading = {k: re.compile(_cue_regex(v["headings"])) for k, v in kinds.items()}
    content = tuple((k, re.compile(_cue_regex(v["content"]))) for k, v in kinds.items())
    contains = {k: frozenset(v.get("contains", ())) for k, v in kinds.items()}
    prefix_words = _words_regex(data["heading_prefix"], fold=True)
    blockers = _words_regex(data["prefix"]["blockers"], fold=False)
    clauses = _words_regex(data["prefix"]["clauses"], fold=True)
    return _Cues(
        heading=heading,
        content=content,
        contains=contains,
        heading_prefix=re.compile(rf"(?:{prefix_words})(?![{_W}])[\s:,.\-–]*"),
        subjects=re.compile(rf"(?:{_words_regex(data['prefix']['subjects'], fold=True)})(?![{_W}])"),
        actors=re.compile(rf"(?:{_words_regex(data['prefix']['clause_actors'], fold=True)})(?![{_W}])"),
        blockers=re.compile(rf"(?<!\w)(?:{blockers})(?!\w)"),
        not_done=re.compile(_cue_regex(data["not_done"])),
        not_done_marked=re.compile(_cue_regex(data["not_done"], marked=True)),
        # a leading clause, over any bracketed aside in it: "Sau khi … (Quốc hội …, …), chi bộ đi vào …"
        clause=re.compile(rf"(?:{clauses})(?![{_W}])(?:[^,:;.\n(]|\([^)\n]{{0,300}}\)){{0,250}},\s*"),
        max_words=int(data["prefix"]["max_words"]),
        facts=re.compile(_cue_regex(data["facts"])),
        signature=re.compile(_cue_regex(data["signatures"])),
        dated_plan=_month_cue(data["dated_plan"]),
        dated_review=_month_cue(data["dated_review"]),
        embedded=tuple(
            (k, frozenset(v["inside"]), re.compile(_cue_regex(v["cues"])),
             re.compile(rf"(?:{_words_regex(v['lead'], fold=True)})(?![{_W}])\s*"))
            for k, v in data.get("embedded", {}).items()
        ),
    )


# ---------------------------------------------------------------------------------------------- lines

_PHAN = re.compile(  # "Phần thứ nhất", "Nội dung thứ hai:", "Mục 3", "Vấn đề thứ tư", "PHẦN C:"
    r"(?:phan|noi\s+dung|muc|van\s+de)\s+(?:thu\s+)?(?:nhat|hai|ba|bon|tu|nam|sau|bay|[ivx]{1,4}|\d{1,2}"
    r"|[a-e](?=\s*[.:\-–—)]))(?![a-z0-9])\s*[.:\-–—)]?\s*")
# lower-case "ii." too: TCVN3 capitals (.VnTimeH) come out of old documents as lower case
# (the period and a dash, as old typewritten records number: "II.- NỘI DUNG", "3.- Đánh giá …")
_ROMAN = re.compile(r"(?:[IVX]{1,4}|[ivx]{2,4})\s*(?:[.)]\s*[-–—/]|[.\-–—:)/])\s*(?=[^\W\d_])")
# "VIII Biểu quyết": the period lost (OCR, hasty typing); counts when a capitalised title follows
_ROMAN_BARE = re.compile(r"(?:II|III|IV|VI|VII|VIII|IX|XI|XII)\s+(?=[^\W\d_])")
# (also a spreadsheet's row number in its own cell: "2<TAB>Thông tin thời sự:", and a programme's time cell
# after it: "2<TAB>14h10 - 14h55<TAB>Trình bày chuyên đề …")
_CLOCK = r"\d{1,2}[ ]?(?:h|g|giờ|:)[ ]?\d{0,2}(?:[ ]?(?:p|ph|phút|'))?"
_ARABIC = re.compile(r"\d{1,2}(?:\s*[.)]\s*[-–—/]|\s*[.)\-–—:/]|(?:\.\d{1,2}){1,3}\.?"
                     rf"|(?:\t[ ]*{_CLOCK}(?:[ ]?(?:[-–—]|đến)[ ]?{_CLOCK})?[ ]*)?(?=\t))\s*(?=[^\W\d_])")
_CLOCK_ROW = re.compile(rf"{_CLOCK}(?:[ ]?(?:[-–—]|đến)[ ]?{_CLOCK})?[ ]*\t\s*(?=[^\W\d_])")
_PAREN_NUMBER = re.compile(r"\((\d{1,2})\)\s*(?=[^\W\d_])")
_LETTER = re.compile(r"(?:[a-zđA-ZĐ]\s*[.)/]|[A-H]\s*[-–])\s+(?=[^\W\d_])")  # "a.", "b)", "c/", "B- PHẦN …"
_BULLET = re.compile(r"(?:[-=]>|[-–—•+*·▪►◦❖➢✓→>])+\s*")  # (typed on a phone: "=> Kết thúc 15h20", "-> …")
_CONTAINER = re.compile(r"(?:noi dung|phan|dien bien|chuong trinh)(?![a-z])")
_STYLE_DEPTH = {"bullet": 90, "plain": 95}


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    style: str  # phan | roman | arabic | letter | bullet | upper | plain
    title: int  # offset where the title (after the marker) starts
    number: int | None


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for part in text.split("\n"):
        out.append((pos, pos + len(part)))
        pos += len(part) + 1
    return out


def _is_upper(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def _roman(s: str) -> int:
    total, prev = 0, 0
    for c in reversed(s):
        v = _ROMAN_VALUES[c]
        total, prev = (total - v, prev) if v < prev else (total + v, v)
    return total


_SPOKEN = ("mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi")
_SPOKEN_MARKED = ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")
# a number said as a word, perhaps with "là" ("một là …"), or its digit with no stop ("1 thông tin …")
_SPOKEN_NUMBER = re.compile(rf"({'|'.join(_SPOKEN)}|\d{{1,2}})(?:[ \t]+la(?=[ \t]))?[ \t]+(?=\S)")
# a dictated line's filler before its item: "à phần mở đầu đồng chí bí thư …", "dạ tiếp theo …"
_FILLER = re.compile(r"(?:à|ờ|ừ|dạ|ạ|ừm|thì)[ \t,]+(?=[^\W\d_])")


def _parse_line(text: str, folded: str, start: int, end: int) -> _Line | None:
    """The marker style of a non-empty line and where its title starts."""
    lead = len(text[start:end]) - len(text[start:end].lstrip())
    deco = re.match(r"(?:\*\*|__)\s*", text[start + lead : end])  # "**4. Kiểm điểm tháng 7**" (bold as typed)
    if deco:
        lead += deco.end()
    # a record that opens every line with a dash heads its parts so too: "- Phần 3. Quán triệt …", "- II. …"
    dash = re.match(r"[-–—•+*]\s*", text[start + lead : end])  # (and "* Phần 4: Đánh giá …")
    if dash and (_PHAN.match(folded, start + lead + dash.end()) or _ROMAN.match(text, start + lead + dash.end())):
        lead += dash.end()
    s = start + lead
    if s >= end:
        return None
    filler = _FILLER.match(text, s, end)
    if filler and text[s:end][:1].islower():
        s = filler.end()
    start = s  # a line's offsets exclude its indentation
    line, fline = text[s:end], folded[s:end]
    m = _PHAN.match(fline)
    if m:
        return _Line(start, end, "phan", s + m.end(), None)
    m = _ROMAN.match(line) or ((b := _ROMAN_BARE.match(line)) and line[b.end()].isupper() and b)
    if m:
        return _Line(start, end, "roman", s + m.end(), _roman(re.match(r"[IVXivx]+", line).group().upper()))
    m = _ARABIC.match(line)
    if m:
        style = "arabic.n" if re.match(r"\d{1,2}\.\d", line) else "arabic"  # "3.1." is a level below "3."
        return _Line(start, end, style, s + m.end(), int(re.match(r"\d+", line).group()))
    m = _CLOCK_ROW.match(line)
    if m:  # a programme table's row by the clock: "16:35<TAB>Thông tin thời sự<TAB>Đ/c A<TAB>…"
        return _Line(start, end, "clock", s + m.end(), None)
    m = _PAREN_NUMBER.match(line)
    if m:  # "(2) Trình bày chuyên đề"
        return _Line(start, end, "arabic.p", s + m.end(), int(m.group(1)))
    m = _LETTER.match(line)
    if m:
        return _Line(start, end, "letter" if line[0].islower() else "LETTER", s + m.end(), None)
    m = _SPOKEN_NUMBER.match(fline)
    # (the item's title run on with its text: "một thông tin thời sự. đồng chí …")
    said = re.match(r"[^.]*?(?=\.\s)", line)
    # (or a whole paragraph dictated in lower case, run on without a stop: "một mở đầu đồng chí bí thư tuyên bố …")
    # (its number said, as written: not "bày chuyên đề" carried over from "… chuẩn bị và trình" above)
    if m and not m.group(1).isdigit():
        short = len((said.group() if said else line).split()) <= 12
        dictated = not said and not any(c.isupper() for c in line[:40]) and (
            strip_marks(line) == line or line.split()[0].lower() in _SPOKEN_MARKED)
    else:  # a digit without its stop only in a dictated paragraph ("1 thông tin thời sự thì …"), never a table's row
        short, dictated = False, bool(m) and not said and line.lower() == line and re.match(r"\d{1,2} \S", line)
    if m and (short or dictated) and _match_title(folded, s + m.end(), end)[0]:
        # dictated, the item's number said as a word: "ba đánh giá kết quả tháng tám", "năm ý kiến thảo luận"
        n = int(m.group(1)) if m.group(1).isdigit() else _SPOKEN.index(m.group(1)) + 1
        return _Line(start, end, "arabic", s + m.end(), n)
    m = _BULLET.match(line)
    if m:
        return _Line(start, end, "bullet", s + m.end(), None)
    return _Line(start, end, "upper" if _is_upper(line) else "plain", s, None)


# ------------------------------------------------------------------------------------------- headings


@dataclass(frozen=True)
class _Heading:
    line: _Line
    kinds: tuple[tuple[str, int], ...]  # (kind, offset in text where the title names it); empty: container
    text: str
    body: int  # where the body after the heading starts
    inline: bool = False  # content follows the label on the heading line ("Kết luận: Đồng chí …")


def _match_title(folded: str, pos: int, end: int) -> tuple[list[str], int, int]:
    """Kinds whose heading cue starts the title at ``pos`` (after up to four prefix words)."""
    cues = _cues()
    for _ in range(5):
        kinds, stop = [], pos
        for kind, rx in cues.heading.items():
            m = rx.match(folded, pos, end)
            if m:
                kinds.append(kind)
                stop = max(stop, m.end())
        if kinds:
            return kinds, pos, stop
        m = cues.heading_prefix.match(folded, pos, end)
        if not m or m.end() == pos:
            break
        pos = m.end()
    return [], pos, pos


_CONJ = re.compile(r"(?:[,;&/+]|(?<![a-z])va(?![a-z])|[-–—](?=\s))\s*")


# what a heading written as a question asks about, besides the usual heading cues found anywhere in it
_QUESTION_CUES = [
    ("news", re.compile(r"(?<![a-z])tin\s+(?:gi|tuc)(?![a-z])")),
    ("hcm_study", re.compile(r"(?<![a-z])(?:hoc(?:\s+tap)?\s+va\s+)?lam\s+theo\s+bac(?![a-z])")),
    ("review", re.compile(r"(?<![a-z])thang\s+(?:qua|truoc)(?![a-z])")),
    ("plan", re.compile(r"(?<![a-z])(?:phai|se|can)\s+lam\s+gi(?![a-z])")),
    ("discussion", re.compile(r"(?<![a-z])y\s+kien\s+gi(?![a-z])")),
]


def _title_kinds(folded: str, start: int, end: int) -> tuple[tuple[str, int], ...]:
    """Every kind a heading title names: the one it starts with, then any after "và" / "," / ";"."""
    kinds, at, stop = _match_title(folded, start, end)
    if not kinds and folded[start:end].rstrip().endswith("?") and len(folded[start:end].split()) <= 14:
        # headings written as questions: "Trong nước, công ty có tin gì mới?", "Đảng viên học và làm theo Bác ra sao?"
        found = sorted((m.start(), kind) for kind, rx in [*_cues().heading.items(), *_QUESTION_CUES]
                       if (m := rx.search(folded, start, end)))
        named: list[tuple[str, int]] = []
        for at, kind in found:
            if all(kind != k for k, _ in named):
                named.append((kind, at))
        return tuple(named)
    if not kinds:
        # "3. Kiểm tra đảng viên có dấu hiệu vi phạm; tự phê bình và phê bình": a part named after a ";"
        # (a short title, not a list item's sentence "đ) Tự giác học tập …; tự phê bình và phê bình nghiêm túc.")
        # (or a ",": "D- TỔNG HỢP, KẾT LUẬN CỦA ĐỒNG CHÍ BÍ THƯ")
        semi = next((i for i in (folded.find(";", start, end), folded.find(",", start, end)) if i >= 0), -1)
        if semi < 0 or folded[start:end].rstrip().endswith(".") or len(folded[start:end].split()) > 16:
            return ()
        kinds, at, stop = _match_title(folded, len(folded[: semi + 1]) + len(folded[semi + 1 : end])
                                       - len(folded[semi + 1 : end].lstrip()), end)
        if not kinds:
            return ()
    named = [(k, at) for k in kinds]
    pos = stop
    while True:
        m = _CONJ.search(folded, pos, end)
        if not m:
            break
        more, at2, stop2 = _match_title(folded, m.end(), end)
        for k in more:
            if all(k != n for n, _ in named):
                named.append((k, at2))
        pos = max(stop2, m.end())
    return tuple(named)


def _heading_text(text: str, line: _Line, cue_at: int) -> str:
    """The heading as written: the whole line, or its first sentence / label when the line runs on."""
    s = text[line.start : line.end].strip()
    if s.endswith(("**", "__")):
        s = s.rstrip("*_ ")  # the closing mark of a heading typed in bold
    if len(s) <= 160:
        return s
    # "1. Về thông tin thời sự, đồng chí A thông tin …": the label up to its comma
    m = re.compile(r":|[.;,](?=\s)").search(text, cue_at, line.end)
    return text[line.start : m.end() if m else line.end].strip().rstrip(",")


_PART_MARKS = frozenset("*❖■#")
_COMMA = re.compile(r"\s*,\s+(?=\S)")
_HEADCOUNT = re.compile(r"[ \t]*\d{1,3}[ \t]*(?:/[ \t]*\d{1,3}[ \t]*)?(?:(?:dv|dang\s+vien|d/c|dong\s+chi)\b|\n|$)")


def _list_parent(text: str, line: _Line, next_line: _Line | None) -> bool:
    """A bulleted line over a list of another mark heads it, as records typed for a chat group do:
    "*Kết quả T12" over "- hỗ trợ 6 hộ …", or "- Nhiệm vụ tháng 9" over "+ tiếp tục …"."""
    if next_line is None:
        return False
    mark, below = text[line.start], text[next_line.start]
    if next_line.style == "bullet":
        return below != mark
    return mark in _PART_MARKS


def _heading_comma(folded: str, kind: str, start: int, end: int) -> int | None:
    """Where the content starts after a kind's cue and a comma opening a line ("Kết luận, đồng chí A …")."""
    m = _cues().heading[kind].match(folded, start, end)
    comma = _COMMA.match(folded, m.end(), end) if m else None
    return comma.end() if comma else None


# a label of a word or two closed by a full stop, a sentence after it ("Tin tức. Đ/c Khoa đọc báo Nam Định.")
_PERIOD_LABEL = re.compile(r"([^\W\d_][^.:;,()\d]{1,20}?)\.[ \t]+(?=[^\W\d_])")


def _read_heading(text: str, folded: str, line: _Line, next_line: _Line | None, caps: bool = False,
                  lower: bool = False) -> _Heading | None:
    """A kind or container heading on this line, or None when the line is body text."""
    title_end = line.end
    title_text = text[line.title : line.end].strip()
    body = line.end + 1
    if line.style == "phan" and not title_text and next_line is not None:
        # "PHẦN THỨ NHẤT" with its title on the next line
        title_end, body = next_line.end, next_line.end + 1
        title_text = text[next_line.title : next_line.end].strip()
        tstart = next_line.title
    else:
        tstart = line.title
    if not title_text:
        return None
    words = len(title_text.split())
    colon, sep = title_text.find(":"), ":"
    if (colon < 0 and (short := _PERIOD_LABEL.match(title_text)) is not None
            and not _SPOKEN_NUMBER.match(_fold(short.group(1)) + " ")):  # (not "Một. Đánh giá …", a dictated number)
        # a label closed by a full stop, its content after it: "Tin tức. Đ/c Khoa đọc báo …", "Văn bản. Đọc …"
        colon, sep = short.end(1), "."
    # only the label names kinds: not the content after "Thông tin thời sự: …; kết quả …"
    label_end = tstart + (text[tstart:title_end].find(sep) + 1 if colon > 0 else min(title_end - tstart, 120))
    cell = text.find("\t", tstart, title_end) if line.style == "clock" else -1
    if cell > 0:  # a programme's row: its first cell names the part, the others (who, what was said) are its body
        label_end = min(label_end, cell)
    kinds = _title_kinds(folded, tstart, label_end)
    if (kinds and kinds[0][0] == "news" and colon > 0 and len(title_text[:colon].strip()) <= 3
            and re.match(r"\s*\d", title_text[colon + 1 :])):
        return None  # a count under its shorthand, "TS: 10, CM: 10, V: 0" (tổng số), not "TS:" (thời sự) heading a part
    label_words = len(title_text[:colon].split()) if colon > 0 else words
    ends_sentence = title_text.rstrip()[-1:] in ".;,"
    if kinds:
        first_cue = kinds[0][1]
        parent = (words <= (14 if text[line.start] in _PART_MARKS else 8) and not ends_sentence
                  and _list_parent(text, line, next_line))
        if line.style == "bullet" and not ((_is_upper(title_text) and not caps) or (colon > 0 and label_words <= 16)
                                           or parent):
            return None  # a short list item ("- Đánh giá kết quả bầu cử") is body text
        if line.style == "plain":
            # a lower-case line is a label only when the cue opens it: "đánh giá tháng 8: …"
            lower_label = colon > 0 and label_words <= 6 and first_cue == tstart
            if not text[tstart].isupper() and not lower_label and not (lower and first_cue == tstart):
                return None
            short = (words <= 14 and not ends_sentence) or (title_text.endswith(":") and words <= 18)
            # (a form's long label when the cue opens it: "Văn bản cấp trên được phổ biến, quán triệt: …")
            if not (short or (colon > 0 and label_words <= (10 if first_cue == tstart else 8))):
                return None
            if colon > 0 and first_cue > tstart + colon:
                return None
            if colon > 0 and len(title_text[colon + 1 :].split()) >= 2 and first_cue != tstart:
                return None  # "Chi bộ biểu quyết thông qua: 15/15 …" is a sentence, not a label
        if line.style in ("upper", "plain", "bullet") and colon > 0 and first_cue > tstart + colon:
            return None
        if title_end != line.end:
            heading = text[line.start : title_end].strip()
        else:
            heading = _heading_text(text, line, first_cue)
        inline = colon > 0 and len(title_text[colon + 1 :].split()) >= 2
        if colon > 0 and kinds[0][0] == "news" and _HEADCOUNT.match(folded, tstart + colon + 1):
            return None  # "TS: 38 ĐV, có mặt 35", "- TS: 24": the total of members, no part
        cue = _heading_comma(folded, kinds[0][0], tstart, title_end) if line.style == "plain" else None
        if cue is not None and first_cue == tstart and not inline:
            # "Kết luận, đồng chí A giao nhiệm vụ tháng 4:" — the cue is the label, what follows the comma the
            # content, read as after "Kết luận:"
            return _Heading(line, kinds, text[line.start : cue].strip().rstrip(","), cue, True)
        if colon < 0 and title_end == line.end and words > 2 * _RUN_ON // 3:
            # a numbered line run on through several sentences, dictated ("1. thông tin thời sự đồng chí A thông
            # tin …. Đồng chí A phổ biến Kế hoạch số 45 …"): the sentences after the first are read as a body
            brk = re.compile(r"[.!?]\s+(?=\S)").search(text, tstart, title_end)
            if brk:
                body = brk.end()
        if inline and title_end == line.end:
            body = tstart + text[tstart:title_end].find(sep) + 1  # the content after the label is read too
        if title_end == line.end and colon > 0 and (inline or line.style in ("plain", "bullet")):
            heading = text[line.start : tstart + colon + 1].strip()  # the label, not the content after it
        if cell > 0 and text[cell:title_end].strip():
            return _Heading(line, kinds, text[line.start : cell].strip(), cell + 1, True)
        return _Heading(line, kinds, heading, body, inline)
    # containers: only real outline headings, never list items or sentences (nor a programme's other rows)
    if line.style in ("bullet", "plain", "clock") or ends_sentence or len(title_text) > 100:
        return None
    if colon > 0 and len(title_text[colon + 1 :].split()) >= 2:
        return None  # "1. Đồng chí A: đề nghị …" is a list item
    if line.style == "upper" and not _CONTAINER.match(folded, tstart):
        return None
    return _Heading(line, (), text[line.start : title_end].strip(), body)


# ------------------------------------------------------------------------------------------ sentences

_SENT_END = re.compile(r"[.!?…]+[\"”’')]*[ ]+|\n")  # not ";": it separates items of one sentence
_LEAD = re.compile(
    r"[\s\-–—•+*·▪►◦❖➢✓→>=]*(?:[a-z][.)]\s+|\d{1,2}\s*[.)\-–/:]\s*|[ivx]{1,4}\s*[.)\-–:/]\s*|\(\d{1,2}\)\s*)?"
    # a part counted in words: "Thứ nhứt là thông tin thời sự, …", "Thứ ba là đánh giá tháng 3: …"
    r"(?:thu\s+(?:nhat|nhut|nhi|hai|ba|tu|nam|sau|bay|tam|chin|muoi)(?:\s+la)?[\s,:]+)?"
    # ("Sang phần thông tin thời sự, đồng chí A …", "Chuyển qua phần thứ hai là đánh giá …": the part named)
    # (dictated: "sang đến phần thông tin thời sự đồng chí A …")
    r"(?:(?:(?:chuyen|buoc|tiep|di)\s+(?:sang|qua|den|toi)(?:\s+phan)?|(?:sang|qua)\s+(?:den|toi)\s+phan"
    r"|(?:sang|qua|den|toi|o|trong|tai)\s+phan)"
    r"(?:\s+thu\s+[a-z]+|\s+viec)?(?:\s+la)?[\s,:]+)?"  # ("Chuyển sang việc kiểm điểm kết quả …")
    r"(?:(?:ve\s+viec|ve|noi dung|tt)\s+)?"  # ("TT thời sự: …", thông tin typed short; "Về việc học tập …")
    # (a filler said first: "Dạ đồng chí Hậu tuyên bố lý do …")
    r"(?:(?:da|o|u|vang)[\s,]+(?=dong\s+chi|d\s*/\s*c|chi\s+bo|tiep|sau|ve|phan))?")
_ITEM_START = re.compile(r"[a-zđ][.)]\s")  # a lettered list item
# a line typed in lower case on a phone that still opens a part: the tally of a vote, the end of the meeting
# ("biểu quyết 11/11 nhất trí", "kết thúc 20h45. tk đọc lại bb") — never the wrapped tail of the line before
# (or with what was adopted between: "chi bộ biểu quyết thông qua nghị quyết tháng 11: 16/16 đ/c nhất trí")
_LOWER_OPENER = re.compile(r"(?:chi bộ )?(?:biểu quyết|bq)\b(?:[ :]*|[^\n.]{0,50}?: ?)"
                           r"(?:\d{1,3}\s*/\s*\d{1,3}|\d{1,3}\s*%|100\b|nhất trí|tán thành)"
                           r"|kết thúc\b(?: (?:lúc|vào|hồi))? ?\d{1,2} ?(?:h|g|giờ)")
_MARKER_ONLY = re.compile(r"\s*(?:[a-zA-ZđĐ]|\d{1,2}|[IVX]{1,4})[.)]?")


# academic and professional titles written before names ("PGS.TS.", "ThS.", "BS.CKII", "KS.")
_TITLE_END = re.compile(r"(?<![^\s.(])(?:GS|PGS|TS|TSKH|ThS|Ths|BS|BSCKI|BSCKII|CKI|CKII|KS|CN|DS|NCS|LS)$")
_TITLE_LEAD = re.compile(r"(?:(?:GS|PGS|TS|TSKH|ThS|Ths|BS|CKI|CKII|KS|CN|DS|NCS|LS)\.?\s*)+")


# a military or police rank before the name: "Đại úy Nguyễn Thanh Phong, Phó Đội trưởng, trình bày …"
_RANK_LEAD = re.compile(r"(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:úy|uý|tá|tướng)|(?:Hạ|Trung|Thượng)\s+sĩ)\s+")


def _named_subject(prefix: str) -> bool:
    """"TS. Đinh Văn Lộc, Phó Bí thư Chi bộ, " — a titled or capitalised name, perhaps with its function."""
    p = prefix.strip()
    m = _TITLE_LEAD.match(p) or _RANK_LEAD.match(p)
    titled = bool(m and m.end())
    p = p[m.end() :] if m else p
    name, _, rest = p.partition(",")
    words = name.split()
    if not (2 <= len(words) <= 5 and all(w[:1].isupper() for w in words)):
        return False
    if not titled and not rest:
        return False  # "Trường Tiểu học Kim Đồng …" is no speaker; a name needs a title or a function
    if rest:
        if "," not in rest:  # "Nguyễn Thanh Phong, Phó Đội trưởng" and the verb
            return 1 <= len(rest.split()) <= 8
        role, _, tail = rest.rpartition(",")
        # (acting for a body: "Lê Văn Hiếu, Phó Bí thư Chi bộ, thay mặt chi ủy" and the verb)
        # (or described: "Phó Chính trị viên Đại đội, người được chi ủy phân công chuẩn bị từ đầu tháng,")
        limit = 20 if re.search(r",\s*người (?:được|đã)\s", role) else 10
        return 1 <= len(role.split()) <= limit and (len(tail.split()) <= 1 or bool(_ON_BEHALF.fullmatch(tail.strip())))
    return True


_ON_BEHALF = re.compile(r"(?i)(?:thay mặt|đại diện)(?: [^\W\d_]+){1,4}")


@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int
    para: bool  # starts a line
    item: bool  # that line is a list item


def _sentences(text: str, start: int, end: int) -> list[_Sentence]:
    """Sentences of text[start:end]; a line break ends one unless the next line goes on in lower case."""
    out: list[_Sentence] = []
    pos, para = start, True
    for m in _SENT_END.finditer(text, start, end):
        if m.group() == "\n":
            indent = re.match(r"[ \t]*", text[m.end() : m.end() + 12]).end()  # (a quoted or indented block's lines)
            nxt = text[m.end() + indent : m.end() + indent + 1]
            prev = text[max(start, m.start() - 1) : m.start()]
            line_len = m.start() - text.rfind("\n", 0, m.start()) - 1
            at = m.end() + indent
            if (nxt.islower() and prev and prev not in ".:;!?" and not _ITEM_START.match(text, at)
                    and not _LOWER_OPENER.match(text, at) and line_len <= 140 and not unpunctuated(text)):
                # a wrapped line (not "a) Đ/c …", an item under a heading line; nor after a paragraph typed on
                # a phone as one long line, which no page wraps)
                continue
        if m.group() != "\n" and _MARKER_ONLY.fullmatch(text, pos, m.start() + 1):
            continue  # "2. Đồng chí …": the period ends a list marker, not a sentence
        if m.group()[0] == "." and _TITLE_END.search(text, max(pos, m.start() - 12), m.start()):
            continue  # "TS. Đinh Văn Lộc": the period ends an academic title
        if m.start() > pos:
            out.append(_sentence(text, pos, m.start(), para))
        para = m.group() == "\n"
        pos = m.end()
    if pos < end and text[pos:end].strip():
        out.append(_sentence(text, pos, end, para))
    return [s for s in out if s.end > s.start]


def _sentence(text: str, start: int, end: int, para: bool) -> _Sentence:
    while start < end and text[start].isspace():
        start += 1
    item = para and bool(re.match(r"[\-–—•+*·▪►◦❖➢✓→]|[a-zđ]\)|\d{1,2}\s*[.)\-–/]", text[start:end]))
    return _Sentence(start, end, para, item)


# "chi bộ đi vào đánh giá …", "chuyển sang thảo luận": a move to the next part, not a blocker's "vào"/"sang"
_TRANSITION = re.compile(r"(?<!\w)(?:đi|bước|chuyển|tiến) (?:vào|sang|qua)(?!\w)")


_GAP = re.compile(r"[\s,]*")
# the person opening a part by speaking of it: "Kế đó chị Thủy nhắc việc học tập và làm theo Bác …", "anh Ba nêu
# việc …" (the words "nhắc", "việc" block a mere mention elsewhere: "đề nghị nhắc nhở việc …")
_SPOKE_OF = re.compile(r"\s*(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][^\W\d_]*\s+){0,4}(?:nhắc(?: lại)?|nêu(?: lại)?|điểm lại|nói về)"
                       r"\s+việc\s*")
_TOPIC_NAMED = re.compile(r"(?:sinh\s+hoat\s+|sh\s+)?chuyen\s+de(?:\s+(?:quy|thang|nam)\s+[a-z0-9/]+)*\s*[,:.]")
_BASIS = re.compile(r"(?:thuc\s+hien|can\s+cu|theo|tren\s+co\s+so)\s")


def _classify(text: str, folded: str, sent: _Sentence) -> str | None:
    """The kind a sentence opens: the first content cue preceded only by a short subject."""
    cues = _cues()
    lead = _LEAD.match(folded, sent.start, sent.end)
    begin = lead.end() if lead else sent.start
    if (lead and re.search(r"\bphan\b", lead.group()) and _TOPIC_NAMED.match(folded, begin, sent.end)
            and not _not_done(text, folded, sent.start, sent.end)):
        return "topic"  # "Sang phần chuyên đề, đ/c A, Phó Bí thư trình bày": the part named on moving to it
    starts = [begin]
    m = cues.clause.match(folded, begin, sent.end)
    if m and folded.startswith("sau khi", begin) and dict(cues.content)["opening"].search(folded, begin, m.end()):
        # "Sau khi đồng chí Bí thư nói rõ lý do buổi sinh hoạt, …, đồng chí A điểm lại những tin tức …": the
        # opening told as what came first (the next part is its clause's)
        return "opening"
    if m:
        starts.insert(0, m.end())  # the main clause first: "Kết thúc buổi sinh hoạt, đồng chí chủ trì kết luận"
        if _BASIS.match(folded, begin) and not dict(cues.content)["hcm_study"].match(folded, begin, m.end()):
            # "Thực hiện Chỉ thị 05-CT/TW …, chi bộ tổ chức sinh hoạt chuyên đề": the basis is no act of its own
            # (but "Thực hiện Chỉ thị 05-CT/TW, đồng chí A giới thiệu tấm gương …" heads the regular study)
            starts = starts[:1]
    turn = _TURN.match(folded, begin, sent.end)
    if turn and all(w[:1].isupper() for w in text[turn.start("name") : turn.end("name")].split()):
        # minutes written as dialogue: "Đ/c Tuyền: Tôi xin phổ biến luôn: Nghị quyết …" — what is said counts
        starts.insert(0, turn.end())
    for origin in starts:
        hits = []
        for kind, rx in cues.content:
            for m in rx.finditer(folded, origin, min(sent.end, origin + 200)):
                # (at one place the longer cue tells more: "Kết luận của chủ trì và nghị quyết tháng 01 được chi bộ
                # biểu quyết …" is the vote)
                hits.append((m.start(), -len(m.group()), kind))
                break
        for at, _length, kind in sorted(hits):
            prefix = text[origin:at]
            subject = cues.subjects.match(folded, origin, at)
            while subject and (more := cues.subjects.match(folded, _GAP.match(folded, subject.end()).end(), at)):
                subject = more  # "Tiếp theo, đ/c A …", "Sau đó đồng chí B …": the person after the move on
            # a person named with the offices they hold takes more words: "đồng chí Đinh Công Tráng, chi ủy
            # viên, trưởng ban công tác mặt trận thôn trình bày chuyên đề"
            named = subject is not None and text[subject.end() : subject.end() + 2].strip()[:1].isupper()
            # (and their office set off by commas counts for nothing: "Đồng chí A, công chức Văn phòng - Thống kê,
            # được chi bộ phân công chuẩn bị chuyên đề, trình bày báo cáo đề dẫn")
            core = re.sub(r",[^,:;()]{3,60}(?=,)", "", prefix) if named else prefix
            if ":" in prefix or len(core.split()) > cues.max_words + (6 if named else 0):
                continue
            if prefix.strip() and not subject and not _named_subject(prefix):
                continue
            # the subject itself may hold a blocker word: "Tiếp theo đồng chí Duyên thông tin thời sự" (not the
            # office set off by commas: "đồng chí Quân, đảng viên trẻ của chi bộ, trình bày chuyên đề")
            between = core[len(text[origin : subject.end()]):] if subject and named else text[
                subject.end() if subject else origin : at]
            if named:  # an office typed without commas: "đồng chí A chi ủy viên công an viên của thôn trình bày …"
                between = _OF_UNIT.sub(" ", between)
            if cues.blockers.search(_TRANSITION.sub(" ", fold_key(between))) and not (
                    subject and _SPOKE_OF.fullmatch(between)):
                continue
            if (kind == "vote" and _AFTER_AGENDA.search(folded, max(0, sent.start - 160), sent.start)
                    and not re.search(r"nghi\s+quyet|ket\s+luan|bieu\s+quyet", folded[sent.start : sent.end])):
                continue  # "… thông qua chương trình. Chi bộ thống nhất 100%.": the agenda adopted, no vote
            if kind == "vote" and _AGENDA_VOTE.search(folded, sent.start, sent.end) and not re.search(
                    r"nghi\s+quyet|ket\s+luan", folded[sent.start : sent.end]):
                continue  # "Chi bộ biểu quyết thông qua chương trình: 09/09 đồng chí nhất trí."
            line_end = folded.find("\n", sent.end)
            if _not_done(text, folded, sent.start, len(folded) if line_end < 0 else line_end):
                # "… được phân công trình bày chuyên đề, nhưng bị bệnh … Vì vậy chuyên đề chưa được trình bày"
                return None
            return kind
    return None


def _not_done(text: str, folded: str, start: int, end: int) -> bool:
    """Whether the span says a part did not take place ("chuyên đề chưa được trình bày", "hoãn trình bày").

    Cues match folded text, so that words typed without marks count; words typed with marks must be the cue's
    own: "đại đội trình bày chuyên đề" is no "dời trình bày"."""
    cues = _cues()
    for m in cues.not_done.finditer(folded, start, end):
        span = text[m.start() : m.end()]
        if strip_marks(span) == span or cues.not_done_marked.fullmatch(fold_key(span)):
            return True
    return False


# the agenda listed inside a sentence, to the end of its clause: "thông qua chương trình sinh hoạt gồm thông tin
# thời sự, …, phương hướng nhiệm vụ tháng 5 và thảo luận, chi bộ nhất trí với chương trình;"
# (not "… thông qua chương trình, rồi nói qua một số tin thời sự: …", the next act)
_AGENDA_LIST = re.compile(r"chuong\s+trinh(?:(?!,\s*(?:roi|sau\s+do|tiep\s+do|tiep\s+theo)\s)[^.;:\n]){0,40}?"
                          r"(?:\s(?:gom|bao\s+gom|co\s+cac\s+noi\s+dung)\s|:)")
_AGENDA_LIST_END = re.compile(r"[.;\n]|,\s*(?:chi\s+bo|dang\s+vien|cac\s+dong\s+chi|hoi\s+nghi)\s+(?:da\s+)?"
                              r"(?:bieu\s+thi\s+)?(?:thong\s+nhat|nhat\s+tri|dong\s+y|tan\s+thanh)"
                              r"|,?\s(?:sau\s+do|tiep\s+do|tiep\s+theo|roi)\s|$"
                              # (a member named next acts: "… chương trình gồm bốn phần việc, đồng chí A điểm lại …")
                              r"|,\s*(?:dong\s+chi|d\s*/\s*c)\s")
# (one listed after ":" runs to the sentence's end: _AGENDA_END)
_STATES = re.compile(r"(?:neu|giao|de ra|thong nhat|xac dinh|chi ra|dinh huong)\s*")
_RUN_ON = 120  # words: a sentence this long runs on through several parts of the meeting


_OF_UNIT = re.compile(r"\s(?:của|thuộc)\s+(?:thôn|xã|phường|ấp|bản|làng|xóm|khu phố|tổ|chi bộ|trường|công ty|đơn vị|"
                      r"cơ quan|huyện|tỉnh|thị trấn|hợp tác xã)\b", re.IGNORECASE)
# (a comma or ";" with the word that moves on: "…; tiếp đó quán triệt …", "…, sau đó đ/c Bí thư quán triệt …")
_CLAUSE_BREAK = re.compile(r"[,;]\s*(?:(?:sau\s+do|tiep\s+do|tiep\s+theo|roi|va)\s+)?"
                           r"|\s(?:va|roi|thi|sau do|tiep do)\s+")
_VERB_BREAK = re.compile(r"[,;]?\s*(?:va|roi|thi|sau do|tiep do|tiep theo)\s+")
_NEXT_BREAK = re.compile(r".*(?:sau\s+do|tiep\s+do|tiep\s+theo|roi|thi)\s+")


# a document named by its number right after the cue: "phổ biến quy định 69", "quán triệt Nghị quyết số 21"
_DOCUMENT_NAMED = re.compile(r"\s*(?:(?:noi\s+dung|toan\s+van|tom\s+tat)\s+)?(?:(?:nghi\s+quyet|chi\s+thi|ket\s+luan"
                             r"|quy\s+dinh|huong\s+dan|nghi\s+dinh|thong\s+tu|luat|dieu\s+le)\s+)?(?:so\s+)?\d")


_MOVE_ON = re.compile(r"(?:di|chuyen|buoc)(?:\s+ngay)?\s+(?:vao|sang|qua)(?:\s+phan)?\s+")


def _clause_kinds(text: str, folded: str, sent: _Sentence, kind: str | None,
                  allowed: frozenset[str] = frozenset(), semis: bool = False) -> list[tuple[int, str]]:
    """Later kinds that clauses of one sentence open ("… kết luận và chi bộ biểu quyết 19/19 nhất trí").

    A clause opens a part when it starts right after ",", ";" or "và" with an actor ("Chi bộ …",
    "được …"), or right after "và" with its cue ("… và bàn phương hướng …"), and its kind comes later
    than the sentence's or is one the enclosing heading ``allowed`` ("Đ/c chủ trì kết luận, chi bộ thống
    nhất nhiệm vụ tháng 4 như sau: …" under "3. Kết luận").
    """
    cues = _cues()
    out: list[tuple[int, str]] = []
    cur = kind
    agendas = []
    for m in _AGENDA_LIST.finditer(folded, sent.start, sent.end):
        stop = (_AGENDA_END if m.group().endswith(":") else _AGENDA_LIST_END).search(folded, m.end(), sent.end)
        agendas.append((m.start(), stop.start() if stop else sent.end))
    for br in _CLAUSE_BREAK.finditer(folded, sent.start, sent.end):
        begin = br.end()
        if begin >= sent.end:
            break
        moved = _MOVE_ON.match(folded, begin)  # "…, chi bộ nhất trí, rồi đi ngay vào đánh giá kết quả tháng 01: …"
        begin = moved.end() if moved else begin
        # (in the opening's own sentence, after "," only a member named as the one who acts: "…, sau khi chi bộ
        # nhất trí với chương trình, đồng chí Phó Bí thư Nguyễn Văn A điểm qua tình hình thời sự")
        loose = not semis or br.group().startswith(";") or bool(_NEXT_BREAK.fullmatch(br.group()))
        if any(a < begin < b for a, b in agendas):
            continue  # an item of the agenda being adopted: "… thông qua chương trình gồm thông tin thời sự, …"
        hits = []
        for k, rx in cues.content:
            if cur is not None and _RANK[k] <= _RANK[cur] and (k not in allowed or k == cur):
                continue
            # (room for a member named with a rank and two offices: "…, rồi mời đồng chí Thượng úy A, Phó Bí thư Chi
            # bộ, Đại đội trưởng, trình bày báo cáo chuyên đề", or described: "…, người được chi ủy phân công chuẩn
            # bị từ đầu tháng, trình bày …")
            m = rx.search(folded, begin, min(sent.end, begin + 170))
            if m and not _spans_break(rx, folded, sent.start, br.start(), m.start()):
                hits.append((m.start(), -len(m.group()), k, m.end()))  # (the longer cue at one place)
        for at, _length, k, cue_end in sorted(hits):
            prefix = text[begin:at]
            actor = cues.actors.match(folded, begin, at)
            # "đồng chí Trần Ngọc Sang, Phó Bí thư Chi bộ, trình bày chuyên đề": a name with its function
            named = bool(actor) and ":" not in prefix and ";" not in prefix and (
                _named_subject(text[actor.end() : at])
                # "đồng chí Phó Bí thư Nguyễn Văn Tuấn thông tin …": a function and a name, no commas
                or ("," not in prefix and len(prefix.split()) <= 9 and text[actor.end() : at].strip()[:1].isupper()
                    and prefix.split()[-1][:1].isupper()))
            if ((":" in prefix or ";" in prefix or "," in prefix) or not loose) and not named:
                continue
            # "… kết luận, giao nhiệm vụ tháng 12: …": the conclusion's own clause may state the plan
            # (or right after ";" that ends the clause before: "…, chi bộ nhất trí; đánh giá kết quả tháng 11 …")
            # (the chair's own verb may come first: "… kết luận, ghi nhận các ý kiến và nêu nhiệm vụ tháng 3: …")
            if k in allowed and _STATES.fullmatch(_fold(prefix).strip()):
                prefix = ""
            # (the speaker goes on to a document: "… thông tin thời sự …, phổ biến quy định 69 của Bộ Chính trị")
            verb = not prefix.strip() and (_VERB_BREAK.fullmatch(br.group()) or k in allowed or bool(moved)
                                           or (k == "dissemination" and _DOCUMENT_NAMED.match(folded, cue_end))
                                           or (br.group().startswith(";") and not semis
                                               and not _BARE_ITEM.match(folded, cue_end, sent.end)))
            if not (actor or verb) or (len(prefix.split()) > 6 and not named) or cues.blockers.search(fold_key(prefix)):
                continue
            if (k == "vote" and re.search(r"bien\s+ban", folded[sent.start : begin])
                    and not re.match(r"(?:nghi\s+quyet|ket\s+luan)\b", folded[at:cue_end])):
                continue  # "Thư ký đọc lại biên bản, chi bộ thống nhất thông qua": the minutes adopted, no vote
            if k == "vote" and re.search(r"chuong\s+trinh", folded[max(sent.start, begin - 80) : begin]):
                continue  # "… thông qua nội dung, chương trình sinh hoạt, chi bộ nhất trí 100%": the agenda adopted
            if k == "vote" and re.match(r"[^.;,:\n]{0,45}?chuong\s+trinh", folded[at : cue_end + 50]):
                continue  # "… và được toàn thể chi bộ giơ tay nhất trí thông qua chương trình …": the agenda adopted
            if _not_done(text, folded, begin, sent.end):
                continue  # "…, chi bộ thống nhất phần đánh giá kết quả tháng 7 sẽ lồng ghép vào kỳ sinh hoạt tháng 9"
            out.append((begin, k))
            cur = k
            break
    return out


def _spans_break(rx: re.Pattern[str], folded: str, start: int, brk: int, at: int) -> bool:
    """Whether a cue of the same kind runs across the break into the clause's hit: "về học tập và làm
    theo tấm gương …" is one phrase ("học tập và làm theo"), not a clause "và làm theo tấm gương" of its own."""
    for m in rx.finditer(folded, max(start, brk - 40), at + 80):
        if m.start() < brk < m.end():
            return True
    return False


# A speaker's turn in minutes written as dialogue, and the first person who opens what is said.
_TURN = re.compile(r"(?:dong\s+chi|d\s*/\s*c|dc|d\.c)\s+(?P<name>[^:\n,(]{2,40}?)(?:\s*\([^)\n]{0,40}\))?\s*:\s*"
                   r"(?:(?:toi|chung\s+toi|em)\s+(?:xin\s+)?|(?:xin\s+)?moi\s+(?:dong\s+chi|d\s*/\s*c)\s+\S+\s+)?")


_BEFORE_SPEAKERS = frozenset({"review", "hcm_study", "criticism", "plan", "topic"})
_SPEAKER = re.compile(r"(?:dong chi|d\s*/\s*c|dc|d\.c)\s+(?P<name>[^:\n]{2,70}?):(?P<said>[^\n]{0,80})")
_OPINION = re.compile(
    r"(?<![a-z])(?:de nghi|nhat tri|thong nhat|cho rang|gop y|y kien|dong y|tan thanh|kien nghi|bo sung|"
    r"tu phe binh|de xuat|phat bieu|neu|ban khoan|bay to|tham gia)(?![a-z])")


_TURN_VERBS = frozenset({"hoi", "loi", "neu", "noi"})  # "hỏi", "trả lời", "nêu", "nói" before the colon
_SPEAKER_VERB = re.compile(
    r"(?:dong chi|d\s*/\s*c|dc|d\.c)\s+(?P<name>(?:[^\W\d_]+\s+){1,4}?[^\W\d_]+)\s+"
    r"(?:de nghi|de xuat|kien nghi|gop y|phat bieu|neu y kien|y kien|bay to|dong y|nhat tri|tan thanh)(?![a-z])")


def _is_speaker(text: str, folded: str, sent: _Sentence) -> bool:
    """"Đồng chí Ngô Văn Sáu: đề nghị …", or as a list item "- Đ/c Lý Văn Mười đề nghị …"."""
    lead = _LEAD.match(folded, sent.start, sent.end)
    begin = lead.end() if lead else sent.start
    m = _SPEAKER.match(folded, begin, sent.end)
    if not m and sent.item:
        v = _SPEAKER_VERB.match(folded, begin, sent.end)
        return bool(v) and all(w[:1].isupper() for w in text[v.start("name") : v.end("name")].split())
    if not m:
        return False
    name = text[m.start("name") : m.end("name")].split("(")[0].split()
    asks = False
    while name and _fold(name[-1]) in _TURN_VERBS:  # "Đ/c Tám hỏi: …", "Đ/c Dũng trả lời: …"
        asks = asks or _fold(name[-1]) == "hoi"
        name = name[:-1]
        if name and _fold(name[-1]) == "tra":
            name = name[:-1]
    is_name = 1 <= len(name) <= 6 and all(w[:1].isupper() for w in name)
    return is_name and (asks or bool(_OPINION.search(m.group("said"))))


def _in_run_on(folded: str, at: int) -> bool:
    """Whether ``at`` lies in a paragraph of many sentences run on (voice-typed records have no line breaks)."""
    start = folded.rfind("\n", 0, at) + 1
    end = folded.find("\n", at)
    return len(folded[start : len(folded) if end < 0 else end].split()) > 2 * _RUN_ON


_BLANK_BEFORE = re.compile(r"\n[ \t]*\n[ \t]*$")
_SAYS = re.compile(r"(?i:đồng chí|đ/c|anh|chị)\s+(?:[A-ZĐÀ-Ỹ][^\W\d_]*\s+){1,5}nói(?:\s+là|\s+rằng|:)?\s")


def _bare(folded: str, sent: _Sentence, kind: str) -> bool:
    """Whether the sentence (a list item) starts with the kind's cue, no subject before it."""
    lead = _LEAD.match(folded, sent.start, sent.end)
    rx = dict(_cues().content)[kind]
    return rx.match(folded, lead.end() if lead else sent.start, sent.end) is not None


def _split(text: str, folded: str, start: int, end: int, kind: str | None, *, heading_kind: str | None,
           named: tuple[str, ...] = (), skip: list[tuple[int, int]] | None = None) -> list[tuple[int, str | None]]:
    """Cut points (offset, kind) inside text[start:end], continuing from ``kind``."""
    cues = _cues()
    cuts: list[tuple[int, str | None]] = []
    cur = kind
    for sent in _sentences(text, start, end):
        if skip and any(a <= sent.start < b for a, b in skip):
            continue  # an item of the agenda being adopted
        new = _classify(text, folded, sent)
        if new is not None and cur == "discussion" and _SAYS.match(text, sent.start, sent.end):
            new = None  # a member's turn told as speech: "đồng chí Ngô Thị Thảo nói sắp tới triển khai Chỉ thị 35 …"
        if new is None and sent.para and cur in _BEFORE_SPEAKERS and _is_speaker(text, folded, sent):
            new = "discussion"  # members speaking in turn, with no "thảo luận" line before them
        elif new == "hcm_study" and heading_kind == "review" and sent.item and not _bare(folded, sent, new):
            # under "III. Đánh giá …", "- Đảng viên thực hiện Chỉ thị 05 với việc làm cụ thể …" is a result
            # reported, an item of the review; "- Học tập và làm theo …: …" would open the study
            new = None
        if new is not None and new != cur:
            if heading_kind is not None:
                ok = (cur is None or _RANK[new] > _RANK[cur] or new in cues.contains.get(heading_kind, ())
                      or new in named)
                # the chair's conclusion in a paragraph of its own after the vote, under the vote's heading
                # ("IV. BIỂU QUYẾT" … "Đ/c A kết luận: …" after a blank line)
                ok = ok or (new == "conclusion" and cur == "vote" and sent.para and not sent.item
                            and folded[max(0, sent.start - 2) : sent.start].count("\n") == 2)
                # a paragraph of its own that opens with another part's cue: "Phương hướng tháng 7 …" after a
                # blank line under "Ý kiến đảng viên"
                # (or, after the regular parts of a combined session, "Sau phần thường kỳ, chi bộ chuyển sang sinh
                # hoạt chuyên đề quý II." with its subject before the cue)
                ok = ok or (new != "discussion" and sent.para and not sent.item
                            and (_bare(folded, sent, new) or new == "topic")
                            and _BLANK_BEFORE.search(folded[max(0, sent.start - 40) : sent.start]) is not None)
            else:
                ok = cur is None or _RANK[new] > _RANK[cur] or (sent.para and not sent.item)
                # a record told as one long paragraph: a sentence that opens a part ("Phương hướng nhiệm vụ tháng
                # tám …" after the discussion, "Tiếp đó đồng chí A thông tin thời sự: …" after the review) opens it
                # as a line would
                ok = ok or (new != "discussion" and _in_run_on(folded, sent.start))
                # what the part told holds: "Đồng chí A kết luận, tiếp thu ý kiến. Nhiệm vụ tháng 9 gồm: …"
                ok = ok or (cur is not None and new in cues.contains.get(cur, ()))
            if ok:
                cuts.append((sent.start, new))
                cur = new
        if cur is not None:
            # (in the opening's own sentence only after a ";", unless it runs on through the meeting: a record
            # of one paragraph)
            semis = cur == "opening" and len(folded[sent.start : sent.end].split()) < _RUN_ON
            allowed = cues.contains.get(heading_kind or "", frozenset()) | cues.contains.get(cur, frozenset())
            for at, k in _clause_kinds(text, folded, sent, cur, allowed, semis):
                cuts.append((at, k))
                cur = k
    return cuts


# ------------------------------------------------------------------------------------------ assembly


def _facts_start(text: str, folded: str, lines: list[_Line]) -> int | None:
    cues = _cues()
    for line in lines[:80]:
        if cues.facts.match(folded, line.title, line.end):
            # the facts open the record; a role line far down ("THƯ KÝ   CHỦ TRÌ") is the signature block
            return line.start if line.start < len(text) // 2 else None
    return None


def _after_title(text: str, folded: str) -> int:
    """Where the record begins when no facts line opens it: after the BIÊN BẢN title and its subtitle lines in
    capitals or brackets ("SINH HOẠT CHUYÊN ĐỀ QUÝ II NĂM 2023" is the title's, not a heading), else 0."""
    title = TITLE.search(folded, 0, 1500)
    if title is None:
        return 0
    end = folded.find("\n", title.end())
    while end >= 0:
        nxt = folded.find("\n", end + 1)
        line = text[end + 1 : nxt if nxt >= 0 else len(text)].strip()
        if not line or not (line.isupper() or line.startswith("(")):
            break
        end = nxt
    return len(text) if end < 0 else end + 1


def _signature_start(text: str, folded: str, lines: list[_Line], after: int) -> int | None:
    """Where the signature block begins: the first of the trailing role lines (THƯ KÝ, CHỦ TRÌ …)."""
    cues = _cues()
    found = None
    prose = 0  # long lines after any signature: a block this far up is the head's "Thư ký Hoàng Thị Thùy"
    for line in reversed(lines):
        if line.start < after or prose > 8:
            break
        s = text[line.title : line.end].strip()
        if not s:
            continue
        prose += found is None and len(s) > 60
        is_sig = (":" not in s and len(s) <= 90 and cues.signature.match(folded, line.title, line.end)
                  and (_is_upper(s) or s.startswith("(") or len(s.split()) <= 8))
        if is_sig:
            found = line.start
        elif found is not None and len(s) > 40:
            break
    return found


# "… thông qua chương trình: 1. Thông tin thời sự; 2. Đánh giá tháng 12; 3. Nhiệm vụ tháng 01; 4. Thảo luận, biểu quyết.
# Chi bộ nhất trí chương trình.": the agenda's items in running text open no part
_INLINE_AGENDA = re.compile(r"thong\s+qua\s+(?:noi\s+dung\s+)?chuong\s+trinh[^:.;\n]{0,60}:\s*")
_AGENDA_END = re.compile(r"\n\s*\n|(?<![\d\s])\.(?:\s|$)|;\s+(?=(?:chi\s+bo|dang\s+vien|cac\s+dong\s+chi)\s)"
                         # (or the next line a part labelled with its text: "Thông tin thời sự: giá lúa tăng …")
                         r"|\n(?=[ \t]*[^\n:;,.]{3,60}:[ \t]*[^\s\d][^\n]{30})")


def _inline_agendas(folded: str) -> list[tuple[int, int]]:
    spans = []
    for m in _INLINE_AGENDA.finditer(folded):
        end = _AGENDA_END.search(folded, m.end(), m.end() + 700)
        spans.append((m.end(), end.start() if end else min(len(folded), m.end() + 700)))
    return spans


def _drop_agenda_lists(heads: list[_Heading], text: str) -> tuple[list[_Heading], list[tuple[int, int]]]:
    """A run of three or more bodiless kind headings is the agenda being adopted, not the parts.

    Returns the headings kept and the spans of the agenda lists, whose lines open nothing.
    """
    out: list[_Heading] = []
    run: list[_Heading] = []
    agendas: list[tuple[int, int]] = []

    def flush() -> None:
        if run and text[run[0].line.start : run[0].line.end].rstrip().endswith(":"):
            out.append(run.pop(0))  # "… thông qua chương trình gồm:" introduces the list
        if len(run) < 3:
            out.extend(run)
        else:
            agendas.append((run[0].line.start, run[-1].line.end))
        run.clear()

    last: _Heading | None = None  # the last item of the agenda list just read
    for i, h in enumerate(heads):
        nxt = heads[i + 1] if i + 1 < len(heads) else None
        # a line that is a whole paragraph ("1. Về thông tin thời sự, đồng chí A thông tin …") carries its body
        wordy = len(text[h.line.title : h.line.end].split()) > 20
        # (a label with its value, however short, is no item: "biểu quyết tán thành: 12")
        valued = re.search(r":[ \t]*\S", text[h.line.title : h.line.end]) is not None
        bodiless = (bool(h.kinds) and not h.inline and not wordy and not valued and nxt is not None
                    and not text[h.body : nxt.line.start].strip())
        if (not run and agendas and last is not None and agendas[-1][1] == last.line.end and h.kinds and not wordy
                and h.line.style == last.line.style and h.line.number is not None and last.line.number is not None
                and h.line.number == last.line.number + 1 and not text[last.line.end : h.line.start].strip()):
            # the list goes on after an item written as a sentence ("3. Đảng viên thảo luận, liên hệ."):
            # "4. Kết luận, biểu quyết." / "5. Bế mạc." are items of it too
            agendas[-1] = (agendas[-1][0], h.line.end)
            last = h
            continue
        last = h
        if run and h.line.style != run[-1].line.style and (len(run) > 1 or run[-1].line.style == "phan"):
            flush()  # an agenda's items are typed alike; "PHẦN THỨ BA / KẾT LUẬN" over "1. …" is no list
        if bodiless or (run and h.kinds and run[-1].body >= h.line.start - 1):
            run.append(h)
            if not bodiless:
                flush()
        else:
            flush()
            out.append(h)
    flush()
    return sorted(out, key=lambda h: h.line.start), agendas


def find_sections(text: str, meeting_type: str | None = None, meeting_date: str | None = None) -> list[Section]:
    """Find the agenda parts of normalised minutes text, in text order and non-overlapping.

    ``heading`` is the heading line as written, or None for a part found by its content.
    See the module docstring for the policy.

    >>> [s.kind for s in find_sections("I. Thông tin thời sự\\nĐồng chí Bí thư thông tin.\\n"
    ...                                 "II. Thảo luận\\nCác đồng chí phát biểu.")]
    ['news', 'discussion']
    """
    folded = _fold(text)
    lines = [ln for a, b in _lines(text) if (ln := _parse_line(text, folded, a, b)) is not None]
    caps = sum(_is_upper(text[ln.title : ln.end]) for ln in lines) > 0.6 * len(lines)
    if caps:
        # typed all in capitals: a capital line says nothing about being a heading
        lines = [_Line(ln.start, ln.end, "plain", ln.title, ln.number) if ln.style == "upper" else ln for ln in lines]
    facts = _facts_start(text, folded, lines)
    first = facts if facts is not None else _after_title(text, folded)

    # typed all in lower case, as voice typing may leave it: a lower-case line may be a heading
    lowered = sum(ln.style == "plain" and text[ln.title].islower() for ln in lines)
    lower = len(lines) >= 10 and lowered > 0.7 * len(lines)
    heads = _read_headings(text, folded, [ln for ln in lines if ln.start >= first], caps, lower)
    heads, agendas = _drop_agenda_lists(heads, text)
    inline = _inline_agendas(folded)
    heads = [h for h in heads if not any(a <= h.line.start < b for a, b in inline)]  # "…;\n3. Nhiệm vụ tháng 4; …"
    agendas += inline
    kind_heads = [h for h in heads if h.kinds]
    sig = _signature_start(text, folded, lines, kind_heads[-1].body if kind_heads else first)
    stop = sig if sig is not None else len(text)
    heads = [h for h in heads if h.line.start < stop]
    depth: dict[str, int] = {}
    for h in heads:
        depth.setdefault(h.line.style, _STYLE_DEPTH.get(h.line.style, len(depth)))
    heads = _drop_items_named_like_parts(heads, depth)

    cuts: list[tuple[int, str | None, str | None]] = []  # (offset, kind or None for no part, heading)
    for h, start, end in _heading_spans(heads, depth, stop):
        cuts.extend(_heading_cuts(text, folded, h, start, end, _child_kinds(h, heads, depth), agendas))
    covered = sorted((start, end) for _, start, end in _heading_spans(heads, depth, stop))

    # text outside kind headings, read by content
    has_opening = any(h.kinds[0][0] == "opening" for h in kind_heads)
    gaps, pos = [], first
    for start, end in covered:
        if start > pos:
            gaps.append((pos, start))
        pos = max(pos, end)
    if pos < stop:
        gaps.append((pos, stop))
    for a, b in gaps:
        if not text[a:b].strip():
            continue
        # the meeting facts belong to the opening when the opening is there (reason, agenda, delegates)
        prelude = a == first and facts is not None and not has_opening
        initial = "opening" if prelude and _opens(text, folded, a, b) else None
        cuts.append((a, initial, None))
        cuts.extend((at, k, None) for at, k in _split(text, folded, a, b, initial, heading_kind=None, skip=agendas))
    if sig is not None:
        cuts.append((sig, "closing", None))
    sections = _dated_parts(text, folded, _embed(text, folded, _assemble(text, cuts, meeting_type)), meeting_date,
                            first, agendas)
    # (a conclusion's label over what it holds, "7. Đ/c chủ trì kết luận:" over "Chi bộ thống nhất phương
    # hướng tháng 3 …", is no empty label)
    contained = _cues().contains.get("conclusion", ())
    sections = [s for i, s in enumerate(sections)
                if not _said_none(text, s, sections[i + 1] if i + 1 < len(sections) else None) or (
        s.kind == "conclusion" and i + 1 < len(sections) and sections[i + 1].heading is None
        and sections[i + 1].kind in contained and not text[s.end : sections[i + 1].start].strip())]
    return _topic_parts(folded, sections) if meeting_type == "thematic" else sections


_NONE_SAID = re.compile(r"[\s:.\-–—]*khong(?:\s+co)?(?:\s+noi\s+dung)?[\s.;]*")


def _said_none(text: str, section: Section, after: Section | None = None) -> bool:
    """A form's heading filled in with "Không có" (or "Không", "Không có nội dung"): no such part was held."""
    if section.heading is None:
        return False
    body = text[section.start : section.end]
    if ":" in section.heading:  # "Nhiệm vụ tháng tới: không." may be the whole heading line
        body = body[body.find(":") + 1 :]
    else:
        at = body.find(section.heading)
        body = body[at + len(section.heading) :] if at >= 0 else body
    if _NONE_SAID.fullmatch(_fold(re.sub(r"\([^()]*\)", " ", body))):
        return True
    # left empty, or only the template's dots: "2. Thông tin thời sự:" over the next heading, "7. Kết luận: ……",
    # "8. Biểu quyết: ....../...... đ/c tán thành."
    if ":" not in section.heading:
        # a form's question left unanswered: "Thông tin thời sự" over a blank line and the next question
        # (not a heading whose words were read as another part: "I. THÔNG TIN THỜI SỰ" over "- Phát biểu …")
        # (a bare label: not a line that tells something itself, "Kết thúc 20h40, TK đọc lại BB", "Trình bày (đ/c A)")
        label = section.heading.strip().rstrip("*").strip()
        return (not body.strip() and len(label.split()) <= 8 and label[:1].isalpha()
                and not re.search(r"[\d(),;]", label) and (after is None or after.heading is not None))
    if len(section.heading.split(":")[0].split()) > 8:
        return False  # a heading line that holds the part's own words is no empty label
    blank = re.compile(r"\.{4,}|…+|_{3,}|\(\s*(?:không|bỏ trống|trống)?\s*\)")
    line_end = text.find("\n", section.start)
    line = text[section.start : len(text) if line_end < 0 else line_end]
    def unfilled(said: str) -> bool:  # nothing but the template's blanks and at most a few of its words
        filled = blank.sub(" ", said)
        return not filled.strip(" \t\n:.;,-–/") or (
            filled != said and not re.search(r"\d", filled) and len(filled.split()) <= 4)

    if not unfilled(line[line.find(":") + 1 :]):
        return False  # the heading's line goes on (its words may have been read as another part)
    return unfilled(body)


# A presentation's own part assessing the situation ("Phần thứ hai đánh giá thực trạng việc nêu gương …",
# "Phần hai đánh giá thực trạng tại cơ quan"): part of the topic, not the review of a regular meeting.
_TOPIC_PART = re.compile(r"(?:[-+•*]\s*)?(?:phan\s+(?:thu\s+)?(?:hai|ba|tu|2|3|4|ii|iii|iv)\b[.:,]?\s*)?"
                         r"(?:danh\s+gia\s+)?thuc\s+trang|phan\s+(?:thu\s+)?(?:hai|ba|tu|2|3|4|ii|iii|iv)\b")


_TOPIC_PLAN = re.compile(r"giai\s+phap|thoi\s+gian\s+toi|kien\s+nghi|de\s+xuat")


def _topic_parts(folded: str, sections: list[Section]) -> list[Section]:
    """A thematic meeting's own parts: its presentation's assessment of the situation, and the study of Hồ Chí
    Minh's thought (a regular meeting's item; at a thematic one it is the topic presented)."""
    out: list[Section] = []
    for s in sections:
        # (or its "3. Kết quả thực hiện ở đơn vị:" right after it, naming no month or quarter reviewed)
        undated = (s.kind == "review" and s.heading is not None and out and out[-1].kind == "topic"
                   and not re.search(r"thang|quy|\bky\b|\bnam\b", _fold(s.heading)))
        topical = s.kind == "hcm_study" or undated or (
            s.kind == "review" and _TOPIC_PART.match(folded, s.start, s.end)) or (
            # the presentation's own "IV. Giải pháp, nhiệm vụ thời gian tới" (not next month's tasks)
            s.kind == "plan" and _TOPIC_PLAN.search(folded, s.start, min(s.end, s.start + 120))
            and not re.search(r"thang\s+\d", folded[s.start : min(s.end, s.start + 120)]))
        if topical and out and out[-1].kind == "topic":
            out[-1] = Section("topic", out[-1].heading, out[-1].start, s.end)
            continue
        out.append(Section("topic", s.heading, s.start, s.end) if s.kind == "hcm_study" else s)
    return out


_ITEM_STYLES = frozenset({"arabic", "arabic.n", "arabic.p", "letter", "LETTER"})


def _drop_items_named_like_parts(heads: list[_Heading], depth: dict[str, int]) -> list[_Heading]:
    """A numbered item under a part that names an earlier part is an item of it: under "III. NHIỆM VỤ
    THÁNG 8", "1. Triển khai Kế hoạch số 156-KH/ĐU …" is a task of the plan, not the dissemination; under
    "IV. ĐÁNH GIÁ KẾT QUẢ …", "1. Công tác chính trị tư tưởng: …" is a result reviewed, not the news."""
    contains = _cues().contains
    kept: list[_Heading] = []
    stack: list[tuple[int, _Heading]] = []
    for h in heads:
        d = depth[h.line.style]
        while stack and stack[-1][0] >= d:
            stack.pop()
        parent = next((p for _, p in reversed(stack) if p.kinds), None)
        if parent is not None and h.kinds and (h.line.style in _ITEM_STYLES or h.line.style == "plain"):
            kind, outer = h.kinds[0][0], parent.kinds[-1][0]
            if (h.line.style in _ITEM_STYLES and outer in ("review", "plan", "conclusion")
                    and _RANK[kind] < _RANK[outer] and kind not in contains.get(outer, ())):
                continue
            # under "II. TRÌNH BÀY CHUYÊN ĐỀ", "1. Quán triệt Nghị quyết số 35-NQ/TW …" is a point of the
            # presentation, not the regular meeting's dissemination
            if (h.line.style in _ITEM_STYLES and outer == "topic" and len(parent.kinds) == 1
                    and kind in ("news", "dissemination", "review", "hcm_study", "criticism")):
                continue
            # "Đồng chí Bí thư trình bày báo cáo:" under "2. Đánh giá kết quả …" presents the review's report
            if kind == "topic" and outer in ("review", "plan") and not _TOPIC_WORD.search(h.text.lower()):
                continue
            # "Chuyên đề năm 2019 theo Chỉ thị 05:" under "IV. HỌC TẬP VÀ LÀM THEO BÁC" names the year's theme of the
            # study, no presentation of its own
            if kind == "topic" and outer == "hcm_study" and len(parent.kinds) == 1:
                continue
        kept.append(h)
        stack.append((d, h))
    return kept


_AFTER_AGENDA = re.compile(r"chuong\s+trinh[^.;]{0,160}[.;]\s*$")  # (its items may run over a line)
_AGENDA_VOTE = re.compile(r"(?:thong\s+qua|bieu\s+quyet|nhat\s+tri|thong\s+nhat)[^.;:]{0,20}\s(?:noi\s+dung\s+)?"
                          r"chuong\s+trinh")
_TOPIC_WORD = re.compile(r"chuyên đề|đề dẫn|chuyen de|de dan")
_TOPIC_NAME = re.compile(r"[ \t]*[\"“'‘«][^\n]*[\"”'’»][ \t]*\.?[ \t]*(?=\n|$)")


def _wrap_width(text: str, lines: list[_Line]) -> int | None:
    """The width a scan or a PDF wrapped its paragraphs at, when it did: most long lines run on into the next
    line mid-sentence, and none is much longer than the rest."""
    long = [ln for ln in lines if ln.end - ln.start >= 40]
    if len(long) < 8:
        return None
    run_on = sum(1 for ln in long if text[ln.end - 1 : ln.end] not in ".:;!?" and text[ln.end : ln.end + 2] not in
                 ("\n\n", "\n", ""))
    widths = sorted(ln.end - ln.start for ln in long)
    width = widths[int(len(widths) * 0.9)]
    return width if run_on >= 0.4 * len(long) and width <= 110 else None


_SPEECH_INTRO = re.compile(r"(?:phat\s+bieu|gop\s+y|neu\s+y\s+kien|y\s+kien\s+cua)[^:\n]{0,60}:\s*$")


def _read_headings(text: str, folded: str, lines: list[_Line], caps: bool, lower: bool = False) -> list[_Heading]:
    heads: list[_Heading] = []
    wrap = _wrap_width(text, lines)
    speech: str | None = None  # the marker of the points of one speaker's words under a discussion heading
    for i, line in enumerate(lines):
        if heads and line.start < heads[-1].body:
            continue  # the title line of "PHẦN THỨ HAI" read with it
        if speech is not None and line.style not in (speech, "plain"):
            speech = None
        if speech is not None and line.style == speech:
            continue  # "Đ/c Hồ Văn Thịnh … phát biểu chỉ đạo, nội dung chính:\n- Đánh giá: …": what he said
        last_kind = next((x.kinds[-1][0] for x in reversed(heads) if x.kinds), None)
        if (last_kind == "discussion" and i + 1 < len(lines) and lines[i + 1].style in ("bullet", "letter")
                and _SPEECH_INTRO.search(folded, line.title, line.end)):
            speech = lines[i + 1].style
        if (wrap and line.style == "plain" and line.end - line.start >= 0.8 * wrap
                and i + 1 < len(lines) and lines[i + 1].start == line.end + 1
                and not re.match(r"[^:\n]{1,25}:\s", text[line.title : line.end])):  # (not "Chuyên đề: "…" wrapped)
            continue  # the first line of a wrapped paragraph ("Thực hiện Chỉ thị số 05-CT/TW …, đ/c Ngô"), no title
        h = _read_heading(text, folded, line, lines[i + 1] if i + 1 < len(lines) else None, caps, lower)
        if (h is not None and h.inline and h.kinds[0][0] == "topic" and line.style == "plain"
                and not any(x.kinds for x in heads) and _TOPIC_NAME.match(text, h.body)):
            h = None  # 'Chuyên đề: "Đổi mới …"' above the record names the topic; its presentation comes later
        if h is None or not h.kinds:
            h = _sibling_item(text, folded, line, heads) or h
        if h is not None:
            heads.append(h)
    return heads


def _sibling_item(text: str, folded: str, line: _Line, heads: list[_Heading]) -> _Heading | None:
    """A numbered item written as a sentence ("4/ Đ/c Út triển khai Kế hoạch số 87-KH/ĐU …") right after a
    numbered part of the same list ("3/ …" after "2/ Thông tin thời sự: …"): the part its content opens."""
    if line.style not in ("arabic", "roman", "letter", "LETTER") or not heads:
        return None
    if line.number is None and line.style not in ("letter", "LETTER"):
        return None
    prev = heads[-1]
    if prev.line.style != line.style or not prev.kinds:
        return None
    if line.number is None:  # "B- ĐỒNG CHÍ ĐOÀN VĂN NGHĨA, … TRÌNH BÀY NỘI DUNG" after "A- PHẦN KHAI MẠC"
        letter, before = (text[x.start : x.end].lstrip()[:1] or " " for x in (line, prev.line))
        if ord(letter) != ord(before) + 1:
            return None
    elif prev.line.number != line.number - 1:
        return None
    kind = _classify(text, folded, _sentence(text, line.title, line.end, True))
    if kind is None and _is_upper(text[line.title : line.end]):
        # a heading in capitals naming who does it: "B- ĐỒNG CHÍ …, PHÓ BÍ THƯ CHI BỘ, TRƯỞNG XÓM TRÌNH BÀY NỘI DUNG"
        named = {k for k, rx in _cues().heading.items() if rx.search(folded, line.title, line.end)}
        kind = named.pop() if len(named) == 1 else None
    if kind is None:
        return None
    title = _heading_text(text, line, line.title)
    label = re.match(r"[^,:;]*", text[line.start : line.end]).group(0).strip()
    return _Heading(line, ((kind, line.title),), label if len(title) > len(label) else title, line.title, True)


def _heading_spans(heads: list[_Heading], depth: dict[str, int], stop: int) -> list[tuple[_Heading, int, int]]:
    """Each kind heading with its span: to the next kind heading, or a container at its level or above."""
    spans: list[tuple[_Heading, int, int]] = []
    active: tuple[_Heading, int] | None = None  # the kind heading whose span is open, its depth
    last_number: dict[str, int] = {}
    for h in heads:
        d = depth[h.line.style]
        if h.kinds:
            if active:
                spans.append((active[0], active[0].line.start, h.line.start))
            active = (h, d)
        elif active:
            # "1. Kết quả đạt được" under "2. Đánh giá …" restarts the numbering: a sub-list, not the next part
            numbered_next = h.line.number is None or h.line.number == last_number.get(h.line.style, 0) + 1
            if d <= active[1] and (numbered_next or h.line.style == "phan"):
                spans.append((active[0], active[0].line.start, h.line.start))
                active = None
        if h.line.number is not None:
            last_number[h.line.style] = h.line.number
    if active:
        spans.append((active[0], active[0].line.start, stop))
    return spans


def _heading_cuts(text: str, folded: str, h: _Heading, start: int, end: int, children: set[str],
                  agendas: list[tuple[int, int]]) -> list[tuple[int, str | None, str | None]]:
    """The parts inside one kind heading's span: its own, then any later ones its body starts."""
    cues = _cues()
    named = tuple(k for k, _ in h.kinds)
    kind = named[0]
    body = min(h.body, end)
    # a label opening a paragraph ("Ý kiến của đảng viên: Đ/c A nói …") heads that paragraph only: the next
    # paragraphs of a narrative record open whatever part they state, in any order
    # (so does a line dictated on and on after its ordinal, "nội dung thứ nhất thông tin thời sự đồng chí A nói …",
    # with no stop in it)
    run_on = not h.inline and len(text[h.line.title : h.line.end].split()) > 2 * _RUN_ON // 3
    if (h.inline and h.line.style == "plain" or run_on) and min(body, h.line.end) < end and h.line.end < end:
        inner = _split(text, folded, body, h.line.end, kind, heading_kind=kind, named=named[1:], skip=agendas) if (
            body < h.line.end) else []
        cur = inner[-1][1] if inner else kind
        inner += _split(text, folded, max(body, h.line.end), end, cur, heading_kind=None, skip=agendas)
    else:
        inner = _split(text, folded, body, end, kind, heading_kind=kind, named=named[1:], skip=agendas)
    # a heading line that is itself a sentence of content ("1. Đ/c Bí thư tuyên bố lý do, …. Chi bộ nhất trí.")
    # holds its part even when the next line starts another
    title = text[h.line.title : h.line.end].strip()
    wordy = title.endswith(".") and len(title.split()) > 8
    # (nor does a whole paragraph after its number, "3 phương hướng tháng tư là nạo vét kênh mương …": it carries
    # its own content, as an agenda list's items never do)
    carries = len(title.split()) > 20 and not re.search(r"\t| {3,}", title)  # (not a table's row, cells apart)
    bodiless = not h.inline and not wordy and not carries and not text[body : inner[0][0] if inner else end].strip()
    # (the chair's conclusion with a vote labelled under it, "7. Kết luận" / "Biểu quyết: 23/23", is no container)
    if bodiless and ((children and (kind != "conclusion" or kind in children))
                     or (inner and inner[0][1] in cues.contains.get(kind, ()) and kind != "conclusion")):
        # "PHẦN THỨ BA: KẾT THÚC" over "Kết luận", "Biểu quyết": a container, its parts are the sections
        # (but the chair's conclusion stating the plan first is still the conclusion: "KL:" over "+ thống nhất
        # phương hướng tháng 4")
        return [(start, None, None), *((at, k, None) for at, k in inner)]
    found = {kind} | {k for _, k in inner} | children
    missing = [(k, at) for k, at in h.kinds[1:] if k not in found and at > start]
    if not missing or any(k in found for k, _ in h.kinds[1:]):
        return [(start, kind, h.text), *((at, k, None) for at, k in inner)]
    # the body gives no point where the second part starts: split the heading where it names it
    title = text[start : missing[0][1]].rstrip(" ,;&/+-–—")
    if title.lower().endswith(" và"):
        title = title[:-3].rstrip()
    last = missing[-1][0]
    inner = _split(text, folded, body, end, last, heading_kind=last, skip=agendas)
    return [(start, kind, title), *((at, k, None) for k, at in missing), *((at, k, None) for at, k in inner)]


def _opens(text: str, folded: str, start: int, end: int) -> bool:
    """Whether the meeting facts go on into an opening (a sentence stating the reason, the agenda …), also in a
    clause of a long run-on sentence of facts ("Vào lúc 7 giờ …, Chi bộ … tiến hành sinh hoạt …, đ/c A - Bí thư
    chi bộ tuyên bố lý do, tổng số đảng viên …")."""
    for sent in _sentences(text, start, end):
        if _classify(text, folded, sent) == "opening":
            return True
        clauses = [sent.start, *_clause_starts(folded, sent.start, sent.end)]
        for a, b in zip(clauses, [*clauses[1:], sent.end], strict=True):
            if b > a and _classify(text, folded, _Sentence(a, b, False, False)) == "opening":
                return True
    return False


def _child_kinds(h: _Heading, heads: list[_Heading], depth: dict[str, int]) -> set[str]:
    """Kinds named by the headings nested under ``h`` (deeper, before the next heading at its level)."""
    d = depth[h.line.style]
    out: set[str] = set()
    for other in heads:
        if other.line.start <= h.line.start:
            continue
        if depth[other.line.style] <= d:
            break
        out.update(k for k, _ in other.kinds)
    return out


# (and a dictated line that names the next speaker or a topic, with no stop before it: "…không nể nang\nđồng chí A tự
# phê bình …", "… còn chưa tốt\nvề học tập và làm theo gương Bác chi bộ đã đăng ký …")
_CLAUSE_START = re.compile(r"[;:,]\s*|\n[ \t]*(?=(?:dong\s+chi|d\s*/\s*c|dc|ve|hoc\s+tap|viec\s+lam\s+theo)\s)")
# (not a line break inside a directive's title: "Chỉ thị số 05-CT/TW … của Bộ Chính trị\nvề đẩy mạnh học tập …")
# (a code, not "kế hoạch 20 tháng 10": a plan's date)
_TITLE_RUNNING = re.compile(
    r"(?:chi\s+thi|nghi\s+quyet|ket\s+luan|quy\s+dinh|huong\s+dan|ke\s+hoach)\s+(?:so\s+)?\d{1,4}\s*[-–/]")


def _clause_starts(folded: str, start: int, end: int) -> list[int]:
    out = []
    for m in _CLAUSE_START.finditer(folded, start, end):
        if m.group().startswith("\n"):
            before = folded[max(start, folded.rfind("\n", 0, m.start()) + 1) : m.start()]
            if _TITLE_RUNNING.search(re.split(r"[.;:]", before)[-1]):
                continue
        out.append(m.end())
    return out


def _embedded_clause(folded: str, sent: _Sentence, cue: re.Pattern[str],
                     lead: re.Pattern[str]) -> tuple[int, int] | None:
    """Where a clause of the sentence opens with ``cue`` (after at most four lead words), if one does, and where
    the cue ends."""
    m = _LEAD.match(folded, sent.start, sent.end)
    starts = [m.end() if m else sent.start]
    starts += _clause_starts(folded, sent.start, sent.end)
    for at in starts:
        pos = at
        for _ in range(4):
            w = lead.match(folded, pos, sent.end)
            if not w or w.end() == pos:
                break
            pos = w.end()
        m = cue.match(folded, pos, sent.end)
        if m and not (pos == at and (_BARE_ITEM.match(folded, m.end(), sent.end) or _in_list(folded, starts, at))):
            # "Thảo luận và tự phê bình, phê bình …" names both parts, as a heading of two kinds does: the
            # discussion keeps its name, the second part starts at its own
            return (pos if folded.startswith("thao luan", at) else at), m.end()
    return None


def _in_list(folded: str, starts: list[int], at: int) -> bool:
    """Whether the clause at ``at`` follows a short item closed by ";": one of a list of names ("… gồm trung
    thành, trách nhiệm; liêm chính; gương mẫu; tự phê bình và phê bình, …")."""
    before = [s for s in starts if s < at]
    if not before or folded[:at].rstrip()[-1:] != ";":
        return False
    return len(folded[before[-1] : at].split()) <= 6


# a clause that only names the part, as an item of a list ("(4) tự phê bình và phê bình nghiêm túc;",
# "…; phát huy dân chủ, tự phê bình và phê bình."), is no record of it
_BARE_ITEM = re.compile(r"(?:\s+[a-z]+){0,2}\s*(?:[;.)]|\n|$)")


def _embed(text: str, folded: str, sections: list[Section]) -> list[Section]:
    """Split out the parts recorded inside another item (sections.yaml ``embedded``), once per kind."""
    for kind, inside, cue, lead in _cues().embedded:
        if any(s.kind == kind for s in sections):
            continue
        for i, s in enumerate(sections):
            if s.kind not in inside:
                continue
            # (not a part the record says did not take place: "… việc học tập và làm theo Bác trong tháng chưa tổ
            # chức được do dịch")
            hit = next(((*found, sent.end) for sent in _sentences(text, s.start, s.end)
                        if (found := _embedded_clause(folded, sent, cue, lead)) is not None
                        and not _not_done(text, folded, found[0], sent.end)), None)
            if hit is None:
                continue
            at, cue_end, end = hit
            # "Sau khi … điểm qua mấy tin thời sự (…), chi bộ đi vào đánh giá …" (not the clause of the one who
            # tells it: "tiếp đó đồng chí A, chi ủy viên, thông tin thời sự …")
            if (lead_clause := _cues().clause.match(folded, at, end)) is not None and lead_clause.end() >= cue_end:
                end = lead_clause.end()
            parts = []
            if text[s.start : at].strip():
                parts.append(Section(s.kind, s.heading, s.start, len(text[: at].rstrip())))
            parts.append(Section(kind, None if parts else s.heading, at, end))
            tail = text[end : s.end]  # (the part's sentence ends the embedded one: its full stop is no part)
            rest = end + len(tail) - len(tail.lstrip(" \t\n.;,"))
            if rest < s.end:
                parts.append(Section(s.kind, None, rest, s.end))
            sections = [*sections[:i], *parts, *sections[i + 1 :]]
            break
    return sections


_FUTURE = re.compile(r"\b(?:se|can|phai)\b")


def _dated_parts(text: str, folded: str, sections: list[Section], meeting_date: str | None,
                 first: int = 0, agendas: list[tuple[int, int]] | None = None) -> list[Section]:
    """The review and the plan stated only by naming their month ("3. Tháng 2: doanh thu …", "Tháng 8 chi bộ
    tập trung: …" at a July meeting), read only when the part was not found otherwise.

    The month reviewed is the one before the meeting's (or its own, met from the 15th); the month planned is
    the next (or its own, met by the 20th). The paragraph naming it, and the rest of the part it was read
    into, become that part.
    """
    if meeting_date is None:
        return sections
    try:
        day = date.fromisoformat(meeting_date)
    except ValueError:
        return sections
    cues = _cues()
    review = {(day.month - 2) % 12 + 1} | ({day.month} if day.day >= 15 else set())
    plan = {day.month % 12 + 1} | ({day.month} if day.day <= 20 else set())
    for kind, rx, months in (("review", cues.dated_review, review), ("plan", cues.dated_plan, plan)):
        if any(s.kind == kind for s in sections):
            continue
        sections = _dated_part(text, folded, sections, kind, rx, months, first, agendas or [])
    return sections


def _dated_part(text: str, folded: str, sections: list[Section], kind: str, cues: tuple[re.Pattern[str], ...],
                months: set[int], first: int = 0, agendas: list[tuple[int, int]] = ()) -> list[Section]:
    if not sections:
        return sections
    # the parts found, and the stretches between them no part holds ("5. Công tác tháng 12:" under no kind),
    # from the meeting's facts on
    spans: list[tuple[int, int, int | None]] = []  # (start, end, index of the section or None)
    pos = min(first, sections[0].start)
    for i, s in enumerate(sections):
        if s.start > pos and text[pos : s.start].strip():
            spans.append((pos, s.start, None))
        spans.append((s.start, s.end, i))
        pos = max(pos, s.end)
    if text[pos:].strip():  # (and what follows the last part: "Phần năm. Việc tháng 7" after the review)
        spans.append((pos, len(text), None))
    for a, b, i in spans:
        host = sections[i] if i is not None else None
        # (the chair's conclusion may state the month's tasks as a list: "… Tháng 6/2019 tập trung:" over "1. …")
        listed = host is not None and host.kind == "conclusion" and kind == "plan"
        if host is not None and host.kind in ("conclusion", "vote", "closing") and not listed:
            continue
        for sent in _sentences(text, a, b):
            if listed and not (sent.start > host.start and text[sent.start : sent.end].rstrip().endswith(":")):
                continue
            if host is not None and sent.start == host.start and host.heading is not None:
                continue
            if host is not None and host.kind == "opening" and sent.start == host.start:
                continue  # a paragraph after the opening's own may start the review ("Đánh giá tháng 4 …")
            if any(x <= sent.start < y for x, y in agendas):
                continue  # an item of the agenda being adopted ("3. Đánh giá kết quả … tháng 7/2020;")
            lead = _LEAD.match(folded, sent.start, sent.end)
            at = lead.end() if lead else sent.start
            m = next((m for rx in cues if (m := rx.match(folded, at, sent.end))), None)
            if not (m and month_number(m.group("month") or m.group("mword")) in months):
                continue
            if (kind == "plan" and host is not None and host.kind == "review" and sent.start == host.start
                    and any(rx.match(folded, at, sent.end) for rx in _cues().dated_review)):
                continue  # the review told so is no plan ("3. Tháng 11 làm được:" at a meeting of 20/11)
            # mid-paragraph only when said of the future: "… đủ. Tháng Sáu chi bộ sẽ tổ chức thăm …" (or after the
            # part's number: "Phần năm. Việc tháng 3" over its items)
            line_start = folded.rfind("\n", 0, sent.start) + 1
            numbered = bool(_PHAN.fullmatch(folded, line_start, sent.start))
            if not (sent.para or numbered or listed or (kind == "plan" and _FUTURE.search(m.group(0)))):
                continue
            eol = folded.find("\n", m.end())
            label = folded[m.end() - 1 : m.end()] == ":" or not folded[m.end() : eol if eol >= 0 else None].strip()
            if host is None and a < sections[0].start and not label:
                continue  # before any part only a heading counts ("1. Tháng 4 làm được:"), not the facts' lines
            end = len(text[:b].rstrip())
            if host is None:  # a stretch no part held: it is this one
                return sorted([*sections, Section(kind, None, sent.start, end)], key=lambda x: x.start)
            if sent.start == host.start:  # a part found by content that opens so: it is this one
                return [*sections[:i], Section(kind, None, host.start, host.end), *sections[i + 1 :]]
            head = Section(host.kind, host.heading, host.start, len(text[: sent.start].rstrip()))
            return [*sections[:i], head, Section(kind, None, sent.start, host.end), *sections[i + 1 :]]
    return sections


def _assemble(text: str, cuts: list[tuple[int, str | None, str | None]], meeting_type: str | None) -> list[Section]:
    cuts = sorted(cuts, key=lambda c: c[0])
    out: list[Section] = []
    for i, (start, kind, heading) in enumerate(cuts):
        end = cuts[i + 1][0] if i + 1 < len(cuts) else len(text)
        while end > start and text[end - 1].isspace():
            end -= 1
        if kind is None or end <= start:
            continue
        if out and out[-1].kind == kind and heading is None:
            out[-1] = Section(kind, out[-1].heading, out[-1].start, end)
            continue
        out.append(Section(kind, heading, start, end))
    if meeting_type == "thematic" and not any(s.kind == "topic" for s in out):
        for i, s in enumerate(out):
            if s.kind == "hcm_study":
                out[i] = Section("topic", s.heading, s.start, s.end)
                break
    return out
