"""Rule sets by date and every CONTRACT finding rule, failing and passing, on directly built minutes."""

from __future__ import annotations

from dataclasses import replace

import pytest

from nlp.models import Attendance, Meeting, Minutes, Section, Signatures, Vote
from nlp.rules import check, ruleset_for, rulesets

RS = ruleset_for("2024-03-25")

ATT = Attendance(total=20, exempt=2, expected=18, present=16, absent=2, absent_with_reason=2,
                 absent_without_reason=0, absentees=("Trần Văn Bình", "Huỳnh Thị Thu Hà"))
COMPLETE = Meeting(
    type="regular", organization="Chi bộ Khu phố 3", parent="Đảng bộ phường Tân Thành", date="2024-03-25",
    start_time="14:00", end_time="16:05", duration_minutes=125, place="Hội trường khu phố", chair="Nguyễn Văn Hùng",
    secretary="Lê Thị Mai", attendance=ATT, vote=Vote(in_favor=16, against=0, voters=16),
    signatures=Signatures(chair=True, secretary=True),
)
REGULAR = ("opening", "news", "dissemination", "review", "plan", "discussion", "conclusion", "vote", "closing")
THEMATIC = ("opening", "topic", "discussion", "conclusion", "closing")
TEXT = """ĐẢNG BỘ PHƯỜNG TÂN THÀNH
CHI BỘ KHU PHỐ 3
BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2024
Thời gian bắt đầu: 14 giờ 00 phút, ngày 25/3/2024.
Tổng số đảng viên: 20; miễn sinh hoạt 02; có mặt 16; vắng mặt 02.
Chi bộ biểu quyết: 16/16 đồng chí tán thành.
Buổi sinh hoạt kết thúc vào hồi 16 giờ 05 phút cùng ngày.
"""


def minutes(meeting: Meeting = COMPLETE, kinds: tuple[str, ...] = REGULAR, text: str = "") -> Minutes:
    sections = tuple(Section(k, None, i * 10, i * 10 + 5) for i, k in enumerate(kinds))
    return Minutes(text, meeting, sections)


def att(**kw: object) -> Meeting:
    return replace(COMPLETE, attendance=replace(ATT, **kw))


def rules_of(m: Minutes, rs=RS) -> list[str]:
    return [f.rule for f in check(m, rs)]


# ----------------------------------------------------------------------------------------- rule sets

@pytest.mark.parametrize(("date", "code"), [
    pytest.param("2015-06-01", "09-HD/BTCTW", id="2015"),
    pytest.param("2012-03-02", "09-HD/BTCTW", id="09-first-day"),
    pytest.param("2010-01-01", "09-HD/BTCTW", id="older-than-all"),
    pytest.param("2018-07-05", "09-HD/BTCTW", id="09-last-day"),
    pytest.param("2018-07-06", "12-HD/BTCTW", id="12-first-day"),
    pytest.param("2025-10-27", "12-HD/BTCTW", id="12-last-day"),
    pytest.param("2025-10-28", "42-HD/BTCTW", id="42-first-day"),
    pytest.param("2026-05-01", "42-HD/BTCTW", id="2026"),
    pytest.param(None, "42-HD/BTCTW", id="unknown-date-latest"),
    pytest.param("2024-13-45", "42-HD/BTCTW", id="unreadable-date-latest"),
])
def test_ruleset_for(date: str | None, code: str) -> None:
    assert ruleset_for(date).code == code


def test_rulesets_cover_time_without_gaps_and_are_cached() -> None:
    sets = rulesets()
    assert [r.code for r in sets] == ["09-HD/BTCTW", "12-HD/BTCTW", "42-HD/BTCTW"]
    assert sets[-1].valid_to is None
    assert ruleset_for("2020-01-01") is ruleset_for("2021-01-01")
    for rs in sets:
        assert rs.minimum_minutes == 90 and rs.combined_minimum_minutes == 120 and rs.rate_threshold == 0.85
        assert set(rs.required_sections["combined"]) == set(rs.required_sections["regular"]) | set(
            rs.required_sections["thematic"])


# ----------------------------------------------------------------------------------- passing cases

