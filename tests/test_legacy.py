"""TCVN3 (ABC) and VNI decoding: tables, detection, round trips, and the built legacy samples."""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import pytest

from nlp.normalize import normalize
from worker.extract.legacy import (
    decode_legacy,
    decode_legacy_bytes,
    decode_tcvn3,
    decode_vni,
    encode_tcvn3,
    encode_vni,
    font_encoding,
    is_syllable,
)
from worker.extract.legacy_tables import READING_TO_BYTE, TCVN3_DECODE, VNI_ENCODE

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "samples"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from cer import cer  # noqa: E402

MINUTES = sorted((ROOT / "samples" / "minutes").glob("*.txt"))
LEGACY_SOURCES = sorted((ROOT / "samples" / "sources").glob("legacy-*.txt"))
VOWELS = "aăâeêioôơuưy"
TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
# every lower-case vowel with every tone (72) minus the six plain ASCII vowels, and đ: 67 per case
LOWER_LETTERS = [unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONES if v + t not in "aeiouy"] + ["đ"]
ALL_LETTERS = LOWER_LETTERS + [c.upper() for c in LOWER_LETTERS]


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# --- tables, one character class at a time ------------------------------------------------------------

@pytest.mark.parametrize(
    "legacy, unicode",
    [
        pytest.param("µ¶·¸¹", "àảãáạ", id="tcvn3-a-tones"),
        pytest.param("¨»¼½¾Æ", "ăằẳẵắặ", id="tcvn3-a-breve"),
        pytest.param("©ÇÈÉÊË", "âầẩẫấậ", id="tcvn3-a-circumflex"),
        pytest.param("ÌÎÏÐÑ", "èẻẽéẹ", id="tcvn3-e-tones"),
        pytest.param("ªÒÓÔÕÖ", "êềểễếệ", id="tcvn3-e-circumflex"),
        pytest.param("×ØÜÝÞ", "ìỉĩíị", id="tcvn3-i-tones"),
        pytest.param("ßáâãä", "òỏõóọ", id="tcvn3-o-tones"),
        pytest.param("«åæçèé", "ôồổỗốộ", id="tcvn3-o-circumflex"),
        pytest.param("¬êëìíî", "ơờởỡớợ", id="tcvn3-o-horn"),
        pytest.param("ïñòóô", "ùủũúụ", id="tcvn3-u-tones"),
        pytest.param("\xadõö÷øù", "ưừửữứự", id="tcvn3-u-horn-soft-hyphen"),
        pytest.param("úûüýþ", "ỳỷỹýỵ", id="tcvn3-y-tones"),
        pytest.param("®§", "đĐ", id="tcvn3-d-stroke"),
        pytest.param("¡¢£¤¥¦", "ĂÂÊÔƠƯ", id="tcvn3-capitals"),
    ],
)
def test_tcvn3_character_classes(legacy: str, unicode: str) -> None:
    assert decode_tcvn3(legacy) == unicode
    assert encode_tcvn3(unicode) == legacy


@pytest.mark.parametrize(
    "legacy, unicode",
    [
        pytest.param("aùaøaûaõaï", "áàảãạ", id="vni-a-tones"),
        pytest.param("aâaáaàaåaãaä", "âấầẩẫậ", id="vni-a-circumflex"),
        pytest.param("aêaéaèaúaüaë", "ăắằẳẵặ", id="vni-a-breve"),
        pytest.param("eâeáeàeåeãeä", "êếềểễệ", id="vni-e-circumflex"),
        pytest.param("íìæóò", "íìỉĩị", id="vni-i-single-bytes"),
        pytest.param("oâoáoàoåoãoä", "ôốồổỗộ", id="vni-o-circumflex"),
        pytest.param("ôôùôøôûôõôï", "ơớờởỡợ", id="vni-o-horn"),
        pytest.param("öööùöøöûöõöï", "ưưứừửữự", id="vni-u-horn"),
        pytest.param("yùyøyûyõî", "ýỳỷỹỵ", id="vni-y-tones-dot-single"),
        pytest.param("ñÑ", "đĐ", id="vni-d-stroke"),
        pytest.param("AÙAÂAÄAÊAË", "ÁÂẬĂẶ", id="vni-capital-a"),
        pytest.param("EÅOÃÔÙÖÏUÕ", "ỂỖỚỰŨ", id="vni-capital-vowels"),
        pytest.param("ÍÌÆÓÒÎ", "ÍÌỈĨỊỴ", id="vni-capital-i-y"),
    ],
)
def test_vni_character_classes(legacy: str, unicode: str) -> None:
    assert decode_vni(legacy) == unicode
    assert encode_vni(unicode) == legacy


