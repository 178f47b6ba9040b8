"""Character tables of the legacy Vietnamese encodings TCVN3 (ABC) and VNI Windows.

Written from the published code charts (TCVN 5712:1993 VN3; VNI for Windows) and
cross-checked against public converters; ``tests/test_legacy.py`` proves every entry
by a round trip.  Both encodings are 8-bit: the text of a document set in one of
their fonts reaches us as the Latin-1 / Windows-1252 (or, on Vietnamese Windows,
Windows-1258) reading of those bytes, e.g. ``§¶ng bé`` for "Đảng bộ".
"""

from __future__ import annotations

import unicodedata

# --- TCVN3 (ABC, TCVN 5712:1993 VN3): one byte per letter ---------------------------------
# Each row: the letters in Unicode and their bytes.  VN3 has every lower-case letter but
# only the seven untoned capitals Ă Â Ê Ô Ơ Ư Đ; toned capitals are written with the
# lower-case codes in a capitals font (.VnTimeH), which draws them as capitals.
_TCVN3_ROWS = (
    ("àảãáạ", "B5 B6 B7 B8 B9"),
    ("ăằẳẵắặ", "A8 BB BC BD BE C6"),
    ("âầẩẫấậ", "A9 C7 C8 C9 CA CB"),
    ("èẻẽéẹ", "CC CE CF D0 D1"),
    ("êềểễếệ", "AA D2 D3 D4 D5 D6"),
    ("ìỉĩíị", "D7 D8 DC DD DE"),
    ("òỏõóọ", "DF E1 E2 E3 E4"),
    ("ôồổỗốộ", "AB E5 E6 E7 E8 E9"),
    ("ơờởỡớợ", "AC EA EB EC ED EE"),
    ("ùủũúụ", "EF F1 F2 F3 F4"),
    ("ưừửữứự", "AD F5 F6 F7 F8 F9"),  # ư is 0xAD, the Latin-1 soft hyphen
    ("ỳỷỹýỵ", "FA FB FC FD FE"),
    ("đ", "AE"),
    ("ĂÂÊÔƠƯĐ", "A1 A2 A3 A4 A5 A6 A7"),
)


def _tcvn3_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for letters, codes in _TCVN3_ROWS:
        values = [int(c, 16) for c in codes.split()]
        assert len(values) == len(letters), letters
        table.update(zip(values, letters, strict=True))
    return table


TCVN3_DECODE: dict[int, str] = _tcvn3_table()  # byte -> letter (only the bytes VN3 assigns)
TCVN3_ENCODE: dict[str, int] = {letter: byte for byte, letter in TCVN3_DECODE.items()}


# --- VNI Windows: a base letter followed by a modifier byte -------------------------------
# Tones as modifiers (lower, upper): sắc, huyền, hỏi, ngã, nặng.
_VNI_TONES = {"\u0301": ("ù", "Ù"), "\u0300": ("ø", "Ø"), "\u0309": ("û", "Û"), "\u0303": ("õ", "Õ"),
              "\u0323": ("ï", "Ï")}
# The circumflex (â ê ô) and the breve (ă) carry the tone in one modifier byte.
_VNI_CIRCUMFLEX = {"": ("â", "Â"), "\u0301": ("á", "Á"), "\u0300": ("à", "À"), "\u0309": ("å", "Å"),
                   "\u0303": ("ã", "Ã"), "\u0323": ("ä", "Ä")}
_VNI_BREVE = {"": ("ê", "Ê"), "\u0301": ("é", "É"), "\u0300": ("è", "È"), "\u0309": ("ú", "Ú"),
              "\u0303": ("ü", "Ü"), "\u0323": ("ë", "Ë")}
# Letters that are a single byte: ơ ư đ, i with its tones, and ỵ.
_VNI_HORN = {"ơ": ("ô", "Ô"), "ư": ("ö", "Ö")}
_VNI_SINGLE = {"đ": ("ñ", "Ñ"), "í": ("í", "Í"), "ì": ("ì", "Ì"), "ỉ": ("æ", "Æ"), "ĩ": ("ó", "Ó"),
               "ị": ("ò", "Ò"), "ỵ": ("î", "Î")}
