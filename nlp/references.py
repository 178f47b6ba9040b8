"""Find every citation of a Party or State document in normalised text.

Four kinds of mention, each one compiled pattern (built once from ``nlp/data``):

- Party codes ``05-CT/TW`` in every spelling clerks and OCR produce (spaced or
  en-dashed hyphens, none at all, ``TƯ``/``T.Ư``, ``QĐI``/``Qđi``, ASCII ``QD``,
  a line break inside the code), and with a missing issuer (``159-TB``);
- numbers in State shape ``30/2020/NĐ-CP``, ``439/QĐ-TTg``, which are Party codes
  when the issuer is a Party one (``148/QĐ-TW`` → ``148-QĐ/TW``);
- plenum names, ``Nghị quyết Trung ương 4 (khóa XI, XII)``, resolved through the catalogue;
- short forms ``Chỉ thị 05``, ``Kế hoạch số 126 ... của Thành ủy``, resolved only when
  the issuer is named, the same text cites the full code, or the catalogue has exactly
  one such document; otherwise they are skipped, never guessed.

The document's own number (``Số 07-BB/CB`` in the header) is not a reference.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from nlp import catalogue, codes
from nlp.cues import fold
from nlp.dates import DATE, parse_date
from nlp.models import CatalogueEntry, Reference
from nlp.normalize import strip_marks

_S = r"[ ]*\n?[ ]*"  # spaces, with at most one line break (PDF lines wrap inside citations)
_BR = r"(?:[ ]+|[ ]*\n[ ]*)"  # between the words of a name: spaces, or a line break (a scan's line wraps)
_HYPHEN = r"[-–—‑‐]"
_NUM_START = r"(?<![\d/.,])"
_ISSUER = r"(?:T\.[ ]?[ƯWU]|[A-ZĐƯ][A-Za-zĐđƯư]*\d*)"
_END = r"(?![\wĐđƯư])"
_SO = r"(?:(?:số|Số|SỐ|so)[ ]*[:.]?" + _S + r")"
_ROMAN = r"[IVXL]{1,7}" + _END
# "khóa XII", also "khóa 12" and, dictated, "khóa mười hai"
_TERM_WORDS = r"(?i:mười(?:[ ]+(?:một|hai|ba|bốn|lăm|sáu))?|chín|tám)"
_TERM = r"(?:[IVXL]{1,7}|1[0-6]|[1-9]|" + _TERM_WORDS + ")" + _END
_ROMANS = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI", 7: "VII", 8: "VIII", 9: "IX", 10: "X",
           11: "XI", 12: "XII", 13: "XIII", 14: "XIV", 15: "XV", 16: "XVI"}
_ORDINALS = {
    "nhất": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
    "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "mười ba": 13, "mười bốn": 14,
    "mười lăm": 15, "mười sáu": 16,
}
_KHOA = r"(?i:kh(?:óa|oá|oa))"  # (any case: "KHÓA XII" in a heading)
_ORD = r"(?:\d{1,2}|" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + r")" + _END
# Words that make "Kế hoạch 5 năm", "Báo cáo 6 tháng" a quantity, not a document number.
_UNIT = re.compile(
    # "Hướng dẫn 9 hộ làm chuồng bò": a count of people or things after the verb, not "Hướng dẫn 09"
    # ("Chỉ thị 05 tháng này chi bộ học …": this month, not a span of months)
    r"[ ]*(?!(?:tháng|quý|tuần)[ ]+này(?![\wđ]))"
    r"(?:năm|tháng|ngày|quý|tuần|giờ|phút|lần|điểm|điều|người|đồng chí|đ/c|đảng viên|nội dung|%|tỷ|triệu"
    r"|hộ|gia đình|cháu|em|học sinh|sinh viên|hội viên|đoàn viên|thanh niên|công nhân|xã viên|lượt|nhóm|tổ|ha|km|con"
    # "nhận hướng dẫn 1 buôn", "hướng dẫn 2 lớp": places and groups
    r"|buôn|bản|thôn|xóm|ấp|làng|lớp|đội|bà con|người dân|buổi|trường hợp|việc)"
    # (not a year after it, in digits or said: "Quy định 101 năm 2012", "… năm hai không mười hai")
    r"(?![\wđ])(?![ ]*\d)(?![ ]+(?:hai|một)[ ]+(?:không|nghìn|ngàn|chín)(?![\wđ]))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Patterns:
    prefix: re.Pattern[str]
    party: re.Pattern[str]
    partial: re.Pattern[str]
    state: re.Pattern[str]
    named: re.Pattern[str]
    short: re.Pattern[str]
    issuer_after: re.Pattern[str]
    issuer_before: re.Pattern[str]
    date_after: re.Pattern[str]
    alias_before: re.Pattern[str]
    title: re.Pattern[str]
    number_line: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    """Compile every pattern once, from the vocabulary data."""
    v = codes.vocabulary()
    names = [n for (_, _), ns in v.type_names.items() for n in ns]
    names += [strip_marks(n) for n in names]  # ASCII fallback, "Chi thi so 05-CT/TW"
    tname = "(?i:" + codes.alternation([codes.loose(n) for n in names]) + ")"
    # Keys are folded (QĐi → QDI): a D in them stands for D or Đ as written (QĐI, QĐĐ from OCR, ĐA).
    ptypes = sorted({*v.party_types, *v.party_types.values()}, key=len, reverse=True)
    ptype = "(?i:" + "|".join(re.escape(t).replace("D", "[DĐđ]") for t in ptypes) + ")"
    sep = rf"[ ]*(?:{_HYPHEN}[ ]*\n?[ ]*|\n[ ]*{_HYPHEN}?[ ]*)?"
    prefix = rf"(?<!\w)(?P<pre>(?P<tname>{tname}){_S}(?P<so>{_SO})?)\Z"
    party = rf"{_NUM_START}(?P<num>\d{{1,4}})(?P<sep>{sep})(?P<type>{ptype})[ ]*/{_S}(?P<iss>{_ISSUER}){_END}"
    partial = (
        rf"{_NUM_START}(?P<num>\d{{1,4}})[ ]*{_HYPHEN}[ ]*"
        rf"(?P<type>{ptype}){_END}(?![ ]*/)"
    )
    token = r"(?:T\.[ ]?[ƯW]|[A-ZĐƯ][A-Za-zĐđƯư]*\d*)"
    state = (
        # the number may carry a letter: "Nghị quyết số 30c/NQ-CP"
        # (broken across a line after a separator: "Thông tư 32/2018/TT-" / "BGDĐT", "168/2024/" / "NĐ-CP")
        rf"{_NUM_START}(?P<num>\d{{1,5}}[a-z]?)[ ]*/[ ]*(?:(?P<year>(?:19|20)\d\d)[ ]*/[ ]*\n?[ ]*)?"
        rf"(?P<body>{token}(?:[ ]*[-–/][ ]*\n?[ ]*{token})*){_END}(?![-–/]\w)"
    )
    central = r"(?:(?i:Trung)" + _BR + r"(?i:ương|uong)|TW|TƯ|T\.[ ]?Ư|T\.W)"
    named = (
        # the name may wrap ("Nghị\nquyết Trung ương 4 khóa XII" in a scan's lines)
        # also typed without diacritics ("Nghi quyet TW 4 khoa XII")
        r"(?<!\w)(?P<tw>(?i:Nghị" + _S + "quyết|Kết" + _S + "luận|Quy" + _S + r"định"
        r"|Nghi" + _S + "quyet|Ket" + _S + "luan|Quy" + _S + r"dinh)|NQ|KL)"
        + _S + r"(?:(?i:của)" + _S + ")?"
        r"(?:(?i:Hội" + _BR + r"nghị)" + _S + r")?"
        r"(?:(?i:lần" + _BR + r"thứ)" + _S + r"(?P<o1>" + _ORD + r")" + _S + r")?"
        r"(?:(?i:Ban" + _BR + r"Chấp" + _BR + r"hành)" + _S + r"|BCH[ ]*)?" + central + r"(?:" + _S + r"Đảng)?"
        r"(?:" + _S + r"(?:(?i:lần" + _BR + r"thứ)" + _S + r")?(?P<o2>" + _ORD + r"))?"
        r"[ ]*[,(\-–]?" + _S + r"(?P<open>\()?" + _S + _KHOA + _S
        + r"(?P<terms>" + _TERM + r"(?:[ ]*(?:,|và|&)" + _S + r"(?:" + _KHOA + _S + r")?"
        + _TERM + r")*)(?(open)[ ]*\)|(?:[ ]*\))?)"
    )
    abbrevs = codes.alternation([re.escape(a) for a in v.abbrev_types])
    short = (
        rf"(?<![\w/-])(?:(?P<tname>{tname})|(?P<abbr>{abbrevs})(?=[ ]?(?:số[ ]*)?\d)){_S}(?P<so>{_SO})?"
        # not a code being written ("37-QĐ/TW", "37 - QĐ", "37/QĐ"); "Quy định 37 - những điều …" is the short form
        rf"(?P<num>\d{{1,3}})(?!\d|[ ]*[/.,\-–]\d|[ ]*/[ ]*[A-Za-zĐđ]|[ ]*[\-–—][ ]*[A-ZĐ]|[\-–—][a-zđ]|[ ]*%)"
    )
    party_names = codes.alternation([n for n, _ in v.issuer_names])
    state_names = codes.alternation(list(v.state_names))
    issuer_after = (
        rf"[ ]*,?{_S}(?i:của|do){_S}(?:(?P<party>{party_names})|(?P<state>{state_names})){_END}"
        rf"(?:{_S},?{_S}\(?{codes.loose('khóa')}{_S}(?P<term>{_ROMAN})\)?)?"
    )
    # "Ban Thường vụ Thành ủy đã ban hành Kế hoạch số 126": the issuer named before the document.
    issuer_before = (
        rf"(?<!\w)(?:(?P<party>{party_names})|(?P<state>{state_names})){_S}"
        rf"(?:(?i:đã|vừa|mới){_S})?(?i:ban[ ]+hành){_S}\Z"
    )
    date_after = (
        rf"[ ]*,?{_S}(?:\({_S}(?:(?i:ngày){_S})?(?P<d1>{DATE}){_S}\)"
        rf"|(?:(?i:ban hành){_S})?(?i:ngày|ngay){_S}(?P<d2>{DATE}))"
    )
    # "(sau đây gọi tắt là ...)", "(viết tắt là ...)", "(sau đây gọi là ...)"
    alias_before = (
        r"(?:(?i:gọi|viết)" + _S + r"(?i:tắt)(?:" + _S + r"(?i:là))?|(?i:gọi)" + _S + r"(?i:là))"
        + _S + r"[“\"']?[ ]*\Z"
    )
    title = (
        r"^[ ]*(?:BIÊN[ ]+BẢN|NGHỊ[ ]+QUYẾT|KẾ[ ]+HOẠCH|BÁO[ ]+CÁO|THÔNG[ ]+BÁO|CHỈ[ ]+THỊ|QUYẾT[ ]+ĐỊNH"
        r"|QUY[ ]+ĐỊNH|HƯỚNG[ ]+DẪN|CÔNG[ ]+VĂN|TỜ[ ]+TRÌNH|CHƯƠNG[ ]+TRÌNH|ĐỀ[ ]+ÁN|QUY[ ]+CHẾ|KẾT[ ]+LUẬN"
        r"|BIEN[ ]+BAN|NGHI[ ]+QUYET|KE[ ]+HOACH|BAO[ ]+CAO|THONG[ ]+BAO|CHUONG[ ]+TRINH|KET[ ]+LUAN)"
        + _END
    )
    # "Số 07-BB/CB" on its own line or column; capitalised right after a heading line that extraction glued to
    # it ("ĐẢNG BỘ XÃ ĐĂK CHOONG Số 03-BB/CB")
    # (typed without diacritics: "So: 03-BB/CB")
    # (an e-office export's "Số/Ký hiệu:", "Số, ký hiệu:", "Ký hiệu:")
    number_line = (r"(?:(?:\A|\n|[ ]{2,}|\t)[ ]*(?:(?:Số|SỐ|số|So|SO)(?:[ ]?[/,]?[ ]?(?:ký|Ký|KÝ)[ ](?:hiệu|HIỆU))?"
                   r"|(?:Ký|KÝ)[ ](?:hiệu|HIỆU))|[^\W_][ ](?:Số|SỐ|SO))[ ]*[:.]?[ ]*\Z")
    return _Patterns(
        prefix=re.compile(prefix),
        party=re.compile(party),
        partial=re.compile(partial),
        state=re.compile(state),
        named=re.compile(named),
        short=re.compile(short),
        issuer_after=re.compile(issuer_after),
        issuer_before=re.compile(issuer_before),
        date_after=re.compile(date_after),
        alias_before=re.compile(alias_before),
        title=re.compile(title, re.MULTILINE),
        number_line=re.compile(number_line),
    )


# Full Party codes the text cites, by (type, number): {(code, type name)}.
_Known = dict[tuple[str, int], set[tuple[str, str | None]]]


class _Hit:
    """A code match widened to the type name written before it ("Chỉ thị số 05-CT/TW").

    The patterns start at the number (fast to scan); the name is looked for behind it.
    """

    def __init__(self, m: re.Match[str], text: str) -> None:
        self.m = m
        self.pre = _patterns().prefix.search(text, max(0, m.start() - 48), m.start())

    def start(self, group: str | None = None) -> int:
        if group or not self.pre:
            return self.m.start(group or 0)
        return self.pre.start()

    def end(self) -> int:
        return self.m.end()

    def group(self, name: str) -> str | None:
        if name in ("pre", "tname", "so"):
            return self.pre.group(name) if self.pre else None
        return self.m.group(name)


def _glued(text: str, start: int) -> bool:
    """True when a number is glued to a preceding word other than "số" ("ABC12-CT/TW")."""
    if start == 0 or not text[start - 1].isalpha():
        return False
    word = re.search(r"\w+\Z", text[max(0, start - 6):start])
    return not (word and word.group(0).lower() in ("số", "so"))


def _issuer_by_name(found: str) -> str | None:
    """Party issuer code of a body named in text ("Thành ủy" → TU)."""
    for rx, code in codes.vocabulary().issuer_names:
        if re.fullmatch(rx, found, re.IGNORECASE):
            return code
    return None


@dataclass
class _Tail:
    end: int  # where the citation text ends (after its date, if any)
    date: str | None
    issuer: str | None  # Party issuer named after the number
    state_body: bool  # a State body is named after the number
    term: str | None
    state: str | None = None  # that body as written ("Thủ tướng Chính phủ")


def _read_tail(text: str, end: int, start: int | None = None) -> _Tail:
    """Read what follows a number: "của <body> (khóa ...)" and/or "ngày <date>", in either order.

    With ``start``, a body that "ban hành" the document just before it counts as its issuer too.
    """
    p = _patterns()
    tail = _Tail(end, None, None, False, None)
    pos = end
    first = p.issuer_after.match(text, pos)
    if first:
        pos = first.end()
    d = p.date_after.match(text, pos)
    if d:
        tail.date = parse_date(d.group("d1") or d.group("d2"))
        tail.end = d.end()
    iss = first or (p.issuer_after.match(text, d.end()) if d else None)
    if iss is None:
        iss = p.issuer_before.search(text, max(0, start - 80), start) if start is not None else None
    if iss:
        tail.issuer = _issuer_by_name(iss.group("party")) if iss.group("party") else None
        tail.state_body = iss.group("state") is not None
        tail.state = iss.group("state")
        tail.term = iss.groupdict().get("term")
    return tail


def _catalogue_for(code: str, tail: _Tail, on_date: str | None) -> CatalogueEntry | None:
    """The catalogue entry a Party citation points to, by written term or date, else the meeting date."""
    if tail.term:
        entry = catalogue.lookup_term(code, tail.term)
        if entry:
            return entry
    return catalogue.lookup_canonical(code, on_date, cited=tail.date)


def _party_ref(text: str, start: int, end: int, number: str, type_code: str | None, issuer: str | None,
               written: str | None, on_date: str | None, tail: _Tail | None = None) -> Reference:
    tail = tail or _read_tail(text, end)
    code = codes.party_code(number, type_code, issuer)
    entry = _catalogue_for(code, tail, on_date) if issuer else None
    name = codes.type_name("party", type_code, written)
    if name is None and entry is not None:
        name = entry.type_name
    return Reference(
        code=code, kind="party", number=code.split("-")[0].split("/")[0], type=type_code, type_name=name,
        issuer=issuer, date=tail.date, text=text[start:tail.end], start=start, end=tail.end, catalogue=entry,
    )


def _from_party(m: _Hit, text: str, on_date: str | None) -> Reference | None:
    type_code = codes.party_type(m.group("type"))
    raw = re.sub(r"\s", "", m.group("iss"))
    issuer = codes.party_issuer(raw) or raw
    if type_code is None:
        return None
    return _party_ref(text, m.start(), m.end(), m.group("num"), type_code, issuer, m.group("tname"), on_date)


def _from_state(m: _Hit, text: str, on_date: str | None) -> Reference | None:
    """A number in State shape: a State document, or a Party one written State-style."""
    parts = [re.sub(r"\s", "", x) for x in re.split(r"[ ]*[-–/][ ]*", m.group("body"))]
    num, year, written = m.group("num"), m.group("year"), m.group("tname")
    if year is None and len(parts) == 1:
        # "Quy định số 08/TU": the type is completed from the name before the number.
        issuer = codes.party_issuer(parts[0])
        types = codes.types_for_name(written) if written and m.group("pre") else ()
        if issuer and types:
            return _party_ref(text, m.start(), m.end(), num, types[0], issuer, written, on_date)
        return None
    if year is None and len(parts) == 2:
        ptype, issuer = codes.party_type(parts[0]), codes.party_issuer(parts[1])
        if ptype and issuer:  # "148/QĐ-TW", "646/QĐ/QUTW"
            return _party_ref(text, m.start(), m.end(), num, ptype, issuer, written, on_date)
    if codes.party_issuer(parts[0]):
        return None  # "156/TU-VP": a Party office's numbering we cannot canonicalise with certainty
    stype = codes.state_type(parts[0])
    tail = _read_tail(text, m.end())
    if stype and len(parts) >= 2:
        type_code = stype
        issuers = [codes.state_issuer(p) for p in parts[1:]]
        code = "/".join(x for x in (num, year) if x) + f"/{stype}-" + "-".join(issuers)
    elif year and len(parts) == 1:  # "45/2019/QH14": laws and resolutions of the National Assembly
        type_code, issuers = None, [parts[0]]
        code = f"{num}/{year}/{parts[0]}"
    elif year is None and len(parts) >= 2 and len(parts[0]) >= 3 and parts[0].isupper() or (
        year is None and len(parts) >= 2 and parts[0] in codes.vocabulary().state_issuers
    ):
        # "6985/VPCP-KTN": a Công văn is numbered by issuer and drafting unit, without a type.
        type_code, issuers = "CV", [codes.state_issuer(p) for p in parts]
        code = f"{num}/" + "-".join(issuers)
    else:
        return None
    name = codes.type_name("state", type_code, written)
    if type_code is None and written:
        name = written
    return Reference(
        code=code, kind="state", number=num, type=type_code, type_name=name, issuer=issuers[0],
        date=tail.date, text=text[m.start():tail.end], start=m.start(), end=tail.end, catalogue=None,
    )


def _from_named(m: re.Match[str], text: str) -> list[Reference]:
    """Plenum names: one reference per term written ("khóa XI, XII" gives two)."""
    ordinal = (m.group("o1") or m.group("o2") or "").lower()
    plenum = int(ordinal) if ordinal.isdigit() else _ORDINALS.get(ordinal)
    if plenum is None or (m.group("o1") and m.group("o2")):
        return []
    types = codes.types_for_name(m.group("tw"))
    refs = []
    for written in re.findall(r"[IVXL]+|\d+|" + _TERM_WORDS, m.group("terms")):
        if written.isdigit() or written.lower() in _ORDINALS:
            term = _ROMANS.get(int(written) if written.isdigit() else _ORDINALS[" ".join(written.lower().split())], "")
        else:
            term = written
        entry = catalogue.by_plenum(types, plenum, term)
        if entry is None:  # a plenum of several documents, named with its subject: "… khóa 13 về tăng cường …"
            entry = catalogue.by_plenum_subject(types, plenum, term, fold(text[m.end() : m.end() + 160]))
        if entry is None:
            continue
        number, rest = entry.code.split("-", 1)
        type_code, issuer = rest.split("/", 1)
        refs.append(Reference(
            code=entry.code, kind="party", number=number, type=type_code, type_name=entry.type_name,
            issuer=issuer, date=None, text=m.group(0), start=m.start(), end=m.end(), catalogue=entry,
        ))
    return refs


def _own_span(text: str) -> tuple[int, int, str] | None:
    """Span and code of the document's own number: a "Số ..." in the header, before the title."""
    p = _patterns()
    head_end = min(len(text), 2500)
    title = p.title.search(text, 0, head_end)
    if title:
        head_end = title.start()
    else:
        head_end = min(head_end, _nth_line_end(text, 12))
    head = text[:head_end]
    for rx, build in ((p.party, _from_party), (p.state, _from_state)):
        for m in rx.finditer(head):
            hit = _Hit(m, head)
            if hit.group("pre"):
                continue
            if p.number_line.search(head[max(0, m.start() - 40):m.start()]):
                ref = build(hit, head, None)
                if ref:
                    return m.start(), m.end(), ref.code
    return None