PASSING = [
    pytest.param(minutes(), id="complete-regular"),
    pytest.param(minutes(text=TEXT), id="complete-with-text"),
    pytest.param(minutes(replace(COMPLETE, type="thematic"), THEMATIC), id="complete-thematic-no-vote-needed"),
    pytest.param(minutes(replace(COMPLETE, organization=None)), id="parent-alone-is-a-header"),
    pytest.param(minutes(att(absent=None)), id="absent-derived-from-expected"),
    pytest.param(minutes(att(exempt=None, expected=None, total=18)), id="no-exemption-written"),
    pytest.param(minutes(att(absent=0, present=18, absent_with_reason=None, absent_without_reason=None,
                             absentees=())), id="nobody-absent-no-reasons-needed"),
    pytest.param(minutes(att(absent_with_reason=None, absent_without_reason=None)), id="absentees-named"),
    pytest.param(minutes(att(absentees=())), id="reason-counts-given"),
    pytest.param(minutes(att(present=16, absent=None, expected=16 + 2, total=None, absent_with_reason=1,
                             absent_without_reason=1)), id="absent-from-reason-counts"),
    pytest.param(minutes(replace(COMPLETE, vote=Vote())), id="vote-counts-unknown"),
    pytest.param(minutes(replace(COMPLETE, vote=Vote(in_favor=15, against=1, voters=16))), id="votes-equal-present"),
    pytest.param(minutes(replace(COMPLETE, duration_minutes=90)), id="duration-exactly-90"),
    pytest.param(minutes(replace(COMPLETE, duration_minutes=None)), id="duration-from-times"),
    pytest.param(minutes(replace(COMPLETE, combined=True, duration_minutes=120), REGULAR + ("topic",)),
                 id="combined-120"),
    pytest.param(minutes(att(present=16, expected=18, absent=2)), id="rate-88.9"),
    pytest.param(minutes(att(total=100, exempt=0, expected=100, present=86, absent=14)), id="rate-86"),
    pytest.param(minutes(att(total=20, exempt=2, expected=None, present=16, absent=2)), id="exempt-not-expected"),
    pytest.param(minutes(replace(COMPLETE, start_time="19:30", end_time="00:15", duration_minutes=None)),
                 id="ends-after-midnight"),
    pytest.param(minutes(replace(COMPLETE, duration_minutes=None, start_time="14:00", end_time="15:30")),
                 id="duration-exactly-90-from-times"),
]


@pytest.mark.parametrize("m", PASSING)
def test_no_findings(m: Minutes) -> None:
    assert check(m, RS) == []


# ----------------------------------------------------------------------------------- failing cases

