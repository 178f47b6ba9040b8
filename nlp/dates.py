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


# Dates written in words ("ngày hai mươi lăm tháng ba năm 2024", "ngày mười tám tháng năm năm 2017"),
# read on folded text (lower case, no diacritics): "mười" and "mươi" both fold to "muoi".
_UNITS = {"mot": 1, "mo": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "lam": 5, "nham": 5, "sau": 6,
          "bay": 7, "tam": 8, "chin": 9}
_NUMBER_WORD = r"(?:mot|mo|hai|ba|bon|tu|nam|lam|nham|sau|bay|tam|chin|muoi|gieng|chap)"
# (the day or the month in words, the other perhaps in figures: "ngày 28 tháng hai năm 2017", "ngày 09 tháng mười hai
# năm 2025", "ngày hai mươi sáu tháng 12/2019")
_SPELLED = re.compile(
    rf"(?<![a-z])ngay\s+(?P<d>\d{{1,2}}|{_NUMBER_WORD}(?:\s+{_NUMBER_WORD}){{0,2}})\s+thang\s+"
    rf"(?P<m>\d{{1,2}}|{_NUMBER_WORD}(?:\s+{_NUMBER_WORD}){{0,1}})(?:\s*,?\s+nam\s+|\s*/\s*)(?=(?:19|20)\d\d)"
)


def words_to_number(words: str) -> int | None:
    """1–31 from folded Vietnamese number words ("hai muoi lam" → 25, "muoi mot" → 11), else None.

    >>> words_to_number("hai muoi lam"), words_to_number("muoi tam"), words_to_number("ba muoi mot")
    (25, 18, 31)
    """
    ws = words.split()
    if ws == ["gieng"]:
        return 1
    if ws == ["chap"]:
        return 12
    if len(ws) == 1:
        return 10 if ws[0] == "muoi" else _UNITS.get(ws[0]) if ws[0] not in ("mo", "lam", "nham") else None
    if ws[0] == "muoi" and len(ws) == 2 and ws[1] in _UNITS and ws[1] not in ("tu", "mo"):
        return 10 + _UNITS[ws[1]]
    if len(ws) == 2 and ws[0] in ("hai", "ba") and ws[1] in _UNITS and ws[1] != "nam":
        return _UNITS[ws[0]] * 10 + _UNITS[ws[1]]  # "mươi" left out, as said quickly: "hai bảy" (27), "ba mốt" (31)
    if len(ws) >= 2 and ws[0] in _UNITS and ws[1] == "muoi" and ws[0] not in ("mot", "mo", "lam", "nham"):
        tens = _UNITS[ws[0]] * 10
        if len(ws) == 2:
            return tens
        if len(ws) == 3 and ws[2] in _UNITS:  # "hai mươi mốt" (or "một"), "hai mươi tư", "hai mươi lăm"
            return tens + _UNITS[ws[2]]
    return None


# "năm hai nghìn không trăm mười sáu", "năm hai ngàn hai mươi tư": the year in words
_YEAR_WORDS = re.compile(
    rf"(?<=nam\s)(?P<y>hai\s+(?:nghin|ngan)(?:\s+khong\s+tram)?(?:\s+(?:linh|le))?"
    rf"(?P<rest>(?:\s+{_NUMBER_WORD}){{1,3}})?)(?![a-z])")


def _year_digits(m: re.Match[str]) -> str:
    rest = words_to_number(m.group("rest").strip()) if m.group("rest") else 0
    if rest is None and m.group("rest"):  # "… mươi chín" beyond 31: tens and units
        ws = m.group("rest").split()
        rest = (_UNITS.get(ws[0], 0) * 10 + (_UNITS.get(ws[2], 0) if len(ws) > 2 else 0)) if len(ws) >= 2 and (
            ws[1] == "muoi") else None
    if rest is None:
        return m.group()
    return str(2000 + rest).ljust(len(m.group()))


# read digit by digit: "năm hai không hai hai" (2022), "hai không hai mốt" (2021), "hai không mười tám" (2018),
# "một chín chín tám" (1998)
_DIGIT = r"(?:khong|linh|mot|mo|hai|ba|bon|tu|nam|lam|nham|sau|bay|tam|chin)"
_YEAR_BY_DIGIT = re.compile(
    rf"(?<=nam\s)(?P<y>(?P<c>hai\s+khong|mot\s+chin)\s+(?:(?P<a>{_DIGIT})\s+(?P<b>{_DIGIT})|muoi(?:\s+(?P<u>{_DIGIT}))?))"
    rf"(?![a-z])")
_DIGITS = {**_UNITS, "khong": 0, "linh": 0}


def _year_by_digit(m: re.Match[str]) -> str:
    base = 2000 if m.group("c").startswith("hai") else 1900
    if m.group("a"):
        if m.group("a") in ("mo", "lam", "nham"):
            return m.group()  # ("năm mốt" is no first digit)
        year = base + 10 * _DIGITS[m.group("a")] + _DIGITS[m.group("b")]
    else:
        year = base + 10 + (_DIGITS[m.group("u")] if m.group("u") else 0)
    return str(year).ljust(len(m.group()))


# the South's "bữa" for the day, with "tây" for the solar calendar: "bữa 15 tây tháng Mười Một năm 2025", "Chiều bữa
# hai mươi sáu tây tháng Chín …" (read as "ngày …"; the lunar "bữa rằm tháng Giêng", "… ta" is no meeting date here)
_BUA = re.compile(rf"(?<![a-z])bua\s+(?:ngay\s+)?(?P<d>\d{{1,2}}|{_NUMBER_WORD}(?:\s+{_NUMBER_WORD}){{0,2}})"
                  rf"(?:\s+tay)?\s+(?=thang\s)")


def _bua(m: re.Match[str]) -> str:
    return ("ngay " + m.group("d")).ljust(len(m.group()))


_MONG = re.compile(rf"(?<=ngay\s)(?:mong|mung)\s+(?=\d|{_NUMBER_WORD}\b)")


def digits_for_spelled_dates(folded: str) -> str:
    """``folded`` with the day and month of dates written in words replaced by digits, padded with spaces
    so that every offset stays where it was ("ngay muoi tam thang nam nam 2017" → "ngay 18       thang 5   nam 2017").
    """

    def put(out: list[str], start: int, end: int, n: int) -> None:
        digits = str(n)
        out[start:end] = list(digits + " " * (end - start - len(digits)))

    folded = _BUA.sub(_bua, folded)
    folded = _YEAR_WORDS.sub(_year_digits, folded)
    folded = _YEAR_BY_DIGIT.sub(_year_by_digit, folded)
    # "ngày mồng hai", "ngày mùng 2": the first ten days of a month are said with "mồng"
    folded = _MONG.sub(lambda m: " " * len(m.group()), folded)
    out: list[str] | None = None
    for m in _SPELLED.finditer(folded):
        if m.group("d").isdigit() and m.group("m").isdigit():
            continue  # (in figures already)
        day = int(m.group("d")) if m.group("d").isdigit() else words_to_number(m.group("d"))
        month = int(m.group("m")) if m.group("m").isdigit() else words_to_number(m.group("m"))
        if day is None or month is None or not 1 <= day <= 31 or not 1 <= month <= 12:
            continue
        out = list(folded) if out is None else out
        put(out, m.start("d"), m.end("d"), day)
        put(out, m.start("m"), m.end("m"), month)
    return folded if out is None else "".join(out)