def _nth_line_end(text: str, n: int) -> int:
    pos = -1
    for _ in range(n):
        pos = text.find("\n", pos + 1)
        if pos < 0:
            return len(text)
    return pos


def find_own_number(text: str) -> str | None:
    """The document's own number from its header ("Số 07-BB/CB" → "07-BB/CB"), or None.

    >>> find_own_number("CHI BỘ KHU PHỐ 3\\nSố 07-BB/CB\\n\\nBIÊN BẢN\\nSINH HOẠT CHI BỘ")
    '07-BB/CB'
    """
    own = _own_span(text)
    return own[2] if own else None


def canonical_code(written: str) -> str | None:
    """The canonical code of a code written any way ("05-CT/TƯ", "148/QĐ-TW", "5 - CT/TW"), or None.

    >>> canonical_code("05/CT-TƯ"), canonical_code("30/2020/ND-CP"), canonical_code("hello")
    ('05-CT/TW', '30/2020/NĐ-CP', None)
    """
    refs = find_references(" ".join(written.split()))
    return refs[0].code if refs and refs[0].start == 0 and refs[0].end == len(written.strip()) else None


def _short_codes(types: tuple[str, ...], number: int, issuer: str | None,
                 known: _Known, written: str | None, on_date: str | None) -> set[str]:
    """Full codes a short form may stand for: those the text cites, else the catalogue's."""
    canonical = codes.canonical_name(written) if written else None
    # QĐ is both Quyết định and Quy định: "Quyết định 37" is not the cited "Quy định số 37-QĐ/TW".
    canonical = canonical if canonical in ("Quy định", "Quyết định") else None
    cited = {c for t in types for c, n in known.get((t, number), ()) if not (canonical and n and n != canonical)}
    if issuer:
        cited = {c for c in cited if c.endswith("/" + issuer)}
    if cited:
        return cited
    found = catalogue.codes_for(types, number, canonical)
    # A document issued after the meeting cannot be the one its minutes cite.
    return {c for c in found if (issuer is None or c.endswith("/" + issuer))
            and (on_date is None or catalogue.lookup_canonical(c, on_date) is not None)}


