"""The one normalisation boundary, and the keys used to compare Vietnamese words.

``normalize`` is idempotent: ``normalize(normalize(t).text) == normalize(t)``, so
offsets computed on its output stay valid whoever normalises again.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from nlp.keystrokes import unkey
from nlp.models import NormalizedText
from nlp.sheets import unsheet

# Characters that carry no text: zero-width marks, BOM, soft hyphen (legacy
# decoders turn TCVN3's 0xAD into "ư" before they reach here).
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# Spaces of every width become a plain space; exotic line breaks become "\n".
_SPACES = dict.fromkeys([0x00A0, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000], " ")
_SPACES.update(dict.fromkeys(map(ord, "\u2028\u2029\u0085\x0b\x0c"), "\n"))
# Look-alikes that OCR and some fonts emit for Vietnamese letters: Icelandic eth
# (Ð/ð) for đ, and the fullwidth/modifier slashes and hyphens inside codes.
# Bullets of every shape (and Word's symbol-font bullets that extraction leaves in the private use area) are
# the plain bullet every reader knows: "➢ Địa điểm: …", "\uf0d8 Thảo luận".
_BULLETS = ("\u27a2\u27a4\u25ba\u25aa\u25cf\u25e6\u25cb\u25a0\u25c6\u2666\u2756\u2043\u2219"
            "\uf0b7\uf0a7\uf0d8\uf076\uf0a8\uf0e0")
_LOOKALIKE_CHARS = {"\u00d0": "\u0110", "\u00f0": "\u0111", "\u2010": "-", "\u2011": "-", "\u2212": "-",
                    "\uff0f": "/", "\u2215": "/"}
_LOOKALIKES = str.maketrans({**_LOOKALIKE_CHARS, **dict.fromkeys(_BULLETS, "•")})
# (a form's option glyphs ○ ● ■ kept as they are: see normalize)
_LOOKALIKES_FORM = str.maketrans({**_LOOKALIKE_CHARS, **dict.fromkeys(_BULLETS.translate(
    {0x25cb: None, 0x25cf: None, 0x25a0: None}), "•")})
_TRAILING_SPACE = re.compile(r"[ \t]+(?=\n)|[ \t]+\Z")


def normalize(text: str) -> NormalizedText:
    """Return the text every offset in bienban refers to.

    NFC, LF line endings, plain spaces (a tab is kept: it separates table cells), no invisible characters, no trailing
    spaces at line ends.  Words, tone placement and line structure are kept
    as written, so the text still reads as the original; only a spreadsheet saved as text is laid out as the
    fields it holds (``nlp.sheets``).

    >>> normalize("Chi bo\\u0302\\u0323\\r\\nKhu pho\\u0302\\u0301 3").text
    'Chi bộ\\nKhu phố 3'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_INVISIBLE).translate(_SPACES)
    # a form's options drawn with a pair of glyphs, one unticked and one ticked ("○ Thường kỳ" / "● Chuyên đề",
    # "□ … ■ …"), keep them: elsewhere they are bullets
    pair = any(c in text for c in "\u25cb\u25a1") and any(c in text for c in "\u25cf\u25c9\u25a0")
    text = text.translate(_LOOKALIKES_FORM if pair else _LOOKALIKES)
    text = unicodedata.normalize("NFC", text)
    text = unkey(text)  # words left as Telex or VNI keystrokes: "ddoongf chis", "Bie6u3 quye6t1"
    text = unsheet(text)  # a spreadsheet of one meeting saved as text: its fields, one "Label: value" a line
    text = unwrap_cells(text)  # a two-column table's cell wrapped over lines: one line again
    text = unspeak(text)  # voice typing that left the punctuation said aloud: "… phẩy chủ trì hai chấm …"
    text = _TRAILING_SPACE.sub("", text)
    if "rn" in text:
        text = _RN.sub(lambda m: m.group().replace("rn", "m"), text)
    return NormalizedText(text)


# Voice typing writes the punctuation the speaker says aloud when it fails to convert it: "Hôm nay phẩy vào hồi 7 giờ
# phẩy tại hội trường chấm", "Chủ trì hai chấm Đại úy A", "mở ngoặc … đóng ngoặc", "xuống dòng".  A record that says
# "phẩy" again and again is such a record; there the words become the marks (not "chấm công", "chấm điểm").
_SAID_COMMA = re.compile(r"(?<![^\W\d_])phẩy(?![^\W\d_])", re.IGNORECASE)
_SAID_MARKS = [
    (re.compile(r"[ \t]*\bxuống dòng\b[ \t]*", re.IGNORECASE), "\n"),
    (re.compile(r"\bgạch đầu dòng\b[ \t]*", re.IGNORECASE), "- "),
    (re.compile(r"[ \t]*\bmở ngoặc(?: đơn)?\b[ \t]*", re.IGNORECASE), " ("),
    (re.compile(r"[ \t]*\bđóng ngoặc(?: đơn)?\b", re.IGNORECASE), ")"),
    # a code said mark by mark: "08 gạch qđi gạch chéo tw", "144 gạch qđ trên tw"
    (re.compile(r"[ \t]*\bgạch chéo\b[ \t]*", re.IGNORECASE), "/"),
    (re.compile(r"(?<=\d)[ \t]+gạch(?: ngang)?[ \t]+(?=[a-zđ]{1,5}\b)", re.IGNORECASE), "-"),
    (re.compile(r"(?<=[a-zđ])[ \t]+trên[ \t]+(?=(?:tw|tư|tu|hu|đu|qu|qutw|btctw|cp|ttg)\b)", re.IGNORECASE), "/"),
    (re.compile(r"[ \t]*\bchấm phẩy\b", re.IGNORECASE), ";"),
    (re.compile(r"[ \t]*\b(?:chấm|dấu) hỏi\b", re.IGNORECASE), "?"),
    (re.compile(r"[ \t]*\bchấm than\b", re.IGNORECASE), "!"),
    # a list item's number said at the line's start: "2 chấm Quán triệt …", "hai chấm Quán triệt …"
    (re.compile(r"(?m)^([ \t]*)(\d{1,2}|[IVX]{1,4}) chấm\b", re.IGNORECASE), r"\1\2."),
    (re.compile(r"[ \t]*\bhai chấm\b", re.IGNORECASE), ":"),
    (re.compile(r"[ \t]*\bphẩy\b", re.IGNORECASE), ","),
    (re.compile(r"[ \t]*\bchấm\b(?![ \t]+(?:công|điểm|thi|bài|dứt|phá|chấm|mút|muối|xôi|câu)\b)", re.IGNORECASE), "."),
]


