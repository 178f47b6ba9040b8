"""Spreadsheets of one meeting saved as text (CSV, semicolon CSV, TSV, a printed grid) read as their fields."""

from __future__ import annotations

import json

import pytest

from nlp.analyze import analyze
from nlp.normalize import normalize
from nlp.sheets import unsheet

_HEADER = ["Chi bộ", "Đảng bộ", "Ngày sinh hoạt", "Bắt đầu", "Kết thúc", "Địa điểm", "Chủ trì", "Thư ký",
           "Tổng số đảng viên", "Có mặt", "Vắng", "Vắng (họ tên, lý do)", "Khai mạc", "Thời sự", "Kết quả tháng trước",
           "Phương hướng tháng tới", "Ý kiến thảo luận", "Kết luận", "Biểu quyết", "Kết thúc buổi họp"]
_ROW = ["Chi bộ thôn Khe Ván", "Đảng bộ xã Tân Lập", "09/10/2021", "19:30", "21:30", "Nhà văn hóa thôn Khe Ván",
        "Hoàng Văn Sử (Bí thư)", "Đinh Thị Nguyệt", "16", "15", "1", "Triệu Văn Dào - đi rừng, có báo",
        "Đồng chí Bí thư tuyên bố lý do, thông qua chương trình; chi bộ nhất trí.",
        "Bão số 7 gây mưa lớn; huyện tổ chức hội nghị văn hóa các dân tộc.",
        "Tháng 9 thôn thu hoạch xong lúa mùa; làm 300 m đường bê tông.",
        "Trồng 5 ha quế; vận động 2 hộ làm chuồng trại xa nhà.",
        "Đ/c Lý Văn Pao đề nghị hỗ trợ giống quế; đ/c Đặng Thị Liên đề nghị sửa lại máng nước.",
        "Đ/c Sử kết luận: chi bộ hoàn thành nhiệm vụ tháng 9, thống nhất phương hướng tháng 10.",
        "15/15 đồng chí có mặt tán thành", "21 giờ 30 phút; thư ký đọc lại biên bản, chi bộ thông qua."]


def _delimited(delimiter: str, quote_all: bool = False) -> str:
    def cell(c: str) -> str:
        return f'"{c}"' if quote_all or delimiter in c or "," in c and delimiter == "," else c

    return "\n".join(delimiter.join(cell(c) for c in row) for row in (_HEADER, _ROW)) + "\n"


@pytest.mark.parametrize("delimiter", ["\t", ";", ","], ids=["tsv", "semicolon", "comma"])
def test_one_meeting_per_row_reads_as_its_fields(delimiter: str) -> None:
    r = analyze(_delimited(delimiter))
    m = r.meeting
    assert r.is_minutes
    assert (m.organization, m.parent, m.date, m.start_time, m.end_time) == (
        "Chi bộ thôn Khe Ván", "Đảng bộ xã Tân Lập", "2021-10-09", "19:30", "21:30")
    assert (m.place, m.chair, m.secretary) == ("Nhà văn hóa thôn Khe Ván", "Hoàng Văn Sử", "Đinh Thị Nguyệt")
    a = m.attendance
    assert (a.total, a.present, a.absent, a.absent_with_reason, a.absentees) == (16, 15, 1, 1, ("Triệu Văn Dào",))
    assert {s.kind for s in r.sections} >= {"opening", "news", "review", "plan", "discussion", "conclusion", "vote"}


def test_a_database_export_with_ascii_column_names() -> None:
    text = ("ma;chi_bo;ngay_hop;gio_bat_dau;gio_ket_thuc;dia_diem;chu_tri;thu_ky\r\n"
            "CB07;Chi bộ Khu phố 4;18/03/2024;19:00;21:00;Nhà văn hóa khu phố 4;Vương Thị Hạnh;Lạc Văn Toàn\r\n")
    lines = normalize(text).text.splitlines()
    assert "gio bat dau: 19:00" in lines and "chu tri: Vương Thị Hạnh" in lines


def test_one_field_per_row_with_titles_above() -> None:
    text = ("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 3/2022;;;\n"
            "CHI BỘ TỔ 5 - ĐẢNG BỘ PHƯỜNG HÒA HIỆP;;;\n;;;\n"
            "TT;Nội dung;Ghi nhận;Ghi chú\n"
            "1;Ngày họp;14/03/2022;\n2;Địa điểm;Hội trường tổ 5;\n3;Chủ trì;Phan Văn Lộc;Bí thư\n"
            '4;Thư ký;Mai Thị Xuyến;\n5;Có mặt;19;\n6;Vắng;1;"đ/c Lê Văn Sáu (ốm)"\n'
            "7;Kết thúc;20h45;\n8;Chủ trì ký;Phan Văn Lộc;(đã ký)\n")
    out = normalize(text).text
    assert out.startswith("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 3/2022\nCHI BỘ TỔ 5 - ĐẢNG BỘ PHƯỜNG HÒA HIỆP\n\n")
    assert "Chủ trì: Phan Văn Lộc (Bí thư)" in out and "Chủ trì ký: Phan Văn Lộc (đã ký)" in out


def test_a_printed_grid_with_row_numbers_loses_its_gutter() -> None:
    rows = ["CHI BỘ ẤP 2 | ĐẢNG CỘNG SẢN VIỆT NAM", "", "BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 6/2019",
            "Thời gian | 8 giờ 00, ngày 16/6/2019", "Địa điểm | Trụ sở ấp 2", "Chủ trì | Đ/c Thạch Sóc",
            "Thư ký | Đ/c Lâm Thị Sa Rết", "Có mặt | 18", "", "THƯ KÝ | CHỦ TRÌ", "Lâm Thị Sa Rết | Thạch Sóc"]
    grid = "    |  A      |  B\n----+---------+-------\n" + "\n".join(
        f"{i:>3} | {r.replace(' | ', '  | ')}" for i, r in enumerate(rows, 1))
    out = unsheet(grid)
    assert "Địa điểm: Trụ sở ấp 2" in out and "Có mặt: 18" in out
    assert "THƯ KÝ" in out and "Địa điểm |" not in out and "----" not in out
    assert "Lâm Thị Sa Rết:" not in out  # names side by side stay columns


@pytest.mark.parametrize(
    "text",
    [
        # prose with commas, a plain record, a register of many meetings
        "Chi bộ họp, bàn việc đường, điện, trường, trạm, chợ, nước sạch.\n"
        "Kết thúc 21 giờ, cùng ngày, tại nhà văn hóa.\n",
        "BIÊN BẢN SINH HOẠT CHI BỘ\nThời gian: 19h30\nĐịa điểm: nhà văn hóa; có mặt 20; vắng 1; miễn 2; dự 1\n",
        "Chi bộ;Tháng;Có mặt;Vắng;Thời lượng;Xếp loại\nẤp 1;7;20;1;100;Tốt\nẤp 2;7;18;2;95;Khá\nẤp 3;7;25;0;120;Tốt\n",
    ],
    ids=["prose", "record", "register"],
)
def test_other_text_is_left_as_it_is(text: str) -> None:
    assert unsheet(text) == text


