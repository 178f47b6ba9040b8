"""Mending the marks OCR gets wrong in the phrases of Party-cell minutes (worker/extract/ocrfix.py)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from worker.extract.ocrfix import mend

ROOT = Path(__file__).resolve().parent.parent

MENDED = [
    pytest.param("Chỉ bộ thôn Đông họp thường kỳ.", "Chi bộ thôn Đông họp thường kỳ.", id="sentence-start"),
    pytest.param("tổng số 14 đẳng viên, có mặt 13", "tổng số 14 đảng viên, có mặt 13", id="dang-vien"),
    pytest.param("Tổn tại: hồ sơ chậm.", "Tồn tại: hồ sơ chậm.", id="ton-tai"),
    pytest.param("ĐẢNG BỘ KHỔI CƠ QUAN HUYỆN", "ĐẢNG BỘ KHỐI CƠ QUAN HUYỆN", id="heading-in-capitals"),
    pytest.param("SINH HOẠT CHUYỂN ĐỀ QUÝ III", "SINH HOẠT CHUYÊN ĐỀ QUÝ III", id="chuyen-de-capitals"),
    pytest.param("thu bảo hiếm y tế đạt 92%", "thu bảo hiểm y tế đạt 92%", id="three-syllables"),
    pytest.param("đ/c Lan để nghị sửa đường", "đ/c Lan đề nghị sửa đường", id="de-nghi"),
    pytest.param("Chi bộ thông nhất 100%.", "Chi bộ thống nhất 100%.", id="thong-nhat"),
    pytest.param("thực hiện Kết luận 21-KI/TW.", "thực hiện Kết luận 21-KL/TW.", id="code-type-l-read-as-i"),
    pytest.param("Chỉ thị 05-CT/IW ngày 15/5/2016", "Chỉ thị 05-CT/TW ngày 15/5/2016", id="code-issuer-t-read-as-i"),
    pytest.param("VỊI. Biểu quyết\nVị trí: hội trường", "VII. Biểu quyết\nVị trí: hội trường",
                 id="roman-heading-marked"),
    pytest.param("- Có mặt: 17 đực.\n- Vắng: 01 đíc (ốm).", "- Có mặt: 17 đ/c.\n- Vắng: 01 đ/c (ốm).",
                 id="comrade-after-a-count"),
]

KEPT = [
    pytest.param("Chi bộ cố gắng để nghị quyết đi vào cuộc sống.", id="word-with-the-other-neighbour"),
    pytest.param("Chủ trì: đồng chí Định Công Sơn", id="names-are-not-phrases"),
    pytest.param("ĐẢNG BỘ PHƯỜNG TÂN THÀNH\nCHI BỘ KHU PHỐ 3", id="place-names-in-capitals"),
    pytest.param("Quân ủy Trung ương và Quận ủy Ba Đình", id="both-spellings-in-use"),
    pytest.param("Chi bo thon Dong hop thuong ky", id="typed-without-marks"),
    pytest.param("Chủ toạ: đồng chí Lê Văn Hòa; Chi uỷ họp", id="old-tone-placement-is-right"),
    pytest.param("Số 07-BB/CB, Quyết định 595/QĐ-BHXH ngày 14/4/2017", id="codes-and-numbers"),
    pytest.param("mã hàng 12-AB/CD, lô 3-IX/TW", id="no-known-reading-of-a-code"),
    pytest.param("", id="empty"),
]


@pytest.mark.parametrize(("read", "expected"), MENDED)
def test_misread_phrase_is_mended(read: str, expected: str) -> None:
    assert mend(read) == expected


@pytest.mark.parametrize("text", KEPT)
def test_right_text_is_kept(text: str) -> None:
    assert mend(text) == unicodedata.normalize("NFC", text)


def test_line_structure_and_length_are_kept() -> None:
    text = "Chỉ bộ\nthông nhất\n\n  Tổn tại:  x"
    out = mend(text)
    assert out.count("\n") == text.count("\n") and len(out) == len(text)


def test_clean_minutes_are_left_untouched_but_for_typos() -> None:
    """Over every sample minutes, mend changes only the typos one sample was written with."""
    changed = set()
    for path in sorted((ROOT / "samples" / "minutes").glob("*.txt")):
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        out = mend(text)
        changed |= {(a, b) for a, b in zip(text.split(), out.split(), strict=True) if a != b}
    assert changed <= {("bô", "bộ"), ("Thao", "Thảo"), ("Kêt", "Kết")}  # "Chi bô", "Thao luận", "Kêt luận"


def test_a_letter_no_vietnamese_word_has_is_put_back() -> None:
    assert mend("Chủ trì: đ/c Vũ Văn Nghña; các lñnh vực") == "Chủ trì: đ/c Vũ Văn Nghĩa; các lĩnh vực"
    assert mend("ký hiệu ñ") == "ký hiệu ñ"  # a letter on its own is left


def test_two_is_of_a_heading_number_read_as_an_h() -> None:
    assert mend("H. THÔNG TIN THỜI SỰ\nVH. THẢO LUẬN\nVHII. BIỂU QUYẾT\nH. Hà ghi.") == (
        "II. THÔNG TIN THỜI SỰ\nVII. THẢO LUẬN\nVIII. BIỂU QUYẾT\nII. Hà ghi.")


def test_the_comrade_abbreviation_read_as_a_word_before_a_name() -> None:
    assert mend("Đực Bí thư tuyên bố lý do; đực Lê Văn Hai nói.") == "Đ/c Bí thư tuyên bố lý do; đ/c Lê Văn Hai nói."
    assert mend("Con bò đực giống.") == "Con bò đực giống."


def test_a_speck_read_as_one_letter_too_many_in_an_issuer() -> None:
    assert mend("theo Hướng dẫn 42-HD/BTCTVW của Ban Tổ chức") == "theo Hướng dẫn 42-HD/BTCTW của Ban Tổ chức"