TCVN3_WORDS = [
    pytest.param("§¶ng bé", "Đảng bộ", id="tcvn3-dang-bo"),
    pytest.param("BiÓu quyÕt", "Biểu quyết", id="tcvn3-bieu-quyet"),
    pytest.param("®ång chÝ", "đồng chí", id="tcvn3-dong-chi"),
    pytest.param("Th\xad ký", "Thư ký", id="tcvn3-thu-ky"),
    pytest.param("tr\xadêng", "trường", id="tcvn3-truong"),
    pytest.param("ng\xadêi", "người", id="tcvn3-nguoi"),
    pytest.param("Chñ tr×", "Chủ trì", id="tcvn3-chu-tri"),
    pytest.param("NghÞ quyÕt", "Nghị quyết", id="tcvn3-nghi-quyet"),
    pytest.param("HuyÖn ñy", "Huyện ủy", id="tcvn3-huyen-uy"),
    pytest.param("§¹i biÓu", "Đại biểu", id="tcvn3-dai-bieu"),
    pytest.param("V¾ng mÆt", "Vắng mặt", id="tcvn3-vang-mat"),
    pytest.param("kÕt luËn", "kết luận", id="tcvn3-ket-luan"),
    pytest.param("®\xadîc", "được", id="tcvn3-duoc"),
    pytest.param("T¢N PH¦íC", "TÂN PHƯỚC", id="tcvn3-capital-codes"),
    pytest.param("Sè", "Số", id="tcvn3-rare-to-frequent"),
]
VNI_WORDS = [
    pytest.param("Ñaûng boä", "Đảng bộ", id="vni-dang-bo"),
    pytest.param("Bieåu quyeát", "Biểu quyết", id="vni-bieu-quyet"),
    pytest.param("ñoàng chí", "đồng chí", id="vni-dong-chi"),
    pytest.param("Thö kyù", "Thư ký", id="vni-thu-ky"),
    pytest.param("tröôøng", "trường", id="vni-truong"),
    pytest.param("ngöôøi", "người", id="vni-nguoi"),
    pytest.param("Nghò quyeát", "Nghị quyết", id="vni-nghi-quyet"),
    pytest.param("Huyeän uûy", "Huyện ủy", id="vni-huyen-uy"),
    pytest.param("Vaéng maët", "Vắng mặt", id="vni-vang-mat"),
    pytest.param("ñöôïc", "được", id="vni-duoc"),
    pytest.param("BIEÂN BAÛN", "BIÊN BẢN", id="vni-capitals"),
    pytest.param("Quyù", "Quý", id="vni-quy"),
    pytest.param("YÙ kieán", "Ý kiến", id="vni-capital-y"),
]


@pytest.mark.parametrize("legacy, unicode", TCVN3_WORDS)
def test_tcvn3_words(legacy: str, unicode: str) -> None:
    assert decode_legacy(legacy) == (unicode, "tcvn3")


@pytest.mark.parametrize("legacy, unicode", VNI_WORDS)
def test_vni_words(legacy: str, unicode: str) -> None:
    assert decode_legacy(legacy) == (unicode, "vni")


@pytest.mark.parametrize(
    "legacy, encoding",
    [
        pytest.param("§¶ng bé x· T©n Phó", "tcvn3", id="tcvn3"),
        pytest.param("Ñaûng boä xaõ Taân Phuù", "vni", id="vni"),
    ],
)
def test_encoding_named(legacy: str, encoding: str) -> None:
    assert decode_legacy(legacy) == ("Đảng bộ xã Tân Phú", encoding)


