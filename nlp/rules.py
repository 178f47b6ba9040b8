"""Rule sets (one per guidance, data in ``nlp/data/rulesets``) and the findings they give on minutes.

``check`` reports exactly the CONTRACT finding rules that fail, with Vietnamese messages a clerk reads.
Unknown facts (None) never make an ``inconsistent`` finding; they make a ``missing`` one only where a
rule asks for the fact itself.  Precise definitions:

- ``attendance`` is missing when the present count is unknown, or when neither the number expected
  (``expected``, else ``total`` minus ``exempt``) nor the number absent (``absent``, else absent with
  plus without reason) is known — with present and one of those two, the third follows.
- ``absence_reasons`` is missing when someone is absent (``absent``, else expected − present) and the
  minutes give neither the with/without-reason counts nor the absentees' names.
- ``attendance_sum`` compares present + absent with ``expected`` (else ``total`` − ``exempt``, an
  unwritten exemption counting as none).  ``attendance_rate`` uses the same expected number, so exempt
  members are never counted as expected.
- ``vote_count``: in favour + against, or the number of voters, above the number present.
- ``duration``: ``duration_minutes`` (else end − start) below the minimum; the combined minimum when
  ``meeting.combined``.
- ``header`` is missing when neither the organisation nor its parent is known, or when the head of
  the text (up to and including the title "BIÊN BẢN …") names no Đảng bộ / Chi bộ.
- Section rules: the kinds the rule set requires for the meeting type (``combined`` when regular and
  thematic are held together; for an unknown type only the kinds both types require), restricted to the
  kinds that have a CONTRACT rule of their own.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

import yaml

from nlp.cues import book_furniture, fold, typist_note
from nlp.models import Finding, Meeting, Minutes
from nlp.normalize import strip_marks

# Section kinds that are finding rules of their own (CONTRACT "Finding rules").
SECTION_RULES = ("opening", "news", "review", "plan", "topic", "discussion", "conclusion", "vote")
FIELD_RULES = ("header", "date", "start_time", "end_time", "place", "chair", "secretary")


@dataclass(frozen=True)
class RuleSet:
    """What one guidance requires of a meeting and its minutes."""

    code: str
    title: str
    valid_from: str | None
    valid_to: str | None
    required_sections: Mapping[str, tuple[str, ...]]  # meeting type (regular, thematic, combined) -> kinds
    minimum_minutes: int
    combined_minimum_minutes: int
    rate_threshold: float
    required_fields: tuple[str, ...]
    messages: Mapping[str, str]
    bases: Mapping[str, str]

    def required_kinds(self, meeting: Meeting) -> tuple[str, ...]:
        """Section kinds required for this meeting's type."""
        if meeting.combined:
            return self.required_sections["combined"]
        if meeting.type in self.required_sections:
            return self.required_sections[meeting.type]
        regular, thematic = self.required_sections["regular"], self.required_sections["thematic"]
        return tuple(k for k in regular if k in thematic)


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _load(name: str) -> RuleSet:
    data = yaml.safe_load(resources.files("nlp").joinpath("data", "rulesets", name).read_text(encoding="utf-8"))
    return RuleSet(
        code=data["code"],
        title=data["title"],
        valid_from=_iso(data.get("valid_from")),
        valid_to=_iso(data.get("valid_to")),
        required_sections=MappingProxyType({k: tuple(v) for k, v in data["required_sections"].items()}),
        minimum_minutes=int(data["durations"]["minimum_minutes"]),
        combined_minimum_minutes=int(data["durations"]["combined_minimum_minutes"]),
        rate_threshold=float(data["attendance"]["rate_threshold"]),
        required_fields=tuple(data["required_fields"]),
        messages=MappingProxyType({k: v["text"] for k, v in data["messages"].items()}),
        bases=MappingProxyType({k: v["basis"] for k, v in data["messages"].items()}),
    )


@cache
def rulesets() -> tuple[RuleSet, ...]:
    """Every rule set, oldest first (loaded once)."""
    files = sorted(p.name for p in resources.files("nlp").joinpath("data", "rulesets").iterdir()
                   if p.name.endswith(".yaml"))
    return tuple(sorted((_load(f) for f in files), key=lambda r: r.valid_from or ""))


def ruleset_for(date_iso: str | None) -> RuleSet:
    """The rule set in force on a meeting date (ISO); None or an unreadable date: the latest one.

    Dates before the earliest rule set get the earliest (09-HD/BTCTW).

    >>> ruleset_for("2018-07-05").code, ruleset_for("2018-07-06").code
    ('09-HD/BTCTW', '12-HD/BTCTW')
    """
    sets = rulesets()
    try:
        day = dt.date.fromisoformat(date_iso).isoformat() if date_iso else None
    except ValueError:
        day = None
    if day is None:
        return sets[-1]
    for rs in sets:
        if (rs.valid_from is None or rs.valid_from <= day) and (rs.valid_to is None or day <= rs.valid_to):
            return rs
    return sets[0] if sets[0].valid_from and day < sets[0].valid_from else sets[-1]


