"""A site the gazetteer does not hold, named as the object of a verb whose object is its
place and located by a place it does hold: "About 30 armoured personnel carriers left Fuerte
Tiuna in Caracas on Saturday" -- Fuerte Tiuna is where they left from (a base in Caracas), not
what moved.

GUIDELINES: the origin and destination are the most specific places the text gives; a base
beats its town. The gazetteer has Caracas, not the base; the words "Fuerte Tiuna" still name a
place, the one the verb's object is (lexicon.json object_role: "left X", "entered X", "reached X").

why: the unknown name was read as the verb's object, what moved, and the count's own words
("About 30 armoured personnel carriers") were lost."""

from __future__ import annotations

from .kept import recompile as _recompile

# capitalised words, then "in"/"near"/"outside" and the place that locates them
_SITE_IN = r"(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,3}\s+(?:in|near|outside)\s+(?:the\s+)?"


def site_located_by_place(text: str, at: int, places: list) -> bool:
    """Does the object at ``at`` name a site by capitalised words followed by "in"/"near" and a
    place mention (``places``: the mentions, with "start" and "role")?"""
    m = _recompile(_SITE_IN).match(text, at)
    return m is not None and any(p["start"] == m.end() and p.get("role") == "place" for p in places)
