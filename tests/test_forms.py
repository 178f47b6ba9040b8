"""nlp.forms: minutes exported from a form or a pasted table, one field or one cell per line.

Each case is read end to end by ``analyze``, so the transforms are judged by the facts they let the readers find.
"""

from __future__ import annotations

import pytest

from nlp.analyze import analyze
from nlp.forms import pair_fields, rejoin_rows, restack

HEAD = "ĐẢNG BỘ PHƯỜNG HƯNG PHÚ\nCHI BỘ KHU VỰC 5\n\nBIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3/2024\n"
BODY = (
    "I. MỞ ĐẦU\nĐ/c Bí thư tuyên bố lý do, thông qua chương trình; chi bộ nhất trí.\n"
    "II. NỘI DUNG\n1. Thông tin thời sự: giá xăng dầu tăng; phường ra quân giải tỏa lấn chiếm vỉa hè.\n"
    "2. Kết quả tháng 2: thu quỹ khuyến học đạt 90%.\n3. Nhiệm vụ tháng 4: ra quân vệ sinh kênh Cái Sơn.\n"
    "4. Thảo luận: đ/c Tư đề nghị tăng tuần tra ban đêm.\n5. Kết luận: đ/c Bí thư kết luận, giao nhiệm vụ.\n"
    "Biểu quyết: 14/14 đ/c tán thành.\nBuổi sinh hoạt kết thúc lúc 21 giờ 10 phút.\n"
)


def facts(text: str) -> dict:
    m = analyze(text).meeting
    a = m.attendance
    return {
        "place": m.place, "chair": m.chair, "secretary": m.secretary, "date": m.date, "start": m.start_time,
        "counts": (a.total, a.exempt, a.present, a.absent, a.absent_with_reason, a.absent_without_reason),
        "absentees": list(a.absentees),
    }


def test_label_over_value_without_colons():
    text = HEAD + (
        "Ngày họp\n14/3/2024\nGiờ bắt đầu\n19h15\nĐịa điểm\nHội trường khu vực 5\nChủ trì\nĐ/c Trương Văn Tư\n"
        "Thư ký\nĐ/c Lý Thị Bích Vân\nTổng số đảng viên\n17\nMiễn sinh hoạt\n3\nCó mặt\n14\nVắng\n0\n"
    ) + BODY
    f = facts(text)
    assert (f["date"], f["start"], f["place"]) == ("2024-03-14", "19:15", "Hội trường khu vực 5")
    assert (f["chair"], f["secretary"]) == ("Trương Văn Tư", "Lý Thị Bích Vân")
    assert f["counts"][:4] == (17, 3, 14, 0)


def test_numbered_labels_with_colons():
    text = HEAD + (
        "1. Thời gian:\n19 giờ 15 phút ngày 14/3/2024\n2. Địa điểm:\nTrụ sở Ban điều hành khu vực 5\n"
        "3. Người chủ trì:\nTrương Văn Tư – Bí thư chi bộ\n4. Thư ký:\nLý Thị Bích Vân\n"
        "Tổng số đảng viên: 16\nSố đảng viên được miễn sinh hoạt:\n2\nCó mặt: 14\nVắng: 0\n"
    ) + BODY
    f = facts(text)
    assert f["place"] == "Trụ sở Ban điều hành khu vực 5"
    assert f["chair"] == "Trương Văn Tư"
    assert f["counts"][:4] == (16, 2, 14, 0)


def test_run_of_labels_over_run_of_values():
    text = HEAD + (
        "Ngày\nBắt đầu\n14/03/2024\n19h15\nChủ trì\nThư ký\nĐ/c Trương Văn Tư (Bí thư)\nĐ/c Lý Thị Bích Vân\n"
        "Tổng số ĐV\nMiễn SH\nPhải dự\nCó mặt\nVắng\n18\n2\n16\n14\n2\n"
        "Đảng viên vắng\nLý do\nHuỳnh Văn Sáu\nĐi biển\nPhan Thị Mười\nKhông báo\n"
    ) + BODY
    f = facts(text)
    assert (f["date"], f["start"]) == ("2024-03-14", "19:15")
    assert (f["chair"], f["secretary"]) == ("Trương Văn Tư", "Lý Thị Bích Vân")
    assert f["counts"] == (18, 2, 14, 2, 1, 1)
    assert f["absentees"] == ["Huỳnh Văn Sáu", "Phan Thị Mười"]


