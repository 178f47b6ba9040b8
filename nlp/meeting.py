"""Is a text the minutes of a Party meeting, and what does it record of the meeting.

``is_minutes`` weighs evidence (a BIÊN BẢN title, the record's fields and signature block against
news, plan and resolution cues); ``read_meeting`` fills :class:`nlp.models.Meeting`.  Patterns run on
``nlp.cues.fold(text)`` (lower case, no diacritics, same offsets), so labels match with or without
accents and in any case; values are cut from the text as written.  Unknown stays None.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from nlp.attendance import read_attendance, read_vote
from nlp.cues import (
    LABEL,
    LINE_START,
    TITLE,
    TITLE_WORD,
    WORD_NUMBER,
    alternation,
    fold,
    in_facts_paragraph,
    planned,
    unwrap,
)
from nlp.dates import digits_for_spelled_dates, parse_date
from nlp.forms import restack
from nlp.heading import read_orgs, read_type
from nlp.models import Meeting
from nlp.names import common_spelling, mend_surname, real_name
from nlp.normalize import modern_tones
from nlp.people import read_chair, read_delegates, read_secretary
from nlp.signatures import read_signatures
from nlp.times import duration, meeting_times

# ---------------------------------------------------------------- is_minutes

# (a notebook abbreviates "sinh hoạt" to "SH": "BIÊN BẢN SH CHUYÊN ĐỀ QUÝ I/2022")
_TITLE_MEETING = re.compile(TITLE_WORD + r"\s+(?:sinh\s+hoat|sh|hop|hoi\s+nghi|cuoc\s+hop|ky\s+hop)\b")
_MEETING_WORDS = re.compile(
    r"(?:sinh\s+hoat|\bsh)\s+(?:chi\s+bo|cb\b|dang|chuyen\s+de|thuong\s+ky|dinh\s+ky)|hop\s+chi\s+bo"
    r"|hoi\s+nghi\s+(?:chi\s+bo|dang\s+uy|ban\s+chap\s+hanh)"
)
_FIELDS = [
    re.compile(LINE_START + r"(?:thoi\s+gian(?:\s+bat\s+dau)?|gio\s+bat\s+dau)\s*[:\-–]"),
    re.compile(LINE_START + r"dia\s+diem\s*[:\-–]"),
    re.compile(LINE_START + r"(?:thanh\s+phan|dang\s+vien\s+du|so\s+dang\s+vien|tong\s+so)"),
    # (a minute book's "CT: đ/c A", "TK: đ/c B", "TS: 10, CM: 10, V: 0")
    re.compile(LABEL + r"(?:(?:nguoi\s+|dong\s+chi\s+)?(?:chu\s+tri|chu\s+toa)\b[^:\n]{0,30}|ct|c\s*/\s*tri):"),
    re.compile(LABEL + r"(?:(?:dong\s+chi\s+)?(?:thu\s+ky|(?:nguoi\s+)?ghi\s+(?:bien\s+ban|bb))\b[^:\n]{0,30}|tk"
                       r"|t\s*/\s*ky):"),
    re.compile(r"co\s+mat\s*:?\s*\d|vang(?:\s+mat)?\s*:?\s*\d|\bts\s*:?\s*\d+\s*[,;\-–]\s*cm\s*:?\s*\d"),
]
_RECORD = re.compile(
    r"(?:cuoc\s+hop|buoi\s+sinh\s+hoat|sinh\s+hoat|hoi\s+nghi|buoi\s+hop)\s+(?:\w+\s+){0,3}?ket\s+thuc"
    r"|bien\s+ban\s+(?:da\s+)?(?:duoc\s+)?(?:doc\s+lai|thong\s+qua)|hom\s+nay,?\s+(?:vao\s+)?(?:luc|hoi)"
    r"|thu\s+ky\s+(?:da\s+)?doc\s+lai\s+(?:toan\s+van\s+)?bien\s+ban"  # ("Thư ký đã đọc lại biên bản, chi bộ …")
    r"|ket\s+thuc[^\n.]{0,40}?(?:doc\s+lai|thong\s+qua)\s+(?:bien\s+ban|bb)\b"  # "Kết thúc 9g30; thông qua biên bản"
    # a narrative record: the secretary writes in the first person ("tôi là … ghi biên bản", "tôi đọc lại biên bản")
    r"|\btoi\s+(?:la\s+[^\n.;]{2,40}?\s+)?(?:ghi|doc\s+lai)\s+bien\s+ban"
    # (or names who read it out: "…, cô Út đọc lại biên bản cho chi bộ nghe, chi bộ thống nhất")
    r"|doc\s+lai\s+bien\s+ban\s+cho\s+(?:ca\s+|toan\s+the\s+)?(?:chi\s+bo|anh\s+em|moi\s+nguoi|dang\s+vien|cac\s+dong\s+chi)"
    r"\s+(?:cung\s+)?nghe"
)
# The head of a Party document names the committee and the cell ("ĐẢNG BỘ XÃ A" over "CHI BỘ ẤP B", or
# "Đảng bộ xã A – Chi bộ ấp B"): a news item has none.
_PARTY_HEAD = re.compile(
    r"^\s*(?:[^\n]*\n){0,2}?[ \t]*(?:dang\s+bo|dang\s+uy)\b[^\n]{0,60}(?:\n[ \t]*|\s[-–]\s)chi\s+bo\b")
# Facts told in prose: who chaired, who kept the minutes, who came.
_PROSE_FACTS = [re.compile(r"\bchu\s+tri\b"), re.compile(r"\bghi\s+bien\s+ban\b"),
                re.compile(rf"co\s+mat\s+(?:du\s+)?(?:\d|{WORD_NUMBER}\b)")]
# The minute-taker signs minutes; plans and resolutions carry only "T/M CHI BỘ / BÍ THƯ".
_SIGN = re.compile(r"\n[ \t]*(?:\S+\s+){0,3}?(?:thu\s+ky|nguoi\s+ghi\s+bien\s+ban)\b[^\n]*$", re.M)
# A news item's photo captions and bylines (strong), and web page traces (weak: minutes may cite a site).
_NEWS = re.compile(
    r"\(\s*anh\s*:|(?:^|\n)\s*anh\s*:\s*[a-z]|tin\s*(?:,|va)\s*anh\s*:|bai\s+va\s+anh\s*:|phong\s+vien|\bpv\b|\bbtv\b"
)
_WEB = re.compile(r"luot\s+xem|chia\s+se\s+bai|binh\s+luan\s+cua\s+ban|tin\s+lien\s+quan|\bxem\s+them\s*:")
_NEWS_LEAD = re.compile(
    r"(?:^|\n)\s*(?:ngay|sang|chieu|toi)\s+(?:ngay\s+)?\d{1,2}\s*[/\-.]\s*\d{1,2}[^\n]{0,120}?(?:da|vua)\s+(?:to\s+chuc|dien\s+ra|tien\s+hanh)"
    # A news lead: agency tag, or a day/month without the year ("(ĐCSVN) - Chiều 25/3, …").
    r"|(?:^|\n)\s*\([^)\n]{2,30}\)\s*[-–]\s"
    # (not a minute book's dated line, the time after the day: "Ngày 24/8, 13h30, tại phòng giao ca")
    r"|(?:^|\n)\s*(?:ngay|sang|chieu|toi|trua)\s+(?:ngay\s+)?\d{1,2}\s*/\s*\d{1,2}\s*,(?!\s*\d{1,2}\s*[hg:]\s*\d)"
)
# Told in the past as the first thing ("Chi bộ … đã tổ chức sinh hoạt …"); a review section of minutes says
# so too, but later.
_NEWS_PAST = re.compile(
    r"(?:chi\s+bo|dang\s+bo|dang\s+uy)[^\n.]{0,80}?(?:da|vua)\s+(?:to\s+chuc|dien\s+ra)\s+(?:buoi\s+)?(?:sinh\s+hoat|hoi\s+nghi)"
)
# (also as a notebook abbreviates them: "TS ĐV: 12 đ/c", "đ/c Việt - BT", "theo HD 12-HD/BTCTW")
_PARTY = re.compile(r"chi\s+bo|dang\s+bo|dang\s+uy|dang\s+vien|chi\s+uy|bi\s+thu|\bdv\s*:|-hd/btctw|\bpbt\b")
_RESOLVE = re.compile(LINE_START + r"(?:quyet\s+nghi|noi\s+nhan)\s*:?[ \t]*(?:\n|$)")
# "BB SINH HOẠT CHI BỘ THÁNG 11/2021": the clerk's abbreviation of the title.
# (a minute book's "Sổ BB SH chi bộ 2025", its record headed "=== SH thường kỳ T12 ===")
_TITLE_ABBR = re.compile(r"(?:^|\n)[ \t]*(?:so\s+)?bb\.?\s+(?:sinh\s+hoat|hop|sh)\b"
                         # a minute book's cover: "SỔ NGHỊ QUYẾT - BIÊN BẢN HỌP CHI BỘ", "SỔ GHI BIÊN BẢN SINH HOẠT"
                         r"|(?:^|\n)[ \t]*so\s+(?:nghi\s+quyet\s*[-–,/]\s*|ghi\s+)?bien\s+ban\s+(?:hop|sinh\s+hoat)\b"
                         # (a form's "PHIẾU BIÊN BẢN SINH HOẠT …")
                         r"|(?:^|\n)[ \t]*phieu\s+bien\s+ban\s+(?:hop|sinh\s+hoat)\b"
                         r"|(?:^|\n)[ \t]*[=#*~-]{2,}[ \t]*(?:sh|sinh\s+hoat)\s+"
                         r"(?:thuong\s+ky|dinh\s+ky|chuyen\s+de)\b")
# The record's own facts in running text: a vote count, a "có mặt N/N" or "dự N/N" tally.
_TALLY = re.compile(
    r"(?:bieu\s+quyet|nhat\s+tri|tan\s+thanh)[^\n]{0,40}?\d{1,3}\s*/\s*\d{1,3}"
    r"|(?:co\s+mat|du|hien\s+dien)\s*:?\s*\d{1,3}\s*/\s*\d{1,3}\b"
)


@cache
def _other_title() -> re.Pattern[str]:
    return re.compile(r"(?:^|\n)[ \t]*" + alternation("other_titles") + r"\b")


# A form's fact line: its value is what follows the label
_FACT_VALUE = re.compile(r"(?m)^[ \t]*(?:[-+•*]|\d{1,2}[.)])?[ \t]*"
                         r"(?:thoi\s+gian|dia\s+diem|chu\s+tri|thu\s+ky|co\s+mat|tong\s+so)[^:\n]{0,40}:(?P<value>[^\n]*)$")
# what a blank form prints around the space to fill in ("bắt đầu … giờ … phút, ngày … tháng … năm 20…")
_FORM_WORDS = re.compile(r"[.…_,;:()/]|\b(?:dong\s+chi|d/c|chuc\s+vu|bat\s+dau|ket\s+thuc|gio|phut|ngay|thang|nam|20"
                         r"|chinh\s+thuc|du\s+bi|mien\s+sinh\s+hoat|vang(?:\s+mat)?|co\s+ly\s+do|khong\s+ly\s+do|gom"
                         r"|dong|nguoi|neu\s+co|sh|dv|ghi\s+ro|ho(?:\s+va)?\s+ten|va|ly\s+do|hoi|luc|phai\s+du)\b")
# what an online form shows in a question nobody answered ("Câu trả lời của bạn", "dd/mm/yyyy", "__ : __")
_UNANSWERED = re.compile(
    r"(?m)(?:^|[:>]|[ \t]{2})[ \t]*(?:cau\s+tra\s+loi\s+cua\s+ban|your\s+answer|dd/mm/yyyy|_{2,}\s*:\s*_{2,})[ \t]*$")


def _blank_form(folded: str) -> bool:
    """A blank form (a template sent out to cells): its fact lines hold only the spaces to fill in."""
    if len(_UNANSWERED.findall(folded)) >= 3:
        return True
    values = [m.group("value") for m in _FACT_VALUE.finditer(folded)]
    blank = sum(1 for v in values if ("…" in v or "..." in v or "__" in v) and not _FORM_WORDS.sub(" ", v).strip())
    return blank >= 3 and blank >= len(values) - 1


# "Biên bản chị Hằng đang đánh máy, mai em gửi file", "Biên bản đầy đủ anh Hùng đang hoàn chỉnh", "Biên bản mai anh
# gửi Đảng ủy"
_NOT_YET = re.compile(r"bien\s+ban\s+(?:[^.\n]{0,40}?\s)?(?:dang|se|chua|mai)\s+(?:duoc\s+)?(?:[a-z]+\s+){0,2}?"
                      r"(?:danh\s+may|go|hoan\s+(?:thien|chinh)|gui|soan|viet)\b")


# A notice or an invitation to the meeting ("Kính gửi các đồng chí …", "đề nghị các đồng chí tham dự đầy đủ, đúng giờ")
_INVITATION = re.compile(
    r"(?:^|\n)[ \t]*kinh\s+(?:gui|moi)\b|thong\s+bao\s+(?:lich|ve\s+viec|trieu\s+tap)"
    r"|de\s+nghi\s+(?:cac\s+)?(?:dong\s+chi|dang\s+vien)\s+(?:[a-z]+\s+){0,3}?(?:tham\s+du|co\s+mat|di)\s+(?:day\s+du|dung\s+gio)"
)


def _minutes_score(text: str) -> int:
    """Evidence for (positive) and against (negative) the text being minutes of a meeting."""
    f = fold(text)
    head = f[:1200]
    score = 0
    title = TITLE.search(head)
    other = _other_title().search(head, 0, 500)
    if title and other and other.start() < title.start():
        title = None  # "KẾ HOẠCH … (kèm mẫu biên bản)": the plan's own title comes first
    not_yet = _NOT_YET.search(f)
    if title and not_yet and not_yet.start() - title.start() <= 1:
        title = None  # "Biên bản chị Hằng đang đánh máy, …" opening a chat message's line is no title
    if title is None and other is None:
        title = _TITLE_ABBR.search(head)
    if title:
        score += 4
        if _TITLE_MEETING.search(head) or _MEETING_WORDS.search(head, title.start(), title.end() + 200):
            score += 1
    # Another document type named as the title, and no BIÊN BẢN before it: a plan, resolution, report.
    fields = sum(1 for p in _FIELDS if p.search(f))
    # (unless it holds the record itself: a form "BÁO CÁO SINH HOẠT CHI BỘ" answered with every fact of the meeting
    # and its closing)
    held = fields >= 5 and _FIELDS[5].search(f) is not None and _RECORD.search(f) is not None  # (its counts written)
    if other and (not title or other.start() < title.start()) and not held:
        upper = text[other.start() : other.end()].strip()
        score -= 5 if upper.isupper() else 2
    if _MEETING_WORDS.search(f[:2000]):
        score += 1
    score += min(4, fields)
    if _TALLY.search(f):
        score += 1
    if _RECORD.search(f):
        score += 2
    if _SIGN.search(f[-800:]):
        score += 2
    if not title and _PARTY_HEAD.search(f[:300]) and sum(1 for p in _PROSE_FACTS if p.search(f)) >= 2:
        score += 3  # a narrative record under the cell's head, without the BIÊN BẢN title
    score -= min(6, 3 * len(_NEWS.findall(f)) + len(_WEB.findall(f)))
    if _NEWS_LEAD.search(f[:1500]) or _NEWS_PAST.search(f[:600]):
        score -= 3
    if _RESOLVE.search(f):
        score -= 3
    if not title and not_yet:
        score -= 4  # a chat's report of the meeting saying the minutes are still being typed: not the minutes
    if not title and not _RECORD.search(f) and _INVITATION.search(f):
        score -= 3  # a notice calling the meeting: its time, place and chair are of a meeting yet to be held
    if not _PARTY.search(f):  # minutes of a school council or a company board are not ours
        score -= 9
    if _blank_form(f):  # a template of the minutes, not minutes
        return min(score, 0)
    # A BIÊN BẢN title of a cell meeting with the record's fields is minutes whatever else it lacks
    # (no headings, only the chair signing, a "Nơi nhận" line) unless it reads as news.
    if (
        title
        and (other is None or other.start() > title.start())
        and _MEETING_WORDS.search(f, title.start(), title.start() + 300)
        and fields + bool(_TALLY.search(f)) >= 2
        and not _NEWS.search(f)
        and not _NEWS_LEAD.search(f[:1500])
    ):
        score = max(score, 5)
    return score


def is_minutes(text: str) -> bool:
    """True for the minutes of a Party organisation's meeting; false for news, plans, resolutions.

    >>> is_minutes("BIÊN BẢN SINH HOẠT CHI BỘ\\nThời gian: 14 giờ\\nChủ trì: đồng chí A\\nThư ký: đồng chí B")
    True
    >>> is_minutes("Ngày 25/3, Chi bộ Khu phố 3 đã tổ chức sinh hoạt thường kỳ. (Ảnh: Minh Tâm)")
    False
    """
    return _minutes_score(text) >= 5


# ---------------------------------------------------------------- date, place

# (not a time after the day: "Ngày 10/10 - 19h")
_DATE_WORDS = r"\d{1,2}\s*(?:thang|/|-|\.)\s*\d{1,2}(?:\s*(?:nam|/|-|\.)\s*(?:19|20)?\d\d(?![\dhg:']))?"
# "ngày 25 tháng 3 năm 2024", "ngày 25/3", or a full date without "ngày" ("Chủ nhật, 24/3/2024").
# (or as a note app writes it: "Ngày :: 2023-04-25")
_DATED = re.compile(
    rf"ngay\s+(?P<d>{_DATE_WORDS})|(?<![\d/.\-])(?P<d2>\d{{1,2}}\s*[/.\-]\s*\d{{1,2}}\s*[/.\-]\s*(?:19|20)\d\d)(?!\d)"
    r"|(?<![\d/.\-])(?P<d3>(?:19|20)\d\d-\d{1,2}-\d{1,2})(?![\d/.\-])"
    # the day and month after the time, in a notebook's time line: "Thời gian: 19h00, 23/6"
    # (or opening a minute book's line, the time after it: "12/12 - 16h, tại phòng họp …")
    # (or after the part of the day opening a minute book's dated line: "Tối 14/3")
    r"|(?:(?<=\d,\s)|(?<=\d\s-\s)|(?:(?<=\n)|^)(?=\d{1,2}/\d{1,2}[ \t]*[-–,][ \t]*\d{1,2}[ \t]*[hg:])"
    r"|(?<=\nsang )|(?<=\nchieu )|(?<=\ntoi )|(?<=\ntrua )"
    # (or after the hour and its part of the day: "Thời gian: 7g30 sáng 3/11", "19h, 9/10 – tại nhà văn hóa")
    r"|(?<=\d\ssang\s)|(?<=\d\schieu\s)|(?<=\d\stoi\s)|(?<=\d[hg],\s)"
    # (the time's day named between: "TG: 14h00, thứ ba 13/1", "TG: 19h30, tối 14/3"; "Vào lúc 14h ngày 14/9")
    r"|(?:(?<=\d,\s)|(?<=\d[hg],\s))(?:(?:thu\s+(?:hai|ba|tu|nam|sau|bay)|chu\s+nhat|sang|chieu|toi|trua),?\s+)"
    r"|(?<=\d[hg]\sngay\s)|(?<=\dh\d\d\sngay\s)|(?<=\sgio\sngay\s))"
    r"(?P<d4>\d{1,2}/\d{1,2})(?![\d/.])"
)


def _date_group(m: re.Match[str]) -> str:
    return next(g for g in ("d", "d2", "d3", "d4") if m.group(g))


_PLACE_DATE = re.compile(r"(?:^|\n|\s{3,})[^\n,]{0,40},\s*ngay\s+\d{1,2}\s*(?:thang|/|-|\.)")
# ("hồi"/"lúc" before a time: not the "hội" of "Đại hội … Chỉ thị số 45-CT/TW ngày 20/6/2020"; "Sáng ngày 9/5/2022
# chi bộ họp")
_MEETING_TIME_CUE = re.compile(r"thoi\s+gian|vao\s+luc|vao\s+hoi|\bhoi\s+\d|\bluc\s+\d|hom\s+nay|\bgio\b"
                               r"|ngay\s+(?:hop|sinh\s+hoat|sh)\s*:|(?:^|\n)[ \t]*[-+•*]?[ \t]*ngay\s*:[ \t]*$"
                               r"|\d\s*[hg]\d*\b|\b(?:sang|chieu|toi|trua)(?:\s+(?:thu\s+[a-z]+|chu\s+nhat))?,?(?:\s+ngay)?\s*$")
_TITLE_YEAR = re.compile(r"(?:(?:thang\s+|\bt)\d{1,2}\s*(?:nam|/|-|–)\s*|quy\s+(?:[ivx]+|\d)\s*(?:nam|/|-|–)\s*|nam\s+)"
                         r"((?:19|20)\d\d)")  # ("… KỲ T6/2021")


def _iso(folded: str, fallback_year: str | None) -> str | None:
    """ISO date of a folded "25 thang 3 nam 2024" / "25/3/2024" / "25/3" (year from the title; a school year
    "2017-2018" gives the first from August, the second before)."""
    m = re.match(r"(\d{1,2})\D+?(\d{1,2})(?:\D+?((?:19|20)?\d\d))?\s*$", folded.strip())
    if not m:
        return None
    if fallback_year and "-" in fallback_year:
        first, second = fallback_year.split("-")
        fallback_year = first if int(m.group(2)) >= 8 else second
    year = m.group(3) or fallback_year
    if year and len(year) == 2:
        year = "20" + year
    if not year:
        return None
    day, month = m.group(1), m.group(2)
    if int(month) > 12 >= int(day):  # a form exported in the American order: "5/22/2025" can only be 22 May
        day, month = month, day
    return parse_date(f"{day}/{month}/{year}")


# (also "SỔ NGHỊ QUYẾT - BIÊN BẢN SINH HOẠT CHI BỘ")
_BOOK = r"\bso\s+(?:nghi\s+quyet\s*[-–,/]\s*|ghi\s+)?(?:bien\s+ban|bb)\b"
_BOOK_YEAR = re.compile(rf"{_BOOK}[^\n\d]{{0,60}}?((?:19|20)\d\d)\b|{_BOOK}[^\n\d]*\n[ \t]*nam\s+((?:19|20)\d\d)\b")


def _read_date(text: str, folded: str, start_pos: int | None) -> str | None:
    """The meeting's date: from its time line, else the place-and-date line of the heading."""
    title = TITLE.search(folded, 0, 1500)
    year_m = _TITLE_YEAR.search(folded, title.start() if title else 0, (title.start() if title else 0) + 300)
    year = year_m.group(1) if year_m else None
    if year is None:  # a minute book typed out: its year on its cover line ("Sổ BB SH chi bộ 2025", "SỔ GHI BIÊN BẢN …
        # NĂM 2023"), not the day it was typed ("đánh máy lại ngày 05/01/2026")
        book = _BOOK_YEAR.search(folded, 0, title.start() if title else 600)
        year = (book.group(1) or book.group(2)) if book else None
        # a school's book runs over a school year ("NĂM HỌC 2017 – 2018"): a day from January to July is in its second
        school = re.match(r"\s*[-–—/]\s*((?:19|20)\d\d)\b", folded[book.end() :]) if book else None
        if school and int(school.group(1)) == int(year) + 1:
            year = f"{year}-{school.group(1)}"
    if year is None:  # "ngày 25/3" in the time line, the year only in the place-and-date line
        # (which may give only the month: "Tháng 11 năm 2016")
        head_year = re.search(
            r"(?:ngay\s+\d{1,2}\s*(?:thang|/|-|\.)\s*|\bthang\s+)\d{1,2}\s*(?:nam|/|-|\.)\s*((?:19|20)\d\d)",
            folded[: title.start() if title else 600],
        )
        year = head_year.group(1) if head_year else None
    body_from = title.end() if title else 0
    candidates: list[tuple[int, str]] = []
    title_end = folded.find("\n\n", body_from, body_from + 300) if title else -1
    for m in _DATED.finditer(folded, body_from, min(len(folded), body_from + 2500)):
        group = _date_group(m)
        line_start = max(folded.rfind("\n", 0, m.start()), folded.rfind(".", 0, m.start() - 1)) + 1
        before = folded[max(line_start, m.start() - 120) : m.start()]
        if re.search(r"(?:so|/|ct|nq|kl|qd|hd|kh)[^\n]{0,40}$", before) and not _MEETING_TIME_CUE.search(before):
            continue  # "Chỉ thị số 05-CT/TW ngày 15/5/2016": a cited document's date
        near = start_pos is not None and abs(m.start() - start_pos) < 80
        in_title = title is not None and m.start() < (title_end if title_end > 0 else body_from + 150)
        if planned(folded, m.start()) and not near:
            continue  # the date it was planned for: "Theo kế hoạch, chi bộ sinh hoạt … ngày 06/11 …"
        if re.match(r"[ \t]+\d{1,2}:\d{2}(?::\d{2}|[ \t]*(?:am|pm)\b)", folded[m.end() :]):
            continue  # a form's stamp, to the second: "Bắt đầu lúc: 6/28/2021 4:12:03 PM", "Dấu thời gian: …"
        if near or in_title or _MEETING_TIME_CUE.search(before) or re.search(r"cung\s+ngay|hom\s+nay", before):
            iso = (_iso(folded[m.start(group) : m.end(group)], year) if group != "d3"
                   else parse_date("/".join(reversed(m.group("d3").split("-")))))
            if iso:
                # (the nearest to the start time: not a topic's "(27/7/1947 - 27/7/2023)" on the line above it)
                rank = 0 if near else 1 if not in_title else 2
                candidates.append((rank, abs(m.start() - start_pos) if near and start_pos is not None else 0, iso))
    if candidates:
        return min(candidates, key=lambda c: c[:2])[2]
    # The heading's "Tân Thành, ngày 25 tháng 3 năm 2024" is when the minutes were written.
    head_end = title.start() if title else min(len(folded), 800)
    m = _PLACE_DATE.search(folded, 0, head_end + 200)
    if m:
        d = _DATED.search(folded, m.start(), m.end() + 40)
        if d:
            return _iso(folded[d.start("d") : d.end("d")], year)
    m = re.search(r"(?:^|\n|\s{3})[^\w\n]{0,3}[ \t]*ngay\s+\d", folded[:head_end])
    if m:
        d = _DATED.search(folded, m.start(), m.end() + 40)
        return _iso(folded[d.start("d") : d.end("d")], year) if d else None
    # a date alone on its line in the head: "18/11/2025" over the title
    m = re.search(r"(?m)^[ \t]*(\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*(?:19|20)\d\d)[ \t]*$", folded[:head_end])
    return _iso(m.group(1), year) if m else None


