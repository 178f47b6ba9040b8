"""Archive rules over report dicts: calendar, duplicates, thematic quarters, repeated absences."""

import pytest

from nlp.archive import audit, months_between, organization_key


def _report(org="Chi bộ Khu phố 3", date="2024-01-20", kind="regular", combined=False,
            present=16, expected=18, absent=2, absentees=(), findings=(), is_minutes=True):
    return {
        "is_minutes": is_minutes,
        "meeting": {"organization": org, "date": date, "type": kind, "combined": combined,
                    "attendance": {"total": expected, "expected": expected, "present": present,
                                   "absent": absent, "absentees": list(absentees)}},
        "findings": list(findings),
    }


def _docs(*reports):
    return [{"path": f"doc{i}.pdf", "report": r, "error": None} for i, r in enumerate(reports)]


def _rules(result, rule):
    [org] = result["organizations"]
    return sorted(f["period"] for f in org["findings"] if f["rule"] == rule)


def _year(months, thematic_months=(), org="Chi bộ Khu phố 3"):
    return [_report(org=org, date=f"2024-{m:02d}-15",
                    kind="thematic" if m in thematic_months else "regular",
                    combined=m in thematic_months) for m in months]


@pytest.mark.parametrize(
    "a, b, same",
    [
        pytest.param("CHI BỘ KHU PHỐ 3", "Chi bộ Khu phố 3", True, id="case"),
        pytest.param("Chi bộ KP 3", "Chi bộ Khu phố 3", True, id="kp-abbreviation"),
        pytest.param("Chi bộ KP.03", "Chi bộ khu phố số 3", True, id="zero-padded-and-so"),
        pytest.param("Chi bộ Trường THCS Lê Lợi", "Chi bộ trường Trung học cơ sở Lê Lợi", True, id="thcs"),
        pytest.param("Chi bộ Thôn Hoà Bình", "Chi bộ thôn Hòa Bình", True, id="tone-placement"),
        pytest.param("Chi bộ Khu phố 3", "Chi bộ Khu phố 4", False, id="other-number"),
        pytest.param("Chi bộ Khu phố 1", "Chi bộ Khu phố 10", False, id="prefix-number"),
    ],
)
def test_organization_key(a, b, same):
    assert (organization_key(a) == organization_key(b)) is same


def test_months_between_crosses_year():
    assert months_between("2024-11", "2025-02") == ["2024-11", "2024-12", "2025-01", "2025-02"]


def test_complete_year_has_no_archive_findings():
    result = audit(_docs(*_year(range(1, 13), thematic_months=(2, 5, 8, 11))))
    [org] = result["organizations"]
    assert org["findings"] == []
    assert (org["from"], org["to"]) == ("2024-01", "2024-12")
    assert [m["regular"] for m in org["months"]] == [1] * 12


@pytest.mark.parametrize(
    "months, thematic, rule, expected",
    [
        pytest.param([1, 2, 4, 5, 6], (2, 5), "monthly_regular", ["2024-03"], id="one-missing-month"),
        pytest.param([1, 6], (1, 6), "monthly_regular", ["2024-02", "2024-03", "2024-04", "2024-05"],
                     id="gap-of-four"),
        pytest.param([1, 2, 3, 4, 5, 6], (2,), "quarterly_thematic", ["2024-Q2"], id="quarter-without-thematic"),
        pytest.param([1, 2, 3, 4, 5, 6], (), "quarterly_thematic", ["2024-Q1", "2024-Q2"], id="no-thematic-at-all"),
        pytest.param([1, 2, 3], (1, 2, 3), "quarterly_thematic", [], id="thematic-every-month"),
    ],
)
def test_calendar_rules(months, thematic, rule, expected):
    assert _rules(audit(_docs(*_year(months, thematic))), rule) == expected