def test_absentees_one_per_line_under_their_label():
    text = HEAD + (
        "Thời gian: 19h15 ngày 14/3/2024\nTổng số đảng viên: 16\nCó mặt: 14\nVắng: 2\n"
        "Đảng viên vắng (lý do):\nĐ/c Huỳnh Văn Sáu (đi biển)\nĐ/c Phan Thị Mười (nằm viện)\n"
    ) + BODY
    f = facts(text)
    assert f["absentees"] == ["Huỳnh Văn Sáu", "Phan Thị Mười"]
    assert f["counts"][3:] == (2, 2, 0)


def test_vote_table_one_cell_per_line():
    text = HEAD + "Thời gian: 19h15 ngày 14/3/2024\nCó mặt: 14\nVắng: 0\n" + BODY.replace(
        "Biểu quyết: 14/14 đ/c tán thành.\n", "BIỂU QUYẾT\nTán thành\nKhông tán thành\n13\n1\n")
    v = analyze(text).meeting.vote
    assert (v.in_favor, v.against, v.voters) == (13, 1, 14)


def test_transforms_keep_offsets():
    text = "Địa điểm\nNhà văn hóa\nChủ trì:\nĐ/c An\nSTT\nNội dung\n1\nMở đầu\n2\nThời sự\nNgày\nGiờ\n5/3\n8h\n"
    for step in (pair_fields, rejoin_rows, restack):
        assert len(step(text)) == len(text)
    joined = rejoin_rows(text)
    assert "STT\tNội dung\n1\tMở đầu\n2\tThời sự" in joined


@pytest.mark.parametrize(
    "text",
    [
        # a heading over a list of labelled lines is no field with a value
        "Thành phần\n- Chủ trì: đ/c An\n- Thư ký: đ/c Bình\n",
        # the signature titles in capitals over their signatures
        "THƯ KÝ\nCHỦ TRÌ\n(đã ký)\n(đã ký)\n",
        # a label over a table
        "Thành phần:\n| Tổng số | Có mặt |\n| 12 | 11 |\n",
        # a count label over words that are no count
        "Có mặt\nĐại biểu Đảng ủy phường\n",
    ],
)
def test_not_fields(text):
    assert pair_fields(text) == text
    assert restack(text) == text


def test_vote_counts_label_over_value():
    text = HEAD + "Thời gian: 19h15 ngày 14/3/2024\nCó mặt: 14\nVắng: 0\n" + BODY.replace(
        "Biểu quyết: 14/14 đ/c tán thành.\n", "Biểu quyết:\nTán thành:\n13/14\nKhông tán thành:\n1\n")
    v = analyze(text).meeting.vote
    assert (v.in_favor, v.against, v.voters) == (13, 1, 14)


def test_online_form_export_label_bar_value():
    # an online form's export: the cell, its parent and the signatures are fields too
    text = (
        "BIÊN BẢN SINH HOẠT CHI BỘ (xuất từ phần mềm quản lý)\nMục | Giá trị\n"
        "Đảng bộ | Đảng bộ Tổng Công ty Điện lực Miền Trung\nChi bộ | Đội Quản lý vận hành lưới điện cao thế\n"
        "Loại sinh hoạt | Thường kỳ\nNgày sinh hoạt | 18/04/2023\nGiờ bắt đầu | 14:00\nGiờ kết thúc | 16:00\n"
        "Địa điểm | Phòng họp Đội\nChủ trì | Hồ Sĩ Toàn\nThư ký | Mai Thị Lài\n"
        "Tổng số đảng viên | 16\nCó mặt | 16\nVắng | 0\n"
        "Mở đầu | Đ/c Bí thư tuyên bố lý do, thông qua chương trình.\n"
        "Thông tin thời sự | Tình hình cung ứng điện mùa khô.\nĐánh giá tháng trước | Hoàn thành kế hoạch sửa chữa.\n"
        "Phương hướng tháng tới | Kiểm tra hành lang tuyến 110 kV.\n"
        "Ý kiến thảo luận | Đ/c Vĩnh đề nghị thêm nhân lực.\n"
        "Kết luận của chủ trì | Chi bộ thống nhất phương hướng.\nBiểu quyết | Tán thành 16/16\n"
        "Kết thúc | Buổi sinh hoạt kết thúc lúc 16 giờ 00.\n"
        "Chữ ký thư ký | (đã ký) Mai Thị Lài\nChữ ký chủ trì | (đã ký) Hồ Sĩ Toàn\n"
    )
    report = analyze(text)
    m = report.meeting
    assert (m.organization, m.parent) == ("Chi bộ Đội Quản lý vận hành lưới điện cao thế",
                                          "Đảng bộ Tổng Công ty Điện lực Miền Trung")
    assert (m.signatures.chair, m.signatures.secretary) == (True, True)
    assert [f.rule for f in report.findings] == []


