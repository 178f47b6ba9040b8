"""nlp.meeting: is it minutes, and the meeting's facts, one case per way clerks write them."""

from __future__ import annotations

import time

import pytest

from nlp.analyze import analyze
from nlp.meeting import is_minutes, read_meeting
from nlp.models import Vote
from nlp.normalize import fold_key, normalize


def meeting(text: str):
    return read_meeting(normalize(text).text)


# ---------------------------------------------------------------- is_minutes

MINUTES_POSITIVE = [
    pytest.param(
        "ĐẢNG BỘ XÃ HÒA AN\nCHI BỘ THÔN 2\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nHòa An, ngày 10 tháng 5 năm 2024\n\n"
        "BIÊN BẢN\nSINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 5 NĂM 2024\n\nThời gian: 19 giờ 30 phút, ngày 10/5/2024.\n"
        "Địa điểm: Nhà văn hóa thôn 2.\nChủ trì: đồng chí Lê Văn Tám – Bí thư.\nThư ký: đồng chí Võ Thị Hạnh.\n"
        "Có mặt: 12 đồng chí. Vắng: 01 đồng chí (có lý do).\nNội dung: thông tin thời sự, đánh giá kết quả tháng 4.\n"
        "Buổi sinh hoạt kết thúc lúc 21 giờ cùng ngày.\n\nTHƯ KÝ            CHỦ TRÌ\nVõ Thị Hạnh        Lê Văn Tám",
        id="full-template",
    ),
    pytest.param(
        "Hôm nay, vào lúc 8 giờ ngày 3/9/2023, tại hội trường UBND xã, Chi bộ Trường Mầm non Sao Mai họp chi bộ "
        "tháng 9. Chủ trì: đ/c Nguyễn Thị Lan. Thư ký: đ/c Trần Thị Hoa. Có mặt 9/10 đồng chí.\n"
        "Chi bộ thảo luận nhiệm vụ năm học mới. Cuộc họp kết thúc vào hồi 10 giờ 15 phút cùng ngày.\n"
        "Thư ký        Chủ trì\nTrần Thị Hoa        Nguyễn Thị Lan",
        id="no-heading-no-title",
    ),
    pytest.param(
        "CHI BO THON BAC\nBIEN BAN HOP CHI BO THANG 7/2022\nThoi gian: 14h ngay 5/7/2022\nDia diem: nha van hoa\n"
        "Chu tri: dc Hoang Van Nam\nThu ky: dc Ly Thi Mai\nCo mat 8, vang 1\nCuoc hop ket thuc luc 16h.",
        id="no-diacritics",
    ),
    pytest.param(
        "ĐẢNG BỘ XÃ PHÚ LỘC\nCHI BỘ ẤP 3\n\nBB HỌP CHI BỘ THÁNG 4/2023\n\n"
        "7h ngày 2/4/2023. Chủ trì: Bí thư Trần Văn Tư. Thư ký: Ngô Thị Sen.\nĐV dự 9/10, vắng Lê Văn Ba (bệnh).\n"
        "- Thời sự; kết quả tháng 3; nhiệm vụ tháng 4.\n- Biểu quyết nhất trí 9/9.\n\nBÍ THƯ\nTrần Văn Tư",
        id="abbreviated-title-terse",
    ),
    pytest.param(
        "ĐẢNG BỘ PHƯỜNG 2\nCHI BỘ KHU PHỐ 6\n\nBIÊN BẢN\nSINH HOẠT CHI BỘ\nTHÁNG 12 - 2024\n\n"
        "Hôm nay ngày 6/12/2024, Chi bộ Khu phố 6 họp. Chủ trì: đồng chí Phan Văn Lộc. Thư ký: đồng chí Mai Thị Lệ.\n"
        "Chi bộ nghe thông tin, bàn việc tháng tới và nhất trí 15/15.\n\nNơi nhận:\n- Đảng ủy phường.\n\n"
        "T/M CHI BỘ\nBÍ THƯ\nPhan Văn Lộc",
        id="no-headings-chair-signs-only",
    ),
    pytest.param(
        "ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ THÔN ĐÔNG\nBlÊN BẢN\nSINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 8\nHồi 19 giờ ngày "
        "8/8/2024 tại nhà văn hóa.",
        id="ocr-l-for-i",
    ),
    pytest.param(
        "ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ THÔN ĐÔNG\n\n_ BIÊNBẢN - :\nSINH HOẠT CHI BỘ THƯỜNG KỲ\n"
        "Hôm nay, vào lúc 19 giờ, Chỉ bộ họp.",
        id="ocr-specks-before-title",
    ),
    pytest.param(
        "BIÊN BẢN HỌP CHI BỘ THÁNG 5\nThời gian: 19 giờ. Chủ trì: đ/c Lê Văn An. Thư ký: đ/c Võ Thị Bé.\n"
        "Theo báo cáo của Ban điều hành, theo báo cáo của Hội Nông dân, theo báo cáo của Đoàn thanh niên, "
        "tin trên Cổng thông tin điện tử dangcongsan.vn và baochinhphu.vn.",
        id="citing-reports-and-sites",
    ),
    pytest.param(
        "BI ÊN BẢN SINH HOẠT CHI BỘ\nThờị gian: 14 giờ ngày 2/3/2021\nĐịa điểm: Phòng họp cơ quan\n"
        "Chủ trì: đồng chí Phan Anh\nThư ký: đồng chí Hồ Lan\nBiên bản đã được đọc lại và thông qua.",
        id="ocr-broken-title",
    ),
    pytest.param(
        "ĐẢNG ỦY XÃ TÂN LẬP\n\nBIÊN BẢN\nHỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ THƯỜNG KỲ THÁNG 6\n"
        "Hồi 7 giờ 30 ngày 20/6/2024, tại Hội trường Đảng ủy xã. Chủ trì: đồng chí Bí thư Đảng ủy Trần Văn An.\n"
        "Thư ký: đồng chí Lê Thị Vân.\nHội nghị kết thúc lúc 11 giờ cùng ngày.",
        id="dang-uy-meeting",
    ),
    pytest.param(
        "Chi bộ: Chi bộ bản Nà Sản\nNgày họp: 12/5/2023\nĐịa điểm: Nhà văn hóa bản\nChủ trì: Lò Văn Ban\n"
        "Thư ký: Mai Thị Én\nCó mặt: 14\n" + "Nội dung: bàn việc làm thủy lợi nội đồng, chia nước cho các thửa.\n" * 14
        + "Kết thúc: 21 giờ; thông qua biên bản, chi bộ nhất trí.",
        id="form-without-a-title-ending-with-the-reading-back",
    ),
]

MINUTES_NEGATIVE = [
    pytest.param(
        "Chi bộ bản Nà Sản\nDỰ KIẾN NỘI DUNG SINH HOẠT CHI BỘ THÁNG 6/2024\n- Thời gian: 19h30 ngày 15/6/2024\n"
        "- Địa điểm: nhà văn hóa bản\n- Chủ trì: đ/c Bí thư; thư ký: đ/c Lò Thị Én\n1. Thông tin thời sự (đ/c Én)\n"
        "2. Đánh giá tháng 5, nhiệm vụ tháng 6 (đ/c Bí thư)\n3. Thảo luận\n4. Kết luận, biểu quyết\n",
        id="the-secretarys-plan-of-the-coming-meeting",
    ),
    pytest.param(
        "CHI BỘ ..............\nBIÊN BẢN SINH HOẠT CHI BỘ THÁNG ..... NĂM 20.....\n"
        "Thời gian: Bắt đầu hồi ..... giờ ..... phút, ngày ...../...../20.....\nĐịa điểm: ..............\n"
        "Chủ trì: Đồng chí .............. Chức vụ: ..........\nThư ký: Đồng chí .............. Chức vụ: ..........\n"
        "Tổng số đảng viên: ..... đồng chí; phải dự: ..... đồng chí.\n"
        "Có mặt: ..... đồng chí. Vắng mặt: ..... đồng chí.\n"
        "I. PHẦN MỞ ĐẦU\n..............\nBuổi sinh hoạt kết thúc hồi ..... giờ ..... phút cùng ngày.\n",
        id="a-blank-form-starting-the-time-with-hoi",
    ),
    pytest.param(
        "BIÊN BẢN SINH HOẠT CHI BỘ (BIỂU MẪU TRỰC TUYẾN)\nĐảng bộ xã Tân Hưng\n* Biểu thị câu hỏi bắt buộc\n\n"
        "Tên chi bộ *\nCâu trả lời của bạn\n\nNgày sinh hoạt *\nNgày\ndd/mm/yyyy\n\nGiờ bắt đầu *\n__ : __\n\n"
        "Địa điểm *\nCâu trả lời của bạn\n\nChủ trì *\nCâu trả lời của bạn\n\nThư ký *\nCâu trả lời của bạn\n\n"
        "Thông tin thời sự *\nCâu trả lời của bạn\n\nKết luận *\nCâu trả lời của bạn\n\nGửi\n",
        id="an-online-form-nobody-has-filled-in",
    ),
    pytest.param(
        "ĐẢNG BỘ XÃ ..........\nCHI BỘ ..........\nBIÊN BẢN SINH HOẠT CHI BỘ THÁNG ..... NĂM 20.....\n"
        "- thời gian bắt đầu: ..... giờ ..... phút, ngày ..... tháng ..... năm 20.....\n- địa điểm: ..............\n"
        "- chủ trì: đ/c .............. chức vụ: ..............\n- thư ký: đ/c ..............\n"
        "- tổng số đảng viên: ..... đ/c; miễn SH: ..... đ/c\n"
        "- có mặt: ..... đ/c; vắng: ..... đ/c, ghi rõ họ tên và lý do: ..............\n"
        "1. phần mở đầu: đ/c chủ trì tuyên bố lý do, thông qua chương trình\n2. thông tin thời sự: ..............\n"
        "buổi sinh hoạt kết thúc lúc ..... giờ ..... phút. biên bản đã được đọc lại và thông qua.\n"
        "THƯ KÝ                    CHỦ TRÌ\n",
        id="a-blank-form-whose-fields-say-what-to-write",
    ),
    pytest.param(
        "ĐẢNG BỘ PHƯỜNG AN KHÁNH\nCHI BỘ KHU PHỐ …\n\nBIÊN BẢN\nSINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG …/20…\n"
        "1. Thời gian: … giờ … phút, ngày …/…/20…\n2. Địa điểm: ………………\n3. Chủ trì: đ/c ………… chức vụ ………\n"
        "4. Thư ký: đ/c …………\n5. Có mặt: …/… đ/c; vắng: … đ/c (có lý do: …; không lý do: …)\n"
        "I. Mở đầu: tuyên bố lý do, thông qua chương trình.\nII. Thông tin thời sự: ……\n"
        "Biểu quyết: …/… đ/c tán thành.\n"
        "THƯ KÝ            CHỦ TRÌ\n(Ký, ghi rõ họ tên)   (Ký, ghi rõ họ tên)",
        id="blank-form-sent-to-cells",
    ),
    pytest.param(
        "Chi bộ Khu phố 3 sinh hoạt chuyên đề về học tập và làm theo Bác\n"
        "Ngày 25/3, Chi bộ Khu phố 3, phường Tân Thành đã tổ chức sinh hoạt chuyên đề quý I năm 2024. "
        "Đồng chí Nguyễn Văn Hùng, Bí thư Chi bộ chủ trì buổi sinh hoạt. Có 16/18 đảng viên tham dự.\n"
        "(Ảnh: Minh Tâm)\nPV Thu Hà",
        id="news-article",
    ),
    pytest.param(
        "ĐẢNG BỘ PHƯỜNG 5\nCHI BỘ KHU PHỐ 1\n*\nSố 05-KH/CB\nĐẢNG CỘNG SẢN VIỆT NAM\n\nKẾ HOẠCH\n"
        "Sinh hoạt chuyên đề quý II năm 2024\n\nI. MỤC ĐÍCH, YÊU CẦU\n...\nII. THỜI GIAN, ĐỊA ĐIỂM\n"
        "Thời gian: 14 giờ ngày 20/5/2024.\nĐịa điểm: Văn phòng khu phố.\nThành phần: toàn thể đảng viên.\n\n"
        "Nơi nhận:\n- Đảng ủy phường;\n- Lưu chi bộ.\n            T/M CHI BỘ\n            BÍ THƯ",
        id="plan",
    ),
    pytest.param(
        "ĐẢNG BỘ XÃ AN BÌNH\nCHI BỘ THÔN ĐÔNG\n*\nĐẢNG CỘNG SẢN VIỆT NAM\n\nNGHỊ QUYẾT\n"
        "Chi bộ tháng 3 năm 2023\n\nCăn cứ Điều lệ Đảng; căn cứ kết quả sinh hoạt chi bộ ngày 10/3/2023,\n"
        "QUYẾT NGHỊ:\n1. Tập trung chăm sóc lúa.\n2. Vận động thu quỹ.\n\nNơi nhận:\n- Đảng ủy xã;\n"
        "                T/M CHI BỘ\n                BÍ THƯ\n                Nguyễn Văn An",
        id="resolution",
    ),
    pytest.param(
        "ĐẢNG BỘ XÃ AN BÌNH\nCHI BỘ THÔN ĐÔNG\n\nBÁO CÁO\nKết quả lãnh đạo thực hiện nhiệm vụ 6 tháng đầu năm 2023\n"
        "I. Kết quả đạt được\n1. Công tác xây dựng Đảng: chi bộ có 25 đảng viên...\nNơi nhận:\n- Đảng ủy xã.",
        id="report",
    ),
    pytest.param(
        "ĐẢNG ỦY PHƯỜNG 7\n\nTHÔNG BÁO\nVề việc tổ chức sinh hoạt chi bộ tháng 10\n"
        "Đảng ủy thông báo các chi bộ tổ chức sinh hoạt thường kỳ trước ngày 15/10/2024.\nNơi nhận:\n- Các chi bộ.",
        id="notice",
    ),
    pytest.param(
        "Chỉ thị 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng Hồ Chí Minh.", id="one-line"
    ),
    pytest.param(
        "Chi bộ Khu dân cư số 4 sinh hoạt chuyên đề\n(ĐCSVN) - Chiều 25/3, Chi bộ Khu dân cư số 4, phường "
        "Hòa An tổ chức "
        "sinh hoạt chuyên đề quý I/2024.\nDự buổi sinh hoạt có đồng chí Trần Văn Nam, Phó Bí thư Đảng ủy phường.\n"
        "Tại buổi sinh hoạt, đồng chí Lê Thị Hoa, Bí thư Chi bộ đã trình bày chuyên đề. Buổi sinh hoạt kết "
        "thúc lúc 16 giờ "
        "cùng ngày.\nHồng Nhung",
        id="news-agency-lead",
    ),
    pytest.param(
        "ĐẢNG BỘ XÃ TÂN PHÚ\nCHI BỘ THÔN 2\nGIẤY MỜI\nChi bộ thôn 2 trân trọng kính mời đồng chí Trần Văn "
        "Nam về dự sinh "
        "hoạt chi bộ tháng 3.\nThời gian: 19 giờ 30 phút, ngày 10/3/2024.\nĐịa điểm: Nhà văn hóa thôn "
        "2.\nT/M CHI BỘ\nBÍ THƯ",
        id="invitation",
    ),
    pytest.param(
        "ĐẢNG BỘ XÃ TÂN PHÚ\nCHI BỘ THÔN 2\n*\nSố 05-TB/CB\nTHÔNG BÁO KẾT LUẬN\ncủa Chi bộ tại buổi sinh hoạt tháng 3\n"
        "Ngày 10/3/2024, Chi bộ thôn 2 tổ chức sinh hoạt thường kỳ. Chi bộ kết luận như sau:\n1. ...\nNơi "
        "nhận:\n- Đảng ủy xã.",
        id="conclusion-notice",
    ),
    pytest.param(
        "TRƯỜNG THCS AN PHÚ\nBIÊN BẢN HỌP HỘI ĐỒNG SƯ PHẠM THÁNG 9\nThời gian: 14 giờ ngày 5/9/2023. Địa "
        "điểm: Phòng họp.\n"
        "Chủ trì: thầy Nguyễn Văn An - Hiệu trưởng. Thư ký: cô Lê Thị Hoa.\nCó mặt: 45 giáo viên. Cuộc họp "
        "kết thúc lúc 16 giờ.\n"
        "THƯ KÝ   CHỦ TRÌ",
        id="not-a-party-meeting",
    ),
]


@pytest.mark.parametrize("text", MINUTES_POSITIVE)
def test_is_minutes_positive(text):
    assert is_minutes(normalize(text).text)


@pytest.mark.parametrize("text", MINUTES_NEGATIVE)
def test_is_minutes_negative(text):
    assert not is_minutes(normalize(text).text)


# ---------------------------------------------------------------- type


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "BIÊN BẢN\nSINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2024\nThời gian: 14 giờ",
            ("regular", False),
            id="thuong-ky",
        ),
        pytest.param("BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 11\nThời gian: 8 giờ", ("regular", False), id="dinh-ky"),
        pytest.param("BIÊN BẢN HỌP CHI BỘ THÁNG 7/2022\nThời gian: 8 giờ", ("regular", False), id="hop-chi-bo-thang"),
        pytest.param(
            "BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ II NĂM 2019\nVào lúc 15h30", ("thematic", False), id="chuyen-de"
        ),
        pytest.param(
            "BIÊN BẢN\nSINH HOẠT CHI BỘ THƯỜNG KỲ KẾT HỢP SINH HOẠT CHUYÊN ĐỀ THÁNG 1 NĂM 2026\nThời gian: 19 giờ",
            ("regular", True),
            id="combined-title",
        ),
        pytest.param(
            "BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 4\nHôm nay, lúc 14 giờ, chi bộ tổ chức sinh hoạt thường kỳ tháng 4 "
            "kết hợp "
            "sinh hoạt chuyên đề quý II.",
            ("regular", True),
            id="combined-opening",
        ),
        pytest.param("bien ban sinh hoat chuyen de quy 3\nthoi gian: 14h", ("thematic", False), id="thematic-ascii"),
        pytest.param("BIÊN BẢN\nThời gian: 14 giờ\nNội dung: phổ biến nghị quyết", (None, False), id="unknown"),
        pytest.param(
            'BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ I\n"Nâng cao chất lượng sinh hoạt chi bộ định kỳ"\nThời gian: 14 giờ',
            ("thematic", False),
            id="topic-name-not-title",
        ),
        pytest.param(
            "BIÊN BẢN\nSinh hoạt chi bộ tháng 11 năm 2023\nThời gian: 19 giờ. Chi bộ học tập chuyên đề năm 2024 "
            "gắn với việc thực hiện chuyên đề toàn khóa.",
            ("regular", False),
            id="hcm-study-topic-not-combined",
        ),
        pytest.param(
            "BIÊN BẢN\nSinh hoạt chuyên đề quý III năm 2023\nThời gian: 14 giờ", ("thematic", False), id="subtitle"
        ),
        pytest.param(
            "BIÊN BẢN\nHỌP CHI BỘ BẤT THƯỜNG\nXét kết nạp đảng viên.\nThời gian: 8 giờ. Chi bộ vẫn sinh hoạt thường "
            "kỳ tháng 9 vào ngày 25/9.",
            (None, False),
            id="extraordinary-meeting-is-neither",
        ),
        pytest.param(
            "BIÊN BẢN\nHọp chi bộ đột xuất\nV/v đề nghị khen thưởng đảng viên.\nThời gian: 20 giờ. Nội dung ngoài kỳ "
            "sinh hoạt thường kỳ của chi bộ.",
            (None, False),
            id="urgent-meeting-is-neither",
        ),
        pytest.param("CHI BỘ TỔ 8\nBiên bản SH chi bộ T11/2019\n19h30 ngày 20/11/2019", ("regular", False),
                     id="month-abbreviated"),
    ],
)
def test_type(text, expected):
    m = meeting(text)
    assert (m.type, m.combined) == expected


# ---------------------------------------------------------------- organisation and parent


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "ĐẢNG BỘ PHƯỜNG TÂN THÀNH\nCHI BỘ KHU PHỐ 3\n*\nBIÊN BẢN",
            ("Chi bộ Khu phố 3", "Đảng bộ phường Tân Thành"),
            id="two-lines",
        ),
        pytest.param(
            "ĐẢNG BỘ XÃ CẨM LĨNH                    ĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ THÔN ĐÔNG PHÚ\n"
            "        *                          Cẩm Lĩnh, ngày 14 tháng 5 năm 2017\nBIÊN BẢN",
            ("Chi bộ thôn Đông Phú", "Đảng bộ xã Cẩm Lĩnh"),
            id="two-columns",
        ),
        pytest.param(
            "ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH\nCHI BỘ CÔNG TY CỔ PHẦN MAY HƯNG LONG\nBIÊN BẢN",
            ("Chi bộ Công ty Cổ phần May Hưng Long", "Đảng ủy Khối Doanh nghiệp tỉnh"),
            id="dang-uy-khoi",
        ),
        pytest.param(
            "ĐẢNG BỘ XÃ VŨ PHÚC\nCHI BỘ TRƯỜNG THCS VŨ PHÚC\nBIÊN BẢN",
            ("Chi bộ Trường THCS Vũ Phúc", "Đảng bộ xã Vũ Phúc"),
            id="acronym",
        ),
        pytest.param(
            "ĐẢNG BỘ XÃ PHÚ THUẬN\nCHI BỘ ẤP PHÚ HOÀ\nBIÊN BẢN",
            ("Chi bộ ấp Phú Hòa", "Đảng bộ xã Phú Thuận"),
            id="old-tone-place",
        ),
        pytest.param(
            "Hôm nay, ngày 05/6/2018, hồi 14 giờ, tại Nhà văn hóa, Chi bộ thôn Tân Hưng thuộc Đảng bộ xã Lãng Sơn "
            "tiến hành họp chi bộ thường kỳ.",
            ("Chi bộ thôn Tân Hưng", "Đảng bộ xã Lãng Sơn"),
            id="from-text",
        ),
        pytest.param(
            "ĐẢNG BỘ PHƯỜNG 12\nCHI BỘ TỔ DÂN PHỐ SỐ 9\nBIÊN BẢN",
            ("Chi bộ Tổ dân phố số 9", "Đảng bộ phường 12"),
            id="numbered",
        ),
        pytest.param(
            "ĐẢNG BỘ SỞ Y TẾ\nCHI BỘ PHÒNG KẾ HOẠCH - TÀI CHÍNH\nBIÊN BẢN",
            ("Chi bộ Phòng Kế hoạch - Tài chính", "Đảng bộ Sở Y tế"),
            id="department",
        ),
        pytest.param(
            "ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ THÔN ĐÔNG\nBIÊN BẢN\nThôn Đông có 120 hộ.",
            ("Chi bộ thôn Đông", "Đảng bộ xã An Phú"),
            id="body-capitalised-at-start-ignored",
        ),
        pytest.param(
            "ĐẢNG BỘ PHƯỜNG 5\nCHI BỘ KHU PHỐ BÌNH AN\nBIÊN BẢN\nHôm nay, Chi bộ khu phố Bình An tổ chức sinh hoạt.",
            ("Chi bộ khu phố Bình An", "Đảng bộ phường 5"),
            id="body-casing-preferred",
        ),
        pytest.param(
            "ĐẢNG BỘ XÃ AN PHÚ ĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ THÔN ĐÔNG\nBIÊN BẢN",
            ("Chi bộ thôn Đông", "Đảng bộ xã An Phú"),
            id="columns-merged-single-space",
        ),
        pytest.param(
            "ĐẢNG BỘ XÃ CẨM LĨNH\nCHI BỘ THÔN ĐÔNG PHÚ Cẩm Lĩnh, ngày 14 tháng 5 năm 2017\nBIÊN BẢN",
            ("Chi bộ thôn Đông Phú", "Đảng bộ xã Cẩm Lĩnh"),
            id="place-date-merged",
        ),
        pytest.param(
            "ĐẢNG BỘ HUYỆN ĐÔNG ANH\nĐẢNG ỦY XÃ TÂN LẬP\n\nBIÊN BẢN\nHỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ THƯỜNG KỲ",
            ("Đảng ủy xã Tân Lập", "Đảng bộ huyện Đông Anh"),
            id="committee-meeting",
        ),
        pytest.param("BIÊN BẢN\nHôm nay, lúc 14 giờ, Chi bộ đã tổ chức sinh hoạt.", (None, None), id="no-name-in-text"),
        pytest.param("BIÊN BẢN\nThời gian: 14 giờ", (None, None), id="none"),
        pytest.param(
            "BIÊN BẢN\nVào lúc 8 giờ ngày 3/3/2024, Chi bộ Khu phố 3, phường Tân Thành tổ chức sinh hoạt thường kỳ.",
            ("Chi bộ Khu phố 3", None),
            id="from-text-with-place",
        ),
        pytest.param(
            "ĐẢNG BỘ XÃ AN PHÙ\nCHI BỘ THÔN ĐÔNG\nBIÊN BẢN\nHôm nay, tại Nhà văn hóa thôn Đông, xã An Phú, chi bộ họp.",
            ("Chi bộ thôn Đông", "Đảng bộ xã An Phú"),
            id="ocr-marks-corrected-from-body",
        ),
        pytest.param(
            "ĐẲNG BỘ XÃ CẨM TĨNH - ĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ THÔN ĐÔNG PHÚ\n"
            "* Cẩm Lĩnh, ngày 14 tháng 5 năm 2017\nBIÊN BẢN",
            ("Chi bộ thôn Đông Phú", "Đảng bộ xã Cẩm Lĩnh"),
            id="ocr-letter-mended-from-place-line",
        ),
        pytest.param(
            "ĐẢNG BỘ XÃ TÂN PHÚ\nCHI BỘ ẤP 3\nTân Phước, ngày 14 tháng 5 năm 2017\nBIÊN BẢN",
            ("Chi bộ ấp 3", "Đảng bộ xã Tân Phú"),
            id="neighbour-place-kept",
        ),
        pytest.param(
            "ĐẢNG BỘ PHƯỜNG TÂN THÀNH\nCHI BỘ\nKHU PHỐ 3\n*\nSố 07-BB/CB\nBIÊN BẢN",
            ("Chi bộ Khu phố 3", "Đảng bộ phường Tân Thành"),
            id="name-wrapped-with-number",
        ),
        pytest.param(
            "ĐẢNG BỘ TỔNG CÔNG TY MAY NHÀ BÈ - CTCP ĐẢNG CỘNG SẢN VIỆT\nNAM\nCHI BỘ XÍ NGHIỆP MAY 3\nBIÊN BẢN",
            ("Chi bộ Xí nghiệp May 3", "Đảng bộ Tổng công ty May Nhà Bè - CTCP"),
            id="ocr-wrapped-right-column",
        ),
        pytest.param(
            "ĐẢNG BỘ ĐỒN BIÊN PHÒNG A PA CHẢI ĐẢNG\nCỘNG SẢN VIỆT NAM\nCHI BỘ BẢN NẬM SỬ\nBIÊN BẢN",
            ("Chi bộ bản Nậm Sử", "Đảng bộ Đồn Biên phòng A Pa Chải"),
            id="ocr-wrapped-after-the-first-word",
        ),
        pytest.param(
            "ĐẢNG BỘ NGOÀI NƯỚC\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ ĐẠI SỨ QUÁN\t\nVIỆT NAM TẠI CHILE\tSantiago, ngày "
            "5 tháng 4 năm 2018\n*\n\nBIÊN BẢN",
            ("Chi bộ Đại sứ quán Việt Nam tại Chile", "Đảng bộ Ngoài nước"),
            id="name-wrapped-beside-a-tabbed-date-column",
        ),
        pytest.param(
            "ĐẢNG BỘ PHƯỜNG TÂN AN             ĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ KHU VỰC 4\n"
            "(Chi bộ Khu vực 4, phường Hưng Lợi cũ)\n                          Tân An, ngày 5 tháng 1 năm 2026\n"
            "\nBIÊN BẢN",
            ("Chi bộ Khu vực 4", "Đảng bộ phường Tân An"),
            id="old-name-in-brackets-under-the-cell",
        ),
        pytest.param(
            "Chi bộ biểu quyết thông qua Nghị quyết tháng 4/2024: 13/13 đồng chí nhất trí.",
            (None, None),
            id="sentence-not-heading",
        ),
        pytest.param(
            "` ĐẢNG BỘ SỞ NỘI VỤ TỈNH BẮC NINH\n. CHI BỘ VĂN PHÒNG SỞ\n+\n"
            "__ BIÊN BẢN C\nSINH HOẠT. CHI BỘ THƯỜNG KỲ THÁNG 10",
            ("Chi bộ Văn phòng Sở", "Đảng bộ Sở Nội vụ tỉnh Bắc Ninh"),
            id="ocr-specks-in-heading",
        ),
        pytest.param(
            "BIÊN BẢN\nHôm nay, hồi 14 giờ, Chỉ bộ thôn Tân Hưng tiến hành họp chi bộ thường kỳ.",
            ("Chi bộ thôn Tân Hưng", None),
            id="ocr-head-spelled-right",
        ),
        pytest.param(
            "BIÊN BẢN SINH HOẠT CHI BỘ\nCHI BỘ ẤP TÂN QUY - ĐẢNG BỘ XÃ TÂN THẠNH\n\nHôm nay chi bộ họp thường kỳ.",
            ("Chi bộ ấp Tân Quy", "Đảng bộ xã Tân Thạnh"),
            id="cell-and-parent-on-one-line-under-the-title",
        ),
        pytest.param(
            "ĐẢNG BỘ PHƯỜNG 7 – CHI BỘ KHU PHỐ 2\nBIÊN BẢN\nHôm nay chi bộ họp.",
            ("Chi bộ Khu phố 2", "Đảng bộ phường 7"),
            id="parent-and-cell-on-one-line",
        ),
        pytest.param(
            "BIÊN BẢN HỌP CHI BỘ THÁNG 3\nHôm nay, chi bộ thôn Mơ (Đảng bộ xã Yên Lạc) họp định kỳ tháng 3.",
            ("Chi bộ thôn Mơ", "Đảng bộ xã Yên Lạc"),
            id="parent-in-parentheses-in-the-text",
        ),
        pytest.param(
            "ĐẢNG BỘ XÃ HƯNG\nĐẠO\nCHI BỘ TỔ DÂN PHỐ\nSỐ 12\nĐẢNG CỘNG SẢN VIỆT NAM\n\nBIÊN BẢN\nHọp chi bộ.",
            ("Chi bộ Tổ dân phố số 12", "Đảng bộ xã Hưng Đạo"),
            id="number-of-the-cell-wrapped",
        ),
        pytest.param(
            "ĐẢNG BỘ TRUNG TÂM Y TẾ HUYỆN\nCHI BỘ KHOA NHI -\nSƠ SINH\n*\nĐẢNG CỘNG SẢN VIỆT NAM\n\nBIÊN BẢN\nHọp.",
            ("Chi bộ Khoa Nhi - Sơ Sinh", "Đảng bộ Trung tâm Y tế huyện"),
            id="dash-at-the-wrap-kept",
        ),
        pytest.param(
            "ĐẢNG BỘ TỔNG CÔNG TY XÂY DỰNG SỐ 5 | | ĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ BAN TÀI CHÍNH | | Huế, ngày 3/5/2024"
            "\n\nBIÊN BẢN\nHọp.",
            ("Chi bộ Ban Tài chính", "Đảng bộ Tổng công ty Xây dựng số 5"),
            id="heading-exported-as-a-table-with-bars",
        ),
        pytest.param(
            "CHI BỘ KHU DÂN CƯ SỐ 4 - ĐẢNG BỘ XÃ ĐỒNG TÂM\nBIÊN BẢN SINH HOẠT\nHọp.",
            ("Chi bộ Khu dân cư số 4", "Đảng bộ xã Đồng Tâm"),
            id="the-cells-number-before-its-parent-is-no-document-number",
        ),
        # copied out of the minutes book: page number and date above, the cell in the title, the parent below
        pytest.param("- 58 -\nNgày 09/4/2019\nBIÊN BẢN HỌP CHI BỘ BẢN NÀ PHẶC THÁNG 4 NĂM 2019\n(Đảng bộ xã Pác Nặm)\n"
                     "Hồi 19 giờ 00, chi bộ họp.", ("Chi bộ bản Nà Phặc", "Đảng bộ xã Pác Nặm"),
                     id="minutes-book-cell-in-the-title-parent-in-brackets"),
        pytest.param("Trang 7\nNgày 3/8/2022\nBiên bản sinh hoạt Chi bộ Đội Xe cơ giới tháng 8/2022\n"
                     "Đảng bộ Công ty Cổ phần Vận tải Thủy\nThời gian: 14h00.", ("Chi bộ Đội Xe cơ giới",
                     "Đảng bộ Công ty Cổ phần Vận tải Thủy"), id="minutes-book-title-in-sentence-case-parent-below"),
        pytest.param("Ngày 20/5/2024\nSINH HOẠT CHUYÊN ĐỀ QUÝ II/2024\nChi bộ Phòng Nội vụ - Lao động\n"
                     "(Đảng bộ Cơ quan Chính quyền huyện Ba Chẽ)\nThời gian: 8h00.",
                     ("Chi bộ Phòng Nội vụ - Lao động", "Đảng bộ Cơ quan Chính quyền huyện Ba Chẽ"),
                     id="minutes-book-cell-line-with-a-dash-in-its-name"),
        pytest.param("BIÊN BẢN HỌP CHI BỘ ĐỘI 3 (THƯỜNG KỲ THÁNG 6/2020 - ĐẢNG BỘ ĐỒN BIÊN PHÒNG LŨNG CÚ)\nHọp.",
                     ("Chi bộ Đội 3", "Đảng bộ Đồn Biên phòng Lũng Cú"), id="minutes-book-parent-inside-the-bracket"),
        pytest.param("Hôm nay, ngày 5/6/2021, Chi bộ Cựu chiến binh Khu phố 2 trực thuộc Đảng bộ phường Tân Mai "
                     "tổ chức sinh hoạt.", ("Chi bộ Cựu chiến binh Khu phố 2", "Đảng bộ phường Tân Mai"),
                     id="parent-after-truc-thuoc-in-the-body"),
    ],
)
def test_organization(text, expected):
    m = meeting(text)
    assert (m.organization, m.parent) == expected


# ---------------------------------------------------------------- date


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("BIÊN BẢN\nThời gian: 14 giờ 00 phút, ngày 25 tháng 3 năm 2024.", "2024-03-25", id="words"),
        pytest.param("BIÊN BẢN\nVào lúc 15h30 ngày 17/5/2019, tại phòng họp.", "2019-05-17", id="slashes"),
        pytest.param("BIÊN BẢN\nThời gian: 8 giờ, ngày 25-3-2024", "2024-03-25", id="dashes"),
        pytest.param(
            "CHI BỘ THÔN 3\nLãng Sơn, ngày 30 tháng 3 năm 2024\nBIÊN BẢN\nThời gian: 14 giờ, ngày 25 tháng 3 năm 2024.",
            "2024-03-25",
            id="time-line-over-writing-date",
        ),
        pytest.param(
            "CHI BỘ THÔN 3\nLãng Sơn, ngày 25 tháng 3 năm 2024\nBIÊN BẢN\nThời gian: 14 giờ.",
            "2024-03-25",
            id="place-date-line",
        ),
        pytest.param("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 3 NĂM 2024\nThời gian: 14 giờ.", None, id="month-only"),
        pytest.param(
            "BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 3 NĂM 2024\nThời gian: 14 giờ, ngày 12/3.",
            "2024-03-12",
            id="year-from-title",
        ),
        pytest.param("BIEN BAN\nThoi gian: 14h ngay 20/8/2021", "2021-08-20", id="ascii"),
        pytest.param(
            "BIÊN BẢN\nHôm nay, ngày 05/6/2018, hồi 14 giờ, chi bộ họp.\nQuán triệt Chỉ thị số 05-CT/TW ngày "
            "15/5/2016.",
            "2018-06-05",
            id="hom-nay",
        ),
        pytest.param(
            "BIÊN BẢN\nThực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.", None, id="cited-doc-date"
        ),
        pytest.param("BIÊN BẢN\nThời gian: 14 giờ 00, Chủ nhật 24/3/2024.", "2024-03-24", id="no-ngay-word"),
        pytest.param("BIÊN BẢN HỌP CHI BỘ NGÀY 12/01/2025\n\nNội dung: ...", "2025-01-12", id="date-in-title"),
        pytest.param(
            "CHI BỘ THÔN 3\nAn Phú, ngày 30 tháng 3 năm 2024\nBIÊN BẢN\nThời gian: 14 giờ, ngày 25/3.",
            "2024-03-25",
            id="year-from-writing-date",
        ),
        pytest.param(
            "CHI BỘ ĐẠI ĐỘI 6\n* ngày 25 tháng 4 năm 2022\nBIÊN BẢN\nThời gian: 14 giờ.",
            "2022-04-25",
            id="ocr-star-date",
        ),
        pytest.param("BIÊN BẢN\nVào lúc 14 giờ, ngày hai mươi lăm tháng ba năm 2024, chi bộ họp.", "2024-03-25",
                     id="date-in-words"),
        pytest.param("BIÊN BẢN\nHồi 8 giờ ngày mười một tháng mười hai năm 2023, chi bộ họp.", "2023-12-11",
                     id="date-in-words-eleven-december"),
        pytest.param("BIÊN BẢN\nHôm nay, ngày ba mươi mốt tháng 7 năm 2022, chi bộ họp.", "2022-07-31",
                     id="day-in-words-month-in-digits"),
        pytest.param("Thời gian: 8 giờ, thứ Năm, ngày mồng năm tháng chín năm 2019.", "2019-09-05", id="mong-in-words"),
        pytest.param("Thời gian: 8 giờ, ngày mùng 5 tháng 9 năm 2019.", "2019-09-05", id="mung-in-digits"),
    ],
)
def test_date(text, expected):
    assert meeting(text).date == expected