def test_reading_a_sheet_twice_changes_nothing() -> None:
    once = normalize(_delimited(";", quote_all=True)).text
    assert normalize(once).text == once


def test_a_sheet_laid_out_as_blocks_of_names_over_values() -> None:
    text = ("BIÊN BẢN SINH HOẠT CHI BỘ,,,\nCHI BỘ TỔ SẢN XUẤT 3,,,\n,,,\nNgày,Bắt đầu,Kết thúc,Địa điểm\n"
            "14/3/2023,14h00,16h10,Phòng họp tổ 3\nChủ trì,Thư ký,,\n\"Lò Văn Pản (Bí thư)\",Vi Thị Nga,,\n"
            "Tổng số đảng viên,Có mặt,Vắng có lý do,Vắng không lý do\n12,11,1,0\nHọ tên đảng viên vắng,Lý do,,\n"
            "Lường Văn Piếng,Đi ca đêm,,\nSTT,Nội dung,Người thực hiện,Ghi chép\n"
            "1,Thông tin thời sự,Vi Thị Nga,\"Giá than xuất khẩu giảm mạnh trong quý I, công ty giãn ca sản xuất ở hai "
            "phân xưởng.\"\n2,Thảo luận,Đảng viên,\"Đ/c Lò Văn Ánh đề nghị bổ sung găng cách điện cho tổ điện trước "
            "mùa mưa.\"\n,,,\nTHƯ KÝ,,CHỦ TRÌ,\nVi Thị Nga,,Lò Văn Pản,\n")
    r = analyze(text)
    m = r.meeting
    assert (m.date, m.start_time, m.end_time, m.chair, m.secretary) == ("2023-03-14", "14:00", "16:10", "Lò Văn Pản",
                                                                        "Vi Thị Nga")
    a = m.attendance
    assert (a.total, a.present, a.absent, a.absentees) == (12, 11, 1, ("Lường Văn Piếng",))
    assert [s.kind for s in r.sections][:2] == ["news", "discussion"]
    assert (m.signatures.chair, m.signatures.secretary) == (True, True)


def test_a_field_per_row_sheet_with_a_group_column_and_headers_in_two_cells() -> None:
    text = ("ĐẢNG BỘ XÃ NA SẦM;;ĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ THÔN PÒ MÀ;;\"Na Sầm, ngày 05 tháng 6 năm 2024\"\n"
            "Nhóm;Trường thông tin;Giá trị\nChung;Ngày sinh hoạt;05/6/2024\nChung;Giờ bắt đầu;19 giờ 30\n"
            "Chung;Địa điểm;Nhà văn hóa thôn Pò Mà\nThành phần;Chủ trì;Đ/c Hoàng Văn Slằn - Bí thư\n"
            "Thành phần;Thư ký;Đ/c Nông Thị Mến\nThành phần;Tổng số đảng viên;18\nThành phần;Có mặt;17\n;;\n"
            "THƯ KÝ;;CHỦ TRÌ\nNông Thị Mến;;Hoàng Văn Slằn\n")
    m = analyze(text).meeting
    assert (m.date, m.start_time, m.place, m.chair, m.secretary) == ("2024-06-05", "19:30", "Nhà văn hóa thôn Pò Mà",
                                                                     "Hoàng Văn Slằn", "Nông Thị Mến")
    assert (m.attendance.total, m.attendance.present) == (18, 17)
    assert (m.signatures.chair, m.signatures.secretary) == (True, True)


def test_a_tab_separated_row_whose_cell_opens_with_a_quotation() -> None:
    header = "\t".join(_HEADER[:8] + ["Chuyên đề"])
    row = "\t".join(_ROW[:8] + ['"Đảng viên gương mẫu giữ rừng" - đ/c Lý Văn Pao trình bày'])
    assert "Chủ trì: Hoàng Văn Sử (Bí thư)" in unsheet(header + "\n" + row + "\n")


def test_a_summary_sheet_of_fields_with_no_column_names() -> None:
    text = (",BIÊN BẢN SINH HOẠT CHI BỘ - TRANG TỔNG HỢP THÁNG 5/2022,,,\n"
            "ĐẢNG BỘ XÃ TÂN PHÚ,,,ĐẢNG CỘNG SẢN VIỆT NAM,\nCHI BỘ ẤP 3,,,\"Tân Phú, ngày 12 tháng 5 năm 2022\",\n"
            "Ngày,12/5/2022,,Tổng số đảng viên,21\nGiờ bắt đầu,19:00,,Có mặt,20\n"
            "Địa điểm,Nhà văn hóa ấp 3,,Vắng có lý do,1 (Lê Văn Bé - đi biển)\nChủ trì:,Trần Văn Út - Bí thư,,,\n"
            "Thư ký:,Ngô Thị Lài,,,\nGiờ kết thúc,21:00,,,\nBiểu quyết,20/20 tán thành,,,\n")
    m = analyze(text).meeting
    assert (m.organization, m.parent, m.date, m.start_time, m.place) == ("Chi bộ ấp 3", "Đảng bộ xã Tân Phú",
                                                                         "2022-05-12", "19:00", "Nhà văn hóa ấp 3")
    assert (m.chair, m.secretary, m.attendance.total, m.attendance.present) == ("Trần Văn Út", "Ngô Thị Lài", 21, 20)


def test_a_forms_title_line_over_its_question_and_answer_export() -> None:
    text = ("Biểu mẫu: BIÊN BẢN SINH HOẠT CHI BỘ - Bản xuất câu trả lời (1 phản hồi)\n\"Câu hỏi\",\"Câu trả lời\"\n"
            "\"Tên chi bộ\",\"Chi bộ Trường THCS Lê Lợi\"\n\"Ngày sinh hoạt\",\"09/10/2023\"\n"
            "\"Thời gian bắt đầu\",\"14:00\"\n\"Địa điểm\",\"Phòng họp tầng 2\"\n\"Chủ trì\",\"Lê Văn Hòa - Bí thư\"\n"
            "\"Thư ký\",\"Đặng Thị Mai\"\n\"Tổng số đảng viên\",\"18\"\n\"Số có mặt\",\"18\"\n")
    m = analyze(text).meeting
    assert (m.date, m.start_time, m.chair, m.secretary) == ("2023-10-09", "14:00", "Lê Văn Hòa", "Đặng Thị Mai")


