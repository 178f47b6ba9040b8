"""find_sections: every kind by heading in many styles, by content without headings, containers, precision."""

from __future__ import annotations

import pytest

from nlp.analyze import analyze
from nlp.normalize import normalize, strip_marks
from nlp.sections import find_sections

HEAD = (
    "ĐẢNG BỘ PHƯỜNG TÂN AN\n"
    "CHI BỘ KHU PHỐ 4\n"
    "*\n"
    "BIÊN BẢN\n"
    "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2024\n"
    "Thời gian: 14 giờ 00, ngày 25/3/2024.\n"
    "Địa điểm: Hội trường khu phố.\n"
    "Chủ trì: đồng chí Nguyễn Văn An. Thư ký: đồng chí Lê Thị Bình.\n"
    "Có mặt 16/18 đồng chí, vắng 02 đồng chí có lý do.\n"
)
NEUTRAL = "Nội dung cụ thể được ghi trong tài liệu kèm theo, các tổ đã nhận đủ."
END = "\nTHƯ KÝ                         CHỦ TRÌ\nLê Thị Bình                    Nguyễn Văn An\n"


def kinds(text: str, meeting_type: str | None = None) -> list[str]:
    return [s.kind for s in find_sections(normalize(text).text, meeting_type)]


# ------------------------------------------------------------------------------------- by heading

TITLES = {
    "opening": ["Phần mở đầu", "Khai mạc", "Tuyên bố lý do, thông qua chương trình"],
    "news": ["Thông tin thời sự", "Tình hình thời sự trong nước và quốc tế"],
    "dissemination": ["Phổ biến, quán triệt văn bản cấp trên", "Quán triệt nghị quyết"],
    "review": ["Đánh giá kết quả thực hiện nhiệm vụ tháng 02/2024", "Kiểm điểm việc thực hiện nghị quyết tháng trước",
               "KQ T2/2024"],
    "hcm_study": ["Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Kiểm điểm việc làm theo Bác"],
    "criticism": ["Tự phê bình và phê bình"],
    "plan": ["Phương hướng, nhiệm vụ tháng 4/2024", "Nhiệm vụ tháng tới", "Nhiệm vụ T3/2024"],
    "topic": ["Trình bày chuyên đề", "Báo cáo đề dẫn"],
    "discussion": ["Thảo luận", "Ý kiến đảng viên", "Hỏi – đáp"],
    "conclusion": ["Kết luận của chủ trì", "Đồng chí chủ trì kết luận"],
    "vote": ["Biểu quyết", "Thông qua nghị quyết"],
    "closing": ["Kết thúc", "Bế mạc"],
}
STYLES = {
    "roman-dot-upper": lambda t: f"III. {t.upper()}",
    "roman-dash": lambda t: f"IV - {t}",
    "arabic-dot": lambda t: f"3. {t}",
    "arabic-paren": lambda t: f"2) {t}",
    "arabic-slash": lambda t: f"2/ {t}",
    "phan-thu": lambda t: f"Phần thứ hai: {t}",
    "phan-roman-upper": lambda t: f"PHẦN II. {t.upper()}",
    "letter": lambda t: f"b) {t}",
    "letter-upper": lambda t: f"B. {t}",
    "bullet-label": lambda t: f"- {t}:",
    "star-upper": lambda t: f"* {t.upper()}",
    "upper-line": lambda t: t.upper(),
    "plain-label": lambda t: f"{t}:",
    "plain-line": lambda t: t,
}
HEADING_CASES = [
    pytest.param(kind, style(title), id=f"{kind}-{name}-{i}")
    for kind, titles in TITLES.items()
    for i, title in enumerate(titles)
    for name, style in STYLES.items()
]


@pytest.mark.parametrize(("kind", "heading"), HEADING_CASES)
def test_kind_found_by_heading(kind: str, heading: str) -> None:
    text = normalize(HEAD + "\n" + heading + "\n" + NEUTRAL + "\n" + END).text
    found = [s for s in find_sections(text) if s.kind == kind]
    assert found, f"{kind} not found under {heading!r}"
    assert found[0].heading is not None and heading.startswith(found[0].heading.rstrip(":"))
    assert text[found[0].start : found[0].end].startswith(found[0].heading)


def test_phan_heading_with_title_on_next_line() -> None:
    text = HEAD + "PHẦN THỨ HAI\nTHÔNG TIN THỜI SỰ\n" + NEUTRAL + "\nPHẦN THỨ BA\nTHẢO LUẬN\n" + NEUTRAL + END
    secs = find_sections(normalize(text).text)
    assert [(s.kind, s.heading) for s in secs[:2]] == [
        ("news", "PHẦN THỨ HAI\nTHÔNG TIN THỜI SỰ"), ("discussion", "PHẦN THỨ BA\nTHẢO LUẬN")]


# ------------------------------------------------------------------------------------- by content

SENTENCES = [
    pytest.param("opening", "Đồng chí Bí thư tuyên bố lý do và thông qua chương trình buổi sinh hoạt.", id="opening"),
    pytest.param("news", "Tiếp theo, đồng chí Bí thư thông tin thời sự trong nước và quốc tế nổi bật.", id="news"),
    pytest.param("dissemination", "Đồng chí Phó Bí thư quán triệt Quy định số 37-QĐ/TW của Ban Chấp hành Trung ương.",
                 id="dissemination"),
    pytest.param("dissemination", "Chi bộ nghe đồng chí Bí thư phổ biến Kế hoạch số 112-KH/ĐU của Đảng ủy.",
                 id="dissemination-nghe"),
    pytest.param("review", "Đồng chí Bí thư đánh giá kết quả thực hiện nhiệm vụ tháng 3: hoàn thành các chỉ tiêu.",
                 id="review"),
    pytest.param("review", "Đ/c Phó Bí thư báo cáo kết quả thực hiện nghị quyết tháng trước.", id="review-report"),
    pytest.param("hcm_study", "Đồng chí Phó Bí thư kể chuyện về Bác Hồ với tinh thần tiết kiệm.", id="hcm-story"),
    pytest.param("hcm_study", "Thực hiện Chỉ thị 05-CT/TW, chi bộ liên hệ việc học tập và làm theo gương Bác.",
                 id="hcm-ct05"),
    pytest.param("criticism", "Các đồng chí đảng viên tiến hành tự phê bình và phê bình.", id="criticism"),
    pytest.param("plan", "Về phương hướng, nhiệm vụ tháng tới, chi bộ tập trung thu quỹ.", id="plan-ve"),
    pytest.param("plan", "Đồng chí Bí thư nêu nhiệm vụ trọng tâm tháng 4/2024.", id="plan-nhiem-vu"),
    pytest.param("topic", "Đồng chí Trần Văn Cường, được chi bộ phân công, trình bày chuyên đề về nêu gương.",
                 id="topic"),
    pytest.param("topic", "Chuyên đề quý II do đồng chí Mai Văn Hiển trình bày: nâng cao ý thức tự học của đảng viên.",
                 id="topic-presenter-after"),
    pytest.param("discussion", "Sau khi nghe báo cáo, các đồng chí đảng viên tham gia thảo luận sôi nổi.",
                 id="discussion-after-report"),
    pytest.param("conclusion", "Đồng chí chủ trì tiếp thu các ý kiến, kết luận buổi sinh hoạt.", id="conclusion"),
    pytest.param("vote", "Chi bộ biểu quyết thông qua nghị quyết: 15/15 đồng chí tán thành.", id="vote"),
    pytest.param("vote", "Chi bộ nhất trí 100% thông qua.", id="vote-percent"),
    pytest.param("review", "Về kết quả tháng 3, chi bộ đánh giá đã hoàn thành việc làm sạch đường làng.",
                 id="review-ve-ket-qua"),
    pytest.param("discussion", "Trong phần thảo luận, các đồng chí Lê Văn Ba, Phạm Thị Tư đề nghị tăng cường kiểm tra.",
                 id="discussion-trong-phan"),
    pytest.param("closing", "Buổi sinh hoạt kết thúc lúc 16 giờ cùng ngày.", id="closing"),
    pytest.param("closing", "Biên bản được đọc lại trước chi bộ và nhất trí thông qua.", id="closing-read-back"),
]


@pytest.mark.parametrize(("kind", "sentence"), SENTENCES)
def test_kind_found_by_content(kind: str, sentence: str) -> None:
    text = normalize(HEAD + "\n" + NEUTRAL + "\n" + sentence + " " + NEUTRAL + "\n").text
    found = [s for s in find_sections(text) if s.kind == kind]
    assert found and found[0].heading is None
    assert found[0].start <= text.index(sentence) < found[0].end


@pytest.mark.parametrize(("kind", "sentence"), SENTENCES)
def test_kind_found_without_diacritics(kind: str, sentence: str) -> None:
    text = strip_marks(HEAD + "\n" + NEUTRAL + "\n" + sentence + " " + NEUTRAL + "\n").upper()
    assert kind in kinds(text)


NO_HEADINGS = """ĐẢNG BỘ PHƯỜNG 5
CHI BỘ KHU PHỐ 7
BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 8/2022
Vào lúc 8 giờ 00 ngày 20/8/2022, Chi bộ Khu phố 7 tổ chức sinh hoạt định kỳ tại nhà văn hóa khu phố.
Tổng số đảng viên 15, có mặt 14, vắng 1 (đ/c Lan, đi công tác).
Đồng chí Bí thư tuyên bố lý do và thông qua chương trình sinh hoạt. Tiếp theo, đồng chí Bí thư thông tin \
thời sự trong nước và quốc tế nổi bật trong tháng, tình hình bão lũ ở miền Trung.
Đồng chí Phó Bí thư phổ biến Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung ương.
Đồng chí Bí thư báo cáo kết quả thực hiện nhiệm vụ tháng 7/2022: chi bộ đã hoàn thành kế hoạch vận động \
quỹ khuyến học. Hạn chế: việc thu đảng phí còn chậm, chưa đúng kế hoạch tháng.
Về phương hướng nhiệm vụ tháng 9/2022, chi bộ tập trung lãnh đạo tổ chức Lễ Quốc khánh 2/9.
Các đồng chí đảng viên tham gia thảo luận sôi nổi. Đồng chí Hòa đề nghị tăng cường tuần tra. Đồng chí \
Bình thống nhất với phương hướng đã nêu.
Đồng chí chủ trì kết luận, giao chi ủy triển khai thực hiện.
Chi bộ biểu quyết thông qua với 14/14 đồng chí tán thành.
Buổi sinh hoạt kết thúc lúc 10 giờ 05 phút.
Thư ký                      Chủ trì
Lê Văn Chín                 Nguyễn Văn Tám
"""


def test_whole_minutes_without_headings() -> None:
    assert kinds(NO_HEADINGS) == ["opening", "news", "dissemination", "review", "plan", "discussion",
                                  "conclusion", "vote", "closing"]
    secs = find_sections(normalize(NO_HEADINGS).text)
    assert secs[0].start == NO_HEADINGS.index("Vào lúc")  # the meeting facts open the opening
    assert all(s.heading is None for s in secs)


def test_facts_without_opening_content_are_not_an_opening() -> None:
    text = HEAD + "1. Thông tin thời sự\n" + NEUTRAL + "\n2. Thảo luận\n" + NEUTRAL + END
    assert kinds(text)[:2] == ["news", "discussion"]


# ------------------------------------------------------------------------------ containers, splits

ARABIC_UNDER_PHAN = """PHẦN THỨ NHẤT: PHẦN MỞ ĐẦU
Đ/c Bí thư tuyên bố lý do, thông qua chương trình sinh hoạt.
PHẦN THỨ HAI: NỘI DUNG SINH HOẠT
1. Thông tin thời sự
Đ/c Lợi thông tin tình hình dịch bệnh trong nước và trên địa bàn huyện.
2. Đánh giá kết quả thực hiện nhiệm vụ tháng 4/2021
- Chi bộ lãnh đạo hoàn thành kế hoạch gieo cấy vụ hè thu.
3. Phương hướng nhiệm vụ tháng 6/2021
- Tiếp tục phòng chống dịch.
- Đánh giá kết quả bầu cử, tổng hợp báo cáo.
4. Thảo luận
- Đ/c Huệ: đề nghị bổ sung vào phương hướng nội dung thu quỹ.
PHẦN THỨ BA: KẾT THÚC
Đ/c chủ trì kết luận: thống nhất các nội dung trên.
Chi bộ biểu quyết 23/23 đ/c tán thành.
Buổi họp kết thúc lúc 21 giờ 15 phút cùng ngày.
"""

LETTERS_AND_LABELS = """A. PHẦN MỞ ĐẦU
Đồng chí Bí thư tuyên bố lý do.
B. NỘI DUNG
a) Thông tin thời sự và phổ biến văn bản
Đồng chí Bí thư thông tin về tình hình kinh tế - xã hội tháng 2. Đồng chí Phó Bí thư quán triệt Quy định \
08-QĐi/TW về trách nhiệm nêu gương.
b) Kiểm điểm kết quả tháng 2/2019
Chi bộ đã hoàn thành kế hoạch tuyển sinh. Một số đảng viên chưa nộp kế hoạch giảng dạy đúng hạn.
c) Nhiệm vụ tháng 3/2019
Hoàn thành kế hoạch bảo vệ luận văn.
C. PHẦN KẾT THÚC
Ý kiến thảo luận: đồng chí Dũng đề nghị tăng giờ học.
Kết luận: Đồng chí chủ trì tiếp thu, kết luận.
Biểu quyết: 12/12 tán thành.
Biên bản kết thúc lúc 16h00 cùng ngày.
"""

INLINE_ROMAN_DASH = """I- Thông tin thời sự: Đồng chí Bí thư thông tin tình hình trong nước và quốc tế.
II- Kiểm điểm việc thực hiện nghị quyết tháng 12/2016: chi bộ lãnh đạo hoàn thành các chỉ tiêu.
III- Học tập và làm theo tấm gương đạo đức Hồ Chí Minh: đồng chí Phó Bí thư kể chuyện về Bác.
IV- Phương hướng tháng 02/2017: chuẩn bị Tết Nguyên đán.
V- Thảo luận, kết luận
Đồng chí Minh phát biểu đề nghị bổ sung. Đồng chí chủ trì kết luận. Chi bộ nhất trí 100% thông qua.
Biên bản được thông qua lúc 21h00.
"""

TWO_KINDS_IN_ONE_LINE = """II. NỘI DUNG
1. Đồng chí Bí thư báo cáo kết quả thực hiện nhiệm vụ tháng 02/2024 và phương hướng nhiệm vụ tháng 3/2024 \
(có báo cáo kèm theo).
2. Ý kiến đảng viên
Đồng chí Hà đề nghị làm rõ trách nhiệm chậm quyết toán.
III. KẾT LUẬN
Đồng chí Bí thư kết luận. Chi bộ biểu quyết 8/8 đồng chí tán thành (100%).
Buổi sinh hoạt kết thúc lúc 16 giờ 45 phút.
T/M CHI BỘ
BÍ THƯ
Trần Minh
"""

THEMATIC = """I. Mở đầu
Đồng chí Bí thư nêu mục đích, yêu cầu buổi sinh hoạt chuyên đề, giới thiệu báo cáo viên.
II. Trình bày chuyên đề
Đồng chí Hiệu trưởng trình bày chuyên đề về tinh thần trách nhiệm.
III. Thảo luận
Các đồng chí đảng viên liên hệ bản thân.
IV. Kết luận
Đồng chí Bí thư kết luận buổi sinh hoạt.
Buổi sinh hoạt kết thúc lúc 16 giờ 10 phút.
"""

NUMBERED_LEVELS = """\
I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN
1. Thời gian: 19 giờ 30, ngày 05/9/2023.
2. Địa điểm: Nhà sinh hoạt văn hóa thôn.
3. Thành phần: tổng số đảng viên 31, có mặt 27, vắng 4 (có lý do 3, không lý do 1).
- Chủ trì: đồng chí Lê Văn Tú, Bí thư chi bộ.
- Thư ký: đồng chí Trần Thị Hà.
II. NỘI DUNG SINH HOẠT
1. Phần mở đầu
Đồng chí Bí thư tuyên bố lý do, giới thiệu đại biểu, thông qua chương trình.
2. Thông tin thời sự, chính trị
Đồng chí Hà thông tin về kết quả Hội nghị Trung ương 8 và tình hình mưa lũ tại các tỉnh miền núi phía Bắc.
3. Đánh giá tình hình thực hiện nghị quyết tháng 8/2023 và triển khai nhiệm vụ tháng 9/2023
3.1. Tình hình thực hiện nghị quyết tháng 8
- Thu hoạch xong lúa hè thu, năng suất đạt 58 tạ/ha.
- Còn 02 hộ chưa nộp quỹ quốc phòng an ninh theo kế hoạch.
3.2. Nhiệm vụ tháng 9
- Tổ chức Tết Trung thu cho thiếu nhi.
- Vận động nhân dân đóng góp xây dựng nông thôn mới.
4. Thảo luận, đóng góp ý kiến
- Đồng chí Sáu: đề nghị làm lại mương thoát nước xóm 2.
- Đồng chí Bảy: thống nhất với báo cáo.
III. KẾT THÚC
- Chủ trì kết luận: chi bộ thống nhất các nội dung đã thảo luận.
- Biểu quyết thông qua: 27/27 đồng chí có mặt tán thành.
Buổi sinh hoạt kết thúc lúc 21 giờ 45 phút cùng ngày.
        THƯ KÝ                                   BÍ THƯ
"""

NARRATIVE = """\
Hôm nay, vào hồi 16 giờ 00 phút ngày 28/11/2019, tại phòng họp, Chi bộ Phòng Tài chính - Kế hoạch tổ chức họp \
chi bộ thường kỳ tháng 11.
Thành phần: có 09/10 đảng viên tham dự (vắng 01 đồng chí đi công tác).
Chủ trì: đồng chí Võ Thị Lan, Bí thư chi bộ. Thư ký: đồng chí Đặng Văn Phúc.
Nội dung:
Mở đầu, đồng chí Lan thông qua chương trình cuộc họp.
Đồng chí Phúc cập nhật thông tin thời sự: Quốc hội thông qua Luật Chứng khoán sửa đổi; tình hình kinh tế - xã \
hội của tỉnh 10 tháng đầu năm.
Đồng chí Bí thư triển khai các văn bản của cấp trên: Kế hoạch số 45-KH/ĐU của Đảng ủy Khối về tổng kết năm 2019.
Đồng chí Bí thư thông qua dự thảo báo cáo đánh giá tình hình thực hiện nhiệm vụ tháng 11: chi bộ hoàn thành \
dự toán thu ngân sách; giải ngân vốn đầu tư công đạt 78%.
Nhiệm vụ trọng tâm tháng 12: hoàn thành quyết toán, chuẩn bị kiểm điểm cuối năm.
Các đảng viên phát biểu ý kiến, thống nhất với báo cáo.
Đồng chí chủ trì tóm tắt, kết luận cuộc họp.
Chi bộ thống nhất thông qua nghị quyết tháng 12 với 9/9 đồng chí tán thành.
Cuộc họp kết thúc hồi 17 giờ 40 phút.
"""

SPEAKERS_WITHOUT_LABEL = """\
Hồi 19 giờ ngày 10/4/2022, Chi bộ thôn 5 họp thường kỳ. Có mặt 12/13 đảng viên, vắng 01 có lý do.
Đồng chí Bí thư tuyên bố lý do, thông qua chương trình.
Đồng chí Bí thư thông tin thời sự trong tháng.
Đồng chí Bí thư báo cáo kết quả thực hiện nhiệm vụ tháng 3/2022: hoàn thành tiêm vắc xin mũi 3.
Phương hướng nhiệm vụ tháng 5/2022: ra quân làm đường giao thông nông thôn.
Phân công:
- Đồng chí Lê Văn Ba: phụ trách tổ 1, tổ 2.
- Đồng chí Hồ Thị Tư: phụ trách tổ 3.
Đồng chí Trần Văn Năm: đề nghị chi bộ quan tâm hộ nghèo.
Đồng chí Lê Thị Sáu: nhất trí với báo cáo, bổ sung việc thu quỹ.
Đồng chí Bí thư kết luận các nội dung trên.
Chi bộ biểu quyết: 12/12 đồng chí tán thành.
Buổi sinh hoạt kết thúc lúc 21 giờ.
"""

