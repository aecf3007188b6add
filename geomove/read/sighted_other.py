"""A sighting of another craft or force told in a subordinate clause after the main verb: "The
air force scrambled two FA-50 jets from Clark Air Base after a Chinese Y-9 aircraft was spotted
near Scarborough Shoal", "The navy sent two frigates from Subic Bay when a survey ship was seen
off X". The place of the sighting is where the other one was, no end of the main clause's
movement (GUIDELINES: the places of a movement are where it began and ended; the jets' end is
not told).

Only where "after", "when", "as", "once" or "before" opens, after the main verb, a noun phrase
of its own right before the passive of seeing ("was spotted", "were seen"): "The column, which
was spotted near X" or "troops were seen in X" (the clause's own subject) keep the sighting.

why: "scrambled two FA-50 jets from Clark Air Base on Thursday after a Chinese Y-9 aircraft
was spotted near Scarborough Shoal" read the shoal as the jets' destination (probes of my own,
s32 read87, a coast guard statement)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-sighted-other")

# the subordinator and the other subject's noun phrase (a determiner or a count, up to five
# words), right before the passive of seeing
_OTHER_SEEN = _PATTERNS.compile(
    r"\b(?:after|when|as|once|before)\s+(?:a|an|the|two|three|four|five|several|some|[0-9]+)\s+"
    r"(?:[\w'’-]+\s+){0,5}?(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?:seen|spotted|sighted|filmed|photographed|observed)\b", re.I)
_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)


def sighted_other(text: str, verb_end: int, cue_end: int) -> bool:
    """Is the sighting whose cue ends at ``cue_end`` told of another subject, opened by a
    subordinator after the main verb (ending at ``verb_end``)?"""
    found = None
    for found in _OTHER_SEEN.finditer(text, verb_end, cue_end):
        pass
    return found is not None and text[found.end():cue_end].strip().lower() in ("", "in", "at", "near", "outside")
