"""Frozen dataclasses shared by every analysis stage.

The JSON shapes follow ``CONTRACT.md`` (``bienban.report/1``); ``to_dict`` on
:class:`Report` gives exactly that object.  Offsets (``start``/``end``) always
index the normalised text produced by :func:`nlp.normalize.normalize`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal

REPORT_SCHEMA = "bienban.report/1"

MeetingType = Literal["regular", "thematic"]
FindingStatus = Literal["missing", "inconsistent", "warning"]
Severity = Literal["error", "warning", "info"]

SECTION_KINDS: tuple[str, ...] = (
    "opening",
    "news",
    "dissemination",
    "review",
    "hcm_study",
    "criticism",
    "plan",
    "topic",
    "discussion",
    "conclusion",
    "vote",
    "closing",
)


@dataclass(frozen=True)
class NormalizedText:
    """Text after the one normalisation boundary (NFC, LF newlines, plain spaces)."""

    text: str


@dataclass(frozen=True)
class CatalogueEntry:
    """What the reference catalogue knows of one document."""

    code: str
    title: str
    type_name: str
    issued_by: str | None
    date: str | None
    superseded_by: str | None = None
    supersedes: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    confidence: Literal["confirmed", "uncertain"] = "confirmed"
    notes: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "issued_by": self.issued_by,
            "date": self.date,
            "superseded_by": self.superseded_by,
            "confidence": self.confidence,
        }


@dataclass(frozen=True)
class Reference:
    """One mention of a Party or State document in the text."""

    code: str
    kind: Literal["party", "state"]
    number: str
    type: str | None
    type_name: str | None
    issuer: str | None
    date: str | None
    text: str
    start: int
    end: int
    catalogue: CatalogueEntry | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "kind": self.kind,
            "number": self.number,
            "type": self.type,
            "type_name": self.type_name,
            "issuer": self.issuer,
            "date": self.date,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "catalogue": self.catalogue.to_dict() if self.catalogue else None,
        }


@dataclass(frozen=True)
class Section:
    """One agenda part of the meeting; ``heading`` is None when found by content."""

    kind: str
    heading: str | None
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class Attendance:
    total: int | None = None
    exempt: int | None = None
    expected: int | None = None
    present: int | None = None
    absent: int | None = None
    absent_with_reason: int | None = None
    absent_without_reason: int | None = None
    absentees: tuple[str, ...] = ()


@dataclass(frozen=True)
class Vote:
    in_favor: int | None = None
    against: int | None = None
    voters: int | None = None


@dataclass(frozen=True)
class Signatures:
    chair: bool = False
    secretary: bool = False


@dataclass(frozen=True)
class Meeting:
    """The facts of one meeting as the minutes record them; unknown is None."""

    type: MeetingType | None = None
    combined: bool = False  # regular and thematic held in one session
    organization: str | None = None
    parent: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd
    period: str | None = None  # yyyy-mm the minutes report on, when the title says ("THÁNG 6/2024")
    start_time: str | None = None  # HH:MM
    end_time: str | None = None
    duration_minutes: int | None = None
    place: str | None = None
    chair: str | None = None
    secretary: str | None = None
    attendance: Attendance = field(default_factory=Attendance)
    delegates: tuple[str, ...] = ()
    vote: Vote = field(default_factory=Vote)
    signatures: Signatures = field(default_factory=Signatures)

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["attendance"]["absentees"] = list(self.attendance.absentees)
        d["delegates"] = list(self.delegates)
        return d


@dataclass(frozen=True)
class Finding:
    rule: str
    status: FindingStatus
    severity: Severity
    message: str
    basis: str | None
    evidence: tuple[dict[str, Any], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "status": self.status,
            "severity": self.severity,
            "message": self.message,
            "basis": self.basis,
            "evidence": list(self.evidence),
        }


@dataclass(frozen=True)
class Source:
    filename: str | None = None
    sha256: str | None = None
    media_type: str | None = None
    pages: int | None = None
    extraction: str | None = None  # text-layer | ocr | docx | plain
    legacy_encoding: str | None = None  # tcvn3 | vni | None
    number: str | None = None  # the document's own number, e.g. "07-BB/CB"

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class Minutes:
    """What ``check`` needs: the text, the meeting facts and the sections found."""

    text: str
    meeting: Meeting
    sections: tuple[Section, ...]


@dataclass(frozen=True)
class Report:
    source: Source
    is_minutes: bool
    meeting: Meeting | None
    sections: tuple[Section, ...]
    references: tuple[Reference, ...]
    findings: tuple[Finding, ...]
    ruleset: str | None
    schema: str = REPORT_SCHEMA

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": self.schema,
            "source": self.source.to_dict(),
            "is_minutes": self.is_minutes,
            "meeting": self.meeting.to_dict() if self.meeting else None,
            "sections": [s.to_dict() for s in self.sections],
            "references": [r.to_dict() for r in self.references],
            "findings": [f.to_dict() for f in self.findings],
            "ruleset": self.ruleset,
        }
