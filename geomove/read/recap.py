"""A closing recap of the places a force has passed: "In all, the brigade has now moved through
Lviv, Rivne and Zhytomyr", "So far the column has passed through Malindi, Lamu and Garissa".

A tally opener ("in all", "in total", "altogether", "all told", "so far", "to date") and a
perfect ("has moved", "have now passed") sum up where the force has been over the whole period,
not the way of the movement just told: GUIDELINES counts no aggregate statement as a movement,
and a place passed is a via only of the movement that passed it. Such a clause, with places
passed and no end of its own, is neither a movement nor a way for the movement before.

Only a clause whose only places are passed ones (an end told in it, "In all, 300 soldiers have
been flown to Gao", is read as before), the opener at the clause's start and the perfect's
auxiliary between the opener and the verb.

why: the recap's towns were read as places passed on the way of the movement told just before
(assemble._only_places_passed, via_on_the_way), though they tally weeks of moves (task read133,
sentences of my own)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-recap")

# the tally opener and a perfect before the verb, from the clause's start up to its verb
_TALLY_PERFECT = _PATTERNS.compile(
    r"\s*(?:in\s+all|in\s+total|altogether|all\s+told|so\s+far|to\s+date|overall)\s*,?\s+"
    r"(?:[\w'’-]+\s+){0,6}?(?:has|have|'s)\s+(?:now\s+|already\s+|since\s+)?(?:\w+ly\s+)?(?:been\s+)?$", re.I)
_PATTERNS.save()


def recap_of_places_passed(text: str, s: int, frag) -> bool:
    """Is ``frag`` (its clause starting at ``s``) a tally of places passed ("In all, the unit has
    now moved through A, B and C"): places passed only, a tally opener and a perfect before
    its verb?"""
    if frag is None or not frag.via or frag.origin or frag.destination:
        return False
    return _TALLY_PERFECT.fullmatch(text, s, frag.trigger_start) is not None
