"""A table turned to text, one row a line of labelled cells: "Unit: Rwandan Battalion 2 | From:
Kigali | To: Malakal | Date: 12 Nov 2026 | Personnel: 850 | Status: completed". A mission's or a
ministry's list of rotations is often published as such a table; copied into plain text, each row
keeps its labels and its separators but tells its movement with no verb at all.

Without this a row told no movement (the reader finds movements by their verbs), and the notes
under the table, which tell the same rows again in passing, were read alone and chained into one
another's routes.

A row is read when at least two of its cells are labelled and one is "From" or "To" (the labels
are data: table_rows.json): the places named in the "From" cell are its origin, in the "To" cell
its destination; the "Date" cell its date, the "Personnel" cell its count, the "Unit" cell what
moved, and the "Status" cell its status ("completed" reported, "scheduled" or "postponed"
planned, "cancelled" negated). A row with no status cell is reported, as a sentence with no
word of plan or denial would be.

A table pasted with its header row instead ("Unit | From | To | Date | Strength | Status" over
lines of bare cells "French 4th Chasseurs battalion | Gap | Cincu | 12 Nov | 650 | completed",
or the same with tabs, or in Markdown with its bars at the ends and a "|---|" rule) labels its
cells once (read.header_table finds its rows and their cells' roles; read63): each row is read
here as a row of labelled cells is. Before, such rows had no labels and told nothing."""

from __future__ import annotations

import re

from ..dates import ahead_when_planned, find_dates
from ..regex_cache import CompiledPatterns
from .data_files import read_data
from .header_table import header_rows
from .lexicon import count_value
from .places import _place_of
from .state import Fragment, _Draft

_DATA = read_data("table_rows.json")
_PATTERNS = CompiledPatterns("read-table-rows")

_ROLE_OF_LABEL = {w: role for role, words in _DATA["labels"].items() for w in words}
_STATUS_OF_WORD = {w: status for status, words in _DATA["status_words"].items() for w in words}
_LABELS = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_ROLE_OF_LABEL, key=len, reverse=True))
# a cell: its label, a colon, its value up to the next separator (a bar, a tab, a semicolon) or the line's end
_CELL = _PATTERNS.compile(rf"(?:^|(?<=[|\t;]))[ \t]*(?P<label>{_LABELS})[ \t]*:[ \t]*(?P<value>[^|\t;\n]*)", re.I | re.M)
_SEPARATOR = _PATTERNS.compile(r"[|\t;]")
_NUMBER = _PATTERNS.compile(r"\d[\d,.]*")


def row_cells(text: str, start: int, end: int) -> dict | None:
    """The labelled cells of the line ``start``..``end`` as {role: (value start, value end)},
    None when the line is no table row: fewer than two labelled cells, no separator between
    them, or no "From" or "To" cell."""
    # (a row has a colon and a separator: most lines have neither, and are not scanned for
    # labels at every position; the answer for them is None either way)
    if text.find(":", start, end) < 0 or not _SEPARATOR.search(text, start, end):
        return None
    cells: dict = {}
    for m in _CELL.finditer(text, start, end):
        role = _ROLE_OF_LABEL[re.sub(r"\s+", " ", m.group("label").lower())]
        cells.setdefault(role, (m.start("value"), m.start("value") + len(m.group("value").rstrip())))
    if len(cells) < 2 or not ({"origin", "destination"} & cells.keys()):
        return None
    return cells


def row_status(value: str) -> tuple[str, str]:
    """The status the "Status" cell gives, with why: its first words, as table_rows.json maps
    them; a word it does not know leaves the row reported."""
    words = value.strip().lower()
    for word in sorted(_STATUS_OF_WORD, key=len, reverse=True):
        if re.match(rf"{re.escape(word)}\b", words):
            return _STATUS_OF_WORD[word], f"{_STATUS_OF_WORD[word]}: the table's status cell says '{value.strip()}'"
    return "reported", "reported: the table's row has no status word of plan or cancellation"