# --- fonts --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "font, expected",
    [
        pytest.param(".VnTime", ("tcvn3", False), id="vntime"),
        pytest.param(".VnTimeH", ("tcvn3", True), id="vntimeh"),
        pytest.param(".VnArialH", ("tcvn3", True), id="vnarialh"),
        pytest.param("ABCDEF+.VnTime,Bold", ("tcvn3", False), id="pdf-subset-bold"),
        pytest.param("VnTimeH-Italic", ("tcvn3", True), id="no-dot-italic"),
        pytest.param("_VnArial", ("tcvn3", False), id="postscript-underscore"),
        pytest.param(".Vn", (None, False), id="bare-prefix"),
        pytest.param("VNI-Times", ("vni", False), id="vni-times"),
        pytest.param("VNI-Helve-Condense", ("vni", False), id="vni-helve"),
        pytest.param("Times New Roman", (None, False), id="unicode-font"),
        pytest.param(None, (None, False), id="none"),
    ],
)
def test_font_encoding(font: str | None, expected: tuple[str | None, bool]) -> None:
    assert font_encoding(font) == expected


@pytest.mark.parametrize(
    "typed, font, expected",
    [
        pytest.param("§¶NG Bé", ".VnTimeH", "ĐẢNG BỘ", id="capitals-caps-lock"),
        pytest.param("®¶ng bé x· an phó", ".VnTimeH", "ĐẢNG BỘ XÃ AN PHÚ", id="capitals-typed-lower"),
        pytest.param("biªn b¶n", ".VnArialH", "BIÊN BẢN", id="capitals-arial"),
        pytest.param("Sè 06-BB/CB", ".VnTime", "Số 06-BB/CB", id="short-line-by-font"),
        pytest.param("Ñoàng chí", "VNI-Times", "Đồng chí", id="vni-font"),
    ],
)
def test_decode_by_font(typed: str, font: str, expected: str) -> None:
    decoded, encoding = decode_legacy(typed, font)
    assert decoded == expected
    assert encoding == font_encoding(font)[0]


@pytest.mark.parametrize("font", [".VnTime", ".VnTimeH", "VNI-Times"])
def test_unicode_text_in_a_legacy_font_is_kept(font: str) -> None:
    """Converted documents keep their old font names on Unicode text."""
    text = "Đồng chí Nguyễn Văn Hùng, Bí thư Chi bộ"
    assert decode_legacy(text, font) == (text, None)
    assert decode_legacy(unicodedata.normalize("NFD", text), font)[1] is None


# --- detection: what must not be decoded ---------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Chi bộ họp ngày 05/3/2024 tại nhà văn hóa.", id="unicode-vietnamese"),
        pytest.param("Tôi là Hà", id="unicode-latin1-letters-only"),
        pytest.param("Tân Phú", id="unicode-short"),
        pytest.param("Bí thư", id="unicode-cp1258-lookalikes"),
        pytest.param("Thực hiện Nghị định 30/2020/NĐ-CP", id="unicode-state-code"),
        pytest.param(unicodedata.normalize("NFD", "Biểu quyết: 15/15 đồng chí tán thành"), id="unicode-nfd"),
        pytest.param("The committee approved the plan.", id="english"),
        pytest.param("Le café est à côté de l'église, très bon.", id="french"),
        pytest.param("Müller schön, año señor, São Paulo", id="german-spanish-portuguese"),
        pytest.param("05-CT/TW", id="party-code"),
        pytest.param("Số 127-QĐ/TW; 08-QĐi/TW", id="codes-with-vietnamese"),
        pytest.param("15/15 (100%) – 12°C × 3", id="numbers-symbols"),
        pytest.param("“Học tập và làm theo” — «Bác Hồ»", id="quotes"),
        pytest.param("- đíc", id="ocr-garble-with-unicode-d"),
        pytest.param("", id="empty"),
    ],
)
def test_not_legacy(text: str) -> None:
    assert decode_legacy(text) == (text, None)


@pytest.mark.parametrize("path", MINUTES, ids=[p.stem for p in MINUTES])
def test_unicode_minutes_unchanged(path: Path) -> None:
    """A genuine Unicode minutes text comes back unchanged, as a whole and line by line."""
    text = path.read_text(encoding="utf-8")
    assert decode_legacy(text) == (text, None)
    changed = [line for line in text.splitlines() if decode_legacy(line)[1]]
    assert changed == []


