"""Records exported from a form or pasted from a table, one field or one cell per line, read as the lines they
stand for.

A minutes typed into a form and exported, or a Word table pasted where tables are lost, puts every field and
every cell on a line of its own::

    Địa điểm              Ngày               STT            Họ và tên
    Nhà văn hóa thôn      Giờ bắt đầu        Nội dung       Lý do
    Chủ trì               15/07/2020         1              Trần Văn Khoa
    Đ/c Lê Văn Thạch      8h00               Mở đầu         Nghỉ phép

``pair_fields`` joins a field's label to the value on the next line, ``rejoin_rows`` puts a flattened table's
cells back on one line per row, separated by tabs; both keep the text's length and every character's offset.
``restack`` pairs a run of labels with the run of values under it ("Ngày / Giờ bắt đầu / 15/07/2020 / 8h00"),
which moves values next to their labels: the meeting reader uses it, not the stages that report offsets.
"""

from __future__ import annotations

import re

from nlp.cues import fold

# The fields of a record's head, folded, as a form names them (a qualifier in brackets may follow: "Đảng viên
# vắng (lý do)").
_FIELD = re.compile(
    r"(?:so|ngay(?:\s+(?:hop|sinh\s+hoat|thang\s+nam))?|thang|"
    r"(?:thoi\s+gian|gio)(?:\s+(?:bat\s+dau|ket\s+thuc|hop|sinh\s+hoat))?|bat\s+dau|ket\s+thuc|"
    r"dia\s+diem(?:\s+(?:hop|sinh\s+hoat))?|hinh\s+thuc(?:\s+(?:hop|sinh\s+hoat))?|"
    r"(?:nguoi\s+)?(?:chu\s+tri|chu\s+toa)|thu\s+ky|nguoi\s+ghi\s+bien\s+ban|"
    r"dai\s+bieu(?:\s+(?:du|tham\s+du|du\s+hop|cap\s+tren))?|thanh\s+phan(?:\s+du\s+hop)?|"
    r"(?:tong\s+so|so)(?:\s+(?:dang\s+vien|dv))?(?:\s+(?:cua\s+)?chi\s+bo)?|"
    r"(?:so\s+)?(?:(?:dang\s+vien|dv)\s+)?(?:duoc\s+)?(?:mien\s+(?:sinh\s+hoat|sh)|phai\s+du(?:\s+sinh\s+hoat)?"
    r"|co\s+mat|du\s+hop)|"
    r"vang(?:\s+mat)?(?:\s+(?:co|khong)\s+(?:ly\s+do|ld))?|(?:co|khong)\s+(?:ly\s+do|ld)|"
    r"(?:(?:ho\s+(?:va\s+)?ten\s+)?dang\s+vien|danh\s+sach(?:\s+dang\s+vien)?)\s+vang(?:\s+mat)?|ly\s+do\s+vang|"
    # the counts of a vote under its label ("Biểu quyết:" / "Tán thành:" / "18/18")
    r"(?:so\s+phieu\s+)?(?:khong\s+)?(?:tan\s+thanh|nhat\s+tri|dong\s+y)|phan\s+doi|y\s+kien\s+khac)"
    r"(?:\s*\([^()\n]{1,30}\))?"
)
# fields whose value is a count, a date or a time: their value holds a digit (or a count in words)
_COUNTED = re.compile(r"(?:tong\s+so|so\b|mien|phai\s+du|co\s+mat|du\s+hop|vang|co\s+l|khong\s+l|ngay|thang|"
                      r"(?:khong\s+)?(?:tan\s+thanh|nhat\s+tri|dong\s+y)|phan\s+doi|y\s+kien|"
                      r"thoi\s+gian|gio|bat\s+dau|ket\s+thuc)")
# a count in words ("mười hai đồng chí"), or none ("Không")
_NUMBER_WORD = re.compile(r"(?:(?:khong|mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|muoi|muoi|linh|le)\s+){1,4}"
                          r"(?:dong\s+chi|d/c|dang\s+vien|dv|nguoi)\b")
