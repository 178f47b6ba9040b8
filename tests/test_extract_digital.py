"""Digital extraction: text-layer PDF, DOCX, plain text, and choosing by content."""

from __future__ import annotations

import re
import shutil
import sys
import zipfile
from pathlib import Path

import pdfplumber
import pytest

from nlp.normalize import normalize
from worker.errors import UnsupportedMediaType
from worker.extract import extract_file, sniff_media_type
from worker.extract.pdf_text import Line, Word, _is_wrapped, drop_furniture, join_hyphen, layout_text, read_layout

SAMPLES_DIR = Path(__file__).resolve().parents[1] / "samples"
sys.path.insert(0, str(SAMPLES_DIR))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_samples  # noqa: E402
from cer import cer  # noqa: E402

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """Every digital sample of ``samples/build_samples.py``, built once into a temporary folder."""
    out = tmp_path_factory.mktemp("digital")
    for name in build_samples.SAMPLES:
        build_samples.build_one(name, out)
    return out


def source_of(name: str) -> str:
    return normalize(build_samples.load_source(build_samples.SAMPLES[name][0])).text


def content_lines(text: str) -> list[str]:
    """Non-blank lines: the golden comparison is exact on every line, free on blank lines."""
    return [line for line in text.split("\n") if line.strip()]


GOLDEN = [
    pytest.param("text-dejavusans-two-column-head.pdf", lambda s: s, "text-layer", 2, id="pdf-two-column-head"),
    pytest.param(
        "text-dejavuserif-justified-two-column-head.pdf", lambda s: s, "text-layer", 2, id="pdf-justified"
    ),
    pytest.param(
        "text-dejavuserif-single-column-head-ragged.pdf", lambda s: s, "text-layer", 2, id="pdf-single-column-head"
    ),
    pytest.param(
        "text-dejavuserif-multipage-running-header-page-numbers.pdf", lambda s: s, "text-layer", 3,
        id="pdf-multipage-running-header",
    ),
    pytest.param("docx-table-head-signature-table.docx", lambda s: s, "docx", None, id="docx-table-head"),
    pytest.param(
        "docx-paragraph-head-section-header.docx", lambda s: "Lưu hành nội bộ\n\n" + s, "docx", None,
        id="docx-section-header",
    ),
    pytest.param("docx-word-numbered-headings.docx", lambda s: s, "docx", None, id="docx-numbered-headings"),
    pytest.param("text-dejavusans-combined-justified.pdf", lambda s: s, "text-layer", 2, id="pdf-combined"),
    pytest.param("plain-utf16-bom-crlf.txt", lambda s: s, "plain", None, id="plain-utf16"),
    pytest.param("plain-utf8-bom.txt", lambda s: s, "plain", None, id="plain-utf8-bom"),
    pytest.param("plain-cp1258-crlf.txt", lambda s: s, "plain", None, id="plain-cp1258"),
]


@pytest.mark.parametrize("name, expect, extraction, pages", GOLDEN)
def test_golden_text(built: Path, name: str, expect, extraction: str, pages: int | None) -> None:
    result = extract_file(built / name)
    expected = expect(source_of(name))
    assert content_lines(result.text) == content_lines(expected)
    assert cer(expected, result.text) <= 0.01
    assert (result.extraction, result.pages, result.legacy_encoding) == (extraction, pages, None)


@pytest.mark.parametrize("name", [p.values[0] for p in GOLDEN], ids=[p.id for p in GOLDEN])
def test_analysis_same_as_from_source_text(built: Path, name: str) -> None:
    """Whatever the format, the analysis reads the same meeting, sections, references and findings."""
    from nlp.analyze import analyze
    from nlp.models import Source
    from worker.pipeline import process_path

    def essentials(report: dict) -> tuple:
        return (report["is_minutes"], report["meeting"], [s["kind"] for s in report["sections"]],
                [r["code"] for r in report["references"]], [(f["rule"], f["status"]) for f in report["findings"]])

    got = process_path(built / name).to_dict()
    expected = analyze(source_of(name), Source()).to_dict()
    assert essentials(got) == essentials(expected)


@pytest.mark.parametrize("name", [p.values[0] for p in GOLDEN if p.values[0].endswith(".pdf")])
def test_pdfium_layout_equals_pdfplumber_layout(built: Path, name: str) -> None:
    """The fast PDFium geometry gives the same text as pdfplumber's through the same layout code."""
    with pdfplumber.open(built / name) as pdf:
        pages, _ = read_layout(pdf, list(range(len(pdf.pages))))
    reference = normalize(layout_text(drop_furniture([pages[i] for i in sorted(pages)]))).text
    assert content_lines(extract_file(built / name).text) == content_lines(reference)