_TONE_MARKS = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")


def _compose(base: str, tone: str) -> str:
    return unicodedata.normalize("NFC", base + tone)


def _vni_table() -> dict[str, str]:
    """Every Vietnamese letter (both cases) and its VNI spelling."""
    table: dict[str, str] = {}
    for case in (0, 1):

        def cased(letter: str, upper: bool = bool(case)) -> str:
            return letter.upper() if upper else letter

        for base in "aeiouy":
            for tone in _TONE_MARKS[1:]:
                letter = cased(_compose(base, tone))
                table.setdefault(letter, cased(base) + _VNI_TONES[tone][case])
        for base in "aeo":  # â ê ô
            for tone, mods in _VNI_CIRCUMFLEX.items():
                table[cased(_compose(base + "\u0302", tone))] = cased(base) + mods[case]
        for tone, mods in _VNI_BREVE.items():  # ă
            table[cased(_compose("a\u0306", tone))] = cased("a") + mods[case]
        for horned, codes in _VNI_HORN.items():  # ơ ư
            table[cased(horned)] = codes[case]
            for tone in _TONE_MARKS[1:]:
                table[cased(_compose(horned, tone))] = codes[case] + _VNI_TONES[tone][case]
        for letter, codes in _VNI_SINGLE.items():  # overrides i's tones and ỵ
            table[cased(letter)] = codes[case]
    return table


VNI_ENCODE: dict[str, str] = _vni_table()


def _vni_decode_table() -> dict[str, str]:
    table = {code: letter for letter, code in VNI_ENCODE.items()}
    # Seen in real files: the modifier in the other case than its base letter ("Aù"), and ỵ
    # typed as y + the dot byte ("yî").  Decoding takes the case from the base letter.
    for code, letter in list(table.items()):
        if len(code) == 2:
            for other in (code[1].upper(), code[1].lower()):
                table.setdefault(code[0] + other, letter)
    table.setdefault("yî", "ỵ")
    table.setdefault("YÎ", "Ỵ")
    return table


VNI_DECODE: dict[str, str] = _vni_decode_table()  # VNI spelling (1-2 characters) -> letter


# --- How 8-bit text reaches us ---------------------------------------------------------------
# A character of the Latin-1, Windows-1252 or Windows-1258 reading of a byte -> that byte.
def _reading_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for codec in ("cp1258", "cp1252", "latin-1"):  # later readings win only on unassigned code points
        for byte in range(256):
            try:
                char = bytes([byte]).decode(codec)
            except UnicodeDecodeError:
                continue
            previous = table.setdefault(char, byte)
            assert previous == byte, (codec, byte, char)
    return table


READING_TO_BYTE: dict[str, int] = _reading_table()
# The same without the Windows-1258 letters (Ă Đ Ơ Ư …, combining tones), which are also plain
# Unicode Vietnamese: used unless the text shows that reading (combining tone marks).
WESTERN_READING_TO_BYTE: dict[str, int] = {
    char: byte for char, byte in READING_TO_BYTE.items()
    if char == bytes([byte]).decode("latin-1") or char == bytes([byte]).decode("cp1252", errors="ignore")
}
# What a byte that is no letter of the encoding stands for once decoded: its Windows-1252
# character (curly quotes, dashes typed in a legacy font), else its Latin-1 one.
BYTE_TO_TEXT: dict[int, str] = {
    b: bytes([b]).decode("cp1252", errors="ignore") or bytes([b]).decode("latin-1") for b in range(256)
}


