"""Decode text typed in the legacy Vietnamese encodings TCVN3 (ABC) and VNI into Unicode.

Python has no codec for either.  Text set in their fonts reaches us as the Latin-1 /
Windows-1252 / Windows-1258 reading of the bytes: ``§¶ng bé`` is "Đảng bộ" (TCVN3),
``Ñaûng boä`` is "Đảng bộ" (VNI).  :func:`decode_legacy` decides by the font when one
is named, otherwise line by line from the words: a line is decoded only when decoding
turns non-words into Vietnamese syllables, so Unicode Vietnamese, English and codes
such as ``05-CT/TW`` come back unchanged.

Decode before ``nlp.normalize``: it deletes U+00AD, which is TCVN3's "ư".  Where a tool
dropped that character already, the syllables it leaves that Vietnamese cannot spell
(``trêng`` → "trờng", ``®îc`` → "đợc", ``th`` for "thư") get their "ư" back, and a few
frequent words that lose it into rarer ones ("người" → "ngời") once the text shows such a
loss; a lone "ư" lost from a syllable that stays well formed ("chưa" → "cha", "tư" → "t")
cannot be told from the text and stays lost.  PDFs whose WinAnsi encoding names 0xAD
"hyphen" show ``tr-êng``: such hyphens become "ư" where they make a syllable.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from worker.extract.legacy_syllables import is_syllable
from worker.extract.legacy_tables import (
    BYTE_TO_TEXT,
    COMMON_SYLLABLES,
    LOST_U_WORDS,
    READING_TO_BYTE,
    TCVN3_DECODE,
    TCVN3_ENCODE,
    VNI_DECODE,
    VNI_ENCODE,
    WESTERN_READING_TO_BYTE,
)

__all__ = [
    "decode_legacy",
    "decode_legacy_bytes",
    "decode_tcvn3",
    "decode_vni",
    "encode_tcvn3",
    "encode_vni",
    "font_encoding",
    "is_syllable",
]

# --- fonts -------------------------------------------------------------------------------------

_SUBSET_TAG = re.compile(r"^[A-Z]{6}\+")
_STYLE = re.compile(r"(?:[-,_ ]+(?:bold|italic|oblique|regular|normal|bolditalic|boldoblique|b|i|bi|ps|mt))+$",
                    re.IGNORECASE)
_VNI_FONT = re.compile(r"^vni[-_ ]?", re.IGNORECASE)
# .VnTime, .VnArialH; in PDFs also VnTime, _VnTime (PostScript names written without the dot)
_TCVN3_FONT = re.compile(r"^[._]?vn(?!i[-_ ])", re.IGNORECASE)


def font_encoding(font_name: str | None) -> tuple[str | None, bool]:
    """The encoding a font name implies and whether it is a TCVN3 capitals font.

    >>> font_encoding("ABCDEF+.VnTimeH,Bold")
    ('tcvn3', True)
    >>> font_encoding("VNI-Times")
    ('vni', False)
    """
    if not font_name:
        return None, False
    name = _STYLE.sub("", _SUBSET_TAG.sub("", font_name.strip())).strip()
    if _VNI_FONT.match(name):
        return "vni", False
    if _TCVN3_FONT.match(name) and len(name.lstrip("._")) > 2:
        return "tcvn3", name.endswith(("H", "h"))
    return None, False


# --- character level ---------------------------------------------------------------------------

_CP1258_TONES = re.compile("[\u0300\u0301\u0303\u0309\u0323]")


def _reading_tables(readings: dict[str, int]) -> tuple[dict[int, str], dict[int, str]]:
    """str.translate tables: (reading → Latin-1 form of its byte, reading → TCVN3 letter or plain text)."""
    to_latin1, to_tcvn3 = {}, {}
    for char, byte in readings.items():
        if char.isascii():
            continue
        to_latin1[ord(char)] = chr(byte)
        to_tcvn3[ord(char)] = TCVN3_DECODE.get(byte) or BYTE_TO_TEXT[byte]
    return to_latin1, to_tcvn3


_TABLES = {True: _reading_tables(READING_TO_BYTE), False: _reading_tables(WESTERN_READING_TO_BYTE)}


def _uses_cp1258(text: str, cp1258: bool | None) -> bool:
    """Undo the Windows-1258 reading (``Đ`` for byte 0xD0, combining tones) only when asked or,
    by default, when the text holds a combining tone mark: those letters are also plain Unicode."""
    return bool(_CP1258_TONES.search(text)) if cp1258 is None else cp1258


def decode_tcvn3(text: str, *, cp1258: bool | None = None) -> str:
    """Decode TCVN3 text (any 8-bit reading); characters that are no TCVN3 code stay as they are.

    >>> decode_tcvn3("§¶ng bé x· T©n Phó")
    'Đảng bộ xã Tân Phú'
    """
    return text.translate(_TABLES[_uses_cp1258(text, cp1258)][1])


# Longest first: a letter and its modifier byte ("aù") before the letter alone.
_VNI_CODE = re.compile("|".join(re.escape(code) for code in sorted(VNI_DECODE, key=len, reverse=True)))
_C1 = re.compile("[\x80-\x9f]")


def decode_vni(text: str, *, cp1258: bool | None = None) -> str:
    """Decode VNI Windows text (any 8-bit reading): a letter and its modifier become one letter.

    >>> decode_vni("Ñaûng boä xaõ Taân Phuù")
    'Đảng bộ xã Tân Phú'
    """
    latin1 = text.translate(_TABLES[_uses_cp1258(text, cp1258)][0])
    decoded = _VNI_CODE.sub(lambda m: VNI_DECODE[m.group(0)], latin1)
    return _C1.sub(lambda m: BYTE_TO_TEXT[ord(m.group(0))], decoded)  # curly quotes, dashes


def encode_tcvn3(text: str, *, lower: bool = False) -> str:
    """Unicode → TCVN3, as its Latin-1 reading (the form extracted text shows).

    A toned capital has no TCVN3 code: it is written with the lower-case code, which a
    capitals font (``.VnTimeH``) draws as a capital, exactly as typists did (``§¶NG Bé``).
    ``lower=True`` types everything in lower case, as for a heading later set in ``.VnTimeH``.

    >>> encode_tcvn3("Đảng bộ"), encode_tcvn3("ĐẢNG BỘ")
    ('§¶ng bé', '§¶NG Bé')
    """
    out = []
    for c in unicodedata.normalize("NFC", text.lower() if lower else text):
        code = TCVN3_ENCODE.get(c)
        if code is None:
            code = TCVN3_ENCODE.get(c.lower())
        out.append(chr(code) if code is not None else c)
    return "".join(out)


def encode_vni(text: str) -> str:
    """Unicode → VNI Windows, as its Latin-1 reading.

    >>> encode_vni("Đảng bộ")
    'Ñaûng boä'
    """
    return "".join(VNI_ENCODE.get(c, c) for c in unicodedata.normalize("NFC", text))


# --- lost soft hyphens (TCVN3 ư) ---------------------------------------------------------------

_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])"
_HORN_O = "ơờởỡớợ"
# ơ + ng/c/u is no Vietnamese rhyme: only ương, ước, ươu are, so the ư before the ơ was lost.
_LOST_U_BEFORE_O = re.compile(rf"(?i)^({_ONSET}?)([{_HORN_O}](?:ng|c|u))$")
# An onset and no vowel at all (tr­ng → "trng", th­ → "th"): the lost letter was ư.
_LOST_U_ALONE = re.compile(rf"(?i)^({_ONSET})((?:ng|n|m)?)$")


# TCVN3's ư is byte 0xAD, which PDFs with the WinAnsi encoding name "hyphen": their text layer
# shows "tr-êng" for "trường", "Th- ký" for "Thư ký".  A hyphen between the onset of a word and
# the rest of it is that ư when the word it makes is a Vietnamese syllable.
_RAW_ONSET = _ONSET.replace("đ", "đ®§")  # TCVN3's đ and Đ as read before decoding
_HYPHEN_U = re.compile(rf"(?i)(?<![^\s(\"'“])({_RAW_ONSET}?)-([^\s!-/:-@\[-`{{-~]*)(?=[\s!-/:-@\[-`{{-~”]|$)")


def _hyphen_u(line: str) -> str:
    """The line with hyphens that stand for TCVN3's ư made 0xAD again."""
    def fix(m: re.Match[str]) -> str:
        onset, rest = m.group(1), m.group(2)
        if not (onset or rest):
            return m.group(0)  # a dash between words or before a list item
        word = onset + "\xad" + rest
        return word if is_syllable(decode_tcvn3(word, cp1258=False)) else m.group(0)

    return _HYPHEN_U.sub(fix, line) if "-" in line else line


