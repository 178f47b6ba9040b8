"""Vietnamese segmentation with underthesea, as a spaCy ``Doc`` whose text is the input.

underthesea groups syllables into words ("Chi bộ", "Nguyễn Văn Hùng") and splits
sentences; spaCy gives the Doc, spans and serialisation.  underthesea may rewrite
what it returns (it moves tone marks: "hoà" → "hòa"), so every token is aligned
back to the input text and the Doc is built from input substrings only:
``to_doc(t).text == t`` for any ``t``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from nlp.models import Report
from nlp.normalize import modern_tones

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

_NON_SPACE = re.compile(r"\S+")


def _same(a: str, b: str) -> bool:
    return a == b or modern_tones(a).lower() == modern_tones(b).lower()


def _align_words(text: str, words: list[str], pos: int) -> Iterator[tuple[int, int]]:
    """Yield (start, end) in ``text`` for each word, from ``pos`` on.

    A word is matched syllable by syllable; when its syllables are not joined by
    single spaces in the text (a line break inside "Chi\\nbộ"), each syllable
    becomes its own token.  A word that cannot be found ends the alignment: the
    caller falls back to whitespace tokens for the rest.
    """
    for word in words:
        spans = []
        for syl in word.split():
            while pos < len(text) and text[pos].isspace():
                pos += 1
            end = pos + len(syl)
            if not _same(text[pos:end], syl):
                return
            spans.append((pos, end))
            pos = end
        if not spans:
            continue
        joined = all(text[a[1]:b[0]] == " " for a, b in zip(spans, spans[1:], strict=False))
        if joined:
            yield spans[0][0], spans[-1][1]
        else:
            yield from spans


def _tokens(text: str) -> tuple[list[tuple[int, int]], set[int]]:
    """Token spans and the indexes of tokens that start a sentence."""
    from underthesea import sent_tokenize, word_tokenize

    spans: list[tuple[int, int]] = []
    starts: set[int] = set()
    pos = 0
    for sentence in sent_tokenize(text):
        first = len(spans)
        for span in _align_words(text, word_tokenize(sentence), pos):
            spans.append(span)
            pos = span[1]
        if len(spans) > first:
            starts.add(first)
    # Anything underthesea dropped or rewrote beyond recognition: whitespace tokens.
    if pos < len(text):
        if spans:
            starts.add(len(spans))
        for m in _NON_SPACE.finditer(text, pos):
            spans.append(m.span())
    return spans, starts


class UndertheseaTokenizer:
    """A spaCy tokenizer backed by underthesea; Doc text always equals the input."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        from spacy.tokens import Doc

        spans, starts = _tokens(text)
        words: list[str] = []
        spaces: list[bool] = []
        sent_starts: list[bool | None] = []
        cursor = 0
        # The end of the text closes the last gap like one more (empty) token would.
        for i, (s, e) in enumerate([*spans, (len(text), None)]):
            gap = text[cursor:s]
            # Whitespace beyond one space after a word becomes a whitespace token of its own.
            if gap and words and gap.startswith(" ") and not spaces[-1]:
                spaces[-1] = True
                gap = gap[1:]
            if gap:
                words.append(gap)
                spaces.append(False)
                sent_starts.append(len(words) == 1)
            if e is None:
                break
            words.append(text[s:e])
            spaces.append(False)
            sent_starts.append(i in starts or len(words) == 1)
            cursor = e
        return Doc(self.vocab, words=words, spaces=spaces, sent_starts=sent_starts or None)

    def to_bytes(self, **_kwargs) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_kwargs) -> UndertheseaTokenizer:
        return self

    def to_disk(self, _path, **_kwargs) -> None:
        return None

    def from_disk(self, _path, **_kwargs) -> UndertheseaTokenizer:
        return self


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The spaCy pipeline, built once per process (a worker loads it at start)."""
    import spacy

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.tokenizer = UndertheseaTokenizer(nlp.vocab)
    return nlp


def segment(text: str) -> Doc:
    """Split ``text`` into sentences and words; ``segment(t).text == t``.

    >>> [t.text for t in segment("Chi bộ Khu phố 3 tổ chức sinh hoạt.")]
    ['Chi bộ', 'Khu phố', '3', 'tổ chức', 'sinh hoạt', '.']
    """
    return pipeline()(text)


def to_doc(text: str, report: Report | None = None) -> Doc:
    """Segment ``text`` and attach the report's references and sections as ``doc.spans``."""
    doc = segment(text)
    if report is not None:
        doc.spans["references"] = [
            sp for r in report.references
            if (sp := doc.char_span(r.start, r.end, label=r.code, alignment_mode="expand")) is not None
        ]
        doc.spans["sections"] = [
            sp for s in report.sections
            if (sp := doc.char_span(s.start, s.end, label=s.kind, alignment_mode="expand")) is not None
        ]
    return doc
