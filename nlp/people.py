"""Who chaired the meeting, who kept the minutes, and which delegates attended.

Labels ("Chủ trì:", "Thư ký:", "Người ghi biên bản:", "Đại biểu dự:") first, then running text
("Đồng chí X – Bí thư chi bộ chủ trì", "cử đồng chí Y làm thư ký").  Patterns run on ``nlp.cues.fold(text)``.
"""

from __future__ import annotations

import itertools
import re

from nlp.cues import LABEL, fold, in_facts_paragraph
from nlp.names import clean_name, names_after_cues

_MEETING_NOUN = r"(?:\s+(?:buoi|cuoc|ky)?\s*(?:sinh\s+hoat|hop|hoi\s+nghi))?"
# "Chủ trì: …", "Chủ trì hội nghị: …", "Người chủ trì là đồng chí …"
# (typed by voice, without the colon: "chủ trì đồng chí A bí thư chi bộ, thư ký đồng chí B")
# ("là" on the same line: not a signature title over a name "CHỦ TRÌ" / "Lã Văn Tư")
_LABEL_END = r"(?:\s*[:\-–]\s*|[ \t]+la[ \t]+|\s+(?=(?:dong\s+chi|d\s*/\s*c)\s))"
# a form's hint after the label: "Chủ trì (họ tên): …", "Thư ký (ghi rõ họ và tên): …"
_NAME_HINT = r"(?:\s*\((?:ghi\s+ro\s+)?ho\s+(?:va\s+)?ten[^)\n]{0,30}\))?"
_CHAIR_LABEL = re.compile(  # (also run on after a comma: "…, chủ trì đồng chí A – Bí thư chi bộ, thư ký …")
    # (typed on a phone: "CT: đc Trần Văn Hoàng - BT"; copied from a notebook: "C/trì: đ/c A")
    rf"(?:{LABEL}|,\s*)"
    + r"(?:nguoi\s+|(?:dong\s+chi|d\s*/\s*c)\s+(?=chu\s+tri\s*:))?"  # (a form's "Đồng chí chủ trì:")
    + r"(?:chu\s+tri|chu\s+toa|dieu\s+hanh|doan\s+chu\s+tich(?:\s+gom)?|(?:ct|c\s*/\s*tri)(?=\s*:))"
    + _MEETING_NOUN + _NAME_HINT + _LABEL_END
)
_SEC_LABEL = re.compile(
    # (dictated on, no comma: "chủ trì là đồng chí A bí thư chi bộ thư ký đồng chí B chi ủy viên")
    rf"(?:{LABEL}|,\s*|(?<=[a-z])(?<!\blam)\s+(?=thu\s+ky\s+(?:la\s+)?(?:dong\s+chi|d\s*/\s*c)\s))"
    + r"(?:(?:dong\s+chi|d\s*/\s*c)\s+(?=thu\s+ky\s*:))?"
    + r"(?:thu\s+ky|(?:nguoi\s+)?ghi\s+(?:bien\s+ban|bb)\b|(?:tk|t\s*/\s*ky|t\s*/\s*k)(?=\s*:))"  # ("T/ký:")
    + _MEETING_NOUN
    + r"(?:\s+ghi\s+bien\s+ban)?"
    + _NAME_HINT + _LABEL_END
)
# (in note-like village records also "anh Ba Hùng (Phạm Văn Hùng) … chủ trì", "chị Tư Diệu … ghi biên bản")
_PERSON = (r"\b(?:dong\s+chi|d\s*/\s*c|dc|anh|ong|chi(?!\s+(?:bo|uy|doan|hoi|cuc|nhanh|tiet|phi|so|tieu))|ba|co"
           r"|chu(?!\s+(?:tri|toa|tich|nhiem|de|dong|quan|yeu|truong|y|nhat)\b))\s+")
