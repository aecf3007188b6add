"""A part of a group told just before, named by its share of it: "Chad will send 1,200 soldiers
to the border. About 300 of them were already on their way from A to B on Monday". The part's
mover is the group's: who sent or moved the group is the part's actor too, whatever the
status of the group's movement (a plan for the whole, a part already moving).

why: the part named no force ("300 of them"), and lend_told_before lends only to a clause
whose group was told with no place and the same status, so the part's movement had no actor
(s34 read94)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-part-of-group")

# the part's words opening what moved: "About 300 of them", "some 400 of the soldiers",
# "half of these troops" (a number or share, "of", a word referring back)
_PART_WORDS = _PATTERNS.compile(
    r"(?:(?:around|about|some|nearly|almost|roughly|approximately|over|more\s+than|at\s+least|up\s+to)\s+)?"
    r"(?:[\d][\d,.]*|some|part|most|many|several|half|a\s+third|a\s+quarter|a\s+few|dozens|hundreds|thousands)\s+"
    r"of\s+(?:them|these|those|the|its|their)\b", re.I)


def names_a_part(what: str | None) -> bool:
    """Does what moved open with a part's words ("About 300 of them")?"""
    return bool(what) and _PART_WORDS.match(what.strip()) is not None


def part_actor_of_group(a) -> None:
    """A movement with no actor whose first clause names a part of a group ("About 300 of
    them") takes the actor of the movement told in the clause just before it, when one actor
    only is told there."""
    for d in a.drafts:
        if d.actor:
            continue
        first = min(d.frags, key=lambda f: f.sentence)
        if not names_a_part(first.what):
            continue
        before = {o.actor for o in a.drafts if o is not d and o.actor
                  and any(f.sentence == first.sentence - 1 for f in o.frags)}
        if len(before) != 1:
            continue
        actor = before.pop()
        d.frags[d.frags.index(first)] = replace(first, actor=actor)
        a.why.append(f"'{first.what}' is a part of the group told before: its actor '{actor}'")


_PATTERNS.save()
