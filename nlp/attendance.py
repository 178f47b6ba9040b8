"""Member counts, absentees and the vote, as the minutes write them.

Counts are reported as written, not derived, so that the rules can see contradictions; the only
arithmetic is what the wording itself asserts ("đều có lý do", absent = with + without reason).
Patterns run on the folded text (``nlp.cues.fold``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from nlp.cues import (
    LABELLED_NUMBER,
    NUMBER,
    WORD_NUMBER,
    alternation,
    digits_for_spelled,
    fold,
    to_int,
    unpunctuated,
)
from nlp.models import Attendance, Vote
from nlp.names import clean_name, full_name, names_after_cues
from nlp.normalize import modern_tones

N = rf"(?<![\d/])(?P<n>{NUMBER})"  # never the tail of "2024" or of "6/4"
NL = rf"(?<![\d/])(?P<n>{LABELLED_NUMBER})"  # right after the count's label
_MEMBERS = r"(?:dong\s+chi|dang\s+vien|d\s*/\s*c|dc|dv|nguoi)"
_GAP = r"[^\d\n.;]{0,40}?"

# a count of members: "Tổng số: 12  |  Có mặt: 11"; in a printed form filled in, "Tổng số đảng viên: 27 ..... Chính
# thức: 26" (the dot leaders blanked) ends at the gap before the next field
# (or the next field after a dash: "Số đảng viên: 11 – có mặt 10 – vắng 1")
_COUNTED = (rf"(?=[ \t]{{3,}}|\t|\s*(?:{_MEMBERS}|\(|,|;|\.|\||$|\n)|[ \t]+(?:tong|tat\s+ca)\b"  # ("đv: 8 tổng")
            r"|[ \t]*[-–—][ \t]*(?:co\s+mat|vang|mien|chinh\s+thuc|du\s+bi|phai|hien\s+dien|tham\s+du"
            r"|(?:cm|v|msh)[ \t]*:?[ \t]*\d))")
_TOTAL = [
    re.compile(rf"tong\s+so(?:\s+dang\s+vien|\s+dv)?(?P<gap>{_GAP})(?:\s|:|-|–){N}{_COUNTED}"),
    re.compile(rf"tong(?:\s+so)?(?:\s+dang\s+vien|\s+dv)?(?P<gap>[\s:\-–]*){N}{_COUNTED}"),
    # "Chi bộ có 9 đảng viên", also with its name: "Chi bộ bản Khuổi Khon có 8 đ/c"
    re.compile(rf"chi\s+bo(?:\s+[a-z0-9]+){{0,5}}?\s+(?:hien\s+)?(?:co|gom)(?:\s+tong\s+so|\s+tat\s+ca|\s+tong\s+cong|\s+ca\s+thay)?"
               # (not "Chi bộ có 03 đ/c được miễn sinh hoạt (tuổi cao)", but "… có 31 đảng viên được miễn sinh hoạt
               # năm đồng chí": a total run on into the exempt count)
               rf"(?P<gap>\s+){N}\s+{_MEMBERS}(?!\s+(?:(?:duoc|da\s+duoc|dang\s+duoc)\s+)?mien"
               rf"(?:\s+(?:cong\s+tac|sinh\s+hoat|dang|va|sh))*\s*(?:[.,;(:\n]|$))"),
    # told in the first person plural: "Chi bộ mình 19 đảng viên", "Thôn mình có 17 đảng viên", "Ấp mình 14 đảng viên"
    re.compile(rf"(?<![a-z])(?:chi\s+bo|thon|ap|ban|buon|xom|khom|to|lang|cb)\s+(?:minh|ta|chung\s+toi)"
               rf"(?:\s+(?:hien\s+)?(?:co|gom))?(?:\s+tat\s+ca|\s+tong\s+cong)?(?P<gap>\s+){N}\s+{_MEMBERS}"
               rf"(?!\s+(?:(?:duoc|da\s+duoc|dang\s+duoc)\s+)?mien)"),
    re.compile(rf"(?:so\s+luong|quan\s+so)\s+dang\s+vien(?P<gap>\s*(?:[:\-–]|la|co)?\s*){N}{_COUNTED}"),
    re.compile(
        rf"(?:so\s+)?(?:dang\s+vien|dv)\s+(?:cua\s+|trong\s+|toan\s+)?(?:chi\s+bo|cb\b)(?P<gap>\s*(?:[:\-–]|la|co|gom)?\s*){N}{_COUNTED}"
    ),
    # "Đảng viên trong danh sách ....... 27", "Số đảng viên theo danh sách: 27"
    re.compile(rf"(?:dang\s+vien|dv)\s+(?:co\s+)?(?:trong|theo)\s+danh\s+sach(?:\s+(?:chi\s+bo|quan\s+ly))?"
               rf"(?P<gap>[ \t]*(?:[:\-–]|la|co)?[ \t]*){N}{_COUNTED}"),
    # a terse label at the start of a line: "ĐV: 11, miễn SH 1, có mặt 9" / "- Đảng viên: 14 đ/c; có mặt …"
    # (also "TS: 38 ĐV; miễn SH 9 …", "TS đảng viên: 27", and in a sentence "Đảng viên 12, có mặt 11")
    # (or set off by a dash: "ĐV – 8, có mặt 8, vắng 0")
    re.compile(rf"(?m:^)[ \t]*(?:[-+•*]|=>|->)?[ \t]*(?:so\s+)?(?:dang\s+vien|dv)(?P<gap>[ \t]*[:\-–—][ \t]*){N}"
               rf"{_COUNTED}"),
    # ("TS ĐV của CB: 15 đ/c")
    # (typed on a phone: "TS ĐV: 21 (CT 19, DB 2)", "- TS ĐV 25, miễn 2", "ĐV: TS 32 đ/c, miễn SH 4 đ/c")
    # ("Quân số: TS 31 ĐV; 1 đ/c miễn SH")
    re.compile(rf"(?m:^)[ \t]*[-+•*]?[ \t]*(?:(?:quan\s+so(?:\s+(?:dang\s+vien|dv))?|dang\s+vien|dv)[ \t]*:[ \t]*)?"
               rf"ts(?:\s+(?:dang\s+vien|dv))?"
               rf"(?:\s+(?:cua\s+)?(?:chi\s+bo|cb))?(?P<gap>[ \t]*:?[ \t]*){N}"
               # (or alone on its line: "ĐV" over "- TS: 24"; or set off by dashes: "TS: 9 — có mặt 8 — vắng 1")
               rf"(?=\s*(?:{_MEMBERS}|,|;|\(|\.|$)|[ \t]*\n|{_COUNTED})"),
    # a roll call's sum: "Cộng: 14 ĐV – miễn 1 – phải dự 13 – có mặt 12 – vắng 1 cp."
    re.compile(rf"(?m:^)[ \t]*(?:tong\s+)?cong(?P<gap>[ \t]*:?[ \t]*){N}(?=[ \t]*(?:dang\s+vien|dv)\b)"),
    # an army cell's "Quân số ĐV: 8", "Quân số ĐV – 7"
    re.compile(rf"(?m:^)[ \t]*[-+•*]?[ \t]*quan\s+so\s+(?:dang\s+vien|dv)(?P<gap>[ \t]*[:\-–—][ \t]*){N}{_COUNTED}"),
    # the count said in words, or in words and figures: "tổng số đảng viên hai mươi mốt có mặt …", "mười hai (12)"
    re.compile(rf"tong\s+so(?:\s+dang\s+vien|\s+dv)?(?P<gap>[ \t]+){NL}"),
    # ("Tổng số đảng viên: mười.")
    re.compile(rf"tong\s+so(?:\s+dang\s+vien|\s+dv)?(?P<gap>[ \t]*:[ \t]*)(?=[a-z]){NL}"),
    # a small cell's count of its own at a sentence's start: "Chi bộ sáu đảng viên.", "Năm đảng viên. Có mặt đủ năm."
    re.compile(rf"(?:(?m:^)|\.\s+)[ \t]*(?:chi\s+bo\s+)?(?P<gap>){N}\s+(?:dang\s+vien|dv)(?=[ \t]*(?:[.,;]|$))"),
    # a notebook's count alone before those present: "=> 12 ĐV; có mặt 11; vắng 1 cp."
    re.compile(rf"(?m:^)[ \t]*(?:=>|->|[-+•*])?[ \t]*{N}(?P<gap>)[ \t]*(?:dv|dang\s+vien)[ \t]*[;,][ \t]*(?=co\s+mat)"),
    # a short statement of its own: "Đảng viên có 21. Đến họp 20.", "Đảng viên là 15 đồng chí."
    re.compile(rf"(?:(?m:^)[ \t]*[-+•*]?[ \t]*|[.;]\s+)(?:dang\s+vien|dv)(?:\s+(?:cua\s+)?chi\s+bo)?"
               rf"(?P<gap>\s+(?:co|la|gom)\s+){N}(?:\s+{_MEMBERS})?(?=[ \t]*(?:[.;,]|$))"),
    re.compile(rf"(?:(?m:^)[ \t]*[-+•*]?[ \t]*|[.;]\s+)(?:dang\s+vien|dv)(?P<gap>[ \t]+){N}"
               # ("ĐV 17 – có mặt 15", "ĐV 16 (miễn 2), dự 13")
               r"(?=\s*[,;\-–—]\s*(?:co\s+mat|du|hien\s+dien|tham\s+du)\b|\s*\((?:mien|trong\s+do)\b)"),
]
# Members counted as official and probationary, without their sum: "17 đảng viên chính thức và 02 đảng viên dự
# bị", "chính thức 15 đ/c, dự bị 01 đ/c", "Đảng viên chính thức: 29 đ/c" over "- Đảng viên dự bị: 02 đ/c"
_O = r"(?<![\d/])(?P<o>\d{1,3})(?![\d/])"
_P = r"(?<![\d/])(?P<p>\d{1,3})(?![\d/])"
_SPLIT_TOTAL = [
    re.compile(rf"{_O}[ \t]*(?:{_MEMBERS}[ \t]+)?chinh\s+thuc[ \t]*(?:,|;|va\b|\s)[ \t]*(?:va[ \t]+)?{_P}[ \t]*"
               rf"(?:{_MEMBERS}[ \t]+)?du\s+bi\b"),
    re.compile(rf"chinh\s+thuc[ \t]*:?[ \t]*{_O}(?:[ \t]*{_MEMBERS})?[ \t]*(?:[,;]|va\b|\n[ \t]*[-+•*]?)[ \t]*"
               rf"(?:va[ \t]+)?(?:(?:dang\s+vien|dv)[ \t]+)?du\s+bi[ \t]*:?[ \t]*{_P}"
               rf"(?=[ \t]*(?:{_MEMBERS}|[,;.)]|$|\n))"),
]
# not a count of those present or voting split so: "Có mặt: 28 đ/c (chính thức 25 đ/c, dự bị 03 đ/c)"
_SPLIT_OF_OTHER = re.compile(r"(?:co\s+mat|vang|du\s+hop|tham\s+du|hien\s+dien|tan\s+thanh|nhat\s+tri|bieu\s+quyet"
                             r"|ket\s+nap|chuyen\s+(?:den|di)|xep\s+loai)[^\n]*$")
# the count after members moved in or out: "Đầu tháng chi bộ có 23 đ/c. … Hiện chi bộ còn 21 đ/c"
_TOTAL_NOW = re.compile(rf"(?:hien(?:\s+nay)?|nay)\s+(?:chi\s+bo\s+)?con(?:\s+lai)?\s+{N}\s+{_MEMBERS}")


def _split_total(folded: str, limit: int, m_total: re.Match[str] | None) -> int | None:
    """The sum of the official and probationary members, when the record writes only the two (or when the
    total it reads is the official count alone: "Chi bộ hiện có 17 đảng viên chính thức và 02 …")."""
    for m in sorted((m for p in _SPLIT_TOTAL for m in p.finditer(folded, 0, limit)), key=lambda m: m.start()):
        line_start = folded.rfind("\n", 0, m.start()) + 1
        if _SPLIT_OF_OTHER.search(folded, line_start, m.start()):
            continue
        if m_total is None or m_total.start("n") == m.start("o"):
            return int(m["o"]) + int(m["p"])
        return None
    return None


_EXEMPT = [
    re.compile(
        # (a printed form's blanked dot leaders leave a long gap: "Miễn sinh hoạt ............ 0")
        rf"(?:mien(?:\s+(?:cong\s+tac|sinh\s+hoat|sh)|\s+va|\s+dang|\s+tham\s+gia)*|(?<![a-z])msh(?=[ \t]*:?[ \t]*\d))"
        # (the gap never runs into the next count: "… được miễn sinh hoạt, phải dự 17")
        rf"(?P<gap>(?:(?!phai\s|can\s|co\s+mat|vang|hien\s+dien|tham\s+du|con\s+lai)[^\d\n.;(]){{0,25}}?"
        rf"|[ \t]{{3,60}}|,?\s*khong\s+tinh\s+vao\s+so\s+phai\s+du\s*:?\s*){N}"
        rf"(?=\s*(?:{_MEMBERS}|\(|\)|,|;|\.(?!\d)|\||$|\n|[-–—]\s))"  # also "(miễn SH 04)", "miễn 1 – phải dự 13"
        # not the count left to attend: "… được miễn sinh hoạt, nên kỳ này có 22 đồng chí phải dự"
        rf"(?![ \t]*{_MEMBERS}[ \t]+(?:phai|can)\s+(?:du|sinh\s+hoat|tham\s+du))"
    ),
    re.compile(
        # "03 đồng chí tuổi cao, sức yếu được miễn sinh hoạt", on one line, not "18 đảng viên trong đó miễn …"
        rf"{N}[ \t]+{_MEMBERS}(?P<gap>(?:[ \t]+(?!trong\s+do|gom|co\s)[^\d\n.;]{{0,30}}?)?"
        rf"(?:[ \t]+(?:duoc|da\s+duoc|xin|dang\s+duoc))?[ \t]+)mien\s+(?:cong\s+tac|sinh\s+hoat|sh\b)"
        # not a total run on into the exempt count: "22 đồng chí miễn sinh hoạt 2 đồng chí", "… miễn công tác và
        # sinh hoạt đảng hai đồng chí"
        rf"(?!(?:\s+(?:va\s+)?(?:sinh\s+hoat|cong\s+tac)|\s+dang)*[ \t:]*"
        rf"(?:\d|(?:muoi|mot|hai|ba|bon|nam|sau|bay|tam|chin)\b))"
    ),
]
_NOT_TO_ATTEND = re.compile(  # "Không phải dự sinh hoạt: 05 đ/c, gồm 02 đ/c được miễn …, 03 đ/c đi làm ăn xa …"
    rf"khong\s+(?:phai|can)\s+(?:du|tham\s+du|tham\s+gia|sinh\s+hoat)(?:\s+sinh\s+hoat)?(?P<gap>\s*[:\-–]?\s*){N}"
    rf"(?=\s*(?:{_MEMBERS}|[,;.(]|$|\n))")
_EXEMPT.insert(0, _NOT_TO_ATTEND)
# the count right after its label, then the count left to attend, run on as dictated: "miễn sinh hoạt một đồng chí
# phải dự hai mươi ba đồng chí"
_EXEMPT.insert(1, re.compile(rf"mien(?:\s+(?:va\s+)?(?:cong\s+tac|sinh\s+hoat|sh)(?:\s+dang)?)+"
                             rf"(?P<gap>[ \t]*:?[ \t]*){N}(?=[ \t]+{_MEMBERS}\b)"))
_EXEMPT_NONE = re.compile(
    r"(?:khong|(?<![a-z])hong)\s+co\s+(?:dang\s+vien|dong\s+chi|d/c|dv|ai)\s+(?:nao\s+)?(?:duoc\s+)?mien|mien[^\d\n.;]{0,30}:\s*khong\b"
)
_PRESENT = [
    re.compile(
        rf"(?:co\s+mat|du\s+mat(?=\s+\d)|hien\s+dien|tham\s+du|du\s+hop|(?:du|tham\s+gia)\s+(?:buoi\s+)?sinh\s+hoat|(?:dang\s+vien|dv)\s+du"
        # a minute book's shorthand: "TS: 19 - CM: 17 - V: 3"
        rf"|(?<![a-z])cm(?=[ \t]*:?[ \t]*\d)"
        # "Đảng viên: 18 đồng chí. Dự: 17 đồng chí."
        rf"|(?:(?<=\.\s)|(?<=;\s)|(?<=\n)|^)du(?=\s*:)|(?<=,\s)du(?=\s+\d)"  # ("Chi bộ có 12 ĐV, dự 11 ĐV")
        # a short statement of its own: "Đảng viên có 21. Đến họp 20."
        rf"|(?:(?<=\.\s)|(?<=;\s)|(?<=\n)|^)den\s+(?:hop|du)(?=\s+\d))"
        # "Dự họp có 10/11 đảng viên", "Dự sinh hoạt có 22 đồng chí"
        # ("Có mặt (15 đ/c): A, B, …" too)
        # (the way they attended in brackets: "có mặt (online): 19 đ/c", "Dự họp (trực tiếp và trực tuyến): 21")
        rf"(?:\s*\((?:truc\s+tiep|truc\s+tuyen|online|qua\s|tai\s|ca\s)[^)\d\n]{{0,30}}\))?"
        rf"(?:\s+(?:tai\s+)?(?:buoi|cuoc|ky)\s+(?:sinh\s+hoat|hop))?(?:\s+(?:hom\s+nay|ky\s+nay|lan\s+nay))?"
        rf"(?P<gap>\s*(?:[:\-–(]|la|co)?\s*(?:day\s+du\s+|du\s+)?"
        rf"(?:ca\s+)?){NL}"  # ("có mặt đủ cả 4", "có mặt hôm nay mười ba đồng chí")
        rf"(?:\s*(?:{_MEMBERS}\s*)?/\s*(?P<of>{NUMBER}))?"  # ("tham dự: 24 đ/c/27 đ/c")
        # a count of members, not "tham dự: 120 hộ dân"
        rf"(?=\s*(?:{_MEMBERS}|\(|,|;|\.|:|-|–|—|=|\||$|\n|va\s|vang|\w+\s+vang|[✓✔☑√]))"  # ("Có mặt: 19 ✓")
    ),
    re.compile(
        # on one line: in "Phải dự: 19 đ/c\nCó mặt: 18 đ/c" the 19 is not the present count
        # ("11/11 ĐV của chi bộ có mặt")
        rf"{N}(?:\s*/\s*(?P<of>{NUMBER}))?[ \t]+{_MEMBERS}(?P<gap>(?:[ \t]+\w+){{0,3}}?)[ \t]+"
        rf"(?:co\s+mat|du\s+hop|tham\s+du|den\s+(?:du|hop))"
        # not a total run on into the present count: "chi bộ có 19 đồng chí có mặt 17 đồng chí"
        rf"(?![ \t:]*(?:\d|(?:muoi|mot|hai|ba|bon|nam|sau|bay|tam|chin)\b))"
        # not the vote: "33/33 đ/c có mặt tán thành"
        rf"(?![ \t]+(?:(?:deu|da)[ \t]+)?(?:tan\s+thanh|nhat\s+tri|dong\s+y|thong\s+nhat|bieu\s+quyet|gio\s+tay))"
    ),
]
_EXPECTED = [
    # (not the exempt named so: "Miễn sinh hoạt, không tính vào số phải dự: 02 đ/c")
    re.compile(rf"(?<!tinh\svao\sso\s)(?:phai|can)\s+(?:du|tham\s+du|tham\s+gia|sinh\s+hoat|sh)(?:\s+sinh\s+hoat)?"
               rf"(?P<gap>\s*(?:[:\-–]|la)?\s*){NL}"),
    # "… nên kỳ này có 22 đồng chí phải dự"
    # (in running text: not a table's row number, "3<TAB>Đảng viên phải dự …", nor across lines)
    re.compile(rf"(?<=[ ,]){N}[ ]+{_MEMBERS}(?P<gap>[ ]+)(?:phai|can)[ ]+(?:du|tham\s+du|sinh\s+hoat)\b"),
]
# "vắng không lý do 2 lần trong quý", "nghỉ làm không lý do 6 công": how often or how long, not how many
# (but "vắng 2 cả 2 đều có lý do": "cả", all of them, folds to "ca", a shift)
_TIMES = r"(?!\s*(?:ky|lan|buoi|thang|nam|cong|ngay|ca(?!\s+(?:\d|hai|ba|bon|deu|tat)\b)|tuan|phien)\b)"
_ABSENT = [
    re.compile(
        rf"(?:vang(?:\s+mat)?(?:\s+(?:trong\s+)?(?:buoi|ky|cuoc)\s+(?:sinh\s+hoat|hop))?"
        # (a form's hint: "Vắng (họ tên, lý do): 01 - …")
        rf"(?:\s*\((?:ho|ten|ghi|ly|danh)[^()\n]{{0,30}}\)(?=[ \t]*:)"
        # (or after a dash: "Số vắng - họ tên và lý do: 1 - đ/c A (…)")
        rf"|\s*[\-–]\s*(?:ho\s+(?:va\s+)?ten|ten|ly\s+do|danh\s+sach)[^:\n]{{0,25}}(?=[ \t]*:))?"
        rf"|(?<=[,;\-–]\s)v(?=[ \t]*:?[ \t]*\d)"
        # a minute book's line of its own, or after a stop: "CM: 25. V: 2 có LD:"
        rf"|(?:(?<=\n)|^|(?<=\.\s))[ \t]*v(?=[ \t]*:[ \t]*\d))"
        rf"(?P<gap>\s*[:\-–(]?\s*(?:(?:toi|den)\s+(?=\d))?){NL}"  # ("vắng tới 5: …")
        rf"{_TIMES}"
    ),
    # "02 đồng chí vắng" (not "Có mặt: 22 đ/c\t\tVắng: 2 đ/c", the next label in another column)
    # (nor the present count run on into it: "có mặt 22 đồng chí vắng 1 đồng chí")
    re.compile(rf"(?<!mat\s)(?<!mat:\s)(?<!dien\s){N}[ \t]+{_MEMBERS}(?P<gap>[ ]{{1,2}})vang(?!(?:\s+mat)?\s*:)"),
]
_ABSENT_NONE = re.compile(
    r"khong\s+co\s+(?:dang\s+vien|dong\s+chi|dv|d\s*/\s*c|ai)\s+(?:nao\s+)?vang(?:\s+mat)?(?!\s+(?:khong|co)\s)"
    r"|(?:(?<=\.\s)|(?<=\n)|^)khong\s+ai\s+vang(?:\s+mat)?\s*(?:[.;,]|$)"  # ("Đến họp 12. Không ai vắng.")
    r"|vang(?:\s+mat)?\s*:\s*khong\b"
    # "đảng viên có mặt đầy đủ" / "có mặt 100%": nobody absent
    r"|co\s+mat\s+(?:day\s+du|du\s+100\s*%|100\s*%)"
)
_WITH = [
    # also bracketed in a form: "Vắng (có lý do) ........ 02"
    re.compile(rf"(?:(?<!khong\s)co\s+(?:ly\s+do|phep|ld\b)|(?<![a-z])cld\b)\)?(?P<gap>\s*[:\-–]?\s*){N}{_TIMES}"),
    # the count in brackets before the names: "+ Có lý do (03): TS. A (…), …"
    re.compile(rf"(?<!khong\s)co\s+(?:ly\s+do|phep|ld\b)(?P<gap>\s*\(\s*){N}\s*\)"),
    # "02 vắng có lý do" / "2 đ/c có lý do", never a table's row number ("4   Vắng có lý do   01")
    re.compile(
        rf"{N}(?:[ ]|[ \t]+(?={_MEMBERS}))(?:{_MEMBERS}[ \t]+)?(?:vang\s+(?:mat\s+)?)?(?P<gap>)"
        rf"(?:co\s+(?:ly\s+do|phep|ld\b)|cld\b|cp\b)"  # (a notebook's "vắng 1 cp": có phép)
    ),
]
_WITHOUT = [
    re.compile(rf"(?:(?:khong|\bko)\s+(?:co\s+)?(?:ly\s+do|phep|ld\b)|vo\s+ly\s+do|(?<![a-z])kld\b)\)?"
               rf"(?P<gap>\s*[:\-–]?\s*){N}{_TIMES}"),
    re.compile(rf"(?:khong|\bko)\s+(?:co\s+)?(?:ly\s+do|phep|ld\b)(?P<gap>\s*\(\s*){N}\s*\)"),
    re.compile(
        rf"{N}(?:[ ]|[ \t]+(?={_MEMBERS}))(?:{_MEMBERS}\s+)?(?:vang\s+(?:mat\s+)?)?(?P<gap>)"
        rf"(?:khong\s+(?:co\s+)?(?:ly\s+do|phep)|kld\b|kp\b)"
    ),
]
_WITHOUT_NONE = re.compile(
    r"khong\s+co\s+(?:dang\s+vien|dong\s+chi|ai|truong\s+hop)\s+(?:nao\s+)?vang(?:\s+mat)?\s+khong\s+(?:co\s+)?(?:ly\s+do|phep)"
    r"|(?:khong\s+(?:co\s+)?ly\s+do|(?<![a-z])kld)\s*:\s*khong\b"
)
_ALL_WITH_REASON = re.compile(  # "… đều có lý do", "đều có báo với chi bộ", "cả hai đã báo trước"
    r"(?:deu|tat\s+ca|ca\s+hai)\s+(?:deu\s+|da\s+)?(?:co\s+ly\s+do|co\s+phep|co\s+bao(?:\s+cao)?|xin\s+phep"
    r"|bao(?:\s+cao)?\s+(?:truoc|voi|cho|chi))"
)
# one reason for everyone, written before their names: "vắng 03 đ/c đi ca (đ/c A, đ/c B, đ/c C)"
_REASON_BEFORE_NAMES = re.compile(
    r"\s*vang(?:\s+mat)?\s*:?\s*\d{1,3}\s*(?:dong\s+chi|d\s*/\s*c|dc|dv|dang\s+vien|nguoi)\s+"
    r"(?:deu\s+|do\s+|vi\s+|la\s+)?(?P<why>[^(\n:;,.]{2,40}?)\s*\((?![^)]*khong\s+(?:co\s+)?(?:ly\s+do|phep))")
# also a terse label at a line's start, after a bullet or a number: "ĐV: 25/28 (vắng 03: …)", "5/ Quân số ĐV: 11/11",
# "Số đảng viên: 06/06 có mặt"
_TOTAL_RATIO = re.compile(
    rf"(?:tong\s+so(?:\s+dang\s+vien|\s+dv)?|(?m:^)[ \t]*(?:[-+•*]|\d{{1,2}}[ \t]*[./)])?[ \t]*"
    rf"(?:quan\s+so(?:\s+(?:dang\s+vien|dv))?|(?:so\s+(?:luong\s+)?)?(?:dang\s+vien|dv)))\s*[:\-–]?\s*"
    rf"(?P<n>\d{{1,3}})\s*/\s*(?P<of>\d{{1,3}})(?:\s*{_MEMBERS}|(?=\s*[(,;.]|[ \t]*(?m:$)|[ \t]+co\s+mat\b))")
_RATIO_WHY = re.compile(rf"\s*\(\s*(?P<n>\d{{1,3}})\s*{_MEMBERS}\s+(?P<why>[^)\n]{{2,60}})\)")
_WITH_LIST_LABEL = re.compile(
    r"vang\s+(?:mat\s+)?co\s+(?:ly\s+do|phep)\s*:\s*(?:\n\s*[-+•*]\s*)?(?:dong\s+chi|d\s*/\s*c|dc)\b")
_WITH_REASON_WORDS = re.compile(
    r"(?<!khong\s)(?<!\bhong\s)(?:co\s+ly\s+do|co\s+ld\b|co\s+phep|co\s+bao(?:\s+cao)?\b|co\s+bc\b|xin\s+phep"
    r"|\bcl\s*/\s*d\b|\bc\s*/\s*ld\b|\bcld\b)")  # (a notebook's "cl/d", "c/lý do")
# ("hổng có báo lý do": the South's "không")
_WITHOUT_WORDS = re.compile(r"(?:khong|\bhong|\bko)\s+(?:co\s+)?(?:ro\s+)?(?:ly\s+do|ld\b|phep|bao\s+cao|bao\s+ly\s+do)"
                            r"|vo\s+ly\s+do|\bkl\s*/\s*d\b|\bk\s*/\s*ld\b|\bkld\b")
# "Vắng: A (ốm), B", "Danh sách đảng viên vắng:": the absentees' list without a count.
_ABSENT_LIST = re.compile(
    r"(?:danh\s+sach\s+(?:dang\s+vien\s+|dong\s+chi\s+)?)?vang(?:\s+mat)?(?:\s+(?:co|khong)\s+ly\s+do)?"
    r"(?:\s*\((?:ho|ten|ghi|ly|danh)[^)\n]{0,30}\))?\s*:\s*"
    r"(?=[^\d\s])"
    # (told in a sentence: "…, có mặt 17 đồng chí, chỉ vắng đồng chí Tôn Nữ Thị Hòa vì …")
    r"|(?<=\s)vang(?:\s+mat)?\s+(?=(?:dong\s+chi|d\s*/\s*c)\s+[a-z])")
_NAMES_LINE = re.compile(
    r"\s*[-+•*]?\s*(?:ho\s+(?:va\s+)?ten|ten\s+(?:dang\s+vien|dong\s+chi|dv)|danh\s+sach|gom|cu\s+the)[^\n:(]{0,35}(?:\([^)\n]{0,40}\)[^\n:(]{0,10})?:")
_ABSENT_NAMES_LINE = re.compile(
    r"\s*[-+•*]?\s*(?:(?:danh\s+sach|ho\s+(?:va\s+)?ten|ten)(?:\s*,\s*ly\s+do)?\s+|ghi\s+ro\s+(?:ho\s+ten\s+)?|ly\s+do\s+)?"
    r"(?:(?:cac|nhung)\s+)?(?:nguoi\s+)?(?:(?:dang\s+vien|dong\s+chi|dv|d/c)\s+)?"
    # (a sheet's column: "Vắng (họ tên - lý do):", "vang ghi ro:")
    r"vang(?:\s+mat)?(?:\s+(?:co|khong)\s+(?:ly\s+do|phep)|\s+(?:cld|kld|cp|kp)\b|\s*[,\-–]\s*ly\s+do"
    r"|\s*[\-–]\s*(?:ho\s+(?:va\s+)?ten|ten)(?:\s*(?:,|va)\s*ly\s+do)?"
    r"|\s+ghi\s+ro(?:\s+[a-z]+){0,3}?)?"
    # (the form's hint, after the reason too: "Vắng có lý do (họ tên, lý do):")
    r"(?:\s*\((?:ho|ten|ghi|ly|danh)[^)\n]{0,30}\))?\s*(?:\(\d+\)\s*)?:\s*(?:\d{1,3}\s*(?:[;,\-–]\s*|(?=\()))?(?=[^\d\s.…])"
    # not a blank form's "Vắng có lý do: …… đồng chí, gồm các đồng chí: ……" with its dots taken out
    r"(?!(?:dong\s+chi|d/c|dv)\s*(?:[,;.(]|gom|$))")
_WITH_NAMES_LABEL = re.compile(r"vang(?:[ \t]+mat)?[ \t]+co[ \t]+(?:ly[ \t]+do|phep)(?:[ \t]*\([^)\n]{0,30}\))?[ \t]*:")
_WITHOUT_NAMES_LABEL = re.compile(
    r"vang(?:[ \t]+mat)?[ \t]+(?:khong|ko)[ \t]+(?:co[ \t]+)?(?:ly[ \t]+do|phep)(?:[ \t]*\([^)\n]{0,30}\))?[ \t]*:")


def _listed_by_reason(text: str, folded: str, limit: int) -> tuple[int, int, int] | None:
    """Those away with a reason and without, counted from the names under their two labels ("Vắng có lý do (họ tên,
    lý do): A (ốm); B (…)" and "Vắng không lý do: C; D", or "… : không"), and where the lists end; None unless
    both labels are there, one label to a line, and name someone."""
    found = []
    for rx in (_WITH_NAMES_LABEL, _WITHOUT_NAMES_LABEL):
        m = rx.search(folded, 0, limit)
        if m is None:
            return None
        said = folded[m.end() : _line_end(folded, m.end())].strip(" \t.")
        names = () if said in ("khong", "0", "") else _absentees(text, folded, m.end(), _line_end(folded, m.end()))
        if said and said not in ("khong", "0") and not names or re.search(r"\d", said[:3]):
            return None  # (a count, or what is no list of names)
        found.append((len(names), _line_end(folded, m.end())))
    if not found[0][0] + found[1][0]:
        return None
    return found[0][0], found[1][0], max(at for _, at in found)


def _line_end(folded: str, at: int) -> int:
    end = folded.find("\n", at)
    return len(folded) if end < 0 else end


_NAMES_BELOW = re.compile(r"(?m)^(?=" + _ABSENT_NAMES_LINE.pattern + ")")  # such a line, a little below
_ATT_LABEL = re.compile(
    r"\s*[-+•*]?\s*(?:co\s+mat|tong\s+so|mien|dai\s+bieu|chu\s+tri|chu\s+toa|thu\s+ky|noi\s+dung|i\.|1\.(?!\s*(?:d\s*/\s*c|dong\s+chi))"
    # the record's other labels: "- Điều hành: đồng chí A", "- Người ghi biên bản: …", "- Khách mời: …"
    r"|(?:dieu\s+hanh|nguoi\s+ghi|ghi\s+bien\s+ban|khach\s+moi|dia\s+diem|thoi\s+gian|thanh\s+phan)[^:\n]{0,30}:"
    r"|(?:ct|tk|db|tg|du)\s*:)"  # (typed on a phone: "- ĐB: đc Lê Văn Tuấn", "CT: đc Hùng", "Dự: đc A - ĐUV")
)


_LABEL_COLON = re.compile(r"\s*:")

_REASON_LABEL = re.compile(r"(?:vang\s+)?(?:co|khong)\s+(?:ly\s+do|phep)\s*:")
_LIST_MARKER = re.compile(r"\s*[.)]\s*[a-z]")


_NEXT_ROW = re.compile(r"[.)][ \t]+[^\W\d_]")


_EARLY = re.compile(r"(?:dau\s+gio|luc\s+dau|ban\s+dau|luc\s+khai\s+mac|dau\s+buoi)[ \t,:]*$")


def _foreign_gap(m: re.Match[str]) -> bool:
    return re.search(r"co\s+mat|du\s+hop|vang|mien|ly\s+do|khong", m.groupdict().get("gap") or "") is not None


def _first(patterns: list[re.Pattern[str]], folded: str, limit: int) -> tuple[int | None, re.Match[str] | None]:
    """Value and match of the earliest hit among ``patterns`` in ``folded[:limit]``."""
    best: re.Match[str] | None = None
    for p in patterns:
        early = None
        for m in p.finditer(folded, 0, limit):
            if early is None and _EARLY.search(folded, max(0, m.start() - 20), m.start()):
                early = m  # "Đầu giờ có mặt 19 đ/c. … Tổng số có mặt: 22/27": the count at the start, if no other
                continue
            # "không có mặt" is an absence, "phải dự" the expected count.
            # (a "không" ending the line above is that line's answer: "Đại biểu dự: không" / "Tổng số …")
            if re.search(r"(?:khong[ \t]+|(?:phai|can)(?:\s+tham)?\s+)$", folded[max(0, m.start() - 13) : m.start()]):
                continue  # (nor "phải tham dự sinh hoạt 31")
            # "I. THÀNH PHẦN THAM DỰ\n1. Đại biểu: …": the number opening the next line is a list marker
            if "\n" in (m.groupdict().get("gap") or "") and _LIST_MARKER.match(folded, m.end("n")):
                continue
            if re.search(r"[ \t]{3}", m.groupdict().get("gap") or "") and _NEXT_ROW.match(folded, m.end("n")):
                continue  # a roll in two columns: "5. Ka Hương   vắng     16. Trần Thị Yến": the next row's number
            if _foreign_gap(m) and "\n" in (m.groupdict().get("gap") or "") + folded[m.start("n") - 1 : m.start("n")]:
                continue  # a form's question over its answer: "Số đảng viên: tổng số, có mặt, vắng" / "4/ Tổng số 24 …"
            break
        else:
            m = early
        # (at the same place, a reading whose gap holds no other label: "tổng số đảng viên hai mươi mốt có mặt …")
        if m and (best is None or m.start() < best.start()
                  or m.start() == best.start() and _foreign_gap(best) and not _foreign_gap(m)):
            best = m
    if best is None:
        return None, None
    if _foreign_gap(best):  # the number belongs to another label
        return None, None
    return to_int(best.group("n")), best


_OTHER_COUNT = re.compile(r"mien\s+(?:cong\s+tac|sinh\s+hoat)|co\s+mat|hien\s+dien|dai\s+bieu|chu\s+tri|thu\s+ky"
                          r"|(?<![a-z])(?:ve\s+)?du\s+(?:va\s+chi\s+dao|voi\s+chi\s+bo)"
                          r"|(?<![a-z])du\s+(?:buoi\s+)?(?:sinh\s+hoat|hop)\s+co\s+(?:dong\s+chi|d/c)")


_CUED_LINE = re.compile(r"\s*(?:d\s*/\s*c|dong\s+chi|dang\s+vien|dv|d\.c|dc)\b")  # ("Đc. A", "Đ.c A")
# a list of names without a cue after "đều có lý do:": "Phạm Văn Trinh (ốm), Lê Thị Hồng Nhung (đi làm xa)"
_UNCUED_NAMES_LINE = re.compile(
    r"[ \t]*(?:[-+•*][ \t]*)?(?P<name>[^\W\d_]+(?:[ \t]+[^\W\d_]+){1,4})[ \t]*(?:\(|,|[-–][ \t])")


def _uncued_names_line(text: str, at: int) -> bool:
    m = _UNCUED_NAMES_LINE.match(text, at)
    return m is not None and all(w[0].isupper() for w in m["name"].split())


def _indent(line: str) -> str:
    return line[: len(line) - len(line.lstrip())]


_NO_NAME_AFTER = re.compile(  # (the text is folded: the words that open a clause about something else)
    r";\s+(?=(?:do|vi|nen|chi\s+bo|chi\s+uy|hoi\s+nghi|cuoc\s+hop|buoi\s+sinh\s+hoat|toan\s+chi\s+bo)\s"
    # a member going on with the meeting: "vắng 6 đ/c; đ/c Lộc tuyên bố lý do, thông qua chương trình …"
    r"|(?:dong\s+chi|d\s*/\s*c)\s+(?:\S+\s+){1,6}?(?:tuyen\s+bo|thong\s+qua|thong\s+tin|pho\s+bien|quan\s+triet"
    r"|trinh\s+bay|ket\s+luan|chu\s+tri|khai\s+mac|gioi\s+thieu|neu\s+ly\s+do)\b)")


_REASON_COUNT_LINE = re.compile(r"[ \t]*[-+•*]?[ \t]*(?:vang[ \t]+)?(?:co|khong)[ \t]+(?:ly[ \t]+do|phep)[ \t]*"
                                r"(?:\(?\d{1,2}\)?[ \t]*(?:d/c|dong[ \t]+chi)?)?[ \t]*:[ \t]*"
                                r"(?:d[ \t]*/[ \t]*c|dong[ \t]+chi)")


_MOVED_ON = re.compile(r"\.\s+(?=(?:truoc\s+khi|sau\s+khi|sau\s+do|tiep\s+theo|tiep\s+do|chi\s+bo|chi\s+uy|buoi|cuoc"
                       r"|hoi\s+nghi|noi\s+dung|phan\s+(?:thu|mo\s+dau|[ivx\d])|thoi\s+gian|dia\s+diem|chu\s+tri|thu\s+ky|dai\s+bieu|mo\s+dau"
                       r"|(?:dong\s+chi|d\s*/\s*c)\s+(?:bi\s+thu|pho\s+bi\s+thu|chu\s+tri))\b)")


def _absent_clause(folded: str, start: int, text: str | None = None) -> tuple[int, int]:
    """Span of the absence sentence and the bullet lines that continue it (``text``: the unfolded text, to see
    names without a cue by their capitals)."""
    line_end = folded.find("\n", start)
    line_end = len(folded) if line_end < 0 else line_end
    end = line_end
    listing: str | bool = False  # "vắng 04 đ/c, có lý do:" over names one per line, as indented as the first
    cued = _CUED_LINE
    while end < len(folded):
        nxt = folded.find("\n", end + 1)
        nxt = len(folded) if nxt < 0 else nxt
        line = folded[end + 1 : nxt]
        if listing and cued.match(line) and not _ATT_LABEL.match(line) and _indent(line) == listing:
            end = nxt  # (as indented as the first name: not the next paragraph "Đ/c Bí thư tuyên bố …")
            continue
        if not line.strip() and folded[start:end].rstrip().endswith(":") or not line.strip() and end > line_end:
            # A blank line (OCR leaves them) inside "vắng 4 đồng chí:" and its list.
            after = folded.find("\n", nxt + 1)
            following = folded[nxt + 1 : after if after >= 0 else len(folded)]
            # (not a labelled part of the record after the list: "* Mở đầu: đ/c Thái tuyên bố lý do …")
            label = following[:40].split(":")[0] if ":" in following[:40] else None
            if re.match(r"\s*[-+•*]", following) and (label is None or re.search(r"dong\s+chi|d/c|\bdc\b", label)):
                end = nxt
                continue
        # (or, dictated without stops, "… vắng 2 cả 2 đều có lý do" over "đồng chí A đi khám bệnh")
        if re.search(r"(?:\d|:|;|,|\b(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|lam|tu|ly\s+do|phep))\s*$",
                     folded[start:end]) and cued.match(line):
            # "… Vắng 01\nđ/c có lý do: …", "… đều có lý do:\nđồng chí A (ốm), đồng chí B …", "… (ốm);\nđ/c B …":
            # the list goes on
            listing = folded[start:end].rstrip().endswith(":") and _indent(line)
            end = nxt
            continue
        if text is not None and cued.match(line) and unpunctuated(text):
            # dictated with no stops, the absentees one per line after the count: "vắng 2 đồng chí có lý do đồng chí
            # A đi đo đạc hiện trường" / "đồng chí B nghỉ ốm" — as many as the count says
            said = re.search(r"\d{1,2}", folded[start:line_end])
            named = len(re.findall(r"(?:[đĐ]ồng chí|[đĐ]/c)\s+[A-ZĐ]", text[start:end]))
            if said and named < int(said.group()):
                end = nxt
                continue
        if (text is not None and end == line_end and folded[start:end].rstrip().endswith(":")
                and _uncued_names_line(text, end + 1) and not _ATT_LABEL.match(line)):
            end = nxt  # "Vắng 02 đồng chí, đều có lý do:\nPhạm Văn Trinh (…), Lê Thị Hồng Nhung (ốm)."
            continue
        so_far = folded[start:end]
        if re.search(r"\b(?:co|khong)\s+ly\s*$", so_far) and re.match(r"\s*do\b", line):
            end = nxt  # "… đều có lý\ndo: đồng chí A (…), đồng chí B (ốm)."
            continue
        if line.strip() and so_far.count("(") > so_far.count(")") and ")" in line:
            # a bracket wrapped onto the next line: "(đ/c A, có lý\ndo: trực ca)"
            end = nxt
            continue
        if _NAMES_LINE.match(line) or _ABSENT_NAMES_LINE.match(line) or _REASON_COUNT_LINE.match(line):
            # "Họ tên đảng viên vắng: A (ốm), B" / "Vắng có lý do: đ/c A (ốm), đ/c B" on the next line
            # (or, under "vắng 4, trong đó:", "có lý do 2: đ/c A (đi ca 3), …" / "không lý do 2: đ/c C, đ/c D")
            end = nxt
            continue
        above = folded[folded.rfind("\n", 0, end) + 1 : end]
        if (end > line_end and line.strip() and re.search(r"[a-z]\s*$", so_far) and not _ATT_LABEL.match(line)
                and not re.match(r"\s*(?:\d{1,2}\s*[.)/]|[ivx]{1,4}\s*[.)/]|[a-e]\s*[.)])\s", line)
                # (not the next field under a labelled list: "Vắng không lý do: C; D" / "Tuyên bố lý do / …: …")
                and not ((_NAMES_LINE.match(above) or _ABSENT_NAMES_LINE.match(above))
                         and re.match(r"\s*[a-z][^\n:.;,]{0,59}:\s", line))):
            end = nxt  # an item of the list wrapped mid-sentence: "… theo yêu cầu của" / "Trung tâm Y tế (F1): đ/c A"
            continue
        # (the list's items may be set off by a dot: "  . có lý do ba đ/c: …")
        if not re.match(r"\s*[-+•*]|\s*\d[.)]\s|\s+\.\s", line) or _ATT_LABEL.match(line) or not line.strip():
            break
        end = nxt
    # Another count after the absences ("…; miễn sinh hoạt: 1 (đ/c C)") is not about absentees.
    # nor a member moving in or out in a later sentence ("Ngày 03/8, đồng chí B đã chuyển sinh hoạt đi …"), nor
    # the chair named in the next one ("… có báo cáo. Đồng chí A, Bí thư chi bộ, chủ trì")
    # nor what follows a ";" that names nobody: "vắng 02 đồng chí; do gió mùa …, tàu Lý Sơn – An Bình nghỉ chạy"
    # (but "vắng 02 đồng chí; do ốm" gives their reason)
    for semi in _NO_NAME_AFTER.finditer(folded, start + 4, end):
        words = re.match(r"(?:\S+\s+){0,3}", folded[semi.end() : end]).group()  # "do ốm", "vì bận công tác"
        if text is not None and text[semi.end() : semi.end() + 1].isupper() and " " in (
                clean_name(" ".join(text[semi.end() : semi.end() + 40].split()[:4])) or ""):
            continue  # a name in capitals ("…; Vi Văn Tòng - đi làm xa", the surname Vi), not "vì", "do"
        if not _reason_or_with_re().search(words):
            end = semi.start()
            break
    # a paragraph that goes on to something else after the counts: "… vắng 2 đồng chí. Trước khi vào nội dung, chi bộ
    # … tưởng nhớ đồng chí Tổng Bí thư …"
    moved_on = _MOVED_ON.search(folded, start + 4, end)
    if moved_on:
        end = moved_on.start() + 1
    for rx in (_OTHER_COUNT, _MEMBERSHIP):
        found = rx.search(folded, start + 4, end)
        if found:
            sentence = folded.rfind(". ", start, found.start())
            end = sentence + 1 if sentence > start else found.start()
    return start, end


_CAME = (r"(?:vẫn[ \t]+(?:đến[ \t]+)?(?:dự|tham[ \t]+dự|có[ \t]+mặt)|đến[ \t]+(?:muộn|trễ)|về[ \t]+(?:trước|sớm)"
         r"|xin[ \t]+phép[ \t]+về)")
_ALL_BECAUSE = re.compile(r"\s*(?:dong\s+chi|d\s*/\s*c|dang\s+vien|dv|nguoi)?\s*(?:\((?P<why>[^)\n]{2,40})\)"
                          r"|[,;]?\s*(?:deu\s+|ca\s+hai\s+)?(?:do|vi)\s+(?P<why2>\S+(?:[ \t]+\S+){0,2}))")
_MEMBERSHIP = re.compile(r"chuyen\s+(?:sinh\s+hoat|sh)|tiep\s+nhan|ket\s+nap|tu\s+tran|qua\s+doi")
_CUE_SPLIT = re.compile(r"(?<!\w)(?:dong\s+chi|d\s*/\s*c|d\.c|dc)(?!\w)")


@cache
def _reason_re() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + alternation("absence_reasons") + r"(?!\w)")


@cache
def _reason_or_with_re() -> re.Pattern[str]:
    return re.compile(_reason_re().pattern + r"|" + _WITH_REASON_WORDS.pattern)


# What follows an absentee's name and says why: "(ở với con tại Đồng Nai)", "đi hát giao lưu tại Hà Nội",
# "– về quê ăn giỗ"; not an address or group ("tổ 3", "(thôn Bản Lìm)") nor a nickname "(Tư Tâm)".
_ATTACHED_WHY = re.compile(
    r"\s*(?:\(\s*|[-–:]\s*)?(?!(?:to|khu|ap|thon|ban|xom|doi|khom|chi\s+bo|phong|khoa|nhom|so)\b)"
    r"[a-z]+(?:\s+[a-z]+){1,}")


def _split_reasons(clause: str, names: tuple[str, ...]) -> list[str]:
    """The clause cut at each "đ/c": each absentee's own words, with a reason written before a name
    ("1 nghỉ thai sản: đ/c A; 1 đi học: đ/c B") moved to that name, and text right after a known name
    that reads as a reason marked by a reason word's stand-in."""
    raw = _CUE_SPLIT.split(clause)
    keys = [fold(n) for n in names]
    own: list[str] = []
    before = ""

    def tail(part: str) -> tuple[str, str]:
        if not part.rstrip().endswith(":"):
            return part, ""
        cut = max(part.rfind(";"), part.rfind(","), part.rfind("("))
        return (part[:cut], part[cut:]) if cut >= 0 else ("", part)

    before = tail(raw[0])[1]
    for part in raw[1:]:
        if not re.search(r"[a-z]", part):  # "vắng 3 đ/c (đ/c A …": the count's own cue
            before += part
            continue
        mine, nxt = tail(part)
        stripped = mine.strip()
        key = next((k for k in keys if stripped.startswith(k)), None)
        why = ""
        if key is not None:
            rest = re.split(r"[,;)]|\s+va\s", stripped[len(key) :], maxsplit=1)[0]
            ahead = re.sub(r"^[\s(;,]*\d*\s*|\s*:\s*$", "", before)  # "1 nghỉ dưỡng sức: đ/c A"
            if any(_ATTACHED_WHY.fullmatch(x.rstrip(" .")) and not re.search(r"\d", x) for x in (rest, ahead)):
                why = " co ly do"
        own.append(before + " " + mine + why)
        before = nxt
    return own