_PRIME_MINISTERS = {"Chỉ thị": "CT", "Quyết định": "QĐ"}


def _resolve_short(m: re.Match[str], text: str, on_date: str | None,
                   known: _Known, aliases: dict[tuple[str, int], str],
                   state_known: dict[tuple[str, int], list[Reference]] | None = None) -> Reference | None:
    p = _patterns()
    written = m.group("tname") or m.group("abbr")
    types = codes.types_for_name(written)
    number = int(m.group("num"))
    # a State document the text cites in full, by its type's name: "Nghị định 13" after "Nghị định 13/2023/NĐ-CP"
    canonical = codes.canonical_name(written)
    state = {r.code: r for (t, n), rs in (state_known or {}).items() if n == number
             for r in rs if t in types or (canonical is not None and r.type_name == canonical)}
    if not types and len(state) != 1:
        return None
    # "Quy định 144 lần đầu tiên …" after "Quy định số 144-QĐ/TW": the document the text cites, not a count
    if _UNIT.match(text, m.end()) and not any((t, number) in known for t in types):
        return None
    tail = _read_tail(text, m.end(), m.start())
    if len(state) == 1 and not any((t, number) in known for t in types) and not (tail.issuer and not tail.state_body):
        # "Nghị quyết 68" after "Nghị quyết số 68/NQ-CP … của Chính phủ": the government's, cited above
        cited = next(iter(state.values()))
        return replace(cited, date=tail.date, text=text[m.start() : tail.end], start=m.start(), end=tail.end)
    if tail.state and canonical in _PRIME_MINISTERS and fold(tail.state).startswith("thu tuong"):
        # "Chỉ thị 15 của Thủ tướng Chính phủ": the Prime Minister's are numbered without a year, "15/CT-TTg"
        type_code = _PRIME_MINISTERS[canonical]
        return Reference(code=f"{number}/{type_code}-TTg", kind="state", number=str(number), type=type_code,
                         type_name=canonical, issuer="TTg", date=tail.date, text=text[m.start() : tail.end],
                         start=m.start(), end=tail.end, catalogue=None)
    if tail.state_body or not types:
        return None  # "Chỉ thị 05 của UBND tỉnh" is not a Party document
    if p.alias_before.search(text, max(0, m.start() - 40), m.start()):
        return None  # the alias definition itself, "(sau đây gọi tắt là Quy định 37)"
    name = " ".join(m.group("tname").split()) if m.group("tname") else None
    code = next((aliases[(t, number)] for t in types if (t, number) in aliases), None)
    if code is None:
        found = _short_codes(types, number, tail.issuer, known, name, on_date)
        if len(found) == 1:
            code = found.pop()
        elif tail.issuer and not found:
            code = codes.party_code(str(number), types[0], tail.issuer)
    if code is None:
        return None
    num, rest = code.split("-", 1)
    type_code, issuer = rest.split("/", 1)
    return _party_ref(text, m.start(), m.end(), num, type_code, issuer, name, on_date, tail)


