"""Ruled tables of text-layer PDFs come out as tab-separated rows with their empty cells kept."""

from __future__ import annotations

import sys
from pathlib import Path

import pdfplumber
import pytest

from nlp.analyze import analyze
from nlp.normalize import normalize
from worker.extract import extract_file
from worker.extract.pdf_tables import Rule, find_grids, rules_from_box, split_tables
from worker.extract.pdf_text import Word, drop_furniture, layout_text, read_layout

SAMPLES_DIR = Path(__file__).resolve().parents[1] / "samples"
sys.path.insert(0, str(SAMPLES_DIR))
import build_samples  # noqa: E402

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

# a roll call: the mark sits under "Có mặt" or "Vắng", the other cells are empty
ROLL = [
    ["TT", "Họ và tên", "Nhiệm vụ", "Có mặt", "Vắng", "Ghi chú"],
    ["1", "Hà Quang Vinh", "Bí thư", "x", "", ""],
    ["2", "Mai Thị Ngọc Diệp", "Kế toán", "", "x", "Đi khám thai định kỳ tại bệnh viện tỉnh"],
    ["3", "Âu Văn Khải", "Thủ kho", "x", "", ""],
]
WIDTHS = [12, 48, 30, 18, 14, 48]  # mm; the last row's note wraps in its narrow column


def _draw_roll(path: Path, border: str) -> Path:
    """A roll call drawn cell by cell: ``border`` "lines" strokes each rule (LibreOffice), "boxes" fills a
    thin box per rule (Word), "none" draws no ruling."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("sans", "", FONT)
    pdf.set_font("sans", "", 10)
    pdf.add_page()
    pdf.set_xy(20, 20)
    pdf.cell(0, 6, "Điểm danh đảng viên dự sinh hoạt:")
    x0, y = 20.0, 30.0
    row_h = [8, 8, 13, 8]
    xs = [x0]
    for w in WIDTHS:
        xs.append(xs[-1] + w)
    ys = [y]
    for h in row_h:
        ys.append(ys[-1] + h)
    for r, row in enumerate(ROLL):
        for c, value in enumerate(row):
            pdf.set_xy(xs[c] + 1, ys[r] + 1)
            pdf.multi_cell(WIDTHS[c] - 2, 5, value, align="L")
    if border == "lines":
        for yy in ys:
            pdf.line(xs[0], yy, xs[-1], yy)
        for xx in xs:
            pdf.line(xx, ys[0], xx, ys[-1])
    elif border == "boxes":
        for yy in ys:
            pdf.rect(xs[0], yy - 0.1, xs[-1] - xs[0], 0.2, style="F")
        for xx in xs:
            pdf.rect(xx - 0.1, ys[0], 0.2, ys[-1] - ys[0], style="F")
    pdf.set_xy(20, ys[-1] + 6)
    pdf.cell(0, 6, "Đồng chí Hà Quang Vinh chủ trì hội nghị.")
    pdf.output(str(path))
    return path


ROWS = [
    "TT\tHọ và tên\tNhiệm vụ\tCó mặt\tVắng\tGhi chú",
    "1\tHà Quang Vinh\tBí thư\tx",
    "2\tMai Thị Ngọc Diệp\tKế toán\t\tx\tĐi khám thai định kỳ tại bệnh viện tỉnh",
    "3\tÂu Văn Khải\tThủ kho\tx",
]


@pytest.mark.parametrize("border", ["lines", "boxes"])
def test_ruled_roll_call_keeps_its_empty_cells(tmp_path: Path, border: str) -> None:
    text = extract_file(_draw_roll(tmp_path / f"roll-{border}.pdf", border)).text
    lines = text.split("\n")
    start = lines.index(ROWS[0])
    assert lines[start : start + 4] == ROWS
    assert lines.index("Điểm danh đảng viên dự sinh hoạt:") < start
    assert "Đồng chí Hà Quang Vinh chủ trì hội nghị." in lines[start + 4 :]


def test_pdfplumber_reads_the_same_table(tmp_path: Path) -> None:
    path = _draw_roll(tmp_path / "roll.pdf", "lines")
    with pdfplumber.open(path) as pdf:
        pages, _ = read_layout(pdf, list(range(len(pdf.pages))))
    reference = normalize(layout_text(drop_furniture([pages[i] for i in sorted(pages)]))).text
    assert "\n".join(ROWS) in reference
    assert "\n".join(ROWS) in extract_file(path).text


def test_unruled_table_is_left_to_the_line_layout(tmp_path: Path) -> None:
    text = extract_file(_draw_roll(tmp_path / "roll-none.pdf", "none")).text
    assert "\t" not in text


def _word(text: str, x0: float, top: float) -> Word:
    return Word(text, x0, x0 + 6 * len(text), top, top + 10, 10.0, None)


def test_two_column_ruled_block_is_not_a_table() -> None:
    """A signature block in a bordered two-column table stays with the line layout."""
    rules = [*rules_from_box(50, 100, 250, 140), *rules_from_box(250, 100, 450, 140)]
    words = [_word("THƯ", 60, 110), _word("KÝ", 90, 110), _word("CHỦ", 260, 110), _word("TRÌ", 290, 110)]
    rows, rest = split_tables(words, rules)
    assert rows == [] and rest == words


def test_merged_cells_read_as_one_cell() -> None:
    """A band whose middle rule stops short (a merged cell) has fewer columns than the bands below it."""
    rules = [Rule(True, y, 0, 300) for y in (0, 20, 40, 60)]
    rules += [Rule(False, x, 0, 60) for x in (0, 300)] + [Rule(False, x, 20, 60) for x in (100, 200)]
    grid = find_grids(rules)[0]
    assert [len(c) - 1 for c in grid.columns] == [1, 3, 3]
    words = [_word("Tổng", 120, 5), _word("a", 10, 25), _word("c", 210, 25), _word("d", 110, 45)]
    rows, rest = split_tables(words, rules)
    assert rest == []
    cells = [[" ".join(w.text for w in cell) for cell in r[3]] for r in rows]
    assert cells == [["Tổng"], ["a", "", "c"], ["", "d", ""]]


def test_minutes_with_a_ruled_roll_call_read_their_attendance(tmp_path: Path) -> None:
    """End to end: who is absent is known only from the column the mark sits in."""
    source = """ĐẢNG BỘ XÃ PHÚ LỘC