def unspeak(text: str) -> str:
    """Punctuation said aloud and left in words by voice typing, as the marks it stands for."""
    if len(_SAID_COMMA.findall(text)) < 4:
        return text
    for pattern, mark in _SAID_MARKS:
        text = pattern.sub(mark, text)
    return re.sub(r"([,.;:])(?=[^\s\d,.;:)\]\"'…])", r"\1 ", text)


# The one spelling repair: OCR reads "m" as "rn" ("rnặt", "Phạrn"), and no Vietnamese syllable holds "rn"; only in
# words with a Vietnamese letter ("modern", "Bern" stay).
_RN = re.compile(r"(?<![^\W\d_])(?=[^\W\d_]*[^\x00-\x7f])[^\W\d_]*rn[^\W\d_]*")


# Emphasis typed as marks, as in text pasted from a chat or a Markdown editor: "**BIÊN BẢN**",
# "__Thời gian:__". Only paired marks on one line, so a lone "*" (the star under a heading) stays.
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)([^\n]*?\S)\1")


# The header of a mail that carried the record ("Từ: …", "Gửi: …", "Ngày: Thứ Ba, 11/11/2025 lúc 07:58", "Subject: …"):
# when it was sent is not when the cell met.
_MAIL_FIELD = re.compile(r"(?im)^[ \t]*(?:từ|from|gửi|đến|to|cc|bcc|ngày|đã gửi|date|sent|tiêu đề|chủ đề|subject)"
                         r"[ \t]*:[^\n]*$")


def unmail(text: str) -> str:
    r"""The text with the header blocks of the mail that carried it blanked (same length): three or more of
    "Từ/From", "Gửi/To", "Ngày/Date", "Tiêu đề/Subject" lines together, at least one naming an address.

    >>> unmail("From: A <a@x.vn>\nDate: Wed, Dec 17, 2025 at 6:12 AM\nSubject: BB\nChi bộ họp")[-10:]
    'Chi bộ họp'
    """
    if "@" not in text:
        return text
    chars = list(text)
    run: list[re.Match[str]] = []  # mail fields on consecutive lines
    for m in [*_MAIL_FIELD.finditer(text), None]:
        if m is not None and run and text.count("\n", run[-1].end(), m.start()) == 1:
            run.append(m)
            continue
        if len(run) >= 3 and any("@" in r.group() for r in run):
            for r in run:
                chars[r.start() : r.end()] = " " * (r.end() - r.start())
        run = [m] if m is not None else []
    return "".join(chars)


# A message quoted or forwarded, each of its lines behind a mark: "> Chủ trì: …", "│ Vào lúc 7g30 …" (a chat app's
# bar), "> > …" quoted twice; not a table's row, which has more bars
_QUOTE_MARK = re.compile(r"[ \t]*(?:[>|\u2502\u2503][ \t]?)+")


def unquote_lines(text: str) -> str:
    r"""The marks before the lines of a quoted message blanked (same length), where four lines or more in a row
    carry them.

    >>> unquote_lines("> Chủ trì: A\n> Thư ký: B\n>\n> Có mặt: 9")
    '  Chủ trì: A\n  Thư ký: B\n \n  Có mặt: 9'
    """
    if not any(c in text for c in ">|\u2502\u2503"):
        return text
    lines = text.split("\n")
    marks = []
    for line in lines:
        m = _QUOTE_MARK.match(line)
        marked = m is not None and m.end() > len(line) - len(line.lstrip()) and not any(
            c in line[m.end() :] for c in "|\u2502\u2503")
        marks.append(m.end() if marked else 0)
    out, i = [], 0
    while i < len(lines):
        j = i
        while j < len(lines) and marks[j]:
            j += 1
        if j - i >= 4:
            out.extend(" " * marks[k] + lines[k][marks[k] :] for k in range(i, j))
            i = j
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


def unmark(text: str) -> str:
    """The text with paired emphasis marks blanked out (same length, so offsets still hold).

    >>> unmark("**BIÊN BẢN**\\n**Thời gian:** 14 giờ")
    '  BIÊN BẢN  \\n  Thời gian:   14 giờ'
    """
    if "**" not in text and "__" not in text:
        return text
    return _EMPHASIS.sub(lambda m: "  " + m.group(2) + "  ", text)


_QUOTED_CELL = re.compile(r'(?m)(?:^|(?<=\t))"((?:[^"]|"")*)"(?=\t|$)')


def unquote_cells(text: str) -> str:
    """A spreadsheet's cells pasted as text with their quotes ("…" around a cell that holds line breaks or
    tabs, "" for a quote inside) read as plain cells (same length: the quotes become spaces).

    >>> cells = '2<TAB>"Thông tin:<LF>- tin mới nhất"<TAB>đ/c Tùng'
    >>> unquote_cells(cells.replace("<TAB>", chr(9)).replace("<LF>", chr(10)))
    '2\\t Thông tin:\\n- tin mới nhất \\tđ/c Tùng'
    """
    if '"\t' not in text and '\t"' not in text and not re.search(r'(?m)^"', text):
        return text

    def plain(m: re.Match[str]) -> str:
        return " " + m.group(1).replace('""', ' "') + " "

    return _QUOTED_CELL.sub(plain, text)


