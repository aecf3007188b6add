"""A force's home base told beside a move from elsewhere: "soldiers of the 15th Mechanised
Brigade, based in Gizycko, drove from Orzysz to Suwalki", "Ugandan troops based in Nimule moved
from Kajo Keji to Yei", "Vicenza-based paratroopers flew from Aviano to Riga", "troops from the Tamale garrison moved from
Bolgatanga to Bawku". Where the unit is
based says what the unit is; the move began where "from" says, and the base is not passed.

"based in X" alone is where a force was before it moved (lexicon role_cues, origin_weak: "units
based in X were sent to Y" came from X), and that stays. With a second origin in the same clause,
told by a cue of its own, the two were read as the origin and a place passed (the first the
origin, the second moved to via): the base took the origin, and the true origin became a via.

why: the task of read57 (wrong via): the location of the unit's home base when it is not the
origin is no via and no origin."""

from __future__ import annotations

import re

from .kept import recompile as _recompile

# the cue of a place where a force is kept: "based in", "stationed at", "garrisoned in",
# "home-ported in", "normally based at" (the cue offset of an origin_weak slot points here)
# (and a place the force had held, told in its own relative clause: "soldiers who had held X
# were flown from A to B", read62; or besieged: "that had besieged X ... pulled out of A", read68)
_KEPT_AT = _recompile(r"(?:stationed|based|garrisoned|home-?ported|posted|present)\s+(?:in|at)\b"
                      r"|(?:who|which|that)\s+had\s+(?:held|defended|guarded|garrisoned|occupied|besieged|surrounded|encircled|controlled)\b", re.I)
# "X-based troops", "troops of the X garrison": the origin is told at the place itself
# (roles._cue_for: _BASED_AFTER, _GARRISON_AFTER)
_BASED_HYPHEN = _recompile(r"-based\b|\s+(?:garrison|barracks)\b", re.I)


def _kept_at(text: str, role: str, group: list[dict], at: int) -> bool:
    """Is this origin slot told only as where the force is kept ("based in X", "X-based")?"""
    if role != "origin":
        return False
    if _KEPT_AT.match(text, at):
        return True
    # (the hyphen is the cue, at the place; "from the X garrison": the place names the unit's home)
    return any(_BASED_HYPHEN.match(text, m["end"]) for m in group)


def home_base_beside_origin(text: str, slots: list[tuple[str, list, int]], why: list[str]) -> list[tuple[str, list, int]]:
    """``slots`` without an origin told only as where the force is based, when another origin
    of the clause is told by a cue of its own ("from Orzysz"); ``slots`` unchanged otherwise."""
    based = [k for k, (r, g, at) in enumerate(slots) if _kept_at(text, r, g, at)]
    if not based or not any(r == "origin" and k not in based for k, (r, _g, _a) in enumerate(slots)):
        return slots
    for k in based:
        why.append(f"{slots[k][1][0]['surface']}: no role, where the force is based, beside the origin told")
    return [x for k, x in enumerate(slots) if k not in based]
