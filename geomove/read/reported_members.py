"""The members of a named force as the subject of a clause reported by an institution, as
ministry communiques in translation write it: "The Joint Command reported that elements of the
Marine Infantry arrived in X", "it is reported that 120 uniformed members of the National Police
were transferred to Y", "informs that, by order of the General Command, a contingent of 300
soldiers of the Seventh Division was deployed to Z". The force whose members moved is the actor
(GUIDELINES: the actor is the moving force, named as the report names it), as when the members open
the sentence ("Elements of the Marine Infantry arrived"); after "that", the reader took them for a
force after a preposition, no subject, and the movement had no actor.

Only right after "that" (with an aside set off by commas at most, and a formation the members
make up: "a contingent of"), so "a blockade by soldiers of the X" stays as read.

Read in forces._members_of_force."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-reported-members")

# what stands between "that" and the members: an aside in commas ("that, by order of the General
# Command of the Military Forces, "), then a formation they make up ("a contingent of ")
_AFTER_THAT = _PATTERNS.compile(
    r"\bthat\s*(?:,[^,;.]{1,120},\s*)?"
    r"(?:(?:a|an|the)\s+(?:[a-z][\w-]*\s+)?(?:contingent|detachment|group|company|battalion|column|unit|team)\s+of\s+)?$", re.I)
_THAT_LEAD = _PATTERNS.compile(r"that\s+", re.I)
# how far back "that" may stand
_REACH = 200


def members_open_reported_clause(text: str, s: int, lead_start: int) -> bool:
    """Do the members whose lead starts at ``lead_start`` open a clause reported after "that"
    ("reported that elements of the ...")?

    why: "The Joint Command reported that elements of the Marine Infantry arrived" had no actor."""
    that = _THAT_LEAD.match(text, lead_start)  # (the lead's optional adjective took "that")
    at = that.end() if that else lead_start
    return _AFTER_THAT.search(text, max(s, at - _REACH), at) is not None


_PATTERNS.save()