_LABEL_BAR = re.compile(r"(?m)^([^|\n]{1,40}?) \| (?=[^|\n]*$)")
_LABEL_SLASH = re.compile(r"(?m)^([^\n]{1,40}?) / (?=\S)")
_REQUIRED_MARK = re.compile(r"[ \t]*\(\*\)$")


# A form's answers viewed one per line after their question: "* Địa điểm >> Nhà văn hóa thôn"
_ANSWER_AFTER = re.compile(r"(?m)^([ \t]*(?:\*[ \t]*)?)([^\W\d_][^\n>]{0,40}?)([ \t]*>>[ \t]?)")
# A note app's "Chủ trì :: Đ/c A", an e-office export's "[Chủ trì] Đ/c A" (a label of words only: not a typist's
# "[chữ không rõ] …" or "[lề: 18/4]", nor a form's "[x] Thường kỳ")
_DOUBLE_COLON = re.compile(r"(?m)^([^\n:]{1,40}?)([ \t]*::[ \t]?)")
_BRACKET_LABEL = re.compile(r"(?m)^([ \t]*)\[([^\W\d_][^\]\[\n:\d]{1,38})\](:?)")


def label_bars(text: str) -> str:
    """A form exported one field per line as "Label | value" ("Chủ trì | Trần Quốc Bảo", "Mở đầu | Đ/c Bí thư
    tuyên bố lý do …") read as "Label:  value" (same length), when most of the record is written so; also
    "Label :: value", "[Label] value" and "* Label >> value", when at least four fields are written so.
    """
    if ">>" in text and len(_ANSWER_AFTER.findall(text)) >= 4:
        text = _ANSWER_AFTER.sub(lambda m: " " * len(m[1]) + m[2] + ":" + " " * (len(m[3]) - 1), text)
    if "::" in text and len(_DOUBLE_COLON.findall(text)) >= 4:
        text = _DOUBLE_COLON.sub(lambda m: m[1] + ":" + " " * (len(m[2]) - 1), text)
    if "[" in text and len(_BRACKET_LABEL.findall(text)) >= 4:
        text = _BRACKET_LABEL.sub(lambda m: m[1] + " " + m[2] + (" :" if m[3] else ":"), text)
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if " / " in text and len(slashed := _LABEL_SLASH.findall(text)) >= 5 and len(slashed) >= 0.5 * len(lines):
        # "Ngày họp (*) / 15/12/2023": the required mark after the label goes too
        text = _LABEL_SLASH.sub(lambda m: _REQUIRED_MARK.sub(lambda r: " " * len(r.group()), m.group(1)) + ":  ",
                                text)
    if " | " not in text:
        return text
    labelled = len(_LABEL_BAR.findall(text))
    if labelled < 5 or labelled < 0.6 * len(lines):
        return text
    return _LABEL_BAR.sub(lambda m: m.group(1) + ":  ", text)


# Letters typed for digits inside numbers: "l9 giờ 30", "14h3O", "l8/18", "O5-CT/TW" (not "COVID-19", "Ol")
_DIGIT_LOOKALIKE = re.compile(r"(?<![^\W\d_])[Ol](?=\d)|(?<=\d)[Ol](?![^\W\d_])|(?<=\d)[Ol](?=\d)"
                              r"|(?<=\d[h:.,/])[Ol](?=\d|\b)|(?<=\d)[Ol](?=[hg](?:\d|\b))")


def digits_for_letters(text: str) -> str:
    """ "O" and "l" typed in a number read as "0" and "1" (same length)."""
    if "O" not in text and "l" not in text:
        return text
    return _DIGIT_LOOKALIKE.sub(lambda m: "0" if m.group() == "O" else "1", text)


# An OCR speck at a line's start before a label or a sentence ("| Địa điểm: …", "' Tổng số đảng viên: …"): a
# lone bar or quote (not a table's row, which has more bars)
_SPECK = re.compile(r"(?m)^[ \t]*[|'`~][ \t]+(?=[^\W\d_])(?![^\n]*\|)")


_KEYCAP = re.compile("(\\d)\ufe0f?\u20e3")  # "1️⃣ đc BT tuyên bố lý do …": a numbered item typed on a phone


def unspeck(text: str) -> str:
    """Stray OCR specks and a note app's emoji at line starts blanked (same length); a keycap number ("2️⃣")
    read as the item number it stands for ("2. ")."""
    text = _KEYCAP.sub(lambda m: (m.group(1) + ". ")[: len(m.group())].ljust(len(m.group())), text)
    # an emoji closing a phone message's sentence before the next one ("… chi bộ thống nhất 👌 TT thời sự: …")
    text = _EMOJI_STOP.sub(lambda m: m[1] + "." + " " * (len(m[2]) - 1)
                           if m.string[m.end() :].lstrip(" \t")[:1].isupper() else m.group(), text)
    text = _EMOJI.sub(lambda m: " " * len(m.group()), text)
    return _SPECK.sub(lambda m: " " * len(m.group()), text)


# Emoji before an item or a label ("📍 Địa điểm:", "✅ Hoàn thành …", "⚠️ Tồn tại"); not a form's tick boxes
# (☐ ☑ ☒ ✓ ✔), which say what was chosen
_EMOJI = re.compile("[\U0001F300-\U0001FAFF\u231A\u231B\u23E9-\u23FA"  # (⏱ ⏰ ⌛ too)
                    "\u2600-\u260F\u2613-\u26FF\u2700-\u2712\u2715-\u27BF\u2B50\u2B55\uFE0F]")
_EMOJI_STOP = re.compile(rf"(?<=[^\W_])([ \t]*)({_EMOJI.pattern}+)(?=[ \t]+[^\W\d_])")