def test_a_quoted_dateline_a_spacer_column_and_the_agenda_under_the_fields() -> None:
    sheet = "\n".join([
        'ĐẢNG BỘ XÃ TAM HIỆP;;;ĐẢNG CỘNG SẢN VIỆT NAM',
        'CHI BỘ THÔN BẾN ĐÒ;;;"Tam Hiệp, ngày 14 tháng 3 năm 2024"',
        ";;;",
        "BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 3/2024;;;",
        "Thông tin;Giá trị;;Ghi chú",
        "Giờ bắt đầu;19 giờ 00;;",
        "Giờ kết thúc;21 giờ 00;;",
        "Địa điểm;Nhà văn hóa thôn Bến Đò;;",
        "Chủ trì;Lương Văn Kiên;;Bí thư",
        "Thư ký;Mai Thị Huệ;;",
        "Tổng số đảng viên;18;;",
        "Có mặt;18;;",
        ";;;",
        "STT;Nội dung;Người trình bày;Tóm tắt",
        "1;Tuyên bố lý do;Lương Văn Kiên;Chi bộ nhất trí chương trình.",
        "2;Thông tin thời sự;Mai Thị Huệ;Giá lúa tăng, huyện mở đường mới.",
        "3;Kết luận;Lương Văn Kiên;Chi bộ làm tốt việc tháng 2.",
        ";;;",
        "THƯ KÝ;;;CHỦ TRÌ",
        "Mai Thị Huệ;;;Lương Văn Kiên",
    ]) + "\n"
    text = unsheet(sheet)
    assert "Thông tin thời sự: Giá lúa tăng, huyện mở đường mới. (Mai Thị Huệ)" in text
    r = analyze(sheet)
    assert (r.meeting.organization, r.meeting.place, r.meeting.chair) == (
        "Chi bộ thôn Bến Đò", "Nhà văn hóa thôn Bến Đò", "Lương Văn Kiên")
    assert [s.kind for s in r.sections][:3] == ["opening", "news", "conclusion"]


def test_two_tables_in_one_sheet_with_empty_columns_to_the_right() -> None:
    sheet = "\n".join([
        '"ĐẢNG BỘ XÃ ĐẠI LÀO",,,"ĐẢNG CỘNG SẢN VIỆT NAM"',
        '"CHI BỘ THÔN 7",,,"Đại Lào, ngày 09 tháng 4 năm 2024"',
        ",,,",
        '"BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 4/2024",,,',
        '"BẢNG 1. THÔNG TIN CHUNG",,,',
        '"Nội dung","Chi tiết",,',
        '"Địa điểm","Nhà văn hóa thôn 7",,',
        '"Chủ trì","Đ/c K\'Bình - Bí thư",,',
        '"Thư ký","Đ/c Ka Thị Hương",,',
        '"Tổng số đảng viên","15",,',
        '"Có mặt","15",,',
        ",,,",
        '"STT","Nội dung","Người thực hiện","Ghi chú"',
        '"1","Nêu lý do, thông qua chương trình","K\'Bình",""',
        '"2","Thông tin thời sự: giá cà phê tăng mạnh, xã làm đường liên thôn mới","Ka Thị Hương",""',
    ]) + "\n"
    r = analyze(sheet)
    assert (r.meeting.place, r.meeting.attendance.present) == ("Nhà văn hóa thôn 7", 15)
    assert [s.kind for s in r.sections][:2] == ["opening", "news"]


def test_a_mark_in_the_mottos_column_above_the_title() -> None:
    sheet = "\n".join([
        "ĐẢNG BỘ PHƯỜNG AN LẠC,,,ĐẢNG CỘNG SẢN VIỆT NAM",
        "CHI BỘ KHU PHỐ 2,,,",
        '*,,,"An Lạc, ngày 08 tháng 9 năm 2022"',
        "BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 9/2022,,,",
        "Mục,Nội dung,Ghi chú,",
        "Thời gian,19 giờ ngày 08/9/2022,,",
        "Địa điểm,Văn phòng khu phố 2,,",
        "Chủ trì,đ/c Lâm Văn Tới,Bí thư,",
        "Thư ký,đ/c Trịnh Thị Lan,,",
        "Tổng số đảng viên,17,,",
        "Có mặt,17,,",
        "Vắng,0,,",
        "STT,NỘI DUNG,DIỄN BIẾN,",
        '1,Mở đầu,"Đ/c Tới tuyên bố lý do, chi bộ thông qua chương trình.",',
        '2,Thời sự,"Giá xăng giảm, thành phố mở thêm tuyến xe buýt.",',
        '3,Kết quả tháng 8,"Khu phố vận động 40 hộ đóng quỹ, còn 3 hộ chưa nộp.",',
        '4,Nhiệm vụ tháng 10,"Tổng vệ sinh hẻm 12, thu quỹ khuyến học.",',
        '5,Thảo luận,"Đ/c Lan đề nghị gắn đèn hẻm 12.",',
        '6,Kết luận,"Đ/c Tới kết luận, chi bộ nhất trí.",',
        '7,Biểu quyết,"17/17 tán thành.",',
    ]) + "\n"
    r = analyze(sheet)
    m = r.meeting
    assert (m.organization, m.place, m.chair, m.attendance.present) == (
        "Chi bộ khu phố 2", "Văn phòng khu phố 2", "Lâm Văn Tới", 17)
    assert [s.kind for s in r.sections][:3] == ["opening", "news", "review"]


def test_a_semicolon_sheet_whose_values_keep_their_semicolons_unquoted() -> None:
    sheet = "\n".join([
        "ĐẢNG BỘ XÃ PHÚ THUẬN;;;ĐẢNG CỘNG SẢN VIỆT NAM",
        "CHI BỘ ẤP BÌNH AN;;;Phú Thuận, ngày 11 tháng 7 năm 2023",
        "BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 7/2023;;;",
        "Thời gian;19h00 ngày 11/7/2023;;",
        "Địa điểm;Nhà văn hóa ấp Bình An;;",
        "Chủ trì;Đ/c Tăng Văn Lộc;Bí thư chi bộ;",
        "Thư ký;Đ/c Hà Thị Mơ;;",
        "Tổng số đảng viên;14;;",
        "Có mặt;13;;",
        "Vắng;1;đi làm xa;",
        "1. Mở đầu;Đ/c Lộc tuyên bố lý do; chi bộ thông qua chương trình.;;",
        "2. Thời sự;Mưa lớn làm sạt lở bờ kênh; giá lúa giảm; xã khánh thành cầu mới.;;",
        "3. Kết luận;Đ/c Lộc kết luận; giao tổ đảng vận động gia cố bờ kênh.;;",
        "THƯ KÝ;;;CHỦ TRÌ",
        "Hà Thị Mơ;;;Tăng Văn Lộc",
    ]) + "\n"
    text = unsheet(sheet)
    assert "2. Thời sự: Mưa lớn làm sạt lở bờ kênh; giá lúa giảm; xã khánh thành cầu mới." in text
    r = analyze(sheet)
    assert (r.meeting.place, r.meeting.secretary, r.meeting.attendance.present) == ("Nhà văn hóa ấp Bình An",
                                                                                    "Hà Thị Mơ", 13)
    assert [s.kind for s in r.sections][:3] == ["opening", "news", "conclusion"]


