"""A deployment told in the pluperfect inside reported speech, with where it went: "The
government said that a company of soldiers had been deployed from A to B on Tuesday" is the
speaker's "were deployed from A to B on Tuesday", put one tense back after "said".

GUIDELINES: deployment is movement; presence of long standing is no movement ("have been deployed
there since 2019"). "had been deployed" alone is read as presence (lexicon._BACKGROUND), as it
mostly is ("troops who had been deployed in X"); told after a verb of saying and followed by the
place it went to or came from ("to B", "from A", "into K", "to the coastal province of E"), with no span of presence ("since",
"for years"), it tells the move itself.

why: such a sentence was read as background (a pluperfect of presence) and the movement was
lost. The verb of saying may govern a second "that" clause joined by "and": "The mission said
that 200 soldiers had arrived in A, and that a company had been deployed from B to C" (read92:
the second deployment was background, its clause starting after "and that")."""

from __future__ import annotations

import re

from ..dates import WEEKDAY_NAMES
from .kept import recompile as _recompile

_SAID_BEFORE = r"\b(?:said|says|told|announced|stated|reported|added|confirmed|according\s+to)\b"
# the place the deployment went to or came from, right after the verb (a few words between at most);
# the name may follow a descriptor of its kind ("to the coastal province of Esmeraldas", "to the
# border city of Tumbes": read61), lower-case words only, so "to the area" stays presence
_DIRECTED_AFTER = r"\s+(?:[\w-]+\s+){0,3}?(?:to|into|towards?|from)\s+(?:the\s+(?:[a-z-]+\s+){0,3}?(?:of\s+)?)?[A-Z]"
# a second clause of reported speech, joined to the first by "and that" (its verb of saying is
# before the first "that", in the same sentence)
_AND_THAT_BEFORE = r"(?:,\s*|\s+)and\s+that\s+$"
# how far back the verb of saying of a joined "that" clause is looked for, to the sentence's end
_SPEECH_REACH = 300
_SENTENCE_END = r"[.!?]\s+(?=[A-Z\"'“‘])"
# a day the move was done by, in the days the report tells ("by Wednesday", "by Monday night", "by
# the end of the week", "by nightfall"): a year or a month ("by 2015", "by March") is no such day
_DONE_BY_DAY = (r"\bby\s+(?:(?:late\s+|early\s+)?" + WEEKDAY_NAMES + r"(?:\s+(?:morning|afternoon|evening|night))?"
                r"|nightfall|dawn|midday|noon|the\s+(?:end\s+of\s+the\s+)?(?:weekend|week)|(?:this|last)\s+weekend)\b")
_PRESENCE_SPAN = r"\b(?:since|for\s+(?:(?:more\s+than|over|about|some|nearly|almost)\s+)?(?:[0-9]+|two|three|four|five|six|several|many|a\s+few)?\s*(?:years?|months?|decades?))\b"


def told_move_in_speech(text: str, m: re.Match, s: int, e: int) -> bool:
    """Is the pluperfect ``m`` ("had been deployed") of the clause [s, e) a move told after a
    verb of saying, with the place it went to or came from right after it, and no span of
    presence in the rest of the clause?"""
    if not m.group(0).lower().startswith("had"):
        return False
    if _recompile(r"\b(?:who|which|that)\s+$", re.I).search(text, max(s, m.start() - 12), m.start()):
        return False  # "soldiers who had been deployed to X were flown to Y": where they were
    if not _recompile(_SAID_BEFORE, re.I).search(text, s, m.start()) and not _said_before_joined_clause(text, s):
        return False
    if not _recompile(_DIRECTED_AFTER).match(text, m.end(), e):
        return False
    return not _recompile(_PRESENCE_SPAN, re.I).search(text, m.end(), e)


def done_by_a_day(text: str, m: re.Match, s: int, e: int) -> bool:
    """Is the pluperfect ``m`` ("had been deployed", "had deployed") of the clause [s, e) a move
    done by a day the report tells ("Up to 4,000 troops had been deployed to B by Wednesday", "By
    Friday the army had deployed 2,000 soldiers to C"), with the place it went to right after it
    and no span of presence? The day is when the move was complete, as "on Wednesday" would
    date it (GUIDELINES: deployment is movement; presence of long standing is no movement).

    why: a report of my own (read113, Kosovo) read 'had been deployed to Novi Pazar by
    Wednesday' as background, while 'had deployed ... to Novi Pazar by Wednesday' with a state
    as subject was reported."""
    if not m.group(0).lower().startswith("had"):
        return False
    if _recompile(r"\b(?:who|which|that)\s+$", re.I).search(text, max(s, m.start() - 12), m.start()):
        return False  # ("soldiers who had been deployed to X by Monday were flown to Y": where they were)
    if not _recompile(_DIRECTED_AFTER).match(text, m.end(), e):
        return False
    if not _recompile(_DONE_BY_DAY, re.I).search(text, s, e):
        return False
    return not _recompile(_PRESENCE_SPAN, re.I).search(text, m.end(), e)


def _said_before_joined_clause(text: str, s: int) -> bool:
    """Does the clause at ``s`` open a second "that" clause ("..., and that a company had been
    deployed") of a verb of saying told earlier in the same sentence ("The mission said that ...")?"""
    joined = _recompile(_AND_THAT_BEFORE, re.I).search(text, max(0, s - 14), s)
    if joined is None:
        return False
    floor = max(0, joined.start() - _SPEECH_REACH)
    start = floor
    for end in _recompile(_SENTENCE_END).finditer(text, floor, joined.start()):
        start = end.end()
    return _recompile(_SAID_BEFORE + r"[^.;]*?\bthat\b", re.I).search(text, start, joined.start()) is not None
