"""A place on a way the movement did not take: "moved from Kramatorsk to Sloviansk, avoiding the
main road through Mykolaivka", "drove from Juba to Nimule instead of going through Torit",
"rather than via Torit". The cue of passing ("through", "via") governs the place, but the words
before it say the way was not taken: no place passed.

why: the task of read57 (what is not a via); "through X" after "avoiding the road" or "instead
of going" was read as a place passed. Only the cue right after such words, in the same phrase
(no clause break between): "avoided Torit and drove through Kapoeta" keeps Kapoeta."""

from __future__ import annotations

import re

from .kept import recompile as _recompile
from .weights import WAY_NOT_TAKEN_CHARS

# the words that set a way aside, then at most a few words of the way itself before the cue:
# "avoiding the main road ", "instead of going ", "rather than ", "bypassing the road "
_NOT_TAKEN = _recompile(r"\b(?:avoid(?:ing|ed|s)?|instead\s+of|rather\s+than|bypass(?:ing|ed)?|steer(?:ing|ed)\s+clear\s+of|"
                        r"not\s+(?:going|driving|travelling|traveling|passing|sailing|flying))"
                        r"(?:\s+(?:the|a|an|its|their|usual|main|direct|shorter|coastal|old|new|going|driving|travelling|"
                        r"traveling|passing|sailing|flying|route|road|highway|way|path|crossing|\w+-\w+)){0,4}\s*$", re.I)


def way_not_taken(text: str, cue_at: int) -> bool:
    """Do the words right before the cue at ``cue_at`` ("through", "via") set its way aside
    ("avoiding the main road through X", "instead of going through X")?"""
    return _NOT_TAKEN.search(text, max(0, cue_at - WAY_NOT_TAKEN_CHARS), cue_at) is not None
