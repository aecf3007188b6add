"""A place passed told in a clause of its own, then the end the same force went on to in the
next clause: "Some of the armoured vehicles were driven through X. They then continued to Y" is
one movement to Y by way of X.

GUIDELINES: places gone through en route ("through", "via") are via; a movement needs an end. The
first clause names no end, only a place passed, and the second names the end with a subject that
refers back to the first ("they", "the vehicles"): the place passed lies on that movement's way.
A subject that tells a part apart ("The rest of the equipment reached Y") goes on no route of
the first clause (lexicon._DISTINCT), so nothing joins then.

why: the clause with only a place passed looked for a route told before it, found none and was
read as a route with no end, which was dropped; the place passed was lost from the movement told
right after it."""

from __future__ import annotations

from .places import same_place
from .state import Fragment, _Draft


def passed_before_next(drafts: list[_Draft], i: int, frag: Fragment | None) -> _Draft | None:
    """The movement told in clause ``i + 1`` that carries on the force of clause ``i``, whose
    only places are places passed (``frag.via``): its subject refers back and tells no other
    part, it names no origin of its own, and its end is none of the places passed. None when
    there is no such movement."""
    if frag is None or not frag.via or frag.origin or frag.destination or frag.status != "reported":
        return None
    passed = [p for p, _at in frag.via]
    for d in drafts:
        first = min(d.frags, key=lambda f: f.sentence)
        if first.sentence != i + 1 or d.status != "reported":
            continue
        if not first.anaphoric or first.distinct or d.origin is not None or d.destination is None:
            return None
        if any(same_place(p, d.destination) for p in passed):
            return None
        return d
    return None