_CORRECTION = re.compile(r"dinh\s+chinh|sua\s+(?:lai|thanh)|(?:ghi|danh\s+may|viet|go)\s+nham|\bnham\s+(?:la|thanh)")
# ("Buổi sinh hoạt thực tế tổ chức vào chiều thứ Tư ngày 28/4/2021 …; ngày 27/4/2021 ghi ở trên … ghi nhầm.")
_MEETING_DAY = re.compile(
    r"thoi\s+gian|(?:chi\s+bo\s+)?(?:hop|sinh\s+hoat)\s+(?:vao\s+)?ngay|ngay\s+(?:hop|sinh\s+hoat)"
    r"|(?:hop|sinh\s+hoat)\s+(?:thuc\s+te\s+)?(?:duoc\s+)?(?:to\s+chuc|dien\s+ra)")


_RIGHT_DATE = re.compile(r"\b(?:dung|chinh\s+xac|sua\s+lai|nay\s+sua)\s+(?:la\s+)?(?:ngay\s+)?\d")


def _corrected(folded: str, date: str | None) -> str | None:
    """The meeting's date as the minutes correct it: a note that the date read was typed wrong ("Dòng Thời gian
    ghi nhầm ngày 27/7/2020; nay đính chính là ngày 28/7/2020") gives the other date it names."""
    if date is None or not _CORRECTION.search(folded):
        return date
    year = date[:4]
    # (a note's sentence wrapped over lines: "… nhầm ngày sinh hoạt là 27/4/2019 (ở dòng địa danh" / "và dòng …)")
    folded = re.sub(r"(?<![.:;])\n(?=[ \t]*[a-z(])", " ", folded)
    sentences = [m.group(0) for m in re.finditer(r"[^.\n]*(?:\.(?=\d)[^.\n]*)*", folded) if m.group(0).strip()]
    for k, said in enumerate(sentences):
        if not (_CORRECTION.search(said) and _MEETING_DAY.search(said)):
            continue
        # (the right date may come in the next sentence: "… nhầm ngày sinh hoạt là 27/4/2019. Ngày sinh hoạt đúng
        # là ngày 27/5/2019.")
        after = sentences[k + 1] if k + 1 < len(sentences) and _RIGHT_DATE.search(sentences[k + 1]) else ""
        dates = [_iso(m.group(_date_group(m)), year) for m in _DATED.finditer(said + " " + after) if not m.group("d3")]
        others = [d for d in dates if d and d != date]
        if date in dates and others:
            return others[-1]
    return date


