"""How a crossing just told was made, told in the next sentence with only the place passed and a
count: "Turkish troops crossed into northern Iraq on Tuesday and set up bases near Amadiya. Some
400 soldiers and 60 armoured vehicles went in through the Hakkari border area." The second
sentence tells the crossing's detail, the way it went in and how many went (GUIDELINES: places
gone through en route are via; the same movement told again is one movement; count is of people
when people are counted).

why: the clause had a place passed and no end, so it was a movement of no end, dropped, and the
count and the crossing point with it. Only a reported clause with no origin nor destination, a
place passed, a count and a verb of entering or crossing, no word telling it apart ("another",
"a second"), in the sentence right after a reported movement that crossed into a place (its
verb enters: Fragment.enters) with a destination, no other movement told between."""

from __future__ import annotations

from .lexicon import _stem
from .places import same_place

# the verbs of going in that may retell the crossing ("went in", "entered", "crossed")
_GOING_IN = frozenset(("enter", "cross", "go", "come", "move", "roll", "drive", "push", "pour"))


def _detail(draft) -> bool:
    """Is ``draft`` a reported clause of going in with a place passed, a count and no end?"""
    return draft.status == "reported" and draft.origin is None and draft.destination is None and bool(draft.via) \
        and all(not f.distinct and f.in_sentence is not None for f in draft.frags) \
        and any(f.counts for f in draft.frags) and all(_stem(f.trigger) in _GOING_IN for f in draft.frags)


def crossing_detail(a) -> None:
    """An assembly pass (assemble.PASSES): fold a clause of only a place passed and a count into
    the crossing told in the sentence right before it (see the module)."""
    for detail in [d for d in a.drafts if _detail(d)]:
        at = min(f.in_sentence for f in detail.frags)
        before = [d for d in a.drafts if d is not detail and d.status in ("reported", None) and
                  any(f.in_sentence is not None and f.in_sentence < at for f in d.frags)
                  and (d.origin is not None or d.destination is not None)]
        if not before:
            continue
        last = max(before, key=lambda d: max(f.in_sentence for f in d.frags if f.in_sentence is not None))
        told = max(f.in_sentence for f in last.frags if f.in_sentence is not None)
        if told != at - 1 or last.status != "reported" or last.destination is None \
                or not any(f.enters for f in last.frags):
            continue
        for v in detail.via:
            if not any(same_place(v, w) for w in last.via) and not same_place(v, last.origin) \
                    and not same_place(v, last.destination):
                last.via.append(v)
        last.frags.extend(detail.frags)
        a.drafts.remove(detail)
        a.why.append(f"sentence {at}: '{detail.frags[0].trigger}' through "
                     f"{', '.join(v.get('name') or '?' for v in detail.via)} with a count and no end: "
                     f"how the crossing told just before went in")
