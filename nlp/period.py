"""The month a set of minutes is for, as its title or opening says ("SINH HOẠT CHI BỘ THÁNG 6/2024").

A cell's June meeting is sometimes held on 2 July; an audit files it under June.
The month is taken only from the title zone or the opening sentence, never from
the place-and-date line ("…, ngày 02 tháng 7 năm 2024"), and only when it lies
near the meeting date (so a misread never moves a meeting far).
"""

from __future__ import annotations

import re

from nlp.cues import fold

# "tháng 6", "tháng 06 năm 2024", "tháng 6/2024", "THÁNG 6 - 2024"; preceded by a meeting word
# within the same line ("sinh hoạt (chi bộ) (thường kỳ) tháng 6", "BIÊN BẢN … THÁNG 6", "họp … tháng").
_PERIOD = re.compile(
    r"(?P<cue>sinh\s+hoat|hop|thuong\s+ky|dinh\s+ky|bien\s+ban|chi\s+bo)[^\n]{0,60}?"
    r"\bthang\s+(?P<month>\d{1,2})\b(?:\s*(?:nam|/|-|\.)\s*(?P<year>(?:19|20)\d\d)\b)?"
)
_DAY_BEFORE = re.compile(r"ngay\s+\d{1,2}\s*$")  # searched with an end bound: "$" is that bound
OPENING_CHARS = 1800


def read_period(text: str, meeting_date: str | None) -> str | None:
    """The ``YYYY-MM`` the minutes report on, or None when not written or not plausible.

    >>> read_period("BIÊN BẢN\\nSINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 6/2024\\n", "2024-07-02")
    '2024-06'
    >>> read_period("Tân Phú, ngày 02 tháng 7 năm 2024\\nBIÊN BẢN HỌP CHI BỘ", "2024-07-02") is None
    True
    """
    if not meeting_date:
        return None
    folded = fold(text[:OPENING_CHARS])
    year, month = int(meeting_date[:4]), int(meeting_date[5:7])
    for m in _PERIOD.finditer(folded):
        thang = m.start() + m.group(0).rfind("thang")
        if _DAY_BEFORE.search(folded, max(0, thang - 20), thang):
            continue  # "ngày 02 tháng 7": a date, not the period
        p_month = int(m.group("month"))
        if not 1 <= p_month <= 12:
            continue
        p_year = int(m.group("year")) if m.group("year") else year + (-1 if p_month - month > 6 else
                                                                      1 if month - p_month > 6 else 0)
        delta = (year * 12 + month) - (p_year * 12 + p_month)
        if 0 <= delta <= 2 or delta == -1:
            return f"{p_year:04d}-{p_month:02d}"
        return None
    return None
