"""The presence of the unit a force relieves, told in a relative clause on it after the verb: "A
Hungarian company arrived at X on 12 NOV, replacing the Austrian platoon that had been based
there since May", "Romanian troops reached Y on Tuesday, relieving the Polish company which had
been stationed in the town since 2023". The pluperfect and its year date the relieved unit's
stay, not the arrival: the main verb's movement is still reported (GUIDELINES: long-standing
presence is no movement, but here it is another unit's).

why: the arrival was read as background ("a pluperfect of presence or a past time 'had been
based'"), though it was dated and told as news (probes of my own, s32 read87, a KFOR-style
sitrep)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _DATA

_PATTERNS = CompiledPatterns("read-relieved-presence")

# a verb of relief (lexicon.json relief_in_place), its unit, then the relative pronoun whose
# clause follows: the words right before the pluperfect
_RELIEVED_THEN_WHO = _PATTERNS.compile(
    r"\b(?:replac(?:e|es|ed|ing)|reliev(?:e|es|ed|ing)|(?:take|takes|took|taken|taking)\s+over\s+from)"
    + _DATA["relief_in_place"]["object"] + r"\s*,?\s*(?:who|which|that)\s+$", re.I)
_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)


def in_relieved_units_relative(text: str, at: int, verb_end: int) -> bool:
    """Is the pluperfect at ``at`` (after the clause's verb, ending at ``verb_end``) the start
    of a relative clause on the unit a verb of relief names ("replacing the platoon that | had
    been based there since May")?"""
    return at >= verb_end and _RELIEVED_THEN_WHO.search(text, max(verb_end, at - 160), at) is not None
