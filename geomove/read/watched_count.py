"""A count in the object of a verb of watching or escorting, when the watcher itself moves after
it by a participle of time: "HMS Kent shadowed two Russian corvettes before returning to X", "The
frigate tracked three Chinese warships after leaving Y". The ships watched are what the watcher
acted on, not what moved (GUIDELINES: the count is of what moved).

Only the verb of watching, an article or nothing, the count, and "before" / "after" / "while" /
"then" right before the verb of moving (a comma before them, and before that a passive clause of
"until" that ends the watch: "tracked three warships until it was relieved off X, then sailed back
to Y", read142): "shadowed two corvettes as they sailed" (the watched
moved, read.pronoun_after_conjunction) and "tracked two vessels, which had entered X" keep their
counts.

why: "HMS Kent shadowed two Russian corvettes before returning to Portsmouth" counted 2, the
corvettes, with HMS Kent what moved (read140, a near miss of the watched-object reading)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-watched-count")

# the verb of watching right before the count ("shadowed | two", "monitored the | three")
_WATCHED_BEFORE = _PATTERNS.compile(
    r"\b(?:shadow|track|monitor|follow|watch|tail|trail|observ|escort)(?:ed|s|d)\s+(?:the\s+)?$", re.I)
# between the count's noun and the verb of moving: a conjunction of time only, or "then" after a
# comma, and before it a passive clause of "until" that ends the watch ("tracked three Russian
# warships until it was relieved off X, then sailed back to Y", read142)
_THEN_OWN_MOVE = _PATTERNS.compile(
    r"(?:\s+until\s+(?:it|they)\s+(?:was|were)\s+(?:[a-z]+\s+)?[a-z]+ed\b(?:\s+(?:off|at|in|near|by)\s+[^,.;:]{1,40}?)?(?=,))?"
    r",?\s+(?:before|after|while|then|and\s+then)\s+", re.I)
_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)


def counted_watched(text: str, count_start: int, count_end: int, verb_at: int) -> bool:
    """Is the count from ``count_start`` to ``count_end`` the object of a verb of watching whose
    subject then moves by the verb at ``verb_at`` ("shadowed | two Russian corvettes | before
    returning")?"""
    return count_end < verb_at and _THEN_OWN_MOVE.fullmatch(text, count_end, verb_at) is not None \
        and _WATCHED_BEFORE.search(text, max(0, count_start - 24), count_start) is not None
