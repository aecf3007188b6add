"""An arrival told with where it came from but not where it got to, right after a movement to a
place: "Rwandan troops took up positions in the town of Macomia on Monday ... A Mozambican marine
company arrived by boat from Pemba later in the day".

To arrive is to get somewhere; with no place of its own, the place is the one the story is at,
the destination of the reported movement told at most two clauses before (of another force or
the same), when that movement told no origin (one that did may have left the place the story is
at) and its destination is no country. Only a verb of arriving (lexicon got_there less 'enter' and 'reach', which name their
place as an object), a movement with an origin and no destination or direction of its own, and
a destination told before that is not its origin.

why: the arrival read only its origin, Pemba -> ? (s33m)."""

from __future__ import annotations

from .lexicon import GOT_THERE, _stem
from .in_from_told import told_in_another_item
from .places import same_place

# the verbs whose movement got somewhere though no place follows them ("arrived from X")
_ARRIVING = GOT_THERE - {"enter", "reach"}
# how many clauses back the place arrived at may be told
REACH_CLAUSES = 2


def arrived_where_told(a) -> None:
    """Give such arrivals the destination told just before."""
    # (the movements by the sentences of their clauses, listed once: each arrival asks only the
    # two sentences before it, where a scan of every movement for each was quadratic in a long report)
    told_in: dict[int, list] = {}
    for o in a.drafts:
        if o.status == "reported" and o.destination is not None:
            for sentence in {f.sentence for f in o.frags}:
                told_in.setdefault(sentence, []).append(o)
    for d in list(a.drafts):
        if d.origin is None or d.destination is not None or d.via or not d.frags:
            continue
        first = min(d.frags, key=lambda f: f.sentence)
        if not first.trigger or _stem(first.trigger) not in _ARRIVING or d.status != "reported":
            continue
        i = first.sentence
        near = {id(o): o for k in range(i - REACH_CLAUSES, i) for o in told_in.get(k, ())}
        before = [o for o in near.values() if o is not d and all(f.sentence < i for f in o.frags)]
        if not before:
            continue
        told = max(before, key=lambda o: max(f.sentence for f in o.frags))
        if same_place(told.destination, d.origin) or told.origin is not None or told_in_another_item(first, told) \
                or (told.destination.get("kind") == "country"):
            # (a movement with an origin may have left the place the story is at: "Ethiopian
            # troops pulled out of Baidoa and crossed back into Ethiopia ... Somali units that
            # had arrived from Mogadishu" arrived in Baidoa, not Ethiopia, s26r; nor a country)
            continue
        d.destination = told.destination
        a.why.append(f"sentence {i} '{first.trigger}': arrived with no place of its own: at "
                     f"{told.destination.get('name')}, where the movement told before went")
