"""Moves told as a trend: "Flights by Il-76 transports from Hmeimim to Libya have increased
sharply", "Convoys from A to B have doubled since January", "Crossings into X rose last month".
The subject is the movements themselves, counted over time (a plural noun of movement), and the
predicate says how their number changed: an aggregate, not a movement (GUIDELINES: habitual or
aggregate statements are not movements).

why: the plural noun was read as a movement from A to B (what: "by Il-76 transports"), reported
(a probe of my own, s30m).
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-trend-of-moves")

# a verb that tells how a number changed, after the subject (its auxiliary, an adverb)
_TREND_AFTER = _PATTERNS.compile(
    r"[^.;:]{0,120}?\b(?:has|have|had)?\s*(?:\w+ly\s+)?(?:increased|risen|rose|grown|grew|doubled|tripled|trebled|surged|"
    r"soared|spiked|jumped|climbed|intensified|multiplied|declined|decreased|fallen|fell|dropped|slowed|dwindled|"
    r"picked\s+up)\b", re.I)
# the plural movement nouns that count moves
_MOVES_NOUN = _PATTERNS.compile(r"(?:flights|convoys|crossings|deployments|rotations|transfers|shipments|sorties|"
                                r"airlifts|movements|incursions|arrivals|departures|transits|patrols)$", re.I)
_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)


def trend_of_moves(text: str, main: re.Match, e: int) -> re.Match | None:
    """The verb of change that tells a trend of the moves named by the plural noun trigger
    ``main`` ("flights ... have increased"), in the clause up to ``e``; None otherwise."""
    noun = main.group("noun") if "noun" in main.re.groupindex else None
    if not noun or _MOVES_NOUN.search(noun) is None:
        return None
    return _TREND_AFTER.match(text, main.end(), e)
