"""Ruled tables of text-layer PDFs, read cell by cell.

A roll call printed from Word ("STT | Họ và tên | Chức vụ | Có mặt | Vắng | Lý do") puts its mark
under one column and leaves the others empty; read as lines of words, the empty cells vanish and
with them which column the mark sits in. Its ruling tells the cells apart: the table's horizontal
and vertical rules (strokes or thin filled boxes, however the writer drew them) cut it into rows
and columns, every word goes to the cell its centre falls in, and each row comes out as one line
of tab-separated cells, empty ones kept, a cell wrapped over several lines joined back — the way
a DOCX table or a typed text table reads.

Only a grid of at least two rows and three columns is a table: a two-column head or signature
block, an underline or a frame around the page are left to the line layout.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

RULE_THICKNESS = 2.5  # a stroke or filled box thinner than this (pt) is a rule
MIN_RULE = 4.0  # shorter rules (a box's ends, a dash) are not table ruling
TOLERANCE = 2.0  # rules this close are one rule; a rule this close to another's end still meets it
MAX_SEGMENTS = 20000  # a page of vector art is not searched for tables
MIN_ROWS, MIN_COLUMNS = 2, 3


@dataclass(frozen=True)
class Rule:
    """A horizontal (``at`` = y, from/to = x) or vertical (``at`` = x, from/to = y) rule, top-down."""

    horizontal: bool
    at: float
    start: float
    end: float


@dataclass
class Grid:
    """A table's ruling: the y of each horizontal rule, and per row band the x of its column rules."""

    ys: list[float]
    columns: list[list[float]]  # for band i (ys[i]..ys[i+1]): its column boundaries, left to right

    @property
    def box(self) -> tuple[float, float, float, float]:
        xs = [x for band in self.columns for x in band]
        return min(xs), self.ys[0], max(xs), self.ys[-1]


def rules_from_segments(segments: list[tuple[float, float, float, float]]) -> list[Rule]:
    """Rules from straight segments (x0, y0, x1, y1), top-down coordinates; diagonals are dropped."""
    rules = []
    for x0, y0, x1, y1 in segments:
        if abs(y1 - y0) <= RULE_THICKNESS and abs(x1 - x0) >= MIN_RULE:
            rules.append(Rule(True, (y0 + y1) / 2, min(x0, x1), max(x0, x1)))
        elif abs(x1 - x0) <= RULE_THICKNESS and abs(y1 - y0) >= MIN_RULE:
            rules.append(Rule(False, (x0 + x1) / 2, min(y0, y1), max(y0, y1)))
    return rules


def rules_from_box(x0: float, top: float, x1: float, bottom: float) -> list[Rule]:
    """The rules a box stands for: a thin box is one rule, a larger one its four sides (a cell drawn as a box)."""
    width, height = x1 - x0, bottom - top
    if height <= RULE_THICKNESS or width <= RULE_THICKNESS:
        return rules_from_segments([(x0, (top + bottom) / 2, x1, (top + bottom) / 2)] if height <= RULE_THICKNESS
                                   else [((x0 + x1) / 2, top, (x0 + x1) / 2, bottom)])
    return rules_from_segments([(x0, top, x1, top), (x0, bottom, x1, bottom), (x0, top, x0, bottom),
                                (x1, top, x1, bottom)])


def _cluster(values: list[float]) -> list[float]:
    """Values within TOLERANCE of their neighbour merged into their mean, sorted."""
    groups: list[list[float]] = []
    for v in sorted(values):
        if groups and v - groups[-1][-1] <= TOLERANCE:
            groups[-1].append(v)
        else:
            groups.append([v])
    return [sum(g) / len(g) for g in groups]


def _meets(h: Rule, v: Rule) -> bool:
    return (h.start - TOLERANCE <= v.at <= h.end + TOLERANCE) and (v.start - TOLERANCE <= h.at <= v.end + TOLERANCE)


def find_grids(rules: list[Rule]) -> list[Grid]:
    """Tables: groups of rules that meet one another, ruled into at least 2 rows of 3 columns."""
    hs = [r for r in rules if r.horizontal]
    vs = [r for r in rules if not r.horizontal]
    if not hs or not vs or len(hs) * len(vs) > 4_000_000:
        return []
    parent = list(range(len(hs) + len(vs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, h in enumerate(hs):
        for j, v in enumerate(vs):
            if _meets(h, v):
                a, b = find(i), find(len(hs) + j)
                if a != b:
                    parent[a] = b
    groups: dict[int, tuple[list[Rule], list[Rule]]] = {}
    for i, h in enumerate(hs):
        groups.setdefault(find(i), ([], []))[0].append(h)
    for j, v in enumerate(vs):
        groups.setdefault(find(len(hs) + j), ([], []))[1].append(v)
    grids = []
    for group_h, group_v in groups.values():
        if not group_h or not group_v:
            continue
        ys = _cluster([h.at for h in group_h])
        columns = []
        for top, bottom in zip(ys, ys[1:], strict=False):
            middle = (top + bottom) / 2
            crossing = [v.at for v in group_v if v.start - TOLERANCE <= middle <= v.end + TOLERANCE]
            columns.append(_cluster(crossing))
        bands = [c for c, top, bottom in zip(columns, ys, ys[1:], strict=False) if len(c) >= 2 and bottom - top > 3]
        if len(bands) >= MIN_ROWS and max(len(c) for c in bands) - 1 >= MIN_COLUMNS:
            grids.append(Grid(ys, columns))
    return grids


def _band(ys: list[float], y: float) -> int | None:
    for i, (top, bottom) in enumerate(zip(ys, ys[1:], strict=False)):
        if top <= y < bottom:
            return i
    return None


def _column(bounds: list[float], x: float) -> int | None:
    for i, (left, right) in enumerate(zip(bounds, bounds[1:], strict=False)):
        if left <= x < right:
            return i
    return None


def _reading_order(words: list) -> list:
    """A cell's words line by line (same baseline band), left to right."""
    lines: list[list] = []
    for w in sorted(words, key=lambda w: (round(w.bottom, 1), w.x0)):
        if lines and w.bottom - lines[-1][-1].bottom <= 0.3 * max(w.size, lines[-1][-1].size):
            lines[-1].append(w)
        else:
            lines.append([w])
    return [w for line in lines for w in sorted(line, key=lambda w: w.x0)]


def split_tables(words: list, rules: list[Rule]) -> tuple[list[tuple[float, float, float, list[list]]], list]:
    """(table rows, the other words): each row as (top, bottom, size, cells), a cell a list of words in
    reading order (empty when the cell is), rows without any word left out."""
    grids = find_grids(rules)
    if not grids:
        return [], words
    rest = []
    cells: dict[tuple[int, int], dict[int, list]] = {}
    for w in words:
        cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
        for g, grid in enumerate(grids):
            band = _band(grid.ys, cy)
            column = _column(grid.columns[band], cx) if band is not None else None
            if column is not None:
                cells.setdefault((g, band), {}).setdefault(column, []).append(w)
                break
        else:
            rest.append(w)
    rows = []
    for (g, band), filled in cells.items():
        count = len(grids[g].columns[band]) - 1
        row = [_reading_order(filled.get(c, [])) for c in range(count)]
        ws = [w for cell in row for w in cell]
        size = statistics.median(w.size for w in ws)
        rows.append((min(w.top for w in ws), max(w.bottom for w in ws), size, row))
    rows.sort(key=lambda r: r[0])
    return rows, rest