# "Địa điểm:", in terse notes "ĐĐ:", or just "Tại:"
# (a form exported from a spreadsheet puts a tab for the colon: "Địa điểm<TAB>Hội trường ấp 3")
# (also run on after a comma: "Hồi 18 giờ ngày 15/10/2023, địa điểm: Trụ sở …, Chi bộ ấp …")
# (or after a dash on the time's line: "Bắt đầu: 19.00, 6/8 – Địa điểm: văn phòng KP5")
_PLACE_LABEL = re.compile(rf"(?:{LABEL}|,\s*(?=dia\s+diem[^:\n]{{0,15}}:)|[ \t][-–—][ \t]+(?=dia\s+diem\s*:))"
                          r"(?:dia\s+diem(?:\s+(?:hop|sinh\s+hoat))?|dd(?=\s*:)|d\s*[/.]\s*diem|tai(?=\s*:)"
                          r"|noi\s+(?:hop|sinh\s+hoat|to\s+chuc)(?=\s*:))"  # (a form's "Nơi họp: …")
                          r"(?:\s*[:\-–]|(?<=m)[ ]*\t(?=[ \t]*\S))[ \t]*"
                          # (dictated, a line opened by the label with no colon: "địa điểm nhà văn hóa thôn Bích Bắc")
                          r"|(?:^|\n)[ \t]*dia[ ]diem(?:[ ](?:hop|sinh[ ]hoat))?(?:[ ](?:la|tai|o))?[ ]+"
                          r"(?=(?:nha|hoi[ ]truong|phong|tru[ ]so|van[ ]phong|dinh|chua|san|khu)\b)")
