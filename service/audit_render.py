"""The archive report as a printable HTML page (self-contained, Vietnamese) and as CSV."""

from __future__ import annotations

import csv
import io
from collections import Counter
from datetime import datetime
from typing import Any

RULE_NAMES = {
    "monthly_regular": "Thiếu sinh hoạt thường kỳ",
    "quarterly_thematic": "Thiếu sinh hoạt chuyên đề trong quý",
    "duplicate_meeting": "Trùng biên bản thường kỳ",
    "repeated_absence": "Vắng nhiều buổi liên tiếp",
    "header": "Thiếu tên Đảng bộ/Chi bộ",
    "date": "Thiếu ngày họp",
    "start_time": "Thiếu giờ bắt đầu",
    "end_time": "Thiếu giờ kết thúc",
    "place": "Thiếu địa điểm",
    "chair": "Thiếu chủ trì",
    "secretary": "Thiếu thư ký",
    "attendance": "Thiếu số liệu dự họp",
    "absence_reasons": "Thiếu lý do vắng",
    "opening": "Thiếu phần mở đầu",
    "news": "Thiếu thông tin thời sự",
    "review": "Thiếu đánh giá kết quả kỳ trước",
    "plan": "Thiếu phương hướng, nhiệm vụ",
    "topic": "Thiếu trình bày chuyên đề",
    "discussion": "Thiếu thảo luận",
    "conclusion": "Thiếu kết luận",
    "vote": "Thiếu biểu quyết",
    "signatures": "Thiếu chữ ký",
    "attendance_sum": "Số liệu dự họp không khớp",
    "vote_count": "Số biểu quyết không khớp",
    "duration": "Thời gian sinh hoạt ngắn",
    "attendance_rate": "Tỉ lệ dự họp thấp",
}
STATUS_NAMES = {"missing": "Thiếu", "inconsistent": "Mâu thuẫn", "warning": "Cảnh báo"}


def directive_counts(result: dict[str, Any]) -> list[dict[str, Any]]:
    """Every cited code across the archive: mentions, documents, catalogue data."""
    mentions: Counter[str] = Counter()
    documents: dict[str, set[str]] = {}
    info: dict[str, dict[str, Any]] = {}
    for doc in result["documents"]:
        report = doc.get("report")
        if not report or doc.get("duplicate_of"):
            continue
        for ref in report.get("references") or ():
            code = ref["code"]
            mentions[code] += 1
            documents.setdefault(code, set()).add(doc["path"])
            if ref.get("catalogue") and code not in info:
                info[code] = ref["catalogue"]
            info.setdefault(code, {"type_name": ref.get("type_name")})
            info[code].setdefault("type_name", ref.get("type_name"))
    rows = []
    for code, n in mentions.most_common():
        cat = info.get(code) or {}
        rows.append({"code": code, "mentions": n, "documents": len(documents[code]),
                     "type_name": cat.get("type_name"), "title": cat.get("title"), "date": cat.get("date"),
                     "superseded_by": cat.get("superseded_by")})
    return rows


def _svg_attendance(months: list[dict[str, Any]], width: int = 720, height: int = 160) -> str:
    """An inline SVG line chart of monthly attendance rates (no scripts, no network)."""
    pts = [(i, m["attendance_rate"]) for i, m in enumerate(months) if m.get("attendance_rate") is not None]
    if not pts:
        return '<p class="muted">Không có số liệu tỉ lệ dự họp.</p>'
    n = max(len(months) - 1, 1)
    pad = 30

    def xy(i: int, r: float) -> tuple[float, float]:
        return pad + (width - 2 * pad) * i / n, height - pad - (height - 2 * pad) * min(max(r, 0), 1)

    path = " ".join(f"{'M' if k == 0 else 'L'}{x:.1f},{y:.1f}" for k, (x, y) in enumerate(xy(i, r) for i, r in pts))
    y85 = xy(0, 0.85)[1]
    dots = "".join(
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3"><title>{months[i]["month"]}: {r:.0%}</title></circle>'
        for i, r in pts for x, y in [xy(i, r)]
    )
    labels = "".join(
        f'<text x="{xy(i, 0)[0]:.1f}" y="{height - 8}" font-size="9" text-anchor="middle">'
        f'{m["month"][5:]}/{m["month"][2:4]}</text>'
        for i, m in enumerate(months)
    )
    return (
        f'<svg viewBox="0 0 {width} {height}" width="100%" role="img" aria-label="Tỉ lệ dự họp theo tháng">'
        f'<line x1="{pad}" x2="{width - pad}" y1="{y85:.1f}" y2="{y85:.1f}" stroke="#c00" stroke-dasharray="4 3"/>'
        f'<text x="{width - pad}" y="{y85 - 4:.1f}" font-size="9" text-anchor="end" fill="#c00">85%</text>'
        f'<path d="{path}" fill="none" stroke="#1f4e9c" stroke-width="2"/>{dots}{labels}</svg>'
    )


def render_html(result: dict[str, Any]) -> str:
    """The archive report as one self-contained HTML page a committee office can print."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("service", "templates"), autoescape=select_autoescape(["html"]))
    env.globals.update(rule_name=lambda r: RULE_NAMES.get(r, r), status_name=lambda s: STATUS_NAMES.get(s, s))
    docs = result["documents"]
    summary = {
        "documents": len(docs),
        "minutes": sum(1 for d in docs if d.get("report") and d["report"].get("is_minutes")),
        "errors": sum(1 for d in docs if d.get("error")),
        "duplicates": sum(1 for d in docs if d.get("duplicate_of")),
        "not_minutes": sum(1 for d in docs if d.get("report") and not d["report"].get("is_minutes")),
    }
    orgs = [{**o, "chart": _svg_attendance(o["months"])} for o in result["organizations"]]
    return env.get_template("audit.html").render(
        result=result, orgs=orgs, summary=summary, directives=directive_counts(result),
        generated=datetime.now().strftime("%d/%m/%Y %H:%M"),
    )


CSV_COLUMNS = ["path", "organization", "date", "type", "error", "rule", "status", "period", "message"]


def render_csv(result: dict[str, Any]) -> str:
    """One row per document finding, archive finding and failed file (UTF-8 with BOM for Excel)."""
    buf = io.StringIO()
    buf.write("\ufeff")
    w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for doc in result["documents"]:
        report = doc.get("report") or {}
        meeting = report.get("meeting") or {}
        base = {"path": doc["path"], "organization": meeting.get("organization"), "date": meeting.get("date"),
                "type": meeting.get("type")}
        if doc.get("error"):
            w.writerow({**base, "error": doc["error"].get("error"), "message": doc["error"].get("message")})
        elif doc.get("duplicate_of") or not report.get("is_minutes"):
            w.writerow({**base, "message": doc.get("note")})
        elif not report.get("findings"):
            w.writerow(base)
        findings = [] if doc.get("duplicate_of") else report.get("findings") or []
        for f in findings:
            w.writerow({**base, "rule": f["rule"], "status": f["status"], "period": (meeting.get("date") or "")[:7],
                        "message": f.get("message")})
    for org in result["organizations"]:
        for f in org["findings"]:
            if f.get("document"):
                continue  # already written with its document
            w.writerow({"path": "", "organization": org["organization"], "rule": f["rule"], "status": f["status"],
                        "period": f.get("period"), "message": f.get("message")})
    return buf.getvalue()
