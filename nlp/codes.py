"""Document-number vocabulary: types and issuers (from ``nlp/data``), canonical spellings, regex pieces.

Everything here is data-driven: ``doc_types.yaml`` and ``issuers.yaml`` decide which
abbreviations exist, which issuers are Party ones and how bodies are named in text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from nlp.normalize import strip_marks

# Old/new tone placements that both occur in names ("Thành uỷ" / "Thành ủy", "khoá" / "khóa").
_TONE_PAIRS = (
    ("ủy", "uỷ"), ("úy", "uý"), ("ùy", "uỳ"), ("ụy", "uỵ"), ("ũy", "uỹ"),
    ("óa", "oá"), ("òa", "oà"), ("ỏa", "oả"), ("õa", "oã"), ("ọa", "oạ"),
)


def load_yaml(name: str) -> dict:
    """Parse one of the package's own data files."""
    return yaml.safe_load(resources.files("nlp").joinpath("data", name).read_text(encoding="utf-8"))


def loose(phrase: str) -> str:
    """Regex for a phrase that tolerates either tone placement, any case and flexible spacing."""
    out = re.escape(phrase)
    for new, old in _TONE_PAIRS:
        for a, b in ((new, old), (new.capitalize(), old.capitalize())):
            out = out.replace(re.escape(a), f"(?:{a}|{b})")
    out = out.replace(r"\ ", r"[ ]*\n?[ ]*")
    return out


def alternation(items: list[str]) -> str:
    """Alternation of already-built patterns, longest source first so the longest name wins."""
    return "|".join(sorted(set(items), key=len, reverse=True))


def _key(token: str) -> str:
    """Compare abbreviations without diacritics, dots, spaces or case (QĐI, Qđi, QDi → QDI)."""
    return strip_marks(token).replace(".", "").replace(" ", "").upper()


@dataclass(frozen=True)
class Vocabulary:
    party_types: dict[str, str]  # key → canonical type
    state_types: dict[str, str]
    type_names: dict[tuple[str, str], tuple[str, ...]]  # (kind, type) → names, first is the default
    name_types: dict[str, tuple[str, ...]]  # lower-case name → party types it can stand for
    abbrev_types: dict[str, tuple[str, ...]]  # abbreviation usable in short forms ("CT 05")
    party_issuers: dict[str, str]  # exact written form (spaces removed) → canonical
    state_issuers: dict[str, str]
    issuer_bodies: dict[str, str]
    issuer_names: tuple[tuple[str, str], ...]  # (regex, party issuer code)
    state_names: tuple[str, ...]  # regexes


@cache
def vocabulary() -> Vocabulary:
    """The type and issuer vocabulary, loaded once."""
    types = load_yaml("doc_types.yaml")
    issuers = load_yaml("issuers.yaml")
    party_types: dict[str, str] = {}
    state_types: dict[str, str] = {}
    type_names: dict[tuple[str, str], tuple[str, ...]] = {}
    name_types: dict[str, list[str]] = {}
    abbrev_types: dict[str, list[str]] = {}
    for kind, table in (("party", party_types), ("state", state_types)):
        for row in types[kind]:
            code = row["code"]
            for form in [code, *row.get("variants", [])]:
                table.setdefault(_key(form), code)
            type_names[(kind, code)] = tuple(row.get("names", []))
            if kind == "party":
                for name in row.get("names", []):
                    # ASCII fallback too ("Chi thi so 05"): typed without a Vietnamese keyboard.
                    for key in {name.lower(), strip_marks(name.lower())}:
                        name_types.setdefault(key, []).append(code)
                for ab in row.get("abbrev", []):
                    abbrev_types.setdefault(ab, []).append(code)
    # "Quy định" in a short form may be written QĐ too ("QĐ 37"): it stands for both series.
    for series in abbrev_types.values():
        if "QĐ" in series:
            series.append("QĐi")
    party_issuers: dict[str, str] = {}
    bodies: dict[str, str] = {}
    names: list[tuple[str, str]] = []
    for row in issuers["party"]:
        code = row["code"]
        bodies[code] = row.get("body", code)
        for form in [code, *row.get("forms", [])]:
            party_issuers[form.replace(" ", "")] = code
        names.extend((loose(n), code) for n in row.get("names", []))
    state_issuers: dict[str, str] = {}
    for row in issuers["state"]:
        for form in [row["code"], *row.get("forms", [])]:
            state_issuers[form] = row["code"]
        bodies.setdefault(row["code"], row.get("body", row["code"]))
    return Vocabulary(
        party_types=party_types,
        state_types=state_types,
        type_names=type_names,
        name_types={k: tuple(v) for k, v in name_types.items()},
        abbrev_types={k: tuple(v) for k, v in abbrev_types.items()},
        party_issuers=party_issuers,
        state_issuers=state_issuers,
        issuer_bodies=bodies,
        issuer_names=tuple(names),
        state_names=tuple(loose(n) for n in issuers.get("state_names", [])),
    )


def party_type(token: str) -> str | None:
    """Canonical Party type of a written abbreviation (``Qđi`` → ``QĐi``, ``QD`` → ``QĐ``)."""
    return vocabulary().party_types.get(_key(token))


def state_type(token: str) -> str | None:
    """Canonical State type of a written abbreviation (``ND`` → ``NĐ``)."""
    return vocabulary().state_types.get(_key(token))


def party_issuer(token: str) -> str | None:
    """Canonical Party issuer of a written form (``TƯ``, ``T.Ư`` → ``TW``), None if not a Party one."""
    return vocabulary().party_issuers.get(token.replace(" ", ""))


def state_issuer(token: str) -> str:
    """Canonical State issuer (ASCII fallbacks repaired: ``HDND`` → ``HĐND``); unknown ones as written."""
    return vocabulary().state_issuers.get(token, token)


def type_name(kind: str, type_code: str | None, written: str | None = None) -> str | None:
    """Vietnamese name of a type: the name written before the code if it fits, else the only name."""
    if type_code is None:
        return written
    names = vocabulary().type_names.get((kind, type_code), ())
    if written:
        folded = strip_marks(" ".join(written.lower().split()))
        for name in names:
            if folded.startswith(strip_marks(name.lower())):
                return name
    # QĐ is both Quyết định and Quy định: without a word to decide, say nothing.
    return names[0] if len(names) == 1 else None


def canonical_name(written: str) -> str | None:
    """The Vietnamese type name a written one stands for ("QUY ĐỊNH", "Quy dinh" → "Quy định")."""
    folded = strip_marks(" ".join(written.lower().split()))
    for names in vocabulary().type_names.values():
        for name in names:
            if strip_marks(name.lower()) == folded:
                return name
    return None


def types_for_name(name: str) -> tuple[str, ...]:
    """Party types a written type name or abbreviation can stand for ("Quy định" → QĐ, QĐi)."""
    v = vocabulary()
    low = " ".join(name.lower().split())
    if low in v.name_types:
        return v.name_types[low]
    for written, types in v.abbrev_types.items():
        if _key(written) == _key(name):
            return types
    return ()


def party_code(number: str, type_code: str | None, issuer: str | None) -> str:
    """Canonical Party code: number zero-padded to two digits (``5``, CT, TW → ``05-CT/TW``)."""
    num = str(int(number)).zfill(2)
    code = f"{num}-{type_code}" if type_code else num
    return f"{code}/{issuer}" if issuer else code
