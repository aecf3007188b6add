"""A sum of moves told in the perfect with "since" after an earlier event: "Hundreds of French
soldiers and dozens of armoured vehicles have since been moved out of the country", "several
hundred had already returned to France since the first departures in October".

GUIDELINES: habitual or aggregate statements are not movements. The perfect over months
(lexicon.json perfect_over_months) asks for a named span ("since January", "this year"); here the
span is told by "since" alone, as an adverb ("have since been moved") or before an earlier event
("since the first departures"), and the mover is a vague many ("hundreds of", "several
hundred"), which makes it a sum. Before, such a sentence was read as a movement of its own, or
lent its places to the movement told before it ("France handed over its base in Faya-Largeau ...
Hundreds ... have since been moved ... to the port of Douala" read Faya-Largeau -> Douala).

"The company has since moved to Bunia" names one unit: it stays reported. Words are data
(lexicon.json perfect_since)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _DATA

_PATTERNS = CompiledPatterns("read-perfect-since")  # (kept compiled code, as read/lexicon.py's)
_WORDS = _DATA["perfect_since"]
_PERFECT = _PATTERNS.compile(_WORDS["perfect"], re.I)
_SINCE_AT_VERB = _PATTERNS.compile(_WORDS["since_at_verb"], re.I)
_SINCE_AFTER = _PATTERNS.compile(_WORDS["since_after"], re.I)
_MANY = _PATTERNS.compile(_WORDS["many"], re.I)


def summed_since(text: str, s: int, verb_start: int, verb_end: int, e: int) -> re.Match | None:
    """The vague many of a perfect told "since" (an aggregate), for the verb at
    ``verb_start:verb_end`` of the sentence ``s:e``; None when the sentence tells one move."""
    at_verb = text[max(s, verb_start - 40):verb_start]
    if not _PERFECT.search(at_verb):
        return None
    if not (_SINCE_AT_VERB.search(at_verb) or _SINCE_AFTER.match(text, verb_end, e)):
        return None
    return _MANY.search(text, s, verb_start)




# "since then" in the clause: a span counted from the time told before it
_SINCE_THEN = _PATTERNS.compile(r"\bsince\s+then\b", re.I)
# a total counted in the sentence: "more than 11,000 soldiers", "some 3,000 troops"
_TOTAL = _PATTERNS.compile(r"(?<![\w,.])[0-9][0-9,]*\b(?!\s*(?:km|kilomet|mile|%|per\s*cent))", re.I)
# how long before publication the time told before must end for "since then" to span months
SINCE_THEN_MONTHS_DAYS = 28


def since_then_over_months(text: str, s: int, e: int, dates, published) -> re.Match | None:
    """"since then" in the sentence [s, e), told in the perfect, after a date (the last one told
    before the sentence, in its paragraph) that ended a month or more before publication: "Fighting
    began in September 2024. The army has sent more than 11,000 soldiers to Sinaloa since then" is
    a sum over months, as "since September 2024" is (status: perfect_over_months).

    why: the sum was read as one movement of this week, undated (read81). After "on Monday",
    "since then" spans days: one deployment told as it goes on, reported as before. Only a
    total told by a number or a vague many is a sum: "Since then, small teams have been sent to
    X" tells deployments of their own (a hand count, unseen35/g_africa_corps)."""
    m = _SINCE_THEN.search(text, s, e)
    if m is None or published is None or not (_TOTAL.search(text, s, e) or _MANY.search(text, s, e)):
        return None  # (a total told: "more than 11,000 soldiers"; not "small teams have been sent")
    para = text.rfind("\n", 0, s)
    told = [d for d in dates if para < d.start and d.end <= s]
    if not told:
        return None
    return m if (published - told[-1].date_end).days >= SINCE_THEN_MONTHS_DAYS else None


_PATTERNS.save()  # (after the last pattern: one compiled after the save was parsed anew in every process, speed58)
