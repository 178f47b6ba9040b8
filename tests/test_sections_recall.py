"""find_sections recall on layouts clerks write that the first cue set missed (one kind of failure per table)."""

from __future__ import annotations

import pytest

from nlp.normalize import normalize
from nlp.sections import find_sections

HEAD = (
    "ĐẢNG BỘ XÃ HÒA BÌNH\n"
    "CHI BỘ THÔN ĐÔNG\n"
    "*\n"
    "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 5 NĂM 2023\n"
    "Thời gian: 19 giờ 30, ngày 12/5/2023. Địa điểm: Nhà văn hóa thôn.\n"
    "Chủ trì: đồng chí Phạm Văn Lực. Thư ký: đồng chí Đỗ Thị Nga.\n"
    "Tổng số 21 đảng viên, có mặt 19, vắng 02 có lý do.\n"
)
END = "\nTHƯ KÝ                         CHỦ TRÌ\nĐỗ Thị Nga                     Phạm Văn Lực\n"


def kinds(text: str, meeting_type: str | None = None) -> set[str]:
    return {s.kind for s in find_sections(normalize(text).text, meeting_type)}


# -------------------------------------------------------------- discussion led by someone, then members' bullets
LED_DISCUSSION = [
    pytest.param(
        "Đồng chí Phó Bí thư điều hành phần thảo luận.\n"
        "- Đ/c Hoàng Văn Tư đề nghị sửa lại đoạn mương bị sạt.\n"
        "- Đ/c Lò Thị Hiên đề nghị tổ chức dọn vệ sinh đường làng.\n",
        id="pbt-dieu-hanh"),
    pytest.param(
        "Chi bộ tiến hành thảo luận, các ý kiến như sau:\n"
        "+ Đồng chí Vi Văn Khoa: cần tăng cường tuần tra ban đêm.\n"
        "+ Đồng chí Mai Thị Lụa: nhất trí, đề nghị họp dân trước ngày 20.\n",
        id="chi-bo-tien-hanh"),
    pytest.param(
        "Sau đó, đồng chí Bí thư gợi ý cho đảng viên thảo luận các nội dung trên.\n"
        "- Đ/c Nông Văn Bảy: đề nghị hỗ trợ giống lúa cho các hộ nghèo.\n",
        id="goi-y-thao-luan"),
    pytest.param(
        "Các đồng chí đảng viên phát biểu ý kiến:\n"
        "- Đ/c Triệu Văn Sáng đề xuất mở lớp dạy nghề đan lát.\n",
        id="dang-vien-phat-bieu"),
    pytest.param(
        "Ý kiến của đảng viên:\n"
        "- Đ/c Hà Văn Chín: đồng ý với báo cáo, đề nghị làm rõ nguồn vốn.\n",
        id="y-kien-label"),
    pytest.param(
        "- Đ/c Lý Văn Mười đề nghị chi bộ sớm họp bàn việc làm đường.\n"
        "- Đ/c Đinh Thị Hoa đề nghị tăng cường tuyên truyền phòng chống dịch.\n"
        "- Đ/c Sầm Văn Nhất ý kiến về việc thu quỹ khuyến học.\n",
        id="bullets-only"),
]

REVIEW = ("Đồng chí Bí thư đánh giá kết quả thực hiện nhiệm vụ tháng 4: hoàn thành gieo cấy 100% diện tích, "
          "thu quỹ đạt 80%.\n")


@pytest.mark.parametrize("body", LED_DISCUSSION)
def test_discussion_led_by_someone(body: str) -> None:
    assert "discussion" in kinds(HEAD + REVIEW + body + "Đồng chí chủ trì kết luận buổi sinh hoạt.\n" + END)


# -------------------------------------------------------------- dissemination inside numbered items of any style
NUMBERED_DISSEMINATION = [
    pytest.param("4/ Triển khai Kế hoạch số 25-KH/ĐU của Đảng ủy xã về thu ngân sách năm 2023.",
                 id="slash-trien-khai-kh"),
    pytest.param("4/ Quán triệt Chỉ thị 35-CT/TW về đại hội đảng bộ các cấp.", id="slash-quan-triet"),
    pytest.param("4. Phổ biến Nghị định 100/2019/NĐ-CP về xử phạt vi phạm giao thông.", id="dot-pho-bien"),
    pytest.param("4) Triển khai Hướng dẫn số 12-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy.", id="paren-trien-khai-hd"),
    pytest.param("IV/ Triển khai Nghị quyết số 18-NQ/TW và kế hoạch thực hiện của huyện.", id="roman-slash"),
    pytest.param("4 - Giới thiệu Quy định số 22-QĐ/TW về công tác kiểm tra.", id="dash-gioi-thieu-qd"),
    pytest.param("4/ Đồng chí Bí thư triển khai Công văn số 45-CV/ĐU về phòng chống lụt bão.", id="subject-trien-khai"),
]