# A printout's page furniture: "- 2 -", "Trang 2/4", "Page 3 of 5", or a running footer ending so
# ("Biên bản sinh hoạt Chi bộ … - Trang 2/4"); a bare "3" may be a table's cell and is left alone.
_PAGE_LINE = re.compile(
    r"[ \t]*(?:[-–—][ \t]*\d{1,3}[ \t]*[-–—]"
    r"|(?:[^\n]{0,100}?[ \t|,–-][ \t]*)?(?:[Tt]rang|TRANG|[Pp]age|PAGE)[ \t]*\d{1,3}"
    r"(?:[ \t]*(?:/|trên|of)[ \t]*\d{1,3})?)"
    r"[ \t]*\f?"
)


def furniture_key(line: str) -> str:
    """What a running header or footer keeps from page to page: its words, any number standing for all."""
    return re.sub(r"\d+", "#", " ".join(line.split())).casefold()


def _pasted_across(lines: list[str], marks: set[int]) -> set[int]:
    """Lines of content pasted again across a page break: one copy a few lines above a page number, the other a
    few lines below it ("… theo Kết luận 01-KL/TW." at the foot of a page and again at the top of the next).
    A running header stands on one side of each page number (and beside every one)."""
    at: dict[str, list[int]] = {}
    for j, ln in enumerate(lines):
        if len(ln.strip()) >= 8:
            at.setdefault(furniture_key(ln), []).append(j)

    def after_mark(j: int) -> bool:
        return any(0 < j - i <= 3 for i in marks)

    def before_mark(j: int) -> bool:
        return any(0 < i - j <= 3 for i in marks)

    out: set[int] = set()
    for where in at.values():
        if len(where) != 2 or not any(where[0] < i < where[1] and i - where[0] <= 8 and where[1] - i <= 8
                                      for i in marks):
            continue
        a, b = where
        if (after_mark(a) and after_mark(b)) or (before_mark(a) and before_mark(b)):
            continue  # each copy beside its own page number, on the same side: a running header or footer
        out.update(where)
    return out


def unpaginate(text: str) -> str:
    """A multi-page printout read as one flow (same length): page numbers and the running header or footer
    repeated beside them become blanks, and the text on both sides of a page break joins again — as one
    line when the sentence runs on ("đồng chí Tạ Thị Thu," / "- 1 -" / header / "đồng chí Phí Văn Tùng"), as
    two paragraphs when the page ended one."""
    lines = text.split("\n")
    page = [bool(_PAGE_LINE.fullmatch(ln)) or "\f" in ln for ln in lines]
    if not any(page):
        return text
    keys = Counter(furniture_key(ln) for ln in lines if len(ln.strip()) >= 8)
    furniture = {i for i, p in enumerate(page) if p}
    pasted = _pasted_across(lines, furniture)
    for i in sorted(furniture):
        for j in range(max(0, i - 3), min(len(lines), i + 4)):
            if len(lines[j].strip()) >= 8 and keys[furniture_key(lines[j])] >= 2 and j not in pasted:
                furniture.add(j)  # the running header or footer next to the page number
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln) + 1)
    out = list(text)
    i = 0
    while i < len(lines):
        if i not in furniture:
            i += 1
            continue
        a = i - 1  # the content line before the break, and the one after
        while a >= 0 and not lines[a].strip():
            a -= 1
        b = i
        while b < len(lines) and (b in furniture or not lines[b].strip()):
            b += 1
        lo = starts[a + 1] - 1 if a >= 0 else 0  # the newline ending line a
        hi = starts[b] if b < len(lines) else len(text)
        if a < 0 or b >= len(lines):
            gap = "".join(c if c == "\n" else " " for c in text[lo:hi])  # at the edge of the text: blanks
        else:
            breaks = 2 if lines[a].rstrip()[-1:] in ".!?" else 1
            gap = " " * (hi - lo - breaks) + "\n" * breaks
        out[lo:hi] = gap
        i = b
    return "".join(out)


# (an online form's radio buttons too: "( ) Thường kỳ", "(•) Chuyên đề", "(x) Chuyên đề")
# (a radio "( )" before its label, or before nothing once ``untick`` blanked the label: it still marks the group)
_BOX_OFF = r"(?:[☐□▢❏❑◻⬜○◯]|\[[ \t]{0,2}\]|\([ ]{1,2}\)(?=[ \t]*(?:[^\W\d_]|$)))"
_BOX_ON = r"(?:[☑☒✓✔■▣⊠✅●◉]|\[[ ]?[xXvV✓✔][ ]?\]|\([ ]?[xX•●✓✔][ ]?\)(?=[ \t]*[^\W\d_]))"
_BOX = re.compile(rf"({_BOX_ON})|{_BOX_OFF}")


def _options(text: str):
    """(line start, box match, label span within the line) of every box in a group of form options.

    A box counts in a group: two boxes on a line, or boxes on lines next to each other. Its label
    follows it (up to the next box, a tab or a wide space), or when nothing follows on the line,
    precedes it (back to the previous box, tab or wide space).
    """
    lines = text.split("\n")
    boxes = [list(_BOX.finditer(line)) for line in lines]
    offset = 0
    for i, (line, found) in enumerate(zip(lines, boxes, strict=True)):
        grouped = len(found) >= 2 or (found and ((i and boxes[i - 1]) or (i + 1 < len(lines) and boxes[i + 1])))
        for k, m in enumerate(found if grouped else ()):
            start, end = m.span()
            # (a table's cell ends a label: "| Đảng viên |  ☐  |  ☑  |" is a roll's marks, the bars stay)
            if re.match(r" {0,2}(?=[^\W\d_])", line[end:]):
                stop = found[k + 1].start() if k + 1 < len(found) else len(line)
                cut = re.search(r"\t| {3,}|\|", line[end:stop])
                label = (end, end + cut.start() if cut else stop)
            else:
                floor = max(found[k - 1].end() if k else 0, line.rfind("|", 0, start) + 1)
                gap = [g.end() for g in re.finditer(r"\t| {3,}", line[floor:start].rstrip(" \t"))]
                label = (floor + gap[-1] if gap else floor, start)
            yield offset, m, label
        offset += len(line) + 1