def _explained(clause: str, names: tuple[str, ...] = ()) -> tuple[int, int]:
    """How many absentees in the clause have a written reason (ốm, đi công tác …), and how many none."""
    clause = _REASON_LABEL.sub(" ", clause)  # a form's "Vắng không lý do: …" names no one's reason
    _no = re.compile(_WITHOUT_WORDS.pattern + r"|(?:khong|\bhong)\s+bao(?!\s+cao)")
    _yes = _reason_or_with_re()

    def count(parts: list[str]) -> tuple[int, int]:
        status = ["without" if _no.search(p) else "with" if _yes.search(p) else "" for p in parts]
        for i in range(len(parts) - 2, -1, -1):
            # "đ/c A và đ/c B đi làm ở Bình Dương": the reason after the second name is both's
            # (also with the name the village calls them by: "đ/c Chín Khởi (Lê Văn Khởi) và đ/c Mười Tốt …")
            # (or "với", the next one by byname first: "anh Chín Tới (đồng chí A) với anh Mười Thặng (đồng chí B) …")
            if not status[i] and re.fullmatch(r"[^,;:()\d\n]*(?:\([^()\n]*\))?\)?\s(?:va|cung|voi)"
                                              r"(?:\s+(?:anh|chi|chu|co|ong|ba|em)\s+[^,;:()\d\n]*\()?\s*", parts[i]):
                status[i] = status[i + 1]
        return status.count("with"), status.count("without")

    parts = _CUE_SPLIT.split(clause)[1:]
    found = count(parts)
    if names and len([p for p in parts if re.search(r"[a-z]", p)]) == len(names):
        found = max(found, count(_split_reasons(clause, names)), key=sum)
    if len(parts) <= 1:  # "vắng: Tô Văn Phát bệnh, Lý Văn Rớt đi biển" — one absentee per comma or line
        listed = re.split(r"[:(]", clause, maxsplit=1)[-1]
        found = max(found, count(re.split(r"[,;\n]", listed)), key=sum)
    # " - đ/c A, đ/c B, đ/c C: trực cấp cứu (có LD)": a reason written once for everyone on its line
    lines = [ln for ln in clause.split("\n")[1:] if _CUE_SPLIT.search(ln)]
    if len(lines) >= 2:
        with_r = sum(len(_CUE_SPLIT.findall(ln)) for ln in lines if not _no.search(ln) and _reason_re().search(ln))
        without = sum(len(_CUE_SPLIT.findall(ln)) for ln in lines if _no.search(ln))
        found = max(found, (with_r, without), key=sum)
    return found


