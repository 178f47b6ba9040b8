"""Acceptance: `bienban audit` on a blind archive of two cells over 14 months (tests/heldout/archive).

The archive (folders, a zip, office noise) and its expected archive findings were written by hand
by an evaluator; see ``expected.json`` ("notes") for how each case is judged.
"""

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from nlp.normalize import strip_marks
from service.cli import main

ARCHIVE = Path(__file__).parent / "heldout" / "archive"
EXPECTED = json.loads((ARCHIVE / "expected.json").read_text(encoding="utf-8"))
ARCHIVE_RULES = ("monthly_regular", "quarterly_thematic", "duplicate_meeting", "repeated_absence")
CASES = [pytest.param(rule, key, id=f"{rule}-{key}") for rule in ARCHIVE_RULES for key in ("A", "B")]


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> dict:
    """The archive report of the whole held-out archive (four inputs: three folders and a zip)."""
    out = tmp_path_factory.mktemp("audit") / "report.json"
    args = ["audit", "--format", "json", "--out", str(out), *(str(ARCHIVE / p) for p in EXPECTED["inputs"])]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, (result.output, result.exception)
    return json.loads(out.read_text(encoding="utf-8"))


def _org_key(name: str | None) -> str | None:
    """Which expected cell ("A"/"B") a reported organisation name stands for, or None."""
    folded = " ".join(re.sub(r"[^a-z0-9 ]", " ", strip_marks(name or "").lower()).split())
    hits = {o["key"] for o in EXPECTED["organizations"] if any(m in folded for m in o["match"])}
    return hits.pop() if len(hits) == 1 else None


def _orgs(report: dict) -> dict[str, list[dict]]:
    """Reported organisations by expected cell, the one holding most months with minutes first."""
    found: dict[str, list[dict]] = {}
    for org in report["organizations"]:
        found.setdefault(_org_key(org["organization"]) or "?", []).append(org)
    for orgs in found.values():
        orgs.sort(key=lambda o: -sum(1 for m in o["months"] if m["regular"] or m["thematic"]))
    return found


def _archive_findings(org: dict, rule: str) -> set:
    """The set of one archive rule's findings: periods, or (member, first month) for repeated_absence."""
    got = set()
    for f in org["findings"]:
        if f["rule"] != rule or f.get("document"):
            continue  # a document's own findings carry its path; they are not archive findings
        if rule == "repeated_absence":
            got.add((f.get("member"), f["period"]))
        else:
            got.add(f["period"])
    return got


def _expected_findings(key: str, rule: str) -> set:
    org = next(o for o in EXPECTED["organizations"] if o["key"] == key)
    items = org["findings"][rule]
    if rule == "repeated_absence":
        return {(i["member"], i["period"]) for i in items}
    return set(items)


def test_two_cells_are_two_organisations(report):
    """Each cell, its name written four ways across the year, is exactly one organisation; nothing else is."""
    found = _orgs(report)
    names = {k: [o["organization"] for o in v] for k, v in found.items()}
    assert set(found) == {"A", "B"}, names
    assert all(len(v) == 1 for v in found.values()), names


@pytest.mark.parametrize("key", [pytest.param("A", id="cell-A-tdp"), pytest.param("B", id="cell-B-school")])
def test_period(report, key):
    org = _orgs(report)[key][0]
    expected = next(o for o in EXPECTED["organizations"] if o["key"] == key)
    assert (org["from"], org["to"]) == (expected["from"], expected["to"])


@pytest.mark.parametrize(("rule", "key"), CASES)
def test_archive_findings(report, rule, key):
    """Exactly the expected findings of one archive rule for one cell: all present, nothing else."""
    org = _orgs(report)[key][0]
    assert _archive_findings(org, rule) == _expected_findings(key, rule)


def _docs_named(report: dict, basename: str) -> list[dict]:
    return [d for d in report["documents"] if d["path"].replace("\\", "/").endswith(basename)]


def test_every_document_is_listed(report):
    assert len(report["documents"]) == EXPECTED["documents"]["count"], [d["path"] for d in report["documents"]]


@pytest.mark.parametrize("name", [pytest.param(n, id=n) for n in EXPECTED["documents"]["errors"]])
def test_error_document_is_marked(report, name):
    docs = _docs_named(report, name)
    assert len(docs) == 1 and docs[0]["error"], docs


@pytest.mark.parametrize("name", [pytest.param(n, id=n) for n in EXPECTED["documents"]["non_minutes"]])
def test_non_minutes_document_is_marked(report, name):
    docs = _docs_named(report, name)
    assert len(docs) == 1 and not docs[0]["error"] and docs[0]["report"]["is_minutes"] is False, docs


@pytest.mark.parametrize("pair", [pytest.param(p, id=p[1]) for p in EXPECTED["documents"]["duplicates"]])
def test_byte_identical_copy_is_marked(report, pair):
    """One of the two identical files is marked a duplicate of the other, the other is not."""
    first, second = (_docs_named(report, n) for n in pair)
    assert len(first) == 1 and len(second) == 1
    marked = [(d, o) for d, o in ((first[0], second[0]), (second[0], first[0])) if d.get("duplicate_of")]
    assert len(marked) == 1, (first, second)
    dup, original = marked[0]
    assert dup["duplicate_of"] == original["path"]


def test_other_documents_are_audited_minutes(report):
    """Every document that is not noise is read without error, as minutes, and not marked a duplicate."""
    noise = set(EXPECTED["documents"]["errors"]) | set(EXPECTED["documents"]["non_minutes"])
    noise |= {n for pair in EXPECTED["documents"]["duplicates"] for n in pair}
    wrong = [
        d["path"] for d in report["documents"]
        if not any(d["path"].replace("\\", "/").endswith(n) for n in noise)
        and (d["error"] or d.get("duplicate_of") or not (d["report"] or {}).get("is_minutes"))
    ]
    assert wrong == []
