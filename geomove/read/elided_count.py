"""A count whose noun is left out because the sentence before told it: "On Tuesday the army
moved 600 soldiers from A to B. Last week a further 400 were sent from C to D". What moved is "a
further 400": 400 of what the count before counted (soldiers), so the movement's count is 400
(GUIDELINES: the count is of people when people are counted).

Without this the count reader, which needs a noun after the number ("400 soldiers"), counted
nothing, and the movement had no count. Only a bare number as the whole of what moved, with a
count of a noun told shortly before it: "400 were sent" with no count before it counts nothing
(400 what?)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .counts import mark_qualified

_PATTERNS = CompiledPatterns("read-elided-count")

# what moved is a number alone, maybe after a word of addition or of approximation
_BARE_NUMBER = _PATTERNS.compile(
    # (or a part of a force told before: "the first 300 were flown home", "the remaining 200")
    r"(?:(?P<part>the\s+(?:first|last|remaining|other|next))\s+)?"
    r"(?:(?P<more>a\s+further|another|an\s+additional|an\s+extra)\s+)?"
    r"(?:(?P<qual>some|about|around|nearly|almost|roughly|approximately|more\s+than|over|at\s+least)\s+)?"
    r"(?P<num>[1-9][0-9]{0,2}(?:,[0-9]{3})*|[1-9][0-9]*)"
    # (the word of addition after the number: "and 500 more arrived in B", as "another 500")
    r"(?:\s+more)?"
    # (and a part "of them": "500 of them moved on to X", the number of the group told before
    # that moved, read70; it had no count)
    r"(?P<of>\s+of\s+(?:them|these|those))?", re.I)

# how far back (characters) the count that names the noun may stand
ELIDED_COUNT_CHARS = 300


def bare_number(what: str) -> bool:
    """Is ``what`` a bare number ("a further 400", "the first 300"), the only what elided_count
    counts? (Asked first, so that the counts and force nouns before a clause are not gathered for
    the whats it would pass over: nearly all of them.)"""
    return _BARE_NUMBER.fullmatch(what.strip()) is not None


# a part told first, "of" the group before the number, at the clause's start: "Of these, 250
# left A for B" counts a part as "250 of these left" does (s45 read120)
_FRONTED_PART = _PATTERNS.compile(r"\s*of\s+(?:them|these|those)\s*,", re.I)


def fronted_part(text: str, s: int, verb_at: int) -> bool:
    """Does the clause from ``s`` open with "Of these," (or "them", "those") before its verb at
    ``verb_at``?"""
    return _FRONTED_PART.match(text, s, verb_at) is not None


def elided_count(what: str, units_before: list[str], forces_before: tuple[str, ...] = (),
                 fronted: bool = False) -> dict | None:
    """The count of ``what`` (what moved, as the clause names it) when it is a bare number
    ("a further 400"), with the unit of the last count told before it (``units_before``, in
    text order); None when ``what`` is no bare number or no count came before.

    A part of a force ("the first 300", "the remaining 200") needs no count before it: the
    force's noun told before it (``forces_before``, in text order: "Burundian troops have begun
    leaving; the first 300 were flown home") is what the number counts; so does a part "of
    them" ("About 2,000 fighters left A. 500 of them moved on to B": 500 fighters), and a part told
    by ``fronted`` "Of them," before the clause ("Of them, 500 moved on to B")."""
    m = _BARE_NUMBER.fullmatch(what.strip())
    if m is None:
        return None
    if units_before:
        unit = units_before[-1]
    elif (m.group("part") or m.group("of") or fronted) and forces_before:
        unit = forces_before[-1].lower()
    else:
        return None
    item = {"value": int(m.group("num").replace(",", "")), "unit": unit, "elided": True}
    if m.group("of") or fronted:
        item["part"] = True  # (the movement's count where its route is carried on: assemble._part_counted)
    if m.group("qual"):
        mark_qualified(item, m.group("qual"))
    return item


_PATTERNS.save()