def test_mixed_lines_only_legacy_converted() -> None:
    unicode = ["ĐẢNG BỘ XÃ AN PHÚ", "Chi bộ họp ngày 05/3/2024.", "Đại biểu: đồng chí Lê Văn Tám."]
    tcvn3 = ["BiÓu quyÕt: 15/15 ®ång chÝ t¸n thµnh.", "Sè 06-BB/CB", "Th\xad ký"]
    vni = ["Thôøi gian: 8 giôø 00 phuùt."]
    lines = [unicode[0], tcvn3[0], unicode[1], tcvn3[1], unicode[2], tcvn3[2], vni[0]]
    decoded, encoding = decode_legacy("\n".join(lines) + "\n")
    assert decoded.splitlines() == [
        unicode[0], "Biểu quyết: 15/15 đồng chí tán thành.", unicode[1], "Số 06-BB/CB", unicode[2], "Thư ký",
        "Thời gian: 8 giờ 00 phút.",
    ]
    assert encoding == "tcvn3"
    assert decoded.endswith("\n")


# --- TCVN3 capitals without their font, the soft hyphen -------------------------------------------------

@pytest.mark.parametrize(
    "typed, expected",
    [
        pytest.param("§¶NG Bé X· T¢N PHó", "ĐẢNG BỘ XÃ TÂN PHÚ", id="caps-lock-heading"),
        pytest.param("I. PHÇN Më §ÇU", "I. PHẦN MỞ ĐẦU", id="numbered-heading"),
        pytest.param("NéI DUNG:", "NỘI DUNG:", id="inner-capital"),
        pytest.param("TH¦ Ký       BÝ TH\xad", "THƯ KÝ       BÍ THƯ", id="columns"),
        pytest.param("T/M CHI Bé", "T/M CHI BỘ", id="ascii-syllables-count"),
        pytest.param("Sè 06-BB/CB", "Số 06-BB/CB", id="codes-do-not-make-capitals"),
    ],
)
def test_capitals_without_font(typed: str, expected: str) -> None:
    assert decode_legacy(typed) == (expected, "tcvn3")


@pytest.mark.parametrize(
    "typed, expected",
    [
        pytest.param("Tr\xad¬ng V¨n Th\xadëng", "Trương Văn Thưởng", id="soft-hyphen-kept"),
        # a text that kept its 0xAD lost none: nothing is restored ("Trơng" stays as typed)
        pytest.param("Tr¬ng V¨n Thëng, tr\xadêng", "Trơng Văn Thởng, trường", id="soft-hyphens-present-trusted"),
        pytest.param("Thêi gian häp: th\xadêng kú", "Thời gian họp: thường kỳ", id="thuong-ky"),
        pytest.param("th«ng qua ®îc chi bé nhÊt trÝ, níc", "thông qua được chi bộ nhất trí, nước", id="dropped-duoc"),
        pytest.param("Hoµn thµnh tèt nhiÖm vô, thêng xuyªn; ngêi ®øng ®Çu", "Hoàn thành tốt nhiệm vụ, thường xuyên; "
                     "người đứng đầu", id="dropped-known-word"),
        pytest.param("KÕ ho¹ch sè 85-KH/HU, th«ng qua ®îc", "Kế hoạch số 85-KH/HU, thông qua được",
                     id="dropped-abbreviation-untouched"),
        # PDFs with the WinAnsi encoding extract byte 0xAD as a hyphen
        pytest.param("Th- ký: ®ång chÝ Tr-¬ng V¨n Th-ëng, ®-îc", "Thư ký: đồng chí Trương Văn Thưởng, được",
                     id="winansi-hyphen"),
        pytest.param("kinh tÕ - x· héi; 05-CT/TW; M¸c-Lªnin; -u ®iÓm", "kinh tế - xã hội; 05-CT/TW; Mác-Lênin; ưu điểm",
                     id="winansi-real-hyphens-kept"),
    ],
)
def test_tcvn3_u_horn(typed: str, expected: str) -> None:
    decoded = decode_legacy(typed)[0]
    assert decoded == expected
    assert normalize(decoded).text == expected  # decoded before normalising: U+00AD is gone, ư stays


def test_normaliser_would_drop_u_horn() -> None:
    """Why decoding comes first: the normaliser deletes U+00AD, TCVN3's ư."""
    assert "\xad" not in normalize("Th\xad ký").text


# --- 8-bit readings -------------------------------------------------------------------------------------

def test_cp1252_and_latin1_readings() -> None:
    text = "Chuyªn ®Ò: “Häc tËp vµ lµm theo” – 2011"
    latin1 = text.encode("cp1252").decode("latin-1")  # curly quotes and dash as C1 controls
    expected = "Chuyên đề: “Học tập và làm theo” – 2011"
    assert decode_legacy(text) == (expected, "tcvn3")
    assert decode_legacy(latin1) == (expected, "tcvn3")


