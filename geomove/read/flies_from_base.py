"""A unit's aircraft or ships told with the base they work from, in the present: "The 51st Fighter
Wing flies A-10s and F-16s from Osan Air Base", "The regiment operates Mi-8s from Mopti", "The
flotilla sails its corvettes from Sevastopol". An order of battle says where a unit is based in
these words; no move is told (GUIDELINES: presence, as "based at", is no movement).

Without this, "flies ... from Osan Air Base" was read as a reported move from Osan with no
destination (read63's Korean order of battle). Only a verb in the present's -s form ("flies",
"sails", "operates"), what it flies as its object, then "from" and the base, with no place it
goes to ("to", "into", "toward") after, and no people as what it flies: "The wing flew six A-10s
from Osan to Kunsan on Monday", "flies ... from A to B" and "Russia flies reinforcements from
Syria" (a headline's present) stay moves."""

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


def flies_from_base(text: str, verb: re.Match, e: int) -> bool:
    """Is the clause's verb ``verb`` (its clause ending at ``e``) a present "flies X from B" with
    no place it goes to: the base a unit works from?"""
    return bool(_VERB.fullmatch(verb.group(0).strip())) and _OBJECT_FROM_BASE.match(text, verb.end(), e) is not None


_PATTERNS.save()
