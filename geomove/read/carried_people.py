"""A force that carries people who are no force: "The army evacuated 300 civilians from A to B",
"Police moved 45 gang members to a prison in C", "Soldiers flew the detainees to D".

What the sentence tells moved is the people carried (the verb's object), and they are no armed
force, police or militia (GUIDELINES: a movement is a transfer of forces). The force that carried
them is told as the one who acted, not as a force transferred from one place to another: no
movement is read. The people are civilians or officials (lexicon._CIVILIAN, which holds hostages,
detainees and prisoners), people held by the law (HELD below: inmates, suspects, gang members) or
people a state evacuates from abroad (EVACUATED below: nationals, citizens, foreigners).

Only after an active verb of carrying others (CARRYING_VERBS) whose object, right after it, names
such people and no force or arms ("evacuated its troops and 300 civilians" moved its troops:
kept). A subject that names no force was read so already (clauses._thing_moved).

why: "The army evacuated 300 civilians from Kidal to Gao" was read as the army's movement with
what "300 civilians"; "Police ... moved 45 gang members to a prison" as the police's (probes of my
own, read82)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _AIRCRAFT_MODEL_PLURAL, _ARMS, _ARMS_GATE, _CIVILIAN, _MOVER, _MOVER_GATE, _SHIP_NAME, _VESSEL_MOVER, _VESSEL_MOVER_GATE, _stem, object_after

_PATTERNS = CompiledPatterns("read-carried-people")

# verbs by which a force carries others (the stems lexicon._stem gives)
CARRYING_VERBS = frozenset({"evacuate", "move", "transfer", "transport", "fly", "airlift", "bus", "relocate",
                            "ferry", "shuttle", "truck", "deport", "repatriate", "extradite",
                            # (and the verbs an evacuation abroad is told by: "brought 120 citizens home",
                            # "shipped 300 foreigners to Djibouti", "carried 80 nationals out of X", read84)
                            "bring", "carry", "ship"})

# people held by the law, who are no force when carried (besides lexicon._CIVILIAN's detainees and prisoners)
HELD = _PATTERNS.compile(r"\b(?:inmates|suspects|convicts|deportees|arrestees|(?:gang|cartel)\s+(?:members|leaders|bosses))\b", re.I)

# people a state takes out of a crisis abroad, who are no force when carried ("airlifted 200 foreign
# nationals", "evacuated 300 citizens", "flew 150 stranded nationals home", "225 foreigners"; read84)
# (in lower case: "The Nationals moved from A to B" names a group, no people carried)
EVACUATED = _PATTERNS.compile(r"\b(?-i:nationals|citizens|foreigners|expatriates|expats|compatriots|"
                              r"(?:foreign|migrant|embassy|consular)\s+(?:workers|staff|personnel))\b", re.I)

# a verb with no object, told with where it went by ("Troops moved past residents' homes", "flew
# over villagers"): the people are a landmark, not carried
_PREPOSITION_FIRST = _PATTERNS.compile(r"(?:past|over|along|alongside|around|among|amid|near|behind|beside|between|"
                                       r"ahead|against|up|down|off|away|toward|towards|onward|inland|closer)\b", re.I)


# the military ship or aircraft that carried them, named in the sentence: military equipment, so
# its own leg is a movement (tests/fixtures/read56 decision 1: "evacuated 312 nationals from A to
# B aboard the navy frigate X", "Two warships evacuated 225 foreigners from A to B"; read84)
CRAFT = _PATTERNS.compile(r"\b(?:warships?|(?:naval|navy|military|transport)\s+(?:ships?|vessels?|aircraft|planes?)|"
                          r"helicopters?|K?C-?[0-9]{2,3}J?s?|A400Ms?|Il-76s?|landing\s+ships?|amphibious\s+ships?)\b", re.I)


def names_a_craft(text: str, main: re.Match, e: int) -> bool:
    """Does the sentence of ``main`` name, before the verb or in its clause, the military ship
    or aircraft that carried the people (CRAFT, a warship's kind or name, an aircraft model)?"""
    start = max(text.rfind(". ", 0, main.start()) + 1, text.rfind("\n", 0, main.start()) + 1, 0)
    told = text[start:e]
    return any(p.search(told) for p in (CRAFT, _VESSEL_MOVER_GATE, _SHIP_NAME, _AIRCRAFT_MODEL_PLURAL))


def carried_people(text: str, main: re.Match, e: int) -> str | None:
    """Why the clause of ``main`` (ending at ``e``) tells no force moving, when its active verb
    of carrying has people who are no force as its object; else None."""
    verb = main.group("verb") if "verb" in main.re.groupindex else None
    if not verb or _stem(verb) not in CARRYING_VERBS:
        return None
    obj = object_after(text, main.end(), e)
    if not obj or _MOVER_GATE.search(obj) or _ARMS_GATE.search(obj) or _PREPOSITION_FIRST.match(obj):
        return None
    if HELD.search(obj) or _CIVILIAN.search(obj):
        return f"a force carried people who are no force ('{obj.strip()}')"
    if EVACUATED.search(obj) and not names_a_craft(text, main, e):
        return f"a force carried people who are no force ('{obj.strip()}')"
    return None


_PATTERNS.save()
