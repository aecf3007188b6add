"""A time told inside a relative clause of the subject, before the main verb: "A unit of the
Arakan Army that had seized Paletwa last year moved north to Kyauktaw on Sunday", "Russian troops
that had been in Niger since last year were flown out of Niamey on Thursday". The time dates what
the relative clause says of the force (what it took, where it was), not the main verb's move,
as a year inside a comma-set aside already did not (status.past_year, lexicon _ASIDE).

Only a relative pronoun with no comma before it ("who", "which", or "that" after a noun, not after a verb of saying:
"officials said that last year troops moved to X" is that move's time) between the clause's
start and the time, and the main verb after the time.

why: the move was read as background, dated last year (probe of my own, read80)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-subject-relative-time")

# a relative pronoun that opens a clause about the noun before it, with no comma before it: a
# clause that tells which force it is ("troops that had been in X"); one set off by commas may be
# the move's own ("The deployment, which began on Monday, brought ...", r41) and is read apart
# (lexicon _ASIDE)
# (the pronoun is the relative clause's subject: a verb or an auxiliary right after it; "that" before
# a subject of its own opens what was told: "informs the public that on 17 November the garrison
# was reinforced", unseen38)
_RELATIVE = _PATTERNS.compile(r"(?<!,)(?<!,\s)\b(?:who|which|that)\s+(?:\w+ly\s+)?(?=(?:had|has|have|was|were|is|are|did|"
                              r"\w+ed|took|fought|held|left|came|went|ran|drove|flew|overran|seized|won|lost|led)\b)", re.I)
# "that" after a verb or noun of saying, knowing or showing opens what was said: no relative clause
_SAID_THAT = _PATTERNS.compile(r"\b(?:said|says|say|told|tell|tells|reported|reports?|announced|added|confirmed|stated|"
                               r"claimed|claims?|denied|denies|deny|noted|believed?|believes|knows?|knew|clear|showed|shows?|"
                               r"means|meant|so|such|now|warned|insisted|suggested?|indicated?|alleged|allegations?|"
                               r"rumou?rs?|news|fact|sign|evidence|word)\s+$", re.I)
# no clause break between the pronoun and the time: the same relative clause
_BREAK = _PATTERNS.compile(r"[;:]|,\s", re.I)


def in_subject_relative(text: str, s: int, at: int, verb_at: int) -> bool:
    """Does the time at ``at`` stand inside a relative clause of the subject that opens after
    ``s``, the main verb at ``verb_at`` after it?"""
    if at >= verb_at:
        return False
    for m in _RELATIVE.finditer(text, s, at):
        if m.group(0).lower() == "that" and _SAID_THAT.search(text, max(s, m.start() - 24), m.start()):
            continue
        if _BREAK.search(text, m.end(), at) is None:
            return True
    return False


_PATTERNS.save()