# what a transcribed notebook marks as crossed out: "Có mặt: (xóa: 22) 21 đ/c", "(gạch bỏ: tháng 2/2020)"
_STRUCK = re.compile(r"\((?:[Xx]óa|XÓA|[Gg]ạch(?: bỏ)?|GẠCH(?: BỎ)?|[Đđ]ã (?:xóa|gạch(?: bỏ)?))[ \t]*:[^()\n]*\)")


# An online form's export: each question on its line (a "*" marks it required), its answer on the next, after
# ">>" or "Câu trả lời:" or bare, blocks apart by blank lines; "Câu hỏi: 9." before a question
_ANSWER = re.compile(r"(?m)^[ \t]*(?:>>|(?:[Cc]âu[ \t]+)?[Tt]rả[ \t]+lời[ \t]*:|[Aa]nswer[ \t]*:)[ \t]?")
_QUESTION_LEAD = re.compile(r"(?m)^[ \t]*(?:[Cc]âu[ \t]+hỏi[ \t]*:[ \t]*)?(?:\d{1,2}[.)][ \t]*)?")
_REQUIRED = re.compile(r"(?m)[ \t]\*[ \t]*(?:\([^()\n]*\)[ \t]*)?$")


def unform(text: str) -> str:
    r"""An online form's questions and answers as labelled lines (same length): a one-line answer joins its
    question ("Địa điểm *" / ">> Nhà điều hành HTX" reads "Địa điểm :    Nhà điều hành HTX"), a question left
    unanswered is blanked, and a longer answer stays under its question, which heads it.

    >>> unform("Chủ trì *\n>> Lò Văn A\nĐịa điểm\n>> Hội trường\n\nÝ kiến thảo luận\n>> - Đ/c B: nhất trí\n   - Đ/c C")
    'Chủ trì :    Lò Văn A\nĐịa điểm:   Hội trường\n\nÝ kiến thảo luận\n   - Đ/c B: nhất trí\n   - Đ/c C'
    >>> [" ".join(ln.split()) for ln in unform("Câu hỏi: 1. Tên chi bộ *\nCâu trả lời: Chi bộ Khu phố 12\n\n"
    ...     "Câu hỏi: 2. Ghi chú\nCâu trả lời:\n\nGiờ bắt đầu *\n19:00\n\nĐịa điểm *\nHội trường").split("\n")]
    ['Tên chi bộ : Chi bộ Khu phố 12', '', '', '', '', 'Giờ bắt đầu : 19:00', '', 'Địa điểm : Hội trường']
    """
    answers = list(_ANSWER.finditer(text))
    if len(answers) < 3 and len(_REQUIRED.findall(text)) < 3:
        return text
    out = list(text)
    for m in answers:
        out[m.start() : m.end()] = " " * (m.end() - m.start())
    blanked = "".join(out)
    lines = blanked.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    marked = {text.count("\n", 0, m.start()) for m in answers}  # lines that held an answer marker
    for i, line in enumerate(lines):
        if not line.strip() or i in marked:
            continue
        if i + 1 in marked:  # the question over a marked answer, and the answer's indented lines
            block = [i, i + 1]
            while (block[-1] + 1 < len(lines) and block[-1] + 1 not in marked and lines[block[-1] + 1].strip()
                   and lines[block[-1] + 1][:1].isspace()):
                block.append(block[-1] + 1)
        elif i and lines[i - 1].strip():
            continue  # (unmarked answers: a question opens a block after a blank line)
        else:
            block = [i]
            while block[-1] + 1 < len(lines) and lines[block[-1] + 1].strip():
                block.append(block[-1] + 1)
        answer_lines = block[1:]
        question = line
        if len(question.strip()) > 90 or question.rstrip().endswith((".", ";")):
            continue
        q0 = starts[i]
        lead = _QUESTION_LEAD.match(question)
        hinted = _REQUIRED.search(question)
        if not answer_lines and not (i + 1 in marked or hinted):
            continue
        if lead and lead.end() > len(question) - len(question.lstrip()):
            out[q0 : q0 + lead.end()] = " " * lead.end()  # "Câu hỏi: 9. "
        if not answer_lines or not "".join(out[starts[answer_lines[0]] : starts[answer_lines[0]] + len(
                lines[answer_lines[0]])]).strip():
            # unanswered: the question names nothing that was held ("Nội dung chuyên đề (nếu có)")
            for k in block:
                out[starts[k] : starts[k] + len(lines[k])] = " " * len(lines[k])
            continue
        for hint in re.finditer(r"\([^()\n]*\)", question):  # "(họ tên, chức vụ)", "(chọn 1)", "(dd/mm/yyyy)"
            out[q0 + hint.start() : q0 + hint.end()] = " " * (hint.end() - hint.start())
        if len(answer_lines) != 1 or lines[answer_lines[0]][:1].isspace() and i + 1 not in marked and not hinted:
            continue  # a longer answer stays under its question
        star = question.rstrip().endswith("*") or bool(hinted)
        q_end = q0 + len(question)
        if star:
            at = q0 + question.rfind("*")
            out[at] = ":"
            out[q_end] = " "
        elif not question.rstrip().endswith(":"):
            out[q_end] = ":"
        else:
            out[q_end] = " "
    return "".join(out)


# Box-drawing characters of a table typed or exported with them: a vertical one reads as a bar, the rest as rules
_BOX_DRAWING = {c: ("|" if c in "│┃║╎╏┆┇┊┋" else "-") for c in map(chr, range(0x2500, 0x2580))}
_BOX_TABLE = str.maketrans(_BOX_DRAWING)