@pytest.mark.parametrize("item", NUMBERED_DISSEMINATION)
def test_dissemination_in_numbered_item(item: str) -> None:
    body = ("1/ Đồng chí Bí thư tuyên bố lý do, thông qua chương trình.\n"
            "2/ Thông tin thời sự: tình hình mưa bão, giá lúa tăng.\n"
            "3/ Đánh giá kết quả tháng 4: hoàn thành thu hoạch vụ chiêm.\n"
            f"{item}\n"
            "5/ Phương hướng nhiệm vụ tháng 6: làm đất vụ mùa.\n")
    assert "dissemination" in kinds(HEAD + body + END)


# -------------------------------------------------------------- votes closing the conclusion paragraph
VOTE_AT_END = [
    pytest.param("Đồng chí chủ trì kết luận, giao nhiệm vụ cho từng tổ; Chi bộ nhất trí 100%.", id="nhat-tri-100"),
    pytest.param("Đồng chí chủ trì kết luận các nội dung trên. 19/19 đồng chí có mặt giơ tay biểu quyết tán thành.",
                 id="gio-tay-tan-thanh"),
    pytest.param("Đồng chí chủ trì kết luận các nội dung trên, chi bộ thống nhất 100% (19/19 đồng chí).",
                 id="thong-nhat-100"),
    pytest.param("Kết luận: thống nhất các nhiệm vụ tháng 6. Đảng viên dự họp nhất trí 19/19.",
                 id="dang-vien-nhat-tri"),
    pytest.param("Đồng chí chủ trì kết luận các nội dung trên và được 100% đảng viên có mặt nhất trí.",
                 id="duoc-100-nhat-tri"),
    pytest.param("Đồng chí chủ trì kết luận. Hội nghị biểu quyết thông qua với 19/19 phiếu tán thành.",
                 id="hoi-nghi-bieu-quyet"),
]


@pytest.mark.parametrize("closing", VOTE_AT_END)
def test_vote_at_end_of_conclusion(closing: str) -> None:
    body = "Đồng chí Bí thư thông tin thời sự trong nước và quốc tế.\n" + REVIEW + closing + "\n"
    got = kinds(HEAD + body + END)
    assert {"conclusion", "vote"} <= got


# -------------------------------------------------------------- narrative minutes with no headings at all
NARRATIVE = [
    pytest.param(
        "Mở đầu buổi họp, đồng chí Bí thư nêu lý do và thông qua chương trình, chi bộ nhất trí.\n"
        "Tiếp đó đồng chí Phó Bí thư cung cấp thông tin thời sự nổi bật trong tháng như tình hình mưa lũ, "
        "giá nông sản.\n"
        "Đồng chí Bí thư báo cáo kết quả lãnh đạo thực hiện nhiệm vụ tháng 4, nêu ưu điểm, hạn chế.\n"
        "Về phương hướng tháng 6, chi bộ tập trung chăm sóc lúa, phòng chống dịch bệnh gia súc.\n"
        "Các đảng viên sôi nổi phát biểu, đồng chí Tày Văn Hải đề nghị sửa cống.\n"
        "Đồng chí chủ trì tiếp thu, kết luận và chi bộ biểu quyết nhất trí 19/19.\n",
        {"opening", "news", "review", "plan", "discussion", "conclusion", "vote"},
        id="paragraphs"),
    pytest.param(
        "Đồng chí Bí thư khai mạc, giới thiệu chương trình. Đồng chí Phó Bí thư điểm qua tình hình thời sự "
        "trong nước và quốc tế. Chi bộ nghe báo cáo kết quả tháng 4 và bàn phương hướng nhiệm vụ tháng 6. "
        "Chi bộ tiến hành thảo luận, nhiều ý kiến đóng góp. Đồng chí Bí thư kết luận. "
        "Chi bộ biểu quyết 19/19 nhất trí.\n",
        {"opening", "news", "review", "plan", "discussion", "conclusion", "vote"},
        id="one-paragraph"),
]


