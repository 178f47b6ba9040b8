"""Page furniture of printouts copied out as text (``nlp.normalize.unpaginate``)."""

from __future__ import annotations

import pytest

from nlp.analyze import analyze
from nlp.normalize import normalize, unpaginate

HEADER = "Chi bộ Tổ dân phố 5 – Biên bản sinh hoạt tháng 3/2024"


def _printout(breaks: list[str]) -> str:
    """Pages of a fresh record, each page after the first under the running header."""
    pages = [
        "ĐẢNG BỘ PHƯỜNG AN LẠC\nCHI BỘ TỔ DÂN PHỐ 5\n\nBIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3/2024\n\n"
        "Thời gian: 19 giờ 00 ngày 22/3/2024. Địa điểm: Nhà văn hóa tổ dân phố 5.\n"
        "Chủ trì: đồng chí Lưu Văn Khởi. Thư ký: đồng chí Tô Thị Hạnh.\n"
        "Tổng số đảng viên 18, có mặt 15, vắng 3 đồng chí: đồng chí Mạc Văn Tiến (ốm), đồng chí Thân Thị",
        "Lụa (đi công tác), đồng chí Đỗ Văn Bình (chăm mẹ ốm).\n\n1. Đồng chí Bí thư tuyên bố lý do.",
        "2. Đồng chí chủ trì kết luận. Chi bộ biểu quyết 15/15 tán thành.\n"
        "Buổi sinh hoạt kết thúc lúc 21 giờ 00.\n\nTHƯ KÝ                 CHỦ TRÌ\nTô Thị Hạnh            Lưu Văn Khởi",
    ]
    out = pages[0]
    for i, (mark, page) in enumerate(zip(breaks, pages[1:], strict=True), start=2):
        out += "\n" + mark.format(n=i) + "\n" + HEADER + "\n\n" + page
    return out


@pytest.mark.parametrize("mark", ["- {n} -", "Trang {n}/3", "                    Trang {n}", "Page {n} of 3"])
def test_page_break_inside_a_list_of_absentees_joins_it_again(mark: str) -> None:
    text = _printout([mark, mark])
    flat = unpaginate(text)
    assert len(flat) == len(text)
    assert HEADER not in flat and "Thân Thị" in flat
    a = analyze(text).meeting.attendance
    assert a.absentees == ("Mạc Văn Tiến", "Thân Thị Lụa", "Đỗ Văn Bình")
    assert (a.absent_with_reason, a.absent_without_reason) == (3, 0)


FILLER = "".join(f"- Ý kiến {k}: đồng chí số {k} đề nghị làm rõ thêm phần việc của tổ mình.\n" for k in range(1, 10))


def test_two_pages_lose_their_running_header() -> None:
    flat = unpaginate(HEADER + "\nChi bộ họp, đồng chí An chủ trì.\n" + FILLER + "Trang 1/2\n" + HEADER +
                      "\nĐồng chí An kết luận.")
    assert flat.count(HEADER) == 1 and "Đồng chí An kết luận." in flat  # (the first page's header is its title)


def test_content_pasted_again_across_a_page_break_is_kept() -> None:
    line = "Đồng chí Vũ Thị Hoàn trình bày Kết luận 01-KL/TW về học tập và làm theo Bác."
    text = ("Chi bộ họp.\n" + FILLER + line + "\n- 2 -\n" + HEADER + "\n" + line + "\n" + FILLER + "- 3 -\n" + HEADER
            + "\n" + FILLER)
    flat = unpaginate(text)
    assert flat.count(line) == 2 and HEADER not in flat


def test_text_without_page_marks_is_left_alone() -> None:
    text = "Có mặt\n15\nVắng\n3\n" + HEADER + "\n" + HEADER
    assert unpaginate(text) == text


