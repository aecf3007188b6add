"""A distance told as the length of a route, not as a place: "the servicemen completed a march
of 300 km from Pechenga to the Kandalaksha training ground", "the column covered 450 kilometres
from A to B". The mention finder reads "300 km from Pechenga" as a place 300 km away from
Pechenga (as in "a village 30 km from X"); with a verb or noun of going before it and "to" and a
name right after it, the distance measures the way from the first place to the second, which is
where the force set out (GUIDELINES: the origin is the finest place the report offers for
where the movement began).

why: the relative place had its "from" inside its phrase, so no cue made it the origin, and the
march of a motorised rifle brigade was read with no origin."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-route-length")

# a verb or noun of going right before the distance: "marched", "a march of", "covered",
# "travelled", "a journey of", "a 300 km march" is no relative place in the first place
_GOING_BEFORE = _PATTERNS.compile(
    r"\b(?:march(?:ed|es)?|road\s+march|covered|covering|covers|travell?ed|travell?ing|drove|driven|driving|flew|flown|"
    r"sailed|moved|advanced|trekked|walked|journey|trip|transfer|redeployment|relocation|movement)"
    r"(?:\s+(?:of|some|about|around|nearly|over|more\s+than|almost))*\s+$", re.I)
# the far end right after the place: "to B", "to the B training ground", "as far as B"
_TO_AFTER = _PATTERNS.compile(r"\s*(?:,\s*)?(?:to|into|as\s+far\s+as|towards?)\s+(?:the\s+)?(?:(?-i:[a-z]{1,3})-)?(?-i:[A-Z])", re.I)
# a phrase that measures: "300 km from", "450 kilometres from", "120 miles from"
_MEASURED_FROM = _PATTERNS.compile(r"[0-9][0-9,.]*\s*(?:-\s*)?(?:km|kilomet(?:re|er)s?|miles?)\s+from\s+", re.I)


def route_length_origin(text: str, mention: dict) -> dict:
    """``mention`` as its anchor place with no relation, when its phrase "N km from X" is the
    length of a way told from X to a place after it ("a march of 300 km from X to Y"); the
    mention itself otherwise."""
    phrase, anchor = mention.get("phrase"), mention.get("anchor")
    if not phrase or not anchor or (mention.get("relation") or {}).get("distance_km") is None:
        return mention
    start = phrase["start"]
    if not _MEASURED_FROM.match(text, start) or not _TO_AFTER.match(text, mention["end"]) \
            or not _GOING_BEFORE.search(text, max(0, start - 40), start):
        return mention
    out = {k: v for k, v in mention.items() if k not in ("phrase", "relation", "anchor")}
    out.update(anchor)
    return out


# an object that is only a distance: "marched 120 km (from A to B)", "drove some 300 kilometres"
# (and in words: "advanced some three kilometres", "drove about forty miles", "several km"; read46)
_NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
                r"fifty|sixty|seventy|eighty|ninety|hundred|a\s+hundred|several|a\s+few|a\s+couple\s+of|"
                r"(?:dozens|tens|hundreds)\s+of)")
_DISTANCE_ONLY = _PATTERNS.compile(r"(?:(?:some|about|around|nearly|over|more\s+than|almost|another|a\s+further)\s+)?"
                                   r"(?:[0-9][0-9,.]*|" + _NUMBER_WORD + r"(?:[\s-]+" + _NUMBER_WORD + r")*)"
                                   r"\s*(?:-\s*)?(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s)", re.I)


def distance_only(obj: str) -> bool:
    """Is the object read after a verb of going only the way's length ("marched 120 km")? It
    names nothing that moved.

    why: "A battalion marched 120 km from A to B" read "120 km" as what moved (and "advanced 300
    metres towards X" "300 metres": a short way, told in metres, read68's probe)."""
    return _DISTANCE_ONLY.fullmatch(obj.strip()) is not None


_PATTERNS.save()