_FIELDS = [("Đảng bộ", "Đảng bộ xã Vĩnh Lợi"), ("Chi bộ", "Chi bộ ấp Bà Chăng"), ("Ngày họp", "14/09/2023"),
           ("Giờ", "19:00 → 20:50"), ("Địa điểm", "Văn phòng ấp Bà Chăng"), ("Chủ trì", "đ/c Thạch Sến (Bí thư)"),
           ("Thư ký", "đ/c Lý Thị Mỹ Xuyên"), ("Tổng số đảng viên", "19"), ("Có mặt", "18"),
           ("Vắng", "1, có lý do (đ/c Kiên đi biển)")]
_NOTE_BODY = ("\n☐ Mở đầu\nĐ/c Sến tuyên bố lý do, thông qua chương trình. Chi bộ thống nhất.\n\n☐ Thông tin thời sự\n"
              "- Giá lúa Thu Đông tăng; xã ra quân làm thủy lợi nội đồng.\n\n☐ Đánh giá tháng 8\n"
              "- Thu hoạch xong 120 ha lúa; thu quỹ đạt 95%.\n\n☐ Nhiệm vụ tháng 10\n1. Nạo vét kênh Tư Chót.\n"
              "2. Rà soát hộ cận nghèo.\n\n☐ Thảo luận\n- Đ/c Út đề nghị xã hỗ trợ máy bơm.\n\n☐ Kết luận\n"
              "Đ/c Sến kết luận, giao nhiệm vụ tháng 10.\n\n☐ Biểu quyết\n18/18 đồng chí tán thành.\n\n"
              "☐ Kết thúc\nThư ký đọc lại biên bản. Kết thúc 20 giờ 50.\n"
              "Ký :: Thư ký Lý Thị Mỹ Xuyên (đã ký sổ) | Chủ trì Thạch Sến (đã ký sổ)\n")


@pytest.mark.parametrize("style", ["double-colon", "brackets", "brackets-colon"])
def test_a_note_app_or_e_office_record_of_labelled_fields(style: str) -> None:
    shape = {"double-colon": "{} :: {}", "brackets": "[{}] {}", "brackets-colon": "[{}]: {}"}[style]
    text = ("BB SH CHI BỘ T9-2023\nThứ Sáu, 15 tháng 9, 2023    06:12\n\n"
            + "\n".join(shape.format(k, v) for k, v in _FIELDS) + "\n" + _NOTE_BODY)
    r = analyze(text)
    m = r.meeting
    assert (m.organization, m.parent, m.date, m.start_time, m.end_time) == (
        "Chi bộ ấp Bà Chăng", "Đảng bộ xã Vĩnh Lợi", "2023-09-14", "19:00", "20:50")
    assert (m.place, m.chair, m.secretary, m.attendance.present) == (
        "Văn phòng ấp Bà Chăng", "Thạch Sến", "Lý Thị Mỹ Xuyên", 18)
    assert {s.kind for s in r.sections} >= {"opening", "news", "review", "plan", "discussion", "conclusion", "vote"}
    assert (m.signatures.chair, m.signatures.secretary) == (True, True)


def test_an_e_office_export_names_the_issuing_cell_and_its_number() -> None:
    text = ("HỆ THỐNG QUẢN LÝ VĂN BẢN - ĐẢNG ỦY XÃ PHÚ LỘC\nChi tiết văn bản | In từ phần mềm ngày 02/04/2024 09:17\n\n"
            "[Số/Ký hiệu] 04-BB/CB\n[Loại văn bản] Biên bản\n[Đơn vị ban hành] Chi bộ thôn Bàu Sen\n"
            "[Cấp ủy cấp trên] Đảng bộ xã Phú Lộc\n[Thời gian] 19 giờ 30 phút, ngày 28 tháng 3 năm 2024\n"
            "[Địa điểm] Nhà văn hóa thôn Bàu Sen\n[Chủ trì] Đ/c Hà Văn Lợi\n[Thư ký] Đ/c Đỗ Thị Sen\n"
            "[Nội dung]\n" + BODY)
    r = analyze(text)
    m = r.meeting
    assert (m.organization, m.parent, m.date, m.start_time) == (
        "Chi bộ thôn Bàu Sen", "Đảng bộ xã Phú Lộc", "2024-03-28", "19:30")
    assert r.source.number == "04-BB/CB" and "04-BB/CB" not in [x.code for x in r.references]