def test_page_ending_a_sentence_leaves_a_paragraph_break() -> None:
    flat = unpaginate("Chi bộ nhất trí.\n- 2 -\n" + HEADER + "\n\n" + HEADER + "\nĐồng chí An kết luận.")
    assert flat.startswith("Chi bộ nhất trí.") and flat.endswith("\n\nĐồng chí An kết luận.")
    assert not flat[len("Chi bộ nhất trí.") : -len("\n\nĐồng chí An kết luận.")].strip()


@pytest.mark.parametrize(("typed", "read"), [
    ("Hồi l9 giờ 3O phút", "Hồi 19 giờ 30 phút"),
    ("có mặt l8/18 đồng chí", "có mặt 18/18 đồng chí"),
    ("Chỉ thị O5-CT/TW", "Chỉ thị 05-CT/TW"),
    ("kết thúc lúc 2lh", "kết thúc lúc 21h"),
    ("Olympic 2024, COVID-19, Ol, tháng l", "Olympic 2024, COVID-19, Ol, tháng l"),
])
def test_letters_typed_for_digits(typed: str, read: str) -> None:
    from nlp.normalize import digits_for_letters
    assert digits_for_letters(typed) == read


def test_older_i_spelling_reads_as_y() -> None:
    from nlp.cues import fold
    folded = fold("Thư kí: đ/c Lò Thị Hương, vắng có lí do, thường kì")
    assert folded == "thu ky: d/c lo thi huong, vang co ly do, thuong ky"
    r = analyze("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KÌ\nChủ trì: đ/c Vi Văn Hào\nThư kí: đ/c Lò Thị Hương\n"
                "Bắt đầu l4 giờ 3O, kết thúc l6 giờ 45.")
    assert (r.meeting.secretary, r.meeting.start_time, r.meeting.end_time) == ("Lò Thị Hương", "14:30", "16:45")


def test_final_letter_typed_twice_is_read_once() -> None:
    from nlp.cues import fold
    assert fold("Phương hướngg tháng 5") == "phuong huong  thang 5"
    assert fold("staff Google xoong") == "staff google xoong"  # no Vietnamese letter, or a real "oo"
    r = analyze("BIÊN BẢN SINH HOẠT CHI BỘ\nThời gian bắt đầu:8 giờ 15 ngày 3/4/2024.\n1. Thảo luậnn\n"
                "- đ/c Khải: nhất trí.\n2. Đ/c Lừu Văn Cư, chi ủy viên, trình bàyy chuyên đề:\n"
                "- Nội dung về nêu gương.\n")
    assert {"discussion", "topic"} <= {s.kind for s in r.sections}
    assert r.meeting.start_time == "08:15"


def test_ocr_rn_for_m_and_specks_at_line_starts() -> None:
    from nlp.normalize import normalize, unspeck
    assert normalize("vắng rnặt 02 đồng chí: đ/c Phạrn Văn Tú; modern Bern").text == \
        "vắng mặt 02 đồng chí: đ/c Phạm Văn Tú; modern Bern"
    assert unspeck("| Địa điểm: Nhà văn hóa\n' Tổng số: 9\n| STT | Họ tên |") == \
        "  Địa điểm: Nhà văn hóa\n  Tổng số: 9\n| STT | Họ tên |"
    r = analyze("BIÊN BẢN SINH HOẠT CHI BỘ\n| Địa điểm: Nhà văn hóa thôn Hạ.\n"
                "Có mặt: 12 đồng chí; vắng rnặt 02 đồng chí (đều có lý do): đ/c Phạrn Văn Tú (ốm), "
                "đ/c Lò Văn A (đi học).\n")
    assert r.meeting.place == "Nhà văn hóa thôn Hạ"
    assert r.meeting.attendance.absentees == ("Phạm Văn Tú", "Lò Văn A")


