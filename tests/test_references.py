"""Reference extraction: every spelling of a citation seen in minutes and provincial documents."""

from __future__ import annotations

import pytest

from nlp.normalize import normalize
from nlp.references import find_own_number, find_references


def codes(text: str, on_date: str | None = None) -> list[str]:
    return [r.code for r in find_references(normalize(text).text, on_date=on_date)]


# --- one sentence, the codes it cites, in text order ---------------------------------------------
CODES = [
    # Party codes as printed
    pytest.param("Chi bộ quán triệt Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.",
                 ["05-CT/TW"], id="ct-full"),
    pytest.param("Tiếp tục thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị.",
                 ["01-KL/TW"], id="kl-comma-date"),
    pytest.param("Đồng chí Bí thư phổ biến Chỉ thị 05-CT/TW đến toàn thể đảng viên.",
                 ["05-CT/TW"], id="ct-no-so"),
    pytest.param("Học tập Quy định số 144-QĐ/TW về chuẩn mực đạo đức cách mạng.",
                 ["144-QĐ/TW"], id="qd-3-digits"),
    pytest.param("Thực hiện Hướng dẫn số 12-HD/BTCTW của Ban Tổ chức Trung ương.",
                 ["12-HD/BTCTW"], id="hd-btctw"),
    pytest.param("Theo Hướng dẫn 05-HD/UBKTTW hướng dẫn thi hành Quy định 69-QĐ/TW.",
                 ["05-HD/UBKTTW", "69-QĐ/TW"], id="ubkttw-and-qd"),
    pytest.param("Văn bản 36-HD/VPTW quy định thể thức văn bản của Đảng.", ["36-HD/VPTW"], id="vptw"),
    pytest.param("Kế hoạch số 112-KH/ĐU ngày 05/3/2024 của Đảng ủy phường.", ["112-KH/ĐU"], id="kh-du"),
    pytest.param("Triển khai Kế hoạch số 85-KH/HU của Ban Thường vụ Huyện ủy.", ["85-KH/HU"], id="kh-hu"),
    pytest.param("Nghị quyết số 15-NQ/QU của Quận ủy về chỉnh trang đô thị.", ["15-NQ/QU"], id="nq-qu"),
    pytest.param("Chương trình hành động số 20-CTr/TU của Tỉnh ủy.", ["20-CTr/TU"], id="ctr-tu"),
    pytest.param("Đề án số 06-ĐA/HU về nâng cao chất lượng tổ chức cơ sở đảng.", ["06-ĐA/HU"], id="da-hu"),
    pytest.param("Hướng dẫn số 05-HD/BTCTU của Ban Tổ chức Tỉnh ủy.", ["05-HD/BTCTU"], id="btctu"),
    pytest.param("Thông báo số 27-TB/ThU của Thị ủy về lịch tiếp dân.", ["27-TB/ThU"], id="tb-thu"),
    pytest.param("Quy chế làm việc số 02-QC/ĐUK của Đảng ủy Khối.", ["02-QC/ĐUK"], id="qc-duk"),
    pytest.param("Nghị quyết số 847-NQ/QUTW của Quân ủy Trung ương.", ["847-NQ/QUTW"], id="nq-qutw"),
    pytest.param("Báo cáo số 118-BC/TU tổng kết công tác năm.", ["118-BC/TU"], id="bc-tu"),
    pytest.param("Tờ trình số 09-TTr/ĐU về kết nạp đảng viên.", ["09-TTr/ĐU"], id="ttr-du"),
    pytest.param("Công văn số 1102-CV/TU về việc tổ chức sinh hoạt chi bộ.",
                 ["1102-CV/TU"], id="cv-4-digits"),
    pytest.param("Quy định số 5-QĐ/TU của Tỉnh ủy.", ["05-QĐ/TU"], id="pad-one-digit"),
    # spaces, dashes, glued, no hyphen
    pytest.param("Thực hiện Kết luận số 100 - KL/TW của Ban Bí thư.", ["100-KL/TW"], id="spaced-hyphen"),
    pytest.param("Quy định 47 – QĐ/TW những điều đảng viên không được làm.", ["47-QĐ/TW"], id="en-dash"),
    pytest.param("Quy định số 24-QĐ / TW về thi hành Điều lệ Đảng.", ["24-QĐ/TW"], id="spaced-slash"),
    pytest.param("Thực hiện Quy định 37QĐ/TW của Ban Chấp hành Trung ương.", ["37-QĐ/TW"], id="no-hyphen"),
    pytest.param("Ban hành kèm theo Quyết định số31-QĐ/TW của Bộ Chính trị.", ["31-QĐ/TW"], id="glued-so"),
    pytest.param("Chỉ thị số 05 - CT / TW ngày 15 / 5 / 2016.", ["05-CT/TW"], id="ocr-spaces"),
    pytest.param("Hướng dẫn số 16 -\nHD/BTCTW ngày 24/9/2018 về kiểm điểm.",
                 ["16-HD/BTCTW"], id="line-break"),
    pytest.param("- Kết luận số 21-KL/\nTW ngày 25/10/2021 của Ban Chấp hành Trung ương.", ["21-KL/TW"],
                 id="break-after-slash"),
    pytest.param("Quy định số 08-QĐi/TW\nngày 25/10/2018 của Trung ương.",
                 ["08-QĐi/TW"], id="break-before-date"),
    # issuer spellings
    pytest.param("Chỉ thị 05-CT/TƯ của Bộ Chính trị.", ["05-CT/TW"], id="tu-horn"),
    pytest.param("Nghị quyết 35-NQ/T.Ư về bảo vệ nền tảng tư tưởng.", ["35-NQ/TW"], id="t-dot-u"),
    pytest.param("Quy định số 37-QĐ/T.W về những điều đảng viên không được làm.", ["37-QĐ/TW"], id="t-dot-w"),
    pytest.param("Hướng dẫn số 12-HD/BTCTƯ ngày 06/7/2018.", ["12-HD/BTCTW"], id="btctu-horn"),
    # QĐi family and ASCII fallbacks
    pytest.param("Quy định số 07-QĐI/TW về xử lý kỷ luật tổ chức đảng.", ["07-QĐi/TW"], id="qdi-upper"),
    pytest.param("Quy định số 15-Qđi/TU của Tỉnh ủy Quảng Nam.", ["15-QĐi/TU"], id="qdi-mixed"),
    pytest.param("Quy dinh so 08-QDi/TW ve trach nhiem neu guong.", ["08-QĐi/TW"], id="qdi-ascii"),
    pytest.param("Quy định số 08-QĐi/TW ngày 25/10/2018.", ["08-QĐi/TW"], id="qdi-canonical"),
    pytest.param("Quy định số 144-QĐĐ/TW ngày 09/5/2024 của Bộ Chính trị.", ["144-QĐ/TW"], id="ocr-doubled-d"),
    pytest.param("Quy định 37-QÐ/TW (Icelandic eth from OCR).", ["37-QĐ/TW"], id="ocr-eth-for-d"),
    pytest.param("Thuc hien Quy dinh 69-QD/TW ve ky luat dang vien.", ["69-QĐ/TW"], id="qd-ascii"),
    pytest.param("Theo Nghi dinh 30/2020/ND-CP ve cong tac van thu.", ["30/2020/NĐ-CP"], id="nd-ascii"),
    pytest.param("De an so 03-DA/DU cua Dang uy xa.", ["03-ĐA/ĐU"], id="da-du-ascii"),
    pytest.param("Chi thi so 05-CT/TW ngay 15/5/2016 cua Bo Chinh tri; thuc hien Chi thi 05.",
                 ["05-CT/TW", "05-CT/TW"], id="ascii-names"),
    # State-style order for Party codes
    pytest.param("Căn cứ Quyết định số 148/QĐ-TW của Ban Bí thư.", ["148-QĐ/TW"], id="state-order-qd"),
    pytest.param("Quán triệt Chỉ thị số 05/CT-TW về học tập và làm theo Bác.",
                 ["05-CT/TW"], id="state-order-ct"),
    pytest.param("Thực hiện Quyết định 646/QĐ/QUTW của Quân ủy Trung ương.",
                 ["646-QĐ/QUTW"], id="double-slash"),
    pytest.param("Nghị quyết số 12/NQ-ĐU của Đảng ủy xã.", ["12-NQ/ĐU"], id="state-order-du"),
    # completed from the words around
    pytest.param("Thực hiện Quy định số 08/TU của Thành ủy về nêu gương.", ["08-QĐ/TU"], id="missing-type"),
    pytest.param("Kế hoạch số 126 ngày 10/7/2014 của Thành ủy về sắp xếp bộ máy.",
                 ["126-KH/TU"], id="missing-type-issuer"),
    pytest.param("Thông báo Kết luận số 159-TB của Ban Thường vụ Tỉnh ủy.",
                 ["159-TB/TU"], id="tb-issuer-context"),
    pytest.param("Thông báo Kết luận số 159-TB về công tác cán bộ.", ["159-TB"], id="tb-as-written"),
    pytest.param("Theo Thông báo số 159-TB/TU, Thông báo Kết luận số 159-TB nêu rõ.",
                 ["159-TB/TU", "159-TB/TU"], id="tb-from-doc"),
    pytest.param("Báo cáo số 25 ngày 3/4/2024 của Đảng ủy phường.", ["25-BC/ĐU"], id="bc-issuer-after-date"),
    pytest.param("Tiếp tục thực hiện Chỉ thị 05-CT của Bộ Chính trị.", ["05-CT/TW"], id="partial-issuer-named"),
    pytest.param("Ban Thường vụ Tỉnh ủy đã ban hành Thông báo Kết luận số 159-TB về công tác cán bộ.",
                 ["159-TB/TU"], id="partial-issuer-before"),
    pytest.param("Thành ủy ban hành Kế hoạch số 126 ngày 10/7/2014 về sắp xếp bộ máy.", ["126-KH/TU"],
                 id="short-issuer-before"),
    pytest.param("UBND huyện ban hành Kế hoạch số 126 về làm đường giao thông nông thôn.", [],
                 id="short-state-issuer-before"),
    pytest.param("Thực hiện CT số 05 và KL số 01.", ["05-CT/TW", "01-KL/TW"], id="short-abbrev-so"),
    pytest.param("Nghị quyết số 03 của Chi bộ về nhiệm vụ năm 2024.", ["03-NQ/CB"], id="nq-chi-bo"),
    pytest.param("Chỉ thị 05 của Thành uỷ về phòng chống thiên tai.", ["05-CT/TU"], id="old-tone-issuer"),
    # short forms resolved by the catalogue
    pytest.param("Đảng viên tiếp tục thực hiện tốt Chỉ thị 05.", ["05-CT/TW"], id="short-ct"),
    pytest.param("Nghiêm túc chấp hành Quy định 37 về những điều đảng viên không được làm.",
                 ["37-QĐ/TW"], id="short-qd"),
    pytest.param("Sinh hoạt theo Hướng dẫn số 12 của Ban Tổ chức Trung ương.",
                 ["12-HD/BTCTW"], id="short-hd-issuer"),
    pytest.param("Việc sinh hoạt chi bộ thực hiện theo Hướng dẫn số 12.", ["12-HD/BTCTW"], id="short-hd"),
    pytest.param("Thực hiện Quy định 08 về trách nhiệm nêu gương.", ["08-QĐi/TW"], id="short-qdi"),
    pytest.param("Quán triệt NQ 21 và CT 05 trong toàn chi bộ.", ["21-NQ/TW", "05-CT/TW"], id="short-abbrev"),
    pytest.param("Thực hiện KL01 của Bộ Chính trị.", ["01-KL/TW"], id="short-abbrev-glued"),
    pytest.param("Triển khai Chỉ thị 35 ngày 14/6/2024 của Bộ Chính trị.",
                 ["35-CT/TW"], id="short-reused-number"),
    pytest.param("Nghị quyết 35 năm 2018 về bảo vệ nền tảng tư tưởng.", ["35-NQ/TW"], id="short-year-after"),
    # short forms and aliases resolved by the document itself
    pytest.param(
        "Quy định số 37-QĐ/TW ngày 25/10/2021 (sau đây gọi tắt là Quy định 37). Đảng viên thực hiện Quy định 37.",
        ["37-QĐ/TW", "37-QĐ/TW"], id="alias-defined"),
    pytest.param("Hướng dẫn số 09-HD/BTCTW ngày 02/3/2012 (sau đây gọi là Hướng dẫn 09).", ["09-HD/BTCTW"],
                 id="alias-goi-la"),
    pytest.param("Nghị quyết số 15-NQ/ĐU (sau đây viết tắt là Nghị quyết 15); chi bộ cụ thể hóa Nghị quyết 15.",
                 ["15-NQ/ĐU", "15-NQ/ĐU"], id="alias-local"),
    pytest.param("Chỉ thị số 05-CT/TW và Chỉ thị số 05-CT/TU của Tỉnh ủy (sau đây gọi tắt là Chỉ thị 05); "
                 "đảng viên thực hiện Chỉ thị 05.", ["05-CT/TW", "05-CT/TU", "05-CT/TU"],
                 id="alias-decides-between-cited"),
    pytest.param("Kế hoạch số 45-KH/ĐU được triển khai; Kế hoạch số 45 giao cho các tổ.",
                 ["45-KH/ĐU", "45-KH/ĐU"], id="short-by-document"),
    pytest.param("Chỉ thị số 05-CT/TU của Tỉnh ủy; các đồng chí thực hiện Chỉ thị 05 nghiêm túc.",
                 ["05-CT/TU", "05-CT/TU"], id="short-document-beats-catalogue"),
    pytest.param("Chỉ thị số 05-CT/TU và Chỉ thị số 05-CT/TW; đảng viên thực hiện Chỉ thị 05.",
                 ["05-CT/TU", "05-CT/TW"], id="short-ambiguous-in-document"),
    pytest.param("Quy định số 37-QĐ/TW của Trung ương; Quyết định 37 của huyện về khen thưởng.",
                 ["37-QĐ/TW"], id="short-decision-not-cited-rule"),
    # named resolutions
    pytest.param("Tiếp tục thực hiện Nghị quyết Trung ương 4 khóa XI về xây dựng Đảng.",
                 ["12-NQ/TW"], id="named-xi"),
    pytest.param("Gắn với Nghị quyết Trung ương 4 khoá XII.", ["04-NQ/TW"], id="named-khoa-old-tone"),
    pytest.param("Hướng dẫn 9 hộ làm chuồng bò xa nhà, hướng dẫn 12 học sinh ôn thi.", [],
                 id="verb-huong-dan-with-a-count"),
    pytest.param("Theo Quy định số 69-QĐ/TW về kỷ luật, Quy định 69 lần đầu quy định rõ các hình thức.",
                 ["69-QĐ/TW", "69-QĐ/TW"], id="short-cited-before-a-unit-word"),
    pytest.param("Nhắc lại Quy định 47 – những điều đảng viên không được làm; Chỉ thị 05 - học tập và làm theo Bác.",
                 ["47-QĐ/TW", "05-CT/TW"], id="short-form-then-a-dash-and-its-subject"),
    pytest.param("Theo Công văn số 112-CV/ĐU của Đảng ủy; chi bộ làm theo CV 112 trước ngày 20.",
                 ["112-CV/ĐU", "112-CV/ĐU"], id="short-abbreviated-letter-cited-in-full"),
    pytest.param("Gửi CV 18 cho xã.", [], id="short-abbreviated-letter-not-cited"),
    pytest.param("Thực hiện Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ.", ["30c/NQ-CP"],
                 id="state-number-with-a-letter"),
    pytest.param("Tiep tuc thuc hien Nghi quyet Trung uong 4 (khoa XI, XII).", ["12-NQ/TW", "04-NQ/TW"],
                 id="named-typed-without-diacritics"),
    pytest.param("hoc tap Nghi quyet TW 4 khoa XII, tu lien he ban than", ["04-NQ/TW"],
                 id="named-tw-without-diacritics"),
    pytest.param("Đẩy mạnh thực hiện Nghị quyết Trung ương 4 (khóa XI, XII) về xây dựng, chỉnh đốn Đảng.",
                 ["12-NQ/TW", "04-NQ/TW"], id="named-two-terms"),
    pytest.param("Quán triệt Nghị quyết Hội nghị Trung ương 4 khóa XII.", ["04-NQ/TW"], id="named-hoi-nghi"),
    pytest.param("Thực hiện Nghị quyết T.Ư 4, khóa XI.", ["12-NQ/TW"], id="named-t-u"),
    pytest.param("Thực hiện Kết luận Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII.",
                 ["21-KL/TW"], id="named-kl-ordinal-word"),
    pytest.param("Gắn với NQTW4 khóa XII và Chỉ thị 05.", ["04-NQ/TW", "05-CT/TW"], id="named-abbrev-glued"),
    pytest.param("Nghị quyết Trung ương lần thứ 4 khóa XI và khóa XII.",
                 ["12-NQ/TW", "04-NQ/TW"], id="named-lan-thu"),
    pytest.param("Quy định Trung ương 8 khóa XII về nêu gương.", ["08-QĐi/TW"], id="named-quy-dinh"),
    pytest.param("Nghị quyết Trung ương 4 - khóa XII và NQ TƯ 4 khoá 11.", ["04-NQ/TW", "12-NQ/TW"],
                 id="named-dash-arabic-term"),
    # State documents
    pytest.param("Nghị định số 30/2020/NĐ-CP về công tác văn thư.", ["30/2020/NĐ-CP"], id="state-nd"),
    pytest.param("Thông tư 17/2021/TT-BGDĐT quy định chương trình.", ["17/2021/TT-BGDĐT"], id="state-tt"),
    pytest.param("Luật số 45/2019/QH14 (Bộ luật Lao động).", ["45/2019/QH14"], id="state-law"),
    pytest.param("Nghị quyết số 05/2019/NQ-HĐND của tỉnh.", ["05/2019/NQ-HĐND"], id="state-nq-hdnd"),
    pytest.param("Quyết định số 439/QĐ-TTg của Thủ tướng Chính phủ.", ["439/QĐ-TTg"], id="state-qd-ttg"),
    pytest.param("Nghị quyết 138/NQ-CP của Chính phủ.", ["138/NQ-CP"], id="state-nq-cp"),
    pytest.param("Công văn số 6985/VPCP-KTN của Văn phòng Chính phủ.", ["6985/VPCP-KTN"], id="state-cv"),
    pytest.param("Kế hoạch số 215/KH-UBND ngày 12/9/2023 của UBND huyện.",
                 ["215/KH-UBND"], id="state-kh-ubnd"),
    pytest.param("Thông tư liên tịch số 01/2015/TTLT-BNV-BTC.", ["01/2015/TTLT-BNV-BTC"], id="state-ttlt"),
    pytest.param("Nghị quyết số 05/2019/NQ-HDND của HĐND tỉnh.", ["05/2019/NQ-HĐND"], id="state-hdnd-ascii"),
    pytest.param("Quy định số 12/QyĐ-UBND về quản lý chợ.", ["12/QyĐ-UBND"], id="state-qyd"),
    # several in one sentence
    pytest.param("Quán triệt Chỉ thị số 05-CT/TW, Kết luận số 01-KL/TW và Quy định số 08-QĐi/TW.",
                 ["05-CT/TW", "01-KL/TW", "08-QĐi/TW"], id="list-of-three"),
    pytest.param("Nghị quyết số 04-NQ/TW và 12-NQ/TW về xây dựng Đảng.",
                 ["04-NQ/TW", "12-NQ/TW"], id="bare-second"),
    pytest.param("Chỉ thị 16/CT-TTg và Chỉ thị 05-CT/TW.", ["16/CT-TTg", "05-CT/TW"], id="state-and-party"),
    pytest.param("CHỈ THỊ SỐ 05-CT/TW CỦA BỘ CHÍNH TRỊ", ["05-CT/TW"], id="uppercase"),
    # dictated by voice typing: the term in words, everything in lower case
    pytest.param("chi bộ tiếp tục thực hiện nghị quyết trung ương bốn khóa mười hai về chỉnh đốn đảng",
                 ["04-NQ/TW"], id="named-term-in-words-lower-case"),
    pytest.param("QUÁN TRIỆT NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII", ["04-NQ/TW"], id="named-in-capitals"),
    pytest.param("học tập và làm theo Bác theo chỉ thị 05 tháng này chi bộ chọn chủ đề tiết kiệm",
                 ["05-CT/TW"], id="short-form-then-this-month"),
]


