"""Is a text the minutes of a Party meeting, and what does it record of the meeting.

``is_minutes`` weighs evidence (a BIÊN BẢN title, the record's fields and signature block against
news, plan and resolution cues); ``read_meeting`` fills :class:`nlp.models.Meeting`.  Patterns run on
``nlp.cues.fold(text)`` (lower case, no diacritics, same offsets), so labels match with or without
accents and in any case; values are cut from the text as written.  Unknown stays None.
"""

from __future__ import annotations

import re
from functools import cache

from nlp.attendance import read_attendance, read_vote
from nlp.cues import alternation, fold, unwrap
from nlp.dates import parse_date
from nlp.models import Meeting
from nlp.names import case_org, clean_name, names_after_cues
from nlp.normalize import fold_key, modern_tones
from nlp.signatures import read_signatures
from nlp.times import duration, meeting_times

# ---------------------------------------------------------------- is_minutes

_LINE_START = r"(?:^|\n)[ \t]*(?:[-+•*]\s*)?"
# A field label starts a line or a sentence, maybe after a bullet or a list number ("2.", "2/", "a)", "II.").
_LABEL = r"(?:^|\n|[.;:]\s)[ \t]*(?:[-+•*]|\d{1,2}\s*[.)/]|[a-e][.)]|[ivx]{1,4}[.)])?[ \t]*"
# "BIÊN BẢN", also as OCR leaves it: "BlÊN BẢN", "BI ÊN BẢN", "B IÊN BẢN".
_TITLE_WORD = r"b\s?[il1|]\s?e\s?n\s*b\s?a\s?n\b"
_TITLE = re.compile(_LINE_START + _TITLE_WORD)
_TITLE_MEETING = re.compile(_TITLE_WORD + r"\s+(?:sinh\s+hoat|hop|hoi\s+nghi|cuoc\s+hop|ky\s+hop)")
_MEETING_WORDS = re.compile(
    r"sinh\s+hoat\s+(?:chi\s+bo|dang|chuyen\s+de|thuong\s+ky|dinh\s+ky)|hop\s+chi\s+bo|hoi\s+nghi\s+(?:chi\s+bo|dang\s+uy|ban\s+chap\s+hanh)"
)
_FIELDS = [
    re.compile(_LINE_START + r"thoi\s+gian(?:\s+bat\s+dau)?\s*[:\-–]"),
    re.compile(_LINE_START + r"dia\s+diem\s*[:\-–]"),
    re.compile(_LINE_START + r"(?:thanh\s+phan|dang\s+vien\s+du|so\s+dang\s+vien|tong\s+so)"),
    re.compile(_LABEL + r"(?:nguoi\s+)?(?:chu\s+tri|chu\s+toa)\b[^:\n]{0,30}:"),
    re.compile(_LABEL + r"(?:thu\s+ky|nguoi\s+ghi\s+bien\s+ban)\b[^:\n]{0,30}:"),
    re.compile(r"co\s+mat\s*:?\s*\d|vang(?:\s+mat)?\s*:?\s*\d"),
]
_RECORD = re.compile(
    r"(?:cuoc\s+hop|buoi\s+sinh\s+hoat|sinh\s+hoat|hoi\s+nghi|buoi\s+hop)\s+(?:\w+\s+){0,3}?ket\s+thuc"
    r"|bien\s+ban\s+(?:da\s+)?(?:duoc\s+)?(?:doc\s+lai|thong\s+qua)|hom\s+nay,?\s+(?:vao\s+)?(?:luc|hoi)"
)
_SIGN = re.compile(
    r"\n[ \t]*(?:thu\s+ky|chu\s+tri|chu\s+toa|nguoi\s+ghi\s+bien\s+ban|t\s*/\s*m\s+chi\s+bo)\b[^\n]*$", re.M
)
_NEWS = re.compile(
    r"\(\s*anh\s*:|\banh\s*:\s*[A-Za-z]|tin\s*(?:,|va)\s*anh\s*:|phong\s+vien|\bpv\b|\bbtv\b|theo\s+bao\b"
    r"|\.(?:vn|com)\b|cong\s+thong\s+tin\s+dien\s+tu|\btac\s+gia\b|luot\s+xem|chia\s+se\s+bai"
)
_NEWS_LEAD = re.compile(
    r"(?:^|\n)\s*(?:ngay|sang|chieu|toi)\s+(?:ngay\s+)?\d{1,2}\s*[/\-.]\s*\d{1,2}[^\n]{0,120}?(?:da|vua)\s+(?:to\s+chuc|dien\s+ra|tien\s+hanh)"
    r"|(?:chi\s+bo|dang\s+bo|dang\s+uy)[^\n.]{0,80}?(?:da|vua)\s+(?:to\s+chuc|dien\s+ra)\s+(?:buoi\s+)?(?:sinh\s+hoat|hoi\s+nghi)"
    # A news lead: agency tag, or a day/month without the year ("(ĐCSVN) - Chiều 25/3, …").
    r"|(?:^|\n)\s*\([^)\n]{2,30}\)\s*[-–]\s"
    r"|(?:^|\n)\s*(?:ngay|sang|chieu|toi|trua)\s+(?:ngay\s+)?\d{1,2}\s*/\s*\d{1,2}\s*,"
)
_PARTY = re.compile(r"chi\s+bo|dang\s+bo|dang\s+uy|dang\s+vien|chi\s+uy|bi\s+thu")
_RESOLVE = re.compile(_LINE_START + r"(?:quyet\s+nghi|noi\s+nhan)\s*:?[ \t]*(?:\n|$)")


