"""The people a force greets before it leaves are no end of its move: "Norwegian soldiers waved to
their families in Oslo as they left for Kirkenes", "The marines said goodbye to relatives at
Toulon before they sailed". The cue "to" there is the greeting's ("waved to", "said goodbye to"),
and the place after "<people> in|at" is where the people were, not where the force went.

:func:`greeted_people_gap` is asked by roles._cue_for of a "to" whose words before the place are
only people and where they were (greeted_people.json); the caller then asks that no verb of moving
stands before the cue in its clause. A verb of moving before it governs the "to": "The soldiers returned to their
families in Athlone" still went to Athlone.

why: session 51 (read147) left "Soldiers waved to their families in A as they left for B" reading
a move to A; golden lines s52-read150-waved/hugged/saluted-* of my own in Norway, France and
Kenya."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data

_PATTERNS = CompiledPatterns("read-greeted-people")
_DATA = read_data("greeted_people.json")

# the whole gap between "to" and the place: people, then where they were
_PEOPLE_GAP = _PATTERNS.compile(
    r"(?:(?:" + "|".join(_DATA["determiners"]) + r")\s+)?(?:[\w-]+\s+)?(?:" + "|".join(_DATA["people"]) + r")\s+(?:"
    + "|".join(_DATA["where_cues"]) + r")(?:\s+the)?", re.I)
_PATTERNS.save()


def greeted_people_gap(cue: str, gap: str) -> bool:
    """Is ``gap`` (the words between the cue ``cue`` and a place) people greeted and where they
    were, after a "to"? (The caller asks next that no verb of moving before the cue governs it.)"""
    return cue.strip().lower() == "to" and _PEOPLE_GAP.fullmatch(gap.strip()) is not None
