"""An apposition set between commas after the subject, before the verb group: "Hundreds of
Kenyan police officers, part of a UN-backed mission, flew out of Nairobi", "Dozens of pickups
linked to JNIM, the al-Qaeda affiliate, were seen leaving Boni". What the subject is, told
between commas, is no part of what moved: the subject before it is (clauses._closed_apposition,
which knew an apposition opened by a determiner or a possessive right before the verb).

Two more shapes of the same construction: an apposition opened by a word of belonging ("part of
a mission", "members of the force", "elements of the 5th Brigade"), and the verb group's
auxiliaries or a verb of seeing between the closing comma and the verb ("..., were seen
leaving", "..., have reportedly").

why: what moved was read as "part of a UN-backed mission" and "the al-Qaeda affiliate" (probes
of my own)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-apposition-closed")

# an apposition opened by a word of belonging: "part of a UN-backed mission"
BELONGING_APPOSITION = r"(?:part|members?|elements|units|some)\s+of\s+\S"
# an apposition that names a craft by its call sign, hull or pennant number, as spotting and
# flight-tracking notes write it: "an RC-135W, call sign JAKE11, flew from A to B", "The frigate,
# pennant number F237, sailed": the craft before it is what moved, its label is no noun of its own
# (read107)
CALL_SIGN_APPOSITION = r"(?:call[\s-]?signs?|hull\s+(?:numbers?|nos?\.?)|pennant\s+(?:numbers?|nos?\.?)|tail\s+numbers?)\s+\S"
# the words of a verb group that may stand between the closing comma and the verb of moving
_VERB_GROUP_ONLY = _PATTERNS.compile(
    r"\s*(?:(?:has|have|had|was|were|is|are|been|being|reportedly|also|then|later|seen|spotted|observed)\s+)*", re.I)


def verb_group_only(words: str) -> bool:
    """Are ``words`` (what stands between the apposition's closing comma and the verb of
    moving) empty or only a verb group's helpers ("were seen")?"""
    return _VERB_GROUP_ONLY.fullmatch(words) is not None


_PATTERNS.save()