WEB_TEMPLATE = """\
Sinh hoạt chi bộ tháng 9 năm 2021
- Thời gian: Vào lúc 19 giờ 00 ngày 15 tháng 9 năm 2021.
- Địa điểm: Văn phòng ấp 3.
- Chủ trì: đồng chí Nguyễn Văn Đông - Bí thư chi bộ.
- Thư ký: đồng chí Lê Thị Xuân.
- Tổng số đảng viên chi bộ: 17 đồng chí; có mặt: 15 đồng chí; vắng mặt 02 đồng chí (có lý do: 02; không lý do: 0).
NỘI DUNG SINH HOẠT:
I. PHẦN MỞ ĐẦU:
- Đồng chí Nguyễn Văn Đông tuyên bố lý do, giới thiệu đại biểu.
- Đồng chí Nguyễn Văn Đông thông qua chương trình sinh hoạt.
II. NỘI DUNG SINH HOẠT:
1. Công tác tư tưởng chính trị, thông tin thời sự, phổ biến văn bản mới:
- Tình hình dịch Covid-19 trên địa bàn tỉnh diễn biến phức tạp.
- Phổ biến Kế hoạch số 20-KH/ĐU của Đảng ủy xã về phòng chống dịch.
2. Đánh giá kết quả thực hiện nhiệm vụ tháng trước:
a) Kết quả đạt được:
- Hỗ trợ 120 hộ khó khăn do dịch bệnh.
b) Hạn chế, khuyết điểm:
- Công tác tuyên truyền chưa thường xuyên.
c) Nguyên nhân:
- Do dịch bệnh kéo dài.
3. Phương hướng, nhiệm vụ tháng tới:
- Tiếp tục thực hiện nghiêm giãn cách xã hội.
4. Thảo luận:
- Đồng chí Tư: đề nghị hỗ trợ thêm cho hộ nghèo.
III. KẾT LUẬN:
Đồng chí chủ trì kết luận và đề nghị chi bộ biểu quyết thông qua.
- Số đồng chí tán thành: 15/15.
- Số đồng chí không tán thành: 0/15.
Buổi sinh hoạt kết thúc vào lúc 21 giờ 00 cùng ngày.
THƯ KÝ                                          CHỦ TRÌ
"""

LAYOUTS = [
    pytest.param(ARABIC_UNDER_PHAN, ["opening", "news", "review", "plan", "discussion", "conclusion", "vote",
                                     "closing"], id="arabic-under-phan-containers"),
    pytest.param(LETTERS_AND_LABELS, ["opening", "news", "dissemination", "review", "plan", "discussion",
                                      "conclusion", "vote", "closing"], id="letters-and-labels"),
    pytest.param(INLINE_ROMAN_DASH, ["news", "review", "hcm_study", "plan", "discussion", "conclusion", "vote",
                                     "closing"], id="roman-dash-inline-content"),
    pytest.param(TWO_KINDS_IN_ONE_LINE, ["review", "plan", "discussion", "conclusion", "vote", "closing"],
                 id="two-kinds-named-by-one-item"),
    pytest.param(THEMATIC, ["opening", "topic", "discussion", "conclusion", "closing"], id="thematic"),
    pytest.param(NUMBERED_LEVELS, ["opening", "opening", "news", "review", "plan", "discussion", "conclusion", "vote",
                                   "closing"], id="template-3.1-levels"),
    pytest.param(NARRATIVE, ["opening", "news", "dissemination", "review", "plan", "discussion", "conclusion", "vote",
                             "closing"], id="narrative-with-labels"),
    pytest.param(SPEAKERS_WITHOUT_LABEL, ["opening", "news", "review", "plan", "discussion", "conclusion", "vote",
                                          "closing"], id="speakers-open-the-discussion-assignments-do-not"),
    pytest.param(WEB_TEMPLATE, ["opening", "news", "dissemination", "review", "plan", "discussion", "conclusion",
                                "vote", "closing"], id="common-template-sub-items"),
    pytest.param(INLINE_ROMAN_DASH.replace("I- ", "i- ").replace("II-", "ii-").replace("III-", "iii-")
                 .replace("IV-", "iv-").replace("V-", "v-"),
                 ["news", "review", "hcm_study", "plan", "discussion", "conclusion", "vote", "closing"],
                 id="lower-case-roman-from-tcvn3"),
]


CHAT_GROUP = """*Mở đầu
- BT nêu lý do, CB thống nhất chương trình
*Tin tức
- xã chuẩn bị đón đoàn kiểm tra nông thôn mới
*Kết quả T3
- làm xong 200m kênh nội đồng
- còn 3 hộ chưa nộp quỹ
*NV T4
- ra quân dọn vệ sinh
- đ/c Lụa theo dõi quỹ
*Góp ý
- đ/c Tào: xin thêm bóng đèn đầu ngõ
*KL
- nhất trí việc T4, giao chi ủy hoàn chỉnh NQ
*Biểu quyết: 14/14
Kết thúc 21g05, đọc lại BB.
"""

SUB_BULLETS = """- Thời sự
+ giá lúa tăng nhẹ, bà con phấn khởi
- Kết quả tháng 2
+ hoàn thành thu thuế đất
+ 2 đảng viên chưa gương mẫu
- Phương hướng tháng 4
+ chống hạn cho lúa đông xuân
- Ý kiến đảng viên
+ đ/c Khởi đồng ý, bổ sung việc nạo vét mương
- KL của chủ trì
+ thống nhất phương hướng tháng 4
"""

LAYOUTS += [
    pytest.param(CHAT_GROUP, ["opening", "news", "review", "plan", "discussion", "conclusion", "vote", "closing"],
                 id="chat-group-star-parts-over-dash-items"),
    pytest.param(SUB_BULLETS, ["news", "review", "plan", "discussion", "conclusion", "plan"],
                 id="dash-parts-over-plus-items"),
]


DELEGATE_SPEECH = """I. THÔNG TIN THỜI SỰ
Đ/c Bí thư thông tin tình hình trong nước và của phường.
II. ĐÁNH GIÁ KẾT QUẢ THÁNG 2
Hoàn thành thu quỹ quốc phòng; 2 đảng viên chưa nộp đảng phí đúng hạn.
III. NHIỆM VỤ THÁNG 4
Ra quân làm sạch kênh; vận động đóng góp quỹ khuyến học.
IV. Ý KIẾN THẢO LUẬN
Đ/c Lạc Văn Tùng đồng ý, đề nghị bổ sung việc thu gom rác.
Đ/c Vi Thị Ngần, Đảng ủy viên phường dự, phát biểu chỉ đạo như sau:
- Đánh giá: chi bộ chuẩn bị chu đáo, đảng viên phát biểu sôi nổi.
- Nhiệm vụ thời gian tới: chi bộ cần làm tốt công tác phát triển đảng viên.
V. KẾT LUẬN
Đồng chí chủ trì kết luận, giao chi ủy xây dựng nghị quyết.
"""
LAYOUTS += [
    pytest.param(DELEGATE_SPEECH, ["news", "review", "plan", "discussion", "conclusion"],
                 id="points-of-a-delegate-speech-under-the-discussion"),
    pytest.param("I. THÔNG TIN THỜI SỰ\nĐ/c Bí thư thông tin tình hình trong nước.\nII. BÁO CÁO CỦA CHI ỦY\n"
                 "Đ/c Phó Bí thư báo cáo, nội dung chính:\n- Đánh giá kết quả tháng 3: hoàn thành 5/6 chỉ tiêu.\n"
                 "- Nhiệm vụ tháng 4: ra quân làm sạch kênh.\nIII. KẾT LUẬN\nĐồng chí chủ trì kết luận.\n",
                 ["news", "review", "plan", "conclusion"], id="points-of-a-report-are-parts"),
]


LAYOUTS += [
    pytest.param("1. thông tin thời sự: bt thông tin tình hình xã\n"
                 "2. kết luận: đ/c Pọm kết luận, giao các tổ làm đường\n"
                 "biểu quyết 14/14 nhất trí\nkết thúc 21h10. tk đọc lại bb, thống nhất\n",
                 ["news", "conclusion", "vote", "closing"], id="lower-case-tally-and-end-lines-typed-on-a-phone"),
]


@pytest.mark.parametrize(("body", "expected"), LAYOUTS)
def test_layouts(body: str, expected: list[str]) -> None:
    assert kinds(HEAD + body) == expected


@pytest.mark.parametrize(("body", "expected"), LAYOUTS)
def test_sections_are_ordered_disjoint_and_trimmed(body: str, expected: list[str]) -> None:
    text = normalize(HEAD + body).text
    secs = find_sections(text)
    for a, b in zip(secs, secs[1:], strict=False):
        assert a.end <= b.start
    for s in secs:
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == text[s.start : s.end].strip()
        assert s.heading is None or text[s.start : s.end].startswith(s.heading)


def test_container_heading_is_not_a_section() -> None:
    secs = find_sections(normalize(HEAD + ARABIC_UNDER_PHAN).text)
    headings = [s.heading for s in secs]
    assert "PHẦN THỨ HAI: NỘI DUNG SINH HOẠT" not in headings
    assert "PHẦN THỨ BA: KẾT THÚC" not in headings  # its parts (conclusion, vote, closing) are the sections


def test_two_kind_heading_split_where_the_body_starts_the_second() -> None:
    secs = find_sections(normalize(HEAD + LETTERS_AND_LABELS).text)
    news, dis = secs[1], secs[2]
    assert (news.kind, news.heading) == ("news", "a) Thông tin thời sự và phổ biến văn bản")
    assert dis.kind == "dissemination" and dis.heading is None and news.end < dis.start


def test_thematic_hcm_theme_is_the_topic() -> None:
    body = ("I. Mở đầu\nĐồng chí Bí thư tuyên bố lý do.\nII. Học tập và làm theo tư tưởng, đạo đức, phong cách "
            "Hồ Chí Minh về nêu gương\n" + NEUTRAL + "\nIII. Thảo luận\n" + NEUTRAL + "\n")
    assert kinds(HEAD + body, "thematic")[:3] == ["opening", "topic", "discussion"]
    assert kinds(HEAD + body, "regular")[:3] == ["opening", "hcm_study", "discussion"]


def test_sequence_adverb_before_the_speaker_is_no_blocker() -> None:
    body = ("Đồng chí Bí thư tuyên bố lý do, chi bộ đồng ý. Tiếp theo đồng chí Hạnh thông tin thời sự: giá lúa tăng.\n"
            "Sau đó đồng chí Bí thư đánh giá kết quả tháng 2: thu quỹ đạt 90%.\n")
    assert kinds(HEAD + body) == ["opening", "news", "review"]


def test_minutes_written_as_dialogue() -> None:
    body = ("Đ/c Bí thư tuyên bố lý do, thông qua chương trình. Chi bộ thống nhất.\n"
            "Đ/c Sáu: Mời đ/c Hoa báo cáo kết quả tháng 9.\n"
            "Đ/c Hoa: Tháng 9 xóm thu quỹ đạt 95%, còn 2 hộ chưa làm nhà vệ sinh.\n"
            "Đ/c Tám hỏi: Hai hộ đó đã được hỗ trợ chưa? Tôi đề nghị xã hỗ trợ xi măng.\n"
            "Đ/c Hoa: Tôi xin phổ biến luôn: Kế hoạch số 12-KH/ĐU của Đảng ủy xã về vệ sinh môi trường.\n"
            "Đ/c Sáu: Vậy tháng 10 chi bộ làm gì?\n"
            "Đ/c Hoa: Một là dọn kênh; hai là thu quỹ.\n"
            "Đ/c Sáu kết luận: thống nhất các việc trên.\n")
    assert kinds(HEAD + body) == ["opening", "review", "discussion", "dissemination", "plan", "conclusion"]


def test_narrative_review_with_the_month_first() -> None:
    body = ("Đồng chí Bí thư tuyên bố lý do, chi bộ thống nhất.\n\nKiểm điểm quý 2: chi bộ lãnh đạo hoàn thành thu "
            "quỹ; hạn chế là họp tổ chưa đều.\n\nCác đảng viên đều đã học tập và làm theo tấm gương đạo đức của Bác, "
            "giúp 2 hộ nghèo sửa nhà.\n")
    assert kinds(HEAD + body) == ["opening", "review", "hcm_study"]


def test_review_mentioning_undone_work_is_still_the_review() -> None:
    body = ("Đồng chí Bí thư đánh giá kết quả tháng 3: hoàn thành thu quỹ; còn 2 tổ chưa tổ chức họp, chưa thông "
            "qua quy ước.\n")
    assert kinds(HEAD + body) == ["review"]


EMBEDDED = [
    pytest.param("2. Quán triệt văn bản: Đồng chí Phó Bí thư quán triệt Kế hoạch 31-KH/ĐU; đồng thời chi bộ học tập "
                 "và làm theo tấm gương đạo đức của Bác về tiết kiệm, mỗi đảng viên nêu một việc làm.\n"
                 "3. Đánh giá kết quả tháng 9\n" + NEUTRAL + "\n",
                 ["dissemination", "hcm_study", "review"], id="clause-after-semicolon-in-dissemination"),
    pytest.param("III. KIỂM ĐIỂM THÁNG 9\n- Thu quỹ đạt 100%.\n- Các đảng viên tiếp tục học tập làm theo gương "
                 "Bác, biểu dương đồng chí Lò Văn Pình giúp hộ nghèo sửa nhà.\n- Tồn tại: họp tổ chưa đều.\n"
                 "IV. NHIỆM VỤ THÁNG 10\n"
                 + NEUTRAL + "\n", ["review", "hcm_study", "plan"], id="list-item-under-review"),
    pytest.param("1. Thời sự: đồng chí Bí thư thông tin tình hình địa phương, sau đó kể câu chuyện về Bác Hồ với "
                 "thanh niên xung phong.\n2. Kết quả tháng 4\n" + NEUTRAL + "\n",
                 ["news", "hcm_study", "review"], id="story-about-uncle-ho-after-comma"),
    pytest.param("IV. THẢO LUẬN\n- Đ/c Hà Văn Tư: đề nghị sửa đường.\n- Các đồng chí đều nghiêm túc tự phê bình và phê "
                 "bình, chỉ ra hạn chế trong việc giữ vệ sinh chung.\nV. KẾT LUẬN\n" + NEUTRAL + "\n",
                 ["discussion", "criticism", "conclusion"], id="criticism-as-an-item-of-the-discussion"),
    pytest.param("IV. THẢO LUẬN\n- Đ/c Hà Văn Tư: đề nghị sửa đường.\n- Đ/c Lò Thị Mai tự phê bình còn chậm nộp đảng "
                 "phí, hứa khắc phục.\nV. KẾT LUẬN\n" + NEUTRAL + "\n",
                 ["discussion", "criticism", "conclusion"], id="a-named-member-owning-a-fault"),
    pytest.param("IV. THẢO LUẬN\n- Đ/c Hà Văn Tư: việc tự phê bình và phê bình còn nể nang.\nV. KẾT LUẬN\n" + NEUTRAL
                 + "\n", ["discussion", "conclusion"], id="an-assessment-of-criticism-is-none"),
]


@pytest.mark.parametrize(("body", "expected"), EMBEDDED)
def test_part_recorded_inside_another_item(body: str, expected: list[str]) -> None:
    assert list(dict.fromkeys(kinds(HEAD + body))) == expected  # where the part ends is not asserted
    text = normalize(HEAD + body).text
    secs = find_sections(text)
    for a, b in zip(secs, secs[1:], strict=False):
        assert a.end <= b.start
    assert all(text[s.start : s.end] == text[s.start : s.end].strip() for s in secs)


# ------------------------------------------------------------------------------------------ precision

PRECISION = [
    pytest.param("IV. ĐÁNH GIÁ KẾT QUẢ THÁNG 3\nChi bộ đã hoàn thành kế hoạch tháng 3. Kế hoạch thu quỹ đạt 90%.\n"
                 "Đồng chí Tổ trưởng đề nghị xây dựng kế hoạch tháng tới sát thực tế hơn.\n",
                 "plan", id="review-mentions-ke-hoach"),
    pytest.param("IV. ĐÁNH GIÁ KẾT QUẢ THÁNG 3\n1. Kết quả đạt được\n- Hoàn thành thu quỹ.\n"
                 "2. Phương hướng khắc phục\n- Đôn đốc các tổ.\n", "plan", id="phuong-huong-khac-phuc"),
    pytest.param("VII. THẢO LUẬN\n- Đồng chí Sáu: đề nghị bổ sung vào phương hướng nhiệm vụ tháng tới việc thu quỹ.\n"
                 "- Đồng chí Hồng: nhất trí với kết luận, đề nghị biểu quyết sớm.\n", "plan",
                 id="discussion-mentions-plan"),
    pytest.param("VIII. KẾT LUẬN\nChi bộ thống nhất với đánh giá kết quả tháng 3 và phương hướng tháng 4.\n",
                 "review", id="conclusion-mentions-review"),
    pytest.param("VI. PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG 4\n- Tiếp tục thực hiện Chỉ thị 05-CT/TW.\n"
                 "- Duy trì sinh hoạt chi bộ đúng Hướng dẫn 12-HD/BTCTW, nâng chất lượng thảo luận.\n", "hcm_study",
                 id="plan-mentions-ct05"),
    pytest.param("VI. PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG 4\n- Duy trì sinh hoạt chi bộ đúng hướng dẫn, nâng chất lượng "
                 "thảo luận.\n", "discussion", id="plan-task-mentions-thao-luan"),
    pytest.param("V. HỌC TẬP VÀ LÀM THEO BÁC\nThực hiện Kết luận số 01-KL/TW của Bộ Chính trị, chi bộ liên hệ.\n",
                 "conclusion", id="ket-luan-01-is-a-document"),
    pytest.param("I. PHẦN MỞ ĐẦU\nĐồng chí Bí thư tuyên bố lý do. Chi bộ biểu quyết thống nhất chương trình.\n",
                 "vote", id="vote-on-agenda-is-opening"),
    pytest.param("Đồng chí Bí thư tuyên bố lý do, thông qua chương trình gồm:\n1. Thông tin thời sự\n"
                 "2. Đánh giá kết quả tháng 3\n3. Phương hướng nhiệm vụ tháng 4\n4. Biểu quyết\n"
                 "Đồng chí Bí thư đọc báo cáo tổng hợp.\n", "news", id="agenda-list-is-not-the-parts"),
    pytest.param("Đồng chí Phó Bí thư được phân công trình bày chuyên đề về chuyển đổi số nhưng đi công tác đột xuất. "
                 "Chi bộ thống nhất hoãn chuyên đề sang kỳ sau.\n", "topic", id="topic-postponed"),
    pytest.param("Báo cáo viên trình bày chuyên đề chưa được vì mất điện; chuyên đề chưa được trình bày.\n", "topic",
                 id="topic-not-presented"),
    pytest.param("IV. THẢO LUẬN\n- Đ/c Lò Văn Pản: nhận khuyết điểm chậm nộp đảng phí, hứa khắc phục.\n",
                 "criticism", id="one-speaker-admitting-a-fault"),
    pytest.param("V. KẾT LUẬN\nĐồng chí Bí thư đề nghị các đồng chí tự phê bình và phê bình nghiêm túc hơn.\n",
                 "criticism", id="asking-for-criticism-next-time"),
    pytest.param("VI. PHƯƠNG HƯỚNG THÁNG 5\n- Tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách "
                 "Hồ Chí Minh; thu quỹ đúng hạn.\n", "hcm_study", id="plan-task-to-keep-studying"),
    pytest.param("2. Phổ biến văn bản: đồng chí Bí thư phổ biến Chỉ thị 05-CT/TW của Bộ Chính trị về đẩy mạnh học "
                 "tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.\n", "hcm_study",
                 id="directive-title-names-the-study"),
    pytest.param("2. Phổ biến văn bản: đồng chí Bí thư phổ biến Kế hoạch của Huyện ủy và Chỉ thị 03-CT/TW về học tập "
                 "và làm theo tấm gương đạo đức Hồ Chí Minh.\n", "hcm_study", id="and-inside-one-phrase"),
    pytest.param("Hôm nay chi bộ họp để đánh giá kết quả tháng 3 và đề ra phương hướng tháng 4.\n"
                 "Đồng chí Bí thư tuyên bố lý do.\n", "review", id="purpose-sentence-in-facts"),
]