# ---------------------------------------------------------------- start, end, duration


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Thời gian bắt đầu: 14 giờ 00 phút. Buổi sinh hoạt kết thúc vào hồi 16 giờ 05 phút cùng ngày.",
            ("14:00", "16:05", 125),
            id="gio-phut",
        ),
        pytest.param("Thời gian: 14 giờ. Cuộc họp kết thúc lúc 16 giờ.", ("14:00", "16:00", 120), id="gio"),
        pytest.param("Vào lúc 19h, chi bộ họp. Kết thúc 21h30.", ("19:00", "21:30", 150), id="h-form"),
        pytest.param(
            "Thời gian: 19h30' ngày 28/3/2020.\nKết thúc 20h30' cùng ngày.", ("19:30", "20:30", 60), id="h-apostrophe"
        ),
        pytest.param(
            "Hồi 7 giờ 30' ngày 12/10. Sinh hoạt kết thúc 9 giờ 45' cùng ngày.",
            ("07:30", "09:45", 135),
            id="gio-apostrophe",
        ),
        pytest.param(
            "Thời gian: 14:00 ngày 3/4. Buổi sinh hoạt kết thúc lúc 16:10.", ("14:00", "16:10", 130), id="colon"
        ),
        pytest.param(
            "Thời gian: (buổi chiều) 2 giờ ngày 5/6. Kết thúc lúc 4 giờ 30 phút.",
            ("14:00", "16:30", 150),
            id="afternoon-before",
        ),
        pytest.param(
            "Vào lúc 7 giờ tối ngày 5/6, chi bộ họp. Kết thúc vào 9 giờ tối.",
            ("19:00", "21:00", 120),
            id="evening-after",
        ),
        pytest.param(
            "Thời gian: Từ 13 giờ 30 đến 15 giờ 30, ngày 25 tháng 4 năm 2022.", ("13:30", "15:30", 120), id="range"
        ),
        pytest.param("Thời gian: 14g30 ngày 2/2. Buổi họp kết thúc lúc 16g45.", ("14:30", "16:45", 135), id="g-form"),
        pytest.param(
            "Vào lúc 15h30 ngày 17/5/2019. ... Biên bản được thông qua trước chi bộ lúc 17h20 cùng ngày, buổi "
            "sinh hoạt kết thúc.",
            ("15:30", "17:20", 110),
            id="end-before-cue",
        ),
        pytest.param(
            "Thời gian: 14 giờ ngày 25/3.\nThu hoạch 48,5 ha lúa, năng suất 62 tạ/ha.",
            ("14:00", None, None),
            id="no-end-hectares",
        ),
        pytest.param(
            "Thoi gian: 14 gio 15 phut. Cuoc hop ket thuc hoi 16 gio 00 phut cung ngay.",
            ("14:15", "16:00", 105),
            id="ascii",
        ),
        pytest.param(
            "THỜI GIAN: 8 GIỜ 00. BUỔI SINH HOẠT KẾT THÚC LÚC 10 GIỜ 30 PHÚT.", ("08:00", "10:30", 150), id="upper"
        ),
        pytest.param("Chi bộ họp. Nội dung: trực 24/24 giờ, bảo đảm an toàn.", (None, None, None), id="no-times"),
        pytest.param("Thời gian: từ 7 giờ tới 9 giờ ngày 5/5/2024.", ("07:00", "09:00", 120), id="toi-is-until"),
        pytest.param(
            "Buổi tối, lúc 19 giờ, chi bộ họp. Kết thúc 21 giờ.", ("19:00", "21:00", 120), id="evening-word-first"
        ),
        pytest.param(
            "Thời gian: buổi chiều ngày 25/3/2024, lúc 2 giờ.", ("14:00", None, None), id="afternoon-far-before"
        ),
        pytest.param("Bắt đầu: 14 giờ 00; Kết thúc: 16 giờ 30.", ("14:00", "16:30", 150), id="start-end-labels"),
        pytest.param(
            "- Thời gian: Bắt đầu 8h00’ – kết thúc 10h30’, ngày 06/8/2023",
            ("08:00", "10:30", 150),
            id="start-end-one-line",
        ),
        pytest.param(
            "Thời gian: 14 giờ 00 phút.\nBiên bản đã được thông qua trước chỉ bộ. Buổi sinh hoạt kết thúc vào hồi\n"
            "16.giờ 00 phút cùng ngày.",
            ("14:00", "16:00", 120),
            id="ocr-dot-before-gio",
        ),
        pytest.param(
            "BIÊN BẢN\nThời gian: ngày 25/3/2024.\n"
            + "Nội dung thảo luận, đánh giá kết quả tháng trước.\n" * 40
            + "Phương hướng: vào lúc 7 giờ ngày 30/4 tổ chức mít tinh kỷ niệm.",
            (None, None, None),
            id="plan-event-not-start",
        ),
        pytest.param(
            "BIÊN BẢN\nThời gian: 14 giờ ngày 25/3/2024.\n"
            + "Phương hướng: tổ chức giải bóng đá thiếu niên, kết thúc lúc 17 giờ ngày 30/4.\n"
            + "Nội dung thảo luận, đánh giá kết quả tháng trước.\n" * 30,
            ("14:00", None, None),
            id="plan-event-end-not-meeting-end",
        ),
        pytest.param(
            "BIÊN BẢN\nVào lúc 19 giờ kém 15 ngày 3/4/2024, chi bộ họp.\n"
            "Buổi sinh hoạt kết thúc lúc 21 giờ kém 10 cùng ngày.",
            ("18:45", "20:50", 125),
            id="quarter-to",
        ),
        pytest.param("BIÊN BẢN\nThời gian bắt đầu: 2015 (giờ tàu) ngày 9/6/2023.\nChi bộ họp.\n"
                     "Buổi sinh hoạt kết thúc lúc 2225 cùng ngày.", ("20:15", "22:25", 130), id="ship-clock-hhmm"),
        pytest.param("BIÊN BẢN\nHôm nay, vào lúc 19.15 ngày 02.10.2022, chi bộ họp.\n"
                     "Buổi sinh hoạt kết thúc lúc 21.00 cùng ngày.", ("19:15", "21:00", 105), id="dotted-clock"),
        pytest.param("BIÊN BẢN\nThời gian: 07h00 ngày 3/3/2024.\nChi bộ họp.\nBuổi sinh hoạt kết thúc lúc 09h10 "
                     "cùng ngày (để kịp ca trực lúc 09h30).", ("07:00", "09:10", 130), id="later-time-in-brackets"),
        pytest.param("Hồi 19h30 ngày 4/9/2023, chi bộ họp.\nThông tin: Lễ phát động tại xã bắt đầu lúc 7 giờ và "
                     "kết thúc lúc 9 giờ 30, có mặt 300 đoàn viên.\nChi bộ nhất trí.", ("19:30", None, None),
                     id="another-event-with-its-own-start-and-end"),
        pytest.param("Hồi 14 giờ ngày 8/8/2024, chi bộ họp.\nChi bộ thảo luận.\nVì tổ bảo vệ đổi ca lúc 16 giờ 30, "
                     "cuộc họp kết thúc lúc 16 giờ 10 cùng ngày.", ("14:00", "16:10", 130),
                     id="a-time-after-luc-in-the-clause-before-the-end"),
        pytest.param("Thời gian: 14 giờ ngày 09/3/2018.\nNhiệm vụ: tổ chức hội thao, khai mạc lúc 7h30 thứ Bảy 24/3, "
                     "kết thúc trước 31/3.\nBuổi sinh hoạt kết thúc cùng ngày.", ("14:00", None, None),
                     id="an-event-ending-at-its-own-date"),
        pytest.param("BB họp chi bộ T5/2025\nThời gian: 19g00 - 21g00 ngày 13/5/2025\nĐịa điểm: nhà đc Sáu.",
                     ("19:00", "21:00", 120), id="a-range-with-a-dash"),
        pytest.param("BB họp chi bộ T5/2025\n- Tg: 19g ngày 13/5/2025\n…\n=> Cuộc họp kết thúc 21g. BB đã đọc lại.",
                     ("19:00", "21:00", 120), id="bare-g-hours-at-a-sentence-end"),
    ],
)
def test_times(text, expected):
    m = meeting(text)
    assert (m.start_time, m.end_time, m.duration_minutes) == expected


# ---------------------------------------------------------------- place


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Thời gian: 14 giờ.\nĐịa điểm: Hội trường Văn phòng Khu phố 3, phường Tân Thành.\nChủ trì: ...",
            "Hội trường Văn phòng Khu phố 3, phường Tân Thành",
            id="label",
        ),
        pytest.param(
            "Hôm nay, vào lúc 19 giờ 30 phút ngày 12/10/2023, tại Nhà văn hóa thôn Đông, xã An Phú, Chi bộ thôn "
            "Đông tổ chức",
            "Nhà văn hóa thôn Đông, xã An Phú",
            id="inline-tai",
        ),
        pytest.param(
            "Dia diem: Phong hop Doi tau lai dat, Cang Hoang Dieu\nChu tri: dc A",
            "Phong hop Doi tau lai dat, Cang Hoang Dieu",
            id="ascii-label",
        ),
        pytest.param(
            "Thời gian: 19h30' ngày 28/3/2020. Tại nhà văn hoá xóm 5.", "nhà văn hóa xóm 5", id="sentence-tai-old-tone"
        ),
        pytest.param(
            "2. Địa điểm: Phòng họp số 3, trụ sở Sở Nội vụ.\n3. Chủ trì: ...",
            "Phòng họp số 3, trụ sở Sở Nội vụ",
            id="numbered-label",
        ),
        pytest.param("Thời gian: 14 giờ ngày 5/5/2025.\nChủ trì: đồng chí Lê Đình Hải.", None, id="absent"),
        pytest.param(
            "1/ Thời gian: 14 giờ.\n2/ Địa điểm: Tại Trụ sở Ban nhân dân ấp Phú Hòa.",
            "Trụ sở Ban nhân dân ấp Phú Hòa",
            id="slash-numbered-tai",
        ),
        pytest.param(
            # the opening sentence says where the cell met, with no time cue before "tại"
            "Chi bộ họp tại nhà văn hóa thôn 3 vào lúc 19 giờ ngày 5/5/2024.", "nhà văn hóa thôn 3",
            id="no-time-cue-before-tai"
        ),
        pytest.param(
            "Hôm nay, ngày 5/5/2024, tại nhà văn hóa thôn 3 lúc 19 giờ, chi bộ họp.",
            "nhà văn hóa thôn 3",
            id="tai-then-time",
        ),
        pytest.param(
            "Vào lúc 14 giờ ngày 5/3/2024, Chi bộ Phòng Tài chính – Kế hoạch tổ chức sinh hoạt thường kỳ.",
            None,
            id="tai-in-a-name-is-not-tai",
        ),
        pytest.param(
            "Thời gian: 8 giờ ngày 5/3/2024. Tái khẳng định quyết tâm tại phòng họp của Sở.", None,
            id="tai-with-another-tone",
        ),
        pytest.param(
            "Vào lúc 8 giờ 15, ngày 12/9/2023, Chi bộ Phòng Kế toán nhà nước tỉnh tổ chức sinh hoạt thường kỳ tháng 9 "
            "năm 2023 tại Phòng họp tầng 2, trụ sở Kho bạc.",
            "Phòng họp tầng 2, trụ sở Kho bạc",
            id="tai-after-the-meeting-verb-far-from-the-time",
        ),
        pytest.param("Địa điểm: P. A3.12, số 9 Lê Lợi, TP. Huế. Chủ trì: đ/c Lê Văn Tú.",
                     "P. A3.12, số 9 Lê Lợi, TP. Huế", id="address-abbreviations-end-no-sentence"),
        pytest.param("Địa điểm: Hội trường khu B. Chủ trì: đ/c Lê Văn Tú.", "Hội trường khu B",
                     id="a-block-letter-ends-the-sentence"),
        pytest.param("BB SH chi bộ T11/2019\nĐ/điểm: nhà văn hóa tổ 8\n", "nhà văn hóa tổ 8",
                     id="place-label-abbreviated"),
    ],
)
def test_place(text, expected):
    assert meeting(text).place == expected


# ---------------------------------------------------------------- chair and secretary


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Chủ trì: đồng chí Nguyễn Văn Hùng – Bí thư Chi bộ.\nThư ký: đồng chí Lê Thị Mai – Chi ủy viên.",
            ("Nguyễn Văn Hùng", "Lê Thị Mai"),
            id="labels",
        ),
        pytest.param(
            "Chủ tọa: Đ/c Trần Văn Nam\nNgười ghi biên bản: Đ/c Phan Thị Thu",
            ("Trần Văn Nam", "Phan Thị Thu"),
            id="chu-toa-nguoi-ghi",
        ),
        pytest.param(
            "Chủ trì: Đồng chí Đại úy Hà Văn Long – Bí thư chi bộ.\nThư ký: Đồng chí Trung úy Lò Văn Thành.",
            ("Hà Văn Long", "Lò Văn Thành"),
            id="ranks",
        ),
        pytest.param(
            "Đồng chí Hoàng Thị Thuỷ, Bí thư chi bộ, Hiệu trưởng nhà trường chủ trì; đồng chí Trần Đình Quý, chi "
            "ủy viên làm thư ký.",
            ("Hoàng Thị Thủy", "Trần Đình Quý"),
            id="inline",
        ),
        pytest.param(
            "Chủ trì: PGS.TS Nguyễn Hoà Bình\nThư ký: ThS. Đỗ Thuỳ Linh",
            ("Nguyễn Hòa Bình", "Đỗ Thùy Linh"),
            id="academic-titles",
        ),
        pytest.param(
            "Chủ trì: BS.CK1 Vi Thị Hằng - Trưởng khoa. Thư ký: KTV. Lục Văn Đông - Chi ủy viên.",
            ("Vi Thị Hằng", "Lục Văn Đông"),
            id="medical-titles-one-line",
        ),
        pytest.param("Chủ trì: DS Mai Văn Tư\nThư ký: ĐD Hà Thị Nhung", ("Mai Văn Tư", "Hà Thị Nhung"),
                     id="pharmacist-nurse"),
        pytest.param("chu tri: dc Hoang Van Nam\nthu ky: dc Ly Thi Mai", ("Hoang Van Nam", "Ly Thi Mai"), id="ascii"),
        pytest.param(
            "CHỦ TRÌ: ĐỒNG CHÍ NGUYỄN VĂN HÙNG - BÍ THƯ\nTHƯ KÝ: ĐỒNG CHÍ LÊ THỊ MAI",
            ("Nguyễn Văn Hùng", "Lê Thị Mai"),
            id="upper",
        ),
        pytest.param(
            "Chủ trì: đ/c Hồ Sỹ Hùng (BT).  Thư ký: đ/c Nguyễn Thị Sen.",
            ("Hồ Sỹ Hùng", "Nguyễn Thị Sen"),
            id="one-line-both",
        ),
        pytest.param(
            "Chi bộ thống nhất chương trình và cử đồng chí Lê Thị Mai làm thư ký ghi biên bản.\n"
            "Đồng chí Nguyễn Văn Hùng – Bí thư chi bộ chủ trì buổi sinh hoạt.",
            ("Nguyễn Văn Hùng", "Lê Thị Mai"),
            id="cu-lam-thu-ky",
        ),
        pytest.param(
            "Nội dung họp.\n\nTHƯ KÝ                      CHỦ TRÌ\n(đã ký)                     (đã ký)\n"
            "Lê Thị Mai                  Nguyễn Văn Hùng",
            ("Nguyễn Văn Hùng", "Lê Thị Mai"),
            id="signature-fallback",
        ),
        pytest.param("Chủ trì: đồng chí Bí thư chi bộ.\nNội dung họp.", (None, None), id="no-name"),
        pytest.param(
            "Đồng chí Huỳnh Bá Thành, Bí thư chi bộ chủ trì; đồng chí Ông Văn Tư làm thư ký.",
            ("Huỳnh Bá Thành", "Ông Văn Tư"),
            id="inline-ba-ong-in-names",
        ),
        pytest.param(
            "Đồng chí Trần Hữu Nghĩa - Bí thư chi bộ chủ trì cuộc họp, đồng chí Võ Thị Mỹ Lệ ghi biên bản.",
            ("Trần Hữu Nghĩa", "Võ Thị Mỹ Lệ"),
            id="ghi-bien-ban",
        ),
        pytest.param(
            "Chủ trì: Bí thư chi bộ – đồng chí Nguyễn Văn An.\nThư ký ghi biên bản: đ/c Mai Văn Trường.",
            ("Nguyễn Văn An", "Mai Văn Trường"),
            id="office-first",
        ),
        pytest.param(
            "Người chủ trì là đồng chí Lý Văn Tài. Thư ký là đồng chí Đinh Thị Hằng.",
            ("Lý Văn Tài", "Đinh Thị Hằng"),
            id="la",
        ),
        pytest.param(
            "I. THÀNH PHẦN\na) Chủ trì: đồng chí Trương Văn Phúc\nb) Thư ký: đồng chí Ông Thị Lụa",
            ("Trương Văn Phúc", "Ông Thị Lụa"),
            id="lettered-list",
        ),
        pytest.param(
            "Chủ trì: BÍ THƯ CHI BỘ NGUYỄN VĂN TRƯỜNG\nThư ký: CHI ỦY VIÊN LÊ THỊ HƯỜNG",
            ("Nguyễn Văn Trường", "Lê Thị Hường"),
            id="upper-office-first",
        ),
        pytest.param(
            "Nội dung họp.\nTHƯ KÝ CHỦ TRÌ\nLê Thị Mai Nguyễn Văn Hùng",
            ("Nguyễn Văn Hùng", "Lê Thị Mai"),
            id="ocr-joined-names",
        ),
        pytest.param(
            "Đồng chí Trần Văn Nam phát biểu, nhất trí với kết luận của chủ trì.", (None, None), id="not-the-chair"
        ),
        pytest.param(
            "- Chủ trì: Đ/c Lê Văn Hai BTCB\n- Thư ký: Đ/c Ngô Thị Hương PBT",
            ("Lê Văn Hai", "Ngô Thị Hương"),
            id="abbreviated-office",
        ),
        pytest.param(
            "Chủ trì: Đồng chí Y Bhăm Êban – Bí thư chi bộ.\nThư ký: Đồng chí H'Nga Niê.",
            ("Y Bhăm Êban", "H'Nga Niê"),
            id="ede-names",
        ),
        pytest.param(
            "- Chủ trì: đồng chí K'Liêng – Bí thư chi bộ, Trưởng bon.\n- Thư ký: đồng chí Ka Tuyết.",
            ("K'Liêng", "Ka Tuyết"),
            id="one-word-glottal-name",
        ),
        pytest.param(
            "Chủ trì: đ/c Hoàng Văn Pắn.\nThư ký: đ/c Chẩu Thị Nga.\nNội dung họp.\n\n"
            "THƯ KÝ                  CHỦ TRÌ\nChẩu Thị Nga              Hoàng Văn Pắn",
            ("Hoàng Văn Pắn", "Chẩu Thị Nga"),
            id="rare-surname-written-alike-twice-kept",
        ),
        pytest.param(
            "Thư ký: Đồng chí Trung úy Lò Văn T hành - Chỉ ủy viên.", (None, "Lò Văn Thành"), id="ocr-split-syllable"
        ),
        pytest.param(
            "Chủ trì: Trung tá Lê Văn Hải, Bí thư chi bộ.\nThư ký: Thiếu tá QNCN Đỗ Thị Ngân.",
            ("Lê Văn Hải", "Đỗ Thị Ngân"),
            id="rank-and-career-soldier",
        ),
        pytest.param(
            "Thành phần:\n- Đ/c Triệu Văn Lâm – Bí thư, Tổ trưởng tổ sản xuất: chủ trì.\n"
            "- Đ/c Lục Thị Mai – Chi ủy viên, thủ kho: thư ký.\n",
            ("Triệu Văn Lâm", "Lục Thị Mai"),
            id="who-did-what-list",
        ),
        pytest.param(
            "Chủ trì: TTƯT. BSCKII Đàm Quang Vinh - Bí thư.\nThư ký: CN.ĐD Lã Thị Hoa.\n",
            ("Đàm Quang Vinh", "Lã Thị Hoa"),
            id="honoured-physician",
        ),
        pytest.param(
            "Nội dung họp.\n\n      THƯ KÝ                  CHỦ TRÌ\n   Lã Thị Hoa            Bế Văn Tài\n",
            ("Bế Văn Tài", "Lã Thị Hoa"),
            id="signature-surname-la-is-no-label",
        ),
        pytest.param("BB họp chi bộ tổ 3 tháng 4/2022\nCT: đ/c Khoa - BT\nTK: đ/c Nụ\n", ("Khoa", "Nụ"),
                     id="phone-labels-and-given-names-only"),
        pytest.param("BB họp chi bộ tổ 3 tháng 4/2022\nCT: đc Triệu Văn Khoa - BT\nTK: đc Bế Thị Nụ\n",
                     ("Triệu Văn Khoa", "Bế Thị Nụ"), id="phone-labels-ct-tk"),
        pytest.param("Chủ trì: TS. Ông Văn Lực – Bí thư chi bộ.\nThư ký: đồng chí Kiểm sát viên VKSND Lê Thu Hà.",
                     ("Ông Văn Lực", "Lê Thu Hà"), id="surname-ong-after-a-title-and-an-office-acronym"),
        pytest.param("Ngày họp: 04/9/2023\nChủ trì (họ và tên): Quách Văn Hưng\n"
                     "Thư ký (ghi rõ họ tên): Bạch Thị Dung\n",
                     ("Quách Văn Hưng", "Bạch Thị Dung"), id="a-forms-hint-after-the-label"),
    ],
)
def test_chair_secretary(text, expected):
    m = meeting(text)
    assert (m.chair, m.secretary) == expected


# ---------------------------------------------------------------- attendance


def _att(m):
    a = m.attendance
    return (a.total, a.exempt, a.expected, a.present, a.absent, a.absent_with_reason, a.absent_without_reason)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Tổng số đảng viên: 18 (chính thức 16, dự bị 2). Có mặt: 16 đ/c. Vắng: 2 (có lý do: 2, không lý do: 0).",
            (18, None, 18, 16, 2, 2, 0),
            id="labels",
        ),
        pytest.param(
            "Chi bộ có 18 đảng viên, miễn sinh hoạt: 2. Có mặt 15 đồng chí, vắng 1 đồng chí không lý do.",
            (18, 2, 16, 15, 1, 0, 1),
            id="chi-bo-co",
        ),
        pytest.param(
            "Tổng số đảng viên của Chi bộ: 20 đồng chí.\nMiễn công tác và sinh hoạt đảng: 02 đồng chí.\n"
            "Có mặt: 16 đồng chí; vắng mặt: 02 đồng chí, đều có lý do.",
            (20, 2, 18, 16, 2, 2, 0),
            id="deu-co-ly-do",
        ),
        pytest.param(
            "Tổng số: 27; có 3 đồng chí được miễn sinh hoạt. Số đảng viên có mặt 22/24.",
            (27, 3, 24, 22, 2, None, None),
            id="present-ratio",
        ),
        pytest.param(
            "Tổng số 14 đồng chí, không có đảng viên miễn sinh hoạt. Có mặt 10/14 đồng chí.",
            (14, 0, 14, 10, 4, None, None),
            id="no-exempt",
        ),
        pytest.param(
            "Chi bộ có 15 đảng viên, có mặt 15/15 đồng chí, không có đồng chí nào vắng.",
            (15, None, 15, 15, 0, 0, 0),
            id="nobody-absent",
        ),
        pytest.param(
            "ĐV: tổng 16, có mặt 14, vắng 2 (đ/c A đi làm ăn xa, đ/c B ốm - có lý do).",
            (16, None, 16, 14, 2, 2, 0),
            id="terse",
        ),
        pytest.param(
            "Hiện diện: 22 đ/c. Vắng: 03 đ/c, gồm: đ/c Lê Minh Trí (đi công tác, có lý do), đ/c Ngô Thị Năm "
            "(bệnh, có lý do), "
            "đ/c Phan Văn Sang (không lý do).",
            (None, None, None, 22, 3, 2, 1),
            id="reasons-per-person",
        ),
        pytest.param(
            "Vắng mặt có lý do: 2 đồng chí. Vắng mặt không lý do: 1 đồng chí.",
            (None, None, None, None, 3, 2, 1),
            id="absent-from-reasons",
        ),
        pytest.param(
            "Tong so DV: 13 dc, co mat 12 dc, vang 1 dc (dc Bui Van Thang - di tau, co ly do).",
            (13, None, 13, 12, 1, 1, 0),
            id="ascii",
        ),
        pytest.param(
            "TỔNG SỐ ĐẢNG VIÊN: 11. CÓ MẶT: 10. VẮNG: 01 (CÓ LÝ DO).", (11, None, 11, 10, 1, 1, 0), id="upper"
        ),
        pytest.param(
            "Chi bộ có mười tám đảng viên, có mặt mười sáu đồng chí.", (18, None, 18, 16, None, None, None), id="words"
        ),
        pytest.param(
            "Tổng số đảng viên: 25 đồng chí; phải dự: 22; có mặt 19 đồng chí; vắng 4 đồng chí (3 có lý do, 1 "
            "không lý do).",
            (25, 3, 22, 19, 4, 3, 1),
            id="counts-in-brackets",
        ),
        pytest.param(
            "Thu hoạch 48 ha lúa; tặng 45 phần quà cho hộ nghèo.", (None, None, None, None, None, None, None), id="none"
        ),
        pytest.param(
            "Thành phần: tổng số đảng viên 17 đồng chí, có mặt 16 đồng chí, vắng 01 đồng chí\n"
            "có lý do (đồng chí Lâm Thị Kiều đi công tác tại nhà máy ở Bình Định).",
            (17, None, 17, 16, 1, 1, 0),
            id="wrapped-line",
        ),
        pytest.param(
            "Số đảng viên phải dự sinh hoạt: 18 đồng chí; có mặt tại buổi sinh hoạt: 17 đồng chí.",
            (None, None, 18, 17, None, None, None),
            id="expected-written",
        ),
        pytest.param(
            "Đảng viên dự: 11/12 đồng chí; vắng 01 đồng chí có lý do.",
            (12, None, 12, 11, 1, 1, 0),
            id="ratio-of-members",
        ),
        pytest.param(
            "Thành phần: Đảng viên trong chi bộ 24 đ/c, có mặt 20 đ/c, vắng 4 đ/c (3 có lý do, 1 không có lý do).",
            (24, None, 24, 20, 4, 3, 1),
            id="members-in-cell",
        ),
        pytest.param(
            "Có mặt: 16 đồng chí. Vắng mặt: 02 đồng chí (đ/c Trần Văn An: ốm; đ/c Lê Thị Ba: đi công tác).",
            (None, None, None, 16, 2, 2, 0),
            id="every-reason-written",
        ),
        pytest.param(
            "Có mặt: 16 đồng chí. Vắng mặt: 02 đồng chí (đ/c Trần Văn An: ốm; đ/c Lê Thị Ba).",
            (None, None, None, 16, 2, None, None),
            id="one-reason-missing",
        ),
        pytest.param(
            "Số lượng đảng viên: 18 đồng chí. Có mặt: 17. Vắng: 1 (đi làm ăn xa).",
            (18, None, 18, 17, 1, 1, 0),
            id="so-luong-reason-without-cue",
        ),
        pytest.param(
            "ĐV dự 9/11 (vắng: Đào Văn Lợi bệnh, Cao Thị Nết đi biển).",
            (11, None, 11, 9, 2, 2, 0),
            id="ratio-absent-list-bare-reasons",
        ),
        pytest.param(
            "Đảng viên có mặt 15/15 đồng chí.",
            (15, None, 15, 15, 0, 0, 0),
            id="full-ratio-nobody-absent",
        ),
        pytest.param(
            "Có mặt: 7 đồng chí. Vắng: 2 đồng chí (Phí Văn Hậu (ốm), Kiều Thị Nga – thăm gia đình).",
            (None, None, None, 7, 2, 2, 0),
            id="bare-reasons-in-brackets",
        ),
        pytest.param(
            "Tổng số đảng viên: 9. Có mặt: 7. Vắng 2: "
            "đ/c Lục Văn Tài có báo trước, đ/c Mã Thị Hương bận việc gia đình.",
            (9, None, 9, 7, 2, 2, 0),
            id="bare-reasons-after-cues",
        ),
        pytest.param(
            "Tổng số đảng viên: 9. Có mặt: 7.\nVắng mặt: 2 đồng chí\n"
            "- Đ/c Lục Văn Tài: nằm viện\n- Đ/c Mã Thị Hương: không lý do",
            (9, None, 9, 7, 2, 1, 1),
            id="one-reason-one-without",
        ),
        pytest.param(
            "- Đảng viên: tổng số 34 đồng chí (chính thức 32, dự bị 02); miễn sinh hoạt\n"
            "05 đồng chí; có mặt 26 đồng chí; vắng 03 đồng chí có lý do.\nI. PHẦN MỞ ĐẦU",
            (34, 5, 29, 26, 3, 3, 0),
            id="number-wrapped-to-next-line",
        ),
        pytest.param(
            "Tổng số đảng viên: 30 đồng chí (29 chính thức, 01 dự bị); miễn sinh hoạt:\n"
            "06 đồng chí; có mặt: 22 đồng chí; vắng: 02 đồng chí có lý do.",
            (30, 6, 24, 22, 2, 2, 0),
            id="number-after-colon-on-next-line",
        ),
        pytest.param(
            "Buổi lễ có 120 hộ dân tham dự: 120 hộ. Có mặt: 16 ĐV, vắng 2 ĐV (ốm, có lý do).",
            (None, None, None, 16, 2, 2, 0),
            id="present-counts-members-only",
        ),
        pytest.param(
            "Chi bộ có 9 đảng viên, đảng viên có mặt đầy đủ.",  # all 9 who had to attend came
            (9, None, 9, 9, 0, 0, 0),
            id="everyone-present-in-words",
        ),
        pytest.param(
            "Đảng viên có mặt đủ 11/11 đồng chí, không có đồng chí nào vắng.",
            (11, None, 11, 11, 0, 0, 0),
            id="present-du-fraction",
        ),
        pytest.param(
            "ĐV: 13, miễn SH 2, có mặt 10, vắng 1 (đ/c Kiên đi biển, có báo cáo).",
            (13, 2, 11, 10, 1, 1, 0),
            id="terse-dv-label",
        ),
        pytest.param(
            "Đảng viên toàn chi bộ: 41 đồng chí, trong đó miễn sinh hoạt 9 đồng chí.\n"
            "Phải dự: 32. Dự họp: 30. Vắng: 2.",
            (41, 9, 32, 30, 2, None, None),
            id="dang-vien-toan-chi-bo",
        ),
        pytest.param(
            "Đảng viên: tổng số 17 đ/c, không có đ/c nào miễn sinh hoạt. Có mặt 17 đ/c.",
            (17, 0, 17, 17, 0, 0, 0),
            id="no-one-exempt-written-d-c",
        ),
        pytest.param(
            "Dự họp có 12/13 đảng viên; vắng 01 đồng chí là đồng chí Lê Văn Bảy, có lý do.",
            (13, None, 13, 12, 1, 1, 0),
            id="du-hop-co-fraction",
        ),
        pytest.param(
            "Chi bộ hiện có 23 đảng viên. Dự sinh hoạt có 22 đồng chí; vắng 01 đồng chí có lý do.",
            (23, None, 23, 22, 1, 1, 0),
            id="du-sinh-hoat-co",
        ),
        pytest.param(
            "- Đảng viên: 21 đ/c; có mặt 20 đ/c; vắng 1 đ/c không lý do.",
            (21, None, 21, 20, 1, 0, 1),
            id="dang-vien-label-at-line-start",
        ),
        pytest.param(
            "II. THÀNH PHẦN THAM DỰ\n1. Chủ trì: đ/c Lục Văn Bằng.\n2. Đảng viên: tổng số 16 đồng chí, có mặt 15, "
            "vắng 1 (ốm).",
            (16, None, 16, 15, 1, 1, 0),
            id="list-number-under-tham-du-is-no-count",
        ),
        pytest.param(
            "Tổng số đảng viên của chi bộ: 47; số phải dự: 35; hiện diện: 33; vắng: 2 (có lý do).",
            (47, 12, 35, 33, 2, 2, 0),
            id="expected-written-gives-the-exempt",
        ),
        pytest.param(
            "Thành phần: 9/9 đ/c trong chi bộ có mặt, không có đ/c vắng.", (9, None, 9, 9, 0, 0, 0),
            id="all-of-the-cell-present-none-absent",
        ),
        pytest.param(
            "Tổng số đảng viên: 18; có mặt (trực tuyến): 15 đ/c; vắng 2 đ/c có lý do.", (18, None, 18, 15, 2, 2, 0),
            id="present-how-in-brackets",
        ),
        pytest.param(
            "Số đảng viên: 23 - có mặt 20 - vắng 3 (có lý do).", (23, None, 23, 20, 3, 3, 0),
            id="fields-apart-by-dashes",
        ),
        pytest.param(
            "  Đảng viên trong danh sách ......... 31\n  Có mặt ............................ 29\n"
            "  Vắng .............................. 02 (có lý do)", (31, None, 31, 29, 2, 2, 0),
            id="members-on-the-roll-over-dot-leaders",
        ),
        pytest.param(
            "- ĐV 17, có mặt 15, vắng 2 có lý do (đc Y Jút đi rẫy, đc H'Liên ốm)\n- ĐB: đc Lê Văn Hạnh - PCT xã",
            (17, None, 17, 15, 2, 2, 0), id="terse-count-after-a-dash",
        ),
        pytest.param("- Quân số ĐV: 11/12 đ/c, vắng 1 (ốm)", (12, None, 12, 11, 1, 1, 0), id="quan-so-ratio"),
        pytest.param("ĐV 14, dự 12, vắng 2: đc Lò Văn Ên (đi rừng, có báo), đc Cà Văn Pọm (ko lý do)",
                     (14, None, 14, 12, 2, 1, 1), id="du-for-present-ko-for-khong"),
        pytest.param("Tổng số 20, có mặt 16.\n- Vắng mặt: 04 đồng chí, trong đó:\n   + Có lý do (03): TS. Lã Văn Tú "
                     "(dạy ở Đà Nẵng), ThS. Mai Thị Cúc (khảo sát thực địa), đ/c Hồ Văn Tài.\n"
                     "   + Không lý do (01): đ/c Kha Văn Lợi.",
                     (20, None, 20, 16, 4, 3, 1), id="counts-in-brackets-before-the-names"),
        pytest.param("Tổng số 20, có mặt 16, vắng 04 đồng chí, đều có lý do (02 đồng chí ốm, 02 đồng chí đi làm xa).",
                     (20, None, 20, 16, 4, 4, 0), id="a-count-of-reasons-in-brackets-is-not-the-with-count"),
        pytest.param("- TS ĐV: 23 (CT 21, DB 2). Miễn SH: 2 đc. Có mặt 20, vắng 1 (ốm).", (23, 2, 21, 20, 1, 1, 0),
                     id="ts-dv-then-official-and-probationary-in-brackets"),
        pytest.param("ĐV: TS 30 đ/c, miễn SH 3 đ/c, có mặt 25, vắng 2 (ốm).", (30, 3, 27, 25, 2, 2, 0),
                     id="dv-label-then-ts"),
        pytest.param("- TS ĐV 25, miễn SH 2. Có mặt 22, vắng 1 (ốm).", (25, 2, 23, 22, 1, 1, 0),
                     id="ts-dv-without-colon"),
        pytest.param("tổng số đảng viên mười chín đồng chí miễn sinh hoạt một đồng chí phải dự mười tám đồng chí "
                     "có mặt mười bảy đồng chí vắng một đồng chí có lý do", (19, 1, 18, 17, 1, 1, 0),
                     id="dictated-exempt-count-run-on-into-the-expected"),
        pytest.param("tổng số đảng viên ba mươi mốt đồng chí miễn công tác và sinh hoạt đảng ba đồng chí có mặt hai "
                     "mươi sáu đồng chí vắng hai đồng chí có lý do", (31, 3, 28, 26, 2, 2, 0),
                     id="dictated-exempt-after-a-long-label"),
    ],
)
def test_attendance(text, expected):
    assert _att(meeting(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Tổng số đảng viên: 14\nCó mặt: 11\nVắng có lý do (họ tên, lý do): Mùa A Páo (đi nương xa); "
                     "Giàng Thị Mỷ (sinh con)\nVắng không lý do (họ tên): Sùng A Lử\n"
                     "Khai mạc: đ/c Páo tuyên bố lý do.\n",
                     ((14, None, 14, 11, 3, 2, 1), ("Mùa A Páo", "Giàng Thị Mỷ", "Sùng A Lử")),
                     id="names-under-the-two-labels-with-a-forms-hint"),
        pytest.param("Tổng số đảng viên: 14\nCó mặt: 12\n- Vắng có lý do: đ/c Mùa A Páo (đi nương xa)\n"
                     "- Vắng không lý do: đ/c Sùng A Lử\n"
                     "Thảo luận: đ/c Mỷ đề nghị nhắc nhở 3 đảng viên vắng không lý do tháng trước.\n",
                     ((14, None, 14, 12, 2, 1, 1), ("Mùa A Páo", "Sùng A Lử")),
                     id="a-count-said-later-in-the-discussion-is-not-the-meetings"),
        pytest.param("Tổng số đảng viên: 14\nSố có mặt: 13\n"
                     "Số vắng - họ tên và lý do: 1 - đ/c Giàng Thị Mỷ (sinh con)\n",
                     ((14, None, 14, 13, 1, 1, 0), ("Giàng Thị Mỷ",)), id="the-count-column-naming-what-to-write"),
        pytest.param("Tổng số đảng viên: 14\nCó mặt: 12\nVắng: ...02... đ/c\n"
                     "Họ và tên đảng viên vắng mặt, lý do (ghi rõ từng người): đ/c Mùa A Páo – đi nương xa; "
                     "đ/c Giàng Thị Mỷ – sinh con.\n",
                     ((14, None, 14, 12, 2, 2, 0), ("Mùa A Páo", "Giàng Thị Mỷ")), id="a-long-label-over-the-names"),
    ],
)
def test_absences_listed_under_labels(text, expected):
    m = meeting(text)
    assert (_att(m), m.attendance.absentees) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Vắng: 2 (đ/c Trần Văn Bình – đi công tác, đ/c Lê Thị Hoà – ốm).", ("Trần Văn Bình", "Lê Thị Hòa"), id="dc"
        ),
        pytest.param(
            "Vắng 01 đồng chí: đồng chí Thượng úy Nguyễn Văn Quyết, Đại đội trưởng (đi học, có lý do).",
            ("Nguyễn Văn Quyết",),
            id="rank",
        ),
        pytest.param(
            "Vắng mặt: 02 đồng chí:\n+ Đ/c Phạm Văn Lộc: đi làm ăn xa;\n+ Đ/c Võ Thị Tuyết: ốm.\nĐại biểu: không.",
            ("Phạm Văn Lộc", "Võ Thị Tuyết"),
            id="bullets",
        ),
        pytest.param(
            "Vắng: 2 (Trần Văn Bình – ốm; Lê Thị Hoa – đi công tác).", ("Trần Văn Bình", "Lê Thị Hoa"), id="bare-names"
        ),
        pytest.param(
            "Miễn sinh hoạt: 2 (đ/c Phạm Văn Tư, đ/c Đỗ Thị Lành). Có mặt 16. Vắng: 0.", (), id="exempt-not-absent"
        ),
        pytest.param(
            "Vắng mặt: 02 đồng chí (đíc Lương Văn Thắng đi công tác; đ/c Nguyễn Thị Yến ốm).",
            ("Lương Văn Thắng", "Nguyễn Thị Yến"),
            id="ocr-dc",
        ),
        pytest.param(
            "- Đảng viên: tổng số 34 đồng chí (chính thức 32, dự bị 02); miễn sinh hoạt\n"
            "05 đồng chí; phải dự 29 đồng chí; có mặt 26 đồng chí; vắng 02 đồng chí\n"
            "có lý do (đồng chí Phạm Văn Lộc đi công tác tại Cần Thơ; đồng chí Võ Thị\n"
            "Tuyết nằm viện).\nI. PHẦN MỞ ĐẦU",
            ("Phạm Văn Lộc", "Võ Thị Tuyết"),
            id="name-wrapped-over-lines",
        ),
        pytest.param(
            "Có mặt 10/14 đồng chí. Vắng 02 đồng chí, đều có lý do:\n\n+ đ/c Nguyễn Hữu Phúc: đi công tác;\n\n"
            "+ đ/c Đoàn Thị Ny: ốm.\n\nI- MỞ ĐẦU\nĐ/c Bí thư tuyên bố lý do.",
            ("Nguyễn Hữu Phúc", "Đoàn Thị Ny"),
            id="ocr-blank-lines-in-list",
        ),
        pytest.param(
            "Vắng: 1 (đ/c Đỉnh Công Sơn, không lý do).\nĐ/c Đinh Công Sơn tự phê bình. "
            "Đ/c Đinh Công Sơn hứa khắc phục.",
            ("Đinh Công Sơn",),
            id="most-common-spelling",
        ),
        pytest.param(
            "Có mặt 17 đồng chí; vắng 02 đồng chí, trong đó 01 đồng chí có lý do (đồng chí\n"
            "Nguyễn Văn Tư ốm nằm viện Trung ương Huế), 01 đồng chí không lý do\n"
            "(đồng chí Lê Quang Vinh).\n\nII. Nội dung",
            ("Nguyễn Văn Tư", "Lê Quang Vinh"),
            id="bracket-wrapped-to-next-line",
        ),
        pytest.param("Vắng: 1 (đ/c Đỉnh Công Sơn, không lý do).", ("Đinh Công Sơn",), id="ocr-surname-mended"),
        pytest.param("Vắng: 1 (đ/c Lô Văn Páo, ốm).", ("Lô Văn Páo",), id="rare-surname-kept"),
        pytest.param("Vắng: 2 (đ/c Tẩn Láo Lở, đ/c Phàn Thị Mẩy: đi rừng).", ("Tẩn Láo Lở", "Phàn Thị Mẩy"),
                     id="dao-surnames-kept"),
        pytest.param("Vắng: 2 (đ/c Đàng Năng Thọ, đ/c Trượng Thị Kim: đi làm rẫy).",
                     ("Đàng Năng Thọ", "Trượng Thị Kim"), id="cham-surnames-kept"),
        pytest.param(
            "Thành phần: tổng số đảng viên 17 đồng chí, có mặt 16 đồng chí, vắng 01\nđồng chí\n\n"
            "có lý do (đồng chí Lâm Thị Kiều đi công tác tại nhà máy ở Bình Định).",
            ("Lâm Thị Kiều",),
            id="ocr-blank-line-mid-sentence",
        ),
        pytest.param(
            "Vắng: 2 (đ/c Lê Văn An, đ/c Hồ Thị Bé); miễn sinh hoạt: 1 (đ/c Trần Văn Cả).",
            ("Lê Văn An", "Hồ Thị Bé"),
            id="exempt-after-absent",
        ),
        pytest.param("Vắng mặt: 2 đ/c (Đ/c Sáu: ốm; Đ/c Bảy: đi xa).", ("Sáu", "Bảy"), id="given-name-only"),
        pytest.param("Có mặt 9 đ/c, vắng 3 đ/c đều có lý do là các đồng chí Lý Văn Sơn (ốm), Hà Thị Nga (đi học) và "
                     "Trần Thị Liên (con ốm).", ("Lý Văn Sơn", "Hà Thị Nga", "Trần Thị Liên"), id="last-after-va"),
        pytest.param("Có mặt 16, vắng 02 đồng chí có lý do (đ/c Trần Thị Út đi viện, đ/c Lê Văn Sáu bị bệnh). Dự buổi "
                     "sinh hoạt có đồng chí Đặng Văn Phong, Đảng ủy viên.", ("Trần Thị Út", "Lê Văn Sáu"),
                     id="delegate-sentence-after"),
        pytest.param("- Vắng: 02 đồng chí, đều có lý do:\n  + Đ/c Phan Văn Bảo – thực tập ở Khu kinh tế Dung "
                     "Quất, Quảng Ngãi;\n  + Đ/c Lê Thị Châu – ốm.\n", ("Phan Văn Bảo", "Lê Thị Châu"),
                     id="place-in-a-reason"),
        pytest.param("Có mặt 9 đ/c; vắng 3 đ/c có lý do gồm: Trung úy Lê Văn An, Thượng sĩ Nguyễn Văn Hoà, Hạ sĩ "
                     "Võ Văn Tư.", ("Lê Văn An", "Nguyễn Văn Hòa", "Võ Văn Tư"), id="old-tones-in-text-order"),
        pytest.param("Có mặt 12 đ/c, vắng 1 đ/c là đ/c Trần Văn Hai (Hai Lúa) đi cấy thuê ở Long An, có báo.",
                     ("Trần Văn Hai",), id="nickname-in-brackets"),
        pytest.param("Tổng số 20 đ/c. Có mặt 15 đ/c. Vắng 05 đ/c, trong đó:\n  - 02 đ/c được miễn sinh hoạt (Y Bhin "
                     "Niê – 80 tuổi; H'Điệp Êban – ốm nặng);\n  - 03 đ/c vắng có lý do (Y Khem Mlô – đi rẫy xa; "
                     "Đinh Văn Hùng – ốm; Nay Thị Hà – đi học).",
                     ("Y Khem Mlô", "Đinh Văn Hùng", "Nay Thị Hà"), id="exempt-named-inside-the-absent-count"),
        pytest.param(
            "Có mặt 17/19 đồng chí; vắng 02 đồng chí.\n   Vắng có phép: đ/c Tăng Thị Mỹ Dung (đi học), "
            "đ/c Quách Văn Lũy (ốm)\n\nI. Nội dung",
            ("Tăng Thị Mỹ Dung", "Quách Văn Lũy"),
            id="names-on-a-labelled-line-under-the-counts",
        ),
        pytest.param(
            "Có mặt 12 đ/c, vắng 2 đ/c.\nĐảng viên vắng: Kha Văn Tòng, Lữ Thị Bích\nII. NỘI DUNG",
            ("Kha Văn Tòng", "Lữ Thị Bích"),
            id="uncued-names-on-a-labelled-line",
        ),
        pytest.param(
            "Vắng mặt: 04 đ/c. Trong đó: có lý do 03 đ/c (đ/c Chau Sóc Kha đi làm thuê, đ/c Néang Sóc Phia sinh con, "
            "đ/c Nguyễn Văn Út đi khám bệnh); không lý do 01 đ/c (đ/c Lê Văn Cường).",
            ("Chau Sóc Kha", "Néang Sóc Phia", "Nguyễn Văn Út", "Lê Văn Cường"),
            id="khmer-names-not-trong-do",
        ),
        pytest.param(
            "Tổng số 19 đ/c. Có mặt 17 đ/c. Vắng 02 đ/c, có lý do:\n  Đc. Quàng Văn Páo (đi rừng), "
            "Đc. Lò Thị Xuân (ốm).\nChủ trì: đ/c Lường Văn Ơn.",
            ("Quàng Văn Páo", "Lò Thị Xuân"),
            id="dc-with-a-dot-on-the-next-line",
        ),
        pytest.param(
            "Tổng số 19 đ/c. Có mặt 17 đ/c. Vắng 02 đ/c, có lý do:\nQuàng Văn Páo - đi rừng, Lò Thị Xuân - ốm.\n"
            "Chủ trì: đ/c Lường Văn Ơn.",
            ("Quàng Văn Páo", "Lò Thị Xuân"),
            id="uncued-names-on-the-next-line",
        ),
        pytest.param(
            "Tổng số 19 đ/c. Có mặt 17 đ/c. Vắng 02 đ/c, có lý do:\nNội dung sinh hoạt, đ/c Bí thư quán triệt.",
            (),
            id="no-names-after-the-colon",
        ),
        pytest.param(
            "- Đảng viên: tổng số 21 đồng chí; có mặt 18 đồng chí; vắng 03 đồng chí.\n- Điều hành: đồng chí Lò Văn "
            "Sương, Bí thư chi bộ.\n- Người ghi biên bản: đồng chí Cầm Thị Hoa.",
            (),
            id="the-next-label-names-the-chair",
        ),
        pytest.param(
            "Tổng số đảng viên: 19\nCó mặt: 17\nVắng: 2\nVắng có lý do: 2 - Âu Văn Tài (đi viện); Hứa Thị Lụa "
            "(con ốm)\nVắng không lý do: 0",
            ("Âu Văn Tài", "Hứa Thị Lụa"),
            id="count-then-dash-then-names-on-the-reason-line",
        ),
        pytest.param(
            "Tổng số đảng viên: 19\nCó mặt: 17\nVắng: 2\nVắng có lý do: 2 (Âu Văn Tài - đi viện; Hứa Thị Lụa - con ốm)",
            ("Âu Văn Tài", "Hứa Thị Lụa"),
            id="count-then-names-in-brackets-on-the-reason-line",
        ),
        pytest.param(
            "Thành phần: tổng số đảng viên 16 đồng chí; có mặt 15 đồng chí; vắng 01 đồng chí (Trung úy Hà\n"
            "Văn Khoa, có lý do: trực chỉ huy tại chốt).",
            ("Hà Văn Khoa",),
            id="a-name-broken-where-the-line-wraps",
        ),
        pytest.param(
            "- ĐV 17, có mặt 15, vắng 2 có lý do (đc Y Jút đi rẫy, đc H'Liên ốm)\n- ĐB: đc Lê Văn Hạnh - PCT xã",
            ("Y Jút", "H'Liên"), id="the-delegate-line-after-the-absentees",
        ),
        pytest.param(
            "ĐV 20, có mặt 18, vắng 2: đc Lý Văn Tư (đi biển), đc Sơn Thị Mến (ốm)\nDự: đc Danh Út - ĐUV xã",
            ("Lý Văn Tư", "Sơn Thị Mến"), id="the-du-line-after-the-absentees",
        ),
        pytest.param("Có mặt: 30\nVắng: 2\nVắng (ghi họ tên, lý do): Kha Văn Sự - đi học; Lục Thị Vân - ốm",
                     ("Kha Văn Sự", "Lục Thị Vân"), id="a-sheet-column-naming-what-to-write"),
        pytest.param("co mat: 30\nvang: 1\nvang ghi ro ho ten: Kha Văn Sự - đi học",
                     ("Kha Văn Sự",), id="a-database-column-without-diacritics"),
        pytest.param("Có mặt: 30\nVắng: 1\nNgười vắng - lý do: Trung sĩ Kha Văn Sự - đi học (có lý do)",
                     ("Kha Văn Sự",), id="the-absent-and-why-column"),
        pytest.param("Có mặt: 30\nVắng: 1\nLý do vắng: Đ/c Kha Văn Sự - nghỉ phép",
                     ("Kha Văn Sự",), id="the-why-absent-column-naming-who"),
    ],
)
def test_absentees(text, expected):
    assert meeting(text).attendance.absentees == expected