FAILING = [
    pytest.param(minutes(replace(COMPLETE, organization=None, parent=None)), ["header"], id="header"),
    pytest.param(minutes(text=TEXT.split("\n", 2)[2]), ["header"], id="header-not-at-the-head"),
    pytest.param(minutes(text="BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 4\n" + TEXT.split("\n", 3)[3]), ["header"],
                 id="title-names-no-cell"),
    pytest.param(minutes(replace(COMPLETE, date=None)), ["date"], id="date"),
    pytest.param(minutes(replace(COMPLETE, start_time=None)), ["start_time"], id="start_time"),
    pytest.param(minutes(replace(COMPLETE, end_time=None)), ["end_time"], id="end_time"),
    pytest.param(minutes(replace(COMPLETE, place=None)), ["place"], id="place"),
    pytest.param(minutes(replace(COMPLETE, chair=None)), ["chair"], id="chair"),
    pytest.param(minutes(replace(COMPLETE, secretary=None)), ["secretary"], id="secretary"),
    pytest.param(minutes(att(present=None)), ["attendance"], id="attendance-present-unknown"),
    pytest.param(minutes(att(total=None, expected=None, absent=None, absent_with_reason=None,
                             absent_without_reason=None, absentees=())),
                 ["attendance"], id="attendance-neither-total-nor-absent"),
    # (CONTRACT: "total, present and absent counts"; present + absent does not say how many members the cell has)
    pytest.param(minutes(att(total=None, exempt=None, expected=None)), ["attendance"],
                 id="attendance-present-and-absent-but-no-total"),
    pytest.param(minutes(att(absent_with_reason=None, absent_without_reason=None, absentees=())),
                 ["absence_reasons"], id="absence_reasons"),
    pytest.param(minutes(att(absent=None, absent_with_reason=None, absent_without_reason=None, absentees=())),
                 ["absence_reasons"], id="absence_reasons-derived-absent"),
    pytest.param(minutes(kinds=tuple(k for k in REGULAR if k != "opening")), ["opening"], id="opening"),
    pytest.param(minutes(kinds=tuple(k for k in REGULAR if k != "news")), ["news"], id="news"),
    pytest.param(minutes(kinds=tuple(k for k in REGULAR if k != "review")), ["review"], id="review"),
    pytest.param(minutes(kinds=tuple(k for k in REGULAR if k != "plan")), ["plan"], id="plan"),
    pytest.param(minutes(replace(COMPLETE, type="thematic"), ("opening", "discussion", "conclusion")), ["topic"],
                 id="topic"),
    pytest.param(minutes(kinds=tuple(k for k in REGULAR if k != "discussion")), ["discussion"], id="discussion"),
    pytest.param(minutes(kinds=tuple(k for k in REGULAR if k != "conclusion")), ["conclusion"], id="conclusion"),
    pytest.param(minutes(kinds=tuple(k for k in REGULAR if k != "vote")), ["vote"], id="vote"),
    pytest.param(minutes(replace(COMPLETE, combined=True), REGULAR), ["topic"], id="combined-needs-topic"),
    pytest.param(minutes(replace(COMPLETE, combined=True, type="thematic"), THEMATIC),
                 ["news", "review", "plan", "vote"], id="combined-needs-regular-parts"),
    pytest.param(minutes(replace(COMPLETE, signatures=Signatures(chair=True))), ["signatures"], id="signatures"),
    pytest.param(minutes(replace(COMPLETE, signatures=Signatures())), ["signatures"], id="signatures-none"),
    pytest.param(minutes(att(absent=3)), ["attendance_sum"], id="attendance_sum"),
    pytest.param(minutes(att(expected=None, exempt=None, total=20, present=18, absent=5)), ["attendance_sum"],
                 id="attendance_sum-more-than-total"),
    pytest.param(minutes(att(expected=None, exempt=None, total=20)), ["attendance_sum", "attendance_rate"],
                 id="attendance_sum-exempt-unwritten-counts-as-none"),
    pytest.param(minutes(replace(COMPLETE, vote=Vote(in_favor=17, against=0, voters=None))), ["vote_count"],
                 id="vote_count-in-favor"),
    pytest.param(minutes(replace(COMPLETE, vote=Vote(in_favor=15, against=2))), ["vote_count"],
                 id="vote_count-sum"),
    pytest.param(minutes(replace(COMPLETE, vote=Vote(voters=18))), ["vote_count"], id="vote_count-voters"),
    pytest.param(minutes(replace(COMPLETE, duration_minutes=89)), ["duration"], id="duration"),
    pytest.param(minutes(replace(COMPLETE, duration_minutes=None, end_time="15:20")), ["duration"],
                 id="duration-from-times"),
    pytest.param(minutes(replace(COMPLETE, combined=True, duration_minutes=110), REGULAR + ("topic",)),
                 ["duration"], id="duration-combined"),
    pytest.param(minutes(att(total=20, exempt=0, expected=20, present=17, absent=3)), ["attendance_rate"],
                 id="attendance_rate-exactly-85"),
    pytest.param(minutes(att(total=40, exempt=0, expected=40, present=34, absent=6)), ["attendance_rate"],
                 id="attendance_rate-exactly-85-of-40"),
    pytest.param(minutes(replace(att(present=15, absent=3), vote=Vote(15, 0, 15))), ["attendance_rate"],
                 id="attendance_rate-83"),
]


@pytest.mark.parametrize(("m", "expected"), FAILING)
def test_one_rule_fails(m: Minutes, expected: list[str]) -> None:
    findings = check(m, RS)
    assert [f.rule for f in findings] == expected
    for f in findings:
        assert f.basis == "12-HD/BTCTW"
        assert f.severity == ("warning" if f.status == "warning" else "error")
        assert f.status == {"attendance_sum": "inconsistent", "vote_count": "inconsistent", "duration": "warning",
                            "attendance_rate": "warning"}.get(f.rule, "missing")
        assert f.message and f.message[0].isupper() and f.message.endswith(".")


