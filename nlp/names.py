"""People's names and organisation names as the report gives them.

Names come without titles (đồng chí, đ/c, PGS.TS, ranks), in NFC with modern tone placement,
capitalised syllable by syllable; organisation names are cased the way Vietnamese writes them
("Chi bộ Khu phố 3", "Đảng bộ phường Tân Thành").
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import cache

from nlp.cues import fold, vocab
from nlp.normalize import modern_tones, strip_marks

_WORD = re.compile(r"[^\W\d_][\w'’]*", re.UNICODE)
_GLOTTAL = re.compile(r"[^\W\d_]{1,2}['’][^\W\d_]{2,}")


_POLITE = re.compile(r"ông|bà|anh|chị|cô|thầy|ong|ba|chi|co|thay")
_COMRADE = re.compile(r"\s*(?:đồng\s+chí|đ\s*/\s*c|đ\.c|đc|dong\s+chi|d\s*/\s*c|dc)\b")


def _key(text: str) -> tuple[str, bool]:
    """Text to match vocabularies on: lower case keeping marks ("Trường" is not "trưởng"), or folded when
    the text has no marks at all (typed without accents); same length as ``text``."""
    marked = strip_marks(text) != text
    return (modern_tones(text).lower() if marked else text.lower()), marked


def _alt(key: str, marked: bool) -> str:
    phrases = {(modern_tones(p).lower() if marked else fold(p)) for p in vocab()[key]}
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True)) + ")"


@cache
def _title_re(marked: bool) -> re.Pattern[str]:
    # Titles may end with "." (ThS.) and be followed by a colon. A health worker's specialist degree is
    # written many ways: "BS.CKII", "ĐDCK1", "DS CKI", "ThS.BSCK2".
    return re.compile(r"\s*(?:" + _SPECIALIST + "|" + _alt("name_titles", marked) + r")(?:\.|\b)\s*[:.]?\s*")


_SPECIALIST = r"(?:(?:ths|ts|cn)\.?\s*)?(?:bs|ds|[đd]d|ktv|ys|nhs|cn)\.?\s*ck\s*(?:ii|i|2|1)"


@cache
def _role_re(marked: bool) -> re.Pattern[str]:
    # An office before the name: "Bí thư chi bộ – đồng chí …", "BÍ THƯ CHI BỘ NGUYỄN VĂN A".
    of = _alt("name_units", marked)
    return re.compile(r"\s*" + _alt("name_offices", marked) + r"(?:\s+" + of + r")?\s*[-–—,:]?\s*")


@cache
def _function_re(marked: bool) -> re.Pattern[str]:
    return re.compile(_alt("name_functions", marked) + r"\b")


def _cap(word: str) -> str:
    """One syllable capitalised: first letter upper, the rest lower."""
    return word[:1].upper() + word[1:].lower()


def _cap_name(word: str) -> str:
    """A name's syllable: capitalised when written in capitals, else as written ("H'Nga", "Êban")."""
    return _cap(word) if word.isupper() or not word[:1].isupper() else word


# Words no Vietnamese name has, which end a name written in capitals ("ĐỒNG CHÍ SÙNG A PAO - ĐI LAO ĐỘNG")
_NEVER_IN_NAMES = frozenset(
    "đi có do ốm nghỉ trực làm bận về tại không được là và của đang đã sẽ vì bị cùng vắng mặt miễn".split())


_DEPUTY_OF = re.compile(r"(?:phó|pho)\s+(?:tiểu|tieu|đại|dai|trung|giám|giam|chủ|chu|bí|bi|hiệu|hieu|chánh|chanh"
                        r"|trưởng|truong|chính|chinh|tổng|tong|thủ|thu|chỉ|chi|quản|quan|đồn|don|viện|vien)(?!\w)")


