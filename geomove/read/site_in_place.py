"""A site the gazetteer does not hold, named as the object of a verb whose object is its
place and located by a place it does hold: "About 30 armoured personnel carriers left Fuerte
Tiuna in Caracas on Saturday" -- Fuerte Tiuna is where they left from (a base in Caracas), not
what moved.

GUIDELINES: origin and destination alike are the finest places the report offers; a base
beats its town. The gazetteer has Caracas, not the base; the words "Fuerte Tiuna" still name a
place, the one the verb's object is (lexicon.json object_role: "left X", "entered X", "reached X").

why: the unknown name was read as the verb's object, what moved, and the count's own words
("About 30 armoured personnel carriers") were lost."""

from __future__ import annotations

import re

from .kept import recompile as _recompile

# capitalised words, then "in"/"near"/"outside" and the place that locates them
_SITE_IN = r"(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,3}\s+(?:in|near|outside)\s+(?:the\s+)?"


# a site told by a common noun after an article or a possessive, then the place that locates
# it: "Russian border guards left the checkpoint at Agarak" left from Agarak; the checkpoint is
# where they were, not what moved (the verb's object is its place, as with a name; read46)
_NOUN_SITE_IN = (r"(?P<np>(?:the|its|their|a|an)\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)"
                 r"\s+(?:at|in|near|outside)\s+(?:the\s+)?")


def site_located_by_place(text: str, at: int, places: list, mover=lambda np: False) -> bool:
    """Does the object at ``at`` name a site by capitalised words (or by a common noun that
    ``mover`` does not call a force) followed by "in"/"near" and a place mention (``places``:
    the mentions, with "start" and "role")?"""
    m = _recompile(_SITE_IN).match(text, at)
    if m is None:
        # (or by a common noun: "left the checkpoint at Agarak", "reached the post near X")
        m = _recompile(_NOUN_SITE_IN, re.I).match(text, at)
        if m is not None and mover(m.group("np")):
            return False  # ("reinforced the troops in X": a force, no site)
    return m is not None and any(p["start"] == m.end() and p.get("role") == "place" for p in places)