def test_minutes_typed_in_a_note_app() -> None:
    text = ("**CHI BỘ TỔ DÂN PHỐ 3**\n\n## BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 5/2024\n\n"
            "**🕐 Thời gian:** 19 giờ 00 ngày 20/5/2024\n**📍 Địa điểm:** Nhà văn hóa tổ dân phố 3\n"
            "**Chủ trì:** đ/c Lạc Văn Hùng\n**Thư ký:** đ/c Mạch Thị Yên\n\n### Nhiệm vụ tháng 6\n"
            "- [ ] Đảng viên nêu gương theo Quy định 08-QĐi/TW và Chỉ thị 05-CT/TW\n- [x] Thu đảng phí\n\n"
            "Buổi sinh hoạt kết thúc lúc 21 giờ 00.\n\n| THƯ KÝ | CHỦ TRÌ |\n|:---:|:---:|\n"
            "| *(đã ký)* | *(đã ký)* |\n| Mạch Thị Yên | Lạc Văn Hùng |\n")
    r = analyze(text)
    assert r.meeting.place == "Nhà văn hóa tổ dân phố 3"
    assert [x.code for x in r.references] == ["08-QĐi/TW", "05-CT/TW"]
    assert (r.meeting.signatures.chair, r.meeting.signatures.secretary) == (True, True)
    one_line = text.split("| THƯ KÝ")[0] + "**THƯ KÝ** — (đã ký) — Mạch Thị Yên\n**CHỦ TRÌ** — (đã ký) — Lạc Văn Hùng\n"
    s = analyze(one_line).meeting.signatures
    assert (s.chair, s.secretary) == (True, True)


def test_fold_reads_the_southern_nhut_as_nhat() -> None:
    from nlp.cues import fold

    assert fold("Thứ nhứt, chi bộ nhứt trí") == "thu nhat, chi bo nhat tri"
    assert fold("tính nhút nhát") == "tinh nhut nhat"  # only the "ứ" of "nhứt"


def test_crossed_out_words_of_a_transcription_are_blanked() -> None:
    from nlp.normalize import unstrike

    text = "Có mặt: (xóa: 22) 21 đ/c; tổ chức trong tháng 3 (gạch bỏ: tháng 2)."
    out = unstrike(text)
    assert len(out) == len(text) and "22" not in out and "tháng 2)" not in out and "21 đ/c" in out


@pytest.mark.parametrize(("written", "kept"), [
    ("T/gian: [xóa]19h00[/xóa] 19h30 ngày 18/4", "19h30 ngày 18/4"),
    ("Có mặt: <s>17</s> 16 đ/c", "16 đ/c"),
    ("Vắng: ~~3~~ 2 đ/c", "2 đ/c"),
    ("Ngày: {gạch: 30/8} 31/8/2023", "31/8/2023"),
    ("Có mặt: [-17-] <16> đ/c", "<16> đ/c"),  # (a typist's "[- -]" for the struck, "< >" for the written above)
    ("T/gian: 14h00 (trong sổ viết 13h30, gạch đi sửa thành 14h00) ngày 12/6", "T/gian: 14h00"),
    ("kết thúc lúc 9 giờ 20 (sửa lại: 9 giờ 50)", "(sửa lại: 9 giờ 50)"),
])
def test_struck_through_words_as_typists_mark_them(written: str, kept: str) -> None:
    from nlp.normalize import unstrike

    out = unstrike(written)
    assert len(out) == len(written) and kept in " ".join(out.split())
    if "sửa lại" not in written:
        assert not any(struck in out for struck in ("19h00", "<s>", "17", "~~", "30/8", "13h30"))