def test_symbol_font_code_points() -> None:
    """PDFs of symbolic .VnTime fonts without a ToUnicode map extract U+F000 + byte."""
    typed = encode_tcvn3("Biểu quyết: 15/15 đồng chí tán thành")
    assert decode_legacy("".join(chr(0xF000 + ord(c)) for c in typed)) == (
        "Biểu quyết: 15/15 đồng chí tán thành", "tcvn3")


def test_cp1258_reading() -> None:
    """TCVN3 bytes read as Windows-1258 (Vietnamese Windows): Đ, combining tones come back as bytes."""
    source = "Thời gian: Vào lúc 19 giờ 30 phút. Đồng chí Bí thư Chi bộ về dự, biểu quyết tán thành."
    data = bytes(READING_TO_BYTE[c] for c in encode_tcvn3(source))
    assert decode_legacy(data.decode("cp1258")) == (source, "tcvn3")


@pytest.mark.parametrize(
    "source, encode, encoding",
    [
        pytest.param(LEGACY_SOURCES[0] if LEGACY_SOURCES else None, encode_tcvn3, "tcvn3", id="tcvn3"),
        pytest.param(LEGACY_SOURCES[-1] if LEGACY_SOURCES else None, encode_vni, "vni", id="vni"),
    ],
)
def test_decode_legacy_bytes(source: Path, encode, encoding: str) -> None:
    text = source.read_text(encoding="utf-8")
    data = bytes(READING_TO_BYTE[c] for c in encode(text.replace("\n", "\r\n")))
    decoded, found = decode_legacy_bytes(data)
    assert found == encoding
    assert cer(text, decoded) <= 0.005


def test_decode_legacy_bytes_declines_cp1258_vietnamese() -> None:
    assert decode_legacy_bytes(_cp1258("Biểu quyết: 15/15 đồng chí tán thành. Chi bộ nhất trí thông qua.")) is None
    assert decode_legacy_bytes(b"05-CT/TW 15/15") is None


