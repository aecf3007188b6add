"""A place located by the road it lies on, in an apposition: "reached Ajdabiya, on the road to
Benghazi", "took up positions at Abu Grein, on the coastal highway towards Misrata". The road
says where the place named before it lies (GUIDELINES: a route described as geography is no
movement); the town the road leads to is no end of the movement, as the place a distance is
measured from is none (read.distance_apposition).

why: "a convoy drove out of Sirte and reached Ajdabiya, on the road to Benghazi" read a second
movement from Sirte to Benghazi, and with the town reached unknown to the gazetteer the town
the road leads to was the destination (read104's live blog). And with what the place is told between them ("reached Cinkasse, a
crossing point on the main highway to X": the lead's probes of session 44).

Only after a name (a capitalised word after a word in lower case: "reached Abu Grein,"), so that
"The convoy, on the road to X, was stopped" still tells where the convoy was going."""

from __future__ import annotations

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-road-apposition")

# a name, a comma and "on the (main) road to" right before the place: the window's end is the
# place's start
_ROAD_APPOSED = _PATTERNS.compile(
    r"(?<=[a-z] )(?:[A-Z][\w'’-]*\s){0,2}[A-Z][\w'’-]*,\s+"
    # (or what the place is, before the road: "Cinkassé, a crossing point on the main highway to
    # X", "Kousseri, a town on the road to Y"; lower-case words only, s44 lead)
    r"(?:(?:a|an|the|its)\s+(?:(?-i:[a-z])[\w'’-]*\s+){1,3}?)?"
    r"(?:(?:just|right|some|about)\s+)?(?:on|along|off|astride)\s+"
    r"the\s+(?:[\w'’-]+\s+){0,2}?(?:road|highway|motorway|expressway|route)\s+(?:to|towards?)\s+(?:the\s+)?$")
# how far before the place the name and its comma may stand
_WINDOW = 120


def located_on_road(text: str, start: int) -> bool:
    """Does "<Name>, on the road to" end right before the place at ``start``: the road the place
    named before it lies on, no end of the movement?"""
    if text.find("road", max(0, start - 30), start) < 0 and text.find("way", max(0, start - 30), start) < 0 \
            and text.find("route", max(0, start - 30), start) < 0:
        return False  # (most places have no road before them: the window is not searched)
    return _ROAD_APPOSED.search(text, max(0, start - _WINDOW), start) is not None


_PATTERNS.save()