def test_two_column_head_is_left_block_then_right_block(built: Path) -> None:
    text = extract_file(built / "text-dejavusans-two-column-head.pdf").text
    order = ["ĐẢNG BỘ PHƯỜNG HÒA AN", "CHI BỘ KHU DÂN CƯ SỐ 5", "Số 05-BB/CB", "ĐẢNG CỘNG SẢN VIỆT NAM",
             "Hòa An, ngày 28 tháng 5 năm 2024", "BIÊN BẢN"]
    positions = [text.index(line + "\n") for line in order]
    assert positions == sorted(positions)
    assert "\n\nĐẢNG CỘNG SẢN VIỆT NAM\n" in text


def test_line_above_the_head_stays_above_it(tmp_path: Path) -> None:
    source = source_of("text-dejavusans-two-column-head.pdf")
    path = build_samples.build_pdf(source, tmp_path / "preface-above-head.pdf", preface="(Mẫu dùng cho chi bộ cơ sở)")
    assert content_lines(extract_file(path).text) == content_lines("(Mẫu dùng cho chi bộ cơ sở)\n" + source)


def test_head_blocks_on_different_baselines(tmp_path: Path) -> None:
    """The right block set half a line lower than the left: still left block, then right block."""
    source = source_of("text-dejavusans-two-column-head.pdf")
    path = build_samples.build_pdf(source, tmp_path / "head-offset-baselines.pdf", right_offset=0.5)
    assert content_lines(extract_file(path).text) == content_lines(source)


HEAD_BODY = ("BIÊN BẢN\nSINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 5 NĂM 2024\n\n"
             "Thời gian: 14 giờ 00, ngày 28/5/2024.\nĐịa điểm: Hội trường khu phố.\n")
