"""Audit many minutes at once: group by organisation, lay meetings on a calendar, apply archive rules.

Works on report dicts (``Report.to_dict()``), the form reports take in the
database, in the API and between audit processes.  Pure: no file I/O.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from nlp.normalize import fold_key, modern_tones

AUDIT_SCHEMA = "bienban.audit/1"
# Absent from more than this many meetings in a row is a finding (12-HD/BTCTW quality criteria).
MAX_ABSENCES_IN_A_ROW = 3

# Abbreviations clerks use for the same unit; folded before comparing names.
_ABBREVIATIONS = [
    (r"\bkp\.?\s*", "khu phố "),
    (r"\btdp\.?\s*", "tổ dân phố "),
    (r"\bthpt\b", "trung học phổ thông"),
    (r"\bthcs\b", "trung học cơ sở"),
    (r"\bth\b", "tiểu học"),
    (r"\bmn\b", "mầm non"),
    (r"\bubnd\b", "ủy ban nhân dân"),
    (r"\bp\.\s*", "phường "),
    (r"\bx\.\s*", "xã "),
]
# Words clerks add or drop for the same unit ("Chi bộ (Trường) THCS Lê Lợi", "khu phố (số) 3").
_NOISE = re.compile(r"^(?:chi bộ|chi bo)\s+|\bsố\s+(?=\d)|\b(?:trường|cơ quan|công ty)\s+|[.,;:()\"“”'-]")
_SPACES = re.compile(r"\s+")
_LEADING_ZEROS = re.compile(r"\b0+(\d)")


def organization_key(name: str | None) -> str:
    """A key equal for the same cell written differently ("CHI BỘ KHU PHỐ 3", "Chi bộ KP 3", "Chi bộ khu phố số 03").

    >>> organization_key("CHI BỘ KHU PHỐ 3") == organization_key("Chi bộ KP.03")
    True
    """
    if not name:
        return ""
    key = fold_key(name)
    for pattern, repl in _ABBREVIATIONS:
        key = re.sub(pattern, repl, key)
    key = _NOISE.sub(" ", key)
    key = _LEADING_ZEROS.sub(r"\1", key)
    return _SPACES.sub(" ", key).strip()


def month_of(date_iso: str | None) -> str | None:
    return date_iso[:7] if date_iso and len(date_iso) >= 7 else None


def quarter_of(month: str) -> str:
    year, mon = month.split("-")
    return f"{year}-Q{(int(mon) - 1) // 3 + 1}"


def months_between(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` inclusive ("2024-11" … "2025-02")."""
    y, m = map(int, first.split("-"))
    ly, lm = map(int, last.split("-"))
    out = []
    while (y, m) <= (ly, lm):
        out.append(f"{y:04d}-{m:02d}")
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


@dataclass
class _Meeting:
    path: str
    date: str
    month: str
    regular: bool
    thematic: bool
    present: int | None
    expected: int | None
    absent: int | None
    absentees: tuple[str, ...]
    findings: list[dict[str, Any]]


@dataclass
class _Organization:
    key: str
    names: dict[str, int] = field(default_factory=dict)  # spelling -> count, to pick the usual one
    meetings: list[_Meeting] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)


def _meeting_of(path: str, report: dict[str, Any]) -> _Meeting | None:
    meeting = report.get("meeting") or {}
    # The month the minutes are for (the title's "THÁNG 6" for a meeting held on 2 July), else the date's.
    month = meeting.get("period") or month_of(meeting.get("date"))
    if not month:
        return None
    kind = meeting.get("type")
    combined = bool(meeting.get("combined"))
    att = meeting.get("attendance") or {}
    return _Meeting(
        path=path,
        date=meeting["date"],
        month=month,
        regular=kind == "regular" or combined,
        thematic=kind == "thematic" or combined,
        present=att.get("present"),
        expected=att.get("expected") if att.get("expected") is not None else att.get("total"),
        absent=att.get("absent"),
        absentees=tuple(att.get("absentees") or ()),
        findings=list(report.get("findings") or ()),
    )


def audit(
    documents: Iterable[dict[str, Any]],
    period_from: str | None = None,
    period_to: str | None = None,
) -> dict[str, Any]:
    """Build the archive report of ``CONTRACT.md`` from ``{"path", "report", "error"}`` entries.

    ``period_from``/``period_to`` ("2024-01") bound the audited months; by default
    each organisation's period runs from its first to its last meeting found.
    """
    docs = list(documents)
    orgs: dict[str, _Organization] = {}
    for doc in docs:
        report = doc.get("report")
        if not report or not report.get("is_minutes") or doc.get("duplicate_of"):
            continue
        name = (report.get("meeting") or {}).get("organization")
        key = organization_key(name)
        org = orgs.setdefault(key, _Organization(key))
        if name:
            org.names[name] = org.names.get(name, 0) + 1
        m = _meeting_of(doc["path"], report)
        if m is None:
            org.undated.append(doc["path"])
        elif (not period_from or m.month >= period_from) and (not period_to or m.month <= period_to):
            org.meetings.append(m)
    return {
        "schema": AUDIT_SCHEMA,
        "documents": docs,
        "organizations": [_audit_org(o, period_from, period_to) for o in sorted(orgs.values(), key=lambda o: o.key)],
    }