@pytest.mark.parametrize(("body", "absent"), PRECISION)
def test_mentions_do_not_open_sections(body: str, absent: str) -> None:
    assert absent not in kinds(HEAD + body)


def _wrap(text: str) -> str:
    import textwrap

    return "\n".join("\n".join(textwrap.wrap(line, 70)) if line.strip() else "" for line in text.split("\n"))


TRANSFORMS = [
    pytest.param(_wrap, id="pdf-wrapped-lines"),
    pytest.param(strip_marks, id="no-diacritics"),
    pytest.param(str.upper, id="all-capitals"),
]


@pytest.mark.parametrize("transform", TRANSFORMS)
@pytest.mark.parametrize("body", [NO_HEADINGS, HEAD + ARABIC_UNDER_PHAN, HEAD + LETTERS_AND_LABELS,
                                  HEAD + INLINE_ROMAN_DASH], ids=["no-headings", "arabic", "letters", "inline"])
def test_layout_survives_how_text_was_typed_or_extracted(body: str, transform) -> None:
    assert kinds(transform(body)) == kinds(body)


@pytest.mark.parametrize("seed", range(5))
def test_any_slice_gives_ordered_disjoint_sections(seed: int) -> None:
    import random

    rng = random.Random(seed)
    for body in (NO_HEADINGS, HEAD + ARABIC_UNDER_PHAN, HEAD + LETTERS_AND_LABELS, HEAD + NUMBERED_LEVELS,
                 HEAD + TWO_KINDS_IN_ONE_LINE):
        for _ in range(30):
            a = rng.randrange(len(body))
            text = normalize(body[a : rng.randrange(a, len(body) + 1)]).text
            secs = find_sections(text)
            assert all(x.end <= y.start for x, y in zip(secs, secs[1:], strict=False))
            for s in secs:
                assert 0 <= s.start < s.end <= len(text)
                assert s.heading is None or text[s.start : s.end].startswith(s.heading)


@pytest.mark.parametrize("text", ["", "\n\n", "BIÊN BẢN", "I.", "- ", "Phần thứ nhất", "PHẦN THỨ HAI\n", "1. Kết luận"])
def test_degenerate_texts(text: str) -> None:
    assert all(s.end <= len(text) for s in find_sections(text))


def test_roman_heading_without_its_period() -> None:
    # OCR and hasty typing drop the period after the numeral; a capitalised title still makes a heading
    body = ("I. Thông tin thời sự\nĐồng chí Bí thư thông tin.\nII Đánh giá kết quả tháng 5\n" + NEUTRAL +
            "\nIII Phương hướng tháng 6\n" + NEUTRAL + "\nIV Biểu quyết: 9/9 đồng chí tán thành.\n")
    assert kinds(HEAD + body) == ["news", "review", "plan", "vote"]
    assert "review" not in kinds(HEAD + "I. Thông tin thời sự\nĐồng chí Bí thư thông tin.\nII đánh giá chung\n")


def test_heading_typed_in_bold() -> None:
    body = "**1. Thông tin thời sự**\nĐồng chí Bí thư thông tin.\n**2. Kiểm điểm nhiệm vụ tháng 7**\n" + NEUTRAL + "\n"
    secs = find_sections(normalize(HEAD + body).text)
    assert [(s.kind, s.heading) for s in secs] == [("news", "1. Thông tin thời sự"),
                                                   ("review", "2. Kiểm điểm nhiệm vụ tháng 7")]


def test_numbered_item_written_as_a_sentence_holds_its_part() -> None:
    body = ("1. Đ/c Bí thư tuyên bố lý do, giới thiệu đại biểu và thông qua chương trình. Chi bộ nhất trí.\n\n"
            "2. Đ/c Hà Văn Lâm trình bày chuyên đề.\nChuyên đề gồm hai phần: thực trạng và giải pháp.\n"
            "3. Thảo luận\n- Đ/c Tư: đề nghị bổ sung số liệu.\n")
    assert list(dict.fromkeys(kinds(HEAD + body, "thematic"))) == ["opening", "topic", "discussion"]


def test_lettered_item_under_a_container_line_is_its_own_sentence() -> None:
    # "2. Phần chuyên đề" (no kind of its own) then "a) Đ/c … trình bày chuyên đề": the line under it is no
    # wrapped continuation of the container's title
    body = ("1. Phần thường kỳ\na) Thông tin thời sự: đồng chí Bí thư thông tin.\n2. Phần thứ hai của buổi\n"
            "a) Đ/c Quan Thị Yến trình bày chuyên đề về phòng chống tham nhũng, tiêu cực.\n"
            "b) Thảo luận: các đồng chí nhất trí.\n")
    assert kinds(HEAD + body) == ["news", "topic", "discussion"]


def test_thematic_part_of_a_combined_session_by_its_heading() -> None:
    body = ("II. SINH HOẠT THƯỜNG KỲ\n1. Thông tin thời sự\nĐồng chí Bí thư thông tin.\n"
            "III. SINH HOẠT CHUYÊN ĐỀ QUÝ III/2024\nĐồng chí Phùng Văn Tú, chi ủy viên (phụ trách tuyên giáo), "
            "giới thiệu các nội dung chính.\nIV. THẢO LUẬN\nCác đồng chí nhất trí.\n")
    assert kinds(HEAD + body) == ["news", "topic", "discussion"]


def test_narrative_record_with_no_labelled_facts() -> None:
    # no "Thời gian:" line: the role line of the signature block is not where the facts begin
    head = "ĐẢNG BỘ XÃ AN NHƠN\nCHI BỘ ẤP BÌNH AN\n*\nBIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ II NĂM 2023\n\n"
    body = ("Chiều ngày 20/6/2023, lúc 14g, Chi bộ ấp Bình An sinh hoạt chuyên đề tại văn phòng ấp.\n\n"
            "Đ/c Bí thư nêu mục đích, yêu cầu buổi sinh hoạt và thông qua chương trình, chi bộ đồng ý.\n\n"
            "Đ/c Tô Văn Hậu, chi ủy viên trình bày chuyên đề về bảo vệ môi trường nông thôn.\n\n"
            "Thảo luận: đ/c Năm đề nghị xử lý rác ở bến ghe; đ/c Sáu nhất trí.\n\n"
            "Đ/c Bí thư kết luận, giao đ/c Hậu hoàn chỉnh chuyên đề.\n\n"
            "Chi bộ nhất trí thông qua kết luận chuyên đề, 15/15 đồng chí có mặt tán thành.\n")
    assert kinds(head + body + END, "thematic") == ["opening", "topic", "discussion", "conclusion", "vote",
                                                    "closing"]


def test_label_opening_a_paragraph_heads_that_paragraph_only() -> None:
    # "Ý kiến đảng viên: …" then the next paragraphs of the narrative: the plan stated after it is found
    body = ("Đồng chí Bí thư đánh giá kết quả tháng 9: hoàn thành thu hoạch lúa Hè Thu.\n\n"
            "Ý kiến đảng viên: đ/c Mười đề nghị nạo vét kênh; đ/c Út nhất trí với báo cáo.\n\n"
            "Về nhiệm vụ tháng 10, chi bộ thống nhất: chuẩn bị xuống giống, thu đảng phí đúng hạn.\n\n"
            "Đồng chí chủ trì kết luận buổi sinh hoạt.\n")
    assert kinds(HEAD + body + END) == ["review", "discussion", "plan", "conclusion", "closing"]


def test_plan_stated_by_naming_next_month() -> None:
    # no cue word: "Tháng 4 chi bộ tập trung …" at a March meeting is the plan; at an April meeting it is not
    body = ("Đồng chí Bí thư đánh giá kết quả tháng 2: hoàn thành trồng cây đầu xuân.\n\n"
            "Tháng 4, chi bộ tập trung: làm thủy lợi nội đồng, vận động bà con tiêm phòng cho đàn bò.\n\n"
            "Đồng chí chủ trì kết luận buổi sinh hoạt.\n")
    text = normalize(HEAD + body + END).text
    assert "plan" in [s.kind for s in find_sections(text, "regular", "2024-03-26")]
    assert "plan" not in [s.kind for s in find_sections(text, "regular", "2024-04-26")]
    assert "plan" in [s.kind for s in find_sections(text, "regular", "2024-04-06")]  # early in April
    assert "plan" not in [s.kind for s in find_sections(text, "regular")]


def test_plan_named_by_an_abbreviated_month() -> None:
    # "*Việc T4" over its items at a March meeting: the work of April, the plan
    text = normalize(HEAD + CHAT_GROUP.replace("*NV T4", "*Việc T4") + END).text
    assert "plan" in [s.kind for s in find_sections(text, "regular", "2024-03-25")]
    assert "plan" not in [s.kind for s in find_sections(text, "regular", "2024-04-25")]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        pytest.param("Đ/c Thạch Sô Phal ý kiến là nên làm lại cây cầu tổ 3 trước mùa nước nổi.", "discussion",
                     id="y-kien-as-a-verb"),
        pytest.param("Về nhiệm vụ từ nay đến Tết, chi bộ thống nhất: thu hoạch lúa, giữ an ninh.", "plan",
                     id="nhiem-vu-tu-nay"),
        pytest.param("Đ/c Bí thư nói lý do, đọc chương trình, chi bộ nhất trí.", "opening", id="noi-ly-do"),
        pytest.param("Về kết quả thực hiện Nghị quyết số 07-NQ/CB tháng 7 của chi bộ, đồng chí Bí thư đánh giá: tốt.",
                     "review", id="result-of-the-cells-own-resolution"),
        pytest.param("7. KL (đ/c Hào): đồng ý mua vật tư; giao GĐ làm việc với khách nợ.", "conclusion", id="kl-label"),
        pytest.param("Đ/c Lò Văn Hặc đọc Quy định số 144-QĐ/TW về chuẩn mực đạo đức cách mạng.", "dissemination",
                     id="doc-quy-dinh"),
        pytest.param("Ý kiến đảng viên. Đồng chí Nông Văn Pẻo nói cần sửa đập, đề nghị xã hỗ trợ.", "discussion",
                     id="y-kien-dang-vien-sentence"),
        pytest.param("Sau khi nghe đ/c Phó Bí thư điểm qua vài tin trong tỉnh (mưa lớn, sạt lở ở hai xã), chi bộ "
                     "chuyển sang đánh giá kết quả tháng 9.", "review", id="main-clause-after-an-aside"),
    ],
)
def test_southern_narrative_wordings(sentence: str, kind: str) -> None:
    assert kind in kinds(HEAD + sentence + "\n" + END)


def test_news_read_in_passing_before_the_review() -> None:
    body = ("Sau khi đ/c Út điểm qua mấy tin thời sự (giá lúa tăng, Quốc hội họp), chi bộ đi vào đánh giá kết quả "
            "thực hiện nghị quyết tháng 5: làm xong 200 mét lộ đal.\n")
    assert kinds(HEAD + body + END)[:2] == ["news", "review"]


@pytest.mark.parametrize(
    "opening",
    [
        pytest.param("Đồng chí Bí thư nêu lý do, mời đại biểu phường; tiếp đó đồng chí Lò Thị Hạnh, chi ủy viên, "
                     "cập nhật thời sự trong nước, nói về mưa lũ ở các tỉnh miền núi.", id="named-with-function"),
        pytest.param("Đ/c Bí thư nêu lý do, đọc chương trình, rồi đồng chí điểm qua thời sự trong nước: giá xăng giảm, "
                     "Quốc hội khai mạc kỳ họp.", id="unnamed"),
        pytest.param("Đ/c Khang khai mạc, đọc chương trình buổi họp rồi báo tin thời sự quan trọng trong tuần, trong "
                     "đó có cơn bão số 4.", id="after-a-connective"),
    ],
)
def test_news_told_in_the_openings_sentence(opening: str) -> None:
    body = opening + "\nĐ/c Khang đánh giá kết quả tháng 9: thu xong quỹ khuyến học.\n"
    assert kinds(HEAD + body + END)[:3] == ["opening", "news", "review"]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Đồng chí Tống Văn Lực, tổ trưởng tổ 2, báo tin thời sự. Huyện vừa khánh thành cầu mới.",
                     id="bao-tin"),
        pytest.param("Tin tức thời sự trong tháng do đ/c Y'Bhin trình bày. Tỉnh đón nhận huân chương lao động.",
                     id="told-by"),
    ],
)
def test_news_in_a_sentence_of_its_own(sentence: str) -> None:
    assert "news" in kinds(HEAD + sentence + "\n" + END)


def test_an_agenda_that_lists_the_news_is_no_news() -> None:
    body = ("Đ/c Bí thư nêu lý do, thông qua chương trình gồm: thông tin thời sự, quán triệt văn bản mới, đánh giá "
            "tháng 9.\nĐ/c Bí thư đánh giá kết quả tháng 9: thu xong quỹ khuyến học.\n")
    assert "news" not in kinds(HEAD + body + END)


def test_self_criticism_with_an_aside_after_the_name() -> None:
    body = ("Ý kiến: đ/c Tư đề nghị sửa bến ghe.\n\nĐ/c Lâm Văn Sang (thuyền trưởng ghe số 3) tự phê bình để "
            "thuyền viên uống rượu trên ghe, hứa chấn chỉnh.\n")
    assert "criticism" in kinds(HEAD + body + END)


def test_one_members_self_criticism_in_the_discussion() -> None:
    body = ("Thảo luận: đ/c Kiên đề nghị sửa đèn đường. Đ/c Thơm tự phê bình: chưa đóng đảng phí đúng hạn.\n")
    assert "criticism" in kinds(HEAD + body + END)


def test_ct05_result_listed_in_the_review_is_no_study_part() -> None:
    body = ("III. ĐÁNH GIÁ KẾT QUẢ THÁNG 8\n1. Kết quả:\n- Thu hoạch xong lúa Hè Thu.\n"
            "- Các đảng viên thực hiện Chỉ thị 05-CT/TW bằng việc làm cụ thể: góp công làm cầu.\n2. Hạn chế:\n"
            "- Thu đảng phí chậm.\nIV. PHƯƠNG HƯỚNG THÁNG 9\n- Chăm sóc lúa Thu Đông.\n")
    assert kinds(HEAD + body + END) == ["review", "plan", "closing"]


def test_basis_clause_opens_no_part() -> None:
    body = ("Thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị và Kế hoạch số 08-KH/ĐU, chi bộ tổ chức sinh hoạt "
            "chuyên đề quý III. Đồng chí Bí thư nêu mục đích, yêu cầu.\n"
            "Đồng chí Vi Văn Thắng trình bày chuyên đề về phong cách làm việc của Bác.\n")
    assert "hcm_study" not in kinds(HEAD + body + END, "thematic")


def test_terse_items_labelled_by_month() -> None:
    # a March meeting: "Tháng 2:" is the month reviewed, "Tháng 4:" the month planned
    body = ("1. Đ/c BT tuyên bố lý do, thông qua chương trình.\n2. Thời sự: giá xăng giảm.\n"
            "3. Tháng 2: sản lượng đạt 96% KH; 1 vụ tai nạn lao động nhẹ.\n4. Tháng 4:\n+ Sản lượng 120 tấn\n"
            "+ Không để tai nạn lao động\n5. Ý kiến:\n+ đ/c Lan: đề nghị thêm ca.\n")
    text = normalize(HEAD + body + END).text
    got = [s.kind for s in find_sections(text, "regular", "2025-03-14")]
    assert got == ["opening", "news", "review", "plan", "discussion", "closing"]
    assert "review" not in [s.kind for s in find_sections(text, "regular", "2025-06-14")]


def test_business_report_of_last_month_is_the_review() -> None:
    body = "Đ/c Giám đốc báo cáo kết quả SXKD tháng 5: doanh thu đạt 102% kế hoạch.\n"
    assert "review" in kinds(HEAD + body + END)


def test_items_written_as_whole_paragraphs_are_the_parts() -> None:
    # one long line per item, a blank line between: no agenda list, each item holds its part
    news = ("1. Về thông tin thời sự, đồng chí Lương Thị Mai thông tin về kỳ họp Quốc hội, giá lúa, dịch bệnh gia "
            "súc trong huyện và việc chuẩn bị mùa mưa bão ở các xã ven sông trong tháng tới.")
    review = ("2. Về kết quả thực hiện nhiệm vụ tháng 5, đồng chí Bí thư báo cáo thôn đã thu hoạch xong lúa chiêm, "
              "sửa hai cống tiêu và vận động được mười hộ tham gia bảo hiểm y tế, còn thu quỹ chậm.")
    plan = ("3. Về nhiệm vụ tháng 7, chi bộ lãnh đạo cấy lúa mùa đúng khung thời vụ, nạo vét kênh tiêu, chuẩn bị "
            "phương án phòng chống lụt bão và thu dứt điểm các khoản đóng góp còn nợ của các hộ.")
    body = news + "\n\n" + review + "\n\n" + plan + "\n"
    secs = find_sections(normalize(HEAD + body + END).text)
    assert [(s.kind, s.heading) for s in secs[:3]] == [
        ("news", "1. Về thông tin thời sự"), ("review", "2. Về kết quả thực hiện nhiệm vụ tháng 5"),
        ("plan", "3. Về nhiệm vụ tháng 7")]


def test_praise_is_no_review_and_a_part_over_its_points_is_no_agenda() -> None:
    body = ("PHẦN THỨ HAI\nTHẢO LUẬN\n- Đồng chí Hà: nhất trí.\n\nPHẦN THỨ BA\nKẾT LUẬN\n\n"
            "Đồng chí Bí thư kết luận:\n1. Chi bộ đánh giá cao ý kiến của các đồng chí và sự chuẩn bị của tổ.\n"
            "2. Giao đồng chí Hà theo dõi việc thực hiện.\n\nChi bộ biểu quyết: 15/15 đồng chí tán thành.\n")
    assert kinds(HEAD + body + END, "thematic") == ["discussion", "conclusion", "vote", "closing"]


