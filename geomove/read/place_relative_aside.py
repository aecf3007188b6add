"""A relative clause about the place left, set off by commas after the verb: "Kurdish Peshmerga units
were redeployed overnight from Sinjar, which they had held since 2015, to Duhok", "... from
Sinjar, where they had been based since 2015, to Duhok". What it says of the place (held since
2015, based there) is the force's past there, not the movement's: it makes the movement neither
a lasting presence (status static) nor one of the past (background).

Only a clause opened by ", which" or ", where" right after the place left ("from X", "out of
X"), up to its closing comma (or the sentence's end); "deployed to X, where they have stayed
since 2015" tells when they got there, as before.

why: "since 2015" inside the aside read the redeployment as a lasting presence (static), and
"had been based" as background: a movement of this week left out (probe of my own)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .gates import Gate

_PATTERNS = CompiledPatterns("read-place-relative-aside")

# the place left ("from X", "out of X") and the relative clause about it, up to its closing comma
_PLACE_ASIDE = _PATTERNS.compile(r"\b(?:from|out\s+of)\s+[^,;.]{1,50}?(?P<aside>,\s*(?:which|where)\s+[^,;.]*?(?:,|(?=[;.])|$))", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_PLACE_ASIDE_GATE = Gate(_PLACE_ASIDE, ("where", "which"))


def without_place_asides(words: str) -> str:
    """``words`` (what follows a clause's verb) without its relative asides about the place left."""
    if "," not in words:
        return words
    for m in reversed(list(_PLACE_ASIDE_GATE.finditer(words))):
        words = words[:m.start("aside")] + " " + words[m.end("aside"):]
    return words


# a presence told in the pluperfect or perfect: "where they had been deployed since May", "which they
# had held", "where it has been stationed"
_PRESENCE = _PATTERNS.compile(r",\s*(?:which|where)\s+(?:they|it|the\s+\w+)\s+(?:had|has|have)\s+(?:been\s+)?(?:\w+ly\s+)?"
                              r"(?:deployed|stationed|based|positioned|garrisoned|posted|held|occupied|controlled|guarded)\b", re.I)
# the end the clause goes on to after the aside's closing comma
_END_AFTER = _PATTERNS.compile(r"\s*(?:to|into|towards?|for|back\s+to)\s", re.I)


def presence_aside_of_place_left(text: str, at: int, s: int, e: int) -> bool:
    """Is the relative join at ``at`` (", where", ", which") the opening of an aside of the
    force's presence at the place left, with the movement's end told after its closing comma
    ("withdrew from Kidal, where they had been deployed since November, to Gao on Tuesday")? Then
    the aside is no clause of its own: its verb of deploying tells where they were (read80: the
    sentence was cut there, and the end after the aside read as a second movement, background)."""
    for m in _PLACE_ASIDE_GATE.finditer(text, max(s, at - 60), e):
        if m.start("aside") == at and _PRESENCE.match(text, at) and text[m.end("aside") - 1] == "," \
                and _END_AFTER.match(text, m.end("aside")):
            return True
    return False


def in_presence_aside(text: str, at: int, s: int, e: int) -> bool:
    """Does offset ``at`` lie in an aside of presence about the place left ("from Bunia, where
    they had been deployed since 2021, to Mahagi": the year dates their presence, not the move)?"""
    return any(m.start("aside") < at < m.end("aside") and _PRESENCE.match(text, m.start("aside"))
               for m in _PLACE_ASIDE_GATE.finditer(text, s, e))


def in_place_aside(text: str, at: int, verb_end: int, e: int) -> bool:
    """Does offset ``at`` lie in a relative aside about the place left, after the verb ending
    at ``verb_end``, within the clause ending at ``e``?"""
    return any(m.start("aside") < at < m.end("aside") for m in _PLACE_ASIDE_GATE.finditer(text, verb_end, e))


_PATTERNS.save()
