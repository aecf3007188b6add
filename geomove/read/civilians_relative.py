"""A verb of moving inside a relative clause about civilians tells their flight, not the force's
route: "Chad flew 200 soldiers to Abeche to guard refugees, who fled El Geneina in June",
"Police moved to Dadaab, where refugees who fled Kismayo live". The place the civilians left is
no origin of the force (GUIDELINES: the movement is the armed forces'; people who are no force
make none).

The object reader takes a place right after the last verb of moving before it ("fled X": X was
left) for the clause's origin, whoever that verb's subject was: El Geneina became where the
Chadian soldiers flew from. A relative clause whose antecedent is one of CIVILIAN_NOUNS ("who
fled", ", who had fled", "that crossed") keeps its places to itself; one about a force ("soldiers
who left Gao arrived in Kidal") still gives the movement its origin.

why: probe sentences of my own (s41 lead, a Chadian deployment beside Sudanese refugees).

The same holds for the cues after such a verb ("Police dispersed protesters who had marched
from A to B", "Guards detained migrants who had crossed from A into B"): "from", "to", "into"
after the civilians' verb of moving, with no verb of moving between, tell their march, not the
force's (roles._cue_of_civilians; s45 read120: A was read as the police's origin and B as their
destination, and a first fix that kept "to B" moved the spurious end rather than removing it)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .gates import Gate

_PATTERNS = CompiledPatterns("read-civilians-relative")

# people who are no force, whose own movements a relative clause may tell
CIVILIAN_NOUNS = ("residents", "civilians", "villagers", "refugees", "migrants", "families", "people",
                  "pilgrims", "students", "farmers", "traders", "herders", "protesters", "demonstrators",
                  "workers", "passengers", "tourists", "children", "women", "displaced", "returnees", "evacuees")
# the antecedent and the relative pronoun right before the verb: "refugees, who (had) fled"
_CIVILIANS_WHO = _PATTERNS.compile(
    r"\b(?:" + "|".join(sorted(CIVILIAN_NOUNS, key=lambda w: (-len(w), w))) + r")\s*,?\s+(?:who|that)\s+"
    r"(?:had\s+|have\s+|has\s+)?(?:(?:just|recently|already|earlier)\s+)?(?:been\s+)?$", re.I)
# (searched only in spans holding one of the words every match holds: read.gates, tests/test_speed112.py)
_CIVILIANS_WHO_GATE = Gate(_CIVILIANS_WHO, ("children", "civilians", "demonstrators", "displaced", "evacuees", "families", "farmers",
                                           "herders", "migrants", "passengers", "people", "pilgrims", "protesters", "refugees",
                                           "residents", "returnees", "students", "tourists", "traders", "villagers", "women", "workers"))
# how far before the verb the antecedent may stand
REACH_CHARS = 60


def verb_of_civilians(text: str, verb_start: int) -> bool:
    """Is the verb at ``verb_start`` the verb of a relative clause whose antecedent is a noun
    of civilians ("refugees, who fled", "residents who had left")?"""
    return _CIVILIANS_WHO_GATE.search(text, max(0, verb_start - REACH_CHARS), verb_start) is not None


_PATTERNS.save()
