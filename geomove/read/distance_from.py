"""A withdrawal told by how far it went from a place: "Russian forces withdrew about 10
kilometres from Kherson", "pulled back some 20 km from Kupiansk towards Svatove". The mention
finder reads "10 kilometres from Kherson" as a place told relative to Kherson (near it, 10 km
off); after a verb of withdrawal the distance is the way they went, and the place is where they
left: the origin (scored against its anchor, GUIDELINES).

Only after a verb of pulling back (withdrew, pulled back, retreated, fell back, moved back),
right before the distance: "were deployed 10 km from X" stays a place near X where they went.

why: the "from" inside the relative phrase was no cue of its own, so the place had no role:
"withdrew about 10 kilometres from Kherson" read nothing, and "pulled back some 20 km from
Kupiansk towards Svatove" lost its origin (probes of my own)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _stem

_PATTERNS = CompiledPatterns("read-distance-from")

# the stems of pulling back (lexicon._stem of the trigger's verb)
_PULLED_BACK = frozenset(("withdraw", "retreat", "fall back", "pull", "pull back", "pull out", "move back", "leave",
                          "depart", "evacuate"))
# between the verb and the distance: its particle and words of about
_GAP = _PATTERNS.compile(r"\s*(?:(?:back|out|away|some|about|around|nearly|almost|roughly|up\s+to|more\s+than|over|"
                         r"further|farther|another|a\s+further)\s+)*", re.I)
_DISTANCE_FROM = _PATTERNS.compile(r"[\d.,]+\s*(?:-\s*)?(?:km|kms|kilomet\w+|miles?|mi)\s+(?:away\s+)?from\s", re.I)


def origin_by_distance(text: str, mention: dict, verb: re.Match | None) -> bool:
    """Is ``mention`` a place told as "N km from X" right after a verb of pulling back
    (``verb``, the last trigger before it): the place they left?"""
    phrase = mention.get("phrase")
    if not phrase or (mention.get("relation") or {}).get("type") != "near" or verb is None or not verb.group("verb"):
        return False
    if _stem(verb.group("verb")) not in _PULLED_BACK or not _DISTANCE_FROM.match(phrase.get("text") or ""):
        return False
    return _GAP.fullmatch(text, verb.end(), phrase["start"]) is not None


def placed_by_direction(mention: dict) -> bool:
    """Is ``mention`` a place told by a direction from another ("south of the Litani river",
    "north of Tyre")? After a verb of arriving or deploying it is where they went, as "near X"
    is (roles._arrived_near_place); after a verb of advancing or fighting it is not ("advanced
    north of Marib" is where they fight: roles keeps that one to a distance told).

    why: "Lebanese army units deployed south of the Litani river" read nothing, where "deployed
    near Tyre" gave Tyre (probes of my own)."""
    return (mention.get("relation") or {}).get("type") == "direction"


_PATTERNS.save()