def _resolve_partial(m: _Hit, text: str, on_date: str | None,
                     known: _Known) -> Reference | None:
    """A code without issuer after a type name ("Thông báo Kết luận số 159-TB"): completed only when certain."""
    type_code = codes.party_type(m.group("type"))
    if type_code is None:
        return None
    tail = _read_tail(text, m.end(), m.start())
    if tail.state_body:
        return None
    issuer = tail.issuer
    if issuer is None:
        cited = {c for c, _ in known.get((type_code, int(m.group("num"))), ())}
        issuer = cited.pop().split("/", 1)[1] if len(cited) == 1 else None
    # Without a named or cited issuer the code is reported as written ("159-TB"), issuer null.
    return _party_ref(text, m.start(), m.end(), m.group("num"), type_code, issuer, m.group("tname"),
                      on_date, tail)


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in taken)


# A code typed in lower case after its document's name, as voice typing and phones write it: "chỉ thị 15/ct-ttg",
# "nghị định 100/2019/nđ-cp", "quy định 08-qđi/tw": read in capitals (same length).
_LOWER_CODE = re.compile(
    r"(?i:chỉ thị|nghị định|nghị quyết|quyết định|quy định|thông tư|kết luận|hướng dẫn|công văn|kế hoạch"
    r"|thông tri|luật)"
    r"(?:[ ]+(?i:số))?[ ]+\d{1,5}[a-z]?(?:[ ]*/[ ]*(?:19|20)\d\d)?[ ]*[-/][ ]*"
    r"(?P<code>[a-zđư]{1,6}(?:[ ]*[-/][ ]*[a-zđư]{1,10}){0,2})(?![\wđư])")