def test_a_web_form_mailed_as_text_labels_in_capitals_over_values() -> None:
    fields = [("ĐẢNG BỘ", "Đảng bộ xã Quảng Phú"), ("TÊN CHI BỘ", "Chi bộ thôn Phú Lễ"),
              ("NGÀY SINH HOẠT", "08/10/2025"),
              ("GIỜ BẮT ĐẦU", "19:00"), ("GIỜ KẾT THÚC", "21:10"), ("ĐỊA ĐIỂM", "Nhà văn hóa thôn Phú Lễ"),
              ("CHỦ TRÌ", "Lê Văn Sung - Bí thư chi bộ"), ("THƯ KÝ", "Hồ Thị Lài"), ("TỔNG SỐ ĐẢNG VIÊN", "21"),
              ("CÓ MẶT", "19"), ("VẮNG MẶT", "2"),
              ("VẮNG CÓ LÝ DO", "2 (đ/c Trần Văn Bốn - ốm; đ/c Lê Thị Na - đi học)")]
    text = ("From: Chi bộ thôn Phú Lễ <chibophule@gmail.com>\nTo: vanphong@quangphu.vn\n"
            "Date: Thu, Oct 9, 2025 at 6:41 AM\nSubject: Biên bản sinh hoạt chi bộ tháng 10\n\n"
            "PHIẾU NỘP BIÊN BẢN SINH HOẠT CHI BỘ\n\n" + "".join(f"{k}\n{v}\n\n" for k, v in fields) + BODY
            + "\nCHỮ KÝ THƯ KÝ\nĐã ký - Hồ Thị Lài\n\nCHỮ KÝ CHỦ TRÌ\nĐã ký - Lê Văn Sung\n")
    m = analyze(text).meeting
    assert (m.organization, m.parent, m.date, m.start_time, m.end_time) == (
        "Chi bộ thôn Phú Lễ", "Đảng bộ xã Quảng Phú", "2025-10-08", "19:00", "21:10")
    assert (m.place, m.chair, m.secretary) == ("Nhà văn hóa thôn Phú Lễ", "Lê Văn Sung", "Hồ Thị Lài")
    assert m.attendance.absentees == ("Trần Văn Bốn", "Lê Thị Na")
    assert (m.signatures.chair, m.signatures.secretary) == (True, True)


def test_a_forms_fields_in_capitals_with_colons_name_the_cell() -> None:
    text = ("Có phản hồi mới từ biểu mẫu:\n\nĐẢNG BỘ: Đảng bộ xã Ia Tôr\nCHI BỘ: Chi bộ làng Kép\n"
            "NGÀY: 16/12/2025\nBẮT ĐẦU: 7 giờ 30\nKẾT THÚC: 10 giờ 00\nCHỦ TRÌ: Rơ Lan Hiú\nTHƯ KÝ: Siu Thiên\n"
            "CÓ MẶT: 22\n\nNỘI DUNG BIÊN BẢN:\n" + BODY)
    m = analyze(text).meeting
    assert (m.organization, m.parent) == ("Chi bộ làng Kép", "Đảng bộ xã Ia Tôr")


def test_the_mail_header_is_no_meeting_time() -> None:
    from nlp.normalize import unmail

    head = "Từ: Chi bộ 5 <cb5@gmail.com>\nGửi: vp@xa.vn\nNgày: Thứ Ba, 11 tháng 11, 2025 lúc 07:58\nTiêu đề: BB\n"
    assert unmail(head + "Thời gian: 19 giờ").strip() == "Thời gian: 19 giờ"
    record = "Ngày: 11/11/2025\nGiờ: 19:00\nĐịa điểm: nhà văn hóa\n"
    assert unmail(record) == record


def test_an_online_forms_response_with_vertical_radio_buttons() -> None:
    text = ("Biên bản sinh hoạt chi bộ hằng tháng - Đảng bộ xã Tân Thạnh\n"
            "Biểu mẫu cho các chi bộ ấp gửi biên bản sinh hoạt thường kỳ, chuyên đề về Văn phòng Đảng ủy.\n"
            "* Biểu thị câu hỏi bắt buộc\n\nDấu thời gian: 12/05/2023 21:40:11\n\n"
            "Thuộc Đảng bộ *\nĐảng bộ xã Tân Thạnh\n\nTên chi bộ *\nChi bộ ấp Phú Hòa\n\nHình thức sinh hoạt *\n"
            "(•) Sinh hoạt thường kỳ\n( ) Sinh hoạt chuyên đề\n( ) Thường kỳ kết hợp chuyên đề\n\n"
            "Ngày sinh hoạt *\n10/05/2023\n\nGiờ bắt đầu *\n19:30\n\n" + BODY)
    m = analyze(text).meeting
    assert (m.organization, m.parent, m.type, m.combined) == (
        "Chi bộ ấp Phú Hòa", "Đảng bộ xã Tân Thạnh", "regular", False)