@cache
def _other_title() -> re.Pattern[str]:
    return re.compile(r"(?:^|\n)[ \t]*" + alternation("other_titles") + r"\b")


def _minutes_score(text: str) -> int:
    """Evidence for (positive) and against (negative) the text being minutes of a meeting."""
    f = fold(text)
    head = f[:1200]
    score = 0
    title = _TITLE.search(head)
    other = _other_title().search(head, 0, 500)
    if title:
        score += 4
        if _TITLE_MEETING.search(head):
            score += 1
    # Another document type named as the title, and no BIÊN BẢN before it: a plan, resolution, report.
    if other and (not title or other.start() < title.start()):
        upper = text[other.start() : other.end()].strip()
        score -= 5 if upper.isupper() else 2
    if _MEETING_WORDS.search(f[:2000]):
        score += 1
    score += min(4, sum(1 for p in _FIELDS if p.search(f)))
    if _RECORD.search(f):
        score += 2
    if _SIGN.search(f[-800:]):
        score += 2
    news = len(_NEWS.findall(f))
    score -= min(6, 2 * news)
    if _NEWS_LEAD.search(f[:1500]):
        score -= 3
    if _RESOLVE.search(f):
        score -= 3
    if not _PARTY.search(f):  # minutes of a school council or a company board are not ours
        score -= 9
    return score


def is_minutes(text: str) -> bool:
    """True for the minutes of a Party organisation's meeting; false for news, plans, resolutions.

    >>> is_minutes("BIÊN BẢN SINH HOẠT CHI BỘ\\nThời gian: 14 giờ\\nChủ trì: đồng chí A\\nThư ký: đồng chí B")
    True
    >>> is_minutes("Ngày 25/3, Chi bộ Khu phố 3 đã tổ chức sinh hoạt thường kỳ. (Ảnh: Minh Tâm)")
    False
    """
    return _minutes_score(text) >= 5


# ---------------------------------------------------------------- heading: organisation and parent

_DCSVN = re.compile(r"dang\s+cong\s+san\s+viet\s+nam")
_PARTY_LINE = re.compile(r"(?P<kind>chi\s+bo|dang\s+bo|dang\s+uy|chi\s+uy)\b")
_ORG_IN_TEXT = re.compile(
    r"\b(?P<kind>chi\s+bo|dang\s+bo)\s+(?P<name>[^\n,.;:()]{2,80}?)\s+(?:to\s+chuc|tien\s+hanh|hop|sinh\s+hoat)\b"
)