# ---------------------------------------------------------------- delegates


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Đại biểu dự: đồng chí Võ Minh Tâm – Đảng ủy viên, phụ trách Chi bộ.", ("Võ Minh Tâm",), id="one"),
        pytest.param(
            "Đại biểu: đồng chí Trần Quốc Việt – Phó Bí thư Đảng ủy; đồng chí Lê Thị Bích Ngọc – cán bộ Văn "
            "phòng Đảng ủy.",
            ("Trần Quốc Việt", "Lê Thị Bích Ngọc"),
            id="two",
        ),
        pytest.param(
            "Đại biểu tham dự:\n- Đồng chí Nguyễn Hữu Thọ, Đảng ủy viên\n- Đ/c Phạm Thị Hồng, Chủ tịch Hội LHPN",
            ("Nguyễn Hữu Thọ", "Phạm Thị Hồng"),
            id="bullets",
        ),
        pytest.param(
            "Thành phần:\n- Đại biểu Thị ủy: đ/c Khổng Minh Nhật – Trưởng Ban Dân vận Thị ủy.\n- Đại biểu Đảng ủy "
            "phường: đ/c Lục Thị Vân – Đảng ủy viên.\n- Chủ trì: đ/c Tạ Văn Lâm.\nĐại biểu Đảng ủy phát biểu: "
            "đ/c Mạc Văn Đông đồng ý.",
            ("Khổng Minh Nhật", "Lục Thị Vân"),
            id="whose-delegate-before-the-colon",
        ),
        pytest.param(
            "Thành phần:\n- Đại biểu: đ/c Đoàn Văn Khải – Đảng ủy viên.\n- Khách mời: bà Lưu Thị Mận, Chi hội trưởng "
            "Phụ nữ (quần chúng).\n- Chủ trì: đ/c Tạ Văn Lâm.",
            ("Đoàn Văn Khải",),
            id="a-guest-who-is-no-party-member",
        ),
        pytest.param(
            "- Đại biểu: đ/c Lê Quang Vinh, Đảng ủy viên xã; già làng A Thút (người có uy tín trong làng).\n"
            "- Chủ trì: đ/c A Nhiên.",
            ("Lê Quang Vinh", "A Thút"),
            id="a-village-elder-by-his-title",
        ),
        pytest.param("Dự: đc Thạch Sa Rươl - ĐUV, phụ trách ấp\nCT: đc Lâm Văn Tư - BT", ("Thạch Sa Rươl",),
                     id="du-label-of-a-terse-record"),
        pytest.param("Dự: 18/20 đ/c, vắng 2 đ/c (ốm).", (), id="du-label-over-a-count-is-attendance"),
        pytest.param("Về dự có đồng chí Huỳnh Tấn Phát, Phó Bí thư Đảng ủy xã.", ("Huỳnh Tấn Phát",), id="ve-du-co"),
        pytest.param("Về dự với chi bộ có đồng chí Thạch Thị Sa Rết, Đảng ủy viên phụ trách ấp.", ("Thạch Thị Sa Rết",),
                     id="ve-du-voi-chi-bo-co"),
        pytest.param("Có mặt 20 đ/c, vắng 1 đ/c (đ/c Lý Văn Phúc, ốm). Dự và chỉ đạo có đ/c Kha Thị Lan, Phó Bí thư "
                     "Đảng ủy phường.", ("Kha Thị Lan",), id="du-va-chi-dao-co"),
        pytest.param("Thành phần:\nĐại biểu: ....................\nNỘI DUNG SINH HOẠT\n", (), id="blank-form-field"),
        pytest.param(
            "Đại biểu: đồng chí Huỳnh Bá Thành, Đảng ủy viên; bà Lê Thị Bé, Chủ tịch Hội LHPN xã.",
            ("Huỳnh Bá Thành", "Lê Thị Bé"),
            id="ba-inside-name",
        ),
        pytest.param(
            "Dự sinh hoạt có đồng chí Hoàng Minh Đức, Đảng ủy viên, cán bộ phụ trách địa bàn.",
            ("Hoàng Minh Đức",),
            id="du-sinh-hoat-co",
        ),
        pytest.param(
            "Đảng viên dự sinh hoạt:\n- Tổng số đảng viên: 20.\nĐại biểu: không có.", (), id="members-not-delegates"
        ),
        pytest.param("DAI BIEU DU: DONG CHI VU DUC MANH - PHO BI THU DANG UY", ("Vu Duc Manh",), id="ascii-upper"),
        pytest.param(
            "III. THẢO LUẬN\n- Đại biểu Đảng ủy phát biểu: đề nghị đồng chí Lê Văn Tám quan tâm phát triển đảng viên.",
            (),
            id="delegate-speaking-not-a-list",
        ),
        pytest.param(
            "Về dự có đồng chí Lê Văn Tú, Đảng ủy viên phụ trách địa bàn thôn. Chi bộ có 20 đảng viên, vắng 1 đồng "
            "chí là đồng chí Vũ Văn Lực (ốm).",
            ("Lê Văn Tú",),
            id="delegate-sentence-ends-before-the-absentee",
        ),
        pytest.param("Dự và chỉ đạo: đồng chí Mai Văn Sơn - Phó Bí thư Đảng ủy xã.", ("Mai Văn Sơn",),
                     id="du-va-chi-dao-label"),
        pytest.param("Đến dự buổi sinh hoạt có đồng chí Lương Văn Ín, Đảng ủy viên phụ trách bản.", ("Lương Văn Ín",),
                     id="den-du"),
        pytest.param(
            "Chi bộ họp dưới sự chủ trì của đồng chí Lê Văn An, với sự tham dự của đồng chí Tôn Thất Hùng - Đảng ủy "
            "viên phụ trách địa bàn, tổng số đảng viên 20 đồng chí.",
            ("Tôn Thất Hùng",), id="voi-su-tham-du-cua",
        ),
        pytest.param(
            "Đồng chí Hà Văn Khoa chủ trì, có đồng chí Phan Thị Mận - Đảng ủy viên phụ trách chi bộ về dự, tổng số "
            "đảng viên 15 đồng chí.",
            ("Phan Thị Mận",), id="named-before-ve-du",
        ),
        pytest.param(
            "chi bộ họp lúc mười chín giờ. Thành phần đại biểu có đồng chí Rơ Châm Blin phó chủ tịch ủy ban xã, chủ "
            "trì đồng chí Siu Hmơn bí thư chi bộ thư ký đồng chí Lê Thị Nga, tổng số đảng viên mười hai đồng chí.",
            ("Rơ Châm Blin",), id="dictated-delegates-then-chair-and-secretary",
        ),
    ],
)
def test_delegates(text, expected):
    assert meeting(text).delegates == expected


# ---------------------------------------------------------------- vote


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Có mặt: 16. Chi bộ biểu quyết thông qua: 16/16 đồng chí tán thành (đạt 100%).", (16, 0, 16), id="ratio"
        ),
        pytest.param(
            "Có mặt: 16. Biểu quyết: 15 đồng chí nhất trí, 1 đồng chí không tán thành.", (15, 1, 16), id="counts"
        ),
        pytest.param(
            "Có mặt: 16 đồng chí. Chi bộ biểu quyết: 100% đảng viên có mặt nhất trí.", (16, 0, 16), id="percent"
        ),
        pytest.param("Biểu quyết: 22/22 đ/c hiện diện thống nhất (100%).", (22, 0, 22), id="thong-nhat"),
        pytest.param("BQ: 14/14 nhất trí.", (14, 0, 14), id="abbrev"),
        pytest.param(
            "Biểu quyết thông qua nghị quyết: tán thành 17/18, không tán thành 1.", (17, 1, 18), id="label-first"
        ),
        pytest.param("Chi bộ nhất trí 100% với chương trình sinh hoạt.", (None, None, None), id="agenda-not-vote"),
        pytest.param("Chi bộ biểu quyết thông qua kết luận với 15/15 đồng chí tán thành.", (15, 0, 15), id="voi"),
        pytest.param("Chi bộ biểu quyết tán thành kết luận: 8/8 đồng chí.", (8, 0, 8), id="object-before-count"),
        pytest.param("Tán thành: 12 đồng chí; không tán thành: 0; ý kiến khác: 0.", (12, 0, 12), id="three-lines"),
        pytest.param("Có mặt đạt 92%. Chi bộ biểu quyết: 100% đảng viên có mặt nhất trí.", (None, 0, None),
                     id="everyone-agreed-count-unknown"),
        pytest.param("BIỂU QUYẾT: 10/10 ĐỒNG CHÍ CÓ MẶT TÁN THÀNH, ĐẠT 100%.", (10, 0, 10), id="upper"),
        pytest.param(
            "Có mặt: 16. Biên bản được đọc lại, thông qua với 100% đồng chí có mặt nhất trí.",
            (None, None, None),
            id="minutes-read-back-not-a-vote",
        ),
        pytest.param(
            "Có mặt: 7/9 đ/c. Đ/c Bí thư kết luận, thống nhất nghị quyết tháng 02/2026.\nBiểu quyết: nhất trí 100%.",
            (7, 0, 7),
            id="month-of-the-resolution-is-no-ratio",
        ),
        pytest.param(
            "Có mặt: 12. Chi bộ đồng ý nghị quyết quý 4/2023, biểu quyết 12/12 tán thành.", (12, 0, 12),
            id="quarter-of-the-resolution-is-no-ratio",
        ),
        pytest.param("Có mặt: 20 đ/c.\nBiểu quyết: 19/20 đ/c tán thành nghị quyết; 01 đ/c không biểu quyết.",
                     (19, 0, 20), id="one-abstained-none-against"),
        pytest.param("Có mặt: 20 đ/c.\nBiểu quyết: đồng ý 18 đ/c, không đồng ý 02 đ/c.", (18, 2, 20),
                     id="count-of-members-after-yes-without-colon"),
        pytest.param("Có mặt: 20 đ/c.\nChi bộ biểu quyết nhất trí 2 nội dung của nghị quyết.", (None, None, None),
                     id="count-of-contents-is-no-vote"),
        pytest.param("Có mặt: 14 đ/c.\nKết luận: giao chi ủy hoàn thiện nghị quyết.\nChi bộ nhất trí thông qua.",
                     (14, 0, 14), id="adopted-with-one-voice-without-a-count"),
        pytest.param("Có mặt: 14 đ/c.\nKết luận: giao chi ủy hoàn thiện nghị quyết.\nChi bộ cơ bản nhất trí thông qua.",
                     (None, None, None), id="mostly-agreed-is-no-count"),
        pytest.param("Có mặt: 18 đ/c.\nChi bộ biểu quyết thông qua nghị quyết: 18/18 đ/c tán thành.\n"
                     "Chi bộ xét đề nghị kết nạp quần chúng Tô Văn Mạnh: 15/16 đảng viên chính thức có mặt tán thành.",
                     (18, 0, 18), id="a-vote-on-admitting-someone-is-not-the-meetings"),
        pytest.param("Có mặt: 21 đ/c.\n* KL: đc Thịnh KL thống nhất ND\n* BQ: 21/21 nhất trí", (21, 0, 21),
                     id="bq-after-a-star"),
    ],
)
def test_vote(text, expected):
    v = meeting(text).vote
    assert (v.in_favor, v.against, v.voters) == expected


def test_the_place_ends_where_the_next_lower_case_line_begins_its_sentence() -> None:
    m = meeting("BIÊN BẢN HỌP CHI BỘ THÁNG 4/2019\nhồi 19h ngày 12/4/2019, tại nhà văn hóa bản Pắc Ta\n"
                "chi bộ bản Pắc Ta tiến hành họp thường kỳ tháng 4\nchủ trì: đ/c Lò Văn Ban\n")
    assert m.place == "nhà văn hóa bản Pắc Ta"


def test_a_notebooks_counts_set_off_by_dashes_and_its_abbreviated_reasons() -> None:
    a = meeting("BIÊN BẢN HỌP CHI BỘ THÁNG 3\nChi bộ thôn Hòn Cau.\nĐV – 9, có mặt 9, vắng 0\n").attendance
    assert (a.total, a.present, a.absent) == (9, 9, 0)
    a = meeting("BIÊN BẢN HỌP CHI BỘ THÁNG 3\nChi bộ thôn Hòn Cau.\nĐV 14 – có mặt 12 – vắng 2: đ/c Lê Văn Tý "
                "(đi biển, cl/d), đ/c Trần Văn Tèo (kl/d)\n").attendance
    assert (a.total, a.present, a.absent, a.absent_with_reason, a.absent_without_reason) == (14, 12, 2, 1, 1)


def test_dictated_facts_with_no_colons_and_counts_run_on() -> None:
    m = meeting("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 6\nchi bộ làng Đê Tar\nđịa điểm nhà rông làng Đê Tar\n"
                "chi bộ có hai mươi đảng viên miễn sinh hoạt hai đồng chí phải dự mười tám có mặt mười bảy vắng một có "
                "lý do đồng chí Rơ Châm Hlưn đi làm xa\nđồng chí bí thư tuyên bố lý do\n")
    assert m.place == "nhà rông làng Đê Tar"
    a = m.attendance
    assert (a.total, a.exempt, a.expected, a.present, a.absent, a.absent_with_reason) == (20, 2, 18, 17, 1, 1)


@pytest.mark.parametrize("counts", ["ĐV: 9/9 có mặt. Vắng 0.", "Quân số ĐV: 9/9 có mặt, vắng: 0.",
                                    "ĐV\n- TS: 9\n- Có mặt: 9\n- Vắng: 0"])
def test_a_notebooks_counts_as_a_ratio_present_or_a_list_under_a_label(counts: str) -> None:
    a = meeting(f"BIÊN BẢN SINH HOẠT CHI BỘ\nChi bộ Đồn Biên phòng Pa Vây Sử\n{counts}\nBT nêu lý do.\n").attendance
    assert (a.total, a.present, a.absent) == (9, 9, 0)


# ---------------------------------------------------------------- signatures


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Kết thúc.\n\nTHƯ KÝ                     CHỦ TRÌ\n(đã ký)                    (đã ký)\nLê Thị Mai    "
            "             Nguyễn Văn Hùng",
            (True, True),
            id="both",
        ),
        pytest.param(
            "Kết thúc.\n\n        THƯ KÝ                          T/M CHI BỘ\n                                   "
            "BÍ THƯ\n\n"
            "     Lò Văn Thành                     Hà Văn Long",
            (True, True),
            id="tm-chi-bo",
        ),
        pytest.param(
            "Kết thúc.\n\nTHƯ KÝ                     CHỦ TRÌ\n\n\n                           Nguyễn Văn Hùng",
            (True, False),
            id="secretary-unsigned",
        ),
        pytest.param(
            "Kết thúc.\n\nNGƯỜI GHI BIÊN BẢN\nLê Thị Mai\n\nCHỦ TỌA\nNguyễn Văn Hùng", (True, True), id="stacked"
        ),
        pytest.param("Buổi sinh hoạt kết thúc lúc 16 giờ.", (False, False), id="none"),
        pytest.param("Kết thúc.\n   THƯ KÝ                 BÍ THƯ CHI BỘ (CHỦ TRÌ)\n (đã ký)                  (đã ký)\n"
                     "Đỗ Thị Ngọc Ánh            Võ Văn Thành", (True, True), id="role-repeated-in-brackets"),
        pytest.param(
            "Kết thúc.\n\nTHƯ KÝ                       CHỦ TRÌ\n(Ký, ghi rõ họ tên)          (Ký, ghi rõ họ tên)\n",
            (False, False),
            id="template-unsigned",
        ),
        pytest.param("Kết thúc.\nTHƯ KÝ\nCHỦ TRÌ\nLê Thị Mai\nNguyễn Văn Hùng", (True, True), id="stacked-then-names"),
        pytest.param(
            "Kết thúc.\nTHƯ KÝ CHỦ TRÌ\n(Đã ký) (Đã ký)\nLê Thị Mai Nguyễn Văn Hùng",
            (True, True),
            id="ocr-joined-columns",
        ),
        pytest.param(
            "Buổi sinh hoạt kết thúc lúc 16 giờ 05 phút cùng ngày và các đồng chí nhất trí\n"
            "THƯ KÝ                                                 CHỦ TRÌ\n"
            "Lê Thị Mai                                             Nguyễn Văn Hùng",
            (True, True),
            id="long-label-line-not-joined",
        ),
        pytest.param(
            "Kết thúc.\n\nCHỦ TRÌ    THƯ KÝ\n\n(đã ký)\nHồ Văn Lâm\n\n(đã ký)\nPhan Thị Yến\n", (True, True),
            id="side-by-side-labels-columns-read-in-turn",
        ),
        pytest.param("Kết thúc 21h.\nTK                 CT\nĐinh Thị Nở        Kha Văn Lực", (True, True),
                     id="abbreviated-labels"),
        pytest.param("Kết thúc 21h.\nTK\nĐinh Thị Nở\n\nCT\nKha Văn Lực", (True, True), id="abbreviated-stacked"),
        pytest.param("Kết thúc 20g10, thư ký đọc lại BB.\n\nThư ký (đã ký): Mạc Thị Lanh\nChủ trì (đã ký): Vi Văn Tới",
                     (True, True), id="one-line-label-mark-name"),
        pytest.param("Kết thúc 20g10.\nTHƯ KÝ: đã ký - Mạc Thị Lanh\nCHỦ TRÌ: Vi Văn Tới (đã ký)", (True, True),
                     id="one-line-label-then-mark"),
        pytest.param("Chủ trì: đ/c Vi Văn Tới\nThư ký: đ/c Mạc Thị Lanh\nChi bộ bàn việc làm đường.\nKết thúc 21h.",
                     (False, False), id="header-fact-lines-are-no-signatures"),
        pytest.param("Chi bộ thảo luận việc làm đường.\n" * 120 + "Kết thúc 21h.\n\n   THƯ KÝ                 CHỦ TRÌ\n"
                     "   (đã ký)                (đã ký)\n   Lò Thị Mai             Hà Văn Tú\n\n"
                     "PHỤ LỤC: DANH SÁCH ĐẢNG VIÊN DỰ HỌP\nSTT   Họ và tên   Dự\n"
                     + "".join(f"{i}     Đảng viên số {i}   x\n" for i in range(1, 61)),
                     (True, True), id="long-appended-list-after-the-signatures"),
        pytest.param("Kết thúc 21h30.\n\n      THƯ KÝ                          CHỦ TRÌ\n      (đã ký)\n"
                     "   Trần Thị Hồng Vân\n", (False, True), id="four-syllable-name-under-one-label-only"),
        pytest.param("Chi bộ thảo luận việc làm đường.\n" * 8 + "Kết thúc 21h30.\n\nTHƯ KÝ                    CHỦ TRÌ\n"
                     "Mai Thị Én               Lò Văn Ban\n\n"
                     "THÔNG BÁO KẾT LUẬN\ncủa Chi bộ tại kỳ sinh hoạt tháng 5\n1. Thu quỹ.\n\n      T/M CHI BỘ\n"
                     "        BÍ THƯ\n      Lò Văn Ban\n", (True, True), id="conclusion-notice-attached-after"),
        pytest.param("Kết thúc 21h30.\n\nTHƯ KÝ                    CHỦ TRÌ\n(đã ký)                   (đã ký)\n"
                     "Mai Thị Én               Lò Văn Ban\n\n---------------\n(Kèm theo biên bản)\nNGHỊ QUYẾT CHI BỘ "
                     "THÁNG 5\n1. Thu quỹ.\n\n      T/M CHI BỘ\n        BÍ THƯ\n      Lò Văn Ban\n", (True, True),
                     id="resolution-attached-after"),
        pytest.param("Kết thúc 21h30.\nThư ký: Đào Thị Mến (đã ký)      Chủ trì: Lã Văn Hào (đã ký)\n", (True, True),
                     id="one-line-signatures-side-by-side"),
        pytest.param("Kết thúc 21h30.\nTHƯ KÝ (đã ký) Đào Thị Mến        CHỦ TRÌ (đã ký) Lã Văn Hào\n", (True, True),
                     id="label-mark-name-side-by-side"),
        pytest.param("Kết thúc 21h30.\nThư ký: Đào Thị Mến (đã ký)      Chủ trì: Lã Văn Hào\n", (True, True),
                     id="side-by-side-one-name-typed-without-mark"),
        pytest.param("Kết thúc 21h30.\nThư ký: Đào Thị Mến (đã ký)      Chủ trì:\n", (False, True),
                     id="side-by-side-one-left-blank"),
        pytest.param("kết thúc 21h15, tk đọc lại bb.\n\nTK (đã ký) Hà Thị Lụa\nCT (đã ký) Cầm Văn Pọm\n", (True, True),
                     id="abbreviated-label-mark-name-typed-on-a-phone"),
        pytest.param("kết thúc 21h15.\nTK: Hà Thị Lụa (đã ký)\nCT: Cầm Văn Pọm (đã ký)\n", (True, True),
                     id="abbreviated-label-name-mark"),
        pytest.param("CT: đ/c Cầm Văn Pọm (bt)\nTK: Hà Thị Lụa\nchi bộ bàn việc đắp đường.\nkết thúc 21h15.\n",
                     (False, False), id="abbreviated-header-labels-are-no-signatures"),
        pytest.param("Kết thúc 20h50.\n\n      T/KÝ                                  C/TRÌ\n     (đã ký)"
                     "                              (đã ký)\n   Hà Thị Lụa                            Cầm Văn Pọm\n",
                     (True, True), id="notebook-slash-abbreviated-labels"),
        pytest.param("Kết thúc 20h50.\n\nT.ký                    C.trì\nHà Thị Lụa              Cầm Văn Pọm\n",
                     (True, True), id="notebook-dot-abbreviated-labels"),
        pytest.param("Kết thúc 20h50.\nXác nhận: Chủ trì: Lò Văn Ban (đã ký) | Thư ký: Mai Thị Én (đã ký)\n",
                     (True, True), id="sheet-cell-of-both-signatures"),
        pytest.param("Kết thúc lúc 20h50, thông qua biên bản. Thư ký Mai Thị Én (đã ký), chủ trì Lò Văn Ban - đã ký\n",
                     (True, True), id="signatures-told-in-a-sentence"),
        pytest.param("Kết thúc 20h50.\n\nTHƯ KÝ                          CHỦ TRÌ\n"
                     "                                (đã ký)\n                              Lò Văn Ban\n",
                     (True, False), id="secretary-column-left-empty"),
        pytest.param("Kết thúc 20h50.\n\nNgười ghi biên bản\n(ký, ghi rõ họ tên)\n[chữ ký] Mai Thị Én\n"
                     "                                  Chủ trì\n                            (ký, ghi rõ họ tên)\n"
                     "                            [chữ ký] Lò Văn Ban\n", (True, True),
                     id="mark-in-brackets-before-each-name-under-template-hints"),
        pytest.param("Kết thúc 20h50.\nThư ký (ký, ghi rõ họ tên)\tMai Thị Én - đã ký\n"
                     "Chủ trì (ký, ghi rõ họ tên)\tLò Văn Ban - đã ký\n", (True, True),
                     id="sheet-rows-keeping-the-templates-hint"),
        pytest.param("Chi bộ bàn việc nạo vét mương.\nHọp xong lúc 21 giờ.\n\nThư ký   Đinh Thị Gấm"
                     "                 Chủ trì   Vàng A Pử\n", (True, True),
                     id="label-and-name-side-by-side-last-line"),
        pytest.param("Chi bộ bàn việc nạo vét mương.\nHọp xong lúc 21 giờ.\nChủ trì: Vàng A Pử          "
                     "Thư ký: Đinh Thị Gấm\n", (True, True), id="label-colon-name-side-by-side-last-line"),
        pytest.param("Chủ trì: Vàng A Pử          Thư ký: Đinh Thị Gấm\nChi bộ bàn việc nạo vét mương.\n"
                     "Họp xong lúc 21 giờ.\n", (False, False), id="the-same-line-at-the-head-is-a-fact"),
        pytest.param("Họp xong lúc 21 giờ.\n\n🖊 CT Vàng A Pử (đã ký)\n🖊 TK Đinh Thị Gấm (đã ký)\n", (True, True),
                     id="abbreviated-label-name-mark-after-an-emoji"),
        pytest.param("Họp xong lúc 15 giờ.\n\nTHƯ KÝ CHỦ TRÌ\nThiếu úy Đinh Thị Gấm Đại úy Vàng A Pử\n", (True, True),
                     id="ocr-joined-names-each-after-a-rank"),
        pytest.param("Họp xong lúc 15 giờ.\n(Sổ ghi: ô \"Thư ký\" – đã ký, tên Lù Thị Sen; ô \"Chủ trì\" – có chữ ký, "
                     "tên Sùng A Páo.)\n", (True, True), id="a-typists-note-of-both-signatures-in-the-book"),
        pytest.param("Họp xong lúc 15 giờ.\n[Cuối trang: mục THƯ KÝ ký, ghi rõ họ tên Lù Thị Sen; mục CHỦ TRÌ để "
                     "trống, chưa ký.]\n", (False, True), id="a-typists-note-of-a-blank-signature"),
        pytest.param("Họp xong lúc 15 giờ.\n(Đồng chí chủ trì sẽ ký sau khi đi công tác về.)\n\nTHƯ KÝ\n(đã ký)\n"
                     "Lù Thị Sen\n", (False, True), id="a-signature-promised-is-none-yet"),
        pytest.param("Kết thúc: 16 giờ.\n\nChữ ký *\n[x] Chủ trì đã ký bản in: Y Bhim Mlô\n[x] Thư ký đã ký bản in: "
                     "H'Dung Êban\n", (True, True), id="a-forms-boxes-ticked-with-the-names"),
    ],
)
def test_signatures(text, expected):
    s = meeting(text).signatures
    assert (s.chair, s.secretary) == expected


# ---------------------------------------------------------------- printed forms with dotted fill-ins

_FORM = (
    "CHI BỘ BẢN MÒ\nBIÊN BẢN SINH HOẠT CHI BỘ THÁNG ..6.. NĂM 2022\n"
    "- Thời gian: ..19.. giờ ..30.. phút, ngày ..04.. tháng ..06.. năm 2022\n- Địa điểm: {place}\n"
    "- Chủ trì: đồng chí {chair} Chức vụ: Bí thư chi bộ\n"
    "- Tổng số đảng viên: ..15.. đồng chí; miễn sinh hoạt: ..01.. đồng chí\n- Có mặt: {present} đồng chí\n"
    "Biểu quyết: tán thành ..13../..13.. đồng chí.\nBuổi sinh hoạt kết thúc lúc ..21.. giờ ..00.. phút cùng ngày."
)


@pytest.mark.parametrize(
    ("fills", "expected"),
    [
        pytest.param(
            {"place": "....Nhà văn hóa bản....", "chair": "....Lò Văn Sơn....", "present": "..13.."},
            ("Nhà văn hóa bản", "Lò Văn Sơn", "19:30", "21:00", 15, 1, 13, 13),
            id="filled",
        ),
        pytest.param(
            {"place": "………………………", "chair": "…………………", "present": "……"},
            (None, None, "19:30", "21:00", 15, 1, None, 13),
            id="left-blank",
        ),
        pytest.param(
            {"place": "Hội trường xóm", "chair": "Lò Văn Sơn", "present": "13"},
            ("Hội trường xóm", "Lò Văn Sơn", "19:30", "21:00", 15, 1, 13, 13),
            id="typed-over",
        ),
    ],
)
def test_dotted_form(fills, expected):
    m = read_meeting(normalize(_FORM.format(**fills)).text)
    a = m.attendance
    assert (m.place, m.chair, m.start_time, m.end_time, a.total, a.exempt, a.present, m.vote.in_favor) == expected


def test_label_value_cells_one_per_line():
    text = (
        "CHI BỘ TỔ DÂN PHỐ 9\nBIÊN BẢN SINH HOẠT CHI BỘ THÁNG 8 NĂM 2022\n\nThời gian\n7 giờ 30 phút, ngày 7/8/2022\n"
        "Địa điểm\nNhà sinh hoạt cộng đồng tổ 9\nChủ trì\nĐồng chí Bế Văn Lâm, Bí thư\nThư ký\nĐồng chí Nông Thị Én\n"
        "Tổng số đảng viên\n31\nMiễn sinh hoạt\n04\nCó mặt\n24\nVắng có lý do\n"
        "03 (đ/c Hầu Văn Pó - đi viện; đ/c Ma Thị Dế - con ốm; đ/c Lý Văn Sình - công tác)\nVắng không lý do\n0\n"
        "Buổi sinh hoạt kết thúc lúc 9 giờ 30 phút cùng ngày.\n\nTHƯ KÝ\nCHỦ TRÌ\nNông Thị Én\nBế Văn Lâm"
    )
    m = read_meeting(normalize(text).text)
    a = m.attendance
    assert (m.start_time, m.place, m.chair, m.secretary) == (
        "07:30", "Nhà sinh hoạt cộng đồng tổ 9", "Bế Văn Lâm", "Nông Thị Én"
    )
    assert (a.total, a.exempt, a.expected, a.present, a.absent, a.absent_with_reason, a.absent_without_reason) == (
        31, 4, 27, 24, 3, 3, 0
    )
    assert a.absentees == ("Hầu Văn Pó", "Ma Thị Dế", "Lý Văn Sình")


