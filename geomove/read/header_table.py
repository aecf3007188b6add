"""A table pasted with its header row: "Unit | From | To | Date | Strength | Status" over lines of
bare cells ("French 4th Chasseurs battalion | Gap | Cincu | 12 Nov | 650 | completed"), the same
with tabs, or in Markdown with bars at the line's two ends and a "|---|" rule under the header.
A rotation tracker or a mission's table copied out of a spreadsheet or a web page comes so: the
labels are told once, in the header, and every row's cells are read by their column.

A line whose every cell is a label (the labels of table_rows.json), one of them "From" or "To",
is a header; the lines under it with as many cells are its rows, up to the first line that has
another number of cells. Each row's cells get their column's role (origin, destination, date,
count, actor, status), as a row of labelled cells gets them from its own labels
(read.table_rows, which reads the rows), and a name in a "From" or "To" cell is a place written
where a place is asked for (mentions.acceptance: as after "from" or "to" in prose; before,
"Gap" or "Oirschot" alone in a cell had no words around it to be kept)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data

_DATA = read_data("table_rows.json")
_PATTERNS = CompiledPatterns("read-header-table")

ROLE_OF_LABEL = {w: role for role, words in _DATA["labels"].items() for w in words}
_LABELS = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(ROLE_OF_LABEL, key=len, reverse=True))
# a header row's cell: one label and nothing else
_LABEL_ONLY = _PATTERNS.compile(rf"[ \t]*(?:{_LABELS})[ \t]*", re.I)
# a cell of a line: the run up to the next bar or tab (a semicolon or comma may be a cell's prose)
_CELL = _PATTERNS.compile(r"[^|\t\n]+|(?<=[|\t])(?=[|\t])")
# a Markdown table's rule under its header: "|---|:---:|"
_RULE = _PATTERNS.compile(r"[ \t|:+-]*-{3,}[ \t|:+-]*")
# the fewest columns a header has (two labelled cells on one line may be a sentence's words)
MIN_COLUMNS = 3


def line_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of the line ``start``..``end`` split at its bars or tabs, each as (start, end)
    without its spaces; Markdown's bars at the line's two ends open and close no cell."""
    a, b = start, end
    while a < b and text[a] in " \t|":
        a += 1
    while b > a and text[b - 1] in " \t|":
        b -= 1
    cells = []
    for m in _CELL.finditer(text, a, b):
        s, e = m.span()
        while s < e and text[s] in " \t":
            s += 1
        while e > s and text[e - 1] in " \t":
            e -= 1
        cells.append((s, e))
    return cells


def header_roles(text: str, start: int, end: int) -> list[str] | None:
    """The role of each column when the line ``start``..``end`` is a header row: MIN_COLUMNS
    cells or more, every one a label, one of them "From" or "To"; else None."""
    cells = line_cells(text, start, end)
    if len(cells) < MIN_COLUMNS or not all(_LABEL_ONLY.fullmatch(text, a, b) for a, b in cells):
        return None
    roles = [ROLE_OF_LABEL[re.sub(r"\s+", " ", text[a:b].lower())] for a, b in cells]
    return roles if {"origin", "destination"} & set(roles) else None


def header_rows(text: str) -> list[tuple[int, dict]]:
    """Each row under a header row as (the row's line start, its cells {role: (start, end)}, the
    first cell of a role kept)."""
    if "|" not in text and "\t" not in text:
        return []
    rows, roles, pos = [], None, 0
    for line in text.splitlines(keepends=True):
        start, end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        if roles is not None:
            if _RULE.fullmatch(text, start, end):
                continue
            cells = line_cells(text, start, end)
            if len(cells) == len(roles):
                found: dict = {}
                for role, cell in zip(roles, cells):
                    found.setdefault(role, cell)
                rows.append((start, found))
                continue
        roles = header_roles(text, start, end) if ("|" in line or "\t" in line) else None
    return rows


def place_cells(text: str) -> list[tuple[int, int, str]]:
    """The "From" and "To" cells of every row under a header, as (start, end, the column's role)."""
    return [(a, b, role) for _at, cells in header_rows(text) for role, (a, b) in cells.items()
            if role in ("origin", "destination")]


_PATTERNS.save()
