"""A force that carries people who are no force: "The army evacuated 300 civilians from A to B",
"Police moved 45 gang members to a prison in C", "Soldiers flew the detainees to D".

What the sentence tells moved is the people carried (the verb's object), and they are no armed
force, police or militia (GUIDELINES: a movement is a transfer of forces). The force that carried
them is told as the one who acted, not as a force transferred from one place to another: no
movement is read. The people are civilians or officials (lexicon._CIVILIAN, which holds hostages,
detainees and prisoners) or people held by the law (HELD below: inmates, suspects, gang members).

Only after an active verb of carrying others (CARRYING_VERBS) whose object, right after it, names
such people and no force or arms ("evacuated its troops and 300 civilians" moved its troops:
kept). A subject that names no force was read so already (clauses._thing_moved).

why: "The army evacuated 300 civilians from Kidal to Gao" was read as the army's movement with
what "300 civilians"; "Police ... moved 45 gang members to a prison" as the police's (probes of my
own, read82)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _ARMS, _CIVILIAN, _MOVER, _OBJECT_SPAN, _stem

_PATTERNS = CompiledPatterns("read-carried-people")

# verbs by which a force carries others (the stems lexicon._stem gives)
CARRYING_VERBS = frozenset({"evacuate", "move", "transfer", "transport", "fly", "airlift", "bus", "relocate",
                            "ferry", "truck", "deport", "repatriate", "extradite"})

# people held by the law, who are no force when carried (besides lexicon._CIVILIAN's detainees and prisoners)
HELD = _PATTERNS.compile(r"\b(?:inmates|suspects|convicts|deportees|arrestees|(?:gang|cartel)\s+(?:members|leaders|bosses))\b", re.I)

# a verb with no object, told with where it went by ("Troops moved past residents' homes", "flew
# over villagers"): the people are a landmark, not carried
_PREPOSITION_FIRST = _PATTERNS.compile(r"(?:past|over|along|alongside|around|among|amid|near|behind|beside|between|"
                                       r"ahead|against|up|down|off|away|toward|towards|onward|inland|closer)\b", re.I)


def carried_people(text: str, main: re.Match, e: int) -> str | None:
    """Why the clause of ``main`` (ending at ``e``) tells no force moving, when its active verb
    of carrying has people who are no force as its object; else None."""
    verb = main.group("verb") if "verb" in main.re.groupindex else None
    if not verb or _stem(verb) not in CARRYING_VERBS:
        return None
    span = _OBJECT_SPAN.match(text, main.end(), e)
    obj = span.group(1) if span else ""
    if not obj or _MOVER.search(obj) or _ARMS.search(obj) or _PREPOSITION_FIRST.match(obj):
        return None
    if HELD.search(obj) or _CIVILIAN.search(obj):
        return f"a force carried people who are no force ('{obj.strip()}')"
    return None


_PATTERNS.save()
