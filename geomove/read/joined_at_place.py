"""A force that joins a group of forces at a place: "A Russian destroyer joined them off
Hokkaido", "Two frigates joined the task group in the Arabian Sea". The force that joined moved
to the group, where the words after "off", "in" or "at" say it was: that place is its
destination (lexicon.json joined_at_place, the same pattern a role cue).

"Join" tells a movement only so, with a force before it (lexicon.json force_only): never "Mali
joined the alliance", "officials joined talks in X", "joined the fighting". What moved is the
subject that joined, not the group joined (its object).

why: a ship joining a group at sea was lost ("joined" was no verb of moving), and with it the
only end the report told of that ship's movement (probes of my own, s27r)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _DATA, _stem

_PATTERNS = CompiledPatterns("read-joined-at-place")  # (kept compiled code, as read/lexicon.py's)

_JOINED_AT = _PATTERNS.compile(_DATA["joined_at_place"]["pattern"], re.I)
_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)


def joins_a_group_at(text: str, trigger: re.Match, e: int) -> bool:
    """Is the trigger a form of "join" whose object is a group of forces with a place after it
    ("joined them off X"), within the clause ending at ``e``?"""
    return _JOINED_AT.match(text, trigger.start(), e) is not None


def is_join(trigger: re.Match) -> bool:
    """Is the trigger a form of the verb "join"?"""
    verb = trigger.group("verb") if "verb" in trigger.re.groupindex else None
    return bool(verb) and _stem(verb) == "join"
