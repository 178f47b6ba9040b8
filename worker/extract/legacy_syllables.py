"""Is a word one well-formed Vietnamese syllable?  The test that tells decoded legacy text apart.

Text typed in TCVN3 or VNI and read as Latin-1 is full of non-words (``BiÓu``, ``Bieåu``);
decoded, it is Vietnamese syllables ("Biểu").  Unicode Vietnamese "decoded" turns the other
way.  The rhymes and onsets are data in ``legacy_tables``.
"""

from __future__ import annotations

import functools
import unicodedata

from worker.extract.legacy_tables import ONSETS, RHYMES

_TONE_MARKS = {"\u0300": "grave", "\u0301": "acute", "\u0303": "tilde", "\u0309": "hook", "\u0323": "dot"}
_FRONT = ("i", "e", "ê", "y")  # vowels before which c/g/ng are spelled k/gh/ngh


def _spelled_right(onset: str, rhyme: str) -> bool:
    first = rhyme[0]
    if onset in ("k", "gh", "ngh"):
        return first in _FRONT and (onset == "k" or first != "y")
    if onset in ("c", "ng"):
        return first not in _FRONT
    if onset == "g":
        return first not in ("e", "ê", "y")  # g + i… is the onset gi
    if onset == "qu":
        return first not in ("u", "ư", "o")
    if rhyme.startswith("y") and rhyme != "y":
        return onset == ""  # yên, yêu: only without an onset (medial u spells it uyê)
    return True


@functools.lru_cache(maxsize=65536)
def is_syllable(word: str) -> bool:
    """True for one well-formed Vietnamese syllable in any case ("Đảng", "NGƯỜI", "quyết").

    Spelling (c/k/q, g/gh, ng/ngh), the rhyme, the tones a closed syllable allows and the
    vowel that carries the tone (old "hoà" and new "hòa" placement alike) are all checked.

    >>> [is_syllable(w) for w in ("được", "hoà", "BiÓu", "tèt", "ghi", "ci", "giaù")]
    [True, True, False, False, True, False, False]
    """
    if not (word.islower() or word.isupper() or word[:1].isupper() and word[1:].islower()):
        return False  # "XãM": no Vietnamese word is cased so
    base, tone, tone_at = _split_tone(word.lower())
    if base is None:
        return False
    for onset in ONSETS:
        if not base.startswith(onset):
            continue
        rhyme = base[len(onset) :]
        if rhyme not in RHYMES or not _spelled_right(onset, rhyme):
            continue
        # a syllable closed by a stop (p t c ch) only takes the sắc or nặng tone
        if rhyme.endswith(("p", "t", "c", "ch")) and tone not in ("acute", "dot"):
            continue
        if tone is None or tone_at - len(onset) in _tone_places(rhyme):
            return True
    return False


def _split_tone(word: str) -> tuple[str | None, str | None, int]:
    """(letters without the tone, the tone, index of the letter carrying it); base None if ill-formed."""
    letters: list[str] = []
    tone, tone_at = None, -1
    for c in unicodedata.normalize("NFD", word):
        if c in _TONE_MARKS:
            if tone is not None or not letters or letters[-1][0] not in "aeiouy":
                return None, None, -1  # two tones, or a tone on a consonant
            tone, tone_at = _TONE_MARKS[c], len(letters) - 1
        elif unicodedata.combining(c) and letters:
            letters[-1] += c
        else:
            letters.append(c)
    composed = [unicodedata.normalize("NFC", letter) for letter in letters]
    if any(len(letter) != 1 for letter in composed):
        return None, None, -1
    return "".join(composed), tone, tone_at


_HATS = "ăâêôơư"


def _tone_places(rhyme: str) -> set[int]:
    """Where in the rhyme the tone may go: the (last) hatted vowel, else the main vowel."""
    vowels = [i for i, c in enumerate(rhyme) if c in "aăâeêioôơuưy"]
    hats = [i for i in vowels if rhyme[i] in _HATS]
    if hats:
        return {hats[-1]}
    if len(vowels) == 1 or vowels[-1] != len(rhyme) - 1:
        return {vowels[-1]}  # one vowel, or a closed syllable: the last vowel (hoàng, tuyết)
    if len(vowels) == 2:
        pair = rhyme[vowels[0] : vowels[1] + 1]
        return set(vowels) if pair in ("oa", "oe", "uy") else {vowels[0]}  # hoà/hòa; mía, tài
    return {vowels[1]}  # oai, oay, uya, uyu, oeo: the middle one
