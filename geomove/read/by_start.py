"""A report's items (mentions, dates) that start in a span of its text, found by bisection.

The reader asks "which of the report's countries, dates or names start between here and
there?" once a clause, a verb or a date; a pass over all of them each time grew with the square
of a long report's length (a 10 MB text of reports end to end has ~100,000 clauses and as many
names). A list sorted by start is cut by bisection; a list that is not is filtered as before.
Each caller keeps the last list it asked about (the reader hands in the same list for every
clause of a report), by identity and length: a list is never re-sorted or edited in place while
a report is read."""

from __future__ import annotations

import bisect
import re
from typing import Any, Callable


def mention_start(m: dict) -> int:
    return m["start"]


def attribute_start(x: Any) -> int:
    return x.start


def match_start(m: re.Match) -> int:
    """The start of a pattern's match: a ByStart of a pattern's matches over the text, found by
    one pass and bisected, says which start in a clause (read.replaced_from, replaced_by_unit,
    another_on_day: a search from each clause to its sentence's end cost one endless sentence its
    length squared)."""
    return m.start()


class ByStart:
    """``items`` with the start ``start`` reads of each, cut by bisection. A list not sorted by
    start is filtered whole, to keep its order, unless the caller takes any order (``any_order``:
    it only tests what it gets, or sorts it): then it is sorted by start once, stably (items
    starting at one place keep the list's order)."""

    __slots__ = ("source", "items", "start", "n", "starts", "unsorted_starts")
    _kept: dict[str, "ByStart"] = {}  # caller -> the last list it asked about

    def __init__(self, items: list, start: Callable[[Any], int], any_order: bool = False):
        self.source, self.items, self.start, self.n = items, items, start, len(items)
        starts = [start(x) for x in items]
        self.unsorted_starts = None
        if not all(a <= b for a, b in zip(starts, starts[1:])):
            if any_order:
                self.items = sorted(items, key=start)
                starts = [start(x) for x in self.items]
            else:
                self.unsorted_starts, starts = starts, None  # (filtered from the whole list: see between)
        self.starts = starts

    @classmethod
    def of(cls, items: list, start: Callable[[Any], int], caller: str, any_order: bool = False) -> "ByStart":
        kept = cls._kept.get(caller)
        if kept is None or kept.source is not items or kept.n != len(items) or kept.start is not start:
            kept = cls._kept[caller] = cls(items, start, any_order)
        return kept

    def first_between(self, lo: int, hi: int):
        """The first item starting in [lo, hi), or None: one bisection and no list cut, so that a
        caller asking each clause of an endless sentence about the rest of it stays linear."""
        if self.starts is None:
            return next((x for x, a in zip(self.items, self.unsorted_starts) if lo <= a < hi), None)
        k = bisect.bisect_left(self.starts, lo)
        return self.items[k] if k < len(self.starts) and self.starts[k] < hi else None

    def between(self, lo: int, hi: int) -> list:
        """The items starting in [lo, hi), in the list's order (by start, for ``any_order``)."""
        if self.starts is None:
            return [x for x, a in zip(self.items, self.unsorted_starts) if lo <= a < hi]
        return self.items[bisect.bisect_left(self.starts, lo):bisect.bisect_left(self.starts, hi)]