def clean_name(raw: str, min_words: int = 2, lower: bool = False) -> str | None:
    """The person's name at the start of ``raw``, titles removed, or None.

    >>> clean_name("đồng chí Đại úy HÀ VĂN LONG – Bí thư chi bộ")
    'Hà Văn Long'
    >>> clean_name("Đ/c Hoàng Thị Thuỷ, Hiệu trưởng")
    'Hoàng Thị Thủy'
    """
    text = unicodedata.normalize("NFC", raw).strip(" \t\n:;,.-–—()*+•")
    key, marked = _key(text)
    pos = 0
    starts: list[int] = []
    while True:  # titles stack: "đồng chí Thiếu tá", "bà PGS.TS", "Bí thư chi bộ, đồng chí"
        m = _title_re(marked).match(key, pos) or _role_re(marked).match(key, pos)
        if not m or m.end() == pos:
            break
        # Nobody writes "đồng chí ông …": after the comrade cue, "Ông"/"Bà" is the surname.
        if starts and _POLITE.fullmatch(key[pos : m.end()].strip(" .:")) and _COMRADE.match(key, starts[-1]):
            break
        starts.append(pos)
        pos = m.end()
    # "Ông Thị Lụa": a name never starts with the middle name Thị, so "Ông" was the surname.
    # (nor "Ông Văn Quyết": "Văn" and one more word is no whole name, where the surname is written capitalised)
    last_word = starts and re.fullmatch(r"\s*\w+\s*", key[starts[-1] : pos])
    van = (last_word and text[starts[-1] :].lstrip()[:1].isupper() and re.match(r"(?:văn|van)\s+\w+\s*(?:$|[^\w\s])",
                                                                                 key[pos:]))
    if last_word and (re.match(r"(?:thị|thi)\s", key[pos:]) or van):
        pos = starts[-1]
        while pos < len(text) and text[pos].isspace():
            pos += 1
    # an office's initials after a title, before the name: "Thẩm phán TANDTC Đoàn Minh Thuận"
    acronym = re.compile(r"\s*([A-ZĐ]{4,})\s+(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])").match(text, pos) if starts else None
    if acronym:
        pos = acronym.end()
    words: list[str] = []
    fun = _function_re(marked)
    for m in _WORD.finditer(text, pos):
        gap = text[pos : m.start()]
        if words and (gap.strip() or "\n" in gap):  # punctuation, a dash or a line break ends the name
            break
        if not words and gap.strip(" \n"):
            break
        w = m.group(0)
        if not words and _DEPUTY_OF.match(key, m.start()):
            return None  # "Phó Tiểu đoàn trưởng", "Phó Đại đội trưởng": an office, not the family name Phó
        # (in lower case after a title, or where a name stands alone, under a signature's label: ``lower``)
        if not words and (starts or lower) and w[0].islower() and (said := _lower_name(text, m.start())):
            words, pos = said
            break
        if words and gap == " " and len(words[-1]) == 1 and words[-1] != "Y" and w[0].islower():
            words[-1] += w  # OCR split a syllable: "Lò Văn T hành"
            pos = m.end()
            continue
        if not w[0].isupper():
            break
        if w.isupper() and w.lower() in _NEVER_IN_NAMES:  # typed all in capitals: "LỲ XÉ GIÒ ĐI ĐIỀU TRỊ"
            break
        # "Lê Văn Hai BTCB": an abbreviation in capitals after a name in title case ends it.
        if words and len(w) >= 2 and w.isupper() and len(words[-1]) > 1 and not any(x.isupper() for x in words[-1][1:]):
            break
        if words and fun.match(key, m.start()) and (w.isupper() or len(words) >= 2):
            break
        words.append(w)
        pos = m.end()
        if len(words) == 6:
            break
    # K'Ho, Mạ, Jrai names may be one word written with a glottal mark: "K'Brơi", "H'Nga"
    glottal = len(words) == 1 and _GLOTTAL.fullmatch(words[0])
    if not words or (len(words) < min_words and not glottal):
        return None
    if len(words) == 1:
        # "đ/c Sáu: ốm": a given name alone, only when a delimiter follows and it is no office.
        if not re.match(r"\s*(?:[:;,()\-–]|$|\s[^\W\d_]*[a-zđơưăâêô])", text[pos:]) or words[0].isupper():
            return None
        if re.search(r"[.:;,]", text[: pos - len(words[0])]):  # "04 đ/c. Trong đó": a new sentence
            return None
        if _role_re(marked).fullmatch(key, 0, pos) or _function_re(marked).match(key, pos - len(words[0])):
            return None
    # "anh Ba Hùng (Phạm Văn Hùng)": the name the village calls him by, then his full name in brackets
    full = re.match(r"\s*\(\s*((?:[A-ZĐÀ-Ỹ][^\W\d_]*\s+){1,4}[A-ZĐÀ-Ỹ][^\W\d_]*)\s*(?:\)|$)", text[pos:])
    surnames = _surnames()
    if full and full.group(1).split()[0] in surnames and words[0] not in surnames:
        return modern_tones(" ".join(full.group(1).split()))
    return modern_tones(" ".join(_cap_name(w) for w in words))


