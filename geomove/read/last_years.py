""""last year" that dates another event than the move: "A Spanish engineer platoon was redeployed
from Marjayoun to Naqoura on Tuesday to clear debris from a road damaged in last year's
fighting" is this week's move; "U.S. forces vacated Ain al-Asad air base on Monday, the latest
step in a drawdown agreed with Washington last year" dates the agreement.

why: lexicon._BACKGROUND reads "last year" anywhere in the clause as the move's own past time
(status background), so the redeployment, and the vacating of the base, were dropped from the
reported movements.

Two forms (lexicon.json last_years): a possessive ("last year's", "last year’s") whose noun is
not the move itself -- "Last year's withdrawal from Mali" is a move of last year and stays
background; and the end of a participle of a decision after the move's verb ("agreed with
Washington last year"). A bare "last year" told of the move ("was redeployed ... last year")
is the move's time as before."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _DATA

_PATTERNS = CompiledPatterns("read-last-years")
# the possessive right after "last year", and the space before the noun it owns
_POSSESSIVE = _PATTERNS.compile(r"['’]s\s+")
_DECIDED = _PATTERNS.compile(_DATA["last_years"]["decided"], re.I)
# how far before "last year" the participle of a decision may stand
_DECIDED_CHARS = 80


# a relative clause set off by a comma after the move, with up to four words of an apposition
# before its pronoun: ", the one that fought at X last year", ", which it had held last year"
_RELATIVE_AFTER = _PATTERNS.compile(r",\s+(?:[\w'’-]+\s+){0,4}?(?:that|which|who|whose|where)\b[^.;:]*$", re.I)


def dates_another_event(text: str, year: re.Match, move_start: int, move_end: int) -> bool:
    """Does ``year`` ("last year") date another event than the move whose word is at
    ``move_start:move_end``: a possessive whose noun is not the move, the end of a participle
    of a decision told after the move's word, or a relative clause set off after the move ("The
    brigade left Gao for Kidal on Monday, the one that fought at Tessalit last year": what the
    brigade did last year)?"""
    owned = _POSSESSIVE.match(text, year.end())
    if owned is not None:
        return owned.end() != move_start
    if year.start() < move_end:
        return False
    return _DECIDED.search(text, max(move_end, year.start() - _DECIDED_CHARS), year.start()) is not None \
        or _RELATIVE_AFTER.search(text, move_end, year.start()) is not None


_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)
