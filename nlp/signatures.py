"""The closing signature block of minutes: who signs (THƯ KÝ, CHỦ TRÌ / T/M CHI BỘ / BÍ THƯ) and their names.

Labels sit side by side in two columns ("THƯ KÝ      CHỦ TRÌ") or one under the other; below them come
"(đã ký)" and the names.  Patterns run on the folded text (``nlp.cues.fold``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from nlp.cues import fold, vocab
from nlp.models import Signatures
from nlp.names import clean_name

_SECRETARY = re.compile(
    r"(?:thu\s+ky(?:\s+(?:cuoc\s+hop|buoi\s+sinh\s+hoat|hoi\s+nghi|ghi\s+bien\s+ban))?|nguoi\s+ghi(?:\s+(?:bien\s+ban|bb\b))?"
    r"|t\s*[/.]\s*ky)"  # a notebook's "T/KÝ", "T.ký"
)
_CHAIR = re.compile(
    r"(?:(?:nguoi\s+)?chu\s+tri(?:\s+(?:cuoc\s+hop|buoi\s+sinh\s+hoat|hoi\s+nghi))?|chu\s+toa(?:\s+hoi\s+nghi)?"
    # (a conference of the cell signed for its presidium: "T/M ĐOÀN CHỦ TỊCH")
    r"|t\s*/?\s*m\.?\s+(?:chi\s+bo|chi\s+uy|dang\s+uy|ban\s+chi\s+uy|ban\s+thuong\s+vu|doan\s+chu\s+tich)"
    r"|(?:pho\s+)?bi\s+thu(?:\s+chi\s+bo)?|c\s*[/.]\s*tri)"  # "C/TRÌ", "C.trì"
)
# "(đã ký)", "Đã ký", "(ký tên)", "(ký)", a stamp mark; not the template's "(Ký, ghi rõ họ tên)".
_SIGNED = re.compile(
    r"\(?\s*(?:da\s+ky(?:\s+ten)?|ky\s+ten|ky|da\s+ky\s+va\s+dong\s+dau)\s*\)?|\[?\s*(?:chu\s+ky|dau)\s*\]?"
)
_PIECE = re.compile(r"\S+(?:[ \t]\S+)*")  # two spaces or more separate columns
_MARK_THEN_NAME = re.compile(
    r"(?:\[\s*(?:chu\s+ky|da\s+ky|ky)\s*\]|\(\s*da\s+ky\s*\))\s+(?P<name>[^\W\d_][^()\[\]]{3,40})")


@dataclass
class _Label:
    role: str
    line: int
    col: int


def _role(piece: str) -> str | None:
    piece = piece.strip(" :.")
    if len(piece) > 40:
        return None
    both = re.fullmatch(r"(.+?)\s*\((.+)\)", piece) or re.fullmatch(r"(.+?)\s+[-–/]\s+(.+)", piece)
    if both:  # "BÍ THƯ CHI BỘ (CHỦ TRÌ)", "THƯ KÝ (người ghi biên bản)", "BÍ THƯ - CHỦ TRÌ": one role said twice
        roles = {_role(both.group(1)), _role(both.group(2))} - {None}
        return roles.pop() if len(roles) == 1 else None
    if _SECRETARY.fullmatch(piece) or piece == "tk":
        return "secretary"
    if _CHAIR.fullmatch(piece) or piece in ("ct", "bt", "t/m cb", "tm cb", "tm. cb"):
        return "chair"  # terse minutes sign under "TK      CT" (thư ký, chủ trì)
    return None


_LABELS = re.compile(rf"(?:{_SECRETARY.pattern}|{_CHAIR.pattern})")
_LABEL_RUN = re.compile(rf"{_LABELS.pattern}(?:\s+{_LABELS.pattern})+")
_SIGNED_RUN = re.compile(rf"(?:{_SIGNED.pattern})(?:\s*(?:{_SIGNED.pattern}))+")
_SIGNED_ONE = re.compile(r"\(\s*(?:da\s+ky(?:\s+ten)?|ky\s+ten|ky)\s*\)|da\s+ky")
_WORDS = re.compile(r"\S+")
_RANK = re.compile(r"(?<!\S)(?:dai|thuong|trung|thieu)\s+(?:tuong|ta|uy)\b")  # an officer's rank before the name


@cache
def _surnames() -> frozenset[str]:
    return frozenset(fold(s) for s in vocab()["surnames"])


def _split(col: int, piece: str, f: str, alone: bool = True) -> list[tuple[int, str, str]]:
    """Columns that extraction (OCR) joined with a single space: "THƯ KÝ CHỦ TRÌ", "(Đã ký) (Đã ký)",
    "Lê Thị Mai Nguyễn Văn Hùng" (split before the second name's surname, only when the piece is ``alone``
    on its line: beside another column it is one long name, "Nguyễn Thị Hồng Nhung")."""
    if _role(f):
        return [(col, piece, f)]
    marked = _MARK_THEN_NAME.fullmatch(f)
    if marked:  # "[chữ ký] Nguyễn Thị Hồng Nhung", "(Đã ký) Lê Văn Tám": the mark, then the name under it
        a = marked.start("name")
        return [(col, piece[:a].rstrip(), f[:a].rstrip()), (col + a, piece[a:], f[a:])]
    if _LABEL_RUN.fullmatch(f):
        return [(col + m.start(), piece[m.start() : m.end()], m.group(0)) for m in _LABELS.finditer(f)]
    if _SIGNED_RUN.fullmatch(f):
        return [(col + m.start(), piece[m.start() : m.end()], m.group(0)) for m in _SIGNED_ONE.finditer(f)]
    rank = next((m for m in _RANK.finditer(f) if m.start() > 0 and len(f[: m.start()].split()) >= 3), None)
    if alone and rank:  # "Trung úy Hà Minh Đức Thượng úy Lò Văn Thành": each name after its rank
        a = rank.start()
        return [(col, piece[:a].rstrip(), f[:a].rstrip()), (col + a, piece[a:], f[a:])]
    words = list(_WORDS.finditer(piece))
    # (four syllables are one name, "Nguyễn Thị Hồng Nhung", far more often than two names of two)
    if alone and 5 <= len(words) <= 10 and all(w.group(0)[:1].isupper() for w in words):
        # Most names have three syllables: of the family names that could start the second name, take
        # the split closest to 3 + 3 ("Lê Thị Mai | Nguyễn Văn Hùng", though Mai is a family name too).
        cands = [i for i in range(2, len(words) - 1) if fold(words[i].group(0)) in _surnames()]
        if cands:
            i = min(cands, key=lambda k: abs(k - 3) + abs(len(words) - k - 3))
            a = words[i].start()
            return [(col, piece[:a].rstrip(), f[:a].rstrip()), (col + a, piece[a:], f[a:])]
    return [(col, piece, f)]


# "Thư ký (đã ký): Đoàn Thị Hạnh", "CHỦ TRÌ: đã ký - Phan Văn Lực": the label, the mark and the name on one line
# (or "THƯ KÝ — (đã ký) — Lý Thanh Tùng", typed in a note app)
# (also the mark and the name with no colon: "THƯ KÝ (đã ký) Nguyễn Thị Thu Thủy")
# (a form's field: "Chữ ký thư ký: (đã ký) Võ Thị Ngọc Hân", "Thư ký ký tên: A - đã ký", "[x] Chủ trì đã ký: A")
# (typed on a phone: "TK (đã ký) Lê Thị Hân", "CT: A (đã ký)")
_INLINE = re.compile(r"\s*(?:\[[ ]?[xX✓✔][ ]?\]|[☑☒✓✔])?\s*(?:(?:chu\s+)?ky(?:\s+ten)?(?:\s+cua)?\s+)?"
                     rf"(?P<label>{_LABELS.pattern}|(?:tk|ct|bt)\b)(?:\s+ky(?:\s+(?:ten|xac\s+nhan))?)?"
                     r"\s*(?:(?P<mark>\(\s*da\s+ky\s*\)|da\s+ky(?=\s*:))\s*[:—]?|\s*[:—])"
                     r"\s*(?P<rest>\S.*?)\s*")
_MARK_DASH = re.compile(r"\(?\s*da\s+ky\s*\)?\s*[-–—:,]?\s*")


def _inline_signed(line: str, f: str) -> list[list[tuple[int, str, str]]] | None:
    """A signature written as one line becomes the two rows of a block: the label, then what is under it.
    Only with a signing mark: a header line "Thư ký: đ/c Đoàn Thị Hạnh" is a fact, not a signature."""
    m = _INLINE.fullmatch(f)
    if not m or not _role(m.group("label")):
        return None
    rest, col = m.start("rest"), len(line[: m.start()].expandtabs(8)) + m.start("label") - m.start()
    below: list[tuple[int, str, str]] = []
    if m.group("mark"):
        below.append((col, line[m.start("mark") : m.end("mark")], m.group("mark")))
    else:
        lead = _MARK_DASH.match(f, rest)
        if not lead:  # "Thư ký: Đoàn Thị Hạnh (đã ký)"
            tail = re.search(r"\s*(?:\(\s*da\s+ky\s*\)|[-–,]\s*da\s+ky)\s*$", f[rest : m.end("rest")])
            if not tail:
                return None
            below.append((col, "(đã ký)", "(da ky)"))
            name_end = rest + tail.start()
            below.append((col, line[rest:name_end], f[rest:name_end]))
            return [[(col, line[m.start("label") : m.end("label")], m.group("label"))], below]
        below.append((col, line[rest : lead.end()].strip(" -–:,"), f[rest : lead.end()].strip(" -–:,")))
        rest = lead.end()
    if rest < m.end("rest"):
        below.append((col, line[rest : m.end("rest")], f[rest : m.end("rest")]))
    return [[(col, line[m.start("label") : m.end("label")], m.group("label"))], below]


_COLUMN_GAP = re.compile(r"[ ]{3,}|\t+")
_BARE_LABEL = re.compile(rf"\s*(?P<label>{_LABELS.pattern})\s*:?\s*")  # "Chủ trì:" left blank
# the label and the name with no mark, in the record's last line: "Thư ký  Bùi Thị Lan      Chủ trì  Lò Văn Hạ"
_LABEL_NAME = re.compile(rf"\s*(?P<label>{_LABELS.pattern}|(?:tk|ct)\b)\s*:?\s*"
                         r"(?P<rest>[^\W\d_]+(?:[ ][^\W\d_]+){1,5})\s*")


# a dictated record's last two lines, each role with the name signed under it: "thư ký Lý Thị Diễm" /
# "chủ trì Trương Thanh Tùng", "Thư ký ký tên Trần Xuân Quý"
_ROLE_SIGNS = re.compile(rf"\s*(?P<label>{_LABELS.pattern})(?:\s+ky(?:\s+ten)?)?\s*:?\s*"
                         r"(?P<rest>[^\W\d_]+(?:[ ][^\W\d_]+){1,5})\s*")


def _last_two_signed(lines: list[str], folded: list[str]) -> dict[int, list[list[tuple[int, str, str]]]]:
    """The record's last two lines as a block of the two roles signed, when each is a role and a name."""
    filled = [i for i, line in enumerate(lines) if line.strip()][-2:]
    found = {}
    for i in filled:
        m = _ROLE_SIGNS.fullmatch(folded[i])
        name = clean_name(lines[i][m.start("rest") : m.end("rest")]) if m else None
        if not m or not name or not lines[i][m.start("rest")].isupper():
            return {}
        found[i] = [[(0, lines[i][m.start("label") : m.end("label")], m.group("label"))],
                    [(0, lines[i][m.start("rest") : m.end("rest")], m.group("rest"))]]
    roles = {_role(rows[0][0][2]) for rows in found.values()}
    return found if len(found) == 2 and roles == {"chair", "secretary"} else {}


