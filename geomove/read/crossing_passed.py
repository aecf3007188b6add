"""The place where a force crossed into a country, passed on the way to a farther end told after
it in the same clause: "Rwandan troops crossed into Congo near Goma and moved toward Sake" is
one movement from Rwanda to Sake, through (near) Goma.

GUIDELINES: a route with stops is cut into legs only where the report tells of an arrival and
a later departure; places gone through en route, a crossing on the way among them, are via. A verb of
crossing or entering with a country as its end, made finer by a place ("into K near X", "entered K
near X"), tells where the border was crossed, not where the force arrived; a later end in the same
country, told by a second verb of the same subject ("and moved toward Y"), is where it went.

why: the finer place of the crossing and the later end were read as two destinations, two
movements from the same country (one ending at the crossing place)."""

from __future__ import annotations

from dataclasses import replace

from .places import contains, same_place
from .state import Fragment, _Draft
from .way_back import _told_going_back


def _crossed_at(first: list[dict]) -> dict | None:
    """The place of the first cue that says where the border was crossed: the one finer place
    of "into K near X" (the mention finder may have made it "near X", K dropped), or of "into K
    at X" read as two places, K and X in it; None when the cue tells no such place."""
    countries = [p for p in first if p.get("kind") == "country"]
    finer = [p for p in first if p.get("kind") != "country"]
    if len(finer) != 1 or len(countries) > 1:
        return None
    place = finer[0]
    if countries and contains(countries[0], place):
        return place
    return place if not countries and (place.get("relation") or {}).get("type") == "near" else None


def crossing_passed(frag: Fragment) -> Fragment:
    """``frag`` with the place at which it crossed into a country moved from its destinations to
    its via, when a later end in that same country is told at another cue; ``frag`` itself
    otherwise."""
    if not frag.enters or len(frag.destination) < 2:
        return frag
    cues = sorted({at for _p, at in frag.destination})
    if len(cues) < 2:
        return frag
    place = _crossed_at([p for p, at in frag.destination if at == cues[0]])
    later = [p for p, at in frag.destination if at != cues[0]]
    if place is None or not place.get("country") or not all(
            p.get("country") == place["country"] and not same_place(p, place) and p.get("kind") != "country" for p in later):
        return frag
    return replace(frag, destination=[(p, at) for p, at in frag.destination if at != cues[0]],
                   via=sorted([*frag.via, (place, cues[0])], key=lambda v: v[1]),
                   roles_why=[*frag.roles_why, f"{place.get('surface') or place.get('name')}: via, where the force "
                                               "crossed into the country of the later end"])


def crossed_then_on(last: _Draft, routes: list[_Draft]) -> _Draft | None:
    """The movement of ``last`` carried on by the next leg ``routes`` told with no subject of
    its own, when ``last`` crossed into a country at a place ("Kenyan troops entered Somalia near
    Dhobley") and the next leg goes on to a farther place of that country ("and advanced on
    Afmadow"): one movement with the crossing place as via; None otherwise.

    why: the second verb was read as the next leg of a route that stopped (from Dhobley to
    Afmadow) and the crossing place as where the first leg ended (GUIDELINES: legs only where
    the report tells of an arrival and a later departure; a crossing on the way is via)."""
    if len(routes) != 1 or len(last.frags) != 1 or not last.frags[0].enters or last.destination is None:
        return None
    nxt, told = routes[0], last.frags[0]
    cues = sorted({at for _p, at in told.destination})
    if nxt.status != last.status or nxt.destination is None or nxt.origin is not None or not cues:
        return None
    place = _crossed_at([p for p, at in told.destination if at == cues[0]])
    end = nxt.destination
    if place is None or not same_place(place, last.destination) or not place.get("country") \
            or end.get("country") != place["country"] or end.get("kind") == "country" or same_place(end, place):
        return None
    frags = [replace(f, actor=f.actor or told.actor, actor_home=f.actor_home or told.actor_home) for f in nxt.frags]
    return _Draft(last.origin, [*last.via, last.destination], end, [*last.frags, *frags], last.status)


def entered_country_then_on(text: str, last: _Draft, routes: list[_Draft]) -> _Draft | None:
    """The movement of ``last`` carried on by the next leg ``routes`` told with no subject of its
    own, when ``last`` only crossed into a country, no finer place told ("Ugandan troops entered
    Congo on Tuesday"), and the next leg goes on to a place of that country ("and moved on to
    Beni"): one movement to that place, on no other day told. None otherwise.

    why: the second verb was read as the next leg of a route that stopped, from the country as a
    whole to the town, and the first leg ended at the country (GUIDELINES: legs only where the
    report tells of an arrival and a later departure; to enter a country is to cross its border,
    no stop; the end is the most specific place given, s28r)."""
    if len(routes) != 1 or len(last.frags) != 1 or not last.frags[0].enters or last.destination is None \
            or last.destination.get("kind") != "country":
        return None
    nxt, told = routes[0], last.frags[0]
    end = nxt.destination
    if nxt.status != last.status or end is None or nxt.origin is not None or nxt.via \
            or end.get("kind") == "country" or not contains(last.destination, end):
        return None
    if any(_told_going_back(text, f) for f in nxt.frags):
        return None  # ("crossed into K and then drove back to Y": it went back, two legs)
    if any(f.date is not None and told.date is not None and f.date.date_start != told.date.date_start for f in nxt.frags):
        return None  # ("... and a week later moved on to Y": a day of its own, a leg)
    frags = [replace(f, actor=f.actor or told.actor, actor_home=f.actor_home or told.actor_home) for f in nxt.frags]
    return _Draft(last.origin, list(last.via), end, [*last.frags, *frags], last.status)