_NONE = re.compile(r"khong(?:\s+co)?\W*")
# fields whose value names a person
_PERSON = re.compile(r"chu\s+tri|chu\s+toa|thu\s+ky|nguoi\s+ghi")
_MARK = re.compile(r"^[ \t]*(?:(?:[-+•*]|\d{1,2}[.)]|[a-e]\))[ \t]+)?")


def _field(line: str) -> bool:
    """A line holding only a field's label ("Địa điểm", "Chủ trì:", "- Vắng có lý do:"), not a signature's title
    in capitals ("THƯ KÝ")."""
    body = line[_MARK.match(line).end() :].strip().rstrip(":").strip()  # type: ignore[union-attr]
    if not body or len(body) > 45 or (body.isupper() and len(body) > 1):
        return False
    return bool(_FIELD.fullmatch(fold(body)))


def _fits(label: str, value: str) -> bool:
    """``value`` can be the value of the field ``label``: not blank, not another label, holding a digit for a
    count, a date or a time, and no signature's "(đã ký)" for a person."""
    v = value.strip()
    # (not a table's row, another label, a labelled line or an item of a list: "Thành phần" over "- Đại biểu: …")
    if not v or "|" in v or "\t" in v or _field(value) or re.match(
        r"(?:[-+•*]|\d{1,2}[.)])\s|[^\W\d][^:\n]{0,30}:(?:\s|$)|[IVX]+\.\s|PHẦN\b|Phần\s+(?:thứ|[IVX\d])", v
    ):
        return False
    key = fold(label)
    fv = fold(v)
    if _COUNTED.match(_MARK.sub("", key)) and not _PERSON.search(key):
        return bool(re.search(r"\d", v)) or bool(_NUMBER_WORD.match(fv) or _NONE.fullmatch(fv)) or (
            fv.startswith("tu "))
    if _PERSON.search(key):
        return not re.match(r"\(?\s*(?:da\s+ky|ky\s+ten|ky,)", fv)
    return True


_LIST_ITEM = re.compile(r"[ \t]*(?:[-+•*]|\d{1,2}[.)]|đ/c|Đ/c|đồng chí|Đồng chí)")


# A web form mailed as text: each field's label in capitals alone on its line, its value under it, a blank line
# between fields ("ĐỊA ĐIỂM" / "Nhà văn hóa tổ 5"); also the cell, its parent, and the signatures.
_CAPS_FIELD = re.compile(
    _FIELD.pattern + r"|(?:ten\s+)?(?:chi\s+bo|dang\s+bo)(?:\s+cap\s+tren)?|(?:loai|hinh\s+thuc|ky)\s+sinh\s+hoat"
    r"|ngay\s+sinh\s+hoat|chu\s+ky(?:\s+cua)?\s+(?:thu\s+ky|chu\s+tri)|(?:thu\s+ky|chu\s+tri)\s+ky(?:\s+ten)?"
)


def _caps_label(line: str) -> bool:
    body = line.strip().rstrip(":").strip()
    # (a known field, or any few words in capitals closed by a colon: "BÁO CÁO VIÊN:", "SỐ ĐẢNG VIÊN VẮNG MẶT:")
    return 1 < len(body) <= 45 and body.isupper() and (bool(_CAPS_FIELD.fullmatch(fold(body))) or (
        line.rstrip().endswith(":") and len(body.split()) <= 7 and not re.search(r"[\d.;]", body)))