def _inline_columns(line: str, f: str, final: bool = False) -> list[list[tuple[int, str, str]]] | None:
    """One-line signatures side by side: "Thư ký: A (đã ký)     Chủ trì: B (đã ký)"; without the marks only as
    the record's ``final`` line, both roles named ("Thư ký: A     Chủ trì: B" at the head is a fact)."""
    if not _COLUMN_GAP.search(line.strip()):
        return None
    bounds = [0, *(x for g in _COLUMN_GAP.finditer(line) for x in (g.start(), g.end())), len(line)]
    segs = [(a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=True) if line[a:b].strip()]
    if final:  # "Thư ký      Bùi Thị Lan      Chủ trì      Lò Văn Hạ": each label with the name set apart after it
        for i in range(len(segs) - 2, -1, -1):
            if _BARE_LABEL.fullmatch(f, *segs[i]) and not _LABELS.match(f, segs[i + 1][0]):
                segs[i : i + 2] = [(segs[i][0], segs[i + 1][1])]
    blocks: list[list[list[tuple[int, str, str]]]] = []
    signed = False
    for a, b in segs:
        one = _inline_signed(" " * a + line[a:b], " " * a + f[a:b])
        if one is None:  # a label and a name with no mark beside a signed one: "… (đã ký)     Chủ trì: Lã Văn Hào"
            m = _INLINE.fullmatch(f, a, b) or (_LABEL_NAME.fullmatch(f, a, b) if final else None)
            bare = None if m else _BARE_LABEL.fullmatch(f, a, b)
            if not (m or bare) or not _role((m or bare).group("label")):
                return None
            lab = m or bare
            col = len(line[: lab.start("label")].expandtabs(8))
            one = [[(col, line[lab.start("label") : lab.end("label")], lab.group("label"))],
                   [(col, line[m.start("rest") : m.end("rest")], m.group("rest"))] if m else []]
        else:
            signed = True
        blocks.append(one)
    named = {_role(blk[0][0][2]) for blk in blocks if blk[1]}
    if len(blocks) < 2 or not (signed or (final and len(blocks) == 2 and named == {"chair", "secretary"})):
        return None
    return [[cell for blk in blocks for cell in blk[0]], [cell for blk in blocks for cell in blk[1]]]


