"""A formation as the object of "left": "The corvette left the Baltic task group and sailed from
Kiel to Gdynia" tells that the corvette moved; the task group is what it left, not what moved.

Before read59 the sea's name made the object a place ("left the Baltic ...": no object, so the
subject was read); once "the Baltic task group" was no place any more, the words up to the next
place cue ("the Baltic task group and sailed") were read as what moved.

The formation words are data (formation_left.json); a formation left is never the mover, and
"and <verb>" after it opens the mover's next verb, so it is no part of any object either.
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data

_PATTERNS = CompiledPatterns("read-formation-left")
_DATA = read_data("formation_left.json")["formation_left"]
_LEAVING_VERBS = frozenset(_DATA["verbs"])
# the object: a determiner, up to four words of name ("Baltic", "Standing NATO Maritime"), the
# formation's head noun, then the end or "and" + a verb of the mover's own
_FORMATION_OBJECT = _PATTERNS.compile(
    r"(?:the|a|an|its|their|his|her|our)\s+(?:[\w'-]+\s+){0,4}?(?:" + "|".join(_DATA["heads"]) + r")"
    r"(?:\s+(?:and|,)\s*(?:then\s+)?[a-z]+ed)?\s*,?", re.I)


def formation_left(verb_stem: str | None, obj: str) -> bool:
    """Is ``obj`` (the words after the trigger verb) a formation the subject left ("left the
    Baltic task group and sailed")? Then the subject moved, not the object.

    why: what moved was read as "the Baltic task group and sailed"."""
    return verb_stem in _LEAVING_VERBS and _FORMATION_OBJECT.fullmatch(obj.strip()) is not None


_PATTERNS.save()
