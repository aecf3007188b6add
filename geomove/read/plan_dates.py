"""Whether a planned move is told in the future, so that the day it names is one to come: "Two
battalions will be rotated from A to B in December", "The 4th Brigade is expected to arrive in X
on Sunday" (dates.ahead_when_planned then takes the next such day or month after publication).

A clause read as planned for another reason tells a day that has passed: "The brigade was
ordered on Monday to redeploy from A to B" names the day of the order, last Monday, and a move
denied or asked about keeps its day too. Only the future told before the verb ("will", "is
expected to", "is due to", "plans to") moves the date ahead."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-plan-dates")

# the future told before the verb
# (and a modal of what may come, "could arrive in April", "may be sent next week": not of what
# may have been, "could have arrived", nor "could not reach", a past that failed; s28m)
_FUTURE = _PATTERNS.compile(r"\b(?:will|shall|(?:is|are)\s+(?:(?:also|now)\s+)?(?:expected|due|set|scheduled|slated|going|poised)\s+to"
                            r"|(?:is|are)\s+to\s+be|plans?\s+to|intends?\s+to|(?:is|are)\s+(?:planning|preparing|intending)\s+to"
                            # (the modal "may" in lower case only, and never before a day's number: "BOGOTA, May 12
                            # (Wire) - The ministry ordered ... on Sunday" is a dateline's month, s37m)
                            r"|(?:could|(?-i:may)|might)(?!\s+(?:not|never|have|well\s+have)\b|\s+[0-9]))\b", re.I)


# the future of a past saying: "officials said more troops would be sent to X in December" (not
# "would have", a past that did not happen)
_WOULD = _PATTERNS.compile(r"\bwould\b(?!\s+(?:not\s+)?have\b)", re.I)
# ... unless the words before the verb tell when it was said ("In March, officials said troops
# would be sent in April": April after that March, not after publication)
_TIME_TOLD = _PATTERNS.compile(r"\b(?:(?:19|20)[0-9][0-9]|january|february|march|april|may|june|july|august|september|"
                               r"october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                               r"last|ago|earlier|yesterday)\b", re.I)


def told_in_the_future(before_verb: str) -> bool:
    """Do the clause's words before its verb tell the future ("will", "is expected to"), or the
    future of a saying with no time of its own ("said troops would be sent")?

    why ("would"): "Polish officials said more troops would be sent to Elk in December", published
    in November, was dated last December."""
    return _FUTURE.search(before_verb) is not None or (
        _WOULD.search(before_verb) is not None and _TIME_TOLD.search(before_verb) is None)


# a movement noun's predicate of plans after it: "The deployment of the brigade to X is expected
# in January", "... is scheduled for March", "... will take place in the spring"
_NOUN_PLANNED = _PATTERNS.compile(r"\s+(?:(?:is|are)\s+(?:(?:also|now|still)\s+)?(?:expected|planned|scheduled|due|set|slated)|will)\b", re.I)


def noun_planned_ahead(text: str, noun_end: int, e: int) -> bool:
    """Is the movement noun ending at ``noun_end`` the subject of a predicate of plans told in
    the present or future ("the deployment of the brigade to X is expected in January")? Then
    the time the clause names is one to come, as after "will" (dates.ahead_when_planned).

    why: "The deployment of 300 police to X is expected in January", published in December,
    was dated the January past (s43 read116)."""
    return _NOUN_PLANNED.search(text, noun_end, e) is not None


# an order right before the verb: "has been ordered to move", "were told to redeploy"
_ORDERED_TO = _PATTERNS.compile(r"\b(?:ordered|told|instructed|directed|tasked)\s+to\s+(?:\w+ly\s+)?$", re.I)
# ... or the order is the trigger, its infinitive right after it (no date between)
_ORDER_THEN_TO = _PATTERNS.compile(r"(?:ordered|told|instructed|directed|tasked)\s+to\s+(?:\w+ly\s+)?[a-z]", re.I)


def ordered_move_dated_after(text: str, s: int, verb_at: int, date_at: int | None) -> bool:
    """Is the clause an order to move ("has been ordered to move from A to B in January") whose
    date is told after the verb, as the move's own? Then it is a time to come, as after "will"
    (dates.ahead_when_planned); the day of the order, told before the verb ("was ordered on
    Monday to redeploy"), stays as told.

    why: "ordered to move from Grafenwoehr to Lithuania in January", in a report of November,
    was dated last January (read51)."""
    if date_at is None or date_at <= verb_at:
        return False
    # (the order's own word may be the clause's trigger: "has been ordered to move ...")
    return _ORDERED_TO.search(text, max(s, verb_at - 40), verb_at) is not None or _ORDER_THEN_TO.match(text, verb_at) is not None


_PATTERNS.save()