# (or the cell's resolution attached: "(Kèm theo biên bản)" over "NGHỊ QUYẾT CHI BỘ THÁNG 9/2019")
# (or a correction noted under the signed record, signed on its own: "ĐÍNH CHÍNH: Biên bản đánh máy nhầm …")
_APPENDIX = re.compile(r"(?m)^[^\w\n]*(?:phu\s+luc\b|kem\s+theo\s+bien\s+ban\b|dinh\s+chinh\s*:)")


# another document's title in capitals after the signatures: the resolution or conclusion notice attached
_ATTACHED_TITLE = re.compile(r"(?m)^[ \t]*(?:NGHỊ QUYẾT|THÔNG BÁO KẾT LUẬN|DANH SÁCH)\b")


# A signature told in a line of prose or a sheet's cell: "Thư ký Nguyễn Thị Diễm (đã ký), Chủ trì Lê Văn Út (đã ký)",
# "Ký xác nhận: Chủ trì: Vũ Đức Toàn (đã ký) | Thư ký: …", "✍️ TK Hồ Thị Lan (đã ký)"; the mark must follow the name.
_SIGNED_MENTION = re.compile(
    r"(?<![^\W_])(?P<label>thu[ ]ky|chu[ ]tri|chu[ ]toa|nguoi[ ]ghi[ ]bien[ ]ban|tk|ct)(?:[ ]ky(?:[ ]ten)?)?"
    r"(?:[ \t]*\([^()\n]{0,30}\))?"  # (a template's hint left in: "Thư ký (ký, ghi rõ họ tên)<TAB>A - đã ký")
    r"[ \t]*[:\-–]?[ \t]*"
    r"(?:(?:dong[ ]chi|d[ ]?/[ ]?c)[ ]+)?(?P<name>[^\W\d_]+(?:['’][^\W\d_]+)?(?:[ ][^\W\d_]+){1,4})[ \t]*"
    r"(?:\([ \t]*da[ ]ky(?:[ ](?:so|ten))?[ \t]*\)|[-–,][ \t]*da[ ]ky\b|(?:[✅✓✔☑]|(?<=\w)[ \t])[ \t]*da[ ]ky\b)"
)


