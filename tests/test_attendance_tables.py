"""nlp.attendance: member attendance tables as minutes type them, read by their header.

Two layouts: flattened one cell per line (an empty cell is an empty line) and one row per line
(cells apart by runs of spaces or by tabs; a wider gap or tabs in a row skip an empty cell).
"""

from __future__ import annotations

import pytest

from nlp.attendance import _table_rows, read_attendance
from nlp.cues import fold
from nlp.meeting import read_meeting
from nlp.normalize import normalize

HEAD = "CHI BỘ THÔN TÂN LẬP\nBIÊN BẢN SINH HOẠT CHI BỘ THÁNG 4/2025\n\nThời gian: 19h30 ngày 12/4/2025.\n"
TAIL = "\nNội dung: thông tin thời sự; đánh giá kết quả tháng 3.\nChi bộ biểu quyết nhất trí 100%.\n"


def cells(*rows: tuple[str, ...]) -> str:
    """A table flattened one cell per line (header first)."""
    return "\n".join("\n".join(r) for r in rows) + "\n"


def attendance(text: str):
    return read_attendance(text, fold(text))


def summary(a) -> tuple:
    return (a.total, a.exempt, a.present, a.absent, a.absent_with_reason, a.absent_without_reason, a.absentees)


CASES = [
    pytest.param(
        # the classic five columns; an absent member's "Có mặt" cell is empty, the reason in "Vắng (lý do)"
        cells(
            ("STT", "Họ và tên", "Chức vụ", "Có mặt", "Vắng (lý do)"),
            ("1", "Đinh Quang Huy", "Bí thư chi bộ", "x", ""),
            ("2", "Mai Thị Kiều Oanh", "Phó Bí thư", "x", ""),
            ("3", "Đ/c Trịnh Văn Lực", "Đảng viên", "", "Ốm, nằm viện"),
            ("4", "Quan Thị Nhàn", "Đảng viên", "x", ""),
            ("5", "Lò Văn Pấng", "Đảng viên", "", "không lý do"),
        ),
        (5, None, 3, 2, 1, 1, ("Trịnh Văn Lực", "Lò Văn Pấng")),
        id="cells-5col-reason-in-absent-column",
    ),
    pytest.param(
        # absent column before present, ticks instead of x, "TT"/"Họ tên" labels, four columns
        cells(
            ("TT", "Họ tên", "Vắng", "Có mặt"),
            ("1", "Khổng Minh Tâm", "", "✓"),
            ("2", "Ông Thị Lụa", "✓ (đi công tác)", ""),
            ("3", "Giàng A Sử", "", "✓"),
        ),
        (3, None, 2, 1, 1, 0, ("Ông Thị Lụa",)),
        id="cells-4col-absent-first-ticks",
    ),
    pytest.param(
        # a separate "Lý do" column; "KLD" is without reason
        cells(
            ("STT", "Tên đảng viên", "Dự", "Vắng", "Lý do"),
            ("1", "Hầu Văn Chứ", "x", "", ""),
            ("2", "Tòng Thị Ún", "", "x", "Con ốm"),
            ("3", "Bạc Cầm Phương", "", "x", "KLD"),
            ("4", "Lường Văn Hặc", "x", "", ""),
        ),
        (4, None, 2, 2, 1, 1, ("Tòng Thị Ún", "Bạc Cầm Phương")),
        id="cells-separate-reason-column-kld",
    ),
    pytest.param(
        # three columns with a status cell: present, "Vắng KLD", "Miễn SH" (exempt is not absent)
        cells(
            ("STT", "Họ và tên", "Tình trạng"),
            ("1", "Chu Đức Hạnh", "Có mặt"),
            ("2", "Ninh Văn Bảy", "Vắng KLD"),
            ("3", "Lã Thị Thơm", "Miễn SH"),
            ("4", "Cù Huy Cận", "Có mặt"),
        ),
        (4, 1, 2, 1, 0, 1, ("Ninh Văn Bảy",)),
        id="cells-3col-status-kld-exempt",
    ),
    pytest.param(
        # "Ghi chú" holds the reason; the last row's trailing empty cell is missing before the next text
        cells(
            ("STT", "Họ và tên", "Năm sinh", "Có mặt", "Vắng", "Ghi chú"),
            ("1", "Âu Dương Phong", "1958", "x", "", ""),
            ("2", "Tạ Thu Hằng", "1962", "", "x", "đi viện"),
            ("3", "Lục Văn Toàn", "1971", "x", "", ""),
        )[:-1]
        + "\nCộng: có mặt 2/3.\n",
        (3, None, 2, 1, 1, 0, ("Tạ Thu Hằng",)),
        id="cells-6col-note-reason-last-row-short",
    ),
    pytest.param(
        # one row per line, three-space cells; an empty "Có mặt" cell is a six-space gap
        "STT   Họ và tên   Chức vụ   Có mặt   Vắng\n"
        "1   Ksor Nhí   Bí thư   x\n"
        "2   Rơ Châm Thuyên   Phó Bí thư      x (đi tập huấn)\n"
        "3   Nay Blưm   Đảng viên   x\n"
        "4   Siu Thị Hờ   Đảng viên   x\n",
        (4, None, 3, 1, 1, 0, ("Rơ Châm Thuyên",)),
        id="rows-spaces-wide-gap",
    ),
    pytest.param(
        # one row per line, tabs; two tabs skip an empty cell; a "Ghi chú" column; "Miễn SH"
        "TT\tHọ và tên\tCó mặt\tVắng\tGhi chú\n"
        "1\tTriệu Văn Hòa\tx\n"
        "2\tPhùng Thị Dền\t\tx\tỐm\n"
        "3\tLý Seo Chải\t\t\tMiễn SH\n"
        "4\tBàn Văn Lả\t\tx\tVắng KLD\n"
        "5\tHoàng Thị Mỉn\tx\n",
        (5, 1, 2, 2, 1, 1, ("Phùng Thị Dền", "Bàn Văn Lả")),
        id="rows-tabs-note-exempt-kld",
    ),
    pytest.param(
        # one row per line, two-space cells, present mark only: an empty cell with a note is an absence
        "STT  Họ tên  Có mặt  Ghi chú\n1  Võ Tòng Xuân  x\n2  Lê Thị Bé Ba      Vắng KLD\n3  Thạch Sô Phênh  x\n",
        (3, None, 2, 1, 0, 1, ("Lê Thị Bé Ba",)),
        id="rows-present-only-note-kld",
    ),
    pytest.param(
        # only a "Có mặt" column: an empty cell is an absence whose reason is not written
        cells(
            ("STT", "Họ và tên", "Chức vụ", "Có mặt"),
            ("1", "Đàm Văn Khởi", "Bí thư", "x"),
            ("2", "Nông Thị Vui", "Đảng viên", ""),
            ("3", "Hà Văn Sình", "Đảng viên", "x"),
        ),
        (3, None, 2, 1, 0, 1, ("Nông Thị Vui",)),
        id="cells-present-only-empty-cell",
    ),
    pytest.param(
        # separate "Vắng có lý do" / "Vắng không lý do" columns
        cells(
            ("STT", "Họ và tên", "Có mặt", "Vắng có lý do", "Vắng không lý do"),
            ("1", "Lương Thế Vinh", "x", "", ""),
            ("2", "Đoàn Thị Điểm", "", "x", ""),
            ("3", "Mạc Đĩnh Chi", "", "", "x"),
            ("4", "Chu Văn An", "x", "", ""),
        ),
        (4, None, 2, 2, 1, 1, ("Đoàn Thị Điểm", "Mạc Đĩnh Chi")),
        id="cells-with-and-without-columns",
    ),
    pytest.param(
        # one row per line, four-space cells, a separate "Lý do" column and a total line after the table
        "STT    Họ và tên    Có mặt    Vắng    Lý do\n"
        "1    Phan Đình Giót    x\n"
        "2    Bế Văn Đàn        x    đi khám bệnh\n"
        "3    Tô Vĩnh Diện    x\n"
        "Cộng: 3 đảng viên.\n",
        (3, None, 2, 1, 1, 0, ("Bế Văn Đàn",)),
        id="rows-spaces-reason-column",
    ),
    pytest.param(
        # a bare mark in "Vắng": the written "(có lý do)" gives the reason
        "Tổng số: 4; có mặt: 3; vắng: 1 (có lý do).\n"
        "STT   Họ và tên   Chức vụ   Có mặt   Vắng\n"
        "1   Y Bhin Niê   Bác sĩ   x\n"
        "2   H'Lan Mlô   Điều dưỡng      x\n"
        "3   Ama Khiêm   Bác sĩ   x\n"
        "4   Trương Thị Na   Hộ lý   x\n",
        (4, None, 3, 1, 1, 0, ("H'Lan Mlô",)),
        id="rows-bare-mark-written-reason",
    ),
    pytest.param(
        # a written total stays; the table gives present and absent
        "Tổng số đảng viên: 9.\n"
        + cells(
            ("STT", "Họ và tên", "Chức vụ", "Có mặt", "Vắng (lý do)"),
            ("1", "Kim Văn Đức", "Bí thư", "x", ""),
            ("2", "Mã Thị Liên", "Đảng viên", "", "bận việc gia đình"),
            ("3", "Thân Văn Lợi", "Đảng viên", "x", ""),
        ),
        (9, None, 2, 1, 1, 0, ("Mã Thị Liên",)),
        id="written-total-kept",
    ),
]


