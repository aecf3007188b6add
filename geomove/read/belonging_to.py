"""What moved told as belonging to a group named bare: "A column of about 50 vehicles belonging
to the RSF was seen moving towards El Fasher", "a convoy of vehicles affiliated with the RSF left
Kutum", "pickups linked to JNIM". The group the subject belongs to is who moved, as "RSF
pickups" is (forces._GROUP_VEHICLES_SUBJECT) and as a name that ends in a force word already was
("belonging to the Rapid Support Forces": clauses._FORMATION_OF_BEFORE).

The name is one news uses bare (armed_groups.json "names") or initials ("RSF", "M23", "SDF"),
and it ends the subject, right before the verb group ("was seen moving", "have"); a name that
runs on ("the UN mission") or a lower-case owner ("belonging to local traders") is not read.

why: a group's initials after "belonging to the" are no force's name to the name reader (no
force word ends them), so the movement had no actor (the known gap, and probes of my own)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .armed_groups import KNOWN_GROUP_NAMES
from .gates import Gate

_PATTERNS = CompiledPatterns("read-belonging-to")

# the owner, right before the verb group: "... belonging to the RSF was seen", "..., linked to JNIM, have"
_OWNED_BY = _PATTERNS.compile(
    r"\b(?i:belonging|affiliated|linked|loyal|attached|allied)\s+(?i:to|with)\s+(?:[Tt]he\s+)?"
    r"(?P<name>" + KNOWN_GROUP_NAMES + r"|[A-Z][A-Z0-9]{1,6}(?:-[A-Z0-9]+)?)(?![\w'’-])"
    r"(?:\s*,[^,;.]{1,80},)?(?:\s+(?i:has|have|had|was|were|is|are|been|being|reportedly|also|then|seen|spotted|observed|later))*\s*$")
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_OWNED_BY_GATE = Gate(_OWNED_BY, ("affiliated", "allied", "attached", "belonging", "linked", "loyal"))


def owner_named(text: str, s: int, verb_at: int) -> str | None:
    """The group named bare as the owner the subject [s, verb_at) ends with, or None."""
    m = _OWNED_BY_GATE.search(text[s:verb_at])
    return m.group("name") if m else None


_PATTERNS.save()
