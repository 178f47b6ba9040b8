"""A spreadsheet saved as text (CSV, semicolon CSV, TSV) read as the labelled fields it holds.

Cells keep minutes in two shapes:

* **one row per meeting**: a header row of column names ("Ngày họp;Chủ trì;Thư ký;…", or a database's
  "ngay;chu_tri;thu_ky") over the meeting's one row of values.  Read as one "Column: value" line per cell.
  A sheet of many rows is a register or a summary, not one meeting's minutes: left as it is.
* **one field per row**: "STT;Mục;Nội dung;Ghi chú" over "6;Chủ trì;Đinh Công Thắng;Bí thư chi bộ".  Read as
  "Chủ trì: Đinh Công Thắng (Bí thư chi bộ)".
* **blocks**: a row of names over its row of values, block after block ("Ngày,Bắt đầu,Kết thúc" over
  "26/6/2020,15h00,16h45", then "Chủ trì,Thư ký" over the names …), and a block of several rows (the agenda's
  "STT,Nội dung,Người thực hiện,Ghi chép") read one line per row.

Title rows above the table ("SỔ BIÊN BẢN …;;;", quoted or not) keep their text without the empty cells.
Nothing else is touched: the whole text after the titles must parse as the table, so prose with commas stays.
The result no longer parses as a sheet, so reading it again changes nothing.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter

_DELIMITERS = ("\t", ";", ",", "|")  # ("|": a sheet copied as padded text, "Địa điểm        |Hội trường …|")
_DATELINE = re.compile(r"(?i)\bngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}")
_EMPTY_CELLS = re.compile(r"(?:[;,\t][ ]*)+$")
_NUMBER = re.compile(r"\s*\d{1,3}[.)]?\s*")
_LABEL_COLUMN = re.compile(
    r"(?i)^(?:mục|nội dung|hạng mục|(?:tên )?trường(?: thông tin| dữ liệu)?|thông tin|tiêu chí|chỉ tiêu|câu hỏi)$")
# a column grouping the fields before the field's name: "Nhóm,Trường thông tin,Giá trị" over "Thành phần,Chủ trì,…"
_PERSON_COLUMN = re.compile(r"(?i)^(?:người|đ/c|đồng chí) (?:trình bày|thực hiện|báo cáo|phụ trách|điều hành|chủ trì"
                            r"|phát biểu)(?: ?/ ?(?:trình bày|phát biểu|thực hiện))?$")
# a programme's time column, and its cells: "GIỜ" over "16:15", "Thời gian" over "14h10 - 14h55"
_TIME_COLUMN = re.compile(r"(?i)^(?:giờ|thời gian|thời điểm|tg)$")
_CLOCK_CELL = re.compile(r"\d{1,2}[:hg]\d{0,2}(?:\s*[-–]\s*\d{1,2}[:hg]\d{0,2})?")
_GROUP_COLUMN = re.compile(r"(?i)^(?:nhóm(?: thông tin)?|phần|nhóm trường|phân loại|loại)$")


def _rows(body: str, delimiter: str) -> list[list[str]] | None:
    try:
        rows = list(csv.reader(io.StringIO(body), delimiter=delimiter, strict=True))
    except csv.Error:
        if delimiter != "\t":
            return None
        # a sheet's tab-separated export quotes nothing: a cell may open with a quotation ('"Chuyển đổi số …" - đ/c A')
        rows = list(csv.reader(io.StringIO(body), delimiter=delimiter, quoting=csv.QUOTE_NONE))
    return [[c.strip() for c in row] for row in rows if any(c.strip() for c in row)]


def _header(cells: list[str]) -> bool:
    """Column names: short, mostly filled, mostly words."""
    if len(cells) > 2 and not cells[-1] and any(_LABEL_COLUMN.match(c) for c in cells):
        while len(cells) > 2 and not cells[-1]:
            cells = cells[:-1]  # (the sheet's empty columns to the right: '"Nội dung","Chi tiết",,')
    named = [c for c in cells if c]
    return (
        # (one spacer column left unnamed: "Thông tin;Giá trị;;Ghi chú")
        (len(named) >= 0.8 * len(cells) or (len(cells) >= 4 and len(named) == len(cells) - 1 and bool(cells[0])))
        # (a form's questions: "Ai chủ trì?", "Bao nhiêu đảng viên vắng? Ghi rõ họ tên, lý do")
        # (a question's hint after it may end with a stop: "Có đại biểu … không? Nếu có, ghi rõ họ tên, chức vụ.")
        # (a wide form's column may name its field at length: "Học tập và làm theo tư tưởng … trong tháng")
        and all(len(c) <= (120 if "?" in c or len(cells) >= 10 else 80 if len(cells) >= 6 else 60) and "\n" not in c
                and (not c.endswith((".", ";", "!")) or "?" in c) for c in named)
        and sum(1 for c in named if re.search(r"[^\W\d_]{2}", c)) >= 0.8 * len(named)
    )


# A form's question as the field it asks for ("Ai chủ trì?" is "Chủ trì", "Bao nhiêu đảng viên có mặt?" is "Có mặt",
# "Họp ở đâu?" is "Địa điểm"), rewritten step by step; what follows the question mark is a hint to the answerer.
_QUESTION_STEPS = [
    (r"^(?:ai|đồng chí nào|người nào)\s+(?:làm\s+|là\s+)?", ""),
    (r"^(?:chi bộ|đơn vị)\s+(?:có\s+)?(tổng số)\s+bao nhiêu\s+(đảng viên|đồng chí)$", r"\1 \2"),
    (r"^bao nhiêu\s+(?:đảng viên|đồng chí)\s+(?:được\s+|đã\s+)?", ""),
    (r"^(?:chi bộ\s+)?(?:họp|sinh hoạt|tổ chức)\s+(?:ở|tại)\s+đâu$", "Địa điểm"),
    # ("Buổi sinh hoạt được tổ chức ở đâu?", "Những đồng chí nào vắng mặt? Ghi rõ lý do")
    (r"^.*\b(?:tổ chức|họp|diễn ra)\s+(?:ở|tại)\s+đâu$", "Địa điểm"),
    (r"^(?:những\s+|các\s+)?(?:đồng chí|đảng viên)\s+nào\s+vắng(?:\s+mặt)?$", "Vắng (họ tên, lý do)"),
    (r"^(.+?)\s+của\s+(?:đồng chí|anh/chị|anh chị|bạn)\s+là$", r"\1"),
    (r"^chi bộ\s+(?:trực\s+)?thuộc\s+(đảng bộ|đảng ủy)(?:\s+nào)?$", r"\1"),
    (r"^(?:buổi|kỳ)\s+(?:sinh hoạt|họp)\s+là\s+.*\bhay\b.*$", "Hình thức sinh hoạt"),
    (r"^(bắt đầu|kết thúc)\s+(?:lúc|vào)\s+mấy\s+giờ$", r"Giờ \1"),
    (r"^có\s+(đại biểu[^?]*?)\s+(?:dự\s+)?không$", r"\1 dự"),
    (r"^(?:đồng chí\s+)?chủ trì\s+(kết luận)", r"\1"),
    (r"^(?:chi bộ|đảng viên|các đồng chí)\s+đã\s+", ""),
    (r"^biên bản\b.*\b(?:thông qua|ký|chữ ký)\b.*$", "Thông qua biên bản, chữ ký"),
    (r"\s+(?:diễn ra\s+)?(?:như\s+)?(?:thế nào|ra sao|những gì|gì|nào|chưa|không)$", ""),
    (r"\s+là$", ""),
]


# a column's short words: "ds_vang" is "danh sách vắng", "bq_tan_thanh" "biểu quyết tán thành" (written without
# diacritics, as the readers compare); "nd_mo_dau" (nội dung) is the part "mở đầu"
_DUMP_WORDS = {"nd": "", "ds": "danh sach", "bq": "bieu quyet", "sl": "so luong", "tg": "thoi gian"}


# a record's keys and a database's column names as the labels the readers know (English keys too)
_KEY_WORDS = {
    "org": "", "doc": "", "meeting": "", "members": "", "content": "", "record": "", "info": "",
    "parent": "dang bo", "cell": "chi bo", "title": "tieu de", "kind": "loai", "type": "loai", "date": "ngay hop",
    "start": "bat dau", "end": "ket thuc", "place": "dia diem", "chair": "chu tri", "secretary": "thu ky",
    "guests": "dai bieu", "delegates": "dai bieu", "total": "tong so dang vien", "exempt": "mien sinh hoat",
    "expected": "phai du", "present": "co mat", "absent": "vang", "reason": "ly do", "absentees": "danh sach vang",
    "opening": "mo dau", "news": "thong tin thoi su", "topic": "chuyen de", "review": "danh gia",
    "plan": "phuong huong", "discuss": "thao luan", "discussion": "thao luan", "conclusion": "ket luan",
    "vote": "bieu quyet", "closing": "ket thuc", "sign": "ky", "signature": "ky", **_DUMP_WORDS,
}


def _key_label(key: str) -> str:
    if key.lower() in ("so", "so_hieu", "so_bb", "so_bien_ban", "number", "doc_number"):
        return "Số"  # the record's own number ("Số: 04-BB/CB"), no reference
    words = [x for w in re.split(r"[._]+", key) if w and not w.isdigit() if (x := _KEY_WORDS.get(w.lower(), w))]
    label = " ".join(words)
    # ("members.absent.reason": who was away and why; "vang.ds": the list of those away)
    return re.sub(r"^vang danh sach$", "danh sach vang", re.sub(r"^vang ly do$", "vang (ho ten, ly do)", label))


def _label(name: str) -> str:
    # a database's column names: "gio_bat_dau" reads "gio bat dau" (the readers fold diacritics away)
    if "_" in name:  # (its short words too: "nd_ket_luan", "ds_vang")
        name = _key_label(name)
    name = name.strip()
    if "?" not in name:
        return name
    asked = name.split("?")[0].strip()
    for pattern, replacement in _QUESTION_STEPS:
        asked = re.sub(pattern, replacement, asked, flags=re.IGNORECASE).strip()
    return asked[:1].upper() + asked[1:] if asked else name


def _field(label: str, value: str) -> str:
    label = label.rstrip(": ")  # ("Đảng bộ:" in its cell)
    if label in _TITLE_COLUMNS or (label.lower() in _FORM_COLUMNS and value.lower().startswith("biên bản")):
        return value  # the record's title in a database's column: "tieu_de" over "Biên bản sinh hoạt chi bộ …"
    return f"{label}:\n{value}" if "\n" in value else f"{label}: {value}"


def _wide(header: list[str], row: list[str]) -> str:
    return "\n".join(_field(_label(h), v) for h, v in zip(header, row, strict=False) if h and v)


def _tall(rows: list[list[str]]) -> str:
    rows = [rows[0], *_counts_by_total(rows[1:])]
    lines = []
    group = 1 if _GROUP_COLUMN.match(rows[0][0]) and len(rows[0]) >= 3 else 0
    order: list[int] | None = None  # the agenda's own columns, under its own header row
    clocks = [row[0] for row in rows[1:] if len(row) >= 2 and _CLOCK_CELL.fullmatch(row[0]) and any(row[1:])]
    roll = False  # inside a list of the members under its own header: kept as a table, its empty cells too
    for row in rows[1:]:
        if any(_ROLL_NAME_COLUMN.match(c) for c in row) and any(_COUNT_HEAD.match(c) or _STATUS_HEAD.match(c)
                                                               for c in row):
            roll = True  # "STT,Họ và tên,Tổ đảng,Có mặt,Vắng có lý do,Vắng không lý do,Ghi chú"
            lines.append("\t".join(row))
            continue
        if roll and row and (_NUMBER.fullmatch(row[0]) or _TOTAL_HEAD.match(row[0].split(":")[0].strip())):
            lines.append("\t".join(c.replace("\n", " ") for c in row))
            continue
        roll = False
        if _head_row(row) and any(_LABEL_COLUMN.match(c) for c in row):
            # a second table under the fields: "STT;Nội dung;Người trình bày;Tóm tắt diễn biến" — each item reads
            # "Thông tin thời sự: Mưa lũ … (Nguyễn Ngọc Bảo Trâm)"
            label_at = next(i for i, c in enumerate(row) if _LABEL_COLUMN.match(c))
            people = [i for i, c in enumerate(row) if _PERSON_COLUMN.match(c)]
            times = {i for i, c in enumerate(row) if _TIME_COLUMN.match(c)}  # (the time of each item goes)
            order = [label_at, *(i for i in range(label_at + 1, len(row)) if i not in people and i not in times),
                     *people]
            continue
        if order is not None and row and (_NUMBER.fullmatch(row[0]) or _CLOCK_CELL.fullmatch(row[0])):
            row = [row[i] if i < len(row) else "" for i in order]
            said = [c for c in row if c]
            if len(said) == 2 and (len(said[0]) > 40 or said[0].endswith(".")):
                # the item told whole in its cell, who told it after it; a member's words with no part named
                # read as the minutes write them: "Đ/c Phạm Đức Tài: Đề nghị xã hỗ trợ …"
                named = len(said[1].split()) >= 2 and all(w[:1].isupper() for w in said[1].split())
                lines.append(f"Đ/c {said[1]}: {said[0]}" if named and ":" not in said[0][:40]
                             else f"{said[0]} ({said[1]})")
                continue
        else:
            order = None  # (the signatures' columns under the agenda: "T/M CHI BỘ;;;THƯ KÝ")
        if group and len(row) > group and row[group]:
            row = row[group:]  # (a row with its field's name: not the signatures' "THƯ KÝ;;CHỦ TRÌ" under the table)
        cells = row[1:] if row and _NUMBER.fullmatch(row[0]) else row
        cells = [c for c in cells if c]
        if not cells:
            continue
        if len(cells) == 4 and all(_label_cell(c.rstrip(":")) for c in cells[::2]) and len(cells[2]) <= 40:
            # two fields side by side: "Địa điểm,Nhà văn hóa khu vực 4,,Vắng có lý do,1 (A - đi công tác)"
            lines.extend(_field(label, value) for label, value in (cells[:2], cells[2:]))
            continue
        label, rest = cells[0], cells[1:]
        if rest and _CLOCK_CELL.fullmatch(label):
            # a log of the meeting by the clock ("08:00,Đ/c A tuyên bố lý do …"): the first time is its start, the
            # last its end; each row's content reads as the minutes write it
            said = " ".join(c.replace("\n", " ") for c in rest)
            first, last = label == clocks[0], label == clocks[-1]
            lines.append(f"Lúc {label}, {said}" if first else f"{said.rstrip('. ')} lúc {label}." if last else said)
            continue
        if not rest:
            lines.append(label)
            continue
        if all(len(c) <= 40 and not _label_cell(c.rstrip(":")) for c in cells):
            lines.append("      ".join(cells))  # no field: the signatures' columns, "THƯ KÝ;;CHỦ TRÌ" over the names
            continue
        value = rest[0] + "".join(f"\n{c}" if "\n" in c else f" {c}" if c.startswith("(") else f" ({c})"
                                  for c in rest[1:])
        lines.append(_field(label, value))
    return "\n".join(lines)


_ITEM_NUMBER = re.compile(r"^\d{1,2}[.)]\s+")


def _labelled_rows(rows: list[list[str]]) -> bool:
    """Rows that are mostly a field's name and its value with no header ("Đảng bộ:,ĐẢNG BỘ KHỐI …,,",
    "Giờ bắt đầu,7:30,,"): a sheet of one meeting's fields."""
    filled = [[c for c in r if c] for r in rows]
    pairs = [r for r in filled if len(r) >= 2]
    # (the agenda's items in the same column, numbered: "1. Mở đầu;Đ/c A tuyên bố lý do …")
    named = [r for r in pairs if _label_cell(_ITEM_NUMBER.sub("", r[0]).rstrip(":")) and len(r[0]) <= 40]
    return len(named) >= 6 and len(named) >= 0.6 * len(pairs)