def test_signature_labels_in_sentence_case_are_no_cells():
    text = "BIÊN BẢN SINH HOẠT CHI BỘ\nCó mặt: 9 đồng chí.\n\nThư ký\nChủ trì\n\nNông Thị Én\nBế Văn Lâm"
    m = read_meeting(normalize(text).text)
    assert m.chair != "Nông Thị Én" and m.secretary != "Chủ trì"


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        pytest.param(
            "Tổng số    Miễn SH    Phải dự    Có mặt    Vắng CLD    Vắng KLD\n   33     02     31     27     03     01",
            (33, 2, 31, 27, 4, 3, 1),
            id="header-over-numbers",
        ),
        pytest.param(
            "| Tổng số đảng viên | Có mặt | Vắng có lý do | Vắng không lý do |\n| 12 | 11 | 1 | 0 |",
            (12, None, 12, 11, 1, 1, 0),
            id="pipe-table",
        ),
        pytest.param(
            "Đảng viên\t\tCó mặt\tVắng\t\nTổng số\tMiễn SH\t\tCó LD\tKhông LD\n28\t3\t22\t2\t1",
            (28, 3, 25, 22, 3, 2, 1),
            id="spreadsheet-header-in-two-rows",
        ),
        pytest.param(
            "Tổ đảng     Tổng số   Có mặt   Vắng CLD   Vắng KLD\nTổ 1            9        8        1          0\n"
            "Tổ 2            8        8        0          0\n---------------------------------------------------\n"
            "Cộng           17       16        1          0",
            (17, None, 17, 16, 1, 1, 0),
            id="groups-summed-under-a-ruled-line",
        ),
        pytest.param(
            "| Tổ đảng | Tổng số | Miễn SH | Có mặt | Vắng có LD | Vắng không LD |\n|---|---|---|---|---|---|\n"
            "| Tổ 1 | 12 | 3 | 8 | 1 | 0 |\n| Tổ 2 | 10 | 1 | 8 | 0 | 1 |\n| Toàn CB | 22 | 4 | 16 | 1 | 1 |",
            (22, 4, 18, 16, 2, 1, 1),
            id="groups-in-a-bar-table-summed-for-the-whole-cell",
        ),
    ],
)
def test_attendance_columns(table, expected):
    a = read_meeting(normalize("BIÊN BẢN SINH HOẠT CHI BỘ\nTình hình đảng viên:\n" + table + "\n").text).attendance
    assert (a.total, a.exempt, a.expected, a.present, a.absent, a.absent_with_reason, a.absent_without_reason) == (
        expected
    )


@pytest.mark.parametrize("name", ["Quàng Thị Hoa", "Vì Văn Chung", "Cà Văn Thương", "Vừ A Sùng"])
def test_rare_surnames_kept(name):
    assert read_meeting(normalize(f"BIÊN BẢN SINH HOẠT CHI BỘ\nChủ trì: đồng chí {name}.").text).chair == name


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param(
            "Kết luận: thống nhất các nội dung.\n11/11 đồng chí có mặt giơ tay biểu quyết tán thành.", id="gio-tay"
        ),
        pytest.param("Biểu quyết: 11/11 đồng chí có mặt lúc biểu quyết tán thành.", id="co-mat-luc-bieu-quyet"),
        pytest.param("Đồng chí chủ trì kết luận các nội dung trên. Chi bộ nhất trí 100%.", id="nhat-tri-100-after"),
        pytest.param("Nghị quyết tháng được biểu quyết thông qua với tỷ lệ 100%.", id="thong-qua-ty-le"),
        pytest.param("Chi bộ biểu quyết thông qua kết luận, không có ý kiến khác.", id="khong-y-kien-khac"),
    ],
)
def test_vote_wordings(closing):
    text = "BIÊN BẢN SINH HOẠT CHI BỘ\nCó mặt: 11 đồng chí; vắng: 0.\nThông qua chương trình: nhất trí.\n" + closing
    assert read_meeting(normalize(text).text).vote == Vote(11, 0, 11)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Tổng số đảng viên: 22 đồng chí, trong đó 03 đồng chí tuổi cao, sức yếu được miễn sinh hoạt. "
            "Có mặt: 18 đồng chí. Vắng: 1 đồng chí có lý do.",
            (22, 3, 19, 18, 1),
            id="exempt-in-prose",
        ),
        pytest.param(
            "Tổng số đảng viên: 22; miễn công tác và sinh hoạt đảng: 3; có mặt: 18; vắng: 1 (có lý do).",
            (22, 3, 19, 18, 1),
            id="exempt-label-colon",
        ),
        pytest.param(
            "Tổng số đảng viên 22 đồng chí. Có mặt 18 đồng chí. Vắng 4 đồng chí, trong đó 03 đồng chí được miễn "
            "sinh hoạt, 01 đồng chí có lý do.",
            (22, 3, 19, 18, 1),
            id="exempt-counted-among-absent",
        ),
        pytest.param(
            "Tổng số đảng viên 22 đồng chí. Có mặt 21 đồng chí. Vắng 1 đồng chí có lý do. Đồng chí Thân Văn Tý "
            "được miễn sinh hoạt từ tháng 5 năm 2023.",
            (22, None, 22, 21, 1),
            id="month-is-no-exempt-count",
        ),
        pytest.param(
            "Tổng số đảng viên: 12. Có mặt: 11. Vắng 1. Miễn sinh hoạt 25 hộ.",
            (12, None, 12, 11, 1),
            id="implausible-exempt",
        ),
        pytest.param(
            "Tổng số đảng viên: 12. Có mặt: 31 đồng chí. Vắng: 1.",
            (12, None, 12, None, 1),
            id="implausible-present",
        ),
        pytest.param(
            "- Tổng số đảng viên: 26 đồng chí; chính thức 25 đồng chí; dự bị 01 đồng chí\n"
            "- Số đảng viên được miễn sinh hoạt: 03 đồng chí\n- Có mặt: 21 đồng chí\n- Vắng mặt: 02 đồng chí",
            (26, 3, 23, 21, 2),
            id="count-on-line-above-is-not-exempt",
        ),
        pytest.param(
            "Chi bộ có 18 đảng viên trong đó miễn sinh hoạt 2 đồng chí. Có mặt 15 đồng chí, vắng 1 đồng chí.",
            (18, 2, 16, 15, 1),
            id="total-before-trong-do-is-not-exempt",
        ),
    ],
)
def test_exempt_and_plausibility(text, expected):
    a = read_meeting(normalize("BIÊN BẢN SINH HOẠT CHI BỘ\n" + text).text).attendance
    assert (a.total, a.exempt, a.expected, a.present, a.absent) == expected
    assert a.expected is None or a.expected >= 0


def test_member_table_one_cell_per_line():
    rows = [
        ("1", "Nguyễn Văn Khoa", "Có mặt", ""), ("2", "Lê Thị Bưởi", "Vắng có lý do", "Ốm"),
        ("3", "Trần Văn Cừ", "Có mặt", ""), ("4", "Phạm Văn Dậu", "Vắng", ""), ("5", "Hồ Thị Én", "Có mặt", ""),
        ("6", "Đỗ Văn Phát", "Vắng", "đi học"),
    ]
    table = "\n".join("\n".join(r) for r in rows)
    text = f"BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 3/2024\nNgày 4/3/2024\nSTT\nHọ và tên\nTình trạng\nGhi chú\n{table}\n"
    a = read_meeting(normalize(text).text).attendance
    assert (a.total, a.present, a.absent, a.absent_with_reason, a.absent_without_reason) == (6, 3, 3, 2, 1)
    assert a.absentees == ("Lê Thị Bưởi", "Phạm Văn Dậu", "Đỗ Văn Phát")


def test_cued_and_uncued_absentees():
    text = "BIÊN BẢN SINH HOẠT CHI BỘ\nCó mặt 7/9; vắng 02 đồng chí: Kha Văn Út (đi học), Lạc Thị Vân (không báo)."
    a = read_meeting(normalize(text).text).attendance
    assert (a.absentees, a.absent_with_reason, a.absent_without_reason) == (("Kha Văn Út", "Lạc Thị Vân"), 1, 1)


def test_year_tail_is_no_count():
    text = (
        "BIÊN BẢN SINH HOẠT CHI BỘ\nThời gian: 7 giờ 30 phút sáng ngày 6/4/2024\n"
        "Đảng viên vắng: 2 (đ/c Lừ ốm; đ/c Bảy có báo trước)"
    )
    a = read_meeting(normalize(text).text).attendance
    assert (a.absent, a.absent_with_reason) == (2, 2)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        pytest.param(
            "Ngày 5/3/2024, tại Nhà văn hóa ấp Bình Lợi, Chi bộ ấp Bình Lợi tổ chức sinh hoạt thường kỳ tháng 3.\n"
            "Có mặt 10 đồng chí, vắng 1 đồng chí (đ/c Lê Văn Tư đi khám bệnh tại Bệnh viện tỉnh).",
            "Nhà văn hóa ấp Bình Lợi",
            id="opening-sentence",
        ),
        pytest.param(
            "Hồi 19g30, Chi bộ họp thường kỳ.\nVắng 1 đồng chí: đ/c Võ Văn Sơn đi học tại Trường Chính trị tỉnh.",
            None,
            id="only-an-absence-reason",
        ),
    ],
)
def test_place_never_from_an_absence(text, place):
    assert read_meeting(normalize("BIÊN BẢN SINH HOẠT CHI BỘ\n" + text).text).place == place


# ---------------------------------------------------------------- robustness and speed


def test_unknown_stays_none():
    m = meeting("Một văn bản không có thông tin gì về cuộc họp.")
    assert (m.type, m.organization, m.date, m.start_time, m.chair, m.attendance.total, m.vote.in_favor) == (
        None,
        None,
        None,
        None,
        None,
        None,
        None,
    )


def test_long_text_stays_linear():
    page = (
        "Chủ trì: đồng chí Nguyễn Văn Hùng. Vắng: 2 (đ/c Trần Văn Bình – ốm; đ/c Lê Thị Hoa – đi công tác).\n"
        + "- Đồng chí Ngô Văn Sáu phát biểu, đề nghị tăng cường tuần tra ban đêm ở hẻm 45, thu 22.500.000 đồng.\n" * 30
    )
    text = normalize("BIÊN BẢN\n" + page * 20).text  # about 40 pages
    t0 = time.process_time()
    read_meeting(text)
    # a guard against catastrophic backtracking (seconds to minutes), not a speed figure: see bench/bench_analyze.py
    assert time.process_time() - t0 < 2.0


def test_emphasis_typed_as_marks_is_read_through() -> None:
    from nlp.analyze import analyze

    text = ("ĐẢNG BỘ CÔNG TY CẤP NƯỚC\nCHI BỘ PHÒNG KỸ THUẬT\n\n**BIÊN BẢN**\n**SINH HOẠT CHI BỘ THÁNG 3 NĂM 2024**\n\n"
            "**Thời gian:** 15 giờ, ngày 26/3/2024.\n**Chủ trì:** đ/c Lại Văn Hùng.\n__Thư ký:__ đ/c Mạc Thị Yên.\n")
    r = analyze(text)
    assert r.is_minutes
    assert (r.meeting.date, r.meeting.start_time, r.meeting.chair, r.meeting.secretary) == (
        "2024-03-26", "15:00", "Lại Văn Hùng", "Mạc Thị Yên")


def test_attendance_added_at_the_end_of_the_record() -> None:
    filler = "Đồng chí Bí thư đánh giá kết quả tháng 5: các tổ hoàn thành chỉ tiêu thu quỹ, sửa đường nội thôn. " * 30
    text = ("CHI BỘ THÔN ĐÔNG\nBIÊN BẢN SINH HOẠT CHI BỘ THÁNG 6 NĂM 2023\n" + filler +
            "\nGhi bổ sung phần đầu buổi: tổng số đảng viên 19 đ/c, có mặt 17 đ/c, vắng 2 đ/c có lý do.\n")
    a = read_meeting(normalize(text).text).attendance
    assert (a.total, a.present, a.absent, a.absent_with_reason) == (19, 17, 2, 2)


def test_delegate_is_no_absentee() -> None:
    text = ("Có mặt 20 đ/c, vắng 1 đ/c (đ/c Lý Văn Phúc, ốm). Dự và chỉ đạo có đ/c Kha Thị Lan, Phó Bí thư "
            "Đảng ủy phường.\n")
    assert meeting(text).attendance.absentees == ("Lý Văn Phúc",)


def test_labels_side_by_side_on_one_line() -> None:
    m = meeting("Chủ trì: đ/c Thái Văn Bảy - BT          Thư ký: đ/c Lò Thị Thu Hằng\n")
    assert (m.chair, m.secretary) == ("Thái Văn Bảy", "Lò Thị Thu Hằng")


def test_place_stops_before_an_aside_on_the_next_line() -> None:
    text = ("Địa điểm: nhà đồng chí Huỳnh Văn Lực, tổ 2 ấp Phước Lợi\n"
            "(Hội trường ấp đang sửa chữa nên chi bộ họp tại nhà đồng chí Bí thư.)\n")
    assert meeting(text).place == "nhà đồng chí Huỳnh Văn Lực, tổ 2 ấp Phước Lợi"


def test_terse_place_label() -> None:
    assert meeting("- TG: 13:30, ngày 13/3/2026\n- ĐĐ: phòng họp nhỏ xưởng dập\n").place == "phòng họp nhỏ xưởng dập"


def test_parent_wrapped_under_the_motto_column() -> None:
    text = ("ĐẢNG BỘ SỞ GIAO THÔNG VẬN TẢI                  ĐẢNG CỘNG SẢN VIỆT NAM\n"
            "        TỈNH BẮC KẠN\n   CHI BỘ PHÒNG QUẢN LÝ VẬN TẢI              Bắc Kạn, ngày 20 tháng 9 năm 2024\n"
            "              *\n\n                   BIÊN BẢN\n         SINH HOẠT CHI BỘ THÁNG 9/2024\n")
    m = meeting(text)
    assert (fold_key(m.organization), fold_key(m.parent)) == (
        fold_key("Chi bộ Phòng Quản lý Vận tải"), fold_key("Đảng bộ Sở Giao thông Vận tải tỉnh Bắc Kạn"))


def test_vote_count_in_brackets_after_the_percentage() -> None:
    # the count written is what the minutes say, even beyond those present (so vote_count can tell)
    m = meeting("Có mặt: 21 đ/c. Vắng: 1 đ/c.\nBiểu quyết: Chi bộ nhất trí 100% (22/22 đ/c).\n")
    assert (m.vote.in_favor, m.vote.against, m.vote.voters) == (22, 0, 22)


def test_cell_named_only_where_its_members_are_counted() -> None:
    text = ("BIÊN BẢN\nSinh hoạt chuyên đề tháng 3 năm 2026\n\nTối ngày 12/3/2026, bắt đầu 19 giờ.\n"
            "Chi bộ thôn Nậm Cang có 11 đ/c. Có mặt 10 đ/c. Vắng 1 đ/c (đi nương).\n")
    m = meeting(text)
    assert (m.organization, m.attendance.total, m.attendance.present) == ("Chi bộ thôn Nậm Cang", 11, 10)


@pytest.mark.parametrize(("who", "name"), [("đ/c Kiểm sát viên Trịnh Văn Cao", "Trịnh Văn Cao"),
                                           ("đ/c Thẩm phán trung cấp Lê Thị Mỹ", "Lê Thị Mỹ")])
def test_judicial_titles_are_no_part_of_the_name(who: str, name: str) -> None:
    assert meeting(f"Có mặt: 11 đồng chí. Vắng: 01 đồng chí ({who} đi học, có lý do).\n").attendance.absentees == (
        name,)


def test_place_line_is_whole_before_the_chair_sentence() -> None:
    text = ("Vào hồi 14h00 ngày 20/5/2023, Chi bộ Phòng Kế hoạch họp thường kỳ tháng 5.\n"
            "Địa điểm: Phòng họp số 2, tầng 4, trụ sở chính của Trung tâm Quan trắc môi trường tỉnh\n"
            "Chủ trì là đồng chí Lê Văn Tín, Bí thư Chi bộ; thư ký là đồng chí Đỗ Thị Hà.\n")
    assert meeting(text).place == "Phòng họp số 2, tầng 4, trụ sở chính của Trung tâm Quan trắc môi trường tỉnh"


def test_delegate_in_a_long_opening_sentence_before_the_counts() -> None:
    text = ("Chủ trì là đồng chí Ngô Văn Lý, thư ký là đồng chí Tạ Thị Hoa, và dự họp có đồng chí Đinh Văn Phúc, "
            "Đảng ủy viên xã, đồng thời chi bộ có 20 đảng viên, có mặt 19, vắng 1 là đồng chí Hà Văn Tư (ốm).\n")
    m = meeting(text)
    assert (m.delegates, m.attendance.absentees) == (("Đinh Văn Phúc",), ("Hà Văn Tư",))


def test_times_written_only_in_the_last_sentence() -> None:
    filler = "Đồng chí Bí thư thông tin thời sự trong nước và trong tỉnh, chi bộ nghe và thảo luận. " * 40
    text = filler + "\nBuổi sinh hoạt bắt đầu hồi 19 giờ 15 phút, kết thúc hồi 21 giờ 05 phút cùng ngày.\n"
    m = meeting(text)
    assert (m.start_time, m.end_time, m.duration_minutes) == ("19:15", "21:05", 110)


def test_vote_is_no_count_of_those_present() -> None:
    filler = "Đồng chí Bí thư đánh giá kết quả tháng 6 của khu dân cư, các tổ hoàn thành chỉ tiêu. " * 30
    text = (filler + "\nBiểu quyết thông qua Nghị quyết tháng 7: 29/29 đ/c có mặt tán thành.\n" + filler +
            "\nTình hình đảng viên: tổng số 40; miễn SH 8; phải dự 32; có mặt 29; vắng 3 (có lý do).\n")
    a = meeting(text).attendance
    assert (a.total, a.exempt, a.expected, a.present, a.absent) == (40, 8, 32, 29, 3)


def test_place_naming_a_head_office_is_whole() -> None:
    m = meeting("Địa điểm: Phòng họp 502, tầng 5, Hội sở chính, số 12 Lý Thái Tổ\n")
    assert m.place == "Phòng họp 502, tầng 5, Hội sở chính, số 12 Lý Thái Tổ"


@pytest.mark.parametrize("after", ["Ngày 05/9/2022, đồng chí Mạc Văn Tài đã chuyển sinh hoạt đi Chi bộ Cảng.",
                                   "Trong tháng chi bộ tiếp nhận đồng chí Mạc Văn Tài, chuyển sinh hoạt đến."])
def test_member_moving_in_or_out_is_no_absentee(after: str) -> None:
    text = "Có mặt 20 đồng chí; vắng 01 đồng chí có lý do: đồng chí Hứa Thị Lê (ốm). " + after + "\n"
    assert meeting(text).attendance.absentees == ("Hứa Thị Lê",)


def test_nobody_exempt_before_a_free_clinic_and_nobody_absent_before_names() -> None:
    m = meeting("Đảng viên: tổng số 11 đ/c; miễn sinh hoạt: không; có mặt: 11 đ/c; vắng 0.\n"
                "- Chủ trì: Thượng úy Võ Thành Nhân – Bí thư Chi bộ.\n"
                "Phối hợp trạm y tế khám, cấp thuốc miễn phí cho 150 người dân.\n")
    a = m.attendance
    assert (a.exempt, a.expected, a.absent, a.absentees) == (0, 11, 0, ())


def test_terse_exempt_in_brackets_and_a_list_ending_before_labelled_parts() -> None:
    text = ("Tổng số ĐV: 25 (miễn SH 03)\nCó mặt: 20\n- ĐV vắng 02 (có lý do):\n"
            "   + Thượng úy Lê Văn Bình - đi công tác\n   + Trung sĩ Trần Văn Tiến - nghỉ phép\n\n"
            "* Mở đầu: đ/c Thái tuyên bố lý do.\n\n* Thông tin thời sự: (đ/c Hà)\n")
    a = meeting(text).attendance
    assert (a.exempt, a.expected, a.absentees) == (3, 22, ("Lê Văn Bình", "Trần Văn Tiến"))


def test_absence_sentence_ends_before_the_chair_is_named() -> None:
    text = ("Chi bộ có 15 đảng viên; có mặt 14, vắng 1 là đồng chí Hồ Văn Đức đi viện, có báo cáo chi ủy. Đồng chí "
            "Nguyễn Văn Thuận, Bí thư chi bộ, chủ trì.\n")
    assert meeting(text).attendance.absentees == ("Hồ Văn Đức",)


def test_place_labelled_tai() -> None:
    assert meeting("Bắt đầu: 13 giờ 30'. Ngày 28/11/2018\nTại: Hội trường Văn phòng Nông trường.\n").place == (
        "Hội trường Văn phòng Nông trường")


def test_terse_vote_label_and_a_dash_after_the_cue() -> None:
    m = meeting("Có mặt 14 đ/c. Vắng: 01 đồng chí – TS. Đoàn Văn Khôi, dự hội thảo tại Seoul (Hàn Quốc), có báo cáo.\n"
                "6/ KL: thống nhất.\n7/ BQ: 14/14 nhất trí.\n")
    assert (m.attendance.absentees, m.vote.in_favor, m.vote.voters) == (("Đoàn Văn Khôi",), 14, 14)


def test_place_after_hop_dinh_ky_far_from_the_time() -> None:
    text = ("Vào lúc 14 giờ 00 ngày 06 tháng 9 năm 2022, Chi bộ Hợp tác xã Dịch vụ nông nghiệp Thanh Bình họp định kỳ "
            "tháng 9 tại văn phòng Hợp tác xã.\n")
    assert meeting(text).place == "văn phòng Hợp tác xã"


@pytest.mark.parametrize("text", [
    "Thành phần: Tổng số đảng viên 12 đ/c (không có đảng viên được miễn sinh hoạt). Có mặt 11 đ/c. Vắng 01\n"
    "đ/c có lý do: đ/c Võ Thị Thanh Hằng (nghỉ thai sản).\n",
    "   - Tổng số đảng viên của chi bộ: 12 đồng chí; có mặt: 11 đồng chí; vắng: 01 đồng chí (đồng chí Đại úy\n"
    "     Võ Thị Thanh Hằng đi công tác tại đảo, có lý do).\n",
    "Đảng viên phải dự 12 đồng chí; có mặt 11 đồng chí; vắng mặt 01 đồng chí, có lý do:\n"
    "đồng chí Võ Thị Thanh Hằng (ốm, đang điều trị tại bệnh viện).\n",
])
def test_absentee_on_the_line_after_the_count(text: str) -> None:
    a = meeting(text).attendance
    assert (a.absent, a.absent_with_reason, a.absentees) == (1, 1, ("Võ Thị Thanh Hằng",))


def test_numbered_absentees_under_the_count() -> None:
    text = ("Đảng viên: tổng số 20 đồng chí; có mặt 18 đồng chí; vắng mặt 02 đồng chí (đều có lý do):\n"
            "  1. Đ/c Huỳnh Văn Lợi – Phó Chủ tịch UBND xã: dự lớp bồi dưỡng;\n"
            "  2. Đ/c Ngô Thị Vy – công chức Tư pháp: nghỉ thai sản.\n\nPHẦN THỨ NHẤT: MỞ ĐẦU\n")
    assert meeting(text).attendance.absentees == ("Huỳnh Văn Lợi", "Ngô Thị Vy")


def test_two_lines_of_counts_stay_apart() -> None:
    a = meeting("Tong so dang vien: 23 đ/c, mien sinh hoat 3 đ/c, phai du 20 đ/c\n"
                "Có mặt 18 đ/c, vắng 2 đ/c có lý do (đ/c Hà Văn Tâm đi làm ăn xa, đ/c Đinh Thị Nga ốm)\n").attendance
    assert (a.total, a.exempt, a.expected, a.present, a.absent) == (23, 3, 20, 18, 2)


def test_expected_written_with_la() -> None:
    a = meeting("Chi bộ hiện có 21 đảng viên, trong đó đồng chí Nguyễn Khắc Toàn được miễn sinh hoạt đảng. "
                "Số đảng viên phải dự là 20 đồng chí; có mặt 19 đồng chí; vắng 01 đồng chí có lý do.\n").attendance
    assert (a.total, a.exempt, a.expected, a.present, a.absent) == (21, 1, 20, 19, 1)


def test_one_reason_for_several_absentees_on_a_line() -> None:
    text = ("ĐV: tổng 20, có mặt 16, vắng 4:\n - đ/c Lê Văn Hải, đ/c Ngô Thị Trang: trực cấp cứu (có LD)\n"
            " - đ/c Đào Thị Quyên: nghỉ ốm (có LD)\n - đ/c Mạc Văn Đức: không LD\n\nI. NỘI DUNG\n")
    a = meeting(text).attendance
    assert (a.absent, a.absent_with_reason, a.absent_without_reason) == (4, 3, 1)


def test_nobody_absent_before_a_later_absence_in_the_review_and_a_terse_end() -> None:
    m = meeting("Hôm nay ngày 12/4/2018, lúc 19h15.\nĐV: tổng số 9, có mặt 9/9, vắng: không.\n"
                "- Huấn luyện DQ: 28/30 chiến sĩ tham gia. 02 đ/c vắng do đi biển.\nHết 21h05.\n")
    assert (m.attendance.absent, m.attendance.absentees, m.end_time) == (0, (), "21:05")


REASONS_WRITTEN = [
    pytest.param(
        "Tổng số 22 đảng viên, có mặt 19. Vắng 3 đồng chí: đồng chí Võ Văn Tám và đồng chí Lê Thị Hồng đi làm "
        "xa ở Đồng Nai, có báo cáo; đồng chí Huỳnh Văn Lực vắng không có lý do.\n",
        (3, 2, 1), id="one-reason-for-two-names-joined-by-va",
    ),
    pytest.param(
        "Tổng số: 16 đảng viên. Có mặt: 14.\nVắng có lý do: 02 đ/c (đ/c Bùi Văn Kiên – đi tập huấn, "
        "đ/c Lò Thị Xuân – ốm).\n",
        (2, 2, 0), id="only-the-with-reason-line",
    ),
    pytest.param(
        "Có mặt: 11/14 đ/c. Vắng: 03 (01 đ/c đi rẫy xa, 02 đ/c đi viện ở Pleiku), tất cả đã báo trước cho chi ủy.\n",
        (3, 3, 0), id="all-told-beforehand",
    ),
    pytest.param(
        "Tổng số 12 đv; có mặt 9; vắng 3 (đ/c Mai Văn Hiếu - đi CT Hà Giang, đ/c Tạ Thị Lan - ốm, "
        "đ/c Kiều Văn Tú - nghỉ phép).\n",
        (3, 3, 0), id="abbreviated-business-trip",
    ),
    pytest.param("Tổng số 9. Có mặt 8. Vắng 1: đ/c Hồ Văn Lai – đi hội thảo ở Cần Thơ, có BC.\n", (1, 1, 0),
                 id="co-bc"),
    pytest.param("Tổng số: 14. Có mặt: 12.\nVắng: 02 đ/c, gồm:\n  + đ/c YS. Hà Thị Nụ: nghỉ sau ca trực đêm;\n"
                 "  + đ/c ThS. Vi Văn Toàn: coi thi tốt nghiệp tại huyện.\n", (2, 2, 0),
                 id="school-and-clinic-reasons"),
    pytest.param(
        "Tổng số: 18. Có mặt: 17.\n+ Vắng: 01 đồng chí có lý do - ThS.BS Lê Thị Ngọc Hân (đi tập huấn ở Huế).\n",
        (1, 1, 0), id="absentee-after-a-dash-with-a-title",
    ),
    pytest.param(
        "Tổng số 30, có mặt 27, vắng 03 đồng chí trực ca đêm (đ/c Mẫn Văn Hòa, đ/c Khổng Văn Tài, đ/c Đàm Thị Yến).\n",
        (3, 3, 0), id="one-reason-before-the-names",
    ),
]


@pytest.mark.parametrize(("text", "want"), REASONS_WRITTEN)
def test_reasons_written_per_absentee_or_for_all(text: str, want: tuple) -> None:
    a = meeting("Thời gian: 19h30 ngày 10/3/2024.\n" + text + "\nI. NỘI DUNG\n").attendance
    assert (a.absent, a.absent_with_reason, a.absent_without_reason) == want
    assert len(a.absentees) in (0, a.absent)


def test_counts_on_one_line_between_bars() -> None:
    a = meeting("Thời gian: 7h30 ngày 05/6/2023.\nĐảng viên: Tổng số: 20 | Miễn SH: 02 | Có mặt: 17 | "
                "Vắng: 01 (đ/c Trần Văn Lộc - ốm)\n\nI. NỘI DUNG\n").attendance
    assert (a.total, a.exempt, a.present, a.absent, a.absent_with_reason, a.absentees) == (20, 2, 17, 1, 1,
                                                                                            ("Trần Văn Lộc",))


def test_a_narrow_page_written_by_hand_is_read_across_its_line_breaks() -> None:
    m = meeting(
        "CHI BỘ BẢN PHÌN HỒ\n\n        BIÊN BẢN\n  Họp chi bộ tháng 5\n\n"
        "Hôm nay lúc 8h ngày 12/5/2021 chi bộ\n"
        "bản Phìn Hồ họp thường kỳ tháng 5 năm\n"
        "2021 tại nhà văn hóa bản.\n"
        "Chủ trì: đ/c Giàng A Sử - Bí thư. Thư ký: đ/c\n"
        "Vàng Thị Dợ.\n"
        "Tổng số đv 11 đ/c. Có mặt 10 đ/c. Vắng 01\n"
        "(đ/c Sùng A Chứ đi làm ăn xa, có\n"
        "báo chi bộ).\n\n"
        "1/ Thông tin thời sự:\n- Mưa đá làm hỏng ngô.\n- Dân đi làm thuê nhiều.\n"
        "2/ Đánh giá tháng 4:\n- Trồng xong 30 ha ngô.\n- Còn 2 hộ chưa làm chuồng.\n"
    )
    a = m.attendance
    assert (m.place, m.secretary) == ("nhà văn hóa bản", "Vàng Thị Dợ")
    assert (a.absent, a.absent_with_reason, a.absentees) == (1, 1, ("Sùng A Chứ",))


def test_absentee_named_after_a_dash_with_a_title() -> None:
    a = meeting("Thời gian: 7h30 ngày 10/3/2024.\nTổng số: 18. Có mặt: 17.\n+ Vắng: 01 đồng chí có lý do - ThS.BS "
                "Lê Thị Ngọc Hân (đi tập huấn ở Huế).\n\nI. NỘI DUNG\n").attendance
    assert a.absentees == ("Lê Thị Ngọc Hân",)


VOTE_TABLES = [
    pytest.param("VII. BIỂU QUYẾT\n| Nội dung biểu quyết | Tán thành | Không tán thành |\n|---|---|---|\n"
                 "| Nghị quyết tháng 9 | 21/21 | 0 |\n", (21, 0, 21), id="bars-with-a-rule"),
    pytest.param("Biểu quyết:\nNội dung\t\tSố phiếu tán thành\tPhản đối\nKết luận chuyên đề\t\t17\t0\n",
                 (17, 0, 17), id="tabs"),
]


@pytest.mark.parametrize(("table", "want"), VOTE_TABLES)
def test_vote_written_as_a_table(table: str, want: tuple) -> None:
    v = meeting("Có mặt: 21 đồng chí.\n" + table).vote
    assert (v.in_favor, v.against, v.voters) == want


def test_a_printed_form_filled_in_with_dot_leaders() -> None:
    m = meeting("Thời gian: 19 giờ 30 ngày 06/5/2022 ......................\n"
                "Tổng số đảng viên: 18 ...... Chính thức: 17 ...... Dự bị: 01 ......\n"
                "Miễn sinh hoạt: 02 ..........................\nCó mặt: 15 ....... đ/c\n"
                "Vắng mặt: 01 .... đ/c.   Có lý do: 01 .....   Không lý do: ........\n\nI. Phần mở đầu\n")
    a = m.attendance
    assert (a.total, a.exempt, a.expected, a.present, a.absent, a.absent_with_reason) == (18, 2, 16, 15, 1, 1)


def test_signature_columns_set_with_tabs_and_one_role_said_twice() -> None:
    m = meeting("Chi bộ biểu quyết 100% nhất trí.\n\nTHƯ KÝ\t\t\t\t\tBÍ THƯ - CHỦ TRÌ\n(đã ký)\t\t\t\t\t(đã ký)\n"
                "Đặng Thị Hồng Nhung\t\t\tVũ Đức Thịnh\n")
    assert (m.signatures.chair, m.signatures.secretary) == (True, True)


def test_a_form_with_bracketed_reason_labels_and_names_below() -> None:
    a = meeting("Thời gian: 8h00 ngày 12/11/2025.\nTình hình đảng viên:\n"
                "   Tổng số đảng viên .................... 19\n   Miễn sinh hoạt ............................. 0\n"
                "   Có mặt .................................. 17\n   Vắng (có lý do) ..................... 02:\n"
                "     - đ/c Trung úy Lê Văn Hậu: trực ban tác chiến;\n     - đ/c Hà Thị Vân: nghỉ phép.\n\n"
                "I. MỞ ĐẦU\n").attendance
    assert (a.total, a.exempt, a.present, a.absent, a.absent_with_reason, a.absent_without_reason) == (
        19, 0, 17, 2, 2, 0)


def test_absent_count_over_a_with_reason_label_and_its_list() -> None:
    a = meeting("Thời gian: 8h00 ngày 12/11/2025.\nTổng số đảng viên: 12 | Có mặt: 10 | Vắng: 02\n"
                "Vắng có lý do:\n  + Đ/c Thiếu úy Võ Văn Tư - đi học;\n  + Đ/c Đỗ Thị Lan - nghỉ phép.\n\nI. MỞ ĐẦU\n"
                ).attendance
    assert (a.absent, a.absent_with_reason, a.absent_without_reason) == (2, 2, 0)


def test_counts_spelled_out_with_their_digits_in_brackets() -> None:
    m = meeting("Thời gian: 19h ngày 4/4/2022.\nĐảng viên chi bộ có hai mươi mốt (21) đ/c, có mặt mười chín (19) đ/c, "
                "vắng hai (02) đ/c có lý do.\n\nI. Nội dung\nChi bộ biểu quyết: mười chín (19) đ/c tán thành, không "
                "có đ/c nào không tán thành.\n")
    a, v = m.attendance, m.vote
    assert (a.total, a.present, a.absent, a.absent_with_reason) == (21, 19, 2, 2)
    assert (v.in_favor, v.against, v.voters) == (19, 0, 19)


def test_facts_and_counts_in_a_boxed_two_column_table() -> None:
    m = meeting("+------------------+--------------------------------+\n"
                "| Thời gian        | 19g30, ngày 10/5/2022          |\n"
                "| Địa điểm         | Nhà văn hóa ấp Mỹ Phú          |\n"
                "| Chủ trì          | Đ/c Trần Văn Nở - Bí thư       |\n"
                "| Tổng số đảng viên| 18 đ/c                         |\n"
                "| Có mặt           | 16 đồng chí                    |\n"
                "| Vắng có lý do    | 02 đồng chí (đ/c Lý Văn Tư ốm; đ/c Trần Thị Út đi làm xa) |\n"
                "| Vắng không lý do | 0                              |\n"
                "+------------------+--------------------------------+\n\nI. MỞ ĐẦU\n")
    a = m.attendance
    assert (m.place, m.chair) == ("Nhà văn hóa ấp Mỹ Phú", "Trần Văn Nở")
    assert (a.total, a.present, a.absent, a.absent_with_reason, a.absentees) == (
        18, 16, 2, 2, ("Lý Văn Tư", "Trần Thị Út"))


def test_present_of_the_total_written_as_a_ratio_with_the_reason() -> None:
    m = meeting("Hôm nay, lúc 7 giờ ngày 02/6/2021.\nChi bộ thôn Hải Minh họp thường kỳ.\nHọp tại nhà văn hóa thôn "
                "Hải Minh.\nTổng số: 19/22 đ/c (3 đ/c đi biển).\n\n1. Khai mạc\n")
    a = m.attendance
    assert m.place == "nhà văn hóa thôn Hải Minh"
    assert (a.total, a.present, a.absent, a.absent_with_reason, a.absent_without_reason) == (22, 19, 3, 3, 0)


def test_counts_in_one_tabbed_row_and_a_terse_member_total() -> None:
    a = meeting("Thời gian: 19h ngày 5/3/2026.\nTổng số đảng viên\t17\tCó mặt\t16\tVắng\t01 "
                "(đ/c Ngô Văn Tâm - đi thăm con)\n\nI. NỘI DUNG\n").attendance
    assert (a.total, a.present, a.absent, a.absent_with_reason) == (17, 16, 1, 1)
    b = meeting("Thời gian: 19h ngày 5/3/2026.\nĐV toàn chi bộ 21, miễn 2; có mặt 18/19; vắng 1 "
                "(đ/c Hà Văn Sinh, ốm).\n\nI. NỘI DUNG\n").attendance
    assert (b.total, b.exempt, b.present, b.absent) == (21, 2, 18, 1)


def test_an_exempt_member_listed_among_the_absent_is_not_absent() -> None:
    a = meeting("Thời gian: 19h ngày 5/7/2020.\n- Tổng số đảng viên: 18 đ/c.\n- Miễn sinh hoạt: 01 đ/c (đ/c Lò Văn Xôm "
                "- 84 tuổi).\n- Có mặt: 15 đ/c.\n- Vắng: 03 đ/c, gồm: đ/c Lò Văn Xôm (miễn SH), đ/c Cầm Văn Ban (ốm), "
                "đ/c Lường Thị Hoa (đi học).\n\nI. NỘI DUNG\n").attendance
    assert (a.exempt, a.expected, a.present, a.absent, a.absent_with_reason) == (1, 17, 15, 2, 2)
    assert a.absentees == ("Cầm Văn Ban", "Lường Thị Hoa")


def test_a_terse_members_label_with_present_of_total() -> None:
    a = meeting("Thời gian: 14h ngày 6/3/2019.\nĐV: 21/24 (vắng 03: đ/c Hà Văn Tú ốm, đ/c Vi Thị Hằng đi học, "
                "đ/c Lục Văn Sinh đi công tác).\n\nI. NỘI DUNG\n").attendance
    assert (a.total, a.present, a.absent, a.absent_with_reason) == (24, 21, 3, 3)


