"""Build every binary sample (PDF, DOCX, encoded text, scans, legacy) from the texts in ``samples/sources``.

    .venv/bin/python samples/build_samples.py [OUT_DIR]      # default: samples/build/

Deterministic: the same sources give byte-identical files (fixed creation dates,
no random ids).  Scans and legacy-encoded samples come from ``samples/make_scans.py``
and ``samples/make_legacy.py`` when those modules are present.

A source text is written the way a clerk types it: the left head block (``ĐẢNG BỘ …``
… ``Số …``), a blank line, the right block (``ĐẢNG CỘNG SẢN VIỆT NAM``, place and
date), a blank line, then one paragraph per line; a line with columns separated by
four or more spaces (the signature row) is laid out as columns.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
# Liberation fonts here lack Vietnamese glyphs (ơ, ạ, ề …); DejaVu has them all.  Only the faces of
# fonts-dejavu-core (the package scripts/setup installs); its Sans Mono lacks many Vietnamese letters.
FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu")]
FONTS = {  # family: (regular, bold)
    "DejaVuSans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "DejaVuSerif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
}
FIXED_DATE = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_COLUMNS = re.compile(r"\s{4,}|\t+")  # typed apart by spaces, or by tabs (a Word table or signature block)
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def load_source(name: str) -> str:
    """The text of ``samples/sources/<name>.txt``."""
    return (SOURCES / f"{name}.txt").read_text(encoding="utf-8")


def split_source(text: str) -> tuple[list[str], list[str], list[str]]:
    """(left head lines, right head lines, body lines) of a source text.

    Sources here write the left block, a blank line, the right block, a blank line, the body.  Other
    texts (the held-out minutes ``bench/eval_formats.py`` builds) write the head as one block, the right
    column's lines from "ĐẢNG CỘNG SẢN VIỆT NAM" on, or have no head at all: then all is body.
    """
    blocks = text.split("\n\n", 2)
    first = blocks[0].splitlines()
    dcsvn = next((i for i, line in enumerate(first) if "CỘNG SẢN VIỆT NAM" in line.upper()), None)
    if dcsvn is not None and dcsvn > 0:
        rest = text.split("\n\n", 1)[1] if len(blocks) > 1 else ""
        left: list[str] = []
        right: list[str] = []
        for i, line in enumerate(first):
            parts = re.split(r" {3,}", line.strip())
            if len(parts) == 2:  # "Số 03-BB/CB            ĐẢNG CỘNG SẢN VIỆT NAM": both columns on one line
                left.append(parts[0])
                right.append(parts[1])
            elif i < dcsvn and not line.startswith("   "):
                left.append(line.strip())
            else:
                right.append(line.strip())
        return left, right, rest.strip("\n").split("\n")
    if len(blocks) < 3 or "CỘNG SẢN VIỆT NAM" not in blocks[1].upper():
        return [], [], text.strip("\n").split("\n")
    return first, blocks[1].splitlines(), blocks[2].rstrip("\n").split("\n")


def check_glyphs(text: str, filename: str) -> None:
    """Fail when the font cannot show a character of the text (fpdf2 would silently drop it)."""
    from fontTools.ttLib import TTFont

    cmap = TTFont(_font_path(filename)).getBestCmap()
    missing = sorted({c for c in text if not c.isspace() and ord(c) not in cmap})
    if missing:
        raise ValueError(f"{filename} lacks glyphs for {''.join(missing)!r}")


def _font_path(filename: str) -> str:
    for d in FONT_DIRS:
        if (d / filename).exists():
            return str(d / filename)
    raise FileNotFoundError(filename)


# --- PDF -------------------------------------------------------------------------------------------------


def build_pdf(
    text: str,
    out: Path,
    *,
    family: str = "DejaVuSans",
    size: float = 11,
    two_column_head: bool = True,
    running_header: str | None = None,
    page_numbers: bool = False,
    align: str = "L",
    preface: str | None = None,
    right_offset: float = 0.0,
    head_split: float = 0.45,
    head_wrap: bool = False,
    title_gap: float = 1.0,
) -> Path:
    """A text-layer A4 PDF of a source text (fpdf2, embedded TTF).

    ``preface``: a centred line above the head; ``right_offset``: the right head block set that many
    lines lower than the left one (its baselines between the left block's); ``head_split``: the share of
    the width the left head column takes; ``head_wrap``: head lines too long for their column wrap
    inside it (each column then runs down on its own); ``title_gap``: lines of space between the head
    and the title (0: the title right under the head's last line).
    """
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self) -> None:
            if running_header:
                self.set_font(family, "", size - 2)
                self.cell(0, 6, running_header, align="C", new_x="LMARGIN", new_y="NEXT")
                self.ln(2)

        def footer(self) -> None:
            if page_numbers:
                self.set_y(-15)
                self.set_font(family, "", size - 2)
                self.cell(0, 8, f"Trang {self.page_no()}/{{nb}}", align="C")

    pdf = Doc(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_creator("bienban samples")
    pdf.set_margins(20, 15, 15)
    pdf.set_auto_page_break(True, margin=20)
    regular, bold = FONTS[family]
    for face in (regular, bold):
        check_glyphs(text + (running_header or "") + (preface or "") + "Trang 0123456789/", face)
    pdf.add_font(family, "", _font_path(regular))
    pdf.add_font(family, "B", _font_path(bold))
    pdf.add_page()
    step = size * 0.3528 * 1.45  # line height in mm
    left, right, body = split_source(text)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    head_size = size * 0.85  # heads are set smaller than the body
    if preface:
        pdf.set_font(family, "", head_size)
        pdf.cell(0, step, preface, align="C", new_x="LMARGIN", new_y="NEXT")
    if two_column_head and head_wrap:
        y = pdf.get_y()
        bottoms = []
        for lines, x, w, offset, bold_rows in (
            (left, pdf.l_margin, width * head_split, 0.0, range(len(left))),
            (right, pdf.l_margin + width * head_split, width * (1 - head_split), right_offset, range(1)),
        ):
            pdf.set_xy(x, y + offset * step)
            for i, line in enumerate(lines):
                pdf.set_font(family, "B" if i in bold_rows else "", head_size)
                pdf.set_x(x)
                pdf.multi_cell(w, step, line, align="C", new_x="LEFT", new_y="NEXT")
            bottoms.append(pdf.get_y())
        pdf.set_xy(pdf.l_margin, max(bottoms) + title_gap * step)
    elif two_column_head:
        pdf.set_font(family, "B", head_size)
        y = pdf.get_y()
        for i in range(max(len(left), len(right))):
            if i < len(left):
                pdf.set_xy(pdf.l_margin, y + i * step)
                pdf.cell(width * head_split, step, left[i], align="C")
            if i < len(right):
                pdf.set_xy(pdf.l_margin + width * head_split, y + (i + right_offset) * step)
                pdf.set_font(family, "B" if i == 0 else "", head_size)
                pdf.cell(width * (1 - head_split), step, right[i], align="C")
                pdf.set_font(family, "B", head_size)
        pdf.set_xy(pdf.l_margin, y + (max(len(left), len(right)) + title_gap) * step)
    else:
        for block in (left, right):
            for line in block:
                pdf.set_font(family, "B", size)
                pdf.cell(0, step, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(step)
    i = 0
    while i < len(body):
        line = body[i]
        i += 1
        grid = _grid_rows(body, i - 1)
        if grid:
            _pdf_grid(pdf, grid, family, size, step, width)
            i += len(grid) - 1
            continue
        if not line.strip():
            pdf.ln(step)
            continue
        columns = _COLUMNS.split(line.strip())
        if len(columns) > 1:
            pdf.set_font(family, "B" if line.isupper() else "", size)
            # each column as wide as its text needs (a long cell is not overprinted by the next), the
            # spare width shared out evenly
            need = [pdf.get_string_width(col) + 4 for col in columns]
            spare = max(0.0, width - sum(need)) / len(columns)
            scale = min(1.0, width / sum(need))
            for col, w in zip(columns, need, strict=True):
                pdf.cell(w * scale + spare, step, col, align="C")
            pdf.ln(step)
            continue
        heading = line.upper() == line and any(c.isalpha() for c in line)
        pdf.set_font(family, "B" if heading else "", size)
        centered = heading and not re.match(r"^[IVX]+\.", line)
        pdf.multi_cell(0, step, line, align="C" if centered else align, new_x="LMARGIN", new_y="NEXT")
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))
    return out


def _grid_rows(lines: list[str], start: int) -> list[list[str]]:
    """The rows of a table typed with tabs that starts at ``lines[start]`` (two or more rows of three or
    more cells; empty cells kept), else []."""
    rows: list[list[str]] = []
    for line in lines[start:]:
        cells = line.rstrip("\n").split("\t")
        if len(cells) < 3:
            break
        rows.append([c.strip() for c in cells])
    return rows if len(rows) >= 2 else []


def _pdf_grid(pdf, rows: list[list[str]], family: str, size: float, step: float, width: float) -> None:
    """A ruled table the way Word prints one: fixed columns, each as wide as its text needs (shared out
    over the page), empty cells left empty, long cells wrapped inside their column."""
    count = max(map(len, rows))
    rows = [r + [""] * (count - len(r)) for r in rows]
    pdf.set_font(family, "", size)
    pad = 4.0
    need = [max(pdf.get_string_width(r[c]) for r in rows) + pad for c in range(count)]
    # a column's longest word always fits (Word does not break words); the widest columns give up
    # their width until the table fits the page, the spare width (if any) is shared out evenly
    least = [max([pdf.get_string_width(w) + pad for r in rows for w in r[c].split()] or [pad]) for c in range(count)]
    cap = max(need)
    while sum(max(lo, min(n, cap)) for n, lo in zip(need, least, strict=True)) > width and cap > 1:
        cap -= 1.0
    widths = [max(lo, min(n, cap)) for n, lo in zip(need, least, strict=True)]
    widths = [w + max(0.0, width - sum(widths)) / count for w in widths]
    with pdf.table(col_widths=widths, width=width, line_height=step, text_align="LEFT",
                   first_row_as_headings=False) as table:
        for r, values in enumerate(rows):
            pdf.set_font(family, "B" if r == 0 else "", size)
            row = table.row()
            for value in values:
                row.cell(value)
    pdf.ln(step * 0.5)


# --- DOCX ------------------------------------------------------------------------------------------------


def build_docx(
    text: str,
    out: Path,
    *,
    font: str = "Times New Roman",
    head_table: bool = True,
    signature_table: bool = True,
    section_header: str | None = None,
    numbered_headings: bool = False,
) -> Path:
    """A DOCX of a source text: the head as a two-column table, the signature row as a table.

    ``numbered_headings``: headings "I. …" typed without their number, numbered by Word (upper-case roman list).
    """
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.core_properties.created = FIXED_DATE.replace(tzinfo=None)
    document.core_properties.modified = FIXED_DATE.replace(tzinfo=None)
    document.core_properties.author = "bienban samples"
    style = document.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(13)
    if section_header:
        document.sections[0].header.paragraphs[0].text = section_header
    left, right, body = split_source(text)
    if head_table and (left or right):
        table = document.add_table(rows=1, cols=2)
        for cell, lines in zip(table.rows[0].cells, (left, right), strict=True):
            cell.paragraphs[0].text = lines[0] if lines else ""
            for line in lines[1:]:
                cell.add_paragraph(line)
        document.add_paragraph("")
    elif left or right:
        for line in [*left, "", *right, ""]:
            document.add_paragraph(line)
    rows: list[list[str]] = []

    def flush() -> None:
        if rows:
            table = document.add_table(rows=len(rows), cols=max(map(len, rows)))  # a short row leaves cells empty
            for r, values in enumerate(rows):
                for c, value in enumerate(values):
                    table.rows[r].cells[c].text = value
            rows.clear()

    num_id = _add_roman_numbering(document) if numbered_headings else None
    for line in body:
        # (a row typed with tabs keeps its empty cells: "6<TAB>Huỳnh Văn Nghĩa<TAB><TAB>Có mặt", as Word does)
        columns = line.strip().split("\t") if "\t" in line.strip() else _COLUMNS.split(line.strip())
        if signature_table and len(columns) > 1:
            rows.append(columns)
            continue
        flush()
        heading = re.match(r"^[IVX]+\.\s+(.*)$", line)
        if num_id is not None and heading:
            paragraph = document.add_paragraph(heading.group(1))
            num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = 0
            num_pr.get_or_add_numId().val = num_id
        else:
            document.add_paragraph(line)
    flush()
    out.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(out))
    _pin_zip_dates(out)
    return out


def _add_roman_numbering(document) -> int:
    """Add a one-level "I.", "II." list definition to the document; return its numId."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/>'
        '<w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'
    )
    numbering.insert(0, abstract)  # every abstractNum precedes the first num
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return 90


def _pin_zip_dates(path: Path) -> None:
    """Rewrite a zip with fixed member dates so builds are byte-identical."""
    import zipfile

    with zipfile.ZipFile(path) as src:
        members = [(info, src.read(info)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info, data in members:
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, data)


# --- encoded plain text ----------------------------------------------------------------------------------


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 bytes: base letters precomposed (â, ơ, ư, đ), tone marks as combining characters."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", ch)
        tones = [m for m in marks if m in _TONE_MARKS]
        head = unicodedata.normalize("NFC", base + "".join(m for m in marks if m not in _TONE_MARKS))
        out += head.encode("cp1258") + "".join(tones).encode("cp1258")
    return bytes(out)


def build_text(text: str, out: Path, encoding: str) -> Path:
    """The source text in ``utf-16`` (with BOM), ``utf-8-sig``, ``cp1258`` or ``utf-8``; CRLF for the Windows ones."""
    out.parent.mkdir(parents=True, exist_ok=True)
    if encoding == "cp1258":
        data = encode_cp1258(text.replace("\n", "\r\n"))
    elif encoding == "utf-16":
        data = text.replace("\n", "\r\n").encode("utf-16")  # native BOM + little endian on this machine
    else:
        data = text.encode(encoding)
    out.write_bytes(data)
    return out


# --- the catalogue of samples ----------------------------------------------------------------------------

REGULAR = "digital-regular-2024-05-phuong-hoa-an"
THEMATIC = "digital-thematic-2023-q4-cong-ty-dien-luc"
COMBINED = "digital-combined-2025-12-khoa-cntt"

SAMPLES: dict[str, tuple[str, Callable[[str, Path], Path]]] = {
    "text-dejavusans-two-column-head.pdf": (REGULAR, lambda t, p: build_pdf(t, p)),
    "text-dejavuserif-justified-two-column-head.pdf": (
        THEMATIC,
        lambda t, p: build_pdf(t, p, family="DejaVuSerif", size=13, align="J"),
    ),
    "text-dejavuserif-single-column-head-ragged.pdf": (
        THEMATIC,
        lambda t, p: build_pdf(t, p, family="DejaVuSerif", size=12, two_column_head=False),
    ),
    "text-dejavuserif-multipage-running-header-page-numbers.pdf": (
        REGULAR,
        lambda t, p: build_pdf(
            t, p, family="DejaVuSerif", size=14, running_header="Chi bộ Khu dân cư số 5 - Biên bản sinh hoạt",
            page_numbers=True, align="J",
        ),
    ),
    "docx-table-head-signature-table.docx": (REGULAR, lambda t, p: build_docx(t, p)),
    "docx-paragraph-head-section-header.docx": (
        THEMATIC,
        lambda t, p: build_docx(
            t, p, font="Arial", head_table=False, signature_table=False, section_header="Lưu hành nội bộ"
        ),
    ),
    "docx-word-numbered-headings.docx": (
        COMBINED, lambda t, p: build_docx(t, p, font="Times New Roman", numbered_headings=True)
    ),
    "text-dejavusans-combined-justified.pdf": (COMBINED, lambda t, p: build_pdf(t, p, size=12, align="J")),
    "plain-utf16-bom-crlf.txt": (REGULAR, lambda t, p: build_text(t, p, "utf-16")),
    "plain-utf8-bom.txt": (THEMATIC, lambda t, p: build_text(t, p, "utf-8-sig")),
    "plain-cp1258-crlf.txt": (THEMATIC, lambda t, p: build_text(t, p, "cp1258")),
}


def build_one(name: str, out_dir: Path) -> Path:
    """Build one sample of ``SAMPLES`` into ``out_dir``."""
    source, make = SAMPLES[name]
    return make(load_source(source), out_dir / name)


def build(out_dir: Path) -> list[Path]:
    """Build every sample into ``out_dir``, then the scans and legacy samples when their builders exist."""
    out_dir.mkdir(parents=True, exist_ok=True)
    built = [build_one(name, out_dir) for name in SAMPLES]
    sys.path.insert(0, str(HERE))
    try:
        for module_name, prefix in (("make_scans", "ocr-"), ("make_legacy", "legacy-")):
            try:
                module = importlib.import_module(module_name)
            except ImportError:
                continue
            if "sources" in inspect.signature(module.build).parameters:
                sources = sorted(SOURCES.glob(f"{prefix}*.txt")) or sorted(SOURCES.glob("*.txt"))
                made = module.build(out_dir, sources=sources)
            else:
                made = module.build(out_dir)
            built.extend(Path(p) for p in (made or []))
    finally:
        sys.path.remove(str(HERE))
    return built


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "build"
    for path in build(target):
        print(path)