@pytest.mark.parametrize(("body", "expected"), NARRATIVE)
def test_narrative_minutes(body: str, expected: set[str]) -> None:
    assert expected <= kinds(HEAD + body + END)


# -------------------------------------------------------------- labels and item styles
LABELS = [
    pytest.param("Nội dung thứ nhất: Khai mạc\nĐồng chí Bí thư nêu lý do.\n"
                 "Nội dung thứ hai: Thông tin thời sự\nTình hình mưa bão.\n"
                 "Nội dung thứ ba: Nhiệm vụ tháng 6\n- Làm đất vụ mùa.\n"
                 "Nội dung thứ tư: Thảo luận\n- Đ/c Vi Văn Khoa: đề nghị làm đường.\n",
                 {"opening", "news", "plan", "discussion"}, id="noi-dung-thu"),
    pytest.param("phần mở đầu: đ/c bí thư nói lý do, đọc chương trình.\n\n"
                 "đánh giá tháng 4: gieo cấy xong, thu quỹ đạt 80%.\n\n"
                 "nhiệm vụ tháng 6: làm đất vụ mùa.\n",
                 {"opening", "review", "plan"}, id="lower-case-labels"),
    pytest.param("- BT nêu lý do.\n- KQ tháng 4: gieo cấy xong.\n- NV tháng 6: làm đất vụ mùa.\n",
                 {"opening", "review", "plan"}, id="abbreviated-labels"),
    pytest.param("c) Kết quả tháng 4: gieo cấy xong.\nd) Nhiệm vụ từ nay đến cuối tháng 6: làm đất vụ mùa.\n",
                 {"review", "plan"}, id="nhiem-vu-tu-nay"),
    pytest.param("1. Đồng chí Bí thư nêu lý do.\n"
                 "2. TS. Lê Văn Đạt, Phó Bí thư Chi bộ, trình bày chuyên đề về phòng chống suy thoái.\n"
                 "3. Thảo luận:\n- Đ/c Vi Văn Khoa: đề nghị in tài liệu.\n",
                 {"opening", "topic", "discussion"}, id="titled-name-presents"),
]


@pytest.mark.parametrize(("body", "expected"), LABELS)
def test_labels_and_items(body: str, expected: set[str]) -> None:
    assert expected <= kinds(HEAD + body + END)


# -------------------------------------------------------------- precision: the new cues do not fire on mentions
NOT_OPENING = [
    pytest.param("Nhiệm vụ tháng 6: tiếp tục triển khai Kế hoạch số 25-KH/ĐU; quán triệt Chỉ thị 35 tới đảng viên.",
                 "dissemination", id="dissemination-as-task"),
    pytest.param("Đồng chí chủ trì kết luận; đề nghị các đảng viên nhất trí cao trong hành động.", "vote",
                 id="nhat-tri-as-exhortation"),
    pytest.param("Đồng chí chủ trì kết luận: cần nâng chất lượng thảo luận trong các buổi sinh hoạt.", "discussion",
                 id="thao-luan-as-task"),
]


@pytest.mark.parametrize(("body", "absent"), NOT_OPENING)
def test_new_cues_keep_precision(body: str, absent: str) -> None:
    assert absent not in kinds(HEAD + REVIEW + body + "\n" + END)


