"""A plural noun that refers back to the places of a list told before: "RSF forces withdrew from
Um Rawaba and Er Rahad towards Bara. On 3 March, SAF units entered both towns", "... left Jilib
and Bu'aale. Government troops entered the two towns on Tuesday". Each place of that list is an
end of the verb, as "entered Um Rawaba and Er Rahad" would make it (GUIDELINES: lists are
distributed, one movement per place).

why: "the town" alone was read back to a place, but "both towns" to none, and the clause had no
place: the entry into the two towns was lost (probe reports of my own, Sudan and Somalia)."""

from __future__ import annotations

import bisect
import re

from ..regex_cache import CompiledPatterns
from .gates import Gate

_PATTERNS = CompiledPatterns("read-plural-anaphor")

# the plural after the verb or its cue: "both towns", "both the towns", "the two towns", "the three villages"
# ... or a bare plural of towns: "entered the towns", "the villages" (any list of two or more, read85)
_PLURAL = _PATTERNS.compile(r"\s+(?:(?P<both>both)\s+(?:the\s+|these\s+|those\s+)?|(?:the|these|those)\s+(?P<n>two|three)\s+"
                            r"|(?P<bare>the|these|those)\s+(?=(?:towns|cities|villages)\b))"
                            r"(?:towns|cities|villages|bases|localities|settlements|camps)\b(?!\s+of\b)", re.I)
# what joins two members of a list of places: "A and B", "A, B and C", "A, B, and C"
_LIST_JOINT = _PATTERNS.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+(?:towns?|city|cities|villages?)\s+of\s+)?", re.I)
_NUMBER = {"two": 2, "three": 3}
# (a clause with none of the words is not read further: most have none)
# (a Gate: the pattern, a case-blind alternation opening with "\b", was tried at every character
# of each clause read to its roles, twice; most clauses hold none of its nouns, speed60)
PLURAL_GATE = Gate(_PATTERNS.compile(r"\b(?:both|two|three)\s+(?:the\s+|these\s+|those\s+)?(?:towns|cities|villages|bases|localities|settlements|camps)\b"
                                     r"|\b(?:the|these|those)\s+(?:towns|cities|villages)\b", re.I),
                   ("towns", "cities", "villages", "bases", "localities", "settlements", "camps"))

# how far back (characters) the list may be told
LIST_BEFORE_CHARS = 400


def plural_referent(text: str, at: int, e: int) -> tuple[int, int] | None:
    """(how many places, where the plural ends) for "both towns" / "the two towns" right at
    ``at``, else None; 0 places for a bare plural ("the towns"): a list of any length."""
    m = _PLURAL.match(text, at, e)
    if m is None:
        return None
    if m.group("bare"):
        return 0, m.end()
    return (2 if m.group("both") else _NUMBER[m.group("n").lower()]), m.end()


def ends_in_order(places: list[dict]) -> list[int] | None:
    """The ends of ``places`` when they come in the order of their ends (the reader's places,
    in text order and apart, do), else None: listed_before's index, made once a text."""
    ends = [m["end"] for m in places]
    return ends if all(a <= b for a, b in zip(ends, ends[1:])) else None


def listed_before(text: str, places: list[dict], before: int, n: int, ends: list[int] | None = None) -> list[dict] | None:
    """The last list of exactly ``n`` places (of two or more for ``n`` 0: "the towns") (in ``places``, by offset) told before ``before``
    and within LIST_BEFORE_CHARS of it, else None (a place told alone after the list, "withdrew
    from A and B towards C", does not hide it). ``ends``: ``ends_in_order(places)``, when not
    None the places ending in that window are found by bisection (a walk of every place per ask
    grew with a long text, speed142), the same places in the same order."""
    if ends is not None:
        prior = places[bisect.bisect_left(ends, before - LIST_BEFORE_CHARS):bisect.bisect_right(ends, before)]
    else:
        prior = [m for m in places if m["end"] <= before and before - m["end"] <= LIST_BEFORE_CHARS]
    runs: list[list[dict]] = []
    for m in prior:  # (the lists told, in order: "from A and B towards C" is [A, B], [C])
        if runs and _LIST_JOINT.fullmatch(text, runs[-1][-1]["end"], m["start"]) is not None:
            runs[-1].append(m)
        else:
            runs.append([m])
    return next((run for run in reversed(runs) if len(run) == n or (n == 0 and len(run) >= 2)), None)


_PATTERNS.save()
