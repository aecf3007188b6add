"""A movement with one end read whose other end the text names by a name the gazetteer lacks: "A
Romanian team was sent from Butmir to Brcko on Thursday" (Butmir unknown), "a convoy left
al-Ghaydah for the port of Nishtun" (Nishtun unknown). The end is told, only not placed: the
movement is no half of another, so a half told near it with the other end only is not joined to
it (events.complete_halves, events._join_halves; GUIDELINES: a different movement stays apart).

why: "EUFOR flew in reserve troops from Austria and Hungary on Wednesday" took the Romanian
team's Brcko as its destination, the team's move lost, and the lede's flights read to Brcko
(s38 read102, reports of my own; probes in tests/golden/movements.jsonl, s38-read102-unplaced-*).

Only "from NAME to|into|towards|for PLACE" before a destination read alone, and "PLACE
to|into|towards|for [the port of] NAME" after an origin read alone; NAME capitalised, no mention the
finder placed or read as a force or a nation, and no day, month or body's name ("from Monday to
X", "from Brigade 7 to X")."""

from __future__ import annotations

import re

from ..dates import MONTH_NAMES, WEEKDAY_NAMES
from ..regex_cache import CompiledPatterns
from .gates import Gate

_PATTERNS = CompiledPatterns("read-unplaced-end")

# a name of one to three capitalised words ("Butmir", "Vizcatan del Ene", "Camp Butmir")
_NAME = r"(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?-i:[A-Z])[\w'’-]*|del|de|la|el|al)){0,2}"
# how far before a destination (after an origin) the unknown end is looked for
UNPLACED_END_WINDOW = 80
# "from NAME " closing the words before a destination's cue ("to", "into", "towards", "for")
_FROM_NAME_BEFORE = _PATTERNS.compile(r"\bfrom\s+(?:the\s+)?(?P<name>" + _NAME + r")\s+$", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_FROM_NAME_BEFORE_GATE = Gate(_FROM_NAME_BEFORE, ("from",))
_CUE_TO = _PATTERNS.compile(r"(?:to|into|towards?|for)\b", re.I)
# " to|for [the port of] NAME" opening the words after an origin
_TO_NAME_AFTER = _PATTERNS.compile(r"\s+(?:to|into|towards?|for)\s+(?:the\s+)?(?:(?:port|town|village|city|island|base|camp|"
                                   r"airport|airfield|garrison|district)\s+of\s+)?(?P<name>" + _NAME + r")", re.I)
# words that are no place's name: a day, a month, an article, a body or unit
_NOT_A_PLACE = _PATTERNS.compile(r"(?:" + WEEKDAY_NAMES + "|" + MONTH_NAMES + r"|The|A|An|Its|Their|His|Her|"
                                 r"Brigades?|Battalions?|Regiments?|Divisions?|Corps|Operations?|Forces?|Army|"
                                 r"Units?|Companies|Company|Command|Ministry|Council|Headquarters|HQ)\b", re.I)
_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)


def _unplaced(name: re.Match, offset: int, known_starts: frozenset) -> bool:
    """Is the matched name (at ``offset`` in the text) no mention the finder read and no day,
    month or body's name?"""
    return offset + name.start("name") not in known_starts and not _NOT_A_PLACE.match(name.group("name"))


def other_end_unplaced(text: str, draft, known_starts: frozenset) -> bool:
    """Does ``draft``, a movement with one end read, tell its other end by a name left unplaced
    (see the module)? ``known_starts``: where the mentions the finder placed or read as a force
    or a nation start."""
    if (draft.origin is None) == (draft.destination is None):
        return False
    # (only the first destination of a clause, where its cue follows "from NAME", and its last
    # origin, before "to NAME": a clause listing 2,000 places shared by 2,000 movements was read
    # 2,000 times over, its length squared, tests/test_long_text_s28.py)
    if draft.origin is None:
        for frag in draft.frags:
            for _place, at in frag.destination[:1]:
                if not isinstance(at, int) or not _CUE_TO.match(text, at):
                    continue  # (where the destination's cue stands: "to" in "from Butmir to Brcko")
                lo = max(0, at - UNPLACED_END_WINDOW)
                m = _FROM_NAME_BEFORE_GATE.search(text[lo:at])  # (in a slice: the pattern closes at its end)
                if m is not None and _unplaced(m, lo, known_starts):
                    return True
        return False
    for frag in draft.frags:
        for place, at in frag.origin[-1:]:
            surface = place.get("surface")
            if not isinstance(at, int) or not surface:
                continue
            # (the origin's name after its cue: "from al-Ghaydah", at the cue)
            found = text.find(surface, at, at + UNPLACED_END_WINDOW)
            if found < 0:
                continue
            end = found + len(surface)
            m = _TO_NAME_AFTER.match(text[end:end + UNPLACED_END_WINDOW])
            if m is not None and _unplaced(m, end, known_starts):
                return True
    return False