@pytest.mark.parametrize("absence, want", [
    pytest.param("vắng 02 đ/c (đ/c Triệu Văn Khánh ra Hà Nội trông cháu, đ/c Bế Thị Liên dự đám cưới con gái ở Cao "
                 "Bằng)", (2, 0), id="words-after-each-name"),
    pytest.param("vắng 2 (1 vào Nam thăm con: đ/c Nông Văn Pình; 1 nghỉ dưỡng sức: đ/c Ma Thị Thoa)", (2, 0),
                 id="reason-before-each-name"),
    pytest.param("vắng 2: đ/c Hầu Văn Páo (xóm Nà Pồng), đ/c Lý Thị Mỷ", (None, None), id="a-hamlet-is-no-reason"),
    pytest.param("vắng 2: đ/c Hầu Văn Páo lên nương trồng ngô, đ/c Lý Thị Mỷ không báo", (1, 1),
                 id="one-with-one-without"),
    pytest.param("vắng 02 đ/c (đ/c Đàm Quốc Việt, đ/c Vi Văn Tài, có lý\ndo: trực bảo vệ kho).", (2, 0),
                 id="bracket-wrapped"),
])
def test_each_absentee_s_own_words_say_why(absence: str, want: tuple) -> None:
    a = meeting(f"Thời gian: 19h ngày 8/9/2022.\nĐảng viên: tổng số 23; có mặt 21; {absence}\n\nI. NỘI DUNG\n"
                ).attendance
    assert a.absent == 2
    assert (a.absent_with_reason, a.absent_without_reason) == want


def test_a_form_with_dots_leading_from_each_label() -> None:
    m = meeting("BIÊN BẢN SINH HOẠT CHI BỘ\nThời gian bắt đầu ...... 19 giờ 30, ngày 4/6/2023\n"
                "Địa điểm ............... Nhà văn hóa thôn Đồng Tâm, xã Yên Lạc\n"
                "Chủ trì ................ đ/c Kim Văn Tuấn, Bí thư chi bộ\n"
                "Đại biểu ............... đ/c Lâm Thị Hạnh, Đảng ủy viên\n"
                "Kết thúc ............... 21 giờ 00\n\nI. NỘI DUNG\n")
    assert (m.place, m.chair, m.delegates, m.start_time, m.end_time) == (
        "Nhà văn hóa thôn Đồng Tâm, xã Yên Lạc", "Kim Văn Tuấn", ("Lâm Thị Hạnh",), "19:30", "21:00")


def test_absentees_one_per_indented_line_under_the_count() -> None:
    a = meeting("Thời gian: 8 giờ ngày 6/11/2022.\nTổng số đảng viên: 30\nCó mặt: 27\nVắng: ba (03) đ/c, có lý do:\n"
                "   đ/c Mạc Văn Sửu (đi Bình Dương thăm con)\n   đ/c Thạch Thị Nương (đau chân)\n"
                "   đ/c Giáp Văn Lộc (trực đê)\nĐ/c Bí thư tuyên bố lý do.\n\nI. NỘI DUNG\n").attendance
    assert (a.absent, a.absent_with_reason) == (3, 3)
    assert a.absentees == ("Mạc Văn Sửu", "Thạch Thị Nương", "Giáp Văn Lộc")


def test_absentees_named_one_per_line_under_a_counts_table() -> None:
    a = meeting("Thời gian: 14h ngày 3/10/2024.\nTổng số đảng viên\tCó mặt\tVắng mặt\tGhi chú\n26\t24\t02\tCó lý do\n\n"
                "Đ/c Hà Thị Ngân: đi tập huấn nghiệp vụ tại Hà Nội.\nĐ/c Mông Văn Kha: nghỉ ốm.\n\n"
                "I. MỞ ĐẦU\n- Đ/c Ma Văn Sìn: đề nghị xin phép làm đường.\n").attendance
    assert (a.absent, a.absent_with_reason, a.absentees) == (2, 2, ("Hà Thị Ngân", "Mông Văn Kha"))


def test_a_note_naming_the_exempt_member_then_the_absentee_before_his_reason() -> None:
    a = meeting("Thời gian: 8h ngày 14/5/2025.\nTổng số\tMiễn SH\tPhải tham dự\tCó mặt\tVắng\n19\t01\t18\t17\t01\n\n"
                "Ghi chú: đ/c Tạ Quang Vĩnh được miễn sinh hoạt đảng (tuổi cao).\n"
                "ThS. Lục Thị Hằng vắng có lý do (đi công tác Lạng Sơn).\n\nI. MỞ ĐẦU\n").attendance
    assert (a.exempt, a.absent, a.absent_with_reason, a.absentees) == (1, 1, 1, ("Lục Thị Hằng",))


def test_the_number_who_must_attend_is_no_present_count() -> None:
    a = meeting("Thời gian: 7h30 ngày 9/6/2021.\nTổng số đảng viên: 40 đồng chí, số đảng viên phải tham dự sinh "
                "hoạt 36 đồng chí. Có mặt 33 đồng chí; vắng 03 đồng chí có lý do.\n\nI. MỞ ĐẦU\n").attendance
    assert (a.expected, a.present, a.absent) == (36, 33, 3)


def test_present_under_a_bare_du_label() -> None:
    a = meeting("Thời gian: 15h ngày 4/8/2021.\nĐảng viên: 23 đồng chí. Dự: 21 đồng chí. Vắng: 02 đồng chí có lý do.\n"
                "Dự: đồng chí Lò Văn Thanh, Đảng ủy viên.\n\nI. NỘI DUNG\n").attendance
    assert (a.total, a.present, a.absent) == (23, 21, 2)


def test_facts_under_arrow_bullets() -> None:
    m = meeting("BIÊN BẢN SINH HOẠT CHI BỘ\n➢ Thời gian: 14 giờ 00 ngày 5/5/2022.\n"
                "➢ Địa điểm: Hội trường Ủy ban MTTQ huyện\n➢ Chủ trì: Đồng chí Hà Văn Sinh - Bí thư chi bộ.\n"
                "➢ Đại biểu dự: Đồng chí Vàng Thị Mỷ - Đảng ủy viên.\n")
    assert (m.place, m.chair, m.delegates) == ("Hội trường Ủy ban MTTQ huyện", "Hà Văn Sinh", ("Vàng Thị Mỷ",))


def test_a_festival_in_the_review_is_no_meeting_place() -> None:
    m = meeting("BIÊN BẢN SINH HOẠT CHI BỘ\nThời gian: 19 giờ ngày 5/11/2025.\n\n3. Đánh giá kết quả: đảng viên gương "
                "mẫu tham gia Ngày hội Đại đoàn kết tại khu dân cư nơi cư trú.\n")
    assert m.place is None


def test_a_run_on_opening_paragraph_ends_the_delegates_and_absentees() -> None:
    m = meeting("BIÊN BẢN SINH HOẠT CHI BỘ\nVào lúc 8 giờ ngày 6/4/2021, Chi bộ làng Tà Pơ tiến hành sinh hoạt, "
                "tổng số đảng viên 12 đ/c, có mặt 10 đ/c, vắng 02 đ/c: đ/c Đinh Văn Mía (đi rẫy), đ/c Đinh Thị Lê "
                "(ốm), đ/c Bí thư đề nghị đ/c Hồ Thị Nga làm thư ký, đến dự có đ/c Phạm Văn Ty - Đảng ủy viên, đ/c Bí "
                "thư giới thiệu đ/c Hồ Văn Đức trình bày. Buổi sinh hoạt được tổ chức tại Nhà rông làng Tà Pơ.\n")
    assert m.attendance.absentees == ("Đinh Văn Mía", "Đinh Thị Lê")
    assert m.delegates == ("Phạm Văn Ty",)
    assert m.place == "Nhà rông làng Tà Pơ"


def test_absentees_under_a_plural_label() -> None:
    a = meeting("Thời gian: 7h30 ngày 5/3/2017.\n- Tổng số đảng viên: 40\n- Có mặt: 38 đồng chí\n"
                "- Vắng mặt: 2 đồng chí\nCác đồng chí vắng có lý do: đ/c Quan Văn Tám (đi viện), "
                "đ/c Hà Thị Vinh (đi học).\n\nI. MỞ ĐẦU\n").attendance
    assert (a.absent, a.absent_with_reason, a.absentees) == (2, 2, ("Quan Văn Tám", "Hà Thị Vinh"))


def test_the_surname_ong_is_no_second_cue() -> None:
    a = meeting("Thời gian: 13h30 ngày 9/12/2025.\nTổng số 19, có mặt 18, vắng 01 (đ/c Ông Văn Tịnh - đi ca 3).\n\n"
                "I. NỘI DUNG\n").attendance
    assert a.absentees == ("Ông Văn Tịnh",)


def test_roll_call_counts_in_brackets_after_the_labels() -> None:
    a = meeting("Thời gian: 19g00 ngày 7/1/2026.\nChi bộ hiện có 12 đảng viên. Điểm danh:\n"
                "Có mặt (10 đ/c): Điểu Lộc, Thị Bình, K'Sơn, Ka Thu, Điểu Hùng, Thị Mai, Y Bhim, Ma Văn Cường, "
                "K'Liêng, Điểu Tâm.\n"
                "Vắng (02 đ/c): đ/c Thị Xuân – có lý do (ốm); đ/c Điểu Kiên – không lý do.\n\nI. NỘI DUNG\n").attendance
    assert (a.total, a.present, a.absent, a.absent_with_reason, a.absent_without_reason) == (12, 10, 2, 1, 1)
    assert a.absentees == ("Thị Xuân", "Điểu Kiên")


def test_a_numbered_roll_call_with_an_offices_column() -> None:
    rows = [("K'Tâm", "Bí thư chi bộ", "có mặt"), ("Ka Mai", "Thủ quỹ", "vắng (có lý do: đi học)"),
            ("Lê Văn Thành", "Xã viên", "có mặt"), ("K'Ju", "Tổ trưởng", "có mặt")]
    roll = "".join(f"{i}. {n:<18} {o:<16} {s}\n" for i, (n, o, s) in enumerate(rows, 1))
    a = meeting(f"Thời gian: 7h ngày 6/3/2019.\nDanh sách đảng viên dự họp:\n{roll}\nI. NỘI DUNG\n").attendance
    assert (a.present, a.absent, a.absentees) == (3, 1, ("Ka Mai",))


def test_a_record_typed_in_two_columns_apart_by_a_bar() -> None:
    m = meeting("ĐẢNG BỘ XÃ VĨNH HẢI | ĐẢNG CỘNG SẢN VIỆT NAM\n"
                "CHI BỘ ẤP TÀ ĐIỆP | Vĩnh Hải, ngày 8 tháng 5 năm 2021\n\nBIÊN BẢN SINH HOẠT CHI BỘ\n"
                "Nội dung | Ghi chú\nThời gian: 19g ngày 8/5/2021 | họp buổi tối\n"
                "Địa điểm: Nhà văn hóa ấp Tà Điệp | do mưa\nChủ trì: đ/c Thạch Sô Phol, Bí thư chi bộ |\n")
    assert (m.organization, m.parent, m.place, m.chair) == (
        "Chi bộ ấp Tà Điệp", "Đảng bộ xã Vĩnh Hải", "Nhà văn hóa ấp Tà Điệp", "Thạch Sô Phol")


def test_absentees_listed_on_over_a_line_break_after_a_semicolon() -> None:
    a = meeting("Thời gian: 19g ngày 5/10/2022.\nTổng số 15 đ/c; phải dự 15 đ/c.\nCó mặt 12 đ/c. Vắng 03 đ/c, gồm: "
                "đ/c Hồ Văn Bé (trực đê, có lý do);\nđ/c Lê Thị Hai (con bệnh, có lý do); đ/c Phan Văn Lợi (không lý "
                "do).\n\nA. MỞ ĐẦU\n").attendance
    assert (a.absent_with_reason, a.absent_without_reason) == (2, 1)
    assert a.absentees == ("Hồ Văn Bé", "Lê Thị Hai", "Phan Văn Lợi")


def test_a_show_of_hands_at_one_hundred_percent() -> None:
    m = meeting("Thời gian: 14h ngày 9/1/2026.\nĐảng viên: tổng số 12, có mặt 11, vắng 1 (đ/c Bùi Văn Mến, ốm).\n\n"
                "Đ/c Bí thư kết luận các nhiệm vụ tháng 02.\nChi bộ giơ tay biểu quyết 100%.\n")
    assert (m.vote.in_favor, m.vote.against, m.vote.voters) == (11, 0, 11)


def test_a_vote_written_as_words_over_words() -> None:
    m = meeting("Thời gian: 14 giờ ngày 11/4/2017.\nCó mặt: hai mươi lăm đồng chí.\n\nChi bộ biểu quyết thông qua "
                "nghị quyết: hai mươi lăm trên hai mươi lăm đồng chí có mặt tán thành.\n")
    assert (m.vote.in_favor, m.vote.against, m.vote.voters) == (25, 0, 25)


def test_a_cited_directive_s_date_after_a_congress_is_no_meeting_date() -> None:
    m = meeting("CHI BỘ THÔN ĐÔNG\n                 Hồng Thái, ngày 08 tháng 3 năm 2021\nBIÊN BẢN\nSinh hoạt chi bộ "
                "tháng 3\nBắt đầu lúc 14 giờ.\nThứ hai, quán triệt Nghị quyết Đại hội XIII của Đảng và Chỉ thị số "
                "45-CT/TW ngày 20/6/2020 của Bộ Chính trị.\n")
    assert m.date == "2021-03-08"


def test_a_count_in_words_at_the_end_of_a_line_over_the_names() -> None:
    a = meeting("Thời gian: 14 giờ ngày 6/11/2025.\nSố đảng viên phải dự là hai mươi đồng chí. Có mặt mười tám "
                "đồng chí. Vắng mặt hai\nđồng chí, đều có lý do: đồng chí Tô Văn Tiến đi làm xa, đồng chí\n"
                "Mạc Thị Nhàn ốm.\n\nI. NỘI DUNG\n").attendance
    assert (a.absent, a.absent_with_reason, a.absentees) == (2, 2, ("Tô Văn Tiến", "Mạc Thị Nhàn"))


def test_present_and_absent_labels_in_two_columns_of_a_line() -> None:
    a = meeting("Thời gian: 8h ngày 9/10/2023.\nTổng số đảng viên: 30 đ/c\tMiễn SH: 3 đ/c\n"
                "Có mặt: 25 đ/c\t\tVắng: 2 đ/c (đ/c Phí Văn Lâm đi làm ở KCN – có lý do;\n"
                "đ/c Đỗ Thị Nụ ốm – có lý do)\n\nI. MỞ ĐẦU\n").attendance
    assert (a.present, a.absent, a.absent_with_reason, a.absentees) == (25, 2, 2, ("Phí Văn Lâm", "Đỗ Thị Nụ"))


def test_a_village_name_with_the_full_name_in_brackets() -> None:
    m = meeting("BIÊN BẢN HỌP CHI BỘ\nSáng ngày 9/6/2023 chi bộ họp.\nChủ trì: anh Hai Lực (Trần Văn Lực), bí thư.\n"
                "Thư ký: chị Năm Thắm (Võ Thị Thắm).\nCó mặt 4, vắng 1 là anh Bảy Lộc (Huỳnh Văn Lộc) đi biển.\n")
    assert (m.chair, m.secretary, m.attendance.absentees) == ("Trần Văn Lực", "Võ Thị Thắm", ("Huỳnh Văn Lộc",))


def test_facts_in_the_first_sentence_and_counts_over_counts_in_words() -> None:
    m = meeting("BIÊN BẢN SINH HOẠT CHI BỘ\nVào lúc 14 giờ ngày 5/12/2025, Chi bộ Khối 3 tổ chức sinh hoạt, do "
                "đồng chí Hồ Văn Bình, Bí thư Chi bộ, chủ trì, đồng chí Lê Thị Na ghi biên bản, tại hội trường "
                "Khối 3.\n"
                "Chi bộ có mười bảy đảng viên, có mặt mười sáu trên mười bảy đồng chí; vắng một đồng chí, có lý\n"
                "do: đồng chí Phan Văn Lực (trực ca).\n")
    assert m.place == "hội trường Khối 3"
    a = m.attendance
    assert (a.total, a.present, a.absent, a.absent_with_reason, a.absentees) == (17, 16, 1, 1, ("Phan Văn Lực",))


def test_a_record_typed_all_in_capitals() -> None:
    body = ("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 11 NĂM 2025\n- CHỦ TRÌ: ĐỒNG CHÍ GIÀNG A SỬ - BÍ THƯ CHI BỘ.\n"
            "- ĐẠI BIỂU DỰ:\n  - ĐỒNG CHÍ LÝ A CÂU - ĐẢNG ỦY VIÊN;\n  - THIẾU TÁ CHU VĂN LÌNH - ĐỒN BIÊN PHÒNG.\n"
            "- TỔNG SỐ ĐẢNG VIÊN: 17 ĐỒNG CHÍ. CÓ MẶT: 16 ĐỒNG CHÍ. VẮNG: 01 ĐỒNG CHÍ CÓ LÝ DO (ĐỒNG CHÍ SÙNG A PAO "
            "- ĐI LAO ĐỘNG TẠI BẮC NINH).\n\nCHI BỘ THẢO LUẬN SÔI NỔI, CÁC Ý KIẾN ĐỀU NHẤT TRÍ VỚI BÁO CÁO CỦA CHI ỦY "
            "VỀ NHIỆM VỤ THÁNG TỚI VÀ\nĐỀ NGHỊ BỔ SUNG VIỆC TRỒNG CÂY.\nCHI BỘ BIỂU QUYẾT THÔNG QUA NGHỊ QUYẾT THÁNG "
            "12 NĂM 2025: 16/16 ĐỒNG CHÍ TÁN\nTHÀNH, ĐẠT 100%.\n")
    m = meeting(body)
    assert (m.chair, m.delegates) == ("Giàng A Sử", ("Lý A Câu", "Chu Văn Lình"))
    assert m.attendance.absentees == ("Sùng A Pao",)
    assert (m.vote.in_favor, m.vote.voters) == (16, 16)


def test_a_note_like_record_of_a_tiny_cell() -> None:
    m = meeting("Chi bộ Tổ hợp tác Ghe Lưới\n\nBIÊN BẢN HỌP CHI BỘ THÁNG 8/2023\n\nSáng ngày 6/8/2023 chi bộ họp tại "
                "nhà anh Hai.\nAnh Hai Lộc (Trần Văn Lộc) bí thư chủ trì. Chị Út Mai (Lê Thị Mai) ghi biên bản.\n\n"
                "Họp tới 10 giờ thì xong.\n\n   Người ghi                        Chủ trì\n Lê Thị Mai                  "
                "Trần Văn Lộc\n")
    assert (m.date, m.chair, m.secretary) == ("2023-08-06", "Trần Văn Lộc", "Lê Thị Mai")
    assert (m.signatures.chair, m.signatures.secretary) == (True, True)


def test_date_and_times_written_in_words() -> None:
    m = meeting("BIÊN BẢN SINH HOẠT CHI BỘ\nHôm nay, ngày hai mươi tháng mười một năm hai nghìn không trăm mười sáu "
                "(nhằm ngày hai mươi mốt tháng Mười năm Bính Thân), hồi mười bốn giờ, Chi bộ thôn Hát Giang đã tiến "
                "hành sinh hoạt.\n\nBuổi sinh hoạt bế mạc hồi mười sáu giờ mười lăm phút cùng ngày.\n")
    assert (m.date, m.start_time, m.end_time, m.duration_minutes) == ("2016-11-20", "14:00", "16:15", 135)
    half = meeting("BIÊN BẢN\nHôm nay, ngày mười lăm tháng ba năm hai nghìn hai mươi tư, lúc tám giờ rưỡi, chi bộ "
                   "họp.\n")
    assert (half.date, half.start_time) == ("2024-03-15", "08:30")


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("Loại buổi họp:   ☐ Thường kỳ    ☑ Chuyên đề", ("thematic", False)),
        ("[x] Định kỳ tháng 6      [ ] Chuyên đề      [ ] Đột xuất", ("regular", False)),
        ("Thường kỳ:\t☑\tChuyên đề:\t☑", ("regular", True)),
        ("☐ Thường kỳ\n☐ Chuyên đề\n☑ Thường kỳ kết hợp chuyên đề", ("regular", True)),
        ("( ) Thường kỳ  [ ] Chuyên đề  [X] Bất thường", (None, False)),
    ],
)
def test_a_forms_ticked_options_say_the_kind_of_meeting(form: str, expected: tuple) -> None:
    """A printed form's title offers every kind; only the ticked option was held."""
    text = ("CHI BỘ PHÒNG KẾ HOẠCH\nBIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ\n(Mẫu dùng chung cho sinh hoạt thường kỳ, "
            "chuyên đề)\n" + form + "\nThời gian: 8 giờ 00, ngày 14/6/2023\n")
    m = analyze(text).meeting
    assert (m.type, m.combined) == expected


@pytest.mark.parametrize("title", ["ĐDCK1", "DS CKI", "ThS.BSCK2", "KTV.CKII", "BS CK I"])
def test_a_health_workers_specialist_degree_is_no_part_of_the_name(title: str) -> None:
    m = meeting(f"Chủ trì: {title} Lò Thị Ngoan – Bí thư chi bộ.\nThư ký: đồng chí Vi Văn Sử.\n")
    assert m.chair == "Lò Thị Ngoan"


def test_a_note_correcting_the_meeting_date_is_read() -> None:
    text = ("CHI BỘ TỔ DÂN PHỐ 4\nBIÊN BẢN SINH HOẠT CHI BỘ THÁNG 9/2024\n\nThời gian: 19 giờ 30, ngày 10/9/2024.\n"
            "Địa điểm: nhà văn hóa tổ 4.\n\nThông tin: Chỉ thị 35-CT/TW ngày 14/6/2024 của Bộ Chính trị.\n\n"
            "Thư ký ghi chú: ngày họp ở dòng Thời gian viết nhầm là 10/9/2024, chi bộ họp ngày 12/9/2024.\n")
    assert meeting(text).date == "2024-09-12"
    unrelated = text.replace("Thư ký ghi chú: ngày họp ở dòng Thời gian viết nhầm là 10/9/2024, chi bộ họp ngày "
                             "12/9/2024.", "Đính chính số liệu báo cáo ngày 02/9/2024: 41 hộ, không phải 14 hộ.")
    assert meeting(unrelated).date == "2024-09-10"


def test_a_subtitle_under_the_title_after_a_blank_line_says_the_kind() -> None:
    text = ("ĐẢNG BỘ XÃ YÊN LẠC\nCHI BỘ THÔN ĐỒNG XÂN\n\nBIÊN BẢN\nSinh hoạt chuyên đề quý III năm 2021\n\n"
            "Hôm nay 19h30 ngày 24/9/2021, chi bộ họp tháng 9 theo kế hoạch, nghe chuyên đề về dân vận khéo.\n")
    m = analyze(text).meeting
    assert (m.type, m.combined) == ("thematic", False)


def test_terse_records_abbreviations_for_the_meeting_and_the_minute_taker() -> None:
    text = ("CHI BỘ XÓM ĐÔNG\n\nBIÊN BẢN SHCB THÁNG 10/2022\n\nHồi 19h ngày 15/10/2022\n"
            "Chủ trì: đ/c Trịnh Văn Lự - BT\nGhi BB: đ/c Tống Thị Lài - PBT\n"
            "Có mặt 18/20, vắng 2: đ/c Chu Văn Bắc đang cách ly, đ/c Ứng Thị Là đi cách ly cùng con\n\n"
            "1. CT05\nĐV đăng ký làm theo Bác: giữ vệ sinh đường làng.\n\n"
            "NGƯỜI GHI BB          CHỦ TRÌ\nTống Thị Lài          Trịnh Văn Lự\n")
    report = analyze(text)
    m = report.meeting
    assert (m.type, m.secretary, m.attendance.absent_with_reason) == ("regular", "Tống Thị Lài", 2)
    assert "hcm_study" in [s.kind for s in report.sections]
    assert (m.signatures.secretary, m.signatures.chair) == (True, True)


@pytest.mark.parametrize(
    "counts",
    [
        "Chi bộ có 19 đồng chí, có mặt 17 đồng chí vắng 2 đồng chí đều có lý do",
        "chi bộ có mười chín đồng chí có mặt mười bảy đồng chí vắng hai đồng chí đều có lý do",
        "tổng số mười chín đồng chí, hiện diện mười bảy đồng chí vắng hai đồng chí đều có lý do",
    ],
)
def test_counts_run_on_without_punctuation(counts: str) -> None:
    """Typed by voice: the present count runs into the absent one, numbers maybe in words."""
    a = meeting(counts + "\n").attendance
    assert (a.total, a.present, a.absent, a.absent_with_reason) == (19, 17, 2, 2)


def test_a_review_paragraph_typed_without_a_colon() -> None:
    text = ("CHI BỘ THÔN BÌNH AN\nBIÊN BẢN SINH HOẠT CHI BỘ THÁNG 6 NĂM 2023\n\nHôm nay ngày 12/6/2023 chi bộ họp.\n"
            "Đồng chí bí thư tuyên bố lý do thông qua chương trình chi bộ nhất trí\n\n"
            "Đánh giá tháng 5 đồng chí bí thư báo cáo thôn đã thu hoạch xong lúa chiêm, làm 300 mét mương.\n\n"
            "Nhiệm vụ tháng 6 là chống hạn cho lúa mùa.\n")
    assert "review" in [s.kind for s in analyze(text).sections]


def test_facts_typed_by_voice_without_colons_or_stops() -> None:
    text = ("CHI BỘ KHỐI 6\nBIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 8 NĂM 2022\n\n"
            "Hôm nay vào hồi sáu giờ bốn mươi lăm tối ngày 11/8/2022 chi bộ khối 6 họp thường kỳ\n"
            "chủ trì đồng chí Khổng Văn Mạnh bí thư chi bộ, thư ký đồng chí Tăng Thị Quế\n"
            "Tổng số đảng viên 15 đồng chí có mặt 14 đồng chí vắng 1 đồng chí là đồng chí Lã Văn Sĩ đi viện\n"
            "Dự họp có đồng chí Vi Thị Hằng đảng ủy viên phường\n\n"
            "Buổi họp kết thúc lúc tám giờ năm mươi tối cùng ngày\n")
    m = meeting(text)
    assert (m.start_time, m.end_time, m.chair, m.secretary) == ("18:45", "20:50", "Khổng Văn Mạnh", "Tăng Thị Quế")
    assert (m.attendance.total, m.attendance.present, m.attendance.absentees) == (15, 14, ("Lã Văn Sĩ",))
    assert m.delegates == ("Vi Thị Hằng",)


def test_a_narrative_record_under_the_cells_head_without_a_title_is_minutes() -> None:
    text = ("ĐẢNG BỘ XÃ TÂN PHÚ\nCHI BỘ ẤP BÀU SEN\n\nTối ngày 6 tháng 9 năm 2022, lúc 7 giờ, chi bộ ấp Bàu Sen họp "
            "thường kỳ tại nhà văn hóa ấp. Đồng chí Phan Văn Út, bí thư chi bộ, chủ trì; tôi là Lê Thị Hoa ghi "
            "biên bản. Chi bộ có 9 đảng viên, có mặt 9.\n\nAnh Út thông tin thời sự, rồi chi bộ bàn việc tháng 9.\n")
    assert is_minutes(text)
    news = ("Tối ngày 6/9, Chi bộ ấp Bàu Sen đã tổ chức sinh hoạt thường kỳ. Đồng chí Phan Văn Út, bí thư chi bộ, "
            "chủ trì buổi sinh hoạt, có mặt 9 đảng viên. (Ảnh: Thanh Tâm)\n")
    assert not is_minutes(news)


@pytest.mark.parametrize(
    "said",
    [
        "Anh Tư đọc dự thảo nghị quyết. 11 đồng chí có mặt đều giơ tay tán thành, không ai phản đối.",
        "Chị đề nghị chi bộ biểu quyết kết luận, tất cả các đồng chí có mặt đều giơ tay tán thành.",
        "Cả 11 đồng chí có mặt đều giơ tay biểu quyết thông qua nghị quyết tháng 5.",
    ],
)
def test_a_vote_told_in_words_inside_the_conclusion(said: str) -> None:
    text = ("ĐẢNG BỘ XÃ MỸ LONG\nCHI BỘ ẤP MỸ AN\n\nBIÊN BẢN SINH HOẠT CHI BỘ THÁNG 5 NĂM 2021\n\n"
            "Tối ngày 8/5/2021 chi bộ họp. Chi bộ có 12 đảng viên, có mặt 11, vắng 1 đồng chí đi làm xa có phép.\n\n"
            "Cuối buổi, anh Tư kết luận: tháng 5 phải làm xong cống thoát nước, đảng viên đi đầu. " + said + "\n")
    report = analyze(text)
    assert (report.meeting.vote.in_favor, report.meeting.vote.against, report.meeting.vote.voters) == (11, 0, 11)
    assert "vote" in [s.kind for s in report.sections]


def test_a_narrative_record_with_no_head_names_the_cell_in_its_first_sentence() -> None:
    text = ("Sáng ngày 7 tháng 4 năm 2021, Chi bộ thôn Đông Hà thuộc Đảng bộ xã Gio Mỹ, huyện Gio Linh, tỉnh Quảng Trị "
            "họp sinh hoạt thường kỳ tháng 4 tại nhà văn hóa thôn. Anh Lê Văn Thuận, Bí thư chi bộ, chủ trì, chú Hồ "
            "Văn Đông ghi biên bản. Chi bộ có 12 đảng viên, có mặt 11, vắng 1 đồng chí đi biển có báo.\n\n"
            "Anh Thuận tuyên bố lý do, sau đó cô Hằng thông tin thời sự: giá cá xuống, bão số 2 sắp vào.\n\n"
            "Chi bộ bàn việc tháng 4, thống nhất làm đường.\n\nTới 9 giờ thì xong, chú Đông đọc lại biên bản cho "
            "chi bộ nghe, ai cũng nhất trí.\n\nThư ký                Chủ trì\nHồ Văn Đông           Lê Văn Thuận\n")
    report = analyze(text)
    m = report.meeting
    assert report.is_minutes
    assert (m.organization, m.parent) == ("Chi bộ thôn Đông Hà", "Đảng bộ xã Gio Mỹ")
    assert (m.chair, m.secretary) == ("Lê Văn Thuận", "Hồ Văn Đông")
    assert "news" in [s.kind for s in report.sections]


def test_the_secretary_named_after_the_role_in_the_first_person() -> None:
    text = ("Tối ngày 3/3/2024, chi bộ họp. Người chủ trì là đồng chí Đinh Văn Hải, Bí thư chi bộ, người ghi biên bản "
            "là tôi, Kiều Văn Lâm, chi ủy viên. Về dự có đồng chí Tạ Thị Mai, Đảng ủy viên.\n")
    m = meeting(text)
    assert (m.chair, m.secretary, m.delegates) == ("Đinh Văn Hải", "Kiều Văn Lâm", ("Tạ Thị Mai",))


def test_prose_written_one_paragraph_a_line_with_many_commas_is_no_sheet() -> None:
    paragraph = ("Chi bộ bàn việc thôn, việc đường, việc mương, việc trường, mọi người đều góp ý, ai cũng nhất trí. "
                 "Đồng chí A nói thêm, đồng chí B bổ sung, đồng chí C đồng ý, rồi chuyển sang việc khác.")
    text = "\n\n".join([paragraph] * 9)
    assert normalize(text).text == text


def test_a_narrative_records_head_and_first_person_secretary() -> None:
    text = ("Đảng bộ xã Tân Lược\nChi bộ ấp Tân Thạnh\n\nTối ngày 4 tháng 10 năm 2023, lúc 7 giờ, chi bộ chúng tôi họp "
            "thường kỳ tại nhà văn hóa ấp. Đồng chí Châu Văn Bé, bí thư chi bộ, chủ trì, anh Bé phân công tôi là "
            "Thạch Thị Sa Ly ghi biên bản. Chi bộ có 8 đảng viên, có mặt 8.\n")
    m = meeting(text)
    assert (m.organization, m.parent) == ("Chi bộ ấp Tân Thạnh", "Đảng bộ xã Tân Lược")
    assert (m.chair, m.secretary) == ("Châu Văn Bé", "Thạch Thị Sa Ly")


def test_a_narrative_records_counts_and_end() -> None:
    text = ("Đảng bộ xã Long Khánh\nChi bộ ấp Long Hòa\n\nTối ngày 2 tháng 6 năm 2022, lúc 7 giờ, chi bộ họp. "
            "Chi bộ có tất cả 15 đảng viên. Đồng chí Tô Văn Ẩn đau nặng đã lâu, được Đảng ủy cho miễn sinh hoạt, "
            "nên kỳ này có 14 đồng chí phải dự. Tối nay chỉ có 13 đồng chí đến dự. Chỉ vắng 1 đồng chí là Hà Văn Rô, "
            "đi làm ở Cần Thơ, có xin phép.\n\nĐến 9 giờ 5 phút tối thì nghỉ.\n")
    m = meeting(text)
    a = m.attendance
    assert (a.total, a.exempt, a.expected, a.present, a.absent, a.absentees) == (15, 1, 14, 13, 1, ("Hà Văn Rô",))
    assert m.end_time == "21:05"
    tiny = "CHI BỘ TỔ 3\nBIÊN BẢN\n\nChi bộ có 4 đảng viên, hôm nay có mặt đủ cả 4, không ai vắng.\n"
    assert meeting(tiny).attendance.present == 4


def test_narrative_delegates_dates_and_parts() -> None:
    text = ("Đảng bộ xã Hòa Lợi – Chi bộ ấp Bưng Cốc\n\nTối thứ sáu ngày 8 tháng 11 năm 2024, lúc 7 giờ, "
            "chi bộ ấp Bưng Cốc họp thường kỳ tại nhà văn hóa ấp. Đồng chí Tạ Văn Lành, bí thư chi bộ, chủ trì; "
            "tôi là Lý Thị Ngọc ghi biên bản. Đồng chí Mạch Văn Sơn, Phó Bí thư Đảng ủy xã, về dự. "
            "Đồng chí Võ Văn Chín, 88 tuổi, đã được miễn sinh hoạt nhưng vẫn đến dự. Chi bộ có 9 đảng viên, "
            "có mặt 9.\n\n"
            "Anh Lành thông tin: giá lúa tăng, xã chuẩn bị làm đường liên ấp.\n\n"
            "Tháng 10, ấp đã vận động 12 hộ góp đất làm đường.\n\n"
            "Biên bản đọc lại, mọi người đồng ý. 9 giờ tối thì nghỉ.\n")
    report = analyze(text)
    assert (report.meeting.date, report.meeting.delegates) == ("2024-11-08", ("Mạch Văn Sơn",))
    assert {"news", "review"} <= {s.kind for s in report.sections}


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Tối 5/9/2023, lúc 19 giờ, Chi bộ Ấp Vĩnh Tại A họp thường kỳ tháng 9 tại nhà văn hóa ấp Vĩnh Tại A.",
         "nhà văn hóa ấp Vĩnh Tại A"),
        ("Sáng ngày 9/3/2024, lúc 8 giờ, chi bộ sinh hoạt thường kỳ tháng 3 và sinh hoạt chuyên đề quý I trong cùng "
         "một buổi tại hội trường khu phố 2.", "hội trường khu phố 2"),
        ("Hồi 19h ngày 6/5/2021, Chi bộ thôn Khuổi Luông họp thường kỳ tháng 5. Chi bộ họp tại nhà ông trưởng thôn.",
         "nhà ông trưởng thôn"),
        ('Lúc 14 giờ ngày 2/4/2026, Chi bộ Tổ 7 tổ chức sinh hoạt chuyên đề "Đổi mới, sáng tạo, vì dân phục vụ trong '
         'giai đoạn phát triển mới của đất nước" tại Nhà văn hóa tổ 7.', "Nhà văn hóa tổ 7"),
    ],
)
def test_place_in_the_opening_sentence(sentence: str, place: str) -> None:
    assert fold_key(meeting(sentence + "\n").place) == fold_key(place)


@pytest.mark.parametrize(
    "counts",
    ["Chi bộ có 14 ĐV, dự 13 ĐV, vắng 01 (đ/c Thạch Sên, đi làm xa, có xin phép).",
     "Tổng số đảng viên 14 đ/c; có mặt [chữ bị mờ] đ/c; vắng 01 đ/c là đ/c Thạch Sên (đi làm xa, có xin phép)."],
)
def test_present_written_tersely_or_known_from_the_others(counts: str) -> None:
    a = meeting(counts + "\n").attendance
    assert (a.total, a.present, a.absent, a.absentees) == (14, 13, 1, ("Thạch Sên",))


def test_a_terse_village_records_review_and_vote() -> None:
    text = ("CHI BỘ LÀNG KON RỜ BANG\nBIÊN BẢN SINH HOẠT CHI BỘ THÁNG 4 NĂM 2022\n\n"
            "Thời gian: 8 giờ, ngày 18/4/2022.\nĐảng viên chi bộ có 7 đồng chí. Hôm nay có mặt 7 đồng chí.\n\n"
            "1. Tháng 4 làm được:\n- Trồng xong 2 ha keo.\n- Sửa máng nước.\n\n2. Tháng 5 làm:\n- Làm cỏ mì.\n\n"
            "3. Biểu quyết giơ tay: 7 đồng chí đồng ý. Không có đồng chí nào không đồng ý.\n")
    report = analyze(text)
    assert {"review", "plan", "vote"} <= {s.kind for s in report.sections}
    assert (report.meeting.vote.in_favor, report.meeting.vote.against, report.meeting.vote.voters) == (7, 0, 7)


def test_exempt_members_who_came_and_a_proposal_to_exempt_an_absentee() -> None:
    text = ("Tổng số đảng viên: 20 đồng chí. Miễn sinh hoạt: 5. Có mặt: 14/15 đồng chí.\n"
            "Vắng: 01 đồng chí có lý do: đồng chí Phan Văn Tửu (90 tuổi) đang nằm viện.\n"
            "Dự họp còn có 02 đ/c thuộc diện miễn sinh hoạt là đ/c Lê Văn Thụ và đ/c Hà Thị Bông.\n"
            "Vắng mặt: đ/c Phan Văn Tửu nằm viện, gia đình đã báo. Đồng chí Tửu sẽ được thăm hỏi.\n\n"
            "Nhiệm vụ: làm hồ sơ đề nghị Đảng ủy cho đồng chí Phan Văn Tửu được miễn công tác và sinh hoạt.\n")
    m = meeting(text)
    assert (m.attendance.absentees, m.delegates) == (("Phan Văn Tửu",), ())


def test_one_absentee_named_again_by_the_given_name_is_one() -> None:
    a = meeting("Chi bộ có 10 đảng viên, có mặt 8, vắng 2 đồng chí. Đồng chí Lò Văn Hải đi rừng; đồng chí Cầm Thị Lả "
                "đi khám bệnh, đồng chí Hải và đồng chí Lả đều có báo trước.\n").attendance
    assert a.absentees == ("Lò Văn Hải", "Cầm Thị Lả")


