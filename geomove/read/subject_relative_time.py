"""A time told inside a relative clause of the subject, before the main verb: "A unit of the
Arakan Army that had seized Paletwa last year moved north to Kyauktaw on Sunday", "Russian troops
that had been in Niger since last year were flown out of Niamey on Thursday". The time dates what
the relative clause says of the force (what it took, where it was), not the main verb's move,
as a year inside a comma-set aside already did not (status.past_year, lexicon _ASIDE).

Only a relative pronoun with no comma before it ("who", "which", or "that" after a noun, not after a verb of saying:
"officials said that last year troops moved to X" is that move's time) between the clause's
start and the time, and the main verb after the time.

why: the move was read as background, dated last year (probe of my own, read80).

A past year told there is the relative's as well (:func:`year_of_the_clause`): "The fighters who
seized Kidal in 2012 returned to Gao on Monday" was background, the whole report of the return
dropped (session 56, read158; golden s56-read158-relative-year-*, sentences of my own)."""

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


def year_of_the_clause(text: str, s: int, own: str, verb_at: int, years: re.Pattern) -> re.Match | None:
    """The first past year of ``years`` found in ``own`` (the clause's words from ``s``, asides
    blanked out) that is not told inside a relative clause of the subject before the main verb at
    ``verb_at``: "Nepali soldiers who served in Naqoura in 2019 were flown to Kathmandu" has none
    (the year dates the service, as "last year" there does: :func:`in_subject_relative`); "...
    returned to Gao in 2012" keeps the main clause's own year.

    why: status.past_year took any year before or after the verb for the move's, and read the
    return of the fighters "who seized Kidal in 2012" as background (session 55's Left)."""
    for year in years.finditer(own):
        at = s + year.start()
        if at < verb_at and text.startswith(year.group(0), at) and in_subject_relative(text, s, at, verb_at):
            continue  # (where ``own`` is the text's own words at that offset, the relative's year)
        return year
    return None


# the main verb after a relative clause of the subject, told with its auxiliary: "Troops who were
# rotated out of X in October | have been sent to Y", "... | were flown to Y" (not after "and"
# or a comma: "who left X in May and moved to Y" is the relative clause going on)
_AUXILIARY_BEFORE = _PATTERNS.compile(r"\b(?:have|has|had|were|was|are|is)\s+(?:(?:now|since|also|already|then|\w+ly)\s+)?"
                                      r"(?:been\s+)?(?:\w+ly\s+)?$", re.I)
_JOINED = _PATTERNS.compile(r",|\band\b|\bor\b|\bthen\b", re.I)


def dates_of_the_relative(text: str, s: int, dates: list, anchor: int, later_verbs: list[int]) -> list:
    """``dates`` without those inside a relative clause of the subject whose verb is the clause's
    own trigger (at ``anchor``), when a main verb of moving told with its auxiliary comes after
    them (one of ``later_verbs``, the offsets of the clause's later verbs of moving): "Troops who
    were rotated out of Gao in October have been sent to Kidal". October dates the rotation out
    of Gao, not the sending to Kidal (the clause's one movement runs from Gao to Kidal, and is
    dated by its main verb, here by none).

    why: the route was dated October 2025 (probe of my own, read82); in_subject_relative reads
    the same when the main verb is the clause's trigger, this when the relative's verb is."""
    kept = []
    for d in dates:
        verb = next((v for v in later_verbs if v > d.end and v > anchor
                     and _AUXILIARY_BEFORE.search(text, max(d.end, v - 30), v)
                     and not _JOINED.search(text, d.end, v)), None)
        if verb is not None and anchor < d.start and in_subject_relative(text, s, anchor, verb):
            continue
        kept.append(d)
    return kept


_PATTERNS.save()
