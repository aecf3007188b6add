"""Where a force crossed a river: "Russian troops crossed the Dnipro near Krynky", "elements of
the 20th Division crossed the Oskil River near Dvorichna".

The river is the verb's object, a place passed (lexicon object_role: "cross" -> via); the place
told "near" right after it says where the crossing was made, the farthest point the text gives,
so it is where the force went (GUIDELINES: a relative place is scored against its anchor; places
passed on the way are via). Before, "near" after the river was no cue, the movement had only a
via and nothing was read. Only after a verb of crossing whose object is a waterway the index
knows (its kind), "the" before it and its own "River"/"Canal" word at most beside it.
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-crossed-near")
_BEFORE_WATERWAY = _PATTERNS.compile(r"\s+(?:the\s+)?", re.I)
_AFTER_WATERWAY = _PATTERNS.compile(r"(?:\s+(?:river|canal))?\s+", re.I)
_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)

# the kinds of place one crosses by water (gazetteer kinds)
WATERWAY_KINDS = frozenset({"river", "canal"})


def crossed_waterway_near(text: str, mention: dict, verb_stem: str | None, verb_end: int,
                          between: list[dict]) -> bool:
    """Is ``mention`` a place told "near X" right after the waterway that a verb of crossing
    (``verb_stem``, ending at ``verb_end``) has as its object (``between``: the places between
    the verb and the mention)?"""
    phrase = mention.get("phrase")
    if verb_stem != "cross" or not phrase or (mention.get("relation") or {}).get("type") != "near":
        return False
    if len(between) != 1 or between[0].get("kind") not in WATERWAY_KINDS:
        return False
    river = between[0]
    return _BEFORE_WATERWAY.fullmatch(text, verb_end, river["start"]) is not None \
        and _AFTER_WATERWAY.fullmatch(text, river["end"], phrase["start"]) is not None
