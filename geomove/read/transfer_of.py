"""A transfer of something that is no force: "the first transfer of territory since the war", "the
transfer of power", "the transfer of control of the villages", "the transfer of 40 prisoners". The
noun "transfer" is a trigger (a force's transfer to a place is its movement: "the transfer of the
battalion to Gao was completed"), but with such an object it tells none (GUIDELINES: a movement is
a transfer of armed forces or their equipment).

why: the lead's probes of session 43: "..., is the first transfer of territory since the 2023 war"
read a movement to the place of the accord; "The transfer of territory to Armenia took place near
Voskepar" read Voskepar as a destination. The words are data (lexicon.json transfer_of_no_force)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _DATA

_PATTERNS = CompiledPatterns("read-transfer-of")  # (kept compiled code, as read/lexicon.py's)
TRANSFER_NOUNS = frozenset(_DATA["transfer_of_no_force"]["nouns"])
_OF_NO_FORCE = _PATTERNS.compile(_DATA["transfer_of_no_force"]["object"], re.I)


def transfer_of_no_force(text: str, noun_end: int, e: int) -> bool:
    """Does the noun of transfer ending at ``noun_end`` govern, by "of", a thing that is no force
    ("of territory", "of power", "of prisoners"), in the clause ending at ``e``?"""
    return _OF_NO_FORCE.match(text[noun_end:e]) is not None


_PATTERNS.save()