def _display_name(org: _Organization) -> str | None:
    if not org.names:
        return None
    # The most used spelling; ties go to the one not in capitals.
    return max(org.names.items(), key=lambda kv: (kv[1], not kv[0].isupper()))[0]


def _audit_org(org: _Organization, period_from: str | None, period_to: str | None) -> dict[str, Any]:
    meetings = sorted(org.meetings, key=lambda m: (m.date, m.path))
    findings: list[dict[str, Any]] = []
    months_out: list[dict[str, Any]] = []
    if meetings or (period_from and period_to):
        first = period_from or meetings[0].month
        last = period_to or meetings[-1].month
        by_month: dict[str, list[_Meeting]] = defaultdict(list)
        for m in meetings:
            by_month[m.month].append(m)
        months = months_between(first, last)
        thematic_quarters = {quarter_of(m.month) for m in meetings if m.thematic}
        for month in months:
            ms = by_month.get(month, [])
            regular = [m for m in ms if m.regular]
            rates = [m.present / m.expected for m in ms if m.present is not None and m.expected]
            months_out.append({
                "month": month,
                "regular": len(regular),
                "thematic": sum(1 for m in ms if m.thematic),
                "attendance_rate": round(sum(rates) / len(rates), 3) if rates else None,
                "documents": [m.path for m in ms],
            })
            if not regular:
                findings.append({"rule": "monthly_regular", "status": "missing", "period": month,
                                 "message": f"Không có biên bản sinh hoạt thường kỳ tháng {_vn_month(month)}."})
            elif len(regular) > 1:
                findings.append({"rule": "duplicate_meeting", "status": "inconsistent", "period": month,
                                 "documents": [m.path for m in regular],
                                 "message": f"Có {len(regular)} biên bản sinh hoạt thường kỳ trong tháng "
                                            f"{_vn_month(month)}."})
        for quarter in dict.fromkeys(quarter_of(m) for m in months):
            if quarter not in thematic_quarters:
                y, q = quarter.split("-Q")
                findings.append({"rule": "quarterly_thematic", "status": "missing", "period": quarter,
                                 "message": f"Không có buổi sinh hoạt chuyên đề trong quý {q}/{y}."})
        findings.extend(_repeated_absences(meetings))
        for m in meetings:
            for f in m.findings:
                findings.append({**f, "period": m.month, "document": m.path})
    for path in org.undated:
        findings.append({"rule": "date", "status": "missing", "period": None, "document": path,
                         "message": "Biên bản không ghi ngày họp nên không xếp được vào tháng nào."})
    return {
        "organization": _display_name(org),
        "from": months_out[0]["month"] if months_out else None,
        "to": months_out[-1]["month"] if months_out else None,
        "months": months_out,
        "findings": findings,
    }


def _repeated_absences(meetings: list[_Meeting]) -> list[dict[str, Any]]:
    """Members absent from more than MAX_ABSENCES_IN_A_ROW consecutive meetings that list absentees."""
    out = []
    runs: dict[str, list[_Meeting]] = {}
    names: dict[str, str] = {}
    reported: set[tuple[str, str]] = set()

    def close(key: str) -> None:
        run = runs.pop(key, [])
        if len(run) > MAX_ABSENCES_IN_A_ROW and (key, run[0].date) not in reported:
            reported.add((key, run[0].date))
            out.append({
                "rule": "repeated_absence", "status": "warning",
                "period": run[0].month, "until": run[-1].month,
                "member": names[key], "count": len(run), "documents": [m.path for m in run],
                "message": f"Đồng chí {names[key]} vắng {len(run)} buổi sinh hoạt liên tiếp "
                           f"(từ tháng {_vn_month(run[0].month)} đến tháng {_vn_month(run[-1].month)}).",
            })

    for m in meetings:
        absent = {fold_key(a): modern_tones(a) for a in m.absentees}
        if not absent and m.absent != 0:
            continue  # who was absent is not recorded: neither breaks nor extends a run
        for key, name in absent.items():
            names.setdefault(key, name)
            runs.setdefault(key, []).append(m)
        for key in [k for k in runs if k not in absent]:
            close(key)
    for key in list(runs):
        close(key)
    return out


def _vn_month(month: str) -> str:
    y, m = month.split("-")
    return f"{int(m)}/{y}"