def test_a_note_pages_breadcrumb_and_ticked_signatures() -> None:
    text = ("Chi bộ / Sổ biên bản 2023 / Biên bản tháng 5\n\nBiên bản sinh hoạt chi bộ thường kỳ tháng 5/2023\n\n"
            "Đảng bộ cấp trên trực tiếp: Đảng bộ Khối Doanh nghiệp tỉnh\nChi bộ: Chi bộ Công ty Cổ phần Dệt Phú Hòa\n"
            "Ngày họp: 12/05/2023\nGiờ bắt đầu: 08:00\n\n" + BODY
            + "\nXác nhận\nChủ trì: Lê Văn Tâm ✅ đã ký (bản scan đính kèm)\nThư ký: Võ Thị Lài ✅ đã ký\n")
    m = analyze(text).meeting
    assert (m.organization, m.parent) == ("Chi bộ Công ty Cổ phần Dệt Phú Hòa", "Đảng bộ Khối Doanh nghiệp tỉnh")
    assert (m.signatures.chair, m.signatures.secretary) == (True, True)


def test_a_forms_answers_after_their_questions_on_one_line() -> None:
    text = ("[Biểu mẫu] NHẬP BIÊN BẢN SINH HOẠT CHI BỘ - ĐẢNG ỦY XÃ BÌNH AN\nBản xem câu trả lời của người điền\n"
            "Gửi lúc: 12/06/2019 22:10\n\n* Đảng bộ >> Đảng bộ xã Bình An\n* Chi bộ >> Chi bộ thôn Phú Lộc\n"
            "* Ngày >> 10/06/2019\n* Bắt đầu lúc >> 19 giờ 30\n* Kết thúc lúc >>\n"
            "* Địa điểm >> Nhà văn hóa thôn Phú Lộc\n"
            "* Chủ trì >> đ/c Lê Văn Hai, Bí thư chi bộ\n* Thư ký >> đ/c Trần Thị Út\n* Có mặt >> 15\n\n" + BODY)
    r = analyze(text)
    m = r.meeting
    assert r.is_minutes
    assert (m.organization, m.parent, m.date, m.start_time, m.place, m.chair, m.secretary) == (
        "Chi bộ thôn Phú Lộc", "Đảng bộ xã Bình An", "2019-06-10", "19:30", "Nhà văn hóa thôn Phú Lộc",
        "Lê Văn Hai", "Trần Thị Út")


def test_an_online_form_shown_unfilled_with_answer_markers_is_no_minutes() -> None:
    text = ("BIÊN BẢN SINH HOẠT CHI BỘ (BIỂU MẪU)\nĐảng bộ xã Bình An\n\nTên chi bộ *\n>> Câu trả lời của bạn\n\n"
            "Ngày sinh hoạt *\n>> Câu trả lời của bạn\n\nĐịa điểm *\n>> Câu trả lời của bạn\n\n"
            "Chủ trì *\n>> Câu trả lời của bạn\n\nThư ký *\n>> Câu trả lời của bạn\n\n"
            "Kết luận *\n>> Câu trả lời của bạn\n")
    assert not analyze(text).is_minutes


def test_the_time_the_form_was_sent_and_an_iso_date() -> None:
    text = ("Văn phòng Đảng ủy đã nhận được biên bản do đồng chí gửi qua biểu mẫu trực tuyến lúc 22:05 ngày "
            "19/11/2025.\n\nBIÊN BẢN SINH HOẠT CHI BỘ THÁNG 11/2025\n"
            "Đảng bộ :: Đảng bộ xã An Lạc\nChi bộ :: Chi bộ ấp 4\nNgày :: 2025-11-18\n"
            "Bắt đầu :: 19:00\nKết thúc :: 21:10\nĐịa điểm :: Văn phòng ấp 4\n\n" + BODY)
    m = analyze(text).meeting
    assert (m.date, m.start_time, m.end_time) == ("2025-11-18", "19:00", "21:10")
