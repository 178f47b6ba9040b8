"""Segmentation: underthesea words in a spaCy Doc whose text is exactly the input."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nlp.models import Reference, Report, Section, Source
from nlp.segment import segment, to_doc

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"


@pytest.mark.parametrize(
    "text, words",
    [
        pytest.param("Chi bộ Khu phố 3 tổ chức sinh hoạt.", ["Chi bộ", "Khu phố", "3", "tổ chức", "sinh hoạt", "."],
                     id="compound-words"),
        pytest.param("Đồng chí Nguyễn Văn Hùng chủ trì.", ["Đồng chí", "Nguyễn Văn Hùng", "chủ trì", "."],
                     id="person-name-one-token"),
        pytest.param("Đồng chí Hoàng Thị Thuỷ hoà giải", None, id="old-tone-placement-kept-as-written"),
        pytest.param("Chi\nbộ họp", ["Chi", "\n", "bộ", "họp"], id="line-break-inside-word-splits-it"),
    ],
)
def test_words(text, words):
    doc = segment(text)
    assert doc.text == text
    if words is not None:
        assert [t.text for t in doc] == words


def test_sentences():
    doc = segment("Chi bộ họp lúc 14 giờ. Đồng chí Bí thư chủ trì. Buổi họp kết thúc lúc 16 giờ.")
    assert len(list(doc.sents)) == 3


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(VIETNAMESE + VIETNAMESE.upper() + " \n\t.,;:-/()“”0123456789"), max_size=200))
def test_round_trip_vietnamese(text):
    assert segment(text).text == text


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=120))
def test_round_trip_any_text(text):
    assert segment(text).text == text


def test_spans_from_report():
    text = "Quán triệt Chỉ thị 05-CT/TW của Bộ Chính trị.\nĐồng chí chủ trì kết luận."
    start = text.index("Chỉ thị")
    end = text.index(" của")
    ref = Reference("05-CT/TW", "party", "05", "CT", "Chỉ thị", "TW", None, text[start:end], start, end)
    sec = Section("conclusion", None, text.index("Đồng chí"), len(text))
    report = Report(Source(), True, None, (sec,), (ref,), (), None)
    doc = to_doc(text, report)
    assert [s.label_ for s in doc.spans["references"]] == ["05-CT/TW"]
    assert doc.spans["references"][0].text == "Chỉ thị 05-CT/TW"
    assert [s.label_ for s in doc.spans["sections"]] == ["conclusion"]