@pytest.mark.parametrize(("table", "want"), CASES)
def test_attendance_table(table: str, want: tuple) -> None:
    assert summary(attendance(HEAD + "\n" + table + TAIL)) == want


SPACE_CASES = [c for c in CASES if "tabs" not in c.id]


@pytest.mark.parametrize(("table", "want"), SPACE_CASES)
def test_attendance_table_through_pipeline(table: str, want: tuple) -> None:
    """The same tables through normalisation and the meeting reader."""
    a = read_meeting(normalize(HEAD + "\n" + table + TAIL).text).attendance
    assert summary(a) == want


NOT_TABLES = [
    pytest.param(
        "STT\nNội dung\nNgười thực hiện\nThời gian\n1\nThông tin thời sự\nĐồng chí Bí thư\n15 phút\n"
        "2\nĐánh giá kết quả tháng 3\nĐồng chí Phó Bí thư\n30 phút\n",
        id="agenda-cells",
    ),
    pytest.param(
        "Nội dung:\n1. Thông tin thời sự\n2. Đánh giá kết quả tháng 3\n3. Phương hướng nhiệm vụ tháng 4\n",
        id="agenda-numbered",
    ),
    pytest.param(
        "Ý kiến thảo luận:\n1\nĐồng chí Ngô Văn Tư\nđề nghị sửa đường liên thôn\n2\nĐồng chí Hà Thị Nga\n"
        "nhất trí với báo cáo\n3\nĐồng chí Lê Minh\nđề nghị thu đảng phí đúng hạn\n",
        id="speakers-cells",
    ),
    pytest.param(
        "STT   Họ và tên   Chức vụ   Nhiệm vụ được giao\n1   Ngô Văn Tư   Bí thư   phụ trách chung\n"
        "2   Hà Thị Nga   Phó Bí thư   công tác dân vận\n3   Phan Văn Lý   Đảng viên   thu đảng phí\n",
        id="task-assignment-rows",
    ),
    pytest.param(
        "STT   Họ và tên   Nội dung phát biểu\n1   Ngô Văn Tư   đề nghị sửa đường\n"
        "2   Hà Thị Nga   nhất trí với báo cáo\n3   Phan Văn Lý   đề nghị thu đảng phí\n",
        id="speakers-rows",
    ),
]


@pytest.mark.parametrize("text", NOT_TABLES)
def test_not_a_member_table(text: str) -> None:
    full = HEAD + "Có mặt: 7 đồng chí; vắng 1 đồng chí (đ/c Sùng A Lử - ốm).\n" + text + TAIL
    assert _table_rows(full, len(full)) == []
    a = attendance(full)
    assert (a.present, a.absent, a.absent_with_reason, a.absentees) == (7, 1, 1, ("Sùng A Lử",))


def test_written_counts_without_table_unchanged() -> None:
    text = HEAD + "Tổng số: 10; có mặt: 9; vắng: 1 (có lý do).\n" + TAIL
    a = attendance(text)
    assert (a.total, a.present, a.absent, a.absent_with_reason, a.absent_without_reason) == (10, 9, 1, 1, 0)


ABSENTEE_LISTS = [
    pytest.param(
        "Tổng số đảng viên: 15 đ/c\nPhải dự: 15 đ/c\nCó mặt: 14 đ/c\nVắng: 01 đ/c (có lý do)\n"
        "STT   Họ và tên          Lý do vắng\n1     Mai Văn Lành       Đi biển chưa về\n",
        (15, None, 14, 1, 1, 0, ("Mai Văn Lành",)),
        id="one-absentee-under-the-counts",
    ),
    pytest.param(
        "Tổng số: 20 đ/c; có mặt 18 đ/c; vắng 2 đ/c.\n"
        "STT   Họ và tên          Lý do vắng\n1     Đỗ Thị Huệ         Ốm\n2     Phan Văn Đức       Không lý do\n",
        (20, None, 18, 2, 1, 1, ("Đỗ Thị Huệ", "Phan Văn Đức")),
        id="two-absentees-one-without-reason",
    ),
]


@pytest.mark.parametrize(("table", "want"), ABSENTEE_LISTS)
def test_list_of_absentees_keeps_the_written_counts(table: str, want: tuple) -> None:
    assert summary(attendance(HEAD + table + TAIL)) == want


def test_count_on_the_line_above_is_not_present() -> None:
    # "Phải dự: 19 đ/c" then "Có mặt: 18 đ/c": a count never reaches a label on the next line
    a = attendance(HEAD + "Tổng số đảng viên: 22 đ/c\nPhải dự: 19 đ/c\nCó mặt: 18 đ/c\nVắng: 01 đ/c\n" + TAIL)
    assert (a.present, a.absent) == (18, 1)


def test_table_with_bars() -> None:
    table = ("TT | Họ và tên | Có mặt | Vắng (lý do)\n1 | Lò Văn Ban | x |\n2 | Quàng Thị Xuân | x |\n"
             "3 | Cầm Văn Pha | | đi học lớp trung cấp\n")
    assert summary(attendance(HEAD + table + TAIL)) == (3, None, 2, 1, 1, 0, ("Cầm Văn Pha",))


def test_names_line_of_the_absentees() -> None:
    text = HEAD + ("Có mặt: 18; Vắng: 02 (có lý do: 01; không lý do: 01)\n"
                   "Tên đảng viên vắng: Đ/c Hà Văn Sinh (ốm) - có lý do; Đ/c Vi Thị Nụ - không lý do.\n") + TAIL
    assert attendance(text).absentees == ("Hà Văn Sinh", "Vi Thị Nụ")


def test_counts_table_flattened_column_after_column() -> None:
    text = HEAD + ("Tình hình đảng viên dự sinh hoạt:\nTổng số đảng viên\nMiễn sinh hoạt\nPhải dự\nCó mặt\n"
                   "Vắng có lý do\nVắng không lý do\n33\n5\n28\n26\n2\n0\n"
                   "Vắng có lý do: đ/c Tạ Văn Lộc (ốm), đ/c Chu Thị Hằng (đi công tác).\n") + TAIL
    a = read_meeting(normalize(text).text).attendance
    assert (a.total, a.exempt, a.expected, a.present, a.absent, a.absent_with_reason, a.absent_without_reason) == (
        33, 5, 28, 26, 2, 2, 0)
    assert a.absentees == ("Tạ Văn Lộc", "Chu Thị Hằng")


