"""The wider operation a move is told as part of: "MONUSCO handed over its camp in Kamanyola to
the national police, as part of the phased disengagement from South Kivu". The place after the
noun of that operation ("from South Kivu") is where the operation is, not an end of the verb,
when the clause has already told its end by a name ("in Kamanyola").

why: with the name told first unknown to the gazetteer, the frame's "from South Kivu" was the only
place with a cue, and stood in for the camp as the origin (GUIDELINES: the origin is the finest
place the report offers for where the movement began; the province is no finer reading of
a town it cannot place). A known name wins anyway (it is finer), so this changes only such
clauses. With no end told before it ("withdrew its troops as part of the disengagement from
South Kivu"), the frame's place stays the origin. Words are data (lexicon.json part_of_frame)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _DATA

_PATTERNS = CompiledPatterns("read-part-of-frame")  # (kept compiled code, as read/lexicon.py's)
_WORDS = _DATA["part_of_frame"]
_FRAME = _PATTERNS.compile(_WORDS["frame"], re.I)
_END_TOLD = _PATTERNS.compile(_WORDS["end_told"], re.I)


def in_frame_after_end(text: str, place_start: int, verb_end: int) -> str | None:
    """The frame's words when the place at ``place_start`` follows "as part of the <operation>
    from" and an end was told by a name between the verb (ending at ``verb_end``) and the frame;
    None otherwise."""
    if place_start <= verb_end:
        return None
    frame = _FRAME.search(text, max(verb_end, place_start - 120), place_start)
    if frame is None or frame.end() != place_start:
        return None
    if not _END_TOLD.search(text, verb_end, frame.start()):
        return None
    return " ".join(frame.group(0).strip(" ,").split())


_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)
