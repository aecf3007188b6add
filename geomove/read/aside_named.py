"""A clause that opens with a place and a relative aside about it, then its subject: "In
Catatumbo, where the ELN has been fighting dissident fronts since January, 800 soldiers of the
Rapid Deployment Force were airlifted from A to B". The subject begins after the aside: the
forces the aside names (the ELN, "dissident fronts") do what the aside's own verb says.

GUIDELINES: the actor is the moving force, named as the report names it.

why: the subject was looked for from the clause's start, where the aside's "dissident fronts"
(a generic force word) came first, and the movement had no actor."""

from __future__ import annotations

from .kept import recompile as _recompile

# an opening place phrase ("In X", "Near the border") and its ", where ...," aside
_PLACE_ASIDE_OPENER = (r"\s*(?:[0-9]{1,2}[.)]\s+)?(?:In|At|Near|Around|Across|Along|Outside|Inside|On)\b[^,;.]*"
                       r",\s*where\b[^,;.]*,\s*")


def subject_after_place_aside(text: str, s: int, verb_at: int) -> int:
    """Where the subject of the clause [s, verb_at) begins: after an opening place phrase and
    its ", where ...," aside when there is one, else ``s``."""
    if "where" not in text[s:verb_at]:
        return s
    m = _recompile(_PLACE_ASIDE_OPENER).match(text, s, verb_at)
    return m.end() if m is not None and m.end() < verb_at else s


# a relative aside set off by commas, closed before the verb: "Colombian troops, who had fought
# ELN fighters for weeks, moved ..." -- the fighters the aside names did not move
_RELATIVE_ASIDE = r",\s*(?:where|who|which|whose)\b[^,;.]*,"


def named_in_aside(text: str, s: int, at: int, verb_at: int) -> bool:
    """Does the name at ``at`` stand inside a relative aside of the clause [s, verb_at) that
    closes before the verb? Then it is no subject of the verb."""
    if "," not in text[s:verb_at]:
        return False
    return any(m.start() < at < m.end() for m in _recompile(_RELATIVE_ASIDE).finditer(text, s, verb_at))
