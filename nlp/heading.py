"""The heading of minutes: which organisation met (and its parent committee), and the meeting's form.

"CHI BỘ KHU PHỐ 3" under "ĐẢNG BỘ PHƯỜNG TÂN THÀNH" gives "Chi bộ Khu phố 3" and "Đảng bộ phường Tân
Thành"; the title's "THƯỜNG KỲ" / "CHUYÊN ĐỀ" gives the type (12-HD/BTCTW: regular monthly, thematic at
least quarterly, possibly in one session).  Patterns run on ``nlp.cues.fold(text)``.
"""

from __future__ import annotations

import re
from functools import cache

from nlp.cues import TITLE, TITLE_WORD, alternation, book_furniture, fold, typist_note
from nlp.names import case_org
from nlp.normalize import fold_key, modern_tones, strip_marks, ticked

# also wrapped by OCR: "… VIỆT" / "NAM"; not the "CÔNG SẢN" (public assets) of "PHÒNG QUẢN LÝ GIÁ VÀ CÔNG SẢN"
_DCSVN = re.compile(r"dang\s+cong\s+san(?:\s+viet(?:\s+nam)?)?|cong\s+san\s+viet(?:\s+nam)?")
_PARTY_LINE = re.compile(r"(?P<kind>chi\s+bo|dang\s+bo|dang\s+uy|chi\s+uy)\b")
_ORG_IN_TEXT = re.compile(
    # "Chi bộ thôn Đông (, xã An Phú) tổ chức sinh hoạt …"
    # "chi bộ xóm Bưởi (Đảng bộ xã Thống Nhất) họp …": a parenthesis naming the parent
    # (and where it lies: "Chi bộ ấp An Thới thuộc Đảng bộ xã An Thạnh, huyện Mỏ Cày Nam, tỉnh Bến Tre họp …")
    r"\b(?P<kind>chi\s+bo|dang\s+bo)\s+(?P<name>[^\n,.;:()]{2,80}?)(?:,[^\n,.;:()]{2,60}?){0,3}"
    r"(?:\s*\((?:(?:truc\s+)?thuoc\s+)?(?P<paren>(?:dang\s+bo|dang\s+uy)\s[^\n()]{2,60})\))?\s+"
    # … or counts its members: "Chi bộ bản Khuổi Khon có 8 đ/c"
    r"(?:(?:da\s+|dang\s+)?(?:to\s+chuc|tien\s+hanh|hop|sinh\s+hoat)\b|(?:hien\s+)?co\s+(?:tong\s+so\s+)?\d)"
)


def _header_lines(text: str, folded: str) -> list[tuple[int, int]]:
    """Spans of the heading's column pieces, up to the title (two columns are split apart)."""
    title = TITLE.search(folded, 0, 1500)
    stop = title.start() if title else min(len(folded), 600)
    if title and not text[:stop].strip():
        # No heading above the title: the lines in capitals right under it hold the cell
        # ("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ" / "CHI BỘ THÔN LÝ HÒA - ĐẢNG BỘ XÃ NHƠN LÝ").
        after = text.find("\n", title.start())
        for _ in range(3):
            if after < 0:
                break
            nxt = text.find("\n", after + 1)
            line = text[after + 1 : nxt if nxt >= 0 else len(text)].strip()
            if not line or not line.isupper():
                break
            stop = nxt if nxt >= 0 else len(text)
            after = nxt
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text[:stop].split("\n"):
        # a heading laid out as a table and exported with bars: "ĐẢNG BỘ CÔNG TY … | | ĐẢNG CỘNG SẢN VIỆT NAM"
        cols = re.sub(r"[ \t]*\|[ \t|]*", lambda b: " " * len(b.group()), line) if "|" in line else line
        for m in re.finditer(r"\S+(?: {1,2}\S+)*", cols):  # 3+ spaces or a tab separate columns
            s, e = pos + m.start(), pos + m.end()
            if text[s] == "(":
                continue  # an aside: "(Chi bộ Khu vực 1, phường An Hòa, quận Ninh Kiều cũ)" under the cell's name
            lead = re.match(r"(?:[^\w\s]|_)+\s*", text[s:e])  # OCR specks: ". CHI BỘ …", "` ĐẢNG BỘ …"
            if lead and lead.end() < e - s:
                s += lead.end()
            # Columns merged by extraction: "ĐẢNG BỘ XÃ AN PHÚ ĐẢNG CỘNG SẢN VIỆT NAM".
            d = _DCSVN.search(folded, s, e)
            if d is None and not folded[e:].split("\n", 1)[0].strip():
                # … and its name wrapped by OCR after the first word: "… CHA LO ĐẢNG" / "CỘNG SẢN VIỆT NAM"
                d = re.compile(r"(?<=\s)dang(?=\s*\n\s*cong\s+san)").search(folded, s, e + 40)
                d = d if d is not None and d.start() < e else None
            if d:
                spans.extend(x for x in ((s, d.start()), (d.start(), d.end()), (d.end(), e)) if x[1] - x[0] > 1)
            else:
                spans.append((s, e))
        pos += len(line) + 1
    return spans


