"""A part of a group told before, as the subject after a comma: "some 3,200 newly displaced
people in Macomia and Meluco districts, most of them moving towards Pemba and Montepuez". "Most
of them" names no one itself; "them" is the group the clause before it named, here civilians.

Without this the participle's places were read as the destinations of a movement of no actor
(GUIDELINES: a movement is of armed forces; displaced people are none). The group is the words
of the clause before the comma: civilians named there and no force (lexicon._CIVILIAN, _MOVER)
make the part of them no force either (clauses._Reader.fragment asks ``part_of_civilians``)."""

from __future__ import annotations

import re

from .lexicon import _CIVILIAN, _MOVER, _MOVER_GATE
from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-partitive-them")

# "most of them", "many of whom", "some 2,000 of them", "the rest of them" (after the "and" or
# "but" of a clause cut there: "..., and 500 of them moved to Y", read.partitive_count.PART_OPENS)
_PART_OF_THEM = _PATTERNS.compile(r"\s*(?:(?:and|but)\s+)?(?:most|many|some|all|several|half|part|the\s+rest|a\s+few|few|"
                                  r"(?:some\s+|about\s+)?[0-9][0-9,]*|hundreds|thousands|dozens)\s+of\s+(?:them|whom)\s*", re.I)
# how far back the group's words are looked for (the clause before the comma)
GROUP_CHARS = 120


def part_of_civilians(text: str, subject_start: int, subject: str) -> str | None:
    """The why when ``subject`` (at ``subject_start``) is a part "of them" of civilians named
    just before it with no force beside them; None otherwise."""
    if not _PART_OF_THEM.fullmatch(subject):
        return None
    group = text[max(0, subject_start - GROUP_CHARS):subject_start]
    group = re.split(r"[.;:!?]\s", group)[-1]  # (the same sentence only)
    if _CIVILIAN.search(group) and not _MOVER_GATE.search(group):
        return f"'{subject.strip()}' are part of the civilians named before it: no force moved"
    return None


_PATTERNS.save()
