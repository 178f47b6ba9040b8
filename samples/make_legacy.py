"""Make samples typed in the legacy Vietnamese encodings TCVN3 (ABC) and VNI, with ground truth.

From Unicode minutes texts (``samples/sources/legacy-*.txt``: left head block, blank line,
right head block, blank line, body) this writes, each with ``<stem>.gt.txt`` beside it:

* ``legacy-tcvn3-vntime.docx``: the Normal style in ``.VnTime``, capital headings in
  ``.VnTimeH`` (some typed with caps lock, ``§¶NG Bé``, some in lower case, ``®¶ng bé``),
  words split over several runs as Word's revision ids split them;
* ``legacy-vni-times.docx``: everything in ``VNI-Times`` with run splits between a letter
  and its tone byte (VNI letters span two characters);
* ``legacy-mixed-unicode-tcvn3.docx``: a Unicode head and first paragraphs, the rest TCVN3;
* ``legacy-tcvn3-vntime.pdf`` / ``legacy-vni-times.pdf``: text-layer PDFs drawn with a font
  built here the way the legacy fonts are (DejaVu Serif's Vietnamese glyphs moved to the
  Latin-1 code points, named ``.VnTime`` / ``.VnTimeH`` / ``VNI-Times``), so the page shows
  Vietnamese while the text layer holds the Latin-1 look-alikes, as real legacy PDFs do;
* ``legacy-tcvn3-unnamed-font.pdf``: the same look-alikes in a font with no legacy name
  (only the text's statistics can tell);
* ``legacy-tcvn3-cp1252.txt``: TCVN3 bytes with Windows line ends.

Deterministic: fixed dates, seeded run splits.

    .venv/bin/python samples/make_legacy.py OUT_DIR [SOURCE.txt ...]
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from worker.extract.legacy import encode_tcvn3, encode_vni  # noqa: E402
from worker.extract.legacy_tables import READING_TO_BYTE, TCVN3_DECODE, VNI_ENCODE  # noqa: E402

SOURCES = HERE / "sources"
FONT_FILE = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
FIXED_DATE = dt.datetime(2024, 1, 1)
FONT_PT = 13
# VNI modifier bytes drawn as the combining mark they stand for (tone-and-hat bytes: the hat).
_VNI_MARKS = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323", "â": "\u0302",
              "á": "\u0302", "à": "\u0302", "å": "\u0302", "ã": "\u0302", "ä": "\u0302", "ê": "\u0306",
              "é": "\u0306", "è": "\u0306", "ú": "\u0306", "ü": "\u0306", "ë": "\u0306"}


# --- text ---------------------------------------------------------------------------------------------


def read_source(path: Path) -> tuple[list[str], list[str], list[str]]:
    """(left head lines, right head lines, body lines) of a source text."""
    blocks = path.read_text(encoding="utf-8").split("\n\n", 2)
    return blocks[0].splitlines(), blocks[1].splitlines(), blocks[2].rstrip("\n").split("\n")


def lines_of(path: Path) -> list[str]:
    """Every line in document order, a blank line between head blocks and body."""
    left, right, body = read_source(path)
    return [*left, "", *right, "", *body]


def is_heading(line: str) -> bool:
    """A line typed in capitals (set in ``.VnTimeH`` in a TCVN3 document)."""
    return any(c.isalpha() for c in line) and line == line.upper()


def tcvn3_typed(line: str, index: int) -> tuple[str, str]:
    """(TCVN3 text as typed, font): headings alternate caps-lock and lower-case typing."""
    if is_heading(line):
        return encode_tcvn3(line, lower=index % 2 == 1), ".VnTimeH"
    return encode_tcvn3(line), ".VnTime"


def ground_truth(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


# --- DOCX ---------------------------------------------------------------------------------------------


def _set_font(run, name: str) -> None:
    """Name the font for every script slot, as Word does for a legacy font."""
    from docx.oxml.ns import qn

    run.font.name = name
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), name)


def _style_font(document, name: str) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    style = document.styles["Normal"]
    style.font.name = name
    style.font.size = Pt(FONT_PT)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), name)


def _split_runs(text: str, rng: random.Random, pieces: int) -> list[str]:
    """Cut a paragraph's text at a few places, mid-word too (Word splits runs at revision ids)."""
    if len(text) < 4 or pieces < 2:
        return [text]
    cuts = sorted(rng.sample(range(1, len(text)), min(pieces - 1, len(text) - 1)))
    return [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]