def test_those_present_listed_by_name_and_a_count_of_how_often() -> None:
    text = ("Tổng số đảng viên của chi bộ: 6 đồng chí (không có đồng chí nào được miễn sinh hoạt).\n"
            "Đảng viên có mặt gồm các đồng chí:\n  1. Mai Văn Tần\n  2. Hà Thị Liễu\n  3. Vi Văn Sơn\n"
            "  4. Đào Thị Nhung\n  5. Lục Văn Thanh\nVắng: đ/c Chu Văn Bình (đi viện, có báo cáo).\n\n"
            "Đánh giá: đ/c Chu Văn Bình vắng không lý do 2 lần trong quý.\n")
    a = meeting(text).attendance
    assert (a.total, a.present, a.absent, a.absent_with_reason, a.absent_without_reason) == (6, 5, 1, 1, 0)
    assert a.absentees == ("Chu Văn Bình",)


def test_a_head_nurses_title_is_no_part_of_the_name() -> None:
    assert meeting("Thư ký: ĐDT Lò Thị Dung – Chi ủy viên.\n").secretary == "Lò Thị Dung"


@pytest.mark.parametrize(
    "facts",
    ["Đại biểu dự: không\nTổng số đảng viên: 12 (miễn sinh hoạt: 02); có mặt: 10.",
     "Số đảng viên: 12. Miễn sinh hoạt: 02. Có mặt: 10."],
)
def test_the_total_after_a_line_answered_none_and_under_a_short_label(facts: str) -> None:
    a = meeting(facts + "\n").attendance
    assert (a.total, a.exempt, a.expected, a.present) == (12, 2, 10, 10)


def test_a_record_pasted_from_a_spreadsheet() -> None:
    text = ("CHI BỘ THÔN 5\t\t\tĐẢNG CỘNG SẢN VIỆT NAM\n\nBIÊN BẢN SINH HOẠT CHI BỘ THÁNG 6/2021\t\t\t\n\n"
            "Thời gian bắt đầu\t8 giờ, ngày 12/6/2021\tThời gian kết thúc\t10 giờ\n"
            "Địa điểm\tNhà văn hóa thôn 5\t\t\n\nSTT\tNội dung\tNgười thực hiện\n"
            '1\t"Thông tin thời sự:\n- Giá lúa tăng;\n- Xã làm đường."\tđ/c Mão\n'
            '2\t"Thảo luận:\n- Đ/c Lụa: đề nghị sửa cống."\t\n')
    report = analyze(text)
    assert report.meeting.place == "Nhà văn hóa thôn 5"
    assert {"news", "discussion"} <= {s.kind for s in report.sections}


def test_a_form_exported_one_label_bar_value_per_line() -> None:
    text = ("BIEN BAN SINH HOAT CHI BO - xuất từ biểu mẫu\nTrường | Nội dung\nNgày sinh hoạt | 09/10/2023\n"
            "Địa điểm | Hội trường tổ 8\nChủ trì | Lưu Văn Định - Bí thư\nThư ký | Đặng Thị Loan\n"
            "Tổng số đảng viên | 12\nCó mặt | 12\nMở đầu | Đ/c Bí thư tuyên bố lý do, thông qua chương trình.\n"
            "Thảo luận | Đ/c Tâm đề nghị lắp đèn đường.\n")
    report = analyze(text)
    m = report.meeting
    assert (m.place, m.chair, m.secretary, m.attendance.present) == ("Hội trường tổ 8", "Lưu Văn Định",
                                                                      "Đặng Thị Loan", 12)
    assert {"opening", "discussion"} <= {s.kind for s in report.sections}


@pytest.mark.parametrize(("clause", "with_reason"), [
    ("vắng 03 đồng chí (đi làm ăn xa)", 3),
    ("vắng 2 đ/c đều do ốm", 2),
    ("vắng 02 đồng chí; do bận công tác", 2),
    ("vắng 02 đồng chí; do triều cường, đường Cửa Đại – Tân Thành ngập nên chi bộ họp muộn", None),
])
def test_one_reason_for_all_unnamed_absentees(clause: str, with_reason: int | None) -> None:
    m = meeting(f"Chi bộ họp, tổng số đảng viên 21 đồng chí, có mặt 18 đồng chí, {clause}. "
                "Đồng chí Bí thư tuyên bố lý do.")
    assert m.attendance.absent_with_reason == with_reason
    assert m.attendance.absentees == ()


def test_run_on_labels_after_commas() -> None:
    m = meeting("Hồi 7 giờ 30 ngày 04/3/2022, địa điểm: Nhà văn hóa thôn Gò Cát, chi bộ họp thường kỳ "
                "(họp sớm để kịp con nước), chủ trì đồng chí Huỳnh Văn Nở – Bí thư chi bộ, thư ký đồng chí "
                "Trà Thị Bông – chi ủy viên, tổng số đảng viên 15.")
    assert (m.place, m.chair, m.secretary) == ("Nhà văn hóa thôn Gò Cát", "Huỳnh Văn Nở", "Trà Thị Bông")


def test_vote_counted_on_the_line_under_its_label() -> None:
    m = meeting("Chi bộ họp, có mặt 9/9 đồng chí.\nĐồng chí Bí thư trình bày chuyên đề.\n"
                "Biểu quyết thông qua kết luận chuyên đề:\n + Tán thành: 9/9\n + Không tán thành: 0\n")
    assert (m.vote.in_favor, m.vote.against, m.vote.voters) == (9, 0, 9)


def test_vote_table_with_a_note_on_who_voted_against() -> None:
    m = meeting("Có mặt 13/13 đồng chí.\nVI. BIỂU QUYẾT\n\n| Tán thành | Không tán thành | Tổng số |\n"
                "|---|---|---|\n| 12 | 1 | 13 |\n\n(01 đồng chí không tán thành vì muốn giữ mức đóng góp cũ.)\n")
    assert (m.vote.in_favor, m.vote.against, m.vote.voters) == (12, 1, 13)


def test_member_table_with_abbreviated_reason_columns() -> None:
    m = meeting("Tổng số đảng viên: 5 đồng chí.\n\n| STT | Họ và tên | Có mặt | Vắng có LD | Vắng không LD |\n"
                "|---|---|---|---|---|\n| 1 | Hà Văn Sơn | x | | |\n| 2 | Lục Thị Nhàn | x | | |\n"
                "| 3 | Nông Văn Quý | | x | |\n| 4 | Hoàng Thị Mơ | | | x |\n| 5 | Bế Văn Tài | x | | |\n")
    a = m.attendance
    assert (a.present, a.absent, a.absent_with_reason, a.absent_without_reason) == (3, 2, 1, 1)
    assert a.absentees == ("Nông Văn Quý", "Hoàng Thị Mơ")


def test_absentee_list_item_wrapped_mid_sentence() -> None:
    m = meeting("Tổng số đảng viên: 14 đồng chí. Có mặt: 11 đồng chí. Vắng mặt: 03 đồng chí, gồm:\n"
                "- 02 đồng chí vắng có lý do do đi tập huấn theo kế hoạch của\n"
                "Ban Tuyên giáo Huyện ủy: đồng chí Lộc Văn Thắng, đồng chí Hà Thị\n"
                "Mai Anh;\n- 01 đồng chí vắng không lý do: đồng chí Triệu Văn Lâm.\n\n"
                "1. Mở đầu: Đồng chí Bí thư tuyên bố lý do.\n")
    assert m.attendance.absentees == ("Lộc Văn Thắng", "Hà Thị Mai Anh", "Triệu Văn Lâm")


def test_members_named_near_the_absent_who_came_are_not_absent() -> None:
    m = meeting("- Tổng số đảng viên: 16 đồng chí.\n- Miễn sinh hoạt: 02 đồng chí.\n- Phải dự: 14 đồng chí.\n"
                "- Có mặt: 13/14 đồng chí.\n- Vắng có lý do: 01 đồng chí – đ/c Lưu Văn Hạnh (đi tập huấn).\n"
                "- Đồng chí Bàn Thị Dung thuộc diện miễn sinh hoạt nhưng vẫn đến dự, không tính vào số có mặt.\n"
                "\nĐồng chí Bí thư tuyên bố lý do.\n")
    assert m.attendance.absentees == ("Lưu Văn Hạnh",)


def test_exempt_count_named_as_not_counted_among_those_to_attend() -> None:
    m = meeting("+ Tổng số: 15 đ/c.\n+ Miễn sinh hoạt, không tính vào số phải dự: 03 đ/c.\n"
                "+ Phải dự: 12 đ/c. Có mặt: 12 đ/c.\n")
    a = m.attendance
    assert (a.total, a.exempt, a.expected, a.present) == (15, 3, 12, 12)


@pytest.mark.parametrize(("text", "org", "parent"), [
    ("ĐẢNG BỘ XÃ TÂN PHÚ CHI BỘ ẤP BÀU SEN ĐẢNG CỘNG SẢN VIỆT NAM\nTân Phú, ngày 3 tháng 4 năm 2024\n\n"
     "BIÊN BẢN SINH HOẠT CHI BỘ\nChi bộ họp.\n", "Chi bộ ấp Bàu Sen", "Đảng bộ xã Tân Phú"),
    ("BIÊN BẢN SINH HOẠT CHI BỘ PHÒNG KẾ TOÁN\nVào lúc 8 giờ, Chi bộ Phòng Kế toán (thuộc Đảng bộ Công ty Cổ phần "
     "Dệt Phú Bài) tổ chức sinh hoạt thường kỳ.\n", "Chi bộ Phòng Kế toán", "Đảng bộ Công ty Cổ phần Dệt Phú Bài"),
    ("BIÊN BẢN HỌP CHI BỘ THÁNG 4/2024\nNgày 3/4/2024, chi bộ tổ chức sinh hoạt thường kỳ.\nKết thúc 16 giờ.\n\n"
     "THƯ KÝ                        T/M CHI BỘ TRẠM Y TẾ XÃ TÂN PHÚ\n                                   BÍ THƯ\n"
     "Lê Thị Mơ                     Hà Văn Tùng\n", "Chi bộ Trạm Y tế xã Tân Phú", None),
    ("CHI BỘ THÔN 6\n*\nBIÊN BẢN\nSinh hoạt chi bộ tháng 4 năm 2024\nChi bộ thôn 6, Đảng bộ xã Cư Suê, tổ chức "
     "sinh hoạt thường kỳ.\n", "Chi bộ thôn 6", "Đảng bộ xã Cư Suê"),
    ("ĐẢNG BỘ SỞ TÀI CHÍNH\nCHI BỘ PHÒNG TÀI SẢN CÔNG SẢN              ĐẢNG CỘNG SẢN VIỆT NAM\n\nBIÊN BẢN\n",
     "Chi bộ Phòng Tài sản Công sản", "Đảng bộ Sở Tài chính"),
])
def test_cell_named_where_the_header_block_fails(text: str, org: str, parent: str | None) -> None:
    m = meeting(text)
    assert (fold_key(m.organization or ""), fold_key(m.parent or "")) == (fold_key(org), fold_key(parent or ""))


@pytest.mark.parametrize(("title", "expected"), [
    ("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 4 NĂM 2022\n(Trọng tâm: thu hoạch lúa; học tập chuyên đề năm 2022)",
     ("regular", False)),
    ("SINH HOẠT CHI BỘ THƯỜNG KỲ KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ II NĂM 2022", ("regular", True)),
    ("SINH HOẠT CHUYÊN ĐỀ QUÝ II NĂM 2022", ("thematic", False)),
])
def test_the_year_study_theme_in_a_title_is_no_thematic_meeting(title: str, expected) -> None:
    m = meeting(f"CHI BỘ THÔN 2\n\nBIÊN BẢN\n{title}\n\nThời gian: 19 giờ ngày 12/4/2022.\n")
    assert (m.type, m.combined) == expected


# ---------------------------------------------------------------- a village record of the South

def test_counts_in_words_right_after_their_labels() -> None:
    m = meeting("Chi bộ có mười sáu đảng viên, phải dự là mười lăm, có mặt hôm nay mười bốn đồng chí, vắng một là "
                "anh Bảy Sơn (Lê Văn Sơn) có xin phép đi rước con.")
    assert _att(m) == (16, 1, 15, 14, 1, 1, 0)
    assert m.attendance.absentees == ("Lê Văn Sơn",)


def test_reason_shared_by_two_bynamed_absentees_and_a_later_sentence() -> None:
    m = meeting("Tổng số 12 đảng viên, có mặt 10 đồng chí, vắng hai, gồm đ/c Tám Lộc (Phan Văn Lộc) và đ/c Chín Nhỏ "
                "(Võ Văn Nhỏ) hổng có báo lý do. Đ/c Ba Tài có nhắc là tháng này vắng nhiều quá.")
    assert _att(m)[4:] == (2, 0, 2)
    assert m.attendance.absentees == ("Phan Văn Lộc", "Võ Văn Nhỏ")


def test_informal_delegate_and_the_chair_named_among_those_present() -> None:
    m = meeting("Có chị Hai Hoa (Trần Thị Hoa), Đảng ủy viên xã về dự với chi bộ.\nĐồng chí Ba Dũng (Lê Văn Dũng) "
                "bí thư chi bộ chủ trì; đồng chí Lê Thị Mai (chị Tư Mai, kế toán) làm thư ký.")
    assert (m.delegates, m.chair, m.secretary) == (("Trần Thị Hoa",), "Lê Văn Dũng", "Lê Thị Mai")
    m = meeting("Dự họp có anh Ba Dũng (Lê Văn Dũng) bí thư chi bộ chủ trì, chị Năm Lan (Võ Thị Lan) làm thư ký.")
    assert m.delegates == ()


def test_quarter_to_written_thieu() -> None:
    m = meeting("Bắt đầu lúc 14 giờ. Buổi họp kết thúc lúc 5 giờ thiếu 15 phút chiều cùng ngày.")
    assert (m.start_time, m.end_time) == ("14:00", "16:45")


def test_southern_spellings_of_the_reasons_and_the_vote() -> None:
    m = meeting("Tổng số 14 đảng viên. Có mặt: 12 đ/c. Vắng: 2 đ/c, gồm đ/c Út Hòa (Lê Văn Hòa) đi ghe chưa về có báo, "
                "đ/c Bảy Thơ (Trần Văn Thơ) hổng báo, không rõ lý do.\nĐ/c Tư kết luận. Chi bộ biểu quyết thông qua "
                "nghị quyết tháng 5, 12/12 đ/c có mặt nhứt trí.")
    assert _att(m)[4:] == (2, 1, 1)
    assert (m.vote.in_favor, m.vote.voters) == (12, 12)


# ---------------------------------------------------------------- the record corrected as the meeting went on

def test_member_listed_absent_who_arrived_later_is_present() -> None:
    m = meeting("Tổng số đảng viên: 12 đ/c. Có mặt: 10 đ/c. Vắng: 02 đ/c, gồm đ/c Hà Văn Sơn (ốm), đ/c Lò Thị Vui "
                "(đi chợ phiên, báo đến muộn).\nĐồng chí Bí thư thông tin thời sự.\n(Lúc 19 giờ 40, đ/c Lò Thị Vui đến "
                "dự họp.)\nChi bộ biểu quyết 11/11 đ/c có mặt tán thành.")
    assert _att(m) == (12, None, 12, 11, 1, 1, 0)
    assert m.attendance.absentees == ("Hà Văn Sơn",)


def test_unnamed_late_arrival_with_the_count_said_again() -> None:
    m = meeting("Tổng số đảng viên: 20 đ/c; có mặt 17 đ/c, vắng 03 đ/c.\nĐồng chí Bí thư thông tin thời sự.\n"
                "(15h10 đ/c Mai Văn Tú đến họp. Có mặt: 18/20 đ/c.)\n")
    assert _att(m)[3:5] == (18, 2)


def test_note_correcting_the_counts_at_the_end() -> None:
    m = meeting("Tổng số đảng viên: 15 đ/c. Có mặt: 12 đ/c. Vắng: 02 đ/c có lý do (đ/c Ngô Văn Lực đi học, đ/c Trần "
                "Thị Én ốm).\nChi bộ biểu quyết thông qua nghị quyết.\nGhi chú: sửa lại số đảng viên có mặt là 13 "
                "đồng chí (thư ký ghi nhầm).")
    assert _att(m)[3:] == (13, 2, 2, 0)
    m = meeting("Tổng số đảng viên: 15 đ/c. Có mặt: 12 đ/c. Vắng: 03 đ/c: đ/c Phan Văn Cư, đ/c Ngô Văn Lực (đi học), "
                "đ/c Trần Thị Én (ốm).\nGhi chú: sửa lại số đảng viên vắng mặt là 02 đồng chí (đ/c Ngô Văn Lực, đ/c "
                "Trần Thị Én). Đồng chí Phan Văn Cư có mặt từ đầu buổi, thư ký ghi nhầm.")
    assert _att(m)[4:] == (2, 2, 0)
    assert m.attendance.absentees == ("Ngô Văn Lực", "Trần Thị Én")


def test_terse_labels_of_the_counts() -> None:
    m = meeting("TS: 31 ĐV; miễn SH 4; phải SH 27; có mặt 24; vắng 3 - có LD 2 (đ/c Lê Văn Kỳ - ốm; đ/c Hà Thị Na - "
                "đi học), không LD 1 (đ/c Vũ Văn Tư).\nĐB: đ/c Phạm Thị Lý - Đảng ủy viên.")
    assert _att(m) == (31, 4, 27, 24, 3, 2, 1)
    assert m.delegates == ("Phạm Thị Lý",)
    m = meeting("8 giờ ngày 5/4/2024, chi bộ họp. Đảng viên 14, có mặt 13, vắng 1 có lý do (đ/c Lò Văn Inh đi rẫy).")
    assert _att(m)[:4] == (14, None, 14, 13)


# ---------------------------------------------------------------- a cell's conference

def test_presidium_and_chair_of_a_conference() -> None:
    m = meeting("Chủ tọa hội nghị: đồng chí Kỹ sư Đào Văn Khánh - Bí thư Chi bộ.\n"
                "Thư ký hội nghị: đồng chí Lê Thị Hà.\nNội dung.\n\n"
                "   THƯ KÝ HỘI NGHỊ                    CHỦ TỌA HỘI NGHỊ\n"
                "      (đã ký)                             (đã ký)\n"
                "   Lê Thị Hà                          Đào Văn Khánh\n")
    assert (m.chair, m.secretary, m.signatures.chair) == ("Đào Văn Khánh", "Lê Thị Hà", True)
    m = meeting("Đoàn chủ tịch gồm:\n- Đồng chí ThS. Trịnh Thu Trang - Bí thư Chi bộ (chủ tọa);\n"
                "- Đồng chí Vũ Văn Lộc.\nThư ký hội nghị: đồng chí Lê Thị Hà.\n")
    assert m.chair == "Trịnh Thu Trang"
    m = meeting("Đồng chí Thượng tá Cao Văn Tiến thay mặt Đoàn chủ tịch khai mạc hội nghị.\n\n   THƯ KÝ HỘI NGHỊ      "
                "          T/M ĐOÀN CHỦ TỊCH\n      (đã ký)                     (đã ký)\n")
    assert (m.chair, m.signatures.chair) == ("Cao Văn Tiến", True)


def test_counts_by_party_group_then_in_sum_and_exempt_named_without_count() -> None:
    m = meeting("Chi bộ có 20 đảng viên.\n- Tổ đảng 1: có mặt 8/9 (vắng đ/c Lý Văn Tài, ốm);\n"
                "- Tổ đảng 2: có mặt 9/9.\nTổng cộng có mặt 17/18 đ/c, vắng 01 đ/c có lý do.\n"
                "- Các đồng chí được miễn sinh hoạt: "
                "đ/c Mạc Văn Lai, đ/c Tô Thị Huệ.")
    assert _att(m)[:5] == (20, 2, 18, 17, 1)


def test_absentees_named_only_further_on() -> None:
    m = meeting("Tổng số 10 đ/c; có mặt 9 đ/c; vắng 01 đ/c có lý do (đi viện)(1).\nChi bộ họp.\n"
                "(1) Đ/c vắng: Lương Thị Hảo, thủ quỹ, đi viện thăm mẹ.")
    assert m.attendance.absentees == ("Lương Thị Hảo",)
    m = meeting("Tổng số 4 đ/c; có mặt 3 đ/c; vắng 01 đ/c có lý do – xem danh sách cuối biên bản.\nChi bộ họp.\n"
                "DANH SÁCH\n1. Mạc Văn Tú ......... (có mặt)\n2. Lò Văn Ín ......... (vắng, đi rẫy)\n"
                "3. Hà Thị Ên ......... (có mặt)\n4. Vi Văn Ba ......... (có mặt)\n")
    assert m.attendance.absentees == ("Lò Văn Ín",)


def test_facts_told_only_in_the_last_paragraph() -> None:
    body = "".join(f"{i}. Đồng chí Tạ Văn Lũy nêu ý kiến về việc nạo vét kênh mương nội đồng đoạn số {i}, đề nghị "
                   "huy động thêm ngày công của các hộ dân và báo cáo Ủy ban nhân dân xã hỗ trợ kinh phí.\n\n"
                   for i in range(1, 25))
    m = meeting("CHI BỘ THÔN ĐÔNG HÀ\nBIÊN BẢN SINH HOẠT CHI BỘ THÁNG 3 NĂM 2023\n\n" + body
                + "Cuộc sinh hoạt nói trên diễn ra ngày 14/3/2023; bắt đầu vào lúc 19 giờ 15 phút, kết thúc lúc "
                  "21 giờ 05 phút. Địa điểm: Hội trường thôn Đông Hà. Đại biểu dự: đồng chí Mẫn Thị Hoa, Đảng ủy "
                  "viên. Chủ trì: đồng chí Tạ Văn Lũy; thư ký: đồng chí Kha Thị Nụ.\n")
    assert (m.start_time, m.end_time, m.place) == ("19:15", "21:05", "Hội trường thôn Đông Hà")
    assert m.delegates == ("Mẫn Thị Hoa",)
    # a place told deep in the body, for another event, is not the meeting's
    m = meeting("CHI BỘ THÔN ĐÔNG HÀ\nBIÊN BẢN SINH HOẠT CHI BỘ THÁNG 3 NĂM 2023\n\n" + body
                + "Phương hướng: tổ chức hội thi nấu ăn. Địa điểm: sân vận động xã.\n")
    assert m.place is None


# ---------------------------------------------------------------- official and probationary members

@pytest.mark.parametrize(("text", "total"), [
    ("Chi bộ hiện có 26 đảng viên chính thức và 03 đảng viên dự bị.\nCó mặt: 27 đ/c. Vắng: 02 đ/c (ốm).", 29),
    ("Số đảng viên: 14 đ/c chính thức, 02 đ/c dự bị. Có mặt: 16 đ/c.", 16),
    ("- Đảng viên chính thức: 41 đ/c\n- Đảng viên dự bị: 01 đ/c\n- Có mặt: 40 đ/c\n- Vắng: 02 đ/c", 42),
    ("Đảng viên: chính thức 9 đ/c; dự bị 2 đ/c. Có mặt: 11 đ/c.", 11),
    # a split of those present is no total
    ("Tổng số đảng viên: 20 đ/c. Có mặt: 18 đ/c (chính thức 16 đ/c, dự bị 02 đ/c). Vắng: 02 đ/c.", 20),
    ("Có mặt: 18 đ/c (chính thức 16 đ/c, dự bị 02 đ/c). Vắng: 02 đ/c.", None),
])
def test_total_of_official_and_probationary_members(text: str, total: int | None) -> None:
    assert meeting(text).attendance.total == total


def test_members_moved_out_and_those_not_to_attend() -> None:
    m = meeting("Đầu tháng chi bộ có 30 đ/c; trong tháng chuyển sinh hoạt đi 01 đ/c (đ/c Lã Văn Tín). Hiện nay chi bộ "
                "còn 29 đ/c.\nCó mặt: 27 đ/c, vắng 02 đ/c có lý do.")
    assert _att(m)[:5] == (29, None, 29, 27, 2)
    m = meeting("Tổng số đảng viên: 27 đ/c.\nKhông phải dự sinh hoạt: 04 đ/c, gồm 01 đ/c được miễn sinh hoạt đảng "
                "(đ/c Hầu Văn Sáng), 03 đ/c đi làm ăn xa có giấy giới thiệu sinh hoạt tạm thời.\nCó mặt: 23 đ/c.")
    assert _att(m)[:5] == (27, 4, 23, 23, 0)


def test_absentees_reasons_said_by_the_label_and_an_address_after_a_comma() -> None:
    m = meeting("Tổng số: 12 đ/c. Có mặt: 10 đ/c.\nVắng: có lý do, gồm đ/c Sùng Văn Dơ đi làm thuê tại khu công nghiệp "
                "Quế Võ, Bắc Ninh và đ/c Lầu Thị Mỷ (ốm).")
    assert _att(m)[4:] == (2, 2, 0)
    assert m.attendance.absentees == ("Sùng Văn Dơ", "Lầu Thị Mỷ")


# ---------------------------------------------------------------- planned, then held otherwise

def test_meeting_as_held_not_as_planned() -> None:
    m = meeting("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 10 NĂM 2024\n\nTheo kế hoạch, chi bộ họp lúc 19 giờ ngày 08/10/2024 "
                "tại Hội trường thôn Bắc. Vì mưa to, chi ủy dời buổi họp sang tối hôm sau.\n\nHôm nay, lúc 19 giờ 30 "
                "ngày 09/10/2024, tại nhà đồng chí Bí thư, Chi bộ thôn Bắc họp thường kỳ.\nBuổi họp kết thúc lúc 21 "
                "giờ 40 cùng ngày.")
    assert (m.date, m.start_time, m.duration_minutes) == ("2024-10-09", "19:30", 130)
    assert m.place == "nhà đồng chí Bí thư"
    m = meeting("Thời gian: giấy mời lúc 8 giờ 00 ngày 3/4/2025; do đường ngập, thực tế bắt đầu lúc 8 giờ 20.\n"
                "Kết thúc lúc 10 giờ 30.")
    assert (m.date, m.start_time) == ("2025-04-03", "08:20")


def test_a_line_opening_with_a_capitalised_cue_is_a_new_sentence() -> None:
    m = meeting("Thời gian: 14 giờ ngày 5/6/2021.\n"
                "Địa điểm: Phòng họp số 2, nhà điều hành Công ty Cổ phần Bao bì Phú Hưng\n"
                "Đồng chí Bí thư chi bộ dự tại điểm cầu chính, các đồng chí khác dự trực tuyến.\n")
    assert m.place == "Phòng họp số 2, nhà điều hành Công ty Cổ phần Bao bì Phú Hưng"


def test_parent_in_brackets_under_the_cell_or_beside_it_in_the_body() -> None:
    m = meeting("CHI BỘ THÔN GÒ MÂY                    ĐẢNG CỘNG SẢN VIỆT NAM\n(Đảng bộ xã Phước Hưng)\n\n"
                "BIÊN BẢN SINH HOẠT CHI BỘ\nThời gian: 19 giờ ngày 4/5/2019.")
    assert (m.organization, m.parent) == ("Chi bộ thôn Gò Mây", "Đảng bộ xã Phước Hưng")
    m = meeting("CHI BỘ KHÓM 2\nBIÊN BẢN SINH HOẠT CHI BỘ\nHôm nay, lúc 19 giờ ngày 4/5/2019, Chi bộ khóm 2 "
                "(trực thuộc Đảng bộ phường Vĩnh Hiệp) tiến hành sinh hoạt thường kỳ.")
    assert m.parent == "Đảng bộ phường Vĩnh Hiệp"


def test_members_arriving_together_and_the_roll_called_again() -> None:
    m = meeting("Tổng số đảng viên 15 đ/c; có mặt 12 đ/c; vắng 03 đ/c: đ/c Hà Văn Lâm (đi tập huấn), đ/c Đỗ Thị Nga, "
                "đ/c Chu Văn Tài (cả hai báo đến muộn).\nChi bộ nghe thông tin thời sự.\nLúc 20 giờ, đ/c Đỗ Thị Nga và "
                "đ/c Chu Văn Tài đi trực về đã đến dự. Điểm danh lại: có mặt 14 đ/c, vắng 01 đ/c có lý do.")
    assert _att(m)[3:] == (14, 1, 1, 0)
    assert m.attendance.absentees == ("Hà Văn Lâm",)


def test_who_came_told_only_at_the_end_under_a_total_at_the_head() -> None:
    body = "".join(f"- Ý kiến thứ {i}: đồng chí Lò Văn Pọm đề nghị sửa đường nội đồng và nạo vét mương thủy lợi đoạn "
                   f"số {i} trước mùa mưa, vận động các hộ góp ngày công.\n" for i in range(1, 30))
    m = meeting("Tổng số đảng viên: 20 đ/c; miễn sinh hoạt 02 đ/c.\n" + body
                + "Buổi họp kết thúc lúc 21 giờ. Dự họp: 17 đ/c; vắng 01 đ/c có lý do (đ/c Lường Thị Xuân ốm).")
    assert _att(m) == (20, 2, 18, 17, 1, 1, 0)


def test_attendance_by_party_group_with_no_total_written() -> None:
    m = meeting("Đảng viên dự họp chia theo tổ:\n- Tổ 1 (xóm Trại): 11/12 đ/c (vắng đ/c Mai Xuân Trường - đi làm ở "
                "Hải Phòng, có báo);\n- Tổ 2 (xóm Chùa): 10/10 đ/c.\nTổng hợp: có mặt 21 đ/c, vắng 01 đ/c có lý do.")
    assert _att(m) == (22, None, 22, 21, 1, 1, 0)
    assert m.attendance.absentees == ("Mai Xuân Trường",)
    m = meeting("Chi bộ có 03 đ/c được miễn sinh hoạt.\n- Tổ đảng A: có mặt 7/8 (vắng ThS. Đoàn Thị Vân - đi học);\n"
                "- Tổ đảng B: có mặt 6/7 (vắng đ/c Lý Văn Kiên - ốm).\nCộng: có mặt 13 đ/c, vắng 02 đ/c có lý do.")
    assert _att(m) == (18, 3, 15, 13, 2, 2, 0)
    assert m.attendance.absentees == ("Đoàn Thị Vân", "Lý Văn Kiên")


def test_present_counted_apart_as_official_and_probationary_members() -> None:
    m = meeting("Tổng số đảng viên: 24 đ/c.\n+ Chính thức: có mặt 19/21 đ/c;\n+ Dự bị: có mặt 3/3 đ/c.\n"
                "Vắng 02 đ/c có lý do (đ/c Âu Văn Dũng đi viện, đ/c Kiều Thị Lan đi học).")
    assert _att(m) == (24, None, 24, 22, 2, 2, 0)
    m = meeting("- Đảng viên chính thức dự họp: 8/9 đ/c, đảng viên dự bị dự họp: 1/1 đ/c.\nVắng: đ/c Hà Văn Lịch (ốm).")
    assert _att(m)[:5] == (10, None, 10, 9, 1)


def test_absence_clause_of_a_run_on_paragraph_ends_where_the_meeting_goes_on() -> None:
    m = meeting("Chủ trì đ/c Lê Văn Tám, thư ký đ/c Ngô Thị Bưởi, tổng số đảng viên 16 đ/c, có mặt 15 đ/c, vắng 1 đ/c "
                "là đ/c Chu Văn Tý đi làm xa; đ/c Tám nêu lý do và thông qua chương trình, đ/c Bưởi thông tin thời sự.")
    assert m.attendance.absentees == ("Chu Văn Tý",)
    m = meeting("Tổng số 30 đ/c, có mặt 24 đ/c, vắng 6 đ/c; đ/c Bí thư Lê Văn Tám tuyên bố lý do, đ/c Ngô Thị Bưởi "
                "thông tin thời sự, đ/c Lò Văn Pó trình bày báo cáo.")
    assert m.attendance.absentees == ()
    assert (m.attendance.absent_with_reason, m.attendance.absent_without_reason) == (None, None)


def test_a_place_in_brackets_after_an_absentee_is_no_name() -> None:
    m = meeting("Tổng số 9 đ/c. Có mặt 7 đ/c. Vắng 02 đ/c, đều có lý do:\n+ ThS. Lục Thị Vân – học tại Đại học Tokyo "
                "(Nhật Bản);\n+ CN. Đinh Văn Sử – ốm.\n")
    assert m.attendance.absentees == ("Lục Thị Vân", "Đinh Văn Sử")


def test_absentees_told_with_their_kin_and_nicknames() -> None:
    m = meeting("Tổng số 20 đ/c. Có mặt 17 đ/c. Vắng 03 đ/c có lý do (đ/c Vàng Văn Sử - bố cháu Pó - đi viện; đ/c Lò "
                "Thị Dịu - con gái ông Pền - đi học; đ/c Mùa A Chá (em trai đ/c Mùa A Dế) đi làm xa).")
    assert m.attendance.absentees == ("Vàng Văn Sử", "Lò Thị Dịu", "Mùa A Chá")
    m = meeting("Tổng số 12 đ/c. Có mặt 10 đ/c.\nVắng mặt: hai đồng chí, đều có lý do:\n"
                "  + đ/c Đỗ Thị Hoà (bà Tư Hoà) ốm;\n  + đ/c Lý Văn Toàn (anh Toàn xe ôm) đi làm xa.\n")
    assert m.attendance.absentees == ("Đỗ Thị Hòa", "Lý Văn Toàn")


def test_absentees_listed_under_dotted_items_with_nicknames() -> None:
    m = meeting("- Có mặt: mười đồng chí\n- Vắng: hai đồng chí, trong đó:\n  . có lý do một đ/c: Lê Thị Bé Thuỷ "
                "(Hai Thuỷ) bịnh;\n  . không lý do một đ/c: Trần Văn Út (Út \"lé\").\n\n1. Khai mạc\n")
    assert m.attendance.absentees == ("Lê Thị Bé Thủy", "Trần Văn Út")


def test_vote_of_all_written_in_words() -> None:
    m = meeting("Có mặt: mười hai đồng chí.\nChi bộ biểu quyết: mười hai đồng chí tán thành, đạt một trăm phần trăm.")
    v = m.vote
    assert (v.in_favor, v.against, v.voters) == (12, 0, 12)


def test_delegate_run_on_after_a_comma() -> None:
    m = meeting("Chủ trì đ/c Vi Văn Lả - Bí thư chi bộ, thư ký đ/c Hà Thị Mến, đại biểu dự có đ/c Lương Văn Khoa - "
                "Đảng ủy viên; tổng số đảng viên 18 đ/c, có mặt 17 đ/c.")
    assert m.delegates == ("Lương Văn Khoa",)


def test_delegate_introduced_by_name_in_the_opening() -> None:
    m = meeting("Đồng chí Bí thư tuyên bố lý do, giới thiệu đại biểu về dự với chi bộ: đồng chí Lục Văn Toàn - Đảng ủy "
                "viên; thông qua chương trình, chi bộ nhất trí.")
    assert m.delegates == ("Lục Văn Toàn",)
    m = meeting("Đồng chí Bí thư tuyên bố lý do, giới thiệu đại biểu, thông qua chương trình; đồng chí Lục Văn Toàn "
                "thông tin thời sự.")
    assert m.delegates == ()


# ---------------------------------------------------------------- a notebook transcribed at a narrow width

_NOTEBOOK = (
    "BIÊN BẢN SH CHUYÊN ĐỀ QUÝ II/2023\n\nHôm nay ngày 20/6/2023, lúc 8h00\nĐịa điểm: Phòng họp UBND xã\n"
    "chủ trì: đ/c Lò Văn Páo - BT\nThư ký: đ/c Cà Thị Ên\nTS ĐV của CB: 9 đ/c; có mặt: (xóa: 9) 8 đ/c;\n"
    "vắng: 01 đ/c có lý do - Thượng úy Quàng Văn\nPhiêng (đi công tác).\n\na) Mở đầu\nĐ/c Páo tuyên bố lý do, "
    "thông qua chương trình.\nb) Trình bày chuyên đề\nĐ/c Ên trình bày chuyên đề về nêu gương.\n"
    "c) Thảo luận\n- đ/c Lả: nhất trí.\nKết thúc lúc 10h00.\n"
)


def test_a_notebook_page_without_the_cell_named_is_minutes_and_read_whole() -> None:
    assert is_minutes(normalize(_NOTEBOOK).text)
    m = analyze(_NOTEBOOK).meeting
    assert _att(m)[:5] == (9, None, 9, 8, 1)
    assert m.attendance.absentees == ("Quàng Văn Phiêng",)


def test_absent_count_wrapped_before_its_reason() -> None:
    m = meeting("TS ĐV: 14 đ/c. Có mặt: 12 đ/c. Vắng 2 đ/c\ncó lý do: đ/c Đinh Văn Ư (ốm), đ/c\nPhạm Thị Ánh (nghỉ "
                "phép).\nNội dung sinh hoạt gồm ba phần và các\ný kiến của các đồng chí đảng viên trong\nchi bộ.\n")
    assert _att(m)[4:] == (2, 2, 0)
    assert m.attendance.absentees == ("Đinh Văn Ư", "Phạm Thị Ánh")


def test_days_missed_without_reason_are_no_count_of_absentees() -> None:
    m = meeting("Tổng số 20 đ/c. Có mặt 18 đ/c. Vắng 02 đ/c: đ/c Kim Văn Ba (ốm, có lý do), đ/c Mạc Văn Tư (không lý "
                "do).\nKiểm điểm: 1 đảng viên nghỉ làm không lý do 6 công trong tháng.")
    assert _att(m)[4:] == (2, 1, 1)


def test_delegates_listed_as_attending_and_directing() -> None:
    m = meeting("Thành phần:\n- Đồng chí Lê Hữu Phước - Phó Giám đốc Chi nhánh, dự và chỉ đạo hội nghị.\n"
                "- Đảng viên của Chi bộ: 12 đồng chí, có mặt 12 đồng chí.\n")
    assert m.delegates == ("Lê Hữu Phước",)
    m = meeting("Dự có: Trung tá Đoàn Văn Kha - Chính ủy Trung đoàn.\nQuân số đảng viên: 16, có mặt 16.\n")
    assert m.delegates == ("Đoàn Văn Kha",)
    m = meeting("Tổng số 9 đ/c, có mặt 9 đ/c.\n- Đ/c Mai Văn Tú: bổ sung số liệu về du học sinh của xã.\n")
    assert m.delegates == ()


def test_absentees_named_after_their_office_or_before_the_count() -> None:
    m = meeting("Tổng số 20 đ/c. Có mặt 17 đ/c.\n- Vắng: đ/c Phó Giám đốc Tạ Văn Khuê (đi công tác) và đ/c Kế toán "
                "trưởng Lý Thị Mai Anh (ốm) - 02 đ/c có lý do; đ/c Hứa Văn Tài, tổ trưởng tổ cắt - không báo cáo (01 "
                "đ/c không lý do).\n")
    assert m.attendance.absentees == ("Tạ Văn Khuê", "Lý Thị Mai Anh", "Hứa Văn Tài")
    m = meeting("Tổng số 15 đ/c. Đảng viên có mặt: 13 đ/c. Đảng viên vắng mặt: TS. Quách Thị Ngọc Hân (dự hội thảo, có "
                "đơn) và KS. Đinh Minh Trọng (ốm) - vắng có lý do: 02 đ/c.\n")
    assert m.attendance.absentees == ("Quách Thị Ngọc Hân", "Đinh Minh Trọng")


