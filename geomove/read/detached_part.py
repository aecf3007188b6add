"""A part of a force sent on from where the force arrived: "Rwanda flew 600 soldiers to Pemba
and drove them to Mocimboa da Praia. From there, a company moved on to Mbau". The part names
no force of its own ("a company", "a detachment of 40 vehicles", "two platoons"), and it sets
out from the place where a movement told before ended: its mover is that movement's.

why: such an onward leg had no actor, so a map drew it as nobody's arrow beside the force it
came from. Only a part named by its formation's noun alone, with an article or a number ("a
company", "two platoons", "an advance party of 30 soldiers"), never one that names a side of
its own ("a company of Malian troops" takes its own), and only when every movement told before
that ends at the part's origin is one force's: two forces that arrived there leave it unknown."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ..regex_cache import CompiledPatterns
from .places import same_place
from .weights import DETACHED_PART_SENTENCES

_PATTERNS = CompiledPatterns("read-detached-part")

# what moved is a formation's part and nothing more: an article or a number, maybe a size or
# role word, the formation noun, and at most "of <count> <people or vehicles>"
_PART_OF_FORMATION = _PATTERNS.compile(
    r"(?:an?|one|two|three|four|five|six|several|\d+)\s+"
    r"(?:(?:small|forward|advance|lead|rear|reinforced|mechanised|mechanized|motorised|motorized)\s+)?"
    r"(?:compan(?:y|ies)|platoons?|detachments?|squads?|sections?|batter(?:y|ies)|elements?|teams?|"
    r"party|parties|contingents?|columns?|units?|task\s+force|battle\s+group)"
    r"(?:\s+of\s+(?:about\s+|some\s+|around\s+|nearly\s+)?[\d,]+\s+[a-z-]+(?:\s+[a-z-]+)?)?", re.I)


def names_a_detached_part(what: str | None) -> bool:
    """Is what moved a formation's part named by its noun alone ("a company", "a detachment of
    40 vehicles")?"""
    return bool(what) and _PART_OF_FORMATION.fullmatch(what.strip()) is not None


def detached_part_actor(a) -> None:
    """A movement with no actor whose what is a formation's part alone, leaving the place where
    movements told at most DETACHED_PART_SENTENCES before ended, all of one force, takes that
    force as its actor."""
    told = None  # (the drafts by the sentence that first tells them, made only when a part is met)
    for d in a.drafts:
        if d.actor or d.origin is None:
            continue
        first = min(d.frags, key=lambda f: f.sentence)
        if not names_a_detached_part(first.what):
            continue
        if told is None:
            told = sorted((min(f.sentence for f in o.frags), k) for k, o in enumerate(a.drafts))
            firsts = [s for s, _ in told]
        # (the movements told shortly before, found by bisection: a long text's parts do not
        # each walk every movement)
        lo = bisect.bisect_left(firsts, first.sentence - DETACHED_PART_SENTENCES)
        hi = bisect.bisect_left(firsts, first.sentence)
        arrived = {a.drafts[k].actor for _, k in told[lo:hi]
                   if a.drafts[k] is not d and same_place(a.drafts[k].destination, d.origin)}
        if len(arrived) != 1 or None in arrived:
            continue
        actor = arrived.pop()
        d.frags[d.frags.index(first)] = replace(first, actor=actor)
        a.why.append(f"sentence {first.sentence}: '{first.what}' set out from "
                     f"{d.origin.get('name')}, where {actor} had arrived: its actor")


_PATTERNS.save()