def _unsplit(rows: list[list[str]]) -> list[list[str]]:
    """Rows of a sheet saved without quoting its cells: a value with the delimiter in it ("2. Thời sự;Hạn mặn đã qua
    đỉnh; Quốc hội …;;") is one cell again, the row as wide as most rows."""
    width = Counter(map(len, rows)).most_common(1)[0][0]
    out = []
    for row in rows:
        extra = len(row) - width
        if extra > 0 and width >= 2:
            row = [row[0], "; ".join(c for c in row[1 : 2 + extra] if c), *row[2 + extra :]]
        out.append(row)
    return out


def _head_row(row: list[str]) -> bool:
    """A row of a block's column names ("Ngày,Bắt đầu,Kết thúc,Địa điểm", "Chủ trì,Thư ký,Đại biểu dự,")."""
    while row and not row[-1]:
        row = row[:-1]
    return len(row) >= 2 and all(c and (_label_cell(c) or (c.isupper() and len(c) <= 4)  # ("STT")
                                         or any(rx.match(c) for rx in (_LABEL_COLUMN, _PERSON_COLUMN, _TIME_COLUMN)))
                                 for c in row)  # (in capitals: "GIỜ,NGƯỜI PHÁT BIỂU / TRÌNH BÀY,NỘI DUNG")


