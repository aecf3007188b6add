"""A single named vessel joined before a count of vessels: "The carrier Shandong and four
escort ships sailed ..." moved five ships, not four.

The twin of clauses._one_vehicle_before ("A destroyer and two frigates": 3), which reads a
vessel told with "a"/"an"/"one"; a vessel told by its name ("the destroyer Hamburg", "HMS
Defender", "INS Kolkata") is one vessel just as much. The ship's name is read as lexicon.json's
``ship_name`` reads it: a navy's prefix, or a noun of a ship's kind, then capitalised words.
"""

from __future__ import annotations

from ..regex_cache import CompiledPatterns
from ..wordlists import SHIP_KINDS_RE, SHIP_PREFIXES_RE
from .counts import one_more_before

_PATTERNS = CompiledPatterns("read-named-vessel")

# "the carrier Shandong and", "HMS Defender, and", "the Chinese aircraft carrier Liaoning and its",
# and the head of a list: "The frigate X, two corvettes and a tanker"
_NAMED_VESSEL_AND = _PATTERNS.compile(
    r"(?:\b(?:" + SHIP_PREFIXES_RE + r")|\b(?i:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?i:" + SHIP_KINDS_RE + r"))"
    r"(?:\s+(?-i:[A-Z])[\w'’.-]*){1,3}(?:\s*,?\s+(?i:and)(?:\s+(?i:its|her|their))?|\s*,)\s*$")


def named_vessel_before(text: str, s: int, at: int, item: dict, vehicle_count) -> bool:
    """Does a single vessel told by its name stand joined by "and" right before the count
    ``item`` (which begins at ``at``) of vehicles (``vehicle_count(item)``)? Then ``item``
    counts one more, as clauses._one_vehicle_before counts "a destroyer and two frigates".

    why: "The carrier Shandong and four escort ships sailed" counted 4; five ships moved."""
    if not vehicle_count(item) or _NAMED_VESSEL_AND.search(text, max(s, at - 80), at) is None:
        return False
    one_more_before(item)
    return True


_PATTERNS.save()
