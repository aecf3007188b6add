"""Words that follow what moved inside its noun phrase but name no part of it: where it was
going, told in passing with no comma ("A Russian convoy bound for Tartus left Hmeimim", "The
army sent a convoy en route to Tartus", "Troops on their way to Kidal reached Anefis"), and a
span of time told after an object ("The army had withdrawn 300 soldiers a week earlier from
Kidal").

``what`` is the words the report names the force by (CONTRACT); the place it was bound for is
read as an end by the cues of places, and the time by the dates, not as part of what moved.
An order and its purpose told after the noun ("Troops ordered by the president to reinforce the
border", read.ordered_relative) are no part of it either.

Set between commas the same words are an aside and were already cut (clauses._SUBJECT_ASIDE);
this is the same reading without the commas.

why: what read "A Russian convoy bound for Tartus", "a convoy en route", "300 soldiers two days
later" (probes of my own, read82)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .gates import Gate
from .ordered_relative import ORDER_TAIL

_PATTERNS = CompiledPatterns("read-what-tail")

# where it was going, said in passing after its noun: the phrase and all after it
_BOUND_TAIL = _PATTERNS.compile(r"\s+(?:(?:reportedly|apparently)\s+)?(?:bound\s+for|en\s+route|"
                                r"on\s+(?:its|their|the)\s+way\s+(?:to|from|back)|"
                                r"(?:headed|heading)\s+(?:for|to|towards?|back))\b.*$", re.I | re.S)

# a span of time counted back or on from the day told, at the end ("a week earlier", "two days
# later", "the day before", "the previous night")
_TIME_TAIL = _PATTERNS.compile(r",?\s+(?:(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|"
                               r"[0-9]{1,3})\s+(?:hours?|days?|nights?|weeks?|months?|years?)|a\s+(?:day|week|month|year)\s+or\s+two)"
                               r"\s+(?:earlier|later|before|afterwards|ago)|(?:the\s+)?(?:day|night|week)\s+before|"
                               r"the\s+(?:previous|following|next)\s+(?:day|night|morning|evening|week))\s*$", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_TIME_TAIL_GATE = Gate(_TIME_TAIL, ("afterwards", "ago", "before", "earlier", "following", "later", "next", "previous"))


# the bare verb of a purpose clause left at the head of what moved, when the clause was cut at its
# "to": "arrived to replace Indian troops who are returning home" moved "Indian troops" home, not
# "replace Indian troops" (South Sudan probe of my own, s32m)
_PURPOSE_VERB_HEAD = _PATTERNS.compile(r"^(?:replace|relieve|join|reinforce|support|back\s+up)\s+(?=\S)", re.I)


def what_without_tail(what: str) -> str:
    """``what`` without a direction told after its noun ("A convoy bound for X" -> "A convoy")
    or a span of time at its end ("300 soldiers a week earlier" -> "300 soldiers"). A span of
    time alone names nothing that moved: "" ("The battalion, which had withdrawn a week
    earlier, returned": the relative clause's verb cut the subject, and its time was left).
    A direction alone is kept (nothing else was read). A bare verb of relief or joining left at
    its head by a purpose clause cut at its "to" is dropped ("replace Indian troops" -> "Indian
    troops")."""
    what = _PURPOSE_VERB_HEAD.sub("", what)
    if " to " in what and (order := ORDER_TAIL.search(what)) is not None and order.start() > 0:
        what = what[:order.start()]  # ("Troops ordered by the president to reinforce X", read.ordered_relative)
    bound = _BOUND_TAIL.search(what)
    if bound is not None and what[:bound.start()].strip():
        what = what[:bound.start()]
    time = _TIME_TAIL_GATE.search(" " + what)
    if time is not None:
        what = what[:max(0, time.start() - 1)]
    return what


_PATTERNS.save()