def _recase(word: str, model: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    return word[0].upper() + word[1:] if model[0].isupper() else word


def _restore_lost_u(word: str, *, known_words: bool = False) -> str:
    """The word with a TCVN3 "ư" a tool deleted put back, where the word shows it."""
    if word.isupper() and len(word) > 1:
        return word  # all capitals: an abbreviation (HU, TH), not a word that lost its ư
    if known_words and (known := LOST_U_WORDS.get(word.lower())):
        return _recase(known, word)
    m = _LOST_U_BEFORE_O.match(word)
    if m:
        fixed = m.group(1) + ("Ư" if word.isupper() else "ư") + m.group(2)
        return fixed if is_syllable(fixed) else word
    m = _LOST_U_ALONE.match(word)
    if m and len(word) >= 2:
        fixed = m.group(1) + "ư" + m.group(2)
        return fixed if is_syllable(fixed) else word
    return word


# --- detection ---------------------------------------------------------------------------------

# Precomposed toned letters no 8-bit reading produces: proof of Unicode text.
_UNICODE_ONLY = re.compile("[\u1ea0-\u1ef9\u0128\u0129\u0168\u0169]")
_UNICODE_HATS = re.compile("[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0]")  # Ă ă Đ đ Ơ ơ Ư ư


def _is_unicode(text: str, *, by_font: bool = False) -> bool:
    """Holds a precomposed toned letter (decomposed text too), which no 8-bit reading produces,
    or (unless a legacy font is named, when they may be a Windows-1258 reading) ă đ ơ ư without
    the combining tones that would show that reading."""
    if _UNICODE_ONLY.search(text) or _UNICODE_ONLY.search(unicodedata.normalize("NFC", text)):
        return True
    return not by_font and bool(_UNICODE_HATS.search(text)) and not _CP1258_TONES.search(text)


_TOKEN = re.compile(r"[^\s!-/:-@\[-`{-~\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2022]+")
_CASE_LETTER = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"[0-9]")
_COLUMN_GAP = re.compile(r"(\s{3,}|\t+)")
_INNER_CAPITAL = re.compile(r"(?<=.)[A-Z]")


