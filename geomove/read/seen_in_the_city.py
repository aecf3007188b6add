"""A group only seen at a city named like its province, then moving to another town of that
province: "The convoy was filmed at a depot in Kaduna on Monday. It drove to Zaria on Tuesday."
The city is where the group was seen, the earliest point known, so the move told next leaves
from it (events._chain, read.seen_before), one movement Kaduna -> Zaria, dated by its own day
(assemble._without_sighting_left).

compatible() takes such a city for its province (a headline's "Kaduna" and the lede's town in it
are one end), so the sighting was read either as the same end told coarser (Zaria its finer
telling: Kaduna lost) or, on another day, as an arrival in Kaduna with a next leg from it (two
movements, the first only a sighting). A sighting is no arrival (GUIDELINES: a movement is a
transfer told as having happened; read133 read.seen_before).

Only when the sighting tells nothing else (no origin, no place passed), the move's clause refers
back to it (an anaphoric subject, within NEXT_LEG_SENTENCES) and names no origin of its own.
(s49 read137)"""

from __future__ import annotations

from .places import town_of_the_city_s_province
from .weights import NEXT_LEG_SENTENCES


def seen_in_the_city(last, draft, frag, i: int) -> bool:
    """Is ``last`` only a sighting at a city named like its province, and ``draft`` (clause
    ``i``, fragment ``frag``) the group's move to another town of that province told next?"""
    return last is not None and last.destination is not None and draft.destination is not None \
        and draft.origin is None and last.origin is None and not last.via \
        and frag.anaphoric and not frag.distinct and last.status == draft.status \
        and all(f.sighted for f in last.frags) \
        and i - NEXT_LEG_SENTENCES <= last.frags[-1].sentence < i \
        and town_of_the_city_s_province(last.destination, draft.destination)