# A record dictated in lower case names people in lower case too: "thư ký đồng chí vũ thị hằng chi ủy viên".
# After a title, a family name opens the name; it runs on over words no name holds (what the person is or did).
_LOWER_STOP = frozenset(
    "đi về bệnh ốm đau nghỉ đang là có không vắng chi bí phó thư đảng ủy trưởng tổ ban hội đồng các và với của "
    "trong tại ở do vì được bị thì mà nha à ạ dạ làm lý thông tuyên báo trình phát nêu kết giới đọc nói cho đề hỏi "
    "trả cũng đã sẽ rất nên phải cần mới vừa còn đều cả xin công học con vợ chồng mẹ cha cụ em anh chị ông bà tham "
    "dự kế giáo viên đại thiếu thượng chủ ghi điều hiệu phụ cán khu thôn ấp xóm bản tuổi nằm đám ca ngày tháng lúc "
    "giờ sáng chiều tối nay hôm nhất tán thông qua trực đến tới ra vào lên xuống ăn thăm bận".split())
# offices whose first word is also a given name ("trung", "đại", "chính"): "cao văn tấn trung đội trưởng"
_LOWER_OFFICE = re.compile(r"(?:trung|đại|tiểu)\s+(?:đội|đoàn)|chính\s+trị|kế\s+toán|thủ\s+quỹ|y\s+tá|bác\s+sĩ"
                           r"|điều\s+dưỡng|công\s+an|dân\s+quân|thôn\s+đội|xã\s+đội|trưởng\s+(?:thôn|ấp|bản|khu|xóm)")
# family names that are also common words ("lý do", "từ", "mai", "cao tuổi", "hồ sơ"): only with a middle name after
_LOWER_AMBIGUOUS = frozenset(
    "lý từ mai cao hồ đào hà la văn công đồng hoa hồng quang trang kim ma vì cà xa bàn phó ông giang thân tăng "
    "châu chu lê hàn quan ninh mông danh hạ vàng cầm lăng mùa lồ cứ ôn tiêu thái lạc vi viên bạch cung biện bồ "
    "bành lỗ mã lã lữ hầu lạng lường sần lầu tống trang diêm khà xa".split())
_MIDDLE = frozenset(
    "văn thị hữu đức minh quốc ngọc thanh xuân kim thu hồng thế công quang đình trọng tiến bá duy mạnh hoàng huy "
    "anh tuấn phương bích mỹ thúy thùy diệu bảo gia khánh quý tấn nhật hải như lệ tố vĩnh trung đăng chí việt "
    "thành sỹ sĩ phú tường lan mai kiều cẩm hoài thái khắc xuân vũ đại".split())


def _lower_name(text: str, at: int) -> tuple[list[str], int] | None:
    """The words of a name written in lower case from ``at`` (a family name first), capitalised, and its end."""
    words: list[str] = []
    pos = at
    for m in _WORD.finditer(text, at):
        gap = text[pos : m.start()]
        if words and gap != " ":
            break
        w = modern_tones(m.group(0))
        if not w.islower() or (words and w in _LOWER_STOP):
            break
        # (an office after the name: "đặng minh hiếu chính trị viên", "lò văn sơn trung đội trưởng")
        ahead = modern_tones(text[m.start() : m.start() + 40]).lower()
        if words and (_function_re(True).match(ahead) or (role := _role_re(True).match(ahead)) and role.end() > 0
                      or _LOWER_OFFICE.match(ahead)):
            break
        words.append(w)
        pos = m.end()
        if len(words) == 4:
            break
    if len(words) < 2 or _cap(words[0]) not in _surnames():
        return None
    if words[0] in _LOWER_AMBIGUOUS and words[1] not in _MIDDLE:
        return None
    return [_cap(w) for w in words], pos


