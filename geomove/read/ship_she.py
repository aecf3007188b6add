"""'She' for a ship named in the clause before: "The corvette Stoiky reached Baltiysk on Friday.
She had left Kronstadt on Tuesday" -- English calls a ship 'she', so the pronoun is the corvette
and 'had left Kronstadt' is an earlier leg of its move (the origin), not a woman's trip.

The lexicon reads a bare 'she' as a person (lexicon._CIVILIAN: "when she arrived" is no force),
and only 'it' and 'they' as a force told before (lexicon._ANAPHOR_SUBJECT). Here 'she' is the
ship only when the clause right before names a ship by its name (a navy's prefix, "HMS Trent", or
a kind of ship and its name, "the frigate Hamina": lexicon._SHIP_NAME) and names no person who
could be 'she' (an official, a civilian, a woman: lexicon._CIVILIAN), so "Defence Minister Ilves
watched the frigate Hamina dock at Tallinn. She then flew to Turku" stays a minister's trip.
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _CIVILIAN, _SHIP_NAME

_PATTERNS = CompiledPatterns("read-ship-she")

# the subject is 'she' alone, with what may stand between it and the verb ("She had", "She then",
# "She later"): nothing else, so "She and her crew" or "Her captain" are not read here
_SHE_ALONE = _PATTERNS.compile(r"\s*(?-i:She|she)(?:\s+(?:had|has|was|then|later|also|again|first|eventually|finally|"
                               r"\w+ly))*\s*", re.I)


def she_is_the_ship(text: str, subject: str, before: tuple[int, int] | None) -> bool:
    """Is ``subject`` a bare 'she' that refers to the ship named in the clause ``before`` (its
    (start, end) in ``text``; None when the clause opens the report)?"""
    if before is None or not _SHE_ALONE.fullmatch(subject):
        return False
    clause = text[before[0]:before[1]]
    return _SHIP_NAME.search(clause) is not None and _CIVILIAN.search(_SHIP_NAME.sub(" ", clause)) is None


_PATTERNS.save()