@dataclass(frozen=True)
class _Evidence:
    changed: int  # words that decoding changes
    good: int  # ... from a non-word into a Vietnamese syllable
    bad: int  # ... from a Vietnamese syllable into a non-word
    kept: int  # ... from one Vietnamese syllable into another ("bé" → "bộ")
    likely: int  # ... of those, from a rare syllable into a frequent one ("sè" → "số")
    unlikely: int  # ... from a frequent syllable into a rare one


def _weigh(line: str, decode: Callable[[str], str], *, frequency: bool = True) -> tuple[str, _Evidence]:
    """Decode a line word by word and count what decoding did to the words."""
    changed = good = bad = kept = likely = unlikely = 0
    pieces, last = [], 0
    for m in _TOKEN.finditer(line):
        word = m.group(0)
        new = decode(word)
        pieces.append(line[last : m.start()])
        pieces.append(new)
        last = m.end()
        # not evidence: unchanged words, numbers, one letter ("â"), ASCII words (whose only change
        # is an "ư" restored, "th" → "thư": that follows the decision, it cannot make it)
        if new == word or _DIGIT.search(word) or len(word) < 2 or word.isascii():
            continue
        changed += 1
        before, after = is_syllable(word), is_syllable(new)
        good += after and not before
        bad += before and not after
        if before and after:
            kept += 1
            if not frequency:
                continue
            common_before, common_after = word.lower() in COMMON_SYLLABLES, new.lower() in COMMON_SYLLABLES
            likely += common_after and not common_before
            unlikely += common_before and not common_after
    pieces.append(line[last:])
    return "".join(pieces), _Evidence(changed, good, bad, kept, likely, unlikely)


