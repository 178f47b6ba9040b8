"""The reference catalogue: entries, supersession, numbers reused across terms, plenum names."""

from __future__ import annotations

import re

import pytest

from nlp import catalogue
from nlp.catalogue import all_entries, lookup

CODE = re.compile(r"^\d{2,3}-(?:CT|NQ|QĐ|QĐi|KL|HD|QC)/(?:TW|BTCTW|UBKTTW|VPTW)$")


def test_every_entry_is_well_formed() -> None:
    entries = all_entries()
    assert len(entries) >= 50
    for e in entries:
        assert CODE.match(e.code), e.code
        assert e.title and e.type_name and e.issued_by
        assert e.confidence in ("confirmed", "uncertain")
        assert e.date is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", e.date)


def test_supersession_links_point_both_ways() -> None:
    codes = {e.code for e in all_entries()}
    for e in all_entries():
        if e.superseded_by in codes:
            successors = [s for s in all_entries() if s.code == e.superseded_by]
            assert any(e.code in s.supersedes for s in successors), (e.code, e.superseded_by)


LOOKUP = [
    pytest.param("05-CT/TW", None, {"issued_by": "Bộ Chính trị", "date": "2016-05-15", "superseded_by": None},
                 id="ct05"),
    pytest.param("47-QĐ/TW", None, {"superseded_by": "37-QĐ/TW", "date": "2011-11-01"}, id="qd47-superseded"),
    pytest.param("37-QĐ/TW", None, {"supersedes": ("47-QĐ/TW",), "superseded_by": None}, id="qd37-supersedes"),
    pytest.param("09-HD/BTCTW", None, {"superseded_by": "12-HD/BTCTW"}, id="hd09-superseded"),
    pytest.param("12-HD/BTCTW", None, {"superseded_by": "42-HD/BTCTW", "date": "2018-07-06"}, id="hd12-followed"),
    pytest.param("07-QĐi/TW", None, {"superseded_by": "69-QĐ/TW", "type_name": "Quy định"}, id="qdi07"),
    pytest.param("102-QĐ/TW", None, {"superseded_by": "69-QĐ/TW"}, id="qd102"),
    pytest.param("69-QĐ/TW", None, {"supersedes": ("07-QĐi/TW", "102-QĐ/TW")}, id="qd69"),
    pytest.param("30-QĐ/TW", None, {"superseded_by": "22-QĐ/TW"}, id="qd30"),
    pytest.param("132-QĐ/TW", None, {"superseded_by": "124-QĐ/TW"}, id="qd132"),
    pytest.param("66-QĐ/TW", None, {"superseded_by": "399-QĐ/TW"}, id="qd66"),
    pytest.param("259-QĐ/TW", None, {"type_name": "Quyết định"}, id="decision-not-rule"),
    pytest.param("03-CT/TW", None, {"confidence": "uncertain"}, id="uncertain-date"),
    pytest.param("29-QĐ/TW", None, {"confidence": "uncertain"}, id="uncertain-issuer"),
    pytest.param("21-NQ/TW", None, {"confidence": "uncertain", "date": "2022-06-16"}, id="uncertain-nq21"),
    pytest.param("01-CT/TW", None, {"confidence": "uncertain", "date": None}, id="year-only-date"),
    pytest.param("144-QĐ/TW", None, {"confidence": "confirmed"}, id="confirmed"),
    pytest.param("35-CT/TW", None, {"date": "2024-06-14"}, id="reused-latest"),
    pytest.param("35-CT/TW", "2019-12-31", {"date": "2019-05-30"}, id="reused-meeting-2019"),
    pytest.param("35-CT/TW", "2024-06-14", {"date": "2024-06-14"}, id="reused-meeting-on-issue-day"),
    pytest.param("35-CT/TW", "2026-02-01", {"date": "2024-06-14"}, id="reused-meeting-later"),
]


@pytest.mark.parametrize(("code", "on_date", "expected"), LOOKUP)
def test_lookup(code: str, on_date: str | None, expected: dict) -> None:
    entry = lookup(code, on_date)
    assert entry is not None and entry.code == code
    for key, value in expected.items():
        assert getattr(entry, key) == value, key