def test_counts_table_with_bars_is_not_a_wrapped_sentence() -> None:
    text = HEAD + ("Tổng số ĐV | Miễn SH | Phải dự | Có mặt | Vắng có lý do | Vắng không lý do\n"
                   "24 | 02 | 22 | 21 | 01 | 0\nĐảng viên vắng có lý do: đ/c Lý Thị Nga (nghỉ sinh).\n") + TAIL
    a = read_meeting(normalize(text).text).attendance
    assert (a.total, a.exempt, a.present, a.absent, a.absentees) == (24, 2, 21, 1, ("Lý Thị Nga",))


def test_status_cell_with_words_after_it() -> None:
    table = ("STT   Họ và tên            Tình hình\n1     Hồ Văn Tâm           Có mặt\n"
             "2     Lê Thị Sen           Có mặt\n3     Trần Văn Bảy         Vắng - có lý do (đi viện)\n"
             "4     Ngô Văn Tư           Miễn sinh hoạt (tuổi cao)\n")
    a = attendance(HEAD + table + TAIL)
    assert (a.present, a.absent, a.absent_with_reason, a.exempt, a.absentees) == (2, 1, 1, 1, ("Trần Văn Bảy",))


def test_numbered_counts_table_row_numbers_are_not_counts() -> None:
    text = HEAD + ("TT  Nội dung              Số lượng\n1   Tổng số đảng viên      16\n"
                   "2   Miễn sinh hoạt         0\n"
                   "3   Có mặt                 14\n4   Vắng có lý do          02\n"
                   "5   Vắng không lý do       0\n") + TAIL
    a = read_meeting(normalize(text).text).attendance
    assert (a.total, a.present, a.absent, a.absent_with_reason, a.absent_without_reason) == (16, 14, 2, 2, 0)


def test_tab_separated_member_table_through_analysis() -> None:
    # Word documents separate cells with tabs; normalisation keeps them, so the table stays a table
    from nlp.analyze import analyze

    text = HEAD + ("Tổng số đảng viên: 5; có mặt: 4; vắng: 1.\nSTT\tHọ và tên\tTình hình dự họp\n"
                   "1\tVừ A Dính\tCó mặt\n2\tGiàng Thị Pà\tCó mặt\n3\tMa Văn Khánh\tVắng có lý do (ốm)\n"
                   "4\tSầm Thị Lụa\tCó mặt\n5\tNông Văn Thắm\tCó mặt\n") + TAIL
    a = analyze(text).meeting.attendance
    assert (a.present, a.absent, a.absent_with_reason, a.absentees) == (4, 1, 1, ("Ma Văn Khánh",))


@pytest.mark.parametrize(
    ("table", "want"),
    [
        pytest.param("| Tổng số | Có mặt | Vắng | Lý do vắng |\n|  22  |  21  |  1  | đ/c Giàng A Sử trực chốt |\n",
                     (22, None, 21, 1, 1, 0, ("Giàng A Sử",)), id="bars-with-a-reason-column"),
        pytest.param("Tổng số   Miễn SH   Có mặt   Vắng có LD   Vắng không LD\n"
                     "  30       4        24        1          1\n",
                     (30, 4, 24, 2, 1, 1, ()), id="ld-abbreviated-columns"),
        pytest.param("Tổng số    Có mặt    Vắng có LD    Vắng không LD\n  18        16         1             1\n"
                     "Ghi chú: đ/c Hà Thị Én đi tập huấn; đ/c Mã Văn Lục không báo.\n",
                     (18, None, 16, 2, 1, 1, ("Hà Thị Én", "Mã Văn Lục")), id="names-in-a-note-under-the-table"),
        pytest.param(" Tổng số | Miễn SH | Có mặt | Vắng có LD | Vắng không LD\n ---------+---------+--------+-----"
                     "-------+--------------\n    21    |    2    |   18   |     1      |      0\n",
                     (21, 2, 18, 1, 1, 0, ()), id="rule-line-under-the-header"),
        pytest.param("Tổng số\tCó mặt\tVắng\tGhi chú\n12\t11\t1\tđ/c Lù Văn Pao ốm\n",
                     (12, None, 11, 1, 1, 0, ("Lù Văn Pao",)), id="tabs-with-a-notes-column"),
    ],
)
def test_counts_table_with_a_text_column(table: str, want: tuple) -> None:
    a = read_meeting(normalize(HEAD + table + TAIL).text).attendance
    assert (a.total, a.exempt, a.present, a.absent, a.absent_with_reason, a.absent_without_reason,
            a.absentees) == want


def test_blank_form_reason_labels_give_no_reasons() -> None:
    text = HEAD + ("- Số đảng viên có mặt: 9 đồng chí; vắng mặt: 02 đồng chí\n"
                   "  + Vắng có lý do: ..... đồng chí, gồm các đồng chí: ..................\n"
                   "  + Vắng không lý do: ..... đồng chí, gồm các đồng chí: ...............\n") + TAIL
    a = read_meeting(normalize(text).text).attendance
    assert (a.absent, a.absent_with_reason, a.absent_without_reason, a.absentees) == (2, None, None, ())


def test_bar_table_with_a_rule_a_two_label_column_and_a_wrapped_cell() -> None:
    table = ("STT | Họ và tên        | Chức vụ / Đơn vị     | Dự họp\n"
             "----+------------------+----------------------+-------------------\n"
             " 1  | Bế Văn Thoòng    | Bí thư, Đội trưởng   | Có mặt\n"
             " 2  | Lục Thị Dịu      | Đội Nghiệp vụ        | Vắng, có lý do (đi\n"
             "    |                  |                      | tập huấn ở tỉnh)\n"
             " 3  | Hoàng Văn Khiêm  | Đội Kiểm soát        | Có mặt\n")
    a = read_meeting(normalize(HEAD + table + TAIL).text).attendance
    assert (a.present, a.absent, a.absent_with_reason, a.absentees) == (2, 1, 1, ("Lục Thị Dịu",))


def test_counts_by_party_group_summed_in_a_last_row() -> None:
    table = ("   Tổ đảng              | Số ĐV | Có mặt | Vắng\n   ---------------------+-------+--------+-----\n"
             "   Tổ 1 (Xóm Đông)      |   7   |   7    |  0\n   Tổ 2 (Xóm Đoài)      |   6   |   5    |  1\n"
             "   ---------------------+-------+--------+-----\n   Cộng                 |  13   |  12    |  1\n")
    a = read_meeting(normalize(HEAD + table + TAIL).text).attendance
    assert (a.total, a.present, a.absent) == (13, 12, 1)


def test_counts_table_one_count_per_row_between_bars() -> None:
    table = ("   +--------------------------+----------+---------------------------+\n"
             "   | Nội dung                 | Số lượng | Ghi chú                   |\n"
             "   | Tổng số đảng viên        |    25    | chính thức 24, dự bị 01   |\n"
             "   | Miễn sinh hoạt           |    03    | tuổi cao                  |\n"
             "   | Có mặt                   |    19    |                           |\n"
             "   | Vắng có lý do            |    02    | Lò Văn Tâm (đi làm xa),   |\n"
             "   |                          |          | Hà Thị Mây (ốm)           |\n"
             "   | Vắng không lý do         |    01    | Bạc Văn Hùng              |\n")
    a = read_meeting(normalize(HEAD + table + TAIL).text).attendance
    assert (a.total, a.exempt, a.expected, a.present, a.absent, a.absent_with_reason, a.absent_without_reason,
            a.absentees) == (25, 3, 22, 19, 3, 2, 1, ("Lò Văn Tâm", "Hà Thị Mây", "Bạc Văn Hùng"))


