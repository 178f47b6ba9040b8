"""Words left as the keystrokes of a Vietnamese input method.

A clerk typing fast with Unikey switched off for a moment leaves words as typed on the keyboard: Telex ("ddoongf
chis" for "đồng chí", "chi booj", "Quy ddinhj 37") or VNI ("d9o6ng2 chi1", "Bie6u3 quye6t1").  Such a word is read
back when the record around it is written with marks (so a text typed without any is left alone) and when what the
keystrokes give is one Vietnamese syllable; English words and codes ("Zoom", "Teams", "KH2024", "T6") give none and
stay as they are.
"""

from __future__ import annotations

import re
import unicodedata

_TONES = {"s": "\u0301", "f": "\u0300", "r": "\u0309", "x": "\u0303", "j": "\u0323",
          "1": "\u0301", "2": "\u0300", "3": "\u0309", "4": "\u0303", "5": "\u0323"}
_SHAPED = {("a", "^"): "â", ("e", "^"): "ê", ("o", "^"): "ô", ("a", "("): "ă", ("o", "+"): "ơ", ("u", "+"): "ư",
           ("d", "-"): "đ"}
_VOWELS = "aăâeêioôơuưy"
# one syllable: initial consonant, vowels, final consonant (or a semivowel ending, in the vowels)
_SYLLABLE = re.compile(r"(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?"
                       rf"([{_VOWELS}]{{1,3}})(?:ng|nh|ch|[cmnpt])?")
# the vowel groups a syllable may end on, and those a final consonant may follow
_OPEN = frozenset("a e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iu oa oe oi ôi ơi ua uê ui uơ uy ưa ưi ưu iêu "
                  "oai oay oao oeo uây uôi ươi ươu uya uyu yêu".split())
_CLOSABLE = frozenset("a ă â e ê i o ô ơ u ư y iê yê oa oă oe uâ uê uô ươ uy uyê oo".split())
_TELEX_TOKEN = re.compile(r"(?<![\w/\-.])[A-Za-z]{2,10}(?![\w/\-])")
_VNI_TOKEN = re.compile(r"(?<![\w/\-.])[A-Za-z](?:[A-Za-z]|(?<=[A-Za-z])[1-9]){2,10}(?![\w/\-])")
_TELEX_SIGN = re.compile(r"dd|aa|[aou]w|^w|[sfrxj]$")


def _place(base: str, tone: str) -> str | None:
    """``base`` (lower case, no tone) with ``tone`` on its main vowel, modern placement; None if no syllable."""
    m = _SYLLABLE.fullmatch(base)
    if m is None:
        return None
    start, vowels = m.start(1), m.group(1)
    closed = m.end(1) < len(base)
    if vowels not in (_CLOSABLE if closed else _OPEN):
        return None  # ("team": no Vietnamese syllable)
    if not tone:
        return base
    hats = [i for i, c in enumerate(vowels) if c in "ăâêôơư"]
    if hats:
        at = hats[-1]  # (ươ: on the ơ)
    elif len(vowels) == 1:
        at = 0
    elif closed:
        at = len(vowels) - 1  # "toán", "hoàng"
    else:
        at = 1 if len(vowels) == 3 else 0  # "hòa", "thủy", "mùa" as the records write them; "ngoài"
    i = start + at
    return unicodedata.normalize("NFC", base[: i + 1] + tone + base[i + 1 :])


def _recase(word: str, like: str) -> str:
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _telex(token: str) -> str | None:
    low = token.lower()
    if token.isupper() and len(token) > 1:
        return None  # (an abbreviation in capitals: "BCH", "DD")
    if not _TELEX_SIGN.search(low):
        return None  # (a doubled vowel alone is English or a name as often: "meet", "zoom", "boong", "Sa Loong")
    tone = ""
    if low[-1] in "sfrxj" and len(low) > 2:
        if not re.search(r"dd|aa|ee|oo|[aou]w", low) and len(low) < 4:
            return None  # ("bus", "has"): a short English word, not "bú"
        tone, low = _TONES[low[-1]], low[:-1]
    base = low.replace("dd", "đ").replace("uow", "ươ").replace("aa", "â").replace("ee", "ê").replace("oo", "ô")
    base = base.replace("aw", "ă").replace("ow", "ơ").replace("uw", "ư")
    if base.count("w") == 1 and not re.search(r"[aeiouy]w|w[aeiouy]{2}", base):
        base = base.replace("w", "ư")  # ("tw": tư)
    if base == low and not tone:
        return None
    word = _place(base, tone)
    return _recase(word, token) if word else None


