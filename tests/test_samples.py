"""Golden samples: the analyser against hand-written expected results.

Each ``samples/minutes/<stem>.txt`` has ``samples/expected/<stem>.json`` (format in
``samples/README.md``).  One test per sample per aspect, ids ``<stem>::<aspect>``;
plus every ``bienban check --format json`` output validated against
``tests/report.schema.json`` (written from CONTRACT.md).
"""

from __future__ import annotations

import functools
import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SCHEMA = Path(__file__).with_name("report.schema.json")


def _load_compare():
    spec = importlib.util.spec_from_file_location("eval_heldout", ROOT / "bench" / "eval_heldout.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


compare = _load_compare()
CASES = compare.load_cases(samples=True)
ASPECTS = ("is_minutes", "meeting", "section_kinds", "references", "findings")


@functools.cache
def _report(stem: str) -> dict:
    from nlp.analyze import analyze

    text = (SAMPLES / "minutes" / f"{stem}.txt").read_text(encoding="utf-8")
    return compare.report_summary(analyze(text).to_dict())


def test_every_sample_has_expected_results():
    texts = {p.stem for p in (SAMPLES / "minutes").glob("*.txt")}
    expected = {p.stem for p in (SAMPLES / "expected").glob("*.json")}
    assert texts == expected
    assert len(CASES) >= 21


@pytest.mark.parametrize(
    ("stem", "aspect", "want"),
    [pytest.param(stem, aspect, exp, id=f"{stem}::{aspect}") for stem, _, exp in CASES for aspect in ASPECTS],
)
def test_sample(stem: str, aspect: str, want: dict) -> None:
    got = _report(stem)
    if aspect == "is_minutes":
        assert got["is_minutes"] == want["is_minutes"]
    elif aspect == "meeting":
        if want["meeting"] is None:
            assert got["meeting"] is None
        else:
            assert got["meeting"] is not None, "no meeting read"
            assert compare.meeting_misses(want["meeting"], got["meeting"]) == []
    elif aspect == "section_kinds":
        assert set(got["section_kinds"]) == set(want["section_kinds"])
    elif aspect == "references":
        assert got["references"] == want["references"]
    else:
        assert set(got["findings"]) == set(want["findings"])


def _bienban() -> list[str]:
    script = Path(sys.executable).with_name("bienban")
    if script.exists():
        return [str(script)]
    found = shutil.which("bienban")
    return [found] if found else [sys.executable, "-m", "service.cli"]


@pytest.mark.slow
def test_check_json_matches_report_schema(tmp_path: Path) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    problems = []
    for stem, path, _ in CASES:
        proc = subprocess.run(
            [*_bienban(), "check", "--format", "json", str(path)],
            capture_output=True, text=True, timeout=300, cwd=tmp_path,
        )
        if proc.returncode != 0:
            problems.append(f"{stem}: exit {proc.returncode}: {proc.stderr.strip()[-300:]}")
            continue
        try:
            report = json.loads(proc.stdout)
        except json.JSONDecodeError as e:
            problems.append(f"{stem}: stdout is not one JSON object: {e}")
            continue
        for err in validator.iter_errors(report):
            problems.append(f"{stem}: {'/'.join(map(str, err.absolute_path))}: {err.message[:200]}")
        if report.get("source", {}).get("filename") != path.name:
            problems.append(f"{stem}: source.filename is {report.get('source', {}).get('filename')!r}")
    assert problems == []