def test_roll_call_marks_read_by_their_legend() -> None:
    table = ("(x: có mặt; P: vắng có phép; K: vắng không phép)\n"
             "STT | Họ và tên         | Cấp bậc   | Điểm danh\n"
             "1   | Hồ Văn Lâm        | Trung tá  | x\n"
             "2   | Mai Thanh Tùng    | Thiếu tá  | P (đi học)\n"
             "3   | Đinh Văn Sang     | Đại úy    | K\n"
             "4   | Lò Thị Mai        | Đại úy    | x\n")
    a = read_meeting(normalize(HEAD + table + TAIL).text).attendance
    assert (a.present, a.absent, a.absent_with_reason, a.absent_without_reason, a.absentees) == (
        2, 2, 1, 1, ("Mai Thanh Tùng", "Đinh Văn Sang"))


def test_numbered_counts_table_with_names_below() -> None:
    table = ("Tình hình đảng viên dự họp:\n\n TT | Nội dung                 | Số lượng\n"
             "----+--------------------------+---------\n"
             " 1  | Tổng số đảng viên        |   18\n 2  | Đảng viên có mặt         |   16\n"
             " 3  | Vắng có lý do            |   02\n 4  | Vắng không lý do         |   00\n\n"
             "Vắng có lý do: đ/c Rơ Châm Ka (ốm), đ/c Nay Thị Blúp (đi học).\n")
    a = read_meeting(normalize(HEAD + table + TAIL).text).attendance
    assert (a.total, a.present, a.absent, a.absent_with_reason, a.absentees) == (
        18, 16, 2, 2, ("Rơ Châm Ka", "Nay Thị Blúp"))


def test_group_rows_with_a_sum_row_under_an_empty_cell_and_a_note() -> None:
    table = ("+-----+----------------+-------+--------+------+------------------+\n"
             "| STT | Tổ đảng        | Số ĐV | Có mặt | Vắng | Ghi chú          |\n"
             "+-----+----------------+-------+--------+------+------------------+\n"
             "|  1  | Khối văn phòng |   5   |   5    |  0   |                  |\n"
             "|  2  | Xưởng may      |   7   |   6    |  1   | Vũ Thị Hằng: ốm  |\n"
             "+-----+----------------+-------+--------+------+------------------+\n"
             "|     | Cộng           |  12   |  11    |  1   |                  |\n"
             "+-----+----------------+-------+--------+------+------------------+\n")
    a = read_meeting(normalize(HEAD + table + TAIL).text).attendance
    assert (a.total, a.present, a.absent, a.absentees) == (12, 11, 1, ("Vũ Thị Hằng",))


def test_absentee_table_boxed_in_rules_rows_opening_with_a_bar() -> None:
    table = ("Vắng: 02 đồng chí (có lý do), cụ thể:\n\n  +-----+------------------+-------------+-------------------+\n"
             "  | STT | Họ và tên        | Chức vụ     | Lý do vắng        |\n"
             "  +-----+------------------+-------------+-------------------+\n"
             "  |  1  | Phùng Thị Bích   | Chuyên viên | Nghỉ ốm           |\n"
             "  |  2  | Hồ Văn Khải      | Phó phòng   | Họp tại Sở        |\n"
             "  +-----+------------------+-------------+-------------------+\n")
    a = read_meeting(normalize(HEAD + table + TAIL).text).attendance
    assert (a.absent, a.absent_with_reason, a.absentees) == (2, 2, ("Phùng Thị Bích", "Hồ Văn Khải"))


def test_militia_reasons_without_the_label() -> None:
    text = HEAD + ("Tổng số ĐV: 07 đ/c; có mặt: 05 đ/c; vắng: 02 đ/c\n"
                   "  - đ/c Nguyễn Văn Huy (thôn đội trưởng): đi huấn luyện DQ tập trung tại huyện\n"
                   "  - đ/c Triệu Đức Mạnh: ốm\n\nNỘI DUNG\n") + TAIL
    a = read_meeting(normalize(text).text).attendance
    assert (a.absent, a.absent_with_reason, a.absent_without_reason) == (2, 2, 0)


def test_numbered_counts_rows_with_words_in_the_value_cell() -> None:
    table = ("+-----+------------------------+----------------------------------------+\n"
             "| TT  | Nội dung               | Số lượng                               |\n"
             "+-----+------------------------+----------------------------------------+\n"
             "|  1  | Tổng số đảng viên      | 10 (chính thức 09, dự bị 01)           |\n"
             "|  2  | Có mặt                 | 09                                     |\n"
             "|  3  | Vắng có lý do          | 01 - đ/c Lê Văn Đức (đi học)           |\n"
             "|  4  | Vắng không lý do       | 0                                      |\n"
             "+-----+------------------------+----------------------------------------+\n")
    a = read_meeting(normalize(HEAD + table + TAIL).text).attendance
    assert (a.total, a.present, a.absent, a.absent_with_reason, a.absentees) == (10, 9, 1, 1, ("Lê Văn Đức",))


ROLL_CALLS = [
    pytest.param(
        "Điểm danh:\n"
        "1. Trần Văn Bình - Bí thư ....................... có mặt\n"
        "2. Lê Thị Thu Hà ................................ có mặt\n"
        "3. Phạm Quốc Toản ............................... vắng (đi công tác Hải Phòng)\n"
        "4. Đỗ Minh Châu ................................. có mặt\n",
        (4, 3, 1, 1, 0, ("Phạm Quốc Toản",)),
        id="dot-leaders-reason-in-brackets",
    ),
    pytest.param(
        "Danh sách đảng viên dự họp\n"
        "1) Hà Văn Sáng: có mặt\n2) Nông Thị Lụa: có mặt\n3) Lý Văn Pao: vắng không lý do\n"
        "4) Hoàng Văn Sùng: có mặt\n5) Triệu Thị Mai: vắng có lý do\n",
        (5, 3, 2, 1, 1, ("Lý Văn Pao", "Triệu Thị Mai")),
        id="colon-status-with-reason-words",
    ),
]


@pytest.mark.parametrize(("roll", "want"), ROLL_CALLS)
def test_numbered_roll_call_without_a_header(roll: str, want: tuple) -> None:
    a = read_meeting(normalize(HEAD + roll + TAIL).text).attendance
    assert (a.total, a.present, a.absent, a.absent_with_reason, a.absent_without_reason, a.absentees) == want


def test_numbered_tasks_are_no_roll_call() -> None:
    plan = ("Tổng số đảng viên 12, có mặt 11, vắng 1 (đ/c Lò Văn Nhất ốm).\nNhiệm vụ tháng tới:\n"
            "1. Vận động các hộ có mặt đầy đủ tại buổi ra quân.\n2. Thu đảng phí.\n3. Dọn vệ sinh đường thôn.\n")
    a = read_meeting(normalize(HEAD + plan + TAIL).text).attendance
    assert (a.total, a.present, a.absent, a.absentees) == (12, 11, 1, ("Lò Văn Nhất",))


def test_numbered_counts_rows_pasted_with_tabs() -> None:
    table = ("Bảng 1. Đảng viên dự họp\n"
             "TT\tChỉ tiêu\tSố người\tGhi chú\n"
             "1\tTổng số đảng viên\t31\tdự bị 02\n"
             "2\tĐảng viên miễn sinh hoạt\t1\tđ/c Lê Văn Cư (82 tuổi)\n"
             "3\tCó mặt\t27\n"
             "4\tVắng có lý do\t3\tđ/c Hồ Văn Nam, đ/c Vi Thị Hà, đ/c Lục Văn Tú (đi ca đêm)\n"
             "5\tVắng không lý do\t0\n")
    a = read_meeting(normalize(HEAD + table + TAIL).text).attendance
    assert (a.total, a.exempt, a.present, a.absent, a.absent_with_reason, a.absent_without_reason) == (
        31, 1, 27, 3, 3, 0)