@pytest.mark.parametrize(("written", "read"), [
    # a correction noted beside the value: the new value takes the struck one's place
    ("Có mặt: 19 đ/c [19 gạch, sửa thành 18 - có ký nháy] vắng 2", "Có mặt: 18 đ/c vắng 2"),
    ("Biểu quyết: 19/19 [gạch, sửa thành 18/18] đ/c tán thành", "Biểu quyết: 18/18 đ/c tán thành"),
    ("Kết thúc: 9 giờ 30 [gạch, sửa thành 9 giờ 45], cùng ngày", "Kết thúc: 9 giờ 45 , cùng ngày"),
    ("Thư ký: Vy Hoa [gạch, sửa thành Hoàng Thị Hoa]", "Thư ký: Hoàng Thị Hoa"),
    # a struck word inside a name: the rest of the name closes up, later cells stay in their columns
    ("  6  Lục Văn [Sìn – gạch] Páo        x", "6 Lục Văn Páo x"),
    ("- Đ/c [Thái - gạch bỏ] Hà Văn Nam: nhất trí", "- Đ/c Hà Văn Nam: nhất trí"),
    ("Có mặt: 21 [số 22 bị gạch, sửa 21] đồng chí", "Có mặt: 21 đồng chí"),
])
def test_corrections_and_struck_words_in_square_brackets(written: str, read: str) -> None:
    from nlp.normalize import unstrike

    out = unstrike(written)
    assert len(out) == len(written) and " ".join(out.split()) == read


def test_a_struck_name_keeps_the_roll_marks_in_their_columns() -> None:
    from nlp.normalize import unstrike

    row = "  6  Lục Văn [Sìn – gạch] Páo        x"
    assert unstrike(row).index("x") == row.index("x")


@pytest.mark.parametrize(("line", "furniture"), [
    ("Trang 23                                  26/6/2023", True), ("--- 88 ---", True), ("Tr.64", True),
    ("Tờ 34        Lề: ngày 20/01/2026", True), ("[Sổ BB chi bộ - trang 42]     [lề: 18/4/2021]", True),
    ("CHI BỘ 5", False), ("ĐẢNG BỘ XÃ AN PHÚ", False), ("Hồi 19 giờ chi bộ họp", False),
])
def test_minutes_book_page_furniture(line: str, furniture: bool) -> None:
    from nlp.cues import book_furniture

    assert book_furniture(line) is furniture


def test_an_emoji_between_two_sentences_reads_as_their_stop() -> None:
    from nlp.normalize import unspeck

    assert unspeck("chi bộ thống nhất 👌 Đồng chí Hà báo cáo") == "chi bộ thống nhất . Đồng chí Hà báo cáo"
    assert unspeck("Lò Văn Ban ✅ đã ký") == "Lò Văn Ban   đã ký"


def test_a_field_and_agenda_table_drawn_with_bars_reads_as_labelled_lines() -> None:
    from nlp.normalize import unpipe

    table = ("| Hạng mục | Nội dung |\n|---|---|\n| Địa điểm | Hội trường thôn 4 |\n| Chủ trì | Đ/c Lò Văn Pọm |\n"
             "| Thư ký | Đ/c Cà Thị Ơn |\n\n| TT | Nội dung | Diễn biến |\n|----|----|----|\n"
             "| 1 | Khai mạc | Đ/c Pọm nêu lý do, chi bộ nhất trí. |\n"
             "| 2 | Thông tin thời sự | Giá ngô tăng, xã làm |\n"
             "|   |          | đường mới qua bản. |\n| 3 | Kết luận | Đ/c Pọm kết luận. |\n")
    out = unpipe(table)
    assert len(out) == len(table)
    assert "Địa điểm:" in out and "2.  Thông tin thời sự:" in out and "|" not in out
    assert [s.kind for s in analyze("BIÊN BẢN SINH HOẠT CHI BỘ\n\n" + table).sections] == [
        "opening", "news", "conclusion"]
    # a list of members is left to the table readers
    members = ("| TT | Họ tên | Có mặt |\n|---|---|---|\n| 1 | Lò Văn Pọm | x |\n| 2 | Cà Thị Ơn | x |\n"
               "| 3 | Lò Thị Ún | x |\n")
    assert unpipe(members) == members