def _upper_run(name: str) -> str:
    """The heading name in capitals, cut where the other column's mixed-case words begin."""
    tokens = name.split()
    if len(tokens) < 2 or not (tokens[0].isupper() and tokens[1].isupper()):
        return name
    kept: list[str] = []
    for i, tok in enumerate(tokens):
        rest = " ".join(tokens[i:])
        if tok == "*" or tok != tok.upper() or re.match(r"(?i)số\s*:?\s*\d+\s*[-/]\s*[^\W\d_]{1,6}\s*[/-]", rest):
            break  # "SỐ 07-BB/CB" (not the cell's number before its parent: "CHI BỘ TDP SỐ 9 - ĐẢNG BỘ PHƯỜNG …")
        kept.append(tok)
    return " ".join(kept)


def _cased(text: str, folded: str, name: str) -> str:
    """The organisation name cased as the body writes it, else cased by rule."""
    if not name.isupper():
        return modern_tones(" ".join(name.split()))
    cased = case_org(name)
    head = _PARTY_LINE.match(fold(cased))
    rest = cased[head.end() :].strip() if head else ""
    words = [re.escape(w) for w in fold(rest).split()]
    if head and words:
        # The body names the cell in running text: "Chi bộ thôn Đông tổ chức …".
        pat = re.compile(r"\b(?:chi\s+bo|dang\s+bo|dang\s+uy)\s+(?P<rest>" + r"\s+".join(words) + r")(?!\w)")
        for m in pat.finditer(folded):
            found = text[m.start("rest") : m.end("rest")]
            if fold_key(found) == fold_key(rest) and found != found.upper():
                return cased[: head.end()] + " " + modern_tones(" ".join(found.split()))
    if head and len(words) >= 2 and strip_marks(name) != name:
        # OCR misreads marks on capitals ("XÃ AN PHÙ"); the body's "xã An Phú" in running text is surer.
        pat = re.compile(r"(?<![\w\n])\s*(?<=\s)" + r"\s+".join(words) + r"(?!\w)")
        for m in pat.finditer(folded, max(0, len(folded) // 50)):
            found = text[m.start() : m.end()].strip()
            if (
                found != found.upper()
                and strip_marks(found) != found
                and text[max(0, m.start() - 2) : m.start()].strip(" ") not in ("", ".")
            ):
                return cased[: head.end()] + " " + modern_tones(" ".join(found.split()))
    return cased


_PAREN_PARENT = r"\(\s*(?:(?:truc\s+)?thuoc\s+)?(?P<p>(?:dang\s+bo|dang\s+uy)\s[^\n()]{2,60}?)\s*\)"
_SIGNS_FOR = re.compile(r"t[ \t]*/[ \t]*m\.?[ \t]+(?P<org>chi[ \t]+bo[ \t]+[^\n]{2,60}?)(?=[ \t]*(?:\n|$))")
_SHORT_NOUNS = {"CB": "Chi bộ", "ĐB": "Đảng bộ", "ĐU": "Đảng ủy"}
_SHORT_PARTY = re.compile(r"(CB|ĐB|ĐU)[ \t]+(?=[^\W\d_])")
_PARTY_HEAD = re.compile(r"[ \t]*(?:CB|ĐB|ĐU|(?i:chi bộ|đảng bộ|đảng ủy))\b")


def _paired_short(text: str, start: int, end: int) -> bool:
    """A short "CB …" or "ĐB …" names a cell only beside the other of the pair on the line above or below (not
    a chat group's name "CB KP4 LINH TÂY")."""
    lines = text[:end].split("\n")
    above = lines[-2] if len(lines) > 1 else ""
    below = text[end:].split("\n", 2)[1] if text.count("\n", end) else ""
    return any(_PARTY_HEAD.match(x) for x in (above, below))


_PAIR_CUT = re.compile(r"\s+[-–—]\s+(?=(?:dang\s+bo|dang\s+uy|chi\s+bo)\b)")


# (an e-office record's "Đơn vị ban hành: Chi bộ …", "Cấp ủy cấp trên: Đảng bộ …": only with the noun in the value)
# (a form's "Tên chi bộ của đồng chí: …")
_CELL_FIELD = re.compile(r"(?m)^[ \t]*[-+•*]?[ \t]*(?:(?:ten\s+)?chi\s+bo"
                         r"(?:\s+cua\s+(?:dong\s+chi|anh\s*/?\s*chi|ban))?|(?:don\s+vi|co\s+quan|(?:ten\s+)?to\s+chuc)"
                         r"(?:\s+[a-z]+){0,3}"
                         r"(?=[ \t]*:[ \t]*chi\s+bo\s))[ \t]*:[ \t]*(?P<v>[^\n]{2,80}?)[ \t]*$")
_PARENT_FIELD = re.compile(r"(?m)^[ \t]*[-+•*]?[ \t]*(?:dang\s+bo(?:\s+cap\s+tren(?:\s+truc\s+tiep)?)?"
                           r"|(?:dang\s+bo\s+)?(?:truc\s+)?thuoc(?:\s+dang\s+(?:bo|uy))?"
                           r"|cap\s+(?:uy|tren)(?:\s+cap\s+tren|\s+truc\s+tiep)?(?=[ \t]*:[ \t]*dang\s+(?:bo|uy)\s))"
                           r"[ \t]*:[ \t]*(?P<v>[^\n]{2,80}?)[ \t]*$")


def _labelled_org(text: str, folded: str, rx: re.Pattern[str], noun: str) -> str | None:
    """The value of a form's field naming the cell or its parent, with its noun ("Tên chi bộ: Thôn 5")."""
    m = rx.search(folded, 0, 1500)
    if m is None or re.search(r"\d{1,3}\s*(?:dong\s+chi|dang\s+vien|d/c|dv)\b|[.…_]{3}", m["v"]):
        return None  # (not a count, "Chi bộ: 27 đảng viên", nor a blank form's dots)
    value = text[m.start("v") : m.end("v")].strip(" .;")
    return value if _PARTY_LINE.match(fold(value)) else f"{noun} {value}"


def read_orgs(text: str, folded: str) -> tuple[str | None, str | None]:
    """Organisation (the cell) and its parent committee from the heading, else from the text."""
    found: list[tuple[str, str]] = []  # (kind, name as written)
    titled = TITLE.search(folded, 0, 1500) is not None
    spans = _header_lines(text, folded)
    i = 0
    while i < len(spans):
        s, e = spans[i]
        f = folded[s:e]
        m = _PARTY_LINE.match(f)
        piece = text[s:e]
        short = _SHORT_PARTY.match(piece)
        if m is None and short and _paired_short(text, s, e):
            # a notebook's "ĐB xã Bồi Sơn" over "CB Trường THCS Lý Nhật Quang": the nouns written short
            piece = _SHORT_NOUNS[short.group(1)] + piece[short.end(1) :]
            f = fold(piece)
            m = _PARTY_LINE.match(f)
        # A heading line: in capitals, or (above a BIÊN BẢN title) a short line that is no sentence.
        heading_like = all(w.isupper() for w in piece.split()[:2]) or (
            # (a narrative record with no title: the head's short lines at the very top)
            (titled or text[:s].count("\n") <= 2) and len(piece) <= 70 and not re.search(r"[.:;](?:\s|$)", piece)
        )
        # (not a form's field "CHI BỘ: Chi bộ làng A": its value is read as the form's below)
        # (nor a note app's breadcrumb "Chi bộ / Sổ biên bản 2022 / Biên bản tháng 9")
        if (m and not _DCSVN.match(f) and e - s <= 120 and heading_like and not re.match(r"[^:]{0,12}:", f[m.end():])
                and f.count(" / ") < 2):
            name = _upper_run(piece.strip(" *-"))
            # A long name wrapped onto the next line: "ĐẢNG BỘ KHỐI CÁC CƠ QUAN" / "TỈNH QUẢNG NAM".
            # The next line's span is the one below (the national motto may stand beside the name).
            j = i + 1
            while j < len(spans) and "\n" not in text[e : spans[j][0]]:
                j += 1
            if j < len(spans):
                ns, ne = spans[j]
                nxt = text[ns:ne].strip()
                nf = folded[ns:ne]
                line_start = text.rfind("\n", 0, s) + 1
                if (
                    nxt.isupper()
                    and text[e:ns].count("\n") == 1
                    and not _PARTY_LINE.match(nf)
                    and not _DCSVN.match(nf)
                    and not re.fullmatch(r"\s*(?:viet\s+)?nam\s*", nf)  # the motto's own wrap ("… VIỆT" / "NAM")
                    # (not the document's number, "Số: 07-BB/CB"; "SỐ 7" alone ends "CHI BỘ KHU DÂN CƯ")
                    and not re.match(r"so\b\s*(?:[:.…]|\d+\s*[-/]|$)|\*|" + TITLE_WORD, nf)
                    and not _BOOK_COVER.match(nf)  # (nor the minute book's cover under the heading)
                    and len(nxt) < 60
                    and name.isupper()
                    and not re.search(r"[/:]|ngay\s+\d", nf)
                    and ns - text.rfind("\n", 0, ns) - 1 < max(20, e - line_start)
                ):
                    dash = text[s:e].rstrip()[-1:]  # "… HỒI SỨC TÍCH CỰC -" / "CHỐNG ĐỘC" keeps its dash
                    name = f"{name} {dash} {nxt}" if dash in ("-", "–") else f"{name} {nxt}"
                    if j == i + 1:
                        i += 1
                    else:
                        spans = [*spans[:j], *spans[j + 1 :]]
            # "CHI BỘ THÔN LÝ HÒA - ĐẢNG BỘ XÃ NHƠN LÝ": the cell and its parent on one line
            cut = _PAIR_CUT.search(fold(name))
            if cut is None and re.match(r"dang\s+(?:bo|uy)\s", fold(name)):
                # the two lines merged by extraction: "ĐẢNG BỘ XÃ YÊN LẠC CHI BỘ THÔN NAM SƠN"
                cut = re.search(r"\s+(?=chi\s+bo\s+\S)", fold(name))
            pieces = [name[: cut.start()], name[cut.end() :]] if cut else [name]
            first = _PARTY_LINE.match(fold(pieces[0])) if cut else None
            if first and first.group(0).startswith("chi"):
                pieces.reverse()  # the parent first, as when it heads the line above
            for piece_name in pieces:
                head = _PARTY_LINE.match(fold(piece_name))
                if head and fold(piece_name)[head.end() :].strip(" *-"):  # "CHI BỘ" alone names nothing
                    found.append((head.group("kind").replace(" ", ""), piece_name.strip()))
        i += 1
    org = parent = None
    cells = [k for k, (kind, _) in enumerate(found) if kind in ("chibo", "chiuy")]
    if cells:
        k = cells[-1]
        org = found[k][1]
        parents = [n for kind, n in found[:k] if kind in ("dangbo", "danguy")]
        parent = parents[-1] if parents else None
    elif found and _COMMITTEE_MEETING.search(folded, 0, 1500) and not re.search(r"chi\s+bo", _title_zone(folded)):
        # A meeting of the Đảng bộ / Đảng ủy itself: it is the organisation, the line above its parent.
        org = found[-1][1]
        parent = found[-2][1] if len(found) > 1 else None
    elif found:
        parent = found[-1][1]
    if org is None or parent is None:
        # no heading above the title (a record copied out of the minutes book): the cell named in the title
        # and the lines under it ("BIÊN BẢN HỌP CHI BỘ THÔN TÂN LẬP THÁNG 3 NĂM 2017" / "(Đảng bộ xã Vũ Hội)")
        t_org, t_parent = _title_orgs(text, folded)
        if org is None and t_org:
            org, parent = t_org, parent or t_parent
        elif org is not None and parent is None and t_parent and t_org:
            parent = t_parent
    if org is None:  # a form's fields: "Chi bộ:  Chi bộ Xí nghiệp số 2", "Tên chi bộ: Thôn 5", "Đảng bộ: …"
        org = _labelled_org(text, folded, _CELL_FIELD, "Chi bộ")
        # (the form's own field before a line of its heading: "Đảng bộ cấp trên: Đảng bộ xã Hòa Thắng")
        parent = (_labelled_org(text, folded, _PARENT_FIELD, "Đảng bộ") if org else None) or parent
    if org is None or parent is None:  # a minute book typed out: its cover line names the cell and its parent
        b_org, b_parent = _book_cover_orgs(text, folded)
        if org is None and b_org:
            org, parent = b_org, parent or b_parent
        elif org is not None and parent is None and b_org and fold(b_org) == fold(org):
            parent = b_parent
    if org is None:
        for m in _ORG_IN_TEXT.finditer(folded, 0, max(3000, len(folded) // 3)):
            name = _org_from_text(text, folded, m)
            if name and m.group("kind").startswith("chi"):
                org = name
                if parent is None and m.group("paren"):
                    parent = " ".join(text[m.start("paren") : m.end("paren")].split())
                break
            if name and parent is None:
                parent = name
    if org is None:  # named only where the chair signs for it: "T/M CHI BỘ TRƯỜNG THCS LÊ QUÝ ĐÔN"
        m = _SIGNS_FOR.search(folded, max(0, len(folded) - 1500))
        if m:
            org = text[m.start("org") : m.end("org")].strip()
    if org and parent is None:
        # "Chi bộ thôn 4, Đảng bộ xã Ea Hồ Nam, tổ chức sinh hoạt …": the parent beside the cell in the body
        words = [re.escape(w) for w in fold(_clean_org(org)).split()[2:]]
        if words:
            beside = re.search(r"\bchi\s+bo\s+" + r"\s+".join(words) + r"\s*,\s*(?P<p>(?:dang\s+bo|dang\s+uy)\s"
                               r"[^\n,.;:()]{2,60}?)\s*,", folded)
            # "Chi bộ ấp Bờ Xáng (trực thuộc Đảng bộ xã Rạch Chèo Đông) tiến hành …"
            beside = beside or re.search(r"\bchi\s+bo\s+" + r"\s+".join(words) + r"\s*" + _PAREN_PARENT, folded)
            # "Chi bộ Hưu trí Khu vực 5 trực thuộc Đảng bộ phường An Khánh tổ chức …"
            beside = beside or re.search(
                r"\bchi\s+bo\s+" + r"\s+".join(words) + r"\s+(?:truc\s+)?thuoc\s+(?P<p>(?:dang\s+bo|dang\s+uy)\s"
                r"[^\n,.;:()]{2,60}?)(?=\s*[,.;]|\s+(?:da\s+|dang\s+)?(?:to\s+chuc|tien\s+hanh|hop|sinh\s+hoat)\b)",
                folded)
            if beside:
                parent = " ".join(text[beside.start("p") : beside.end("p")].split())
    if org and parent is None:  # the parent in brackets under the cell: "CHI BỘ ẤP RẠCH GỐC" / "(Đảng bộ xã …)"
        title = TITLE.search(folded, 0, 1500)
        under = re.compile(r"(?m)^[ \t]*" + _PAREN_PARENT).search(folded, 0, title.start() if title else 0)
        if under:
            parent = " ".join(text[under.start("p") : under.end("p")].split())
    if org:  # "Chi bộ thôn Tân Hưng thuộc Đảng bộ xã Lãng Sơn"
        m = re.search(r"\s+(?:thuoc|truc\s+thuoc)\s+(?=dang\s+bo|dang\s+uy)", fold(org))
        if m:
            org, parent = org[: m.start()], parent or org[m.end() :]
    org = _cased(text, folded, _clean_org(org)) if org else None
    parent = _cased(text, folded, _clean_org(parent)) if parent else None
    if parent:  # "Đảng bộ xã Bồi Sơn – huyện Đô Lương": the commune's committee, with where it lies
        parent = re.sub(r"(?i)^((?:đảng bộ|đảng ủy)\s+(?:xã|phường|thị trấn)\s.+?)\s+[-–—]\s+(?:huyện|quận|thị xã|tỉnh"
                        r"|thành phố|tp\.?)\s.*$", r"\1", parent)
    place = _place_of_writing(text, folded)
    return (_near_place(org, place) if org else None), (_near_place(parent, place) if parent else None)


# The cell named in a title line or right under it, and its parent: "BIÊN BẢN HỌP CHI BỘ ĐẠI ĐỘI 2 (THƯỜNG KỲ …)",
# "Biên bản sinh hoạt chi bộ xóm 7 tháng 6 năm 2019", "Chi bộ Phân xưởng Chế biến - Đảng bộ Công ty …",
# "(thường kỳ tháng 11/2020 - Đảng bộ xã Tân Bình)"
# (a month, quarter or year with its number: "THÔN NẬM MỞ" is a name)
_KIND_WORDS = (r"(?:thuong\s+ky|dinh\s+ky|chuyen\s+de|ket\s+hop|thang\s+\d+|quy\s+[ivx\d]+|nam\s+\d+|mo\s+rong"
               r"|bat\s+thuong|dot\s+xuat|lan\s+thu)\b")
_TITLE_CELL = re.compile(
    rf"(?<!cac\s)(?<!nhung\s)\bchi\s+bo\s+(?!{_KIND_WORDS}|(?:hang|moi)\s+(?:thang|quy)\b)(?!t\d{{1,2}}(?:\b|[-/.]))(?P<name>[^\W_][^\n()]{{1,69}}?)"
    rf"(?=\s*(?:\(|,|:|\n|$)|\s+[-–]\s+(?:{_KIND_WORDS}|dang\s+bo|dang\s+uy)|\s+{_KIND_WORDS})")
_TITLE_PARENT = re.compile(r"\b(?:dang\s+bo|dang\s+uy)\s+(?P<name>[^\n()]{2,70}?)(?=\s*(?:\)|,|\n|$))")
_TITLE_START = re.compile(r"(?m)^[ \t]*(?:sinh\s+hoat|hop)\s+(?:chi\s+bo|chuyen\s+de|thuong\s+ky|dinh\s+ky)\b")


_BODY_START = re.compile(r"\s*(?:thoi\s+gian|dia\s+diem|hom\s+nay|vao\s+(?:luc|hoi)|hoi\s+\d|chuyen\s+de\s*:)")


# "SỔ GHI BIÊN BẢN SINH HOẠT CHI BỘ THÔN ĐỒNG SẬY – ĐẢNG BỘ XÃ YÊN THÁI – NĂM 2017", "Sổ biên bản SH chi bộ – Chi bộ
# Phân xưởng 2 – Đảng bộ Công ty …", "Sổ ghi biên bản sinh hoạt: Chi bộ Phòng Tài chính – Kế hoạch, Đảng bộ …"
_BOOK_COVER = re.compile(r"(?m)^[ \t]*so\s+(?:ghi\s+)?(?:bien\s+ban|bb|nghi\s+quyet)\b[^\n]*")
_COVER_END = (r"(?=\s*[(),.;:]|\s+[-–—]\s+(?:dang\s+bo|dang\s+uy|chi\s+bo|nam\b|\d)"
              r"|\s+nam\s+(?:hoc\s+)?(?:19|20)\d\d|\s*$)")
_COVER_CELL = re.compile(r"\bchi\s+bo\s+(?![-–—:(]|nam\b)(?P<name>[^\n(),.;:]{2,80}?)" + _COVER_END)
_COVER_PARENT = re.compile(r"\bdang\s+(?:bo|uy)\s+(?![-–—:(]|nam\b)(?P<name>[^\n(),.;:]{2,80}?)" + _COVER_END)


def _book_cover_orgs(text: str, folded: str) -> tuple[str | None, str | None]:
    """The cell and its parent named on a minute book's cover line, at the top of a record typed out of it."""
    cover = _BOOK_COVER.search(folded, 0, 400)
    if cover is None:
        return None, None
    cell = _COVER_CELL.search(folded, cover.start(), cover.end())
    up = _COVER_PARENT.search(folded, cover.start(), cover.end())
    org = " ".join(text[cell.start() : cell.end("name")].split()) if cell else None
    parent = " ".join(text[up.start() : up.end("name")].split()) if up else None
    return org, parent


def _title_orgs(text: str, folded: str) -> tuple[str | None, str | None]:
    """The cell and its parent named in the title line and the short lines under it, when no heading stands
    above the title (only page furniture and the date of a copied minutes book)."""
    title = TITLE.search(folded, 0, 1500) or _TITLE_START.search(folded, 0, 600)
    if title is None:
        return None, None
    start = title.start() + (1 if folded[title.start()] == "\n" else 0)
    above = [ln for ln in text[:start].split("\n") if ln.strip() and not book_furniture(ln)]
    if typist_note(above):
        above = []  # the typist's note on how the book was copied, not a heading
    heads = [_PARTY_LINE.search(fold(ln)) for ln in above]
    if any(h and not h.group("kind").startswith("dang") for h in heads):
        return None, None  # a heading of its own above the title
    parent_above = any(heads)
    # (only the parent above it: "Đảng bộ xã Hòa Tú 1" over "BB sinh hoạt Chi bộ ấp Hòa Trung tháng 8/2022", the
    # cell named in the title)
    lines, pos = [], start
    for k in range(4):
        end = folded.find("\n", pos)
        end = len(folded) if end < 0 else end
        line = folded[pos:end]
        if k and (not line.strip() or len(line.strip()) > 90 or line.rstrip().endswith(".") or _BODY_START.match(line)):
            break
        lines.append((pos, end))
        pos = end + 1
    org = parent = None
    if parent_above:  # only the title line itself names the cell, as a title does (not a portal's breadcrumb)
        lines = lines[:1] if re.match(r"[ \t]*" + TITLE_WORD, folded[start:]) else []
    for a, b in lines:
        cell = _TITLE_CELL.search(folded, a, b)
        if org is None and cell and (name := _clean_org(text[cell.start() : cell.end("name")].strip(" -–"))):
            org = " ".join(name.split())
        up = _TITLE_PARENT.search(folded, a, b)
        if parent is None and up:
            parent = " ".join(text[up.start() : up.end("name")].split()).strip(" -–")
    return org, parent


_PLACE_LINE = re.compile(r"(?:^|\n|\s{3})[^\w\n]{0,3}[ \t]*(?P<place>[^\W\d][^\n,]{1,38}),\s*ngay\s+\d")


def _place_of_writing(text: str, folded: str) -> str | None:
    """The locality of the heading's "Cẩm Lĩnh, ngày 14 tháng 5 năm 2017", as written."""
    title = TITLE.search(folded, 0, 1500)
    m = _PLACE_LINE.search(folded, 0, title.start() if title else 600)
    return text[m.start("place") : m.end("place")].strip() if m else None


def _distance(a: str, b: str) -> int:
    """Edit distance (small strings)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _near_place(name: str, place: str | None) -> str:
    """Mend an OCR'd letter in the name's locality from the place-and-date line ("CẨM TĨNH" / "Cẩm Lĩnh")."""
    if not place or strip_marks(name) == name:
        return name
    n = len(place.split())
    words = name.split()
    if n < 2 or len(words) < n + 2:
        return name
    tail = " ".join(words[-n:])
    a, b = fold(tail), fold(place)
    # OCR substitutes letters; a real neighbour ("Tân Phú" / "Tân Phước") differs more.
    limit = 1 if len(a) < 12 else 2
    if len(a) == len(b) >= 6 and 0 < _distance(a, b) <= limit and tail[:1].isupper():
        return " ".join(words[:-n] + [modern_tones(place)])
    return name


_COMMITTEE_MEETING = re.compile(
    r"hoi\s+nghi\s+(?:ban\s+chap\s+hanh|ban\s+thuong\s+vu|dang\s+uy)|hop\s+(?:ban\s+chap\s+hanh|dang\s+uy)"
)


def _title_zone(folded: str) -> str:
    title = TITLE.search(folded, 0, 1500)
    return folded[title.start() : title.start() + 200] if title else ""


def _org_from_text(text: str, folded: str, m: re.Match[str]) -> str | None:
    """ "Chi bộ thôn Tân Hưng" from running text; None for "Chi bộ đã …" (no name)."""
    words = text[m.start("name") : m.end("name")].split()
    while words and fold(words[-1]) in {"da", "dang", "se", "cung", "chinh", "thuc", "dinh", "ky"}:
        words.pop()
    if not words:
        return None
    unit = re.match(alternation("admin_units") + "|" + alternation("org_words"), fold(" ".join(words)))
    if not (words[0][:1].isupper() or words[0][:1].isdigit() or unit):
        return None
    if re.search(r"thuong\s+ky|dinh\s+ky|chuyen\s+de|ket\s+hop|thang\s+\d", fold(" ".join(words))):
        return None  # "CHI BỘ THƯỜNG KỲ THÁNG 10" describes the meeting, it names no cell
    if re.match(r"(?:to\s+chuc|tien\s+hanh|sinh\s+hoat|hop)(?:\s|$)", fold(" ".join(words))):
        return None  # "chi bộ tổ chức sinh hoạt …": what the cell did, not its name
    head = text[m.start() : m.start("name")]
    if strip_marks(head) != head:  # spelled right whatever OCR made of it ("Chỉ bộ")
        head = "Chi bộ " if m.group("kind").startswith("chi") else "Đảng bộ "
    return head + " ".join(words)


def _clean_org(name: str) -> str:
    name = re.sub(r"^\s*(?:T\s*/\s*M\s+)", "", name)
    return " ".join(name.split()).strip(" *-–")


@cache
def _type_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return (
        re.compile(alternation("regular_cues")),
        re.compile(alternation("thematic_cues")),
        # "… thường kỳ kết hợp (với) sinh hoạt chuyên đề …"; not "gắn với chuyên đề năm 2024" (the HCM study).
        re.compile(alternation("combined_cues") + r"\s+(?:to\s+chuc\s+)?sinh\s+hoat\s+chuyen\s+de"),
    )


def _title_lines(text: str, folded: str, start: int) -> str:
    """The title: the BIÊN BẢN line and the lines under it in capitals or brackets, not the topic's name."""
    if folded[start : start + 1] == "\n":  # TITLE's match starts at the line break before it
        start += 1
    end = folded.find("\n", start)
    end = len(folded) if end < 0 else end
    for i in range(3):
        nxt = folded.find("\n", end + 1)
        nxt = len(folded) if nxt < 0 else nxt
        line = text[end + 1 : nxt].strip()
        # The subtitle right under BIÊN BẢN ("Sinh hoạt chi bộ tháng 11"), then lines in capitals.
        if not line or line.startswith(('"', "“")) or (i and not (line.isupper() or line.startswith("("))):
            break
        if re.match(r"(?:thoi\s+gian|hom\s+nay|vao\s+(?:luc|hoi)|dia\s+diem|i\.|1\.)", folded[end + 1 : nxt].strip()):
            break
        end = nxt
    return re.sub(r"[\"“][^\"”]*[\"”]", " ", folded[start:end])


_STUDY_THEME = re.compile(r"hoc\s+tap\s+(?:va\s+lam\s+theo\s+)?chuyen\s+de(?:\s+nam\s+\d{4})?")


# a month's meeting with the month abbreviated, typed on a phone: "Biên bản SH chi bộ T12/2018", "BB họp CB T3/2024"
_MONTH_ABBREVIATED = re.compile(r"(?:sh|sinh\s+hoat|hop)(?:\s+(?:chi\s+bo|cb))?\s+t\s?\d{1,2}\s*/\s*(?:19|20)\d\d")


# the month's meeting of a cell named in the title: "Biên bản sinh hoạt Chi bộ Khoa Hồi sức cấp cứu tháng 9/2021"
_MONTH_OF_CELL = re.compile(r"(?:sinh\s+hoat|hop)\s+chi\s+bo\s+(?!chuyen\s+de)[^\n]{1,60}?\s+thang\s+\d{1,2}\b")


# the session turning to a thematic meeting after the regular one, said only in the body: "Sau phần thường kỳ, chi bộ
# chuyển sang sinh hoạt chuyên đề quý II." (not a thematic meeting planned for later: "quý III sẽ sinh hoạt chuyên đề")
_THEMATIC_AFTER = re.compile(r"(?:sau\s+(?:khi\s+ket\s+thuc\s+)?phan\s+(?:sinh\s+hoat\s+)?thuong\s+ky|chuyen\s+sang"
                             r"|buoc\s+sang|tiep\s+tuc\s+voi)[^.\n]{0,40}?(?:phan\s+)?sinh\s+hoat\s+chuyen\s+de")


def read_type(folded: str, text: str | None = None) -> tuple[str | None, bool]:
    """Regular or thematic, and whether both were held in one session (then "regular", True)."""
    text = folded if text is None else text
    # a printed form's ticked options say it, whatever the form's printed title ("☐ Thường kỳ ☑ Chuyên đề")
    options = [fold(label) for label in ticked(text[:2500])]
    options = [o for o in options
               if re.search(r"thuong\s+ky|dinh\s+ky|chuyen\s+de|ket\s+hop|bat\s+thuong|dot\s+xuat", o)]
    if options:
        is_reg = any(re.search(r"thuong\s+ky|dinh\s+ky", o) for o in options)
        is_them = any("chuyen de" in o for o in options)
        if not (is_reg or is_them):
            return None, False  # only "Bất thường" ticked
        both = (is_reg and is_them) or any(re.search(r"ket\s+hop", o) for o in options)
        return ("regular", both) if is_reg or both else ("thematic", False)
    regular, thematic, combined = _type_res()
    title = TITLE.search(folded, 0, 1500)
    zone = _title_lines(text, folded, title.start()) if title else folded[:600]
    opening = folded[: (title.end() if title else 0) + 1200]
    if re.search(r"(?:hop|sinh\s+hoat|hoi\s+nghi)(?:\s+chi\s+bo)?\s+(?:bat\s+thuong|dot\s+xuat)", zone):
        # "HỌP CHI BỘ BẤT THƯỜNG", "HỌP CHI BỘ ĐỘT XUẤT" (an extraordinary meeting, to admit or discipline a
        # member) is neither kind, even when it mentions the month's regular meeting
        return None, False
    # (the year's theme of the study of Hồ Chí Minh's thought is no thematic meeting: "(Trọng tâm: …; học tập
    # chuyên đề năm 2021)" under a regular meeting's title)
    zone = _STUDY_THEME.sub(" ", zone)
    is_reg = bool(regular.search(zone) or _MONTH_ABBREVIATED.search(zone) or _MONTH_OF_CELL.search(zone))
    is_them = bool(thematic.search(zone))
    if not (is_reg or is_them):
        is_reg = bool(regular.search(opening))
        is_them = bool(re.search(r"(?:sinh\s+hoat|hop)\s+chuyen\s+de", opening))
    both = is_reg and is_them
    if is_reg and not is_them and (combined.search(opening) or _THEMATIC_AFTER.search(folded)):
        both = True
    if is_reg or both:
        return "regular", both
    if is_them:
        return "thematic", False
    return None, False