def test_absentees_listed_in_an_appendix_after_a_counts_table() -> None:
    text = (HEAD +
            "| Tổng số | Có mặt | Vắng có lý do | Vắng không lý do |\n"
            "|   16    |   14   |       2       |        0         |\n"
            "(Danh sách vắng mặt ở cuối biên bản.)\n" + TAIL +
            "\nTHƯ KÝ                  CHỦ TRÌ\nLê Thị Mơ               Hà Văn Tám\n\n"
            "DANH SÁCH ĐẢNG VIÊN VẮNG MẶT\n"
            "STT | Họ và tên          | Tổ đảng | Lý do\n"
            "1   | Đ/c Bạch Văn Lâm   | Tổ 2    | Đi tập huấn\n"
            "2   | Đ/c Ông Thị Lụa    | Tổ 3    | Ốm\n")
    a = read_meeting(normalize(text).text).attendance
    assert (a.total, a.present, a.absent, a.absent_with_reason, a.absentees) == (
        16, 14, 2, 2, ("Bạch Văn Lâm", "Ông Thị Lụa"))


def test_counts_table_with_the_absentee_named_in_the_count_cell() -> None:
    table = ("| Tổng số | Có mặt | Vắng có lý do | Vắng không lý do |\n"
             "|   11    |   10   | 01 (đ/c Mạc Văn Tư - đi huấn luyện ở tỉnh) |  0  |\n")
    a = read_meeting(normalize(HEAD + table + TAIL).text).attendance
    assert (a.total, a.present, a.absent, a.absent_with_reason, a.absentees) == (11, 10, 1, 1, ("Mạc Văn Tư",))


def test_labelled_counts_one_per_line_after_a_tab() -> None:
    table = ("Đảng viên:\n\tTổng số\t15 đ/c\n\tCó mặt\t14 đ/c\n"
             "\tVắng có lý do\t01 đ/c (đ/c Lò Thị Pọm - ốm)\n\tVắng không lý do\t0\n")
    a = read_meeting(normalize(HEAD + table + TAIL).text).attendance
    assert (a.total, a.present, a.absent, a.absent_with_reason, a.absent_without_reason) == (15, 14, 1, 1, 0)


def test_a_scanned_bar_table_with_its_header_wrapped_and_a_bracket_for_a_bar() -> None:
    text = (HEAD + "Tình hình đảng viên:\n\n| Tổng số ĐV | Miễn SH | Phải dự | Có mặt | Vắng có lý do | Vắng không lý\n"
            "do |\n\n[    31    | 03 |28 |25|    02    |    1\n\nVắng: đ/c Mùa A Dơ (ốm), đ/c Lầu Thị Di (đi viện), "
            "đ/c Vàng Văn Páo.\n" + TAIL)
    a = attendance(text)
    assert (a.total, a.exempt, a.present, a.absent, a.absent_with_reason, a.absent_without_reason) == (
        31, 3, 25, 3, 2, 1)


def test_bars_misread_beside_the_counts_of_a_scanned_row() -> None:
    text = (HEAD + "| Tổng số ĐV | Miễn SH | Phải dự | Có mặt | Vắng có lý do | Vắng không lý\ndo |\n\n"
            "|    25    | 01 | 24 |21|    03    [|    0    Ì\n\n"
            "Vắng: đ/c Sầm Văn Tú, đ/c Hoàng Thị Na, đ/c Vi Văn Ba.\n" + TAIL)
    a = attendance(text)
    assert (a.total, a.exempt, a.present, a.absent, a.absent_with_reason) == (25, 1, 21, 3, 3)


def test_a_roll_call_of_the_absentees_only_under_a_count_naming_the_absent() -> None:
    text = (HEAD + "Tổng số đảng viên: 21 đ/c. Có mặt: 19 đ/c. Vắng: 02 đ/c (01 có lý do, 01 không lý do).\n\n"
            "STT\tHọ và tên\tChức vụ\tCó mặt\tVắng\tLý do\n1\tRơ Mah Hiền\tKế toán\t\tx\tĐi tập huấn\n"
            "2\tKsor Blúi\tCông nhân\t\tx\tKhông báo lý do\n" + TAIL)
    a = attendance(text)
    assert (a.absent, a.absent_with_reason, a.absent_without_reason) == (2, 1, 1)
    assert a.absentees == ("Rơ Mah Hiền", "Ksor Blúi")
    one = attendance(HEAD + "Tổng số: 9 đ/c. Có mặt: 8 đ/c. Vắng: 01 đ/c (có lý do).\n\nSTT\tHọ và tên\tChức vụ\tCó "
                     "mặt\tVắng\tLý do\n1\tSiu H'Lan\tVăn thư\t\tx\tĐi học\n" + TAIL)
    assert one.absentees == ("Siu H'Lan",)


def test_counts_table_of_a_form_with_a_cell_written_none_or_left_blank() -> None:
    """"Không" in a count cell is none; a cell of a filled row left empty (or dotted) is none away."""
    table = ("Tổng số\tMiễn sinh hoạt\tCó mặt\tVắng có lý do\tVắng không lý do\n"
             "9\tKhông\t8\t01\t\n"
             "Vắng có lý do: đ/c Giáp Văn Lực - đi công tác tỉnh.\n")
    a = read_meeting(normalize(HEAD + table + TAIL).text).attendance
    assert (a.total, a.exempt, a.present, a.absent, a.absent_with_reason, a.absent_without_reason) == (
        9, 0, 8, 1, 1, 0)
    dotted = "Tổng số\tCó mặt\tVắng có lý do\tVắng không lý do\n12\t11\t……\t01\n"
    a = read_meeting(normalize(HEAD + dotted + TAIL).text).attendance
    assert (a.total, a.present, a.absent, a.absent_with_reason, a.absent_without_reason) == (12, 11, 1, 0, 1)


def test_counts_written_label_bar_number_without_the_outer_bars() -> None:
    table = ("Nội dung | Số người | Ghi chú\nTổng số đảng viên | 19 |\nCó mặt | 17 |\n"
             "Vắng có lý do | 02 | KS Đinh Công Trứ (đi công trình); CN Hà Thị Len (nghỉ sinh)\n"
             "Vắng không lý do | 0 |\n")
    a = read_meeting(normalize(HEAD + table + TAIL).text).attendance
    assert (a.total, a.present, a.absent, a.absent_with_reason) == (19, 17, 2, 2)
    by_group = ("Đơn vị | Tổng số | Có mặt | Vắng\nTổ Tổng hợp | 05 | 05 | 0\n"
                "Tổ Kỹ thuật | 06 | 05 | 01\nCộng | 11 | 10 | 01\n")
    a = read_meeting(normalize(HEAD + by_group + TAIL).text).attendance
    assert (a.total, a.present, a.absent) == (11, 10, 1)


@pytest.mark.parametrize(
    "annex",
    [
        "DANH SÁCH ĐẢNG VIÊN VẮNG MẶT\n1 | Khúc Thị Duyên | Vắng có lý do | đi viện\n"
        "2 | Ninh Văn Sáng | Vắng có lý do |\n",
        "Các đồng chí vắng mặt (kèm theo biên bản):\n1. Khúc Thị Duyên – đi viện\n2. Ninh Văn Sáng – đi họp huyện\n",
    ],
)
def test_the_absent_listed_in_an_annex_after_the_signatures(annex: str) -> None:
    body = ("Có mặt: 14/16 đồng chí; vắng 02 đồng chí có lý do (danh sách kèm theo).\n" + TAIL
            + "THƯ KÝ\tBÍ THƯ\nMa Văn Toản\tHứa Thị Nhàn\n\n" + annex)
    a = read_meeting(normalize(HEAD + body).text).attendance
    assert (a.present, a.absent, a.absent_with_reason, a.absentees) == (14, 2, 2, ("Khúc Thị Duyên", "Ninh Văn Sáng"))


