"""An end referred back to ("fled the area", "left the town") when the sentence it refers to told
two forces going to two different places: "Nigerien troops moved into a camp in Tillaberi, and
Chadian soldiers flew to Diffa. Jihadist fighters fled the area ahead of their arrival". Which
force's arrival, which area, the words do not tell: the last place named is only one of two
(GUIDELINES: the origin is the place the report offers for the movement's start; no end is
better than a wrong one, as one end is enough and a movement with none is dropped).

why: the anaphor was read as the last place named (Diffa), a place the fighters are not said to
have left. Only an end whose place was named in an earlier sentence of the text, the destination
there of a reported movement, when that sentence also told a reported movement of another named
force to a place neither the same nor holding the other, and the mover is a third party named by
words of neither force ("The Chadians left the town" names one of them: left alone); the end is
then left unread."""

from __future__ import annotations

import bisect

from .places import contains, same_place


def _sentence_of(reader, offset: int) -> int:
    """The index of the sentence of the text holding ``offset``."""
    return bisect.bisect_right(reader._sentence_starts, offset) - 1


def _actor_key(draft) -> str | None:
    return (draft.actor or "").strip().lower() or None


# words naming any force, which tell no force apart ("Chadian soldiers", "the Chadians")
_GENERIC = frozenset(("the", "troops", "soldiers", "forces", "army", "units", "men", "personnel", "their", "its"))


def _stems(draft) -> set[str]:
    """The first five letters of each word of the draft's actor and what, but the generic ones."""
    words = f"{draft.actor or ''} {' '.join(f.what or '' for f in draft.frags)}".lower().split()
    return {w[:5] for w in words if w.isalpha() and w not in _GENERIC and len(w) > 2}


def _third_party(draft, forces: list) -> bool:
    """Is ``draft``'s mover named, and by words of none of ``forces`` ("The Chadians left the
    town" is one of them: its own place, not a guess among two)?"""
    own = _stems(draft)
    return bool(own) and not any(own & _stems(f) for f in forces)


def _two_forces_two_places(a, draft, end: dict) -> bool:
    """Was ``end`` (a place of ``draft`` named in an earlier sentence) the destination there of a
    reported movement, beside another named force's movement to another place in that sentence,
    ``draft`` moving a third party?"""
    offsets = end.get("offsets")
    if not offsets or end.get("inferred"):
        return False
    told_in = _sentence_of(a.reader, offsets[0])
    own = {f.in_sentence for f in draft.frags if f.in_sentence is not None}
    if not own or told_in in own or told_in > min(own):
        return False  # (named in the draft's own sentence: no reference back)
    there = [d for d in a.drafts if d is not draft and d.status == "reported" and d.destination is not None
             and any(f.in_sentence == told_in for f in d.frags)]
    went = [d for d in there if same_place(d.destination, end)]
    others = [d for d in there if not same_place(d.destination, end)
              and not contains(d.destination, end) and not contains(end, d.destination)]
    return any(_actor_key(w) and _actor_key(o) and _actor_key(w) != _actor_key(o) and _third_party(draft, [w, o])
               for w in went for o in others)


def area_of_two(a) -> None:
    """An assembly pass (assemble.PASSES): leave unread an origin referred back to in a sentence
    that told two forces going to two places (see the module)."""
    for draft in list(a.drafts):
        if draft.origin is None or draft.status != "reported":
            continue
        if _two_forces_two_places(a, draft, draft.origin):
            a.why.append(f"sentence {min(f.in_sentence for f in draft.frags if f.in_sentence is not None)}: origin {draft.origin.get('name')} "
                         "referred back to a sentence that told two forces going to two places: left unread")
            draft.origin = None