# -------------------------------------------------------------- narrative sentences: verbs and subjects clerks use
NARRATIVE_SENTENCES = [
    pytest.param("news", "Đồng chí Nguyễn Thị Lan đã thông tin đến chi bộ những sự kiện nổi bật trong tháng.",
                 id="news-den-chi-bo"),
    pytest.param("news", "Phần thông tin thời sự do đồng chí Lan trình bày, nêu tình hình mưa lũ.", id="news-phan-do"),
    pytest.param("news", "Đồng chí Lan điểm qua những sự kiện chính trị trong nước.", id="news-diem-qua"),
    pytest.param("news", "Tiếp theo đồng chí Bí thư thông báo mấy tin thời sự của huyện và của tỉnh.",
                 id="news-thong-bao-tin"),
    pytest.param("review", "Đánh giá chung, trong tháng 4 chi bộ đã hoàn thành tốt các chỉ tiêu đề ra.",
                 id="review-danh-gia-chung"),
    pytest.param("review", "Kết quả thực hiện nhiệm vụ tháng 4 như sau: hoàn thành gieo cấy.", id="review-ket-qua"),
    pytest.param("review", "Đánh giá tháng 4 (thực hiện Nghị quyết số 03-NQ/CB): hoàn thành gieo cấy 40 ha.",
                 id="review-month-with-its-resolution-in-brackets"),
    pytest.param("discussion", "Đảng viên tham gia đóng góp nhiều ý kiến sôi nổi.", id="discussion-nhieu-y-kien"),
    pytest.param("discussion", "Qua thảo luận, các đồng chí thống nhất cao.", id="discussion-qua-thao-luan"),
    pytest.param("plan", "Về nhiệm vụ tháng 6, chi bộ tập trung chăm sóc lúa.", id="plan-ve-nhiem-vu"),
    pytest.param("plan", "3. Nhiệm vụ trước mắt (chống hạn):\n- Khơi thông kênh mương.", id="plan-nhiem-vu-truoc-mat"),
    pytest.param("plan", "Chi bộ đề ra một số nhiệm vụ trọng tâm như sau: làm thủy lợi, thu quỹ.",
                 id="plan-de-ra-mot-so"),
    pytest.param("hcm_study", "Đảng viên đăng ký nội dung làm theo tấm gương Bác Hồ.", id="hcm-dang-ky"),
    pytest.param("topic", "Đồng chí Bí thư thông qua nội dung chuyên đề.", id="topic-thong-qua"),
    pytest.param("conclusion", "Cuối buổi, đồng chí chủ trì phát biểu kết luận.", id="conclusion-cuoi-buoi"),
    pytest.param("vote", "Nghị quyết quý III của chi bộ đã được biểu quyết thông qua, 19/19 đồng chí nhất trí.",
                 id="vote-passive-named-resolution"),
    pytest.param("news", "Về thời sự, đồng chí Phó Bí thư thông tin: giá lúa tăng, mưa bão nhiều.",
                 id="news-ve-thoi-su"),
    pytest.param("topic", "Tiếp theo, đồng chí Lò Văn Pọm, chi ủy viên, phó trưởng ban công tác mặt trận bản trình "
                 "bày chuyên đề.", id="topic-by-a-member-named-with-offices"),
    pytest.param("review", "Về tình hình thực hiện Nghị quyết số 07-NQ/CB ngày 30/4/2023 của chi bộ: lúa đã trổ đều.",
                 id="review-of-the-cells-numbered-resolution"),
]


@pytest.mark.parametrize(("kind", "sentence"), NARRATIVE_SENTENCES)
def test_narrative_sentence_opens_its_part(kind: str, sentence: str) -> None:
    body = "Đồng chí Bí thư nêu lý do, thông qua chương trình.\n" + sentence + "\n"
    assert kind in kinds(HEAD + body + END)


OPENING_SENTENCES = [
    pytest.param("Mở đầu, đồng chí Bí thư nêu mục đích, ý nghĩa buổi sinh hoạt.", id="muc-dich-y-nghia"),
    pytest.param("Đồng chí chủ trì thông qua nội dung, chương trình sinh hoạt; chi bộ nhất trí.",
                 id="noi-dung-chuong-trinh"),
    pytest.param("Chi bộ thống nhất chương trình sinh hoạt gồm 5 nội dung.", id="thong-nhat-chuong-trinh"),
]


@pytest.mark.parametrize("sentence", OPENING_SENTENCES)
def test_opening_sentence_after_the_facts(sentence: str) -> None:
    got = find_sections(normalize(HEAD + sentence + "\n" + END).text)
    assert got[0].kind == "opening"
    assert "vote" not in {s.kind for s in got}  # adopting the agenda is no vote


def test_parts_headed_after_a_dash_in_a_record_of_dashed_lines() -> None:
    body = (
        "- Đ/c Bí thư nêu lý do, thông qua chương trình. Chi bộ nhất trí.\n"
        "- Phần thứ hai. Phổ biến văn bản mới.\n"
        "- Đ/c Tâm nhắc các đảng viên làm theo văn bản mới của huyện. Phải làm ngay.\n"
        "- III. Công việc tháng tới.\n"
        "- Làm cỏ lúa. Dọn kênh mương. Giao đ/c Hùng.\n"
        "- Thu quỹ khuyến học. Giao đ/c Lan.\n"
    )
    found = kinds(HEAD + body + END)
    assert {"dissemination", "plan"} <= found


