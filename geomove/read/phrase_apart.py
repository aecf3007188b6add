"""A place right after another end, in what reads as the same noun phrase ("from Turkey at the
port of Lagos"), is a finer place of that end only when it can lie in it.

The reader joins a place with no cue of its own to the end before it when the words between
them continue a noun phrase ("from the city of X in Y", "to X at the Y base"): the two are one
end, told coarse then fine or fine then coarse, and the most specific is kept. Two places in
different countries are never one end told twice: "received 20 armoured vehicles from Turkey at
the port of Lagos" names where they came from and, apart, where they were received. Joined,
Lagos was kept as the finer origin and Turkey lost. Nor is the place of who tells the news after a
comma ("arrived from Russia, the ministry in Minsk said"): the speaker's, no end.
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

# (its patterns are built from code an earlier run kept: geomove.regex_cache)
_PATTERNS = CompiledPatterns("read-phrase-apart")


_AT_OR_NEAR = _PATTERNS.compile(r"\s*(?:at|near)\s")
_AREA_NOUN_AT_OR_NEAR = _PATTERNS.compile(r"\s*(?:(?:state|province|region|governorate)\s+)?(?:at|near)\s", re.I)
# (and after the country told before its noun: "to the Kosovo boundary near Jarinje", "the Colombia
# border at X": the border's noun is still the gap's, read84)
_BORDER_AT_OR_NEAR = _PATTERNS.compile(r"\s*(?:(?:border|boundary|frontier|(?:administrative\s+)?(?:boundary\s+)?line)"
                                       r"(?:\s+(?:area|region|zone))?\s+)?(?:at|near)\s", re.I)


def locates_the_border(before: dict, gap: str) -> bool:
    """Is ``before`` a country told as the far side of a border ("to the border with K", "the K
    border", relative.relation_around's border) and the place after it told by "at" or "near"
    ("moved to the border with India near Sialkot", "to the border with Kosovo near the Jarinje
    crossing", "to the Kosovo boundary near Jarinje")? Then the place says where along that line the end is, on either side of it: the
    border is no country entered, so the place is no other country's town nor a crossing passed
    into it (unless a verb of crossing governs the country: the caller asks)."""
    return (before.get("relation") or {}).get("type") == "border" and _BORDER_AT_OR_NEAR.match(gap) is not None


def in_another_country(before: dict, place: dict, gap: str) -> bool:
    """Is ``before`` (the last place of the end told before) a country, and ``place``, told
    after it with "at" ("at the port of", "at the X base") or "near" ("crossed into Syria near
    Kilis": the town locates where they crossed, on the near side), a place of another country?
    Then ``place`` does not continue that end's noun phrase. Only after a country: "waters near a
    shoal" and "the area near the border with K" are one place told by another, wherever each
    lies."""
    a, b = before.get("country"), place.get("country")
    if before.get("kind") == "admin1":
        # (and after a province of a country, its noun of kind between: "crossed into Sudan's West
        # Darfur state near Adre", Adre in Chad: where they crossed, read85)
        return bool(a) and bool(b) and a != b and _AREA_NOUN_AT_OR_NEAR.match(gap) is not None
    return before.get("kind") == "country" and bool(a) and bool(b) and a != b and _AT_OR_NEAR.match(gap) is not None


# a verb of saying right after the place: "the ministry in Minsk said"
# (or its body, after the place's possessive: "near X, South Korea's Joint Chiefs of Staff said",
# "to Y, Kenya's defence ministry told reporters": the state whose body speaks, s42 lead)
_SAYS_AFTER = _PATTERNS.compile(r"(?:['\u2019]s\s+(?:[\w-]+\s+){1,6}?)?\s*(?:(?:has|have|had)\s+)?"
                                r"(?:said|says|told|reported|confirmed|announced|added|stated)\b", re.I)


def speakers_place(text: str, gap: str, place: dict) -> bool:
    """Is ``place``, after a comma that ends the end told before, the place of who says so
    ("from Russia, the ministry in Minsk said", "to Goma, officials in Bukavu told
    reporters")? Then it continues no noun phrase of the movement."""
    return "," in gap and _SAYS_AFTER.match(text, place["end"]) is not None
_PATTERNS.save()