def _vni(token: str) -> str | None:
    low = token.lower()
    code = re.fullmatch(r"([a-z]+)(\d+)", low)
    if not re.search(r"[a-z][1-9]", low) or token.isupper() or code and (
            len(code.group(2)) > 1 or len(code.group(1)) < 2 or not re.search(r"[aeiouy]", code.group(1))):
        return None  # ("T6", "KH2024", "A1", "B52": a code, not a word)
    tone, out = "", []
    for c in low:
        if c in "12345" and not any(x in _VOWELS for x in out):
            return None  # ("h2o": a tone before any vowel is no keystroke)
        if c in "12345":
            tone = _TONES[c]
        elif c == "6":
            at = max(i for i, x in enumerate(out) if x in "aeo") if any(x in "aeo" for x in out) else -1
            if at < 0:
                return None
            out[at] = _SHAPED[(out[at], "^")]
        elif c == "7":
            ats = [i for i, x in enumerate(out) if x in "ou"]
            if not ats:
                return None
            out[ats[-1]] = _SHAPED[(out[ats[-1]], "+")]
            out = list("".join(out).replace("uơ", "ươ"))  # ("uo7", "u7o7": ươ)
        elif c == "8":
            if "a" not in out:
                return None
            at = max(i for i, x in enumerate(out) if x == "a")
            out[at] = "ă"
        elif c == "9":
            if "d" not in out:
                return None
            out[out.index("d")] = "đ"
        else:
            out.append(c)
    word = _place("".join(out), tone)
    return _recase(word, token) if word else None


def _marked(text: str) -> bool:
    words = re.findall(r"[^\W\d_]+", text[:20000])
    return len(words) >= 20 and sum(unicodedata.normalize("NFD", w) != w for w in words) > 0.3 * len(words)


_STRONG = re.compile(r"dd|(?:aa|ee|oo|[aou]w)[a-z]*[sfrxj]$", re.I)


def _strong(token: str) -> bool:
    """Keystrokes no word of any language is spelled with: "ddinhj", "thoongs", "nguowif"."""
    return bool(_STRONG.search(token)) and _telex(token) is not None


def unkey(text: str) -> str:
    """``text`` with words left as Telex or VNI keystrokes read back (only in a record written with marks).

    >>> unkey("Chi bộ thôn Đông, ddoongf chis Lê Văn Nam chủ trì. Chi booj thoongs nhaats thông qua Quy ddinhj 37. "
    ...       "Bie6u3 quye6t1: 12/12 đồng chí tán thành. Họp qua Zoom, Teams; xe bus; kế hoạch KH2024, tháng T6.")
    'Chi bộ thôn Đông, đồng chí Lê Văn Nam chủ trì. Chi bộ thống nhất thông qua Quy định 37. Biểu quyết: 12/12 \
đồng chí tán thành. Họp qua Zoom, Teams; xe bus; kế hoạch KH2024, tháng T6.'
    """
    strong = any(map(_strong, _TELEX_TOKEN.findall(text))) or any(
        re.search(r"[a-z][6-9]", t, re.I) and _vni(t) for t in _VNI_TOKEN.findall(text))
    if not strong or not _marked(text):
        return text  # no word typed so for sure: names ("Sa Loong", "Ko Siar"), "boong", "room" stay as written

    def telex(m: re.Match[str]) -> str:
        token = m.group()
        # (a lone mark is read only in lower case: "chis", "thanhf"; not a name "Siar", "Wa")
        return (_telex(token) if _strong(token) or token.islower() else None) or token

    text = _TELEX_TOKEN.sub(telex, text)
    return _VNI_TOKEN.sub(lambda m: _vni(m.group()) or m.group(), text)