def _header_lines(text: str, folded: str) -> list[tuple[int, int]]:
    """Spans of the heading's column pieces, up to the title (two columns are split apart)."""
    title = _TITLE.search(folded, 0, 1500)
    stop = title.start() if title else min(len(folded), 600)
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text[:stop].split("\n"):
        for m in re.finditer(r"\S+(?:[ \t]{1,2}\S+)*", line):  # 3+ spaces separate columns
            s, e = pos + m.start(), pos + m.end()
            # Columns merged by extraction: "ĐẢNG BỘ XÃ AN PHÚ ĐẢNG CỘNG SẢN VIỆT NAM".
            d = _DCSVN.search(folded, s, e)
            if d:
                spans.extend(x for x in ((s, d.start()), (d.start(), d.end()), (d.end(), e)) if x[1] - x[0] > 1)
            else:
                spans.append((s, e))
        pos += len(line) + 1
    return spans


def _upper_run(name: str) -> str:
    """The heading name in capitals, cut where the other column's mixed-case words begin."""
    tokens = name.split()
    if len(tokens) < 2 or not (tokens[0].isupper() and tokens[1].isupper()):
        return name
    kept: list[str] = []
    for i, tok in enumerate(tokens):
        rest = " ".join(tokens[i:])
        if tok == "*" or tok != tok.upper() or re.match(r"(?i)số\s*:?\s*\d+\s*[-/]", rest):  # "SỐ 07-BB/CB"
            break
        kept.append(tok)
    return " ".join(kept)


def _cased(text: str, folded: str, name: str) -> str:
    """The organisation name cased as the body writes it, else cased by rule."""
    if not name.isupper():
        return modern_tones(" ".join(name.split()))
    cased = case_org(name)
    head = _PARTY_LINE.match(fold(cased))
    rest = cased[head.end() :].strip() if head else ""
    words = [re.escape(w) for w in fold(rest).split()]
    if head and words:
        # The body names the cell in running text: "Chi bộ thôn Đông tổ chức …".
        pat = re.compile(r"\b(?:chi\s+bo|dang\s+bo|dang\s+uy)\s+(?P<rest>" + r"\s+".join(words) + r")(?!\w)")
        for m in pat.finditer(folded):
            found = text[m.start("rest") : m.end("rest")]
            if fold_key(found) == fold_key(rest) and found != found.upper():
                return cased[: head.end()] + " " + modern_tones(" ".join(found.split()))
    return cased


