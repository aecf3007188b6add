"""A place described by its distance from another, in an apposition: "moved troops to Tumeremo,
a mining town some 60 km from the border with Guyana", "arrived in X, a base about 20 miles from
Y". The distance locates the place named before it; the "from" is no cue of where the movement
left, and the place after it has no role in the movement.

A distance right after the verb stays the way the force went ("pulled back 20 km from X":
read.distance_from), and one after the verb's object is where they went ("deployed 300 troops
10 km from X": a place near X, read by the mention finder).

why: "... to Tumeremo, a mining town some 60 km from the border with Guyana" read Venezuela's side
of the Guyana border as the origin, and a later move from Barcelona merged with the movement
by that origin (probe of my own, s25)."""

from __future__ import annotations

from ..regex_cache import CompiledPatterns
from .place_apposition import PLACE_NOUNS
from .places import _spec

_PATTERNS = CompiledPatterns("read-distance-apposition")

# ", a (small) (mining) town (some) " and the distance "60 km (away) ": the words both patterns
# below read (the place's nouns those of an apposition with a clause: read.place_apposition)
_PLACE_NOUN_APPOSED = (r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?" + PLACE_NOUNS + r"\s+"
                       r"(?:(?:some|about|around|roughly|nearly|just|only|barely|less\s+than|more\s+than)\s+)?")
_DISTANCE = r"[\d.,]+\s*(?:-\s*)?(?:km|kms|kilomet\w+|miles?)\s+(?:away\s+)?"
# the apposition and its distance right before the cue ("from")
_APPOSED_DISTANCE = _PATTERNS.compile(_PLACE_NOUN_APPOSED + _DISTANCE + r"$")


# ... the same apposition before a place mention that holds its distance ("Tigray, a region some |
# 700 km from Addis Ababa": the finder reads "700 km from Addis Ababa" as one relative place)
_APPOSED_PLACE_NOUN = _PATTERNS.compile(
    _PLACE_NOUN_APPOSED
    # (the distance and its "from" when the gap runs to the name: "some 700 km from ")
    + r"(?:" + _DISTANCE + r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of|from)\s+(?:the\s+)?)?$")


def distance_locates_the_place_before(gap: str, mention: dict) -> bool:
    """Is ``mention`` a place told by its distance from another ("700 km from Addis Ababa"), in an
    apposition right after the place before it (``gap``: the words between them, ", a region
    some ")? Then it says where that place lies, no finer place of the same end.
    why: the relative place, a point 700 km from Addis Ababa, was read as a finer destination
    than Tigray and replaced it."""
    relation = mention.get("relation") or {}
    return relation.get("distance_km") is not None and _APPOSED_PLACE_NOUN.fullmatch(gap) is not None


def located_by_distance(text: str, cue_start: int) -> bool:
    """Does an apposition of a place and a distance end right before the cue at ``cue_start``
    (its "from")?"""
    return _APPOSED_DISTANCE.search(text, max(0, cue_start - 100), cue_start) is not None



# ... and a bearing alone, set after the place's name with a comma: "toward Sirwah, west of
# Marib", "to Kalma, some 15 km east of Nyala" (the gap, with or without the bearing's words:
# the finder may read them into the relative place's phrase)
_APPOSED_BEARING = _PATTERNS.compile(
    r"\s*,\s*(?:(?:some|about|around|roughly|nearly|just)\s+)?(?:" + _DISTANCE + r")?"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ward)?\s+of\s+(?:the\s+(?:town|city|village)\s+of\s+)?)?")


def bearing_locates_the_place_before(gap: str, before: dict, mention: dict) -> bool:
    """Is ``mention`` a place told by its bearing from another ("west of Marib") set with a
    comma right after ``before`` (``gap``: the words between them), a place with a point no
    coarser than a district? Then it says where ``before`` lies, no finer place of the same end
    (s38 read103).

    why: "advanced toward Sirwah, west of Marib" joined the relative place to Sirwah's end as a
    finer telling of it, and the town it is told from (finer than Sirwah's district) became the
    destination: the anchor of a description, where the text says they did not go. A town before
    it was kept already (as fine as the anchor); a country or a province before it is coarser
    than the relative place, which stays its finer end ("into Yemen, 20 km west of Marib")."""
    relation = mention.get("relation") or {}
    return relation.get("type") == "direction" and before.get("lat") is not None \
        and _spec(before) <= 2 and _APPOSED_BEARING.fullmatch(gap) is not None


_PATTERNS.save()
