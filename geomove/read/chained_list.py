"""A list of ends after a word of going on, in one clause: "The brigade flew to A and was then
moved by road to B and C". The force reached A and went on; B and C are the list the next leg
names, each an end of its own (GUIDELINES: lists are distributed), both reached by way of A.

Without this the clause's destinations were one chain (events._routes_from: "moved to A and
then to B" is a route through A), so B was read as a place passed on the way to C. Read so, the
clause tells what the same story in two sentences tells ("... flew to A. They were then moved by
road to B and C": assemble._carries_on_as_the_first): one movement per member of the list, each
through A. (Through A, not from A: the reader keeps a place reached and left within one clause as
a place passed, as "reached A and then B" is read; GUIDELINES scores such a route by its ends.)"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _CHAIN

_PATTERNS = CompiledPatterns("read-chained-list")

# what stands between two members of a list of places: "B and C", "B, C and D", "B, and C"
_LIST_JOINT = _PATTERNS.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+(?:town\s+of\s+|city\s+of\s+)?)?", re.I)


def list_after_chain(text: str, dests: list[dict], goes_on=()) -> int | None:
    """Where (a text offset) a list of two or more of a clause's destinations (in the order
    told, each with its "offsets") opens after the last word of going on (lexicon._CHAIN:
    "then", "later", "from there"), or None when the last ends are no such list ("to A and then
    to B"; "to A, then to B and then to C": every step a word of going on). ``goes_on``: other
    tests (text, start, end) -> bool of a word of going on between two ends."""
    spans = [d.get("offsets") for d in dests]
    if len(dests) < 3 or any(not sp or sp[0] is None for sp in spans):
        return None
    k = len(dests) - 1
    while k > 0 and _LIST_JOINT.fullmatch(text, spans[k - 1][1], spans[k][0]) is not None:
        k -= 1
    if k == 0 or k > len(dests) - 2:
        return None  # the whole row is a list (no chain), or its last two are no list
    # (or another word of going on the clause reads a chain by, ``goes_on``: "flown to A before
    # travelling by road to B and C", read.before_moving_on; "... and flew to B and C",
    # read.travel_on: read83, B was read as a place passed on the way to C)
    if _CHAIN.search(text, spans[k - 1][1], spans[k][0]) or any(f(text, spans[k - 1][1], spans[k][0]) for f in goes_on):
        return spans[k][0]
    return None


def split_at_list(ends: list[dict], at: int | None) -> tuple[list[dict], list[dict]] | None:
    """The clause's ends (collapsed, in the order told) cut where the list after the word of
    going on opens: (the places reached before it, the list's members); None when no list of
    two or more follows places reached before it."""
    if at is None:
        return None
    k = next((n for n, d in enumerate(ends) if (d.get("offsets") or [-1])[0] >= at), len(ends))
    if k == 0 or len(ends) - k < 2:
        return None
    return ends[:k], ends[k:]


_PATTERNS.save()