def test_a_titled_member_arriving_late_with_the_count_said_again() -> None:
    m = meeting("Số đảng viên phải dự: 12 đ/c. Có mặt đầu giờ: 10 đ/c. Vắng: 02 đ/c, gồm:\n"
                "   - BS.CKI Lưu Văn Đạo: trực cấp cứu, xin đến muộn\n   - ĐD Ông Thị Nga: nghỉ chế độ thai sản\n"
                "(Lúc 15 giờ BS.CKI Lưu Văn Đạo hết ca trực đã đến dự sinh hoạt. Như vậy số đảng viên có mặt là 11/12 "
                "đ/c, vắng 01 đ/c có lý do là đ/c Ông Thị Nga.)\n")
    assert _att(m)[3:] == (11, 1, 1, 0)
    assert m.attendance.absentees == ("Ông Thị Nga",)


def test_the_date_nearest_the_start_time_and_a_guest_speaker_labelled_as_delegate() -> None:
    m = meeting("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ\n"
                "Chuyên đề: \"Kỷ niệm 80 năm Cách mạng Tháng Tám (19/8/1945 - 19/8/2025)\"\n"
                "- Thời gian: 14 giờ, ngày 15/8/2025.\n"
                "- Đại biểu, báo cáo viên: đ/c Lưu Văn Kỳ - Phó Chủ tịch UBND xã.\n")
    assert m.date == "2025-08-15"
    assert m.delegates == ("Lưu Văn Kỳ",)


def test_a_place_told_of_another_days_meeting_is_not_this_ones() -> None:
    m = meeting("Hôm nay, lúc 14 giờ ngày 24/10/2024, chi bộ sinh hoạt chuyên đề. Kỳ sinh hoạt thường kỳ tháng 9 (ngày "
                "26/9/2024) tổ chức tại Phòng họp số 3 của Sở, có 9/11 đồng chí dự.\n")
    assert m.place is None
    m = meeting("Vào hồi 19h00 ngày 27 tháng 4 năm 2018 (tức ngày 12 tháng 3 năm Mậu Tuất), Chi bộ thôn Đông họp định "
                "kỳ tháng 4 tại Nhà văn hóa thôn Đông.\n")
    assert m.place == "Nhà văn hóa thôn Đông"


def test_numbered_form_fields_with_dot_leaders() -> None:
    m = meeting("BIÊN BẢN SINH HOẠT CHI BỘ\nA1. Bắt đầu .......... 8 giờ 00 phút, ngày 04/3/2023\n"
                "A2. Địa điểm ......... Nhà điều hành Mỏ đá Hang Nước\n"
                "A3. Chủ trì .......... đ/c Triệu Văn Sơn - Bí thư Chi bộ\n"
                "A4. Đại biểu ......... đ/c Nông Thị Hiền - Đảng ủy viên\n")
    assert (m.place, m.chair, m.delegates) == ("Nhà điều hành Mỏ đá Hang Nước", "Triệu Văn Sơn", ("Nông Thị Hiền",))


def test_fields_struck_through_in_a_copied_minutes_book() -> None:
    from nlp.analyze import analyze

    m = analyze("Ngày 12/10/2020\nBIÊN BẢN HỌP CHI BỘ THÔN NÀ TẤU THÁNG 10/2020\n"
                "Thời gian bắt đầu: 19 giờ 00 (gạch) 19 giờ 30, ngày 12/10/2020\n"
                "Thư ký: Đ/c Lò Văn Pọm [xóa] Đ/c Quàng Thị Ín\nChủ trì: đ/c Cà Văn Dọn\n").meeting
    assert (m.start_time, m.secretary) == ("19:30", "Quàng Thị Ín")


def test_month_meeting_of_a_named_cell_combined_with_its_thematic_part() -> None:
    m = meeting("Biên bản sinh hoạt Chi bộ Phòng Kỹ thuật tháng 9/2022\n(kết hợp sinh hoạt chuyên đề quý III)\n"
                "Thời gian: 14 giờ 00.\n")
    assert (m.type, m.combined) == ("regular", True)


ONLINE_FORM = (
    "BIỂU MẪU BIÊN BẢN SINH HOẠT CHI BỘ\nPhiếu số: 2024-03-017 | Gửi lúc: 12/03/2024 21:47\n\n"
    "Đảng bộ cấp trên *\n>> Đảng bộ xã Phú Lộc\n\nTên chi bộ *\n>> Chi bộ thôn Phú Hải\n\n"
    "Loại hình sinh hoạt *\n  (•) Thường kỳ\n  ( ) Chuyên đề\n\nNgày sinh hoạt *\n>> 12/03/2024\n\n"
    "Giờ bắt đầu *\n>> 19:30\n\nGiờ kết thúc *\n>> 21:15\n\nĐịa điểm *\n>> Nhà văn hóa thôn Phú Hải\n\n"
    "Chủ trì *\n>> Trần Văn Lụa (Bí thư chi bộ)\n\nThư ký *\n>> Hồ Thị Mơ\n\n"
    "Tổng số đảng viên *\n>> 16\n\nSố có mặt *\n>> 15\n\nSố vắng *\n>> 1\n\n"
    "Họ tên, lý do vắng\n>> Phan Văn Bờ - có lý do (đi biển)\n\n"
    "Ý kiến thảo luận\n>> - Đ/c Lê Văn Tứ: đề nghị sửa đường.\n   - Đ/c Hồ Thị Mơ: nhất trí.\n\n"
    "Xác nhận\n>> [x] Chủ trì đã ký: Trần Văn Lụa\n   [x] Thư ký đã ký: Hồ Thị Mơ\n"
)


def test_online_form_questions_and_answers() -> None:
    from nlp.analyze import analyze

    r = analyze(ONLINE_FORM)
    m, a = r.meeting, r.meeting.attendance
    assert (m.organization, m.parent, m.type) == ("Chi bộ thôn Phú Hải", "Đảng bộ xã Phú Lộc", "regular")
    assert (m.date, str(m.start_time), str(m.end_time)) == ("2024-03-12", "19:30", "21:15")
    assert (m.place, m.chair, m.secretary) == ("Nhà văn hóa thôn Phú Hải", "Trần Văn Lụa", "Hồ Thị Mơ")
    assert (a.total, a.present, a.absent, a.absentees) == (16, 15, 1, ("Phan Văn Bờ",))
    assert (m.signatures.chair, m.signatures.secretary) == (True, True)
    assert "discussion" in [s.kind for s in r.sections]


def test_minutes_book_abbreviations_and_a_roll_with_notes() -> None:
    text = ("Trang 14\n            BIÊN BẢN HỌP CHI BỘ BẢN NẬM KHAN\n               Tháng 3 năm 2022\n"
            "            Đảng bộ xã Sín Chải\n\nT/gian: 19h30 ngày 06/3/2022\nC/trì: đ/c Giàng A Tủa - BT chi bộ\n"
            "T/ký: đ/c Lò Thị Ỏn\n\nĐiểm danh:\n1. Giàng A Tủa       có mặt\n2. Lò Thị Ỏn         có mặt\n"
            "3. Sùng A Dơ         vắng - đi làm thuê (Bắc Ninh), có báo\n4. Vàng Seo Lử      có mặt\n"
            "5. Hờ A Chứ          có mặt\nTS đ/v 5, có mặt 4, vắng 1 (có lý do).\n")
    m = meeting(text)
    a = m.attendance
    assert (m.organization, m.parent) == ("Chi bộ bản Nậm Khan", "Đảng bộ xã Sín Chải")
    assert (m.chair, m.secretary) == ("Giàng A Tủa", "Lò Thị Ỏn")
    assert (a.total, a.present, a.absent, a.absent_with_reason, a.absentees) == (5, 4, 1, 1, ("Sùng A Dơ",))


ANSWERED_FORM = (
    "BIÊN BẢN SINH HOẠT CHI BỘ (BIỂU MẪU TRỰC TUYẾN)\nDấu thời gian: 07/03/2025 22:14:05\n\n"
    "Câu hỏi: 1. Tên chi bộ *\nCâu trả lời: Chi bộ Tổ dân phố 6\n\nCâu hỏi: 2. Trực thuộc *\n"
    "Câu trả lời: Đảng bộ phường Quang Trung\n\nCâu hỏi: 3. Nội dung chuyên đề (nếu có)\nCâu trả lời:\n\n"
    "Câu hỏi: 4. Ngày sinh hoạt *\nCâu trả lời: 06/03/2025\n\nCâu hỏi: 5. Giờ bắt đầu *\nCâu trả lời: 19:30\n\n"
    "Câu hỏi: 6. Giờ kết thúc *\nCâu trả lời: 21:20\n\nCâu hỏi: 7. Chủ trì (họ tên, chức vụ) *\n"
    "Câu trả lời: Đào Văn Lợi - Bí thư chi bộ\n\nCâu hỏi: 8. Thư ký ký xác nhận\nCâu trả lời: Đã ký - Vi Thị Nga\n"
)
PRINTED_FORM = (
    "PHIẾU BIÊN BẢN SINH HOẠT CHI BỘ\nThời gian bắt đầu điền: 3/8/2024 9:02:11 PM\n\n* Bắt buộc\n\n"
    "Tên chi bộ *\nChi bộ thôn Khe Mạ\n\nĐảng bộ cấp trên *\nĐảng bộ xã Quỳnh Lâm\n\nHình thức sinh hoạt *\n"
    "○ Thường kỳ\n● Chuyên đề\n○ Thường kỳ kết hợp chuyên đề\n\nGiờ bắt đầu *\n19:00\n\nGiờ kết thúc\n\n\n"
    "Đồng chí chủ trì *\nLang Văn Chiến - Bí thư chi bộ\n\nĐồng chí thư ký *\nVi Thị Xoan\n\n"
    "Số vắng *\n2\n\nGhi rõ người vắng, lý do\nLang Thị Mai - ốm; Vi Văn Tòng - đi làm xa\n\n"
    "Chủ trì ký tên (ghi họ tên) *\nLang Văn Chiến - đã ký\n"
)


def test_form_answers_after_cau_tra_loi() -> None:
    from nlp.analyze import analyze

    m = analyze(ANSWERED_FORM).meeting
    assert (m.organization, m.parent, m.type, m.combined) == ("Chi bộ Tổ dân phố 6", "Đảng bộ phường Quang Trung",
                                                            None, False)
    assert (str(m.start_time), str(m.end_time), m.chair, m.signatures.secretary) == ("19:30", "21:20",
                                                                                    "Đào Văn Lợi", True)


def test_printed_form_answers_under_their_questions() -> None:
    from nlp.analyze import analyze

    m = analyze(PRINTED_FORM).meeting
    assert (m.organization, m.parent, m.type) == ("Chi bộ thôn Khe Mạ", "Đảng bộ xã Quỳnh Lâm", "thematic")
    assert (str(m.start_time), m.end_time, m.chair, m.secretary) == ("19:00", None, "Lang Văn Chiến", "Vi Thị Xoan")
    assert (m.attendance.absent, m.attendance.absentees) == (2, ("Lang Thị Mai", "Vi Văn Tòng"))
    assert m.signatures.chair


def test_a_chat_report_of_the_meeting_whose_minutes_are_still_being_typed_is_no_minutes() -> None:
    chat = ("[Nhóm Zalo] CHI BỘ THÔN ĐÔNG PHÚ\n\nLê Thị Mận (Bí thư), 21:05, 12/11/2025\n"
            "Em báo cáo nhanh: tối nay chi bộ sinh hoạt thường kỳ tháng 11 xong lúc 21h. Có mặt 15/17 đ/c, vắng 2 có "
            "lý do. Nghị quyết tháng 11 thông qua 15/15.\n\nLê Thị Mận (Bí thư), 21:07, 12/11/2025\n"
            "Biên bản anh Tuấn đang đánh máy, mai em gửi file lên nhóm. Chủ trì: đ/c Mận, thư ký: đ/c Tuấn.\n\n"
            "Nguyễn Văn Tuấn, 21:10, 12/11/2025\nDạ em nhận ạ.\n")
    assert not is_minutes(chat)
    # (a record that says it was read back is still minutes)
    record = ("CHI BỘ THÔN ĐÔNG PHÚ\nBIÊN BẢN SINH HOẠT CHI BỘ THÁNG 11/2025\nThời gian: 19h30 ngày 12/11/2025\n"
              "Chủ trì: đ/c Lê Thị Mận\nThư ký: đ/c Nguyễn Văn Tuấn\nCó mặt 15/17 đ/c.\nBiên bản đã được đọc lại, "
              "chi bộ nhất trí.\n")
    assert is_minutes(record)


RECORD = ("CHI BỘ KHU PHỐ 6\nBIÊN BẢN SINH HOẠT CHI BỘ THÁNG 10/2024\nThời gian bắt đầu: 19 giờ 30, ngày 14/10/2024.\n"
          "Chủ trì: đ/c Vũ Văn Lâm\nThư ký: đ/c Đỗ Thị Hồng\nCó mặt 20/22 đ/c.\nĐồng chí Lâm tuyên bố lý do.\n"
          "Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút cùng ngày.\n")


@pytest.mark.parametrize("furniture", [
    "Nhóm Zalo: CHI BỘ KP6\nXuất bởi: Đỗ Thị Hồng | Thời gian xuất: 15/10/2024 06:41\n\n",
    "Lưu trên OneDrive · Sửa đổi lần cuối bởi Đỗ Thị Thu Hồng lúc 22:05, 14/10/2024\n\n",
    "Đỗ Thị Hồng <hongdt.kp6@gmail.com>                    14 tháng 10, 2024 lúc 22:47\n\n",
    "Ghi chú\n14 tháng 10, 2024 lúc 22:50\n\n",
])
def test_a_tools_own_time_stamps_are_no_meeting_times(furniture: str) -> None:
    m = read_meeting(normalize(furniture + RECORD).text)
    assert (m.start_time, m.end_time) == ("19:30", "21:15")


def test_a_form_responses_own_times_are_no_meeting_times() -> None:
    text = ("Microsoft Forms\nBIÊN BẢN SINH HOẠT CHI BỘ THÁNG 8/2022\nNgười phản hồi: Lê Thị Thu\n"
            "Thời gian bắt đầu: 8/20/22 19:12:40\nThời gian hoàn thành: 8/20/22 19:40:02\n"
            "Thời gian để hoàn thành: 21:49\n\n1. Tên chi bộ *\nChi bộ Tổ dân phố 5\n\n2. Giờ bắt đầu *\n14:00\n\n"
            "3. Giờ kết thúc *\n16:10\n\n4. Chủ trì *\nđ/c Phan Văn Hòa\n\n5. Thư ký *\nđ/c Lê Thị Thu\n")
    m = analyze(text).meeting
    assert (m.start_time, m.end_time, m.duration_minutes) == ("14:00", "16:10", 130)
    # (a question's number is no hour, nor a number ending the line above "Giờ bắt đầu")
    from nlp.cues import fold
    from nlp.times import find_times

    folded = fold("2. Giờ bắt đầu: 14:00\nChi bộ Tổ dân phố 5\nGiờ kết thúc: 16:10")
    assert [(t.hour, t.minute) for t in find_times(folded)] == [(14, 0), (16, 10)]


def test_comments_after_the_record_change_neither_time() -> None:
    comments = ("\n\nNhận xét\nTrần Thị Lý\n9:05 SA 15 thg 10\nChị xem lại số có mặt giúp em\nĐỗ Thị Hồng\n9:31 SA 15 "
                "thg 10\nĐúng rồi em, anh Tâm đến lúc 8h kém nên vẫn tính có mặt.\n")
    m = read_meeting(normalize(RECORD + comments).text)
    assert (m.start_time, m.end_time) == ("19:30", "21:15")


def test_a_notebooks_short_heading_and_counts_set_off_by_dashes() -> None:
    text = ("ĐB xã Quỳnh Lâm – huyện Quỳnh Lưu\nCB Trạm Y tế xã\n\nBB họp CB tháng 5/2019\n\n"
            "Hôm nay, 14g00 ngày 06/5/2019, tại phòng giao ban trạm, CB họp thường kỳ T5.\n"
            "TS: 7 — có mặt 6 — vắng 1 (đ/c Hồ Văn Tám đi học – cld)\n")
    m = meeting(text)
    assert (m.organization, m.parent, m.place) == ("Chi bộ Trạm Y tế xã", "Đảng bộ xã Quỳnh Lâm", "phòng giao ban trạm")
    assert (m.attendance.total, m.attendance.present, m.attendance.absent) == (7, 6, 1)
    # a chat group's name is no heading
    assert "PHÚ LỢI" not in (meeting("CB TỔ 5 PHÚ LỢI 🌻\n12 thành viên\n\nNhắc họp chi bộ 8g.\n").organization or "")
    assert meeting("BIÊN BẢN SINH HOẠT CHI BỘ\nThời gian: 8h00 ngày 03/3/2024.\nSố đảng viên: 05/05 có mặt.\n"
                   ).attendance.present == 5


def test_a_dictated_year_read_digit_by_digit() -> None:
    for said, iso in (("ngày mười hai tháng tư năm hai không hai ba", "2023-04-12"),
                      ("ngày hai mươi tháng chín năm hai không mười chín", "2019-09-20"),
                      ("ngày ba tháng bảy năm hai không hai mốt", "2021-07-03")):
        text = f"biên bản sinh hoạt chi bộ\n\nhôm nay {said} lúc tám giờ tại nhà văn hóa chi bộ tổ chức họp\n"
        assert meeting(text).date == iso


def test_a_forms_receipt_time_is_no_meeting_time() -> None:
    text = ("BIÊN BẢN SINH HOẠT CHI BỘ\nPhản hồi của bạn đã được ghi lại lúc 12/03/2024 21:40\n\n"
            "Ngày sinh hoạt *\n12/03/2024\n\nGiờ bắt đầu *\n19:30\n\nGiờ kết thúc *\n21:10\n")
    m = analyze(text).meeting
    assert (m.start_time, m.end_time) == ("19:30", "21:10")


def test_a_literary_record_tells_where_and_how_many() -> None:
    text = ("BIÊN BẢN\nHỌP CHI BỘ THÁNG BA\n\nĐúng 7 giờ tối ngày 12 tháng 3 năm 2019, khi gió biển đã lặng, Chi bộ "
            "Khu phố 2 chúng tôi lại quây quần họp phiên thường kỳ tháng Ba tại hội trường khu phố 2.\n\n"
            "Chi bộ có cả thảy 21 đảng viên, hôm nay có mặt 20 đồng chí.\n")
    m = meeting(text)
    assert (m.place, m.attendance.total, m.attendance.present) == ("hội trường khu phố 2", 21, 20)


def test_an_absentee_named_in_a_sentence_without_a_label() -> None:
    text = ("BIÊN BẢN HỌP CHI BỘ\n\nChi bộ có 14 đảng viên, hôm nay có mặt 13 đồng chí, chỉ vắng đồng chí Lò Thị Xuân "
            "vì đưa con đi viện, đã xin phép chi ủy. Đồng chí Cầm nêu lý do buổi họp.\n")
    a = meeting(text).attendance
    assert (a.absent, a.absent_with_reason, a.absentees) == (1, 1, ("Lò Thị Xuân",))


def test_a_forms_counts_asked_in_one_question_and_the_absentees_reasons_below() -> None:
    text = ("Biên bản sinh hoạt chi bộ (biểu mẫu)\n* Bắt buộc\n\n1. Tên chi bộ *\nChi bộ Thôn Đồng Lầy\n\n"
            "2. Ngày sinh hoạt *\n10/3/2024\n\n"
            "3. Tổng số đảng viên / miễn sinh hoạt / có mặt / vắng *\n19 / 1 / 16 / 2\n\n"
            "4. Họ tên đảng viên vắng, lý do\nHà Văn Khương (đi viện), Lục Thị Thơm (đi làm Bắc Giang)\n\n"
            "5. Thư ký *\nMa Thị Hoa\n")
    a = analyze(text).meeting.attendance
    assert (a.total, a.exempt, a.present, a.absent) == (19, 1, 16, 2)
    assert (a.absent_with_reason, a.absent_without_reason, a.absentees) == (2, 0, ("Hà Văn Khương", "Lục Thị Thơm"))


@pytest.mark.parametrize(("counts", "expected"), [
    ("TS: 21 - CM: 19 - V: 2 (CLD: đ/c Hà Văn Tỉnh đi viện; đ/c Lò Thị Ban đi học)",
     (21, None, 19, 2, 2, 0, ("Hà Văn Tỉnh", "Lò Thị Ban"))),
    ("TS: 24, MSH: 3, phải dự: 21\nCM: 18, V: 3 (2 CLD: đ/c Vi Văn Lả, đ/c Sầm Thị Nụ; 1 KLD: đ/c Nông Văn Cò)",
     (24, 3, 18, 3, 2, 1, ("Vi Văn Lả", "Sầm Thị Nụ", "Nông Văn Cò"))),
    ("ĐV: TS 12 - MSH 1 (đ/c Lục Văn Sinh, 88 tuổi) - phải dự 11 - CM 10 - V 1 CLD (đ/c Hoàng Thị Pha, ốm)",
     (12, 1, 10, 1, 1, 0, ("Hoàng Thị Pha",))),
    ("Quân số ĐV: TS: 8, CM: 8, V: 0", (8, None, 8, 0, 0, 0, ())),
])
def test_a_minute_books_shorthand_counts(counts: str, expected: tuple) -> None:
    a = meeting("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 3/2024\nChi bộ bản Nà Sản\n" + counts + "\n").attendance
    assert (a.total, a.exempt, a.present, a.absent, a.absent_with_reason, a.absent_without_reason,
            a.absentees) == expected


@pytest.mark.parametrize(("head", "date"), [
    ("SỔ GHI BIÊN BẢN SINH HOẠT CHI BỘ - NĂM 2022\n\nBIÊN BẢN SINH HOẠT CHI BỘ THÁNG 8\n- Thời gian: 19h30, 14/8\n",
     "2022-08-14"),
    ("Sổ biên bản chi bộ năm 2019\n\nSinh hoạt thường kỳ tháng 5\nNgày 09/5 - 19h\nĐịa điểm: nhà văn hóa\n",
     "2019-05-09"),
])
def test_a_minute_books_year_over_a_date_written_without_it(head: str, date: str) -> None:
    assert meeting("Chi bộ thôn Đồng Mỏ\n" + head).date == date


def test_a_minute_books_record_with_no_title_but_its_shorthand() -> None:
    text = ("ĐẢNG BỘ CÔNG TY CP VẬN TẢI THỦY\nCHI BỘ ĐỘI TÀU SỐ 2\n\n"
            "sổ BB SH chi bộ 2024 - chép lại ngày 03/02/2025\n\n"
            "=== SH thường kỳ T11 ===\n\n15/11 - 17h, tại phòng họp đội tàu\n"
            "CT: đ/c Lưu Văn Khải (BT)  /  TK: đ/c Ngô Thị Liên\nTS: 8, CM: 7, V: 1 (CLD: đ/c Tạ Văn Bình đi tàu)\n\n"
            "- đ/c Khải nêu lý do, đọc ctrình → ĐV nhất trí.\n- Thời sự:\n   ▸ giá dầu giảm; cảng mới khai trương.\n"
            "→ BQ: 7/7 tán thành.\nKết thúc 19h.\nTK: Ngô Thị Liên     CT: Lưu Văn Khải\n")
    r = analyze(text)
    assert r.is_minutes
    m = r.meeting
    assert (m.date, m.start_time, m.chair, m.attendance.total, m.attendance.present) == (
        "2024-11-15", "17:00", "Lưu Văn Khải", 8, 7)
    assert [s.kind for s in r.sections][:2] == ["opening", "news"]


def test_a_forms_report_of_the_meeting_holding_the_record_itself() -> None:
    text = ("BÁO CÁO SINH HOẠT CHI BỘ HẰNG THÁNG - ĐẢNG BỘ XÃ HÒA AN\n* Biểu thị câu hỏi bắt buộc\n\n"
            "Tên chi bộ *\nChi bộ thôn Phú Lộc\n\nNgày sinh hoạt *\n12/03/2021\n\nGiờ bắt đầu *\n19:00\n\n"
            "Địa điểm *\nNhà văn hóa thôn Phú Lộc\n\nĐồng chí chủ trì *\nLê Văn Được - Bí thư\n\n"
            "Đồng chí thư ký *\nTrần Thị Mến\n\nTổng số đảng viên *\n15\n\nSố có mặt *\n15\n\n"
            "Thông tin thời sự\n\n\nÝ kiến thảo luận *\n- Đ/c Hồ Văn Tư đề nghị sửa cầu.\n\n"
            "Thông qua biên bản, kết thúc *\nThư ký đọc lại biên bản, chi bộ nhất trí. Kết thúc 21 giờ.\n")
    r = analyze(text)
    assert r.is_minutes and r.meeting.secretary == "Trần Thị Mến"
    assert "news" not in [s.kind for s in r.sections]  # the question left unanswered


def test_an_end_time_before_the_start_is_a_slip_not_the_evening() -> None:
    m = meeting("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ\nChi bộ Văn phòng\n"
                "Thời gian: bắt đầu lúc 14 giờ 30 phút, ngày 9/3/2023.\n"
                "Buổi sinh hoạt kết thúc lúc 10 giờ 15 phút cùng ngày.\n")
    assert (m.start_time, m.end_time, m.duration_minutes) == ("14:30", "10:15", -255)  # end − start, as written
    # the afternoon carried over when it makes a meeting of a few hours
    m = meeting("BIÊN BẢN SINH HOẠT CHI BỘ\nChi bộ thôn 2\nThời gian: từ 14 giờ đến 4 giờ 30 chiều ngày 9/3/2023.\n")
    assert (m.start_time, m.end_time) == ("14:00", "16:30")


def test_a_chat_notes_stamps_are_no_meeting_times() -> None:
    m = meeting("GHI CHÚ NHÓM · CHI BỘ BẢN PHỐ\nVàng Seo Dình đã tạo ghi chú lúc 15:06 11/01/2026\n"
                "Lý Thị Na đã chỉnh sửa lúc 16:40 11/01/2026\n\nBIÊN BẢN SINH HOẠT CHI BỘ\n"
                "Hồi 8 giờ 00 phút ngày 10/01/2026, Chi bộ bản Phố họp thường kỳ.\nKết thúc lúc 10 giờ cùng ngày.\n")
    assert (m.start_time, m.end_time) == ("08:00", "10:00")


def test_a_notice_calling_the_meeting_is_no_minutes() -> None:
    from nlp.meeting import is_minutes

    notice = ("Kính gửi các đồng chí đảng viên Chi bộ Phòng Hành chính,\n\nChi ủy thông báo sinh hoạt chi bộ tháng 3:\n"
              "- Thời gian: 15h00, thứ Ba ngày 10/3/2026.\n- Địa điểm: Phòng họp tầng 2.\n"
              "- Chủ trì: đ/c Lê Minh Hải, Bí thư chi bộ. Thư ký: đ/c Võ Thị Lan.\n\n"
              "Đề nghị các đồng chí tham dự đầy đủ, đúng giờ.\n")
    assert not is_minutes(notice)


def test_dictated_lines_are_each_said_on_their_own() -> None:
    # no stops at all: the absence line is not run on into the next, the vote is read under its line, the
    # minute-taker's label stays over the name
    text = ("đảng bộ xã tân lập\nchi bộ thôn bình minh\n\nbiên bản họp chi bộ tháng 3 năm 2022\n\n"
            "vào hồi mười chín giờ ngày 8 tháng 3 năm 2022\ntại nhà văn hóa thôn\n"
            "chủ trì đồng chí Hà Văn Lộc bí thư chi bộ\nngười ghi biên bản đồng chí Đinh Thị Nhàn\n"
            "đại biểu đồng chí Vi Văn Thạch đảng ủy viên\n\n"
            "tổng số đảng viên 21 đồng chí\ncó mặt 19 vắng 2 cả 2 đều có lý do\n"
            "đồng chí Lục Văn Sơn đi làm ở bắc ninh\nđồng chí Hoàng Thị Mơ con ốm\n\n"
            "thời sự\ngiá phân bón tăng\nnhiều hộ chuyển sang trồng quế\n\n"
            "biểu quyết nghị quyết tháng 3\n19 trên 19 đồng chí tán thành đạt 100 phần trăm\n\n"
            "cuộc họp kết thúc lúc hai mươi mốt giờ cùng ngày\nbiên bản đọc lại mọi người nhất trí\n\n"
            "người ghi biên bản\nĐinh Thị Nhàn\n\nchủ trì\nHà Văn Lộc\n")
    m = meeting(text)
    a = m.attendance
    assert (a.present, a.absent, a.absent_with_reason, a.absentees) == (19, 2, 2, ("Lục Văn Sơn", "Hoàng Thị Mơ"))
    assert (m.vote.in_favor, m.vote.voters, m.vote.against) == (19, 19, 0)
    assert m.delegates == ("Vi Văn Thạch",)
    assert m.signatures.chair and m.signatures.secretary
    # the absentees named one per line, as many as the count, after a name on the count's own line
    a = meeting("biên bản họp chi bộ\nchi bộ tổ 5\nđảng viên 14 có mặt 12\n"
                "vắng 2 đồng chí có lý do đồng chí Mã Văn Tùng đi viện\nđồng chí Lò Thị Hiền đi tập huấn\n"
                "đồng chí Tùng báo cáo tình hình sản xuất\nđồng chí Hiền báo cáo quỹ\ncông việc tháng tới\n"
                "làm đường bê tông\n").attendance
    assert a.absentees == ("Mã Văn Tùng", "Lò Thị Hiền")


def test_a_minute_books_shorthand_for_the_absent_and_their_reasons() -> None:
    a = meeting("Sổ BB SH chi bộ năm 2024\nChi bộ tổ 3\nNgày 9/5 SH thường kỳ\nTS ĐV: 16\nCM: 14 đ/c\n"
                "V: 2 đ/c có LD:\n  + đ/c Triệu Văn Pao - đi rừng\n  + đ/c Lý Thị Dín - ốm\nKLD: không\n").attendance
    assert (a.total, a.present, a.absent, a.absent_with_reason, a.absent_without_reason) == (16, 14, 2, 2, 0)
    assert a.absentees == ("Triệu Văn Pao", "Lý Thị Dín")
    a = meeting("Chi bộ tổ 3\nBIÊN BẢN SINH HOẠT\n"
                "Phải dự: 18. CM: 17. V: 1 (có LD - đ/c Tạ Văn Khu đi viện).\n").attendance
    assert (a.expected, a.present, a.absent, a.absent_with_reason, a.absentees) == (18, 17, 1, 1, ("Tạ Văn Khu",))
    a = meeting("Chi bộ tổ 3\nBIÊN BẢN SINH HOẠT\nQuân số: TS 22 ĐV; 2 đ/c miễn SH (già yếu)\nCM 19\n").attendance
    assert (a.total, a.exempt, a.expected, a.present) == (22, 2, 20, 19)
    # "vắng 2 ca" is still two shifts, not two members
    m = meeting("Chi bộ tổ 3\nBIÊN BẢN SINH HOẠT\nCó mặt 15, đồng chí Lâm vắng 2 ca trực.\n")
    assert m.attendance.absent is None


def test_a_reasons_label_over_the_names_is_no_name() -> None:
    a = meeting("Chi bộ Phòng Khám\nBIÊN BẢN SINH HOẠT CHI BỘ\nSố đảng viên vắng mặt ........ 02 đồng chí\n"
                "   - Có lý do: 02 (KS. Mai Văn Toàn, CN. Lê Thị Hằng - đi công tác)\n"
                "   - Không lý do: 00\n").attendance
    assert (a.absent, a.absent_with_reason, a.absentees) == (2, 2, ("Mai Văn Toàn", "Lê Thị Hằng"))


def test_a_minute_book_cover_names_the_year_and_the_record() -> None:
    text = ("ĐẢNG BỘ XÃ HƯNG LỘC\nCHI BỘ XÓM 7\n\n   SỔ NGHỊ QUYẾT - BIÊN BẢN HỌP CHI BỘ\n        NĂM 2021\n\n"
            "HỌP CB THÁNG 10 (thường kỳ)\nNgày 12/10, 19h30, tại nhà văn hóa xóm.\nChủ trì: đ/c Phan Văn Hào (BT)\n"
            "Ghi BB: đ/c Võ Thị Hiên\nCM 17, V 1\n\n1. Thời sự: giá lúa giảm.\n2. Biểu quyết: 17/17 nhất trí.\n"
            "Kết thúc 21h15.\n\n   THƯ KÝ                 CHỦ TRÌ\n")
    assert is_minutes(text)
    m = meeting(text)
    assert (m.date, m.start_time, m.chair, m.secretary) == ("2021-10-12", "19:30", "Phan Văn Hào", "Võ Thị Hiên")
    m = meeting("ĐẢNG BỘ XÃ HƯNG LỘC\nCHI BỘ XÓM 7\n   SỔ BIÊN BẢN SINH HOẠT CHI BỘ\n        NĂM 2024\n\nTối 9/8\n\n"
                "  SH CHUYÊN ĐỀ QUÝ III\nBắt đầu 19h30. Địa điểm: nhà văn hóa xóm.\nChủ trì: đ/c Phan Văn Hào.\n")
    assert m.date == "2024-08-09"


def test_delegates_told_in_prose_or_dictated() -> None:
    def delegates(said: str) -> tuple[str, ...]:
        return meeting("BIÊN BẢN SINH HOẠT CHI BỘ\nChi bộ thôn Đồng Tâm\n" + said).delegates

    assert delegates("Buổi họp do đồng chí Lê Văn Cần, Bí thư, chủ trì, đồng chí Hà Thị Lý ghi biên bản, và đồng chí "
                     "Lương Văn Tấn, Đảng ủy viên, được Đảng ủy xã phân công phụ trách thôn, đến dự.\n") == (
                         "Lương Văn Tấn",)
    assert delegates("Đồng chí Bí thư tuyên bố lý do, giới thiệu đồng chí Triệu Văn Sáng, Phó Chủ tịch UBND xã, về dự "
                     "và chỉ đạo, rồi báo cáo tình hình đảng viên.\n") == ("Triệu Văn Sáng",)
    assert delegates("Chi bộ họp tại hội trường, có sự tham dự của đồng chí Đào Văn Mạnh, Ủy viên Ban Thường vụ "
                     "Đảng ủy.\n") == ("Đào Văn Mạnh",)
    assert delegates("đại biểu đồng chí Nông Thị Hoa ủy viên ban thường vụ đảng ủy xã\n") == ("Nông Thị Hoa",)
    assert delegates("- Đại biểu Đảng ủy Trung tâm Y tế về dự:\n   1. Đồng chí BSCKII Ngô Văn Hùng - Phó Bí thư;\n"
                     "   2. Đồng chí ThS. Lã Thị Hương - Đảng ủy viên.\n- Chủ trì: đồng chí Vũ Văn Bình.\n") == (
                         "Ngô Văn Hùng", "Lã Thị Hương")
    assert delegates("THÀNH PHẦN\n1. Đại biểu Đảng ủy Khối Doanh nghiệp tỉnh:\n"
                     "   - Đồng chí Kha Văn Dũng - Phó Bí thư Đảng ủy Khối.\n2. Chủ trì: đồng chí Vũ Văn Bình.\n") == (
                         "Kha Văn Dũng",)
    # members who came are no delegates
    assert delegates("Chi bộ có 27 đảng viên, đến dự buổi họp hôm nay có 25 đồng chí, vắng 2 đồng chí đều có lý do "
                     "là đồng chí Lò Văn Ánh và đồng chí Cầm Thị Duyên.\n") == ()
    assert delegates("Buổi họp với sự có mặt của 14 trên tổng số 15 đảng viên, chỉ vắng đồng chí Trương Thị "
                     "Thơm.\n") == ()


def test_the_chair_named_after_the_role() -> None:
    m = meeting("BIÊN BẢN SINH HOẠT CHI BỘ\nChi bộ Trường Tiểu học Hòa Bình\nHôm nay, chi bộ họp dưới sự chủ trì của "
                "đồng chí Ngô Quang Hiển, Bí thư Chi bộ, Hiệu trưởng; đồng chí Lê Thị Thắm ghi biên bản.\n")
    assert (m.chair, m.secretary) == ("Ngô Quang Hiển", "Lê Thị Thắm")


def test_a_minute_books_cover_line_names_the_cell_and_its_parent() -> None:
    def orgs(cover: str) -> tuple[str | None, str | None]:
        m = meeting(cover + "\n(gõ lại từ sổ, trang 4)\n\nNgày 3/3 – họp chi bộ tháng 3\nChủ trì: đ/c Lê Văn Hòa\n")
        return fold_key(m.organization or ""), fold_key(m.parent or "")

    def both(org: str, parent: str) -> tuple[str, str]:
        return fold_key(org), fold_key(parent)

    assert orgs("SỔ GHI BIÊN BẢN SINH HOẠT CHI BỘ XÓM BÃI SẬY – ĐẢNG BỘ XÃ VĂN LANG – NĂM 2019") == both(
        "Chi bộ xóm Bãi Sậy", "Đảng bộ xã Văn Lang")
    assert orgs("Sổ biên bản SH chi bộ – Chi bộ Tổ cơ khí 3 – Đảng bộ Công ty Cơ điện Hà Bắc – Năm 2020") == both(
        "Chi bộ Tổ cơ khí 3", "Đảng bộ Công ty Cơ điện Hà Bắc")
    assert orgs("Sổ biên bản họp chi bộ khóm Tân Hưng (Đảng bộ phường Tân Hòa Nam) – năm 2021") == both(
        "Chi bộ khóm Tân Hưng", "Đảng bộ phường Tân Hòa Nam")
    assert orgs("Sổ ghi biên bản sinh hoạt: Chi bộ Phòng Kinh tế – Hạ tầng, Đảng bộ Cơ quan huyện Lộc An. "
                "Năm 2022.") == both("Chi bộ Phòng Kinh tế – Hạ tầng", "Đảng bộ Cơ quan huyện Lộc An")


def test_a_school_years_book_dates_its_records_in_the_right_year() -> None:
    head = ("ĐẢNG BỘ XÃ AN PHÚ – CHI BỘ TRƯỜNG TIỂU HỌC AN PHÚ\nSỔ BIÊN BẢN SINH HOẠT CHI BỘ – NĂM HỌC 2022 – 2023\n\n")
    m = meeting(head + "Ngày 14/3\nSH CHUYÊN ĐỀ QUÝ I\nBắt đầu 14h00.\n")
    assert (fold_key(m.organization), m.date) == (fold_key("Chi bộ Trường Tiểu học An Phú"), "2023-03-14")
    assert meeting(head + "Ngày 20/10\nSH THƯỜNG KỲ THÁNG 10\nBắt đầu 14h00.\n").date == "2022-10-20"