@pytest.mark.parametrize("title", ["4. Kiểm điểm việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                                   "IV. ĐÁNH GIÁ VIỆC THỰC HIỆN CHỈ THỊ 05-CT/TW"])
def test_review_of_the_hcm_study_is_the_study(title: str) -> None:
    body = title + "\nChi bộ nhận xét: các đảng viên đã đăng ký việc làm theo.\n"
    assert kinds(HEAD + body + END) == ["hcm_study", "closing"]


def test_numbered_sentence_after_a_numbered_part_opens_its_own() -> None:
    body = ("2/ Thông tin thời sự: giá lúa xuống, mùa khô mặn vô sớm.\n\n"
            "3/ Đ/c Hai đánh giá kết quả tháng 3: trữ nước cho 200 hộ.\n\n"
            "4/ Đ/c Út triển khai Kế hoạch số 87-KH/ĐU của Đảng ủy xã về phòng chống hạn mặn.\n\n"
            "5/ Phương hướng tháng 5: ra quân làm sạch đường ấp.\n")
    secs = find_sections(normalize(HEAD + body + END).text)
    assert [(s.kind, s.heading) for s in secs][:4] == [
        ("news", "2/ Thông tin thời sự:"), ("review", "3/ Đ/c Hai đánh giá kết quả tháng 3"),
        ("dissemination", "4/ Đ/c Út triển khai Kế hoạch số 87-KH/ĐU của Đảng ủy xã về phòng chống hạn mặn."),
        ("plan", "5/ Phương hướng tháng 5:")]


def test_central_coast_labels_of_the_review_and_the_plan() -> None:
    body = ("II/ ĐÁNH GIÁ CÔNG TÁC THÁNG 5\n1. Những việc làm được:\n- Thu hoạch xong lúa.\n"
            "2. Những việc chưa làm được:\n- Thu quỹ chậm.\nIV/ VIỆC CẦN LÀM THÁNG 6\n- Làm đất vụ Hè Thu.\n"
            "V/ Ý KIẾN THẢO LUẬN\n- Đ/c Sa: nhất trí.\n")
    text = normalize(HEAD + body + END).text
    assert [s.kind for s in find_sections(text, "regular", "2023-05-29")] == ["review", "review", "plan",
                                                                              "discussion", "closing"]


@pytest.mark.parametrize("label", ["Công tác tháng tới:", "Chỉ tiêu tháng tới:", "Việc cần làm trong tháng tới:"])
def test_plan_labels_that_say_next_month(label: str) -> None:
    assert "plan" in kinds(HEAD + label + "\n- Làm thủy lợi nội đồng.\n" + END)


def test_things_to_do_in_a_topic_are_no_plan() -> None:
    body = "II. Trình bày chuyên đề\nĐ/c Lan trình bày chuyên đề.\n3. Những việc cần làm: đảng viên nêu gương.\n"
    assert "plan" not in kinds(HEAD + body + END, "thematic")


def test_headings_numbered_in_brackets() -> None:
    body = ("(1) Mở đầu\nĐồng chí Bí thư tuyên bố lý do.\n(2) Trình bày chuyên đề\nĐồng chí Thân Văn Mạnh trình bày.\n"
            "(3) Thảo luận\n- Đồng chí Lã Văn Phúc: nhất trí.\n(4) Kết luận\nĐồng chí Bí thư kết luận.\n")
    assert kinds(HEAD + body + END, "thematic") == ["opening", "topic", "discussion", "conclusion", "closing"]


def test_numbered_task_under_the_plan_is_no_dissemination_part() -> None:
    body = ("II. ĐÁNH GIÁ KẾT QUẢ THÁNG 7\nThu hoạch xong lúa.\nIII. NHIỆM VỤ THÁNG 8\n"
            "1. Triển khai Kế hoạch số 56-KH/ĐU của Đảng ủy xã về phòng chống lũ: gia cố đê bao.\n"
            "2. Vận động trẻ đến trường.\nIV. THẢO LUẬN\nĐ/c Hùng: nhất trí.\n")
    assert kinds(HEAD + body + END) == ["review", "plan", "discussion", "closing"]


def test_comment_on_the_review_opens_the_discussion() -> None:
    body = ("Đánh giá tình hình tháng 3, đồng chí Bí thư báo cáo những việc làm được: thu hoạch xong lúa.\n\n"
            "Góp ý vào phần đánh giá, đồng chí Thạch Thị Sa Phia nói: \"Đường làm xong bà con mừng lắm.\"\n")
    assert kinds(HEAD + body + END) == ["review", "discussion", "closing"]


def test_items_lettered_with_a_slash() -> None:
    body = ("B. NỘI DUNG\n\na/ Thông tin thời sự\n- Giá cá giảm.\n\nb/ Phổ biến, quán triệt\n"
            "- Quy định số 144-QĐ/TW.\n\nc/ Kiểm điểm kết quả tháng 6\n- Đạt chỉ tiêu.\n\n"
            "d/ Nhiệm vụ tháng 8\n- Ra khơi an toàn.\n")
    assert kinds(HEAD + body + END) == ["news", "dissemination", "review", "plan", "closing"]


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("3. KIỂM ĐIỂM THÁNG MƯỜI MỘT\nCấy xong vụ đông.\n4. NHIỆM VỤ THÁNG CHẠP\nLàm đường giao thông.\n",
                 ["review", "plan"], id="headings"),
    pytest.param("Kết quả quý hai: thu hoạch xong vải thiều.\nNhiệm vụ quý ba: trồng rừng.\n",
                 ["review", "plan"], id="quarters"),
])
def test_numbers_written_as_words_in_part_names(body: str, expected: list[str]) -> None:
    assert kinds(HEAD + body + END) == [*expected, "closing"]


def test_a_part_named_by_its_month_in_words() -> None:
    text = normalize(HEAD + "I. MỞ ĐẦU\nĐồng chí Bí thư tuyên bố lý do.\nII. NỘI DUNG\nTháng tư: làm xong kênh mương.\n"
                     "Tháng năm: chi bộ tập trung chống hạn.\nIII. THẢO LUẬN\nĐ/c Hùng: nhất trí.\n" + END).text
    got = [s.kind for s in find_sections(text, "regular", "2023-05-04")]
    assert got == ["opening", "review", "plan", "discussion", "closing"]


def test_a_presenter_introduced_with_a_long_office_presents_the_topic() -> None:
    body = ("Đồng chí Bí thư tuyên bố lý do, thông qua chương trình.\n\n"
            "Đồng chí Hồ Văn Thịnh, chuyên viên Phòng Tài nguyên - Môi trường, được chi ủy phân công chuẩn bị chuyên "
            "đề, trình bày báo cáo đề dẫn về giảm rác thải nhựa.\n\nĐ/c Lan phát biểu: đề nghị phát động phong trào.\n")
    assert kinds(HEAD + body + END, "thematic") == ["opening", "topic", "discussion", "closing"]


@pytest.mark.parametrize("part", [
    "Phần thứ ba đánh giá thực trạng giữ gìn vệ sinh môi trường ở khu dân cư thời gian qua: còn rác ven kênh.",
    "Phần 2. Thực trạng ứng dụng công nghệ số ở cơ quan: mới 40% hồ sơ nộp trực tuyến.",
])
def test_a_presentation_s_own_part_on_the_situation_is_no_review(part: str) -> None:
    body = ("I. MỞ ĐẦU\nĐồng chí Bí thư tuyên bố lý do.\n\nII. CHUYÊN ĐỀ\n"
            f"Đồng chí Thịnh trình bày chuyên đề gồm ba phần.\n\n{part}\n\n"
            "III. THẢO LUẬN\nĐ/c Lan phát biểu: nhất trí.\n")
    assert kinds(HEAD + body + END, "thematic") == ["opening", "topic", "discussion", "closing"]


@pytest.mark.parametrize("mention", [
    "Chuẩn mực thứ tư: (4) tự phê bình và phê bình nghiêm túc; (5) đoàn kết, thương yêu đồng chí.",
    "Đảng viên cần giữ nền nếp sinh hoạt, phát huy dân chủ, tự phê bình và phê bình.",
])
def test_a_standard_listed_in_the_presentation_is_no_criticism_part(mention: str) -> None:
    body = ("I. MỞ ĐẦU\nĐồng chí Bí thư tuyên bố lý do.\n\nII. CHUYÊN ĐỀ\n"
            f"Đồng chí Mai trình bày chuyên đề về nêu gương.\n{mention}\n\n"
            "III. THẢO LUẬN\nĐ/c Lan phát biểu: nhất trí.\n")
    assert kinds(HEAD + body + END, "thematic") == ["opening", "topic", "discussion", "closing"]


def test_the_reason_stated_inside_a_run_on_sentence_of_facts_is_the_opening() -> None:
    body = ("Vào lúc 7 giờ ngày 9/5/2019, Chi bộ thôn Nước Lăng tiến hành sinh hoạt thường kỳ tháng 5, đ/c Phạm Văn "
            "Sỹ - Bí thư chi bộ tuyên bố lý do, tổng số đảng viên 15 đ/c, có mặt 14 đ/c, chi bộ nhất trí.\n"
            "I. THÔNG TIN THỜI SỰ\nGiá keo tăng.\n")
    assert kinds(HEAD + body + END) == ["opening", "news", "closing"]


def test_parts_lettered_phan_a_b_c_over_numbered_items() -> None:
    body = ("PHẦN A: SINH HOẠT THƯỜNG KỲ\nI. Mở đầu\nĐồng chí Bí thư tuyên bố lý do, thông qua chương trình gồm\n"
            "hai phần: thường kỳ và chuyên đề. Chi bộ nhất trí 19/19.\nII. Đánh giá kết quả tháng 3\nThu hoạch xong.\n"
            "PHẦN B: SINH HOẠT CHUYÊN ĐỀ\n1. Đồng chí Bí thư nêu mục đích, yêu cầu.\n"
            "2. Đồng chí Vi Văn Hòa trình bày chuyên đề về giữ rừng đầu nguồn, liên hệ thực tế của bản.\n"
            "3. Thảo luận\n- Đ/c Lục: nhất trí.\nPHẦN C: KẾT LUẬN VÀ BIỂU QUYẾT\n"
            "Đồng chí Bí thư kết luận: thống nhất.\n"
            "Chi bộ biểu quyết thông qua nghị quyết: 19/19 tán thành.\n")
    got = kinds(HEAD + body + END, "regular")
    assert {"topic", "conclusion", "vote"} <= set(got)
    assert got.index("topic") < got.index("discussion") < got.index("conclusion") < got.index("vote")
    assert got.count("vote") == 1  # the agenda adopted "19/19" over two lines is no vote


def test_a_probationary_member_reading_his_self_review_is_no_criticism_part() -> None:
    body = ("Đồng chí Bí thư đánh giá kết quả tháng 9: thu hoạch xong lúa.\n\nXét chuyển đảng chính thức: đ/c Hà Văn "
            "Tiến đọc bản tự kiểm điểm, các đ/c nhận xét; 15/15 đảng viên chính thức đồng ý.\n\n"
            "Đ/c Lò Văn Nhất phát biểu: nhất trí.\n")
    assert "criticism" not in kinds(HEAD + body + END)


@pytest.mark.parametrize(("heading", "has"), [
    ("3. Kiểm tra đảng viên có dấu hiệu vi phạm; tự phê bình và phê bình", True),
    ("c) Tự giác học tập, rèn luyện, tu dưỡng suốt đời, gương mẫu trong công tác; tự phê bình và phê bình nghiêm túc.",
     False),
])
def test_a_part_named_after_a_semicolon_in_a_short_heading(heading: str, has: bool) -> None:
    body = (f"1. Đánh giá kết quả tháng 8\nThu quỹ đạt.\n{heading}\n"
            "Đ/c Sơn đọc bản kiểm điểm; các đ/c góp ý thẳng thắn.\n2. Thảo luận\nĐ/c Lan: nhất trí.\n")
    assert ("criticism" in kinds(HEAD + body + END)) is has


def test_the_minutes_read_back_and_adopted_in_a_clause_is_no_vote() -> None:
    body = ("Đồng chí Thạch Sơn trình bày chuyên đề về giữ gìn bản sắc văn hóa Khmer.\n\n"
            "Đ/c Danh Út phát biểu: nhất trí.\n\nĐ/c chủ trì kết luận: thống nhất.\n\n"
            "Buổi sinh hoạt kết thúc cùng ngày. Thư ký đọc lại biên bản, chi bộ thống nhất thông qua.\n")
    assert "vote" not in kinds(HEAD + body, "thematic")


def test_agenda_items_in_running_text_open_no_part() -> None:
    body = ("Đ/c Đinh Văn Mới tuyên bố lý do và thông qua chương trình: 1. Thông tin thời sự; 2. Đánh giá tháng 3;\n"
            "3. Nhiệm vụ tháng 4; 4. Thảo luận, biểu quyết. Chi bộ nhất trí chương trình.\n\n1. Thông tin thời sự\n"
            "Giá mì tăng.\n2. Đánh giá tháng 3\nThu hoạch xong mì.\n3. Nhiệm vụ tháng 4\nTrồng keo.\n"
            "Đ/c Bí thư kết luận: thống nhất.\nChi bộ biểu quyết thông qua nghị quyết, nhất trí 100%.\n")
    assert kinds(HEAD + body + END) == ["opening", "news", "review", "plan", "conclusion", "vote", "closing"]


def test_a_study_the_review_says_did_not_take_place_is_no_part() -> None:
    body = ("Đánh giá tháng 4: sản lượng giảm; hạn chế: việc học tập và làm theo Bác theo Chỉ thị 05 trong tháng chưa "
            "tổ chức được do mưa lũ.\n\nNhiệm vụ tháng 5: khôi phục sản xuất.\n")
    assert "hcm_study" not in kinds(HEAD + body + END)


def test_the_study_of_ho_chi_minh_s_thought_at_a_thematic_meeting_is_its_topic() -> None:
    body = ("Phần thứ nhất: Mở đầu\nĐồng chí Bí thư tuyên bố lý do.\nPhần thứ hai: Trình bày chuyên đề\n"
            "Đồng chí Hòa trình bày chuyên đề gồm hai nội dung:\n1. Thực hiện Chỉ thị số 05-CT/TW về đẩy mạnh học tập "
            "và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, chuyên đề năm nay nói về phong cách gần dân.\n"
            "2. Liên hệ tại thôn: còn cán bộ nói nặng lời.\nPhần thứ ba: Thảo luận\nĐ/c Lan: nhất trí.\n")
    got = kinds(HEAD + body + END, "thematic")
    assert "hcm_study" not in got and "topic" in got


def test_headings_written_as_questions() -> None:
    body = ("Hôm nay chi bộ họp những gì?\nĐ/c Bí thư tuyên bố lý do, thông qua chương trình.\n"
            "Ở xã, ở huyện có tin gì mới?\nĐường tỉnh 12 khởi công.\nTình hình tháng trước ra sao?\n"
            "Thu hoạch xong lúa.\n"
            "Đảng viên học tập và làm theo Bác thế nào?\nCác đ/c đăng ký giúp hộ nghèo.\nTháng 6 cần làm gì?\n"
            "Chống hạn.\nCác đồng chí có ý kiến gì?\nĐ/c Lương: nhất trí.\n")
    assert kinds(HEAD + body + END) == ["opening", "news", "review", "hcm_study", "plan", "discussion", "closing"]


def test_parts_introduced_by_ordinals_in_prose() -> None:
    body = ("Đồng chí Bí thư tuyên bố lý do, thông qua chương trình; chi bộ nhất trí.\n\n"
            "Thứ nhất, đồng chí Mai Thị Tươi thông tin thời sự: lúa chiêm xuân được mùa.\n\n"
            "Thứ hai, đồng chí Bí thư quán triệt Quy định số 37-QĐ/TW về những điều đảng viên không được làm.\n\n"
            "Thứ ba, chi bộ đánh giá kết quả thực hiện nghị quyết tháng 5: làm xong đường làng.\n\n"
            "Cuối cùng, đồng chí chủ trì kết luận.\n")
    assert kinds(HEAD + body + END) == ["opening", "news", "dissemination", "review", "conclusion", "closing"]


def test_lettered_parts_with_a_dash_and_an_agenda_list_before_them() -> None:
    body = ("Chương trình buổi sinh hoạt:\n1. Khai mạc.\n2. Báo cáo chuyên đề.\n3. Đảng viên thảo luận, liên hệ.\n"
            "4. Kết luận, biểu quyết.\n5. Bế mạc.\n\nA- PHẦN KHAI MẠC\nĐồng chí Bí thư tuyên bố lý do.\n"
            "B- ĐỒNG CHÍ TRẦN VĂN LỢI, CHI ỦY VIÊN, TRÌNH BÀY NỘI DUNG\nVề công tác dân vận ở vùng giáo.\n"
            "C- Ý KIẾN THAM GIA CỦA ĐẢNG VIÊN\n- Đ/c Hoa: nhất trí.\nD- TỔNG HỢP, KẾT LUẬN CỦA ĐỒNG CHÍ BÍ THƯ\n"
            "Thống nhất nội dung.\nE- BIỂU QUYẾT\nChi bộ biểu quyết 18/18 tán thành.\n")
    assert kinds(HEAD + body + END, "thematic") == ["opening", "topic", "discussion", "conclusion", "vote", "closing"]


def test_an_office_set_off_by_commas_holds_no_blocker() -> None:
    body = ("Đồng chí Bí thư tuyên bố lý do.\n\nThứ nhất, đồng chí Lê Văn Toàn, đảng viên trẻ của chi bộ, trình bày "
            "chuyên đề về chuyển đổi số.\n\nThứ hai, chi bộ thảo luận. Đồng chí Hà phát biểu nhất trí.\n")
    assert kinds(HEAD + body + END, "thematic") == ["opening", "topic", "discussion", "closing"]


def test_parts_introduced_by_mot_la_hai_la() -> None:
    body = ("Đồng chí Bí thư tuyên bố lý do, chi bộ thống nhất.\n\nMột là, đồng chí Bí thư thông tin thời sự: biển "
            "động.\n\nHai là, chi bộ quán triệt văn bản cấp trên: Chỉ thị 32-CT/TW.\n\nBa là, đánh giá kết quả "
            "thực hiện nhiệm vụ tháng 5: đủ chỉ tiêu.\n\nSau cùng, đồng chí chủ trì kết luận.\n")
    assert kinds(HEAD + body + END) == ["opening", "news", "dissemination", "review", "conclusion", "closing"]


def test_parts_of_a_note_like_record_named_by_their_month() -> None:
    text = normalize(HEAD + "Anh Hai nói lý do họp, mọi người thống nhất.\n\nTin tức:\n+ Giá dầu tăng.\n\n"
                     "Việc tháng 7:\n+ Sửa lưới xong.\n\nÝ kiến:\n+ Chị Mai: nhất trí.\n\nViệc tháng 8:\n+ Ra khơi.\n\n"
                     "Họp tới 10 giờ 30 thì xong.\n").text
    got = [s.kind for s in find_sections(text, "regular", "2023-08-06")]
    assert got == ["opening", "news", "review", "discussion", "plan", "closing"]


def test_a_form_heading_filled_in_with_none_is_no_part() -> None:
    body = ("Phần 1. Khai mạc: đồng chí Bí thư tuyên bố lý do, thông qua chương trình.\n"
            "Phần 2. Kiểm điểm việc thực hiện nghị quyết tháng trước:   Không có (họp chuyên đề).\n"
            "Phần 3. Phương hướng nhiệm vụ tháng tới: không.\n"
            "Phần 4. Thảo luận: đồng chí Kha Văn Bổn nêu ý kiến về việc giữ gìn vệ sinh chuồng trại.\n")
    assert kinds(body) == ["opening", "discussion"]


def test_a_presenters_office_typed_without_commas() -> None:
    body = ("Đồng chí Bí thư tuyên bố lý do, thông qua chương trình.\n\n"
            "Đồng chí Triệu Văn Sình chi ủy viên trưởng ban công tác mặt trận của thôn trình bày chuyên đề về "
            "xây dựng nông thôn mới. Đồng chí nêu kết quả và giải pháp.\n\nThảo luận\nCác đồng chí phát biểu.\n")
    assert kinds(body, "thematic") == ["opening", "topic", "discussion"]


def test_a_templates_headings_left_empty_are_no_parts() -> None:
    body = ("1. Khai mạc: đồng chí Bí thư nêu lý do, thông qua chương trình.\n\n2. Thông tin thời sự:\n\n"
            "3. Nhiệm vụ tháng 12: thu quỹ đền ơn đáp nghĩa; tổng vệ sinh ngõ xóm.\n\n4. Ý kiến đảng viên:\n\n"
            "5. Kết luận của chủ trì: ……………………………\n\n6. Biểu quyết: ……/…… đ/c tán thành.\n")
    assert kinds(body) == ["opening", "plan"]


def test_the_title_s_subtitle_is_no_heading() -> None:
    text = ("CHI BỘ KHỐI 5\n\n                BIÊN BẢN\n        SINH HOẠT CHUYÊN ĐỀ QUÝ III NĂM 2024\n\n"
            "Nhân dịp kỷ niệm ngày thành lập, chi bộ tổ chức sinh hoạt chuyên đề tại nhà văn hóa khối.\n\n"
            "Đồng chí Bí thư tuyên bố lý do, thông qua chương trình.\n\n"
            "Đồng chí Lê Văn Hạnh trình bày chuyên đề về công tác dân vận.\n")
    assert kinds(text, "thematic") == ["opening", "topic"]


def test_a_presentations_own_parts_and_assessments_stay_in_the_topic() -> None:
    body = ("I. Mở đầu\nĐồng chí Bí thư tuyên bố lý do, thông qua chương trình.\n\n"
            "II. Trình bày chuyên đề\nĐồng chí Lý Thị Hằng trình bày chuyên đề về nêu gương.\n"
            "1. Hạn chế\n   a) Việc tự phê bình và phê bình còn nể nang.\n\n"
            "III. Giải pháp, nhiệm vụ thời gian tới\n1. Mỗi đảng viên đăng ký việc làm nêu gương.\n\n"
            "IV. Thảo luận\nCác đồng chí phát biểu ý kiến.\n")
    assert kinds(body, "thematic") == ["opening", "topic", "discussion"]


