"""A unit's heavy materiel told after its people moved: "300 troops moved from Rzeszow to Mielec on
Monday. The brigade's tanks arrived by ship at Gdansk on Tuesday". The subject refers back (the
brigade's), but names another part of the force, one its people did not carry: the tanks went
their own way, a movement of their own, not the troops' trip carried on to Gdansk.

GUIDELINES: what moved, named as the report names it; a route is cut into legs only where the force
arrived and left again. Tanks reaching a port are not 300 soldiers leaving Mielec.

Only when the movement told before names people alone (troops, soldiers, personnel: no vehicle,
no materiel in its words) and the referring subject names heavy materiel alone ("the brigade's
tanks", "its heavy equipment", "the battalion's artillery"); "300 soldiers left A in 40 trucks.
The trucks reached B" is the same trip (trucks are what carries people, not listed here).

why: the tanks' arrival carried the troops' movement on, Rzeszow -> Mielec -> Gdansk (probes of
my own, s36 lead: a brigade's deployment to Poland)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _MATERIEL_MOVER, _MATERIEL_MOVER_GATE, _PEOPLE
from .state import _Draft

_PATTERNS = CompiledPatterns("read-another-part")

# heavy materiel a unit sends apart from its people (besides lexicon materiel_mover's weapons)
_HEAVY = _PATTERNS.compile(r"\b(?:tanks|(?:heavy\s+)?equipment|materiel|matériel|helicopters|armou?red\s+vehicles)\b", re.I)
# anything that carries people or is materiel in the words of what moved before
_CARRIER_OR_MATERIEL = _PATTERNS.compile(r"\b(?:vehicles?|trucks?|lorries|convoys?|columns?|buses|aircraft|planes?|"
                                         r"ships?|boats?|trains?|tanks|equipment)\b", re.I)
# people by their words, as whole words ("men" is no word of "equipment")
_PEOPLE_WORD = _PATTERNS.compile(r"\b(?:" + _PEOPLE.pattern + r")\b", re.I)
_PATTERNS.save()


def _materiel_only(what: str) -> bool:
    return bool(_HEAVY.search(what) or _MATERIEL_MOVER_GATE.search(what)) and not _PEOPLE_WORD.search(what)


def _people_only(what: str) -> bool:
    return bool(_PEOPLE_WORD.search(what)) and not _CARRIER_OR_MATERIEL.search(what) and not _MATERIEL_MOVER_GATE.search(what)


def another_part_of_the_force(draft: _Draft, last: _Draft) -> bool:
    """Does ``draft`` (a clause whose subject refers back) name heavy materiel alone while every
    clause of ``last`` named people alone? Then it is a movement of its own."""
    whats = [f.what for f in draft.frags if f.what]
    told = [f.what for f in last.frags if f.what]
    return bool(whats) and bool(told) and all(_materiel_only(w) for w in whats) and all(_people_only(w) for w in told)
