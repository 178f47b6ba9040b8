"""Word (.docx) files: paragraphs, tables and text boxes in document order.

* page headers of every section come first, once each (the head block is sometimes there);
* a small table (up to 4 rows, 3 columns) with a cell of several lines is a layout table
  (the two-column head ``ĐẢNG BỘ …`` / ``ĐẢNG CỘNG SẢN VIỆT NAM``, a stacked signature
  block): read column by column, a blank line between columns — the same order as a PDF
  head; a one-column table keeps its lines; in other tables a row is one line (a cell's
  lines joined by spaces), cells joined by four spaces — the way
  the PDF reader writes side-by-side columns and the way ``nlp`` reads columns ("THƯ KÝ    CHỦ TRÌ");
  a `` | `` or a tab would be lost (tab) or glued into names (bar);
* deleted revisions, field codes and the fallback copy of text boxes are skipped;
* runs set in a legacy font (``.VnTime``, ``.VnTimeH``, ``VNI-Times``) are decoded with
  ``decode_legacy`` by font name; ``.VnTimeH`` text is upper-cased (TCVN3 has no toned capitals).
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

from worker.errors import CorruptFile, UnsupportedMediaType
from worker.extract.base import ExtractedText, LegacyDecoder
from worker.extract.limits import check_zip_expansion

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
LAYOUT_ROWS, LAYOUT_COLUMNS = 4, 3  # a table this small with stacked lines is layout, read column by column
CELL_SEPARATOR = "    "  # the column gap of the PDF reader; nlp splits columns at two spaces or more
_SKIP = {W + "del", W + "moveFrom", W + "instrText", W + "delText", MC + "Fallback", W + "rPr", W + "pPr"}


class _Fonts:
    """Resolve the font of a run: its own rFonts, its character style, the paragraph style chain, the defaults."""

    def __init__(self, document) -> None:
        styles = document.styles.element
        self._by_id = {s.get(W + "styleId"): s for s in styles.iter(W + "style")}
        self._default = None
        for rpr in styles.iter(W + "rPrDefault"):
            self._default = self._own(rpr.find(W + "rPr"))
        for s in styles.iter(W + "style"):
            if s.get(W + "type") == "paragraph" and s.get(W + "default") == "1":
                self._default_para = s.get(W + "styleId")
                break
        else:
            self._default_para = None

    @staticmethod
    def _own(rpr) -> str | None:
        if rpr is None:
            return None
        fonts = rpr.find(W + "rFonts")
        if fonts is None:
            return None
        return fonts.get(W + "ascii") or fonts.get(W + "hAnsi") or fonts.get(W + "cs")

    def _style(self, style_id: str | None) -> str | None:
        seen = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            style = self._by_id.get(style_id)
            if style is None:
                return None
            font = self._own(style.find(W + "rPr"))
            if font:
                return font
            based = style.find(W + "basedOn")
            style_id = based.get(W + "val") if based is not None else None
        return None

    def of(self, run, paragraph_style: str | None) -> str | None:
        rpr = run.find(W + "rPr")
        font = self._own(rpr)
        if font:
            return font
        if rpr is not None and (rstyle := rpr.find(W + "rStyle")) is not None:
            font = self._style(rstyle.get(W + "val"))
            if font:
                return font
        return self._style(paragraph_style or self._default_para) or self._default


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _letter(n: int) -> str:
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


_FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "upperRoman": _roman,
    "lowerRoman": lambda n: _roman(n).lower(),
    "upperLetter": _letter,
    "lowerLetter": lambda n: _letter(n).lower(),
}


class _Numbering:
    """Word's automatic list numbers ("I.", "1.", "a)"), which the text itself does not contain.

    Headings of minutes are often numbered this way; without the numbers "PHẦN MỞ ĐẦU" would lose its "I.".
    """

    def __init__(self, document, styles: dict) -> None:
        self.levels: dict[str, dict[str, tuple[str, str, int]]] = {}  # abstractNumId -> ilvl -> (fmt, text, start)
        self.abstract_of: dict[str, str] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.styles = styles
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        for abstract in root.iter(W + "abstractNum"):
            levels = {}
            for lvl in abstract.iter(W + "lvl"):
                fmt = lvl.find(W + "numFmt")
                text = lvl.find(W + "lvlText")
                start = lvl.find(W + "start")
                levels[lvl.get(W + "ilvl", "0")] = (
                    fmt.get(W + "val", "decimal") if fmt is not None else "decimal",
                    text.get(W + "val", "") if text is not None else "",
                    int(start.get(W + "val", "1")) if start is not None else 1,
                )
            self.levels[abstract.get(W + "abstractNumId")] = levels
        for num in root.iter(W + "num"):
            ref = num.find(W + "abstractNumId")
            if ref is not None:
                self.abstract_of[num.get(W + "numId")] = ref.get(W + "val")

    def _num_pr(self, ppr, style_id: str | None):
        numpr = ppr.find(W + "numPr") if ppr is not None else None
        seen = set()
        while numpr is None and style_id and style_id not in seen:
            seen.add(style_id)
            style = self.styles.get(style_id)
            if style is None:
                break
            spr = style.find(W + "pPr")
            numpr = spr.find(W + "numPr") if spr is not None else None
            based = style.find(W + "basedOn")
            style_id = based.get(W + "val") if based is not None else None
        return numpr

    def label(self, ppr, style_id: str | None) -> str:
        """The number this paragraph shows, with a trailing space, or ""."""
        numpr = self._num_pr(ppr, style_id)
        if numpr is None:
            return ""
        num_id = numpr.find(W + "numId")
        ilvl = numpr.find(W + "ilvl")
        abstract = self.abstract_of.get(num_id.get(W + "val") if num_id is not None else "")
        levels = self.levels.get(abstract or "")
        if not levels:
            return ""
        level = int(ilvl.get(W + "val", "0")) if ilvl is not None else 0
        if str(level) not in levels:
            return ""
        counters = self.counters.setdefault(abstract, {})
        fmt, text, start = levels[str(level)]
        counters[level] = counters.get(level, start - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        if fmt == "bullet":
            return "- "
        if fmt == "none" or not text:
            return ""

        def number(m) -> str:
            n = int(m.group(1)) - 1
            lvl_fmt, _, lvl_start = levels.get(str(n), ("decimal", "", 1))
            return _FORMATS.get(lvl_fmt, str)(counters.get(n, lvl_start))

        return re.sub(r"%(\d)", number, text) + " "


class _Reader:
    def __init__(self, document, decoder: LegacyDecoder) -> None:
        self.fonts = _Fonts(document)
        self.numbering = _Numbering(document, self.fonts._by_id)
        self.decoder = decoder

    def blocks(self, parent) -> Iterator[str]:
        """Lines of a body, cell, header or text box, in document order."""
        for child in parent.iterchildren():
            if child.tag == W + "p":
                yield from self.paragraph(child)
            elif child.tag == W + "tbl":
                yield from self.table(child)
            elif child.tag in (W + "sdt", W + "customXml"):
                content = child.find(W + "sdtContent")
                yield from self.blocks(content if content is not None else child)

    def paragraph(self, p) -> Iterator[str]:
        ppr = p.find(W + "pPr")
        style = None
        if ppr is not None and (ps := ppr.find(W + "pStyle")) is not None:
            style = ps.get(W + "val")
        boxes: list[str] = []
        runs: list[tuple[str | None, str]] = []
        for run in self._runs(p):
            font = self.fonts.of(run, style)
            for node in self._nodes(run):
                if node.tag == W + "t":
                    runs.append((font, node.text or ""))
                elif node.tag in (W + "tab", W + "ptab"):
                    runs.append((font, "\t"))
                elif node.tag in (W + "br", W + "cr"):
                    runs.append((font, "\n"))
                elif node.tag == W + "noBreakHyphen":  # "05‑CT/TW" typed with Ctrl+Shift+-
                    runs.append((font, "-"))
                elif node.tag == W + "txbxContent":
                    boxes.extend(self.blocks(node))
        yield from boxes
        text = self._decode(runs)
        label = self.numbering.label(ppr, style) if text.strip() else ""
        yield label + text

    def _runs(self, element) -> Iterator:
        """Runs of a paragraph, inside hyperlinks, insertions and smart tags, not deletions or field codes."""
        for child in element.iterchildren():
            if child.tag in _SKIP:
                continue
            if child.tag == W + "r":
                yield child
            else:
                yield from self._runs(child)

    def _nodes(self, element) -> Iterator:
        """Descendants of a run, text boxes as one node (read as blocks), skipping fallbacks and deletions."""
        for child in element.iterchildren():
            if child.tag in _SKIP:
                continue
            yield child
            if child.tag != W + "txbxContent":
                yield from self._nodes(child)

    def _decode(self, runs: list[tuple[str | None, str]]) -> str:
        """Join runs, decoding consecutive runs of one font together (VNI letters span two characters)."""
        out: list[str] = []
        group_font: str | None = None
        group: list[str] = []
        for font, text in [*runs, (None, "")]:
            if font != group_font and group:
                out.append(self.decoder.decode("".join(group), group_font))
                group = []
            group_font = font
            group.append(text)
        if group:
            out.append(self.decoder.decode("".join(group), group_font))
        return "".join(out)

    def table(self, tbl) -> Iterator[str]:
        """Rows of a table; a small layout table (the head, a signature block) column by column."""
        rows = [
            [[ln for ln in self.blocks(tc) if ln.strip()] for tc in self._children(tr, W + "tc")]
            for tr in self._children(tbl, W + "tr")
        ]
        rows = [row for row in rows if any(row)]
        stacked = any(len(cell) > 1 for row in rows for cell in row)
        if stacked and len(rows) <= LAYOUT_ROWS and max(len(row) for row in rows) <= LAYOUT_COLUMNS:
            # "ĐẢNG BỘ …/CHI BỘ …" over "Số …" on the left, "ĐẢNG CỘNG SẢN VIỆT NAM" over the date on the right
            columns = max(len(row) for row in rows)
            blocks = [[ln for row in rows if c < len(row) for ln in row[c]] for c in range(columns)]
            yield from self._blocks_apart([b for b in blocks if b])
            return
        width = max(len(row) for row in rows)
        for row in rows:
            cells = [cell for cell in row if cell]
            if len(row) == 1:  # a one-column table is a frame around paragraphs: keep its lines
                yield from cells[0]
            elif width >= 3 and len(rows) >= 2 and len(row) == width and row[0] and row[-1]:
                # a data row of a grid: an empty cell inside it stays, as a wider gap, so the columns keep
                # their header ("6    Huỳnh Văn Nghĩa        Có mặt" under "STT  Họ và tên  Chức vụ  Tình hình")
                yield CELL_SEPARATOR.join(" ".join(ln.strip() for ln in c) for c in row)
            else:  # a data row stays one line: a cell's own lines joined by spaces
                yield CELL_SEPARATOR.join(" ".join(ln.strip() for ln in c) for c in cells)

    @staticmethod
    def _blocks_apart(blocks: list[list[str]]) -> Iterator[str]:
        for i, lines in enumerate(blocks):
            if i:
                yield ""
            yield from lines

    def _children(self, element, tag: str) -> Iterator:
        for child in element.iterchildren():
            if child.tag == tag:
                yield child
            elif child.tag in (W + "sdt", W + "customXml", W + "sdtContent"):
                yield from self._children(child, tag)


def _open(path: Path):
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        with zipfile.ZipFile(path) as archive:
            check_zip_expansion(archive)
            if "word/document.xml" not in archive.namelist():
                raise CorruptFile("Tệp DOCX thiếu phần nội dung (word/document.xml).")
            bad = archive.testzip()
            if bad is not None:
                raise CorruptFile(f"Tệp DOCX bị hỏng (phần {bad}).")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError, OSError,
            zlib.error) as e:  # a damaged central directory seeks before the start: OSError(EINVAL)
        raise CorruptFile("Tệp DOCX bị hỏng hoặc không đọc được.") from e
    try:
        return docx.Document(str(path))
    except ValueError as e:  # "file ... is not a Word file, content type is ..." (.docm, .dotx, .xlsx)
        raise UnsupportedMediaType("Tệp không phải văn bản Word (.docx) được hỗ trợ.") from e
    except (PackageNotFoundError, KeyError, zipfile.BadZipFile, OSError, SyntaxError, EOFError, zlib.error) as e:
        # lxml's XMLSyntaxError is a SyntaxError subclass
        raise CorruptFile("Tệp DOCX bị hỏng hoặc không đọc được.") from e


def _fonts_used(root) -> set[str]:
    names = set()
    for fonts in root.iter(W + "rFonts"):
        for attr in ("ascii", "hAnsi", "cs"):
            if value := fonts.get(W + attr):
                names.add(value)
    return names


class DocxExtractor:
    name = "docx"

    def score(self, media_type: str, probe: bytes) -> int | None:
        return 20 if media_type.endswith("wordprocessingml.document") else None

    def extract(self, path: Path) -> ExtractedText:
        document = _open(path)
        try:
            return self._read(document)
        except (KeyError, ValueError, IndexError, TypeError, SyntaxError, OSError, EOFError, zlib.error) as e:
            # python-docx loads headers, styles and numbering lazily: a broken part fails only here
            raise CorruptFile("Tệp DOCX bị hỏng hoặc không đọc được.") from e

    def _read(self, document) -> ExtractedText:
        body = document.element.body
        header_roots = []
        seen_parts: set[int] = set()
        for section in document.sections:
            for header in (section.first_page_header, section.header, section.even_page_header):
                if header.is_linked_to_previous:  # no header of its own
                    continue
                if id(header.part) not in seen_parts:
                    seen_parts.add(id(header.part))
                    header_roots.append(header.part.element)
        roots = [*header_roots, body]
        fonts = set().union(*(_fonts_used(r) for r in [*roots, document.styles.element]))
        sample = "".join(t.text or "" for r in roots for t in r.iter(W + "t"))
        decoder = LegacyDecoder(sample, fonts)
        reader = _Reader(document, decoder)
        lines: list[str] = []
        seen_header_lines: set[str] = set()
        for root in header_roots:
            for line in reader.blocks(root):
                if line.strip() and line not in seen_header_lines:
                    seen_header_lines.add(line)
                    lines.append(line)
        if lines:
            lines.append("")
        lines.extend(reader.blocks(body))
        return ExtractedText(
            text="\n".join(lines).strip("\n") + "\n",
            media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            extraction="docx",
            legacy_encoding=decoder.encoding,
        )