# both said to have signed, in a sentence: "Chủ trì và thư ký đã ký đủ", "Thư ký và chủ trì cùng ký", "có đủ chữ ký
# của chủ trì và thư ký" (not "… chưa ký")
_ROLE_BRACKET = r"(?:[ \t]*\([^()\n]{0,40}\))?"
_SIGNED_LIST = re.compile(r"(?<![^\W_])da\s+ky\s*:[^\n]*")
_BOTH_SIGNED = re.compile(
    rf"(?:chu\s+tri|chu\s+toa){_ROLE_BRACKET}\s+va\s+thu\s+ky{_ROLE_BRACKET}\s+(?:deu\s+|cung\s+)?(?:da\s+)?ky\b"
    rf"|thu\s+ky{_ROLE_BRACKET}\s+va\s+(?:chu\s+tri|chu\s+toa){_ROLE_BRACKET}\s+(?:deu\s+|cung\s+)?(?:da\s+)?ky\b"
    r"|(?:da\s+)?co\s+du\s+chu\s+ky(?:\s+cua)?\s+(?:chu\s+tri|chu\s+toa)\s+va\s+thu\s+ky(?!\s+chua)")

# a record kept in a database, each signature its field: "ky chu tri: Đã ký", "Chữ ký thư ký: đã ký (Hồ Thị Trâm)"
_SIGNED_FIELD = re.compile(r"(?m)^[ \t]*(?:chu\s+ky|ky|xac\s+nhan)(?:\s+cua)?\s+(?P<role>chu\s+tri|chu\s+toa|thu\s+ky"
                           r"|nguoi\s+ghi\s+bien\s+ban)[ \t]*:[ \t]*(?:[^\n:]{0,60}?[\[(\-–][ \t]*)?da\s+ky\b")