# A table of the meeting's fields or of its agenda drawn with bars (Markdown, or a Word table pasted): "| Hạng mục |
# Nội dung |" over "| Thời gian | Bắt đầu lúc 16 giờ 30 … |", "| TT | Nội dung | Diễn biến |" over "| 2 | Thông tin
# thời sự | Việt Nam … |" and the cell's wrapped lines "|    |     | huyết tăng mạnh … |".
_PIPE_ROW = re.compile(r"(?m)^[ \t]*\|(?P<cells>[^\n]*)\|[ \t]*$")
_PIPE_RULE = re.compile(r"[ \t|:+-]*-{3,}[ \t|:+-]*")
_PART_LABEL = re.compile(r"(?i)(?:\d{1,2}[.)]?\s*)?(?:khai mạc|mở đầu|thông tin thời sự|thời sự|quán triệt[^|]{0,30}"
                         r"|phổ biến[^|]{0,30}|đánh giá[^|]{0,30}|phương hướng[^|]{0,30}|thảo luận|kết luận"
                         r"|biểu quyết|bế mạc|kết thúc|(?:trình bày )?chuyên đề|học tập[^|]{0,40})")
_FIELD_HEAD = re.compile(r"(?i)^(?:hạng mục|nội dung|mục|thông tin|trường thông tin|tiêu chí|phần|nội dung sinh hoạt)$")


