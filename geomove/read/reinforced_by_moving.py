"""A verb of reinforcing a place, then the participle of the move that did it, after a comma:
"Burkina Faso has reinforced its side of the frontier, moving troops from Dori to Seytenga",
"The army bolstered the northern border, sending two battalions from Gao to Tessalit".

The first verb says why (a side, a border or positions made stronger); the participle names what
moved and where from and to, so it is the clause's verb: what moved is its object, the subject
the country or force that reinforced.
why: "reinforced" was read as the movement's verb, and what moved was its subject (the country,
"Burkina Faso"), though the sentence names the troops it moved. A verb of reinforcing whose
object is a force ("reinforced the garrison with troops flown from X") has no such participle
after a comma and is read as before.
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _stem

_PATTERNS = CompiledPatterns("read-reinforced-by-moving")

_REINFORCING = frozenset(("reinforce", "bolster", "strengthen", "beef"))
# the participles of moving a force (a transitive verb: its object is what moved)
_MOVING = frozenset(("moving", "sending", "deploying", "redeploying", "bringing", "transferring", "shifting",
                     "dispatching", "rushing", "airlifting", "rotating"))
# the comma before the participle, and no stop or second clause between the two verbs
_COMMA_BEFORE = _PATTERNS.compile(r",\s*$")
_CLAUSE_MARK = _PATTERNS.compile(r"[.;:!?]|\b(?:and|but|while|after|before|as)\b", re.I)
# how far the participle may stand from the verb of reinforcing (an object of a few words)
PARTICIPLE_WITHIN_CHARS = 90


def verb_after_reinforcing(text: str, verbs: list[re.Match]) -> re.Match | None:
    """The participle of moving after a comma ("..., moving troops from A to B") when the
    clause's first verb is one of reinforcing a place; None otherwise."""
    if len(verbs) < 2 or _stem(verbs[0].group("verb") or "") not in _REINFORCING:
        return None
    first = verbs[0]
    for verb in verbs[1:]:
        if verb.start() - first.end() > PARTICIPLE_WITHIN_CHARS:
            return None
        if (verb.group("verb") or "").lower() not in _MOVING:
            continue
        if _COMMA_BEFORE.search(text, first.end(), verb.start()) and not _CLAUSE_MARK.search(text, first.end(), verb.start()):
            return verb
    return None


_PATTERNS.save()
