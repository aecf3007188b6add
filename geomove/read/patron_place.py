"""A country named as a force's patron inside the noun phrase a cue governs: "fighters from Iraqi
armed groups backed by Iran crossed into Syria", "gunmen from militias loyal to Damascus arrived".
The cue ("from") governs the groups, and the country after "backed by" says whose side they are
on: no place of the movement (GUIDELINES: a place named only by an organisation is none).

why: the cue's gap ("Iraqi armed groups backed by ") read as one noun phrase, so Iran became where
the fighters came from. "Iran-backed groups" (the patron before the noun) was already no place;
a party phrase ("under an agreement with Washington", lexicon._PARTY_PHRASE) is the nearest rule,
but it is also read in clauses for other ends, so the patron's words stand apart here."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data

_DATA = read_data("patron_place.json")
_PATTERNS = CompiledPatterns("read-patron-place")


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# the patron's words closing the gap between a cue and the place: "... backed by (the) ",
# "... loyal to "
_PATRON_END = _PATTERNS.compile(rf"\b(?:(?:{_alt(_DATA['by'])})\s+by|{_alt(_DATA['to'])})\s+(?:the\s+)?$", re.I)


def patron_gap(gap: str) -> bool:
    """Does the gap between a cue and its place end with a patron's words ("Iraqi armed groups
    backed by ", "militias loyal to the ")? Then the place is the patron, not the cue's place."""
    return _PATRON_END.search(gap.rstrip() + " ") is not None


_PATTERNS.save()
