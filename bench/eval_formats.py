"""Accuracy of the whole pipeline on held-out minutes built in several file formats.

Every held-out text of the chosen sets (``--sets``, default sets 1 and 2: ``tests/heldout/*.txt`` and
``tests/heldout/minutes2/*.txt``), each with its expected JSON, is built with the repo's own sample builders into:

* ``pdf``      a text-layer PDF (``samples/build_samples.build_pdf``);
* ``docx``     a DOCX, head and signatures as tables (``build_samples.build_docx``);
* ``tcvn3``    a DOCX typed in TCVN3 with ``.VnTime``/``.VnTimeH`` (``samples/make_legacy.build_tcvn3_docx``);
* ``scan300``  an image-only PDF of 300-dpi page scans, light skew and noise (``samples/make_scans``);
* ``jpeg200``  one 200-dpi JPEG (pages stacked top to bottom, the sheet skewed), noise, quality 50 artefacts;

and each file, plus the ``.txt`` itself (``plain``), goes through ``worker.pipeline`` (the same
call ``process_path`` makes, also returning the extracted text).  Per format it prints the character
error rate against the source text (``tests/cer.py``, whitespace collapsed; also case-folded),
seconds per document, the aspects of ``bench/eval_heldout.py`` against the expected JSON, and the
agreement with the plain-text report (share of compared items equal; documents whose summaries
are identical).  The OCR formats run on ``--limit`` documents (default 6, spread over the set);
``plain`` is also scored on that subset (``plain@ocr``) so the rows compare like with like.

    .venv/bin/python bench/eval_formats.py [--sets 1,2] [--limit 6] [--docs N] [--formats pdf,docx,...]
        [--keep DIR] [-v]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ("plain", "pdf", "docx", "tcvn3", "scan300", "jpeg200")
OCR_FORMATS = {"scan300", "jpeg200"}
SEED = 20240325


def _load(name: str, path: Path):
    """Import a script of the repo by path (bench/, samples/ and tests/ are not packages)."""
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod  # dataclasses look their module up while the body runs
    spec.loader.exec_module(mod)
    return mod


# --- building ----------------------------------------------------------------------------------------


def as_source(text: str) -> str:
    """The text in the builders' source shape: left head, blank line, right head, blank line, body.

    A text without the two head blocks (no header, a news page) gets two empty ones, so the
    builders lay all of it out as body.
    """
    return text if len(text.split("\n\n", 2)) == 3 else "\n\n\n\n" + text


class Builders:
    """The sample builders, loaded once, each turning a source text into one file."""

    def __init__(self, work: Path) -> None:
        samples = ROOT / "samples"
        self.samples = _load("build_samples", samples / "build_samples.py")
        self.scans = _load("make_scans", samples / "make_scans.py")
        self.legacy = _load("make_legacy", samples / "make_legacy.py")
        self.work = work

    def build(self, fmt: str, stem: str, text: str) -> Path:
        """Write ``text`` as format ``fmt``; returns the file."""
        src = as_source(text)
        headed = src is text
        out = self.work / fmt / stem
        out.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "plain":
            path = out.with_suffix(".txt")
            path.write_text(text, encoding="utf-8")
            return path
        if fmt == "pdf":
            return self.samples.build_pdf(src, out.with_suffix(".pdf"))
        if fmt == "docx":
            return self.samples.build_docx(src, out.with_suffix(".docx"), head_table=headed)
        if fmt == "tcvn3":
            staged = out.with_suffix(".src.txt")
            staged.write_text(src, encoding="utf-8")
            return self.legacy.build_tcvn3_docx(self.legacy.lines_of(staged), out.with_suffix(".docx"))
        import numpy as np

        rng = np.random.default_rng([SEED, sum(map(ord, stem))])
        sc = self.scans
        pages = sc.layout(text)
        if fmt == "scan300":
            images = [sc.add_noise(sc.skew(sc.render(p, 300), float(rng.uniform(-1.5, 1.5))), rng, sigma=6)
                      for p in pages]
            path = out.with_suffix(".pdf")
            sc._image_pdf(path, images)
            return path
        if fmt == "jpeg200":
            from PIL import Image

            # One sheet, skewed as a whole: a JPEG holds one image, and pages stacked each with its
            # own angle would be no real scan.
            images = [sc.render(p, 200) for p in pages]
            sheet = Image.new("L", (images[0].width, sum(i.height for i in images)), 255)
            y = 0
            for img in images:
                sheet.paste(img, (0, y))
                y += img.height
            sheet = sc.add_noise(sc.skew(sheet, float(rng.uniform(-2.5, 2.5))), rng, sigma=10, salt=0.002)
            path = out.with_suffix(".jpg")
            sheet.save(path, quality=50, dpi=(200, 200))
            return path
        raise ValueError(fmt)


# --- scoring -----------------------------------------------------------------------------------------


@dataclass
class Row:
    """Running totals of one format over the documents it processed."""

    docs: int = 0
    errors: int = 0
    seconds: float = 0.0
    cer: float = 0.0
    cer_nocase: float = 0.0
    kind_ok: int = 0
    fields_ok: int = 0
    fields_all: int = 0
    agree: int = 0
    agree_all: int = 0
    identical: int = 0
    pr: dict[str, Any] = field(default_factory=dict)


def compare_items(a: dict[str, Any], b: dict[str, Any], cmp) -> tuple[int, int]:
    """(equal, compared) items between two report summaries: is_minutes, each meeting field, the lists."""
    same = int(a["is_minutes"] == b["is_minutes"])
    total = 1
    ma, mb = cmp.flatten_meeting(a["meeting"] or {}), cmp.flatten_meeting(b["meeting"] or {})
    for key in sorted(set(ma) | set(mb)):
        total += 1
        same += int(cmp.field_equal(key, ma.get(key), mb.get(key)))
    same += int(Counter(a["references"]) == Counter(b["references"]))
    same += int(a["section_kinds"] == b["section_kinds"]) + int(a["findings"] == b["findings"])
    return same, total + 3


def score(row: Row, want: dict[str, Any], got: dict[str, Any], plain: dict[str, Any] | None, cmp) -> list[str]:
    """Add one document to ``row``; returns its misses against the expected result."""
    misses = []
    row.kind_ok += int(got["is_minutes"] == want["is_minutes"])
    if want["meeting"] is not None:
        bad = cmp.meeting_misses(want["meeting"], got["meeting"])
        row.fields_all += len(cmp.flatten_meeting(want["meeting"]))
        row.fields_ok += len(cmp.flatten_meeting(want["meeting"])) - len(bad)
        misses += [f"meeting.{k}" for k, _, _ in bad]
    for aspect, as_set in (("references", False), ("section_kinds", True), ("findings", True)):
        w = Counter(set(want[aspect])) if as_set else Counter(want[aspect])
        g = Counter(set(got[aspect])) if as_set else Counter(got[aspect])
        row.pr.setdefault(aspect, cmp._PR()).add(w, g)
        if w != g:
            misses.append(f"{aspect} -{sorted((w - g).elements())} +{sorted((g - w).elements())}")
    if plain is not None:
        same, total = compare_items(plain, got, cmp)
        row.agree += same
        row.agree_all += total
        row.identical += int(same == total)
    return misses


def _pct(a: float, b: float) -> str:
    return f"{a / b:6.1%}" if b else "     –"


def _pr(p) -> str:
    if p is None:
        return "    –/–    "
    prec = p.tp / (p.tp + p.fp) if p.tp + p.fp else 1.0
    rec = p.tp / (p.tp + p.fn) if p.tp + p.fn else 1.0
    return f"{prec:5.1%}/{rec:5.1%}"


def print_table(rows: dict[str, Row]) -> None:
    head = (f"{'format':<10}{'docs':>5}{'err':>4}{'CER':>7}{'CER-ci':>7}{'s/doc':>7}{'minutes':>8}{'fields':>8}"
            f"{'refs P/R':>14}{'kinds P/R':>14}{'rules P/R':>14}{'agree':>8}{'same':>6}")
    print(head)
    print("-" * len(head))
    for name, r in rows.items():
        ok = r.docs - r.errors
        print(f"{name:<10}{r.docs:>5}{r.errors:>4}"
              f"{(r.cer / ok if ok else 0):>7.2%}{(r.cer_nocase / ok if ok else 0):>7.2%}"
              f"{(r.seconds / r.docs if r.docs else 0):>7.1f}{_pct(r.kind_ok, ok):>8}"
              f"{_pct(r.fields_ok, r.fields_all):>8}"
              f"{_pr(r.pr.get('references')):>14}{_pr(r.pr.get('section_kinds')):>14}{_pr(r.pr.get('findings')):>14}"
              f"{_pct(r.agree, r.agree_all):>8}{f'{r.identical}/{ok}':>6}")


# --- driver ------------------------------------------------------------------------------------------


def spread(items: list, n: int) -> list:
    """``n`` items taken evenly over ``items`` (all when n >= len)."""
    if n >= len(items):
        return list(items)
    return [items[round(i * (len(items) - 1) / max(n - 1, 1))] for i in range(n)]


def run(formats: list[str], limit: int, docs: int | None, keep: Path | None, verbose: bool,
        sets: tuple[str, ...] = ("1", "2")) -> int:
    sys.path.insert(0, str(ROOT))
    cmp = _load("eval_heldout", ROOT / "bench" / "eval_heldout.py")
    cer_mod = _load("cer", ROOT / "tests" / "cer.py")
    from worker.pipeline import analyze_path

    cases = cmp.load_cases(sets=sets)
    if docs is not None:
        cases = spread(cases, docs)
    ocr_stems = {stem for stem, _, _ in spread(cases, limit)}
    work_ctx = tempfile.TemporaryDirectory(prefix="bienban-formats-") if keep is None else None
    work = keep or Path(work_ctx.name)
    builders = Builders(work)
    names = ["plain", *(["plain@ocr"] if OCR_FORMATS & set(formats) else []), *[f for f in formats if f != "plain"]]
    rows = {n: Row() for n in names}
    plain_of: dict[str, dict[str, Any]] = {}
    started = time.perf_counter()
    try:
        for fmt in ["plain", *[f for f in formats if f != "plain"]]:
            for stem, txt, want in cases:
                if fmt in OCR_FORMATS and stem not in ocr_stems:
                    continue
                text = txt.read_text(encoding="utf-8")
                row = rows[fmt]
                row.docs += 1
                try:
                    path = builders.build(fmt, stem, text)
                    t0 = time.perf_counter()
                    report, extracted = analyze_path(path)
                    elapsed = time.perf_counter() - t0
                    row.seconds += elapsed
                except Exception as exc:  # a format that fails is a figure, not a crash
                    row.errors += 1
                    print(f"  {fmt} {stem}: {type(exc).__name__}: {exc}", file=sys.stderr)
                    continue
                got = cmp.report_summary(report.to_dict())
                row.cer += cer_mod.cer(text, extracted)
                row.cer_nocase += cer_mod.cer(text, extracted, casefold=True)
                if fmt == "plain":
                    plain_of[stem] = got
                misses = score(row, want, got, plain_of.get(stem), cmp)
                if fmt == "plain" and "plain@ocr" in rows and stem in ocr_stems:
                    sub = rows["plain@ocr"]
                    sub.docs += 1
                    sub.seconds += elapsed
                    sub.cer += cer_mod.cer(text, extracted)
                    sub.cer_nocase += cer_mod.cer(text, extracted, casefold=True)
                    score(sub, want, got, got, cmp)
                if verbose:
                    c = cer_mod.cer(text, extracted)
                    print(f"  {fmt:<8} {stem[:58]:<58} CER {c:6.2%}  {'; '.join(misses) or 'ok'}", file=sys.stderr)
            print(f"  [{fmt} done, {time.perf_counter() - started:.0f} s]", file=sys.stderr)
    finally:
        if work_ctx is not None:
            work_ctx.cleanup()
    print(f"held-out documents: {len(cases)} (OCR formats: {len(ocr_stems)}); "
          f"CER vs source text, whitespace collapsed (CER-ci: case-folded); fields = meeting fields right;"
          f" agree = items equal to the plain report, same = identical summaries")
    print_table(rows)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--formats", default=",".join(FORMATS), help=f"comma-separated, from {','.join(FORMATS)}")
    ap.add_argument("--limit", type=int, default=6, help="documents for the OCR formats (default 6)")
    ap.add_argument("--docs", type=int, default=None, help="documents for every format (default all)")
    ap.add_argument("--keep", type=Path, default=None, help="keep the built files in this folder")
    ap.add_argument("--sets", default="1,2", help="held-out sets to build from (default 1,2; see eval_heldout.py)")
    ap.add_argument("-v", "--verbose", action="store_true", help="per-document CER and misses on stderr")
    args = ap.parse_args(argv)
    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown:
        ap.error(f"unknown formats: {', '.join(unknown)}")
    sets = tuple(x.strip() for x in args.sets.split(",") if x.strip())
    return run(formats, args.limit, args.docs, args.keep, args.verbose, sets)


if __name__ == "__main__":
    sys.exit(main())
