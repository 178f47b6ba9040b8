"""`bienban audit` end to end: a year of one cell's minutes (with gaps) in a folder and a zip."""

import csv
import io
import json
import zipfile

import pytest
from click.testing import CliRunner

from service.cli import main

TEMPLATE = """ĐẢNG BỘ XÃ {parent}                     ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ {org}
                                          {parent_title}, ngày {day} tháng {month} năm 2023

BIÊN BẢN
SINH HOẠT CHI BỘ {kind_title} THÁNG {month}/2023

Thời gian: bắt đầu lúc 14 giờ 00 phút, ngày {day} tháng {month} năm 2023.
Địa điểm: Nhà văn hóa thôn.
Chủ trì: đồng chí Lê Văn Tâm, Bí thư chi bộ.
Thư ký: đồng chí Phạm Thị Hoa.
Tổng số đảng viên: 12. Có mặt: {present}. Vắng: {absent}{absentees}.

I. PHẦN MỞ ĐẦU
Đồng chí Bí thư tuyên bố lý do, thông qua chương trình sinh hoạt.

II. NỘI DUNG
1. Thông tin thời sự
Đồng chí Bí thư thông tin tình hình thời sự trong nước, quốc tế và địa phương trong tháng.
2. Đánh giá kết quả thực hiện nhiệm vụ tháng trước
Chi bộ đã lãnh đạo hoàn thành thu hoạch vụ mùa, vận động nhân dân đóng góp làm đường giao thông.
3. Phương hướng, nhiệm vụ tháng tới
Tiếp tục học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo Chỉ thị 05-CT/TW.
{topic}
4. Thảo luận
Các đồng chí đảng viên phát biểu, thống nhất với báo cáo.
5. Kết luận
Đồng chí chủ trì kết luận, giao nhiệm vụ cho từng đảng viên.
6. Biểu quyết
Chi bộ biểu quyết thông qua nghị quyết tháng với {present}/{present} đồng chí tán thành (100%).

Buổi sinh hoạt kết thúc vào hồi 16 giờ 00 phút cùng ngày.

THƯ KÝ                                   CHỦ TRÌ
(đã ký)                                  (đã ký)
Phạm Thị Hoa                             Lê Văn Tâm
"""


def _minutes(month, org="THÔN ĐÔNG", absentees=(), thematic=False):
    absent = len(absentees)
    return TEMPLATE.format(
        parent="HÒA AN", parent_title="Hòa An", org=org, day=15, month=month,
        kind_title="THƯỜNG KỲ VÀ CHUYÊN ĐỀ" if thematic else "THƯỜNG KỲ",
        present=12 - absent, absent=absent,
        absentees=(" (có lý do: " + ", ".join(f"đồng chí {a} đi làm ăn xa" for a in absentees) + ")") if absent else "",
        topic=("Đồng chí Lê Văn Tâm trình bày chuyên đề về xây dựng nông thôn mới; đảng viên thảo luận chuyên đề."
               if thematic else ""),
    )


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """Months 1–12 but 5 and 9; thematic in Q1, Q2, Q4; Nguyễn Văn Sơn absent March–July (4 meetings)."""
    root = tmp_path_factory.mktemp("kho")
    months = [m for m in range(1, 13) if m not in (5, 9)]
    absent = {3, 4, 6, 7}
    folder = root / "2023"
    folder.mkdir()
    zpath = root / "quy4.zip"
    with zipfile.ZipFile(zpath, "w") as zf:
        for m in months:
            text = _minutes(m, absentees=["Nguyễn Văn Sơn"] if m in absent else (), thematic=m in (2, 4, 11))
            if m >= 10:
                zf.writestr(f"thang-{m}.txt", text)
            else:
                (folder / f"thang-{m:02d}.txt").write_text(text, encoding="utf-8")
        zf.writestr("../thoat-ra-ngoai.txt", "x")
    (folder / "thang-08-ban-sao.txt").write_text(_minutes(8), encoding="utf-8")  # byte-identical copy
    (folder / "hong.pdf").write_bytes(b"%PDF-1.4\n%broken")
    return root


def test_audit_json(archive):
    res = CliRunner().invoke(main, ["audit", "--format", "json", str(archive)])
    assert res.exit_code == 0, res.output
    report = json.loads(res.stdout)
    assert report["schema"] == "bienban.audit/1"
    errors = {d["path"].split("/")[-1]: d["error"]["error"] for d in report["documents"] if d["error"]}
    assert errors["hong.pdf"] in ("corrupt_file", "empty_file")
    assert any(k.endswith("thoat-ra-ngoai.txt") for k in errors)
    assert [d for d in report["documents"] if d.get("duplicate_of")]
    [org] = report["organizations"]
    assert org["organization"].lower() == "chi bộ thôn đông"
    assert (org["from"], org["to"]) == ("2023-01", "2023-12")
    archive_findings = sorted((f["rule"], f["period"]) for f in org["findings"] if "document" not in f)
    assert archive_findings == [
        ("monthly_regular", "2023-05"), ("monthly_regular", "2023-09"),
        ("quarterly_thematic", "2023-Q3"), ("repeated_absence", "2023-03"),
    ]


@pytest.mark.parametrize("fmt", ["html", "csv"])
def test_audit_html_and_csv(archive, tmp_path, fmt):
    out = tmp_path / f"bao-cao.{fmt}"
    res = CliRunner().invoke(main, ["audit", "--format", fmt, "--out", str(out), str(archive)])
    assert res.exit_code == 0, res.output
    body = out.read_text(encoding="utf-8")
    if fmt == "html":
        assert "<svg" in body and "05-CT/TW" in body and "http" not in body.split("<body>")[1]
        assert "Thiếu sinh hoạt thường kỳ" in body
    else:
        rows = list(csv.DictReader(io.StringIO(body.lstrip("\ufeff"))))
        assert {"monthly_regular", "quarterly_thematic", "repeated_absence"} <= {r["rule"] for r in rows}


def test_audit_period_option(archive):
    res = CliRunner().invoke(main, ["audit", "--from", "2023-01", "--to", "2023-06", str(archive)])
    assert res.exit_code == 0, res.output
    [org] = json.loads(res.stdout)["organizations"]
    assert [f["period"] for f in org["findings"] if f["rule"] == "monthly_regular"] == ["2023-05"]


def test_audit_rejects_bad_month():
    res = CliRunner().invoke(main, ["audit", "--from", "2023-13", "."])
    assert res.exit_code == 2