def test_roll_call_appended_with_ticks_under_their_column() -> None:
    """An attendance list appended to the record, typed with spaces: each mark read under the column it stands in
    ("x" under "Dự", a dash for one who was not there, the reason under "Ghi chú")."""
    table = ("PHỤ LỤC – DANH SÁCH ĐẢNG VIÊN DỰ SINH HOẠT\n"
             "STT  Họ tên                        Dự    Ghi chú\n"
             "1    Trịnh Văn Lâm                 x\n"
             "2    Mai Thị Hồng                  -     đi học (có lý do)\n"
             "3    Đỗ Văn Kiên                   x\n"
             "4    Lưu Thị Bé                    x\n")
    a = attendance(HEAD + TAIL + "\n" + table)
    assert (a.present, a.absent, a.absent_with_reason, a.absentees) == (3, 1, 1, ("Mai Thị Hồng",))


def test_a_column_of_office_and_notes_and_a_count_cell_naming_the_absent_after_a_colon() -> None:
    table = ("| TT | Họ và tên      | Chức vụ, ghi chú      | Tình hình dự họp        |\n"
             "|----|----------------|-----------------------|-------------------------|\n"
             "| 1  | Lò Văn Pền     | Bí thư chi bộ         | Có mặt                  |\n"
             "| 2  | Cầm Thị Ín     |                       | Vắng, có lý do (ốm)     |\n"
             "| 3  | Lường Văn Ọi   | Trưởng bản            | Có mặt                  |\n")
    a = read_meeting(normalize(HEAD + table + TAIL).text).attendance
    assert (a.present, a.absent, a.absent_with_reason, a.absentees) == (2, 1, 1, ("Cầm Thị Ín",))
    table = ("+-----------------+------------------------------------------+\n"
             "| Tổng số         | 12                                       |\n"
             "| Có mặt          | 10                                       |\n"
             "| Vắng có lý do   | 02: ThS. Đinh Thị Hường (đi học), CN. Lò   |\n"
             "|                 | Văn Xôm (ốm)                             |\n"
             "| Vắng không lý do| 0                                        |\n"
             "+-----------------+------------------------------------------+\n")
    a = read_meeting(normalize(HEAD + table + TAIL).text).attendance
    assert (a.total, a.present, a.absent, a.absent_with_reason) == (12, 10, 2, 2)


def test_counts_table_with_the_reasons_split_under_trong_do() -> None:
    text = (HEAD + "Tổng số ĐV\tMiễn SH\tPhải dự\tCó mặt\tVắng\tTrong đó: có lý do\tkhông lý do\n"
            "11\t1\t10\t8\t2\t1\t1\n" + TAIL)
    a = read_meeting(normalize(text).text).attendance
    assert (a.total, a.exempt, a.present, a.absent) == (11, 1, 8, 2)
    assert (a.absent_with_reason, a.absent_without_reason) == (1, 1)


def test_word_table_read_out_with_one_gap_and_a_double_gap_for_an_empty_cell() -> None:
    table = ("STT    Họ và tên    Năm sinh    Ghi chú    Tình hình\n"
             "1    Lò Văn Pền    1958    Bí thư    Có mặt\n"
             "15    Cù Thị Lý    1963        Có mặt\n"
             "16    Hà Văn Ón    1961        Vắng có lý do (ốm)\n")
    a = read_meeting(normalize(HEAD + table + TAIL).text).attendance
    assert (a.present, a.absent, a.absentees) == (2, 1, ("Hà Văn Ón",))


NOTED_LISTS = [
    pytest.param("DANH SÁCH ĐẢNG VIÊN\n| TT | Họ và tên | Chức vụ | Ghi chú |\n|---|---|---|---|\n"
                 "| 1 | Quàng Văn Pẩu | Bí thư | Chủ trì |\n| 2 | Lò Thị Ánh | Kế toán | |\n"
                 "| 3 | Cà Văn Lả | Thủ kho | vắng (có lý do) - đi viện tỉnh |\n| 4 | Tòng Thị Én | Văn thư | |\n"
                 "| 5 | Lường Văn Tính | Hưu trí | Miễn SH (tuổi cao) |\n",
                 (5, 1, 3, 1, 1, 0, ("Cà Văn Lả",)), id="bars-note-column"),
    pytest.param("TT   Họ và tên          Năm sinh   Ghi chú\n1    Quàng Văn Pẩu      1970\n"
                 "2    Lò Thị Ánh         1988\n3    Cà Văn Lả          1979       vắng (không lý do)\n"
                 "4    Tòng Thị Én        1990       Nghỉ ốm\n5    Lường Văn Tính     1962\n",
                 (5, None, 3, 2, 1, 1, ("Cà Văn Lả", "Tòng Thị Én")), id="spaces-note-column-reason-alone"),
]


@pytest.mark.parametrize(("table", "want"), NOTED_LISTS)
def test_whole_cell_listed_with_absences_in_a_note_column(table: str, want: tuple) -> None:
    """A list of every member whose "Ghi chú" column says who was away or exempt: the rest were there."""
    a = read_meeting(normalize(HEAD + table + TAIL).text).attendance
    assert summary(a) == want


def test_note_column_marking_nobody_away_is_no_attendance_table() -> None:
    table = ("| TT | Họ và tên | Chức vụ | Ghi chú |\n|---|---|---|---|\n| 1 | Quàng Văn Pẩu | Bí thư | Chủ trì |\n"
             "| 2 | Lò Thị Ánh | Kế toán | Thư ký |\n| 3 | Cà Văn Lả | Thủ kho | |\n")
    full = HEAD + "Có mặt: 9 đồng chí; vắng 1 đồng chí (đ/c Sùng A Lử - ốm).\n" + table + TAIL
    assert _table_rows(full, len(full)) == []
    a = attendance(full)
    assert (a.present, a.absent, a.absentees) == (9, 1, ("Sùng A Lử",))


def test_counts_row_with_reasons_in_brackets_under_vang() -> None:
    table = ("   Tổng số    Miễn SH    Phải dự    Có mặt    Vắng (có lý do)    Vắng (không lý do)\n"
             "   27         02         25         22        02                 01\n")
    a = read_meeting(normalize(HEAD + table + TAIL).text).attendance
    assert summary(a)[:6] == (27, 2, 22, 3, 2, 1)


def test_reason_cells_beside_the_absent_count_are_no_names() -> None:
    text = ("Tổng số đảng viên\t31 đ/c\nCó mặt\t29 đ/c\nVắng mặt\t02 đ/c\tCó lý do: 02\tKhông lý do: 0\n\n"
            "Danh sách đảng viên vắng mặt:\nSTT\tHọ và tên\tTổ sản xuất\tLý do vắng\n"
            "1\tMa Văn Tòng\tTổ vận tải\tĐi tập huấn an toàn\n2\tLục Thị Hiên\tTổ sàng tuyển\tNghỉ ốm\n")
    a = read_meeting(normalize(HEAD + text + TAIL).text).attendance
    assert summary(a) == (31, None, 29, 2, 2, 0, ("Ma Văn Tòng", "Lục Thị Hiên"))


def test_absentees_noted_in_several_group_rows() -> None:
    table = ("| Tổ đảng | Tổng số ĐV | Có mặt | Vắng | Ghi chú |\n|---|---|---|---|---|\n"
             "| Tổ 1 | 9 | 8 | 1 | đ/c Hà Văn Khiêm vắng (có lý do - ốm) |\n| Tổ 2 | 8 | 8 | 0 | |\n"
             "| Tổ 3 | 10 | 9 | 1 | đ/c Mông Thị Lừng vắng (có lý do - đi học) |\n| Cộng | 27 | 25 | 2 | |\n")
    a = read_meeting(normalize(HEAD + table + TAIL).text).attendance
    assert (a.total, a.present, a.absent, a.absentees) == (27, 25, 2, ("Hà Văn Khiêm", "Mông Thị Lừng"))


