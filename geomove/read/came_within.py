"""How close a force got: "the convoy came within 10 km of Kidal", "warships sailed within 12
nautical miles of X", "bombers flew within 50 km of Y".

The place is told relative to its anchor ("within N km of", geomove.relative: a near relation
with a distance), right after a verb of going, with no cue of direction of its own: before,
"within" was no cue, so the place had no role and nothing was read. It is where the movement
went (GUIDELINES: a relative place is scored against its anchor), as "advanced to within 5 km
of X" already read through "to". Not after a verb of leaving ("withdrew within 10 km of X"
says where they stopped only loosely, and is left as it was), and only for the verbs listed.
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from . import lazy

# rules asked only behind a gate of this module: imported at their first call (read.lazy)
only_an_adverb_between = lazy.function(".adverb_gap", "only_an_adverb_between", globals())

_PATTERNS = CompiledPatterns("read-came-within")

# verbs by which the subject itself goes somewhere (their stems, as lexicon._stem gives them)
_GOING_VERBS = frozenset({"come", "advance", "move", "sail", "fly", "push", "drive", "march", "steam",
                          "approach", "penetrate", "venture", "arrive", "deploy", "redeploy", "land"})
_WITHIN = _PATTERNS.compile(r"within\s", re.I)
_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)


def went_within(text: str, mention: dict, verb_stem: str | None, verb_end: int) -> bool:
    """Is ``mention`` a place told "within N <unit> of X" (its phrase) right after a verb of
    going (``verb_stem``, ending at ``verb_end``)?

    why: "The convoy came within 10 km of Kidal before turning back" read no movement."""
    phrase = mention.get("phrase")
    relation = mention.get("relation") or {}
    if not phrase or relation.get("type") != "near" or relation.get("distance_km") is None:
        return False
    if verb_stem not in _GOING_VERBS or _WITHIN.match(text, phrase["start"]) is None:
        return False
    # (between the verb and "within": nothing but an adverb, "came dangerously within")
    return only_an_adverb_between(text, verb_end, phrase["start"])
