"""A unit's aircraft or ships told with the base they work from, in the present: "The 51st Fighter
Wing flies A-10s and F-16s from Osan Air Base", "The regiment operates Mi-8s from Mopti", "The
flotilla sails its corvettes from Sevastopol". An order of battle says where a unit is based in
these words; no move is told (GUIDELINES: presence, as "based at", is no movement).

Without this, "flies ... from Osan Air Base" was read as a reported move from Osan with no
destination (read63's Korean order of battle). Only a verb in the present's -s form ("flies",
"sails", "operates"), what it flies as its object, then "from" and the base, with no place it
goes to ("to", "into", "toward") after, and no people as what it flies: "The wing flew six A-10s
from Osan to Kunsan on Monday", "flies ... from A to B" and "Russia flies reinforcements from
Syria" (a headline's present) stay moves.

The present perfect tells the same with the time the unit has been there: "The 12th Air Squadron
has flown Hawks from Pekanbaru since 1996" (read145, an arms-delivery item). Only with "has" or
"have" right before, and "since" or "for years"/"for decades" after the base: "The wing has flown
six A-10s from Osan" (no span) stays a move."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-flies-from-base")

# the verb of working from a base, in the present's third person
_VERB = _PATTERNS.compile(r"(?:flies|sails|operates)", re.I)
# after it: its object (what it flies, no preposition first), "from" and the base, to the clause's
# end with no place it goes to
# (people are no aircraft a unit flies from its base: "Russia flies reinforcements from Syria",
# a headline's present, tells a move)
_OBJECT_FROM_BASE = _PATTERNS.compile(
    r"\s+(?!(?:from|to|into|toward|towards|out|back|in|over|across|through|via|home)\b)"
    r"(?:(?!\b(?:troops|soldiers|reinforcements|marines|paratroopers|personnel|forces|units|battalions?|brigades?|"
    r"companies|men|police|commandos|evacuees|civilians|refugees)\b)[^,;.:]){1,80}?\s+from\s+"
    r"(?:(?!\b(?:to|into|toward|towards|for|via|through)\b)[^;.:])*[.;:]?\s*$", re.I)


# the present perfect of the same verbs, with "has"/"have" right before (read145)
_PERFECT_VERB = _PATTERNS.compile(r"(?:flown|operated|sailed)", re.I)
_HAS_BEFORE = _PATTERNS.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?$", re.I)
# the span the unit has worked from there, after the base: "since 1996", "for decades"
_SPAN_AFTER = _PATTERNS.compile(r"\b(?:since|for\s+(?:many\s+)?(?:years|decades))\b", re.I)


def flies_from_base(text: str, verb: re.Match, e: int) -> bool:
    """Is the clause's verb ``verb`` (its clause ending at ``e``) a present "flies X from B" with
    no place it goes to, or a perfect "has flown X from B since <year>": the base a unit works from?"""
    word = verb.group(0).strip()
    if _VERB.fullmatch(word):
        return _OBJECT_FROM_BASE.match(text, verb.end(), e) is not None
    if not _PERFECT_VERB.fullmatch(word) or not _HAS_BEFORE.search(text, max(0, verb.start() - 20), verb.start()):
        return False
    return _OBJECT_FROM_BASE.match(text, verb.end(), e) is not None \
        and _SPAN_AFTER.search(text, text.find(" from ", verb.end(), e), e) is not None


_PATTERNS.save()