def _stacked(rows: list[list[str]]) -> str | None:
    """A sheet laid out as blocks, each a row of names over its row (or rows) of values: "Ngày,Bắt đầu,Kết thúc"
    over "26/6/2020,15h00,16h45"; then "STT,Nội dung,Người thực hiện,Ghi chép" over the agenda's rows. A block of
    one row is read as "Name: value" lines; of several, one line per row ("2. Thông tin thời sự (A): …")."""
    heads = [i for i, r in enumerate(rows) if _head_row(r)]
    if len(heads) < 2:
        return None
    out: list[str] = []
    i = 0
    while i < len(rows):
        row = rows[i]
        if i not in heads:
            # a title or a note in one cell; cells side by side keep apart as columns ("THƯ KÝ      CHỦ TRÌ")
            out.append("      ".join(c for c in row if c))
            i += 1
            continue
        numbered = bool(_NUMBER.fullmatch(rows[i + 1][0])) if i + 1 < len(rows) and rows[i + 1] else False
        j = i + 1
        while (j < len(rows) and j not in heads and sum(1 for c in rows[j] if c) >= 2
               and (not numbered or (rows[j] and _NUMBER.fullmatch(rows[j][0])))):
            j += 1
        data = rows[i + 1 : j]
        if len(data) == 1:
            out.extend(_field(_label(h), v) for h, v in zip(row, data[0], strict=False) if h and v)
        elif data:
            out.append(", ".join(c for c in row if c) + ":")
            for r in data:
                cells = [c for c in r if c]
                number = f"{cells.pop(0).rstrip('.')}. " if cells and _NUMBER.fullmatch(cells[0]) else "- "
                long = [c for c in cells if len(c) > 60]
                short = [c for c in cells if len(c) <= 60]
                title = short[0] + "".join(f" ({c})" for c in short[1:]) if short else ""
                out.append(number + (f"{title}: " if title and long else title) + " ".join(long))
        i = j
    return "\n".join(out)