def _counts_table(rows: list[re.Match[str]], label_at: int) -> bool:
    """Counts in several columns ("| Có mặt | 14 | 2 | 16 |" under "Chính thức | Dự bị | Cộng"): the readers of
    tables take the total's column."""
    numeric = counted = 0
    for row in rows:
        cells = [c.strip() for c in row["cells"].split("|")][label_at + 1 :]
        numeric += sum(1 for c in cells if re.fullmatch(r"\d{1,3}", c)) >= 2
        counted += bool(cells) and re.fullmatch(r"\d{1,3}", cells[0]) is not None
    # (or one count a row beside its note: "| Vắng có lý do | 02 | Ma Văn Toàn (…), |" under "Số lượng | Ghi chú")
    filled = sum(1 for row in rows if row["cells"].split("|")[label_at].strip())
    return numeric >= max(2, len(rows) // 2) or counted >= max(3, (filled + 1) // 2)


def _between_rows(gap: str) -> bool:
    lines = gap.split("\n")[1:-1]
    return len(lines) <= 1 and all(_PIPE_RULE.fullmatch(ln) for ln in lines)


# a two-column table (label, content) pasted as text, its content cell wrapped onto lines of its own
_TAB_ROW = re.compile(r"[^\t\n:]{1,60}\t[ ]*[^\t\n ][^\t\n]*")  # (its label no field with a value: "Có mặt: 26")
_TAB_MORE = re.compile(r"\n\t[ ]*(?=[^\t\n ])")
_BAR_ROW = re.compile(r"[ \t]*\|[^|\n]*[^|\s][^|\n]*\|[^|\n]*[^|\s][^|\n]*\|[ \t]*")
_BAR_MORE = re.compile(r"[ \t]*\|[ \t]*\|(?P<more>[^|\n]*[^|\s][^|\n]*)\|[ \t]*")


def unwrap_cells(text: str) -> str:
    """The content cell of a two-column table (a record laid out as "Label | content") wrapped over several lines
    read as one line: "Biểu quyết⇥… 20/20 đ/c tán" / "⇥thành, đạt 100%." → "… tán thành, đạt 100%.", and
    "| Đảng viên | … Vắng: 01 đ/c có lý do |" / "|  | (đ/c Đỗ Thị Thu Trang, nghỉ thai sản). |" → one row.

    >>> unwrap_cells("IX. Biểu quyết\\tChi bộ biểu quyết: 20/20 đ/c tán\\n\\tthành, đạt 100%.")
    'IX. Biểu quyết\\tChi bộ biểu quyết: 20/20 đ/c tán thành, đạt 100%.'
    """
    if "\t" not in text and "|" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        prev = out[-1] if out else ""
        if line.count("\t") == 1 and _TAB_MORE.match("\n" + line) and _TAB_ROW.fullmatch(prev):
            out[-1] = prev.rstrip() + " " + line.strip()
            continue
        more = _BAR_MORE.fullmatch(line)
        if more and _BAR_ROW.fullmatch(prev):
            head, _, cell = prev.rstrip().rstrip("|").rpartition("|")
            out[-1] = f"{head}| {cell.strip()} {more['more'].strip()} |"
            continue
        out.append(line)
    return "\n".join(out)


def unpipe(text: str) -> str:
    """A field or agenda table drawn with bars read as labelled lines (same length, every word in place): its
    bars blanked, the row's number followed by ".", its label by ":"; the header and the rule under it blanked.
    Other tables (a list of members, say) are left to the readers of tables."""
    if "|" not in text:
        return text
    out = list(text)
    rows = list(_PIPE_ROW.finditer(text))
    i = 0
    while i < len(rows):
        head = rows[i]
        cells = [c.strip() for c in head["cells"].split("|")]
        names = [c for c in cells if c]
        label_at = next((k for k, c in enumerate(cells) if _FIELD_HEAD.match(c)), None)
        # (or no header: a table of the meeting's course, its first row an agenda part and what was done in it,
        # "| Khai mạc | Đ/c A tuyên bố lý do, … |")
        headless = label_at is None and len(cells) == 2 and bool(_PART_LABEL.fullmatch(cells[0])) and bool(cells[1])
        if headless:
            label_at = 0
        elif label_at is None or label_at > 1 or len(names) < 2:
            i += 1
            continue
        j = i + 1
        while j < len(rows) and (text.count("\n", rows[j - 1].end(), rows[j].start()) <= 1
                                 or _between_rows(text[rows[j - 1].end() : rows[j].start()])):
            j += 1  # the table's rows: one after another (a rule between two groups of them)
        # (or a rule between every two, as a table drawn with box lines is: "├───┼───┤" under each item)
        k = i + 1
        while k < len(rows) and _between_rows(text[rows[k - 1].end() : rows[k].start()]):
            k += 1
        if sum(1 for x in range(i + 2, k) if text[rows[x - 1].end() : rows[x].start()].strip()) >= 2:
            j = max(j, k)
        if j - i < 4 or _counts_table(rows[i + 1 : j], label_at):
            i = j
            continue
        for row in rows[i:j]:
            a = row.start()
            line = text[a : row.end()]
            if row is head and not headless or _PIPE_RULE.fullmatch(line):
                out[a : row.end()] = " " * len(line)
                continue
            bars = [a + k for k, ch in enumerate(line) if ch == "|"]
            parts = [(bars[k] + 1, bars[k + 1]) for k in range(len(bars) - 1)]
            for b in bars:
                out[b] = " "
            for k, (x, y) in enumerate(parts[: len(parts) - 1]):
                cell = text[x:y]
                if not cell.strip():
                    continue
                end = x + len(cell.rstrip())
                if end < y:  # the cell's own space after it takes the mark
                    out[end] = "." if k < label_at and cell.strip().isdigit() else ":" if k == label_at else out[end]
        i = j
    return "".join(out)


def unbox(text: str) -> str:
    """A table drawn with box characters as one with bars and dashes (same length).

    >>> unbox("│ Có mặt │ 21 │")
    '| Có mặt | 21 |'
    """
    return text.translate(_BOX_TABLE) if re.search("[\u2500-\u257f]", text) else text


# a mark after the words struck through, copying a handwritten book: "Thư ký: Đ/c Lê Thị Hằng (gạch) Đ/c Vương Thị
# Ngân", "14 giờ 00 [xóa] 14 giờ 30"; a field's value struck whole, back to its label's colon
_STRUCK_MARK = r"[(\[](?:[Gg]ạch(?: bỏ)?|GẠCH|[Xx]óa|[Xx]oá|XÓA)[)\]]"
_STRUCK_VALUE = re.compile(r"(?<=:)[ \t]*[^:\n()\[\]]{1,40}?[ \t]*" + _STRUCK_MARK)
_STRUCK_BARE = re.compile(_STRUCK_MARK)
# struck words between marks a typist chose: "<s>19h00</s>", "[xóa]19h00[/xóa]", "~~10~~", "{gạch: 30/8}"; and a
# typist's note about a correction, which quotes what was struck: "(trong sổ viết 13h30, gạch đi sửa thành 14h00)"
_STRUCK_PAIRED = re.compile(
    r"<s>[^<\n]*</s>|\[(?:[Xx]óa|[Gg]ạch)\][^\[\n]*\[/(?:[Xx]óa|[Gg]ạch)\]|~~[^~\n]+~~|\[-[^\]\n]{1,40}?-\]"
    r"|\{(?:[Xx]óa|[Gg]ạch)(?: bỏ)?[ \t]*:[^{}\n]*\}")
# (or in square brackets: "Tôn Nữ Minh [Trâu – gạch] Châu", "có mặt: 22 [số 23 bị gạch, sửa 22]")
_STRUCK_NOTE = re.compile(r"\([^()\n]*(?:gạch|xóa|xoá)[^()\n]*\)"  # (not "(sửa lại: 09 giờ 50 phút)", the value)
                          r"|\[[^\[\]\n]*(?:gạch|xóa|xoá)[^\[\]\n]*\]")


_NAME_WORD = re.compile(r" ([^\W\d_]+[:,]?)")


# a correction noted beside the value it corrects: "Có mặt: 27 đ/c [27 gạch, sửa thành 26 - có ký nháy]",
# "Biểu quyết: 27/27 [gạch, sửa thành 26/26] đ/c"
_CORRECTION = re.compile(r"\[(?P<old>[^\[\]\n]{0,30}?)[ \t]*(?:bị[ \t]+)?gạch(?:[ \t]+bỏ)?[ \t]*[,;]?[ \t]*sửa"
                         r"(?:[ \t]+(?:thành|lại))?[ \t]*:?[ \t]*(?P<new>[^\[\]\n,;]*?)[ \t]*(?:[-–,;][^\[\]\n]*)?\]")


def _correct(text: str) -> str:
    """Each noted correction's new value written over the struck one (same length, the note blanked)."""
    chars = list(text)
    for m in _CORRECTION.finditer(text):
        new = m.group("new").strip()
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start : m.start()]
        old = m.group("old").strip()
        if old:
            at = [x.start() for x in re.finditer(rf"(?<!\S){re.escape(old)}(?!\S)", before)]
            span = (line_start + at[-1], line_start + at[-1] + len(old)) if at else None
        else:
            # (as many words as the new value has: "8 giờ 00 [gạch, sửa thành 8 giờ 15]")
            # (never the label before it: "Thư ký: Lê Hà [gạch, sửa thành Nguyễn Thị Hà]")
            words, floor = max(1, len(new.split())), before.rfind(": ") + 1
            last = re.search(rf"(\S+(?:[ \t]+\S+){{0,{words - 1}}})[ \t]*$", before[floor:])
            span = (line_start + floor + last.start(1), line_start + floor + last.end(1)) if last else None
        for j in range(m.start(), m.end()):
            chars[j] = " "
        if not new or span is None:
            continue
        a, b = span
        if len(new) <= b - a:
            chars[a:b] = list(new.ljust(b - a))
        else:  # (a longer value takes the note's place)
            chars[a:b] = [" "] * (b - a)
            chars[m.start() : m.start() + len(new)] = list(new)
    return "".join(chars)


