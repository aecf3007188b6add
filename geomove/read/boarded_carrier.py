"""A force boarding what carries it at a place: "Hundreds of Wagner fighters were seen boarding
planes at Bamako airport", "The battalion boarded two transport aircraft at Entebbe", "Marines
boarded landing ships at Toulon". Boarding a plane, a flight, a train or a troopship there is
leaving from there (the role cue "boarded ... at X" is already one of origin, lexicon.json
role_cues): X is the origin of a departure, one end (GUIDELINES: one end is enough).

"Board" tells a movement only so, with a carrier of people as its object ("plane", "flight",
"train", "bus", "transport ship") and a force before it (lexicon.json force_only): never
boarding another's vessel ("Commandos boarded a cargo ship in the Gulf of Oman", "the coast
guard boarded the tanker": a search or a raid, no transfer of the boarders), and never
passengers boarding a flight.

why: "Hundreds of Wagner fighters were seen boarding planes at Bamako airport" read nothing
("board" was no verb of moving, since "boarded a cargo ship" is a raid; probes of my own, s32
read87)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _stem

_PATTERNS = CompiledPatterns("read-boarded-carrier")  # (kept compiled code, as read/lexicon.py's)

BOARD = "board"
# the object: a carrier of people, with a count or a determiner and up to two words before its
# noun ("planes", "two C-130 transport aircraft", "a chartered flight", "their buses", "trucks"); ships
# only when named as carrying troops ("landing ships", "a troopship", "transport ships"), never
# a vessel, tanker, cargo or merchant ship, dhow or boat (another's, searched or seized)
_CARRIER = _PATTERNS.compile(
    r"\s+(?:(?:a|an|the|their|its|two|three|four|five|six|[0-9]+|several|military|chartered|waiting)\s+)*"
    r"(?:(?!(?:cargo|merchant|container|commercial|fishing|civilian|oil|fuel)\b)[\w-]+\s+){0,2}?"
    r"(?:planes?|airplanes?|aircraft|flights?|airliners?|jets?|helicopters?|trains?|buses|bus|coaches|ferry|ferries|"
    # (and the road's: "soldiers were seen boarding trucks at X, bound for Y", s32 read87)
    r"trucks?|lorr(?:y|ies)|vehicles|"
    r"(?:landing|transport|troop|amphibious(?:\s+assault)?)\s+ships?|troopships?|transports?)\b(?![\w-])", re.I)
_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)


def boards_a_carrier(text: str, trigger: re.Match, e: int) -> bool:
    """Is the trigger a form of "board" whose object is a carrier of people ("boarding planes",
    "boarded a troopship"), within the clause ending at ``e``? Any other trigger: True."""
    verb = trigger.group("verb") if "verb" in trigger.re.groupindex else None
    if not verb or _stem(verb) != BOARD:
        return True
    return _CARRIER.match(text, trigger.end(), e) is not None


def is_board(trigger: re.Match) -> bool:
    """Is the trigger a form of "board"? Its object is the carrier, not what moved: the boarders,
    its subject, are ("The battalion boarded two transport aircraft": the battalion)."""
    verb = trigger.group("verb") if "verb" in trigger.re.groupindex else None
    return bool(verb) and _stem(verb) == BOARD