def test_a_narrative_records_discussion() -> None:
    body = ("Anh Tâm nói lý do cuộc họp và đọc chương trình, anh em thống nhất.\n\n"
            "Anh Ngô Văn Út cho rằng nên nạo vét kênh trước mùa mưa. Chị Lý Thị Bé đề nghị xin xã hỗ trợ máy.\n\n"
            "Khi thảo luận, đồng chí Tư cho biết bà con đồng tình.\n")
    assert kinds(body) == ["opening", "discussion"]


# a record of one run-on paragraph, its parts joined by ";" (written fresh: a river-delta ferry cell)
RUN_ON = (
    "Đồng chí Bí thư nêu lý do, thông qua chương trình gồm thông tin thời sự, đánh giá tháng 2, nhiệm vụ tháng 4 "
    "và thảo luận, chi bộ đồng ý với chương trình; tiếp theo đồng chí Lâm Thị Kiều, Chi ủy viên thông tin thời "
    "sự: giá xăng dầu tăng, bến phà Cần Thơ cũ đã dừng hoạt động, mùa khô năm nay nước mặn vào sâu hơn mọi năm; "
    "đồng chí Bí thư quán triệt Kế hoạch số 31-KH/ĐU của Đảng ủy xã về phòng chống hạn mặn, nhắc đảng viên "
    "gương mẫu tích trữ nước ngọt; đánh giá kết quả tháng 2 chi bộ lãnh đạo ấp nạo vét xong kênh Ba Tháng, "
    "thu quỹ quốc phòng đạt 96%, tồn tại là 4 hộ còn xả rác xuống kênh, 1 đảng viên chưa nộp đảng phí; "
    "nhiệm vụ tháng 4 là đắp đập tạm ngăn mặn đầu kênh, vận động bà con chuyển 3 ha lúa sang trồng dưa, "
    "hoàn thành thu đảng phí quý I; thảo luận có 5 ý kiến, đồng chí Tăng Văn Nhỏ đề nghị xin xã máy bơm, "
    "đồng chí Quách Thị Lài đề nghị tổ phụ nữ nhận phần dọn rác; đồng chí chủ trì kết luận thống nhất "
    "các nhiệm vụ tháng 4, giao đồng chí Nhỏ làm việc với xã về máy bơm; chi bộ biểu quyết thông qua nghị "
    "quyết tháng 4 với 19/19 đồng chí tán thành; biên bản đọc lại, chi bộ nhất trí, buổi sinh hoạt kết thúc "
    "lúc 21 giờ 10 phút cùng ngày.\n"
)


def test_record_of_one_run_on_paragraph() -> None:
    assert kinds(HEAD + "\n" + RUN_ON + END) == ["opening", "news", "dissemination", "review", "plan", "discussion",
                                                "conclusion", "vote", "closing"]


def test_presenter_named_with_function_in_a_clause_and_principles_listed_in_the_topic() -> None:
    body = ("Đồng chí Bí thư tuyên bố lý do và nêu yêu cầu của chuyên đề; đồng chí Mai Văn Đẩu, Phó Bí thư Chi bộ, "
            "trình bày chuyên đề về nguyên tắc tổ chức của Đảng gồm tập trung dân chủ; tập thể lãnh đạo; "
            "tự phê bình và phê bình, liên hệ việc thực hiện ở chi bộ trong năm qua.\n\n"
            "Thảo luận: đồng chí Hứa Thị Lan đề nghị chi bộ họp đúng ngày.\n\n"
            "Đồng chí chủ trì kết luận: chi bộ thống nhất nội dung chuyên đề.\n")
    assert kinds(HEAD + body + END, "thematic") == ["opening", "topic", "discussion", "conclusion", "closing"]


def test_parts_moved_on_to_with_sequence_words_in_the_opening_sentence() -> None:
    body = ("Đ/c Bí thư tuyên bố lý do và thông qua chương trình gồm thời sự, quán triệt văn bản, kiểm điểm tháng 2, "
            "chi bộ thống nhất, sau đó đồng chí Phó Bí thư Đàm Văn Khuê thông tin tình hình thời sự trong tháng; "
            "tiếp đó quán triệt Kế hoạch số 40-KH/ĐU về phòng chống cháy rừng.\n\n"
            "Kiểm điểm tháng 2: chi bộ trồng xong 3 ha rừng.\n")
    assert kinds(HEAD + body + END)[:4] == ["opening", "news", "dissemination", "review"]


def test_presenter_with_rank_and_function_in_the_opening_sentence() -> None:
    body = ("Đồng chí Bí thư tuyên bố lý do, nêu mục đích, yêu cầu của buổi sinh hoạt chuyên đề; sau đó đồng chí "
            "Thượng úy Lò Văn Dũng, Phó Đồn trưởng trình bày chuyên đề về chủ quyền biên giới.\n\n"
            "Thảo luận: đồng chí Tòng Văn Ún đề nghị tăng tuần tra.\n")
    assert kinds(HEAD + body + END, "thematic")[:2] == ["opening", "topic"]


def test_members_commenting_on_the_outline_head_the_discussion() -> None:
    body = ("1/ Mở đầu\nĐồng chí Bí thư tuyên bố lý do.\n2/ Đảng viên góp ý dự thảo đề cương (hỏi – đáp)\n"
            "- Đồng chí Trần Yến hỏi: có cần số liệu quý I không?\n3/ Kết luận\nĐồng chí chủ trì kết luận.\n")
    assert "discussion" in kinds(HEAD + body + END, "thematic")


@pytest.mark.parametrize(("paragraph", "kind"), [
    ("Sơ kết 6 tháng đầu năm, đồng chí Bí thư đánh giá: hoàn thành 8/10 chỉ tiêu, thu ngân sách đạt 61%.", "review"),
    ("Đồng chí Bí thư trình bày báo cáo kết quả năm 2023: xây xong cầu dân sinh, không có hộ tái nghèo.", "review"),
    ("Phương hướng năm 2024, đồng chí Bí thư nêu: làm tiếp 300 m đường bê tông.", "plan"),
    ("Tiếp đó chi bộ tự phê bình, phê bình và nhận xét đảng viên cuối năm.", "criticism"),
    ("Các đồng chí đảng viên lần lượt tự nhận xét ưu điểm, khuyết điểm của mình trong năm.", "criticism"),
    ("Thực hiện Chỉ thị 05-CT/TW, đồng chí Lò Thị Xuân, Chủ tịch Hội Phụ nữ, giới thiệu tấm gương một hội viên "
     "nuôi dạy bốn con nhỏ.", "hcm_study"),
    ("Thực hiện Kết luận 01-KL/TW, chi bộ học tập lời dạy của Bác về cần, kiệm, liêm, chính.", "hcm_study"),
])
def test_year_end_and_prose_wordings_open_their_parts(paragraph: str, kind: str) -> None:
    body = f"Đồng chí Bí thư tuyên bố lý do, thông qua chương trình.\n\n{paragraph}\n\nĐồng chí chủ trì kết luận.\n"
    assert kind in kinds(HEAD + body + END)


def test_long_part_heading_marked_with_a_star_over_dash_items() -> None:
    body = ("* Quán triệt văn bản\n- Kế hoạch số 12-KH/HU về chuyển đổi số.\n"
            "* Kiểm điểm lãnh đạo thực hiện nhiệm vụ chuyên môn tháng 3/2024\n- Giải quyết 40 vụ việc, đạt 52%.\n"
            "- Còn 2 vụ quá hạn.\n* Kết luận\nĐồng chí chủ trì kết luận.\n")
    assert "review" in kinds(HEAD + body + END)


def test_tasks_stated_in_the_chair_conclusion_are_the_plan() -> None:
    body = ("1. Đồng chí Bí thư tuyên bố lý do.\n2. Đồng chí Bí thư đọc Báo cáo số 04-BC/CB ngày 20/3/2024 của Chi ủy "
            "đánh giá kết quả thực hiện nghị quyết tháng 2. Thu quỹ đạt 90%.\n3. Thảo luận\n- Đ/c Lành hỏi về quỹ.\n"
            "4. Kết luận\nĐồng chí chủ trì kết luận, ghi nhận các ý kiến và giao nhiệm vụ trọng tâm tháng 4/2024:\n"
            "1. Nạo vét mương.\n2. Thu quỹ.\n")
    assert kinds(HEAD + body + END) == ["opening", "review", "discussion", "conclusion", "plan", "closing"]
    dated = ("1. Đồng chí Bí thư tuyên bố lý do.\n2. Thảo luận\n- Đ/c Lành hỏi về quỹ.\n"
             "3. Kết luận của đồng chí chủ trì: Tháng 2 chi bộ hoàn thành 5/6 chỉ tiêu. Tháng 4/2024 tập trung:\n"
             "1. Nạo vét mương.\n2. Thu quỹ.\n")
    found = [s.kind for s in find_sections(normalize(HEAD + dated + END).text, "regular", "2024-03-25")]
    assert "plan" in found and "conclusion" in found


def test_conclusion_label_over_the_plan_it_adopts() -> None:
    body = ("1. Thảo luận\n- Đ/c Lành: nhất trí.\n2. Đ/c chủ trì kết luận:\n"
            "Chi bộ thống nhất phương hướng tháng 4/2024 như dự thảo.\n3. Biểu quyết: 15/15 tán thành.\n")
    assert "conclusion" in kinds(HEAD + body + END)


def test_a_member_recalling_last_quarter_conclusion_is_no_conclusion() -> None:
    body = ("Đồng chí Bí thư tuyên bố lý do.\n\nĐồng chí Hầu Thị Vân trình bày chuyên đề về nêu gương.\n\n"
            "Chi bộ thảo luận, có 3 ý kiến:\n1. Đồng chí Lý Văn Páo đồng ý với chuyên đề.\n"
            "2. Đồng chí nhắc lại kết luận của đồng chí Bí thư tại kỳ sinh hoạt chuyên đề quý trước về việc giữ "
            "kỷ luật giờ giấc.\n")
    assert "conclusion" not in kinds(HEAD + body + END, "thematic")


def test_presentation_sub_part_on_results_at_the_unit_stays_in_the_topic() -> None:
    body = ("Đồng chí Bí thư tuyên bố lý do.\n\nII. TRÌNH BÀY CHUYÊN ĐỀ\nĐồng chí Hầu Thị Vân trình bày chuyên đề:\n"
            "1. Nội dung cơ bản của Quy định 144.\n2. Kết quả thực hiện ở cơ quan: đã ký cam kết 100%.\n"
            "III. THẢO LUẬN\nĐồng chí Páo: nhất trí.\n")
    assert "review" not in kinds(HEAD + body + END, "thematic")


def test_topic_label_over_a_title_wrapped_in_a_wide_paragraph() -> None:
    # a record wrapped at about 95 characters, as a PDF or a scan is: the label's line is as long as the others
    wrapped = ("Đồng chí Bí thư tuyên bố lý do, nêu mục đích, yêu cầu của buổi sinh hoạt chuyên đề và thông qua\n"
               "chương trình sinh hoạt, chi bộ nhất trí với chương trình đã được chi ủy chuẩn bị từ tuần trước\n"
               "khi các đồng chí đảng viên đã được gửi tài liệu nghiên cứu trước qua nhóm Zalo của chi bộ thôn\n"
               "và đã đọc kỹ tài liệu. Đồng chí Phó Bí thư báo cáo số đảng viên có mặt, vắng mặt tại buổi họp\n"
               "hôm nay.\n\n")
    body = (wrapped + "Chuyên đề: \"Ứng dụng chuyển đổi số trong quản lý tổ dân phố gắn với thực hiện Nghị quyết\n"
            "số 57-NQ/TW của Bộ Chính trị và kế hoạch của Đảng ủy phường về chuyển đổi số năm 2026\".\n"
            "Đồng chí Lý Thị Hoa trình bày:\n  1. Thực trạng\n  - Tổ có nhóm Zalo 300 thành viên, thông báo của\n"
            "    phường được chuyển tới người dân trong ngày, nhưng người cao tuổi chưa dùng được dịch vụ công.\n"
            "  2. Giải pháp\n  - Phân công đảng viên kèm cặp từng hộ cao tuổi sống một mình trong tổ dân phố.\n\n"
            "Thảo luận:\n- Đồng chí Mai hỏi về nhóm Zalo của tổ dân phố, đồng chí Hoa trả lời rõ ràng, cụ thể.\n")
    assert "topic" in kinds(HEAD + body + END, "thematic")


def test_chair_conclusion_in_its_own_paragraph_after_the_vote() -> None:
    body = ("I. MỞ ĐẦU\nĐồng chí Bí thư tuyên bố lý do, thông qua chương trình.\n\nII. THẢO LUẬN\n"
            "- Đ/c Mạc Văn Khiêm: nhất trí với dự thảo.\n\nIII. BIỂU QUYẾT\n"
            "Chi bộ bỏ phiếu kín: 12/12 phiếu tán thành.\n\n"
            "Đồng chí Mạc Thị Hoa kết luận: chi bộ thống nhất đề nghị cấp trên xem xét; giao chi ủy làm hồ sơ.\n")
    assert "conclusion" in kinds(HEAD + body + END)


def test_item_labelled_only_documents_under_a_news_and_documents_heading() -> None:
    body = ("I. Thông tin thời sự, văn bản mới\n1. Thời sự: giá phân bón tăng; mưa lớn gây sạt lở.\n"
            "2. Văn bản: đồng chí Phó Bí thư phổ biến Kế hoạch số 31-KH/ĐU của Đảng ủy xã.\n"
            "II. Đánh giá kết quả tháng 4\n- Thu quỹ đạt 90%.\n")
    assert "dissemination" in kinds(HEAD + body + END)


def test_points_of_the_presentation_numbered_under_the_topic() -> None:
    body = ("I. MỞ ĐẦU\nĐồng chí Bí thư tuyên bố lý do. Chi bộ biểu quyết thông qua chương trình: 11/11 đồng chí "
            "nhất trí.\nII. TRÌNH BÀY CHUYÊN ĐỀ\nĐồng chí Lò Văn Sinh trình bày chuyên đề. Nội dung chính:\n"
            "1. Quán triệt Quy định số 144-QĐ/TW về chuẩn mực đạo đức cách mạng.\n2. Thực trạng ở đơn vị.\n"
            "III. THẢO LUẬN\n- Đồng chí Hà Văn Nam: nhất trí.\nIV. KẾT LUẬN\nĐồng chí Bí thư kết luận.\n")
    assert kinds(HEAD + body + END, "thematic") == ["opening", "topic", "discussion", "conclusion", "closing"]


def test_part_put_off_to_a_later_meeting_is_not_held() -> None:
    body = ("I. MỞ ĐẦU\nĐồng chí Bí thư tuyên bố lý do, thông qua chương trình gồm:\n  1. Thông tin thời sự;\n"
            "  2. Đánh giá kết quả tháng 3/2024;\n  3. Nhiệm vụ tháng 4/2024;\n  4. Thảo luận, biểu quyết.\n"
            "Chi bộ nhất trí.\nII. NỘI DUNG\n1. Thông tin thời sự: mưa đá làm hư 12 mái nhà.\n"
            "(Vì mất điện, chi bộ thống nhất phần đánh giá kết quả tháng 3 chuyển sang kỳ họp tháng 5.)\n"
            "2. Nhiệm vụ tháng 4/2024: sửa mái nhà cho các hộ.\n3. Thảo luận: đ/c Hà nhất trí.\n")
    found = [s.kind for s in find_sections(normalize(HEAD + body + END).text, "regular", "2024-04-08")]
    assert "review" not in found and "news" in found and "plan" in found


def test_narrative_of_the_south_counted_in_words() -> None:
    body = ("Sáng chủ nhật ngày 10 tháng 3 năm 2024, lúc 7 giờ, Chi bộ ấp Long Hòa họp tại nhà anh Ba Lực.\n"
            "Anh Tư Đức (Lê Văn Đức) bí thư chủ trì, trước khi vô họp anh Tư Đức tuyên bố lý do, chi bộ nhứt trí.\n\n"
            "Thứ nhứt là thông tin thời sự, anh Tư Đức nói nước mặn vô sớm.\n\n"
            "Về thời sự thì anh Năm Sang thông tin thêm giá lúa.\n\n"
            "Thứ hai là đánh giá tháng 2: bà con thu hoạch xong lúa.\n\n"
            "Thứ ba là nhiệm vụ tháng 4: nạo vét kinh.\n")
    found = [s.kind for s in find_sections(normalize(HEAD + body + END).text, "regular", "2024-03-10")]
    assert found[:4] == ["opening", "news", "review", "plan"]


def test_notebook_abbreviations_of_the_thematic_part_and_of_documents() -> None:
    body = ("A. MỞ ĐẦU\nđ/c Hào tuyên bố lý do, thông qua chương trình.\nB. SH THƯỜNG KỲ\n1. Thời sự: giá lúa tăng.\n"
            "- Phổ biến KH số 14-KH/ĐU của ĐU xã về bầu cử.\n2. Đánh giá tháng 2: cấy xong.\n3. NV tháng 4: thu quỹ.\n"
            "C. SH CHUYÊN ĐỀ\nđ/c Long - PBT nói về việc nêu gương của ĐV trong xóm.\n"
            "D. THẢO LUẬN\n- đ/c Tú: nhất trí.\n")
    found = kinds(HEAD + body + END)
    assert "topic" in found and "dissemination" in found


def test_members_reading_their_year_end_self_review_is_criticism() -> None:
    body = ("1. Thông tin thời sự: bão số 3.\n2. Kiểm điểm, xếp loại đảng viên năm 2023\nTừng đảng viên đọc bản tự "
            "kiểm điểm. Chi bộ góp ý, tự phê bình và phê bình; có 9 ý kiến.\n3. Thảo luận\n- Đ/c Vân: nhất trí.\n")
    assert "criticism" in kinds(HEAD + body + END)
    one = ("1. Thông tin thời sự: bão số 3.\n2. Xét công nhận đảng viên chính thức\nĐồng chí Lò Văn Tiến hết thời "
           "gian dự bị, đọc bản tự kiểm điểm; đảng viên hướng dẫn nhận xét.\n3. Thảo luận\n- Đ/c Vân: nhất trí.\n")
    assert "criticism" not in kinds(HEAD + one + END)


def test_terse_labels_of_the_parts() -> None:
    body = ("ND:\n- Khai mạc: BT nêu lý do, thông qua chương trình.\n- TS: tình hình trong nước, giá lúa tăng.\n"
            "- ĐG T3: thu quỹ đạt 90%.\n- HT&LT Bác: đ/c Na kể chuyện Bác.\n- NV T5: thu quỹ, làm đường.\n"
            "- Ý kiến: 3 đ/c phát biểu.\n- KL: BT kết luận.\n- BQ: 14/14 tán thành.\n")
    found = kinds(HEAD + body + END)
    assert {"news", "review", "hcm_study", "plan"} <= set(found)


def test_study_results_and_the_leadership_review_headed_as_reports() -> None:
    body = ("1. Thông tin thời sự: bão số 2.\n"
            "2. Báo cáo kiểm điểm lãnh đạo tháng 3/2024 (đồng chí Phó Bí thư trình bày)\n"
            "- Hoàn thành 90% kế hoạch.\n3. Kết quả học tập và làm theo Bác\n- 100% đảng viên đăng ký việc làm.\n"
            "4. Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh\n"
            "Đánh giá việc thực hiện Kết luận 01-KL/TW: mỗi đảng viên đăng ký một việc làm.\n"
            "5. Phương hướng tháng 5/2024\n- Thu quỹ.\n")
    found = kinds(HEAD + body + END)
    assert "review" in found and "hcm_study" in found
    assert [k for k in found if k == "review"] == ["review"]


def test_members_views_labelled_in_a_run_on_paragraph() -> None:
    body = ("Đ/c Tám tuyên bố lý do, thông qua chương trình. Đ/c Bưởi thông tin thời sự: giá lúa giảm. Đánh giá "
            "tháng 3: làm xong 2 km đường. Phương hướng tháng 4: thu quỹ. Ý kiến các đ/c: đ/c Pó đề nghị sửa cống, "
            "đ/c Mai đề nghị thu gom rác. Đ/c chủ trì kết luận. Chi bộ biểu quyết 15/15 nhất trí.\n")
    assert "discussion" in kinds(HEAD + body + END)