@pytest.mark.parametrize(("text", "expected"), CODES)
def test_codes(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


# --- what is NOT a reference -------------------------------------------------------------------------
NEGATIVE = [
    pytest.param("Buổi sinh hoạt bắt đầu lúc 14 giờ 00, ngày 25/3/2024.", id="date-and-time"),
    pytest.param("Ngày 15/5/2016 là ngày truyền thống.", id="bare-date"),
    pytest.param("Bắt đầu 14h30, kết thúc 16h05.", id="times"),
    pytest.param("Chi bộ thông qua nghị quyết tháng 4/2024.", id="cell-resolution-month"),
    pytest.param("Đánh giá việc thực hiện Nghị quyết chi bộ tháng 3.", id="cell-resolution-name"),
    pytest.param("1/ Phần mở đầu\n2.3 Nhiệm vụ tháng tới", id="list-numbering"),
    pytest.param("Địa điểm: nhà văn hóa, số 12/5 đường Lê Lợi.", id="address-street"),
    pytest.param("Đồng chí Tâm ở tổ 15/KP3, phường Tân Thành.", id="address-block"),
    pytest.param("Liên hệ đồng chí Bí thư: 0912-345-678.", id="phone"),
    pytest.param("Tỷ lệ đảng viên tham dự đạt 88,9%.", id="percentage"),
    pytest.param("Biểu quyết: 16/16 đồng chí tán thành (100%).", id="vote-fraction"),
    pytest.param("Tổng số đảng viên 18, có mặt 16, vắng 2.", id="counts"),
    pytest.param("Kế hoạch 5 năm của Tỉnh ủy đã hoàn thành.", id="plan-five-years"),
    pytest.param("Báo cáo 6 tháng đầu năm của Đảng ủy.", id="report-six-months"),
    pytest.param("Thực hiện Chỉ thị 05 của UBND tỉnh về trật tự đô thị.", id="short-state-body"),
    pytest.param("Quán triệt Nghị quyết Đại hội XIII của Đảng.", id="congress-resolution"),
    pytest.param("Nghị quyết Trung ương 4 đã được quán triệt.", id="named-without-term"),
    pytest.param("Thực hiện Hướng dẫn 06 về thi hành Điều lệ.", id="short-ambiguous-catalogue"),
    pytest.param("Quyết định 37 về khen thưởng.", id="short-decision-not-rule"),
    pytest.param("Chi bộ có 3 tổ đảng, 2 đảng viên dự bị.", id="small-numbers"),
    pytest.param("Nghị quyết Trung ương 5 khóa XIII có nhiều nội dung.", id="named-ambiguous-plenum"),
    pytest.param("Quy định có 19 điều đảng viên không được làm.", id="rule-count"),
    pytest.param("Hồi 8 giờ 00 phút ngày 06 tháng 7 năm 2018.", id="date-words"),
    pytest.param("Kinh phí 2.500.000 đồng, chi 1,5 triệu.", id="money"),
    pytest.param("Điểm thi đua 95/100 điểm.", id="score"),
    pytest.param("Theo hướng dẫn 9 tháng qua, các tổ đã thu đủ quỹ.", id="months-past-after-a-verb"),
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_references(text: str) -> None:
    assert codes(text) == []


# --- fields of one reference -----------------------------------------------------------------------
FIELDS = [
    pytest.param("Quán triệt Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về học tập.",
                 {"code": "05-CT/TW", "kind": "party", "number": "05", "type": "CT", "type_name": "Chỉ thị",
                  "issuer": "TW", "date": "2016-05-15", "text": "Chỉ thị số 05-CT/TW ngày 15/5/2016"},
                 id="contract-example"),
    pytest.param("theo Hướng dẫn số 12-HD/BTCTW ngày 06 tháng 7 năm 2018",
                 {"date": "2018-07-06", "type_name": "Hướng dẫn", "issuer": "BTCTW"}, id="date-words"),
    pytest.param("Chỉ thị số 35-CT/TW, 14-6-2024 và", {"date": None}, id="date-needs-ngay"),
    pytest.param("Kết luận 01-KL/TW (ngày 18-5-2021) của Bộ Chính trị",
                 {"date": "2021-05-18", "text": "Kết luận 01-KL/TW (ngày 18-5-2021)"}, id="date-parenthesis"),
    pytest.param("Nghị quyết số 68-NQ/TW ngày 4.5.2025 về kinh tế tư nhân",
                 {"date": "2025-05-04", "number": "68"}, id="date-dots"),
    pytest.param("Chỉ thị số 05-CT/TW của Bộ Chính trị ngày 15/5/2016",
                 {"date": "2016-05-15", "text": "Chỉ thị số 05-CT/TW của Bộ Chính trị ngày 15/5/2016"},
                 id="issuer-then-date"),
    pytest.param("Quy định số 37-QĐ/TW ngày 31/2/2021", {"date": None}, id="impossible-date"),
    pytest.param("Quy định số 08-QĐI/TW",
                 {"type": "QĐi", "type_name": "Quy định", "number": "08"}, id="qdi-fields"),
    pytest.param("Quyết định số 259-QĐ/TW", {"type": "QĐ", "type_name": "Quyết định"}, id="qd-decision"),
    pytest.param("theo 37-QĐ/TW", {"type_name": "Quy định"}, id="type-name-from-catalogue"),
    pytest.param("theo 31-QĐ/TW", {"type_name": None}, id="type-name-unknown"),
    pytest.param("Nghị định 30/2020/ND-CP", {"kind": "state", "type": "NĐ", "type_name": "Nghị định",
                                             "issuer": "CP", "number": "30", "catalogue": None}, id="state-fields"),
    pytest.param("Luật số 45/2019/QH14",
                 {"kind": "state", "type": None, "type_name": "Luật", "issuer": "QH14"},
                 id="law-fields"),
    pytest.param("Thông báo Kết luận số 159-TB về",
                 {"code": "159-TB", "issuer": None, "type": "TB", "text": "Thông báo Kết luận số 159-TB"},
                 id="partial-fields"),
    pytest.param("Hướng dẫn số 16 -\nHD/BTCTW ngày 24/9/2018 về",
                 {"text": "Hướng dẫn số 16 -\nHD/BTCTW ngày 24/9/2018"}, id="span-line-break"),
    pytest.param("Nghị quyết Trung ương 4 khóa XII về",
                 {"code": "04-NQ/TW", "date": None, "text": "Nghị quyết Trung ương 4 khóa XII"}, id="named-fields"),
    pytest.param("Đảng viên thực hiện Chỉ thị 05.", {"text": "Chỉ thị 05", "number": "05", "issuer": "TW"},
                 id="short-fields"),
    pytest.param("Quán triệt 05-CT/TW",
                 {"catalogue.issued_by": "Bộ Chính trị", "catalogue.date": "2016-05-15"},
                 id="catalogue-attached"),
    pytest.param("Quy định số 47-QĐ/TW", {"catalogue.superseded_by": "37-QĐ/TW"}, id="catalogue-superseded"),
    pytest.param("Chỉ thị số 35-CT/TW ngày 30/5/2019",
                 {"catalogue.date": "2019-05-30"}, id="reuse-by-cited-date"),
    pytest.param("Chỉ thị số 35-CT/TW của Bộ Chính trị khóa XII", {"catalogue.date": "2019-05-30"},
                 id="reuse-by-term"),
    pytest.param("Kế hoạch số 45-KH/ĐU", {"catalogue": None}, id="no-catalogue-local"),
]


@pytest.mark.parametrize(("text", "expected"), FIELDS)
def test_fields(text: str, expected: dict) -> None:
    refs = find_references(normalize(text).text)
    assert len(refs) == 1
    ref = refs[0]
    for key, value in expected.items():
        if key.startswith("catalogue."):
            assert ref.catalogue is not None
            assert getattr(ref.catalogue, key.split(".", 1)[1]) == value, key
        else:
            assert getattr(ref, key) == value, key


ON_DATE = [
    pytest.param("Triển khai Chỉ thị số 35-CT/TW của Bộ Chính trị.",
                 "2020-01-10", "2019-05-30", id="meeting-2020"),
    pytest.param("Triển khai Chỉ thị số 35-CT/TW của Bộ Chính trị.",
                 "2024-08-20", "2024-06-14", id="meeting-2024"),
    pytest.param("Triển khai Chỉ thị số 35-CT/TW ngày 30/5/2019.",
                 "2024-08-20", "2019-05-30", id="cited-beats-meeting"),
    pytest.param("Triển khai Chỉ thị 35 của Bộ Chính trị.",
                 "2019-09-02", "2019-05-30", id="short-by-meeting"),
]


def test_short_form_not_resolved_to_a_later_document() -> None:
    text = "Chi bộ thực hiện Hướng dẫn số 12 về sinh hoạt chi bộ."
    assert codes(text, on_date="2017-03-20") == []
    assert codes(text, on_date="2019-03-20") == ["12-HD/BTCTW"]


SHORT_STATE = [
    pytest.param("Phổ biến Nghị quyết số 105/NQ-CP ngày 09/9/2021 của Chính phủ. Hoàn thành hồ sơ theo Nghị quyết 105 "
                 "trong tháng.", "2021-10-05", ["105/NQ-CP", "105/NQ-CP"], id="government-resolution-cited-above"),
    pytest.param("Quán triệt Quyết định số 719/QĐ-TTg của Thủ tướng; thực hiện Quyết định 719 tại thôn.", "2022-03-01",
                 ["719/QĐ-TTg", "719/QĐ-TTg"], id="decision-cited-above"),
    pytest.param("Chỉ thị 05-CT/TW và Chỉ thị 16/CT-TTg; tiếp tục thực hiện Chỉ thị 05.", "2021-10-05",
                 ["05-CT/TW", "16/CT-TTg", "05-CT/TW"], id="party-short-form-unchanged"),
    pytest.param("Thực hiện Nghị quyết 68 về kinh tế tư nhân.", "2021-10-05", [], id="no-cited-state-document"),
    pytest.param("Triển khai Thông tư số 09/2022/TT-BNV ngày 02/12/2022 của Bộ Nội vụ; rà soát hồ sơ theo Thông tư 09 "
                 "trước 30/3.", "2023-02-10", ["09/2022/TT-BNV", "09/2022/TT-BNV"], id="circular-cited-above"),
    pytest.param("Áp dụng Nghị định 45/2022/NĐ-CP về xử phạt; lập biên bản đúng Nghị định 45.", "2023-02-10",
                 ["45/2022/NĐ-CP", "45/2022/NĐ-CP"], id="decree-cited-above"),
    pytest.param("Lập hồ sơ theo Nghị định 45 của Chính phủ.", "2023-02-10", [], id="decree-never-cited-in-full"),
]


@pytest.mark.parametrize(("text", "on_date", "expected"), SHORT_STATE)
def test_short_form_of_a_state_document_cited_above(text: str, on_date: str, expected: list[str]) -> None:
    assert codes(text, on_date=on_date) == expected


@pytest.mark.parametrize(("text", "on_date", "issued"), ON_DATE)
def test_reused_number_by_meeting_date(text: str, on_date: str, issued: str) -> None:
    (ref,) = find_references(normalize(text).text, on_date=on_date)
    assert ref.catalogue is not None and ref.catalogue.date == issued


# --- the document's own number -------------------------------------------------------------------------
HEADER = (
    "ĐẢNG BỘ PHƯỜNG TÂN THÀNH          ĐẢNG CỘNG SẢN VIỆT NAM\n"
    "CHI BỘ KHU PHỐ 3\n*\n{number_line}\n\nBIÊN BẢN\nSINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2024\n"
    "Chi bộ quán triệt Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.\n"
)
OWN = [
    pytest.param("Số 07-BB/CB", "07-BB/CB", id="so-space"),
    pytest.param("Số: 12-BB/ĐU          Tân Thành, ngày 25 tháng 3 năm 2024",
                 "12-BB/ĐU", id="so-colon-with-date"),
    pytest.param("Số 7-BB/CB", "07-BB/CB", id="so-pad"),
    pytest.param("Số: 05/BB-CB", "05-BB/CB", id="so-state-order"),
    pytest.param("Tân Thành, ngày 25 tháng 3 năm 2024", None, id="no-number"),
    pytest.param("KHU PHỐ 3 Số 09-BB/CB", "09-BB/CB", id="glued-to-a-heading-line"),
]


def test_own_number_of_minutes_typed_without_diacritics() -> None:
    text = ("DANG BO XA HOA MY                DANG CONG SAN VIET NAM\nCHI BO THON 2\nSo: 11-BB/CB\n\n"
            "BIEN BAN SINH HOAT CHI BO\nChi bo hoc tap Chi thi 05-CT/TW.\n")
    assert find_own_number(text) == "11-BB/CB"
    assert codes(text) == ["05-CT/TW"]


def test_named_resolution_wrapped_across_lines() -> None:
    text = "100% đảng viên học tập Nghị\nquyết Trung ương 4 khóa XII; chi bộ"
    assert codes(text, on_date="2017-03-01") == ["04-NQ/TW"]
    text = "quán triệt nội dung chính của Nghị quyết Hội\nnghị Ban Chấp hành Trung\nương lần thứ tư khóa XII về"
    assert codes(text, on_date="2017-03-01") == ["04-NQ/TW"]


def test_own_number_never_a_cited_plan() -> None:
    text = normalize(HEADER.format(number_line="thực hiện Kế hoạch số 19-KH/ĐU")).text
    assert find_own_number(text) is None and "19-KH/ĐU" in codes(text)


@pytest.mark.parametrize(("number_line", "own"), OWN)
def test_own_number(number_line: str, own: str | None) -> None:
    text = normalize(HEADER.format(number_line=number_line)).text
    assert find_own_number(text) == own
    assert codes(text) == ["05-CT/TW"]


def test_own_number_same_line_as_org() -> None:
    text = "CHI BỘ TRƯỜNG THCS LÊ LỢI     Số 03-BB/CB\n\nBIÊN BẢN HỌP CHI BỘ\nThực hiện Quy định 37."
    assert find_own_number(text) == "03-BB/CB"
    assert codes(text) == ["37-QĐ/TW"]


def test_number_in_body_is_a_reference() -> None:
    text = "BIÊN BẢN\nChi bộ xem lại Biên bản số 06-BB/CB của kỳ họp trước."
    assert find_own_number(text) is None
    assert codes(text) == ["06-BB/CB"]


# --- invariants ----------------------------------------------------------------------------------
ALL_TEXTS = [p.values[0] for p in CODES + FIELDS]


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_span_is_exact_substring(text: str) -> None:
    norm = normalize(text).text
    refs = find_references(norm)
    for ref in refs:
        assert norm[ref.start:ref.end] == ref.text
    assert [r.start for r in refs] == sorted(r.start for r in refs)


MINUTES = """ĐẢNG BỘ PHƯỜNG TÂN THÀNH                ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ KHU PHỐ 3
*
Số 07-BB/CB                  Tân Thành, ngày 25 tháng 3 năm 2024

BIÊN BẢN
SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2024

Thời gian: bắt đầu lúc 14 giờ 00 phút, ngày 25/3/2024. Địa điểm: Nhà văn hóa khu phố 3, số 12/5 đường Lê Lợi.
Chủ trì: đồng chí Nguyễn Văn Hùng, Bí thư chi bộ. Thư ký: đồng chí Lê Thị Mai.
Tổng số đảng viên: 18; có mặt 16; vắng 2 (có lý do 2: đồng chí Trần Văn Bình đi công tác, tổ 15/KP3).
I. PHẦN MỞ ĐẦU
Đồng chí Bí thư tuyên bố lý do, thông qua chương trình sinh hoạt gồm 5 nội dung.
II. NỘI DUNG
1. Thông tin thời sự: tình hình kinh tế - xã hội tháng 3/2024, tăng trưởng 5,66%.
2. Phổ biến, quán triệt văn bản cấp trên: Kế hoạch số 112-KH/ĐU ngày 05/3/2024 của Đảng ủy phường;
Quy định số 37-QĐ/TW ngày 25/10/2021 của Ban Chấp hành Trung ương (sau đây gọi tắt là Quy định 37);
Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Kết luận 01-KL/TW; Nghị quyết Trung ương 4 (khóa XI, XII).
3. Đánh giá kết quả thực hiện nghị quyết tháng 2/2024: chi bộ hoàn thành 8/10 chỉ tiêu.
"""


def test_minutes_references_in_order() -> None:
    text = normalize(MINUTES).text
    assert find_own_number(text) == "07-BB/CB"
    assert codes(text) == ["112-KH/ĐU", "37-QĐ/TW", "05-CT/TW", "01-KL/TW", "12-NQ/TW", "04-NQ/TW"]


def test_own_number_named_again_in_an_annex() -> None:
    text = normalize("CHI BỘ THÔN 5\nSố 04-BB/CB\n\nBIÊN BẢN HỌP CHI BỘ\nQuán triệt Chỉ thị 05-CT/TW.\n\n"
                     "DANH SÁCH ĐẢNG VIÊN VẮNG\n(Kèm theo Biên bản số 04-BB/CB ngày 3/3/2024)\n").text
    assert codes(text) == ["05-CT/TW"]


def test_state_code_broken_across_lines_after_a_separator() -> None:
    assert codes("quán triệt Thông tư 26/2020/TT-\nBGDĐT về đánh giá học sinh") == ["26/2020/TT-BGDĐT"]
    assert codes("chấp hành Nghị định 100/2019/\nNĐ-CP khi tham gia giao thông") == ["100/2019/NĐ-CP"]


def test_guiding_a_village_is_no_guidance_cited() -> None:
    assert codes("Đ/c A đề nghị mỗi đảng viên nhận hướng dẫn 1 buôn, đ/c B nhận hướng dẫn 2 bản.") == []


@pytest.mark.parametrize(("said", "codes"), [
    ("đồng chí bí thư quán triệt chỉ thị năm mươi của ban bí thư về sinh hoạt chi bộ", ["50-CT/TW"]),
    ("tiếp tục thực hiện chỉ thị không năm của bộ chính trị", ["05-CT/TW"]),
    ("nhắc lại quy định số bốn mươi bảy về những điều đảng viên không được làm", ["47-QĐ/TW"]),
    ("theo hướng dẫn bốn mươi hai của ban tổ chức trung ương", ["42-HD/BTCTW"]),
    ("quy định một trăm hai mươi tư của bộ chính trị về giám sát", ["124-QĐ/TW"]),
    # "mươi" left out, or read digit by digit, as people say numbers quickly
    ("chi ủy phổ biến kết luận hai mốt của trung ương về chỉnh đốn đảng", ["21-KL/TW"]),
    ("đảng viên ôn lại quy định ba bảy về những điều không được làm", ["37-QĐ/TW"]),
    ("đồng chí phó bí thư nhắc quy định một hai bốn về giám sát", ["124-QĐ/TW"]),
    ("học tập quy định một trăm linh một năm hai không mười hai của ban bí thư", ["101-QĐ/TW"]),
    # a count, a vote and a year are no numbers of a document
    ("chi bộ thông qua nghị quyết hai mươi ba trên hai mươi ba đồng chí tán thành", []),
    ("kế hoạch năm hai không hai tư của chi bộ", []),
    ("biểu quyết nghị quyết ba mươi đồng chí nhất trí", []),
    ("thực hiện nghị quyết năm 2024 của chi bộ", []),
])
def test_a_documents_number_said_in_words(said: str, codes: list[str]) -> None:
    assert [r.code for r in find_references(said, on_date="2025-12-10")] == codes


def test_a_prime_ministers_directive_cited_by_its_number() -> None:
    assert codes("thực hiện giãn cách theo Chỉ thị 16 của Thủ tướng Chính phủ") == ["16/CT-TTg"]
    assert codes("theo Quyết định số 90 của Thủ tướng về chương trình") == ["90/QĐ-TTg"]
    assert codes("Chỉ thị 12 của UBND tỉnh về phòng chống dịch") == []


def test_codes_typed_in_lower_case_and_plenums_named_with_their_subject() -> None:
    from nlp.references import find_references

    said = ("áp dụng chỉ thị 16/ct-ttg của thủ tướng, nghị định 100/2019/nđ-cp và quy định 08-qđi/tw; quán triệt "
            "nghị quyết trung ương 5 khóa 13 về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất "
            "lượng đội ngũ đảng viên")
    assert [r.code for r in find_references(said)] == ["16/CT-TTg", "100/2019/NĐ-CP", "08-QĐi/TW", "21-NQ/TW"]
    # the plenum alone names no one document of the several it issued
    assert [r.code for r in find_references("Nghị quyết Trung ương 5 khóa XIII về kinh tế tập thể")] == []