_PLACE_INLINE = re.compile(
    # ("hồi"/"lúc" before a time only: not "Ngày hội … tại khu dân cư", "nguồn lực tại chỗ")
    r"(?:thoi\s+gian|vao\s+luc|vao\s+hoi|\bhoi(?=\s+\d)|\bluc(?=\s+\d)|hom\s+nay|\bgio\b|\d\s*[hg]\d*|\bngay\s+\d"
    # "… tổ chức sinh hoạt thường kỳ tháng 9 năm 2023 tại Phòng họp tầng 3": the meeting's verb, far from its time
    r"|(?:to\s+chuc|tien\s+hanh|hop|chu\s+tri|sinh\s+hoat)\s+(?:(?:buoi\s+|ky\s+|phien\s+)?(?:sinh\s+hoat|hop)\s+|phien\s+)?(?:chi\s+bo\s+)?"
    r"(?:thuong\s+ky|dinh\s+ky|chuyen\s+de|thuong\s+le)"  # ("… họp kỳ sinh hoạt thường lệ tháng Ba tại …")
    # "Buổi sinh hoạt được tổ chức tại Nhà văn hóa thôn Trà Na."
    r"|(?:buoi|cuoc)\s+(?:sinh\s+hoat|hop)\s+(?:duoc\s+)?(?:to\s+chuc|dien\s+ra))"
    # (a topic's title in quotes counts as one word: "… chuyên đề "Những điểm mới …" tại Hội quán xóm 5")
    # (and a date written with dots: "Vào lúc 7g30 ngày 12.9.2018 tại …")
    r"(?:[^\n.;\"“”]|(?<=\d)\.(?=\d)|\"[^\"\n]*\"|“[^”\n]*”){0,80}?,?\s*\btai\s+"
)
# "vắng: đ/c A đi khám bệnh tại Bệnh viện tỉnh": a place in an absence is not the meeting's place.
_ABSENCE_BEFORE = re.compile(r"vang|\bom\b|benh|cong\s+tac|di\s+hoc|tap\s+huan|dieu\s+tri|xuat\s+khau")