# A sheet printed as a grid: row numbers in a gutter ("  6 | Thời gian | 19 giờ 30 phút"), the column letters over
# it ("    |  A    |  B") and rules between ("----+-----").
_GUTTER = re.compile(r"[ \t]*\d{1,4}[ \t]*\|[ ]?")
_LETTERS = re.compile(r"[ \t]*\|[ \t]*A[ \t]*\|[ \t]*B\b[ A-Z|\t]*")
_RULE = re.compile(r"[ \t]*[-=+|]{3,}[ \t]*")


def _label_cell(cell: str) -> bool:
    """A field's name, "Thời gian bắt đầu", "Vắng": not a heading in capitals nor a person's name."""
    words = cell.split()
    return (
        0 < len(words) <= 6
        and cell[:1].isalpha()
        and not cell.isupper()
        and not (len(words) >= 2 and all(w[:1].isupper() for w in words))
        and not cell.endswith((".", ",", ";", ":"))
    )


def _ungrid(lines: list[str]) -> str | None:
    rows = [ln for ln in lines if ln.strip()]
    gutter = [ln for ln in rows if _GUTTER.match(ln)]
    if len(gutter) < 8 or len(gutter) < 0.6 * len(rows):
        return None
    out = []
    for line in lines:
        if _LETTERS.fullmatch(line) or _RULE.fullmatch(line):
            continue
        m = _GUTTER.match(line)
        if m is None:
            out.append(line)
            continue
        cells = [c.strip() for c in line[m.end() :].split(" | ")]
        filled = [c for c in cells if c]
        if len(filled) == 2 and cells[0] and _label_cell(cells[0]):
            out.append(f"{cells[0]}: {' | '.join(cells[1:]).strip(' |')}")
        else:  # the columns side by side, as a header or a signature block is laid out
            out.append(line[m.end() :].replace(" | ", "   ").rstrip(" |"))
    return "\n".join(out)


_SHEET_BREAK = re.compile(r"(?m)^[ \t]*[-=]{4,}[ \t]*\d{1,2}[ \t]*[-–:.][ \t]*[^\n,;\t]{1,40}?[ \t]*[-=]*[ \t]*$"
                          # (or the sheet named in brackets: "[Trang tính 2: Diễn biến]", "[Sheet1]")
                          r"|^[ \t]*\[(?:trang tính|bảng tính|sheet|worksheet)[ \t]*\d{0,2}[ \t]*(?:[:\-–.][ \t]*"
                          r"[^\]\n,;\t]{0,40})?\][ \t]*$", re.IGNORECASE)
# the first sheet's name in brackets at the very top, whatever it is: "[Thông tin chung]"
_FIRST_SHEET = re.compile(r"[ \t]*\[[^\]\n,;\t]{1,40}\][ \t]*\n")


