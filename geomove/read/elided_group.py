"""A second group told by ellipsis after the first, with its own count and origin and no verb
of its own: "1,100 troops arrived in Culiacán on Saturday from Mexico City and another 600 from
Tijuana", "500 soldiers were flown to Goma from Kinshasa, and a further 300 from Kisangani" (or, with a
verb of getting there of its own, "... and a further 400 arrived by road from Mazatlan").
The second group moved as the first did (the same verb, the same end told, the same force):
a movement of its own from its own origin with its own count (GUIDELINES: lists are
distributed; a different origin makes another movement).

why: the second origin was read as a second origin of the one movement and dropped (a place
told apart from the first origin's list), and with it the 600 of the second group."""

from __future__ import annotations

import re
from dataclasses import replace

from ..regex_cache import CompiledPatterns
from .gates import Gate

_PATTERNS = CompiledPatterns("read-elided-group")

_NUMBER = r"[0-9][0-9,]*"
# "and another 600 from", ", and a further 300 from", "and 600 more from", "and some 250 troops from"
# (or with a verb of getting there of its own and how: "and a further 400 arrived by road from
# Mazatlan", "and 400 more came overland from X": the same end, read68)
_ELIDED = _PATTERNS.compile(
    # (a look-ahead at the characters a match opens with, the comma and the "a" of "and": the pattern
    # was tried in full at every character; the same matches, tests/test_speed46.py)
    r"(?=[,a])(?:,\s*and|,|\band)\s+(?:another|a\s+further|some|about|around|nearly|almost|over|up\s+to)?\s*"
    rf"(?P<num>{_NUMBER})\s+(?:more\s+)?(?:(?P<noun>(?!(?:arrived|came|landed|followed)\b)[a-z][\w-]*)\s+)?"
    r"(?P<verb>(?:later\s+|also\s+)?(?:arrived|came|landed|followed)\s+(?:(?:by\s+(?:road|air|sea|plane|bus|truck|train)|overland|later|separately)\s+)?)?"
    r"(?=from\b)", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_ELIDED_GATE = Gate(_ELIDED, ("from",))


_LEAD = _PATTERNS.compile(r"(?:,\s*and|,|\band)\s+", re.I)


def elided_group_at(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """(where the second group's words begin, its count, its words: "another 600") for the
    first such ellipsis in [start, end); None when there is none."""
    m = _ELIDED_GATE.search(text, start, end)
    if m is None:
        return None
    try:
        value = int(m.group("num").replace(",", ""))
    except ValueError:
        return None
    words = text[_LEAD.match(text, m.start()).end():m.start("verb") if m.group("verb") else m.end()].strip()
    return (m.start("num"), value, words) if value > 0 else None


def ends_apart(frag, at: int) -> tuple[dict, dict]:
    """The fragment's places by role (origin, via, destination), those told before offset ``at``
    and those from it on: the two movers' own ends where a second mover is told at ``at``
    (here, and events._another_mover's "and another arrived in C")."""
    before = {r: [(p, k) for p, k in getattr(frag, r) if k < at] for r in ("origin", "via", "destination")}
    after = {r: [(p, k) for p, k in getattr(frag, r) if k >= at] for r in ("origin", "via", "destination")}
    return before, after


def split_elided_group(frag):
    """The fragment's two movements (the first group's, then the second's), or None: the second
    takes the origins told after the ellipsis, the first's ends when it tells none of its own,
    and its own count; who moved is the same force."""
    at = getattr(frag, "elided_at", None)
    if at is None:
        return None
    before, after = ends_apart(frag, at)
    if not before["origin"] or not after["origin"] or not (before["destination"] or after["destination"]):
        return None
    first = replace(frag, elided_at=None, elided_count=None, **before)
    unit = frag.counts[0]["unit"] if frag.counts else "members"
    value, words = frag.elided_count
    # ("another 600" of "1,100 troops": the noun of the first group's words, told once for both)
    last = words.split()[-1]
    what = f"{words} {frag.what.split()[-1]}" if frag.what and (last[:1].isdigit() or last.lower() == "more") else words
    second = replace(frag, elided_at=None, elided_count=None, counts=[{"value": value, "unit": unit}], what=what,
                     origin=after["origin"], via=after["via"] or before["via"],
                     destination=after["destination"] or before["destination"])
    return first, second


_PATTERNS.save()
