"""Put back the marks tesseract gets wrong in the phrases every Party-cell minutes uses.

tesseract's Vietnamese model reads "Chi bộ" as "Chỉ bộ", "đảng viên" as "đẳng viên", "tồn tại" as
"tổn tại", "Khối cơ quan" as "Khổi cơ quan": one diacritic off in a phrase the analysis then cannot
match exactly.  ``mend`` compares each run of two or three syllables, with every diacritic removed,
with the phrases in ``data/ocr_phrases.yaml``; a run that equals one of them unmarked but is spelt
otherwise is rewritten to the phrase, keeping its case (``CHỈ BỘ`` → ``CHI BỘ``).

What it never touches:
- names: a run of capitalised syllables ("Định Công Sơn") unless the whole run is in capitals or only its
  first syllable is capitalised (the start of a sentence);
- a syllable that forms a word with its other neighbour: in "để nghị quyết", "nghị quyết" is a word,
  so "để nghị" is not read as "đề nghị".  Words come from the phrase list and, when underthesea is
  installed, its Viet74K word list;
- anything that is not letters: codes, numbers, punctuation, line structure.

The text keeps its length only where a mark changes inside NFC characters, so this runs on a page's
text before ``nlp.normalize`` fixes the offsets every later stage uses.
"""

from __future__ import annotations

import importlib.util
import logging
import re
import unicodedata
from functools import cache
from importlib import resources
from pathlib import Path

import yaml

from nlp.normalize import modern_tones, strip_marks

log = logging.getLogger(__name__)

_SYLLABLE = re.compile(r"[^\W\d_]+")
MAX_RUN = 3


def _key(s: str) -> str:
    return strip_marks(s).lower()


@cache
def _data() -> dict[str, list[str]]:
    return yaml.safe_load(resources.files("worker.extract").joinpath("data", "ocr_phrases.yaml").read_text("utf-8"))


@cache
def _headings() -> frozenset[tuple[str, ...]]:
    """Unmarked syllables of the phrases also mended when written in capitals."""
    return frozenset(tuple(_key(" ".join(str(p).split())).split()) for p in _data()["heading_phrases"])


@cache
def _phrases() -> dict[tuple[str, ...], str]:
    """Unmarked syllables → the phrase; a spelling two phrases share is left out (it decides nothing)."""
    out: dict[tuple[str, ...], str] = {}
    clash: set[tuple[str, ...]] = set()
    for phrase in [*_data()["phrases"], *_data()["heading_phrases"]]:
        phrase = unicodedata.normalize("NFC", " ".join(str(phrase).split())).lower()
        key = tuple(_key(phrase).split())
        if key in out and out[key] != phrase:
            clash.add(key)
        out[key] = phrase
    for key in clash:
        del out[key]
    return out


@cache
def _words() -> frozenset[str]:
    """Two-syllable words that protect a syllable from being pulled into a phrase by its other neighbour."""
    words = {p for p in _phrases().values()}
    try:
        # found without importing underthesea (its import alone costs ~100 MB in an OCR child process)
        spec = importlib.util.find_spec("underthesea")
        folder = Path(next(iter(spec.submodule_search_locations or ()))) if spec else None
        if folder is None:
            raise FileNotFoundError("underthesea")
        lexicon = (folder / "corpus" / "data" / "Viet74K.txt").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError, StopIteration):  # pragma: no cover - a dependency
        log.warning("underthesea word list not found; OCR phrase mending uses its own phrases only")
    else:
        words.update(unicodedata.normalize("NFC", w.strip()).lower() for w in lexicon.splitlines() if w.strip())
    return frozenset(w for w in words if w.count(" ") == 1)


def _shape_ok(run: list[str], key: tuple[str, ...]) -> bool:
    """Lower case, a capitalised first syllable (a sentence start), or capitals for a heading phrase —
    never a name ("Định Công")."""
    if all(s.islower() for s in run):
        return True
    if all(s.isupper() for s in run):
        return key in _headings()
    head, *rest = run
    return head[:1].isupper() and head[1:].islower() and all(s.islower() for s in rest)


def _recase(written: str, phrase: str) -> str:
    out = []
    for w, p in zip(written.split(" "), phrase.split(" "), strict=True):
        if w.isupper() and len(w) > 1:
            out.append(p.upper())
        elif w[:1].isupper():
            out.append(p[:1].upper() + p[1:])
        else:
            out.append(p)
    return " ".join(out)


# Letters tesseract confuses inside Party document codes ("21-KI/TW" for 21-KL/TW, "05-CT/IW" for 05-CT/TW).
_CONFUSED = {"I": "LT", "l": "LI", "1": "LIT", "0": "Q", "O": "Q", "J": "L"}
_CODE = re.compile(
    r"(?<![\w/])(\d{1,4})([ ]?[-–][ ]?)([A-Za-zĐđ01]{2,3})([ ]?/[ ]?)"
    r"([A-Za-zĐđƯư][A-Za-zĐđƯư.]{0,6}[A-Za-zĐđƯư])(?![\w/])"
)


def _variants(token: str) -> list[str]:
    return [token[:i] + c + token[i + 1 :] for i, ch in enumerate(token) for c in _CONFUSED.get(ch, "")]