_COUNT_COLUMNS = re.compile(r"(?i)^(?:(?:số )?(?:phiếu )?(?:tán thành|không tán thành|đồng ý|không đồng ý)|có mặt|vắng"
                            r"|tổng số|số đảng viên(?: biểu quyết)?)")


def _one_sheet(part: str) -> str:
    """One sheet of a workbook: read as a sheet of its own, or, too small for that, row by row (a table of counts
    with its cells apart by tabs, for the readers of tables)."""
    filled = [ln for ln in part.split("\n") if ln.strip()]
    tabbed = sum(1 for ln in filled if "\t" in ln) >= 0.6 * len(filled)
    read = unsheet(part, ("\t",) if tabbed else _DELIMITERS)
    if read != part or tabbed:
        return read  # (a tab-separated sheet the readers of tables read as it is: the commas are its cells' words)
    for delimiter in (",", ";", "\t"):
        rows = _rows(part, delimiter)
        if rows and len(rows) >= 2 and max(map(len, rows)) >= 2:
            break
    else:
        return part
    if sum(1 for c in rows[0] if _COUNT_COLUMNS.match(c.strip())) >= 2:
        return "\n".join("\t".join(c.strip() for c in row) for row in rows)
    return _tall([["Mục", "Nội dung"], *rows])


# A database row printed vertically (MySQL's "\\G"): "          ten_chi_bo: Chi bộ …" one column a line, under
# "*************************** 1. row ***************************"
_DUMP_ROW = re.compile(r"(?m)^\*{5,}[ ]*\d+\.[ ]*row[ ]*\*{5,}[ ]*$")
_DUMP_FIELD = re.compile(r"(?m)^[ ]{0,40}([a-z][a-z0-9_]*):[ ](.*)$")
_DUMP_NOISE = re.compile(r"(?m)^(?:mysql>.*|\d+ rows? in set.*|\*{5,}[ ]*\d+\.[ ]*row[ ]*\*{5,}[ ]*)\n?")


_TITLE_COLUMNS = ("tieu de", "ten bien ban", "title")
# the form an application filled in, named as the record's title: "form": "Biên bản sinh hoạt chuyên đề"
_FORM_COLUMNS = ("form", "template", "document", "biểu mẫu", "mẫu", "tên biểu mẫu", "loại biểu mẫu", "bieu mau")


def _undump(text: str) -> str:
    """A database row printed one column a line, read as labelled lines; its empty (NULL) columns dropped."""
    if not _DUMP_ROW.search(text) or len(_DUMP_FIELD.findall(text)) < 8:
        return text

    def field(m: re.Match[str]) -> str:
        if m.group(2).strip() == "NULL":
            return ""
        return _field(_key_label(m.group(1)), m.group(2))

    lines = _DUMP_FIELD.sub(field, _DUMP_NOISE.sub("", text)).split("\n")
    return "\n".join(ln for i, ln in enumerate(lines) if ln or i and lines[i - 1])


# An application's record saved as text: "key=value" lines under "[section]" headers, "meeting.chair = …" with dotted
# keys, or a JSON object.  Its keys become labels the readers know (English keys too: "members.present").
_KEY_VALUE = re.compile(r"(?m)^[ \t]*([A-Za-z][\w.]*?)[ \t]*=[ \t]*(.*)$")
_KEY_NOISE = re.compile(r"(?m)^[ \t]*(?:#.*|//.*|\[[\w .:-]{1,40}\])[ \t]*$")


def _flatten(key: str, value: object, out: list[str]) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            _flatten(k, v, out)
    elif isinstance(value, list):
        said = [v for v in value if v not in (None, "", [], {})]
        pairs = [_pair_of(v) for v in said]
        if said and all(p is not None for p in pairs):
            # a form's fields as a list: [{"label": "Chủ trì", "value": "đ/c A"}, …] (empty answers left out)
            out.extend(_field(a, b) for a, b in pairs if b.strip())  # type: ignore[misc]
            return
        if said and all(isinstance(v, dict) for v in said):
            rows = [[str(x) for x in v.values() if x not in (None, "")] for v in said]
            if all(len(r) == 2 and len(r[0]) <= 60 for r in rows) and not re.search(r"vang|absent", key):
                out.extend(_field(r[0], r[1]) for r in rows)  # the agenda's items: {"muc": …, "chi_tiet": …}
                return
            said = [r[0] + "".join(f" ({x})" for x in r[1:]) for r in rows if r]
        if said:
            out.append(_field(_key_label(key), "; ".join(str(v) for v in said)))
    elif value not in (None, ""):
        out.append(_field(_key_label(key), str(value)))


_PAIR_KEYS = (("label", "value"), ("name", "value"), ("key", "value"), ("field", "value"), ("question", "answer"),
              ("cau_hoi", "tra_loi"), ("truong", "gia_tri"), ("nhan", "gia_tri"))


def _pair_of(item: object) -> tuple[str, str] | None:
    """A form field written as an object of its label and its value ({"label": …, "value": …})."""
    if not isinstance(item, dict):
        return None
    keys = {str(k).lower(): v for k, v in item.items()}
    for a, b in _PAIR_KEYS:
        if a in keys and b in keys and isinstance(keys[a], str):
            return keys[a], "" if keys[b] is None else str(keys[b])
    return None


