"""A second group told arriving with no place of its own, right after an arrival: "120 Rwandan
soldiers arrived in Pemba by air from Kigali; a further 300 came by sea", "... Another 300
arrived by road on Friday". Its verb of arriving says it got where the group before got: a
movement of its own (GUIDELINES: "another", "a second" make a new movement), to that end,
from no place told (how it came, by sea or by road, is no place).

Only a clause that opens (after "and" or a semicolon) with "another", "a further", "a second /
third" or "the remaining", whose verb is one of arriving (arrive, come, land, dock, disembark)
and in which no place is read; the movement before must be reported, told at most two clauses
before, and have a destination. Its actor is lent by the first, its count is its own.

why: the clause had a verb of movement and no place, so it was dropped as no movement, and the
second group was lost.
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .elided_count import elided_count
from .lexicon import _stem
from .state import Fragment, _Draft

_PATTERNS = CompiledPatterns("read-another-arrived")

_SECOND_GROUP = _PATTERNS.compile(
    r"\s*(?:(?:and|but|while)\s+)?(?P<which>another|a\s+further|a\s+second|a\s+third|the\s+remaining)\b", re.I)
_ARRIVING = frozenset({"arrive", "come", "land", "dock", "disembark", "touch down"})


def another_arrived(a) -> None:
    """A clause with a verb of arriving and no place, opened by "another" / "a further" ...:
    a second group's movement to where the movement just told went (see the module)."""
    reader = a.reader
    for i in a.endless:
        s, e = reader.spans[i]
        opener = _SECOND_GROUP.match(reader.text, s, e)
        if opener is None:
            continue
        told = reader.fragment(i, whole=True)
        if told is None or told.status != "reported" or told.origin or told.destination or told.via \
                or _stem(told.trigger) not in _ARRIVING:
            continue
        before = [d for d in a.drafts if d.status == "reported" and d.destination is not None
                  and any(i - 2 <= f.sentence < i for f in d.frags)]
        if not before:
            continue
        first = max(before, key=lambda d: max(f.sentence for f in d.frags))
        which = " ".join(opener.group("which").lower().split())
        # (what the clause names, else its words before the verb: "a further 300", counted by
        # the count told before, read.elided_count)
        what = told.what or " ".join(reader.text[opener.start("which"):told.trigger_start].split()) or None
        counts = told.counts
        if not counts and what:
            elided = elided_count(what, [c["unit"] for f in first.frags for c in f.counts if c.get("unit")])
            counts = [elided] if elided else []
        frag = Fragment(sentence=i, trigger=told.trigger, trigger_start=told.trigger_start,
                        actor=told.actor or first.actor, what=what, counts=counts, mode=told.mode,
                        date=told.date, when=told.when, quote=told.quote or reader.text[s:e].strip(),
                        distinct={which})
        second = _Draft(None, [], {**first.destination, "inferred": True}, [frag], "reported")
        a.drafts.insert(a.drafts.index(first) + 1, second)
        a.why.append(f"sentence {i}: '{which} ... {told.trigger}' with no place: a group of its own, "
                     f"to {first.destination.get('name')}, where the movement before went")


_PATTERNS.save()