@cache
def _surnames() -> frozenset[str]:
    return frozenset(vocab()["surnames"])


# With marks, "bà" (Mrs) is not "Bá" (a middle name: Huỳnh Bá Thành); without marks only the
# unambiguous cues count.
_PERSON_CUE = {
    # "đíc", "đ/e": how OCR reads "đ/c"
    # (also a village elder by the title the village gives him: "già làng Y Brang")
    True: re.compile(r"(?<!\w)(?:đồng\s+chí|đ\s*[/íi|]\s*[ce]|đ\.c|đc|dong\s+chi|d\s*/\s*c|ông|bà|già\s+làng)"
                     r"(?!\w)\.?\s*"),
    False: re.compile(r"(?<!\w)(?:dong\s+chi|d\s*/\s*[ce]|d\.c|dc)(?!\w)\.?\s*"),
}


@cache
def _surname_keys() -> dict[str, list[str]]:
    keys: dict[str, list[str]] = {}
    for s in dict.fromkeys(vocab()["surnames"]):
        keys.setdefault(fold(s), []).append(s)
    return keys


def mend_surname(name: str) -> str:
    """ "Đỉnh Công Sơn" → "Đinh Công Sơn": a first syllable that is no family name, but reads as exactly
    one family name without marks, is an OCR misreading of it."""
    first, _, rest = name.partition(" ")
    if not rest or strip_marks(first) == first or first in vocab()["surnames"]:
        return name
    cands = _surname_keys().get(fold(first), [])
    return f"{cands[0]} {rest}" if len(cands) == 1 else name


def common_spelling(text: str, folded: str, name: str) -> str:
    """The spelling of ``name`` the text uses most (OCR misreads a mark here and there: "Đỉnh Công Sơn").

    Occurrences are the same words without marks; ties keep ``name``.
    """
    words = fold(name).split()
    if len(words) < 2:
        return name
    pat = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)")
    counts: dict[str, int] = {}
    for m in pat.finditer(folded):
        found = text[m.start() : m.end()]
        if strip_marks(found) == found or not found[:1].isupper():
            continue  # typed without marks, or not written as a name
        key = modern_tones(" ".join(_cap_name(w) for w in found.split()))
        counts[key] = counts.get(key, 0) + 1
    if not counts:
        return name
    best = max(counts.items(), key=lambda kv: (kv[1], kv[0] == name))
    return best[0] if best[1] > counts.get(name, 0) else name


_NOT_OFFICE = frozenset("đề báo phát trình thông nêu giới đọc tuyên kết giao cử nhắc khen phê góp cho và với của là "
                        "được đã sẽ đang gặp mời hỏi nói".split())


def _name_after_office(after: str, min_words: int) -> str | None:
    """The name after an office the cue names first: "đ/c Kế toán trưởng Lương Thị Mai Phương (nghỉ ốm)",
    "đ/c Chủ tịch Hội CCB huyện Đặng Văn Lực": a run of capitalised words opening on a family name, within six
    words and no punctuation of the cue."""
    words = list(re.finditer(r"[^\s,.;:()\[\]]+", after[:80]))
    for k, w in enumerate(words[:7]):
        if re.search(r"[,.;:()]", after[: w.start()]) or w.group().lower() in _NOT_OFFICE:
            return None  # (not a clause: "đ/c trưởng thôn báo cáo Lê Văn A …")
        if k and w.group() in _surnames() and w.group()[:1].isupper():
            name = clean_name(after[w.start() :], min_words)
            return name if name and len(name.split()) >= 2 else None
    return None


# a family relation before a cue: the person named is someone's kin, told to place the one listed
_KIN_BEFORE = re.compile(r"(?<!\w)(?:con(?:\s+(?:trai|gái|gai|dâu|dau|rể|re))?|vợ|vo|chồng|chong|bố|bo|mẹ|me|cha"
                         r"|cháu|chau|em\s+(?:trai|gái|gai))\s+$")