# --------------------------------------------------------------------------------------------- evidence

_ATTENDANCE_LINE = re.compile(r"co mat|vang|tong so|phai du|mien (cong tac|sinh hoat)|dang vien du")
_VOTE_LINE = re.compile(r"bieu quyet|tan thanh")
_START_LINE = re.compile(r"thoi gian|vao (hoi|luc)|\bhoi\b|bat dau")
_END_LINE = re.compile(r"ket thuc")


def _evidence(text: str, pattern: re.Pattern[str], limit: int = 2, *, last: bool = False) -> tuple[dict[str, Any], ...]:
    """Spans of the first (or last) lines whose diacritic-free text matches: what a clerk should look at."""
    out: list[dict[str, Any]] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        stripped = line.strip()
        if stripped and pattern.search(strip_marks(line).lower()):
            lead = len(line) - len(line.lstrip())
            out.append({"start": start + lead, "end": start + lead + len(stripped), "text": stripped})
            if len(out) >= limit and not last:
                break
    return tuple(out[-limit:] if last else out)


_TITLE_LINE = re.compile(r"^\s*bien ban")
_NAMED_CELL = re.compile(
    r"(?<![a-z])(?:dang bo|chi bo)\s+(?!(?:thuong|thang|chuyen|dinh|nam|quy|ky|mo|hop|lan|dot|so)(?![a-z]))[a-z0-9]")
_BODY_FIELD = re.compile(r"\s*[-+•*]?\s*(?:ten\s+)?(?:chi bo|dang bo)\s*[:|]\s*\S")
_PARTY_BODY = re.compile(r"(?<![a-z])(dang bo|chi bo|dang uy|chi uy)(?![a-z])")


_APP_FIELD = re.compile(r"[a-z][a-z _.]{1,20}:[ \t]*\S")


def _has_header(text: str) -> bool:
    """Whether the head of the minutes (before the title "BIÊN BẢN") names the Đảng bộ or Chi bộ.

    A name found only in the body ("… Chi bộ thôn Tân Hưng tiến hành họp") is not the heading the
    template asks for.  Without text (facts given directly) the meeting fields decide alone.
    """
    if not text.strip():
        return True
    lines = [ln for ln in text.split("\n") if ln.strip()]
    head = []
    for line in lines[:15]:
        if _TITLE_LINE.match(strip_marks(line).lower()):
            # "BIÊN BẢN SINH HOẠT CHI BỘ HƯU TRÍ KHU VỰC 5" names the cell at the head; "BIÊN BẢN SINH HOẠT
            # CHI BỘ THÁNG 6" names none
            if _NAMED_CELL.search(strip_marks(line).lower()):
                return True
            at = lines.index(line)
            if (all(book_furniture(ln) for ln in head) or typist_note(head)) and any(
                    _NAMED_CELL.match(strip_marks(ln).strip(" (").lower()) and len(ln.strip()) <= 90
                    and not ln.rstrip().endswith(".") for ln in lines[at + 1 : at + 3]):
                # copied out of the minutes book: its page and the date above the title, the cell under it
                # ("Chi bộ Phân xưởng Chế biến - Đảng bộ Công ty …", "(Đảng bộ xã Vũ Hội)")
                return True
            # (an application's export notes above its record count for nothing: "source: eChiBo", "user: …")
            if not [ln for ln in head if not _APP_FIELD.match(ln)] and not any(
                    _PARTY_BODY.search(strip_marks(ln).lower()) for ln in head):
                # the title first, the cell in capitals under it ("CHI BỘ THÔN A - ĐẢNG BỘ XÃ B")
                under = [ln for ln in lines[at + 1 : at + 3] if ln.strip().isupper()]
                # a heading line of its own ("CHI BỘ …"), not the title going on ("CỦA CHI BỘ ẤP …")
                # (or a form's fields under the title: "Đảng bộ | Đảng bộ Công ty …", "Chi bộ | Chi bộ Xí nghiệp …")
                return any(_NAMED_CELL.match(strip_marks(ln).strip().lower()) for ln in under) or any(
                    _BODY_FIELD.match(strip_marks(ln).lower()) for ln in lines[at + 1 : at + 6])
            break
        head.append(line)
    else:
        head = lines[:6]
    return any(_PARTY_BODY.search(strip_marks(line).lower()) for line in head)


# --------------------------------------------------------------------------------------------- checking


def _expected(meeting: Meeting) -> int | None:
    a = meeting.attendance
    if a.expected is not None:
        return a.expected
    if a.total is not None:
        return a.total - (a.exempt or 0)
    return None


def _absent(meeting: Meeting) -> int | None:
    a = meeting.attendance
    if a.absent is not None:
        return a.absent
    if a.absent_with_reason is not None and a.absent_without_reason is not None:
        return a.absent_with_reason + a.absent_without_reason
    return None