# --- Vietnamese syllables (used to tell decoded text from undecoded) --------------------------
# Rhymes written without tone, medial vowel included.  Liberal on rare rhymes: a word that
# is only possibly Vietnamese still counts as one.
RHYMES: frozenset[str] = frozenset(
    """
    a ai ao au ay am an ang anh ac ach ap at
    ăm ăn ăng ăc ăp ăt
    âm ân âng âc âp ât âu ây
    e eo em en eng ec ep et
    ê êu êm ên ênh êch êp êt
    i ia iu im in inh ich ip it
    iêu iêm iên iêng iêc iêp iêt
    yêu yêm yên yêng yêt
    o oi om on ong oc op ot oong ooc
    oa oai oay oao oam oan oang oanh oac oach oap oat
    oăm oăn oăng oăc oăt
    oe oeo oem oen oet
    ô ôi ôm ôn ông ôc ôp ôt
    ơ ơi ơm ơn ơp ơt
    u ua ui um un ung uc up ut
    uân uâng uât uây
    uê uênh uêch
    uy uya uyu uyn uynh uych uyt uyp uyên uyêt
    uô uôi uôm uôn uông uôc uôt
    uơ
    ư ưa ưi ưu ưm ưn ưng ưc ưt
    ươ ươi ươu ươm ươn ương ươc ươp ươt
    y
    """.split()
)
# Onsets, longest first so that "ngh" is tried before "ng" and "n".
ONSETS: tuple[str, ...] = (
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
)


# --- TCVN3 "ư" (0xAD) deleted as a soft hyphen ------------------------------------------------
# Words that lose their "ư" and still look like (rare) words, mapped back to the far more
# common word a minutes text means.  Only used on TCVN3 text that has no 0xAD left at all.
LOST_U_WORDS: dict[str, str] = {
    "ngời": "người",  # ngời (shining) is rare; người is on every page
    "vợt": "vượt",
    "lợt": "lượt",
    "lu": "lưu",
    "mu": "mưu",  # tham mưu
    "hu": "hưu",
    "bu": "bưu",
    "u": "ưu",  # ưu điểm, ưu tiên
    "tơi": "tươi",
    "cời": "cười",
    "lới": "lưới",
    "dới": "dưới",
}


# --- Frequent syllables of minutes and administrative Vietnamese --------------------------------
# A word that decoding turns from a rare syllable into one of these ("Sè" → "Số", "Bé" → "Bộ")
# is evidence for decoding a line too short to decide otherwise.
COMMON_SYLLABLES: frozenset[str] = frozenset(
    """
    an anh ban bản bà báo bảo bắt bậc bên bí biên biểu bình bố bộ các cán cao cáo cấp cầu chất chỉ
    chi chí chính cho chống chủ chức chung chúng chuyên chương có công cơ cụ cùng cuộc của cử
    cực cô dân dù dục dung dụng dự dựng đại đảng đánh đạo đạt đào đầu đầy để đề đến đi điểm điều định
    đoàn đối đội đồng đơn đúng được gia giá giải giao giáo giờ góp hành hay hiện hình họ học hoạch
    hoàn hoạt hội họp hơn hợp huyện hưởng hướng khác khai khẩn khi khoa khu không kiểm kiến kinh
    kết kế kỳ ký làm lãnh lần lập lên lệnh liên lịch lý lực lượng lúc lớp mạnh mặt mới một mục
    nay năm nâng nên nghe nghị nghiệp ngày ngoài người nguyên nhà nhân nhận nhất nhiệm nhiều như
    những nói nội nông nước ông phải phát phần phê phiên phong phòng phó phố phú phúc phục phụ
    phút phương quả quan quán quản quân quốc quy quyết ra rằng rõ sản sau sáng sinh số sở sự sức
    tác tại tâm tán tăng tập tế thác thảo thành thế thể thì thiện thị thích thoại thôn thông thống
    thời thu thuận thúc thư thức thực thường thứ tích tiếp tiến tiêu tin tình tỉnh to toàn tổ tổng
    tốt trạng trách trao trên trì triển triệu trình trong trọng trung trực trước trường tuyên tư từ
    tự tục tuần uỷ ủy văn vào vấn vận về việc viên vô vụ vùng và vì với xã xây xét xuất yêu ý
    """.split()
)