def test_first_line_of_a_wrapped_paragraph_is_no_heading() -> None:
    import textwrap

    paras = [
        "I. MỞ ĐẦU",
        "Đồng chí Bí thư Nguyễn Văn Thành tuyên bố lý do, giới thiệu đại biểu và thông qua chương trình "
        "sinh hoạt; chi bộ nhất trí với chương trình đã đề ra.",
        "II. SINH HOẠT CHUYÊN ĐỀ",
        "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, đ/c Hà Thị Hoa trình bày chuyên "
        "đề về trách nhiệm nêu gương của cán bộ, đảng viên trong công tác, liên hệ với thực tế của chi bộ, "
        "chỉ ra những việc đã làm được và những việc chưa làm được trong năm qua.",
        "III. THẢO LUẬN",
        "Đồng chí Phạm Văn Long phát biểu nhất trí với nội dung chuyên đề, đề nghị bổ sung phần liên hệ về "
        "việc giữ gìn đoàn kết nội bộ; đồng chí Vũ Thị Lan đề nghị mỗi đảng viên đăng ký việc làm cụ thể.",
        "IV. KẾT LUẬN",
        "Đồng chí Bí thư kết luận, giao đồng chí Lê Thị Hoa tiếp thu các ý kiến, hoàn thiện chuyên đề và "
        "gửi chi ủy trước ngày 30 của tháng; chi bộ biểu quyết 18/18 đồng chí tán thành.",
    ]
    body = "\n\n".join("\n".join(textwrap.wrap(p, 72)) for p in paras) + "\n"
    text = HEAD.replace("THƯỜNG KỲ", "CHUYÊN ĐỀ") + body + END
    found = find_sections(normalize(text).text, "thematic")
    assert [s.heading for s in found if s.heading and s.heading[:1] not in "IV"] == []
    assert {"topic", "discussion", "conclusion"} <= {s.kind for s in found}


PLAN_IN_CONCLUSION = [
    pytest.param("III. KẾT LUẬN\nĐồng chí Bí thư kết luận các ý kiến, chi bộ thống nhất nhiệm vụ tháng 6 gồm: làm "
                 "thủy lợi nội đồng, thu quỹ khuyến học, chuẩn bị đón học sinh nghỉ hè.\n", id="clause-in-body"),
    pytest.param("Kết luận: đồng chí chủ trì tiếp thu ý kiến. Từ nay đến cuối quý II chi bộ tập trung: (1) thu "
                 "hoạch vụ xuân; (2) phòng chống đuối nước cho trẻ em.\n", id="tu-nay-den"),
    pytest.param("Đồng chí Bí thư kết luận, giao nhiệm vụ tháng 6: làm thủy lợi nội đồng, thu quỹ khuyến học.\n",
                 id="conclusion-clause-giao-nhiem-vu-no-heading"),
    pytest.param("3. Kết luận\nĐồng chí chủ trì kết luận, chi bộ thống nhất nhiệm vụ tháng 6 như sau:\n"
                 "- Làm thủy lợi nội đồng.\n- Thu quỹ khuyến học.\n", id="heading-line-names-both"),
]


@pytest.mark.parametrize("conclusion", PLAN_IN_CONCLUSION)
def test_next_months_tasks_stated_in_the_conclusion_are_the_plan(conclusion: str) -> None:
    body = ("I. Thông tin thời sự\nĐồng chí Lan thông tin tình hình thời sự trong nước.\n"
            "II. Đánh giá kết quả tháng 5\nChi bộ đã hoàn thành gieo cấy.\n" + conclusion +
            "Chi bộ biểu quyết 19/19 đồng chí tán thành.\n")
    assert "plan" in kinds(HEAD + body + END, "regular")


def test_items_of_the_review_named_like_the_news_stay_in_the_review() -> None:
    body = ("I. MỞ ĐẦU\nĐồng chí Bí thư tuyên bố lý do.\nII. THÔNG TIN THỜI SỰ\nĐồng chí Lan thông tin.\n"
            "III. ĐÁNH GIÁ KẾT QUẢ HỌC KỲ I\n1. Công tác tư tưởng chính trị: đảng viên yên tâm công tác.\n"
            "2. Công tác chuyên môn: 98% học sinh lên lớp.\nIV. NHIỆM VỤ THÁNG 6\nÔn tập cho học sinh.\n")
    found = [(s.kind, s.heading) for s in find_sections(normalize(HEAD + body + END).text, "regular")]
    assert ("review", "III. ĐÁNH GIÁ KẾT QUẢ HỌC KỲ I") in found
    assert [k for k, _ in found].count("news") == 1