# (or a form's box ticked, the mark before the name: "[x] Chủ trì đã ký bản in: Lê Quang Vinh")
_SIGNED_FIRST = re.compile(
    r"(?<![^\W_])(?P<label>thu[ ]ky|chu[ ]tri|chu[ ]toa|nguoi[ ]ghi[ ]bien[ ]ban)[ ]da[ ]ky"
    r"(?:[ ](?:ban[ ](?:in|giay|goc)|vao[ ]ban[ ]in|so))?[ \t]*[:\-–][ \t]*(?:(?:dong[ ]chi|d[ ]?/[ ]?c)[ ]+)?"
    r"(?P<name>[^\W\d_]+(?:['’][^\W\d_]+)?(?:[ ][^\W\d_]+){1,4})")


# A typist's note of the signatures in the book copied: "(Trong sổ: ô "THƯ KÝ" có chữ ký, tên Huỳnh Ngọc Bích; ô
# "CHỦ TRÌ" có chữ ký, tên Đặng Minh Trí.)", "(… mục CHỦ TRÌ bỏ trống, không có chữ ký, không ghi tên.)"
_NOTE = re.compile(r"[(\[]([^()\[\]]{12,400})[)\]]")
_NOTE_SIGNED = re.compile(r"(?<![^\W_])(?:co\s+chu\s+ky|co\s+ky|da\s+ky|ky)(?![^\W_])")
# (a signature promised is none yet: "(Đ/c chủ trì sẽ ký bổ sung khi hết cách ly.)")
_NOTE_UNSIGNED = re.compile(r"bo\s+trong|de\s+trong|khong\s+(?:co\s+)?(?:chu\s+)?ky|chua\s+ky|khong\s+ghi\s+ten"
                            r"|se\s+ky|ky\s+bo\s+sung|ky\s+sau")
_NOTE_NAME = re.compile(r"(?:\bten|\bda\s+ky\s*,)\s+")


def _noted_signatures(text: str, folded: str, start: int) -> dict[str, tuple[bool, str | None]]:
    """The signatures a transcription's note describes, by role: signed or not, and the name written."""
    found: dict[str, tuple[bool, str | None]] = {}
    for note in _NOTE.finditer(folded, start):
        a, b = note.span(1)
        if not re.search(r"\bky\b", folded[a:b]):
            continue
        labels = [(m, role) for m in _LABELS.finditer(folded, a, b) if (role := _role(m.group(0)))]
        for i, (m, role) in enumerate(labels):
            end = labels[i + 1][0].start() if i + 1 < len(labels) else b
            if i + 1 < len(labels) and labels[i + 1][1] == role:
                continue  # "T/M CHI BỘ – BÍ THƯ – ký, …": one role said twice
            semi = folded.find(";", m.end(), end)
            seg_end = semi if semi >= 0 else end
            seg = folded[m.end() : seg_end]
            if _NOTE_UNSIGNED.search(seg) or not _NOTE_SIGNED.search(seg):
                found.setdefault(role, (False, None))
                continue
            at = _NOTE_NAME.search(folded, m.end(), seg_end)
            name = clean_name(re.split(r"[.;,(]", text[at.end() : seg_end])[0]) if at else None
            found[role] = (True, name)
    return found