def _duration(meeting: Meeting) -> int | None:
    if meeting.duration_minutes is not None:
        return meeting.duration_minutes
    if meeting.start_time and meeting.end_time:
        try:
            h1, m1 = map(int, meeting.start_time.split(":"))
            h2, m2 = map(int, meeting.end_time.split(":"))
        except ValueError:
            return None
        minutes = (h2 * 60 + m2) - (h1 * 60 + m1)
        if minutes <= 0 and h1 >= 17 and h2 < 4:
            minutes += 24 * 60  # an evening meeting ending after midnight ("0 giờ 15 … cùng ngày")
        return minutes if minutes != 0 else None
    return None


_RESUMED = re.compile(r"tam\s+(?:dung|nghi|hoan|ngung)|tiep\s+tuc\s+(?:tu|luc|vao)\s+(?:\d|hoi)|hom\s+sau")


def _percent(rate: float) -> str:
    return f"{rate * 100:.1f}".rstrip("0").rstrip(".").replace(".", ",") + "%"


def check(minutes: Minutes, ruleset: RuleSet) -> list[Finding]:
    """Findings of the CONTRACT rules that fail on these minutes under ``ruleset`` (empty when complete).

    >>> from nlp.models import Meeting, Minutes
    >>> [f.rule for f in check(Minutes("", Meeting(type="thematic"), ()), ruleset_for("2024-01-01"))][:3]
    ['header', 'date', 'start_time']
    """
    m, text = minutes.meeting, minutes.text
    out: list[Finding] = []

    def add(rule: str, status: str, evidence: tuple[dict[str, Any], ...] = (), text_of: str | None = None,
            **values: Any) -> None:
        severity = "warning" if status == "warning" else "error"
        message = ruleset.messages[text_of or rule].format(**values)
        out.append(Finding(rule, status, severity, message, ruleset.code, evidence))  # type: ignore[arg-type]

    fields = set(ruleset.required_fields)
    if "header" in fields and ((m.organization is None and m.parent is None) or not _has_header(text)):
        add("header", "missing", _evidence(text, _TITLE_LINE, 1))
    for rule in FIELD_RULES[1:]:
        if rule in fields and getattr(m, rule) is None:
            add(rule, "missing")

    a = m.attendance
    expected, absent = _expected(m), _absent(m)
    # (the total too: "có mặt 17 đ/c, vắng 2 đ/c" alone does not say how many members the cell has)
    if "attendance" in fields and (a.present is None or (expected is None and absent is None)
                                   or (a.total is None and a.expected is None)):
        add("attendance", "missing", _evidence(text, _ATTENDANCE_LINE))
    absent_now = absent if absent is not None else (
        expected - a.present if expected is not None and a.present is not None else None)
    if (absent_now is not None and absent_now > 0 and a.absent_with_reason is None
            and a.absent_without_reason is None and not a.absentees):
        add("absence_reasons", "missing", _evidence(text, _ATTENDANCE_LINE), absent=absent_now)

    kinds = {s.kind for s in minutes.sections}
    for kind in ruleset.required_kinds(m):
        if kind in SECTION_RULES and kind not in kinds:
            add(kind, "missing")

    if "signatures" in fields and not (m.signatures.chair and m.signatures.secretary):
        who = [w for w, ok in (("đồng chí chủ trì", m.signatures.chair), ("thư ký", m.signatures.secretary))
               if not ok]
        add("signatures", "missing", who=" và ".join(who))

    if a.present is not None and absent is not None and expected is not None and a.present + absent != expected:
        add("attendance_sum", "inconsistent", _evidence(text, _ATTENDANCE_LINE, 3),
            present=a.present, absent=absent, expected=expected)

    v = m.vote
    if a.present is not None:
        votes = None if v.in_favor is None and v.against is None else (v.in_favor or 0) + (v.against or 0)
        over = max((n for n in (votes, v.voters) if n is not None), default=None)
        if over is not None and over > a.present:
            add("vote_count", "inconsistent", _evidence(text, _VOTE_LINE), votes=over, present=a.present)

    minutes_long = _duration(m)
    minimum = ruleset.combined_minimum_minutes if m.combined else ruleset.minimum_minutes
    if minutes_long is not None and minutes_long < 0:
        if not _RESUMED.search(fold(text)):  # (not a meeting resumed another day, ending earlier in the day)
            # "Bắt đầu 19 giờ 30 … kết thúc hồi 19 giờ 10": the times written contradict each other
            spans = _evidence(text, _START_LINE, 1) + _evidence(text, _END_LINE, 1, last=True)
            add("duration", "warning", spans, "duration_order", start=m.start_time, end=m.end_time)
    elif minutes_long is not None and minutes_long < minimum:
        spans = _evidence(text, _START_LINE, 1) + _evidence(text, _END_LINE, 1, last=True)
        add("duration", "warning", spans, minutes=minutes_long, minimum=minimum)

    if a.present is not None and expected is not None and expected > 0:
        rate = a.present / expected
        if round(rate, 9) <= ruleset.rate_threshold:  # exactly 85 % (17/20) warns, whatever the float
            add("attendance_rate", "warning", _evidence(text, _ATTENDANCE_LINE), rate=_percent(rate),
                present=a.present, expected=expected)
    return out
