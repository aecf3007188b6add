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
from .drafts_told import ReportedEnds
from .in_from_told import told_in_another_item
from .places import same_place

# the verbs whose movement got somewhere though no place follows them ("arrived from X")
_ARRIVING = GOT_THERE - {"enter", "reach"}
# how many clauses back the place arrived at may be told
REACH_CLAUSES = 2


def arrived_where_told(a) -> None:
    """Give such arrivals the destination told just before."""
    ends = ReportedEnds(a.drafts, REACH_CLAUSES)
    for d in list(a.drafts):
        if d.origin is None or d.destination is not None or d.via or not d.frags:
            continue
        first = min(d.frags, key=lambda f: f.sentence)
        if not first.trigger or _stem(first.trigger) not in _ARRIVING or d.status != "reported":
            continue
        i = first.sentence
        told = ends.last_before(i, all_before=True, besides=d)
        if told is None:
            continue
        if same_place(told.destination, d.origin) or told.origin is not None or told_in_another_item(first, told) \
                or (told.destination.get("kind") == "country"):
            # (a movement with an origin may have left the place the story is at: "Ethiopian
            # troops pulled out of Baidoa and crossed back into Ethiopia ... Somali units that
            # had arrived from Mogadishu" arrived in Baidoa, not Ethiopia, s26r; nor a country)
            continue
        d.destination = told.destination
        a.why.append(f"sentence {i} '{first.trigger}': arrived with no place of its own: at "
                     f"{told.destination.get('name')}, where the movement told before went")