_PLACE_CLAUSE = re.compile(r",\s*tai\s+(?=(?:nha|hoi\s+truong|phong\s+hop|tru\s+so|van\s+phong)\b)")
_PLACE_SENTENCE = re.compile(  # "Tại nhà văn hóa xóm 5.", "Họp tại nhà văn hóa thôn.", "Chi bộ họp tại …"
    LABEL + r"(?:chi\s+bo\s+)?(?:(?:hop|sinh\s+hoat)\s+)?tai\s+"
    r"(?=(?:nha|hoi\s+truong|phong|tru\s+so|van\s+phong|dinh|chua))")


def _says_tai(text: str, folded: str, m: re.Match[str]) -> bool:
    """The folded "tai" of a match is the word "tại" (or "tai" typed without marks), not "Tài" or "tái"."""
    at = folded.rfind("tai", m.start(), m.end())
    word = text[at : at + 3]
    if word in ("Tại", "Tai") and not re.search(r"(?:^|[\n.:;]\s*|\()$", text[max(0, at - 3) : at]):
        return text.isupper()  # "Khóm Sở Tại B": a capital in the middle of a sentence names a place
    return word.lower() in ("tại", "tai")


_ADDRESS_ABBREV = re.compile(r"(?<![^\W\d_])(?:p|q|tp|tx|tt|kp|h|x|t|d|so)$")