CHI BỘ THÔN ĐÔNG HÀ
ĐẢNG CỘNG SẢN VIỆT NAM

BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 9 NĂM 2023

Thời gian: từ 19 giờ 30 đến 21 giờ 15 phút ngày 12/9/2023.
Địa điểm: Nhà văn hóa thôn Đông Hà.
Chủ trì: đồng chí Lò Văn Thắm, Bí thư chi bộ. Thư ký: đồng chí Cầm Thị Pha.
Tổng số đảng viên: 5 đồng chí; điểm danh như sau:
STT\tHọ và tên\tCó mặt\tVắng\tLý do
1\tLò Văn Thắm\tx\t\t
2\tCầm Thị Pha\tx\t\t
3\tQuàng Văn Đôi\t\tx\tĐi làm ăn xa ở Bình Dương
4\tLường Thị Bún\tx\t\t
5\tTòng Văn Hặc\tx\t\t

I. Đồng chí Bí thư tuyên bố lý do, thông qua chương trình sinh hoạt.
"""
    path = build_samples.build_pdf(source, tmp_path / "roll-call.pdf")
    attendance = analyze(extract_file(path).text).meeting.attendance
    assert (attendance.total, attendance.present, attendance.absent) == (5, 4, 1)
    assert list(attendance.absentees) == ["Quàng Văn Đôi"]
