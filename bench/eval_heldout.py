"""Accuracy of the analyser against hand-written expected results.

Over ``tests/heldout/`` by default (blind set 1: ``*.txt`` beside ``expected/*.json``),
later blind sets with ``--set N`` (``minutesN/*.txt`` beside
``expectedN/*.json``), all of them with ``--all``, or over ``samples/`` with ``--samples``
(``minutes/*.txt`` beside ``expected/*.json``).
Prints, per aspect: is_minutes accuracy, meeting fields % right (and per field),
reference codes precision/recall (as multisets, one per mention), section-kind
and finding-rule precision/recall (as sets).  ``-v`` lists every miss.

    .venv/bin/python bench/eval_heldout.py [--samples | --set N[,M…] | --all] [-v]

The comparison helpers here are also used by ``tests/test_samples.py``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

# Free-text fields compared case-, dash- and tone-placement-insensitively: a header
# writes "CHI BỘ KHU PHỐ 3" where the body writes "Chi bộ Khu phố 3".
LOOSE_FIELDS = {"organization", "parent", "place"}


def _nfc(s: str) -> str:
    return " ".join(unicodedata.normalize("NFC", s).split())


def _loose(s: str) -> str:
    from nlp.normalize import fold_key

    # a dash inside a name reads the same as a hyphen ("Tài chính – Kế hoạch"; OCR gives "-")
    return re.sub(r"\s*[-–—]\s*", " - ", fold_key(s)).strip(" .,;:-–")


def field_equal(name: str, want: Any, got: Any) -> bool:
    """Whether one meeting field matches its expected value."""
    leaf = name.rsplit(".", 1)[-1]
    if isinstance(want, str) and isinstance(got, str):
        if leaf in LOOSE_FIELDS:
            return _loose(want) == _loose(got)
        return _nfc(want) == _nfc(got)
    if isinstance(want, list) and isinstance(got, (list, tuple)):
        return [_nfc(x) for x in want] == [_nfc(str(x)) for x in got]
    return want == got


def flatten_meeting(m: dict[str, Any]) -> dict[str, Any]:
    """attendance/vote sub-objects become ``attendance.total`` etc."""
    flat: dict[str, Any] = {}
    for k, v in m.items():
        if k in ("attendance", "vote") and isinstance(v, dict):
            for kk, vv in v.items():
                flat[f"{k}.{kk}"] = vv
        else:
            flat[k] = v
    return flat


def meeting_misses(want: dict[str, Any], got: dict[str, Any] | None) -> list[tuple[str, Any, Any]]:
    """(field, expected, got) for every expected field the report gets wrong."""
    fw = flatten_meeting(want)
    fg = flatten_meeting(got or {})
    return [(k, v, fg.get(k)) for k, v in fw.items() if not field_equal(k, v, fg.get(k))]


HELDOUT = ROOT / "tests" / "heldout"
SETS = {  # name: (texts folder, expected folder)
    "samples": (ROOT / "samples" / "minutes", ROOT / "samples" / "expected"),
    "1": (HELDOUT, HELDOUT / "expected"),
}
# Later sets are found by their folders: minutesN/ beside expectedN/.
for _texts in sorted(HELDOUT.glob("minutes[0-9]*"), key=lambda p: int(p.name[7:])):
    _n = _texts.name[7:]
    if (HELDOUT / f"expected{_n}").is_dir():
        SETS[_n] = (_texts, HELDOUT / f"expected{_n}")
HELDOUT_SETS = tuple(k for k in SETS if k != "samples")


def load_cases(samples: bool = False, sets: tuple[str, ...] | None = None) -> list[tuple[str, Path, dict[str, Any]]]:
    """(stem, text path, expected) for every expected file that has its text.

    ``sets`` names the sets to read (``"1"``, ``"2"``); by default the samples or held-out set 1.
    """
    names = sets or (("samples",) if samples else ("1",))
    cases = []
    for name in names:
        texts, expected = SETS[name]
        for exp in sorted(expected.glob("*.json")):
            txt = texts / f"{exp.stem}.txt"
            if txt.exists():
                cases.append((exp.stem, txt, json.loads(exp.read_text(encoding="utf-8"))))
    return cases


def report_summary(report: dict[str, Any]) -> dict[str, Any]:
    """The aspects compared, taken from a report object (``Report.to_dict()``)."""
    return {
        "is_minutes": report["is_minutes"],
        "meeting": report["meeting"],
        "section_kinds": sorted({s["kind"] for s in report["sections"]}),
        "references": [r["code"] for r in report["references"]],
        "findings": sorted({f["rule"] for f in report["findings"]}),
    }


class _PR:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, want: Counter, got: Counter) -> None:
        inter = sum((want & got).values())
        self.tp += inter
        self.fp += sum(got.values()) - inter
        self.fn += sum(want.values()) - inter

    def line(self, name: str) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        counts = f"(tp {self.tp}, fp {self.fp}, fn {self.fn})"
        return f"{name:<16} precision {p:6.1%}  recall {r:6.1%}  F1 {f:6.1%}  {counts}"


def evaluate(samples: bool, verbose: bool, sets: tuple[str, ...] | None = None) -> int:
    from nlp.analyze import analyze

    cases = load_cases(samples, sets)
    if not cases:
        print("no cases found", file=sys.stderr)
        return 2
    kind_ok = 0
    fields_ok = fields_all = 0
    per_field: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    refs, kinds, rules = _PR(), _PR(), _PR()
    misses: list[str] = []
    for stem, path, want in cases:
        got = report_summary(analyze(path.read_text(encoding="utf-8")).to_dict())
        if got["is_minutes"] == want["is_minutes"]:
            kind_ok += 1
        else:
            misses.append(f"{stem}: is_minutes {got['is_minutes']} (expected {want['is_minutes']})")
        if want["meeting"] is not None:
            flat = flatten_meeting(want["meeting"])
            bad = meeting_misses(want["meeting"], got["meeting"])
            bad_names = {b[0] for b in bad}
            for k in flat:
                per_field[k][1] += 1
                if k not in bad_names:
                    per_field[k][0] += 1
            fields_all += len(flat)
            fields_ok += len(flat) - len(bad)
            misses += [f"{stem}: meeting.{k} = {g!r} (expected {w!r})" for k, w, g in bad]
        refs.add(Counter(want["references"]), Counter(got["references"]))
        kinds.add(Counter(set(want["section_kinds"])), Counter(set(got["section_kinds"])))
        rules.add(Counter(set(want["findings"])), Counter(set(got["findings"])))
        for label, w, g in (("references", Counter(want["references"]), Counter(got["references"])),
                            ("section_kinds", Counter(set(want["section_kinds"])), Counter(set(got["section_kinds"]))),
                            ("findings", Counter(set(want["findings"])), Counter(set(got["findings"])))):
            extra, lack = sorted((g - w).elements()), sorted((w - g).elements())
            if extra or lack:
                misses.append(f"{stem}: {label} missing {lack} extra {extra}")
    n = len(cases)
    label = "samples" if samples else "heldout set " + "+".join(sets or ("1",))
    print(f"documents        {n} ({label})")
    print(f"is_minutes       accuracy {kind_ok / n:6.1%}  ({kind_ok}/{n})")
    pct = fields_ok / fields_all if fields_all else 1.0
    print(f"meeting fields   right {pct:6.1%}  ({fields_ok}/{fields_all})")
    for k, (ok, all_) in sorted(per_field.items()):
        print(f"    {k:<34} {ok / all_:6.1%}  ({ok}/{all_})")
    print(refs.line("references"))
    print(kinds.line("section kinds"))
    print(rules.line("finding rules"))
    if verbose:
        print("\nmisses:")
        for line in misses:
            print("  " + line)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--samples", action="store_true", help="evaluate over samples/ instead of tests/heldout/")
    ap.add_argument("--set", default="1", help="which held-out set(s), comma-separated (default 1)")
    ap.add_argument("--all", action="store_true", help="every held-out set")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    chosen = tuple(x.strip() for x in args.set.split(",") if x.strip())
    if unknown := [x for x in chosen if x not in HELDOUT_SETS]:
        ap.error(f"unknown set(s): {', '.join(unknown)} (have {', '.join(HELDOUT_SETS)})")
    sets = None if args.samples else (HELDOUT_SETS if args.all else chosen)
    return evaluate(args.samples, args.verbose, sets)


if __name__ == "__main__":
    sys.exit(main())
