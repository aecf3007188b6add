"""A unit relieved in place, told in the passive with the relieving force as the agent: "The
peacekeepers in Bunia were replaced by a Bangladeshi battalion", "The Nepalese contingent at
Kidal was relieved by Chadian troops". As the active form ("A Bangladeshi battalion replaced the
peacekeepers in Bunia", lexicon.json relief_in_place) tells, the relieving force went to where
the relieved unit stood: the place of the passive's subject is its destination (lexicon.json
passive_destination), and the agent after "by" is what moved (read.passive_agent), not the
unit relieved, which did not move in this clause.

Only with a force as the agent ("by a Bangladeshi battalion", the relieved unit's words of
relief_in_place): never "The mayor of Bunia was replaced by a colonel", "the old trucks were
replaced by new ones".

why: "The peacekeepers in Bunia were replaced by a Bangladeshi battalion on Friday" read
nothing (the verb of relief needs its unit as an object; probes of my own, s32 read87)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _DATA, _MOVER, _stem

_PATTERNS = CompiledPatterns("read-relieved-by")

# the passive's auxiliary right before the verb ("were replaced", "had been relieved")
_PASSIVE_AUX = _PATTERNS.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$", re.I)
# the agent: a force, written as relief_in_place writes the unit relieved, after "by" (a day may
# stand between: "were replaced on Friday by a battalion")
# (or where, told between the verb and "by": "were relieved at Leposavic by Romanian gendarmes";
# and a force's noun with its group after it: "by fighters of the CSP", lexicon._MOVER)
_BY_FORCE = _PATTERNS.compile(
    r"\s+(?:on\s+\w+\s+|overnight\s+)?(?:(?:at|in)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s+)?by"
    r"(?:" + _DATA["relief_in_place"]["object"] + r"|\s+(?:[\w'’-]+\s+){0,3}?" + _MOVER.pattern + r")", re.I)
_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)

RELIEF_VERBS = frozenset(_DATA["relief_in_place"]["verbs"])


def relieved_by_force(text: str, trigger: re.Match, e: int) -> bool:
    """Is the trigger a verb of relief in the passive with a force as its agent ("were replaced
    by a Bangladeshi battalion"), within the clause ending at ``e``?"""
    verb = trigger.group("verb") if "verb" in trigger.re.groupindex else None
    if not verb or _stem(verb) not in RELIEF_VERBS:
        return False
    return _PASSIVE_AUX.search(text, max(0, trigger.start() - 30), trigger.start()) is not None \
        and _BY_FORCE.match(text, trigger.end(), e) is not None


# the passive of relief right before the relieving force's words: "were replaced (on Monday) by "
_PASSIVE_RELIEF_BY = _PATTERNS.compile(
    r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?(?:replaced|relieved)\s+(?:on\s+\w+\s+|overnight\s+)?by\s+$", re.I)
# the relative clause's verb: an arrival, so the relieving force's way ended where it relieved
_ARRIVAL_VERB = _PATTERNS.compile(r"(?:arrived|arriving|came|coming)$", re.I)
_PATTERNS.save()


def relief_agent_arrived(text: str, np_start: int, verb: str) -> bool:
    """Is the relative clause ("..., who arrived from Y") told on the agent of a passive relief
    ("were replaced by fighters of the CSP, | who arrived from Aguelhok")? Then it is no clause of
    its own: the agent came from Y to where the relieved unit stood, one movement (the clause
    reads the subject's place as its end and "from Y" as its origin)."""
    return _ARRIVAL_VERB.fullmatch(verb or "") is not None \
        and _PASSIVE_RELIEF_BY.search(text, max(0, np_start - 60), np_start) is not None


# the place of a passive relief told right after the verb: "were relieved at (the town of) X by ..."
_AT_PLACE = _PATTERNS.compile(r"\s+(?:at|in)\s+(?:the\s+)?(?:(?:town|city|village|base|camp|port)\s+of\s+)?", re.I)
_PATTERNS.save()


def relieved_at_place(text: str, verb_end: int, place_start: int) -> bool:
    """Is the place starting at ``place_start`` told right after the verb of relief ending at
    ``verb_end`` by "at" or "in" ("were relieved at X by ...")? The relieving force went there."""
    return _AT_PLACE.fullmatch(text, verb_end, place_start) is not None