def _counted_in_cell(reader, a: int, b: int) -> list[dict]:
    """The count a cell of what moved opens with ("14 Leopard 2A6 tanks": 14), as the reader
    counts a noun phrase (a model's number, "2A6", counts nothing); none for a cell with no
    number or one that counts formations ("2 companies")."""
    m = next(reader._counted(a, b), None)
    if m is None or m.start("num") > a + 1 or not m.group("num")[0].isdigit():
        return []
    return [{"value": count_value(m.group("num")), "unit": re.sub(r"\s+", " ", m.group("unit").lower())}]


def row_fragment(reader, index: int, cells: dict) -> Fragment | None:
    """What the row at clause ``index`` tells, as a fragment with its roles, count, date,
    actor and status; None when neither end names a place."""
    text = reader.text
    s, e = reader.spans[index]

    def places(role: str) -> list:
        if role not in cells:
            return []
        a, b = cells[role]
        return [(_place_of(m), m["start"]) for m in reader.places if a <= m["start"] < b]

    frag = Fragment(sentence=index, trigger="", trigger_start=s, quote=text[s:e].strip(),
                    origin=places("origin"), destination=places("destination"), directed=True)
    if not (frag.origin or frag.destination):
        return None
    frag.roles_why.append("a table's row: its 'From' cell is the origin, its 'To' cell the destination (read.table_rows)")
    if "actor" in cells:
        frag.actor = frag.what = text[slice(*cells["actor"])].strip() or None
    if "what" in cells:
        # an "Equipment" column ("14 Leopard 2A6 tanks"): what moved, not who moved it, and its
        # number the count when no column counts them (read104: the rows under such a header
        # were no rows at all, their column no label)
        frag.what = text[slice(*cells["what"])].strip() or frag.what
        if "count" not in cells:
            frag.counts = _counted_in_cell(reader, *cells["what"])
    if "count" in cells:
        number = _NUMBER.search(text, *cells["count"])
        if number:
            frag.counts = [{"value": int(float(number.group(0).replace(",", ""))), "unit": "personnel",
                            "text": number.group(0)}]
    if "date" in cells:
        days = find_dates(text[slice(*cells["date"])], reader.published)
        frag.date = days[0] if days else None
    frag.status, frag.status_why = row_status(text[slice(*cells["status"])]) if "status" in cells else \
        row_status("")
    if frag.status == "planned":
        # a row "scheduled" for "19 Dec" is the next 19 December, as "will deploy on 19 December"
        # is, not the last one (read63)
        frag.date = ahead_when_planned(frag.date, reader.published)
    return frag


def _span_at(spans: list, at: int) -> int | None:
    """The index of the clause span holding the offset ``at``."""
    return next((i for i, (_s, e) in enumerate(spans) if at < e), None)


def read_table_rows(a) -> None:
    """Each table row of the report as a movement of its own (read first by read_fragments):
    a row is one movement, as a sentence with one verb is. Read before the prose, so a note under
    the table that tells a row again ("The Mongolian company that moved to Rubkona ...") is
    compared with the row and joins it, and a force the notes name is not taken for the next leg
    of another's move; the rows then come first in the output."""
    reader = a.reader
    under_header = {_span_at(reader.spans, at): cells for at, cells in header_rows(reader.text)}
    for i, (s, e) in enumerate(reader.spans):
        cells = under_header.get(i) or row_cells(reader.text, s, e)
        if cells is None:
            continue
        frag = row_fragment(reader, i, cells)
        if frag is None:
            continue
        draft = _Draft(origin=frag.origin[-1][0] if frag.origin else None, via=[],
                       destination=frag.destination[-1][0] if frag.destination else None,
                       frags=[frag], status=frag.status)
        a.why.append(f"sentence {i}: a table's row ({frag.status_why})")
        at = next((k for k, d in enumerate(a.drafts) if min(f.sentence for f in d.frags) > i), len(a.drafts))
        a.drafts.insert(at, draft)


_PATTERNS.save()