def _other_day(folded: str, start: int, end: int, date: str | None) -> bool:
    """Whether ``folded[start:end]`` dates what it tells on another day than the meeting's: "Kỳ sinh hoạt tháng 9
    (ngày 26/9/2024) tổ chức tại Phòng họp số 2": last month's meeting, not this one."""
    if date is None:
        return False
    for m in _DATED.finditer(folded, start, end):
        if re.search(r"(?:nham|tuc|am\s+lich)\s*$", folded[max(0, m.start() - 12) : m.start()]) or re.match(
                r"[^\n)]{0,25}(?:am\s+lich|\bal\b|nam\s+(?:giap|at|binh|dinh|mau|ky|canh|tan|nham|quy)\b)",
                folded[m.end() : m.end() + 40]):
            continue  # the same day in the lunar calendar: "(tức ngày 12 tháng 3 năm Mậu Tuất)"
        group = _date_group(m)
        iso = _iso(folded[m.start(group) : m.end(group)], date[:4])
        if iso and iso != date:
            return True
    return False


def _read_place(text: str, folded: str, date: str | None = None) -> str | None:
    m = _PLACE_LABEL.search(folded, 0, max(3000, len(folded) // 2))
    if not m:
        m = next(
            (
                x
                for x in _PLACE_INLINE.finditer(folded, 0, max(2500, len(folded) // 3))
                if _says_tai(text, folded, x) and not planned(folded, x.end())
                and not _other_day(folded, x.start(), x.end(), date)
                and not _ABSENCE_BEFORE.search(folded, max(0, x.end() - 60, folded.rfind("\n", 0, x.end())), x.end())
            ),
            None,
        )
    if not m:  # "Thời gian: 19h30' ngày 28/3/2020. Tại nhà văn hóa xóm 5."
        m = next((x for x in _PLACE_SENTENCE.finditer(folded, 0, min(len(folded), 2000)) if _says_tai(text, folded, x)),
                 None)
    if not m:  # "…, do đồng chí A chủ trì, đồng chí B ghi biên bản, tại hội trường Khối Tân Lập."
        m = next((x for x in _PLACE_CLAUSE.finditer(folded, 0, min(len(folded), 1500)) if _says_tai(text, folded, x)),
                 None)
    if not m:  # the facts told together at the end: "… bắt đầu lúc 14 giờ … Địa điểm: … Chủ trì: …"
        m = next((x for x in _PLACE_LABEL.finditer(folded) if in_facts_paragraph(folded, x.start())),
                 None)
    if not m or m.re is _PLACE_LABEL and folded[m.end() : m.end() + 1] in ("\n", ""):
        return None  # "Địa điểm: ……" left blank: the label's value is not on the next line
    end = len(text)
    stop = re.compile(
        r"\n|\.(?:\s|$)|;|,\s*(?:chi\s+bo|dang\s+bo|dang\s+uy|cb|db)\b|,\s*(?:ngay|vao\s+luc|luc|hoi)\s+\d|\s+(?:ngay)\s+\d"
        r"|,?\s+(?:vao\s+)?(?:luc|hoi)\s+\d|\s+(?:to\s+chuc|tien\s+hanh)\s|[ \t]{3,}(?=\S)"  # (or another column)
        r"|[ ]/[ ]"  # (or the next fact on a phone's line: "… văn phòng cty / chủ trì: dc A")
        # (the next line's sentence, joined when typed in lower case: "… thôn Na Hạ 1 / chi bộ thôn Na Hạ 1 họp …")
        r"|\s+chi\s+bo\s[^\n.;,]{0,40}?\s(?:tien\s+hanh|to\s+chuc|hop|sinh\s+hoat)\b"
    )
    s = stop.search(folded, m.end())
    # "P. F.205, cơ sở 2", "TP. Vinh": the period of an address abbreviation ends no sentence
    while s and s.group() == ". " and _ADDRESS_ABBREV.search(folded, m.end(), s.start()):
        s = stop.search(folded, s.end())
    if s:
        end = s.start()
    place = text[m.end() : end].strip(" ,:-–")
    place = re.sub(r"^(?:[Tt]ại|TẠI|[Tt]ai)\s+", "", place)
    return modern_tones(" ".join(place.split())) or None


# ---------------------------------------------------------------- read_meeting


# A printed form's dotted fill-ins ("..08.. giờ", "..21../..21..", "Địa điểm: ……"): the dots go, a written
# value stays (same offsets), and a blank left unfilled reads as no value.
_FILL = re.compile(r"\.{3,}|…+|\.{2}(?=[ \t]?\w)|(?<=\w)\.{2}")


# A table flattened one cell per line ("Thời gian\n14 giờ …", "Có mặt\n15"): the label's line break becomes
# its colon (same offsets), so the value reads as if written "Có mặt: 15".
_CELL_LABEL = re.compile(
    # sentence case only: "THƯ KÝ\nCHỦ TRÌ" stacked over the signatures is no table
    r"(?m)^([ \t]*(?:Địa điểm|Chủ trì|Chủ tọa|Thư ký|Người ghi biên bản|Đại biểu(?: dự)?)[ \t]*)"
    # (nor a signature's label over its "(ký, ghi rõ họ tên)", "[chữ ký]")
    r"\n(?=[ \t]*[^\s:(\[])(?![ \t]*(?:Thư ký|THƯ KÝ|Chủ trì|CHỦ TRÌ|Chủ tọa|Người ghi|T/M|Bí thư|BÍ THƯ))"
    # a count label only over a count: "Vắng có lý do\nỐm" is a member table's status and note
    r"|^([ \t]*(?:Thời gian(?: bắt đầu)?|Tổng số(?: đảng viên)?"
    r"|(?:Số đảng viên (?:được )?m|(?:Được )?M)iễn(?: công tác và)? sinh hoạt(?: đảng)?"
    r"|Phải dự|(?:Số đảng viên c|C)ó mặt|Vắng(?: mặt)?(?: có lý do| không lý do)?)[ \t]*)\n(?=[ \t]*\d)"
)


# The facts in a boxed table, one per row ("| Địa điểm | Hội trường khu phố 4 |"): read as "Địa điểm: …"
# (same offsets: the bars become blanks and the label's bar its colon)
_BAR_FACT = re.compile(  # (not the signatures' titles side by side: "| Thư ký | Chủ trì |")
    r"(?m)^([ \t]*)\|([ \t]*(?:Thời gian(?: bắt đầu)?|Địa điểm|Chủ trì|Chủ tọa|Thư ký|Người ghi biên bản"
    r"|Đại biểu(?: dự)?)[ \t]*)\|(?![ \t]*(?:Thư ký|Chủ trì|Chủ tọa|T/M|TM)[ \t]*\|)([^|\n]*)\|[ \t]*$")


def _bar_fact(m: re.Match[str]) -> str:
    return m.group(1) + " " + m.group(2) + ":" + m.group(3) + " " + m.group(0)[m.end(3) - m.start() + 1 :]


def _join_cell(m: re.Match[str]) -> str:
    # Names and places read after a colon; times and counts after a space ("Thời gian 14 giờ", "Có mặt 15").
    return (m.group(1) + ":") if m.group(1) else (m.group(2) + " ")


# A record typed in two columns apart by " | " ("Địa điểm: Nhà văn hóa ấp 3 | họp buổi tối", "CHI BỘ ẤP 3 | Định An,
# ngày …"): the bar is a column gap, not part of the value (not in a bar table, whose rows start with "|")
_PIPE_COLUMNS = re.compile(r"(?m)(?<=\S)[ \t]+\|(?=[ \t]+\S[^|\n]*$|[ \t]*$)")


def _pipe_columns(text: str) -> str:
    if " |" not in text:
        return text
    return re.sub(r"(?m)^(?![ \t]*\|).*\|.*$",
                  lambda m: _PIPE_COLUMNS.sub(lambda b: " " * len(b.group()), m.group())
                  if m.group().count("|") == 1 else m.group(), text)


# (the field may be numbered: "A2. Địa điểm ........ Phòng giao ca", "2.1. Chủ trì ..... đ/c A", "- Thư ký ….. B")
_LEADER_LABEL = re.compile(r"[ \t]*(?:(?:[A-Ea-e]?\d{1,2}(?:\.\d{1,2})?[.)]|[-+•*]|[A-Ea-e][.)])[ \t]*)?"
                           r"[^\W\d_]+(?:[ \t][^\W\d_]+){0,4}[ \t]*")


def _blank_fill(m: re.Match[str]) -> str:
    """A form's dots blanked; dots leading from a label to words filled in read as its colon
    ("Địa điểm ........ Hội trường HTX" → "Địa điểm:        Hội trường HTX"); counts are read as columns."""
    fill = m.group(0)
    text = m.string
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    rest = text[m.end() : line_end if line_end >= 0 else len(text)]
    if len(fill) >= 3 and _LEADER_LABEL.fullmatch(text[line_start : m.start()]) and rest.strip() and (
        rest[:1] in " \t" and not _FILL.search(rest) and not rest.lstrip()[:1].isdigit()  # (counts read as columns)
        and not rest.lstrip().startswith(":")  # (the colon after the dots: "Có mặt ........ : 27")
    ):
        return ":" + " " * (len(fill) - 1)
    return " " * len(fill)


def read_meeting(text: str) -> Meeting:
    """The facts of the meeting as its minutes record them; what is not written stays None.

    >>> m = read_meeting("CHI BỘ KHU PHỐ 3\\nBIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ\\n"
    ...                  "Thời gian: 14 giờ 00 phút, ngày 25/3/2024\\nChủ trì: đồng chí Nguyễn Văn Hùng")
    >>> m.organization, m.type, m.date, m.start_time, m.chair
    ('Chi bộ Khu phố 3', 'regular', '2024-03-25', '14:00', 'Nguyễn Văn Hùng')
    """
    text = restack(text)  # labels over their values ("Chủ trì / Thư ký / Đ/c A / Đ/c B") label by label
    text = unwrap(text)  # same offsets; sentences wrapped over lines read as one
    text = _FILL.sub(_blank_fill, text)
    text = _CELL_LABEL.sub(_join_cell, text)
    text = _BAR_FACT.sub(_bar_fact, text)
    text = _pipe_columns(text)
    folded = fold(text)
    mtype, combined = read_type(folded, text)
    org, parent = read_orgs(text, folded)
    start, end = meeting_times(folded, text)
    signatures, sig_secretary, sig_chair = read_signatures(text, folded)
    chair = read_chair(text, folded) or sig_chair
    secretary = read_secretary(text, folded) or sig_secretary
    attendance = read_attendance(text, folded)

    def spell(name: str) -> str:
        name = common_spelling(text, folded, real_name(name, text))
        # a surname the text writes the same way twice is meant so ("Tằng Văn Sình"), not an OCR slip
        return name if text.count(name) >= 2 else mend_surname(name)

    chair, secretary = chair and spell(chair), secretary and spell(secretary)
    attendance = replace(attendance, absentees=tuple(map(spell, attendance.absentees)))
    dated = digits_for_spelled_dates(folded)
    date = _corrected(dated, _read_date(text, dated, start.start if start else None))
    return Meeting(
        type=mtype,  # type: ignore[arg-type]
        combined=combined,
        organization=org,
        parent=parent,
        date=date,
        start_time=start.hhmm if start else None,
        end_time=end.hhmm if end else None,
        duration_minutes=duration(start, end),
        place=_read_place(text, folded, date),
        chair=chair,
        secretary=secretary,
        attendance=attendance,
        # ("Dự họp có anh Hai Hùng (Lý Văn Hùng) bí thư chi bộ chủ trì, …": who chairs is no delegate)
        delegates=tuple(d for d in map(spell, read_delegates(text, folded)) if d not in (chair, secretary)),
        vote=read_vote(folded, attendance.present),
        signatures=signatures,
    )
