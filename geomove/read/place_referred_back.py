"""A clause that goes back to the place just told by its noun alone: "The army has redeployed a
battalion from Niamey to Tillaberi. Around 500 soldiers were airlifted to the region on Friday."
"The region" is Tillaberi's: the clause tells more of the movement before it (how many, when),
as a subject that refers back ("The soldiers were airlifted ...") does, though its own subject
("Around 500 soldiers") brings in no one new by itself.

why: a radio bulletin of my own (s40 read108, Niger) lost the battalion's count and day: the
clause has no place of its own and no referring subject, so read.count_told_after and
read.date_told_after did not lend them.

Only a cue of going there ("to", "into", "in", "towards") before "the" and a bare noun of a
place (region, area, town, city, province, district, zone, front, capital) with nothing after it
that names another place ("to the region of Tahoua" names one); a word of the lower case may stand before the noun ("to
the border town", "to the same area")."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-place-referred-back")

# the place told again by its noun: "to the region", "into the town", "towards the front"
_PLACE_NOUN_AGAIN = _PATTERNS.compile(
    r"\b(?:to|into|in|towards?)\s+the\s+(?:(?-i:[a-z][a-z-]+)\s+)?(?:region|area|town|city|province|district|zone|front|capital)\b"
    r"(?!\s+(?:of|around|near|north|south|east|west)\b)", re.I)


def refers_back_by_place(text: str, s: int, e: int) -> bool:
    """Does the clause [s, e) go to the place told before by its noun alone ("airlifted to the
    region")?"""
    return _PLACE_NOUN_AGAIN.search(text, s, e) is not None


_PATTERNS.save()