_AT_PLACE = re.compile(r"(?:\btai|\bo|\bve|\bden)\s+[^\W\d_]")


_NAME_BROKEN = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[ \t]*\n[ \t]*(?=[^\W\d_])")


def _join_broken_names(text: str, start: int, end: int) -> str:
    """``text`` with the line breaks inside a name within ``[start, end)`` of a wrapped paragraph read as spaces
    (same length): "… (đ/c Nguyễn Thị\nThanh Tâm – nghỉ thai sản)", "… (Thượng úy Lục\nVăn Pảo, có lý do …)"."""
    def space(m: re.Match[str]) -> str:
        at = start + m.start()
        wrapped = at - text.rfind("\n", 0, at) > 50  # a long line wrapped, not names one per line
        if wrapped and m.group(1)[0].isupper() and text[start + m.end()].isupper():
            return m.group(1) + " " * (len(m.group()) - len(m.group(1)))
        return m.group()
    if "\n" not in text[start:end]:
        return text
    return text[:start] + _NAME_BROKEN.sub(space, text[start:end]) + text[end:]


def _absentees(text: str, folded: str, start: int, end: int, absent: int | None = None) -> tuple[str, ...]:
    text = _join_broken_names(text, start, end)
    listed = re.compile(r"\n" + _NAMES_LINE.pattern).search(folded, start, end) or _NAMES_LINE.match(folded, start, end)
    if listed:  # the names are on their own line: read them there, not among the counts
        start = listed.end()
    names = names_after_cues(text, start, end, min_words=1)  # "đ/c Sáu: ốm" in a village cell
    # "(Trần Văn Bình – ốm, Lê Thị Hoa – đi công tác)", or cued and uncued names mixed
    # (not when the cued names already make the count: "Đ/c A – thực tập tại Dung Quất, Quảng Ngãi")
    if not names or (re.search(r"[,;]\s*[^\W\d_]", folded[start:end]) and (absent is None or len(names) < absent)):
        for m in re.finditer(r"^\s*|[(:;,]\s*|\n\s*[-+•*]\s*|\s+va\s+|\s[-–]\s+|\sla\s+", folded[start:end]):
            before = modern_tones(text[start : start + m.start()].rstrip())
            if m.group().startswith("(") and any(before.endswith(n) for n in names):
                continue  # "đ/c Nguyễn Văn Tâm (Tư Tâm)": the name the village calls him by
            name = clean_name(text[start + m.end() : end])
            if name and m.group()[:1] in ",(" and len(name.split()) == 2 and _AT_PLACE.search(
                    folded, max(start, folded.rfind(",", start, start + m.start()) + 1), start + m.start()):
                # "đ/c A làm việc tại KCN Yên Phong, Bắc Ninh", "… tại Đại học Kobe (Nhật Bản)": the address goes on
                continue
            if name and name not in names:
                names.append(name)
        # cued and uncued names were gathered in two passes: put them back in text order
        span = modern_tones(text[start:end])  # names come out in modern tone placement ("Hoà" → "Hòa")
        names.sort(key=lambda n: (span.find(n) if n in span else len(span)))
    # one person named again by the given name: "đồng chí Phạm Thị Thu …, hai đồng chí đi biển và đồng chí Thu"
    names = [n for n in names if not any(o != n and o.endswith(" " + n) for o in names)]
    if absent and len(names) > absent:
        # the count named, a later sentence naming someone else: "… đ/c D hổng có báo lý do. Đ/c Tư Hải có nhắc …"
        span = modern_tones(text[start:end])
        last = span.find(names[absent - 1])
        after = span.find(names[absent], last + 1) if last >= 0 else -1
        # (or a clause after ";": "vắng 1 đ/c là đ/c A không lý do; đ/c Tư nêu lý do cuộc họp …")
        if after > last >= 0 and re.search(r"[.!?;]\s+\S", span[last:after]):
            names = names[:absent]
    return tuple(names)


# A counts table: a header row of labels over a row of numbers, one per column.
_COLUMN = re.compile(
    # (also bare under "Vắng": "… | Vắng | Trong đó: có lý do | không lý do")
    # (or with the reason in brackets: "Vắng (có lý do)", "Vắng (không lý do)")
    r"(?P<with>(?:vang\s+|vang\s*\(\s*(?=[^)\n]*\))|trong\s+do\s*:?\s*)(?:cld|co\s+ly\s+do|co\s+ld|co\s+phep)\)?"
    r"|\bcld\b"
    r"|(?<![a-z] )(?<![a-z]  )co\s+ly\s+do(?=\s*(?:\t|\||$| {2})))"
    r"|(?P<without>(?:vang\s+|vang\s*\(\s*(?=[^)\n]*\)))(?:kld|khong\s+(?:co\s+)?(?:ly\s+do|ld))\)?|\bkld\b"
    r"|(?<![a-z] )khong\s+(?:co\s+)?ly\s+do(?=\s*(?:\t|\||$| {2})))"
    r"|(?P<total>tong\s+so(?:\s+dang\s+vien|\s+dv)?|so\s+(?:dang\s+vien|dv))"
    r"|(?P<exempt>(?:duoc\s+)?mien(?:\s+(?:sh|sinh\s+hoat|cong\s+tac))*)"
    r"|(?P<expected>phai\s+(?:du|sinh\s+hoat|tham\s+du))"
    r"|(?P<present>co\s+mat|hien\s+dien|du\s+hop)"
    r"|(?P<absent>vang(?:\s+mat)?)"
)


_SPLIT_COLUMN = re.compile(r"(?:dang\s+vien\s+)?(?:chinh\s+thuc|du\s+bi)")


def _stacked_counts(lines: list[str]) -> dict[str, int]:
    """Counts from labels one per line, then as many numbers one per line (a counts table flattened column
    after column: "Tổng số đảng viên / Miễn sinh hoạt / … / 41 / 12 / …"); the last label may carry the first
    number on its line, as the meeting reader joins a count label to the number under it."""
    for i in range(len(lines)):
        labels: list[str] = []
        j = i
        while j < len(lines) and ((m := _COLUMN.fullmatch(lines[j].strip(" \t:")))
                                  or _SPLIT_COLUMN.fullmatch(lines[j].strip(" \t:"))):
            labels.append(m.lastgroup or "" if m else f"_{j}")  # ("Chính thức", "Dự bị": counted, not kept)
            j += 1
        if len(labels) < 2:
            continue
        numbers: list[int] = []
        joined = re.fullmatch(r"(.+?)[ \t:]+(\d{1,3})", lines[j].strip()) if j < len(lines) else None
        if joined and (m := _COLUMN.fullmatch(joined.group(1).strip())):
            labels.append(m.lastgroup or "")
            numbers.append(int(joined.group(2)))
            j += 1
        if sum(1 for k in labels if not k.startswith("_")) < 3:
            continue
        while j < len(lines) and len(numbers) < len(labels) and re.fullmatch(r"[ \t]*\d{1,3}[ \t]*", lines[j]):
            numbers.append(int(lines[j]))
            j += 1
        if len(numbers) == len(labels) and len(set(labels)) == len(labels):
            return {k: n for k, n in zip(labels, numbers, strict=True) if not k.startswith("_")}
    return {}


def _filled(line: str) -> bool:
    """A line with content, not blank and not a table's rule ("-----+-----", "|===|===|")."""
    return bool(line.strip()) and not re.fullmatch(r"[\s\-+=|:_—–]+", line)


def _column_counts(folded: str, limit: int) -> dict[str, int]:
    """Counts from a header row of attendance labels over a row holding as many numbers."""
    lines = folded[:limit].split("\n")
    stacked = _stacked_counts(lines)
    if stacked:
        return stacked
    for i, line in enumerate(lines[:-1]):
        labels = [m.lastgroup for m in _COLUMN.finditer(line)]
        if len(labels) < 3 or len(set(labels)) != len(labels) or re.search(r"\d", line):
            continue
        row_at = next((j for j in range(i + 1, min(i + 3, len(lines))) if _filled(lines[j])), None)
        row = lines[row_at] if row_at is not None else ""
        numbers = re.findall(r"(?<![\w/])\d{1,3}(?![\w/])", row)
        if len(numbers) == len(labels) and not re.search(r"[a-z]{3,}", row):
            counts = {k: int(n) for k, n in zip(labels, numbers, strict=True) if k}
            note = _note_under(lines, row_at)
            return counts if note is None else {**counts, "_note": note}
    return _cell_counts(lines)


# "Ghi chú: đ/c A vắng do …" under a counts table: where its absentees are named
_NOTE_LINE = re.compile(r"\s*[-+•*]?\s*(?:ghi\s+chu|ly\s+do(?:\s+vang)?|vang|ten\s+(?:dang\s+vien|dong\s+chi)\s+vang)"
                        r"[^:\n]{0,20}:\s*(?=.*(?:d/c|dong\s+chi|\bdc\b))")


def _note_under(lines: list[str], row_at: int | None) -> int | None:
    if row_at is None:
        return None
    filled = [j for j in range(row_at + 1, min(row_at + 5, len(lines))) if _filled(lines[j])][:3]
    for nxt in filled:
        if re.match(r"\s*[-+•*]?\s*(?:duoc\s+)?mien\s+(?:sh|sinh\s+hoat|cong\s+tac)[^:\n]{0,20}:", lines[nxt]):
            continue  # the exempt named first: "Miễn SH: đ/c A (…)"
        if not _NOTE_LINE.match(lines[nxt]):
            return None
        if re.search(r"\bmien\b", lines[nxt]) and not re.search(r"\bvang\b", lines[nxt]):
            # "Ghi chú: đ/c A được miễn công tác và sinh hoạt đảng": the exempt member, not an absentee (the
            # absentees may be noted on the next line: "Miễn SH: đ/c A (…)" over "Vắng CLD: đ/c B (…)")
            continue
        return sum(len(x) + 1 for x in lines[:nxt])
    return None