def test_thematic_part_labelled_in_a_run_on_paragraph() -> None:
    body = ("Đ/c Tám tuyên bố lý do, thông qua chương trình. Đ/c Bưởi thông tin thời sự: giá lúa giảm. Đánh giá "
            "tháng 3: làm xong 2 km đường. Nội dung chuyên đề: đồng chí Lò Thị Mai nói về việc giữ gìn bản sắc "
            "văn hóa trong làng. Thảo luận: đ/c Pó đề nghị mở lớp dạy chữ. Đ/c chủ trì kết luận.\n")
    assert "topic" in kinds(HEAD + body + END)


def test_terse_subjects_cb_and_dv() -> None:
    body = ("1/ Thời sự\nĐ/c Bí thư thông tin tình hình trong nước.\n2/ Kết quả tháng 5\nHoàn thành làm đường.\n"
            "3/ Nhiệm vụ tháng 6\nChăm sóc lúa.\n4/ Ý kiến\nĐV thảo luận, thống nhất.\n5/ Kết luận\n"
            "Đ/c Bí thư kết luận, giao việc.\n\nCB biểu quyết thông qua nghị quyết tháng 6: nhất trí 100%.\n")
    assert kinds(HEAD + body + END) == ["news", "review", "plan", "discussion", "conclusion", "vote", "closing"]


def test_phone_typed_record() -> None:
    text = ("CHI BỘ TỔ 4\nBB SH chi bộ thường kỳ tháng 5/2023\n- Tg: 19h ngày 10/5/2023\n- CT: đc Vân, TK: đc Lụa\n"
            "1- TT thời sự\n+ giá xăng giảm, TP ra quân dẹp vỉa hè\n2- Đánh giá T4\n+ thu quỹ đạt 100%\n"
            "3- NV T5\n+ diệt lăng quăng\n4- Thảo luận\n- đc Thơ tự phê bình: chưa đóng đảng phí đúng hạn\n"
            "5- KL: đc Vân KL nhất trí\n6- BQ: 12/12 đc tán thành\n")
    assert kinds(text) == ["news", "review", "plan", "discussion", "criticism", "conclusion", "vote"]


def test_phone_typed_title_is_minutes() -> None:
    from nlp.analyze import analyze

    text = ("ĐẢNG BỘ PHƯỜNG 7\nCHI BỘ TỔ 4\nBB SH chi bộ thường kỳ tháng 5/2023\n- Tg: 19h ngày 10/5/2023\n"
            "- CT: đc Lê Thị Vân, TK: đc Ngô Thị Lụa\n- ĐV: 12, có mặt 12\n1- TT thời sự: giá xăng giảm.\n")
    report = analyze(text)
    assert report.is_minutes and report.meeting.type == "regular"


def test_keycap_numbers_and_emoji_typed_on_a_phone() -> None:
    body = ("1️⃣ đc BT tuyên bố lý do, thông qua CT => nhất trí 👍\n2️⃣ đc Hà trình bày chuyên đề: học tập NQ 57\n"
            "3️⃣ Thảo luận\n- đc Lực: đề nghị tập huấn thêm\n4️⃣ KL của đc BT:\n=> thống nhất lập tổ công nghệ số\n"
            "👉 BQ: 15/15 đc tán thành\n\n⏱ Kết thúc 20h40, TK đọc lại BB\n")
    from nlp.analyze import analyze

    text = HEAD.replace("THƯỜNG KỲ", "CHUYÊN ĐỀ") + body
    assert [s.kind for s in analyze(text).sections] == ["opening", "topic", "discussion", "conclusion", "vote",
                                                        "closing"]


@pytest.mark.parametrize("arrow", ["=> ", "-> ", "> "])
def test_arrow_led_lines_typed_on_a_phone(arrow: str) -> None:
    body = "6) KL: đc Bình thống nhứt NV T3.\n7) BQ: 21/21 nhứt trí.\n" + arrow + "Kết thúc 15h20.\n"
    assert kinds(HEAD + body)[-3:] == ["conclusion", "vote", "closing"]


# A record dictated by voice typing: one paragraph, no punctuation between the parts but a few periods.
DICTATED = (
    "Đồng chí Hoàng Văn Pha tuyên bố lý do và thông qua chương trình chi bộ nhất trí. đồng chí Ma Thị Diệp thông tin "
    "thời sự cả nước chuẩn bị bầu cử đại biểu quốc hội khóa mười sáu, trên địa bàn huyện mưa lớn gây sạt lở hai tuyến "
    "đường liên xã, phổ biến quy định 131 của bộ chính trị về kiểm soát quyền lực để đảng viên nắm được. Đánh giá "
    "tháng hai đồng chí bí thư báo cáo thôn đã thu xong quỹ phòng chống thiên tai đạt một trăm phần trăm, ra quân làm "
    "sạch kênh mương được ba cây số, hạn chế là còn hai hộ đốt rơm rạ gần đường điện. Thảo luận và tự phê bình phê "
    "bình đồng chí Nông Văn Thắm nhận còn chậm nộp đảng phí hai tháng, đồng chí La Thị Mỷ góp ý đồng chí Thắm cần sắp "
    "xếp công việc, đồng chí Lý Văn Sình đề nghị xã sớm sửa cầu tràn đầu thôn vì mùa mưa sắp đến đồng chí Pha tiếp "
    "thu và giải trình. Phương hướng nhiệm vụ tháng tư chăm sóc lúa xuân phòng chuột cắn lúa, vận động các hộ nuôi "
    "gà vịt tiêm phòng cúm, tu sửa nhà văn hóa thôn trước mùa mưa bão, giao đồng chí Sình theo dõi việc sửa cầu tràn "
    "và đồng chí Mỷ phụ trách tiêm phòng cho đàn gia cầm của các hộ trong thôn. Kết luận đồng chí Hoàng Văn Pha kết "
    "luận ghi nhận các ý kiến tâm huyết và thống nhất nghị quyết tháng ba của chi bộ. chi bộ biểu quyết mười lăm trên "
    "mười lăm đồng chí tán thành.\n"
)


def test_parts_of_a_record_dictated_as_one_paragraph() -> None:
    assert len(DICTATED.split()) > 240
    assert kinds(HEAD + DICTATED + END) == [
        "opening", "news", "dissemination", "review", "discussion", "criticism", "plan", "conclusion", "vote",
        "closing"]


def test_numbered_line_run_on_through_several_sentences() -> None:
    body = ("1. thông tin thời sự đồng chí Ma Thị Diệp thông tin kỳ họp thứ tám quốc hội khóa mười lăm thông qua "
            "nhiều luật quan trọng, tình hình mưa lũ ở các tỉnh miền núi phía bắc làm nhiều người chết và mất tích, "
            "ủy ban xã đã vận động quyên góp ủng hộ đồng bào vùng lũ được hơn mười triệu đồng, các đoàn thể đều tích "
            "cực tham gia đóng góp. Đồng chí Diệp cũng phổ biến Kế hoạch số 52-KH/ĐU của Đảng ủy xã về tổ chức các "
            "hoạt động kỷ niệm ngày thành lập mặt trận tổ quốc.\n"
            "2. Đánh giá kết quả tháng mười, đồng chí bí thư báo cáo thôn hoàn thành thu hoạch lúa mùa.\n"
            "3. thảo luận các đồng chí tham gia ý kiến, đồng chí Sình đề nghị sửa cầu tràn. trong phần tự phê bình và "
            "phê bình đồng chí Nông Văn Thắm tự phê bình mình còn chậm nộp đảng phí, hứa khắc phục ngay.\n")
    assert kinds(HEAD + body + END) == ["news", "dissemination", "review", "discussion", "criticism", "closing"]


STARRED_PARTS = (
    "* Phần 1: Khai mạc\nĐ/c Bí thư tuyên bố lý do.\n"
    "* Phần 2: Đánh giá kết quả tháng 2/2024\nTổ 3 thu xong quỹ an ninh; còn 4 hộ chưa đóng góp làm đường.\n"
    "* Phần 3: Phương hướng tháng 4/2024\nRa quân dọn vệ sinh kênh mương.\n"
)
LAYOUTS_MORE = [
    pytest.param(STARRED_PARTS, ["opening", "review", "plan"], id="star-bullet-then-phan-n-colon"),
    pytest.param("3/ Kết quả SXKD, công tác đảng tháng 2/2024:\n- Giao 14 lô hàng, đạt 97% kế hoạch.\n"
                 "4/ Nhiệm vụ tháng 4:\n- Hoàn thành đơn hàng xuất khẩu.\n", ["review", "plan"],
                 id="enterprise-results-heading-with-a-comma"),
    pytest.param("6. Thảo luận\n- Đ/c Lò Văn Sương: nhất trí.\n\n7. Kết luận của đ/c Bí thư\nChi bộ nhất trí đánh giá "
                 "tháng 2 và phương hướng tháng 4; giao đ/c Sương lập tổ thu mua chè.\n"
                 "Biểu quyết thông qua nghị quyết tháng: 17/17 đ/c tán thành.\n",
                 ["discussion", "conclusion", "plan", "vote"], id="conclusion-heading-over-the-plan-and-a-vote-label"),
]


@pytest.mark.parametrize(("body", "expected"), LAYOUTS_MORE)
def test_more_layouts(body: str, expected: list[str]) -> None:
    assert kinds(HEAD + body) == expected


# A record told in one long paragraph, the cell's own order: the review first, then the news.
NARRATIVE = (
    "Vào hồi 14 giờ ngày 20 tháng 3 năm 2023, tại nhà văn hóa thôn, chi bộ tiến hành sinh hoạt thường kỳ, đồng chí "
    "bí thư chủ trì nêu lý do và đề nghị chi bộ thông qua chương trình, do đầu vụ nên chi ủy đề nghị đánh giá kết quả "
    "tháng trước lên trước rồi mới đến thông tin thời sự, chi bộ thống nhất. Đồng chí Lục Văn Tám, phó bí thư, thay "
    "mặt chi ủy báo cáo kết quả lãnh đạo thực hiện nhiệm vụ tháng 2: thôn đã gieo cấy xong 45 héc ta lúa xuân, làm "
    "xong 300 mét kênh nội đồng, thu quỹ phòng chống thiên tai đạt 100%, hạn chế là còn 6 hộ chưa tiêm phòng cho đàn "
    "lợn, nguyên nhân do chi ủy chưa phân công người theo dõi từng xóm, việc tuyên truyền chưa sâu rộng đến các hộ "
    "ở xa trung tâm thôn. Tiếp đó đồng chí Nông Thị Hoa, chi ủy viên, thông tin thời sự: trong nước các địa phương "
    "ra quân làm thủy lợi, tình hình dịch tả lợn châu Phi có nguy cơ bùng phát trở lại ở một số tỉnh miền núi, "
    "trong huyện đã có 2 xã phải tiêu hủy lợn bệnh, ở xã đang chuẩn bị khởi công cầu treo qua suối. Đồng chí bí thư "
    "phổ biến Kế hoạch số 31-KH/ĐU của Đảng ủy xã về phòng chống dịch bệnh gia súc và nhắc đảng viên gương mẫu "
    "khai báo khi đàn vật nuôi có dấu hiệu bệnh. Trong phần thảo luận có 5 đồng chí phát biểu, trên tinh thần tự "
    "phê bình và phê bình thẳng thắn: đồng chí Hà Văn Lâm tự nhận còn chậm tiêm phòng cho đàn lợn nhà mình, hứa "
    "khắc phục trong tuần; đồng chí Lý Thị Mai đề nghị thôn mời cán bộ thú y về tận xóm tiêm phòng. Đồng chí bí "
    "thư kết luận thống nhất các nhiệm vụ tháng 4, giao chi ủy phân công người theo dõi từng xóm. Chi bộ biểu "
    "quyết thông qua nghị quyết, tất cả 18 đồng chí có mặt đều tán thành.\n"
)


def test_parts_of_a_narrative_paragraph_in_the_cells_own_order() -> None:
    assert len(NARRATIVE.split()) > 240
    assert kinds(HEAD + NARRATIVE + END) == [
        "opening", "review", "news", "dissemination", "discussion", "criticism", "conclusion", "vote", "closing"]


def test_headings_numbered_with_a_period_and_a_dash() -> None:
    body = ("I.- PHẦN MỞ ĐẦU\nĐ/c Bí thư tuyên bố lý do.\nII.- NỘI DUNG\n1.- Thông tin thời sự\nĐ/c Quân thông tin.\n"
            "2.- Phổ biến, quán triệt văn bản\nĐ/c Diệp phổ biến Kế hoạch số 18-KH/ĐU.\n"
            "3.- Đánh giá kết quả thực hiện nhiệm vụ tháng 6\nHoàn thành 12/14 chỉ tiêu.\n")
    assert kinds(HEAD + body) == ["opening", "news", "dissemination", "review"]


def test_roman_heading_with_a_tab_after_its_marker() -> None:
    body = "I.\tTHÔNG TIN THỜI SỰ\nĐ/c Bí thư thông tin.\nII.-\tĐÁNH GIÁ KẾT QUẢ THÁNG 2\nHoàn thành thu quỹ.\n"
    assert kinds(HEAD + body) == ["news", "review"]


def test_a_narrative_names_the_part_it_moves_to() -> None:
    text = ("Đồng chí Bí thư tuyên bố lý do, thông qua chương trình, chi bộ nhất trí. Chuyển sang phần thông tin thời "
            "sự, đồng chí Lò Thị Én cho biết giá cà phê tăng, tỉnh phát động phòng chống cháy rừng.\n\n"
            "Về công tác tháng trước và dịp lễ, chi bộ đã lãnh đạo bản hoàn thành làm đường nội đồng, thu quỹ đạt 90%; "
            "còn hạn chế là vệ sinh chuồng trại.\n\n"
            "Sang phần thứ ba là nhiệm vụ tháng tới: trồng rừng, vận động trẻ đến lớp.\n")
    assert {"news", "review", "plan"} <= set(kinds(text))


def test_a_narrative_part_told_as_in_that_part() -> None:
    text = ("Đồng chí Bí thư tuyên bố lý do, thông qua chương trình, chi bộ nhất trí.\n\n"
            "Ở phần thông tin thời sự, đồng chí Bí thư thông báo lũ lớn làm ngập nhiều tuyến đường của phường, "
            "thành phố khắc phục hậu quả.\n\nTrong phần tự phê bình và phê bình, đồng chí Lê Văn Tư nhận khuyết điểm "
            "đi sinh hoạt muộn.\n")
    assert {"news", "criticism"} <= set(kinds(text))


def test_a_lower_case_vote_line_after_an_unfinished_conclusion_line() -> None:
    text = ("1. mở đầu\nđ/c Páo nêu lý do, thông qua chương trình. các đ/c nhất trí\n2. thảo luận\n"
            "- đ/c Sử: đề nghị xã hỗ trợ giống ngô\n3. kết luận\nđ/c Páo kết luận: giao các đ/c thực hiện ngay\n"
            "chi bộ biểu quyết thông qua nghị quyết tháng 4: 12/12 đ/c nhất trí\n")
    assert "vote" in kinds(text)


def test_long_lines_typed_on_a_phone_are_paragraphs_not_wrapped_lines() -> None:
    text = ("đ/c BT tuyên bố lý do, nêu mục đích yêu cầu buổi SH chuyên đề theo kế hoạch của đảng ủy xã, giới thiệu "
            "đại biểu, thông qua chương trình, chi bộ nhất trí\n"
            "đ/c Lò Văn Pọm phó BT trình bày chuyên đề: những điều đv ko được làm, liên hệ bản Mòng: đv ko được "
            "cho vay nặng lãi, ko chia sẻ tin xấu trên mạng\n"
            "KL: đ/c BT kết luận mỗi đv tự soi lại mình, chi ủy theo dõi\n")
    assert "topic" in kinds(text, "thematic")


def test_a_narrative_moves_on_to_the_review_without_naming_a_part() -> None:
    opening = "Đồng chí Bí thư tuyên bố lý do, thông qua chương trình, chi bộ nhất trí.\n\n"
    for said in ("Chuyển sang đánh giá kết quả tháng 9, đồng chí Bí thư báo cáo: bản gặt xong lúa, làm 200 m đường.",
                 "Về kết quả lãnh đạo thực hiện nhiệm vụ tháng 8, đồng chí Phó Bí thư báo cáo: đơn vị huấn luyện đạt "
                 "yêu cầu."):
        assert "review" in kinds(opening + said + "\n"), said


def test_an_emoji_ends_a_phone_messages_sentence_before_the_next_part() -> None:
    text = ("đ/c BT tuyên bố lý do, thông qua chương trình, chi bộ thống nhất 👌 TT thời sự: giá lúa tăng, tỉnh ra "
            "quân phòng chống hạn mặn\nđánh giá tháng 3: làm xong 300 m đường\n")
    from nlp.normalize import unspeck

    assert "news" in kinds(unspeck(text))  # (as analysis reads it: the emoji stands for the stop)


def test_a_company_or_platoon_is_no_put_off_presentation() -> None:
    # folded, "đại đội trình bày" reads as "dời trình bày": a word typed with marks must be the cue's own
    text = ("Đồng chí Bí thư nêu mục đích buổi sinh hoạt, chi bộ nhất trí.\n\n"
            "Đồng chí Trung úy Hà Minh Đức – Phó Bí thư chi bộ, Chính trị viên đại đội trình bày chuyên đề về "
            "kỷ luật quân đội.\n")
    assert "topic" in kinds(text)
    for put_off in ("Do đồng chí Đức đi công tác, chi bộ dời trình bày chuyên đề sang kỳ sau.\n",
                    "do dc Duc di cong tac nen chi bo doi trinh bay chuyen de sang ky sau.\n"):
        assert "topic" not in kinds("Đồng chí Bí thư nêu mục đích buổi sinh hoạt.\n\n" + put_off)


def test_a_narrative_moves_on_to_the_thematic_part_by_name() -> None:
    text = ("Đồng chí Bí thư tuyên bố lý do, chi bộ nhất trí với chương trình.\n\n"
            "Đến phần chuyên đề, đồng chí Vi Văn Thắng, chi ủy viên, trưởng thôn trình bày. Đồng chí nêu ba việc "
            "làm theo Bác của thôn.\n")
    assert "topic" in kinds(text)
    assert "topic" not in kinds("Đồng chí Bí thư tuyên bố lý do.\n\n"
                                "Về phần chuyên đề, do đồng chí Thắng ốm nên chưa được trình bày.\n")


def test_the_presenter_after_a_move_on_with_several_offices_and_short_forms() -> None:
    text = ("Đồng chí Bí thư nêu yêu cầu buổi sinh hoạt.\n\nSau đó đ/c Mai Thị Hằng - Chi ủy viên, Chủ tịch Hội "
            "Phụ nữ, được chi ủy giao chuẩn bị chuyên đề, trình bày nội dung chuyên đề gồm hai phần.\n")
    assert "topic" in kinds(text)
    assert "topic" in kinds("- đ/c bt tuyên bố lý do, thông qua chương trình\n"
                            "- đ/c Hằng (ctv) trình bày cđ \"làm theo Bác\"\n")


@pytest.mark.parametrize("opening", [
    "Đồng chí Quàng Văn Pọm tuyên bố lý do, nêu chương trình gồm hai phần, chi bộ biểu thị nhất trí, rồi mời "
    "đồng chí Lò Thị Xuân thông tin thời sự trong tỉnh.",
    "Đồng chí Pọm tuyên bố lý do, thông qua chương trình, rồi nói qua mấy tin thời sự: giá lúa giảm, mưa đá ở "
    "Mường La.",
    "Đồng chí Bí thư tuyên bố lý do và nêu chương trình, và sau khi chi bộ nhất trí với chương trình, đồng chí "
    "Phó Bí thư Cầm Văn Hạnh điểm qua tình hình thời sự trong tháng: lũ quét ở Sìn Hồ.",
])
def test_the_news_told_in_the_opening_sentence(opening: str) -> None:
    assert kinds(opening + "\n\nĐồng chí Hạnh đánh giá kết quả tháng 6.\n") == ["opening", "news", "review"]