def test_a_sheet_copied_as_padded_text_with_bars_between_its_columns() -> None:
    sheet = "\n".join([
        "ĐẢNG BỘ CÔNG TY MAY HÒA BÌNH |          |ĐẢNG CỘNG SẢN VIỆT NAM",
        "CHI BỘ XƯỞNG CẮT             |          |",
        "BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 3/2024|    |",
        "Hạng mục          |Giá trị                 |Ghi chú",
        "Thời gian         |14h00 ngày 20/3/2024    |",
        "Địa điểm          |Nhà ăn ca xưởng Cắt     |",
        "Chủ trì           |Đ/c Mai Văn Dũng        |Bí thư",
        "Thư ký            |Đ/c Lưu Thị Nga         |",
        "Tổng số đảng viên |12                      |",
        "Có mặt            |11                      |",
        "Vắng              |1                       |có lý do",
        "Họ tên vắng       |Phùng Văn Khôi          |nghỉ phép",
    ]) + "\n"
    m = analyze(sheet).meeting
    assert (m.place, m.chair, m.attendance.present, m.attendance.absentees) == (
        "Nhà ăn ca xưởng Cắt", "Mai Văn Dũng", 11, ("Phùng Văn Khôi",))


def test_a_sheets_times_with_seconds_but_not_a_forms_stamp() -> None:
    m = analyze("\n".join([
        '"Dấu thời gian","Tên chi bộ","Ngày họp","Giờ bắt đầu","Giờ kết thúc","Địa điểm","Chủ trì","Thư ký"',
        '"2023/05/09 9:12:47 CH","Chi bộ Tổ dân phố 3","09/05/2023","19:30:00","21:15:00","Nhà văn hóa tổ 3",'
        '"Đỗ Văn Sang","Lý Thị Hạnh"',
    ]) + "\n").meeting
    assert (m.date, m.start_time, m.end_time) == ("2023-05-09", "19:30", "21:15")


def test_a_sheet_of_several_tables_none_heading_it_all() -> None:
    sheet = "\ufeff" + "\r\n".join([
        "ĐẢNG BỘ XÃ QUỲNH LẬP,,,ĐẢNG CỘNG SẢN VIỆT NAM,",
        "CHI BỘ THÔN 4,,,,",
        '*,,,"Quỳnh Lập, ngày 15 tháng 5 năm 2019",',
        "BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 5 NĂM 2019,,,,",
        'Thời gian bắt đầu:,"19 giờ, ngày 15/5/2019",,,',
        "Địa điểm:,Hội trường thôn 4,,,",
        'Chủ trì:,"đ/c Hồ Văn Lĩnh, Bí thư chi bộ",,,',
        "Thư ký:,đ/c Phan Thị Nga,,,",
        "Nội dung,Chính thức,Dự bị,Cộng,Ghi chú",
        "Tổng số đảng viên,30,2,32,",
        "Miễn sinh hoạt,5,0,5,Tuổi cao",
        "Có mặt,24,2,26,",
        "Vắng có lý do,1,0,1,đ/c Hồ Văn Tám (đi biển)",
        ",,,,",
        "TT,NỘI DUNG SINH HOẠT,,,",
        "1,Thông tin thời sự,,,",
        ',"Đ/c Lĩnh thông tin: giá cá giảm, xã sửa cảng cá.",,,',
        "2,Ý kiến thảo luận,,,",
        ',"- Đ/c Phan Văn Hải: đề nghị nạo vét luồng lạch.",,,',
        "3,Phương hướng tháng 6,,,",
        ',"Nạo vét luồng lạch, thu quỹ khuyến học.",,,',
        "4,Kết luận,,,",
        ',"Đ/c Lĩnh kết luận: chi bộ nhất trí các nhiệm vụ tháng 6.",,,',
        "5,Biểu quyết,,,",
        ',"26/26 đồng chí tán thành.",,,',
        "6,Kết thúc,,,",
        ',"Buổi sinh hoạt kết thúc lúc 21 giờ cùng ngày.",,,',
    ]) + "\r\n"
    r = analyze(sheet)
    a = r.meeting.attendance
    assert (r.meeting.chair, r.meeting.place, a.total, a.exempt, a.present, a.absentees) == (
        "Hồ Văn Lĩnh", "Hội trường thôn 4", 32, 5, 26, ("Hồ Văn Tám",))
    assert [s.kind for s in r.sections] == ["news", "discussion", "plan", "conclusion", "vote", "closing"]


def test_a_counts_table_by_group_reads_the_cells_totals() -> None:
    sheet = "\n".join([
        "CHI BỘ XÍ NGHIỆP MAY 2,,,,",
        "BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 4/2023,,,,",
        "Thời gian:,14h00 ngày 20/4/2023,,,",
        "Chủ trì:,đ/c Lưu Văn Phong,,,",
        "Thư ký:,đ/c Kiều Thị Hạnh,,,",
        ",,,,",
        "Tổ,Tổng số đảng viên,Có mặt,Vắng có lý do,Vắng không lý do",
        "Tổ cắt,6,5,1,0",
        "Tổ may 1,9,9,0,0",
        "Tổ hoàn thiện,5,4,0,1",
        "Cộng,20,18,1,1",
        ",,,,",
        "Vắng có lý do: đ/c Tào Văn Mẫn (nghỉ phép),,,,",
    ])
    a = analyze(sheet).meeting.attendance
    assert (a.total, a.present, a.absent, a.absent_with_reason, a.absent_without_reason) == (20, 18, 2, 1, 1)
    # without the total row the groups are added up
    a = analyze(sheet.replace("\nCộng,20,18,1,1", "")).meeting.attendance
    assert (a.total, a.present, a.absent) == (20, 18, 2)


def test_a_form_response_sheet_whose_columns_are_questions() -> None:
    sheet = ('Timestamp,Chi bộ của đồng chí là?,Chi bộ trực thuộc Đảng bộ nào?,Ngày sinh hoạt?,Bắt đầu lúc mấy giờ?,'
             'Kết thúc lúc mấy giờ?,Họp ở đâu?,Ai chủ trì?,Ai làm thư ký?,Chi bộ có tổng số bao nhiêu đảng viên?,'
             'Bao nhiêu đảng viên có mặt?,"Bao nhiêu đảng viên vắng? Ghi rõ họ tên, lý do",Chủ trì kết luận thế nào?,'
             '"Biên bản đã thông qua, có đủ chữ ký chủ trì và thư ký chưa?"\n'
             '3/14/2024 22:10:05,Chi bộ Tổ dân phố 8,Đảng bộ phường Hòa Khánh,3/14/2024,7:30:00 PM,9:15:00 PM,'
             'Nhà văn hóa tổ 8,Lê Thị Mai - Bí thư,Phạm Văn Đức,22,21,"1 đồng chí: Võ Văn Tám (ốm)",'
             '"Đ/c Mai kết luận: thống nhất nhiệm vụ tháng 4.",'
             '"Thư ký đã đọc lại biên bản. Chủ trì và thư ký đã ký."\n')
    r = analyze(sheet)
    m = r.meeting
    assert r.is_minutes
    assert (m.organization, m.parent, m.date, m.start_time, m.end_time) == (
        "Chi bộ Tổ dân phố 8", "Đảng bộ phường Hòa Khánh", "2024-03-14", "19:30", "21:15")
    assert (m.place, m.chair, m.secretary, m.attendance.total, m.attendance.present, m.attendance.absentees) == (
        "Nhà văn hóa tổ 8", "Lê Thị Mai", "Phạm Văn Đức", 22, 21, ("Võ Văn Tám",))
    assert m.signatures.chair and m.signatures.secretary
    assert "conclusion" in [s.kind for s in r.sections]