# both signatures on one line, typed on a phone: "thư ký (đã ký) Hoàng Thị Hằng ; chủ trì (đã ký) Y Bhin Niê"
_ROLE_AFTER_SEMICOLON = re.compile(
    rf"(?m)^[ \t]*(?:{_LABELS.pattern})\b[^\n;]*?[ \t]*(?P<semi>;)[ \t]*(?={_LABELS.pattern}\b)")


def _one_role_a_line(text: str, folded: str) -> tuple[str, str]:
    """The two signatures typed on one line apart, each on a line of its own (same offsets)."""
    cuts = [m.start("semi") for m in _ROLE_AFTER_SEMICOLON.finditer(folded, max(0, len(folded) - 600))]
    for at in cuts:
        text, folded = text[:at] + "\n" + text[at + 1 :], folded[:at] + "\n" + folded[at + 1 :]
    return text, folded


def read_signatures(text: str, folded: str) -> tuple[Signatures, str | None, str | None]:
    """Who signed, and the names under the secretary's and the chair's labels."""
    text, folded = _one_role_a_line(text, folded)
    sig, secretary, chair = _block_signatures(text, folded)
    if sig.chair and sig.secretary:
        return sig, secretary, chair
    tail = max(0, len(folded) - 600)
    signed = {"chair": sig.chair, "secretary": sig.secretary}
    names = {"chair": chair, "secretary": secretary}
    for role, (yes, name) in _noted_signatures(text, folded, tail).items():
        if yes and not signed[role]:
            signed[role], names[role] = True, names[role] or name
    if not (signed["chair"] and signed["secretary"]) and _BOTH_SIGNED.search(folded, tail):
        signed["chair"] = signed["secretary"] = True  # "Chủ trì (đ/c A) và thư ký (đ/c B) đã ký vào sổ biên bản"
    for listed in _SIGNED_LIST.finditer(folded, tail):  # "Đã ký: Trương Văn Sang (chủ trì), Đặng Thị Loan (thư ký)"
        for role in re.findall(r"\(\s*(chu\s+tri|chu\s+toa|thu\s+ky)\s*\)", listed.group()):
            signed["secretary" if role.startswith("thu") else "chair"] = True
    for m in _SIGNED_FIELD.finditer(folded, tail):  # a database's field: "ky_chu_tri: Đã ký (Nguyễn Hữu Bình)"
        role = "secretary" if m.group("role").startswith(("thu", "nguoi")) else "chair"
        if not signed[role]:
            named = re.match(r"\s*\(([^()\n]{3,40})\)", text[m.end() : m.end() + 60])
            signed[role], names[role] = True, names[role] or (clean_name(named.group(1)) if named else None)
    for m in [*_SIGNED_MENTION.finditer(folded, tail), *_SIGNED_FIRST.finditer(folded, tail)]:
        role = _role(m.group("label"))
        name = clean_name(text[m.start("name") : m.end("name")])
        if role and not signed[role] and name and text[m.start("name")].isupper() and not _LABELS.search(m["name"]):
            signed[role], names[role] = True, names[role] or name
    return Signatures(chair=signed["chair"], secretary=signed["secretary"]), names["secretary"], names["chair"]