def names_after_cues(text: str, start: int = 0, end: int | None = None, min_words: int = 2) -> list[str]:
    """Every name introduced by "đồng chí" / "đ/c" / "ông" / "bà" in ``text[start:end]``, in order."""
    span = text[start : len(text) if end is None else end]
    key, marked = _key(span)
    out: list[str] = []
    for m in _PERSON_CUE[marked].finditer(key):
        if _KIN_BEFORE.search(key, max(0, m.start() - 12), m.start()):
            continue  # "đ/c Hồ Sỹ Thắng - con ông Hồ Sỹ Lương", "(vợ đ/c Thuỷ)": a relative named, not one listed
        if out and key[max(0, m.start() - 2) : m.start()].strip() == "(" and modern_tones(
                span[: m.start()]).rstrip(" (").endswith(out[-1]):
            continue  # "đ/c Nguyễn Thị Hoà (bà Ba Hoà)": the name the village calls her by
        after = span[m.end() :]
        dash = re.match(r"[-–—]\s*", after)  # "01 đồng chí – TS. Đoàn Minh Khôi, …"
        name = clean_name(span[m.start() : m.end()] + (after[dash.end() :] if dash else after), min_words)
        if name is None and _ROLE_ACTS.match(fold(after[:60])):
            break  # "…, đ/c Bí thư giới thiệu đ/c A làm thư ký": the list ended, the chair acts on
        if name is None or " " not in name:  # (one word may be the office's first: "đ/c Kế toán trưởng Lương …")
            name = _name_after_office(after, min_words) or name
        # "2 đồng chí\nCác đồng chí vắng …", "vắng 01 đ/c\nVắng có lý do: …": the next line's label, no name
        if name and fold(name) in ("cac", "nhung", "vang", "mien"):
            continue
        if name and fold(name) in ("co", "khong") and (
                re.match(r"[ \t]*(?:\t| {2,}|\|)", after) or "\n" in key[m.start() : m.end()]):
            # "Vắng mặt | 02 đ/c | Có lý do: 02": the next cell of a counts row, not a name (or the next line's
            # "- Có lý do: 02 (…)")
            continue
        if name and any(n.endswith(" " + name) and span.find(n) <= m.start() < span.find(n) + 4 for n in out):
            continue  # "đ/c Ông Văn Sỹ": the surname Ông is no cue of a second name "Văn Sỹ"
        if name and name not in out:
            out.append(name)
    return out


# a role, not a name, after the cue, and what its holder does: "đ/c Bí thư đề nghị …", "đồng chí chủ trì giới thiệu …"
_ROLE_ACTS = re.compile(r"\s*(?:pho\s+)?(?:bi\s+thu|bt|pbt|chu\s+tri|chu\s+toa)(?:\s+chi\s+bo)?\s+"
                        r"(?:de\s+nghi|gioi\s+thieu|cu|phan\s+cong|thong\s+qua|tuyen\s+bo|neu|bao\s+cao|cho\s+biet)\b")


def _lower(text: str) -> str:
    """Lower case with marks kept and modern tone placement (same length for Vietnamese)."""
    return modern_tones(text).lower()


@cache
def _org_casing(marked: bool) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], frozenset[str]]:
    """Lexicon patterns over lower-cased names: with marks ("sở" ≠ "số") unless the name has none."""
    key = _lower if marked else fold

    def alt(name: str) -> str:
        phrases = sorted({key(p) for p in vocab()[name]}, key=len, reverse=True)
        return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + ")"

    units = re.compile(alt("admin_units") + r"(?=\s|$)")
    words = re.compile(alt("org_words") + r"(?=\s|$|[,\-–])")
    acronyms = frozenset(fold(a) for a in vocab()["acronyms"])
    lower = frozenset(key(w) for w in vocab()["lower_words"])
    return units, words, acronyms, lower


_HEADS = {
    "chi bo": "Chi bộ",
    "dang bo": "Đảng bộ",
    "dang uy": "Đảng ủy",
    "chi uy": "Chi ủy",
    "ban thuong vu": "Ban Thường vụ",
}


