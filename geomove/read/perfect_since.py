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


_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)