_CELL_SEP = re.compile(r"\s*\|\s*|\t+| {2,}")
_COUNT_CELL = re.compile(r"(\d{1,3})(?:\s*(?:d/c|dong\s+chi|dv|nguoi))?")


_BLANK_CELL = re.compile(r"[.…_]{2,}|\s*")
_NONE_CELL = re.compile(r"khong(?:\s+co)?|[-–—]")
_COUNT_CELL_NOTE = re.compile(
    r"(\d{1,3})(?:\s*(?:d/c|dong\s+chi|dv|nguoi))?\s*[(:\-–]\s*(?P<note>[^()]*[a-z][^()]*)\)?")
# (also "Cộng toàn chi bộ", "Cộng chung")
_SUM_ROW = re.compile(r"\s*(?:\|\s*)*(?:tong\s+cong|cong|tong(?:\s+so)?|toan\s+(?:chi\s+bo|cb))"
                      r"(?:\s+(?:chung|toan\s+(?:chi\s+bo|cb)|ca\s+chi\s+bo))?\s*(?:\||\s{2,}|\t)")


# a count with a bar misread beside it by OCR: "03 [", "0 Ì", "[17"
_SPECKED_COUNT = re.compile(r"(?:[\[\]!ìÌíÍ]+|[il](?=\s))?\s*(\d{1,3})\s*(?:[\[\]!ìÌíÍ]+|(?<=\s)[il])?")


def _cells(line: str) -> list[str]:
    if line.count("|") >= 2:  # between bars an empty cell is a cell: "|     | Cộng | 27 | 26 | 1 |     |"
        # (a scan's first bar may come out as a bracket: "[    22    | 02 |20 |17|")
        cells = [c.strip() for c in re.sub(r"^\s*[\[\]](?=\s)", "|", line).strip().strip("|").split("|")]
        return [m.group(1) if (m := _SPECKED_COUNT.fullmatch(c)) else c for c in cells]
    return [c.strip() for c in _CELL_SEP.split(line.strip().strip("|")) if c.strip()]


def _bar_cells(line: str) -> list[tuple[int, int, str]]:
    bars = [m.start() for m in re.finditer(r"\|", line)]
    return [(a + 1, b, line[a + 1 : b].strip()) for a, b in zip(bars, bars[1:], strict=False)]


def _barred_two_row_header(top: str, bottom: str) -> list[str] | None:
    """("| Tổng số | Có mặt |   Vắng        |" over "|         |        | CLD | KLD |"): one label per lower cell."""
    up, labels = _bar_cells(top), []
    for start, end, d in _bar_cells(bottom):
        mid = (start + end) // 2
        u = next((c for a, b, c in up if a <= mid < b + 1), "")
        labels.append(f"{u} {d}" if d and re.fullmatch(r"vang(?:\s+mat)?", u) else d or u)
    if not all(labels) or sum(1 for c in labels if (m := _COLUMN.match(c)) and m.end() == len(c)) < 3:
        return None
    return labels


def _two_row_header(top: str, bottom: str) -> list[str] | None:
    """The labels of a header in two rows pasted from a spreadsheet, the upper cells spanning those under them
    ("Đảng viên | | Có mặt | Vắng |" over "Tổng số | Miễn SH | | Có LD | Không LD"): one label per column
    ("tổng số", "miễn sh", "có mặt", "vắng có ld", "vắng không ld")."""
    if re.search(r"\d", bottom):
        return None
    if top.count("|") >= 3 and bottom.count("|") >= 3:  # drawn with bars: the upper cell over the lower by position
        return _barred_two_row_header(top, bottom)
    if "\t" not in top or "\t" not in bottom:
        return None
    up = [c.strip() for c in top.split("\t")]
    down = [c.strip() for c in bottom.split("\t")]
    width = max(len(up), len(down))
    if width < 3 or sum(1 for c in down if c) < 2:
        return None
    up += [""] * (width - len(up))
    down += [""] * (width - len(down))
    labels, above = [], ""
    for u, d in zip(up, down, strict=True):
        above = u or above
        if not d:
            labels.append(u)
        elif re.fullmatch(r"vang(?:\s+mat)?", above):
            labels.append(f"{above} {d}")  # "Vắng" over "Có LD": the absent with a reason
        else:
            labels.append(d)
    if not all(labels) or sum(1 for c in labels if (m := _COLUMN.match(c)) and m.end() == len(c)) < 3:
        return None
    return labels


# a minute book's column names: "| Tổ ĐV | TS | Miễn SH | CM | V |"
_SHORT_COLUMN = {"ts": "total", "cm": "present", "v": "absent", "msh": "exempt", "pd": "expected"}


def _cell_counts(lines: list[str]) -> dict[str, int]:
    """Counts from a table whose header has columns besides the counts ("| Tổng số | Có mặt | Vắng | Lý do
    vắng |" over "| 15 | 14 | 01 | đ/c A đi học |"): cell by cell, a count under each count label."""
    for i, line in enumerate(lines[:-1]):
        header = _cells(line)
        if len(header) < 3 or re.search(r"\d", line):
            continue
        first = i + 1
        if (two := _two_row_header(line, lines[i + 1])) is not None:
            header, first = two, i + 2
        elif line.count("|") >= 2 and not line.rstrip().endswith("|"):
            # the header's last cell wrapped onto the next line: "| … | Vắng không lý" / "do |"
            wrapped = next((j for j in range(i + 1, min(i + 3, len(lines))) if _filled(lines[j])), None)
            if wrapped is not None and re.fullmatch(r"\s*[^|\d\s][^|\d]*\|\s*", lines[wrapped]):
                header[-1] += " " + lines[wrapped].strip(" |\t")
                first = wrapped + 1
        labels = [m.lastgroup if (m := _COLUMN.match(c)) and m.end() == len(c) else _SHORT_COLUMN.get(c.strip(" .:"))
                  for c in header]
        if sum(1 for k in labels if k) < 3 or len({k for k in labels if k}) != sum(1 for k in labels if k):
            continue
        row_at = next((j for j in range(first, min(first + 2, len(lines))) if _filled(lines[j])), None)
        if row_at is None:
            continue
        # rows by party group ("Tổ 1 | 10 | 10 | 0") summed up in a last row: "Cộng | 27 | 25 | 2"
        total_row = next((j for j in range(row_at, min(row_at + 15, len(lines))) if _SUM_ROW.match(lines[j])), None)
        first_row = row_at
        if total_row is not None:
            row_at = total_row
        row = _cells(lines[row_at])
        if total_row is not None and len(row) == len(header) - 1:
            row = ["", *row]
        if total_row is None and len(row) > len(header) and not any(row[len(header):]):
            row = row[: len(header)]
        if len(row) != len(header) and "\t" in lines[row_at]:
            # a cell left empty between tabs, or at the end (the line's trailing tabs are gone)
            cells = [c.strip() for c in lines[row_at].strip("\n").split("\t")]
            if len(cells) < len(header) and all(cells):
                cells += [""] * (len(header) - len(cells))
            row = cells if len(cells) == len(header) else row
        if len(row) != len(header):
            continue
        counts = {}
        named_in: str | None = None  # "01 (đ/c Lê Văn Sáu - đi tập huấn)": the absentees named in the cell
        for k, cell in zip(labels, row, strict=True):
            if k is None:
                continue
            if _BLANK_CELL.fullmatch(cell):
                # a cell of a filled row left empty ("……"): none away or exempt; a blank head count is not known
                counts[k] = 0 if k in ("absent", "with", "without", "exempt") else None
                continue
            if _NONE_CELL.fullmatch(cell):  # "Không", "—": none
                counts[k] = 0
                continue
            m = _COUNT_CELL.fullmatch(cell) or (
                _COUNT_CELL_NOTE.fullmatch(cell) if k in ("absent", "with", "without") else None)
            if m is None:
                break
            counts[k] = int(m.group(1))
            if m.re is _COUNT_CELL_NOTE and named_in is None:
                named_in = m.group("note")
        else:
            if named_in is not None and total_row is None:
                counts["_note"] = sum(len(x) + 1 for x in lines[:row_at]) + lines[row_at].find(named_in)
                return counts
            notes = [c for k, c in zip(labels, row, strict=True)
                     if k is None and re.search(r"[a-z]{2,}", c) and total_row is None]
            row_line = row_at
            if total_row is not None:  # rows by group: the absentees named in a notes column of any row
                col = next((k for k, c in enumerate(header) if re.match(r"ghi\s+chu|ly\s+do", c)), None)
                for j in range(first_row, total_row) if col is not None else ():
                    cells = _cells(lines[j]) if lines[j].count("|") >= 2 else []
                    if len(cells) > col and re.search(r"[a-z]{2,}", cells[col]):
                        at = sum(len(x) + 1 for x in lines[:j]) + lines[j].find(cells[col])
                        if "_note" in counts:  # more groups with their absentees noted
                            counts.setdefault("_more_notes", []).append(at)  # type: ignore[attr-defined]
                        else:
                            counts["_note"] = at
            if notes:  # "đ/c A đi học" under "Lý do vắng": where the absentees are named
                counts["_note"] = sum(len(x) + 1 for x in lines[:row_line]) + lines[row_line].find(notes[0])
            elif (note := _note_under(lines, row_line)) is not None:
                counts["_note"] = note
            return counts
    return {}


# A member list flattened one cell per line: number, name, status ("Có mặt", "Vắng có lý do"), optional note.
_STATUS = re.compile(
    # (and the codes of a roll's legend: "CM = có mặt; CLD = vắng có lý do; KLD = …; MSH = miễn sinh hoạt")
    r"[ \t]*(?:(?P<present>co\s+mat|x|cm)|(?P<exempt>mien(?:\s+\w+){0,4}|msh)"
    # (a notebook's "Vắng CP" / "Vắng KP": có phép, không phép)
    r"|(?P<without>vang\s+(?:khong\s+(?:co\s+)?(?:ly\s+do|phep)|kld|kp)|v?kld)"
    r"|(?P<with>vang\s+(?:co\s+ly\s+do|cld|co\s+phep|cp)|v?cld)"
    r"|(?P<absent>vang(?:\s+mat)?))[ \t.]*$"
)


def _member_rows(text: str, folded: str, limit: int) -> list[tuple[str, str, str]]:
    """(name, status, note) of each member in a member table flattened one cell per line."""
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"(?m)^.*$", folded[:limit])]
    rows: list[tuple[str, str, str]] = []
    i = 0
    while i + 2 < len(lines):
        (_, num), (n_at, name_line), (_, status_line) = lines[i], lines[i + 1], lines[i + 2]
        status = _STATUS.match(status_line) if re.fullmatch(r"[ \t]*\d{1,3}[.)]?[ \t]*", num) else None
        name = clean_name(text[n_at : n_at + len(name_line)]) if status else None
        if not (status and name):
            i += 1
            continue
        note = ""
        j = i + 3
        if j < len(lines) and lines[j][1].strip() and not re.fullmatch(r"[ \t]*\d{1,3}[.)]?[ \t]*", lines[j][1]):
            note, j = lines[j][1], j + 1
        rows.append((name, status.lastgroup or "", note))
        i = j
    return rows if len(rows) >= 3 else []


# A roll call with no header, one numbered member per line, the status at the end after dot leaders, a tab,
# spaces, a dash or a colon: "6. Lương Văn Định ........ vắng (trực ở bến Ka Long)", "3) Lê Thị Hoa: có mặt".
_ROLL_ROW = re.compile(
    r"[ \t]*(?:\d{1,3}[.)/]|[-+•*])[ \t]+(?P<name>[^\n]*?)(?:[ \t]*(?:[.…]{3,}|\t|[ ]{2,}|[-–—:])[ \t.…]*)"
    r"(?P<status>co\s+mat|vang(?:\s+mat)?(?:\s+(?:co|khong)\s+(?:ly\s+do|phep))?|mien\s+(?:sinh\s+hoat|cong\s+tac))"
    # (the note may hold brackets: "vắng - đi làm ăn xa (Bình Dương), có báo")
    r"[ \t]*(?:[(\-–:,][ \t]*(?P<note>[^\n]*?)\)?)?[ \t.;]*$"
)


_LAST_NAME = re.compile(r"((?:[A-ZĐÀ-Ỹ][^\W\d_]*[ \t]+){1,4}[A-ZĐÀ-Ỹ][^\W\d_]*)[ \t]*(?:\([^)]*\)[ \t]*)?$")
_ROLL_GROUP = re.compile(r"[ \t]*[-+•*]?[ \t]*(?:to(?:\s+dang)?|nhom|khoi|doi|phan\s+xuong|ca)\s+(?:so\s+)?"
                         r"(?:\d{1,2}|[a-z]{1,12})[ \t]*:?[ \t]*(?:\(\d{1,2}\s*(?:dong\s+chi|d\s*/\s*c|dv)\))?[ \t]*")


def _roll_call_rows(text: str, folded: str, limit: int) -> list[tuple[str, str, str]]:
    """(name, status, note) of each member in a numbered roll call without a header (at least three rows)."""
    rows: list[tuple[str, str, str]] = []
    # the marks a legend explains: "Điểm danh (CM: có mặt; VCL: vắng có lý do; VKL: vắng không lý do):"
    legend = {k: fold(v) for k, v in _legend(text[:limit]).items() if len(k) >= 2}
    codes = "|".join(map(re.escape, legend))
    coded = re.compile(r"(?<=[-–—:][ ])(" + codes + r")(?=[ \t]*(?:\(|$))") if legend else None
    for m in re.finditer(r"(?m)^.*$", folded[:limit]):
        line = coded.sub(lambda c: legend[c.group(1)], m.group(0)) if coded else m.group(0)
        row = _ROLL_ROW.fullmatch(line)
        if row is None and rows and _ROLL_GROUP.fullmatch(m.group(0)):
            continue  # the roll called group by group: "Tổ đảng số 2" over its members
        if row is None:
            if len(rows) >= 3:
                break
            if m.group(0).strip():
                rows = []
            continue
        # the name's own cell: "Ka Hương           Thủ kho" has a column of offices after it
        cell = re.split(r"\t| {2,}", text[m.start() + row.start("name") : m.start() + row.end("name")])[0]
        name = clean_name(cell)
        if name is None and (last := _LAST_NAME.search(cell)):
            name = clean_name(last.group(1))  # an office or a title before it: "ĐD trưởng khoa Lê Thị Hoa"
        if name is None:
            rows = []
            continue
        status = row.group("status")
        kind = ("present" if status.startswith("co") else "exempt" if status.startswith("mien")
                else "without" if "khong" in status else "with" if re.search(r"\sco\s", status) else "absent")
        rows.append((name, kind, row.group("note") or ""))
    return rows if len(rows) >= 3 else []


# A roll marked name by name, one or two members a line ("4. Phạm Văn Lực .......... ✓", "✓ Y Kô Byă",
# "6. Lò Văn Ún     x           18. Hà Thị Tâm     x", "3  Sùng A Dế     có      12  Giàng Thị Say    v (ốm)"):
# the unmarked are away or exempt, as the words beside them say ("v (đi làm ăn xa)", "- ốm", "(miễn SH, tuổi cao)")
_TICK = re.compile(r"[✓✔☑√]")
_ROLL_MARKER = re.compile(r"[ \t]*(?:\d{1,3}[.)/]?[ \t]+|[-+•*][ \t]+)?")
_ROLL_SPLIT = re.compile(r"[ \t]*(?:[.…]{2,}|\t|[ ]{2,}|(?=\()|[ ][-–][ ])[ \t.…]*")
_PRESENT_MARK = re.compile(r"(?:[✓✔☑√]|x|\+|co(?:\s+mat)?|cm)(?:\s*[(\-–:,].*)?")  # ("có (đến muộn 15')")
_EMPTY_BOX = re.compile(r"[☐□▢❏❑◻⬜○◯]|\[\s*\]|\(\s*\)")
# where a second member starts on the line: a row number, a tick, or a name after a wide gap
_NEXT_MEMBER = re.compile(r"[ \t]+(?=\d{1,3}[.)][ \t]+[^\W\d_])|[ \t]{2,}(?=\d{1,3}[ \t]+[^\W\d_]|[✓✔☑√][ \t]*[^\W\d_])"
                          r"|[ \t]{3,}(?=[A-ZĐÀ-Ỹ][^\W\d_]*[ ][A-ZĐÀ-Ỹ])")


def _roll_entry(entry: str) -> tuple[str, str, bool] | None:
    """(name, kind, marked present) of one member of a marked roll, or None when it is no such entry."""
    body = entry[_ROLL_MARKER.match(entry).end() :].strip()
    lead_tick = _TICK.match(body) or re.search(r"[ \t]+[✓✔☑√][ \t]*$", body)  # (or after the name: "1. A ✓")
    if lead_tick:
        body = (body[lead_tick.end() :] if lead_tick.start() == 0 else body[: lead_tick.start()]).strip()
    cut = _ROLL_SPLIT.search(body, 1)
    name_part, rest = (body[: cut.start()], body[cut.end() :]) if cut else (body, "")
    name = clean_name(name_part)
    if not (name and " " in name and not re.search(r"\d", name_part)):
        return None
    f = fold(rest).strip(" .")
    if lead_tick or _PRESENT_MARK.fullmatch(f):
        return name, "present", True
    if re.search(r"\bmien\b", f):
        return name, "exempt", False
    why = re.sub(r"^(?:v|vang(?:\s+mat)?)\b", "", f.strip(" ()-–")).strip(" ()-–,:")
    return name, "without" if _NO_REASON.search(f) else "with" if re.search(r"[a-z]{2,}", why) else "absent", False


def _ticked_roll(text: str) -> list[tuple[str, str]]:
    """(name, kind) of each member of the longest roll marked line by line (at least three marked present)."""
    best: list[tuple[str, str]] = []
    run: list[tuple[str, str]] = []
    ticks = 0
    for line in [*text.split("\n"), ""]:
        entries = None
        if line.strip() and len(line) < 200:
            cuts = [0, *(m.end() for m in _NEXT_MEMBER.finditer(line, len(line) - len(line.lstrip()) + 1)), len(line)]
            entries = [_roll_entry(line[a:b]) for a, b in zip(cuts, cuts[1:], strict=False) if line[a:b].strip()]
            if not entries or None in entries:
                entries = None
        if entries is None:
            if ticks >= 3 and len(run) > len(best) and ticks * 2 >= len(run):
                best = run
            run, ticks = [], 0
            continue
        for name, kind, marked in entries:  # type: ignore[misc]
            run.append((name, kind))
            ticks += marked
    return best


# "Đảng viên có mặt gồm các đồng chí (theo thứ tự ký sổ):" over the names one per line: those present, counted
_PRESENT_LIST = re.compile(r"co\s+mat\s+(?:gom|la|co)?\s*(?:cac\s+)?(?:dong\s+chi|d\s*/\s*c|dang\s+vien)?"
                           r"[^:\n\d]{0,40}:[ \t]*\n")
_LISTED_NAME = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[-+•*])[ \t]*(?:(?:dong\s+chi|d\s*/\s*c)[ \t]+)?(?P<name>[^\n]+)")


def _present_listed(text: str, folded: str, limit: int) -> int | None:
    m = _PRESENT_LIST.search(folded, 0, limit)
    if m is None:
        return None
    count, at = 0, m.end()
    for line in folded[at:].split("\n"):
        row = _LISTED_NAME.fullmatch(line)
        if row is None or not clean_name(text[at + row.start("name") : at + row.end("name")]):
            break
        count += 1
        at += len(line) + 1
    return count if count >= 2 else None


# The absent listed apart, often in an annex after the signatures: a title naming them, then numbered
# rows with no header ("1 | Tôn Nữ Thanh Trúc | Vắng có lý do | Nghỉ phép", "2. Lê Văn Tám – đi học").
_ANNEX_TITLE = re.compile(
    # (an annex's part of its own: "B. Đảng viên vắng mặt (02 đồng chí)")
    r"(?m)^[ \t]*(?:(?:[a-eA-E]|[ivxIVX]{1,3}|\d)[.)][ \t]*)?(?:danh\s+sach\s+)?(?:(?:cac|nhung)\s+)?"
    r"(?:dang\s+vien|dong\s+chi|dv)\s+vang(?:\s+mat)?\b"
    r"[^\n:]{0,80}:?[ \t]*$")
