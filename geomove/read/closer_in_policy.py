"""A state moving "closer to" another in policy, no force: "Ecuador moved closer to Peru on
trade on Monday", "Azerbaijan moved closer to Georgia on energy", "The region moved
diplomatically closer to Baghdad". GUIDELINES: a movement is a transfer of armed forces or
equipment; a rapprochement moves nothing.

"moved closer to X" with nothing moved between the verb and "closer" is otherwise read as the
subject's approach (golden read46-closer-twin-no-object: "Serbian troops moved closer to
Jarinje"), so the policy is told by the words after the place: a preposition and a topic of
policy ("on trade", "over fishing rights", "in talks"), or a manner of policy before "closer"
("diplomatically closer"). A date after "on" ("closer to Kharkiv on Thursday") or a means ("on
foot") is no topic; a force moved as the object ("moved two batteries closer to Goris") is read
as before. A country as the whole subject and a country after "closer to" ("Serbia moved closer
to Russia this year") is policy too, with no topic told.

why: three reports of my own (read113: Andes, Caucasus, Pacific) read a movement to the
neighbour state."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data
from .time_opener import after_time_opener
from .gates import Gate

_DATA = read_data("closer_in_policy.json")
_PATTERNS = CompiledPatterns("read-closer-in-policy")


def _alternatives(words: list[str]) -> str:
    # (longest first: "the border dispute" before "the dispute"; spaces as any white space)
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


# right after the verb: maybe an adverb or a manner of policy, then "closer to"
_CLOSER = _PATTERNS.compile(r"\s+(?:(?P<manner>" + _alternatives(_DATA["manners"]) + r")\s+|\w+ly\s+)?closer\s+to\s+", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_CLOSER_GATE = Gate(_CLOSER, ("closer",))
# after the place (a name of at most four words, maybe "the"): a preposition and a topic of policy
_ON_TOPIC = _PATTERNS.compile(r"(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+,?\s+(?:" + _alternatives(_DATA["prepositions"])
                              + r")\s+(?:(?:its|their|the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:" + _alternatives(_DATA["topics"])
                              + r")\b", re.I)
_PATTERNS.save()


def _state_to_state(text: str, subject: tuple[int, int], closer_end: int, places: list[dict]) -> bool:
    """Is the subject [a, b) one country's name and nothing else ("Serbia"), and the place right
    after "closer to" a country ("Russia")? A state drawing closer to a state is its policy;
    a state's force moving is told by the force ("Serbian troops", "Serbia moved troops")."""
    a, b = subject
    a = max(a, after_time_opener(text, a))  # ("On Monday Serbia moved closer to Hungary", read.time_opener)
    words = text[a:b].strip()
    countries = [m for m in places if m.get("kind") == "country"]
    return any(m["surface"] == words and a <= m["start"] < b for m in countries) \
        and any(m["start"] == closer_end for m in countries)


def closer_in_policy(text: str, verb_end: int, e: int, subject: tuple[int, int] | None = None,
                     places: list[dict] = ()) -> str | None:
    """Why the clause whose verb ends at ``verb_end`` (its clause ends at ``e``) moves no force:
    "moved closer to X" on a topic of policy or in a manner of policy, or a country that moved
    closer to a country (``subject``: where the subject stands; ``places``: the clause's place
    mentions); None otherwise."""
    closer = _CLOSER_GATE.match(text, verb_end, e)
    if closer is None:
        return None
    if closer.group("manner"):
        return f"'{closer.group('manner')} closer to': a state's policy, no force moved"
    if subject is not None and _state_to_state(text, subject, closer.end(), places):
        return "a country moved 'closer to' a country: a state's policy, no force moved"
    topic = _ON_TOPIC.match(text, closer.end(), e)
    if topic is None:
        return None
    return f"'closer to {' '.join(text[closer.end():topic.end()].split())}': a topic of policy, no force moved"