def test_a_programme_sheet_with_times_and_speakers() -> None:
    sheet = "\n".join([
        "CHI BỘ PHÒNG KẾ TOÁN,,",
        "BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 3/2024,,",
        '"Thời gian: bắt đầu 15 giờ, ngày 12/3/2024",,',
        "Chủ trì: đ/c Hà Minh Tâm,,",
        ",,",
        "GIỜ,NGƯỜI PHÁT BIỂU,NỘI DUNG",
        '15:00,Hà Minh Tâm,"Tuyên bố lý do, thông qua chương trình; chi bộ thống nhất."',
        '15:10,Đỗ Thị Lan,"Thông tin thời sự: giá vàng tăng, thành phố ra quân trật tự đô thị."',
        '15:20,Đỗ Thị Lan,"Phương hướng tháng 4: quyết toán quý I, rà soát công nợ."',
        "15:30,Trịnh Văn Khoa,Đề nghị phòng sắp xếp lại lịch trực Tết cho công bằng.",
        "15:40,Lý Thị Hằng,Đề nghị chi ủy nhắc nhở đảng viên nộp đảng phí đúng hạn.",
        "16:00,Hà Minh Tâm,Kết luận: thống nhất nhiệm vụ tháng 4; giao đ/c Lan theo dõi.",
        "16:10,Chi bộ,Biểu quyết thông qua nghị quyết tháng 4: 9/9 đồng chí tán thành.",
        "16:30,,Kết thúc buổi sinh hoạt lúc 16 giờ 30 phút.",
    ])
    assert {s.kind for s in analyze(sheet).sections} == {"opening", "news", "plan", "discussion", "conclusion", "vote",
                                                         "closing"}


def test_a_workbooks_sheets_one_after_another_and_a_log_by_the_clock() -> None:
    book = "\n".join([
        "-------- 1 - ThongTin",
        "CHI BỘ THÔN NÀ LẦU,",
        "Tên biên bản,Biên bản sinh hoạt chi bộ thường kỳ tháng 3/2024",
        "Ngày,15/3/2024",
        "Chủ trì,Hoàng Văn Pấu (Bí thư chi bộ)",
        "Thư ký,Lò Thị Lan",
        "Tổng số đảng viên,12",
        "Có mặt,11",
        "Vắng có lý do,1",
        "-------- 2 - DienBien",
        "Giờ,Diễn biến",
        '08:00,"Đ/c Pấu tuyên bố lý do, thông qua chương trình; chi bộ nhất trí."',
        "08:15,Thông tin thời sự: giá chè tăng; xã làm đường bê tông.",
        "09:10,Biểu quyết thông qua nghị quyết tháng 4: 11/11 đồng chí tán thành.",
        "09:40,Thông qua biên bản; kết thúc buổi sinh hoạt.",
        "-------- 3 - BieuQuyet",
        "Nội dung biểu quyết,Tán thành,Không tán thành",
        "Nghị quyết tháng 4,11,0",
    ])
    r = analyze(book)
    m = r.meeting
    assert (m.date, m.start_time, m.end_time, m.chair, m.attendance.total, m.attendance.present) == (
        "2024-03-15", "08:00", "09:40", "Hoàng Văn Pấu", 12, 11)
    assert (m.vote.in_favor, m.vote.against) == (11, 0)
    assert {"opening", "news", "vote", "closing"} <= {s.kind for s in r.sections}


def test_a_one_row_counts_table_and_a_roll_inside_a_sheet() -> None:
    sheet = "\n".join([
        "CHI BỘ THÔN ĐÔNG HƯNG,,,,,,",
        "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 5 NĂM 2019,,,,,,",
        "Thời gian:,19 giờ 30 phút ngày 10/5/2019,,,,,",
        "Chủ trì:,Đ/c Hồ Văn Tùng,,,,,",
        "Tổng số ĐV,Chính thức,Dự bị,Miễn SH,Phải dự,Có mặt,Vắng",
        "19,18,1,2,17,16,1",
        "Vắng có lý do:,1,Đ/c Hồ Thị Liên (đi làm xa),,,,",
        "Vắng không lý do:,0,,,,,",
        ",,,,,,",
        "NỘI DUNG SINH HOẠT,,,,,,",
        "1. Thông tin thời sự,Giá lúa giảm; xã làm đường liên thôn.,,,,,",
        "2. Kết luận,Chi bộ thống nhất nhiệm vụ tháng 6.,,,,,",
    ])
    a = analyze(sheet).meeting.attendance
    assert (a.total, a.exempt, a.expected, a.present, a.absent) == (19, 2, 17, 16, 1)
    roll = "\n".join([
        "CHI BỘ ẤP BẢY,,,,,,",
        "BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ III NĂM 2023,,,,,,",
        "Thời gian: 8 giờ ngày 20/8/2023,,,,,,",
        "Chủ trì: đ/c Tăng Văn Mười,,,,,,",
        "STT,Họ và tên,Tổ đảng,Có mặt,Vắng có lý do,Vắng không lý do,Ghi chú",
        "1,Tăng Văn Mười,1,x,,,",
        "2,Lý Hoàng Sơn,1,x,,,",
        "3,Trần Văn Út,1,,,,Miễn sinh hoạt (86 tuổi)",
        "4,Tô Văn Hai,2,,x,,Đi biển",
        "5,Đặng Văn Thiện,2,x,,,",
        "6,Kha Thị Năm,2,x,,,",
        "7,Lâm Văn Rở,3,x,,,",
        "8,Châu Minh Trí,3,x,,,",
        "Cộng: tổng số 8; miễn sinh hoạt 01; phải dự 7,,,6,1,0,",
        ",,,,,,",
        "NỘI DUNG SINH HOẠT,,,,,,",
        "Đ/c Sơn trình bày chuyên đề về bảo vệ rừng phòng hộ.,,,,,,",
    ])
    a = analyze(roll).meeting.attendance
    assert (a.present, a.absent, a.absent_with_reason, a.absentees) == (6, 1, 1, ("Tô Văn Hai",))


