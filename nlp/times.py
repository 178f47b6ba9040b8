"""Clock times in minutes ("14 giờ 00 phút", "15h30'", "Hồi 8 giờ", "2 giờ chiều", "17 giờ kém 15") and which one starts
or ends the meeting.

Everything runs on the folded text (``nlp.cues.fold``): lower case, no diacritics, same offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.cues import WORD_NUMBER, in_facts_paragraph, planned, to_int

# "14 giờ 00 phút", "7 giờ 30'", "14 giờ", "14h", "15h30'", "14g30", "19g ngày", "14:00"; never "5 ha" or "24/24 giờ".
_TIME = re.compile(
    r"(?<![\d/.,])(?<!\d:)(?:"  # (after a label's colon typed without a space: "bắt đầu:7 giờ 30")
    # "17 giờ kém 15": a quarter to five ("4 giờ thiếu 10 phút chiều" in the South)
    r"(?P<h1>\d{1,2})[ \t]*[.,]?[ \t]*gio(?:\s*(?:kem|thieu)\s*(?P<k1>\d{1,2})(?!\d)\s*(?:phut|p\b|'|’)?"
    r"|\s*(?P<m1>\d{1,2})(?!\d)\s*(?:phut|p\b|'|’)?)?"
    r"|(?P<h2>\d{1,2})\s?h(?:\s?(?P<m2>\d{2})\s*(?:phut|p\b|'|’)?)?(?![a-z\d])"
    r"|(?P<h3>\d{1,2})\s?g(?:(?P<m3>\d{2})\s*(?:phut|p\b|'|’)?(?![a-z\d])"
    # a bare "19g" only where a date or part of day follows ("19g ngày 5/11", "8g sáng")
    # (or the sentence ends: "Cuộc họp kết thúc 21g.")
    r"|(?=\s*(?:ngay|sang|chieu|toi|trua|hom|cung|[,(;]|\s\d|\.(?!\d)|$)))"
    r"|(?P<h4>\d{1,2}):(?P<m4>\d{2})(?::00)?(?![\d:])"  # (a sheet's "16:00:00"; not a stamp's "21:14:03")
    r")"
)
# After a cue only: "lúc 20.00", "kết thúc lúc 21.45", "Thời gian bắt đầu: 1930 (giờ tàu)", "bắt đầu 1900 LT" —
# a ship's or a site's clock; never a date "18.11.2016", an amount "20.000" or a year "từ năm 1930".
_CUED_CLOCK = re.compile(
    r"(?:\bluc|\bhoi|\btu|bat\s+dau|thoi\s+gian|ket\s+thuc|\bden|\bxong)\s*:?\s*"
    r"(?:(?P<h>\d{1,2})\.(?P<m>\d{2})(?![\d./]|,\d)"  # (a comma after it: "Bắt đầu: 19.00, 6/8")
    # (not a year after "từ", "đến": "Luật … có hiệu lực từ 2020.", "giai đoạn 2021 đến 2025")
    r"|(?!(?<=tu\s)(?:19|20)\d\d)(?!(?<=den\s)(?:19|20)\d\d)"
    r"(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?=\s*(?:\(|lt\b|gio\b|h\b|ngay\b|cung\b|[,;.]\s|\n|$)))"
)
_PERIOD_AFTER = re.compile(r"\s*\(?\s*(?:buoi\s+)?(sang|trua|chieu|toi|dem)\b")
_MERIDIEM = re.compile(r"[ \t]?(am|pm)\b")
_PERIOD_BEFORE = re.compile(r"\b(?:buoi\s+)?(sang|trua|chieu|toi)\b(?!\s+(?:nay|qua|mai))[^.;\n]{0,40}$")
_CLOCK_BEFORE = re.compile(r"\d\s*(?:gio|[hg:])\s*\d|\bgio\b")  # another time between: its own part of the day
# the part of the day opening the sentence, its day and date before the time: "Chiều bữa hai mươi sáu tây tháng Chín
# năm hai ngàn không trăm mười bảy, đúng 2 giờ, …"
_PERIOD_OPENS = re.compile(r"(?:^|(?<=\n)|(?<=\.\s))[ \t]*(?:buoi\s+)?(sang|trua|chieu|toi)\s+"
                           r"(?=ngay\b|bua\b|hom\b|thu\b|chu\s+nhat\b)[^.;\n\d]{0,20}(?:\d|[^.;\n]){0,120}$")
_CLAUSE_END = re.compile(r"[.;\n](?!\d)")
_FILED = re.compile(r"(?:\b(?:gui|nhap|in|luu|xuat|tao|cap\s+nhat|dong\s+bo)\s+(?:luc|vao|ngay)|\bdau\s+thoi\s+gian"
                    # (a form's receipt: "Phản hồi của bạn đã được ghi lại lúc 24/05/2023 17:02")
                    r"|\b(?:ghi\s+lai|ghi\s+nhan|tiep\s+nhan)\s+(?:luc|vao)"
                    # (a chat group's note: "A đã tạo ghi chú lúc 15:06 11/01/2026", "B đã chỉnh sửa lúc 16:40")
                    r"|\b(?:tao|chinh\s+sua|sua|ghim|dang)\s+(?:ghi\s+chu|bai\s+viet|tin\s+nhan|tai\s+lieu)\s+luc"
                    r"|\bda\s+(?:chinh\s+sua|sua|cap\s+nhat)\s+luc"
                    # ("In từ phần mềm ngày 04/12/2017 08:52")
                    r"|\bin\s+tu\s+(?:phan\s+mem|he\s+thong)\s+(?:luc|vao|ngay)"
                    r"|\bgui(?:\s+[a-z]+){1,6}?\s+luc"  # ("… gửi qua biểu mẫu trực tuyến lúc 21:37 ngày 18/11")
                    # (an export's "Thời gian xuất: 19/11/2025 07:12", "Thời gian tạo/chỉnh sửa: …")
                    r"|\bthoi\s+gian\s+(?:gui|nop|bat\s+dau\s+dien|dien|xuat|tao|in|luu|cap\s+nhat|chinh\s+sua|sua)"
                    # (software's own stamps: "Sửa đổi lần cuối bởi A lúc 16:52", a mail's or a note app's
                    # "27 tháng 4, 2017 lúc 21:14" — people write "ngày 27 tháng 4 năm 2017")
                    r"|\b(?:sua\s+doi|chinh\s+sua)(?:\s+lan\s+cuoi)?\s+boi(?:\s+\S+){1,6}\s+luc"
                    r"|\b\d{1,2}\s+(?:thang|thg)\s+\d{1,2},\s+(?:19|20)\d\d\s+luc|\b\d{1,2}\s+thg\s+\d{1,2}\s+luc"
                    r"|\b(?:de\s+)?hoan\s+thanh\s*:)(?:\b|(?<=:))[^\n]{0,25}$")
_LIST_NUMBER = re.compile(r"\d{1,2}\.\s+gio\b")
_STAMP_AFTER = re.compile(r"\s*(?:sa|ch|am|pm)\s+\d{1,2}\s+thg\b")  # a comment's "9:14 SA 21 thg 4"
# ("Tg: 14h00", a form's "Giờ: 19:00 → 20:40")
_START_CUE = re.compile(r"(?:bat\s+dau|thoi\s+gian|\btu\b|hom\s+nay|khai\s+mac|\btg\s*:"
                        r"|(?:^|\n)[ \t]*gio(?:\s+hop)?\s*:)")
# "lúc", "hồi" introduce either time: they make a start only when no end cue precedes them.
_NEUTRAL_CUE = re.compile(r"(?:\bluc\b|\bhoi\b|\bvao\b)")
# "đến"/"tới" (until) only right before the time: "từ 13 giờ 30 đến 15 giờ 30", not "buổi tối, lúc 19 giờ".
# "… kết thúc lúc 21 giờ", "Hết 21h05." (a terse notebook's last line)
_END_BEFORE = re.compile(
    r"(?:ket\s+thuc|be\s+mac|tan\s+hop|giai\s+tan|\bxong\b|\b(?:den|toi)\s*(?:luc\s*|hoi\s*)?$|(?:^|\n)\s*het\s*(?:luc\s*)?$"
    # a notebook's label, perhaps numbered as the record's last part: "- KT: 21h40 cùng ngày", "IV. KT: 16h20; …"
    r"|(?:^|\n)[ \t]*(?:[-+•*]|(?:[ivx]+|\d{1,2})[./)])?[ \t]*kt[ \t]*:[ \t]*$)")
_MEETING_NOUN = re.compile(r"sinh\s+hoat|\bhop\b|hoi\s+nghi|bien\s+ban|be\s+mac|cung\s+ngay")
# ("… 3 giờ 40 chiều thì nghỉ", "… tối thì tan họp": a narrative record's end)
# (not the end of something else, told as when the meeting started: "(ngay sau khi kết thúc ca 1)", "sau khi kết
# thúc ca trực ngày")
_END_AFTER = re.compile(r"(?:cung\s+ngay|(?<!khi\s)ket\s+thuc(?!\s+(?:ca|gio\s+lam|phien\s+lam|buoi\s+lam"
                        r"|ngay\s+lam)\b)|be\s+mac|\bthi\s+(?:nghi|xong|tan|giai\s+tan|ket\s+thuc)\b)")


_OWN_END = re.compile(r"\s*(?:(?:truoc|sau|vao|trong|den|toi)\s+)?(?:(?:ngay|luc|hoi|thang)\s+)?\d")


_RANGE_DASH = re.compile(r"\s*(?:[-–—→]|->)\s*")


@dataclass(frozen=True)
class ClockTime:
    """One time of day written in the text, with its span."""

    start: int
    end: int
    hour: int
    minute: int

    @property
    def hhmm(self) -> str:
        return f"{self.hour:02d}:{self.minute:02d}"


def _period_shift(text: str, folded: str, m: re.Match[str], hour: int) -> int:
    """Hour on the 24-hour clock when "chiều"/"tối" is stated next to a 12-hour time."""
    after = _PERIOD_AFTER.match(folded, m.end())
    if (
        after
        and after.group(1) == "toi"
        and (text[after.start(1) : after.end(1)].lower() == "tới" or re.match(r"\s*\d", folded[after.end() :]))
    ):
        after = None  # "từ 7 giờ tới 9 giờ": "tới" is "until", not "tối" (evening)
    clause_start = max(folded.rfind(".", 0, m.start()), folded.rfind("\n", 0, m.start()), m.start() - 45)
    before = _PERIOD_BEFORE.search(folded, clause_start + 1, m.start())
    if before is None and not _CLOCK_BEFORE.search(folded, max(0, m.start() - 140), m.start()):
        sentence = max(folded.rfind(".", 0, m.start() - 1), folded.rfind("\n", 0, m.start()), m.start() - 140)
        before = _PERIOD_OPENS.search(folded, sentence + 1, m.start())
    if before and before.group(1) == "toi":
        word = text[before.start(1) : before.end(1)].lower()
        just_before = not folded[before.end(1) : m.start()].strip() and not before.group(0).startswith("buoi")
        if word == "tới" or just_before:  # "đến/tới 9 giờ" is "until"
            before = None
    period = after.group(1) if after else before.group(1) if before else None
    meridiem = _MERIDIEM.match(folded, m.end())  # a form's export in English: "7:00:00 PM"
    if meridiem:
        if meridiem.group(1) == "pm":
            return hour + 12 if 1 <= hour <= 11 else hour  # ("12:30 PM" is half past noon)
        return 0 if hour == 12 else hour  # ("12:15 AM" is a quarter past midnight)
    if period == "chieu" and 1 <= hour <= 11 or period == "toi" and 5 <= hour <= 11:
        return hour + 12
    if period == "trua" and 1 <= hour <= 2:
        return hour + 12
    return hour


_SPELLED_CLOCK = re.compile(
    rf"(?<![a-z\d])(?P<n>{WORD_NUMBER})(?=\s+(?:gio|phut)\b)|(?<=gio\s)ruoi\b"
    # the minutes in words without "phút": "bảy giờ ba mươi tối", "chín giờ bốn mươi, biên bản …"
    rf"|(?<=gio\s)(?P<m>{WORD_NUMBER})(?=\s*(?:[,.;)]|\n|$)|\s+(?:toi|sang|chieu|trua|dem|ngay|cung|thi|thu)\b)"
)


def _digits_for_spelled_clock(folded: str) -> str:
    """ "hoi muoi bon gio muoi lam phut" as "hoi 14       gio 15       phut", "gio ruoi" as "gio 30p " (same
    length): a time written in words, as old-fashioned minutes do."""
    if "gio" not in folded:
        return folded
    return _SPELLED_CLOCK.sub(
        lambda m: ("30p " if m.group("n") is None and m.group("m") is None
                   else str(to_int(m.group("n") or m.group("m")))).ljust(len(m.group())),
        folded)


def find_times(folded: str, text: str | None = None) -> list[ClockTime]:
    """Every plausible time of day in the folded text (``text``: the same as written), in order."""
    text = folded if text is None else text
    folded = _digits_for_spelled_clock(folded)
    out: list[ClockTime] = []
    for m in _TIME.finditer(folded):
        h = next(g for g in (m.group("h1"), m.group("h2"), m.group("h3"), m.group("h4")) if g is not None)
        mm = next((g for g in (m.group("m1"), m.group("m2"), m.group("m3"), m.group("m4")) if g is not None), "0")
        hour, minute = int(h), int(mm)
        if m.group("k1") is not None:  # "19 giờ kém 15" is 18:45
            before = int(m.group("k1"))
            if not 0 < before < 60 or hour == 0:
                continue
            hour, minute = hour - 1, 60 - before
        if hour > 23 or minute > 59:
            continue
        if m.group("h1") is not None and _LIST_NUMBER.match(folded, m.start()) and not folded[
                folded.rfind("\n", 0, m.start()) + 1 : m.start()].strip():
            continue  # a form's question "2. Giờ bắt đầu *": the number of the question, no hour
        out.append(ClockTime(m.start(), m.end(), _period_shift(text, folded, m, hour), minute))
    for m in _CUED_CLOCK.finditer(folded):
        at = m.start("h") if m.group("h") is not None else m.start("hh")
        if any(t.start <= at < t.end for t in out):
            continue
        hour, minute = int(m.group("h") or m.group("hh")), int(m.group("m") or m.group("mm"))
        if hour <= 23 and minute <= 59:
            out.append(ClockTime(at, m.end(), hour, minute))
    return sorted(out, key=lambda t: t.start)


def _clause_before(folded: str, pos: int, limit: int = 90) -> str:
    """The text of the clause before ``pos`` (back to a full stop, semicolon or line break)."""
    lo = max(0, pos - limit)
    window = folded[lo:pos]
    cut = max(window.rfind(c) for c in ".;\n")
    return window[cut + 1 :] if cut >= 0 else window


def _clause_after(folded: str, pos: int, limit: int = 70) -> str:
    m = _CLAUSE_END.search(folded, pos, min(len(folded), pos + limit))
    return folded[pos : m.start() if m else min(len(folded), pos + limit)]


# a chat's stamp between the messages, a line of its own ("— Thứ Bảy 21:38 —", "— 21:41 —", "10/08/2019 21:38"), or in
# brackets before the sender ("[21:38] Kim Thoa: …")
_STAMP_LINE = re.compile(r"[ \t]*[\[(—–\-=*]*[ \t]*(?:(?:thu\s+[a-z]+|chu\s+nhat|hom\s+nay|hom\s+qua)[ \t,]*)?"
                         r"(?:\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?[ \t,]*)?\d{1,2}:\d{2}(?::\d{2})?"
                         r"[ \t]*(?:sa|ch|am|pm)?"
                         r"[ \t]*[\])—–\-=*]*[ \t]*")
_STAMP_BRACKET = re.compile(r"[ \t]*\[[^\]\n]{0,20}?\d{1,2}:\d{2}(?::\d{2})?[ \t]*(?:sa|ch|am|pm)?\]")


# the sender's name beside the time, a line of its own: "Nguyễn Thị Lành  18:21", "21:32 Lê Thị Phương Thảo"
_NAME_WORDS = r"[^\W\d_][^\W\d_'’]*(?:[ \t]+[^\W\d_][^\W\d_'’]*){1,5}"
_SENDER_LINE = re.compile(
    rf"[ \t]*(?:(?P<a>{_NAME_WORDS})[ \t]+\d{{1,2}}:\d{{2}}|\d{{1,2}}:\d{{2}}[ \t]+(?P<b>{_NAME_WORDS}))[ \t]*")


def _chat_stamp(folded: str, t: ClockTime, text: str | None) -> bool:
    start = folded.rfind("\n", 0, t.start) + 1
    end = folded.find("\n", t.end)
    end = len(folded) if end < 0 else end
    bracket = _STAMP_BRACKET.match(folded, start)
    line = _STAMP_LINE.fullmatch(folded, start, end)
    # (a bare time on its line is a form's answer under its question: the stamp has its dashes, day or date)
    if line is not None and re.search(r"[\[(—–\-=*]|thu\s|chu\s+nhat|hom\s|\d[/.\-]\d", folded[start:t.start]):
        return True
    if bracket is not None and t.end <= bracket.end():
        return True
    sender = _SENDER_LINE.fullmatch(text, start, end) if text is not None and len(text) == len(folded) else None
    return sender is not None and all(w[:1].isupper() for w in (sender["a"] or sender["b"]).split())


def _bare_range(folded: str, first: ClockTime, last: ClockTime) -> bool:
    """Whether the two times stand alone on their line but for marks, a label and the day ("⏰ 19h15-20h05 tối
    10/8/2019"), not an item of a programme ("19h00 - 19h15: khai mạc")."""
    line_start = folded.rfind("\n", 0, first.start) + 1
    line_end = folded.find("\n", last.end)
    line_end = len(folded) if line_end < 0 else line_end
    before, after = folded[line_start : first.start], folded[last.end : line_end]
    return (re.fullmatch(r"[^a-z0-9]*(?:(?:thoi\s+gian|tg|gio)\s*:?)?[^a-z0-9]*", before) is not None
            and re.fullmatch(r"[ \t,]*(?:\(?(?:sang|chieu|toi|trua|dem)\)?[ \t,]*)?(?:(?:ngay|hom)\s*)?"
                             r"(?:\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?)?[ \t.,]*(?:\([^)\n]{0,40}\))?[ \t.]*", after)
            is not None)


def meeting_times(folded: str, text: str | None = None) -> tuple[ClockTime | None, ClockTime | None]:
    """The meeting's start and end times, or None where the text does not state them."""
    times = find_times(folded, text)
    if not times:
        return None, None
    ends: list[ClockTime] = []
    starts: list[ClockTime] = []
    weak: set[ClockTime] = set()  # introduced only by "lúc"/"hồi": a start in the opening lines only
    paired: dict[ClockTime, ClockTime] = {}  # an end time and the start written with it in one clause
    until: set[ClockTime] = set()  # an end told only by "đến"/"tới", which may be someone's arrival
    filed: set[ClockTime] = set()  # when the record was sent or saved, a chat's stamp: no time of the meeting
    for i, t in enumerate(times):
        before = _clause_before(folded, t.start)
        if _FILED.search(before[-70:]) or _STAMP_AFTER.match(folded, t.end) or _chat_stamp(folded, t, text):
            filed.add(t)
            # when the record was sent or saved: "Gửi lúc: 20/05/2023 10:41", "In lúc 16:02", a comment's time
            # (a stamp to the second, "20:41:06", is never read as a time at all: see _TIME)
            continue
        # After-cues speak for this time only when no other time follows in the clause
        # ("từ 14 giờ, kết thúc lúc 16 giờ": "kết thúc" belongs to 16 giờ).
        after = _clause_after(folded, t.end)
        nxt = times[i + 1].start if i + 1 < len(times) else len(folded)
        after_own = nxt >= t.end + len(after)
        if i > 0 and times[i - 1] in starts and _RANGE_DASH.fullmatch(folded, times[i - 1].end, t.start):
            ends.append(t)  # "Thời gian: 19g00 - 21g00 ngày 13/5/2025": from one to the other
            paired[t] = times[i - 1]
            continue
        if (i > 0 and times[i - 1] not in filed and times[i - 1].start < 1500
                and _RANGE_DASH.fullmatch(folded, times[i - 1].end, t.start) and _bare_range(folded, times[i - 1], t)):
            # a line of its own with the meeting's hours and day, typed on a phone: "⏰ 19h15-20h05 tối 10/8/2019"
            starts.append(times[i - 1])
            ends.append(t)
            paired[t] = times[i - 1]
            continue
        end_cue = max(_END_BEFORE.finditer(before), key=lambda m: m.start(), default=None)
        if end_cue and i > 0 and times[i - 1].start >= t.start - len(before) + end_cue.end():
            # "kết thúc lúc 09h50 cùng ngày (để kịp ca xuất dầu lúc 10h30)": the cue is the nearer time's
            end_cue = None
        start_cue = max(_START_CUE.finditer(before), key=lambda m: m.start(), default=None)
        # The end of the meeting itself, not of an event in the plan ("giải bóng đá kết thúc lúc 17 giờ").
        about_meeting = (
            bool(start_cue) or bool(_MEETING_NOUN.search(before + " " + after)) or t.start > len(folded) * 0.7
            or bool(re.search(r"(?:gio|thoi\s+gian)\s+ket\s+thuc\s*:?\s*$", before))  # a form's "Giờ kết thúc:"
            or bool(re.fullmatch(r"[\s\-+•*]*ket\s+thuc\s*:\s*", before))  # (a sheet's "Kết thúc: 16h10" on its line)
            or bool(re.search(r"(?:^|\n)[ \t]*(?:[-+•*]|(?:[ivx]+|\d{1,2})[./)])?[ \t]*kt[ \t]*:[ \t]*$", before))
        )
        if end_cue and (not start_cue or end_cue.start() > start_cue.start()):
            if about_meeting:
                ends.append(t)
                if re.match(r"\s*(?:den|toi)\b", end_cue.group()):
                    until.add(t)
                # (not a time only after "lúc": "Do ca 2 vào làm lúc 18 giờ 15, buổi sinh hoạt kết thúc lúc 18 giờ")
                if (i > 0 and times[i - 1] in starts and times[i - 1] not in weak
                        and times[i - 1].start >= t.start - len(before)):
                    paired[t] = times[i - 1]  # "bắt đầu lúc 6 giờ 30 và kết thúc lúc 10 giờ": one event's two times
        elif start_cue and "bat dau" in before:
            starts.append(t)
        elif after_own and (cue := _END_AFTER.search(after)) and not _OWN_END.match(after, cue.end()):
            # (not an event ending at its own date: "khai mạc lúc 7h15 thứ Hai ngày 19/3, kết thúc trước 24/3")
            if about_meeting:
                ends.append(t)
        elif start_cue or (not end_cue and _NEUTRAL_CUE.search(before)):
            starts.append(t)
            if not start_cue:
                weak.add(t)
    # the time announced, when the record tells the time it was held: "Theo kế hoạch … lúc 14 giờ …; hôm nay, lúc …"
    told = [t for t in starts if not planned(folded, t.start)]
    if told and len(told) < len(starts):
        starts = told
    # "Thời gian: …" may come late in a long heading; "lúc 7 giờ" deep in the body is a plan's event.
    head, opening = max(len(folded) * 0.5, 2000), max(len(folded) * 0.25, 1500)
    start = next((t for t in starts if t.start < (opening if t in weak else head)), None)
    if start is None:
        # (not a deadline: "gửi về Văn phòng trước 17h ngày 15/9")
        start = next((t for t in times if t.start < 1200 and t not in ends and t not in filed
                      and not planned(folded, t.start)
                      and not re.search(r"(?:truoc|cham\s+nhat|han|sau)\s*(?:luc\s*)?$",
                                        folded[max(0, t.start - 20) : t.start])), None)
    if start is None:
        # written only at the end: "Buổi sinh hoạt bắt đầu lúc 14 giờ 00, kết thúc lúc 16 giờ 20 phút …"
        # ("Buổi sinh hoạt … nêu trên được tiến hành vào ngày 19 tháng 11 năm 2022, bắt đầu từ 18 giờ 30 phút")
        start = next((t for t in starts if "bat dau" in (b := _clause_before(folded, t.start, 160))
                      and (_MEETING_NOUN.search(b) or in_facts_paragraph(folded, t.start))), None)
    # (not the end of another event told with its own start: "Lễ ra quân … bắt đầu lúc 6 giờ 30 và kết thúc lúc 10 giờ")
    ends = [t for t in ends if start is None or paired.get(t, start) == start]
    # (the meeting said to end outranks a later "đến lúc": "… kết thúc hồi 21 giờ 25" then a comment's "Anh Kiên
    # đến lúc 8h kém")
    ends = [t for t in ends if t not in until] or ends
    end = next((t for t in reversed(ends) if start is None or t.start > start.start), None)
    if (start and end and end.hour < 12 <= start.hour and end.hour + 12 > start.hour
            and (end.hour + 12 - start.hour) * 60 + end.minute - start.minute <= 6 * 60):
        # "từ 14 giờ đến 4 giờ 30": the afternoon carries over to the end time (not "bắt đầu 14 giờ … kết thúc
        # 11 giờ 40", a slip: no meeting runs nearly ten hours)
        end = ClockTime(end.start, end.end, end.hour + 12, end.minute)
    return start, end


def duration(start: ClockTime | None, end: ClockTime | None) -> int | None:
    """Minutes from start to end, when both are known: end − start as written, so an end written before the start
    gives a negative count (the record contradicts itself; the duration rule says so)."""
    if not start or not end:
        return None
    minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
    if minutes <= 0 and start.hour >= 17 and end.hour < 4:
        minutes += 24 * 60  # an evening meeting ending after midnight
    return minutes if minutes != 0 else None