def _read_orgs(text: str, folded: str) -> tuple[str | None, str | None]:
    """Organisation (the cell) and its parent committee from the heading, else from the text."""
    found: list[tuple[str, str]] = []  # (kind, name as written)
    spans = _header_lines(text, folded)
    i = 0
    while i < len(spans):
        s, e = spans[i]
        f = folded[s:e]
        m = _PARTY_LINE.match(f)
        if m and not _DCSVN.match(f) and e - s <= 120:
            name = _upper_run(text[s:e].strip(" *-"))
            # A long name wrapped onto the next line: "ĐẢNG BỘ KHỐI CÁC CƠ QUAN" / "TỈNH QUẢNG NAM".
            if i + 1 < len(spans):
                ns, ne = spans[i + 1]
                nxt = text[ns:ne].strip()
                nf = folded[ns:ne]
                if (
                    nxt.isupper()
                    and text[e:ns].count("\n") == 1
                    and not _PARTY_LINE.match(nf)
                    and not _DCSVN.match(nf)
                    and not re.match(r"so\b|bien\s+ban|\*", nf)
                    and len(nxt) < 60
                    and name.isupper()
                    and not re.search(r"\d", nxt)
                    and spans[i + 1][0] - text.rfind("\n", 0, ns) - 1 < 20
                ):
                    name = f"{name} {nxt}"
                    i += 1
            found.append((m.group("kind").replace(" ", ""), name))
        i += 1
    org = parent = None
    cells = [k for k, (kind, _) in enumerate(found) if kind in ("chibo", "chiuy")]
    if cells:
        k = cells[-1]
        org = found[k][1]
        parents = [n for kind, n in found[:k] if kind in ("dangbo", "danguy")]
        parent = parents[-1] if parents else None
    elif found and _COMMITTEE_MEETING.search(folded, 0, 1500) and not re.search(r"chi\s+bo", _title_zone(folded)):
        # A meeting of the Đảng bộ / Đảng ủy itself: it is the organisation, the line above its parent.
        org = found[-1][1]
        parent = found[-2][1] if len(found) > 1 else None
    elif found:
        parent = found[-1][1]
    if org is None:
        for m in _ORG_IN_TEXT.finditer(folded, 0, max(3000, len(folded) // 3)):
            name = _org_from_text(text, folded, m)
            if name and m.group("kind").startswith("chi"):
                org = name
                break
            if name and parent is None:
                parent = name
    if org and parent is None:  # "Chi bộ thôn Tân Hưng thuộc Đảng bộ xã Lãng Sơn"
        m = re.search(r"\s+(?:thuoc|truc\s+thuoc)\s+(?=dang\s+bo|dang\s+uy)", fold(org))
        if m:
            org, parent = org[: m.start()], org[m.end() :]
    org = _cased(text, folded, _clean_org(org)) if org else None
    parent = _cased(text, folded, _clean_org(parent)) if parent else None
    return org, parent


_COMMITTEE_MEETING = re.compile(
    r"hoi\s+nghi\s+(?:ban\s+chap\s+hanh|ban\s+thuong\s+vu|dang\s+uy)|hop\s+(?:ban\s+chap\s+hanh|dang\s+uy)"
)
_ORG_NAME_START = re.compile(r"(?:[a-z]+\s+)?")


def _title_zone(folded: str) -> str:
    title = _TITLE.search(folded, 0, 1500)
    return folded[title.start() : title.start() + 200] if title else ""


def _org_from_text(text: str, folded: str, m: re.Match[str]) -> str | None:
    """ "Chi bộ thôn Tân Hưng" from running text; None for "Chi bộ đã …" (no name)."""
    words = text[m.start("name") : m.end("name")].split()
    while words and fold(words[-1]) in {"da", "dang", "se", "cung", "chinh", "thuc", "dinh", "ky"}:
        words.pop()
    if not words:
        return None
    unit = re.match(alternation("admin_units") + "|" + alternation("org_words"), fold(" ".join(words)))
    if not (words[0][:1].isupper() or words[0][:1].isdigit() or unit):
        return None
    return text[m.start() : m.start("name")] + " ".join(words)


def _clean_org(name: str) -> str:
    name = re.sub(r"^\s*(?:T\s*/\s*M\s+)", "", name)
    return " ".join(name.split()).strip(" *-–")


# ---------------------------------------------------------------- type


@cache
def _type_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return (
        re.compile(alternation("regular_cues")),
        re.compile(alternation("thematic_cues")),
        re.compile(alternation("combined_cues") + r"[^.\n]{0,40}chuyen\s+de"),
    )


def _read_type(folded: str) -> tuple[str | None, bool]:
    regular, thematic, combined = _type_res()
    title = _TITLE.search(folded, 0, 1500)
    if title:
        # The title runs to the first field line (Thời gian / Hôm nay / Vào lúc ...).
        stop = re.compile(r"\n\s*(?:thoi\s+gian|hom\s+nay|vao\s+(?:luc|hoi)|hoi\s+\d|dia\s+diem|\d\.|i\.)")
        m = stop.search(folded, title.end())
        zone = folded[title.start() : m.start() if m else title.start() + 300]
    else:
        zone = folded[:600]
    opening = folded[: (title.end() if title else 0) + 1200]
    is_reg = bool(regular.search(zone))
    is_them = bool(thematic.search(zone))
    if not (is_reg or is_them):
        is_reg = bool(regular.search(opening))
        is_them = bool(re.search(r"(?:sinh\s+hoat|hop)\s+chuyen\s+de", opening))
    both = is_reg and is_them
    if is_reg and not is_them and combined.search(opening):
        both = True
    if is_reg or both:
        return "regular", both
    if is_them:
        return "thematic", False
    return None, False


# ---------------------------------------------------------------- date, place

_DATE_WORDS = r"\d{1,2}\s*(?:thang|/|-|\.)\s*\d{1,2}(?:\s*(?:nam|/|-|\.)\s*(?:19|20)?\d\d)?"
_DATED = re.compile(rf"ngay\s+(?P<d>{_DATE_WORDS})")
_PLACE_DATE = re.compile(r"(?:^|\n|\s{3,})[^\n,]{0,40},\s*ngay\s+\d{1,2}\s*(?:thang|/|-|\.)")
_MEETING_TIME_CUE = re.compile(r"thoi\s+gian|vao\s+luc|vao\s+hoi|\bhoi\b|\bluc\b|hom\s+nay|\bgio\b|\d\s*h\d*\b")
_TITLE_YEAR = re.compile(r"(?:thang\s+\d{1,2}\s*(?:nam|/|-)\s*|nam\s+)((?:19|20)\d\d)")


def _iso(folded: str, fallback_year: str | None) -> str | None:
    """ISO date of a folded "25 thang 3 nam 2024" / "25/3/2024" / "25/3" (year from the title)."""
    m = re.match(r"(\d{1,2})\D+?(\d{1,2})(?:\D+?((?:19|20)?\d\d))?\s*$", folded.strip())
    if not m:
        return None
    year = m.group(3) or fallback_year
    if year and len(year) == 2:
        year = "20" + year
    return parse_date(f"{m.group(1)}/{m.group(2)}/{year}") if year else None


def _read_date(text: str, folded: str, start_pos: int | None) -> str | None:
    """The meeting's date: from its time line, else the place-and-date line of the heading."""
    title = _TITLE.search(folded, 0, 1500)
    year_m = _TITLE_YEAR.search(folded, title.start() if title else 0, (title.start() if title else 0) + 300)
    year = year_m.group(1) if year_m else None
    body_from = title.end() if title else 0
    candidates: list[tuple[int, str]] = []
    for m in _DATED.finditer(folded, body_from, min(len(folded), body_from + 2500)):
        line_start = max(folded.rfind("\n", 0, m.start()), folded.rfind(".", 0, m.start() - 1)) + 1
        before = folded[max(line_start, m.start() - 120) : m.start()]
        if re.search(r"(?:so|/|ct|nq|kl|qd|hd|kh)[^\n]{0,40}$", before) and not _MEETING_TIME_CUE.search(before):
            continue  # "Chỉ thị số 05-CT/TW ngày 15/5/2016": a cited document's date
        near = start_pos is not None and abs(m.start() - start_pos) < 80
        if near or _MEETING_TIME_CUE.search(before) or re.search(r"cung\s+ngay|hom\s+nay", before):
            iso = _iso(folded[m.start("d") : m.end("d")], year)
            if iso:
                candidates.append((0 if near else 1, iso))
    if candidates:
        return min(candidates, key=lambda c: c[0])[1]
    # The heading's "Tân Thành, ngày 25 tháng 3 năm 2024" is when the minutes were written.
    head_end = title.start() if title else min(len(folded), 800)
    m = _PLACE_DATE.search(folded, 0, head_end + 200)
    if m:
        d = _DATED.search(folded, m.start(), m.end() + 40)
        if d:
            return _iso(folded[d.start("d") : d.end("d")], year)
    m = re.search(r"(?:^|\n)[ \t]*ngay\s+\d", folded[:head_end])
    if m:
        d = _DATED.search(folded, m.start(), m.end() + 40)
        return _iso(folded[d.start("d") : d.end("d")], year) if d else None
    return None


_PLACE_LABEL = re.compile(_LABEL + r"dia\s+diem(?:\s+(?:hop|sinh\s+hoat))?\s*[:\-–]\s*")
_PLACE_INLINE = re.compile(
    r"(?:thoi\s+gian|vao\s+luc|vao\s+hoi|hoi|luc|hom\s+nay|\bgio\b|\d\s*h\d*)[^\n.;]{0,80}?,?\s*\btai\s+"
)

_PLACE_SENTENCE = re.compile(_LABEL + r"tai\s+(?=(?:nha|hoi\s+truong|phong|tru\s+so|van\s+phong|dinh|chua))")


def _read_place(text: str, folded: str) -> str | None:
    m = _PLACE_LABEL.search(folded, 0, max(3000, len(folded) // 2))
    if not m:
        m = _PLACE_INLINE.search(folded, 0, max(2500, len(folded) // 3))
    if not m:  # "Thời gian: 19h30' ngày 28/3/2020. Tại nhà văn hóa xóm 5."
        m = _PLACE_SENTENCE.search(folded, 0, min(len(folded), 2000))
    if not m:
        return None
    end = len(text)
    stop = re.compile(
        r"\n|\.(?:\s|$)|;|,\s*(?:chi\s+bo|dang\s+bo|dang\s+uy)\b|,\s*(?:ngay|vao\s+luc|luc|hoi)\s|\s+(?:ngay)\s+\d"
    )
    s = stop.search(folded, m.end())
    if s:
        end = s.start()
    place = text[m.end() : end].strip(" ,:-–")
    place = re.sub(r"^(?:[Tt]ại|TẠI|[Tt]ai)\s+", "", place)
    return modern_tones(" ".join(place.split())) or None


# ---------------------------------------------------------------- chair, secretary, delegates

_MEETING_NOUN = r"(?:\s+(?:buoi|cuoc|ky)?\s*(?:sinh\s+hoat|hop|hoi\s+nghi))?"
# "Chủ trì: …", "Chủ trì hội nghị: …", "Người chủ trì là đồng chí …"
_CHAIR_LABEL = re.compile(
    _LABEL + r"(?:nguoi\s+)?(?:chu\s+tri|chu\s+toa|dieu\s+hanh)" + _MEETING_NOUN + r"(?:\s*[:\-–]\s*|\s+la\s+)"
)
_SEC_LABEL = re.compile(
    _LABEL
    + r"(?:thu\s+ky|nguoi\s+ghi\s+bien\s+ban|ghi\s+bien\s+ban)"
    + _MEETING_NOUN
    + r"(?:\s+ghi\s+bien\s+ban)?(?:\s*[:\-–]\s*|\s+la\s+)"
)
_PERSON = r"\b(?:dong\s+chi|d\s*/\s*c|ong|ba)\s+"
_PERSON_RE = re.compile(_PERSON)
_CHAIR_INLINE = re.compile(
    rf"{_PERSON}(?P<rest>[^.;\n]{{2,140}}?)\s(?:lam\s+|lam\s+nguoi\s+)?(?:chu\s+tri|chu\s+toa)\b"
)
_SEC_INLINE = re.compile(
    rf"{_PERSON}(?P<rest>[^.;\n]{{2,120}}?)\s(?:(?:lam\s+|duoc\s+cu\s+lam\s+)(?:thu\s+ky|nguoi\s+ghi\s+bien\s+ban)|ghi\s+bien\s+ban)\b"
    rf"|cu\s+{_PERSON}(?P<rest2>[^.;\n]{{2,60}}?)\s+lam\s+thu\s+ky"
)


def _labelled_name(text: str, folded: str, label: re.Pattern[str]) -> str | None:
    for m in label.finditer(folded, 0, max(3500, len(folded) // 2)):
        end = folded.find("\n", m.end())
        end = len(folded) if end < 0 else min(end, m.end() + 160)
        # "Đ/c Nguyễn Văn A – Bí thư", or the office first: "Bí thư chi bộ – đồng chí Nguyễn Văn A".
        name = clean_name(text[m.end() : end])
        if not name:
            after = names_after_cues(text, m.end(), end)
            name = after[0] if after else None
        if name:
            return name
    return None


def _inline_name(text: str, folded: str, pattern: re.Pattern[str]) -> str | None:
    for m in pattern.finditer(folded, 0, max(3500, len(folded) // 2)):
        group = "rest2" if m.groupdict().get("rest2") else "rest"
        start = m.start(group) if m.group(group) else m.start()
        # The person nearest the role: "cử đồng chí A làm thư ký", not an earlier "đồng chí B".
        cues = list(_PERSON_RE.finditer(folded, start, m.end()))
        name = clean_name(text[cues[-1].end() if cues else start : m.end()])
        if name:
            return name
    return None


_DELEGATE_LABEL = re.compile(
    _LABEL + r"(?:dai\s+bieu|khach\s+moi)(?:\s+(?:cap\s+tren|dang\s+uy|moi))?(?:\s+(?:ve\s+)?(?:tham\s+)?du"
    r"(?:\s+(?:buoi\s+)?(?:sinh\s+hoat|hop|hoi\s+nghi))?)?(?:\s+co)?\s*[:\-–]?\s*"
    r"|"
    + _LABEL
    + r"(?:ve\s+)?(?:tham\s+)?du(?:\s+(?:buoi\s+)?(?:sinh\s+hoat|hop|hoi\s+nghi)(?:\s+\w+){0,3}?)?\s+co\s+"
)


def _read_delegates(text: str, folded: str) -> tuple[str, ...]:
    m = _DELEGATE_LABEL.search(folded, 0, max(3000, len(folded) // 2))
    if not m:
        return ()
    rest = folded[m.end() : m.end() + 20]
    if re.match(r"\s*(?:khong|0\b)", rest):
        return ()
    end = folded.find("\n", m.end())
    end = len(folded) if end < 0 else end
    while True:  # delegates listed one per bullet line
        nxt = folded.find("\n", end + 1)
        nxt = len(folded) if nxt < 0 else nxt
        if re.match(r"\s*[-+•*]\s*(?:dong\s+chi|d\s*/\s*c|ong|ba)\b", folded[end + 1 : nxt]):
            end = nxt
        else:
            break
    names = names_after_cues(text, m.end() - 5 if folded[m.end() - 5 : m.end()].strip() == "" else m.end(), end)
    if not names:
        name = clean_name(text[m.end() : end])
        names = [name] if name else []
    return tuple(names)


# ---------------------------------------------------------------- read_meeting


def read_meeting(text: str) -> Meeting:
    """The facts of the meeting as its minutes record them; what is not written stays None.

    >>> m = read_meeting("CHI BỘ KHU PHỐ 3\\nBIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ\\n"
    ...                  "Thời gian: 14 giờ 00 phút, ngày 25/3/2024\\nChủ trì: đồng chí Nguyễn Văn Hùng")
    >>> m.organization, m.type, m.date, m.start_time, m.chair
    ('Chi bộ Khu phố 3', 'regular', '2024-03-25', '14:00', 'Nguyễn Văn Hùng')
    """
    folded = unwrap(text, fold(text))
    mtype, combined = _read_type(folded)
    org, parent = _read_orgs(text, folded)
    start, end = meeting_times(folded)
    signatures, sig_secretary, sig_chair = read_signatures(text, folded)
    chair = _labelled_name(text, folded, _CHAIR_LABEL) or _inline_name(text, folded, _CHAIR_INLINE) or sig_chair
    secretary = _labelled_name(text, folded, _SEC_LABEL) or _inline_name(text, folded, _SEC_INLINE) or sig_secretary
    attendance = read_attendance(text, folded)
    return Meeting(
        type=mtype,  # type: ignore[arg-type]
        combined=combined,
        organization=org,
        parent=parent,
        date=_read_date(text, folded, start.start if start else None),
        start_time=start.hhmm if start else None,
        end_time=end.hhmm if end else None,
        duration_minutes=duration(start, end),
        place=_read_place(text, folded),
        chair=chair,
        secretary=secretary,
        attendance=attendance,
        delegates=_read_delegates(text, folded),
        vote=read_vote(folded, attendance.present),
        signatures=signatures,
    )
