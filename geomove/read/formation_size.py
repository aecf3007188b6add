"""A formation counted by the number after its "of", with no noun of its own: "A Kenyan contingent
of 200 arrived at Port-au-Prince", "a force of 1,500 was deployed to Goma", "a battalion of some
600 left Kigali". The number stands after the formation's noun and before the verb, so the count
pattern (a number before its noun: "a contingent of 200 police officers") does not see it.

why: the movement had no count although the text gives how many moved (GUIDELINES: count is of
people when people are counted). Only a formation of people (not "a convoy of 40",
whose vehicles or people are not told), only a number the clause goes on from with its verb, a
preposition or a mark ("a group of 30 villages" counts villages, none here), and only when the
clause counts no people otherwise (read70)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .counts import mark_qualified
from .gates import Gate

_PATTERNS = CompiledPatterns("read-formation-size")
# the formation's noun, "of", an optional qualifier and the number; then the verb (a finite form
# or an auxiliary, maybe after an adverb), a preposition or a mark
_FORMATION_OF_N = _PATTERNS.compile(
    r"\b(?:contingents?|force|battalions?|brigades?|regiments?|compan(?:y|ies)|detachments?|platoons?|"
    r"units?|groups?|teams?|party|squads?|mission)\s+of\s+"
    r"(?P<qual>about|around|approximately|some|nearly|almost|roughly|more\s+than|over|at\s+least|up\s+to|an\s+estimated)?\s*"
    # (a number's digits whole: "a force of 2,500 promised" is no force of 2 before a comma)
    r"(?P<num>[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]{1,6}(?![0-9]|,[0-9]))"
    r"(?=\s*(?:[,;.:)–—]|$)|\s+(?:\w+ly\s+)?(?:was|were|is|are|has|had|have|will|would|also|then|left|flew|went|came|"
    r"drove|rode|took|set|reached|crossed|moved|arrived|landed|departed|returned|withdrew|entered|headed|"
    r"travell?ed|deployed|redeployed|relocated|rotated|from|to|into|in|at|on|for|towards?|via|through)\b)",
    re.I)
# (searched only in spans holding one of the words every match holds: read.gates, tests/test_speed112.py)
_FORMATION_OF_N_GATE = Gate(_FORMATION_OF_N, ("battalion", "brigade", "companies", "company", "contingent", "detachment", "force", "group",
                                             "mission", "party", "platoon", "regiment", "squad", "team", "unit"))


# the formation named as the whole of which what moved is a part or the first ("A Kenyan unit
# landed in X, part of the contingent of 1,200"): no count of what moved
_WHOLE_BEFORE = _PATTERNS.compile(r"\b(?:part|the\s+(?:first|last|vanguard))\s+of\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?$", re.I)


def formation_size(text: str, s: int, e: int) -> dict | None:
    """The count of [s, e) told by the number after a formation's "of" ("a contingent of 200
    arrived": 200 members, an item as clauses._what makes them), or None."""
    m = _FORMATION_OF_N_GATE.search(text, s, e)
    if m is None or _WHOLE_BEFORE.search(text, max(s, m.start() - 40), m.start()):
        return None  # (", part of the contingent of 1,200": the whole the group moved is a part of)
    item = {"value": int(m.group("num").replace(",", "")), "unit": "members"}
    if m.group("qual"):
        mark_qualified(item, m.group("qual"))
    return item


_PATTERNS.save()
