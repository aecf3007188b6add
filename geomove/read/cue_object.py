"""A cue and its place read as the object after a verb: "They left for Kidal", "they are leaving
for Kidal", "They departed for Gao": the words after the verb are where the force went, not
what moved. With a pronoun for a subject the clause names nothing that moved in its own words
(as "They moved to Kidal" reads none); the cue's phrase is no name of a force.

why: "Soldiers said they are leaving for Kidal" read "for Kidal" as what moved (a verb whose
bare object has a role, 'leave', took the phrase after it as its object; probes of my own,
s32 read87)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-cue-object")

# a cue of an end or of the way, right at the start of the object: "for", "to", "towards",
# "into", "from", "via", "through" (then the place the clause names there)
_CUE_FIRST = _PATTERNS.compile(r"(?:for|to|towards?|toward|into|onto|from|via|through|back\s+to)\s+(?:the\s+)?", re.I)
_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)


def cue_then_place(text: str, at: int, names_a_place) -> bool:
    """Does the object starting at ``at`` open with a cue followed right away by a place the
    clause names (``names_a_place(offset)``)? Then it tells where, not what moved."""
    # (matched in any case where it stands: lowering the whole text at each clause cost a 10 MB
    # report its length squared, 2.37x its parts)
    cue = _CUE_FIRST.match(text, at)
    return cue is not None and names_a_place(cue.end())