def test_the_agenda_read_out_in_the_opening_sentence_opens_no_part() -> None:
    text = ("Đồng chí Bí thư tuyên bố lý do, thông qua chương trình gồm: thông tin thời sự, đánh giá tháng 6, "
            "phương hướng tháng 7; chi bộ nhất trí.\n\nĐồng chí Hạnh đánh giá kết quả tháng 6.\n")
    assert kinds(text) == ["opening", "review"]


def test_a_bare_news_item_and_a_member_who_disseminates_a_list() -> None:
    text = ("1. Đ/c Tú nêu lý do, cb đồng ý.\n\n2. Tình hình\n- Tỉnh giãn cách theo chỉ thị của Thủ tướng.\n\n"
            "3. Đồng chí Vi Thị Hoa phổ biến:\n- Quy định số 69-QĐ/TW về kỷ luật đảng viên.\n\n"
            "4. Kết quả tháng 7\n- Giữ vùng xanh.\n")
    assert kinds(text) == ["opening", "news", "dissemination", "review"]


NARRATIVE_HEAD = "Hôm nay, ngày 14/10/2024, Chi bộ thôn Nà Sang họp.\n\nĐồng chí Lường Văn Pha đề nghị sửa đường.\n\n"


@pytest.mark.parametrize("ending", [
    # the chair's paragraph goes on to next month's tasks, the vote in the record's last sentence
    "Đồng chí Bí thư Hà Văn Sơn kết luận, tiếp thu ý kiến của các đảng viên. Nhiệm vụ tháng 11 gồm:\n"
    "- thu hoạch lúa mùa;\n- dọn vệ sinh đường làng.\n\nThư ký đọc lại biên bản, không có ý kiến khác. Nghị quyết "
    "tháng 10 năm 2024 của chi bộ được biểu quyết thông qua với 18/18 đảng viên có mặt tán thành.\n",
    # "Kết luận," opening a line: what follows the comma is content
    "Kết luận, đồng chí Hà Văn Sơn giao nhiệm vụ tháng 11:\n- thu hoạch lúa mùa;\n- dọn vệ sinh đường làng.\n\n"
    "Thư ký đọc lại biên bản. Buổi sinh hoạt kết thúc lúc 21 giờ, sau khi chi bộ biểu quyết thông qua kết luận "
    "của đồng chí Bí thư với 18/18 đồng chí tán thành.\n",
    "Kết luận, đồng chí Hà Văn Sơn yêu cầu tháng 11 chi bộ lãnh đạo thực hiện:\n- thu hoạch lúa mùa;\n"
    "- dọn vệ sinh đường làng.\n\nThư ký đọc lại biên bản. Chi bộ biểu quyết thông qua kết luận, 18/18 tán thành.\n",
])
def test_the_plan_and_vote_inside_a_narratives_conclusion_and_closing(ending: str) -> None:
    assert kinds(NARRATIVE_HEAD + ending)[-4:] in (["conclusion", "plan", "closing", "vote"],
                                                   ["conclusion", "plan", "vote", "closing"])


def test_the_month_reviewed_in_a_conclusion_is_no_plan() -> None:
    text = NARRATIVE_HEAD + ("Đ/c Bí thư kết luận: tháng 9 Chi bộ lãnh đạo thôn hoàn thành tốt nhiệm vụ; các tồn tại "
                             "nêu trên là đúng.\nBiểu quyết: 18/18 đ/c thống nhất.\n")
    assert "plan" not in kinds(text)


def test_a_combined_narratives_parts_told_in_running_sentences() -> None:
    text = ("Hôm nay, ngày 15/01/2026, Chi bộ tổ dân phố 4 họp.\n\nĐồng chí Hoa thông tin nhanh: thành phố chuẩn bị "
            "Tết.\n\nĐánh giá tháng 12/2025, chi bộ lãnh đạo hoàn thành thu quỹ.\n\nPhần chuyên đề do đồng chí Đinh "
            "Thị Nhàn, Chi hội trưởng phụ nữ, trình bày: \"Đảng viên gương mẫu giữ ngõ xóm sạch\".\n\nThảo luận, "
            "đồng chí Vũ Văn Tư xin nhận vận động từ nhà mình.\n\nĐồng chí Bí thư kết luận, nhắc lại yêu cầu của "
            "chuyên đề, và giao nhiệm vụ tháng 02:\n- mỗi đảng viên phụ trách một cụm hộ.\n\nBiên bản được thư ký đọc "
            "lại, buổi sinh hoạt kết thúc lúc 10 giờ 30; kết luận của chủ trì và nghị quyết tháng 01 được chi bộ "
            "biểu quyết tán thành 21/21 đồng chí có mặt.\n")
    got = kinds(text, "thematic")
    assert {"news", "review", "topic", "discussion", "conclusion", "plan", "vote"} <= set(got)
    assert got.index("topic") < got.index("discussion") < got.index("conclusion") < got.index("plan")


def test_parts_named_by_a_phones_two_letters() -> None:
    text = ("1) Mo dau\nĐ/c BT tuyên bố lý do, CB nhất trí\n\n2) TS\n- Quốc hội khai mạc kỳ họp\n\n"
            "3) KQ thang 5\n- Số hóa 900 hồ sơ\n\nTL, tự phê bình & phê bình:\n- đ/c Lâm: đề nghị nhắc việc tự động\n"
            "- đ/c Na tự phê bình nộp báo cáo chậm\n\nKL:\nĐ/c BT kết luận: giao đ/c Lâm theo dõi.\n")
    assert kinds(text)[:4] == ["opening", "news", "review", "discussion"]
    assert "news" not in kinds("1) Mo dau\nĐ/c BT tuyên bố lý do.\nTS: 38 ĐV, có mặt 35\n")


def test_a_southern_phone_records_short_labels() -> None:
    text = ("*MĐ: đ/c BT tuyên bố lý do, chi bộ thống nhất.\n\n*TS (đ/c Út Hiền):\n- Giá lúa tăng.\n\n"
            "*KQ T2:\n- Đón Tết an toàn.\n\n*Ý kiến:\n- đ/c Tư: đề nghị nạo vét kênh.\n\n"
            "*PH T3:\n- Xuống giống vụ hè thu.\n\n"
            "*KL: đ/c BT kết luận, giao đ/c Tư theo dõi.\nBq 100% nhất trí.\n")
    assert kinds(text) == ["opening", "news", "review", "discussion", "plan", "conclusion", "vote"]


@pytest.mark.parametrize("opening", [
    "Đồng chí Bí thư tuyên bố lý do, thông qua chương trình và được chi bộ thống nhất, rồi bắt đầu bằng phần thông "
    "tin trong nước, quốc tế và địa phương kết hợp với phổ biến văn bản mới: giá phân bón tăng.",
    "Mở đầu, đồng chí Vân nêu lý do, và khi chi bộ đã thống nhất chương trình thì chuyển ngay sang thông tin thời sự, "
    "văn bản mới: tỉnh mới sáp nhập ổn định bộ máy.",
    "Đồng chí Bí thư nêu lý do, chi bộ thống nhất chương trình, sau đó đồng chí thông tin kết hợp thời sự với việc "
    "quán triệt văn bản: trong nước, giá xăng giảm.",
])
def test_news_told_together_with_the_directives(opening: str) -> None:
    assert kinds(opening + "\n\nĐồng chí Vân đánh giá kết quả tháng 8.\n")[:2] == ["opening", "news"]


def test_the_news_part_named_with_what_it_was_told_with() -> None:
    text = ("Đồng chí Bí thư nêu lý do, chi bộ nhất trí.\n\nPhần thời sự và văn bản mới được đồng chí Bí thư thông tin "
            "gộp lại: tỉnh sau hợp nhất ổn định bộ máy.\n\nĐồng chí Vân đánh giá kết quả tháng 12.\n")
    assert kinds(text) == ["opening", "news", "review"]


@pytest.mark.parametrize("presented", [
    "Ngay sau đó đồng chí Thượng úy Lò Văn Khánh, Phó Bí thư chi bộ, Chính trị viên phó, đã trình bày chuyên đề "
    "\"Học tập phong cách quần chúng của Bác\".",
    "Được chi ủy phân công, đồng chí Đặng Thu Hà, chi ủy viên, Phó Trưởng phòng, đã chuẩn bị và trình bày bản đề dẫn "
    "chuyên đề dài khoảng 30 phút.",
])
def test_the_presenter_after_a_leading_phrase_and_offices(presented: str) -> None:
    text = "Đồng chí Bí thư nêu lý do và mục đích buổi sinh hoạt chuyên đề.\n\n" + presented + "\n"
    assert kinds(text, "thematic") == ["opening", "topic"]


@pytest.mark.parametrize("said", ["tui tự phê bình, tháng rồi tui đóng đảng phí trễ.",
                                  "em xin tự phê bình, ca đêm em bàn giao thuốc chưa kỹ."])
def test_a_members_self_criticism_in_their_own_words(said: str) -> None:
    text = ("Đồng chí Bí thư tuyên bố lý do.\n\nÝ kiến:\n- Đ/c Năm Hòa: đề nghị nạo vét kênh.\n"
            f"- Đ/c Út Nhỏ: {said}\n")
    assert "criticism" in kinds(text)


def test_a_member_owning_a_fault_plainly_after_an_adverb() -> None:
    text = ("Đồng chí Bí thư tuyên bố lý do.\n\nPhần thảo luận có bốn ý kiến. Đồng chí Hà Văn Lực nghiêm túc "
            "tự phê bình việc để trâu thả rông phá lúa và hứa sửa.\n")
    assert kinds(text) == ["opening", "discussion", "criticism"]


def test_a_narratives_unheaded_parts_told_in_words_and_months() -> None:
    text = ("CHI BỘ THÔN BẢN PHÙNG\nBIÊN BẢN SINH HOẠT CHI BỘ THÁNG 3 NĂM 2024\n\n"
            "Hồi 19 giờ ngày 08 tháng 3 năm 2024, Chi bộ thôn Bản Phùng họp tại nhà văn hóa thôn.\n\n"
            "Đồng chí Bí thư nêu lý do và chương trình, chi bộ nhất trí, rồi đồng chí Vàng Thị Dợ thông tin về những "
            "sự kiện nổi bật trong tháng như việc tỉnh khởi công đường liên xã, và nhắc lại một số điểm chính của "
            "Quy định số 144-QĐ/TW về chuẩn mực đạo đức cách mạng.\n\n"
            "Đồng chí Hầu A Chư báo cáo tóm tắt việc thực hiện nghị quyết tháng Hai, thôn đã trồng xong 4 ha quế. "
            "Tháng Tư chi bộ sẽ vận động các hộ làm chuồng trại xa nhà.\n\n"
            "Có hai đồng chí góp ý, đồng chí Lý A Pao đề nghị xin thêm giống quế.\n\n"
            "Đồng chí Bí thư kết luận, chi bộ biểu quyết thông qua nghị quyết tháng 3 với 15/15 đồng chí tán thành.\n")
    got = [s.kind for s in analyze(text).sections]
    assert got[:6] == ["opening", "news", "dissemination", "review", "plan", "discussion"]


def test_a_training_in_the_news_is_no_dissemination() -> None:
    text = ("Đồng chí Bí thư tuyên bố lý do.\n\nĐồng chí Lò Thị Én thông tin thời sự: huyện đang triển khai kế hoạch "
            "học tập, quán triệt Nghị quyết Đại hội tỉnh.\n\nĐồng chí Bí thư đánh giá kết quả tháng 5.\n")
    assert kinds(text) == ["opening", "news", "review"]


def test_dictated_items_numbered_by_a_spoken_word() -> None:
    text = ("chủ trì đồng chí Lò Văn Sơn\n\nđồng chí Sơn tuyên bố lý do chi bộ nhất trí\n\nmột tin tức thời sự\n"
            "đồng chí Sơn nói giá phân bón tăng\n\nhai kết quả tháng mười\nthu xong lúa mùa\n\n"
            "ba nhiệm vụ tháng mười một\ngieo cây vụ đông\n\nbốn ý kiến của đảng viên\nđồng chí Cầm Thị Ban đề nghị "
            "sửa cống\n")
    assert kinds(text) == ["opening", "news", "review", "plan", "discussion"]
    assert kinds("ba đồng chí vắng có lý do\nhai hộ chưa nộp quỹ\n") == []


def test_dictated_transitions_and_a_run_on_first_item() -> None:
    text = ("đồng chí bí thư tuyên bố lý do chi bộ nhất trí\n\nnội dung thứ nhất thông tin thời sự đồng chí Hà nói "
            + "giá lúa năm nay lên cao bà con phấn khởi " * 12 + "\n\n"
            "xong phần đó thì đồng chí Nông Văn Hà đánh giá kết quả tháng ba thu đảng phí đủ\n\n"
            "tiếp theo là học tập và làm theo Bác đồng chí Hà đọc câu chuyện về Bác\n\n"
            "sang đến phần ý kiến thảo luận\nđồng chí Vi Văn Tư đề nghị làm đường\n"
            "đồng chí Lục Thị Nga tự phê bình là tháng rồi đi họp muộn\n\n"
            "phương hướng nhiệm vụ tháng năm\nmột là làm đường hai là thu quỹ\n\n"
            "cuối cùng là đồng chí chủ trì kết luận giao đồng chí Tư làm đường\n")
    assert kinds(text) == ["opening", "news", "review", "hcm_study", "discussion", "criticism", "plan", "conclusion"]


def test_a_notebooks_parts_labelled_by_their_month_on_a_line_of_their_own() -> None:
    text = ("CHI BỘ XÓM BÃI\nBIÊN BẢN HỌP CHI BỘ THÁNG 8/2021\n\nThời gian: 19h, 12/8/2021\n\n– Mở đầu\nBT nêu lý do, "
            "nhất trí.\n\n– Văn bản\n- Kế hoạch 30-KH/ĐU về phòng dịch\n\n– Tháng 7 đã làm\n- tiêm vắc xin 96%\n\n"
            "– Tháng 9\n- thu hoạch lúa\n\n– Ý kiến\n- đ/c Tứ: xin thêm bình phun\n")
    got = [s.kind for s in analyze(text).sections]
    assert got == ["opening", "dissemination", "review", "plan", "discussion"]
    text = text.replace("– Tháng 7 đã làm", "– Tháng 7 – kết quả")
    assert [s.kind for s in analyze(text).sections] == got


def test_a_terse_thematic_records_purpose_and_presenter_labels() -> None:
    text = ("BT nêu mục đích: quý II họp chuyên đề theo kế hoạch của Đảng ủy.\n\n—\nTrình bày (đ/c Lê Văn Hậu, PGĐ)\n"
            "1. Tiết kiệm gỗ\n2. An toàn lao động\n\n—\nÝ kiến\n- đ/c Quyết: thêm kính bảo hộ\n")
    assert kinds(text, "thematic") == ["opening", "topic", "discussion"]


def test_dictated_lines_about_the_study_of_uncle_ho_inside_the_review() -> None:
    text = ("đồng chí bí thư tuyên bố lý do\n\nđồng chí bí thư đánh giá kết quả tháng ba thôn trồng xong năm héc ta "
            "quế\ntồn tại là còn hai hộ chưa nộp quỹ\nviệc làm theo gương Bác chi bộ biểu dương đồng chí Lò Văn Tâm "
            "sửa máng nước\n")
    assert kinds(text) == ["opening", "review", "hcm_study"]
    title = ("Đồng chí Bí thư đánh giá kết quả tháng 3 và quán triệt Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính "
             "trị\nvề đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.\n")
    assert "hcm_study" not in kinds("Đồng chí Bí thư tuyên bố lý do.\n\n" + title)


def test_a_notebooks_one_word_labels_and_short_forms() -> None:
    text = ("ĐV\n- TS: 14\n- Có mặt: 13\n\nMở\nĐ/c Hòa nêu lý do, CB nhất trí.\n\nTin\n- Giá phân bón tăng.\n\n"
            "Đ.giá T3\n- Nước tưới đủ 312/312 hộ.\n\nHọc tập theo Chỉ thị 05: tổ dịch vụ phục vụ tận tình.\n")
    assert kinds(text) == ["opening", "news", "review", "hcm_study"]


def test_next_months_work_named_by_its_month_in_the_first_weeks() -> None:
    head = ("CHI BỘ THÔN HẢI TIẾN\nBIÊN BẢN SINH HOẠT CHI BỘ\n\nBắt đầu: 19h00 ngày 12/6/2023\n\nA. MỞ ĐẦU\n"
            "BT nêu lý do.\n\n")
    text = head + "Tháng 5\n- Vệ sinh bãi biển 4 buổi.\n\nTháng 6\n- Giữ vệ sinh bãi biển mỗi tuần.\n"
    assert [s.kind for s in analyze(text).sections] == ["opening", "review", "plan"]
    text = head + "Phần bốn. Kết quả tháng 5\n- Vệ sinh bãi biển.\n\nPhần năm. Việc tháng 7\n- Phòng chống bão.\n"
    assert [s.kind for s in analyze(text).sections] == ["opening", "review", "plan"]
    text = head.replace("12/6", "18/6") + "3. Tháng 6 làm được:\n- Vệ sinh bãi biển.\n\n4. Tháng 7 làm:\n- Trồng cây.\n"
    assert [s.kind for s in analyze(text).sections] == ["opening", "review", "plan"]


def test_the_opening_sentence_moves_on_to_the_next_part() -> None:
    text = ("Đồng chí Bí thư nêu lý do, thông qua chương trình, chi bộ nhất trí, rồi đi ngay vào đánh giá kết quả "
            "tháng 3: thôn trồng xong 5 ha keo.\n")
    assert kinds(text) == ["opening", "review"]
    text = ("Đồng chí Bí thư nêu mục đích, yêu cầu, rồi mời đồng chí Thiếu tá Hà Văn Páo, Phó Bí thư Chi bộ, Đồn "
            "phó Quân sự, trình bày báo cáo chuyên đề đã được chi ủy thông qua.\n")
    assert kinds(text, "thematic") == ["opening", "topic"]


def test_a_notebooks_month_labels_and_a_years_review() -> None:
    head = ("CHI BỘ BẢN CO PHƯỚNG\nBIÊN BẢN SINH HOẠT CHI BỘ\n\nBắt đầu: 19h00 ngày 10/4/2022\n\n1. Mở đầu\n"
            "BT nêu lý do.\n\n")
    text = head + "2. Việc tháng 3 đã làm\n- Làm xong 2 km kênh.\n\n3. Việc tháng 4\n- Trồng ngô.\n"
    assert [s.kind for s in analyze(text).sections] == ["opening", "review", "plan"]
    text = head + "II. Tháng 3 + ý kiến\nLàm được: sửa xong cầu treo.\n\nIII. Tháng 4\n- Trồng ngô.\n"
    assert [s.kind for s in analyze(text).sections] == ["opening", "review", "plan"]
    text = head + "b) Tháng 3 tổ làm được: sửa cầu treo, 100% hộ nộp quỹ.\n\nc) Tháng 4: trồng ngô.\n"
    assert [s.kind for s in analyze(text).sections] == ["opening", "review", "plan"]
    text = ("BIÊN BẢN SINH HOẠT CHI BỘ\n\nĐồng chí Bí thư tuyên bố lý do.\n\nNăm 2021 chi bộ đã đạt được: 100% đảng "
            "viên hoàn thành nhiệm vụ. Chưa làm được: thu quỹ chậm.\n")
    assert kinds(text) == ["opening", "review"]
    assert kinds("1. Nêu lý do.\n\n2. Học & làm theo Bác\nChi bộ đọc chuyện Bác với thương binh.\n") == [
        "opening", "hcm_study"]


def test_one_label_over_the_news_and_the_documents_and_the_years_study_theme() -> None:
    text = ("I. Khai mạc: đồng chí Bí thư nêu lý do.\n\nII. Thông tin - phổ biến\n1. Đồng chí Lan thông tin: giá "
            "lúa tăng, huyện làm đường mới.\n2. Đồng chí Bí thư quán triệt Quy định số 144-QĐ/TW, nhấn mạnh: "
            "họp đủ 90 phút, đảng viên phải phát biểu.\n\nIII. HỌC TẬP VÀ LÀM THEO BÁC\nChuyên đề năm 2024 theo "
            "Chỉ thị 05: \"Đạo đức cách mạng\". Mỗi đồng chí đăng ký một việc.\n")
    assert kinds(text) == ["opening", "news", "dissemination", "hcm_study"]
    assert kinds("1. Nêu lý do.\n\n2. Trình bày và thảo luận\nĐồng chí Minh trình bày chuyên đề về cải cách "
                 "hành chính.\n", "thematic")[:2] == ["opening", "topic"]