_ANNEX_ROW = re.compile(
    # numbered ("1 | Nguyễn Văn A | ốm"), or one member a line after a dash or the title "đ/c" ("Đ/c Lê Thị Lan (ốm)")
    r"[ \t]*\|?[ \t]*(?:\d{1,3}[.)]?[ \t]*(?:\||\t|[ ]{2,}|(?<=[.)])[ ]|[ ](?=\w))|[-+•*][ \t]*"
    r"|(?=(?:d\s*/\s*c|dong\s+chi)[ \t]))[ \t]*(?:(?:d\s*/\s*c|dong\s+chi)[ \t]+)?(?P<name>[^|\t\n(]+?)"
    r"(?:[ \t]*(?:\||\t|[ ]{2,}|[-–:])[ \t]*(?P<rest>[^\n]*?)|[ \t]*\((?P<why>[^)\n]*)\)[ \t.;]*)?[ \t|]*")


def _annexed_absentees(text: str, folded: str) -> list[tuple[str, str, str]]:
    """(name, status, note) of each member in a titled list of the absent (numbered rows, no header)."""
    for title in _ANNEX_TITLE.finditer(folded):
        rows: list[tuple[str, str, str]] = []
        at = title.end() + 1
        for m in re.finditer(r"(?m)^.*$", folded[at:]):
            if not m.group(0).strip():
                if rows:
                    break
                continue
            row = _ANNEX_ROW.fullmatch(m.group(0))
            start = at + m.start()
            name = clean_name(text[start + row.start("name") : start + row.end("name")]) if row else None
            if name is None:
                break
            rest = (row.group("rest") or row.group("why") or "").strip(" |")
            kind = "without" if _NO_REASON.search(rest) else "with" if re.search(r"[a-z]{2,}", rest) else "absent"
            rows.append((name, kind, rest))
        if rows:
            return rows
    return []


# A member table read by its header: one cell per line, or one row per line with cells apart.
_HEADER_LABELS = [
    ("stt", r"s?tt|so\s+(?:tt|thu\s+tu)"),
    ("name", r"(?:ho\s+(?:va\s+)?ten|ho\s+ten|ten)(?:\s+(?:dang\s+vien|dong\s+chi))?(?:\s+vang(?:\s+mat)?)?"
             r"|(?:dang\s+vien|dong\s+chi)(?:\s+vang(?:\s+mat)?)?"),
    (
        "status",
        r"tinh\s+(?:hinh|trang)(?:\s+(?:du(?:\s+hop|\s+sinh\s+hoat)?|tham\s+du|sinh\s+hoat))?|trang\s+thai"
        r"|diem\s+danh|(?:co\s+mat|du(?:\s+hop)?)\s*/\s*vang(?:\s+mat)?",
    ),
    ("with", r"(?:vang\s+)?(?:co\s+(?:ly\s+do|ld)|cld|co\s+phep)"),  # (also "Vắng có LD")
    ("without", r"(?:vang\s+)?(?:khong\s+(?:co\s+)?(?:ly\s+do|ld)|kld)"),
    ("exempt", r"(?:duoc\s+)?mien(?:\s+(?:sh|sinh\s+hoat|cong\s+tac|shd|sh\s*(?:&|va)\s*ct))?"),
    # "Lý do vắng" beside the names: a list of the absentees and why
    ("absent", r"vang(?:\s+mat)?(?:\s*\(\s*(?:ghi\s+ro\s+)?ly\s+do\s*\))?|ly\s+do\s+vang(?:\s+mat)?"),
    ("present", r"co\s+mat|du(?:\s+hop)?|tham\s+du|hien\s+dien"),
    ("reason", r"ly\s+do(?:\s*/\s*ghi\s+chu)?"),  # ("Lý do / Ghi chú")
    ("note", r"ghi\s+chu(?:\s*/\s*ly\s+do)?"),
    (
        "other",
        r"chuc\s+(?:vu|danh)(?:\s+\w+){0,2}|don\s+vi|nam\s+sinh|ngay\s+sinh|ky\s+(?:ten|nhan)|nhiem\s+vu"
        r"|cap\s+bac|quan\s+ham"
        r"|bo\s+phan|to(?:\s+dang|\s+san\s+xuat|\s+cong\s+tac|\s+chuyen\s+mon)?|(?:phan\s+)?xuong|ca(?:\s+lam\s+viec)?"
        r"|khoa|phong|gioi\s+tinh|ngay\s+vao\s+dang|so\s+the(?:\s+dang(?:\s+vien)?)?"
        r"|que\s+quan|dia\s+chi|chuyen\s+mon|trinh\s+do(?:\s+\w+){0,2}|noi\s+(?:o|cong\s+tac)"
        # (where a residential cell's member lives: "Tổ dân phố", "Khu phố", "Thôn")
        r"|to\s+dan\s+(?:pho|cu)|khu\s+(?:pho|dan\s+cu)|thon|ap|xom|ban|dia\s+ban|don\s+vi\s+cong\s+tac",
    ),
]
_LABEL_RE = [(kind, re.compile(rf"(?:{pat})")) for kind, pat in _HEADER_LABELS]
_ATT_KINDS = {"present", "absent", "with", "without", "status", "exempt"}
_ROW_NO = re.compile(r"[ \t]*(\d{1,3})[.)]?[ \t]*")
_MARK = re.compile(r"(?:x|✓|✔|☑|v|\+|\*|co(?:\s+mat)?)(?:\s*[(\-–:,]\s*(?P<rest>[^)]*)\)?)?[ \t.]*")
_NO_REASON = re.compile(_WITHOUT_WORDS.pattern + r"|\bkld\b|khong\s+bao\b(?!\s+cao)")  # (a row's "Không báo")
_HAS_REASON = re.compile(r"co\s+(?:ly\s+do|phep|bao\s+cao)|\bcld\b|xin\s+phep")
_TABLE_END = re.compile(r"(?:cong|tong(?:\s+so)?|ket\s+qua|noi\s+dung|chu\s+tri|thu\s+ky)\b|[ivx]+\.\s|\d+\.\s|.*:")


def _label(cell: str) -> str | None:
    """The kind of column a header cell names, or None when it is no attendance-table label."""
    key = re.sub(r"\s+", " ", fold(cell)).strip(" \t.:*")
    if not key:
        return None
    kind = next((kind for kind, p in _LABEL_RE if p.fullmatch(key)), None)
    if kind is None and re.search(r"[/,]", key):  # "Chức vụ / Đơn vị": two labels of one column
        parts = {_label(part) for part in re.split(r"\s*[/,]\s*", key) if part.strip()}
        # ("Chức vụ, ghi chú": a note beside the office is no status either)
        kind = "other" if parts and parts <= {"other", "note"} and "other" in parts else None
    return kind


_ABSENTEES_TITLE = re.compile(r"vang(?:\s+mat)?\b")


def _titled_absentees(lines: list[str], at: int) -> bool:
    """Whether the lines just above a table title it a list of the absent ("DANH SÁCH ĐẢNG VIÊN VẮNG MẶT")."""
    return any(_ABSENTEES_TITLE.search(fold(ln)) for ln in lines[max(0, at - 3) : at] if len(ln.strip()) < 90)


def _header(cells: list[str], absentees: bool = False) -> list[str] | None:
    """Column kinds of a header row: a name column and at least one attendance column (under a title naming
    the absent, "Lý do" is why each was absent)."""
    kinds = [_label(c) for c in cells]
    if kinds.count("absent") == 2:  # "Có mặt | Vắng | Lý do vắng": the reason's column beside the absence's
        kinds = ["reason" if k == "absent" and fold(c).startswith("ly do") else k
                 for k, c in zip(kinds, cells, strict=True)]
    # "Đảng viên vắng | Lý do": the name column's own title says whom the table lists
    absentees = absentees or any(
        k == "name" and re.search(r"\bvang\b", fold(c)) for k, c in zip(kinds, cells, strict=True))
    if absentees and "absent" not in kinds:  # (a table with its own "Vắng" column keeps "Lý do" as the reason)
        kinds = ["absent" if k == "reason" else k for k in kinds]
    if None in kinds or len(kinds) < (2 if absentees else 3):
        return None  # (a list of the absent may be just names and why: "Họ và tên | Lý do")
    named = [k for k in kinds if k not in ("other",)]
    if kinds.count("name") == 1 and kinds.count("note") == 1 and not _ATT_KINDS & set(named):  # type: ignore[arg-type]
        # "STT | Họ và tên | Chức vụ | Ghi chú" listing the whole cell: who was away, or exempt, is noted
        return ["noted" if k == "note" else k for k in kinds]  # type: ignore[misc]
    if kinds.count("name") != 1 or len(named) != len(set(named)) or not _ATT_KINDS & set(named):  # type: ignore[arg-type]
        return None
    return kinds  # type: ignore[return-value]


# a note that says why a listed member was away without the word "vắng": "Nghỉ ốm", "Đi công tác Hà Nội"
_NOTED_AWAY = re.compile(r"^(?:nghi\s+(?:om|phep|benh|che\s+do|thai\s+san|san)|om\b|nam\s+vien"
                         r"|di\s+(?:cong\s+tac|hoc|vien))")


def _cell_kind(cols: dict[str, str], kinds: list[str]) -> str:
    """present / with / without / absent (reason unknown) / exempt / "" of one table row."""
    # (a box left empty is no mark: "| ☐ | ☑ |" under "Có mặt | Vắng")
    f = {k: "" if _EMPTY_BOX.fullmatch(v.strip()) else fold(v).strip() for k, v in cols.items()}
    if "noted" in f:  # a member of the cell's list: present unless the note says otherwise
        noted = f.pop("noted")
        if noted.startswith("mien"):
            return "exempt"
        if not noted.startswith("vang"):
            away = _NOTED_AWAY.search(noted) and not re.search(r"co\s+mat|den\s+(?:muon|tre)|ve\s+som", noted)
            return "with" if away else "present"
        f["status"] = noted
    if f.get("present") in ("-", "–", "—", "0"):
        f["present"] = ""  # a dash in the "Dự" column: not there
    marks = {k: _MARK.fullmatch(v) for k, v in f.items() if v}
    notes = " ".join(f.get(k, "") for k in ("reason", "note"))
    if f.get("exempt") or any(f.get(k, "").startswith("mien") for k in ("status", "absent", "note", "reason")):
        if not marks.get("present"):
            return "exempt"
    if marks.get("present"):
        return "present"
    if f.get("present") and not f.get("status"):
        f["status"] = f["present"]  # "Vắng KLD" typed in the "Có mặt" column
    if f.get("with"):
        return "with"
    if f.get("without"):
        return "without"
    reason = notes
    if f.get("status"):
        s = _STATUS.fullmatch(f["status"])
        if not s:
            # "Vắng - có lý do (nằm viện)", "Có mặt (đến muộn)": the status first, then words about it
            st = f["status"]
            if re.match(r"co\s+mat|du\b|x\b", st):
                return "present"
            if not st.startswith("vang"):
                return ""
            reason = f"{st[4:]} {notes}"
        else:
            kind = s.lastgroup or ""
            if kind != "absent":
                return kind
    elif f.get("absent"):
        m = marks.get("absent")
        reason = f"{m.group('rest') or ''} {notes}" if m else f"{f['absent']} {notes}"
        reason = re.sub(r"^\s*vang(?:\s+mat)?\b", "", reason)
    elif "present" in kinds and (notes.strip() or not (_ATT_KINDS - {"present"}) & set(kinds)):
        pass  # an empty "Có mặt" cell: absent, the reason (if any) in its own column
    else:
        return ""
    if _NO_REASON.search(reason):
        return "without"
    if _HAS_REASON.search(reason) or re.search(r"[^\W\d_]", reason):
        return "with"  # any written reason
    return "absent"


def _row(cells: list[str], kinds: list[str]) -> tuple[str, str] | None:
    """(name, kind) of a row whose cells line up with the header's ``kinds``."""
    if len(cells) > len(kinds):
        if any(c.strip() for c in cells[len(kinds) :]):
            return None
        cells = cells[: len(kinds)]
    cells = cells + [""] * (len(kinds) - len(cells))
    cols = {k: c for k, c in zip(kinds, cells, strict=True) if k != "other"}
    name = clean_name(cols.get("name", ""))
    return (name, _cell_kind(cols, kinds)) if name else None


def _one_cell_per_line(lines: list[str]) -> list[tuple[str, str]]:
    """Rows of a table flattened one cell per line under a header of one label per line."""
    for i in range(len(lines)):
        if _label(lines[i]) != "stt":
            continue
        j = i
        while j < len(lines) and lines[j].strip() and _label(lines[j]):
            j += 1
        kinds = _header(lines[i:j], _titled_absentees(lines, i))
        if not kinds:
            continue
        rows: list[tuple[str, str]] = []
        pos, n = j, len(kinds)
        while pos < len(lines) and not lines[pos].strip() and pos < j + 2:
            pos += 1
        while pos < len(lines):
            no = _ROW_NO.fullmatch(lines[pos])
            if not no:
                break
            nxt = str(int(no.group(1)) + 1)
            # the next row starts at the next number, normally n lines on (an empty cell is an empty line)
            starts = [
                k
                for k in range(pos + 2, min(pos + n + 3, len(lines)))
                if (m := _ROW_NO.fullmatch(lines[k])) and m.group(1).lstrip("0") == nxt
            ]
            end = min(starts, key=lambda k: abs(k - pos - n)) if starts else min(pos + n, len(lines))
            cells = lines[pos:end]
            if not starts:  # the last row: the text after the table is no cell
                for k, c in enumerate(cells):
                    if k >= 2 and c.strip() and _TABLE_END.match(fold(c).strip()) and "present" not in fold(c):
                        cells = cells[:k]
                        break
            row = _row(cells, kinds)
            if row is None:
                break
            rows.append(row)
            pos = end
        if len(rows) >= 2 and not ("noted" in kinds and all(k == "present" for _, k in rows)):
            return rows
    return []


_SEP = re.compile(r"\t+| {2,}")


def _split(line: str, unit: int, width: int) -> list[str]:
    """Cells of a row typed on one line; a gap about twice the usual, or tabs in a row, skip a cell.

    A row never has more than ``width`` cells: the widest gaps keep their skips, the others lose them.
    """
    line = line.rstrip()
    seps = list(_SEP.finditer(line))
    skips = [g.count("\t") - 1 if "\t" in g else max(0, round(len(g) / unit) - 1) for g in (m.group(0) for m in seps)]
    while len(seps) + 1 + sum(skips) > width and sum(skips):
        k = max(range(len(skips)), key=lambda i: (skips[i] > 0, -len(seps[i].group(0)), i))
        skips[k] -= 1  # the narrowest gap that skips a cell gives it up first
    cells: list[str] = []
    pos = 0
    for m, skip in zip(seps, skips, strict=True):
        cells.append(line[pos : m.start()])
        cells.extend([""] * skip)
        pos = m.end()
    cells.append(line[pos:])
    return cells


# "(x: có mặt; P: vắng có phép; K: vắng không phép)": what the marks in a roll-call column mean
_LEGEND = re.compile(r"(?<![\w])([A-Za-z]{1,3})\s*[:=]\s*((?:có mặt|vắng)(?:\s+(?:có|không)\s+(?:phép|lý do))?)",
                     re.IGNORECASE)


def _legend(text: str) -> dict[str, str]:
    return {m.group(1).lower(): m.group(2) for m in _LEGEND.finditer(text)}


def _under_header(header: str, row: str, width: int) -> list[str] | None:
    """A row typed with spaces under its header, each cell read under the column it starts beneath
    ("1    Lê Thị Mai              x" under "STT  Họ tên                  Dự    Ghi chú"): None when the row's
    cells do not line up with the header's (typed with tabs, or shifted)."""
    if "\t" in header or "\t" in row:
        return None
    labels = [m.span() for m in re.finditer(r"\S+(?: \S+)*", header)]  # (" TT   Họ và tên  …": a space before)
    starts = [a for a, _ in labels]
    if len(starts) != width:
        return None
    gaps = {len(g) for g in re.findall(r"(?<=\S) {2,}(?=\S)", header)}
    if len(gaps) == 1 and all(len(g) % min(gaps) == 0 for g in re.findall(r"(?<=\S) {2,}(?=\S)", row)):
        # cells joined by one gap, a double gap for an empty cell (a Word table read out): counted, not placed
        return None
    cells = [""] * width
    for m in re.finditer(r"\S+(?: \S+)*", row):
        # every cell starts where its column does (typed aligned), else the cells are counted, not placed
        col = min(range(width), key=lambda k: abs(starts[k] - m.start()))
        # (a mark may sit in the middle of its column: "x" under "Có mặt")
        under = next((k for k, (a, b) in enumerate(labels) if len(m.group()) <= 2 and a <= m.start() < b), None)
        if under is not None:
            col = under
        elif abs(starts[col] - m.start()) > 2 or (col + 1 < width and m.end() > starts[col + 1] + 2):
            return None
        cells[col] = f"{cells[col]} {m.group()}".strip()
    return cells


