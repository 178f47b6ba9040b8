"""The month minutes are for, from the title or opening — never from the place-and-date line."""

import pytest

from nlp.period import read_period


@pytest.mark.parametrize(
    "text, date, expected",
    [
        pytest.param("BIÊN BẢN\nSINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 6/2024\n", "2024-07-02", "2024-06", id="title-slash"),
        pytest.param("BIÊN BẢN\nHỌP CHI BỘ THÁNG 12 NĂM 2023\n", "2024-01-03", "2023-12", id="title-across-year"),
        pytest.param("BIÊN BẢN\nSinh hoạt chi bộ tháng 12\n", "2024-01-03", "2023-12", id="no-year-across-year"),
        pytest.param("Hôm nay, Chi bộ tổ chức sinh hoạt thường kỳ tháng 3 năm 2024.", "2024-03-28", "2024-03",
                     id="opening-sentence"),
        pytest.param("An Phú, ngày 02 tháng 7 năm 2024\nBIÊN BẢN HỌP CHI BỘ\n", "2024-07-02", None,
                     id="place-and-date-line-is-not-the-period"),
        pytest.param("CHI BỘ THÔN ĐÔNG, ngày 02 tháng 7 năm 2024", "2024-07-02", None, id="org-then-date"),
        pytest.param("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 2/2024", "2024-09-10", None, id="implausible-far-month"),
        pytest.param("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 6/2024", None, None, id="no-meeting-date"),
        pytest.param("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ", "2024-05-10", None, id="no-month-written"),
    ],
)
def test_read_period(text, date, expected):
    assert read_period(text, date) == expected
