"""A day told right before a colon whose lead-in is a passive of what happened, and the clause after
it telling how: "The Irish contingent in Lebanon was rotated on Monday: the 124th Battalion
replaced the 123rd at Naqoura", "The brigade was redeployed on Friday: two battalions moved from
A to B". The lead-in names no place, so it is no movement of its own; the clause after the colon
spells it out and happened that day.

Without this the colon cut the day off: the clause after it had no date. Only a day (not a month
or a year), right before the colon, in the same sentence, after a passive verb of the lead-in
("was rotated", "were redeployed", "has been reinforced"); not a dateline's day (the caller
checks) and not a heading's ("Sightings, 5 March: ...", clauses._heading_colon_date).
"""

from __future__ import annotations

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-colon-day")

# the day is followed by the colon, and the clause opens right after it
_COLON_THEN_CLAUSE = _PATTERNS.compile(r"\s*:\s*")
# the lead-in's passive verb: "was rotated", "were quietly redeployed", "has been reinforced"
_PASSIVE_LEAD_IN = _PATTERNS.compile(r"\b(?:was|were|(?:has|have|had)\s+been)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b", 0)
# how far before the clause the day is looked for
COLON_DAY_CHARS = 160


def day_before_colon(text: str, dates: list, sentence_start: int, s: int):
    """The date of ``dates`` (those between ``sentence_start`` and the clause at ``s``, in order)
    told right before a colon that opens the clause, after a passive lead-in; None otherwise."""
    if not dates:
        return None
    d = dates[-1]
    if d.precision != "day" or not _COLON_THEN_CLAUSE.fullmatch(text, d.end, s):
        return None
    lead_in = text[max(sentence_start, s - COLON_DAY_CHARS):d.start]
    if ":" in lead_in or _PASSIVE_LEAD_IN.search(lead_in) is None:
        return None
    return d


_PATTERNS.save()