# A form's responses exported one question a row, its answer after a tab (Microsoft Forms, transposed):
# "8. Chủ trì<TAB>ThS.BS Vũ Văn Hưng, Bí thư chi bộ"; the question's number and its hint dropped.
_TAB_ANSWER = re.compile(r"[ \t]*(?:\d{1,2}[.)][ \t]*)?(?P<q>[^\t\n:]{2,90}?)[ \t]*\t[ \t]*(?P<a>[^\t\n]*)")
_SHEET_HEAD = re.compile(r"(?i)mục|hạng mục|nội dung|câu hỏi|question|trường(?: thông tin)?|stt|tt|thông tin")
_HINT = re.compile(r"\s*\((?:dd/mm/yyyy|ghi rõ[^)]*|nếu có[^)]*|họ (?:và )?tên[^)]*)\)", re.IGNORECASE)


def _untab_answers(text: str) -> str:
    """A transposed form export read as "Question: answer" lines; other text as is."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    rows = [m for ln in lines if (m := _TAB_ANSWER.fullmatch(ln))]
    numbered = sum(1 for m in rows if re.match(r"[ \t]*\d{1,2}[.)]", m.group()))
    if len(rows) < 8 or not (numbered >= 5 and len(rows) >= 0.7 * len(lines) or len(rows) >= 0.85 * len(lines)):
        return text
    if _SHEET_HEAD.fullmatch(lines[0].split("\t")[0].strip()):
        return text  # a sheet with its columns named ("Mục<TAB>Nội dung"): the sheet's reader's
    out = []
    for ln in text.split("\n"):
        m = _TAB_ANSWER.fullmatch(ln)
        if m is None:
            out.append(ln)
        elif m["a"].strip():
            out.append(_field(_label(_HINT.sub("", m["q"]).strip()), m["a"].strip()))
    return "\n".join(out)


def _unrecord(text: str) -> str:
    """An application's record (key=value lines, dotted keys, JSON) read as labelled lines; other text as is."""
    start = text.find("{")
    # (a JSON object, perhaps under a comment line: "// Xuất dữ liệu từ phần mềm …")
    if start >= 0 and all(not ln.strip() or _KEY_NOISE.fullmatch(ln) for ln in text[:start].split("\n")):
        try:
            record = json.loads(text[start : text.rindex("}") + 1])
        except ValueError:
            record = None
        if isinstance(record, dict):
            out: list[str] = []
            _flatten("", record, out)
            return "\n".join(out) + "\n"
    lines = [ln for ln in text.split("\n") if ln.strip() and not _KEY_NOISE.fullmatch(ln)]
    keyed = [ln for ln in lines if _KEY_VALUE.fullmatch(ln)]
    if len(keyed) < 8 or len(keyed) < 0.6 * len(lines):
        return text
    out = []
    for ln in text.split("\n"):
        if _KEY_NOISE.fullmatch(ln):
            continue
        m = _KEY_VALUE.fullmatch(ln)
        if m is None:
            out.append(ln)
        elif m.group(2).strip():
            out.append(_field(_key_label(m.group(1)), m.group(2).strip()))
    return "\n".join(out)


def unsheet(text: str, delimiters: tuple[str, ...] = _DELIMITERS) -> str:
    """The fields of a spreadsheet of one meeting saved as text, one "Label: value" per line; other text as is.

    >>> unsheet("Chi bộ;Ngày họp;Chủ trì;Thư ký;Có mặt;Vắng\\nChi bộ ấp 3;05/4/2023;Lê Văn Út;Đỗ Thị Hoa;21;2\\n")
    'Chi bộ: Chi bộ ấp 3\\nNgày họp: 05/4/2023\\nChủ trì: Lê Văn Út\\nThư ký: Đỗ Thị Hoa\\nCó mặt: 21\\nVắng: 2\\n'
    """
    text = _untab_answers(_unrecord(_undump(text)))
    parts = _SHEET_BREAK.split(text)
    first = _FIRST_SHEET.match(parts[0]) if len(parts) == 2 else None
    if first:
        parts = [parts[0][first.end() :], parts[1]]
    if len(parts) >= 3 or first:
        # a workbook's sheets one after another ("-------- 2 - ChuongTrinh"): each read on its own
        return "\n".join(_one_sheet(part.strip("\n")).rstrip("\n") for part in parts if part.strip()) + "\n"
    lines = text.split("\n")
    if " | " in text and (grid := _ungrid(lines)) is not None:
        return grid
    for delimiter in delimiters:
        if text.count(delimiter) < 5:
            continue
        # title rows: a line of text and empty cells ("SỔ BIÊN BẢN …;;;", '"ĐẢNG BỘ …",,,')
        titles, prose = 0, set()
        while titles < min(len(lines), 8):
            line = lines[titles]
            stripped = _EMPTY_CELLS.sub("", line).strip()
            # (a quoted cell keeps its delimiter: '…,,"Vũ Hội, ngày 26 tháng 5 năm 2017"')
            split = (_rows(stripped, delimiter) or [stripped.split(delimiter)])[0] if stripped else []
            cells = [c.strip().strip('"').strip() for c in split]
            # (the header's two columns in cells: "ĐẢNG BỘ PHƯỜNG PHÚ HỘI;;ĐẢNG CỘNG SẢN VIỆT NAM", '…;"Huế, ngày 18
            # tháng 4 năm 2024"'; a mark in the place of the motto's column, '*,,,"Hải Đông, ngày …"')
            header_cells = delimiter in stripped and all(
                not c or c.isupper() or not re.search(r"[^\W\d_]", c) or _DATELINE.search(c) for c in cells)
            # (a form's title line over its export: "Biểu mẫu: BIÊN BẢN SINH HOẠT CHI BỘ - Bản xuất câu trả lời")
            # (and a note under it, a comma or two in it, over a blank line and the wide header: "Biên bản … (bản
            # xuất từ Google Biểu mẫu, trang tính …)")
            lone = (delimiter not in line and len(line) <= 120 and titles + 1 < len(lines)
                    and delimiter in lines[titles + 1]) or (
                line.count(delimiter) <= 1 and len(line) <= 160
                and any(len((_rows(ln, delimiter) or [[]])[0]) >= 6 for ln in lines[titles + 1 : titles + 6]))
            if stripped and not header_cells and not lone and (line.count(delimiter) < 2 or delimiter in stripped):
                break  # the table's first row, or a line of prose (then the header check below fails)
            if lone and delimiter in line:
                prose.add(titles)  # (kept as written, its comma no cell's edge)
            titles += 1
        rows = _rows("\n".join(lines[titles:]), delimiter)
        if rows and not _header(rows[0]) and delimiter != "\t" and _labelled_rows(rows):
            # fields one per row with no names over the columns
            rows = _unsplit(rows)
            rows = [["Mục", "Nội dung", *["Ghi chú"] * (max(map(len, rows)) - 2)], *rows]
        body = _read_rows(rows, delimiter) if rows and _header(rows[0]) else None
        tail = _after_record(lines[titles:], delimiter) if body is None and rows and _header(rows[0]) else None
        if tail is not None:
            # a form's one response with the record's end written under it (a note, the signatures)
            body = _wide(rows[0], rows[1]) + "\n\n" + tail
        if body is None and rows and delimiter in ",;" and len(rows) >= 8 and _sheet_like(lines[titles:], delimiter):
            # several tables in one sheet, none heading it all (the fields, a counts table, the agenda): each row
            # read on its own, a counts table by its total's column
            body = _tall([["Mục", "Nội dung"], *rows])
        if body is None:
            continue
        head = "\n".join(t for t in (lines[i].strip() if i in prose else "      ".join(
            c.strip().strip('"').strip() for c in _title_cells(ln, delimiter) if c.strip())
            for i, ln in enumerate(lines[:titles])) if t)
        return _header_first((head + "\n\n" if head else "") + body + "\n")
    return text