def _name_rest(text: str, at: int) -> int:
    """Where the capitalised words of a name that go on after ``at`` (" Châu", " Phan Thanh Tuấn") end."""
    end = at
    for m in _NAME_WORD.finditer(text, at):
        if m.start() != end or not m.group(1)[0].isupper():
            break
        end = m.end()
        if m.group(1)[-1] in ":,":
            break
    return end


def unstrike(text: str) -> str:
    """The text with what a transcription marks as crossed out blanked (same length): only what stands counts.

    >>> unstrike("Có mặt: (xóa: 22) 21 đ/c")
    'Có mặt:           21 đ/c'
    >>> unstrike("Thư ký: Đ/c Lê Thị Hằng (gạch) Đ/c Vương Thị Ngân")
    'Thư ký:                        Đ/c Vương Thị Ngân'
    """
    if not re.search(r"[(\[<~{]", text):
        return text
    for rx in (_STRUCK_PAIRED, _STRUCK, _STRUCK_VALUE, _STRUCK_BARE):
        text = rx.sub(lambda m: " " * len(m.group()), text)
    text = _correct(text)
    out, pos = [], 0
    for m in _STRUCK_NOTE.finditer(text):
        start, end = m.span()
        if start < pos:
            continue
        out.append(text[pos:start])
        # inside a name the rest of the name closes up to the words before, the line's later cells staying where
        # they were: "Tôn Nữ Minh [Trâu – gạch] Châu      x" reads "Tôn Nữ Minh Châu …      x"
        rest = _name_rest(text, end)
        if start >= 2 and text[start - 1] == " " and text[start - 2].isalpha() and rest > end:
            words = text[end + 1 : rest]
            out.append(words + " " * (rest - start - len(words)))
            pos = rest
        else:
            out.append(" " * (end - start))
            pos = end
    out.append(text[pos:])
    return "".join(out)


_TAG_BOX = re.compile(r"(?m)^([ \t]*)[☐□▢❏❑◻⬜](?=[ \t]+[^\W\d_])")
_TASK_ITEM = re.compile(r"[ \t]*[-*+][ \t]+\[[ xX]?\][ \t]+\S")


def untick(text: str) -> str:
    """The text with the labels of the options a form left unticked blanked out (same length).

    A printed form offers "☑ Thường kỳ  ☐ Chuyên đề" or "Thường kỳ: [x]  Chuyên đề: [ ]": only what is
    ticked was held (``ticked`` reads those).

    >>> untick("Hình thức: ☑ Thường kỳ   ☐ Chuyên đề")
    'Hình thức: ☑ Thường kỳ   ☐          '
    >>> untick("Thường kỳ: [x]   Chuyên đề: [ ]")
    'Thường kỳ: [x]              [ ]'
    """
    if not _BOX.search(text):
        return text
    options = list(_options(text))
    if not any(m.group(1) for _, m, _ in options):
        # nothing ticked anywhere: the boxes are a note app's tags ("☐ Mở đầu"), not choices made; one leading a
        # line reads as the bullet it is
        return _TAG_BOX.sub(lambda m: m[1] + "•", text)
    chars = list(text)
    for offset, m, (start, end) in options:
        if _TASK_ITEM.match(text, offset):
            continue  # a note app's to-do "- [ ] Đảng viên nêu gương theo Quy định 08 …": a task, not an option
        if not m.group(1):
            for j in range(offset + start, offset + end):  # the box stays: it still marks the group
                if chars[j] != "\t":
                    chars[j] = " "
    return "".join(chars)


def ticked(text: str) -> list[str]:
    """The labels of a form's ticked options, in text order.

    >>> ticked("[ ] Thường kỳ    [x] Chuyên đề quý III   Thường kỳ: ☐")
    ['Chuyên đề quý III']
    """
    if not _BOX.search(text):
        return []
    return [text[offset + a : offset + b].strip(" \t:") for offset, m, (a, b) in _options(text) if m.group(1)]


# Old ("hoà", "thuỷ") to modern ("hòa", "thủy") tone placement: the tone moves
# to the main vowel of an open syllable oa/oe/uy.  "quý" keeps its tone (u is
# part of qu), and "hoàng"/"tuyến" (a final consonant follows) are unchanged.
_TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook, dot
_OLD_TONE = re.compile(
    r"(?<![qQ])([oOuU])([aAeEyY])([" + _TONES + r"])(?![\w" + _TONES + r"])"
)


def modern_tones(text: str) -> str:
    """Move tone marks to the modern position (hoà → hòa, Thuỷ → Thủy), in NFC.

    >>> modern_tones("Nguyễn Thị Thuỷ, Hoà Bình, quý")
    'Nguyễn Thị Thủy, Hòa Bình, quý'
    """
    nfd = unicodedata.normalize("NFD", text)

    def _move(m: re.Match[str]) -> str:
        first, second, tone = m.groups()
        if first in "oO" and second in "yY":
            return m.group(0)
        if first in "uU" and second not in "yY":
            return m.group(0)
        return first + tone + second

    return unicodedata.normalize("NFC", _OLD_TONE.sub(_move, nfd))


_WS = re.compile(r"\s+")


def fold_key(text: str) -> str:
    """A key equal for the same words written in either tone placement or case.

    >>> fold_key("Chi bộ  Khu phố 3") == fold_key("CHI BỘ KHU PHỐ 3")
    True
    >>> fold_key("Thuỷ") == fold_key("thủy")
    True
    """
    return _WS.sub(" ", modern_tones(unicodedata.normalize("NFC", text)).lower()).strip()


def strip_marks(text: str) -> str:
    """Remove every diacritic (đ → d too): for loose matching of OCR'd or ASCII text.

    >>> strip_marks("Đảng bộ Phường")
    'Dang bo Phuong'
    """
    nfd = unicodedata.normalize("NFD", text)
    out = "".join(c for c in nfd if not unicodedata.combining(c))
    return out.replace("đ", "d").replace("Đ", "D")