def case_org(name: str) -> str:
    """An organisation name written in capitals, cased the Vietnamese way.

    >>> case_org("CHI BỘ KHU PHỐ 3"), case_org("ĐẢNG BỘ PHƯỜNG TÂN THÀNH")
    ('Chi bộ Khu phố 3', 'Đảng bộ phường Tân Thành')
    """
    name = modern_tones(" ".join(name.split()))
    marked = strip_marks(name) != name
    key = _lower if marked else fold
    folded = key(name)
    units, words, acronyms, lower = _org_casing(marked)
    out: list[str] = []
    pos = 0
    # The head ("Chi bộ", "Đảng bộ", "Đảng ủy") is a common noun of its own.
    head = re.match(r"(?:chi\s+bo|dang\s+bo|dang\s+uy|chi\s+uy|ban\s+thuong\s+vu)\b", fold(name))
    if head:
        # Spelled right whatever OCR made of it ("ĐẲNG BỘ" → "Đảng bộ"); as written when typed without marks.
        canon = _HEADS.get(" ".join(fold(name[: head.end()]).split()))
        out.append(canon if canon and marked else _cap(name[: head.end()]))
        pos = head.end()
    after_unit = False
    while pos < len(name):
        if name[pos] in " \t\n":
            out.append(name[pos])
            pos += 1
            continue
        m_unit = units.match(folded, pos)
        m_word = words.match(folded, pos)
        token_end = pos
        while token_end < len(name) and name[token_end] not in " \t\n":
            token_end += 1
        token = name[pos:token_end]
        if fold(token).strip(",.") in acronyms or (token.isupper() and not re.search(r"[aeiouy]", fold(token))):
            out.append(token.upper())
            pos = token_end
            continue
        if not after_unit and m_unit:
            out.append(name[pos : m_unit.end()].lower())
            pos = m_unit.end()
            after_unit = True
            continue
        if not after_unit and m_word:
            out.append(_cap(name[pos : m_word.end()]))
            pos = m_word.end()
            continue
        if key(token) in lower:
            out.append(token.lower())
        else:
            out.append(_cap(token))
        pos = token_end
    return "".join(out)


def full_name(given: str, text: str) -> str:
    """The full name of a member named by the given name alone ("đ/c Lực"), when the minutes write exactly one
    full name ending so (the roll above: "4. Phạm Văn Lực ..... v"); else the given name as it is."""
    if " " in given or not given:
        return given
    found = set()
    for m in re.finditer(r"(?<![^\W\d_])((?:[^\W\d_]+[ \t]+){1,3})" + re.escape(given) + r"(?![^\W\d_])",
                         modern_tones(text)):
        words = m.group(1).split()
        while words and not (words[0] in _surnames() and all(w[:1].isupper() for w in words)):
            words = words[1:]
        if words:
            found.add(" ".join([*words, given]))
    return found.pop() if len(found) == 1 else given


# After a byname the real name in apposition: "anh Sáu Phước, đồng chí Huỳnh Văn Phước, …",
# "chị Tư Thoa, tức đồng chí Võ Thị Kim Thoa", "anh Ba Thành (đồng chí Nguyễn Văn Thành)".
_APPOSED = (r"\s*(?:,|\(|[-–])\s*(?:(?:tức|tuc|tên\s+thật|ten\s+that|tên\s+khai\s+sinh)(?:\s+là|\s+la)?\s+)?"
            r"(?:đồng\s+chí|đ\s*/\s*c|dong\s+chi|d\s*/\s*c)\s+(?P<full>[^,;.:()\[\]\n]{4,50})")


def real_name(name: str, text: str) -> str:
    """The full name written in apposition after ``name`` when ``name`` is a byname of one or two words
    ending in the same given name ("Sáu Phước" → "Huỳnh Văn Phước"); else ``name`` as it is."""
    words = name.split()
    if not 1 <= len(words) <= 2:
        return name
    byname = r"(?<![^\W\d_])" + r"\s+".join(map(re.escape, words)) + r"(?![^\W\d_])"
    pat = re.compile(byname + _APPOSED, re.I)
    # or the real name first, the byname in brackets after it: "Đồng chí Lê Văn Trung (bà con kêu anh Tư Trung)"
    before = re.compile(r"(?:đồng\s+chí|đ\s*/\s*c|dong\s+chi|d\s*/\s*c)\s+(?P<full>[^,;.:()\[\]\n]{4,50}?)\s*"
                        r"\([^()\n]{0,30}?" + byname, re.I)
    for m in itertools.chain(pat.finditer(text), before.finditer(text)):
        full = clean_name(m["full"])
        if full and len(full.split()) > len(words) and fold(full.split()[-1]) == fold(words[-1]):
            return full
    return name
