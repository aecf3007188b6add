"""A list of places passed, each with its article: "sailed via the Bosphorus and the
Dardanelles", "through the Suez Canal, the Red Sea and the Bab el-Mandeb". Each member is a
place passed, in the order told.

A list of bare names ("through A and B") already shares its head's cue (clauses: a member of the
list before it). With "the" before the second member, the gap read as the noun phrase going on
("X in the Y"): the two straits became one phrase, and only the finer of them was kept.

why: the task of read57 (places passed missed). Only for via: a list of destinations with an
article ("to Gao and the Kidal region") is read as before (one place made finer, or a list
distributed into movements by the rules of ends)."""

from __future__ import annotations

import re

from .kept import recompile as _recompile

_AND_THE = _recompile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)the\s+", re.I)


def via_listed(gap: str, prev_role: str | None) -> bool:
    """Does ``gap`` ("and the", ", the") join a place to a list of places passed before it?"""
    return prev_role == "via" and _AND_THE.fullmatch(gap) is not None
