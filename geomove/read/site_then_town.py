"""A force that arrived at a site and then went on to the town the site serves: "The marines
landed at the naval base outside X on Monday. They then drove into X", "The police contingent
landed at the airport. The officers later travelled by road to the capital". The site was
reached and left again (GUIDELINES: a route is split where the force got somewhere and afterwards set off
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
        and (not same_place(reached, next_end) or _town_of_another_name(reached, next_end)) \
        and (_site_of_city(reached, next_end) or _site_of_city(next_end, reached))


def _town_of_another_name(a: dict, b: dict) -> bool:
    """Is one of ``a`` and ``b`` a site and the other a town whose name the site's does not hold?
    same_place takes two rows within SAME_ROW_KM for duplicates of one site ("Bagram Air Base" and
    "Bagram"), but an airport 3 km from the next town is no row of that town when its name is
    another ("landed at Toussaint Louverture airport ... have since been driven to a base in
    Tabarre": two places, a leg told after; s42 lead, a probe of my own)."""
    from ..names import name_key
    for site, town in ((a, b), (b, a)):
        if site.get("kind") in ("airfield", "base") and town.get("kind") in ("city", "town", "village"):
            town_key = name_key(town.get("name") or "")
            words = (site.get("name") or "").split()
            # (the town's name as a run of the site's words, one to three: "Bagram Air Base" holds
            # "Bagram", "Naval Station Rota" holds "Rota")
            runs = {name_key(" ".join(words[i:j])) for i in range(len(words)) for j in range(i + 1, min(i + 4, len(words) + 1))}
            return bool(town_key) and town_key not in runs
    return False