def _decode_tcvn3_words(text: str, restore: bool, known_words: bool, cp1258: bool) -> str:
    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        if _INNER_CAPITAL.search(word):
            return word.upper()  # typed in capitals: "PHóC" is "PHÚC" (TCVN3 has no toned capitals)
        return _restore_lost_u(word, known_words=known_words) if restore else word

    return _TOKEN.sub(fix, decode_tcvn3(text, cp1258=cp1258))


def _decoders(text: str, *, by_font: bool = False) -> dict[str, Callable[[str], str]]:
    """Word decoders for ``text``, whose settings are decided once for the whole text.

    TCVN3's restores a deleted "ư" only if no 0xAD is left; the Windows-1258 reading is
    undone when a legacy font is named or the text shows it.
    """
    cp1258 = by_font or bool(_CP1258_TONES.search(text))
    restore = "\u00ad" not in text

    @functools.cache
    def known() -> bool:
        """Restore the ambiguous words ("ngời") only where an unambiguous loss ("thờng") shows."""
        return restore and _decode_tcvn3_words(text, True, False, cp1258) != decode_tcvn3(text, cp1258=cp1258)

    cached = functools.lru_cache(maxsize=None)  # words repeat: decode each once per text
    return {
        "tcvn3": cached(lambda s: _decode_tcvn3_words(s, restore, restore and known(), cp1258)),
        "vni": cached(lambda s: decode_vni(s, cp1258=cp1258)),
    }


def _is_convincing(ev: _Evidence) -> bool:
    """Decoding made words out of non-words (or frequent words out of rare ones) and broke few.

    Unicode Vietnamese only loses or swaps words when "decoded"; legacy text gains them.
    """
    gained, lost = ev.good + ev.likely, ev.bad + ev.unlikely
    return gained >= 1 and gained >= 2 * lost and (ev.bad == 0 or ev.good >= ev.kept)


def _restore_capitals(original: str, decoded: str) -> str:
    """Upper-case what was typed in a TCVN3 capitals font whose font name was lost.

    Its toned letters come out lower case while the ASCII letters of the same words were
    typed as capitals (``§¶NG Bé`` → "ĐẢNG BỘ", ``T/M CHI Bé``); ASCII words count only if
    they are syllables (``CHI``), not codes (``BB/CB``).  Columns are judged one by one.
    """
    originals, decodeds = _COLUMN_GAP.split(original), _COLUMN_GAP.split(decoded)
    if len(originals) != len(decodeds):  # cannot happen: decoding keeps spaces; be safe
        originals, decodeds = [original], [decoded]
    out = []
    for before, after in zip(originals, decodeds, strict=True):
        if _COLUMN_GAP.fullmatch(before):
            out.append(after)
            continue
        words = [w for m in _TOKEN.finditer(before) if not (w := m.group(0)).isascii() or is_syllable(w)]
        letters = [c for word in words for c in _CASE_LETTER.findall(word)]
        capitals = len(letters) >= 2 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
        out.append(after.upper() if capitals else after)
    return "".join(out)


def _judge_line(line: str, decoders: dict[str, Callable[[str], str]]) -> dict[str, tuple[str, _Evidence]]:
    """Each encoding's decoding of a line and its evidence (empty: the line is not legacy)."""
    if line.isascii() or _is_unicode(line):
        return {}
    # word frequency only for TCVN3: VNI's swaps (ô → ơ: "cô" → "cơ") hit frequent Unicode words
    return {
        name: _weigh(_hyphen_u(line) if name == "tcvn3" else line, decode, frequency=name == "tcvn3")
        for name, decode in decoders.items()
    }


def _finish(line: str, decoded: str, name: str) -> str:
    if name == "tcvn3":
        decoded = _restore_capitals(line, decoded)
    return unicodedata.normalize("NFC", decoded)


