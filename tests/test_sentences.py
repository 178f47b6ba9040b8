"""Sentence spans used to quote the sentence that cites a directive."""

import pytest

from nlp.sentences import sentence_around, sentence_spans


@pytest.mark.parametrize(
    "text, sentences",
    [
        pytest.param("Chi bộ họp. Đồng chí Bí thư chủ trì.", ["Chi bộ họp.", "Đồng chí Bí thư chủ trì."], id="periods"),
        pytest.param("Ngày 15.5.2016 chi bộ họp.", ["Ngày 15.5.2016 chi bộ họp."], id="dotted-date-is-not-an-end"),
        pytest.param("Đ/c. Hùng chủ trì. TP. Huế đẹp.", ["Đ/c. Hùng chủ trì.", "TP. Huế đẹp."], id="abbreviations"),
        pytest.param("Các nội dung:\n- Thời sự\n- Nhiệm vụ", ["Các nội dung:", "- Thời sự", "- Nhiệm vụ"],
                     id="bullets"),
        pytest.param("1. Mở đầu\n2. Nội dung", ["1. Mở đầu", "2. Nội dung"], id="numbered-items"),
        pytest.param("II. THÔNG TIN THỜI SỰ\nĐồng chí Bí thư thông tin", ["II. THÔNG TIN THỜI SỰ",
                                                                        "Đồng chí Bí thư thông tin"],
                     id="capital-heading-line"),
        pytest.param("Chi bộ quán triệt Chỉ thị\n05-CT/TW.", ["Chi bộ quán triệt Chỉ thị\n05-CT/TW."],
                     id="wrapped-line"),
        pytest.param("Đoạn một\n\nĐoạn hai", ["Đoạn một", "Đoạn hai"], id="blank-line"),
    ],
)
def test_sentence_spans(text, sentences):
    assert [text[s:e] for s, e in sentence_spans(text)] == sentences


def test_sentence_around_is_bounded():
    text = "Mở đầu. " + "chi bộ học tập " * 100 + "Chỉ thị 05-CT/TW" + " và thực hiện" * 100 + "."
    start = text.index("Chỉ thị")
    s, e = sentence_around(text, start, start + 16, limit=200)
    assert e - s <= 200 and s <= start and e >= start + 16