HEAD_LAYOUTS = [
    pytest.param(["ĐẢNG BỘ PHƯỜNG HÒA AN", "CHI BỘ KHU DÂN CƯ SỐ 5", "*"],
                 ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thành phố Hồ Chí Minh, ngày 28 tháng 5 năm 2024"],
                 {"head_wrap": True, "head_split": 0.5}, id="long-right-line-wraps"),
    pytest.param(["ĐẢNG BỘ KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH", "CHI BỘ VĂN PHÒNG SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
                  "*", "Số 07-BB/CB"],
                 ["ĐẢNG CỘNG SẢN VIỆT NAM", "Vĩnh Long, ngày 28 tháng 5 năm 2024"],
                 {"head_wrap": True, "head_split": 0.5}, id="long-left-lines-wrap"),
    pytest.param(["ĐẢNG BỘ XÃ TÂN PHÚ", "CHI BỘ ẤP 3", "*"],
                 ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Phú, ngày 28 tháng 5 năm 2024"], {}, id="left-three-lines"),
    pytest.param(["ĐẢNG BỘ XÃ TÂN PHÚ", "CHI BỘ ẤP 3", "*", "Số 07-BB/CB"],
                 ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Phú, ngày 28 tháng 5 năm 2024"],
                 {"right_offset": 0.6}, id="baselines-differ-with-number"),
    pytest.param(["ĐẢNG BỘ CÔNG TY CỔ PHẦN CẤP NƯỚC", "CHI BỘ PHÂN XƯỞNG SẢN XUẤT NƯỚC SẠCH SỐ 2", "*", "Số 07-BB/CB"],
                 ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thành phố Hồ Chí Minh, ngày 28 tháng 5 năm 2024"],
                 {"head_wrap": True, "head_split": 0.5, "right_offset": 0.4}, id="both-wrap-baselines-differ"),
    pytest.param(["ĐẢNG BỘ XÃ TÂN PHÚ", "CHI BỘ TRƯỜNG TIỂU HỌC TÂN PHÚ", "*"],
                 ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thành phố Hồ Chí Minh, ngày 28 tháng 5 năm 2024"],
                 {"head_wrap": True, "head_split": 0.42, "title_gap": 0.0}, id="title-right-under-narrow-left"),
    pytest.param(["ĐẢNG BỘ PHƯỜNG HÒA AN", "CHI BỘ KHU DÂN CƯ SỐ 5", "*"],
                 ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hòa An, ngày 28 tháng 5 năm 2024"],
                 {"head_split": 0.6, "right_offset": 0.5, "head_wrap": True}, id="wide-left-column"),
    pytest.param(["ĐẢNG BỘ PHƯỜNG HÒA AN", "CHI BỘ KHU DÂN CƯ SỐ 5", "*", "Số 07-BB/CB"],
                 ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hòa An, ngày 28 tháng 5 năm 2024"],
                 {"head_split": 0.38, "title_gap": 0.0}, id="narrow-left-column-title-glued"),
    # right block a fraction of a line lower: its words' boxes reach above the left line's (marks on Ấ, Ộ)
    pytest.param(["ĐẢNG BỘ XÃ TÂN PHÚ", "CHI BỘ ẤP 3", "*"],
                 ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Phú, ngày 28 tháng 5 năm 2024"],
                 {"right_offset": 0.8}, id="right-block-most-of-a-line-lower"),
    pytest.param(["ĐẢNG BỘ XÃ TÂN PHÚ", "CHI BỘ ẤP 3", "*"],
                 ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Phú, ngày 28 tháng 5 năm 2024"],
                 {"right_offset": 1.2, "head_wrap": True}, id="right-block-a-line-lower"),
    # the date line ends up on the title's baseline: one visual line "BIÊN BẢN   Tân Phú, ngày …"
    pytest.param(["ĐẢNG BỘ XÃ TÂN PHÚ", "CHI BỘ ẤP 3", "*"],
                 ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Phú, ngày 28 tháng 5 năm 2024"],
                 {"right_offset": 1.9, "title_gap": 0.0}, id="date-line-on-title-baseline"),
]


@pytest.mark.parametrize(("left", "right", "layout"), HEAD_LAYOUTS)
def test_head_layouts_give_left_block_then_right_block(tmp_path: Path, left: list[str], right: list[str],
                                                       layout: dict) -> None:
    """However the head is set, its wrapped lines come back whole: left block, blank line, right block, title."""
    source = "\n".join(left) + "\n\n" + "\n".join(right) + "\n\n" + HEAD_BODY
    path = build_samples.build_pdf(source, tmp_path / "head.pdf", **layout)
    text = extract_file(path).text
    assert text.startswith("\n".join(left) + "\n\n" + "\n".join(right) + "\n\nBIÊN BẢN\n")


@pytest.mark.parametrize(("left", "right", "layout"), HEAD_LAYOUTS)
def test_head_layouts_give_organization_and_parent(tmp_path: Path, left: list[str], right: list[str],
                                                   layout: dict) -> None:
    from nlp.meeting import read_meeting
    from nlp.normalize import fold_key

    source = "\n".join(left) + "\n\n" + "\n".join(right) + "\n\n" + HEAD_BODY
    path = build_samples.build_pdf(source, tmp_path / "head.pdf", **layout)
    meeting = read_meeting(normalize(extract_file(path).text).text)
    assert fold_key(meeting.organization or "") == fold_key(left[1])
    assert fold_key(meeting.parent or "") == fold_key(left[0])


def test_running_header_and_page_numbers_removed(built: Path) -> None:
    text = extract_file(built / "text-dejavuserif-multipage-running-header-page-numbers.pdf").text
    assert "Biên bản sinh hoạt\n" not in text and "Chi bộ Khu dân cư số 5 -" not in text
    assert not re.search(r"Trang \d", text)


def test_wrapped_paragraphs_rejoined(built: Path) -> None:
    """A paragraph the PDF wrapped over several lines comes back as one line, as typed."""
    text = extract_file(built / "text-dejavuserif-multipage-running-header-page-numbers.pdf").text
    paragraph = next(line for line in source_of("docx-table-head-signature-table.docx").split("\n")
                     if line.startswith("Có mặt: 25 đồng chí"))
    assert paragraph + "\n" in text


@pytest.mark.parametrize(
    "prev, nxt, joined",
    [
        pytest.param("theo Hướng dẫn số 16 -", "HD/BTCTW", "theo Hướng dẫn số 16 - HD/BTCTW", id="spaced"),
        pytest.param("Hướng dẫn số 12-", "HD/BTCTW ngày", "Hướng dẫn số 12-HD/BTCTW ngày", id="code"),
        pytest.param("chủ nghĩa Mác-", "Lênin", "chủ nghĩa Mác-Lênin", id="capital"),
        pytest.param("the infor-", "mation", "the information", id="typesetter"),
        pytest.param("kinh tế –", "xã hội", "kinh tế – xã hội", id="en-dash"),
        pytest.param("Chi bộ họp", "ngày 5", None, id="no-hyphen"),
    ],
)
def test_join_hyphen(prev: str, nxt: str, joined: str | None) -> None:
    assert join_hyphen(prev, nxt) == joined


def _pdf_with_lines(path: Path, lines: list[str]) -> Path:
    """A PDF whose lines break exactly where given (explicit line breaks, no wrapping)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(build_samples.FIXED_DATE)
    pdf.add_font("DejaVuSans", "", build_samples._font_path("DejaVuSans.ttf"))
    pdf.add_page()
    pdf.set_font("DejaVuSans", "", 12)
    for line in lines:
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


@pytest.mark.parametrize(
    "lines, expected",
    [
        pytest.param(["Chi bộ đã hoàn chỉnh hồ sơ kết nạp đảng viên theo Hướng dẫn số 16 -",
                      "HD/BTCTW ngày 28/9/2021 của Ban Tổ chức Trung ương."],
                     "theo Hướng dẫn số 16 - HD/BTCTW ngày 28/9/2021", id="spaced-dash"),
        pytest.param(["Chi bộ đã hoàn chỉnh hồ sơ kết nạp đảng viên theo Hướng dẫn số 16-",
                      "HD/BTCTW ngày 28/9/2021 của Ban Tổ chức Trung ương."],
                     "theo Hướng dẫn số 16-HD/BTCTW ngày 28/9/2021", id="tight-dash"),
        pytest.param(["Chi bộ học tập chủ nghĩa Mác-", "Lênin, tư tưởng Hồ Chí Minh theo Hướng dẫn số 16-HD/BTCTW."],
                     "chủ nghĩa Mác-Lênin, tư tưởng", id="pdfium-soft-hyphen-mark"),
    ],
)
def test_code_broken_across_lines(tmp_path: Path, lines: list[str], expected: str) -> None:
    """A code broken at its dash is rejoined in a form the reference finder reads."""
    text = extract_file(_pdf_with_lines(tmp_path / "code-broken-16-hd.pdf", lines)).text
    assert expected in text
    references = pytest.importorskip("nlp.references")
    assert "16-HD/BTCTW" in [r.code for r in references.find_references(text)]


def test_mixed_pdf_text_and_scanned_page(tmp_path: Path) -> None:
    """A PDF whose second page is an image takes page 1 from its text layer and page 2 by OCR."""
    pytest.importorskip("worker.extract.ocr")
    if shutil.which("tesseract") is None:
        pytest.skip("tesseract not installed")
    from fpdf import FPDF
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (1654, 2339), 255)  # A4 at 200 dpi
    font = ImageFont.truetype(build_samples._font_path("DejaVuSerif.ttf"), 40)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(["IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 6", "Tổ chức tổng vệ sinh môi trường.",
                              "Buổi sinh hoạt kết thúc lúc 21 giờ 10 phút."]):
        draw.text((160, 200 + 80 * i), line, font=font, fill=0)
    image_path = tmp_path / "page2.png"
    image.save(image_path)
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVuSans", "", build_samples._font_path("DejaVuSans.ttf"))
    pdf.add_page()
    pdf.set_font("DejaVuSans", "", 12)
    pdf.multi_cell(0, 7, "BIÊN BẢN\nSINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 5 NĂM 2024\nChủ trì: đồng chí Phan Thanh Tùng.")
    pdf.add_page()
    pdf.image(str(image_path), x=0, y=0, w=210, h=297)
    pdf.set_y(5)
    pdf.cell(0, 5, "Chi bộ Khu dân cư số 5 - Biên bản sinh hoạt")  # a stamped header does not make it a text page
    path = tmp_path / "mixed.pdf"
    pdf.output(str(path))
    result = extract_file(path)
    assert (result.extraction, result.pages) == ("text-layer+ocr", 2)
    assert result.text.index("Phan Thanh Tùng") < result.text.index("kết thúc")
    assert "21 giờ 10" in result.text


def _numbered_docx(path: Path, number_format: str) -> Path:
    import docx

    document = docx.Document()
    for text, style in [("PHẦN MỞ ĐẦU", "List Number"), ("Chi bộ tuyên bố lý do.", "List Bullet"),
                        ("THÔNG TIN THỜI SỰ", "List Number"), ("Biểu quyết: 16/16 tán thành.", None)]:
        document.add_paragraph(text, style=style)
    numbering = document.part.numbering_part.element
    style = document.styles["List Number"].element
    num_id = style.find(f"{W}pPr/{W}numPr/{W}numId").get(f"{W}val")
    num = next(n for n in numbering.iter(f"{W}num") if n.get(f"{W}numId") == num_id)
    abstract_id = num.find(f"{W}abstractNumId").get(f"{W}val")
    abstract = next(a for a in numbering.iter(f"{W}abstractNum") if a.get(f"{W}abstractNumId") == abstract_id)
    abstract.find(f"{W}lvl/{W}numFmt").set(f"{W}val", number_format)
    document.save(str(path))
    return path


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.mark.parametrize(
    "number_format, first, second",
    [
        pytest.param("decimal", "1. PHẦN MỞ ĐẦU", "2. THÔNG TIN THỜI SỰ", id="decimal"),
        pytest.param("upperRoman", "I. PHẦN MỞ ĐẦU", "II. THÔNG TIN THỜI SỰ", id="upper-roman"),
        pytest.param("upperLetter", "A. PHẦN MỞ ĐẦU", "B. THÔNG TIN THỜI SỰ", id="upper-letter"),
    ],
)
def test_docx_automatic_numbering_is_written_out(tmp_path: Path, number_format: str, first: str, second: str) -> None:
    text = extract_file(_numbered_docx(tmp_path / "numbered.docx", number_format)).text
    assert content_lines(text) == [first, "- Chi bộ tuyên bố lý do.", second, "Biểu quyết: 16/16 tán thành."]


@pytest.mark.parametrize(
    "rows, lines",
    [
        pytest.param([[["THƯ KÝ", "(đã ký)", "", "Lê Thị Mai"], ["CHỦ TRÌ", "(đã ký)", "", "Nguyễn Văn Hùng"]]],
                     ["THƯ KÝ", "(đã ký)", "Lê Thị Mai", "", "CHỦ TRÌ", "(đã ký)", "Nguyễn Văn Hùng"],
                     id="stacked-cells"),
        pytest.param([[["THƯ KÝ"], ["CHỦ TRÌ"]], [["Lê Thị Mai"], ["Nguyễn Văn Hùng"]]],
                     ["THƯ KÝ    CHỦ TRÌ", "Lê Thị Mai    Nguyễn Văn Hùng"], id="one-line-cells"),
        pytest.param([[["1"], [""], ["Trần Văn Bình"]]], ["1    Trần Văn Bình"], id="empty-cell-skipped"),
        pytest.param(
            [[["ĐẢNG BỘ PHƯỜNG TÂN THÀNH", "CHI BỘ KHU PHỐ 3", "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM"]],
             [["Số 07-BB/CB"], ["Tân Phú, ngày 25 tháng 3 năm 2024"]]],
            ["ĐẢNG BỘ PHƯỜNG TÂN THÀNH", "CHI BỘ KHU PHỐ 3", "*", "Số 07-BB/CB", "",
             "ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Phú, ngày 25 tháng 3 năm 2024"],
            id="head-over-two-rows",
        ),
        pytest.param(
            [[["STT"], ["Họ và tên"], ["Lý do vắng"]], [["1"], ["Trần Văn Bình"], ["Ốm", "có giấy"]],
             [["2"], ["Lê Thị Hà"], ["Đi công tác"]], [["3"], ["Võ Minh"], ["Việc riêng"]],
             [["4"], ["Đỗ Lành"], ["Ốm"]]],
            ["STT    Họ và tên    Lý do vắng", "1    Trần Văn Bình    Ốm có giấy", "2    Lê Thị Hà    Đi công tác",
             "3    Võ Minh    Việc riêng", "4    Đỗ Lành    Ốm"],
            id="data-table-row-by-row",
        ),
        pytest.param(
            [[["STT"], ["Họ và tên"], ["Chức vụ"], ["Tình hình"]], [["1"], ["Lò Văn Pền"], ["Bí thư"], ["Có mặt"]],
             [["2"], ["Cầm Thị Ín"], [""], ["Có mặt"]]],
            ["STT    Họ và tên    Chức vụ    Tình hình", "1    Lò Văn Pền    Bí thư    Có mặt",
             "2    Cầm Thị Ín        Có mặt"],
            id="grid-row-keeps-an-empty-cell-as-a-wider-gap",
        ),
        pytest.param([[["I. PHẦN MỞ ĐẦU", "Đồng chí Bí thư tuyên bố lý do."]], [["II. THÔNG TIN THỜI SỰ"]],
                      [["Thông tin tình hình kinh tế."]], [["III. KẾT LUẬN"]], [["Chi bộ thống nhất."]]],
                     ["I. PHẦN MỞ ĐẦU", "Đồng chí Bí thư tuyên bố lý do.", "II. THÔNG TIN THỜI SỰ",
                      "Thông tin tình hình kinh tế.", "III. KẾT LUẬN", "Chi bộ thống nhất."], id="one-column-frame"),
    ],
)
def test_docx_table_reading(tmp_path: Path, rows: list[list[list[str]]], lines: list[str]) -> None:
    import docx

    document = docx.Document()
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, paragraphs in zip(row.cells, cells, strict=True):
            cell.paragraphs[0].text = paragraphs[0]
            for text in paragraphs[1:]:
                cell.add_paragraph(text)
    path = tmp_path / "table.docx"
    document.save(str(path))
    assert extract_file(path).text.strip("\n").split("\n") == lines


def test_docx_text_box_read_once(tmp_path: Path) -> None:
    """A head typed in a text box (with its VML fallback copy) is read once, before its anchor paragraph."""
    import docx
    from docx.oxml import parse_xml

    box = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps">'
        "<w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>ĐẢNG BỘ XÃ AN PHÚ</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>CHI BỘ THÔN ĐÔNG</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>ĐẢNG BỘ XÃ AN PHÚ</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    document = docx.Document()
    anchor = document.add_paragraph("ĐẢNG CỘNG SẢN VIỆT NAM")
    anchor._p.append(parse_xml(box))
    document.add_paragraph("BIÊN BẢN")
    path = tmp_path / "head-in-text-box.docx"
    document.save(str(path))
    assert content_lines(extract_file(path).text) == [
        "ĐẢNG BỘ XÃ AN PHÚ", "CHI BỘ THÔN ĐÔNG", "ĐẢNG CỘNG SẢN VIỆT NAM", "BIÊN BẢN"
    ]


def test_indented_paragraphs_not_run_together(tmp_path: Path) -> None:
    """Ragged text with first-line indents: a paragraph that ends near the margin does not swallow the next."""
    from fpdf import FPDF

    paragraphs = [
        "Đồng chí Bí thư Chi bộ tuyên bố lý do, giới thiệu đại biểu và thông qua chương trình buổi sinh hoạt "
        "thường kỳ tháng năm của chi bộ khu dân cư số năm.",
        "Chi bộ nhất trí với chương trình và cử đồng chí Nguyễn Thị Kim Oanh làm thư ký ghi biên bản.",
        "Đồng chí Phó Bí thư thông tin tình hình kinh tế - xã hội của thành phố năm tháng đầu năm.",
    ]
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVuSans", "", build_samples._font_path("DejaVuSans.ttf"))
    pdf.add_page()
    pdf.set_font("DejaVuSans", "", 12)
    for paragraph in paragraphs:
        pdf.set_x(pdf.l_margin + 12)
        pdf.write(7, paragraph)
        pdf.ln(7)
    path = tmp_path / "first-line-indent.pdf"
    pdf.output(str(path))
    assert content_lines(extract_file(path).text) == paragraphs


def _line(text: str, x0: float, x1: float, first_word_width: float = 30.0) -> Line:
    first, _, rest = text.partition(" ")
    words = [Word(first, x0, x0 + first_word_width, 100, 112, 12.0, None)]
    if rest:
        words.append(Word(rest, x0 + first_word_width + 3, x1, 100, 112, 12.0, None))
    return Line([words], 0, 100, 112, 12.0, text=text, texts=[text])


@pytest.mark.parametrize(
    "prev, nxt, justified, wrapped",
    [
        pytest.param(_line("của chi bộ khu dân cư", 56, 530), _line("đồng chí Hùng", 56, 200), False, True,
                     id="next-word-did-not-fit"),
        pytest.param(_line("của chi bộ khu dân cư", 56, 400), _line("đồng chí Hùng", 56, 200), False, False,
                     id="room-left"),
        pytest.param(_line("của chi bộ khu dân cư", 56, 530), _line("Chi bộ nhất trí", 92, 300), False, False,
                     id="indented-first-line"),
        pytest.param(_line("- Đồng chí Sáu: đề nghị", 56, 530), _line("tăng cường tuần tra", 70, 300), False, True,
                     id="hanging-indent-of-list"),
        pytest.param(_line("thông qua chương trình.", 56, 530), _line("Chi bộ nhất trí", 56, 300), False, False,
                     id="full-stop-then-capital"),
        pytest.param(_line("của chi bộ khu dân cư", 56, 530), _line("II. THÔNG TIN", 56, 300), False, False,
                     id="heading-next"),
        pytest.param(_line("của chi bộ khu dân cư", 56, 538.5), _line("đồng chí", 56, 200), True, True,
                     id="justified-flush"),
        pytest.param(_line("của chi bộ khu dân cư", 56, 520), _line("đồng chí", 56, 200), True, False,
                     id="justified-short-last-line"),
        pytest.param(_line("SINH HOẠT CHI BỘ THƯỜNG KỲ KẾT HỢP", 60, 536), _line("CHUYÊN ĐỀ QUÝ IV", 240, 356), False,
                     True, id="centred-title-wrapped"),
        pytest.param(_line("BIÊN BẢN", 262, 334), _line("SINH HOẠT CHI BỘ", 240, 356), False, False,
                     id="centred-title-lines"),
        pytest.param(_line("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2025", 56, 539), _line("Vào lúc 8h00 ngày", 56, 300),
                     True, False, id="title-in-capitals-over-the-body"),
    ],
)
def test_is_wrapped(prev: Line, nxt: Line, justified: bool, wrapped: bool) -> None:
    assert _is_wrapped(prev, nxt, (56.0, 540.0), justified) is wrapped


def test_garbled_text_layer_goes_to_ocr(tmp_path: Path) -> None:
    """A page whose text layer is private-use codes (a font without a Unicode map) is read by OCR."""
    pytest.importorskip("worker.extract.ocr")
    if shutil.which("tesseract") is None:
        pytest.skip("tesseract not installed")
    from fpdf import FPDF
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (1654, 2339), 255)
    font = ImageFont.truetype(build_samples._font_path("DejaVuSerif.ttf"), 40)
    ImageDraw.Draw(image).text((160, 200), "Buổi sinh hoạt kết thúc lúc 21 giờ 10 phút.", font=font, fill=0)
    image_path = tmp_path / "page.png"
    image.save(image_path)
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVuSans", "", build_samples._font_path("DejaVuSans.ttf"))
    pdf.add_page()
    pdf.image(str(image_path), x=0, y=0, w=210, h=297)
    pdf.set_font("DejaVuSans", "", 4)
    pdf.set_text_color(255, 255, 255)
    pdf.multi_cell(0, 2, "\ue001\ue002\ue003 " * 120)
    path = tmp_path / "garbled-text-layer.pdf"
    pdf.output(str(path))
    result = extract_file(path)
    assert result.extraction == "ocr"
    assert "21 giờ 10" in result.text


# --- choosing by content ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "probe, media_type",
    [
        pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "application/pdf", id="pdf"),
        pytest.param(b"\r\n\r\n%PDF-1.4\n", "application/pdf", id="pdf-after-junk"),
        pytest.param(b"PK\x03\x04\x14\x00\x00\x00\x08\x00[Content_Types].xml", DOCX, id="docx-first-member"),
        pytest.param(b"PK\x03\x04\x14\x00\x00\x00\x08\x00data.csv", "application/zip", id="zip"),
        pytest.param(b"\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg", id="jpeg"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png", id="png"),
        pytest.param(b"II*\x00\x08\x00\x00\x00", "image/tiff", id="tiff-le"),
        pytest.param(b"MM\x00*\x00\x00\x00\x08", "image/tiff", id="tiff-be"),
        pytest.param(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "application/x-ole-storage", id="old-doc"),
        pytest.param("Chi bộ Khu phố 3".encode("utf-16"), "text/plain", id="utf16-bom"),
        pytest.param("Chi bộ Khu phố 3".encode("utf-16-le"), "text/plain", id="utf16-no-bom"),
        pytest.param("Chi bộ Khu phố 3".encode("utf-8-sig"), "text/plain", id="utf8-bom"),
        pytest.param("Chi bộ Khu phố 3\r\n".encode(), "text/plain", id="utf8"),
        pytest.param(b"Chi b\xd4\xf2 Khu ph\xf4\xec 3", "text/plain", id="cp1258"),
        pytest.param(b"\x00\x01\x02\x03binary\x00\xff", "application/octet-stream", id="binary"),
        pytest.param(b"GIF89a\x01\x00", "image/gif", id="gif"),
    ],
)
def test_sniff_media_type(probe: bytes, media_type: str) -> None:
    assert sniff_media_type(probe) == media_type


@pytest.mark.parametrize(
    "sample, misnamed, extraction",
    [
        pytest.param("text-dejavusans-two-column-head.pdf", "minutes.txt", "text-layer", id="pdf-named-txt"),
        pytest.param("plain-utf8-bom.txt", "minutes.pdf", "plain", id="txt-named-pdf"),
        pytest.param("docx-table-head-signature-table.docx", "minutes.zip", "docx", id="docx-named-zip"),
        pytest.param("plain-utf16-bom-crlf.txt", "minutes.docx", "plain", id="utf16-named-docx"),
    ],
)
def test_type_decided_by_content(built: Path, tmp_path: Path, sample: str, misnamed: str, extraction: str) -> None:
    target = tmp_path / misnamed
    shutil.copy(built / sample, target)
    assert extract_file(target).extraction == extraction


def test_plain_zip_named_docx_is_unsupported(tmp_path: Path) -> None:
    path = tmp_path / "minutes.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(UnsupportedMediaType):
        extract_file(path)


# --- legacy encodings through each format ---------------------------------------------------------------

LEGACY_LINES = ["§¶NG Bé X· AN PHó", "BiÓu quyÕt: 15/15 ®ång chÝ t¸n thµnh."]
UNICODE_LINES = ["ĐẢNG BỘ XÃ AN PHÚ", "Biểu quyết: 15/15 đồng chí tán thành."]


def test_docx_legacy_fonts_per_run(tmp_path: Path) -> None:
    pytest.importorskip("worker.extract.legacy")
    import docx

    document = docx.Document()
    heading = document.add_paragraph().add_run("§¶ng bé x· an phó")
    heading.font.name = ".VnTimeH"  # TCVN3 capitals font: typed lower case, shown upper case
    body = document.add_paragraph()
    body.add_run("BiÓu quyÕt: ").font.name = ".VnTime"
    body.add_run("15/15 ®ång chÝ t¸n thµnh.").font.name = ".VnTime"
    document.add_paragraph("Số 05-BB/CB ngày 28/5/2024")  # Unicode paragraph stays as it is
    path = tmp_path / "tcvn3-vntime.docx"
    document.save(str(path))
    result = extract_file(path)
    assert content_lines(result.text) == [*UNICODE_LINES, "Số 05-BB/CB ngày 28/5/2024"]
    assert result.legacy_encoding == "tcvn3"


def test_docx_vni_font_split_over_runs(tmp_path: Path) -> None:
    """VNI letters take two characters; a word split over two runs of one font is decoded whole."""
    legacy = pytest.importorskip("worker.extract.legacy")
    import docx

    encoded = legacy.encode_vni("Đảng bộ xã An Phú tổ chức sinh hoạt")
    document = docx.Document()
    paragraph = document.add_paragraph()
    for piece in (encoded[:4], encoded[4:]):  # "Ñaû" | "ng boä …": the split falls inside "Đảng"
        paragraph.add_run(piece).font.name = "VNI-Times"
    path = tmp_path / "vni-times.docx"
    document.save(str(path))
    result = extract_file(path)
    assert result.text == "Đảng bộ xã An Phú tổ chức sinh hoạt\n"
    assert result.legacy_encoding == "vni"


def _legacy_pdf(path: Path, lines: list[str], font_name: str | None) -> Path:
    """A PDF showing TCVN3 look-alike text; its font renamed (same byte length) to ``font_name`` when given."""
    _pdf_with_lines(path, lines)
    if font_name:
        data = path.read_bytes()
        for old in set(re.findall(rb"/[A-Z]{6}\+DejaVuSans[A-Za-z]*", data)):
            new = b"/" + font_name.encode()
            assert len(new) <= len(old)
            data = data.replace(old, new + b" " * (len(old) - len(new)))  # spaces end a PDF name: offsets hold
        path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "font_name",
    [pytest.param(".VnTime", id="by-font-name"), pytest.param(None, id="by-statistics")],
)
def test_pdf_legacy_tcvn3(tmp_path: Path, font_name: str | None) -> None:
    pytest.importorskip("worker.extract.legacy")
    path = _legacy_pdf(tmp_path / "tcvn3-vntime.pdf", ["§¶ng bé x· An Phó", *LEGACY_LINES[1:], "Số 05-BB/CB"],
                       font_name)
    result = extract_file(path)
    assert content_lines(result.text) == ["Đảng bộ xã An Phú", *UNICODE_LINES[1:], "Số 05-BB/CB"]
    assert (result.legacy_encoding, result.extraction) == ("tcvn3", "text-layer")


def test_pdf_legacy_capitals_font(tmp_path: Path) -> None:
    """.VnTimeH text is typed in lower-case codes: decoded and upper-cased."""
    pytest.importorskip("worker.extract.legacy")
    path = _legacy_pdf(tmp_path / "tcvn3-vntimeh.pdf", ["§¶ng bé x· an phó", "chi bé th«n ®«ng"], ".VnTimeH")
    assert content_lines(extract_file(path).text) == ["ĐẢNG BỘ XÃ AN PHÚ", "CHI BỘ THÔN ĐÔNG"]


def test_plain_tcvn3_bytes(tmp_path: Path) -> None:
    legacy = pytest.importorskip("worker.extract.legacy")
    from worker.extract.legacy_tables import READING_TO_BYTE

    text = "\r\n".join(["Đảng bộ xã An Phú", "Biểu quyết: 15/15 đồng chí tán thành.",
                        "Chi bộ thống nhất thông qua nghị quyết tháng 6."])
    data = bytes(READING_TO_BYTE[c] for c in legacy.encode_tcvn3(text))
    path = tmp_path / "tcvn3.txt"
    path.write_bytes(data)
    result = extract_file(path)
    assert content_lines(result.text) == content_lines(normalize(text).text)
    assert result.legacy_encoding == "tcvn3"


def test_utf8_text_with_tcvn3_lookalikes(tmp_path: Path) -> None:
    pytest.importorskip("worker.extract.legacy")
    path = tmp_path / "tcvn3-as-utf8.txt"
    path.write_text("\n".join(["§¶ng bé x· An Phó", *LEGACY_LINES[1:]]) + "\n", encoding="utf-8")
    result = extract_file(path)
    assert content_lines(result.text) == ["Đảng bộ xã An Phú", *UNICODE_LINES[1:]]
    assert result.legacy_encoding == "tcvn3"


@pytest.mark.parametrize(
    "data, expected",
    [
        pytest.param("Chi bộ Khu phố 3\n".encode("utf-16-le"), "Chi bộ Khu phố 3", id="utf16-le-no-bom"),
        pytest.param("Chi bộ Khu phố 3\n".encode("utf-16-be"), "Chi bộ Khu phố 3", id="utf16-be-no-bom"),
        pytest.param("Chi bộ Khu phố 3\n".encode("utf-16"), "Chi bộ Khu phố 3", id="utf16-bom"),
        pytest.param("Chi bo\u0302\u0323 Khu pho\u0302\u0301 3\n".encode(), "Chi bộ Khu phố 3", id="utf8-nfd"),
        pytest.param(build_samples.encode_cp1258("Đảng bộ xã An Phú, Chi bộ thôn Đông họp ngày 5.\n"),
                     "Đảng bộ xã An Phú, Chi bộ thôn Đông họp ngày 5.", id="cp1258"),
        pytest.param(("Đảng bộ xã An Phú họp ngày 5 tháng 3 năm 2024, các đồng chí đảng viên có mặt đông đủ. " * 3)
                     .encode()[:-3] + b"\xff\xfe\n", None, id="utf8-with-damaged-bytes"),
    ],
)
def test_plain_decoding(tmp_path: Path, data: bytes, expected: str | None) -> None:
    path = tmp_path / "minutes.txt"
    path.write_bytes(data)
    text = extract_file(path).text
    if expected is None:  # damaged bytes become U+FFFD, the rest stays UTF-8
        assert text.startswith("Đảng bộ xã An Phú họp ngày 5 tháng 3 năm 2024") and "\ufffd" in text
    else:
        assert text == expected + "\n"


def test_docx_non_breaking_hyphen(tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    paragraph = document.add_paragraph("Chỉ thị số 05")
    paragraph._p.append(parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:noBreakHyphen/>'
        "<w:t>CT/TW</w:t></w:r>"
    ))
    path = tmp_path / "no-break-hyphen.docx"
    document.save(str(path))
    assert extract_file(path).text == "Chỉ thị số 05-CT/TW\n"


def test_unicode_text_is_not_decoded(built: Path) -> None:
    result = extract_file(built / "plain-utf8-bom.txt")
    assert result.legacy_encoding is None
