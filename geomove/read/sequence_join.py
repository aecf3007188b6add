"""Two events joined by a verb of sequence: "The deployment of 40 vehicles to A follows the
arrival of about 300 troops at B last month", "The move came two weeks after the withdrawal of
200 soldiers from C", "The deployment follows the arrival of ...".

The sentence names two movements by their nouns, one the subject and one the object of "follows"
/ "came after" / "preceded". Read as one clause, the first noun's words became what moved in the
second's place and date ("40 vehicles ... at B last month"), or "follows the arrival of 300
troops" became what moved. Each noun phrase is an event of its own (GUIDELINES: each movement is
recorded with its own what, places and date), so the clause is cut before the second noun
phrase: each is read on its own, and a bare subject ("The deployment follows ...", a noun told
again of a movement named before) has no place and tells nothing new.

Only where a noun of movement opens the part after the verb of sequence and a noun or verb of
movement stands before it in the sentence: "Talks followed the arrival of ..." has no movement
before the verb, "follows the river to B" no noun of movement after it.
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _TRIGGER_RE
from .gates import Gate

_PATTERNS = CompiledPatterns("read-sequence-join")

# the verb of sequence, with how long after ("came two weeks after", "comes days after"), then
# the determiner that opens the second noun phrase ("the", "a", "last week's", "Monday's")
_SEQUENCE = _PATTERNS.compile(
    r"\s+(?:(?:also|closely)\s+)?(?:follows|followed|(?:comes|came)\s+(?:(?:just|only|shortly|soon|barely)\s+)?"
    r"(?:(?:a|one|two|three|four|five|six|several|a\s+few|some)\s+(?:days?|weeks?|months?)\s+|days\s+|weeks\s+|months\s+)?after"
    r"|precedes|preceded)\s+"
    r"(?P<np>(?:the|an?|this|last\s+(?:week|month)['’]s|(?-i:[A-Z])[a-z]+day['’]s)\s+)", re.I)
# (searched only in spans holding one of the words every match holds: read.gates, tests/test_speed112.py)
_SEQUENCE_GATE = Gate(_SEQUENCE, ("after", "followed", "follows", "preceded", "precedes"))
# one word of the second noun phrase before its noun ("the recent arrival", "the full withdrawal")
_WORD = _PATTERNS.compile(r"[\w-]+\s+")


def _noun_of_movement_at(text: str, at: int, e: int) -> bool:
    """Does a noun of movement open the noun phrase at ``at``, after at most two words?"""
    for _ in range(3):
        trigger = _TRIGGER_RE.match(text, at, e)
        if trigger is not None:
            return bool(trigger.group("noun"))
        word = _WORD.match(text, at, e)
        if word is None:
            return False
        at = word.end()
    return False


def sequence_joins(text: str, s: int, e: int) -> list[int]:
    """Where the second event's noun phrase begins, for each verb of sequence in ``text[s:e]``
    that joins a movement before it to a noun of movement after it."""
    out = []
    for m in _SEQUENCE_GATE.finditer(text, s, e):
        if not _noun_of_movement_at(text, m.end(), e):
            continue
        if _TRIGGER_RE.search(text, s, m.start()) is None:
            continue  # ("Talks followed the arrival of ...": one movement, nothing before it)
        out.append(m.start("np"))
    return out


_PATTERNS.save()