def _new_document(style_font: str):
    import docx

    document = docx.Document()
    document.core_properties.created = FIXED_DATE
    document.core_properties.modified = FIXED_DATE
    document.core_properties.author = "bienban samples"
    _style_font(document, style_font)
    return document


def _save(document, out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(out))
    with zipfile.ZipFile(out) as src:
        members = [(info.filename, src.read(info)) for info in src.infolist()]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in members:
            dst.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return out


def build_tcvn3_docx(lines: list[str], out: Path, *, unicode_lines: int = 0) -> Path:
    """TCVN3 in ``.VnTime``/``.VnTimeH``; the first ``unicode_lines`` lines typed in Unicode."""
    rng = random.Random(out.name)
    document = _new_document("Times New Roman" if unicode_lines else ".VnTime")
    for index, line in enumerate(lines):
        paragraph = document.add_paragraph()
        if index < unicode_lines or not line:
            paragraph.add_run(line)
            continue
        typed, font = tcvn3_typed(line, index)
        for piece in _split_runs(typed, rng, rng.randint(1, 3)):
            run = paragraph.add_run(piece)
            if font != ".VnTime" or unicode_lines:  # body runs inherit .VnTime from the style
                _set_font(run, font)
    return _save(document, out)


def build_vni_docx(lines: list[str], out: Path) -> Path:
    """VNI in ``VNI-Times``, runs cut between letters and their tone bytes."""
    rng = random.Random(out.name)
    document = _new_document("VNI-Times")
    for line in lines:
        paragraph = document.add_paragraph()
        for piece in _split_runs(encode_vni(line), rng, rng.randint(1, 4)):
            _set_font(paragraph.add_run(piece), "VNI-Times")
    return _save(document, out)


# --- PDF ----------------------------------------------------------------------------------------------


def legacy_font(out: Path, name: str, glyph_of: dict[str, str]) -> Path:
    """A TTF like the legacy fonts: ``glyph_of`` maps a Latin-1 code point to the letter it draws."""
    from fontTools.ttLib import TTFont

    font = TTFont(str(FONT_FILE), recalcTimestamp=False)  # byte-identical builds
    original = font.getBestCmap()
    for table in font["cmap"].tables:
        if not table.isUnicode():
            continue
        cmap = {cp: g for cp, g in table.cmap.items() if cp < 0x100 or cp in (0x2013, 0x2014, 0x201C, 0x201D)}
        for char, letter in glyph_of.items():
            glyph = original.get(ord(letter))
            if glyph and (table.format != 4 or ord(char) <= 0xFFFF):
                cmap[ord(char)] = glyph
        table.cmap = cmap
    for record in font["name"].names:
        if record.nameID in (1, 3, 4, 6, 16, 17):
            record.string = name if record.nameID != 17 else "Regular"
    out.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(out))
    return out


def tcvn3_glyphs(capitals: bool) -> dict[str, str]:
    glyphs = {chr(byte): (letter.upper() if capitals else letter) for byte, letter in TCVN3_DECODE.items()}
    if capitals:
        glyphs.update({c: c.upper() for c in "abcdefghijklmnopqrstuvwxyz"})
    return glyphs


def vni_glyphs() -> dict[str, str]:
    glyphs = {code: letter for letter, code in VNI_ENCODE.items() if len(code) == 1}
    glyphs.update(_VNI_MARKS)
    glyphs.update({k.upper(): v for k, v in _VNI_MARKS.items()})
    return glyphs


