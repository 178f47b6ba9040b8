"""Compose the stages into one report."""

from __future__ import annotations

import dataclasses

from nlp.forms import pair_fields, rejoin_rows
from nlp.meeting import is_minutes, read_meeting
from nlp.models import Minutes, Report, Source
from nlp.normalize import (
    digits_for_letters,
    label_bars,
    normalize,
    unbox,
    unform,
    unmail,
    unmark,
    unpaginate,
    unpipe,
    unquote_cells,
    unquote_lines,
    unspeck,
    unstrike,
    untick,
)
from nlp.period import read_period
from nlp.references import find_own_number, find_references
from nlp.rules import check, ruleset_for
from nlp.sections import find_sections


def analyze(text: str, source: Source | None = None) -> Report:
    """Read one document's text and report what it is, says, cites and lacks.

    ``text`` may be raw; it is normalised here (idempotently), and every offset
    in the report indexes ``normalize(text).text``.

    >>> r = analyze("Chỉ thị 05-CT/TW của Bộ Chính trị")
    >>> r.is_minutes, [x.code for x in r.references]
    (False, ['05-CT/TW'])
    """
    norm = normalize(text).text
    # each step below keeps the length, so offsets index ``norm`` still
    norm = digits_for_letters(norm)  # "l9 giờ 3O", "O5-CT/TW" typed in haste
    norm = unpaginate(norm)  # a printout's page numbers and running headers, and the text broken around them
    norm = unmail(norm)  # the header of the mail that carried the record: when it was sent is no meeting time
    norm = unquote_lines(norm)  # a forwarded or quoted message's marks before its lines ("> …", "│ …")
    norm = unmark(norm)  # read through typed emphasis ("**BIÊN BẢN**")
    norm = unspeck(norm)  # "| Địa điểm: …" left by OCR at a line's start, a note app's "📍 Địa điểm: …"
    norm = untick(norm)  # a form's options left unticked were not held ("☐ Chuyên đề")
    norm = unstrike(norm)  # a transcription's crossed-out words: "Có mặt: (xóa: 22) 21 đ/c"
    norm = unform(norm)  # an online form's answers (">> …") under their questions
    norm = unbox(norm)  # a table drawn with box characters ("│ Có mặt │ 21 │") as one with bars
    norm = unpipe(norm)  # a table of the fields or of the agenda drawn with bars: labelled lines
    norm = unquote_cells(norm)  # a spreadsheet's quoted cells pasted as text
    norm = label_bars(norm)  # a form exported one "Label | value" per line
    norm = rejoin_rows(norm)  # a table pasted one cell per line: one row per line again
    norm = pair_fields(norm)  # a form exported label over value: "Địa điểm" / "Nhà văn hóa" on one line
    source = source or Source()
    number = find_own_number(norm)
    if number and not source.number:
        source = Source(**{**source.to_dict(), "number": number})
    if not is_minutes(norm):
        refs = find_references(norm)
        return Report(source, False, None, (), tuple(refs), (), None)
    meeting = read_meeting(norm)
    meeting = dataclasses.replace(meeting, period=read_period(norm, meeting.date))
    refs = find_references(norm, on_date=meeting.date)
    sections = find_sections(norm, meeting_type=meeting.type, meeting_date=meeting.date)
    ruleset = ruleset_for(meeting.date)
    findings = check(Minutes(norm, meeting, tuple(sections)), ruleset)
    return Report(source, True, meeting, tuple(sections), tuple(refs), tuple(findings), ruleset.code)