@pytest.mark.parametrize(
    ("code", "on_date"),
    [
        pytest.param("99-CT/TW", None, id="unknown-code"),
        pytest.param("05-CT/TU", None, id="provincial-same-number"),
        pytest.param("12-HD/BTCTW", "2017-03-01", id="cited-before-issue"),
        pytest.param("35-CT/TW", "2018-01-01", id="reused-before-both"),
    ],
)
def test_lookup_none(code: str, on_date: str | None) -> None:
    assert lookup(code, on_date) is None


def test_cited_date_picks_nearest_issue() -> None:
    assert lookup("35-CT/TW", "2024-12-01", cited="2019-05-30").date == "2019-05-30"
    # Sources disagree on 03-CT/TW (14/5 or 15/4/2011): a citation with either date finds it.
    assert lookup("03-CT/TW", "2011-09-01", cited="2011-04-15").code == "03-CT/TW"


def test_lookup_by_term() -> None:
    assert catalogue.lookup_term("35-CT/TW", "XII").date == "2019-05-30"
    assert catalogue.lookup_term("35-CT/TW", "XIII").date == "2024-06-14"
    assert catalogue.lookup_term("35-CT/TW", "XI") is None


PLENUM = [
    pytest.param(("NQ",), 4, "XI", "12-NQ/TW", id="tw4-xi"),
    pytest.param(("NQ",), 4, "XII", "04-NQ/TW", id="tw4-xii"),
    pytest.param(("KL",), 4, "XIII", "21-KL/TW", id="tw4-xiii-conclusion"),
    pytest.param(("QĐ", "QĐi"), 8, "XII", "08-QĐi/TW", id="tw8-xii-rule"),
    pytest.param(("NQ",), 4, "XIII", None, id="tw4-xiii-no-resolution"),
    pytest.param(("NQ",), 5, "XIII", None, id="tw5-xiii-several"),
    pytest.param(("NQ",), 6, "XII", None, id="tw6-xii-several"),
]


@pytest.mark.parametrize(("types", "plenum", "term", "code"), PLENUM)
def test_plenum_names(types: tuple[str, ...], plenum: int, term: str, code: str | None) -> None:
    entry = catalogue.by_plenum(types, plenum, term)
    assert (entry.code if entry else None) == code


def test_aliases_are_recorded() -> None:
    assert "Nghị quyết Trung ương 4 khóa XI" in lookup("12-NQ/TW").aliases


SHORT = [
    pytest.param(("CT",), 5, None, {"05-CT/TW"}, id="ct-5"),
    pytest.param(("QĐ", "QĐi"), 37, "Quy định", {"37-QĐ/TW"}, id="quy-dinh-37"),
    pytest.param(("QĐ", "QĐi"), 37, "Quyết định", set(), id="quyet-dinh-37"),
    pytest.param(("QĐ", "QĐi"), 8, "Quy định", {"08-QĐi/TW"}, id="quy-dinh-8-series"),
    pytest.param(("HD",), 6, None, {"06-HD/TW", "06-HD/UBKTTW"}, id="hd-6-ambiguous"),
    pytest.param(("CT",), 35, None, {"35-CT/TW"}, id="ct-35-one-code"),
]


@pytest.mark.parametrize(("types", "number", "type_name", "found"), SHORT)
def test_codes_for_short_forms(types: tuple[str, ...], number: int, type_name: str | None, found: set) -> None:
    assert catalogue.codes_for(types, number, type_name) == found


@pytest.mark.parametrize(
    ("written", "code"),
    [
        pytest.param("05-CT/TƯ", "05-CT/TW", id="horn"),
        pytest.param("5-CT/TW", "05-CT/TW", id="unpadded"),
        pytest.param("08-QĐI/TW", "08-QĐi/TW", id="qdi-upper"),
        pytest.param("148/QĐ-TW", None, id="state-order-not-in-catalogue"),
        pytest.param("37/QĐ-TW", "37-QĐ/TW", id="state-order"),
    ],
)
def test_lookup_accepts_codes_as_written(written: str, code: str | None) -> None:
    entry = lookup(written)
    assert (entry.code if entry else None) == code