def build_pdf(rows: list[tuple[str, str]], out: Path, fonts: dict[str, Path]) -> Path:
    """A text-layer A4 PDF: each row is (text as typed, font family), wrapped to the margins."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_margins(30, 20, 20)
    pdf.set_auto_page_break(True, 20)
    for family, path in fonts.items():
        pdf.add_font(family, fname=str(path))
    pdf.add_page()
    for text, family in rows:
        pdf.set_font(family, size=FONT_PT)
        if not text.strip():
            pdf.ln(FONT_PT * 0.5)
            continue
        pdf.multi_cell(0, FONT_PT * 0.5, text, print_sh=True, new_x="LMARGIN", new_y="NEXT")
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))
    return out


# --- build --------------------------------------------------------------------------------------------


def _pick(sources: list[Path], word: str) -> Path:
    return next((s for s in sources if word in s.name), sources[0])


def _write(out: Path, lines: list[str], make: Callable[[Path], Path]) -> list[Path]:
    made = make(out)
    out.with_suffix(".gt.txt").write_text(ground_truth(lines), encoding="utf-8")
    return [made]


def build(out_dir: Path, sources: list[Path] | None = None) -> list[Path]:
    """Build every legacy sample into ``out_dir``; returns the sample paths (ground truth beside each)."""
    sources = sources or sorted(SOURCES.glob("legacy-*.txt"))
    if not sources:
        raise FileNotFoundError("no legacy-*.txt source in samples/sources")
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as fonts:
        return _build(out_dir, sources, Path(fonts))


def _build(out_dir: Path, sources: list[Path], font_dir: Path) -> list[Path]:
    tcvn3, vni = lines_of(_pick(sources, "tcvn3")), lines_of(_pick(sources, "vni"))
    vntime = legacy_font(font_dir / "vntime.ttf", ".VnTime", tcvn3_glyphs(False))
    vntimeh = legacy_font(font_dir / "vntimeh.ttf", ".VnTimeH", tcvn3_glyphs(True))
    vnitimes = legacy_font(font_dir / "vni-times.ttf", "VNI-Times", vni_glyphs())
    # A font that draws the look-alikes as themselves, named like no legacy font.
    plain = legacy_font(font_dir / "plain-serif.ttf", "BienbanSerif", {})
    left, right, _ = read_source(_pick(sources, "tcvn3"))
    head = len(left) + 1 + len(right)
    tcvn3_rows = [tcvn3_typed(line, i) for i, line in enumerate(tcvn3)]
    made: list[Path] = []
    made += _write(out_dir / "legacy-tcvn3-vntime.docx", tcvn3, lambda p: build_tcvn3_docx(tcvn3, p))
    made += _write(out_dir / "legacy-vni-times.docx", vni, lambda p: build_vni_docx(vni, p))
    made += _write(out_dir / "legacy-mixed-unicode-tcvn3.docx", tcvn3,
                   lambda p: build_tcvn3_docx(tcvn3, p, unicode_lines=head + 3))
    made += _write(out_dir / "legacy-tcvn3-vntime.pdf", tcvn3,
                   lambda p: build_pdf(tcvn3_rows, p, {".VnTime": vntime, ".VnTimeH": vntimeh}))
    made += _write(out_dir / "legacy-tcvn3-unnamed-font.pdf", tcvn3,
                   lambda p: build_pdf([(encode_tcvn3(line), "plain") for line in tcvn3], p, {"plain": plain}))
    made += _write(out_dir / "legacy-vni-times.pdf", vni,
                   lambda p: build_pdf([(encode_vni(line), "VNI-Times") for line in vni], p, {"VNI-Times": vnitimes}))
    made += _write(out_dir / "legacy-tcvn3-cp1252.txt", tcvn3, lambda p: _write_bytes(p, tcvn3))
    return made


def _write_bytes(path: Path, lines: list[str]) -> Path:
    text = "\r\n".join(encode_tcvn3(line) for line in lines) + "\r\n"
    path.write_bytes(bytes(READING_TO_BYTE[c] for c in text))
    return path


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "build"
    for made in build(target, [Path(p) for p in sys.argv[2:]] or None):
        print(made)
