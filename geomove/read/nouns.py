"""Verb forms of the trigger lexicon told as nouns, which are no verb of their clause: "In a
separate move, Kenyan troops relocated to Kismayo" (lexicon.json move_as_noun), "Two A400M
transports left A for B" (vehicle_as_noun).

The trigger scan finds every listed form of a verb of movement; "move" is also the noun of a
step taken. Read as the clause's verb, the words before it became the subject ("In a
separate"), and the force that did move lost its name.
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _DATA, _stem
from .ferry_noun import ferry_as_noun
from .opening_noun_phrase import referred_back_in_opener

_PATTERNS = CompiledPatterns("read-nouns")  # (kept compiled code, as read/lexicon.py's)

_TABLE = _DATA["move_as_noun"]
# a determiner and the adjectives of a step right before the form ("in a separate move")
_STEP_BEFORE = _PATTERNS.compile(
    r"\b(?:" + "|".join(map(re.escape, _TABLE["determiners"])) + r")\s+"
    r"(?:(?:" + "|".join(map(re.escape, _TABLE["adjectives"])) + r")\s+){0,2}$", re.I)

# the noun told with what moved or where ("the move of the brigade", "the move to X"): a
# movement told as a noun, a trigger as "deployment" is; not "to" and a verb ("in a move to
# bolster defences": a purpose, the noun of a step)
_MOVEMENT_TOLD_AFTER = _PATTERNS.compile(r"\s+(?:of|from|into|towards?)\b|\s+to\s+(?:the\b|(?-i:[A-Z]))", re.I)


def move_as_noun(text: str, trigger: re.Match) -> bool:
    """Is the trigger the noun "move" / "moves" after a determiner and the adjectives of a step
    ("a separate move", "the move", "in a surprise move"), with no "of" or "to" after it?

    why: "In a separate move, Kenyan troops relocated to Kismayo" was read with the noun as its
    verb: what moved was "In a separate" and the Kenyan troops were no actor. "The troops move
    to X" (a force's noun between) stays a verb."""
    verb = trigger.group("verb") if "verb" in trigger.re.groupindex else None
    if not verb or _stem(verb) != "move" or verb.lower() not in ("move", "moves"):
        return False
    if _MOVEMENT_TOLD_AFTER.match(text, trigger.end()):
        return False  # "the move of the brigade to X", "the move to X": a movement told as a noun
    return _STEP_BEFORE.search(text, max(0, trigger.start() - 60), trigger.start()) is not None


_VEHICLE_FORMS = frozenset(_DATA["vehicle_as_noun"]["forms"])
# a count or a type designation earlier in the noun phrase, no comma, full stop or verb of
# saying between: "Two Royal Air Force A400M transports", "four C-17 transports"
_COUNTED_BEFORE = _PATTERNS.compile(
    r"(?:\b(?:[0-9][0-9,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens\s+of|several|"
    r"a\s+pair\s+of|a\s+handful\s+of)|(?-i:\b[A-Z]{1,3}-?[0-9]{1,4}[A-Z]?))(?:\s+[\w/-]+){0,4}?\s+$", re.I)


def vehicle_as_noun(text: str, trigger: re.Match) -> bool:
    """Is the trigger a verb's -s form that is also a vehicle's plural noun ("transports",
    "escorts") after a count or a type designation in its noun phrase ("Two A400M transports
    left A for B")? Then it names what moved and the clause's verb is another.

    why: read as the verb, "Two Royal Air Force A400M transports left RAF Brize Norton for
    Akrotiri" moved "left RAF Brize Norton for Akrotiri". "The ministry transports fuel to
    Gao" (no count before the form) stays a verb."""
    verb = trigger.group("verb") if "verb" in trigger.re.groupindex else None
    if not verb or verb.lower() not in _VEHICLE_FORMS:
        return False
    return _COUNTED_BEFORE.search(text, max(0, trigger.start() - 60), trigger.start()) is not None


def without_noun_moves(text: str, triggers: list) -> list:
    """The triggers but the noun "move" of a step taken (move_as_noun), the plural of a
    vehicle's noun after its count (vehicle_as_noun), a noun that refers back in a phrase
    opening its sentence ("With these reinforcements, ...": read.opening_noun_phrase) and the
    boat "ferry" after its determiner ("The Kenyan ferry, which ...": read.ferry_noun)."""
    ferries = "erry" in text or "erries" in text  # (the cheap test: most reports name no ferry, and every trigger is asked)
    return [t for t in triggers if not move_as_noun(text, t) and not vehicle_as_noun(text, t)
            and not referred_back_in_opener(text, t) and not (ferries and ferry_as_noun(text, t))]


_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)
