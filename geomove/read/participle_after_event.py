"""A participle describing the subject, dated by an earlier event: "Troops deployed to Gao after
the coup are leaving for Kidal", "Soldiers sent to Menaka after last year's attacks are now
pulling out towards Ansongo", "Chadian troops deployed to the border following the fall of El
Geneina were moved to Abeche on Wednesday".

The participle (cut from the main clause by read.reduced_relative) says which troops these are --
the ones that went there after the coup -- by a move told as backstory: its time is another,
earlier event, named by a noun ("the coup", "last year's attacks", "the fall of X"), not a day of
this report. The news is the main clause's move; the participle's is background, as a
participle dated "last year" or "in 2023" already is (status.past_year).

why: the participle's move was read as reported (? -> Gao), beside the main clause's
Gao -> Kidal; with "after last year's attacks" it was even dated 2025 and still reported.

A recent event keeps the move reported: "Soldiers airlifted to Gao after Sunday's attack were
then sent on to Kidal" (a day of the week, "this week", "yesterday" before the event's noun),
as does a time clause with a verb of its own ("after Kosovo police took control of it": no noun
of an event right after the word of time; clauses._attributive reads those)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import SENT_PARTICIPLES, _DATA

_PATTERNS = CompiledPatterns("read-participle-after-event")

_WORDS = _DATA["participle_after_event"]
# the clause opening with its subject (one to six words, no auxiliary nor relative word, as
# read.reduced_relative's) and a past participle of sending or deploying right after it
# (lexicon.json sent_participles: "Troops bussed to Gao after the coup" was reported, s32-tidy50-*)
_SUBJECT_THEN_PARTICIPLE = _PATTERNS.compile(
    r"\s*(?:[-–—*•]\s+)?(?:(?!(?:is|are|was|were|be|been|being|has|have|had|will|would|who|which|that|to|and|or|but)\b)"
    r"[\w'’().-]+\s+){1,6}(?:" + "|".join(SENT_PARTICIPLES) + r")\s", re.I)
# the word of time and the event's noun after it, with up to three words between (an article, a
# possessive of time, an adjective: "after the military coup", "following last year's attacks")
_AFTER_EVENT = _PATTERNS.compile(
    r"\b(?:" + _WORDS["time_words"] + r")\s+(?P<between>(?:[\w'’-]+\s+){0,3}?)(?:" + _WORDS["events"] + r")\b", re.I)
# a recent time in those words: the event is this report's news, and so may the move be
_RECENT = _PATTERNS.compile(_WORDS["recent"], re.I)
# the main clause right after the cut: a word in lower case (an auxiliary or a finite verb),
# not the end of the sentence nor a comma (a headline "Troops deployed to Gao after the coup"
# tells the move itself)
_MAIN_CLAUSE_AFTER = _PATTERNS.compile(r"\s*(?!(?:and|or|but)\b)[a-z]")


def participle_after_event(text: str, s: int, verb: re.Match, e: int) -> re.Match | None:
    """The words dating the participle ``verb`` of the clause [s, e) by an earlier event
    ("after the coup"), when the clause is a subject and its describing participle cut from the
    main clause that follows it at ``e``; None otherwise."""
    if not _MAIN_CLAUSE_AFTER.match(text, e):
        return None
    opening = _SUBJECT_THEN_PARTICIPLE.match(text, s)
    if opening is None or opening.end() != verb.end() + 1:
        return None
    found = _AFTER_EVENT.search(text, verb.end(), e)
    if found is None or _RECENT.search(found.group("between")):
        return None
    return found


_PATTERNS.save()