def test_a_forms_one_response_under_a_note_with_a_comma() -> None:
    sheet = ("CHI BỘ TỔ DÂN PHỐ 5 - ĐẢNG BỘ PHƯỜNG QUANG TRUNG\n"
             'Biên bản tháng 9/2022 (tải về từ biểu mẫu trực tuyến, trang "Phản hồi")\n\n'
             "Thời điểm gửi,Tên chi bộ,Đảng bộ,Ngày sinh hoạt,Giờ bắt đầu,Giờ kết thúc,Địa điểm,Chủ trì (họ tên),"
             "Thư ký (họ tên),Tổng số đảng viên,Số có mặt,Số vắng - họ tên và lý do,Kết luận\n"
             "10/09/2022 21:40:11,Chi bộ Tổ dân phố 5,Đảng bộ phường Quang Trung,10/09/2022,19:30:00,21:00:00,"
             "Nhà văn hóa tổ 5,Kiều Văn Nam,Lưu Thị Hằng,18,17,1 - đ/c Tạ Văn Bình (đi công tác),"
             '"Đ/c Nam kết luận: thống nhất nhiệm vụ tháng 10."\n')
    r = analyze(sheet)
    m = r.meeting
    assert (m.date, m.start_time, m.end_time, m.place, m.chair, m.secretary) == (
        "2022-09-10", "19:30", "21:00", "Nhà văn hóa tổ 5", "Kiều Văn Nam", "Lưu Thị Hằng")
    a = m.attendance
    assert (a.total, a.present, a.absent, a.absent_with_reason, a.absentees) == (18, 17, 1, 1, ("Tạ Văn Bình",))
    assert "(tải về từ biểu mẫu trực tuyến, trang" in normalize(sheet).text  # the note keeps its comma


def test_a_tab_separated_response_with_the_signatures_under_it() -> None:
    header = ["Dấu thời gian", "Tên chi bộ", "Ngày sinh hoạt", "Bắt đầu lúc", "Kết thúc lúc", "Địa điểm",
              "Người chủ trì", "Người ghi biên bản", "Tổng số đảng viên", "Số đảng viên có mặt",
              "Vắng có lý do (họ tên, lý do)", "Vắng không lý do (họ tên)", "Khai mạc", "Kết luận"]
    row = ["05/04/2023 06:02:10", "Chi bộ bản Huổi Một", "04/04/2023", "19:00", "21:00", "Nhà văn hóa bản",
           "Lò Văn Chiến (Bí thư)", "Quàng Thị Ban", "16", "13", "Cà Văn Pọm (ốm); Lò Thị Xiêng (đi viện)",
           "Tòng Văn Ỏn", "Đ/c Chiến tuyên bố lý do, chi bộ thông qua chương trình.",
           "Đ/c Chiến kết luận: giao các tổ nhắc 1 đảng viên vắng không lý do."]
    sheet = ("ĐẢNG BỘ XÃ CHIỀNG SƠN\nCHI BỘ BẢN HUỔI MỘT\nTệp tải xuống: \"bien ban (Câu trả lời).tsv\"\n\n"
             + "\t".join(header) + "\n" + "\t".join(row) + "\n\t\t\t\nNGƯỜI GHI BIÊN BẢN\t\t\tCHỦ TRÌ\n"
             "Quàng Thị Ban\t\t\tLò Văn Chiến\n")
    m = analyze(sheet).meeting
    a = m.attendance
    assert (m.date, m.place, m.chair, m.secretary) == ("2023-04-04", "Nhà văn hóa bản", "Lò Văn Chiến", "Quàng Thị Ban")
    assert (a.total, a.present, a.absent, a.absent_with_reason, a.absent_without_reason) == (16, 13, 3, 2, 1)
    assert a.absentees == ("Cà Văn Pọm", "Lò Thị Xiêng", "Tòng Văn Ỏn")
    assert m.signatures.chair and m.signatures.secretary


def test_a_database_row_printed_one_column_a_line() -> None:
    dump = "\n".join([
        "mysql> SELECT * FROM bienban WHERE id = 77\\G",
        "*************************** 1. row ***************************",
        "               id: 77",
        "       ten_chi_bo: Chi bộ Trạm Y tế xã Đông Sơn",
        " dang_bo_cap_tren: Đảng bộ xã Đông Sơn",
        "         ngay_hop: 2024-05-14",
        "      gio_bat_dau: 14:00:00",
        "     gio_ket_thuc: 16:00:00",
        "         dia_diem: Phòng giao ban Trạm Y tế",
        "          chu_tri: Lâm Thị Huế - Bí thư chi bộ",
        "           thu_ky: Đặng Văn Quý",
        "         dai_bieu: NULL",
        "       tong_so_dv: 9",
        "        so_co_mat: 9",
        "          so_vang: 0",
        "        nd_mo_dau: Đồng chí Bí thư tuyên bố lý do, chi bộ thông qua chương trình.",
        "  nd_phuong_huong: Tiêm chủng mở rộng đợt 2; khám sức khỏe người cao tuổi.",
        "      nd_ket_luan: Đồng chí Bí thư kết luận: thống nhất nhiệm vụ tháng 6.",
        "     bq_tan_thanh: 9",
        "      nd_ket_thuc: Thư ký đọc lại biên bản, chi bộ nhất trí. Kết thúc lúc 16 giờ.",
        "       ky_chu_tri: Đã ký (Lâm Thị Huế)",
        "        ky_thu_ky: Đã ký",
        "1 row in set (0.00 sec)",
    ]) + "\n"
    r = analyze(dump)
    m = r.meeting
    assert (m.organization, m.parent, m.date, m.start_time, m.end_time) == (
        "Chi bộ Trạm Y tế xã Đông Sơn", "Đảng bộ xã Đông Sơn", "2024-05-14", "14:00", "16:00")
    assert (m.chair, m.secretary, m.attendance.total, m.attendance.present, m.delegates) == (
        "Lâm Thị Huế", "Đặng Văn Quý", 9, 9, ())
    assert m.signatures.chair and m.signatures.secretary
    assert {"opening", "plan", "conclusion", "closing"} <= {s.kind for s in r.sections}
    assert "NULL" not in normalize(dump).text


def test_a_database_exports_short_words_in_its_column_names() -> None:
    sheet = ("tieu_de;ten_chi_bo;ngay_hop;chu_tri;thu_ky;so_co_mat;so_vang;ds_vang;nd_mo_dau;nd_thao_luan;nd_ket_luan\n"
             "Biên bản sinh hoạt chi bộ tháng 9/2023;Chi bộ Tổ dân phố 3;12/9/2023;Lê Văn Hòa;Phan Thị Yến;14;1;"
             "Phí Văn Lộc (đi công tác);Đ/c Bí thư tuyên bố lý do.;"
             "Đ/c Hòa đề nghị sửa cống.;Đ/c Bí thư kết luận: giao tổ trưởng sửa cống.\n")
    r = analyze(sheet)
    assert r.meeting.attendance.absentees == ("Phí Văn Lộc",)
    assert {"opening", "discussion", "conclusion"} <= {s.kind for s in r.sections}


