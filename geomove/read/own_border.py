"""An end told as a border with no country named: "Indian troops moved to the northern border",
"Niger deployed 600 soldiers to its western border". The border is the moving nation's own
(GUIDELINES: a relative place such as "the border area" is measured from its anchor; an area
lacking a point counts by its country): the end is the force's home country, kept as a border relation, with
the side told ("northern") as its direction, as "its border with X" is read
(assemble.own_side_of_border).

Only with the nation of the force told (its demonym or its name as the subject: "Indian troops",
"Niger deployed"); a border of no one told ("troops moved to the border") stays no end. Only a
border right after a cue of going ("to", "toward", "towards", "up to"), not one a place follows
("the border with Pakistan", "the border of X": the finder reads those), nor a border crossing,
post or town ("to the border town of X").

why: such a clause had no place, and no movement was read (task from the last session's list;
probe of my own, s25)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from ..relative import _DIR_ADJ
from .gates import Gate

_PATTERNS = CompiledPatterns("read-own-border")

_BORDER_TOLD = _PATTERNS.compile(
    r"\b(?:up\s+)?(?:to|towards?|along)\s+(?:the|its|their)\s+(?:(?P<side>" + "|".join(sorted(_DIR_ADJ, key=len, reverse=True))
    + r")\s+)?(?:border|frontier)(?:\s+(?:area|region|zone|strip))?\b"
    r"(?!\s+(?:with|of|between|crossing|crossings|post|posts|town|towns|village|villages|city|guards?|police|checkpoint)\b)"
    r"(?!\s*(?:-|–))", re.I)
# (searched only in spans holding one of the words every match holds: read.gates, tests/test_speed112.py)
_BORDER_TOLD_GATE = Gate(_BORDER_TOLD, ("border", "frontier"))


def own_border_told(text: str, verb_end: int, e: int) -> re.Match | None:
    """The words "to the (northern) border" after the verb ending at ``verb_end``, in the clause
    ending at ``e``, naming no country; None when there are none."""
    return _BORDER_TOLD_GATE.search(text, verb_end, e)


def own_border_place(home: dict, told: re.Match, place_of) -> dict:
    """The end: the force's home country ``home`` (a mention record; ``place_of`` makes the
    place of it), as a border relation with the side told."""
    relation = {"type": "border"}
    if told.group("side"):
        relation["direction"] = _DIR_ADJ[told.group("side").lower()]
    return {**place_of(home), "precision": "region", "relation": relation, "inferred": True,
            "surface_phrase": told.group(0), "anchor": {k: v for k, v in place_of(home).items() if k != "offsets"}}


_PATTERNS.save()
