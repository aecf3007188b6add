"""A role cue does not govern a place across another verb of movement.

"The elements left Gao in the morning and reached Ansongo": the "in" of "in the morning" is
followed, inside words that look like one noun phrase, by "and reached" and then the place.
Read as one phrase, "in ... Ansongo" made Ansongo where the unit was when it left (an "in"
near a departure verb is its origin). The verb between the cue and the place is what governs
the place, so the cue's search stops there (read48; RoleReading._cue_for asks)."""

from __future__ import annotations

import re

from .kept import recompile as _recompile  # (built from the kept code: speed58)

# the join before the second verb: "and", "and then", "then" (a verb-like word inside the noun
# phrase, "to the left bank of the river", is no second verb)
_JOIN_BEFORE = _recompile(r"\b(?:and|then)(?:\s+then)?\s+$", re.I)


def verb_between(text: str, triggers: list[re.Match], a: int, b: int) -> bool:
    """A verb of movement joined by "and"/"then" stands wholly between offsets ``a`` (after a
    cue) and ``b`` (the place phrase's start)."""
    return any(a <= t.start() and t.end() <= b and t.group("verb") and _JOIN_BEFORE.search(text, a, t.start())
               for t in triggers)