def test_an_agenda_table_drawn_with_box_lines_under_every_item() -> None:
    from nlp.normalize import unbox, unpipe

    rule = "├────┼──────────────┼─────────────────────────────┤\n"
    table = ("┌────┬──────────────┬─────────────────────────────┐\n"
             "│ TT │ Nội dung     │ Diễn biến                   │\n" + rule
             + "│ 1  │ Khai mạc     │ Đ/c Vàng A Sình nêu lý do,  │\n"
             "│    │              │ chi bộ nhất trí chương trình.│\n" + rule
             + "│ 2  │ Thời sự      │ Mưa đá làm hỏng 12 mái nhà. │\n" + rule
             + "│ 3  │ Kết luận     │ Đ/c Sình kết luận.          │\n"
             "└────┴──────────────┴─────────────────────────────┘\n")
    out = unpipe(unbox(table))
    assert len(out) == len(table) and "2.   Thời sự:" in out
    assert [s.kind for s in analyze("BIÊN BẢN SINH HOẠT CHI BỘ\n\n" + table).sections] == [
        "opening", "news", "conclusion"]
    # counts told in several columns stay a table for the readers of tables
    counts = ("+-----------+------------+-------+------+\n| Nội dung  | Chính thức | Dự bị | Cộng |\n"
              "+-----------+------------+-------+------+\n| Tổng số   | 20         | 1     | 21   |\n"
              "| Có mặt    | 18         | 1     | 19   |\n| Vắng      | 2          | 0     | 2    |\n"
              "| Miễn      | 0          | 0     | 0    |\n+-----------+------------+-------+------+\n")
    assert unpipe(counts) == counts


def test_a_forwarded_message_behind_a_chat_apps_bar_reads_as_the_record() -> None:
    quoted = ("Em gửi anh biên bản tháng 5 ạ\n\n  ┌────────────────────\n  │ Tin nhắn được chuyển tiếp\n  │\n"
              "  │ CHI BỘ TRẠM Y TẾ XÃ AN BÌNH\n  │ BIÊN BẢN HỌP CHI BỘ THÁNG 5 NĂM 2021\n  │\n"
              "  │ Vào lúc 14g00 ngày 10.5.2021 tại phòng giao ban trạm y tế, Chi bộ họp thường kỳ do đ/c Lê\n"
              "  │ Thị Hằng chủ trì. Đ/c Hằng tuyên bố lý do, chi bộ thống nhất chương trình. Đ/c Tú thông tin thời\n"
              "  │ sự: dịch Covid-19 bùng phát lại ở Bắc Giang; xã tiêm vắc xin cho người trên 65 tuổi.\n  │\n"
              "  │ Đ/c Hằng quán triệt Kết luận 01-KL/TW của Bộ Chính trị.\n")
    r = analyze(quoted)
    assert (r.meeting.place, r.meeting.date) == ("phòng giao ban trạm y tế", "2021-05-10")
    assert [s.kind for s in r.sections] == ["opening", "news", "dissemination"]


def test_punctuation_said_aloud_to_voice_typing_becomes_the_marks() -> None:
    from nlp.normalize import normalize

    said = ("xuống dòng Hôm nay phẩy vào hồi 19 giờ phẩy tại nhà văn hóa thôn chấm chi bộ họp thường kỳ chấm\n"
            "Chủ trì hai chấm đồng chí Lò Văn Sơn phẩy bí thư chấm\n"
            "vắng 1 đồng chí mở ngoặc đồng chí Hà Thị Nga ốm đóng ngoặc chấm\n"
            "2 chấm Thông tin thời sự\nNhà máy chấm công bằng vân tay phẩy giá lúa tăng chấm\n")
    assert normalize(said).text == (
        "\nHôm nay, vào hồi 19 giờ, tại nhà văn hóa thôn. chi bộ họp thường kỳ.\n"
        "Chủ trì: đồng chí Lò Văn Sơn, bí thư.\n"
        "vắng 1 đồng chí (đồng chí Hà Thị Nga ốm).\n"
        "2. Thông tin thời sự\nNhà máy chấm công bằng vân tay, giá lúa tăng.\n")
    # a record with a stray "chấm" or "phẩy" is left as written
    stray = "Chi bộ chấm điểm thi đua, tỷ lệ 2 phẩy 5.\n"
    assert normalize(stray).text == stray