def test_a_workbooks_sheets_named_in_brackets_and_a_roll_with_a_status_column() -> None:
    book = "\n".join([
        "[Thông tin chung]",
        "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3/2023,",
        "Tên tổ chức đảng,Chi bộ Phòng Kỹ thuật",
        "Cấp ủy cấp trên,Đảng bộ Công ty Điện lực Hòa Bình",
        "Ngày họp,22/3/2023",
        "Chủ trì,đ/c Mạc Văn Đông",
        "Thư ký,đ/c Vi Thị Lan",
        "",
        "[Trang tính 2: Điểm danh]",
        "STT,Họ và tên,Chức vụ,Trạng thái,Ghi chú",
        "1,Mạc Văn Đông,Bí thư,Có mặt,",
        "2,Vi Thị Lan,Chi ủy viên,Có mặt,",
        "3,Hà Văn Khởi,Kỹ sư,Vắng CP,Đi học",
        "4,Bạch Văn Toàn,Công nhân,Vắng KP,",
        "5,Quách Thị Hường,Kế toán,Có mặt,",
        "6,Đinh Văn Mạnh,Thủ kho,Miễn,Điều trị dài ngày",
        "",
        "[Trang tính 3: Diễn biến]",
        "Giờ\tNội dung\tNgười thực hiện\tGhi nhận",
        "14:00\tTuyên bố lý do, thông qua chương trình\tĐ/c Đông\tChi bộ thống nhất.",
        "14:10\tThông tin thời sự\tĐ/c Lan\tGiá điện điều chỉnh, mùa khô thiếu nước.",
        "14:30\tThảo luận\tĐảng viên\tĐ/c Hường đề nghị sửa kho, thay khóa.",
    ])
    r = analyze(book)
    m, a = r.meeting, r.meeting.attendance
    assert (m.organization, m.parent, m.chair, m.secretary) == (
        "Chi bộ Phòng Kỹ thuật", "Đảng bộ Công ty Điện lực Hòa Bình", "Mạc Văn Đông", "Vi Thị Lan")
    assert (a.total, a.exempt, a.present, a.absent, a.absent_with_reason, a.absent_without_reason) == (6, 1, 3, 2, 1, 1)
    assert a.absentees == ("Hà Văn Khởi", "Bạch Văn Toàn")
    assert {"opening", "news", "discussion"} <= {s.kind for s in r.sections}


def test_an_applications_record_of_key_value_lines() -> None:
    record = "\n".join([
        "# ==== SoBienBan v1.2 :: export (key=value) ====",
        "[header]",
        "dang_bo=ĐẢNG BỘ XÃ PHÚ CƯỜNG",
        "chi_bo=CHI BỘ THÔN BÃI TRÊN",
        "so=07-BB/CB",
        "tieu_de=BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 7 NĂM 2022",
        "ngay=15/07/2022",
        "bat_dau=19h30",
        "ket_thuc=21h20",
        "dia_diem=Nhà văn hóa thôn Bãi Trên",
        "chu_tri=đ/c Khổng Văn Lợi (Bí thư chi bộ)",
        "thu_ky=đ/c Phí Thị Hồng",
        "dai_bieu=",
        "[quan_so]",
        "tong_so=14",
        "co_mat=13",
        "vang=1",
        "vang.ds=đ/c Tạ Văn Quân (đi làm xa)",
        "[noi_dung]",
        "mo_dau=Đ/c Bí thư tuyên bố lý do, chi bộ thông qua chương trình.",
        "ket_luan=Đ/c Lợi kết luận: thống nhất nhiệm vụ tháng 8.",
        "[ky_xac_nhan]",
        "chu_tri=Khổng Văn Lợi - đã ký",
        "# ==== end ====",
    ])
    r = analyze(record)
    m = r.meeting
    assert (m.organization, m.date, m.start_time, m.end_time, m.place, m.chair, m.secretary) == (
        "Chi bộ thôn Bãi Trên", "2022-07-15", "19:30", "21:20", "Nhà văn hóa thôn Bãi Trên", "Khổng Văn Lợi",
        "Phí Thị Hồng")
    assert (m.attendance.total, m.attendance.present, m.attendance.absentees, m.delegates) == (
        14, 13, ("Tạ Văn Quân",), ())
    assert "07-BB/CB" not in [x.code for x in r.references]


def test_an_applications_record_with_dotted_english_keys() -> None:
    record = "\n".join([
        "[2019-03-21 10:02:11] EXPORT record id=TB-2019-03",
        "org.parent        = ĐẢNG BỘ PHƯỜNG TÂN BÌNH",
        "org.cell          = CHI BỘ KHU DÂN CƯ SỐ 4",
        "doc.title         = BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 3 NĂM 2019",
        "meeting.date      = 20/03/2019",
        "meeting.start     = 19 giờ 00",
        "meeting.end       = 20 giờ 45",
        "meeting.place     =",
        "meeting.chair     = Lâm Văn Tài (Bí thư chi bộ)",
        "meeting.secretary = Đinh Thị Hạnh",
        "members.total     = 12",
        "members.present   = 11",
        "members.absent    = 1",
        "members.absent.reason = đ/c Lưu Văn Phú - đi công tác",
        "content.01.opening = Đ/c Bí thư tuyên bố lý do, chi bộ thông qua chương trình.",
        "content.02.conclusion = Đ/c Tài kết luận: thống nhất nhiệm vụ tháng 4.",
        "sign.secretary    = Đinh Thị Hạnh [đã ký]",
        "sign.chair        = Lâm Văn Tài [đã ký]",
    ])
    m = analyze(record).meeting
    assert (m.organization, m.parent, m.date, m.end_time, m.place, m.chair, m.secretary) == (
        "Chi bộ Khu dân cư số 4", "Đảng bộ phường Tân Bình", "2019-03-20", "20:45", None, "Lâm Văn Tài",
        "Đinh Thị Hạnh")
    assert (m.attendance.total, m.attendance.present, m.attendance.absentees) == (12, 11, ("Lưu Văn Phú",))
    assert m.signatures.chair and m.signatures.secretary


def test_an_applications_record_as_json() -> None:
    record = json.dumps({
        "so_hieu": "05-BB/CB", "dang_bo": "Đảng bộ Bệnh viện Đa khoa huyện Cẩm Thủy",
        "chi_bo": "Chi bộ Khoa Ngoại", "tieu_de": "Biên bản sinh hoạt chi bộ thường kỳ tháng 5 năm 2024",
        "ngay_hop": "14/05/2024", "gio_bat_dau": "14:00", "gio_ket_thuc": "15:45", "dia_diem": "Phòng giao ban khoa",
        "chu_tri": "BS Lê Văn Hùng - Bí thư chi bộ", "thu_ky": "ĐD Mai Thị Lan", "dai_bieu": [],
        "quan_so": {"tong_so_dang_vien": 11, "co_mat": 10, "vang_mat": 1,
                    "vang_co_ly_do": [{"ho_ten": "Trịnh Văn Sơn", "ly_do": "trực cấp cứu"}], "vang_khong_ly_do": []},
        "noi_dung": [{"muc": "1. Mở đầu", "chi_tiet": "Đ/c Bí thư tuyên bố lý do, thông qua chương trình."},
                     {"muc": "2. Kết luận", "chi_tiet": "Đ/c Hùng kết luận: thống nhất nhiệm vụ tháng 6."}],
    }, ensure_ascii=False, indent=2)
    r = analyze("// Xuất từ phần mềm quản lý sinh hoạt chi bộ\n" + record + "\n")
    m = r.meeting
    assert (m.organization, m.date, m.start_time, m.end_time, m.chair, m.secretary) == (
        "Chi bộ Khoa Ngoại", "2024-05-14", "14:00", "15:45", "Lê Văn Hùng", "Mai Thị Lan")
    a = m.attendance
    assert (a.total, a.present, a.absent, a.absent_with_reason, a.absentees) == (11, 10, 1, 1, ("Trịnh Văn Sơn",))
    assert {"opening", "conclusion"} <= {s.kind for s in r.sections}


