"""Words that leave only the size or the manner of a movement unclear: "It is not clear how many
Rwandan soldiers entered Goma", "it was not known exactly how many troops crossed". The
movement itself is told as having happened; "not" there negates the knowledge of its extent,
not the movement (GUIDELINES: a reported movement with an unknown count).

What moved is the words after "how many" ("Rwandan soldiers"). Only "not clear / known /
certain / immediately clear" (or "unclear", for what moved) followed by "how many",
"how much", "how large" or "exactly how"; "it is not clear whether troops entered Goma" stays a
question left open.

why: the clause was read as negated and the movement left out (probe of my own). The status
side (the "not" that negates no movement) is read.unclear_detail's, which session 22 wrote for
the same construction at the same time; this module keeps what moved."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-unclear-extent")


# the words of an unclear extent that open a subject: "It is not clear how many (Rwandan soldiers)"
_EXTENT_OPENING = _PATTERNS.compile(r"^.{0,30}?\b(?:not\s+(?:(?:yet|immediately|entirely|exactly)\s+)?(?:clear|known|certain|confirmed)|unclear)\s+"
                                    r"(?:exactly\s+)?how\s+(?:many|much)\s+", re.I)


def what_after_unclear_extent(told: str) -> str:
    """The words of what moved after an opening of unclear extent ("It is not clear how many
    Rwandan soldiers" -> "Rwandan soldiers"); ``told`` as it was when there is none."""
    m = _EXTENT_OPENING.match(told)
    return told[m.end():] if m and told[m.end():].strip() else told


_PATTERNS.save()
