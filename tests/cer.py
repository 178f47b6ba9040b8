"""Character error rate (CER) between a reference text and an extracted one.

Shared by the extraction tests (text layer, OCR, legacy encodings).  Layout
whitespace is not content: by default runs of spaces/newlines collapse to one
space before comparing, so a two-column gap or a blank line does not count.
"""

from __future__ import annotations

import difflib
import re
import unicodedata

_WS = re.compile(r"\s+")


def prepare(text: str, *, collapse_space: bool = True, casefold: bool = False) -> str:
    """NFC, optionally whitespace-collapsed and case-folded text for comparison."""
    text = unicodedata.normalize("NFC", text)
    if collapse_space:
        text = _WS.sub(" ", text).strip()
    if casefold:
        text = text.casefold()
    return text


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (insert, delete, substitute all cost 1), O(len(a)*len(b)) time, O(len(b)) memory."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


_EXACT_LIMIT = 2_000_000  # cells of the DP table computed exactly; beyond, align first


def distance(a: str, b: str) -> int:
    """Edit distance; long texts are aligned with difflib and only the differing stretches are scored.

    The aligned result is an upper bound of the exact distance (equal in practice for texts that
    mostly agree, which is what CER thresholds are about), so a test can only be stricter.
    """
    if len(a) * len(b) <= _EXACT_LIMIT:
        return edit_distance(a, b)
    total = 0
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            total += edit_distance(a[i1:i2], b[j1:j2])
    return total


def cer(reference: str, hypothesis: str, *, collapse_space: bool = True, casefold: bool = False) -> float:
    """Edit distance divided by the reference length (0.0 = identical; may exceed 1.0).

    >>> cer("Chi bộ", "Chi bô")
    0.16666666666666666
    >>> cer("a\\n\\n b", "a b")
    0.0
    """
    ref = prepare(reference, collapse_space=collapse_space, casefold=casefold)
    hyp = prepare(hypothesis, collapse_space=collapse_space, casefold=casefold)
    if not ref:
        return 0.0 if not hyp else 1.0
    return distance(ref, hyp) / len(ref)