def test_a_form_whose_questions_carry_hints_and_long_names() -> None:
    header = ["Dấu thời gian", "Tên chi bộ", "Ngày họp", "Giờ bắt đầu", "Buổi sinh hoạt được tổ chức ở đâu?",
              "Ai chủ trì buổi sinh hoạt?", "Ai là thư ký ghi biên bản?",
              "Có đại biểu cấp trên về dự không? Nếu có, ghi rõ họ tên, chức vụ.", "Tổng số đảng viên của chi bộ",
              "Số đảng viên có mặt", "Những đồng chí nào vắng mặt? Ghi rõ lý do",
              "Học tập và làm theo tư tưởng đạo đức phong cách HCM trong tháng", "Kết luận của đồng chí chủ trì"]
    row = ["10/10/2023 21:00:05", "Chi bộ Trường Tiểu học Kim Đồng", "10/10/2023", "16:30:00",
           "Phòng Hội đồng nhà trường", "Đ/c Tôn Thị Hạnh - Bí thư", "Đ/c Vũ Văn Khanh", "Không", "15", "14",
           "- Đ/c Lạc Thị Mây: đi tập huấn", "Đ/c Khanh kể chuyện Bác với ngành giáo dục.",
           "Đ/c Hạnh kết luận: thống nhất nhiệm vụ tháng 11."]
    sheet = ",".join(f'"{c}"' for c in header) + "\n" + ",".join(f'"{c}"' for c in row) + "\n"
    m = analyze(sheet).meeting
    assert (m.place, m.chair, m.secretary, m.attendance.total, m.attendance.present, m.attendance.absentees) == (
        "Phòng Hội đồng nhà trường", "Tôn Thị Hạnh", "Vũ Văn Khanh", 15, 14, ("Lạc Thị Mây",))


def test_a_wide_forms_long_column_names_and_the_cell_asked_of_the_answerer() -> None:
    header = ["Dấu thời gian", "Tên chi bộ của đồng chí", "Chi bộ trực thuộc Đảng bộ nào?", "Ngày tổ chức sinh hoạt",
              "Buổi sinh hoạt bắt đầu lúc mấy giờ?", "Buổi sinh hoạt kết thúc lúc mấy giờ?", "Địa điểm",
              "Đồng chí nào chủ trì?", "Đồng chí nào làm thư ký?", "Tổng số đảng viên", "Số đảng viên có mặt",
              "Tóm tắt thông tin thời sự trong nước, quốc tế và địa phương đã được thông tin tại buổi sinh hoạt"]
    row = ["05/03/2024 20:11:02", "Chi bộ thôn Đắk Ring", "Đảng bộ xã Đắk Môn", "05/03/2024", "19:00", "20:45",
           "Nhà rông thôn", "Đ/c A Blưu, Bí thư", "Đ/c Y Thương", "17", "16",
           "Giá cà phê tăng; tỉnh phòng chống cháy rừng."]
    m = analyze("\t".join(header) + "\n" + "\t".join(row) + "\n").meeting
    assert (m.organization, m.parent, m.start_time, m.end_time, m.place, m.chair, m.secretary) == (
        "Chi bộ thôn Đắk Ring", "Đảng bộ xã Đắk Môn", "19:00", "20:45", "Nhà rông thôn", "A Blưu", "Y Thương")


def test_an_applications_fields_as_a_list_of_labels_and_values() -> None:
    record = {"export": {"source": "QuanLyChiBo", "user": "thuky.ap2"},
              "record": {"form": "Biên bản sinh hoạt chi bộ thường kỳ", "fields": [
                  {"label": "Đảng bộ", "value": "Đảng bộ xã Tân Lập"}, {"label": "Chi bộ", "value": "Chi bộ ấp 2"},
                  {"label": "Ngày", "value": "09/10/2024"}, {"label": "Giờ bắt đầu", "value": "19:00"},
                  {"label": "Giờ kết thúc", "value": "20:40"}, {"label": "Địa điểm", "value": "Hội trường ấp 2"},
                  {"label": "Chủ trì", "value": "đ/c Lê Văn Hai, Bí thư chi bộ"}, {"label": "Đại biểu", "value": ""},
                  {"label": "Thư ký", "value": "đ/c Trần Thị Ba"}, {"label": "Tổng số đảng viên", "value": "18"},
                  {"label": "Có mặt", "value": "17"}, {"label": "Vắng", "value": "1"}]}}
    report = analyze(json.dumps(record, ensure_ascii=False, indent=2))
    m = report.meeting
    assert report.is_minutes and m is not None
    assert (m.organization, m.date, m.start_time, m.place, m.chair, m.secretary) == (
        "Chi bộ ấp 2", "2024-10-09", "19:00", "Hội trường ấp 2", "Lê Văn Hai", "Trần Thị Ba")
    assert "header" not in {f.rule for f in report.findings}


@pytest.mark.parametrize("numbered", [True, False])
def test_a_forms_responses_transposed_one_question_a_row(numbered: bool) -> None:
    questions = [("Đảng bộ cấp trên", "Đảng bộ Trường Đại học Y"), ("Tên chi bộ", "Chi bộ Bộ môn Nội"),
                 ("Ngày sinh hoạt (dd/mm/yyyy)", "12/03/2024"), ("Giờ bắt đầu", "14h00"), ("Giờ kết thúc", ""),
                 ("Địa điểm", "Phòng họp bộ môn"), ("Chủ trì", "PGS.TS Lê Văn Hòa, Bí thư chi bộ"),
                 ("Thư ký", "ThS. Đỗ Thị Mai"), ("Tổng số đảng viên", "14"), ("Số có mặt", "13")]
    rows = [f"{i}. {q}\t{a}" if numbered else f"{q}\t{a}" for i, (q, a) in enumerate(questions, 1)]
    m = analyze("ID\t12\nStart time\t3/12/2024 16:02:11\n" + "\n".join(rows) + "\n").meeting
    assert m is not None
    assert (m.organization, m.date, m.place, m.chair, m.secretary, m.attendance.present) == (
        "Chi bộ Bộ môn Nội", "2024-03-12", "Phòng họp bộ môn", "Lê Văn Hòa", "Đỗ Thị Mai", 13)