def _upper_codes(text: str) -> str:
    if not re.search(r"\d[-/][a-zđ]", text):
        return text
    return _LOWER_CODE.sub(lambda m: m.group()[: m.start("code") - m.start()] + m.group("code").upper()
                           .replace("QĐI", "QĐi") + m.group()[m.end("code") - m.start() :], text)


def find_references(text: str, *, on_date: str | None = None) -> list[Reference]:
    """Every citation of a Party or State document in ``text``, one per mention, in text order.

    ``on_date`` (the meeting date, ISO) picks among catalogue entries sharing a code
    when the citation itself has no date.

    >>> [r.code for r in find_references("Quán triệt Chỉ thị số 05-CT/TƯ ngày 15/5/2016 và Quy định 37")]
    ['05-CT/TW', '37-QĐ/TW']
    """
    p = _patterns()
    text = _upper_codes(text)
    own = _own_span(text)
    taken: list[tuple[int, int]] = [own[:2]] if own else []
    refs: list[Reference] = []

    def keep(ref: Reference | None) -> None:
        if ref is not None and not _overlaps((ref.start, ref.end), taken):
            refs.append(ref)
            taken.append((ref.start, ref.end))

    full: list[Reference] = []
    for rx, build in ((p.party, _from_party), (p.state, _from_state)):
        for m in rx.finditer(text):
            if not _glued(text, m.start("num")) and not _overlaps((m.start(), m.end()), taken[:1]):
                ref = build(_Hit(m, text), text, on_date)
                if ref:
                    full.append(ref)
    for m in p.named.finditer(text):
        full.extend(_from_named(m, text))
    # Longer spans first, so a code with its date wins over anything inside it.
    for ref in sorted(full, key=lambda r: (r.start, -(r.end - r.start))):
        if not _overlaps((ref.start, ref.end), taken) or any(
            r.start == ref.start and r.end == ref.end for r in refs
        ):
            refs.append(ref)
            taken.append((ref.start, ref.end))
    known: _Known = {}
    for r in refs:
        if r.kind == "party" and r.type and r.issuer:
            known.setdefault((r.type, int(r.number)), set()).add((r.code, r.type_name))
    for m in p.partial.finditer(text):
        hit = _Hit(m, text)
        if hit.group("tname") and not _overlaps((hit.start(), m.end()), taken):
            keep(_resolve_partial(hit, text, on_date, known))
    state_known: dict[tuple[str, int], list[Reference]] = {}
    for r in refs:
        if r.kind == "state" and r.type and r.number.isdigit():
            state_known.setdefault((r.type, int(r.number)), []).append(r)
    aliases = _aliases(text, refs)
    said = digits_for_spelled_numbers(text)  # dictated: "chỉ thị năm mươi mốt" read as "chỉ thị 51"
    for m in p.short.finditer(said):
        if not _overlaps((m.start(), m.end()), taken):
            keep(_resolve_short(m, said, on_date, known, aliases, state_known))
    refs.sort(key=lambda r: (r.start, r.end))
    if own:  # the document naming itself again: "(Kèm theo Biên bản số 01-BB/CB ngày 14/01/2026)"
        refs = [r for r in refs if r.code != own[2]]
    return refs