def test_the_topics_name_above_the_record_is_not_its_presentation() -> None:
    body = ('Chuyên đề: "Nâng cao chất lượng sinh hoạt chi bộ theo Chỉ thị 50-CT/TW"\n\n'
            "1. Đồng chí Bí thư tuyên bố lý do, nêu mục đích, yêu cầu và thông qua chương trình.\n"
            "2. Đồng chí Lê Văn Hòa trình bày chuyên đề:\na) Những điểm mới.\nb) Giải pháp.\n"
            "3. Các đồng chí thảo luận, đóng góp ý kiến.\n4. Kết luận\nĐồng chí chủ trì kết luận.\n")
    found = find_sections(normalize(HEAD + body + END).text, "thematic")
    assert found[0].kind == "opening" and "Chuyên đề:" not in [s.heading for s in found]
    assert {"opening", "topic", "discussion", "conclusion"} <= {s.kind for s in found}


def test_review_and_plan_written_as_bullets_naming_their_months() -> None:
    body = ("PHẦN THỨ NHẤT: SINH HOẠT ĐỊNH KỲ\n- Đồng chí Bí thư tuyên bố lý do, thông qua chương trình.\n"
            "- Thời sự: giá lúa tăng; mưa lớn cuối tháng.\n"
            "- Tháng 4 chi bộ vận động 30 hộ làm chuồng trại, còn 5 hộ chưa làm.\n"
            "- Tháng 5 và mùa mưa: nạo vét kênh mương, thu quỹ phòng chống thiên tai.\n"
            "- Thảo luận: các đồng chí nhất trí.\n- Đồng chí chủ trì kết luận.\n")
    found = {s.kind for s in find_sections(normalize(HEAD + body + END).text, "regular", "2023-05-08")}
    assert {"review", "plan"} <= found


def test_the_month_accomplished_in_the_conclusion_is_not_the_plan() -> None:
    body = ("I. Thông tin thời sự\nĐồng chí Lan thông tin tình hình thời sự.\nII. Đánh giá kết quả tháng 5\n"
            "Chi bộ đã hoàn thành gieo cấy.\nIII. Nhiệm vụ tháng 6\n- Làm thủy lợi.\nIV. Thảo luận\nCác đồng chí "
            "phát biểu.\nV. KẾT LUẬN\nĐồng chí Bí thư kết luận:\n1. Chi bộ hoàn thành tốt nhiệm vụ tháng 5/2023.\n"
            "2. Giao đồng chí Hùng theo dõi việc làm thủy lợi.\nChi bộ biểu quyết 19/19 tán thành.\n")
    assert "conclusion" in kinds(HEAD + body + END, "regular")


def test_the_report_presented_under_the_review_is_not_the_topic() -> None:
    body = ("1. Thông tin thời sự\nĐồng chí Lan thông tin tình hình thời sự.\n2. Đánh giá kết quả tháng 5\n"
            "Đồng chí Bí thư trình bày báo cáo:\n- Chuyên môn: khám 540 lượt bệnh nhân.\n- Tồn tại: còn nằm ghép.\n"
            "3. Nhiệm vụ tháng 6\n- Giảm nằm ghép.\n4. Thảo luận\nCác đồng chí phát biểu.\n5. Kết luận\n"
            "Đồng chí chủ trì kết luận.\n")
    found = kinds(HEAD + body + END, "regular")
    assert "review" in found and "topic" not in found


def test_agreeing_to_the_agenda_is_no_vote_and_a_bare_adoption_is() -> None:
    body = ("1. Đồng chí Bí thư tuyên bố lý do, thông qua chương trình. Chi bộ thống nhất 100%.\n"
            "2. Đồng chí Vũ Thị Hoa - Chi ủy viên, Hiệu phó trình bày chuyên đề. Nội dung chính: rèn tác phong.\n"
            "3. Thảo luận\nCác đồng chí phát biểu sôi nổi.\n4. Kết luận\nĐồng chí chủ trì kết luận, giao nhiệm vụ "
            "cho từng đảng viên.\nChi bộ nhất trí thông qua.\n")
    found = find_sections(normalize(HEAD.replace("THƯỜNG KỲ", "CHUYÊN ĐỀ") + body + END).text, "thematic")
    kinds_found = [s.kind for s in found]
    assert "topic" in kinds_found and kinds_found.index("topic") < kinds_found.index("vote")
