"""A state's armed force named by its own name alone as the subject: "The Bundeswehr withdrew from
A", "Soldiers of the Tatmadaw entered A", "Members of the Bundeswehr landed in A". The force is
who moved (GUIDELINES: the actor is the moving force, named as the report names it), as "Bundeswehr
troops" or "The Bundeswehr sent 200 soldiers" already name it.

why: such a name is one capitalised word with no force noun after it, so the name reader found no
actor in "The Bundeswehr withdrew from Gao" (a group's name, "The Wagner Group withdrew", is read by
read.armed_groups; a state's force had no such path). The names are national_forces.json's (one
list, read.national_forces gives the same names their home country); only the whole subject, or
the members of the force before "of the", is read, never a name after another preposition
("alongside the Bundeswehr")."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from ..mentions.group_homes import NATIONAL_FORCES
from .lexicon import _BARE_SUBJECT_GAP

_PATTERNS = CompiledPatterns("read-named-force-alone")

_DATA = NATIONAL_FORCES  # (national_forces.json, parsed once: by the places wing, which reads it too)
FORCE_NAMES = tuple(sorted((n for force in _DATA["forces"] for n in force["names"]), key=len, reverse=True))
# the people of a force told before its name ("Soldiers of the Bundeswehr"): the force moved
MEMBERS_OF = ("soldiers", "troops", "members", "units", "elements", "personnel", "servicemen", "forces", "men",
              "officers", "policemen", "sailors", "airmen")
_NAME_SUBJECT = _PATTERNS.compile(
    r"^\s*(?:(?:[Tt]he\s+)?(?:[A-Za-z-]+\s+)?(?i:" + "|".join(MEMBERS_OF) + r")\s+of\s+)?(?:[Tt]he\s+)?"
    r"(?P<a>" + "|".join(re.escape(n) for n in FORCE_NAMES) + r")" + _BARE_SUBJECT_GAP.pattern + r"$")


def named_force_subject(text: str, s: int, verb_at: int) -> str | None:
    """The national force's name when it is the whole subject of the verb at ``verb_at`` (or its
    members' "of"): "The Bundeswehr (withdrew)" -> "Bundeswehr"; else None."""
    words = text[s:verb_at]
    if not any(n in words for n in FORCE_NAMES):
        return None  # (the cheap check first: most subjects name no national force)
    m = _NAME_SUBJECT.search(words)
    return m.group("a") if m else None


_PATTERNS.save()