def _cp1258(text: str) -> bytes:
    """Windows-1258 bytes: precomposed base letters, tone marks as combining bytes."""
    out = bytearray()
    for ch in nfc(text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", ch)
            tones = [m for m in marks if m in "\u0300\u0301\u0303\u0309\u0323"]
            head = nfc(base + "".join(m for m in marks if m not in tones))
            out += head.encode("cp1258") + "".join(tones).encode("cp1258")
    return bytes(out)


# --- round trips ----------------------------------------------------------------------------------------

def test_tables_cover_every_letter() -> None:
    assert len(ALL_LETTERS) == 134
    assert set(VNI_ENCODE) == set(ALL_LETTERS)
    assert {c for c in TCVN3_DECODE.values()} == set(LOWER_LETTERS) | set("ĂÂÊÔƠƯĐ")


@pytest.mark.parametrize("letter", ALL_LETTERS)
def test_letter_round_trip(letter: str) -> None:
    assert decode_vni(encode_vni(letter)) == letter
    assert decode_vni(encode_vni("x" + letter + "x")) == "x" + letter + "x"
    if letter == letter.lower() or letter in "ĂÂÊÔƠƯĐ":
        assert decode_tcvn3(encode_tcvn3(letter)) == letter
    else:  # no toned capitals in TCVN3: the lower-case code, drawn as a capital by a .VnTimeH font
        assert decode_legacy(encode_tcvn3(letter), ".VnTimeH")[0] == letter


def test_alphabet_text_round_trip() -> None:
    lower = " ".join("b" + c + "n" for c in LOWER_LETTERS)
    upper = lower.upper()
    assert decode_legacy(encode_vni(lower + "\n" + upper), "VNI-Times")[0] == lower + "\n" + upper
    assert decode_tcvn3(encode_tcvn3(lower)) == lower
    assert decode_legacy(encode_tcvn3(upper), ".VnTimeH")[0] == upper


@pytest.mark.parametrize("path", [*MINUTES, *LEGACY_SOURCES], ids=[p.stem for p in [*MINUTES, *LEGACY_SOURCES]])
def test_minutes_round_trip(path: Path) -> None:
    """Whole minutes texts survive encode → detect → decode; TCVN3 loses only toned capitals' case."""
    text = nfc(path.read_text(encoding="utf-8"))
    assert decode_legacy(encode_vni(text)) == (text, "vni")
    assert decode_legacy(encode_vni(text), "VNI-Times") == (text, "vni")
    decoded, encoding = decode_legacy(encode_tcvn3(text))
    assert encoding == "tcvn3"
    assert cer(text, decoded) <= 0.002
    assert cer(text, decoded, casefold=True) == 0.0


@pytest.mark.parametrize(
    "word, valid",
    [
        pytest.param("nghiêng", True, id="ngh"), pytest.param("ngiêng", False, id="ng-before-i"),
        pytest.param("quyết", True, id="qu"), pytest.param("kăn", False, id="k-before-a"),
        pytest.param("hoà", True, id="old-tone"), pytest.param("hòa", True, id="new-tone"),
        pytest.param("tèt", False, id="stop-needs-sac-nang"), pytest.param("NGƯỜI", True, id="capitals"),
        pytest.param("BiÓu", False, id="tcvn3-lookalike"), pytest.param("giaù", False, id="tone-on-wrong-vowel"),
    ],
)
def test_is_syllable(word: str, valid: bool) -> None:
    assert is_syllable(word) is valid


# --- the built samples, through the real extractors ---------------------------------------------------------

SAMPLES = {
    "legacy-tcvn3-vntime.docx": "tcvn3",
    "legacy-vni-times.docx": "vni",
    "legacy-mixed-unicode-tcvn3.docx": "tcvn3",
    "legacy-tcvn3-vntime.pdf": "tcvn3",
    "legacy-tcvn3-unnamed-font.pdf": "tcvn3",
    "legacy-vni-times.pdf": "vni",
    "legacy-tcvn3-cp1252.txt": "tcvn3",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import make_legacy

    out = tmp_path_factory.mktemp("legacy")
    made = make_legacy.build(out, LEGACY_SOURCES)
    assert sorted(p.name for p in made) == sorted(SAMPLES)
    return out


@pytest.mark.parametrize("name, encoding", SAMPLES.items(), ids=list(SAMPLES))
def test_built_sample_cer(built: Path, name: str, encoding: str) -> None:
    from worker.extract import extract_file

    path = built / name
    truth = path.with_suffix(".gt.txt").read_text(encoding="utf-8")
    result = extract_file(path)
    assert result.legacy_encoding == encoding
    assert cer(truth, result.text) <= 0.01


@pytest.mark.parametrize("name", [n for n in SAMPLES if n.endswith(".docx")])
def test_built_docx_raw_runs_decode(built: Path, name: str) -> None:
    """The DOCX runs as python-docx reads them decode by their font names alone."""
    import docx

    document = docx.Document(str(built / name))
    style_font = document.styles["Normal"].font.name
    lines = []
    for paragraph in document.paragraphs:
        groups: list[tuple[str | None, str]] = []
        for run in paragraph.runs:
            font = run.font.name or style_font
            if groups and groups[-1][0] == font:
                groups[-1] = (font, groups[-1][1] + run.text)
            else:
                groups.append((font, run.text))
        lines.append("".join(decode_legacy(text, font)[0] for font, text in groups))
    truth = (built / name).with_suffix(".gt.txt").read_text(encoding="utf-8")
    assert cer(truth, "\n".join(lines)) == 0.0


@pytest.mark.parametrize("name", [n for n in SAMPLES if n.endswith(".pdf")])
def test_built_pdf_text_layer_is_legacy(built: Path, name: str) -> None:
    """The PDFs' text layers hold the Latin-1 look-alikes, as real legacy PDFs do; decoding fixes them.

    Decoded here without font names, headings typed in lower case for ``.VnTimeH`` stay lower case
    (hence the case-folded comparison); the extractor, which knows the fonts, gets them right.
    """
    import pdfplumber

    with pdfplumber.open(str(built / name)) as pdf:
        raw = "\n".join(page.extract_text() or "" for page in pdf.pages)
        fonts = {c["fontname"].split("+")[-1] for page in pdf.pages for c in page.chars}
    truth = (built / name).with_suffix(".gt.txt").read_text(encoding="utf-8")
    assert cer(truth, raw) > 0.2
    assert cer(truth, decode_legacy(raw)[0], casefold=True) <= 0.01
    if "unnamed" not in name:
        assert all(font_encoding(f)[0] == SAMPLES[name] for f in fonts)
