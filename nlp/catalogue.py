"""The reference catalogue: what bienban knows of the central documents cells cite most.

Data in ``nlp/data/catalogue.yaml``.  Numbers restart every term, so one code may
name several documents (``35-CT/TW`` of 2019 and of 2024); ``lookup`` picks one by date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from nlp.codes import load_yaml
from nlp.cues import fold
from nlp.models import CatalogueEntry


@dataclass(frozen=True)
class _Row:
    """A catalogue entry plus the facts used to find it (type, number, term, plenum)."""

    entry: CatalogueEntry
    type: str
    number: int
    issuer: str
    term: str | None
    plenum: int | None
    named: bool  # the plenum name alone ("Nghị quyết Trung ương 4 khóa XI") denotes it


def _iso(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


@cache
def _rows() -> tuple[_Row, ...]:
    rows = []
    for item in load_yaml("catalogue.yaml")["entries"]:
        code = item["code"]
        number, rest = code.split("-", 1)
        type_code, issuer = rest.split("/", 1)
        entry = CatalogueEntry(
            code=code,
            title=item["title"],
            type_name=item["type_name"],
            issued_by=item.get("issued_by"),
            date=_iso(item.get("date")),
            superseded_by=item.get("superseded_by"),
            supersedes=tuple(item.get("supersedes", ())),
            aliases=tuple(item.get("aliases", ())),
            confidence=item.get("confidence", "confirmed"),
            notes=item.get("notes"),
        )
        rows.append(
            _Row(entry, type_code, int(number), issuer, item.get("term"), item.get("plenum"),
                 bool(item.get("aliases")))
        )
    return tuple(rows)


def all_entries() -> tuple[CatalogueEntry, ...]:
    """Every catalogue entry, in the data file's order (for ``GET /directives``)."""
    return tuple(r.entry for r in _rows())


def _choose(rows: list[_Row], on_date: str | None, cited: str | None) -> _Row | None:
    """Pick among the documents sharing one code (numbers restart every term)."""
    if not rows:
        return None
    if cited:
        # The date written in the citation names the document: the nearest issue date wins
        # (sources sometimes disagree by weeks, e.g. 03-CT/TW 14/5 or 15/4/2011).
        dated = [r for r in rows if r.entry.date]
        if dated:
            return min(dated, key=lambda r: abs(_days(r.entry.date) - _days(cited)))
    dated = sorted(rows, key=lambda r: r.entry.date or "")
    if on_date:
        # A document issued after the meeting cannot be the one cited there.
        known = [r for r in dated if r.entry.date is None or r.entry.date <= on_date]
        return known[-1] if known else None
    return dated[-1]


def _days(iso: str) -> int:
    return dt.date.fromisoformat(iso).toordinal()


def lookup(code: str, on_date: str | None = None, *, cited: str | None = None) -> CatalogueEntry | None:
    """The catalogue entry for a code, or None; the code may be written any way ("05/CT-TƯ").

    When a number was reused in another term, the date written in the citation
    (``cited``) picks the document first; else ``on_date`` (the meeting date) picks
    the latest one issued on or before it; else the latest.

    >>> lookup("35-CT/TW", "2020-03-01").date, lookup("35-CT/TW").date, lookup("5/CT-TƯ").code
    ('2019-05-30', '2024-06-14', '05-CT/TW')
    """
    entry = lookup_canonical(code, on_date, cited=cited)
    if entry is None and not any(r.entry.code == code for r in _rows()):
        # Imported here: references depend on the catalogue, not the other way round.
        from nlp.references import canonical_code

        canonical = canonical_code(code)
        if canonical and canonical != code:
            entry = lookup_canonical(canonical, on_date, cited=cited)
    return entry


def lookup_canonical(code: str, on_date: str | None = None, *, cited: str | None = None) -> CatalogueEntry | None:
    """Like ``lookup`` for a code already in canonical form (what the extractor produces)."""
    row = _choose([r for r in _rows() if r.entry.code == code], on_date, cited)
    return row.entry if row else None


def lookup_term(code: str, term: str) -> CatalogueEntry | None:
    """The entry for ``code`` issued in term (khóa) ``term``, e.g. ("35-CT/TW", "XII")."""
    for r in _rows():
        if r.entry.code == code and r.term == term.upper():
            return r.entry
    return None


def codes_for(types: tuple[str, ...], number: int, type_name: str | None = None) -> set[str]:
    """Codes of entries with one of ``types`` and ``number`` (and the type name, if given)."""
    return {
        r.entry.code
        for r in _rows()
        if r.type in types and r.number == number
        and (type_name is None or r.entry.type_name.lower() == type_name.lower())
    }


def by_plenum(types: tuple[str, ...], plenum: int, term: str) -> CatalogueEntry | None:
    """The document a plenum name denotes ("Nghị quyết Trung ương 4 khóa XI" → 12-NQ/TW)."""
    found = [r for r in _rows() if r.named and r.type in types and r.plenum == plenum and r.term == term]
    return found[0].entry if len(found) == 1 else None


def by_plenum_subject(types: tuple[str, ...], plenum: int, term: str, said: str) -> CatalogueEntry | None:
    """Of a plenum that issued several documents, the one whose title ``said`` (the words after the name, folded)
    gives: "Nghị quyết Trung ương 5 khóa XIII về tăng cường củng cố, xây dựng tổ chức cơ sở đảng …" → 21-NQ/TW."""
    found = []
    for r in _rows():
        if r.type not in types or r.plenum != plenum or r.term != term or not r.entry.title:
            continue
        words = re.findall(r"[a-z]+", fold(r.entry.title))
        words = [w for w in words if w not in ("ve", "va", "cua", "mot", "so")][:8]
        if len(words) >= 5 and sum(1 for w in words if re.search(rf"\b{w}\b", said)) >= 0.75 * len(words):
            found.append(r.entry)
    return found[0] if len(found) == 1 else None
