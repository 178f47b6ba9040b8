"""Vietnamese calendar dates as written in documents, to ISO ``yyyy-mm-dd``.

``DATE`` is a regex fragment (no groups of its own beyond named ones with a
prefix) that other patterns embed; ``parse_date`` turns its match into ISO.
"""

from __future__ import annotations

import datetime as dt
import re

# "15/5/2016", "15-5-2016", "4.5.2025", "06 tháng 7 năm 2018", "15 / 05 / 2016".
_NUMERIC = r"\d{1,2}[ ]?[/.\-–][ ]?\d{1,2}[ ]?[/.\-–][ ]?(?:19|20)\d\d"
_WORDS = r"\d{1,2}[ ]+(?:tháng|th)[ ]+\d{1,2}[ ]*,?[ ]+(?:năm)[ ]+(?:19|20)\d\d"
DATE = rf"(?:{_WORDS}|{_NUMERIC})(?!\d)"

_PARTS = re.compile(r"(\d{1,2})\D+?(\d{1,2})\D+?(\d{4})")
_DATE_RE = re.compile(DATE, re.IGNORECASE)


def parse_date(text: str) -> str | None:
    """ISO date of the first date written in ``text``, or None if none or impossible.

    >>> parse_date("ngày 06 tháng 7 năm 2018"), parse_date("4.5.2025"), parse_date("31/2/2020")
    ('2018-07-06', '2025-05-04', None)
    """
    m = _DATE_RE.search(text)
    if not m:
        return None
    parts = _PARTS.search(m.group(0))
    if not parts:
        return None
    day, month, year = (int(p) for p in parts.groups())
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
