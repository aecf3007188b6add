"""A day told in the possessive of another event: "moving into Delta State ahead of Saturday's local
government elections", "deployed before Friday's vote", "after Sunday's attack on the post". The
day is the election's, the vote's, the attack's, not the movement's; the possessed noun is
something else than a movement ("Saturday's deployment of troops to X" dates the movement, as
"Monday's arrival" does).

why: the nearest date to the verb was taken, so a move told in the present ("are moving into
Delta State ahead of Saturday's elections") was dated the Saturday before publication, the
election day read back as past (read60)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _TRIGGER_RE

_PATTERNS = CompiledPatterns("read-event-day")

# the possessive right after the day, and the words of the noun phrase it owns (up to four,
# to the first punctuation or preposition)
_POSSESSIVE = _PATTERNS.compile(r"['’]s\s+(?P<np>(?:(?!(?:of|in|at|on|to|from|for|and|by|with)\b)[\w-]+\s+){0,3}"
                                r"(?!(?:of|in|at|on|to|from|for|and|by|with)\b)[\w-]+)", re.I)


def day_of_another_event(text: str, date) -> bool:
    """Is the date mention ``date`` a day owned by a noun that is no movement ("Saturday's
    elections")?"""
    m = _POSSESSIVE.match(text, date.end)
    if m is None:
        return False
    return _TRIGGER_RE.search(m.group("np")) is None


def dates_not_of_another_event(text: str, dates: list) -> list:
    """``dates`` without the days owned by another event (:func:`day_of_another_event`)."""
    return [d for d in dates if not day_of_another_event(text, d)]


_PATTERNS.save()