def test_unknown_facts_are_never_inconsistent() -> None:
    bare = Meeting(type="regular")
    found = check(minutes(bare), RS)
    assert {f.status for f in found} == {"missing"}
    assert "attendance" in [f.rule for f in found] and "vote_count" not in [f.rule for f in found]


def test_unknown_type_requires_only_common_kinds() -> None:
    m = minutes(replace(COMPLETE, type=None), ("opening", "discussion", "conclusion"))
    assert rules_of(m) == []


def test_messages_carry_the_numbers() -> None:
    [f] = check(minutes(replace(att(present=15, absent=2, exempt=1, total=19, expected=18), vote=Vote())), RS)[:1]
    assert f.message == "Số có mặt (15) cộng số vắng (2) khác tổng số đảng viên phải dự (18)."
    [f] = check(minutes(replace(COMPLETE, end_time=None)), RS)
    assert f.message == "Biên bản không ghi thời gian kết thúc buổi sinh hoạt."
    [f] = check(minutes(replace(COMPLETE, vote=Vote(in_favor=18))), RS)
    assert "18" in f.message and "16" in f.message
    [f] = check(minutes(replace(COMPLETE, duration_minutes=75)), RS)
    assert "75" in f.message and "90" in f.message
    [f] = check(minutes(replace(att(present=15, absent=3), vote=Vote())), RS)
    assert "83,3%" in f.message and "15/18" in f.message


def test_evidence_points_into_the_text() -> None:
    m = minutes(replace(COMPLETE, duration_minutes=60), text=TEXT)
    [f] = check(replace(m, meeting=replace(m.meeting, attendance=replace(ATT, absent=3))), RS)[:1]
    assert f.rule == "attendance_sum" and f.evidence
    for span in f.evidence:
        assert TEXT[span["start"] : span["end"]] == span["text"]
    dur = [f for f in check(m, RS) if f.rule == "duration"][0]
    assert [TEXT[e["start"] : e["end"]] for e in dur.evidence][-1].startswith("Buổi sinh hoạt kết thúc")


@pytest.mark.parametrize("date", ["2016-05-01", "2020-05-01", "2026-01-15"])
def test_basis_is_the_ruleset_in_force(date: str) -> None:
    rs = ruleset_for(date)
    [f] = check(minutes(replace(COMPLETE, place=None, date=date)), rs)
    assert f.basis == rs.code


# ------------------------------------------------------------------------------------ text rendering

def test_render_text_summarises_minutes() -> None:
    from nlp.models import Reference, Report, Source
    from service.render import render_text

    m = replace(COMPLETE, end_time=None)
    findings = check(minutes(m), RS)
    ref = Reference("05-CT/TW", "party", "05", "CT", "Chỉ thị", "TW", "2016-05-15", "Chỉ thị 05-CT/TW", 0, 16)
    report = Report(Source(filename="bb.txt"), True, m, (Section("news", "II. THỜI SỰ", 0, 5),), (ref, ref),
                    tuple(findings), RS.code)
    out = render_text(report)
    for piece in ("Sinh hoạt thường kỳ", "Chi bộ Khu phố 3", "25/03/2024", "Nguyễn Văn Hùng", "Lê Thị Mai",
                  "có mặt 16, vắng 2", "Thông tin thời sự", "Chỉ thị 05-CT/TW", "[2 lần]",
                  "Biên bản không ghi thời gian kết thúc buổi sinh hoạt.", "12-HD/BTCTW"):
        assert piece in out


def test_render_text_not_minutes_lists_references() -> None:
    from nlp.models import Reference, Report, Source
    from service.render import render_text

    ref = Reference("37-QĐ/TW", "party", "37", "QĐ", "Quy định", "TW", None, "Quy định 37-QĐ/TW", 0, 17)
    out = render_text(Report(Source(filename="kh.txt"), False, None, (), (ref,), (), None))
    assert "không phải biên bản" in out and "Quy định 37-QĐ/TW" in out and "Thiếu sót" not in out