def test_thematic_only_month_is_not_a_regular_meeting():
    reports = _year([1, 2, 3], thematic_months=()) + [_report(date="2024-04-10", kind="thematic")]
    reports.append(_report(date="2024-05-10"))
    result = audit(_docs(*reports))
    assert _rules(result, "monthly_regular") == ["2024-04"]


def test_duplicate_regular_meeting():
    reports = _year([1, 2, 3], thematic_months=(2,)) + [_report(date="2024-02-28")]
    result = audit(_docs(*reports))
    assert _rules(result, "duplicate_meeting") == ["2024-02"]
    assert _rules(result, "monthly_regular") == []


def test_regular_and_separate_thematic_same_month_is_not_duplicate():
    reports = _year([1, 2, 3]) + [_report(date="2024-02-28", kind="thematic")]
    assert _rules(audit(_docs(*reports)), "duplicate_meeting") == []


def test_same_cell_written_differently_is_one_organization():
    reports = [_report(org="CHI BỘ KHU PHỐ 3", date="2024-01-10"), _report(org="Chi bộ KP 3", date="2024-02-10")]
    result = audit(_docs(*reports))
    assert len(result["organizations"]) == 1
    # one spelling each: the tie goes to the one not written in capitals
    assert result["organizations"][0]["organization"] == "Chi bộ KP 3"


@pytest.mark.parametrize(
    "absences, expected_counts",
    [
        pytest.param([["An"], ["An"], ["An"]], [], id="three-in-a-row-is-allowed"),
        pytest.param([["An"], ["An"], ["An"], ["An"]], [4], id="four-in-a-row"),
        pytest.param([["An"], ["An"], [], ["An"], ["An"]], [], id="interrupted"),
        pytest.param([["Nguyễn Thị Thuỷ"], ["Nguyễn Thị Thủy"], ["NGUYỄN THỊ THỦY"], ["Nguyễn Thị Thủy"]], [4],
                     id="same-name-written-differently"),
        pytest.param([["An"]] * 5 + [[]] + [["An"]] * 4, [5, 4], id="two-runs"),
    ],
)
def test_repeated_absence(absences, expected_counts):
    reports = [
        _report(date=f"2024-{i + 1:02d}-15", absentees=a, absent=len(a), present=18 - len(a))
        for i, a in enumerate(absences)
    ]
    [org] = audit(_docs(*reports))["organizations"]
    found = [f["count"] for f in org["findings"] if f["rule"] == "repeated_absence"]
    assert found == expected_counts


def test_meeting_without_absentee_names_does_not_break_a_run():
    reports = [_report(date=f"2024-{m:02d}-15", absentees=["An"], absent=1) for m in (1, 2)]
    reports.append(_report(date="2024-03-15", absentees=[], absent=2))  # names not recorded
    reports += [_report(date=f"2024-{m:02d}-15", absentees=["An"], absent=1) for m in (4, 5)]
    [org] = audit(_docs(*reports))["organizations"]
    assert [f["count"] for f in org["findings"] if f["rule"] == "repeated_absence"] == [4]


def test_period_bounds_and_document_findings():
    finding = {"rule": "end_time", "status": "missing", "severity": "error", "message": "x", "basis": "12-HD/BTCTW",
               "evidence": []}
    reports = _year([3, 4]) + [_report(date="2024-05-15", findings=[finding])]
    result = audit(_docs(*reports), period_from="2024-01", period_to="2024-06")
    [org] = result["organizations"]
    assert _rules(result, "monthly_regular") == ["2024-01", "2024-02", "2024-06"]
    end_time = [(f["period"], f["document"]) for f in org["findings"] if f["rule"] == "end_time"]
    assert end_time == [("2024-05", "doc2.pdf")]


def test_not_minutes_and_errors_are_listed_but_not_audited():
    docs = _docs(*_year([1])) + [{"path": "bad.pdf", "report": None, "error": {"error": "corrupt_file"}},
                                {"path": "news.txt", "report": _report(is_minutes=False), "error": None}]
    result = audit(docs)
    assert len(result["documents"]) == 3
    assert len(result["organizations"]) == 1
