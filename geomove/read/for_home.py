"""A departure "for home": "Kenyan police officers left Port-au-Prince for home on Sunday", "The
last French troops departed for home from Niamey", "the battalion set off for home". Home is
the force's own country, as after "returned home" or "flew home" (clauses._HOME_AFTER): the
destination when the force is named by its state.

why: "for" before "home" hid it from the reading of "home" right after the verb, and "for"
alone governs only a place's name (lexicon destination_weak): the departure had no end."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _DEPARTURE, _stem

_PATTERNS = CompiledPatterns("read-for-home")  # (kept compiled code, as read/lexicon.py's)

# "for home" a few words after the verb (its object place between: "left Port-au-Prince for
# home"), not a compound ("for home defence", "for home leave")
_FOR_HOME = _PATTERNS.compile(r"\bfor\s+home\b(?!\s*(?:-|guard|front|base|town|city|ministry|office|affairs|leave|defen[cs]e|use)\b)", re.I)
FOR_HOME_REACH_CHARS = 50  # "for home" this near the verb's end (a place's name and a date between)
# the verbs of setting off besides the departures ("set off" is one): "headed for home", "sailed for home"
_SETTING_OFF = frozenset(("head", "sail", "fly"))


def left_for_home(text: str, main: re.Match, e: int) -> bool:
    """Does the clause's verb (``main``, a departure or a verb of setting off) go "for home"
    right after it or its object (in the clause, up to ``e``)?"""
    verb = main.group("verb")
    if not verb or (_stem(verb) not in _DEPARTURE and _stem(verb) not in _SETTING_OFF):
        return False
    return _FOR_HOME.search(text, main.end(), min(e, main.end() + FOR_HOME_REACH_CHARS)) is not None


_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)
