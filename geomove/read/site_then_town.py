"""A force that arrived at a site and then went on to the town the site serves: "The marines
landed at the naval base outside X on Monday. They then drove into X", "The police contingent
landed at the airport. The officers later travelled by road to the capital". The site was
reached and left again (GUIDELINES: a route is split where the force arrived and later left
again); as for any next leg that refers back to its force, the route is carried on to the town
with the site as a place passed (events._chain: "landed at Heraklion. They then drove to
Chania" is Chania via Heraklion).

why: the site and the town are compatible (places._site_of_city: an airport or a base a few km
from the city is the city's, one end told twice, as a headline's city and a lede's airport are),
so the carried-on route kept the finer of the two, the site, and the town the force drove on to
was lost (probe of my own: a base at Souda Bay and the town of Chania, 6 km apart).

Only when the later clause tells its verb as coming after ("then", "later", "afterwards": the
sequence word before its verb), not pluperfect: "flew to Chania. They landed at Souda Bay" tells
the one end twice (the site, finer, stays the end), and so does "landed at the airport; they had
flown to the city from Nairobi"."""

from __future__ import annotations

from .places import _site_of_city, same_place


def moved_on_from_site(reached: dict | None, next_end: dict | None, told_after: bool) -> bool:
    """Is ``next_end``, told after the route that reached ``reached`` with a sequence word
    (``told_after``), a leg on from that site to the town it serves (or from the town to its
    site), not the same end told again?"""
    return told_after and reached is not None and next_end is not None \
        and not same_place(reached, next_end) \
        and (_site_of_city(reached, next_end) or _site_of_city(next_end, reached))
