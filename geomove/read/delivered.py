""""Deliver" is a verb of movement when what is delivered is a force's: arms, vehicles,
aircraft, equipment ("Germany delivered two more IRIS-T systems to Ukraine", "Russia delivered
Iskander missiles to Belarus", "12 tanks were delivered to the port of X"). Delivering food,
vaccines, a speech, a verdict or a message moves no force (GUIDELINES: a transfer of armed
forces or military equipment), so such a "deliver" is no trigger at all: the rest of its clause
reads as without it ("An army convoy delivered supplies to X" is the convoy's movement, told by
its noun).

What is delivered: the words right after the verb up to a preposition (lexicon.json
not_forces object_span); in the passive ("were delivered to X") the words of its clause before
the verb.
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _ARMS, _ARMS_GATE, _MOVER, _MOVER_GATE, _OBJECT_SPAN

_PATTERNS = CompiledPatterns("read-delivered")

# arms a force's by their kind, which neither _ARMS nor _MOVER names: "IRIS-T systems", "air
# defence batteries", "155mm shells", "armoured personnel carriers"
_MATERIEL = _PATTERNS.compile(r"\b(?:systems?|batter(?:y|ies)|shells|launchers?|carriers|fighters|bombers|"
                              r"howitzers?|vessels|materiel|matériel)\b", re.I)
# the clause before a passive verb: back to the sentence's start or the last clause break
_CLAUSE_BEFORE = _PATTERNS.compile(r"[^.;:!?]{0,160}$")
# the auxiliary of a passive right before the verb ("were delivered"; read.abandoned asks it too)
PASSIVE_BEFORE = _PATTERNS.compile(r"\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+)?$", re.I)


def names_materiel(words: str) -> bool:
    """Do ``words`` name a force, arms, vehicles or equipment (_MOVER, _ARMS, _MATERIEL)?"""
    return bool(_ARMS_GATE.search(words) or _MOVER_GATE.search(words) or _MATERIEL.search(words))


def delivers_materiel(text: str, verb: re.Match) -> bool:
    """Does the verb of delivering ``verb`` deliver arms, vehicles or equipment (or a force)?"""
    before = text[max(0, verb.start() - 24):verb.start()]
    if PASSIVE_BEFORE.search(before):
        clause = _CLAUSE_BEFORE.search(text, max(0, verb.start() - 160), verb.start())
        return bool(clause) and names_materiel(clause.group(0))
    span = _OBJECT_SPAN.match(text, verb.end())
    return bool(span) and names_materiel(span.group(1))


_PATTERNS.save()
