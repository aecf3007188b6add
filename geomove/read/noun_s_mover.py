"""A verb of moving used as a noun, what moved told in its "of" phrase, as the object of another
verb: "The governor ordered on 2 August the transfer of a company from A to B", "The minister
ordered last week the return of the company from C to D". Who moved is the "of" phrase (a
company); the words before the noun name who ordered it, not who travelled, so whether a force
moved is asked of the "of" phrase (an official there is a trip still: "ordered the return of the
ambassador from Paris").

why: a date between the order verb and its object put the place beyond the order's reach
(lexicon.json ordered_to: at most eight words before "to"), so the noun "transfer" was the
clause's trigger, its subject "The governor ordered on 2 August the": an official, and the
clause was dropped as an official's trip (s49 read138 left it; a probe of my own, s50 read144)."""

from __future__ import annotations

import re

from .lexicon import object_after
from .move_as_noun import verb_used_as_noun
from .no_force import _OF_WHAT


def noun_s_mover(text: str, s: int, main: re.Match, e: int) -> str | None:
    """The words of the "of" phrase after the trigger ``main`` when it is a verb of moving used
    as a noun in the clause ``s``..``e`` ("the transfer of a company from A": "a company"), or
    None (a verb, or a noun with no "of" phrase: "their move to B")."""
    if not verb_used_as_noun(text, s, main):
        return None
    obj = object_after(text, main.end(), e)
    of = _OF_WHAT.match(obj)
    return obj[of.end():] if of is not None and len(obj) > of.end() else None