def _after_record(lines: list[str], delimiter: str) -> str | None:
    """The text under a wide header's one row of values, when only narrow lines follow it (a note, the
    signatures in two columns); None when the sheet goes on."""
    body = "\n".join(lines)
    # (a tab-separated export quotes nothing: read as _rows reads it)
    quoting = csv.QUOTE_NONE if delimiter == "\t" and not _strict(body, delimiter) else csv.QUOTE_MINIMAL
    reader = csv.reader(io.StringIO(body), delimiter=delimiter, quoting=quoting)
    try:
        header, row = next(reader), next(reader)
    except (StopIteration, csv.Error):
        return None
    if len(header) < 6 or len(row) != len(header):
        return None
    rest = lines[reader.line_num :]
    if not any(ln.strip() for ln in rest) or any(ln.count(delimiter) >= len(header) // 2 for ln in rest):
        return None
    return "\n".join(rest).strip("\n")


def _strict(body: str, delimiter: str) -> bool:
    try:
        list(csv.reader(io.StringIO(body), delimiter=delimiter, strict=True))
    except csv.Error:
        return False
    return True


def _title_cells(line: str, delimiter: str) -> list[str]:
    line = _EMPTY_CELLS.sub("", line)
    return (_rows(line, delimiter) or [line.split(delimiter)])[0] if line.strip() else []


def _read_rows(rows: list[list[str]], delimiter: str) -> str | None:
    """A sheet under one row of column names, read by its layout; None when no layout fits."""
    width = len(rows[0])
    if any(len(r) > width and any(r[width:]) for r in rows):
        return None
    if width >= 6 and len(rows) == 2 and len(rows[1]) == width:
        return _wide(rows[0], rows[1])
    # (a tab-separated field-per-row table is already read by the table readers: only "," and ";" here)
    if (delimiter != "\t" and 2 <= width <= 5 and len(rows) >= 8
            and any(_LABEL_COLUMN.match(c) for c in rows[0]) and all(2 <= len(r) <= width for r in rows)):
        return _tall(rows)
    # (blocks only where no column names the fields; tab-separated ones the table readers read)
    if delimiter != "\t" and width <= 8 and len(rows) >= 4 and not any(_LABEL_COLUMN.match(c) for c in rows[0]):
        return _stacked(rows)
    return None


_SENTENCE_BREAK = re.compile(r"[.!?][ ]+[^\W\d_]")


def _sheet_like(lines: list[str], delimiter: str) -> bool:
    """Most lines are a sheet's rows, cells apart: not prose with a few commas."""
    filled = [ln for ln in lines if ln.strip()]
    # (not paragraphs of prose, one per line, their clauses apart by commas: sentences outside any quoted cell)
    unquoted = [ln.rstrip() for ln in re.sub(r'"[^"]*"', '""', "\n".join(filled)).split("\n")]
    if sum(1 for ln in unquoted if _SENTENCE_BREAK.search(ln) or len(ln) > 100 and ln.endswith(".")) >= 0.3 * len(
            filled):
        return False
    rowed = sum(1 for ln in filled if ln.count(delimiter) >= 2 and (ln.startswith(delimiter) or _EMPTY_CELLS.search(ln)
                                                                   or ln.count(delimiter) >= 3))
    if len(filled) >= 8 and rowed < 0.7 * len(filled):
        # (or most rows as wide as the sheet once their quoted cells are read: "16:58,Phạm Đức Tài,Đề nghị …")
        widths = [len(r[0]) for ln in filled if (r := _rows(ln, delimiter))]
        common = max(set(widths), key=widths.count) if widths else 0
        # (two columns only when the sheet shows its empty cells: "Địa điểm: Hội trường Đại đội 5,")
        trailing = sum(1 for ln in filled if ln.rstrip().endswith(delimiter))
        rowed = widths.count(common) if common >= 3 or common == 2 and trailing >= 3 else rowed
    return len(filled) >= 8 and rowed >= 0.7 * len(filled)


_TOTAL_HEAD = re.compile(r"(?i)^(?:tổng cộng|cộng|tổng(?: số)?|cả chi bộ|toàn chi bộ)$")


_COUNT_HEAD = re.compile(r"(?i)^(?:tổng số|số đảng viên|đảng viên|miễn|phải dự|có mặt|dự họp|vắng|đv)\b")
_COUNT = re.compile(r"\d{1,3}")
_SPLIT_HEAD = re.compile(r"(?i)^(?:chính thức|dự bị)$")
# a roll's column of each member's status: "Trạng thái" over "Có mặt", "Vắng CP", "Miễn"
_STATUS_HEAD = re.compile(r"(?i)^(?:trạng thái|tình trạng|điểm danh)(?: dự họp| dự sinh hoạt)?$")
_ROLL_NAME_COLUMN = re.compile(r"(?i)^(?:họ (?:và )?tên|họ tên)(?: đảng viên)?$")


def _counts_by_group(rows: list[list[str]], at: int) -> tuple[list[list[str]], int] | None:
    """A counts table told by group, then for the cell (``rows[at]`` its column names: "Tổ/Bộ phận,Tổng số
    ĐV,Miễn SH,Có mặt,Vắng có lý do,Vắng không lý do" over "Phân xưởng Cơ khí,9,0,8,1,0" … "Cộng,30,0,27,2,0"):
    the cell's counts, one field per column, and the index of the row after the table."""
    head = rows[at]
    columns = [i for i, c in enumerate(head) if i and _COUNT_HEAD.match(c)]
    if len(columns) < 3 or len(columns) < len([c for c in head[1:] if c]):
        return None
    groups: list[list[int]] = []
    total: list[int] | None = None
    end = at + 1
    while end < len(rows):
        row = rows[end]
        if not row or not row[0] or not all(i < len(row) and _COUNT.fullmatch(row[i]) for i in columns):
            break
        counts = [int(row[i]) for i in columns]
        end += 1
        if _TOTAL_HEAD.match(row[0]):
            total = counts
            break
        groups.append(counts)
    if total is None and len(groups) < 2:
        return None
    total = total or [sum(col) for col in zip(*groups, strict=True)]
    return [[head[i], str(n)] for i, n in zip(columns, total, strict=True)], end


def _counts_by_total(rows: list[list[str]]) -> list[list[str]]:
    """A counts table told for the official and probationary members apart, then together ("Nội dung,Chính
    thức,Dự bị,Cộng" over "Có mặt,20,1,21"): each row keeps its label, its total and its note. (Told by group,
    the cell's totals are kept, one field per column.)"""
    out: list[list[str]] = []
    total_at: int | None = None
    at = 0
    while at < len(rows):
        by_group = _counts_by_group(rows, at)
        if by_group:
            out.extend(by_group[0])
            at, total_at = by_group[1], None
            continue
        head = [c for c in rows[at] if c]
        nxt = [c for c in rows[at + 1] if c] if at + 1 < len(rows) else []
        if (len(head) >= 3 and len(nxt) == len(head) and all(_COUNT.fullmatch(c) for c in nxt)
                and all(_COUNT_HEAD.match(c) or _SPLIT_HEAD.match(c) for c in head)):
            # a counts table of one row: "Tổng số ĐV,Chính thức,Dự bị,Miễn SH,Phải dự,Có mặt,Vắng" over "24,22,2,…"
            out.extend([label, n] for label, n in zip(head, nxt, strict=True))
            at += 2
            continue
        row = rows[at]
        at += 1
        lowered = [c.lower() for c in row]
        if "chính thức" in lowered and "dự bị" in lowered:
            total_at = next((i for i, c in enumerate(row) if _TOTAL_HEAD.match(c)), None)
            out.append(row)
            continue
        if total_at is not None and len(row) > total_at and re.fullmatch(r"\d{1,3}", row[total_at]) and row[0]:
            out.append([row[0], row[total_at], *(c for c in row[total_at + 1 :] if c)])
            continue
        total_at = None
        out.append(row)
    return out


_ORG_LINE = re.compile(r"(?:ĐẢNG BỘ|ĐẢNG ỦY|CHI BỘ)\b")


def _header_first(text: str) -> str:
    """The committee's and the cell's names above the title, as on paper, when the sheet put the title first."""
    lines = text.split("\n")
    top = lines[:12]
    title = next((i for i, ln in enumerate(top) if ln.startswith("BIÊN BẢN")), None)
    # (laid out as the paper's two header columns: "ĐẢNG BỘ PHƯỜNG A      ĐẢNG CỘNG SẢN VIỆT NAM")
    orgs = [i for i, ln in enumerate(top) if title is not None and i > title and _ORG_LINE.match(ln) and "      " in ln]
    if not orgs:
        return text
    moved = [lines[i] for i in orgs]
    rest = [ln for i, ln in enumerate(lines) if i not in orgs]
    return "\n".join(rest[:title] + moved + rest[title:])