def test_narrative_minutes_tell_the_parts_in_subordinate_clauses() -> None:
    text = ("Sau khi đồng chí Bí thư nêu lý do buổi họp, giới thiệu đại biểu và được chi bộ nhất trí thông qua "
            "chương trình gồm năm việc, đồng chí Trần Văn Bảy, Phó Bí thư, thay mặt chi ủy điểm lại tin tức trong "
            "nước: giá điện tăng. Cũng nhân dịp này, đồng chí Bí thư quán triệt Chỉ thị số 35-CT/TW. Chuyển sang "
            "việc kiểm điểm kết quả tháng Ba, đồng chí Bí thư đọc báo cáo của chi ủy. Về việc học tập và làm theo "
            "Bác, mỗi đồng chí đã đăng ký một việc. Từ những kết quả ấy, chi ủy đề ra phương hướng tháng Tư. "
            "Không khí thảo luận sôi nổi với năm ý kiến.\n")
    assert kinds(text) == ["opening", "news", "dissemination", "review", "hcm_study", "plan", "discussion"]
    assert kinds("Đồng chí Bí thư nêu lý do.\n\nCó sáu ý kiến phát biểu. Đồng chí Lan đề nghị làm đường.\n") == [
        "opening", "discussion"]
    assert kinds("Đồng chí Bí thư nêu lý do.\n\nCác ý kiến khác: đồng chí Lan đề nghị làm đường.\n") == [
        "opening", "discussion"]


def test_dictated_minutes_misheard_words() -> None:
    text = ("đồng chí bí thư nêu lý do\n\nđồng chí Hà trình bày truyền đề về nêu gương\n\nthảo luật\nđồng chí An ý "
            "kiến là truyền đề sát thực tế\n\nđồng chí bí thư kết luật buổi sinh hoạt có chất lượng\n")
    assert kinds(text, "thematic") == ["opening", "topic", "discussion", "conclusion"]
    # a law's draft is no discussion
    assert "discussion" not in kinds("Đồng chí Bí thư nêu lý do.\n\nĐồng chí Hà phổ biến dự thảo luật đất đai.\n")


def test_the_last_signers_label_over_a_name_is_no_field() -> None:
    text = ("biên bản sinh hoạt chi bộ\n\nchủ trì đồng chí Lê Văn Hải bí thư\nthư ký đồng chí Võ Thị Mai\n\n"
            "đồng chí Hải tuyên bố lý do thông qua chương trình\n\nđồng chí Hải kết luận chi bộ làm tốt\n\n"
            "người ghi biên bản\nVõ Thị Mai\n")
    assert [s.kind for s in analyze(text).sections][:2] == ["opening", "conclusion"]


def test_dictated_items_numbered_by_a_word_with_their_text_run_on() -> None:
    text = ("đồng chí bí thư tuyên bố lý do thông qua chương trình\n\nmột thông tin thời sự. đồng chí Hoa thông tin "
            "giá xăng tăng tỉnh mở rộng quốc lộ\n\nhai đánh giá tháng chín. xã hoàn thành thu hoạch lúa mùa sớm hơn "
            "năm trước mười ngày các hộ đều bán được giá\n\nba thảo luận. có bốn đồng chí phát biểu\n")
    assert kinds(text) == ["opening", "news", "review", "discussion"]
    assert kinds("Phần mở đầu : Bí thư nêu lý do.\n\nTóm tắt nội dung chuyên đề : Đồng chí Lan trình bày: "
                 "ba điểm mới.\n", "thematic") == ["opening", "topic"]


def test_literary_minutes_name_their_parts_in_their_own_words() -> None:
    text = ("Đồng chí Bí thư nói rõ mục đích, yêu cầu của buổi sinh hoạt, và sau khi chi bộ nhất trí chương trình, "
            "mời đồng chí Thiếu úy Hồ Văn Lực, Trợ lý Tuyên huấn, người được chi ủy phân công chuẩn bị từ giữa tháng "
            "trước, trình bày chuyên đề \"Giữ gìn phẩm chất Bộ đội Cụ Hồ\".\n\nBàn bạc về chuyên đề ấy, chi bộ có "
            "đến 7 ý kiến, người nói chuyện kỷ luật, người nói chuyện mạng xã hội.\n\nSau cùng, đồng chí Bí thư đúc "
            "kết lại, rằng chuyên đề thiết thực.\n")
    assert kinds(text, "thematic") == ["opening", "topic", "discussion", "conclusion"]
    text = ("Đồng chí Bí thư nêu lý do.\n\nKiểm điểm lại tháng Tư, chi bộ thấy mình đã làm được mấy việc. Riêng việc "
            "học tập và làm theo tấm gương Bác, chi bộ biểu dương đồng chí Lan.\n")
    assert kinds(text) == ["opening", "review", "hcm_study"]


def test_dictated_fillers_and_a_part_named_without_a_comma() -> None:
    text = ("Dạ đồng chí Sơn tuyên bố lý do, thông qua chương trình.\n\nVề thời sự đồng chí Mai đọc tin: giá cà phê "
            "tăng.\n")
    assert kinds(text) == ["opening", "news"]


def test_an_agenda_adopted_does_not_swallow_the_parts_labelled_under_it() -> None:
    text = ("Tuyên bố lý do, thông qua chương trình: chi bộ nhất trí chương trình (Lê Văn An)\n"
            "Thông tin thời sự: giá cà phê tăng mạnh, huyện khởi công cầu mới qua sông (Hồ Thị Hoa)\n"
            "Thảo luận: đ/c Tín đề nghị làm lại đường, đ/c Hà đề nghị lắp thêm đèn (Đảng viên)\n")
    assert kinds(text) == ["opening", "news", "discussion"]


def test_a_forms_long_label_opened_by_its_cue() -> None:
    text = ("BIÊN BẢN SINH HOẠT CHI BỘ\nThông tin thời sự: giá phân bón tăng.\n"
            "Văn bản cấp trên phổ biến trong kỳ, quán triệt:Quy định 37-QĐ/TW về những điều không được làm.\n"
            "Đánh giá kết quả tháng 4\n- thu xong quỹ.\n")
    assert kinds(text, "regular") == ["news", "dissemination", "review"]


_DICTATED_LINES = """đảng bộ xã tân hòa
chi bộ ấp bình thạnh
biên bản sinh hoạt chi bộ tháng tư năm hai không hai ba
thời gian mười chín giờ ngày hai tám tháng tư năm hai không hai ba
địa điểm nhà văn hóa ấp bình thạnh
chủ trì thượng tá Võ Văn Lành bí thư chi bộ
thư ký giáo viên Lâm Thị Bé Sáu
tổng số đảng viên mười lăm đồng chí có mặt mười lăm đồng chí
đồng chí Lành tuyên bố lý do thông qua chương trình chi bộ thống nhất
về thông tin thời sự nước lên nhanh ở đầu nguồn giá lúa hè thu tăng nhẹ
đánh giá kết quả tháng ba
ấp làm xong hai cây cầu bê tông thu quỹ đạt chín mươi phần trăm
ý kiến thảo luận
đồng chí Trần Văn Mười đề nghị gia cố bờ bao trước mùa lũ
đồng chí Phan Thị Út nói sắp tới phổ biến chỉ thị ba lăm cho bà con trong tổ
phương hướng nhiệm vụ tháng năm
gia cố ba cây số bờ bao thu xong quỹ khuyến học
đồng chí chủ trì kết luận chi bộ thống nhất các nhiệm vụ tháng năm giao chi ủy theo dõi
biểu quyết mười lăm trên mười lăm đồng chí tán thành
biên bản được đọc lại cho chi bộ nghe buổi sinh hoạt kết thúc lúc hai mươi mốt giờ cùng ngày
thư ký Lâm Thị Bé Sáu
chủ trì Võ Văn Lành
"""


def test_a_record_dictated_in_lower_case_line_by_line_with_no_stops() -> None:
    r = analyze(_DICTATED_LINES)
    m = r.meeting
    assert (m.date, m.chair, m.secretary) == ("2023-04-28", "Võ Văn Lành", "Lâm Thị Bé Sáu")
    assert (m.signatures.chair, m.signatures.secretary) == (True, True)
    assert [s.kind for s in r.sections] == ["opening", "news", "review", "discussion", "plan", "conclusion", "vote",
                                            "closing"]


def test_a_paragraph_of_its_own_under_a_heading_opens_another_part() -> None:
    text = ("BIÊN BẢN SINH HOẠT CHI BỘ\nÝ kiến đảng viên\nĐồng chí Lê Thị Hoa đề nghị sửa máng nước.\n"
            "Đồng chí Vi Văn Khải đề nghị làm lại cầu treo.\n\nPhương hướng tháng 8 hoàn thành cầu treo trước mùa mưa, "
            "trồng thêm 3 ha quế.\n")
    assert kinds(text, "regular") == ["discussion", "plan"]


def test_a_dictated_paragraph_opening_with_the_months_work_reviewed() -> None:
    text = ("BIÊN BẢN SINH HOẠT CHI BỘ\n\nĐồng chí Hà phổ biến Quy định 37 về những điều đảng viên không được làm.\n\n"
            "Đánh giá công tác tháng 4. Tổ sản xuất đạt 102% kế hoạch, không có tai nạn lao động.\n")
    assert kinds(text, "regular") == ["dissemination", "review"]


def test_a_programme_table_with_a_time_column() -> None:
    text = ("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ\nThời gian\t8 giờ 00, ngày 14/6/2022\nChủ trì\tđ/c Hà Văn Tú\n\n"
            "TT\tThời gian\tNội dung\tNgười thực hiện\n"
            "1\t8h00 - 8h10\tTuyên bố lý do, thông qua chương trình; chi bộ nhất trí, không có ý kiến khác.\tBí thư\n"
            "2\t8h10 – 9h00\tTrình bày chuyên đề về phòng chống tham nhũng vặt trong giải quyết thủ tục hành chính, "
            "nêu ba biểu hiện thường gặp ở bộ phận một cửa.\tđ/c Lan\n"
            "3\t9:00 - 9:50\tThảo luận: 6 ý kiến. Đ/c Hòa đề nghị công khai thủ tục; đ/c Kiên đề nghị lắp hòm thư góp "
            "ý.\tĐảng viên\n"
            "4\t9g50-10g00\tKết luận: chi bộ thống nhất các giải pháp, giao chi ủy theo dõi việc thực hiện.\tBí thư\n")
    assert kinds(text, "thematic") == ["opening", "topic", "discussion", "conclusion"]


def test_a_phones_short_closing_words() -> None:
    text = ("BIÊN BẢN SINH HOẠT CHI BỘ\n7. biểu quyết: 19/19 đ/c nhất trí (100%).\nsh kết thúc 21h00 cùng ngày\n")
    assert kinds(text, "regular") == ["vote", "closing"]


def test_a_members_own_criticism_in_the_discussion() -> None:
    for said in ("- Đ/c Lò Văn Tỉnh: tự phê bình có lần để bò thả rông vào ruộng của dân, xin rút kinh nghiệm.\n",
                 "- Đ/c Hà Thu Trang: tự phê bình chưa đôn đốc tổ mình nộp đảng phí đúng hạn.\n",
                 "đồng chí Rơ Lan H'Bia tự phê bình trong tháng đi họp muộn hai lần\n"):
        text = "BIÊN BẢN SINH HOẠT CHI BỘ\nÝ kiến thảo luận\n- Đ/c Vi Văn Đức: đề nghị làm lại cầu treo.\n" + said
        assert "criticism" in kinds(text, "regular"), said


def test_a_programme_table_by_the_clock_inside_the_record() -> None:
    body = ("BẢNG THEO DÕI TIẾN TRÌNH\nGiờ\tNội dung\tNgười trình bày\tGhi chép\n"
            "19:30\tTuyên bố lý do\tĐ/c An\tChi bộ thống nhất chương trình.\n"
            "19:35\tThông tin thời sự\tĐ/c Bình\tGiá điện tăng; thành phố khánh thành cầu.\n"
            "19:50\tĐánh giá tháng 2\tĐ/c An\tThu xong quỹ; còn 2 hộ chưa đóng.\n"
            "20:10\tThảo luận\tĐảng viên\t3 ý kiến về điện chiếu sáng.\n"
            "20:30\tKết luận\tĐ/c An\tGiao tổ trưởng đôn đốc.\n"
            "20:40\tBiểu quyết\tChi bộ\t16/16 tán thành.\n"
            "20:45 - 20:50\tBế mạc\tĐ/c Bình\tĐọc lại biên bản, chi bộ nhất trí.\n")
    assert kinds(HEAD + body + END) == ["opening", "news", "review", "discussion", "conclusion", "vote", "closing"]



def test_labels_closed_by_a_full_stop() -> None:
    body = ("Tin tức. Đ/c Khoa đọc báo tỉnh. Bão số 3 gây thiệt hại lớn.\n\nVăn bản. Đọc tóm tắt Chỉ thị 35-CT/TW.\n\n"
            "Tháng 12. Chuẩn bị đại hội chi bộ.\n")
    assert kinds(HEAD + body + END)[:2] == ["news", "dissemination"]


@pytest.mark.parametrize(
    "paragraph, kind",
    [
        pytest.param("Kế đến đồng chí Ksor Blơ, Phó Bí thư, nói thời sự bằng tiếng Việt và tiếng Jrai.", "news",
                     id="noi-thoi-su"),
        pytest.param("Kế đó anh Tư Lợi (đồng chí Trần Văn Lợi, chi ủy viên) thông tin thời sự. Giá lúa tăng.", "news",
                     id="ke-do-and-a-byname"),
        pytest.param("Tới phần đánh giá tháng rồi, anh Hai báo cáo: ấp làm xong cây cầu.", "review",
                     id="toi-phan-danh-gia-thang-roi"),
    ],
)
def test_parts_told_by_southern_narrative_records(paragraph: str, kind: str) -> None:
    assert kind in kinds(HEAD + paragraph + "\n" + END)


def test_the_purpose_explained_after_the_reason_is_no_dissemination() -> None:
    body = ("I. Đ/c Bí thư nêu lý do, quán triệt rõ mục đích, ý nghĩa của buổi chuyên đề, thông qua chương trình.\n"
            "II. Đ/c Hương trình bày chuyên đề về nêu gương của cán bộ.\n"
            "III. Thảo luận: ba đồng chí phát biểu.\n")
    assert kinds(HEAD + body + END, "thematic")[:2] == ["opening", "topic"]


@pytest.mark.parametrize(
    "paragraph, kind",
    [
        pytest.param("Rồi anh báo cáo tình hình tháng Chín: ấp đổ xong đường bê tông.", "review", id="roi-anh"),
        pytest.param("Kế đó chị báo cáo việc tháng Năm. Xóm làm xong cầu.", "review", id="bao-cao-viec"),
        pytest.param("Chú Tư Hải đưa ra công việc tháng Bảy: vận động bà con trồng lại rừng.", "plan", id="dua-ra"),
        pytest.param("Cô nêu nhiệm vụ tháng Chín: tựu trường đúng ngày.", "plan", id="co-neu"),
        pytest.param("Sau đó anh Hai Phúc nhắc việc học tập và làm theo Bác: tháng này giúp hộ nghèo.", "hcm_study",
                     id="nhac-viec"),
        pytest.param("Tiếp đó thầy Quang phổ biến ba văn bản mới của huyện ủy.", "dissemination", id="so-van-ban"),
        pytest.param("Sau đó cô phổ biến lại mấy điểm mới trong Điều lệ trường.", "dissemination", id="may-diem"),
    ],
)
def test_parts_told_with_informal_subjects(paragraph: str, kind: str) -> None:
    assert kind in kinds(HEAD + paragraph + "\n" + END)


def test_a_notebooks_abbreviated_parts() -> None:
    body = ("- Hà TB lý do; TQ chương trình → nhất trí.\n\n1. Thông tin TS (Mai đọc):\n - giá lúa tăng\n\n"
            "2. QT VB cấp trên:\n - KH số 15-KH/ĐU về phòng chống dịch\n\n3. ĐG HK I:\n - 97% HS lên lớp\n")
    assert kinds(HEAD + body + END)[:4] == ["opening", "news", "dissemination", "review"]


def test_a_notebooks_directive_studied_inline() -> None:
    body = "VB: Hà QT Chỉ thị 35-CT/TW về đại hội đảng bộ các cấp; PB Kế hoạch 12-KH/ĐU.\n"
    assert "dissemination" in kinds(HEAD + body + END)


def test_items_numbered_aloud_in_a_dictated_record() -> None:
    record = ("đảng bộ xã yên lạc\nchi bộ thôn đông\nbiên bản sinh hoạt chi bộ tháng 3 năm 2024\n"
              "hôm nay ngày 28 tháng 3 năm 2024 lúc 19 giờ chi bộ họp tại nhà văn hóa thôn\n"
              "chủ trì đồng chí trịnh quang vinh thư ký đồng chí lưu thị nga\n"
              "có mặt mười một đồng chí vắng không\n\n"
              "à phần mở đầu đồng chí bí thư tuyên bố lý do thông qua chương trình chi bộ nhất trí\n\n"
              "một là thông tin thời sự thì đồng chí nga thông tin giá phân bón tăng bà con lo lắng huyện đang "
              "chỉ đạo phòng chống rầy nâu trên lúa xuân\n\n"
              "hai là đánh giá tháng ba chi bộ hoàn thành làm đường liên xóm còn hai hộ chưa góp tiền thu quỹ "
              "phòng chống thiên tai được chín mươi phần trăm\n\n"
              "ba là phương hướng tháng tư là nạo vét kênh mương chuẩn bị vụ hè thu vận động hai hộ còn lại góp tiền "
              "làm đường và thu nốt quỹ\n\n"
              "thảo luận\nđồng chí tám đề nghị làm sớm\n\nkết luận\nđồng chí chủ trì kết luận nhất trí\n\n"
              "biểu quyết mười một trên mười một tán thành\n\nbuổi họp kết thúc lúc 21 giờ\n")
    assert kinds(record)[:4] == ["opening", "news", "review", "plan"]
    digits = record.replace("một là thông", "1 thông").replace("hai là đánh", "2 đánh")
    digits = digits.replace("ba là phương", "3 phương")
    assert kinds(digits)[:4] == ["opening", "news", "review", "plan"]


def test_a_word_carried_over_a_line_is_no_spoken_number() -> None:
    body = ("1. Mở đầu\nĐồng chí Bí thư tuyên bố lý do. Đồng chí Hòa được phân công trình\n"
            "bày chuyên đề, nhưng bị ốm, chuyên đề chuyển sang tháng sau.\n\n2. Thảo luận\nBa ý kiến.\n")
    assert "topic" not in kinds(HEAD + body + END, "thematic")


def test_items_numbered_with_a_stop_and_a_slash() -> None:
    body = ("1./ Mở đầu\nĐ/c Bí thư tuyên bố lý do.\n\n2./ Thông tin thời sự\nGiá xăng giảm.\n\n"
            "II./ Thảo luận\nBa ý kiến.\n")
    assert kinds(HEAD + body + END)[:3] == ["opening", "news", "discussion"]


def test_a_barred_table_of_the_meetings_course_without_a_header() -> None:
    body = ("DIỄN BIẾN\n\n| Khai mạc        | Đ/c Bí thư tuyên bố lý do, thông qua   |\n"
            "|                 | chương trình.                          |\n"
            "| Thời sự         | Đ/c Hoa thông tin giá lúa tăng.        |\n"
            "| Thảo luận       | Đ/c Nam: đề nghị nạo vét kênh.         |\n"
            "| Kết luận        | Đ/c Bí thư kết luận, giao tổ 2.        |\n"
            "| Biểu quyết      | 15/15 đ/c tán thành.                   |\n")
    report = analyze(HEAD + body + END)
    assert [s.kind for s in report.sections][:5] == ["opening", "news", "discussion", "conclusion", "vote"]