def _block_signatures(text: str, folded: str) -> tuple[Signatures, str | None, str | None]:
    """The signature block's labels, marks and names."""
    end = len(folded)
    # an appendix after the signatures ("PHỤ LỤC: DANH SÁCH ĐẢNG VIÊN DỰ HỌP" with its own columns) is not the block
    appendix = _APPENDIX.search(folded, len(folded) // 2) or next(
        (m for m in _ATTACHED_TITLE.finditer(text, len(text) // 2)
         if re.search(r"(?m)^[ \t]*(?:THƯ KÝ|CHỦ TRÌ|CHỦ TỌA|T/M)", text[max(0, m.start() - 600) : m.start()])), None)
    if appendix and _LABELS.search(folded, max(0, appendix.start() - 1500), appendix.start()):
        end = appendix.start()
    tail = max(0, end - 1500)
    tail = folded.find("\n", tail) + 1 if tail else 0
    rows: list[list[tuple[int, str, str]]] = []  # per line: (column, piece as written, folded piece)
    pos = tail
    lines = text[tail:end].split("\n")
    final = max((i for i, line in enumerate(lines) if line.strip()), default=-1)
    flines, at = [], tail
    for line in lines:
        flines.append(folded[at : at + len(line)])
        at += len(line) + 1
    last_two = _last_two_signed(lines, flines)
    for i, line in enumerate(lines):
        if i in last_two:
            rows.extend(last_two[i])
            pos += len(line) + 1
            continue
        if line.count("|") >= 2:  # a Markdown table's row: "| THƯ KÝ | CHỦ TRÌ |", "| *(đã ký)* | *(đã ký)* |"
            line = re.sub(r"[|*]", " ", line)
        row: list[tuple[int, str, str]] = []
        pieces = list(_PIECE.finditer(line))
        fline = folded[pos : pos + len(line)]
        inline = _inline_columns(line, fline, i == final) or _inline_signed(line, fline)
        if inline:
            rows.extend(inline)
            pos += len(line) + 1
            continue
        if len(pieces) >= 2 and _role(fold(pieces[0].group(0))) and (
                pieces[0].group(0).rstrip().endswith(":") or pieces[1].group(0).startswith(":")):
            pos += len(line) + 1  # a form's fact far from its colon: "Chủ trì        : Đào Văn Lợi - Bí thư chi bộ"
            rows.append([])
            continue
        for m in pieces:
            # the column as displayed: "THƯ KÝ<5 tabs>CHỦ TRÌ" over "Nguyễn Thị Hồng Nhung<3 tabs>Vũ Đức Thịnh"
            col = len(line[: m.start()].expandtabs(8))
            row.extend(_split(col, m.group(0), folded[pos + m.start() : pos + m.end()], len(pieces) == 1))
        rows.append(row)
        pos += len(line) + 1
    labels: list[_Label] = []
    for li, row in enumerate(rows):
        for col, _, f in row:
            role = _role(f)
            if role:
                labels.append(_Label(role, li, col))
    if not labels:
        return Signatures(), None, None
    # Only the last block counts: labels within a few lines of the last one.
    last = labels[-1].line
    block = [lab for lab in labels if lab.line >= last - 6]
    first_line = block[0].line
    roles: dict[str, _Label] = {}
    for lab in block:
        roles.setdefault(lab.role, lab)
    stacked = len(roles) == 2 and abs(roles["chair"].col - roles["secretary"].col) < 6
    order = sorted(roles.values(), key=lambda lab: lab.line)
    signed = dict.fromkeys(roles, False)
    names: dict[str, str | None] = dict.fromkeys(roles)
    seen_names = 0
    # "CHỦ TRÌ    THƯ KÝ" side by side, but what is under them read one column after the other (OCR makes
    # each column a paragraph of its own): nothing stands under the right label, so take them in turn.
    by_col = sorted(roles.values(), key=lambda lab: lab.col)
    in_turn = (
        not stacked
        and len(roles) == 2
        and by_col[0].line == by_col[1].line
        and not any(abs(col - by_col[1].col) < 8 for li in range(last + 1, min(len(rows), last + 10))
                    for col, _, _ in rows[li])
    )
    for li in range(first_line, min(len(rows), last + 10)):
        for col, piece, f in rows[li]:
            if _role(f):
                continue
            is_signed = bool(_SIGNED.fullmatch(f.strip()))
            # (a record dictated in lower case signs so too: "thư ký" over "vũ thị hằng")
            name = None if is_signed or len(piece) > 45 else clean_name(piece, lower=piece.strip().islower())
            if not (is_signed or name):
                continue
            above = [lab for lab in roles.values() if lab.line < li]
            if not above:
                continue
            if stacked:
                # "THƯ KÝ / CHỦ TRÌ" one under the other, then the names in the same order; or each
                # label with its own name right under it.
                if li > last:
                    role = order[min(seen_names, len(order) - 1)].role
                else:
                    role = max(above, key=lambda lab: lab.line).role
            elif in_turn and li > last:
                role = by_col[min(seen_names, 1)].role
            else:
                role = min(above, key=lambda lab: abs(lab.col - col)).role
            signed[role] = True
            if name and names[role] is None:
                names[role] = name
                seen_names += 1
    sig = Signatures(chair=signed.get("chair", False), secretary=signed.get("secretary", False))
    return sig, names.get("secretary"), names.get("chair")