def test_title_naming_the_cell_is_its_head() -> None:
    # no header block, but the title names the cell: the minutes say whose they are at the head
    text = "BIÊN BẢN SINH HOẠT CHI BỘ CỰU CHIẾN BINH ẤP 3\n(Thường kỳ tháng 4)\n" + TEXT.split("\n", 3)[3]
    assert "header" not in [f.rule for f in check(minutes(text=text), RS)]


def test_cell_line_under_the_title_is_the_head() -> None:
    text = "BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ\nCHI BỘ ẤP 4 - ĐẢNG BỘ XÃ VĨNH THẠNH\n" + TEXT.split("\n", 3)[3]
    assert "header" not in [f.rule for f in check(minutes(text=text), RS)]
    text = "BIÊN BẢN\nSINH HOẠT CHUYÊN ĐỀ QUÝ II\nCỦA CHI BỘ ẤP 4\n" + TEXT.split("\n", 3)[3]
    assert "header" in [f.rule for f in check(minutes(text=text), RS)]  # the title going on names no head


def test_end_before_start_is_a_duration_finding() -> None:
    m = minutes(replace(COMPLETE, start_time="19:30", end_time="19:10", duration_minutes=None))
    [f] = check(m, RS)
    assert (f.rule, f.status) == ("duration", "warning")
    assert "19:10" in f.message and "19:30" in f.message
    # a meeting paused and resumed the next day may end earlier in the day than it started
    resumed = minutes(replace(COMPLETE, start_time="19:30", end_time="15:40", duration_minutes=None),
                      text="Bắt đầu 19 giờ 30 ngày 15/11; tạm dừng lúc 21 giờ, tiếp tục từ 14 giờ ngày 16/11.")
    assert "duration" not in rules_of(resumed)


def test_minutes_book_page_and_date_above_the_title_the_cell_under_it() -> None:
    text = ("- 21 -\nNgày 06/4/2022\nBIÊN BẢN SINH HOẠT CHI BỘ THÁNG 4/2022\n"
            "Chi bộ Tổ Vận hành 1 - Đảng bộ Nhà máy Thủy điện Sơn La\n" + TEXT.split("\n", 3)[3])
    assert "header" not in [f.rule for f in check(minutes(text=text), RS)]
    text = ("Ghi chép của đồng chí Bí thư\nBIÊN BẢN SINH HOẠT CHI BỘ THÁNG 4/2022\n"
            "Chi bộ tiến hành sinh hoạt thường kỳ lúc 14 giờ.\n" + TEXT.split("\n", 3)[3])
    assert "header" in [f.rule for f in check(minutes(text=text), RS)]  # a note above, a body sentence below


@pytest.mark.parametrize("furniture", ["Trang 23                                26/6/2023", "--- 88 ---",
                                       "[Sổ BB chi bộ - trang 42]       [lề: 18/4/2021]"])
def test_minutes_book_furniture_of_any_kind_above_the_title(furniture: str) -> None:
    text = (furniture + "\nBIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 6/2023\nCHI BỘ CÔNG AN XÃ NGHI PHONG\n"
            + TEXT.split("\n", 3)[3])
    assert "header" not in [f.rule for f in check(minutes(text=text), RS)]


def test_typists_note_above_a_copied_record_is_no_heading() -> None:
    text = ("(Đánh máy lại từ Sổ ghi biên bản sinh hoạt chi bộ, quyển số 2, trang 17 - 18. Chữ bị gạch trong sổ để\n"
            "trong dấu [- -].)\n                                         - 17 -\n"
            "BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 5 NĂM 2019\nChi bộ thôn Đồng Mỏ - Đảng bộ xã Tân Lập\n"
            + TEXT.split("\n", 3)[3])
    assert "header" not in [f.rule for f in check(minutes(text=text), RS)]
    from nlp.meeting import read_meeting
    from nlp.normalize import normalize

    m = read_meeting(normalize(text).text)
    assert (m.organization, m.parent) == ("Chi bộ thôn Đồng Mỏ", "Đảng bộ xã Tân Lập")