def _pair_caps(text: str) -> str:
    lines = text.split("\n")
    pairs: list[int] = []
    for i in range(len(lines) - 1):
        # (after a blank line, or right after the value of the label before: "ĐỊA ĐIỂM:" / "Nhà văn hóa …" /
        # "CHỦ TRÌ:" / "đ/c A")
        if (_caps_label(lines[i]) and (i == 0 or not lines[i - 1].strip() or (i - 2) in pairs
                                       or re.search(r":[ \t]*\S", lines[i - 1]))
                and lines[i + 1].strip() and not _caps_label(lines[i + 1]) and not lines[i + 1].strip().isupper()):
            pairs.append(i)
    if len(pairs) < 5:
        return text
    out = list(text)
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln) + 1)
    for i in pairs:
        end = starts[i] + len(lines[i])
        out[end] = " " if lines[i].rstrip().endswith(":") else ":"
    return "".join(out)


def pair_fields(text: str) -> str:
    """A label alone on its line joined to the value on the next ("Địa điểm" / "Nhà văn hóa thôn" read as
    "Địa điểm:Nhà văn hóa thôn"; "Chủ trì:" / "Đ/c A" as "Chủ trì: Đ/c A"), same length.

    Only a single label between lines that are not labels: a run of labels over a run of values is
    ``restack``'s, and a label over a list of several lines keeps its list.

    >>> pair_fields("Địa điểm\\nNhà văn hóa thôn 3\\nChủ trì:\\nĐ/c Lê Văn A\\nNỘI DUNG")
    'Địa điểm:Nhà văn hóa thôn 3\\nChủ trì: Đ/c Lê Văn A\\nNỘI DUNG'
    """
    if "\n" not in text:
        return text
    text = _pair_caps(text)
    lines = text.split("\n")
    fields = [_field(ln) for ln in lines]
    out = list(text)
    pos = 0
    for i, line in enumerate(lines[:-1]):
        end = pos + len(line)
        pos = end + 1
        if not fields[i] or (i > 0 and fields[i - 1]) or fields[i + 1] or not _fits(line, lines[i + 1]):
            continue
        after = lines[i + 2] if i + 2 < len(lines) else ""
        # "Đảng viên vắng:" over one line per absentee stays a list
        if ("vắng" in line.lower() and after.strip() and not fields[i + 2] and _LIST_ITEM.match(after)
                and _LIST_ITEM.match(lines[i + 1])):
            continue
        if _PERSON.match(fold(line).strip()) and sum(1 for x in lines[i + 2 :] if x.strip()) <= 3:
            continue  # the record's last lines: "Người ghi biên bản" over the name signed is a signature, no field
        out[end] = " " if line.rstrip().endswith(":") else ":"
    return "".join(out)


def restack(text: str) -> str:
    """A run of labels over as many values ("Chủ trì / Thư ký / Đ/c A / Đ/c B") as "label:value" lines
    ("Chủ trì:Đ/c A / Thư ký:Đ/c B"); same length, the values moved next to their labels.

    >>> restack("Ngày\\nGiờ bắt đầu\\n15/07/2020\\n8h00\\nNỘI DUNG")
    'Ngày:15/07/2020\\nGiờ bắt đầu:8h00\\nNỘI DUNG'
    """
    if "\n" not in text:
        return text
    lines = text.split("\n")
    fields = [_field(ln) for ln in lines]
    i = 0
    while i < len(lines):
        k = 0
        while i + k < len(lines) and fields[i + k]:
            k += 1
        if k < 2 or i + 2 * k > len(lines):
            i += max(k, 1)
            continue
        labels, values = lines[i : i + k], lines[i + k : i + 2 * k]
        # (more counts follow than there are labels: a wider table flattened, "Tổng số / Chính thức / Dự bị /
        # Có mặt / Vắng" over five counts, whose first labels are not fields)
        more = i + 2 * k < len(lines) and re.fullmatch(r"[ \t]*\d{1,3}[ \t]*", lines[i + 2 * k]) is not None
        if not more and all(_fits(lab, val) for lab, val in zip(labels, values, strict=True)):
            pairs = [lab.rstrip() + ":" + val.strip() for lab, val in zip(labels, values, strict=True)]
            width = sum(len(ln) for ln in lines[i : i + 2 * k]) + k
            block = "\n".join(pairs)
            # what the rstrip/strip took off comes back at the end, so the text keeps its length
            lines[i : i + 2 * k] = [*block.split("\n")[:-1], block.split("\n")[-1] + " " * (width - len(block))]
            fields[i : i + 2 * k] = [False] * k
            i += k
        else:
            i += k
    return "\n".join(lines)