def mend_codes(text: str) -> str:
    """Party codes with one letter misread put back, when exactly one reading is a known type and issuer."""
    from nlp import codes

    def fix(m: re.Match[str]) -> str:
        num, dash, typ, slash, iss = m.groups()
        typ_ok, iss_ok = codes.party_type(typ) is not None, codes.party_issuer(iss) is not None
        if typ_ok and iss_ok:
            return m.group()
        if iss_ok:
            found = {v for v in _variants(typ) if codes.party_type(v) is not None}
            return f"{num}{dash}{found.pop()}{slash}{iss}" if len(found) == 1 else m.group()
        if typ_ok:
            # one letter misread, or one letter too many ("42-HD/BTCTVW"): a longer issuer has room for a speck
            dropped = [iss[:i] + iss[i + 1 :] for i in range(len(iss))] if len(iss) >= 5 else []
            found = {v for v in [*_variants(iss), *dropped] if codes.party_issuer(v) is not None}
            return f"{num}{dash}{typ}{slash}{found.pop()}" if len(found) == 1 else m.group()
        return m.group()

    return _CODE.sub(fix, text)


# A roman heading number with a mark read onto an I ("VỊ. Phương hướng …", "ÍV. Kết luận"): capitals of a
# heading number never carry marks, and no Vietnamese word of those letters starts a line before ". Title".
_ROMAN_MARKED = re.compile(r"(?m)^([ \t]*)([IVXỊÍÌỈĨ]{1,4})(?=[ \t]*[.\-–:)/][ \t]+[A-ZĐÀ-Ỹ])")


# Two I's of a heading number read as one H ("H. THÔNG TIN", "VH. THẢO LUẬN", "VHII."): the numbers they stand for
_ROMAN_H = {"H": "II", "HI": "III", "IH": "III", "VH": "VII", "VHI": "VIII", "VIH": "VIII", "VHII": "VIII",
            "XH": "XII", "IHI": "IIII"}
_ROMAN_H_AT = re.compile(r"(?m)^([ \t]*)(" + "|".join(sorted(_ROMAN_H, key=len, reverse=True))
                         + r")(?=[ \t]*[.\-–:)/][ \t]+[A-ZĐÀ-Ỹ])")


def mend_roman(text: str) -> str:
    """Heading numbers in roman capitals with a mark misread onto an I put back (``VỊ.`` → ``VI.``), and two
    I's read as an H (``VH.`` → ``VII.``)."""
    text = _ROMAN_MARKED.sub(lambda m: m.group(1) + strip_marks(m.group(2)).upper()
                             if m.group(2) != strip_marks(m.group(2)) else m.group(), text)
    return _ROMAN_H_AT.sub(lambda m: m.group(1) + _ROMAN_H[m.group(2)] if _ROMAN_H[m.group(2)] != "IIII"
                           else m.group(), text)


# "17 đ/c" read as "17 đực", "17 đíc", "17 đ/e": after a count only the comrade abbreviation fits
_COMRADE_MISREAD = re.compile(r"(?<=\d )(?:đực|đức|đíc|đ/e|đ/e|d/c)(?=[\s.,;:)]|$)"
                              # … and before a name or a title in capitals: "Đực Bí thư tuyên bố", "đực Lê Văn Hai"
                              r"|(?<![^\W\d_] )(?<![^\W\d_])(?:Đực|đực|Đíc|đíc)(?= [A-ZĐÀ-Ỹ])")


def mend_comrade(text: str) -> str:
    """The abbreviation ``đ/c`` put back after a count where OCR misread it (same length)."""
    return _COMRADE_MISREAD.sub(lambda m: "Đ/c" if m.group()[0] == "Đ" else "đ/c", text)


# Letters no Vietnamese word has, for the one tesseract meant: "Nghña" is "Nghĩa" (same length)
_FOREIGN = str.maketrans({"ñ": "ĩ", "Ñ": "Ĩ"})


def mend_letters(text: str) -> str:
    """Letters foreign to Vietnamese inside a word put back as the Vietnamese letter they were read for."""
    return re.sub(r"(?<=[^\W\d_])[ñÑ]|[ñÑ](?=[^\W\d_])", lambda m: m.group().translate(_FOREIGN), text)


def mend(text: str) -> str:
    """``text`` with the phrases of ``data/ocr_phrases.yaml`` put back where OCR got one mark wrong, and
    Party codes with one letter misread (``mend_codes``)."""
    text = mend_letters(mend_comrade(mend_roman(mend_codes(text))))
    phrases, words = _phrases(), _words()
    text = unicodedata.normalize("NFC", text)
    toks = list(_SYLLABLE.finditer(text))
    edits: list[tuple[int, int, str]] = []
    i = 0
    while i < len(toks):
        for n in range(MAX_RUN, 1, -1):
            run = toks[i : i + n]
            if len(run) < n or any(text[a.end() : b.start()] != " " for a, b in zip(run, run[1:], strict=False)):
                continue
            syllables = [m.group() for m in run]
            key = tuple(_key(s) for s in syllables)
            phrase = phrases.get(key)
            written = " ".join(syllables)
            if phrase is None or modern_tones(written.lower()) == phrase or not _shape_ok(syllables, key):
                continue  # unknown, already right (old tone placement is right too), or a name
            if all(_key(s) == s.lower() for s in syllables):
                continue  # typed without any mark at all: as written, not misread
            before = toks[i - 1] if i > 0 else None
            after = toks[i + n] if i + n < len(toks) else None
            if before is not None and text[before.end() : run[0].start()] == " " and (
                f"{before.group()} {syllables[0]}".lower() in words
            ):
                continue
            if after is not None and text[run[-1].end() : after.start()] == " " and (
                f"{syllables[-1]} {after.group()}".lower() in words
            ):
                continue
            edits.append((run[0].start(), run[-1].end(), _recase(written, phrase)))
            i += n
            break
        else:
            i += 1
    for start, end, new in reversed(edits):
        text = text[:start] + new + text[end:]
    return text