def _aliases(text: str, refs: list[Reference]) -> dict[tuple[str, int], str]:
    """Short names defined for a cited code: "Quy định số 37-QĐ/TW (sau đây gọi tắt là Quy định 37)"."""
    p = _patterns()
    out: dict[tuple[str, int], str] = {}
    for m in p.short.finditer(text):
        if not p.alias_before.search(text, max(0, m.start() - 40), m.start()):
            continue
        before = [r for r in refs if r.end <= m.start() and m.start() - r.end < 300 and r.kind == "party"]
        if not before:
            continue
        code = before[-1].code
        for t in codes.types_for_name(m.group("tname") or m.group("abbr")):
            out[(t, int(m.group("num")))] = code
    return out


__all__ = ["canonical_code", "find_own_number", "find_references"]


# A document's number said in words, as voice typing writes it: "chỉ thị năm mươi mốt", "quy định một trăm hai
# mươi tư", "chỉ thị không năm" (05), "hướng dẫn số bốn mươi hai". Only after a document's name, not a count
# ("nghị quyết … hai mươi tư trên hai mươi tư đồng chí") nor a year ("nghị quyết năm 2024").
_DOC_NAME = r"(?:chi thi|nghi quyet|quy dinh|ket luan|huong dan|thong tri|quyet dinh|ke hoach)"
_UNIT_WORDS = {"mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "lam": 5, "sau": 6, "bay": 7,
               "tam": 8, "chin": 9}
