"""Filters over the citations table shared by ``GET /references``, ``/directives`` and ``bienban refs``."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement

from service.models import Citation


def citation_filters(*, code: str | None = None, kind: str | None = None, type_: str | None = None,
                     issuer: str | None = None, year: int | None = None,
                     organization: str | None = None) -> list[ColumnElement[bool]]:
    """Equality filters on indexed columns (never a scan of report JSON)."""
    out: list[ColumnElement[bool]] = []
    if code:
        out.append(Citation.code == _canonical_code(code))
    if kind:
        out.append(Citation.kind == kind)
    if type_:
        out.append(Citation.type == type_)
    if issuer:
        out.append(Citation.issuer == issuer)
    if year is not None:
        out.append(Citation.year == year)
    if organization:
        out.append(Citation.organization == organization)
    return out


def _canonical_code(code: str) -> str:
    """Accept the ways people type a code in a URL or shell (NFC, ``TƯ`` for ``TW``, spaces)."""
    import unicodedata

    code = unicodedata.normalize("NFC", code.strip()).replace(" ", "")
    for variant in ("/TƯ", "/T.Ư", "/T.W"):
        if code.upper().endswith(variant.upper()):
            code = code[: -len(variant)] + "/TW"
    return code


def catalogue_json(code: str, on_date: str | None = None) -> dict[str, Any] | None:
    """What the catalogue knows of ``code`` (title, date, issuer, superseded_by), or None."""
    try:
        from nlp.catalogue import lookup
    except ImportError:  # pragma: no cover - the catalogue ships with the package
        return None
    entry = lookup(code, on_date)
    if entry is None:
        return None
    return {**entry.to_dict(), "type_name": entry.type_name}