def test_a_roll_ticked_name_by_name_is_counted_when_no_count_is_written() -> None:
    a = meeting("SỔ BIÊN BẢN SINH HOẠT CHI BỘ BẢN PHỐ – NĂM 2024\nNgày 8/5 – SH chi bộ tháng 5\n"
                "Điểm danh:\n1. Giàng A Páo ✓\n2. Vừ Thị Dua ✓\n3. Sùng A Tủa – miễn SH (ốm nặng)\n4. Thào A Chứ ✓\n"
                "5. Lầu Thị Mỷ – v, cp (đi chợ phiên)\n6. Hờ A Dình ✓\n\n1. Thời sự: mưa đá.\n").attendance
    assert (a.total, a.exempt, a.expected, a.present, a.absent, a.absent_with_reason, a.absentees) == (
        6, 1, 5, 4, 1, 1, ("Lầu Thị Mỷ",))
    # the roll's sum in one line, "cp" for a leave given
    a = meeting("BIÊN BẢN SINH HOẠT\nChi bộ bản Phố\n"
                "Cộng: 19 ĐV – miễn 2 – phải dự 17 – có mặt 16 – vắng 1 cp.\n").attendance
    assert (a.total, a.exempt, a.expected, a.present, a.absent, a.absent_with_reason, a.absent_without_reason) == (
        19, 2, 17, 16, 1, 1, 0)


def test_a_tick_after_the_count_and_a_year_after_tu() -> None:
    m = meeting("SỔ BIÊN BẢN SINH HOẠT CHI BỘ TỔ 9 – NĂM 2023\nNgày 4/7 – họp chi bộ tháng 7\n\n"
                "19h15, tại nhà ông Tư.\n"
                "Tổng số ĐV: 18\nPhải dự: 18\nCó mặt: 15 ✓\nVắng: 2 cp\n\n1/ Thời sự:\n"
                "- Nghị định về xử phạt giao thông có hiệu lực từ 2022.\nKết thúc 21h00.\n")
    assert (m.attendance.present, m.attendance.absent) == (15, 2)  # (the sum is off, as written)
    assert (m.start_time, m.end_time) == ("19:15", "21:00")


def test_facts_typed_on_one_line_apart_by_slashes() -> None:
    m = meeting("CHI BỘ TỔ DÂN PHỐ 5\nBIÊN BẢN HỌP CHI BỘ THÁNG 6/2024\n"
                "tg: 19h30 ngày 7/6/2024 / địa điểm: nhà văn hóa tổ 5 / chủ trì: đ/c Lê Văn Tùng (bí thư) / "
                "thư ký: đ/c Mai Thị Hòa\n"
                "tổng số đv: 24 / miễn sh 2 / phải dự 22 / có mặt 20 / vắng 2 (đ/c Phan Văn Tiến ốm, "
                "đ/c Lê Thị Út đi xa)\n")
    a = m.attendance
    assert (m.place, m.chair, m.secretary) == ("nhà văn hóa tổ 5", "Lê Văn Tùng", "Mai Thị Hòa")
    assert (a.total, a.exempt, a.expected, a.present, a.absent) == (24, 2, 22, 20, 2)
    # a form's question naming two roles is no label of the second
    m = meeting("BIÊN BẢN SINH HOẠT CHI BỘ\nChi bộ Khối Vận\nCâu 5. Chủ trì / Thư ký (*)\n"
                "Trả lời: Chủ trì: đ/c Hồ Văn Sĩ. Thư ký: đ/c Ngô Thị Bé.\n")
    assert (m.chair, m.secretary) == ("Hồ Văn Sĩ", "Ngô Thị Bé")


def test_both_signatures_typed_on_one_line() -> None:
    m = meeting("BIÊN BẢN SINH HOẠT CHI BỘ\nChi bộ thôn 9\nsh kết thúc 21h. bb đọc lại, thông qua.\n\n"
                "thư ký (đã ký) Lò Thị Xuân ; chủ trì (đã ký) Hà Văn Sinh\n")
    assert m.signatures.chair and m.signatures.secretary


def test_a_two_row_header_drawn_with_bars_and_the_absentee_noted_under_the_exempt() -> None:
    a = meeting("BIÊN BẢN SINH HOẠT CHI BỘ\nChi bộ Trường Mầm non Sen Hồng\nĐảng viên dự:\n"
                " | Tổng số | Miễn SH | Có mặt |   Vắng         |\n"
                " |         |         |        | CLD   | KLD    |\n"
                " |---------|---------|--------|-------|--------|\n"
                " |   21    |    1    |   19   |   1   |   0    |\n"
                " Miễn SH: đ/c Tạ Thị Hoa (ốm dài ngày).\n Vắng CLD: đ/c Đào Văn Bình (đi tập huấn).\n").attendance
    assert (a.total, a.exempt, a.present, a.absent, a.absent_with_reason, a.absentees) == (
        21, 1, 19, 1, 1, ("Đào Văn Bình",))
    # a minute book's short column names, groups summed in a last row
    a = meeting("BIÊN BẢN SINH HOẠT CHI BỘ\nChi bộ khu phố 8\n| Tổ | TS | Miễn SH | CM | V |\n|---|---|---|---|---|\n"
                "| Tổ 1 | 12 | 2 | 9 | 1 |\n| Tổ 2 | 11 | 1 | 10 | 0 |\n| Cộng | 23 | 3 | 19 | 1 |\n").attendance
    assert (a.total, a.exempt, a.present, a.absent) == (23, 3, 19, 1)


def test_a_date_alone_on_its_line_over_the_title() -> None:
    m = meeting("ĐẢNG BỘ PHƯỜNG 4\nCHI BỘ KHU PHỐ 2\n\n07/12/2025\n\nBIÊN BẢN SINH HOẠT CHI BỘ THÁNG 12\n"
                "Thời gian: 18 giờ 30 phút.\n")
    assert m.date == "2025-12-07"


@pytest.mark.parametrize(("said", "total"), [
    ("Quân số ĐV: 9\nCó mặt: 8\n", 9),
    ("Quân số ĐV – 6; có mặt 6; vắng 0\n", 6),
    ("Tổng số đảng viên mười bốn (14), có mặt 14, vắng 0.\n", 14),
    ("tổng số đảng viên hai mươi ba có mặt hai mươi mốt vắng hai đồng chí có lý do\n", 23),
    ("=> 13 ĐV; có mặt 12; vắng 1 cp.\n", 13),
    ("Cộng 10 ĐV – có mặt 9 – vắng 1 cp.\n", 10),
    ("ĐV 17 (miễn 3), dự 13, vắng 1: đ/c Hà Văn Tư đi làm xa có xin phép.\n", 17),
    ("=> ĐV: 15, có mặt 14, vắng 1 có lý do.\n", 15),
    ("- Đv của cb: 26 đ/c. Có mặt: 25 đ/c. Vắng: 1 đ/c (có lý do): đ/c Vi Văn Đạt đi học.\n", 26),
    ("tổng số ĐV 20 có mặt 18 vắng 2 có lý do\n", 20),
    ("đv: 9 tổng, có mặt 8, vắng 1 có lý do\n", 9),
    ("4. Số đảng viên: tổng số, miễn SH, có mặt, vắng (lý do)\n"
     "4/ Tổng số 25 đảng viên, có mặt 24 đ/c, vắng 1 đ/c.\n", 25),
])
def test_the_cells_total_however_it_is_written(said: str, total: int) -> None:
    assert meeting("BIÊN BẢN SINH HOẠT CHI BỘ\nChi bộ thôn 4\n" + said).attendance.total == total


def test_counts_flattened_one_per_line_under_labels_with_the_members_kinds() -> None:
    a = meeting("BIÊN BẢN SINH HOẠT CHI BỘ\nChi bộ Khoa Dược\n- Số lượng đảng viên:\nTổng số\nChính thức\nDự bị\n"
                "Có mặt\nVắng\n16\n15\n1\n15\n1\nVắng có lý do: DS. Lê Văn Khang (đi học).\n\n"
                "Chi bộ biểu quyết nhất trí 100% (15/15 đ/c có mặt).\n").attendance
    assert (a.total, a.exempt, a.expected, a.present, a.absent, a.absentees) == (16, None, 16, 15, 1, ("Lê Văn Khang",))
    # present over the total with the unit between: "24 đ/c/27 đ/c"
    a = meeting("BIÊN BẢN SINH HOẠT CHI BỘ\nChi bộ ấp 2\nĐảng viên tham dự: 20 đ/c/23 đ/c. Vắng: 3 đ/c.\n").attendance
    assert (a.present, a.absent, a.expected) == (20, 3, 23)


def test_both_signatures_told_in_a_sentence() -> None:
    def signed(end: str) -> tuple[bool, bool]:
        head = "BIÊN BẢN SINH HOẠT CHI BỘ\nChi bộ thôn Yên\nBuổi sinh hoạt kết thúc lúc 21 giờ.\n"
        s = meeting(head + end).signatures
        return s.chair, s.secretary

    assert signed("Chủ trì (đ/c Hà Văn Lợi) và thư ký (đ/c Vi Thị Sen) đã ký vào sổ biên bản.\n") == (True, True)
    assert signed("Biên bản đã có đủ chữ ký của chủ trì và thư ký.\n") == (True, True)
    assert signed("Chủ trì và thư ký chưa ký.\n") == (False, False)


def test_a_form_exported_label_slash_value() -> None:
    r = analyze("Biên bản sinh hoạt chi bộ (Câu trả lời)\nDấu thời gian / 09/3/2024 21:40:12\n"
                "Đảng bộ (*) / Đảng bộ xã Tân An\nTên chi bộ (*) / Chi bộ ấp 3\nNgày họp (*) / 08/3/2024\n"
                "Giờ bắt đầu (*) / 19:00\nGiờ kết thúc (*) / 20:45\nNơi họp (*) / Nhà văn hóa ấp 3\n"
                "Đ/c chủ trì (*) / Lê Văn Bảy - BT chi bộ\nĐ/c thư ký (*) / Trần Thị Mười\n"
                "Chữ ký chủ trì - thư ký (*) / Đã ký: Lê Văn Bảy (chủ trì), Trần Thị Mười (thư ký)\n")
    m = r.meeting
    assert (m.date, m.start_time, m.end_time, m.place, m.chair, m.secretary) == (
        "2024-03-08", "19:00", "20:45", "Nhà văn hóa ấp 3", "Lê Văn Bảy", "Trần Thị Mười")
    assert m.signatures.chair and m.signatures.secretary


def test_a_fields_table_drawn_with_box_lines_in_groups() -> None:
    rule = "├────┼──────────────────────┼──────────────────────────────────────┤\n"
    r = analyze("CHI BỘ TRƯỜNG TIỂU HỌC HÒA BÌNH\nPHIẾU BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 3/2024\n"
                "┌────┬──────────────────────┬──────────────────────────────────────┐\n"
                "│ TT │ Trường thông tin     │ Nội dung ghi                         │\n" + rule +
                "│ 01 │ Thời gian bắt đầu    │ 14 giờ 00 phút, ngày 12/3/2024       │\n"
                "│ 02 │ Chủ trì              │ đ/c Lê Thị Hoa - Bí thư              │\n"
                "│ 03 │ Tổng số đảng viên    │ 15                                   │\n"
                "│ 04 │ Có mặt               │ 14                                   │\n"
                "│ 05 │ Vắng (họ tên, lý do) │ 01 - đ/c Trần Văn Hải, đi học        │\n" + rule +
                "│ 06 │ Thông tin thời sự    │ Giá xăng tăng; huyện ra quân làm     │\n"
                "│    │                      │ đường giao thông nông thôn.          │\n"
                "│ 07 │ Thảo luận            │ Đ/c Mai đề nghị sửa bàn ghế lớp 2.   │\n"
                "│ 08 │ Kết luận             │ Đ/c Hoa kết luận, giao đ/c Mai làm.  │\n"
                "└────┴──────────────────────┴──────────────────────────────────────┘\n")
    a = r.meeting.attendance
    assert (a.total, a.present, a.absent, a.absentees) == (15, 14, 1, ("Trần Văn Hải",))
    assert [s.kind for s in r.sections][:3] == ["news", "discussion", "conclusion"]


def test_absentees_named_only_in_the_annexed_list() -> None:
    body = ("BIÊN BẢN SINH HOẠT CHI BỘ\nChi bộ Khoa Điện\nTổng số 9 đồng chí; có mặt 7 đồng chí; vắng 02 đồng chí "
            "(có danh sách kèm theo).\nBuổi sinh hoạt kết thúc lúc 16 giờ.\n\nTHƯ KÝ          CHỦ TRÌ\n\n")
    ruled = ("PHỤ LỤC\nDANH SÁCH ĐẢNG VIÊN DỰ SINH HOẠT\n"
             "STT | Họ và tên          | Chức vụ      | Có mặt | Vắng | Lý do vắng\n"
             + "".join(f"{i}   | {n:<18} | Giảng viên   |   x    |      |\n" for i, n in enumerate(
                 ["Lê Văn An", "Trần Thị Bình", "Phạm Văn Cư", "Đỗ Thị Dung", "Vũ Văn Em", "Hà Thị Giang",
                  "Ngô Văn Hải"], 1))
             + "8   | Lý Thị Hoa         | Giảng viên   |        |  x   | Đi học\n"
             "9   | Mai Văn Khoa       | Giảng viên   |        |  x   | Không lý do\n")
    a = meeting(body + ruled).attendance
    assert (a.absent, a.absent_with_reason, a.absent_without_reason, a.absentees) == (
        2, 1, 1, ("Lý Thị Hoa", "Mai Văn Khoa"))
    lettered = ("DANH SÁCH ĐẢNG VIÊN THAM DỰ\nA. Đảng viên có mặt (07 đồng chí)\n"
                "1. Lê Văn An        2. Trần Thị Bình\n\n"
                "B. Đảng viên vắng mặt (02 đồng chí)\n1. Đồng chí Lý Thị Hoa - có lý do: đi học.\n"
                "2. Đồng chí Mai Văn Khoa - có lý do: ốm.\n")
    assert meeting(body + lettered).attendance.absentees == ("Lý Thị Hoa", "Mai Văn Khoa")


def test_a_correction_noted_under_the_signed_record() -> None:
    m = meeting("CHI BỘ KHU PHỐ 2\nBIÊN BẢN SINH HOẠT CHI BỘ\nThời gian: 19 giờ, ngày 14/4/2022.\n"
                "Buổi sinh hoạt kết thúc lúc 21 giờ.\n\n  THƯ KÝ                CHỦ TRÌ\n"
                "  (đã ký)               (đã ký)\n"
                "  Lê Thị Na             Võ Văn Tư\n\n"
                "ĐÍNH CHÍNH: Biên bản đánh máy nhầm ngày sinh hoạt là 14/4/2022 (ở dòng thời\ngian). "
                "Ngày sinh hoạt đúng là ngày 14/5/2022.\n                     Thư ký (ký, ghi rõ họ tên)\n"
                "                     Lê Thị Na\n")
    assert m.date == "2022-05-14"
    assert m.signatures.chair and m.signatures.secretary


def test_a_shift_ended_before_the_meeting_and_a_forms_colon_after_its_dots() -> None:
    m = meeting("BIÊN BẢN SINH HOẠT CHI BỘ\nChi bộ Phân xưởng 2\n"
                "- Thời gian: từ 14 giờ 15 phút, ngày 18/6/2021 (ngay sau khi kết thúc ca 1).\n"
                "Buổi sinh hoạt kết thúc lúc 16 giờ cùng ngày.\n")
    assert (m.start_time, m.end_time, m.duration_minutes) == ("14:15", "16:00", 105)
    a = meeting("BIÊN BẢN SINH HOẠT CHI BỘ\nChi bộ Tổ dân phố 9\nTổng số đảng viên ............. : 31\n"
                "Có mặt ........................ : 28\nVắng mặt ...................... : 3\n").attendance
    assert (a.total, a.present, a.absent) == (31, 28, 3)


def test_a_forms_times_in_the_american_way() -> None:
    m = meeting("BIÊN BẢN SINH HOẠT CHI BỘ\nChi bộ Văn phòng\nGiờ bắt đầu: 12:30:00 PM\nGiờ kết thúc: 2:10:00 PM\n")
    assert (m.start_time, m.end_time, m.duration_minutes) == ("12:30", "14:10", 100)


@pytest.mark.parametrize(
    "said, expected",
    [
        pytest.param("Đảng viên có 9. Đến họp 8. Vắng 1: đ/c Sùng Văn Dình, đi rừng, có báo.",
                     (9, None, 9, 8, 1, 1, 0), id="short-statements"),
        pytest.param("Đảng viên là 11 đồng chí. Đến họp 11. Không ai vắng.", (11, None, 11, 11, 0, 0, 0),
                     id="nobody-away-said-so"),
    ],
)
def test_counts_in_short_statements(said: str, expected) -> None:
    assert _att(meeting(said + "\nNội dung: bàn việc bản.\n")) == expected


def test_a_late_arrival_and_the_count_said_again_as_those_at_the_meeting() -> None:
    text = ("Đảng viên: tổng số 12 đồng chí.\nLúc khai mạc có mặt 10 đồng chí. Vắng 02 đồng chí:\n"
            " + đ/c Kim Văn Thạch: trực ca, xin đến muộn;\n + đ/c Lạc Thị Ngà: đi học (có đơn).\n"
            "Nội dung: … Lúc 15h10, đồng chí Kim Văn Thạch hết ca trực và đến dự sinh hoạt. Như vậy số đảng viên dự "
            "sinh hoạt là 11/12 đồng chí; vắng 01 đồng chí có lý do.\n")
    a = meeting(text).attendance
    assert (a.present, a.absent, a.absentees) == (11, 1, ("Lạc Thị Ngà",))


def test_a_note_correcting_the_total() -> None:
    text = ("Tổng số đảng viên: 14 đồng chí. Có mặt: 12 đồng chí. Vắng: 01 đồng chí có lý do.\nNội dung: họp.\n"
            "Đính chính: tổng số đảng viên ghi ở trên là 14 đồng chí là chưa chính xác; đồng chí Mã Văn Sơn đã chuyển "
            "sinh hoạt, nên tổng số đảng viên của chi bộ là 13 đồng chí.\n")
    assert _att(meeting(text)) == (13, None, 13, 12, 1, 1, 0)


@pytest.mark.parametrize(
    "said, expected",
    [
        ("Ngày 14 tháng ba năm 2017, lúc 8h00 sáng.", "2017-03-14"),
        ("Hôm nay, lúc 15h30 ngày 05 tháng mười một năm 2025, chi bộ họp.", "2025-11-05"),
        ("- Ngày hai mươi ba tháng 10/2019, bắt đầu 14h00.", "2019-10-23"),
    ],
)
def test_a_date_partly_in_words(said: str, expected: str) -> None:
    head = "SỔ GHI BIÊN BẢN HỌP CHI BỘ\nCHI BỘ TỔ 5\n\n"
    assert meeting(head + said + "\nChủ trì: đ/c Hà Văn Lâm\n").date == expected


def test_a_combined_session_said_only_in_the_body() -> None:
    text = ("ĐẢNG BỘ XÃ ĐẠ TÔNG\nCHI BỘ THÔN 3\n\nBIÊN BẢN SINH HOẠT CHI BỘ THÁNG 9 NĂM 2023\n\n"
            "Thời gian: 19 giờ, ngày 12/9/2023. Chủ trì: đ/c Cil Ha Bình. Thư ký: đ/c Lơ Mu K'Thu.\n\n"
            "1. Kết quả tháng 8\nChi bộ hoàn thành thu hoạch cà phê sớm.\n\n2. Ý kiến đảng viên\n"
            "- Đ/c K'Thu đề nghị sửa đường vào rẫy.\n\n"
            "Xong phần thường kỳ, chi bộ bước sang phần sinh hoạt chuyên đề quý III.\nĐồng chí Cil Ha Bình trình "
            "bày chuyên đề về giữ đất, không bán đất rẫy cho người ngoài.\n\n3. Kết luận\nĐ/c Bình kết luận. "
            "Biểu quyết: 11/11 nhất chí.\n")
    report = analyze(text)
    assert (report.meeting.type, report.meeting.combined) == ("regular", True)
    assert "topic" in [s.kind for s in report.sections]
    assert (report.meeting.vote.in_favor, report.meeting.vote.voters) == (11, 11)


@pytest.mark.parametrize(
    "said, expected",
    [
        pytest.param("Chi bộ bảy đảng viên. Có mặt đủ bảy. Không ai vắng.", (7, None, 7, 7, 0, 0, 0),
                     id="cell-and-count-in-words"),
        pytest.param("Bốn đảng viên. Có mặt đủ bốn.", (4, None, 4, 4, 0, 0, 0), id="the-count-alone"),
        pytest.param("Tổng số đảng viên: tám. Có mặt bảy. Vắng một: đ/c Giàng Thị Mai, đi viện, có báo.",
                     (8, None, 8, 7, 1, 1, 0), id="a-label-and-a-word"),
        pytest.param("- Tồn tại: 2 hộ còn thả trâu; 1 đv (đ/c Mỷ) nộp đảng phí chậm.\nCó mặt 9.", (None, None, None, 9,
                     None, None, None), id="not-a-count-in-the-review"),
    ],
)
def test_a_small_cells_counts_in_words(said: str, expected) -> None:
    assert _att(meeting(said + "\nNội dung: bàn việc bản.\n")) == expected


def test_a_vote_on_two_things_at_once() -> None:
    vote = meeting("Có mặt 10.\nBiểu quyết: mười đồng chí có mặt tán thành cả hai nội dung, 10/10.\n").vote
    assert (vote.in_favor, vote.against, vote.voters) == (10, 0, 10)


@pytest.mark.parametrize(
    "stamp",
    ["— Thứ Năm 21:40 —", "Trần Thị Mơ  21:40", "21:40 Trần Thị Mơ", "[21:40] Trần Thị Mơ:"],
)
def test_a_chats_stamps_are_no_meeting_times(stamp: str) -> None:
    text = (stamp + "\nCHI BỘ TỔ 9\nBB sinh hoạt chi bộ tháng 4/2024\n⏰ 19h00-20h50 ngày 12/4/2024\n"
            "Chủ trì: đ/c Lý Văn Khải\nThư ký: đ/c Trần Thị Mơ\n")
    m = meeting(text)
    assert (m.start_time, m.end_time, m.duration_minutes) == ("19:00", "20:50", 110)


def test_a_deadline_in_a_message_is_no_start() -> None:
    text = ("Văn phòng Đảng ủy: đề nghị các chi bộ gửi biên bản trước 17h ngày 15/9.\n\nBIÊN BẢN SINH HOẠT CHI BỘ\n"
            "Chủ trì: đ/c Lý Văn Khải. Thư ký: đ/c Trần Thị Mơ.\n")
    assert meeting(text).start_time is None


def test_corrections_sent_after_the_record_in_a_chat() -> None:
    text = ("BB SH CB tháng 3/2024\nĐV 16/18 (vắng 2: đ/c Hà Văn Sơn ốm, đ/c Lã Thị Vân đi học)\n"
            "Chủ trì: đ/c Lý Văn Khải\nThư ký: đ/c Trần Thị Mơ\n\n— 21:45 —\nTrần Thị Mơ\n"
            "sửa lại: có mặt 15 chứ ko phải 16 ạ, vắng 3, e sót đ/c Bế Văn Tài đi tập huấn ở tỉnh 🙏\n"
            "sửa: đ/c vắng là Lã Thị Vinh chứ ko phải Lã Thị Vân, e gõ nhầm\n")
    a = meeting(text).attendance
    assert (a.present, a.absent, a.absentees) == (15, 3, ("Hà Văn Sơn", "Lã Thị Vinh", "Bế Văn Tài"))


def test_the_right_count_said_in_a_note_under_the_record() -> None:
    text = ("Tổng số đảng viên: 15 đồng chí. Có mặt: 14 đồng chí. Vắng: 01 đồng chí có lý do (đ/c Vũ Văn Tịnh).\n"
            "Nội dung: họp.\nGhi chú của thư ký: số có mặt ghi 14 là chưa đúng vì đã tính cả đ/c Mai (miễn sinh "
            "hoạt, đến dự). Số đảng viên có mặt đúng là 13 đồng chí.\n")
    assert meeting(text).attendance.present == 13


def test_the_day_the_meeting_was_really_held_said_in_a_note() -> None:
    text = ("CHI BỘ PHÒNG VẬT TƯ\nBIÊN BẢN SINH HOẠT CHI BỘ THÁNG 5/2022\nThời gian: 14 giờ ngày 10/5/2022\n"
            "Chủ trì: đ/c Phùng Văn Hải\n\nGhi chú: Buổi họp thực tế diễn ra vào sáng thứ Năm ngày 12/5/2022 (do "
            "ngày 10/5 phòng đi kiểm kê kho); ngày 10/5/2022 ghi ở trên là theo giấy mời, ghi nhầm.\n")
    assert meeting(text).date == "2022-05-12"


# ---------------------------------------------------------------- told the Southern way

_TOLD_HEAD = "ĐẢNG BỘ XÃ TÂN PHÚ\nCHI BỘ ẤP PHÚ LONG\nBIÊN BẢN SINH HOẠT CHI BỘ\n\n"


@pytest.mark.parametrize(
    "body, chair, secretary",
    [
        pytest.param("Anh Bảy Khánh, đồng chí Lâm Văn Khánh, Bí thư chi bộ, chủ trì. Chị Tám Lụa, đồng chí Đỗ Thị Lụa, "
                     "làm thư ký.", "Lâm Văn Khánh", "Đỗ Thị Lụa", id="byname-then-comrade"),
        pytest.param("Chủ trì là chú Năm Sang, tức đồng chí Trịnh Văn Sang. Ghi biên bản là cô Út Hiền (đồng chí "
                     "Mai Thị Thu Hiền).", "Trịnh Văn Sang", "Mai Thị Thu Hiền", id="tuc-and-brackets"),
        pytest.param("Đồng chí Võ Tấn Lộc (xóm kêu anh Chín Lộc), Bí thư, chủ trì. Thư ký là anh Sáu Đạt (đồng chí "
                     "Huỳnh Quốc Đạt).", "Võ Tấn Lộc", "Huỳnh Quốc Đạt", id="real-name-first"),
    ],
)
def test_real_names_behind_bynames(body: str, chair: str, secretary: str) -> None:
    m = meeting(_TOLD_HEAD + body + "\n")
    assert (m.chair, m.secretary) == (chair, secretary)


@pytest.mark.parametrize(
    "body, expected",
    [
        pytest.param("Chi bộ mình 23 đảng viên, 3 cô chú được miễn sinh hoạt, phải dự 20. Bữa nay có mặt 18, vắng 2, "
                     "đều có xin phép.", (23, 3, 20, 18, 2, 2, 0), id="minh-and-phai-du"),
        pytest.param("Xóm mình có 8 đảng viên, hổng có ai miễn sinh hoạt. Tối nay đủ mặt 8/8, không ai vắng.",
                     (8, 0, 8, 8, 0, 0, 0), id="du-mat"),
        pytest.param("Chi bộ có 30 đảng viên, miễn sinh hoạt 2, phải dự 28. Có mặt 24, vắng tới 4: anh Hai Đen (đồng "
                     "chí Lê Văn Đen) với anh Ba Trắng (đồng chí Lê Văn Trắng) đi đám cưới ở Cần Thơ, có báo; chị Tư "
                     "Vàng (đồng chí Lê Thị Vàng) đau, có nhắn; anh Năm Xanh (đồng chí Lê Văn Xanh) vắng không lý do.",
                     (30, 2, 28, 24, 4, 3, 1), id="vang-toi-and-voi"),
    ],
)
def test_counts_told_in_prose(body: str, expected: tuple) -> None:
    assert _att(meeting(_TOLD_HEAD + body + "\n")) == expected


@pytest.mark.parametrize(
    "body, date, start",
    [
        pytest.param("Chiều bữa mười tám tây tháng Bảy năm hai ngàn không trăm mười sáu, đúng 3 giờ, chi bộ họp tại "
                     "nhà văn hóa ấp.", "2016-07-18", "15:00", id="in-words"),
        pytest.param("Tối bữa 9 tây tháng Mười năm 2023, hồi 7 giờ 30, chi bộ họp thường kỳ.", "2023-10-09", "19:30",
                     id="in-figures"),
    ],
)
def test_the_day_told_as_bua_tay(body: str, date: str, start: str) -> None:
    m = meeting(_TOLD_HEAD + body + "\n")
    assert (m.date, m.start_time) == (date, start)


@pytest.mark.parametrize(
    "head, date, start, end",
    [
        pytest.param("BB HỌP CHI BỘ THÁNG 5 – 2022\nBắt đầu: 7.30, 14/5 – Địa điểm: nhà văn hóa tổ 3\n",
                     "2022-05-14", "07:30", None, id="dotted-clock-and-dashed-year"),
        pytest.param("BIÊN BẢN SINH HOẠT CHI BỘ T9/2023\nTG: 8h00, chủ nhật 17/9\n", "2023-09-17", "08:00", None,
                     id="weekday-between"),
        pytest.param("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ II/2019\nVào lúc 15h ngày 20/6, CB họp tại hội trường.\n",
                     "2019-06-20", "15:00", None, id="quarter-year"),
        pytest.param("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 4 NĂM 2024\n- TG: 19h, tối 3/4\n\n1. TS: giá xăng tăng.\n\n"
                     "III/ KT: 20h55. TK đọc lại BB.\n", "2024-04-03", "19:00", "20:55", id="kt-label"),
    ],
)
def test_a_notebooks_time_line(head: str, date: str, start: str, end: str | None) -> None:
    m = meeting("ĐẢNG BỘ PHƯỜNG AN BÌNH\nCHI BỘ KHU PHỐ 2\n" + head)
    assert (m.date, m.start_time, m.end_time) == (date, start, end)


def test_a_place_after_a_dash_on_the_time_line() -> None:
    m = meeting("CHI BỘ KHU PHỐ 2\nBB HỌP CHI BỘ THÁNG 5 – 2022\nBắt đầu: 7.30, 14/5 – Địa điểm: nhà văn hóa tổ 3\n")
    assert m.place == "nhà văn hóa tổ 3"


@pytest.mark.parametrize(
    "body, chair, secretary, absentees",
    [
        pytest.param("chủ trì là đồng chí trịnh quang vinh bí thư chi bộ thư ký đồng chí lưu thị thanh nga chi ủy "
                     "viên\n"
                     "có mặt mười một đồng chí vắng một đồng chí là đồng chí đoàn văn tú đi làm ca đêm\n",
                     "Trịnh Quang Vinh", "Lưu Thị Thanh Nga", ("Đoàn Văn Tú",), id="all-lower"),
        pytest.param("chủ trì đồng chí Mai Văn Lộc bí thư chi bộ thư ký đồng chí hồ thị bé ba\n"
                     "vắng hai đồng chí là đồng chí cao văn tấn trung đội trưởng đi trực và đồng chí lý thị hoa ốm\n",
                     "Mai Văn Lộc", "Hồ Thị Bé Ba", ("Cao Văn Tấn", "Lý Thị Hoa"), id="offices-after"),
    ],
)
def test_names_dictated_in_lower_case(body: str, chair: str, secretary: str, absentees: tuple) -> None:
    m = meeting("đảng bộ xã yên lạc\nchi bộ thôn đông\nbiên bản sinh hoạt chi bộ thường kỳ tháng 3 năm 2024\n" + body)
    assert (m.chair, m.secretary, m.attendance.absentees) == (chair, secretary, absentees)


def test_a_lower_case_common_word_is_no_name() -> None:
    m = meeting("chi bộ thôn đông\nbiên bản sinh hoạt chi bộ\nchủ trì đồng chí cao tuổi nhất\nthư ký đồng chí hà nội\n")
    assert (m.chair, m.secretary) == (None, None)


def test_a_roll_table_with_a_note_wrapped_over_lines() -> None:
    text = ("CHI BỘ ĐẠI ĐỘI 5\nBIÊN BẢN SINH HOẠT CHI BỘ\n"
            "STT\tHọ và tên\tChức vụ\tCó mặt\tVắng có lý do\tVắng không lý do\tGhi chú\n"
            "01\tLê Văn An\tBí thư\tx\t\t\t\n02\tPhan Văn Bình\tPhó Bí thư\t\tx\t\tĐi học bồi dưỡng\n"
            "\t\t\t\t\t\ttại Trường Quân sự tỉnh\n03\tĐỗ Văn Cường\tTiểu đội trưởng\tx\t\t\t\n"
            "04\tHà Văn Dũng\tChiến sĩ\tx\t\t\t\n05\tLò Văn Em\tChiến sĩ\tx\t\t\t\n")
    assert _att(meeting(text))[3:6] == (4, 1, 1)


def test_a_templates_capital_labels_over_their_values() -> None:
    text = ("CHI BỘ TRƯỜNG MẦM NON HOA SEN\nBIÊN BẢN SINH HOẠT CHI BỘ\nKIỂU SINH HOẠT: [x] Thường kỳ\n"
            "THỜI GIAN BẮT ĐẦU:\n14 giờ 00, ngày 12/3/2023\nĐỊA ĐIỂM:\nPhòng họp nhà trường\nCHỦ TRÌ:\n"
            "đ/c Lê Thị Hoa - Bí thư chi bộ\nTHƯ KÝ:\nđ/c Vũ Thị Mai\nNGƯỜI TRÌNH BÀY:\nđ/c Hà Thị Lan\n"
            "TỔNG SỐ ĐẢNG VIÊN:\n12\nSỐ ĐẢNG VIÊN CÓ MẶT:\n11\nSỐ ĐẢNG VIÊN VẮNG MẶT:\n"
            "1 - có lý do: đ/c Lò Thị Én ốm\n")
    m = analyze(text).meeting
    assert (m.place, m.chair, m.secretary) == ("Phòng họp nhà trường", "Lê Thị Hoa", "Vũ Thị Mai")
    assert _att(m)[3:6] == (11, 1, 1)


@pytest.mark.parametrize(
    "line, vote",
    [
        pytest.param("Tán thành: 11        Không tán thành: 0        Tổng số: 11", (11, 0, 11), id="columns"),
        pytest.param("Biểu quyết nghị quyết: 10 tán thành, 1 không tán thành.", (10, 1, 11), id="bare-counts"),
    ],
)
def test_vote_counts_set_side_by_side(line: str, vote: tuple) -> None:
    v = meeting("CHI BỘ THÔN A\nBIÊN BẢN SINH HOẠT CHI BỘ\nCó mặt: 11 đ/c.\nBIỂU QUYẾT:\n" + line + "\n").vote
    assert (v.in_favor, v.against, v.voters) == vote


def test_a_roll_called_group_by_group_with_titles_before_names() -> None:
    rows = ["Tổ đảng số 1", "  1. Lê Văn An – có mặt", "  2. BS Trần Thị Bình – có mặt",
            "  3. ĐD trưởng khoa Phạm Thị Cúc – vắng có lý do: đi học", "Tổ đảng số 2", "  4. Đỗ Văn Dũng – có mặt",
            "  5. KTV Hà Thị Em – có mặt", "  6. Vũ Văn Giang – có mặt"]
    m = meeting("CHI BỘ KHOA NỘI\nBIÊN BẢN SINH HOẠT CHI BỘ\nĐiểm danh:\n" + "\n".join(rows) + "\n\nNỘI DUNG\n")
    assert (m.attendance.present, m.attendance.absent, m.attendance.absentees) == (5, 1, ("Phạm Thị Cúc",))


@pytest.mark.parametrize(
    "roll",
    [
        pytest.param("Điểm danh (CM: có mặt; VCL: vắng có lý do; VKL: vắng không lý do):\n01. Lê Văn An — CM\n"
                     "02. Trần Văn Bình — VCL (đi công tác)\n03. Phạm Thị Cúc — CM\n04. Đỗ Văn Dũng — VKL\n"
                     "05. Hà Thị Em — CM\n", id="legend-codes"),
        pytest.param("Điểm danh:\n- Đ/c Lê Văn An: có mặt\n- Đ/c Trần Văn Bình: vắng có lý do (đi công tác)\n"
                     "- Đ/c Phạm Thị Cúc: có mặt\n- Đ/c Đỗ Văn Dũng: vắng không lý do\n- Đ/c Hà Thị Em: có mặt\n",
                     id="bullets"),
        pytest.param("TT   Họ và tên          Tổ dân phố   Điểm danh\n1    Lê Văn An          Tổ 1         Có mặt\n"
                     "2    Trần Văn Bình      Tổ 2         Vắng có lý do – đi công tác\n"
                     "3    Phạm Thị Cúc       Tổ 1         Có mặt\n"
                     "4    Đỗ Văn Dũng        Tổ 3         Vắng không lý do\n"
                     "5    Hà Thị Em          Tổ 2         Có mặt\n", id="residence-column"),
    ],
)
def test_rolls_of_a_large_cell(roll: str) -> None:
    m = meeting("CHI BỘ TỔ DÂN PHỐ 12\nBIÊN BẢN SINH HOẠT CHI BỘ\n" + roll + "\nNỘI DUNG\n")
    assert (m.attendance.absentees, m.attendance.absent_with_reason, m.attendance.absent_without_reason) == (
        ("Trần Văn Bình", "Đỗ Văn Dũng"), 1, 1)


def test_a_deputy_commanders_office_is_no_name() -> None:
    m = meeting("CHI BỘ ĐẠI ĐỘI 1\nBIÊN BẢN SINH HOẠT CHI BỘ\nQuân số: 10 đồng chí; có mặt 9; vắng 01 đồng chí "
                "có lý do (Thượng úy Lê Văn Hào - Phó Đại đội trưởng đi tập huấn).\n")
    assert m.attendance.absentees == ("Lê Văn Hào",)


def test_a_phone_notes_stamp_and_the_cell_named_in_its_title() -> None:
    text = ("Ghi chú\n5 thg 9, 2023 lúc 22:10 · 980 ký tự\n\nĐảng bộ xã Tân Phước\n"
            "BB sinh hoạt Chi bộ ấp Phước Lợi tháng 9/2023 (ghi nhanh)\n\ntg: 19h ngày 5/9/2023\n"
            "kết thúc 21h cùng ngày\n")
    m = meeting(text)
    assert (m.organization, m.parent, m.start_time, m.end_time) == (
        "Chi bộ ấp Phước Lợi", "Đảng bộ xã Tân Phước", "19:00", "21:00")


@pytest.mark.parametrize(
    "block",
    [
        pytest.param("thư ký\n(đã ký)\nlưu thị nga\n\nchủ trì\n(đã ký)\ntrịnh quang vinh\n", id="dictated-lower-case"),
        pytest.param("| Thư ký | Chủ trì |\n|---|---|\n| (đã ký) | (đã ký) |\n| Lưu Thị Nga | Trịnh Quang Vinh |\n",
                     id="markdown-table"),
    ],
)
def test_signature_blocks_of_dictated_and_exported_records(block: str) -> None:
    m = meeting("CHI BỘ THÔN ĐÔNG\nBIÊN BẢN SINH HOẠT CHI BỘ\nBuổi họp kết thúc lúc 21 giờ.\n\n" + block)
    assert (m.signatures.chair, m.signatures.secretary) == (True, True)
