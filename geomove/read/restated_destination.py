"""An anaphor that restates the destination a clause already told: "About 1,500 soldiers rolled
into Guayaquil from Manta and from Quito, the third deployment to the city since January 2024".
"to the city" refers back to Guayaquil, the destination just told; the nearest city before it
is an origin of the same clause (Quito), and read as that, it made a movement Manta -> Quito.

A place the clause already has as its origin is not where the same clause's force went, when
the clause already names where it went (a return, "returned to the city" with no other
destination, keeps its anaphor).

Read in clauses._Reader, where a role cue's anaphor ("to the city", "there") is resolved."""

from __future__ import annotations


def restates_told_destination(ref: dict, role: str, slots: list) -> bool:
    """Is ``ref``, resolved for an anaphor cued as a destination, an origin of the clause whose
    ``slots`` (role, mentions, cue) already hold a destination?

    why: "into G from M and from Q, the third deployment to the city" read M -> Q."""
    if role != "destination" or not any(r == "destination" for r, _g, _a in slots):
        return False
    return any(ref is g for r, grp, _a in slots if r == "origin" for g in grp)
