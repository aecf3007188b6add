"""An order told in the passive, with the force as its subject: "About 700 troops were ordered to
Kosovo". The verb "order" triggers only when a force and a place follow it ("NATO ordered 700
troops to Kosovo", lexicon.json ordered_to); in the passive the force comes before the verb and
the place right after it. Either way what it tells is an order, so the movement is planned
(GUIDELINES: announced, planned moves are kept with status planned). "were ordered to leave" is
an infinitive, not a place: the place must be a name (a capital after "to")."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _DATA, _ORDERED_TO as _OBJECT_THEN_PLACE

_PATTERNS = CompiledPatterns("read-order-passive")

# (the active's pattern, a force and a place after the verb, is lexicon._ORDERED_TO)
_AUXILIARY_BEFORE = _PATTERNS.compile(_DATA["ordered_to"]["passive_before"], re.I)
_PLACE_RIGHT_AFTER = _PATTERNS.compile(_DATA["ordered_to"]["passive_after"], re.I)


def order_names_a_place(text: str, verb_start: int, verb_end: int, clause_end: int) -> bool:
    """Does the order at ``verb_start``:``verb_end`` send a force to a named place: a force
    and a place after it (active), or the place right after a passive verb?"""
    if _OBJECT_THEN_PLACE.match(text, verb_end, clause_end):
        return True
    return (_AUXILIARY_BEFORE.search(text, max(0, verb_start - 30), verb_start) is not None
            and _PLACE_RIGHT_AFTER.match(text, verb_end, clause_end) is not None)


_PATTERNS.save()