_NUM_WORD = r"(?:khong|linh|le|mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|muoi|tram)"
_SPELLED_DOC = re.compile(rf"(?<![a-z]){_DOC_NAME}[ ]+(?:so[ ]+)?(?P<n>{_NUM_WORD}(?:[ ]+{_NUM_WORD}){{1,5}})"
                          # (a year said after it: "quy định một trăm linh một năm hai không mười hai")
                          rf"(?![a-z])(?![ ]+(?!nam[ ]+(?:hai|mot)[ ]+(?:khong|nghin|ngan)\b){_NUM_WORD}(?![a-z]))"
                          rf"(?![ ]*(?:[a-z]*\d|tren\b|/))"
                          rf"(?![ ]+(?:dong chi|d/c|dang vien|nguoi|phieu|phan tram)\b)")


_SAID_NUMBER = re.compile(r"(?i)(?:thị|quyết|định|luận|dẫn|tri|hoạch)\s+(?:số\s+)?(?:một|hai|ba|bốn|tư|năm|sáu|bảy|tám"
                          r"|chín|mười|không)\b")


def _spelled_number(words: list[str]) -> int | None:
    """1–999 from number words read digit by digit ("khong nam" → 5) or said ("mot tram hai muoi tu" → 124)."""
    if words[0] == "khong":  # "không năm": the number's leading zero said
        rest = words[1:]
        return _UNIT_WORDS.get(rest[0]) if len(rest) == 1 and rest[0] not in ("lam", "tu") else None
    if (len(words) == 3 and all(w in _UNIT_WORDS or w == "khong" for w in words)
            and words[0] not in ("lam", "tu", "nam")):
        return int("".join(str(_UNIT_WORDS.get(w, 0)) for w in words))  # read digit by digit: "một bốn bốn" (144)
    if (len(words) == 2 and words[0] in _UNIT_WORDS and words[0] not in ("mot", "lam", "tu")
            and words[1] in _UNIT_WORDS and words[1] != "nam"):
        return 10 * _UNIT_WORDS[words[0]] + _UNIT_WORDS[words[1]]  # "mươi" left out: "ba lăm" (35), "bốn hai" (42)
    total, i = 0, 0
    if len(words) >= 2 and words[1] == "tram" and words[0] in _UNIT_WORDS:
        total, i = 100 * _UNIT_WORDS[words[0]], 2
        if i < len(words) and words[i] in ("linh", "le"):
            i += 1
            if i + 1 == len(words) and words[i] in _UNIT_WORDS and words[i] != "lam":
                return total + _UNIT_WORDS[words[i]]
            return None
    rest = words[i:]
    if not rest:
        return total or None
    if rest[0] == "muoi":
        tens, rest = 10, rest[1:]
    elif len(rest) >= 2 and rest[1] == "muoi" and rest[0] in _UNIT_WORDS and rest[0] not in ("mot", "lam", "tu"):
        tens, rest = 10 * _UNIT_WORDS[rest[0]], rest[2:]
    else:
        return None
    if not rest:
        return total + tens
    if len(rest) == 1 and rest[0] in _UNIT_WORDS and (rest[0] != "mot" or tens == 10) and rest[0] != "nam":
        return total + tens + _UNIT_WORDS[rest[0]]
    if len(rest) == 1 and rest[0] == "mot" and tens > 10:
        return total + tens + 1  # ("năm mươi mốt" folds to "mot")
    return None


def digits_for_spelled_numbers(text: str) -> str:
    """``text`` with a document's number said in words written in digits, padded with spaces (same length).

    >>> digits_for_spelled_numbers("quán triệt chỉ thị năm mươi mốt và quy định một trăm hai mươi tư")
    'quán triệt chỉ thị 51          và quy định 124                 '
    """
    if not _SAID_NUMBER.search(text):
        return text  # (most records write their numbers in digits)
    folded = fold(text)
    out: list[str] | None = None
    for m in _SPELLED_DOC.finditer(folded):
        n = _spelled_number(m.group("n").split())
        if n is None:
            continue
        start, end = m.start("n"), m.end("n")
        words = m.group("n").split()
        digits = str(n).zfill(2) if words[0] == "khong" else str(n)
        out = list(text) if out is None else out
        out[start:end] = list(digits.ljust(end - start))
    return text if out is None else "".join(out)