def test_reasons_labelled_with_their_counts_on_the_lines_under_the_absent_count() -> None:
    text = ("- ĐV: tổng số 21; có mặt 17; vắng 4, trong đó:\n    có lý do 3: đ/c Hầu A Chống (đi rừng), đ/c Mùa Thị Dế "
            "(ốm), đ/c Vàng A Sử (đi học);\n    không lý do 1: đ/c Thào A Pó.\n")
    a = read_meeting(normalize(HEAD + text + TAIL).text).attendance
    assert summary(a) == (21, None, 17, 4, 3, 1, ("Hầu A Chống", "Mùa Thị Dế", "Vàng A Sử", "Thào A Pó"))


TICKED_ROLLS = [
    pytest.param("Điểm danh:\n  1. Hà Văn Chuyên ......... ✓\n  2. Lường Thị Ơn .......... ✓\n"
                 "  3. Cầm Văn Thoỏng ....... v (đi rừng, có báo)\n  4. Lò Thị Hiên .......... ✓\n"
                 "  5. Quàng Văn Ún ......... miễn SH\n", ("Cầm Văn Thoỏng",), id="numbered-dots-ticks-and-v"),
    pytest.param("Đảng viên có mặt:\n  ✓ Y Blốc Ênuôl\n  ✓ H'Ly Niê\n    Y Sinh Mlô (vắng, đi làm rẫy xa)\n"
                 "  ✓ Trần Văn Hải\n    Y Ngông Byă (miễn SH, tuổi cao)\n", ("Y Sinh Mlô",),
                 id="tick-before-the-name-notes-in-brackets"),
    pytest.param("Quân số:\n   Đ/c Lê Văn Kiên          ✓\n   Đ/c Đinh Quang Mạnh      đi tập huấn (Quân đoàn)\n"
                 "   Đ/c Hồ Văn Tuân          ✓\n   Đ/c Phan Hữu Nghị        ✓\n", ("Đinh Quang Mạnh",),
                 id="cue-and-title-before-the-name-reason-without-the-word-vang"),
]


@pytest.mark.parametrize(("roll", "absentees"), TICKED_ROLLS)
def test_roll_ticked_name_by_name_names_the_absent(roll: str, absentees: tuple) -> None:
    text = roll + "Tổng số đảng viên 5 đ/c, có mặt 4 đ/c, vắng 1 đ/c có lý do.\n"
    a = read_meeting(normalize(HEAD + text + TAIL).text).attendance
    assert (a.absent, a.absentees) == (1, absentees)


def test_given_name_alone_completed_from_the_roll_above() -> None:
    text = ("Điểm danh:\n  1. Hà Văn Chuyên ......... có mặt\n  2. Lường Thị Ơn .......... có mặt\n"
            "  3. Cầm Văn Thoỏng ....... vắng\n  4. Lò Thị Hiên .......... có mặt\n"
            "Tổng số 4 đ/c, có mặt 3, vắng 1 đ/c có lý do (đ/c Thoỏng đi rừng).\n")
    a = read_meeting(normalize(HEAD + text + TAIL).text).attendance
    assert a.absentees == ("Cầm Văn Thoỏng",)


def test_given_name_shared_by_two_full_names_stays_as_written() -> None:
    text = ("Chủ trì: đ/c Hà Văn Ún. Thư ký: đ/c Lò Văn Ún.\n"
            "Tổng số 9 đ/c, có mặt 8, vắng 1 đ/c có lý do (đ/c Ún đi viện).\n")
    a = read_meeting(normalize(HEAD + text + TAIL).text).attendance
    assert a.absentees == ("Ún",)


def test_roll_in_two_columns_its_row_numbers_are_no_counts() -> None:
    text = ("Đảng viên tham dự:\n  1. Hà Văn Chuyên   ✓        5. Lò Thị Hiên      ✓\n"
            "  2. Lường Thị Ơn    vắng     6. Quàng Văn Ún     ✓\n  3. Cầm Văn Thoỏng ✓        7. Tòng Văn Pặn     ✓\n"
            "  4. Vì Thị Dung     ✓        8. Lò Văn Sương     ✓\n"
            "Tổng số đảng viên: 8 đ/c. Có mặt: 7 đ/c. Vắng: 1 đ/c có lý do (đ/c Lường Thị Ơn).\n")
    a = read_meeting(normalize(HEAD + text + TAIL).text).attendance
    assert (a.total, a.present, a.absent, a.absentees) == (8, 7, 1, ("Lường Thị Ơn",))


def test_counts_table_drawn_with_box_characters_split_into_official_and_probationary() -> None:
    from nlp.analyze import analyze

    table = ("   ┌──────────────────┬────────────┬───────┬──────┐\n"
             "   │ Nội dung         │ Chính thức │ Dự bị │ Cộng │\n"
             "   ├──────────────────┼────────────┼───────┼──────┤\n"
             "   │ Tổng số đảng viên│     30     │   3   │  33  │\n"
             "   │ Miễn sinh hoạt   │      5     │   0   │   5  │\n"
             "   │ Có mặt           │     23     │   3   │  26  │\n"
             "   │ Vắng có lý do    │      2     │   0   │   2  │\n"
             "   │ Vắng không lý do │      0     │   0   │   0  │\n"
             "   └──────────────────┴────────────┴───────┴──────┘\n")
    a = analyze(HEAD + table + TAIL).meeting.attendance
    assert summary(a)[:6] == (33, 5, 26, 2, 2, 0)


def test_group_rows_summed_in_a_cong_toan_chi_bo_row() -> None:
    table = ("    Tổ đảng          Tổng số   Miễn SH   Có mặt   Vắng CLD   Vắng KLD\n"
             "    ---------------------------------------------------------------\n"
             "    Tổ 1 - Xóm Trên       12         1       10          1          0\n"
             "    Tổ 2 - Xóm Dưới       11         0       10          0          1\n"
             "    ---------------------------------------------------------------\n"
             "    Cộng toàn chi bộ      23         1       20          1          1\n")
    a = read_meeting(normalize(HEAD + table + TAIL).text).attendance
    assert summary(a)[:6] == (23, 1, 20, 2, 1, 1)


def test_absence_sentence_ends_where_the_paragraph_moves_on() -> None:
    text = ("Tổng số đảng viên 26 đồng chí, có mặt 24 đồng chí, vắng 2 đồng chí. Trước khi vào nội dung, chi bộ dành "
            "một phút tưởng nhớ đồng chí Tổng Bí thư Nguyễn Phú Trọng. Đồng chí Lò Văn Sương nêu lý do buổi họp.\n")
    a = read_meeting(normalize(HEAD + text + TAIL).text).attendance
    assert (a.absent, a.absent_with_reason, a.absentees) == (2, None, ())


def test_member_table_with_a_tinh_hinh_du_column() -> None:
    rows = [("TT", "Họ và tên", "Chức vụ", "Tình hình dự"), ("1", "Kiều Văn Tám", "Bí thư", "x"),
            ("2", "Lạc Thị Hiền", "Đảng viên", "x"), ("3", "Quan Văn Dũng", "Đảng viên", "Miễn SH (sức yếu)"),
            ("4", "Ninh Thị Xoan", "Đảng viên", "Vắng có lý do (đi học)"), ("5", "Mạc Văn Khôi", "Đảng viên", "x"),
            ("6", "Ông Văn Tư", "Đảng viên", "Vắng không lý do"), ("7", "Tô Thị Hoa", "Đảng viên", "x")]
    table = "\n".join("\t".join(r) for r in rows) + "\n"
    a = read_meeting(normalize(HEAD + table + TAIL).text).attendance
    assert summary(a) == (7, 1, 4, 2, 1, 1, ("Ninh Thị Xoan", "Ông Văn Tư"))