# column headers of a table pasted one cell per line
_COLUMN = re.compile(
    r"(?:stt|tt|so\s+tt|ho\s+(?:va\s+)?ten(?:\s+dang\s+vien)?(?:\s+vang(?:\s+mat)?)?|dang\s+vien(?:\s+vang(?:\s+mat)?)?|"
    r"ly\s+do(?:\s+vang)?|ghi\s+chu|noi\s+dung(?:\s+chi\s+tiet)?|phan|muc|dien\s+bien|"
    r"nguoi\s+(?:thuc\s+hien|trinh\s+bay|phu\s+trach|bao\s+cao)|phu\s+trach|chuc\s+vu|thoi\s+han|ket\s+qua|"
    r"(?:so\s+phieu\s+)?(?:tan\s+thanh|khong\s+tan\s+thanh|dong\s+y|khong\s+dong\s+y|phan\s+doi)|tong\s+so)"
    r"(?:\s*\([^()\n]{1,20}\))?"
)
_NAME = re.compile(r"(?:(?:đ/c|Đ/c|đồng chí|Đồng chí)\s+)?[A-ZĐÀ-Ỹ][^\s\d,.;:()]*(?:\s+[A-ZĐÀ-Ỹ][^\s\d,.;:()]*){1,4}")


def _column(line: str) -> bool:
    body = line.strip().rstrip(":").strip()
    return 0 < len(body) <= 40 and bool(_COLUMN.fullmatch(fold(body)))


def rejoin_rows(text: str) -> str:
    """A table pasted one cell per line put back one row per line, its cells separated by tabs (same length).

    The header is a run of column titles ("STT / Nội dung / Người thực hiện", "Họ và tên / Lý do"); rows follow
    while they can be told apart: numbered from 1 under "STT", a person's name first under a name column, one row
    of counts under vote or count titles.

    >>> rejoin_rows("Họ và tên\\nLý do\\nTrần Văn Khoa\\nNghỉ phép\\nLê Thị Mai\\nỐm\\nNỘI DUNG")
    'Họ và tên\\tLý do\\nTrần Văn Khoa\\tNghỉ phép\\nLê Thị Mai\\tỐm\\nNỘI DUNG'
    """
    if "\n" not in text:
        return text
    lines = text.split("\n")
    starts = [0]
    for ln in lines[:-1]:
        starts.append(starts[-1] + len(ln) + 1)
    out = list(text)
    i = 0
    while i < len(lines):
        k = 0
        while i + k < len(lines) and k < 8 and _column(lines[i + k]):
            k += 1
        if k < 2:
            i += 1
            continue
        head = [fold(c.strip()) for c in lines[i : i + k]]
        rows = 0
        j = i + k
        while j + k <= len(lines):
            cells = lines[j : j + k]
            if any(not c.strip() or _column(c) for c in cells):
                break
            if head[0] in ("stt", "tt", "so tt"):
                ok = cells[0].strip().rstrip(".") == str(rows + 1)
            elif re.match(r"ho\s|dang\s+vien", head[0]):
                ok = bool(_NAME.fullmatch(cells[0].strip()))
            else:
                ok = rows == 0 and all(re.fullmatch(r"\d{1,3}(?:\s*/\s*\d{1,3})?(?:\s*%)?", c.strip()) for c in cells)
            if not ok:
                break
            rows += 1
            j += k
        if rows:
            for r in range(rows + 1):
                for c in range(k - 1):
                    out[starts[i + r * k + c + 1] - 1] = "\t"
            i = j
        else:
            i += k
    return "".join(out)