def _decode_by_font(text: str, encoding: str, capitals: bool) -> tuple[str, str | None]:
    if _is_unicode(text, by_font=True):
        return text, None  # a legacy font name left on Unicode text (converted documents keep them)
    typed = _hyphen_u(text) if encoding == "tcvn3" else text
    decoded, ev = _weigh(typed, _decoders(typed, by_font=True)[encoding], frequency=False)
    if ev.bad > ev.good:
        return text, None
    if capitals:
        decoded = decoded.upper()
    return unicodedata.normalize("NFC", decoded), encoding


# Fonts flagged symbolic (many .VnTime builds are) put byte b at U+F000 + b: PDFs without a
# ToUnicode map extract those private-use code points.  They are the bytes, whatever the line.
_SYMBOL_FONT = {0xF000 + b: chr(b) for b in range(0x20, 0x100)}
_SYMBOL_CODES = re.compile("[\uf020-\uf0ff]")


def decode_legacy(text: str, font_name: str | None = None) -> tuple[str, str | None]:
    """Unicode (NFC) text and the legacy encoding found in it ("tcvn3", "vni" or None).

    With a legacy ``font_name`` (``.VnTime``, ``.VnTimeH`` → TCVN3, capitals font upper-cased;
    ``VNI-Times`` → VNI) the text is decoded as that font's encoding unless it is plainly
    Unicode already.  Otherwise every line is judged on its own: it is decoded only when
    decoding turns non-words into Vietnamese syllables.  Lines not decoded are returned as
    given (symbol-font code points U+F020–U+F0FF aside: they become the bytes they stand for);
    the encoding returned is the one that decoded the most characters.

    >>> decode_legacy("BiÓu quyÕt: 15/15 ®ång chÝ t¸n thµnh")
    ('Biểu quyết: 15/15 đồng chí tán thành', 'tcvn3')
    >>> decode_legacy("§¶NG Bé", ".VnTimeH")
    ('ĐẢNG BỘ', 'tcvn3')
    >>> decode_legacy("Chi bộ họp ngày 05/3/2024")
    ('Chi bộ họp ngày 05/3/2024', None)
    """
    if _SYMBOL_CODES.search(text):
        text = text.translate(_SYMBOL_FONT)
    encoding, capitals = font_encoding(font_name)
    if encoding is not None:
        return _decode_by_font(text, encoding, capitals)
    if text.isascii():
        return text, None
    lines = text.splitlines(keepends=True)
    bodies = [line.rstrip("\r\n") for line in lines]
    decoders = _decoders(text)
    judged = [_judge_line(body, decoders) for body in bodies]
    chosen: list[str | None] = []
    seen: dict[str, int] = {}
    for body, verdicts in zip(bodies, judged, strict=True):
        convincing = [(ev.good, name) for name, (_, ev) in verdicts.items() if _is_convincing(ev)]
        name = max(convincing)[1] if convincing else None
        chosen.append(name)
        if name:
            seen[name] = seen.get(name, 0) + len(body)
    if not seen:
        return text, None
    dominant = max(seen, key=lambda k: seen[k])
    out = []
    for line, body, verdicts, name in zip(lines, bodies, judged, chosen, strict=True):
        if name is None and dominant in verdicts:
            # a line that decoding breaks no word of ("Sè 06" = "Số 06"): follow the document
            ev = verdicts[dominant][1]
            if ev.changed and not ev.bad:
                name = dominant
                seen[name] += len(body)
        out.append(_finish(body, verdicts[name][0], name) + line[len(body) :] if name else line)
    return "".join(out), max(seen, key=lambda k: seen[k])


def decode_legacy_bytes(data: bytes) -> tuple[str, str | None] | None:
    """Decode an 8-bit file (no UTF-8) if its lines are TCVN3 or VNI; None when they are not.

    For the plain-text extractor: call before normalising (which would delete TCVN3's "ư"),
    and fall back to Windows-1258 when this returns None.
    """
    text = "".join(BYTE_TO_TEXT[b] for b in data)
    decoded, encoding = decode_legacy(text)
    return (decoded, encoding) if encoding else None
