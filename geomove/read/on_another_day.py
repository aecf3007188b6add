"""A leg told with the particle of going on and a day of its own: "Two B-1B bombers flew from
Ellsworth AFB to Morón Air Base on Monday. The bombers flew on to Souda Bay on Tuesday." The
force got to Morón on Monday and left it again on Tuesday: a route that stopped, so a next leg
from Morón (GUIDELINES: split into legs where the report tells of an arrival and a later
departure), not one route from Ellsworth through Morón dated Monday.

Only with "on" right after the verb ("flew on to", "moved on toward", "sailed on for") or a verb of
going on ("continued to", "proceeded to"), and a day that differs from the leg before: "reached
B on Tuesday" after "left A on Monday" is one trip arriving a day later, and "flew on to C" told
without a day of its own may be the same flight through B (assemble reads a route through B)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-on-another-day")

# the particle right after the verb, before a direction: "flew on to", "pressed on toward"
_ON_THEN_DIRECTION = _PATTERNS.compile(r"\s+on\s+(?:to|into|towards?|for)\b", re.I)
# verbs that say going on by themselves
_GOING_ON_VERBS = frozenset(("continued", "continues", "continuing", "proceeded", "proceeds", "proceeding"))


def went_on(text: str, verb_at: int, verb_end: int) -> bool:
    """Is the verb at ``verb_at``..``verb_end`` one of going on ("flew on to", "continued")? The
    leg is then one of its own where it is told on another day than the leg before it
    (assemble._on_another_day, the test _next_leg_another_day asks too)."""
    return text[verb_at:verb_end].lower() in _GOING_ON_VERBS or _ON_THEN_DIRECTION.match(text, verb_end) is not None


_PATTERNS.save()