_PERSON_RE = re.compile(_PERSON)
# "Đồng chí X – Bí thư chi bộ (làm) chủ trì"; not "kết luận của chủ trì".
_CHAIR_INLINE = re.compile(
    rf"{_PERSON}(?P<rest>[^.;\n]{{2,120}}?)\s(?:lam\s+(?:nguoi\s+)?)?(?<!cua\s)(?:chu\s+tri|chu\s+toa)\b"
    # "Đồng chí A thay mặt Đoàn chủ tịch khai mạc hội nghị"
    rf"|{_PERSON}(?P<rest2>[^.;\n]{{2,120}}?)\s+thay\s+mat\s+doan\s+chu\s+tich\b"
    # the name after the role: "… dưới sự chủ trì của đồng chí Ngô Quang Vinh, Bí thư Chi bộ, …"
    rf"|(?:duoi|voi)\s+su\s+(?:chu\s+tri|chu\s+toa|dieu\s+hanh)\s+cua\s+{_PERSON}(?P<rest3>[^.,;:\n()\-–]{{2,60}}?)"
    rf"(?=\s*[.,;:\n(\-–]|$)"
)
# Between the name and the role only offices and units are written, never what the person did.
_DID = re.compile(r"phat\s+bieu|trinh\s+bay|de\s+nghi|thong\s+tin|bao\s+cao|tiep\s+thu|ket\s+luan|tuyen\s+bo"
                  r"|(?<!giam\s)doc\s")  # (not "Giám đốc")
_SEC_INLINE = re.compile(
    rf"{_PERSON}(?P<rest>[^.;\n]{{2,120}}?)\s(?:(?:lam\s+|duoc\s+cu\s+lam\s+)(?:thu\s+ky|nguoi\s+ghi\s+bien\s+ban)|ghi\s+bien\s+ban)\b"
    rf"|cu\s+{_PERSON}(?P<rest2>[^.;\n]{{2,60}}?)\s+lam\s+thu\s+ky"
    # a list of who did what: "- Đ/c A – Phó Bí thư, kế toán: thư ký."
    rf"|{_PERSON}[^.;:\n]{{2,120}}?\s*:\s*thu\s+ky\s*(?=[.;\n]|$)"
)