def _one_row_per_line(lines: list[str], legend: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """Rows of a table typed one row per line, cells apart by runs of spaces or by tabs."""
    for i, line in enumerate(lines):
        piped = line.count("|") >= 2  # "TT | Họ và tên | Có mặt | Vắng (lý do)": every cell between bars
        head = [c.strip() for c in line.strip().strip("|").split("|")] if piped else [
            c for c in _SEP.split(line.strip()) if c.strip()]
        kinds = _header(head, _titled_absentees(lines, i)) if len(head) >= 2 else None
        if not kinds:
            continue
        header_gaps = [len(g) for g in re.findall(r" {2,}", line.strip())]
        rows: list[tuple[str, str]] = []
        for row_line in lines[i + 1 :]:
            if not row_line.strip():
                if rows:
                    break
                continue
            stripped = row_line.strip()
            if not _filled(row_line):
                continue  # the rule under the header ("----+------")
            if stripped.isupper() and len(stripped.split()) > 1 and not _SEP.search(stripped) and "|" not in stripped:
                break  # a heading in capitals after the table ("NỘI DUNG SINH HOẠT")
            if piped and rows and re.match(r"\|\s*\|", stripped):
                continue  # a cell wrapped onto the next line, the row number cell empty
            if not piped and rows and re.match(r"\t{2,}|[ ]{8,}", row_line):
                continue  # a later cell wrapped onto the next line, the first cells empty ("\t\t\t\t\ttại Trường …")
            if kinds[0] == "stt" and not re.match(r"\d{1,3}[.)]?(?:\t| {2,}|\s*\|)", stripped.lstrip("| ")):
                break  # (a row may open with a bar: "|  1  | Phùng Thị Ngọc Bích | …")
            if piped:
                if "|" not in stripped:
                    break
                cells = [c.strip() for c in stripped.strip("|").split("|")]
            else:
                cells = _under_header(line, row_line, len(kinds))
                if cells is None:
                    gaps = [len(g) for g in re.findall(r"(?<! ) {2,}(?! )", stripped)]
                    unit = min(gaps + header_gaps) if gaps or header_gaps else 2
                    cells = _split(stripped, unit, len(kinds))
            if legend:  # "P (đi học)" under "(P: vắng có phép)" reads "vắng có phép (đi học)"
                cells = [_read_mark(c, legend) for c in cells]
            row = _row(cells, kinds)
            if row is None:
                break
            rows.append(row)
        if "noted" in kinds and all(k == "present" for _, k in rows):
            continue  # notes that mark nobody away or exempt: a list of names, not of attendance
        if len(rows) >= 2 or (rows and not {"present", "status", "noted"} & set(kinds)) or (
                rows and all(k in ("absent", "with", "without") for _, k in rows)):
            return rows  # a list of the absentees may hold one
    return []


# The meeting reader joins a count label to the number on the next line ("Có mặt\n2" -> "Có mặt 2", same
# offsets); in a flattened table that number is the next row's, so the cells are split again.
_JOINED = re.compile(
    r"([ \t]*(?:co\s+mat|vang(?:\s+mat)?(?:\s+co\s+ly\s+do|\s+khong\s+ly\s+do)?|tong\s+so(?:\s+dang\s+vien)?"
    r"|(?:duoc\s+)?mien(?:\s+\w+){0,3}|phai\s+du)[ \t]*)[ :]([ \t]*\d{1,3}[.)]?[ \t]*)"
)


def _table_rows(text: str, limit: int) -> list[tuple[str, str]]:
    """(name, kind) of each member in a member table with a header of column labels."""
    lines = text[:limit].split("\n")
    split: list[str] = []
    for line in lines:
        m = _JOINED.fullmatch(fold(line))
        split.extend([line[: m.end(1)], line[m.end(1) + 1 :]] if m else [line])
    return _one_cell_per_line(split) or _one_row_per_line(lines, _legend(text[:limit]))


def _read_mark(cell: str, legend: dict[str, str]) -> str:
    m = re.match(r"\s*([A-Za-z]{1,2})(?=\s|\(|$)", cell)
    if m and m.group(1).lower() in legend and m.group(1).lower() != "x":
        return legend[m.group(1).lower()] + cell[m.end() :]
    return cell


_BAR_ROW = re.compile(  # the count may name what it counts and whom: "| Vắng có lý do | 02 đồng chí (đ/c A …) |"
    r"(?m)^[ \t]*(?P<lead>\|)?(?P<label>[^|\n]*[^\W\d_][^|\n]*)\|"
    # (or whom after a colon: "| Vắng có lý do | 03: BS. Trần Văn Hoà (trực cấp cứu), … |")
    r"(?P<value>[ \t]*\d{1,3}(?:[ \t]*(?:[đd]/c|đồng chí|dong chi|[đd]v|người|nguoi)\b[^|\n]*|[ \t]*\([^|\n]*"
    r"|[ \t]*[:\-–][ \t]*[^\W\d_][^|\n]*)?[ \t]*)"
    r"\|(?P<rest>[^\n]*)$")
_BAR_MORE = re.compile(  # a cell wrapped onto the next row, not the table's "Cộng" row
    r"(?m)\n(?=[ \t]*\|(?:[ \t]*\|){1,3}[ \t]*(?!(?:tổng cộng|cộng|tổng|tong cong|cong|tong)\b)(?:[^\W\d_]|\())",
    re.IGNORECASE)


_BAR_ROW_NUMBERED = re.compile(
    r"(?m)^[ \t]*(?P<lead>\|)?[ \t]*(?P<no>\d{1,2})[ \t]*\|(?P<label>[^|\n]*[^\W\d_][^|\n]*)\|"
    r"(?P<value>[ \t]*\d{1,3}(?![\d/.]))(?P<rest>[^|\n]*)(?:\||$)")


def _bar_rows_as_labels(s: str) -> str:
    """A counts table written label | number | note, one row per count ("| Có mặt | 29 | |"), as
    "label: number; note" (same length, so offsets hold); a note wrapped onto the next row joins it."""
    if s.count("|") < 6:
        return s
    out = list(s)
    for m in _BAR_ROW_NUMBERED.finditer(s):  # " 2  | Đảng viên có mặt | 20": the row number is no count
        if not _COLUMN.search(fold(m.group("label"))):
            continue  # a row of a table by group ("| 2 | Xưởng may | 7 | 6 | 1 |"), read cell by cell
        if m.group("lead"):
            out[m.start("lead")] = " "
        for i in range(m.start("no"), m.end("no")):
            out[i] = " "
        out[m.start("label") - 1] = " "
        out[m.end("label")] = ":"
        if m.end("rest") < len(s) and s[m.end("rest")] == "|":
            out[m.end("rest")] = ";"
    for m in _BAR_ROW.finditer(s):  # the table's outer bars may be left out: "Có mặt | 20 |"
        if len(re.findall(r"(?:^|\|)[ \t]*\d{1,3}[ \t]*(?=\|)", m.group("rest"))) >= 2:
            continue  # "| Tổ 1 | 12 | 3 | 9 | 8 | 1 | 0 |": a row of a table by group, read cell by cell
        if m.group("lead"):
            out[m.start("lead")] = " "
        elif not _COLUMN.match(fold(m.group("label").strip())):
            continue  # "Tổ Tuần tra | 07 | 06 | 01": a row of a table by group, read cell by cell
        out[m.end("label")] = ":"
        out[m.end("value")] = ";"
        for i in range(m.start("rest"), m.end("rest")):
            if out[i] == "|":
                out[i] = " "
    joined = "".join(out)
    for m in _BAR_MORE.finditer(joined):  # "|   |   | Đào Thị Hằng (ốm) |" goes on the row above
        out[m.start()] = " "
        line_end = joined.find("\n", m.end())
        for i in range(m.end(), line_end if line_end >= 0 else len(joined)):
            if out[i] == "|":
                out[i] = " "
    return "".join(out)


# The same table pasted from a spreadsheet, cells apart by tabs: "3<TAB>Đảng viên có mặt<TAB>22<TAB>…"
_TAB_ROW_NUMBERED = re.compile(
    r"(?m)^[ ]*(?P<no>\d{1,2})[.)]?(?P<t1>\t+)(?P<label>[^\t\n]*[^\W\d_][^\t\n]*?)[ ]*(?P<t2>\t+)[ ]*"
    r"(?P<value>\d{1,3})(?![\d/.])[ ]*(?P<t3>\t+|$)")


def _tab_rows_as_labels(s: str) -> str:
    """Rows of a tabbed counts table, one count per row, as "label: number; note" (same length)."""
    if "\t" not in s:
        return s
    out = list(s)
    for m in _TAB_ROW_NUMBERED.finditer(s):
        if not _COLUMN.search(fold(m.group("label"))):
            continue  # a row of a table by group or a member list, read cell by cell
        for i in range(m.start("no"), m.end("t1")):
            out[i] = " "
        out[m.start("t2")] = ":"
        for i in range(m.start("t2") + 1, m.end("t2")):
            out[i] = " "
        if m.group("t3"):
            out[m.start("t3")] = ";"
            for i in range(m.start("t3") + 1, m.end("t3")):
                out[i] = " "
    return "".join(out)


def _counts_rows_as_labels(s: str) -> str:
    """Counts tables one count per row, between bars or tabs, as "label: number; note" (same length)."""
    return _tab_rows_as_labels(_bar_rows_as_labels(_split_rows_as_totals(_slashed_counts(s))))


# a form's one question for several counts, its answer the counts in the same order: "Tổng số đảng viên / miễn
# sinh hoạt / có mặt / vắng *" over "26 / 2 / 22 / 2" (or after it: "… / vắng : 26 / 2 / 22 / 2")
_SLASHED_LABELS = re.compile(r"(?m)^[ \t]*(?P<labels>[^\W\d_][^/\n:\d]{1,40}"
                             r"(?:[ \t]*/[ \t]*[^\W\d_][^/\n:\d]{1,40}){2,7})"
                             r"[ \t]*[*:]?[ \t]*\n?[ \t]*(?P<counts>\d{1,3}(?:[ \t]*/[ \t]*\d{1,3}){2,7})[ \t]*$")


def _slashed_counts(s: str) -> str:
    """The labels and their counts joined as "Tổng số đảng viên: 26; miễn sinh hoạt: 2; …" (same length)."""
    if "/" not in s:
        return s
    out = None
    for m in _SLASHED_LABELS.finditer(s):
        labels = [x.strip().rstrip("*").strip() for x in m["labels"].split("/")]
        counts = [x.strip() for x in m["counts"].split("/")]
        if len(labels) != len(counts) or not any(_COLUMN.search(fold(x)) for x in labels):
            continue
        said = "; ".join(f"{label}: {n}" for label, n in zip(labels, counts, strict=True)) + "."
        width = m.end() - m.start()
        if len(said) > width:
            continue
        out = list(s) if out is None else out
        out[m.start() : m.end()] = list(said.ljust(width))
    return s if out is None else "".join(out)


# "| Nội dung | Chính thức | Dự bị | Cộng |": each count told for the official and the probationary members
# apart, then together
_SPLIT_HEADER = re.compile(r"(?i)chính thức|chinh thuc")
_TOTAL_CELL = re.compile(r"(?:tong\s+)?cong|tong(?:\s+so)?|ca\s+chi\s+bo|toan\s+(?:chi\s+bo|cb)")


def _split_rows_as_totals(s: str) -> str:
    """Rows of a counts table split into official and probationary members, read by the total column: "| Có
    mặt | 19 | 2 | 21 |" under "| … | Chính thức | Dự bị | Cộng |" reads "Có mặt: 21;" (same length)."""
    if "|" not in s or not _SPLIT_HEADER.search(s):
        return s
    lines = s.split("\n")
    total_at: int | None = None
    for i, line in enumerate(lines):
        if re.fullmatch(r"[\s|\-+=:_]*", line) and line.strip():
            continue  # the table's rules
        if line.count("|") < 3:
            total_at = None
            continue
        cells = [fold(c).strip() for c in line.strip().strip("|").split("|")]
        if any(re.fullmatch(r"chinh\s+thuc", c) for c in cells) and any(re.fullmatch(r"du\s+bi", c) for c in cells):
            total_at = next((k for k, c in enumerate(cells) if _TOTAL_CELL.fullmatch(c)), None)
            continue
        if total_at is None:
            continue
        raw = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(raw) <= total_at or not re.fullmatch(r"\d{1,3}", raw[total_at]) or not _COLUMN.search(fold(raw[0])):
            continue
        indent = line[: len(line) - len(line.lstrip())]
        lines[i] = f"{indent}{raw[0]}: {raw[total_at]};".ljust(len(line))[: len(line)]
    return "\n".join(lines)


_NAME_THEN_ABSENT = re.compile(
    r"(?m)(?:^|[;.][ \t]+)[ \t]*(?:[-+•*][ \t]*)?(?P<who>[^\W\d_][^\n:;,()]{4,60}?)"
    r"[ \t]+vắng(?:[ \t]+mặt)?[ \t]+(?:(?P<no>không)|có)[ \t]+(?:lý do|phép)")


_NAME_THEN_WHY = re.compile(r"(?m)^[ \t]*(?:[-+•*][ \t]*)?(?:[Đđ]/c|[Đđ]ồng chí)[ \t]+"
                            r"(?P<who>[^\W\d_][^\n:;,()]{4,50}?)[ \t]*[:–-][ \t]*(?P<why>[^\n]+)")


def _names_then_why(text: str, folded: str, at: int) -> list[tuple[str, str]]:
    """Absentees one per line ("Đ/c A: đi học …") in the lines right after the one holding ``at`` (a blank
    line or a counts row between), each with a reason or its lack."""
    if at < 0:
        return []
    lines = folded[at:].split("\n")
    pos = at + len(lines[0]) + 1
    found: list[tuple[str, str]] = []
    gap = 0
    for line in lines[1:8]:
        m = _NAME_THEN_WHY.match(text, pos, pos + len(line))
        why = fold(m.group("why")) if m else ""
        if m and (name := clean_name(m.group("who"))) and " " in name and (
            _reason_re().search(why) or _WITHOUT_WORDS.search(why)
        ):
            found.append((name, why))
        elif found or gap >= 2 or (line.strip() and not re.fullmatch(r"[\d\s|+\-=:]+|.*\t.*", line)):
            break  # the list ended, or never began
        else:
            gap += 1
        pos += len(line) + 1
    return found


_SUMMED_PRESENT = re.compile(rf"(?:^|\n)[ \t]*[-+•*]?[ \t]*(?:tong\s+cong|cong|tong\s+hop)\s*:?\s*"
                             rf"(?:so\s+)?(?:dang\s+vien\s+)?(?:co\s+mat|du\s+hop|hien\s+dien)(?P<gap>\s*:?\s*){N}(?:\s*/\s*(?P<of>{NUMBER}))?")
# those present counted apart as official and probationary members, each of those who had to attend
_SPLIT_PRESENT = re.compile(
    r"chinh\s+thuc[^\n\d]{0,12}?(?:co\s+mat|du\s+hop|du)\s*:?\s*(?P<a>\d{1,3})\s*/\s*(?P<b>\d{1,3})(?![\d/])"
    r"[^\n]{0,80}\n?[^\n]{0,30}?du\s+bi[^\n\d]{0,12}?(?:co\s+mat|du\s+hop|du)\s*:?\s*(?P<c>\d{1,3})\s*/\s*"
    r"(?P<d>\d{1,3})(?![\d/])")
# attendance told by party group, one line each: "- Tổ đảng 1: 8/9 đ/c (vắng đ/c Ngô Văn Thành - đi công tác);"
_GROUP_LINE = re.compile(r"(?m)^[ \t]*[-+•*]?[ \t]*to(?:\s+dang)?\s+[^:\n]{1,50}:\s*(?:co\s+mat\s*:?\s*)?"
                         r"(?P<a>\d{1,3})\s*/\s*(?P<b>\d{1,3})(?![\d/])(?P<rest>[^\n]*)")
_GROUP_ABSENT = re.compile(r"\(\s*vang(?:\s+mat)?\s*:?\s*(?P<who>[^)\n]+)\)")


def _group_lines(folded: str, limit: int) -> list[re.Match[str]]:
    """The lines of attendance by party group, when there are two or more together."""
    lines = list(_GROUP_LINE.finditer(folded, 0, limit))
    block: list[re.Match[str]] = []
    for m in lines:
        if block and folded.count("\n", block[-1].end(), m.start()) > 1:
            if len(block) >= 2:
                break
            block = []
        block.append(m)
    return block if len(block) >= 2 else []


def _group_absentees(text: str, groups: list[re.Match[str]]) -> list[str]:
    names: list[str] = []
    for g in groups:
        for m in _GROUP_ABSENT.finditer(g.string, g.start("rest"), g.end("rest")):
            # "(vắng đ/c A - đi công tác)", "(vắng BS. Nguyễn Văn Hải - trực cấp cứu)"
            who = text[m.start("who") : m.end("who")]
            cued = names_after_cues(text, m.start("who"), m.end("who"))
            name = cued or ([n] if (n := clean_name(re.split(r"\s[-–:]\s|,|\(", who)[0])) else [])
            names.extend(x for x in name if x not in names)
    return names


# members exempt named one after another without their count: "… cho miễn sinh hoạt do tuổi cao: đ/c A, đ/c B, đ/c C."
_EXEMPT_NAMED = re.compile(r"(?:^|\n)[^\n\d]{0,80}mien\s+sinh\s+hoat[^\n\d:]{0,40}:\s*"
                           r"(?P<names>(?:d\s*/\s*c|dong\s+chi)\s[^\n\d]+)")


_SLASHED_FACTS = re.compile(
    r"(?<=\d)[ ]/[ ](?=(?:co\s+mat|vang|mien|phai\s+du|du\b|tong\s+so|dv\b|dang\s+vien|cm\b|v\b))")


def read_attendance(text: str, folded: str) -> Attendance:
    """Attendance as written in the opening part of the minutes, or, when that has no count at all, anywhere
    (a secretary may add the opening at the end: "Phần thủ tục đầu buổi (thư ký ghi bổ sung): …")."""
    text, folded = _counts_rows_as_labels(text), _counts_rows_as_labels(folded)
    folded = _over_as_ratio(folded)  # "có mặt mười sáu trên mười bảy đồng chí" is 16/17
    folded = re.sub(r"(?<![a-z])d/v(?![a-z])", " dv", folded)  # "TS đ/v 14" as a notebook abbreviates đảng viên
    # counts typed on a phone's one line, set apart by slashes: "tổng số đv: 19 / có mặt 17 / vắng 2 (…)"
    folded = _SLASHED_FACTS.sub(" , ", folded)
    att = _read_attendance(text, folded, max(len(folded) * 2 // 3, min(len(folded), 3000)))
    if att.present is None and att.absent is None and len(folded) > 3000:
        # (the total written at the head, who came only at the end: "… kết thúc lúc 21 giờ. Dự sinh hoạt: 24 đ/c")
        late = _read_attendance(text, folded, len(folded))
        if late.present is not None and (late.total is not None or late.absent is not None):
            att = late
    if any(" " not in n for n in att.absentees):
        # "vắng 1 đ/c có lý do (đ/c Lực)" under a roll that names "4. Phạm Văn Lực": the member's full name
        named = tuple(dict.fromkeys(full_name(n, text) for n in att.absentees))
        if len(named) == len(att.absentees):
            att = replace(att, absentees=named)
    return att


def _read_attendance(text: str, folded: str, limit: int) -> Attendance:
    total, m_total = _first(_TOTAL, folded, limit)
    total = _split_total(folded, limit, m_total) or total
    now = _TOTAL_NOW.search(folded, m_total.end() if m_total else 0, limit)
    if now is not None and m_total is not None and _MEMBERSHIP.search(folded, m_total.end(), now.start()):
        total = to_int(now["n"])  # the members moved in or out are counted
    exempt, m_exempt = _first(_EXEMPT, folded, limit)
    if exempt is not None and m_exempt is not None and re.search(r"thang|nam|ngay|\btu\b", m_exempt.group("gap") or ""):
        exempt = None  # "miễn sinh hoạt từ tháng 5": a date, not a count
    if exempt is None and (named := _EXEMPT_NAMED.search(folded, 0, limit)):
        exempt = len(names_after_cues(text, named.start("names"), named.end("names"))) or None
    none = _EXEMPT_NONE.search(folded, 0, limit)
    if none and (exempt is None or m_exempt is None or none.start() < m_exempt.start()):
        exempt = 0  # "miễn sinh hoạt: không", not a later "khám, cấp thuốc miễn phí cho 150 người"
    present, m_present = _first(_PRESENT, folded, limit)
    summed = _SUMMED_PRESENT.search(folded, 0, limit)
    if summed is not None and m_present is not None and summed.start("n") > m_present.start():
        # counted by party group, then in sum: "Tổng cộng có mặt 17/19 đ/c" is the meeting's, not "Tổ 1: có mặt 6/7"
        present, m_present = to_int(summed["n"]), summed
    if present is None:
        present = _present_listed(text, folded, limit)
    expected_written, _ = _first(_EXPECTED, folded, limit)
    split = _SPLIT_PRESENT.search(folded, 0, limit)
    if split and int(split["a"]) <= int(split["b"]) and int(split["c"]) <= int(split["d"]):
        # "- Đảng viên chính thức: có mặt 12/13 đ/c;" / "- Đảng viên dự bị: có mặt 2/2 đ/c.": the two make the count
        present, m_present = int(split["a"]) + int(split["c"]), None
        if expected_written is None:
            expected_written = int(split["b"]) + int(split["d"])
        if total is None and exempt is None:
            total = expected_written
    if total is None and exempt is None and m_present is not None and m_present.group("of"):
        total = to_int(m_present.group("of"))  # "Đảng viên dự: 11/12 đồng chí": of the cell's 12
    absent, m_abs = _first(_ABSENT, folded, limit)
    nobody = _ABSENT_NONE.search(folded, 0, limit)
    if nobody and m_abs is not None and nobody.start() < m_abs.start():
        absent, m_abs = 0, None  # "vắng: không." before a later "02 đ/c vắng do đi biển" in the review
    with_r, m_with = _first(_WITH, folded, limit)
    without_r, m_without = _first(_WITHOUT, folded, limit)
    if (absent is not None and m_abs is not None and m_with is not None and m_without is not None
            and m_abs.start() > max(m_with.start(), m_without.start()) and with_r is not None
            and without_r is not None):
        # "Vắng có lý do: 02 … Vắng không lý do: 01" come first; a later "01 đảng viên vắng …" is in the review
        absent, m_abs = with_r + without_r, None
    listed = _listed_by_reason(text, folded, limit)
    if listed is not None and all(m is None or m.start() > listed[2] for m in (m_abs, m_with, m_without)):
        # the names under "Vắng có lý do:" and "Vắng không lý do:" come first: a count said later ("nhắc nhở 2
        # đảng viên vắng không lý do") is of them, or of another meeting
        with_r, without_r = listed[:2]
        absent, m_abs, m_with, m_without = with_r + without_r, None, None, None
    table = _column_counts(folded, limit)
    note_at = table.pop("_note", None)  # the absentees named in a column of the counts table
    more_notes: list[int] = table.pop("_more_notes", [])  # type: ignore[assignment]  # (of other groups' rows)
    written_abs = m_abs
    headed = _table_rows(text, len(folded))
    rows = ([(name, kind, "") for name, kind in headed] or _member_rows(text, folded, len(folded))
            or _roll_call_rows(text, folded, len(folded)) or _annexed_absentees(text, folded))
    if not rows and not table and total is None and present is None and absent is None:
        # no count written, only the roll ticked name by name ("1. Lò Văn A ✓", "8. Vì Văn B – v, cp (đi làm)"):
        # the clerk counts it
        rows = [(name, kind, "") for name, kind in _ticked_roll(text[:limit])]
    away = [(k, note) for _, k, note in rows if k in ("absent", "with", "without")]
    if away and all(k != "present" for _, k, _ in rows):
        # only absentees listed ("STT | Họ và tên | Lý do vắng" under "Vắng: 01 đ/c"), perhaps with the exempt:
        # names and reasons; the counts stay as written, in sentences or in a counts table
        kinds = [k for k, _ in away]
        if absent is None or absent == len(away):
            absent = len(away)
            if "absent" not in kinds:
                with_r, without_r = kinds.count("with"), kinds.count("without")
        if exempt is None and len(away) < len(rows):
            exempt = sum(1 for _, k, _ in rows if k == "exempt")
    elif rows and not table:
        kinds = [k for _, k, _ in rows]
        table = {"present": kinds.count("present"), "absent": len(away)}
        if not headed:
            table["with"] = sum(1 for k, note in away if k == "with" or k == "absent" and _reason_re().search(note))
            table["without"] = len(away) - table["with"]
        elif "absent" not in kinds:  # every absentee's reason, or its lack, is in the table
            table["with"], table["without"] = kinds.count("with"), kinds.count("without")
        if total is None:
            table["total"] = len(rows)
        if "exempt" in kinds:
            table["exempt"] = kinds.count("exempt")
    if table:  # the table states every count it has columns for
        total, exempt = table.get("total", total), table.get("exempt", exempt)
        present, expected_written = table.get("present", present), table.get("expected", expected_written)
        with_r, without_r = table.get("with", with_r), table.get("without", without_r)
        absent = table.get("absent", absent if "with" not in table or "without" not in table else None)
        m_abs = m_with = m_without = None
        if absent is None and with_r is not None and without_r is not None:
            absent = with_r + without_r
    if (
        absent is not None
        and exempt
        and m_abs is not None
        and m_exempt is not None
        and m_abs.start() < m_exempt.start() < m_abs.end() + 60
        and re.search(r"trong\s+do", folded[m_abs.end() : m_exempt.start()])
        and absent >= exempt
    ):
        absent -= exempt  # "vắng 06 đồng chí, trong đó 04 đồng chí được miễn sinh hoạt, 02 …": exempt are not absent
        c_from = m_exempt.end()
        named = re.match(r"\s*\([^)\n]*\)", folded[c_from:])
        if named:  # "03 đ/c được miễn sinh hoạt (A – 79 tuổi; B – …)": the exempt named are no absentees
            c_from += named.end()
    else:
        c_from = None
    if c_from is None and note_at is not None and table:
        c_from = note_at
    if absent is None and _ABSENT_NONE.search(folded, 0, limit):
        absent = 0
    if without_r is None and _WITHOUT_NONE.search(folded, 0, limit):
        without_r = 0
    if absent is None and with_r is not None and without_r is not None:
        absent = with_r + without_r
    if absent is None and with_r is not None and without_r is None and m_with is not None and not table:
        # "Vắng mặt có lý do: 02 đ/c (…)" the only absence written: nobody was away without a reason
        absent, without_r = with_r, 0
    ratio = _TOTAL_RATIO.search(folded, 0, limit) if total is None and present is None else None
    if ratio and int(ratio["n"]) <= int(ratio["of"]):
        # "Tổng số: 24/27 đ/c (3 đ/c đi biển)": those present of the cell's members, and why the rest are away
        present, total = int(ratio["n"]), int(ratio["of"])
        if absent is None and with_r is None and without_r is None:
            absent = total - present
            why = _RATIO_WHY.match(folded, ratio.end())
            if absent and why and int(why["n"]) == absent and _reason_re().search(why["why"]):
                with_r, without_r = absent, 0
    # (not when a table gave the counts: "(18/18 đ/c có mặt)" by the vote is no count of the cell)
    if present is not None and m_present is not None and m_present.group("of") and "present" not in table:
        of = to_int(m_present.group("of"))
        if absent is None and of is not None and 0 <= of - present <= of:
            absent = of - present  # "có mặt 12/14": the other two are absent
        if expected_written is None and exempt is None:
            expected_written = of
    anchors = [m.start() for m in (m_abs, m_with, m_without) if m]
    in_sentence = False  # the absentees named in a sentence, with no label: "…, chỉ vắng đồng chí A vì …"
    if not anchors:
        m_list = _ABSENT_LIST.search(folded, 0, limit)
        if m_list and not re.search(r"(?:khong|phai|can)\s+$", folded[max(0, m_list.start() - 7) : m_list.start()]):
            anchors = [m_list.start()]
            in_sentence = ":" not in m_list.group()
    absentees: tuple[str, ...] = ()
    if c_from is not None:
        anchors = [c_from]
        in_sentence = False
    if rows:
        absentees = tuple(name for name, k, _ in rows if k in ("absent", "with", "without"))
    if anchors and not rows:
        c_start, c_end = _absent_clause(folded, min(anchors), text)
        stop = re.compile(r"\.(?:\s|$)").search(folded, c_start, c_end) if in_sentence else None
        c_end = stop.start() if stop else c_end  # (its sentence only: not "… về quê. Đồng chí Hà nêu lý do")
        clause = folded[c_start:c_end]
        absentees = _absentees(text, folded, c_start, c_end, absent)
        if c_from is not None and c_from == note_at:
            for at in more_notes:
                n_start, n_end = _absent_clause(folded, at, text)
                absentees += tuple(n for n in _absentees(text, folded, n_start, n_end) if n not in absentees)
        line_start = folded.rfind("\n", 0, c_start) + 1
        label = re.search(r"vang(?:[ \t]+mat)?[ \t]*:", folded[line_start:c_start])
        if absent and len(absentees) < absent and label:
            # the names before the count on the line: "Vắng mặt: TS. A (…) và KS. B (ốm) - vắng có lý do: 02 đ/c"
            whole = _absentees(text, folded, line_start + label.end(), c_end, absent)
            if len(whole) == absent:
                absentees = whole
        if not absentees and absent:
            # the counts in a table, the names on their own line a little below ("Vắng có lý do: đ/c A (ốm), …")
            below = _NAMES_BELOW.search(folded, c_end, min(len(folded), c_end + 600))
            if below is not None:
                n_start, n_end = _absent_clause(folded, below.start(), text)
                absentees = _absentees(text, folded, n_start, n_end, absent)
                if len(absentees) == absent:  # (their reasons on that line too: "Nguyễn Văn A (nằm viện), …")
                    c_start, c_end = n_start, n_end
                    clause = folded[c_start:c_end]
        # reasons written per absentee, not a form's labels ("Vắng có lý do: …… đồng chí")
        n_with = sum(1 for m in _WITH_REASON_WORDS.finditer(clause) if not _LABEL_COLON.match(clause, m.end()))
        n_without = sum(1 for m in _WITHOUT_WORDS.finditer(clause) if not _LABEL_COLON.match(clause, m.end()))
        if absent and with_r is None and without_r is None and n_with + n_without == absent and n_without:
            # one reason per absentee: "đ/c A (ốm, có lý do), đ/c B (không lý do)"
            with_r, without_r = n_with, n_without
        if absent and with_r is None and without_r is None:
            # "vắng 2 đồng chí, đều có lý do" / one absentee "(ốm, có lý do)": the wording covers everyone.
            if _ALL_WITH_REASON.search(clause) or (
                _WITH_REASON_WORDS.search(clause) and not _WITHOUT_WORDS.search(clause)
            ) or ((before := _REASON_BEFORE_NAMES.match(clause)) and _reason_re().search(before["why"])):
                with_r = absent
    if absent and with_r is None and without_r is None and absentees and written_abs is not None:
        # "Vắng: 02 đồng chí" over "Vắng có lý do:" and the list of the two: the label says it of them all
        near = folded[written_abs.start() : written_abs.start() + 300]
        label = _WITH_LIST_LABEL.search(near)
        if label and not _WITHOUT_WORDS.search(near):
            with_r, without_r = absent, 0
    if absentees and absent:
        # "Ghi chú: đ/c A được miễn công tác và sinh hoạt đảng" under the counts: an exempt member, not absent
        said = modern_tones(text)
        # (not a proposal: "đề nghị Đảng ủy cho đồng chí A được miễn công tác và sinh hoạt đảng từ tháng 4")
        exempted = {n for n in absentees
                    if re.search(r"(?<!cho đồng chí )(?<!cho đ/c )" + re.escape(n)
                                 + r"[ \t]*(?:[-–,:]|\()?[ \t]*(?:được[ \t]+)?miễn[ \t]", said)}
        if exempted == set(absentees):  # (not "vắng 03: đ/c A (miễn SH), đ/c B (ốm), …", counted below)
            absentees = ()
        # "Đồng chí A thuộc diện miễn sinh hoạt nhưng vẫn đến dự", "đ/c B đến muộn": named near the absent, not
        # absent; dropped only when the rest then make the count
        came = {n for n in absentees if re.search(re.escape(n) + r"[^.;\n]{0,80}?" + _CAME, said)}
        if came and absent is not None and len(absentees) - len(came) == absent:
            absentees = tuple(n for n in absentees if n not in came)
    if absent and not absentees:
        # the names away in a roll ticked name by name above the counts
        away_named = [n for n, k in _ticked_roll(text[:limit]) if k in ("absent", "with", "without")]
        if len(away_named) == absent:
            absentees = tuple(modern_tones(n) for n in away_named)
    if absent and not absentees:
        # "TS. Vũ Thị Lan vắng có lý do (…)": each absentee named at the start of a line or clause of its own
        at = min((m.start() for m in (m_abs, m_present) if m is not None), default=0)
        found = [(n, m) for m in _NAME_THEN_ABSENT.finditer(text, at, min(limit, at + 1500))
                 if (n := clean_name(m.group("who"))) and " " in n]
        if len(found) == absent:
            absentees = tuple(modern_tones(n) for n, _ in found)
            if with_r is None and without_r is None:
                without_r = sum(1 for _, m in found if m.group("no"))
                with_r = absent - without_r
        else:  # "Đ/c Trịnh Văn Nam: đi học lớp cao cấp …" one per line right under the counts
            why = _names_then_why(text, folded, at or folded.find("co mat", 0, limit))
            if len(why) == absent:
                absentees = tuple(modern_tones(n) for n, _ in why)
                if with_r is None and without_r is None:
                    without_r = sum(1 for _, w in why if _WITHOUT_WORDS.search(w))
                    with_r = absent - without_r
    if absent == 0:
        with_r = 0 if with_r is None else with_r
        without_r = 0 if without_r is None else without_r
        absentees = ()  # "vắng 0": whoever is named after it is not absent
    # One reason count and the absent count give the other (absent = with + without reason).
    if absent is not None and with_r is not None and without_r is None and with_r <= absent:
        without_r = absent - with_r
    if absent is not None and without_r is not None and with_r is None and without_r <= absent:
        with_r = absent - without_r
    if absent is not None and without_r == 0 and with_r is None and absent > 0 and absentees:
        with_r = absent
    explained = _explained(folded[c_start:c_end], absentees) if absent and anchors and not rows else (0, 0)
    if absent and with_r is None and without_r is None and sum(explained) == absent:
        # Every absentee's reason, or its lack, is written ("đ/c A – ốm; đ/c B – không lý do").
        with_r, without_r = explained
    if absent and with_r is None and without_r is None and not absentees and written_abs is not None:
        # no names, one reason for them all: "vắng 02 đồng chí (ốm)", "vắng 2 đ/c đều do đi biển"
        said = _ALL_BECAUSE.match(folded, written_abs.end())
        why = said and (said["why"] or said["why2"])
        if why and _reason_re().search(why) and not _WITHOUT_WORDS.search(why):
            with_r, without_r = absent, 0
    if headed and with_r is None and without_r is None and absent == len(away):
        # A table's absence without a reason in it: "vắng: 1 (có lý do)" written by the table gives it,
        # otherwise it is one without reason.
        with_r = sum(1 for _, k in headed if k == "with")
        if written_abs is not None:
            line_end = folded.find("\n", written_abs.start())
            clause = folded[written_abs.start() : line_end if line_end >= 0 else len(folded)]
            if _WITH_REASON_WORDS.search(clause) and not _WITHOUT_WORDS.search(clause):
                with_r = absent
        without_r = absent - with_r
    if absentees and m_exempt is not None:
        # "Miễn sinh hoạt: 02 đ/c (đ/c A, đ/c B)" and then "Vắng: 03 đ/c, gồm: đ/c A (miễn SH), …": an exempt
        # member listed among the absent is not absent
        named = re.match(r"\s*(?:dong\s+chi|d\s*/\s*c|dv|nguoi)?\s*\(([^)\n]*)\)", folded[m_exempt.end() :])
        exempt_names = set(names_after_cues(text, m_exempt.end() + named.start(1), m_exempt.end() + named.end(1))
                           ) if named else set()
        listed = [n for n in absentees if n in exempt_names]
        if listed and absent is not None and absent == len(absentees) and exempt:
            absentees = tuple(n for n in absentees if n not in exempt_names)
            absent -= len(listed)
            if with_r is not None and without_r is not None and with_r + without_r > absent:
                with_r = max(0, absent - without_r)
            elif with_r is None and without_r is None and written_abs is not None:
                explained = _explained(folded[slice(*_absent_clause(folded, written_abs.start()))])
                if sum(explained) == absent:  # the others' reasons, or their lack, are written
                    with_r, without_r = explained
    groups = _group_lines(folded, limit) if total is None or absent and not absentees else []
    if groups and total is None and not table:
        # the members who had to attend, summed over the groups; the exempt stand outside them
        counted = sum(int(g["b"]) for g in groups)
        expected_written = expected_written if expected_written is not None else counted
        total = expected_written + (exempt or 0) if expected_written == counted else None
        if present is None:
            present = sum(int(g["a"]) for g in groups)
    if groups and absent and not absentees and len(names := _group_absentees(text, groups)) == absent:
        absentees = tuple(modern_tones(n) for n in names)
    # Plausibility: a count that cannot be true of this cell is unknown, not a guess.
    if exempt is not None and total is not None and not 0 <= exempt < total:
        exempt = None
    read_present = present is not None
    if present is not None and total is not None and present > total + 2:
        present = None
    if exempt is None and total is not None and expected_written is not None and 0 < expected_written < total:
        exempt = total - expected_written  # "tổng số 58; phải dự 41": the other 17 are exempt
    expected = total - exempt if total is not None and exempt is not None else total
    if expected is None:
        expected = expected_written
    if absent is None and present is not None and expected is not None and 0 <= present < expected and absentees:
        absent = expected - present  # "có mặt" counted or listed, "Vắng: đ/c A (…)" named without a count
        if with_r is None and without_r is None and len(absentees) == absent:
            at = [i for n in absentees if (i := folded.find(fold(n))) >= 0]
            said = [folded[i : (folded.find("\n", i) + 1 or len(folded))] for i in at]
            # the line's label before its first name says it of them all: "Vắng: có lý do, gồm 02 đ/c …"
            label = [folded[(ls := folded.rfind("\n", 0, i) + 1) : min(j for j in at if j >= ls)] for i in at]
            if len(said) == absent and not any(_WITHOUT_WORDS.search(x) for x in said + label):
                if all(_reason_re().search(x) or _WITH_REASON_WORDS.search(lb)
                       for x, lb in zip(said, label, strict=True)):
                    with_r, without_r = absent, 0
    if not read_present and expected is not None and absent is not None and 0 <= absent <= expected:
        present = expected - absent  # "Tổng số 09 đ/c; có mặt [không đọc được]; vắng 01 đ/c": the rest came
    if absent is None and present is not None and present == expected:
        absent = 0  # "tổng số 17 …, có mặt 17": everyone who had to attend did
        with_r = 0 if with_r is None else with_r
        without_r = 0 if without_r is None else without_r
    if absent and not absentees:
        absentees = _named_elsewhere(text, folded, absent)
    return _amended(text, folded, Attendance(total, exempt, expected, present, absent, with_r, without_r, absentees))


# the absentees named further on: a footnote "(1) Đ/c vắng: Phan Thị Kiều Oanh, …", or a list of the members with
# the absent marked "9. Hoàng Thị Diệu ......... (vắng, có lý do: …)"
_FOOTNOTED = re.compile(r"(?m)^[ \t]*\(\d\)[ \t]*(?:dong\s+chi|d\s*/\s*c)\s+vang(?:\s+mat)?\s*:\s*(?P<name>[^\n]+)")
_MARKED_ABSENT = re.compile(r"(?m)^[ \t]*\d{1,3}[.)][ \t]*(?P<name>[^\n(.…]{4,40}?)[ \t.…]*\(?[ \t]*vang\b")


def _named_elsewhere(text: str, folded: str, absent: int) -> tuple[str, ...]:
    """Absentees the record names only further on, when it names exactly as many as were absent."""
    for rx in (_FOOTNOTED, _MARKED_ABSENT):
        names = [n for m in rx.finditer(folded) if (n := clean_name(text[m.start("name") : m.end("name")]))]
        if len(names) == absent:
            return tuple(names)
    return ()


# A member listed absent who came later: "(Lúc 20 giờ 05 phút, đồng chí Trịnh Văn Hải đến dự họp. …)"
# (also named with a title instead of the cue: "BS.CKI Trịnh Văn Hưng hết ca trực đã đến dự sinh hoạt")
_ARRIVED = re.compile(r"(?:dong\s+chi|d\s*/\s*c"
                      r"|(?<![a-z])(?:bs|ds|dd|ks|ts|ths|cn|ys)(?:\.?\s*ck\s*(?:ii|i|1|2)\b\.?|\.))"
                      r"\s*(?P<name>[^.,;:()\n]{2,40}?)\s+(?:da\s+)?(?:den|toi|vao)\s+(?:du|hop|sinh\s+hoat|muon|tre)\b")
# several arriving together: "đ/c Ngô Minh Đức và đ/c Vũ Thị Hoài hết ca trực đã đến dự"
_ARRIVED_TOGETHER = re.compile(r"(?P<who>(?:dong\s+chi|d\s*/\s*c)\s+[^.;:()\n]{2,40}?(?:(?:,|\s+va)\s+"
                               r"(?:dong\s+chi|d\s*/\s*c)\s+[^.;:()\n]{2,40}?)+)\s+(?:da\s+)?(?:den|toi|vao)\s+"
                               r"(?:du|hop|sinh\s+hoat)\b")
# the count said again after the arrival: "Số đảng viên có mặt là 19/21 đồng chí.", "Có mặt: 17/19 đ/c."
# ("Như vậy số đảng viên dự sinh hoạt là 15/16 đồng chí")
_RECOUNT = re.compile(
    rf"(?:co\s+mat|du\s+(?:sinh\s+hoat|hop)|tham\s+du)(?:\s+la|\s*:)?\s*{N}(?:\s*/\s*(?P<of>\d{{1,3}}))?")
# a note correcting the record: "Ghi chú: sửa lại số đảng viên có mặt là 17 đồng chí (biên bản ghi nhầm …)"
# (or a chat's message after the record: "sửa lại: có mặt 17 chứ ko phải 18 ạ, vắng 3, e sót đ/c H'Linh Niê …")
_CORRECTED = re.compile(rf"(?:sua\s+lai|(?<![a-z])sua(?=\s*:)|dinh\s+chinh)\s*:?\s*(?:so\s+)?"
                        rf"(?:(?:dang\s+vien|dv|dong\s+chi)\s+)?(?P<what>co\s+mat|vang(?:\s+mat)?)\s*(?:la|thanh|:)?\s*{N}")
# the right count said so: "Số đảng viên có mặt đúng là 17 đồng chí." (a note under the record)
_CORRECTED_SAID = re.compile(rf"(?P<what>co\s+mat|vang(?:\s+mat)?)\s+(?:dung|chinh\s+xac|thuc\s+te)\s+la\s*{N}")
# the absent count said again in the same correction, and the member left out: "…, vắng 3, e sót đ/c H'Linh Niê"
_CORRECTED_ABSENT = re.compile(rf"vang(?:\s+mat)?\s*(?:la|:)?\s*{N}")
_LEFT_OUT = re.compile(r"\b(?:sot|quen(?:\s+ghi)?|thieu)\s+(?=(?:dong\s+chi|d\s*/\s*c)\s)")
# a name put right: "sửa: đ/c vắng là Lê Văn Quý chứ ko phải Lê Văn Quế"
_NOT_BUT = re.compile(r"(?P<right>[a-z][^,.;:()\n]{2,40}?)\s+chu\s+(?:khong|ko|k)\s+phai(?:\s+la)?\s+"
                      r"(?P<wrong>[a-z][^,.;:()\n]{2,40}?)(?=\s*(?:[,.;!\n]|$)|\s+(?:a|nha|nhe|e|em)\b)")
# a note correcting the total: "Điều chỉnh số liệu: phần thành phần ghi tổng số đảng viên là 18 đồng chí là chưa chính
# xác. … nên tổng số đảng viên của chi bộ là 17 đồng chí" (the figure said last is the right one)
_CORRECTED_TOTAL = re.compile(
    r"(?:dieu\s+chinh|sua\s+lai|dinh\s+chinh|chua\s+chinh\s+xac|ghi\s+nham|nham\s+lan)[^\n]{0,400}"
    rf"tong\s+so\s+(?:dang\s+vien|dv)(?:\s+(?:cua|trong)\s+chi\s+bo)?\s+(?:dung\s+la|la|con|chi\s+con|:)\s*{N}"
    r"(?![^\n]{0,40}(?:la\s+)?chua\s+chinh\s+xac)")
# "Đồng chí A có mặt từ đầu buổi sinh hoạt, thư ký ghi nhầm vào danh sách vắng"
_WRONGLY_ABSENT = re.compile(r"(?:dong\s+chi|d\s*/\s*c)\s+(?P<name>[^.,;:()\n]{2,40}?)\s+(?:da\s+)?co\s+mat\b"
                             r"[^.\n]{0,80}ghi\s+nham")


def _named_in(names: tuple[str, ...], text: str, start: int, end: int) -> str | None:
    said = clean_name(text[start:end])
    return next((n for n in names if said and (n == said or n.endswith(" " + said))), None)


def _reason_of(folded: str, name: str) -> str | None:
    """with / without / None: what the record says of one absentee's reason where it names them."""
    at = folded.find(fold(name))
    if at < 0:
        return None
    said = re.split(r"[;\n]|(?:dong\s+chi|d\s*/\s*c)\s", folded[at + len(name) : at + len(name) + 120], maxsplit=1)[0]
    if _WITHOUT_WORDS.search(said) or re.search(r"\bchua\s+(?:bao|xin\s+phep)", said):
        return "without"
    return "with" if _reason_re().search(said) or re.search(r"bao\s+(?:xin\s+)?(?:den\s+)?(?:muon|tre)", said) else None


def _amended(text: str, folded: str, att: Attendance) -> Attendance:
    """The counts as the record leaves them: a member listed absent who arrived later is present, and a note
    correcting a count ("sửa lại số đảng viên có mặt là 17") replaces it."""
    present, absent, with_r, without_r = att.present, att.absent, att.absent_with_reason, att.absent_without_reason
    absentees = list(att.absentees)
    changed = False
    told: list[tuple[int, int]] = []
    for m in _ARRIVED_TOGETHER.finditer(folded):
        names = names_after_cues(text, m.start("who"), m.end("who"))
        recount = _RECOUNT.search(folded, m.end(), m.end() + 200)
        if (len(names) < 2 or present is None or recount is None
                or to_int(recount["n"]) != present + len(names) or absent is not None and absent < len(names)):
            continue  # (told again with the count they make: "… Thư ký điểm danh lại: … có mặt 19 đ/c")
        absentees = [a for a in absentees if a not in names]
        present, absent = present + len(names), (absent - len(names) if absent is not None else None)
        with_r = without_r = None  # read again below from the absentees left
        said = folded[recount.end() : (folded.find(".", recount.end()) + 1 or len(folded))]
        again = re.search(rf"vang(?:\s+mat)?\s*:?\s*{N}", said)
        if (again and to_int(again["n"]) == absent and _WITH_REASON_WORDS.search(said)
                and not _WITHOUT_WORDS.search(said)):
            with_r, without_r = absent, 0  # "… có mặt 19 đ/c, vắng 02 đ/c có lý do"
        changed = True
        told.append((m.start(), m.end()))
    for m in _ARRIVED.finditer(folded):
        if any(a <= m.start() < b for a, b in told):
            continue
        who = _named_in(tuple(absentees), text, m.start("name"), m.end("name"))
        recount = _RECOUNT.search(folded, m.end(), m.end() + 120)
        if who is None and not (recount and present is not None and to_int(recount["n"]) == present + 1):
            continue
        if who is not None:
            kind = _reason_of(folded, who)
            absentees.remove(who)
            if kind == "with" and with_r:
                with_r -= 1
            elif kind == "without" and without_r:
                without_r -= 1
            else:
                with_r = without_r = None  # read again below from the absentees left
        # (the count read may be the one said again after the arrival: "… đã đến dự. Như vậy … có mặt là 17/18")
        if not (recount and present is not None and to_int(recount["n"]) == present and who is not None):
            present = present + 1 if present is not None else None
        absent = absent - 1 if absent else absent
        if absent is not None and with_r is not None and without_r is not None and with_r + without_r != absent:
            with_r = without_r = None
        changed = True
    for m in _WRONGLY_ABSENT.finditer(folded):
        who = _named_in(tuple(absentees), text, m.start("name"), m.end("name"))
        if who is not None:
            absentees.remove(who)
            changed = True
    for m in sorted([*_CORRECTED.finditer(folded), *_CORRECTED_SAID.finditer(folded)], key=lambda x: x.start()):
        n = to_int(m["n"])
        if n is None:
            continue
        if m["what"].startswith("co"):
            present = n
            line_end = _line_end(folded, m.end())
            again = _CORRECTED_ABSENT.search(folded, m.end(), line_end)
            if again is not None and (a_n := to_int(again["n"])) is not None:
                absent = a_n
                left = _LEFT_OUT.search(folded, again.end(), line_end)
                if left is not None:
                    absentees += [n for n in names_after_cues(text, left.end(), line_end) if n not in absentees]
                if with_r is not None and without_r is not None and with_r + without_r != absent:
                    with_r = without_r = None
        else:
            absent = n
            named = re.match(r"\s*(?:dong\s+chi|d\s*/\s*c)?\s*\(([^)\n]*)\)", folded[m.end() :])
            if named:
                listed = names_after_cues(text, m.end() + named.start(1), m.end() + named.end(1))
                absentees = [a for a in absentees if a in listed] or list(listed)
        changed = True
    for m in _NOT_BUT.finditer(folded):
        wrong = _named_in(tuple(absentees), text, m.start("wrong"), m.end("wrong"))
        right = clean_name(text[m.start("right") : m.end("right")].split(" là ")[-1])
        if wrong is not None and right and " " in right and right not in absentees:
            absentees[absentees.index(wrong)] = right
            changed = True
    total, expected = att.total, att.expected
    fixed = _CORRECTED_TOTAL.search(folded)
    if fixed is not None and (n := to_int(fixed["n"])) is not None and n != total and (present is None or n >= present):
        # "Điều chỉnh số liệu: … tổng số đảng viên của chi bộ là 17 đồng chí"
        total, expected = n, n - (att.exempt or 0)
        changed = True
    if not changed:
        return att
    # (after an arrival the absentees left say their reasons themselves, when each does)
    if absent is not None and absentees and len(absentees) == absent and (
            with_r is None or without_r is None or with_r + without_r != absent or len(absentees) < len(att.absentees)):
        kinds = [_reason_of(folded, a) for a in absentees]
        if None not in kinds:
            with_r, without_r = kinds.count("with"), kinds.count("without")
    if absent == 0:
        with_r = without_r = 0
    return replace(att, total=total, expected=expected, present=present, absent=absent, absent_with_reason=with_r,
                   absent_without_reason=without_r, absentees=tuple(absentees))


# A clause ends at . ; ! ? (not inside "22.500.000" or "4.5.2025") or a line break.
_SENTENCE = re.compile(r"(?:[^.;!?\n]|[.;!?](?=\d))+(?:[.;!?]|\n|$)")
# (also "đều giơ tay biểu quyết thông qua nghị quyết": the hands raised say yes)
# (and a busy secretary's "9/9 nhất chí")
_YES = (r"(?:tan\s+thanh|nhat\s+tri|nhat\s+chi(?!\s+bo)|dong\s+y|thong\s+nhat"
        r"|(?<=gio\stay\s)(?:bieu\s+quyet\s+)?thong\s+qua)")
_RATIO_YES = re.compile(
    rf"{N}\s*/\s*(?P<of>{NUMBER})\s*(?:{_MEMBERS}|phieu)?(?:\s+(?:co\s+mat|hien\s+dien|du\s+hop|tham\s+du|tham\s+gia\s+bieu\s+quyet))?"
    rf"[^\d.;\n%]{{0,30}}?(?<!khong\s){_YES}"
)
# "tán thành (kết luận | nghị quyết …)(:) 15/15": the object voted on may stand between verb and count.
_YES_RATIO = re.compile(
    # ("… tán thành cả hai nội dung, 10/10")
    rf"(?<!khong\s){_YES}(?:\s+(?:ca\s+(?:hai|ba)\s+)?(?:ket\s+luan|nghi\s+quyet|noi\s+dung|du\s+thao|bao\s+cao)"
    rf"(?:\s+\w+){{0,2}}?)?"
    rf"(?:\s+(?:la|voi|dat))?\s*[:\-–,]?\s*(?:100\s*%\s*\(\s*)?{N}\s*/\s*(?P<of>{NUMBER})"  # also "100% (30/30 đ/c)"
)
# ("16 đồng chí có mặt đều giơ tay tán thành")
_COUNT_YES = re.compile(rf"{N}\s*(?:{_MEMBERS}|phieu|y\s+kien)(?:\s+(?:co\s+mat|hien\s+dien)\s+deu\s+gio\s+tay|"
                        rf"(?:\s+\w+){{0,2}}?)\s+(?<!khong\s){_YES}")
# ("Biểu quyết: tán thành 13 đ/c, không tán thành 01 đ/c": no colon before a count of members)
_YES_COUNT = re.compile(rf"(?<!khong\s){_YES}\s*(?:[:\-–]\s*|(?=\d{{1,3}}\s*(?:{_MEMBERS}|phieu)\b)){N}")
# the bare count after the label: "Biểu quyết nghị quyết: 20 tán thành, 1 không tán thành"
_BARE_YES = re.compile(rf"(?<=:\s){N}[ ](?={_YES})")
_AGAINST = [
    # (not the count before a gap, the next column's label: "Tán thành: 21        Không tán thành: 0")
    re.compile(rf"{N}(?:\s*(?:{_MEMBERS}|phieu|y\s+kien))?(?:[ ]|\s*(?<=[a-z])\s)?khong\s+{_YES}"),
    re.compile(rf"khong\s+{_YES}\s*[:\-–]?\s*{N}"),
]
_AGAINST_NONE = re.compile(
    rf"khong\s+co\s+(?:y\s+kien|dong\s+chi|dang\s+vien|d\s*/\s*c|dv|ai)(?:\s+nao)?\s+(?:khac|khong\s+{_YES}|phan\s+doi)"
    rf"|khong\s+(?:ai|dong\s+chi\s+nao)\s+(?:phan\s+doi|khong\s+{_YES})"
    rf"|khong\s+{_YES}\s*:\s*khong\b"
)
_FULL = re.compile(rf"100\s*%|{_YES}\s+(?:hoan\s+toan|tuyet\s+doi)|(?:tat\s+ca|toan\s+the)[^.;\n]{{0,50}}{_YES}"
                   # "… có mặt đều giơ tay tán thành": all of them
                   rf"|\bdeu\s+(?:gio\s+tay\s+)?{_YES}")
_YES_RE = re.compile(_YES)
_VOTE_CONTEXT = re.compile(r"bieu\s+quyet|bo\s+phieu|gio\s+tay|(?:^|\n)\s*(?:\d{1,2}\s*[./)\-]\s*|[-+•*>]\s*)?bq\b")
_VOTE_LABEL_ABOVE = re.compile(r"(?:bieu\s+quyet|bq)\b[^\n]{0,50}:[ \t]*\n[ \t]*[-+•*]?[ \t]*$")
_ADOPT = re.compile(r"thong\s+qua|nghi\s+quyet|ket\s+luan|tan\s+thanh")
# Agreeing to the agenda, the secretary or the minutes themselves is no vote on the resolution.
_AGENDA = re.compile(r"chuong\s+trinh|thu\s+ky|noi\s+dung\s+sinh\s+hoat|bien\s+ban")


# members who did not vote: "01 đ/c không biểu quyết", "1 phiếu trắng"
_ABSTAIN = re.compile(rf"{N}\s*(?:{_MEMBERS}\s+)?(?:khong\s+(?:tham\s+gia\s+)?bieu\s+quyet|(?:bo\s+)?phieu\s+trang"
                      rf"|kieng\s+bieu\s+quyet)")


# (not "chưa nhất trí", "cơ bản nhất trí")
_ALL_ADOPTED = re.compile(r"(?<!khong\s)(?<!chua\s)(?<!ban\s)\bnhat\s+tri\s+(?:bieu\s+quyet\s+)?thong\s+qua\b")


# votes on a person: "biểu quyết đề nghị kết nạp: 21/22 đ/c tán thành", "13/13 đảng viên chính thức có mặt tán thành"
# (only official members vote to admit), grading, electing, disciplining
_PERSONNEL = re.compile(r"ket\s+nap|cong\s+nhan[^.;\n]{0,30}chinh\s+thuc|dang\s+vien\s+chinh\s+thuc\s+co\s+mat"
                        r"|xep\s+loai|phan\s+loai|\bbau\b|phieu\s+bau|ky\s+luat|khen\s+thuong|de\s+nghi\s+(?:xet|tang)")
_RESOLUTION = re.compile(r"nghi\s+quyet|ket\s+luan|chuong\s+trinh\s+cong\s+tac|phuong\s+huong")


def _partial_vote(sentence: str) -> dict[str, int | bool | None] | None:
    """Counts one clause states: in favour, of how many, against, or "100 %"."""
    out: dict[str, int | bool | None] = {"in_favor": None, "voters": None, "against": None, "full": False}
    m = _RATIO_YES.search(sentence) or _YES_RATIO.search(sentence)
    if m and (sentence[m.end("of") : m.end("of") + 1].isdigit()
              or re.search(r"(?:thang|nam|ngay|quy|ky)\s*$", sentence[: m.start("n")])):
        m = None  # "thống nhất nghị quyết tháng 01/2025": a month, not 1 vote of 2025
    if m:
        out["in_favor"], out["voters"] = to_int(m.group("n")), to_int(m.group("of"))
    else:
        m = _COUNT_YES.search(sentence) or _YES_COUNT.search(sentence) or _BARE_YES.search(sentence)
        if m and "%" not in sentence[m.end() : m.end() + 3]:
            out["in_favor"] = to_int(m.group("n"))
    for p in _AGAINST:
        a = p.search(sentence)
        if a:
            out["against"] = to_int(a.group("n"))
            break
    if out["against"] is None and _AGAINST_NONE.search(sentence):
        out["against"] = 0
    out["full"] = bool(_FULL.search(sentence))
    if out["against"] == 0 and out["in_favor"] is None and _VOTE_CONTEXT.search(sentence):
        out["full"] = True  # "biểu quyết thông qua, không có ý kiến khác": everyone present agreed
    if out["in_favor"] is None and out["against"] is None and _ALL_ADOPTED.search(sentence):
        out["full"] = True  # "Chi bộ nhất trí thông qua.": adopted with one voice
    if out["in_favor"] is None and out["against"] is None and not out["full"]:
        return None
    return out


def _finish(parts: dict[str, int | bool | None], present: int | None) -> Vote:
    in_favor, voters, against = parts["in_favor"], parts["voters"], parts["against"]
    if in_favor is None and parts["full"] and present is not None:
        in_favor = voters = present  # "100% đảng viên có mặt nhất trí"
    if parts["full"] and against is None:
        against = 0  # everyone agreed, however many were there
    if voters is None and in_favor is not None and against is not None:
        voters = in_favor + against  # type: ignore[operator]
    if against is None and in_favor is not None and in_favor == voters:
        against = 0
    return Vote(in_favor, against, voters)  # type: ignore[arg-type]


_VOTE_YES_CELL = re.compile(r"(?:so\s+)?(?:phieu\s+)?(?:tan\s+thanh|nhat\s+tri|dong\s+y)")
_VOTE_COUNT_CELL = re.compile(r"\d{1,3}(?:\s*/\s*\d{1,3})?")
_VOTE_NO_CELL = re.compile(r"(?:so\s+)?(?:phieu\s+)?(?:khong\s+(?:tan\s+thanh|nhat\s+tri|dong\s+y)|phan\s+doi)")


def _vote_tables(folded: str) -> str:
    """A vote written as a table ("| Nội dung | Tán thành | Không tán thành |" over "| Nghị quyết tháng 5 |
    15/15 | 0 |") as the sentence it stands for, so that it is read like one."""
    lines = folded.split("\n")
    for i, line in enumerate(lines):
        head = _cells(line)
        if len(head) < 2 or not any(_VOTE_YES_CELL.fullmatch(c) for c in head):
            continue
        for j in range(i + 1, min(i + 4, len(lines))):
            row = _cells(lines[j])
            if not _filled(lines[j]) or not row:
                continue
            if len(row) != len(head) or not re.search(r"\d", lines[j]):
                break
            said = [f"{'tan thanh' if _VOTE_YES_CELL.fullmatch(h) else 'khong tan thanh'}: {c}"
                    for h, c in zip(head, row, strict=True)
                    if (_VOTE_YES_CELL.fullmatch(h) or _VOTE_NO_CELL.fullmatch(h)) and _VOTE_COUNT_CELL.fullmatch(c)]
            if said:
                lines[j] = "chi bo bieu quyet " + "; ".join(said) + "."
            break
    return "\n".join(lines)


_OVER = re.compile(rf"(?<![\w/])(?P<a>\d{{1,3}}|{WORD_NUMBER})\s+tren\s+(?P<b>\d{{1,3}}|{WORD_NUMBER})(?![\w/])")


def _over_as_ratio(folded: str) -> str:
    """ "hai mươi lăm trên hai mươi lăm" as "25/25" and blanks (same length)."""
    if "tren" not in folded:
        return folded
    return _OVER.sub(lambda m: f"{to_int(m['a'])}/{to_int(m['b'])}".ljust(len(m.group())), folded)


def read_vote(folded: str, present: int | None) -> Vote:
    """The vote adopting the conclusion / resolution: the last counted vote of the minutes.

    Clauses of one vote written apart ("Tán thành: 12; không tán thành: 0") are merged; a vote table is
    read as the sentence it stands for.
    """
    folded = _vote_tables(digits_for_spelled(folded))
    # "đạt một trăm phần trăm" is 100% (same length)
    folded = re.sub(r"\b(?:100|mot\s+tram)\s*phan\s+tram\b", lambda m: "100%".ljust(len(m.group())), folded)
    # "hai mươi lăm trên hai mươi lăm đồng chí" is 25/25 (same length)
    folded = _over_as_ratio(folded)
    groups: list[tuple[int, int, dict[str, int | bool | None]]] = []  # (rank, end, parts)
    for m in _SENTENCE.finditer(folded):
        s = m.group(0)
        # "biểu quyết thông qua … 100%", "Chi bộ giơ tay biểu quyết 100%."
        adopted = _VOTE_CONTEXT.search(s) and re.search(r"thong\s+qua|100\s*%", s)
        if not (_YES_RE.search(s) or adopted) or (
            _AGENDA.search(s) and not re.search(r"nghi\s+quyet|ket\s+luan", s)
        ):
            continue
        # "Chi bộ nhất trí 100%." right after the chair's conclusion is the vote on it
        after_conclusion = re.search(r"ket\s+luan|nghi\s+quyet", folded[max(0, m.start() - 200) : m.start()])
        # (or it goes on with the vote just read: "8 đồng chí đồng ý. Không có đồng chí nào không đồng ý.")
        after_vote = bool(groups) and m.start() - groups[-1][1] < 60
        # (or a line under the vote's label: "BIỂU QUYẾT thông qua chuyên đề:" over "+ Nhất trí: 12/12")
        under_label = _VOTE_LABEL_ABOVE.search(folded, max(0, m.start() - 80), m.start())
        if not (_VOTE_CONTEXT.search(s) or _ADOPT.search(s) or re.search(r"y\s+kien", s) or after_conclusion
                or after_vote or under_label):
            continue
        parts = _partial_vote(s)
        if parts is None:
            continue
        rank = 2 if _VOTE_CONTEXT.search(s) or _VOTE_CONTEXT.search(folded, max(0, m.start() - 80), m.start()) else 1
        para = max(folded.rfind("\n", 0, m.start()) + 1, m.start() - 200)
        if _PERSONNEL.search(folded, para, m.end()) and not _RESOLUTION.search(s):
            rank = 0  # a vote on a person (admission, grading, election), not on the meeting's resolution
        if groups and m.start() - groups[-1][1] < 60:
            prev_rank, _, prev = groups[-1]
            if all(prev[k] is None or parts[k] is None for k in ("in_favor", "voters", "against")):
                merged = {k: prev[k] if prev[k] is not None else parts[k] for k in ("in_favor", "voters", "against")}
                merged["full"] = bool(prev["full"] or parts["full"])
                groups[-1] = (max(rank, prev_rank), m.end(), merged)
                continue
        groups.append((rank, m.end(), parts))
    if not groups:
        return Vote()
    # (a later note of only who voted against explains the vote, it is none of its own: "(01 đồng chí không tán
    # thành vì …)" under the vote table)
    best = max(range(len(groups)), key=lambda i: (groups[i][0], groups[i][2]["in_favor"] is not None
                                                  or groups[i][2]["voters"] is not None or bool(groups[i][2]["full"]),
                                                  i))
    parts = dict(groups[best][2])
    abstain = _ABSTAIN.search(folded, groups[best][1], groups[best][1] + 80)
    if (parts["against"] is None and abstain and parts["in_favor"] is not None and parts["voters"] is not None
            and parts["in_favor"] + to_int(abstain["n"]) == parts["voters"]):  # type: ignore[operator]
        parts["against"] = 0  # "27/28 đ/c tán thành; 01 đ/c không biểu quyết": the rest abstained, none against
    return _finish(parts, present)