def test_a_code_said_mark_by_mark() -> None:
    from nlp.normalize import normalize

    said = ("chi bộ quán triệt phẩy quy định 08 gạch qđi gạch chéo tw phẩy quy định 144 gạch qđ trên tw chấm "
            "biểu quyết phẩy 23 trên 23 đồng chí tán thành chấm\nx phẩy y phẩy z\n")
    assert normalize(said).text.startswith("chi bộ quán triệt, quy định 08-qđi/tw, quy định 144-qđ/tw. "
                                           "biểu quyết, 23 trên 23 đồng chí tán thành.")


# ---------------------------------------------------------------- keystrokes of an input method

_MARKED = "Chi bộ thôn Yên Lạc họp thường kỳ tháng ba, các đồng chí đảng viên có mặt đông đủ và đúng giờ. "


@pytest.mark.parametrize(
    "typed, read",
    [
        pytest.param("Chi booj thoongs nhaats thông qua Quy ddinhj 47.", "Chi bộ thống nhất thông qua Quy định 47.",
                     id="telex"),
        pytest.param("Ddaij ddooij trưởng, truwowngf ban, nguowif dân.", "Đại đội trưởng, trường ban, người dân.",
                     id="telex-capital-and-horns"),
        pytest.param("d9o6ng2 chi1 Lê Văn Tám; Bie6u3 quye6t1 12/12.", "đồng chí Lê Văn Tám; Biểu quyết 12/12.",
                     id="vni"),
    ],
)
def test_words_left_as_keystrokes(typed: str, read: str) -> None:
    assert normalize(_MARKED + typed).text == _MARKED + read


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Họp qua Zoom và Teams, phòng Meeting Room 2, xe bus; kế hoạch KH2024, T6, B52.",
                     id="english-codes"),
        pytest.param("Nhà rông thôn Sa Loong, buôn Ko Siar, boong tàu, xã Đăk Rơ Wa; đồng chí Moong Văn Pheo.",
                     id="names-and-loans"),
        pytest.param("Chi bo thon Yen Lac hop, dong chi chis ddinhj.", id="typed-without-marks"),
    ],
)
def test_words_that_are_no_keystrokes(text: str) -> None:
    # (beside a word typed so for sure, "ddinhj", so that the record is known to hold some)
    assert normalize(_MARKED + text + " Quy ddinhj 47.").text.endswith(text + " Quy định 47.") or "Chi bo" in text
    if "Chi bo" in text:  # a record typed without marks is left alone
        assert normalize(text).text == text


def test_a_two_column_tables_wrapped_cells() -> None:
    tabbed = "VII. Kết luận\tĐ/c Bí thư giao tổ 3 dọn\n\tkênh trước ngày 15.\nVIII. Biểu quyết\t12/12 đ/c tán\n\tthành."
    assert normalize(tabbed).text == ("VII. Kết luận\tĐ/c Bí thư giao tổ 3 dọn kênh trước ngày 15.\n"
                                      "VIII. Biểu quyết\t12/12 đ/c tán thành.")
    barred = "| Đảng viên | Vắng: 01 đ/c có lý do |\n|           | (đ/c Lò Thị Én, ốm).  |\n"
    assert normalize(barred).text.split("\n")[0] == "| Đảng viên | Vắng: 01 đ/c có lý do (đ/c Lò Thị Én, ốm). |"
    # (not a form's fields run on, a tab before each: "Có mặt: 20\tVắng: 2" over "\tCó lý do: …\tKhông lý do: …")
    form = "Có mặt: 20 đ/c\tVắng: 02 đ/c\n\tCó lý do: …… đ/c\tKhông lý do: …… đ/c"
    assert normalize(form).text == form
