"""A correction of a day in a thread or a live blog: "Correction: Malian troops reached Kidal on
Friday, not Saturday." corrects the day of the movement told before (dated Saturday); it tells
no new movement.

Without this the correction was read as a second movement to Kidal (on Friday: different days
make different movements, events.same_event), and the first kept the day taken back. The
correction of a place ("went to B, not A as we first reported") is read.corrected_place's; a
retracted movement ("an earlier version said ...") is read.corrections'.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..regex_cache import CompiledPatterns
from .places import same_place
from .state import _Draft

_PATTERNS = CompiledPatterns("read-corrected-date")
# the sentence opens as a correction: "Correction:", "CORRECTION -", "3/ Correction:", "Clarification:"
_CORRECTION_OPENS = _PATTERNS.compile(r"\s*(?:\(?\d+/\d*\)?\s*)?(?:\W\s*)?(?:correction|clarification|corrected)\s*[:—–-]\s*", re.I)
# between the right day and the day taken back: "on Friday, not Saturday", "on Friday (not Saturday)",
# "on Friday and not on Saturday"
_NOT_BETWEEN = _PATTERNS.compile(r"\s*(?:,\s*|\(\s*|\s+and\s+)?not\s+(?:on\s+|in\s+)?(?:the\s+)?", re.I)


def corrected_day(text: str, dates: list, s: int, e: int):
    """(the day told, the day taken back) of a correction in the sentence ``s``-``e`` ("Correction:
    ... on Friday, not Saturday"), else None."""
    if not _CORRECTION_OPENS.match(text, s):
        return None
    told = [d for d in dates if s <= d.start < e]
    return next(((a, b) for a, b in zip(told, told[1:]) if _NOT_BETWEEN.fullmatch(text, a.end, b.start)), None)


def _first_day(draft: _Draft):
    return next((f.date.date_start for f in draft.frags if f.date is not None), None)


def _same_ends(draft: _Draft, route: _Draft) -> bool:
    ends = [(route.destination, draft.destination), (route.origin, draft.origin)]
    told = [(a, b) for a, b in ends if a is not None]
    return bool(told) and all(b is not None and same_place(a, b) for a, b in told)


def day_corrected(text: str, dates: list, span: tuple, frag, routes: list, drafts: list) -> _Draft | None:
    """The movement told before whose day the correction in clause ``frag`` (read as ``routes``)
    takes back, with the day told instead, the correction joined to it; None when the clause is
    no correction of a day or no earlier movement with the same ends is dated the day taken back.

    why: "Malian troops reached Kidal from Gao on Saturday. Correction: Malian troops reached
    Kidal on Friday, not Saturday." read two movements, the first on Saturday."""
    pair = corrected_day(text, dates, span[0], span[1])
    if pair is None or len(routes) != 1:
        return None
    right, wrong = pair
    route = routes[0]
    target = next((d for d in reversed(drafts) if _first_day(d) == wrong.date_start and _same_ends(d, route)), None)
    if target is None:
        return None
    dated = lambda f: replace(f, date=right, when={right.text.lower()})  # noqa: E731
    target.frags = [dated(f) if f.date is not None else f for f in target.frags] + [dated(f) for f in route.frags]
    return target


_PATTERNS.save()
