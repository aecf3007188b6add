"""A second verb phrase of the same force that goes back the way it came: "advanced to X before
falling back to Y", "entered X and then withdrew to Y", "pushed into X but later retreated to
Y". The force got to X (it could not fall back from where it never was), and left it again: two
legs, the second from X (GUIDELINES: a route is split into legs where the report tells of an
arrival and a later departure), not one route that passes X on the way to Y.

Only a verb of going back (a withdrawal, a retreat, a return, or any verb of movement with
"back" right after it), told after "before (being)", "and (then / later)" or "but (then /
later)": "moved to X before heading to Y" keeps its one route through X (lexicon._CHAIN,
read.before_moving_on), as "and then pressed on to Y" does.

why: "Ukrainian units advanced to Tokmak before falling back to Robotyne" gave one route from
nowhere through Tokmak to Robotyne; "... but later withdrew to Robotyne" gave a second movement
with no origin and 'later' for its subject (probe of my own, read80)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _TRIGGER_RE, _stem
from .gates import Gate

_PATTERNS = CompiledPatterns("read-fell-back")

# the verbs that go back by their own meaning (lexicon.json verb_forms stems)
GOING_BACK = frozenset(("withdraw", "retreat", "fall back", "return",
                        # ("reached X before turning back to Y": the verb holds its own "back", read110)
                        "turn back"))
# the joins a second verb phrase of the same subject is told after
# (and a comma with "then", no "and": "drove from A to B on Sunday, then returned to C", read110)
_JOIN = _PATTERNS.compile(r"\s+before\s+(?:being\s+)?|,\s+then\s+(?=\w)|,?\s+(?:and|but)\s+(?:then\s+|later\s+|soon\s+|afterwards\s+|subsequently\s+)?"
                          r"(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+)?", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_JOIN_GATE = Gate(_JOIN, ("and", "before", "but", "then"))
# "pulled back", "moved back", "drove back": any verb of movement with "back" right after it
_BACK = _PATTERNS.compile(r"\s+back\b", re.I)
# the first verb phrase told where the force got to: a cue of an end, or a verb of reaching, before a
# name ("turned back at the X crossing and returned to Y" got to no place it left again)
_GOT_TO = _PATTERNS.compile(r"\b(?:to|into|onto|as\s+far\s+as|towards?|reach(?:ed|ing)?|enter(?:ed|ing)?)\s+"
                            r"(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,3}?(?-i:[A-Z])", re.I)
# ... and the time words that may open the clause a join left ("but later withdrew")
_TIME_OPENING = _PATTERNS.compile(r"(?:then|later|soon|afterwards|subsequently)\s+", re.I)


def goes_back_at(text: str, at: int) -> bool:
    """Does a verb of going back begin at ``at`` (after any time word)?"""
    time = _TIME_OPENING.match(text, at)
    verb = _TRIGGER_RE.match(text, time.end() if time else at)
    if verb is None or not verb.group("verb"):
        return False
    return _stem(verb.group("verb")) in GOING_BACK or _BACK.match(text, verb.end()) is not None


def after_time_word(text: str, at: int) -> int:
    """Where the verb phrase begins after any time word at ``at`` ("later withdrew")."""
    time = _TIME_OPENING.match(text, at)
    return time.end() if time else at


def got_somewhere(text: str, s: int, e: int) -> bool:
    """Does [s, e), the verb phrase before the join, tell a place the force got to?"""
    return _GOT_TO.search(text, s, e) is not None


def going_back_joins(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """(start, end) of each join in [s, e) after which a verb of going back begins, after a verb
    phrase from ``s`` that told where the force got to."""
    return [(m.start(), m.end()) for m in _JOIN_GATE.finditer(text, s, e)
            if goes_back_at(text, m.end()) and got_somewhere(text, s, m.start())]


_PATTERNS.save()