def _labelled_name(text: str, folded: str, label: re.Pattern[str]) -> str | None:
    for m in label.finditer(folded, 0, max(3500, len(folded) // 2)):
        end = folded.find("\n", m.end())
        end = len(folded) if end < 0 else min(end, m.end() + 160)
        # "Đ/c Nguyễn Văn A – Bí thư", or the office first: "Bí thư chi bộ – đồng chí Nguyễn Văn A".
        if not text[m.end() : end].strip() and end < len(text):
            # the label over a list: "Đoàn chủ tịch gồm:" / "- Đồng chí A – Bí thư (chủ tọa);"
            nxt = text.find("\n", end + 1)
            end = len(text) if nxt < 0 else nxt
            start = end - len(text[m.end() : end].lstrip(" \t\n-+•*"))
        else:
            start = m.end()
        name = clean_name(text[start:end])
        if not name:
            after = names_after_cues(text, start, end)
            name = after[0] if after else None
        if not name and (one := _ONE_NAME.match(text, start, end)) and one["name"][0].isupper():
            name = clean_name(one["name"], 1)  # a small cell's terse record: "CT: đ/c Hùng - BT", "TK: đ/c Lan"
        if name:
            return name
    return None


def _name_after_title(value: str) -> str | None:
    """A record dictated in lower case names the person by the only capitals on the line, after a title or an
    office: "bác sĩ chuyên khoa hai Lê Đình Toàn trưởng khoa", "điều dưỡng trưởng Hoàng Thị Thùy"."""
    words = value.split()
    for i, w in enumerate(words[:7]):
        if not w[:1].isupper():
            if not w.isalpha() or not w.islower():
                return None
            continue
        # (a name's words capitalised, not a heading's capitals: "THƯ KÝ      CHỦ TRÌ")
        run = list(itertools.takewhile(lambda x: x[:1].isupper() and x != x.upper()
                                       and x.rstrip(",.;").replace("'", "").isalpha(), words[i : i + 5]))
        return clean_name(" ".join(run).rstrip(",.;")) if len(run) >= 2 else None
    return None


_ONE_NAME = re.compile(r"[ \t]*(?:đồng chí|[Đđ]/c|[Đđ]c)\.?[ \t]+(?P<name>[^\W\d_]+)[ \t]*(?=[-–,(;]|$|\n)", re.M)


# the informal cues "anh", "chị", "ông", "bà" as written, and as folded (where they read like "ba", "chi" …)
_INFORMAL = ("anh", "chị", "ông", "bà", "cô", "chú")
_INFORMAL_FOLDED = ("anh", "chi", "ong", "ba", "co", "chu")


def _inline_name(text: str, folded: str, pattern: re.Pattern[str]) -> str | None:
    for m in pattern.finditer(folded, 0, max(3500, len(folded) // 2)):
        # The person nearest the role: "cử đồng chí A làm thư ký", not an earlier "đồng chí B".
        # (an informal cue only as written: "anh", "chị", not the "Ánh" of "Nguyễn Thị Ánh Tuyết")
        # (nor the surname of "đồng chí Ông Văn Tư")
        cues = [c for c in _PERSON_RE.finditer(folded, m.start(), m.end())
                if fold(c.group().strip()) not in _INFORMAL_FOLDED
                or text[c.start() : c.end()].strip().lower() in _INFORMAL
                and not re.search(r"(?:dong\s+chi|d\s*/\s*c|dc)\s+$", folded[max(0, c.start() - 12) : c.start()])]
        if not cues and fold(folded[m.start() : m.start() + 4]).strip() in _INFORMAL_FOLDED and (
                text[m.start() : m.end()].split()[0].lower() not in _INFORMAL):
            continue
        start = cues[-1].start() if cues else m.start()
        if len(cues) >= 2 and folded.count("(", cues[-2].end(), start) > folded.count(")", cues[-2].end(), start):
            start = cues[-2].start()  # "đồng chí Trần Thị Thủy (chị Sáu Thủy, nữ hộ sinh) làm thư ký": not the byname
        if _DID.search(folded, start, m.end()):
            continue
        name = clean_name(text[start : m.end()])
        if name:
            return name
    return None


# "Đại biểu (cấp trên) (về/tham) dự (buổi sinh hoạt) (có): …" — a colon or "dự" after "Đại biểu", so that
# "Đại biểu Đảng ủy phát biểu …" in the discussion is not a list of delegates.
_DELEGATE_LABEL = re.compile(
    # (a terse record's "ĐB: đ/c A - Đảng ủy viên")
    # (also run on after a comma: "…, thư ký đ/c B - chi ủy viên, đại biểu dự có đ/c C - Đảng ủy viên; …")
    r"(?:" + LABEL + r"|,\s*(?=dai\s+bieu\s+(?:ve\s+)?(?:tham\s+)?du\b))"
    r"(?:db(?=\s*:)|(?:thanh\s+phan\s+)?dai\s+bieu|khach\s+moi)(?:\s+(?:cap\s+tren|dang\s+uy|moi)"
    # whose delegate, before a colon: "Đại biểu Huyện ủy:", "Đại biểu Đảng ủy xã:" (not "Đại biểu Đảng ủy phát biểu:")
    # ("Đại biểu Đảng ủy Bệnh viện về dự:")
    r"|(?:\s+(?!(?:phat\s+bieu|chi\s+dao|neu|gop\s+y|ket\s+luan|de\s+nghi|bieu\s+duong|noi|trinh\s+bay|bao\s+cao"
    r"|tham\s+du|du|ve|va)\b)[a-z]+){1,7}(?=(?:\s+(?:ve\s+)?(?:tham\s+)?du)?\s*:))?"
    r"(?:\s*(?:,|/|va)\s*(?:bao\s+cao\s+vien|khach\s+moi)(?=\s*:))?"  # ("Đại biểu, báo cáo viên: đ/c A")
    r"(?:(?:\s+(?:ve\s+)?(?:tham\s+)?du"
    r"(?:\s+(?:buoi\s+)?(?:sinh\s+hoat|hop|hoi\s+nghi))?)(?:\s+co)?\s*[:\-–]?\s*|\s*[:\-–]\s*"
    r"|\s+co\s+(?=(?:dong\s+chi|d\s*/\s*c)\s))"  # dictated with no colon: "Thành phần đại biểu có đồng chí A"
    r"|(?:" + LABEL + r"|,\s*(?:va\s+)?)(?:(?:ve|den)\s+)?(?:tham\s+)?du"
    r"(?:\s+(?:buoi\s+)?(?:sinh\s+hoat|hop|hoi\s+nghi)(?:\s+\w+){0,3}?)?"
    # "Về dự với chi bộ có đồng chí A", "Dự và chỉ đạo có đ/c B"
    # ("Dự có: Thiếu tá A - Phó Bí thư Đảng ủy")
    r"(?:\s+voi\s+(?:chi\s+bo|hoi\s+nghi|buoi\s+(?:sinh\s+hoat|hop)))?(?:\s+va\s+chi\s+dao)?\s+co(?:\s*:)?\s+"
    # (not the members who came: "…, đến dự buổi họp hôm nay có 25 đồng chí, vắng 2 …")
    r"(?!\d|(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s)"
    # "Dự và chỉ đạo: đồng chí A", "… với sự tham dự của đồng chí B – Đảng ủy viên"
    r"|" + LABEL + r"(?:ve\s+)?du\s+va\s+chi\s+dao\s*[:\-–]\s*"
    # a terse record's "Dự: đc Phạm Minh Luân - ĐUV, phụ trách ấp" (one named, not a count)
    r"|(?:^|\n)[ \t]*[-+•*]?[ \t]*du\s*:\s*(?=(?:dong\s+chi|d\s*/\s*c|dc|d\.c)\s+[a-z]+(?:\s+[a-z]+){1,3}\s*[-–,(])"
    r"|\b(?:voi|co)\s+su\s+(?:tham\s+du|co\s+mat|du\s+va\s+chi\s+dao)\s+cua\s+"
    # (not the members: "với sự có mặt của 14 trên tổng số 15 đảng viên")
    r"(?!\d|(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s|(?:tat\s+ca|toan\s+the|day\s+du|cac)\s)"
    # the chair introducing them by name: "… giới thiệu đại biểu dự sinh hoạt với chi bộ: đồng chí A - Đảng ủy viên"
    r"|\bgioi\s+thieu\s+(?:cac\s+)?dai\s+bieu(?:\s+(?:ve\s+)?(?:tham\s+)?du)?(?:\s+(?:buoi\s+)?(?:sinh\s+hoat|hop))?"
    r"(?:\s+voi\s+chi\s+bo)?\s*(?::|\s+la|\s+gom|\s+co)\s*(?=(?:dong\s+chi|d\s*/\s*c|ong|ba)\s)"
)
# "… có đồng chí A – Đảng ủy viên phụ trách chi bộ về dự": the delegate named before "về dự"
# (also a sentence of its own: "Đồng chí A, Phó Bí thư Đảng ủy phường, về dự và chỉ đạo.", "Đảng ủy xã cử đồng chí B,
# Phó Bí thư Thường trực, về dự.")
# (in a village's records also "Có chị Út Diễm (Lê Ngọc Diễm), Phó Bí thư Đảng ủy xã về dự")
_WHO = r"(?:dong\s+chi|d\s*/\s*c|anh|chi(?!\s+(?:bo|uy|doan|hoi|cuc|nhanh|tiet|phi|so|tieu))|ong|ba)"
_DELEGATE_BEFORE = re.compile(
    # (also a list item: "- Đồng chí A - Phó Giám đốc Chi nhánh, dự và chỉ đạo hội nghị.")
    # (or told with the chair and the secretary: "…, ghi biên bản, và đồng chí C, Đảng ủy viên, đến dự"; or as the chair
    # introduced them: "giới thiệu đồng chí D, Đảng ủy viên, về dự và chỉ đạo")
    rf"(?:\bco\s+|\bcu\s+|,\s+va\s+(?={_WHO}\s)|\bgioi\s+thieu\s+(?={_WHO}\s)"
    rf"|(?:^|\n|[.;]\s+)(?:[-+•*][ \t]*)?(?={_WHO}\s))"
    # (not a member's turn: "- Đ/c A: bổ sung số liệu về du học sinh …")
    rf"(?P<who>{_WHO}\s+[^.;:\n]{{2,120}}?),?\s+(?:(?:ve|den|cung)\s+(?:tham\s+)?du\b(?!\s+(?:hoc|lich|kien|an|bi)\b)"
    rf"|du\s+va\s+chi\s+dao\b)")


_PERSON_LINE = re.compile(r"[-+•*]|\d{1,2}[.)]|(?:dong\s+chi|d\s*/\s*c|ong|ba)(?![a-z])")


_AFTER_DELEGATES = re.compile(
    r"[,;]\s*(?:va\s+|dong\s+thoi\s+)?(?:chi\s+bo\s+(?:hien\s+)?co|tong\s+so|co\s+mat|vang)\b"
    # (or the chair and the secretary: "…, chủ trì đồng chí A bí thư chi bộ thư ký đồng chí B")
    r"|[,;]\s*(?:va\s+)?(?:chu\s+tri|thu\s+ky)\s*(?:la\s+)?:?\s*(?:dong\s+chi|d\s*/\s*c)\s")


_PERSON_CUE = re.compile(r"(?:dong\s+chi|d\s*/\s*c)\s")
# a member exempt from meetings who came all the same is no delegate: "… đã được miễn sinh hoạt nhưng vẫn đến dự"
_MEMBER_EXEMPT = re.compile(r"mien\s+(?:sinh\s+hoat|cong\s+tac|sh)\b")
_MEMBER_CAME = re.compile(_MEMBER_EXEMPT.pattern + r"|\bvan$")  # (of a clause: "… nhưng vẫn")


def _cued_person(text: str, at: int) -> bool:
    """A formal cue ("đồng chí", "đ/c"), or an informal one written as such before a capitalised name ("chị Út
    Diễm", not "ba đồng chí" or "Chi bộ")."""
    words = text[at:].split(None, 2)
    if len(words) < 2 or words[0].lower() not in _INFORMAL:
        return not fold(words[0] if words else "").startswith(_INFORMAL_FOLDED)
    return words[1][:1].isupper()


_NOT_PARTY = re.compile(r"khong\s+phai\s+(?:la\s+)?dang\s+vien|\bquan\s+chung\b|ngoai\s+dang\b")


# dictated without a colon at a line's start: "đại biểu đồng chí Vũ Thị Thủy đảng ủy viên phụ trách khối giáo dục"
_DICTATED_DELEGATES = re.compile(r"(?m)^[ \t]*(?:dai\s+bieu|khach\s+moi)(?:\s+(?:cap\s+tren|ve\s+du|du))?[ \t]+"
                                 r"(?=(?:dong\s+chi|d\s*/\s*c|dc)\s+[a-z])")


def read_delegates(text: str, folded: str) -> tuple[str, ...]:
    m = _DELEGATE_LABEL.search(folded, 0, max(3000, len(folded) // 2)) or next(
        (x for x in _DELEGATE_LABEL.finditer(folded) if in_facts_paragraph(folded, x.start())), None)
    if not m and (said := _DICTATED_DELEGATES.search(folded, 0, max(3000, len(folded) // 2))):
        end = folded.find("\n", said.end())
        return tuple(names_after_cues(text, said.end(), end if end >= 0 else len(folded)))
    if not m:
        # (not a member who spoke: "Đồng chí A phát biểu, tuy tuổi cao … vẫn đến dự")
        # (tried from every start: "Đồng chí Bí thư tuyên bố lý do, giới thiệu đồng chí A, …, về dự" is the
        # chair acting, then the delegate introduced)
        before, pos, limit = None, 0, max(3000, len(folded) // 2)
        while (b := _DELEGATE_BEFORE.search(folded, pos, limit)) is not None:
            if (not _DID.search(b.group("who")) and not _MEMBER_CAME.search(b.group("who"))
                    and _cued_person(text, b.start("who"))):
                before = b
                break
            pos = b.start() + 1
        if before is None:
            return ()
        cue = text[before.start("who") :].split(None, 1)[0].lower()
        if cue in _INFORMAL:  # "chị Út Diễm (Lê Ngọc Diễm), Phó Bí thư …": the one named
            name = clean_name(text[before.start("who") + len(cue) : before.end("who")])
            return (name,) if name else ()
        # the person nearest "về dự": "Đồng chí A chủ trì, có đồng chí B – Đảng ủy viên về dự"
        last = max(_PERSON_CUE.finditer(folded, before.start("who"), before.end("who")), key=lambda c: c.start())
        return tuple(names_after_cues(text, last.start(), before.end("who")))
    rest = folded[m.end() : m.end() + 20]
    if re.match(r"\s*(?:khong|0\b)", rest):
        return ()
    line_end = folded.find("\n", m.end())
    if "khach" in folded[m.start() : m.end()] and _NOT_PARTY.search(
            folded, m.start(), line_end if line_end >= 0 else len(folded)):
        return ()  # "Khách mời: ông A, Trưởng ban công tác Mặt trận (không phải đảng viên)": a guest, not a delegate
    if _MEMBER_EXEMPT.search(folded, m.end(), min(m.end() + 60, line_end if line_end >= 0 else len(folded))):
        return ()  # "Dự họp còn có 02 đ/c thuộc diện miễn sinh hoạt là …": members, not delegates
    colon = folded.rfind(":", m.start(), m.end())
    if colon >= 0 and "\n" in folded[colon : m.end()] and not _PERSON_LINE.match(folded, m.end()):
        return ()  # a blank "Đại biểu: ……" of a printed form; the next line is not a delegate
    end = folded.find("\n", m.end())
    end = len(folded) if end < 0 else end
    # "Về dự có đồng chí A, Đảng ủy viên phụ trách địa bàn xóm. Chi bộ có 31 đảng viên, … vắng … đồng chí B":
    # the sentence ends after a lower-case word (a title such as "TS." is capitalised)
    stop = re.compile(r"(?<=[a-zà-ỹđ])\.\s").search(text, m.end(), end)
    if stop:
        end = stop.start()
    # "… có đồng chí A, Đảng ủy viên, đồng thời chi bộ có 33 đảng viên, vắng … đồng chí B": the counts follow
    counts = _AFTER_DELEGATES.search(folded, m.end(), end)
    if counts:
        end = counts.start()
    uncued: list[tuple[int, str]] = []  # "- Thiếu tá Chu Văn Lình - Đồn Biên phòng": a rank, no cue
    while True:  # delegates listed one per bullet line
        nxt = folded.find("\n", end + 1)
        nxt = len(folded) if nxt < 0 else nxt
        bullet = re.match(r"\s*(?:[-+•*]|\d{1,2}[.)])\s*", folded[end + 1 : nxt])  # (numbered too: "1. Đồng chí A …")
        if bullet and re.match(r"(?:dong\s+chi|d\s*/\s*c|ong|ba)\b", folded[end + 1 + bullet.end() : nxt]):
            end = nxt
        elif (bullet and (more := _DELEGATE_LABEL.match(folded, end)) and more.end() < nxt
              and not _NOT_PARTY.search(folded, end, nxt)):
            end = nxt  # another body's delegate: "- Đại biểu Huyện ủy: đ/c A …\n- Đại biểu Đảng ủy xã: đ/c B …"
        elif bullet and not re.match(r"[^:\n]{1,40}:", folded[end + 1 + bullet.end() : nxt]) and (
                name := clean_name(text[end + 1 + bullet.end() : nxt])) and " " in name:  # (not "- Tổng số: …")
            uncued.append((end + 1, name))
            end = nxt
        else:
            break
    names = names_after_cues(text, m.end(), end)
    for at, name in uncued:
        if name not in names:
            before = sum(1 for n in names if text.find(n, m.end(), end) < at)  # keep the text order
            names.insert(before, name)
    if not names:
        name = clean_name(text[m.end() : end])
        names = [name] if name else []
    return tuple(names)


def read_chair(text: str, folded: str) -> str | None:
    """The chair's name as the minutes label or describe it."""
    return (_labelled_name(text, folded, _CHAIR_LABEL) or _inline_name(text, folded, _CHAIR_INLINE)
            or _dictated_name(text, folded, "chair"))


# a label dictated without its colon at a line's start, the title before the name: "chủ trì bác sĩ Lê Đình Toàn …"
_DICTATED_LABEL = {
    "chair": re.compile(r"(?m)^[ \t]*(?:nguoi\s+)?(?:chu\s+tri|chu\s+toa)[ \t]+(?=[a-z])"),
    "secretary": re.compile(r"(?m)^[ \t]*(?:thu\s+ky|nguoi\s+ghi\s+bien\s+ban)[ \t]+(?=[a-z])"),
}


def _dictated_name(text: str, folded: str, role: str) -> str | None:
    m = _DICTATED_LABEL[role].search(folded, 0, max(3500, len(folded) // 2))
    if m is None:
        return None
    end = folded.find("\n", m.end())
    return _name_after_title(text[m.end() : end if end >= 0 else len(text)])


# The secretary of a narrative record writes in the first person: "tôi là Trần Thị Hạnh ghi biên bản",
# "Anh Sáu phân công tôi là … ghi biên bản", "tôi, Lê Văn Ba, được cử làm thư ký".
_SEC_SELF = re.compile(
    r"\btoi\s*(?:,\s*|\s+la\s+)(?P<name>[^.;\n]{2,60}?)\s*,?\s+(?:(?:duoc|da\s+duoc)\s+(?:phan\s+cong|cu|giao)\s+)?"
    r"(?:lam\s+thu\s+ky|ghi\s+bien\s+ban)"
    # the role first: "…, người ghi biên bản là tôi, Trương Văn Mười, chi ủy viên."
    r"|(?:thu\s+ky|ghi\s+bien\s+ban)\s+la\s+toi\s*(?:,\s*|\s+la\s+|\s+(?=dong\s+chi|d\s*/\s*c))"
    r"(?P<named>[^.;,\n()]{2,60}?)(?=\s*[.;,(\n]|\s+[-–])")


def read_secretary(text: str, folded: str) -> str | None:
    """The secretary's (minute-taker's) name."""
    return (_self_named(text, folded) or _labelled_name(text, folded, _SEC_LABEL)
            or _inline_name(text, folded, _SEC_INLINE) or _dictated_name(text, folded, "secretary"))


def _self_named(text: str, folded: str) -> str | None:
    m = _SEC_SELF.search(folded, 0, max(3500, len(folded) // 2))
    group = "name" if m and m.group("name") else "named"
    return clean_name(text[m.start(group) : m.end(group)]) if m else None