def test_roll_status_codes_of_its_legend() -> None:
    rows = [("STT", "Họ và tên", "Tình hình", "Ghi chú"), ("1", "Kiều Văn Tám", "CM", "Bí thư"),
            ("2", "Lạc Thị Hiền", "CM", ""), ("3", "Quan Văn Dũng", "MSH", "Sức yếu"),
            ("4", "Ninh Thị Xoan", "CLD", "Đi học"), ("5", "Mạc Văn Khôi", "CM", ""), ("6", "Ông Văn Tư", "KLD", ""),
            ("7", "Tô Thị Hoa", "CM", "")]
    table = ("Danh sách (CM: có mặt; CLD: vắng có lý do; KLD: vắng không lý do; MSH: miễn sinh hoạt)\n"
             + "\n".join("\t".join(r) for r in rows) + "\n")
    a = read_meeting(normalize(HEAD + table + TAIL).text).attendance
    assert summary(a) == (7, 1, 4, 2, 1, 1, ("Ninh Thị Xoan", "Ông Văn Tư"))


def test_table_of_the_exempt_and_the_absent_keeps_the_written_counts() -> None:
    text = ("Tổng số đảng viên: 20 đồng chí; miễn sinh hoạt: 2 đồng chí; có mặt: 16 đồng chí; vắng: 2 đồng chí.\n"
            "| STT | Họ và tên      | Tình hình      | Lý do     |\n"
            "|-----|----------------|----------------|-----------|\n"
            "| 1   | Quan Văn Dũng  | Miễn sinh hoạt | Sức yếu   |\n"
            "| 2   | Lý Thị Ngà     | Miễn sinh hoạt | Tuổi cao  |\n"
            "| 3   | Ninh Thị Xoan  | Vắng có lý do  | Đi học    |\n"
            "| 4   | Ông Văn Tư     | Vắng có lý do  | Ốm        |\n")
    a = read_meeting(normalize(HEAD + text + TAIL).text).attendance
    assert summary(a) == (20, 2, 16, 2, 2, 0, ("Ninh Thị Xoan", "Ông Văn Tư"))


def test_the_count_unit_at_a_line_end_is_no_cue_of_the_next_lines_label() -> None:
    text = "Tổng số 12 đ/c; có mặt 11 đ/c; vắng 01 đ/c\nVắng có lý do: đ/c Ninh Thị Xoan (đi học).\n"
    a = read_meeting(normalize(HEAD + text + TAIL).text).attendance
    assert a.absentees == ("Ninh Thị Xoan",)


@pytest.mark.parametrize(
    "roll",
    [
        # two members a line, "x" for present, a dash and the reason for the absent
        " 1. Kha Văn Sự         x          5. Lục Thị Vân        x\n"
        " 2. Quan Văn Dũng      x          6. Ninh Thị Xoan      - đi học\n"
        " 3. Mạc Văn Khôi       x          7. Tô Thị Hoa         x\n"
        " 4. Ông Văn Tư         - ốm       8. Hà Văn Lượng       x\n",
        # row numbers without a dot, "có" and "v (…)"
        " 1  Kha Văn Sự         có        5  Lục Thị Vân        có\n"
        " 2  Quan Văn Dũng      có        6  Ninh Thị Xoan      v (đi học)\n"
        " 3  Mạc Văn Khôi       có        7  Tô Thị Hoa         có\n"
        " 4  Ông Văn Tư         v (ốm)    8  Hà Văn Lượng       có\n",
        # ticks before the names, the unticked with their note in brackets
        "  √ Kha Văn Sự                     √ Lục Thị Vân\n"
        "  √ Quan Văn Dũng                    Ninh Thị Xoan (vắng, đi học)\n"
        "  √ Mạc Văn Khôi                   √ Tô Thị Hoa\n"
        "    Ông Văn Tư (vắng, ốm)          √ Hà Văn Lượng\n",
    ],
    ids=["x-and-dash", "co-and-v", "leading-ticks"],
)
def test_absentees_of_a_roll_marked_in_two_columns(roll: str) -> None:
    text = "Tổng số 8 đ/c; có mặt 6 đ/c; vắng 2 đ/c, đều có lý do.\n\nĐiểm danh:\n" + roll
    a = read_meeting(normalize(HEAD + text + TAIL).text).attendance
    assert (a.present, a.absent, sorted(a.absentees)) == (6, 2, ["Ninh Thị Xoan", "Ông Văn Tư"])


def test_a_roll_mark_with_a_note_is_still_present() -> None:
    roll = "".join(f"{i}. {n} ........ {m}\n" for i, (n, m) in enumerate(
        [("Kha Văn Sự", "có"), ("Quan Văn Dũng", "có (đến muộn 10')"), ("Mạc Văn Khôi", "v"),
         ("Ông Văn Tư", "có"), ("Lục Thị Vân", "có")], 1))
    text = "Tổng số 5 đ/c; có mặt 4 đ/c; vắng 1 đ/c có lý do.\nĐiểm danh:\n" + roll
    a = read_meeting(normalize(HEAD + text + TAIL).text).attendance
    assert a.absentees == ("Mạc Văn Khôi",)


def test_a_roll_with_boxes_ticked_under_present_or_absent() -> None:
    # empty boxes mark nothing; the table's bars stay when the form's options are read
    text = HEAD + (
        "| TT | Họ và tên        | Có mặt | Vắng | Lý do            |\n"
        "|----|------------------|--------|------|------------------|\n"
        "| 1  | Lò Văn Sương     |   ☑    |  ☐   |                  |\n"
        "| 2  | Cầm Thị Phong    |   ☐    |  ☐   | Miễn sinh hoạt   |\n"
        "| 3  | Quàng Văn Ín     |   ☑    |  ☐   |                  |\n"
        "| 4  | Tòng Thị Nhung   |   ☐    |  ☑   | Đi viện tỉnh     |\n"
        "| 5  | Lường Văn Chiến  |   ☑    |  ☐   |                  |\n"
        "Hình thức: ☑ Thường kỳ   ☐ Chuyên đề\n") + TAIL
    a = read_meeting(normalize(text).text).attendance
    assert (a.exempt, a.present, a.absent, a.absent_with_reason, a.absentees) == (1, 3, 1, 1, ("Tòng Thị Nhung",))


def test_a_roll_typed_with_spaces_its_marks_in_the_middle_of_their_columns() -> None:
    roll = (" TT   Họ và tên                 Có mặt    Vắng     Ghi chú\n"
            "  1   Hà Văn Thủy                 x\n"
            "  2   Lương Thị Nga                         x      đi học lớp trung cấp\n"
            "  3   Vi Văn Quyết                x\n"
            "  4   Nông Thị Hằng               x\n")
    assert _table_rows(roll, len(roll)) == [("Hà Văn Thủy", "present"), ("Lương Thị Nga", "with"),
                                            ("Vi Văn Quyết", "present"), ("Nông Thị Hằng", "present")]


@pytest.mark.parametrize("line", ["5/ Quân số ĐV: 12/12, vắng: 0", "3. Quân số: 12/12 đồng chí", "- ĐV: 12/12"])
def test_a_terse_headcount_after_a_number_or_a_bullet(line: str) -> None:
    a = read_meeting(normalize(HEAD + line + "\n" + TAIL).text).attendance
    assert (a.total, a.present) == (12, 12)


def test_the_count_at_the_start_gives_way_to_the_total_after_late_arrivals() -> None:
    text = HEAD + ("Chi bộ có 16 đảng viên, không ai được miễn.\nLúc khai mạc có mặt 12 đ/c. Đ/c Hùng và đ/c Mai "
                   "đến muộn 20 phút do trực ca. Tổng số có mặt: 14/16 đ/c.\nVắng 02 đ/c có lý do.\n") + TAIL
    a = read_meeting(normalize(text).text).attendance
    assert (a.total, a.present, a.absent) == (16, 14, 2)
    alone = HEAD + "Chi bộ có 16 đảng viên.\nĐầu giờ có mặt 14 đ/c.\nVắng 02 đ/c có lý do.\n" + TAIL
    assert read_meeting(normalize(alone).text).attendance.present == 14
