"""The Vietnamese text summary of one report (``bienban check --format text``)."""

from __future__ import annotations

from nlp.models import Meeting, Reference, Report

_TYPES = {"regular": "Sinh hoạt thường kỳ", "thematic": "Sinh hoạt chuyên đề"}
_KINDS = {
    "opening": "Mở đầu",
    "news": "Thông tin thời sự",
    "dissemination": "Phổ biến, quán triệt văn bản cấp trên",
    "review": "Đánh giá kết quả tháng (kỳ) trước",
    "hcm_study": "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "criticism": "Tự phê bình và phê bình",
    "plan": "Phương hướng, nhiệm vụ tháng (kỳ) tới",
    "topic": "Trình bày chuyên đề",
    "discussion": "Thảo luận",
    "conclusion": "Kết luận của chủ trì",
    "vote": "Biểu quyết",
    "closing": "Kết thúc",
}
_SEVERITY = {"error": "Lỗi", "warning": "Lưu ý", "info": "Thông tin"}
_UNKNOWN = "không rõ"


def _value(v: object) -> str:
    return _UNKNOWN if v is None or v == "" else str(v)


def _date(iso: str | None) -> str:
    if not iso:
        return _UNKNOWN
    y, m, d = iso.split("-")
    return f"{int(d):02d}/{int(m):02d}/{y}"


def _meeting_lines(m: Meeting) -> list[str]:
    kind = _TYPES.get(m.type or "", _UNKNOWN)
    if m.combined:
        kind = "Sinh hoạt thường kỳ kết hợp chuyên đề"
    org = m.organization or _UNKNOWN
    if m.parent:
        org += f" ({m.parent})"
    hours = f"{_value(m.start_time)} – {_value(m.end_time)}"
    if m.duration_minutes is not None and m.duration_minutes < 0:
        hours += " (giờ kết thúc ghi trước giờ bắt đầu)"  # the record contradicts itself: no length to show
    elif m.duration_minutes is not None:
        hours += f" ({m.duration_minutes} phút)"
    a = m.attendance
    lines = [
        f"Loại cuộc họp: {kind}",
        f"Tổ chức: {org}",
        f"Ngày: {_date(m.date)}",
        f"Giờ: {hours}",
        f"Địa điểm: {_value(m.place)}",
        f"Chủ trì: {_value(m.chair)}",
        f"Thư ký: {_value(m.secretary)}",
    ]
    people = f"tổng số {_value(a.total)}"
    if a.exempt:
        people += f", miễn sinh hoạt {a.exempt}"
    if a.expected is not None:
        people += f", phải dự {a.expected}"
    people += f"; có mặt {_value(a.present)}, vắng {_value(a.absent)}"
    reasons = []
    if a.absent_with_reason is not None:
        reasons.append(f"có lý do {a.absent_with_reason}")
    if a.absent_without_reason is not None:
        reasons.append(f"không lý do {a.absent_without_reason}")
    if reasons:
        people += f" ({', '.join(reasons)})"
    lines.append(f"Đảng viên: {people}")
    if a.absentees:
        lines.append(f"Vắng mặt: {', '.join(a.absentees)}")
    if m.delegates:
        lines.append(f"Đại biểu: {', '.join(m.delegates)}")
    v = m.vote
    if v.in_favor is not None or v.against is not None or v.voters is not None:
        lines.append(f"Biểu quyết: tán thành {_value(v.in_favor)}, không tán thành {_value(v.against)}"
                     f" (số biểu quyết {_value(v.voters)})")
    return lines


def _reference_lines(refs: tuple[Reference, ...]) -> list[str]:
    """One line per cited document (de-duplicated by code), with its catalogue title when known."""
    seen: dict[str, tuple[Reference, int]] = {}
    for r in refs:
        first, n = seen.get(r.code, (r, 0))
        seen[r.code] = (first if first.catalogue or not r.catalogue else r, n + 1)
    out = []
    for code, (r, n) in seen.items():
        line = f"  - {r.type_name + ' ' if r.type_name else ''}{code}"
        date = r.catalogue.date if r.catalogue and r.catalogue.date else r.date
        if date:
            line += f" ngày {_date(date)}"
        if r.catalogue:
            line += f": {r.catalogue.title}"
            if r.catalogue.superseded_by:
                line += f" (được thay thế bởi {r.catalogue.superseded_by})"
        if n > 1:
            line += f" [{n} lần]"
        out.append(line)
    return out


def render_text(report: Report) -> str:
    """A readable Vietnamese summary of a report: the meeting, its parts, cited documents, findings."""
    src = report.source
    out = [f"Tệp: {src.filename}" if src.filename else "Tệp: (không tên)"]
    if src.number:
        out.append(f"Số văn bản: {src.number}")
    if not report.is_minutes:
        out.append("Văn bản này không phải biên bản sinh hoạt chi bộ; không kiểm tra thiếu sót.")
    elif report.meeting is not None:
        out.append("")
        out.extend(_meeting_lines(report.meeting))
        out.append("")
        if report.sections:
            out.append("Các phần nội dung:")
            out.extend(f"  - {_KINDS.get(s.kind, s.kind)}" + (f" — “{s.heading.splitlines()[0]}”" if s.heading else "")
                       for s in report.sections)
        else:
            out.append("Các phần nội dung: không xác định được.")
    out.append("")
    if report.references:
        out.append(f"Văn bản được trích dẫn ({len({r.code for r in report.references})}):")
        out.extend(_reference_lines(report.references))
    else:
        out.append("Văn bản được trích dẫn: không có.")
    if report.is_minutes:
        out.append("")
        if report.findings:
            out.append(f"Thiếu sót ({len(report.findings)}), theo {report.ruleset}:")
            out.extend(f"  - [{_SEVERITY.get(f.severity, f.severity)}] {f.message}" for f in report.findings)
        else:
            out.append(f"Thiếu sót: không có (theo {report.ruleset}).")
    return "\n".join(out)
