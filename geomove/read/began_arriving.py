"""An arrival told as begun: "The convoy began arriving in A by road on Monday and moved on to B",
"Armoured units started reaching A on Tuesday and then pushed on to B". A verb of beginning before
the -ing form of a verb of arrival tells that the force got there (its first vehicles at least),
as "arrived in A" does; "and moved on to B" after it is the next leg, from A (GUIDELINES: a route
with stops is cut into legs where the report tells of an arrival and a later departure).

why: an -ing trigger is never taken for an arrival by the cut after "and" (cuts.and_joins), since
an -ing form alone tells no arrival ("troops arriving in A and heading to B" is a description, the
progressive "were arriving" no arrival yet); the two verbs then stayed one clause, A read as a
second destination or a place passed, and B had no origin. Only a verb of beginning in the past,
right before the -ing form (an adverb between allowed), opens it: "are beginning to arrive",
"will start arriving" stay as they were."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-began-arriving")

# the verb of beginning, in the past, right before the -ing form ("began", "had begun", "started",
# "have started"; one adverb between: "began slowly arriving"); searched in a short slice that ends
# where the trigger starts, so '$' is the trigger's start
BEGUN_WORDS = ("began", "begun", "started", "commenced")
_BEGUN_BEFORE = _PATTERNS.compile(r"\b(?:" + "|".join(BEGUN_WORDS) + r")\s+(?:[a-z]+ly\s+)?$", re.I)
_WINDOW = 40  # (chars before the trigger: the verb of beginning and one adverb)


def arrival_begun(text: str, trigger: re.Match) -> bool:
    """Is the -ing ``trigger`` the object of a verb of beginning in the past ("began arriving")?"""
    at = trigger.start("verb")
    if not trigger.group("verb").lower().endswith("ing"):
        return False
    return _BEGUN_BEFORE.search(text[max(0, at - _WINDOW):at]) is not None


_PATTERNS.save()
