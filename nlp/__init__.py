"""Pure analysis stages over Vietnamese Party-cell minutes (no I/O beyond package data)."""

from nlp.analyze import analyze
from nlp.meeting import read_meeting
from nlp.normalize import normalize
from nlp.references import find_references
from nlp.rules import check
from nlp.sections import find_sections

__all__ = ["analyze", "check", "find_references", "find_sections", "normalize", "read_meeting"]
