"""Events: fragments become routes, and the decisions whether two are one movement, the next
leg of one, or different movements."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, replace

from . import lazy
from .colon_clause import unit_of_summed_force
from .end_area import area_of_the_end
from .site_then_town import moved_on_from_site
from .named_ship_apart import one_ship_after_a_group, two_ships_named_apart
from .craft_types import different_craft_types
from .initials_name import named_by_initials, same_route_by_initials
from .service_branch import different_branches, service_named_after_troops
from .nation_then_unit import unit_from_the_nation
from .armed_groups import without_patron
from .told_around import told_around
from .two_lists import paired_in_order, two_lists_alike
from .added_force import another_group_added
from .force_kinds import draft_kind, draft_service
from .liveblog import entry_day_only
from .lexicon import _DATA as _LEXICON_DATA, _DEPARTURE, _MODE_VERBS, _PEOPLE, unit_names_people, _SHIP_PREFIX, _stem
from .book import PlaceBook
from .chained_list import split_at_list
from .crossing_passed import crossing_passed
from .elided_group import ends_apart, split_elided_group
from .places import _finer, _km, _place_of, _site_of_city, _spec, compatible, contains, on_the_way, same_place, \
    town_of_the_city_s_province
from .crossed_near import WATERWAY_KINDS
from .crossed_line_near import crossed_line_inside
from .state import Fragment, _Draft
from .kept import recompile as _recompile
from .weights import AREA_HOLDS_KM, SITE_SIZED_AREA_KM, COUNTRY_HALF_DAYS, SEA_REACH_KM, SAME_SITE_KM, HEADLINE_LEDE_SENTENCES, JOIN_HALVES_SENTENCES, NEXT_LEG_SENTENCES, FAR_SENTENCES, HALVES_ANAPHORIC_SENTENCES, HALVES_SENTENCES, SAME_EVENT, SAME_EVENT_THRESHOLD

# rules asked only behind a gate of this module: imported at their first call (read.lazy)
site_of_the_end = lazy.function(".end_site", "site_of_the_end", globals())


def _routes(frag: Fragment, book: PlaceBook) -> list[_Draft]:
    """The movements one fragment tells: one per origin of a list ("pulled out of A and B")
    and one per destination of a list ("arrived in A and B"), each with its route."""
    if frag.paired_legs:
        legs = _paired_legs(frag)
        if legs:
            return legs
    split = _another_mover(frag) or split_elided_group(frag)
    if split is not None:
        return _routes(split[0], book) + _routes(split[1], book)
    if frag.earlier_leg is not None and len(frag.origin) == 1:
        # "left Bunia on Monday, having been airlifted from Entebbe last week": Entebbe -> Bunia
        # first (no day of its own told here: the clause's day is the departure's), then the
        # departure told
        (start, at), (end, end_at) = frag.earlier_leg, frag.origin[0]
        before = replace(frag, earlier_leg=None, origin=[(start, at)], destination=[(end, end_at)], via=[],
                         date=None, distinct=frag.distinct | {"earlier leg"})
        return _routes(before, book) + _routes(replace(frag, earlier_leg=None), book)
    origins: list[dict] = []
    heads: list[int] = []
    told_apart: list[tuple[dict, int]] = []   # origins at another cue than the first
    for place, at in frag.origin:
        # members of one list are one place only when one holds the other: "from X and Y" with
        # X a city named like the province holding Y is still two towns
        k = next((i for i, o in enumerate(origins)
                  if ((same_place(o, place) or contains(o, place) or contains(place, o)) if at == heads[i]
                      else compatible(o, place))), None)
        if k is not None:
            origins[k] = _finer(origins[k], place)
        elif not origins or at == heads[0]:
            origins.append(place)  # the first origin, or another of the same list
            heads.append(at)
        else:
            told_apart.append((place, at))
    if len(origins) == 1 and told_apart and frag.each_from:
        # "two convoys, one from A and the other from B, reached Y": one movement from each
        origins.extend(p for p, _at in told_apart)
        told_apart = []
    if told_apart and frag.destination:
        # "left A for B in K": K is where B lies, no origin told apart (read.end_area)
        told_apart = [(p, at) for p, at in told_apart if not area_of_the_end(p, frag.destination[-1][0])]
    if len(origins) == 1 and told_apart and frag.destination:
        # "heading from A to B, coming from C", "having come from C, moved from A to B": two
        # origins told apart; the one the other lies on the way from is where it began
        end = frag.destination[-1][0]
        earlier = next((p for p, _at in told_apart if on_the_way(p, origins[0], end)), None)
        later = [(p, at) for p, at in told_apart if on_the_way(origins[0], p, end)]
        if earlier is not None and _either_way(origins[0], earlier, end, later):
            earlier = None  # "left A and were flown to K from B": the text's order (read70; s24's Marjayoun/Beirut)
        if earlier is not None:
            frag = replace(frag, via=[(origins[0], heads[0]), *frag.via])
            origins = [earlier]
        elif later:  # "having come from C, moved from A to B": A is on the way from C
            frag = replace(frag, via=[*later, *frag.via])
    if len(origins) > 1 and not all(_spec(o) <= 2 or _site_sized(o) for o in origins) \
            and not all(_spec(o) == 4 for o in origins) \
            and not (frag.respectively and len({_spec(o) for o in origins}) == 1):
        # (but "from countries A and B to towns C and D respectively" pairs the two lists)
        # a list of towns or of countries ("troops from Chad and Niger") is distributed; a
        # town and some area is not a list
        origins = origins[:1]
    if (frag.respectively or two_lists_alike(frag)) and len(origins) > 1:
        # "left A and B for C and D respectively": the n-th origin goes with the n-th end; and
        # "from A and B towards C and D", two lists alike with no "respectively" (read.two_lists)
        paired = paired_in_order([_routes_from(frag, book, origin) for origin in origins])
        if paired is not None:
            return paired
    out: list[_Draft] = []
    for origin in origins or [None]:
        out.extend(_routes_from(_actor_of_its_origin(frag, origins, origin), book, origin))
    return out


def _site_sized(place: dict) -> bool:
    """Is ``place`` an area no wider than a town's surroundings (a plain, a spit, a valley of
    the built-in areas: SITE_SIZED_AREA_KM), listed as a town is ("pulled back from Depsang and
    Demchok": two places, two movements; a province beside a town is no list)?"""
    return place.get("kind") == "region" and (place.get("uncertainty_km") or SITE_SIZED_AREA_KM + 1) <= SITE_SIZED_AREA_KM


def _either_way(first: dict, other: dict, end: dict, later: list) -> bool:
    """Does each of two origins told apart lie on the way from the other to ``end`` (``first``
    told first, ``other`` among ``later``, the told-apart origins on the way from ``first``)?
    Then the places cannot tell which began the movement, and the one told first did: "The
    peacekeepers pulled out of Khankendi and were flown to Russia from Yevlakh" left Khankendi,
    Yevlakh on the way.

    why: over a far end (a country's centre thousands of km off) both ways are no detour, and
    the first test, whether the first-told lies on the way from the other, made Yevlakh the
    origin and Khankendi a place passed. "heading from A to B, coming from C" keeps C: A lies on
    the way from C, C on none from A."""
    return any(p is other for p, _at in later)


def _actor_of_its_origin(frag: Fragment, origins: list[dict], origin: dict | None) -> Fragment:
    """The fragment for the route from ``origin`` of a distributed list of countries, with that
    country as its actor when the actor was read off the list itself.

    why: "Troops from Kenya, Burundi and Ethiopia arrived in Mogadishu" gave three movements,
    each with the actor "Ethiopia" (the last of the list), so the Kenyans' own flight from
    Nairobi, told next, did not join the Kenyan one."""
    if origin is None or len(origins) < 2 or not frag.actor or origin.get("kind") != "country":
        return frag
    told = frag.actor.strip().lower()
    if not any(told == (o.get("name") or "").lower() or told == (o.get("surface") or "").lower() for o in origins):
        return frag
    return replace(frag, actor=origin.get("surface") or origin.get("name"))


def _paired_legs(frag: Fragment) -> list[_Draft]:
    """"Moved a unit from A to B and another from C to D": each origin goes with the one end
    told after it and before the next origin, with the places passed in between; [] unless every
    origin (two or more, at their own cues) has exactly one such end."""
    starts = sorted(frag.origin, key=lambda x: x[1])
    if len(starts) < 2 or len({at for _p, at in starts}) != len(starts):
        return []
    by_heads = _legs_by_heads(frag, starts)
    if by_heads is not None:
        return by_heads
    legs = []
    for n, (origin, at) in enumerate(starts):
        upto = starts[n + 1][1] if n + 1 < len(starts) else float("inf")
        ends = [p for p, d_at in frag.destination if at < d_at < upto]
        if len(ends) != 1:
            return []
        ways = [p for p, v_at in frag.via if at < v_at < upto]
        legs.append(_Draft(origin, _distinct(ways, origin, ends[0]), ends[0], [frag], frag.status))
    return legs


def _legs_by_heads(frag: Fragment, starts: list) -> list[_Draft] | None:
    """"Moved troops from A to B, from B to C, and from C to D", D unknown to the index: each
    leg is told between its "from" and the next (Fragment.leg_heads, read.leg_heads), so an end
    goes with the leg whose head is the last before it, and a leg whose end was not found keeps
    its origin alone (never the next leg's end: "B -> D" is told nowhere). None when the heads
    do not open every origin, or an end stands before the first head: the pairing by origins."""
    heads = sorted(frag.leg_heads)
    if len(heads) < 2 or any(at not in heads for _p, at in starts) \
            or any(d_at < heads[0] for _p, d_at in frag.destination):
        return None
    legs = []
    for n, head in enumerate(heads):
        upto = heads[n + 1] if n + 1 < len(heads) else float("inf")
        origin = [p for p, at in starts if at == head]
        ends = [p for p, d_at in frag.destination if head <= d_at < upto]
        if len(ends) > 1:
            return None  # ("from A to B and C, and from D to E": a list of ends, as by origins)
        if not origin and not ends:
            continue
        ways = [p for p, v_at in frag.via if head < v_at < upto]
        start, end = (origin or [None])[0], (ends or [None])[0]
        legs.append(_Draft(start, _distinct(ways, start, end), end, [frag], frag.status))
    return legs


def _another_mover(frag: Fragment) -> tuple[Fragment, Fragment] | None:
    """"A convoy moved from A to B and another arrived in C": the places told after the
    second mover (Fragment.another_at) are its own movement, which shares no end of the
    first; who moved and how many are the first one's only."""
    at = frag.another_at
    if at is None:
        return None
    before, after = ends_apart(frag, at)
    if not any(before.values()) or not (after["origin"] or after["destination"]):
        return None
    if frag.added_followed and not after["destination"]:
        after["destination"] = list(before["destination"])  # "..., and reinforcements from K followed" (read.added_force)
    first = replace(frag, another_at=None, added_followed=False, **before)
    second = replace(frag, another_at=None, added_followed=False, actor=None, what=None, counts=[], actor_home=None,
                     distinct=frag.distinct | {"another"}, **after)
    return first, second


def seen_apart_by_bearing(end: dict, origin: dict) -> bool:
    """Is ``end`` a place told by its bearing from the origin's own place ("withdrew from A to
    positions west of A", "to a line 10 km south of the town")? Then it is no repeat of the
    origin but where the force went, relative to it (GUIDELINES: a relative place is scored
    against its anchor), as a bare "to A" after "from A" is a repeat.

    why: every destination the same place as the origin was dropped, the bearing's too, so
    such a pull-back had no end (s26r)."""
    return (end.get("relation") or {}).get("type") == "direction" and not origin.get("relation")


def near_another_named(end: dict, origin: dict) -> bool:
    """Is ``end`` told as near a place the report names otherwise than the origin ("withdrew
    from the bridge area at A to positions near B", A a crossing and B a town 5 km off)? The
    report tells two places apart by their names: the end is where the force went, no repeat of
    the origin, however close the two rows lie (SAME_ROW_KM merges duplicate rows of one site,
    and a crossing or base beside a town is no duplicate of it). Two rows of one name ("from A
    to positions near A") stay one place.

    why: the pull-back's end was dropped as a repeat of its origin, and the movement had none
    (read86's probes: a bridge and the town beside it)."""
    if (end.get("relation") or {}).get("type") != "near" or origin.get("relation"):
        return False
    return _named_otherwise(end, origin)


def _named_otherwise(end: dict, origin: dict) -> bool:
    """Do the report's names of ``end`` and ``origin`` (each its row's name and the surface written)
    share no name, nor one holding the other ("Rafah" / "Rafah crossing")? The report tells two
    places apart by their names, however close their rows lie."""
    from ..names import name_key
    theirs = {name_key(x) for x in (origin.get("name"), origin.get("surface")) if x}
    mine = {name_key(x) for x in (end.get("name"), end.get("surface")) if x}
    return bool(mine) and bool(theirs) and not (mine & theirs) \
        and not any(a in b or b in a for a in mine for b in theirs)


def across_the_border_from(end: dict, origin: dict) -> bool:
    """Is ``end`` a place of another name in another country than ``origin`` ("crossed from
    Ceylanpinar into Ras al-Ain", twin towns a kilometre apart across the Turkish-Syrian border,
    the second read as the crossing named after it)? Two states' places are never one site,
    however close their rows lie (SAME_ROW_KM merges duplicate rows of one site); two rows of one
    name ("from Rafah to the Rafah crossing") stay one place.

    why: the end a force crossed into was dropped as a repeat of where it crossed from, and the
    movement had none (s42 lead, probes of my own on border twin towns)."""
    if not (end.get("country") and origin.get("country")) or end["country"] == origin["country"]:
        return False
    return _named_otherwise(end, origin)


def _routes_from(frag: Fragment, book: PlaceBook, origin: dict | None) -> list[_Draft]:
    frag = crossing_passed(frag)  # "crossed into K near X and moved toward Y": X passed (read.crossing_passed)
    dests = [p for p, _ in frag.destination]
    vias = [p for p, _ in frag.via]
    # collapse a destination refined by a later, more specific one ("into Georgia ... to Gori")
    collapsed: list[dict] = []
    for d in dests:
        if collapsed and (contains(collapsed[-1], d) or same_place(collapsed[-1], d)):
            collapsed[-1] = _finer(collapsed[-1], d)
        elif collapsed and contains(d, collapsed[-1]):
            continue
        elif collapsed and frag.enters and _sea_then_port(collapsed[-1], d):
            # "entered the Gulf of Finland and anchored off Kronstadt": the sea entered is passed
            # on the way to the place in it where the ships stopped (GUIDELINES: the most
            # specific end; places gone through en route are via)
            vias = [*vias, collapsed[-1]]
            collapsed[-1] = d
        elif collapsed and (_site_of_city(d, collapsed[-1]) or _site_of_city(collapsed[-1], d)):
            # "arrived in Port-au-Prince ..., 250 officers who landed at Toussaint Louverture
            # airport": the city's airport is the same end told finer (GUIDELINES: the most
            # specific place), not a second destination
            collapsed[-1] = d if d.get("kind") in ("airfield", "base") else collapsed[-1]
        else:
            collapsed.append(d)
    if origin is not None:
        collapsed = [d for d in collapsed if not same_place(d, origin) or seen_apart_by_bearing(d, origin)
                     or near_another_named(d, origin) or across_the_border_from(d, origin)] \
            or ([] if not collapsed else [])
    status = frag.status
    home = frag.actor_home
    first = collapsed[0] if collapsed else None
    if (origin is not None and origin.get("kind") == "crossing" and frag.enters and home is not None
            and first is not None and origin.get("country") != home.get("country")
            and book.near_border(origin, home.get("country"))):
        # "entered from the X crossing": the crossing on the force's own border is where it
        # came in, its own country where it came from
        vias, origin = [origin, *vias], None
    if origin is None and first is not None and len(frag.between) == 2 and frag.enters:
        # "crossed the border between A and B and arrived in Y": the side that does not hold
        # where it went is the side it left
        left = [p for p in frag.between if not (same_place(p, first) or contains(p, first))]
        if len(left) == 1:
            origin = {**left[0], "inferred": True}
    crossing = next((v for v in vias if v.get("kind") == "crossing"), None)
    if (origin is None and home is not None and frag.enters and first is not None and crossing
            and first.get("country") and first.get("country") != home.get("country")
            and book.near_border(crossing, home.get("country"))):
        # a national force entering another country through a crossing on its own border
        # comes from its own country ("a Turkish column entered Syria through the X crossing")
        origin = {**_place_of(home), "precision": "country", "inferred": True}
    if (origin is None and home is not None and frag.enters and first is not None and not crossing
            and first.get("country") and first.get("country") != home.get("country")
            and not (any(v.get("kind") in WATERWAY_KINDS for v in vias) and (first.get("relation") or {}).get("type") == "near")
            and not crossed_line_inside(frag.quote)  # ("crossed the front line near X": read.crossed_line_near)
            and not _entered_a_town_only(frag, first)
            and book.neighbours(home.get("country"), first.get("country"))):
        # a national force crossing into a neighbouring country comes from its own
        # ("Chadian troops crossed into Cameroon's Far North region"); not one that crossed a
        # river near a town ("Russian troops crossed the Dnipro near X": the river, not the
        # border, read.crossed_near; "crossed the Chari into Cameroon" still came from Chad)
        origin = {**_place_of(home), "precision": "country", "inferred": True}
    if frag.onward_at is not None:
        # "moved into X on Monday and the next day moved on to Y": X reached and left again,
        # two legs (GUIDELINES), the second from X
        first = [p for p, at in frag.destination if at < frag.onward_at]
        onward = [p for p, at in frag.destination if at >= frag.onward_at]
        if len(first) == 1 and onward and not same_place(first[0], origin) and not _sea_only_passed(frag, first[0], onward):
            ways = [p for p, at in frag.via if at < frag.onward_at]
            later = [p for p, at in frag.via if at >= frag.onward_at]
            # (the later leg on its own day, when the clause tells one: read.onward_date)
            on = replace(frag, date=frag.onward_date) if frag.onward_date is not None else frag
            return [_Draft(origin, _distinct(ways, origin, first[0]), first[0], [frag], status)] + \
                [_Draft(first[0], _distinct(later, first[0], d), d, [on], status) for d in onward]
    if len(collapsed) > 1 and frag.chained:
        cut = split_at_list(collapsed, frag.listed_at)
        if cut is not None:  # "... and was then moved to B and C": each member through A (read.chained_list)
            return [_Draft(origin, _distinct(vias + cut[0], origin, d), d, [frag], status) for d in cut[1]]
        return [_Draft(origin, _distinct(vias + collapsed[:-1], origin, collapsed[-1]), collapsed[-1], [frag], status)]
    if not collapsed:
        return [_Draft(origin, _distinct(vias, origin, None), None, [frag], status)]
    return [_Draft(origin, _distinct(vias, origin, d), d, [frag], status) for d in collapsed]


def _sea_then_port(sea: dict, place: dict) -> bool:
    """Is ``sea`` a sea or an ocean and ``place``, told after it, a point (a town, a port, a
    base) within the sea's own radius?

    why: "Two warships entered the Gulf of Finland from the Baltic Sea and anchored off
    Kronstadt" was two movements, one to the gulf and one to Kronstadt (probes of my own, s27r).
    (A sea's point is its middle: a port on its shore may lie a little beyond the radius the
    gazetteer gives it; SEA_REACH_KM, as far as a sea is scored right.)"""
    return sea.get("kind") in ("sea", "ocean") and place.get("kind") not in ("sea", "ocean", "river", "strait") \
        and _spec(place) <= 2 and not same_place(sea, place) \
        and (compatible(sea, place) or _km(sea, place) <= max(sea.get("uncertainty_km") or 0.0, SEA_REACH_KM))


def _sea_only_passed(frag: Fragment, first: dict, onward: list[dict]) -> bool:
    """Is the first end of a clause told on two days a sea the force entered and every later end
    a port or town in that sea ("entered the Black Sea on 20 May and docked at Constanta the next
    day")? Then the sea is passed on the way (collapsed as via below), no stop the ships left again.

    why: read as "reached X and the next day moved on to Y", the entry made a movement to the
    sea and a second from the sea to the port (GUIDELINES: legs only where the force got somewhere
    and afterwards set off again; places gone through en route are via)."""
    return frag.enters and all(_sea_then_port(first, d) for d in onward)


def _distinct(vias: list[dict], origin: dict | None, destination: dict | None) -> list[dict]:
    """Places passed, each once, none of them an end ("flew to X, and from there drove to Y"
    names X twice)."""
    out: list[dict] = []
    for v in vias:
        if not any(same_place(v, w) for w in out) and not _same_end(v, origin) and not _same_end(v, destination):
            out.append(v)
    return out[:_MAX_VIA]


def _same_end(via: dict, end: dict | None) -> bool:
    """Is the place passed ``via`` the end ``end`` told again? Not a crossing passed beside the
    town it is named after ("left Qaim and entered Syria through the al-Qaim border crossing":
    the town, then the crossing a few km off, GUIDELINES: a crossing on the way is via), though
    the two rows lie close enough to be one place elsewhere (places.same_place, s37m)."""
    if not same_place(via, end):
        return False
    return not (via.get("kind") == "crossing" and end.get("kind") in ("city", "town", "village")
                and via.get("gazetteer_id") != end.get("gazetteer_id"))


def _refine_destination(last: _Draft | None, reader, index: int, book: PlaceBook) -> None:
    """A group headed for a border strip and then, in the next sentence, "waited at the Y
    crossing": Y is where it went."""
    if last is None or last.status != "reported" or not index - NEXT_LEG_SENTENCES <= last.frags[-1].sentence < index:
        return
    place = reader.located(index)
    dest = last.destination
    if place is None or dest is None or _spec(place) >= _spec(dest) or same_place(dest, place):
        return
    if compatible(dest, place) or (place.get("kind") in ("crossing", "checkpoint")
                                   and book.near_border(place, dest.get("country"))):
        last.destination = {**place, "refines": dest.get("name")}
        s, e = reader.spans[index]
        # the sentence joins the movement's quote: every point stays traceable to its words
        last.frags.append(Fragment(sentence=index, trigger="", trigger_start=s, quote=reader.text[s:e].strip()))


def _join_halves(drafts: list[_Draft], book: PlaceBook, told_whole: frozenset = frozenset()) -> list[_Draft]:
    """One sentence says where a force left ("completed the pull-out from X"), the next where it
    went ("all forces had been moved to Y"): one movement when Y lies in or along X's area, the
    actors do not differ and nothing else stands between them. ``told_whole``: the ids of
    drafts whose other end the text names unplaced, no halves (read.unplaced_end)."""
    out: list[_Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if (prev is not None and id(prev) not in told_whole and id(d) not in told_whole
                and prev.origin is not None and prev.destination is None
                and d.origin is None and d.destination is not None and d.status == prev.status
                and 0 < min(f.sentence for f in d.frags) - max(f.sentence for f in prev.frags) <= JOIN_HALVES_SENTENCES
                and not same_place(prev.origin, d.destination)
                and (compatible(prev.origin, d.destination))):
            ka, kb = _actor_words(prev.actor, book), _actor_words(d.actor, book)
            if ka is None or kb is None or ka & kb:
                out[-1] = _merge(prev, d)
                continue
        out.append(d)
    return out


def _days_apart(a: _Draft, b: _Draft) -> float:
    """Days between the starts of two drafts' first resolved dates (0 when either is undated)."""
    sa, sb = _span(a), _span(b)
    if not sa or not sb:
        return 0
    return abs((sa[0] - sb[0]).days)


def _sentences(d: _Draft) -> tuple[int, int]:
    return min(f.sentence for f in d.frags), max(f.sentence for f in d.frags)


def _sentences_apart(a: _Draft, b: _Draft) -> int:
    """How many sentences lie between the two drafts' fragments (negative when they overlap)."""
    (a0, a1), (b0, b1) = _sentences(a), _sentences(b)
    return max(b0 - a1, a0 - b1)


def _origin_halves_near(drafts: list[_Draft]):
    """``near(d0, d1)``: in order, the indexes of the movements of ``drafts`` with an origin and
    no destination whose sentences (o0 to o1) come within HALVES_ANAPHORIC_SENTENCES (the
    larger reach) of sentences d0 to d1: o0 <= d1 + reach and o1 >= d0 - reach. complete_halves
    joins no other pair (a gap above the reach fails its first test; halves told around each
    other overlap), so it asks these alone, where a test of every movement for every
    destination was quadratic in a long report. Such movements are only ever taken out of
    the list while it runs (merged into one with both ends), so those listed at its start
    are all there are; one without fragments is always listed, as it was always tested."""
    reach = max(HALVES_ANAPHORIC_SENTENCES, HALVES_SENTENCES)
    spans, always = [], []
    for j, o in enumerate(drafts):
        if o.origin is not None and o.destination is None:
            if o.frags:
                spans.append((*_sentences(o), j))
            else:
                always.append(j)
    spans.sort()
    firsts = [o0 for o0, _, _ in spans]
    widest = max((o1 - o0 for o0, o1, _ in spans), default=0)

    def near(d0: int, d1: int) -> list[int]:
        lo = bisect.bisect_left(firsts, d0 - reach - widest)
        hi = bisect.bisect_right(firsts, d1 + reach)
        return sorted([j for _, o1, j in spans[lo:hi] if o1 >= d0 - reach] + always)
    return near


def complete_halves(drafts: list[_Draft], book: PlaceBook, told_whole: frozenset = frozenset()) -> list[_Draft]:
    """A report may tell where a force went and, sentences apart and in either order, where it
    left from ("arrived in Y on Friday ... the trucks had set out from X"; "pulled out of A and
    B ... seen leaving toward Y"). A movement with only a destination completes those with only
    an origin when they are near (nearer still unless the later one refers back: "the convoy",
    "they"), of one status, not told apart (distinct words, actors, dates) and of places that
    differ. ``told_whole``: the ids of drafts whose other end the text names by a name left
    unplaced ("sent from Butmir to Brcko"): told whole, no halves (read.unplaced_end)."""
    used: set[int] = set()
    near = _origin_halves_near(drafts)
    for k, d in enumerate(drafts):
        if d.origin is not None or d.destination is None or id(d) in told_whole:
            continue
        halves = []
        for j in near(*_sentences(d)) if d.frags else range(len(drafts)):
            o = drafts[j]
            if j == k or j in used or o.origin is None or o.destination is not None or o.status != d.status \
                    or id(o) in told_whole:
                continue
            (d0, d1), (o0, o1) = _sentences(d), _sentences(o)
            gap = max(d0 - o1, o0 - d1)
            later = o if o0 > d0 else d
            reach = HALVES_ANAPHORIC_SENTENCES if any(f.anaphoric for f in later.frags) else HALVES_SENTENCES
            if not (0 < gap <= reach or told_around([f.sentence for f in d.frags], [f.sentence for f in o.frags], reach)) \
                    or same_place(o.origin, d.destination):
                continue  # (halves told around each other are near too: read.told_around)
            ka, kb = _actor_words(o.actor, book), _actor_words(d.actor, book)
            # (two clauses of one sentence joined by "as" tell one arrival: "brought reinforcements
            # to Y, as a convoy of 12 vehicles arrived from X")
            earlier = d if later is o else o
            told_as_one = not (ka and kb and not ka & kb) and (
                (gap == 1 and any(f.as_clause for f in later.frags))
                # the title and the report's first sentences tell the one movement the report is about
                or (any(f.headline for f in earlier.frags) and min(f.sentence for f in later.frags) <= HEADLINE_LEDE_SENTENCES)
                # a half that names only the country left ("withdrawing from K") is the start of
                # a movement told near it, not one of its own
                # (told within days of each other, when both are dated)
                # (but not when the other half names another mover: read.events._another_mover_named)
                # (nor when the later half names its mover as added to the first group,
                # "... and reinforcements from K followed": read.added_force)
                or (_spec(o.origin) == 4 and not o.via and d.destination.get("country") != o.origin.get("country")
                    and _days_apart(o, d) <= COUNTRY_HALF_DAYS and not _another_mover_named(o, d, ka)
                    and not another_group_added([f.what for f in later.frags], [f.what for f in earlier.frags])))
            # (one actor spelling out the other's initials is one force: "The Rapid Support Forces
            # withdrew from A. RSF fighters then moved towards B", read.initials_name)
            if not (any(f.anaphoric for f in later.frags) or (ka and kb and ka & kb) or told_as_one
                    or named_by_initials(o.actor, d.actor)):
                continue  # "troops left A. Units arrived in B.": nothing says they are one
            if _refers_to_another_state(later, earlier, book):
                continue  # "The Chinese survey ship left A" after "Britain is sending marines to B"
            names = event_features(o, d, book)
            if later is o and "distinct_words" not in names and any(f.distinct for f in o.frags) and _told_apart(d, o):
                # "Separately, a ... unit moved guns from Haeju" told after "The North moved
                # launchers to X": the word that sets it apart is in the later half, the
                # departure (event_features asks its second draft only; read55)
                names.append("distinct_words")
            # a departure dated before the arrival is the same journey ("reached Y on Tuesday
            # ... had set out from X on Saturday"); one dated after it is not
            so, sd = _span(o), _span(d)
            dated_apart = ("different_days" in names or "different_date_words" in names or "dates_disjoint" in names) \
                and not (so and sd and so[0] <= sd[0])
            if dated_apart or any(n in names for n in ("different_actors", "distinct_words", "contrasted_modes")):
                continue
            if _counted_apart(o, d):
                continue  # "About 200 officers returned home ... replaced by 150 officers who flew out of X"
            halves.append(j)
        if halves:
            for j in halves:
                drafts[j] = _merge(drafts[j], d)
                used.add(j)
            used.add(k)
            d.frags = []  # told by the movements it completed
    return [d for d in drafts if d.frags]


# the plain words of a force and of what carries it: a half that names what moved by one of these
# may be the withdrawing force itself ("A convoy of 50 trucks reached N'Djamena")
_FORCE_OR_TRANSPORT_WORDS = frozenset("""troops soldiers forces force units unit personnel servicemen contingent
    contingents men convoy convoys column columns trucks lorries vehicles buses planes aircraft flights
    transports ships rest remainder last""".split())


def _another_mover_named(o: _Draft, d: _Draft, leaving_words) -> bool:
    """Does the half that tells where something went (``d``) name a mover of its own, one the
    half that tells the country left (``o``) is not: what moved told by words the other does not
    use and that are no plain word of a force or of its transport, and a place outside the
    leaving force's own country (a force going home is the withdrawal's end)?

    why: "Medical teams were sent to Y" completed a state's withdrawal of soldiers from a
    country told just before it, only because that half named a country alone: a different
    mover is a different movement (GUIDELINES: a different actor makes a new movement)."""
    what_d = next((f.what for f in d.frags if f.what), None)
    if not what_d or any(f.anaphoric for f in d.frags):
        return False
    words_d = set(_WHAT_WORD.findall(what_d.lower()))
    if not words_d or words_d & _FORCE_OR_TRANSPORT_WORDS:
        return False
    what_o = next((f.what for f in o.frags if f.what), None)
    if what_o and words_d & set(_WHAT_WORD.findall(what_o.lower())):
        return False
    return not (leaving_words and d.destination.get("country") in leaving_words)


def _states_of(words) -> set[str]:
    """The state codes among actor words (_actor_words folds a nation's name and its demonym
    into its code: 'Chinese' -> 'CN', 'Britain' -> 'GB'; a joint force's 'CN+IN')."""
    return {w for w in words or () if (len(w) == 2 and w.isupper()) or "+" in w}


def _refers_to_another_state(later: _Draft, earlier: _Draft, book: PlaceBook) -> bool:
    """Does the later half name what moved by a state's demonym or name ("The Chinese survey
    ship") while the earlier half names another state and not it (by its actor or what moved)?
    A definite noun phrase of another state's force refers to no movement of the first.

    why: "Britain is sending 100 Royal Marines to Norway ... The Chinese survey ship left
    Colombo" were one movement, Colombo -> Norway: "The ... ship" refers back, and nothing else
    told them apart (probes of my own, s27r)."""
    mine = set()
    for f in later.frags:
        mine |= _states_of(_actor_words(f.what, book)) | _states_of(_actor_words(f.actor, book))
    if not mine:
        return False
    theirs = set()
    for f in earlier.frags:
        theirs |= _states_of(_actor_words(f.actor, book)) | _states_of(_actor_words(f.what, book))
    return bool(theirs) and not mine & theirs


def _first_count(d: _Draft) -> int | None:
    return next((c["value"] for f in d.frags for c in f.counts if c.get("value") and not c.get("escort")), None)


def _counted_apart(a: _Draft, b: _Draft) -> bool:
    """Do the two halves count what moved differently ("about 200 officers" / "150 officers")?
    Then they are two groups, not where one left and where it arrived.

    why: "About 200 Kenyan police officers returned home ... landing at the airport" and "a
    contingent of 150 officers who flew out of Nairobi on November 18" (their relief, going the
    other way) were joined as one route, Nairobi to Nairobi's airport."""
    ca, cb = _first_count(a), _first_count(b)
    return ca is not None and cb is not None and ca != cb


def _first_counts_by_kind(d: _Draft) -> dict[str, int]:
    """The first count of each kind a draft gives: people ("1,500 soldiers", "900 members") as one
    kind, anything else by its unit ("three planes", "36 trucks")."""
    out = {}
    for f in d.frags:
        for c in f.counts:
            if c.get("value") and not c.get("escort") and not c.get("part"):
                kind = "people" if unit_names_people(c.get("unit") or "") else (c.get("unit") or "").lower()
                out.setdefault(kind, c["value"])
    return out


def _counted_apart_alike(a: _Draft, b: _Draft) -> bool:
    """Do the two count the same kind of thing differently ("another 1,500 soldiers" / "some
    11,000 soldiers deployed last year")? Then they are two groups, whatever else they share.
    Counts of different kinds ("900 members" / "three transport planes") tell nothing.

    why: "Pyongyang has sent another 1,500 soldiers to Russia, adding to some 11,000 soldiers
    deployed last year to the Kursk region" was one movement by the shared end alone (Kursk
    region lies in Russia), with the year of the earlier one."""
    ka, kb = _first_counts_by_kind(a), _first_counts_by_kind(b)
    return any(ka[k] != kb[k] for k in ka.keys() & kb.keys())


@dataclass
class Decision:
    """Whether two drafts are one movement: the features that fired, their sum and the verdict."""

    same: bool
    score: float
    features: dict

    @property
    def why(self) -> str:
        return ", ".join(f"{k} {v:+g}" for k, v in self.features.items()) + \
            f" = {self.score:+g} ({'same movement' if self.same else 'different movements'})"


def _crossings(d: _Draft) -> list[dict]:
    return [p for p in [d.origin, *d.via, d.destination] if p and p.get("kind") == "crossing"]


_WATERWAYS = frozenset({"sea", "ocean", "river"})


def _shared_by_waterway_only(a: _Draft, b: _Draft, shared_origin: bool, shared_dest: bool) -> bool:
    """The only end the two share is a sea, ocean or river and a place within its radius
    ("Ships ... proceeded to the Baltic Sea. A battery ... completed a march to the area of
    Chernyakhovsk": a town 100 km inland lies within the sea's 800 km): compatible ends
    (places.compatible), not one place nor an area that holds the other."""
    if shared_origin and not any(p.get("kind") in _WATERWAYS for p in (a.origin, b.origin)):
        return False
    pairs = ([(a.origin, b.origin)] if shared_origin else []) + ([(a.destination, b.destination)] if shared_dest else [])
    return bool(pairs) and all(any(p.get("kind") in _WATERWAYS for p in pair) and not same_place(*pair)
                               and not contains(*pair) and not contains(*pair[::-1]) for pair in pairs)


def _other_modes(a: _Draft, b: _Draft) -> bool:
    """Each tells by a verb of its sentence how it moved, and no way is the same ("flew" / "was
    driven overland" / "were shipped").

    A mode word elsewhere in the sentence is no such evidence: "Soldiers of the armored
    brigade began arriving in Germany" tells no way of arriving, and the brigade's tanks
    "shipped ... to Bremerhaven, Germany" are that arrival.

    why: "The last French soldiers ... flew to N'Djamena" and, a sentence on, "Their armoured
    vehicles were taken overland ... towards the Chadian border" were one movement by the
    border strip alone (Chad holds N'Djamena): a group flown to a city and vehicles driven to
    its country are two movements."""
    modes_b = _verb_modes(b)
    return bool(modes_b) and bool(modes_a := _verb_modes(a)) and modes_a.isdisjoint(modes_b)


def _other_subject_same_sentence(a: _Draft, b: _Draft) -> bool:
    """A clause of the same sentence as one of ``a``'s (another clause of it) with a subject of its own, not one that
    refers back, naming another thing moved ("Turkish commandos pushed into X ..., and Turkey
    has moved additional howitzers from A to B"): one sentence tells two movements.

    why: the two were one movement by the province alone (Iraq holds Bamerni), the howitzers'
    route the commandos'."""
    for fb in b.frags:
        if fb.anaphoric or not fb.what:
            continue
        words_b = _WHAT_WORD.findall(fb.what.lower())
        if not words_b:
            continue  # ("the first 300": a part of the force told before)
        for fa in a.frags:
            if fa.in_sentence is not None and fa.in_sentence == fb.in_sentence and fa.sentence != fb.sentence and fa.what \
                    and not set(_WHAT_WORD.findall(fa.what.lower())) & set(words_b):
                return True
    return False


# what a subject that brings in a new group opens with: an indefinite article (not "another",
# which the distinct words read) and no word that refers back
_INDEFINITE_OPENING = _recompile(r"(?:a|an)\s+(?!(?:other|second|third|separate)\b)", re.I)


def _indefinite_subjects_apart(a: _Draft, b: _Draft) -> bool:
    """Is each of ``a`` and ``b`` told by a subject that brings in a group of its own ("a convoy
    of armoured vehicles ... drove to Pont-Sonde in the Artibonite" / "A Jamaican unit of the
    mission moved from Port-au-Prince to Saint-Marc"), in different sentences, with no word of
    what moved in common? Two groups brought in, each by "a", are two movements; the shared
    province alone (Saint-Marc lies in the Artibonite) made them one.

    why: a live page of my own (s40 read108, Haiti) gave the convoy's move the Jamaican unit's
    route, and the convoy's own move was lost."""
    def brought_in(d: _Draft) -> list:
        return [f for f in d.frags if f.what and not f.anaphoric and _INDEFINITE_OPENING.match(f.what)]
    told_a, told_b = brought_in(a), brought_in(b)
    if not told_a or not told_b or len(told_a) != len(a.frags) or len(told_b) != len(b.frags):
        return False
    if {f.sentence for f in told_a} & {f.sentence for f in told_b}:
        return False
    words = lambda frags: set().union(*(_WHAT_WORD.findall(f.what.lower()) for f in frags))  # noqa: E731
    wa, wb = words(told_a), words(told_b)
    return bool(wa and wb) and not wa & wb


def _service_named_apart(a: _Draft, b: _Draft) -> bool:
    """Is ``b`` told after every sentence of ``a``, by a subject of its own (not one referring
    back), that names a service other than the army where ``a``'s actor names none (read.service_branch)?"""
    if not b.frags or not a.frags or any(f.anaphoric for f in b.frags):
        return False
    if min(f.sentence for f in b.frags) <= max(f.sentence for f in a.frags):
        return False
    return service_named_after_troops(a.actor, b.actor)


# the words of what moved that tell it apart (a count's digits and the articles aside)
# (nor the words of a part or an elided count, which refer back: "the first 300", "the rest")
_WHAT_WORD = _recompile(r"\b(?!(?:the|a|an|of|and|some|about|its|their|more|additional|other|another|further|first|last|"
                        r"next|remaining|rest|most|half|all|many|several|them|those|these|one|two|three|four|five|six|"
                        r"seven|eight|nine|ten|dozen|dozens|hundred|hundreds|thousand|thousands)\b)[a-z][a-z-]{2,}")


def _verb_modes(d: _Draft) -> set[str]:
    """The ways of moving the verbs of the draft's sentences tell ("left A and flew to B": air;
    "driven", "overland": road)."""
    return {mode for f in d.frags for mode, rx in _MODE_VERBS if rx.search(f.quote)}


def _different_list_items(a: _Draft, b: _Draft) -> bool:
    """Told in different items of one list (a sitrep's bullets, a thread's posts), each only
    there: a list tells one entry per item."""
    ib = {f.list_item for f in b.frags}
    if None in ib:
        return False
    if min(b.frags, key=lambda f: f.sentence).anaphoric:
        # (an item whose subject refers back, "3/ The tanks were unloaded at Yelsk", goes on
        # with what an item before it told: a thread's posts tell one story, s33m)
        return False
    ia = {f.list_item for f in a.frags}
    if None in ia:
        return False
    return {i[0] for i in ia} == {i[0] for i in ib} and len({i[0] for i in ia}) == 1 and not ia & ib


def _title_describes(a: _Draft, b: _Draft) -> bool:
    """Is one of the two told only in the report's title and the other near its top? The title
    names who moved by a description ("Paramilitary column reported crossing Kordofan towards
    El Obeid"), the body by name ("RSF fighters advanced ... towards El Obeid"): words that
    differ there are no second actor (GUIDELINES: one movement retold in headline and
    body counts once). The other features (ends, dates, status) still decide."""
    for x, y in ((a, b), (b, a)):
        if x.frags and all(f.headline for f in x.frags) and y.frags \
                and min(f.sentence for f in y.frags) <= HEADLINE_LEDE_SENTENCES:
            return True
    return False


# the words that place a group in a series ("a second contingent", "a new batch"), not apart from
# a movement told before it (_series_after_title)
# (and the words of a force added to one already sent: "Kenya sends more police to Haiti" / "Kenya
# flew a further 200 police officers to Port-au-Prince", the one flight, s33m)
_SERIES_WORDS = frozenset({"second", "third", "fourth", "fifth", "sixth", "a new", "further", "additional"})


def _series_after_title(a: _Draft, b: _Draft) -> frozenset:
    """The series words that do not set ``b`` apart from ``a`` when ``a`` is told only in the
    title and ``b`` near the top: "Kenyan police arrive in Port-au-Prince" / "A second contingent
    of 200 Kenyan police officers landed at the airport on Monday" is one arrival, the second of
    a series the report does not tell (GUIDELINES: headline and body are one movement).
    "Another", "separate", "other" still set it apart."""
    if a.frags and all(f.headline for f in a.frags) and b.frags \
            and min(f.sentence for f in b.frags) <= HEADLINE_LEDE_SENTENCES:
        # (and a sentence opened by "Separately," is set apart from the sentence before it, not
        # from the title: "Troops pull back from Djibo" / "... Separately, army units withdrew
        # from Djibo to Ouahigouya")
        return _SERIES_WORDS | {"separately"}
    if a.frags and all(f.headline for f in a.frags):
        # ("Separately," sets a sentence apart from the one before it, never from the title,
        # however far down the body tells the title's movement: "... as junta reinforces X" /
        # fourth paragraph "Separately, the junta flew two companies to X", s23r)
        return frozenset({"separately"})
    return frozenset()


def _title_passage_told(a: _Draft, b: _Draft) -> bool:
    """Does a title tell only a passage ("Chinese carrier group transits Miyako Strait": no start,
    no end, a place passed) that a route near the top passes too ("The carrier Shandong and four
    escorts sailed from the East China Sea through the Miyako Strait into the Pacific")? The
    place passed is then the end they share (GUIDELINES: the movement told in headline and
    body counts once); without it the title stood as a movement of its own. (A body clause that
    passes it with no end of its own is left to read.strait_passed, which joins it to the
    route told next.)"""
    for x, y in ((a, b), (b, a)):
        if _title_only(x) and x.origin is None and x.destination is None and x.via and y.frags \
                and (y.origin is not None or y.destination is not None) \
                and not _title_only(y) and min(f.sentence for f in y.frags) <= HEADLINE_LEDE_SENTENCES \
                and any(same_place(v, w) for v in x.via for w in y.via):
            return True
    return False


def _title_only(d: _Draft) -> bool:
    """Is ``d`` read from the report's title line alone?"""
    return bool(d.frags) and all(f.headline for f in d.frags)


def event_features(a: _Draft, b: _Draft, book: PlaceBook) -> list[str]:
    """The named features (see weights.SAME_EVENT) of drafts ``a`` and ``b`` being one movement."""
    return [n for n in _features(a, b, book) if n is not _NO_SHARED_END]


# what _features tells same_event when the two share no end: shared_end is the only feature
# that weighs more than 0, so the sum stays below the threshold whatever follows (not a feature;
# told only while the weights are such: a weight above 0 given to another feature turns it off)
_NO_SHARED_END = "(no shared end)"
_ONLY_SHARED_END_GAINS = all(w <= 0 for n, w in SAME_EVENT.items() if n != "shared_end") and SAME_EVENT_THRESHOLD > 0


def _told_apart_in_time(a: _Draft, b: _Draft) -> str | None:
    """The first of the vetoes _features finds from the two drafts' status and dates alone
    (status_differs, different_days, dates_disjoint, different_date_words, the same tests), None
    when none fires. No place is compared: a long text compares each new route with every movement in reach, most of them of other days, and these cost a
    few attribute reads where the ends' tests before them cost the most of a comparison."""
    if a.status != b.status:
        return "status_differs"
    if _retells(a, b):
        return None  # ("the convoy, which left A on 2 December": its day no veto, read.retold_day)
    for name, told_apart in _TIME_VETOES:
        if told_apart(a, b):
            return name
    return None


def _retells(a: _Draft, b: _Draft) -> bool:
    """Is ``b`` told only by clauses on the force told again ("the convoy, which left A on ...",
    "the same column left A"), with an end of ``a`` in the same role? Then a day that differs is
    the report's inconsistency, no second movement (read.retold_day)."""
    if not b.frags[0].retold or not all(f.retold for f in b.frags):
        return False
    return bool(a.origin and b.origin and same_place(a.origin, b.origin)) \
        or bool(a.destination and b.destination and same_place(a.destination, b.destination))


# the three tests of time that _features and _told_apart_in_time ask alike (b is the new route:
# its side is read first, the cheaper when it tells no date)
def _different_days(a: _Draft, b: _Draft) -> bool:
    return bool((db := _day(b)) and (da := _day(a)) and da != db) and not _entry_day_against_told(a, b)


def _dates_disjoint(a: _Draft, b: _Draft) -> bool:
    return bool((sb := _span(b)) and (sa := _span(a)) and (sa[1] < sb[0] or sb[1] < sa[0])) \
        and not _entry_day_against_told(a, b)


def _entry_only(d: _Draft) -> bool:
    return all(entry_day_only(f.date) for f in d.frags if f.date is not None)


def _entry_day_against_told(a: _Draft, b: _Draft) -> bool:
    """Is one of the two a force told again where it got to ("the same column parked in B": a
    subject that refers back, no place left) dated only by the day of the entry it was told in
    (a liveblog's stamp: liveblog.entry_day_only), and the other dated by a day told in words?
    An entry tells the day it was written: the column seen in B in Saturday's entry may be the
    one that left A on Friday. (Asked only when the days differ.)"""
    return (_seen_again(a) and not _entry_only(b)) or (_seen_again(b) and not _entry_only(a))


def _seen_again(d: _Draft) -> bool:
    return d.origin is None and d.frags[0].anaphoric and _entry_only(d)


def _different_date_words(a: _Draft, b: _Draft) -> bool:
    wb = set().union(*(f.when for f in b.frags))
    return bool(wb and (wa := set().union(*(f.when for f in a.frags))) and not wa & wb)


# (the three in the order each asks them, with the feature each names)
_TIME_VETOES = (("different_days", _different_days), ("dates_disjoint", _dates_disjoint),
                ("different_date_words", _different_date_words))


# what a force enters when it enters a town, not a country: a settlement or a site in it
_TOWN_KINDS = frozenset({"city", "town", "village", "base", "airfield", "neighbourhood", "district"})
# a crossing told by its path ("across the border into X"), as clauses._ACROSS_BORDER
_OVER_BORDER = _recompile(r"\b(?:across|over)\s+the\s+(?:[\w-]+\s+)?(?:border|frontier)\b", re.I)
# the words between the verb and the town it names as its object ("entered the town of X",
# "came into the outskirts of X")
_TOWN_OBJECT = _recompile(r"\s+(?:(?:into|in|to)\s+)?(?:the\s+(?:(?:[a-z]+\s+)?(?:town|city|village|centre|center|outskirts|streets)\s+of\s+)?)?", re.I)


def _entered_a_town_only(frag: Fragment, first: dict) -> bool:
    """Did the clause tell only that the force entered a town, named right after its verb
    ("Rwandan troops entered Goma")? Its demonym is who they are, not where they came from
    (GUIDELINES: the origin is where the text says the move began): no border is said to be
    crossed, as it is by "crossed into X", "across the border into X" or by entering the country
    or a province of it ("entered Somalia near Dolow": the country is the verb's object)."""
    trigger = frag.trigger or ""
    if not trigger or first.get("kind") not in _TOWN_KINDS or _stem(trigger.split()[0]) not in ("enter", "come"):
        return False
    quote, surface = frag.quote or "", first.get("surface") or ""
    at = quote.find(trigger)
    if at < 0 or not surface or _OVER_BORDER.search(quote) is not None:
        return False
    return quote.startswith(surface, _TOWN_OBJECT.match(quote, at + len(trigger)).end())


def _home_inferred_only(x: dict, y: dict) -> bool:
    """Is one of two origins only the home country a force's demonym gave ("68 Myanmar soldiers
    entered Bangladesh": Myanmar), holding the other's town? The force's nationality says nothing
    of where it left from: "Another column was moving from Kawkareik" and the soldiers who
    entered Bangladesh share no end by it (s44 lead)."""
    return not same_place(x, y) and any(p.get("inferred") and p.get("precision") == "country" and _spec(p) >= 4
                                        for p in (x, y))


def _features(a: _Draft, b: _Draft, book: PlaceBook):
    """event_features, one at a time in their order (same_event stops at a veto)."""
    if a.status != b.status:
        yield "status_differs"
    # (b, a new fragment's route, is asked first: a movement read so far may hold hundreds of
    # fragments in a long text, and each new one is compared with it)
    modes_b = {f.mode for f in b.frags if f.mode}
    if modes_b and (any(f.contrasted for f in b.frags) or any(f.contrasted for f in a.frags)):
        modes_a = {f.mode for f in a.frags if f.mode}
        if modes_a and not modes_a & modes_b:
            yield "contrasted_modes"
    # (the destinations' compatibility is worked out once: the shared end below asks it again)
    ends_compatible = compatible(a.destination, b.destination) if compatible(a.origin, b.origin) else None
    if not ends_compatible:
        yield "ends_incompatible"
    shared_by_area = False
    shared_origin = bool(a.origin and b.origin and (same_place(a.origin, b.origin) or contains(a.origin, b.origin)
                                                    or contains(b.origin, a.origin))
                         and not _home_inferred_only(a.origin, b.origin))
    shared_dest = bool(a.destination and b.destination and (
        ends_compatible if ends_compatible is not None else compatible(a.destination, b.destination)))
    passage = not (shared_origin or shared_dest) and _title_passage_told(a, b)
    if not (shared_origin or shared_dest or passage) and _ONLY_SHARED_END_GAINS:
        yield _NO_SHARED_END  # (no feature: same_event's settle stops here, event_features drops it)
    if passage:
        yield "shared_end"  # (the passage a title tells is the body's route: _title_passage_told)
    if shared_origin or shared_dest:
        yield "shared_end"
        ends = ([a.origin, b.origin] if shared_origin else []) + ([a.destination, b.destination] if shared_dest else [])
        if all(_spec(p) >= 4 for p in ends if p):
            yield "shared_end_only_country"
        same = (shared_origin and same_place(a.origin, b.origin)) or \
            (shared_dest and (same_place(a.destination, b.destination)))
        shared_by_area = not same
        if shared_by_area:
            yield "shared_by_area_only"
            if _other_modes(a, b):
                yield "other_mode_to_area"
            if _other_subject_same_sentence(a, b):
                yield "other_subject_same_sentence"
            if _indefinite_subjects_apart(a, b):
                yield "indefinite_subjects_apart"
            if _service_named_apart(a, b):
                yield "service_named_apart"
        if _shared_by_waterway_only(a, b, shared_origin, shared_dest):
            yield "shared_by_waterway_only"
        if shared_dest and not _pluperfect(b) and moved_on_from_site(a.destination, b.destination, _told_after(b)):
            yield "moved_on_from_site"  # ("landed at the base outside X. They then drove to X", read.site_then_town)
        if shared_by_area and _sentences_apart(a, b) > FAR_SENTENCES and not _title_only(a) and not _title_only(b):
            # (a title sums up the whole report: "National Guard reinforces Tamaulipas" is the
            # move to Reynosa, Tamaulipas told in the eighth sentence, read61)
            yield "far_apart"
    if a.origin and b.destination and same_place(a.origin, b.destination) and not same_place(a.origin, b.origin):
        yield "return_trip"
    if left_the_country_ends_inside(a, b) or left_the_country_ends_inside(b, a):
        yield "left_country_ends_inside"  # ("3,000 troops left Somalia" / "a company moved from Afgoye to the base")
    ca, cb = _crossings(a), _crossings(b)
    if ca and cb and not any(same_place(x, y) for x in ca for y in cb):
        yield "different_crossings"
    if _different_list_items(a, b):
        yield "different_list_items"
    if _counted_apart_alike(a, b):
        yield "different_counts"
    if different_craft_types(a, b):
        yield "different_craft_types"  # ("Two C-17s landed at X" / "Four Typhoons flew ... to X", read.craft_types)
    if one_ship_after_a_group(a, b):
        yield "one_ship_after_group"  # ("The vessels sailed into X. The carrier Shandong sailed ... into X", read.named_ship_apart)
    if two_ships_named_apart(a, b):
        yield "two_ships_named_apart"  # ("the support ship Behshad left X ..." / "a frigate, the Jamaran, which left X", read.named_ship_apart)
    for name, told_apart in _TIME_VETOES if not _retells(a, b) else ():  # (read.retold_day)
        if told_apart(a, b):
            yield name
    ka, kb = _actor_words(a.actor, book), _actor_words(b.actor, book)
    if ka is not None and kb is not None and not ka & kb and not _title_describes(a, b) \
            and not _refers_back_to_what(a, b, kb) and not _unit_named_in_what(a, b, kb) \
            and not _ship_of_the_navy_named(a.actor, b.actor, kb) and not _ship_of_the_navy_named(b.actor, a.actor, ka) \
            and not same_route_by_initials(a, b, same_place) \
            and not unit_from_the_nation(a, b) \
            and not unit_of_summed_force(a, b) \
            and not (_halves(a, b) and named_by_initials(a.actor, b.actor)):  # ("Rapid Support Forces" / "RSF", read.initials_name)
        yield "different_actors"
    elif different_branches(a.actor, b.actor):
        yield "different_services"  # ("the Army" / "the IAF": read.service_branch)
    elif (kind_b := draft_kind(b)) and (kind_a := draft_kind(a)) and kind_a != kind_b and not (ka and kb and ka & kb):
        yield "different_force_kinds"
    elif ka is not None and kb is None and _another_force_named(a, b) and not _title_describes(a, b):
        yield "another_force_named"
    elif (shared_origin or shared_dest) and (sb := draft_service(b)) and (sa := draft_service(a)) \
            and sa != sb and not (ka and kb and ka & kb):
        yield "police_and_military"  # ("the police contingent landed at X" / "34 soldiers flew ... to X": read.force_kinds)
    # "a second convoy" after "ten trucks" is another movement; "the fourth contingent" in the
    # headline and in the lede is the same one
    if any(f.distinct for f in b.frags) and _told_apart(a, b):
        yield "distinct_words"


# the kinds of place a departure from a country may end at inside it, on its way out: the border
# crossing it left by ("US troops left Syria" / "the convoy drove from Hasakah to the Semalka crossing")
_WAY_OUT_KINDS = frozenset(("crossing",))
# the verbs that say a force went out of the country named ("left Somalia", "departed Mali"); not a
# withdrawal or drawdown, which may be from a part of it ("the drawdown from federal Iraq" ends in Erbil)
_WENT_OUT_OF = frozenset(("leave", "depart", "exit"))


def left_the_country_ends_inside(a: _Draft, b: _Draft) -> bool:
    """Is ``a`` a departure from a whole country (its origin a country, no end told) and ``b`` a
    movement that ends inside that country, at a place finer than it? Leaving a country ends
    outside it, so the two are not one movement ("A Somali company moved into the base from
    Afgoye. The mission said that 3,000 of its troops left Somalia in December 2025": the
    withdrawal is no part of the company's move). A border crossing inside it is the way out,
    no end of another movement; only a verb of going out (_WENT_OUT_OF), never a withdrawal's.

    why: the 3,000 who left Somalia were read as the company's count and date, and their own
    withdrawal was lost (a report of my own on a drawdown, read106)."""
    return (a.origin is not None and a.destination is None and a.origin.get("kind") == "country"
            and all(_stem(f.trigger or "") in _WENT_OUT_OF for f in a.frags)
            and b.destination is not None and _spec(b.destination) < _spec(a.origin) and b.destination.get("kind") not in _WAY_OUT_KINDS and contains(a.origin, b.destination))


def _refers_back_to_what(a: _Draft, b: _Draft, kb: frozenset) -> bool:
    """Does ``b``'s subject refer back ("The police units travelled from Yerevan overnight") with
    actor words that ``a``'s what moved holds ("Armenia sent two companies of police special
    forces to Tegh")? The kind of force named again is no second actor (s33m)."""
    if not any(f.anaphoric for f in b.frags):
        return False
    told = {w.lower() for f in a.frags if f.what for w in _recompile(r"[\w'’-]+").findall(f.what)}
    return bool(told) and kb <= told


def _unit_named_in_what(a: _Draft, b: _Draft, kb: frozenset) -> bool:
    """Is ``b``'s actor a unit's name ("BIR soldiers", "7th Division": its every word written with
    a capital or a number) that ``a``'s what moved names ("The army has deployed elements of the
    Rapid Intervention Battalion (BIR) to Mamfe")? The unit sent is the moving force, no second actor, though
    ``b`` opens as a new noun phrase ("a convoy of BIR soldiers left Buea ... arrived in Mamfe").

    why: the lede and the body's account of one deployment were two movements, their actors
    ("Cameroonian army", "BIR") sharing no word (probes of my own, s33 read91)."""
    if not kb or not b.actor:
        return False
    named = {w.lower() for w in _recompile(r"[\w'’-]+").findall(b.actor) if w[:1].isupper() or w[:1].isdigit()}
    if not kb <= named:
        return False
    told = {w.lower() for f in a.frags if f.what for w in _recompile(r"[\w'’-]+").findall(f.what)}
    return kb <= told


def _halves(a: _Draft, b: _Draft) -> bool:
    """Is one of ``a`` and ``b`` a departure with no end and the other an arrival or a move
    with no start: two halves of one route, no whole route to compare?"""
    return (a.origin is not None and a.destination is None and b.origin is None and b.destination is not None) \
        or (b.origin is not None and b.destination is None and a.origin is None and a.destination is not None)


def _told_apart(a: _Draft, b: _Draft) -> bool:
    """Does ``b`` have a word setting it apart ("another", "separate", "a second") that ``a``
    did not tell itself (or that a title's series leaves standing)?"""
    told_a = _marker_words(set().union(*(f.distinct for f in a.frags)))
    series = _marker_words(_series_after_title(a, b))
    return any((_marker_words(f.distinct) - told_a - series) or f.distinct & {"another", "separate", "previous", "earlier", "other"}
               for f in b.frags)


def _marker_words(words: set[str]) -> set[str]:
    """The words that set a telling apart, by their marker alone: "additional troops" and
    "additional brigades" are both "additional".

    why: a headline "India moves additional troops to the Line of Control" and its lede "India
    has moved two additional brigades to the Line of Control" were two movements: the lede's
    "additional brigades" was a word the headline had not told, though both are additional to
    the same earlier force (read81). A marker that only one of them tells still sets b apart."""
    return {w.split()[0] for w in words if w}


# the nouns of a force that arrives to add to one already there: a force of its own
# (a state's or demonym's word before it: "Sudanese army reinforcements", "Malian reinforcements")
_ACTOR_DEMONYM_OR_STATE = _recompile(r"^\s*(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:'s|’s)?\s+(?=\S)", re.I)
_ADDED_FORCE_HEAD = _recompile(r"^\s*(?:(?:fresh|more|further|additional|new|army|government|federal|"
                               r"national|military)\s+)*(?:reinforcements|relief\s+troops|replacements)\b", re.I)


def _another_force_named(a: _Draft, b: _Draft) -> bool:
    """Does ``b`` name, as its own subject, a force sent to add to or relieve others
    ("Reinforcements from A and B arrived in X") after ``a`` told a named force's move ("ISWAP
    fighters fled toward Lake Chad")? Reinforcements come to the side that sent them, not to
    the force just told: with no actor of its own, ``b`` is still another movement.

    why: the two were one movement by a shared end alone (Marte lies within the Lake Chad
    area), and the reinforcements took the fighters' name."""
    if any(f.anaphoric for f in b.frags):
        return False
    what = next((f.what for f in b.frags if f.what), None)
    if not what or _ADDED_FORCE_HEAD.match(what) is None:
        return False
    # (reinforcements told again: "Army reinforcements reach El Obeid" over an entry whose body
    # says "reinforcements from the 5th Infantry Division arrived in El Obeid" -- the same ones,
    # not others sent to the force just told)
    told = next((f.what for f in a.frags if f.what), None)
    return not (told and _ADDED_FORCE_HEAD.match(_ACTOR_DEMONYM_OR_STATE.sub("", told)))


# a feature that alone keeps the sum below the threshold, whatever else fires (every feature
# but shared_end weighs 0 or less): once one fires the answer is "two movements"
_MOST_GAINED = sum(w for w in SAME_EVENT.values() if w > 0)
_VETOES = frozenset(n for n, w in SAME_EVENT.items() if w + _MOST_GAINED < SAME_EVENT_THRESHOLD)


def same_event(a: _Draft, b: _Draft, book: PlaceBook, settle: bool = False) -> Decision:
    """Are ``a`` (a movement read so far) and ``b`` (a new fragment's route) one movement?

    ``settle``: only the verdict is wanted (no line of why): the features stop at the first
    veto, and the Decision holds those found so far (a long text compares each new route with
    every movement in reach, most of them told apart by a veto)."""
    if settle:
        # (a veto of time or status first, then the features in their order up to the first veto,
        # or up to no shared end: either way the verdict is "two movements", the one asked for)
        if (veto := _told_apart_in_time(a, b)) is not None:
            return Decision(False, SAME_EVENT[veto], {veto: SAME_EVENT[veto]})
        features = {}
        for n in _features(a, b, book):
            if n is _NO_SHARED_END:
                return Decision(False, sum(features.values()), features)
            features[n] = SAME_EVENT[n]
            if n in _VETOES:
                return Decision(False, sum(features.values()), features)
    else:
        features = {n: SAME_EVENT[n] for n in event_features(a, b, book)}
    score = sum(features.values())
    return Decision(score >= SAME_EVENT_THRESHOLD, score, features)


def _mergeable(a: _Draft, b: _Draft, book: PlaceBook) -> bool:
    return same_event(a, b, book, settle=True).same


def _span(d: _Draft):
    """The first resolved date span of a draft (any precision): "last month" vs "on Monday"; a
    span told in words before an entry's day alone (liveblog.entry_day_only)."""
    entry = None
    for f in d.frags:
        if f.date is not None:
            if not entry_day_only(f.date):
                return f.date.date_start, f.date.date_end
            entry = entry or (f.date.date_start, f.date.date_end)
    return entry


def _day(d: _Draft):
    # frag.date is only set once resolved: relative words ("on Tuesday") count as their day; a
    # day told in words before an entry's day alone ("15:05 - ... the same column parked in B"
    # then "it left A on Friday": liveblog.entry_day_only)
    entry = None
    for f in d.frags:
        if f.date is not None and f.date.precision == "day":
            if not entry_day_only(f.date):
                return f.date.date_start
            entry = entry or f.date.date_start
    return entry


def _nation(word: str, book: PlaceBook) -> str:
    """'russian', 'russia' -> 'RU': a country's name and its demonym make one actor word."""
    if len(word) < 4 or not word.isalpha():
        return word
    cc = book.demonym(word.title())
    if not cc:
        place = book.country(word.title())
        cc = place.get("country") if place else None
    return cc or word


def _ship_of_the_navy_named(ship: str | None, other: str | None, other_words: set) -> bool:
    """Is ``ship`` a ship named by a navy's prefix ("INS Tabar") and the other actor, no ship
    itself, named by that navy's state ("Indian Navy": its words hold 'IN')? A navy holds its
    ships: the two are one actor (two ships of one navy stay two: their names share no word).

    why: "The Indian Navy has redeployed two frigates from Mumbai to Port Blair" and "The
    frigates INS Tabar and INS Trikand sailed from Mumbai ... and reached Port Blair" were two
    movements, their actors sharing no word once the prefix was set aside."""
    nations = _SHIP_PREFIX_NATIONS.get((ship or "").split(" ", 1)[0])
    return bool(nations) and (other or "").split(" ", 1)[0] not in _SHIP_PREFIX_NATIONS \
        and bool(set(nations) & other_words)


_SHIP_PREFIX_NATIONS = _LEXICON_DATA["ship_prefix_nations"]["prefixes"]


# a navy's prefix says what kind of ship, not which: "BRP Gabriela Silang" and "BRP Jose
# Rizal" are two ships, "USS Carney" and "USS Gravely" too (their names share no word)
_SHIP_PREFIX_WORDS = frozenset(w.lower() for w in _recompile(r"[A-Za-z]+").findall(_SHIP_PREFIX))


def _actor_words(actor: str | None, book: PlaceBook):
    """The words that say who an actor is, nations folded ('US troops' and 'American forces'
    alike): a feature of the same-event decision, not the stored key (that is actors.actor_key).
    (A frozenset, worked out once per actor and book: every new route of a long report is
    compared with every movement read so far, and each comparison asked again.)"""
    if not actor:
        return None
    try:
        return _actor_words_kept(actor, book)
    except TypeError:  # (a book that cannot be a key: worked out each time)
        return _actor_words_of(actor, book)


@functools.lru_cache(maxsize=4096)
def _actor_words_kept(actor: str, book: PlaceBook):
    return _actor_words_of(actor, book)


def _actor_words_of(actor: str, book: PlaceBook):
    # a state's force by its own name ("IDF", "Israel Defense Forces", "FAMa") is its state's, as
    # a demonym's force is ("Israeli troops"): the name folded to its state's code (read.national_forces)
    from .national_forces import force_state  # (here: national_forces imports clauses, which imports this module)
    named = force_state(actor)
    if named is not None:
        actor = actor.replace(named[0], " ")
    words = {w.lower().strip(".") for w in _recompile(r"[\w.]+").findall(without_patron(actor))}  # (read.armed_groups)
    words = {"US" if w in ("u.s", "us", "american", "america", "usa") else _nation(w, book) for w in words}
    if named is not None:
        words.add(named[1])
    generic = {"forces", "force", "troops", "army", "military", "soldiers", "convoy", "column", "the",
               "contingent", "group", "units", "unit", "personnel", "coalition", "international",
               # which one of several, not whose: "the fourth contingent" is still the Kenyan police
               "first", "second", "third", "fourth", "fifth", "sixth", "new", "latest", "last", "next",
               # how many, not who: "four US vehicles", "one part of the unit"
               "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "some",
               "several", "dozens", "hundreds", "thousands",
               # the kind of formation, not which one: "the Golani Brigade" and "the 7th Brigade" are
               # two actors, told apart by their names and numbers (s25)
               "brigade", "brigades", "division", "divisions", "battalion", "battalions", "regiment",
               "regiments", "corps", "company", "companies", "squadron", "squadrons", "fleet", "wing",
               "detachment", "detachments"}
    words = _joint_nations_folded(words)
    key = frozenset(w for w in words - generic - _SHIP_PREFIX_WORDS if not w.isdigit())
    return key or None


def _joint_nations_folded(words: set) -> set:
    """The words of a joint force's actor with its states as one word: "Indian and Chinese
    troops" -> {'CN+IN', 'troops'} (read.joint_owners).

    why: a force of several states is another actor than one of them (GUIDELINES: a different
    actor makes a new movement): "Indian and Chinese troops pulled back from A" and "Indian
    soldiers moved back from A to B" shared the word 'IN' and were merged into one movement."""
    if "and" not in words:
        return words
    nations = {w for w in words if len(w) == 2 and w.isupper()}
    if len(nations) < 2:
        return words
    return (words - nations - {"and"}) | {"+".join(sorted(nations))}


# A route through more stops than this is a list of places, not a route; the cap also keeps
# one endless chained sentence linear (every new stop is compared with every stop so far).
_MAX_VIA = 20


def _merge(a: _Draft, b: _Draft) -> _Draft:
    via = list(a.via)
    for v in b.via:
        if len(via) < _MAX_VIA and not any(same_place(v, w) for w in via):
            via.append(v)
    origin = _finer(a.origin, b.origin)
    destination = _finer(a.destination, b.destination)
    via = [v for v in via if not same_place(v, origin) and not same_place(v, destination)]
    return _Draft(origin, via, destination, a.frags + b.frags, a.status)


# a clause told as coming after the one before: "It then headed to X", "Later they moved to X"
# (and the perfect's adverb "since": "The officers have since been driven to X", "it has since
# sailed on to Y"; not the preposition of a date, "since Monday", which no "has"/"have" opens)
_SEQUENCE_BEFORE = _recompile(r"\b(?:then|later|afterwards|subsequently|next)\b|\b(?:has|have)\s+since\b", re.I)


def _told_after(d: _Draft) -> bool:
    """Does a clause of ``d`` tell its verb as coming after what was told ("They then drove to
    X", "the officers later travelled"): a sequence word before its verb?"""
    return any(_SEQUENCE_BEFORE.search(f.quote[:max(0, f.quote.find(f.trigger))]) for f in d.frags if f.trigger)


def _pluperfect(d: _Draft) -> bool:
    """Is a clause of ``d`` told in the pluperfect ("had flown", "had then driven")?"""
    return any(re.search(r"\bhad\s+(?:\w+\s+)?" + re.escape(f.trigger), f.quote) for f in d.frags if f.trigger)


def _passed_before(told_first: list[dict], via: list[dict]) -> list[dict]:
    """``via`` with the places passed that a pluperfect telling added (after ``told_first``,
    the route's own) put before the route's: they were passed earlier.

    why: "The carrier sailed through the Luzon Strait into the Pacific on Tuesday. The group
    had left Sanya and passed the Bashi Channel on Sunday": the Bashi Channel was passed
    first, but was listed after the Luzon Strait as told."""
    return via[len(told_first):] + via[:len(told_first)]


def _stop_on_the_way(prev: _Draft, nxt: _Draft, pluperfect: bool, sp, sn) -> dict | None:
    """The place a later telling says the force left, when the route told before was already
    under way (it passed places, no start and no end told): a stop on the way, not the start.

    why: "USS X transited the Strait of Gibraltar on Thursday. It later called at Souda Bay
    before sailing east toward Cyprus" read Souda Bay as where the route began, before the
    strait it had passed earlier. Not a pluperfect telling ("The group had left Sanya": where
    it began) nor one dated before the route told first."""
    if prev.origin is not None or nxt.origin is None or not prev.via or prev.destination is not None or pluperfect:
        return None
    if sp and sn and sn[1] < sp[0]:
        return None  # told as earlier: where it began
    return nxt.origin


def _left_area_arrived_in(prev: _Draft, nxt: _Draft) -> bool:
    """"... had driven from Bosnia to Pristina airport. The Russian contingent left Kosovo in
    2003": it left the area that holds the place it arrived at, in a later sentence -- it
    arrived and later left again (GUIDELINES: a leg of its own), as when it leaves the place
    itself; not when the area also holds where it came from (a trip inside the area). (Read as
    the same trip, the departure of 2003 took the arrival's route and date.)"""
    return prev.origin is not None and contains(nxt.origin, prev.destination) and not contains(nxt.origin, prev.origin)


def _route_of_its_own(prev: _Draft, nxt: _Draft, pluperfect: bool) -> bool:
    """A later telling with a start and an end of its own, neither of them at or in the end told
    before (a route with no start told): another movement, whatever its subject refers back to.

    why: "The 5th Brigade moved a company of engineers to Mykolaiv on Monday. The two battalions
    left Tartu and Narva for Riga and Vilnius respectively on Friday" was carried on as
    Tartu -> Mykolaiv -> Riga: a leg that goes on from the end told before starts there (or
    in the area told as the end), and one told back ("had left X") is a pluperfect telling.
    (With a start told before, a start elsewhere already says so: see _chain.)"""
    end = prev.destination
    return not pluperfect and prev.origin is None and end is not None \
        and nxt.origin is not None and nxt.destination is not None \
        and not _at_or_in(nxt.origin, end) and not _at_or_in(nxt.destination, end)


def _at_or_in(place: dict, end: dict) -> bool:
    """Is ``place`` the end told before, in it, or a neighbour of it: within SAME_SITE_KM of a
    point ("arrived in Culiacán ... flown to the Bachigualato airport", where the airport may be
    read as the village beside it), within AREA_HOLDS_KM of a district or province told as the
    end (whose point says little of its extent, and whose reading may be a namesake across a
    border: "sent to the Catatumbo region ... moved by road to Tibu")? A country end holds only
    what lies in it."""
    if compatible(place, end):
        return True
    if _spec(end) >= 4 or _spec(place) >= 4 or place.get("lat") is None or end.get("lat") is None:
        return False
    return _km(place, end) <= (SAME_SITE_KM if _spec(end) <= 1 else AREA_HOLDS_KM)


def _sighted_on_the_way(prev: _Draft, nxt: _Draft) -> bool:
    """Is ``nxt``'s end only where it was seen ("the column was seen near X", Fragment.sighted),
    carrying on ``prev``, a route told with a destination it was heading to or reached?"""
    return all(f.sighted for f in nxt.frags) and prev.destination is not None


def _goes_on_from(nxt: _Draft, end: dict) -> bool:
    """Does the next telling start where the route told before ended ("From there the convoy
    drove to C", "From Adre the column went on to C")? Then its end lies beyond that end, however
    near the line from the start it lies, not on the way to it.

    why: "A Chadian convoy drove from Abeche to Adre. From there the convoy drove to Geneina"
    made Geneina, 27 km past Adre and on the line from Abeche, a place passed before Adre."""
    return nxt.origin is not None and same_place(nxt.origin, end)


def _chain(prev: _Draft, nxt: _Draft) -> _Draft | None:
    """Carry a route on when the next fragment's subject refers back ("the vehicles headed to Y")."""
    if prev.status != nxt.status:
        return None
    sp, sn = _span(prev), _span(nxt)
    pluperfect = _pluperfect(nxt)
    if nxt.origin is not None and prev.origin is None and prev.destination is not None and sp and sn \
            and sn[0] > sp[1] and not pluperfect and not compatible(prev.destination, nxt.origin):
        return None  # it left somewhere else after it had arrived: another movement
    if _route_of_its_own(prev, nxt, pluperfect):
        return None
    if prev.destination is None and prev.origin is not None and nxt.destination is not None \
            and same_place(nxt.destination, prev.origin) and nxt.origin is not None and not same_place(nxt.origin, prev.origin):
        # "have left Tessalit, ... a day after they arrived there from Kidal": the arrival told
        # after the departure is how they got to where they left from, a leg of its own (carried
        # on, it made Tessalit -> Tessalit)
        return None
    if prev.destination is not None and nxt.origin is not None and not pluperfect \
            and (same_place(prev.destination, nxt.origin) or _left_area_arrived_in(prev, nxt)) \
            and any(f.trigger and _stem(f.trigger) in _DEPARTURE for f in nxt.frags):
        # it arrived and later left again from there ("... left X for Y"): the next leg, told
        # apart; a route that goes on ("from there it continued") stays one movement
        return None
    origin = prev.origin or nxt.origin
    stop = _stop_on_the_way(prev, nxt, pluperfect, sp, sn)
    if stop is not None:
        origin = None  # (the place left later is a stop: added to the way below)
    if nxt.origin and prev.origin and not compatible(prev.origin, nxt.origin):
        if prev.destination is None or not compatible(prev.destination, nxt.origin):
            return None
    elif nxt.origin and prev.origin and _spec(prev.origin) >= 4 and contains(prev.origin, nxt.origin):
        # "A Russian convoy entered K. The convoy had left Belgorod": the town told later is
        # where it left from, within the country the first sentence gave (a town told first
        # stays: "from Homs to Palmyra ... then continued from Palmyra" goes on from there)
        origin = nxt.origin
    via = list(prev.via)
    for v in nxt.via:
        if len(via) < _MAX_VIA and not any(same_place(v, w) for w in via):
            via.append(v)
    if stop is not None and len(via) < _MAX_VIA and not any(same_place(stop, w) for w in via):
        via.append(stop)
    if pluperfect:
        via = _passed_before(prev.via, via)
    destination = prev.destination
    site_passed = None  # (a site reached and left again for the town it serves: kept as passed below)
    if nxt.destination is not None and prev.origin is not None and _spec(prev.origin) < 3 and destination is not None \
            and _spec(destination) < 3 and on_the_way(origin, nxt.destination, destination) and len(via) < _MAX_VIA \
            and not site_of_the_end(destination, nxt.destination) \
            and not any(same_place(nxt.destination, v) for v in via) \
            and not _goes_on_from(nxt, destination) \
            and (pluperfect or not any(_SEQUENCE_BEFORE.search(f.quote[:max(0, f.quote.find(f.trigger))])
                                       for f in nxt.frags if f.trigger)):
        # the route told whole first, then how it went ("left A and reached C. The soldiers flew
        # to B and then drove north", "The column had driven to B on the first day"): B, on the
        # way from A to C, is a place passed, not the end ("It then headed to B" went on after C).
        # (A and C points: the centre of a country or province says nothing of the way; "crossed
        # into Chad at X ... arrived in Bol": Bol is where in Chad it went)
        via.append(nxt.destination)
        via.sort(key=lambda v: -_km(v, destination))  # in the order passed: the farthest first
    elif nxt.destination is not None and destination is not None and _sighted_on_the_way(prev, nxt):
        # "... left A and are heading to B. The column was seen near C": where it was seen is a
        # place passed on the way to B, not a new end (GUIDELINES: places passed are via)
        if len(via) < _MAX_VIA and not any(same_place(nxt.destination, v) for v in via) \
                and not compatible(destination, nxt.destination):
            via.append(nxt.destination)
    elif nxt.destination is not None:
        if destination is not None and not pluperfect and len(via) < _MAX_VIA \
                and moved_on_from_site(destination, nxt.destination, _told_after(nxt)):
            # "landed at the base outside X. They then drove to X": the site, reached and left
            # again, is passed on the way to the town it serves (read.site_then_town)
            via.append(destination)
            site_passed, destination = destination, None
        if destination is not None and origin is None and not via and not pluperfect and _spec(destination) < 3 \
                and all(f.sighted for f in prev.frags) and (not compatible(destination, nxt.destination)
                                                            or town_of_the_city_s_province(destination, nxt.destination)):
            # "A column was filmed in X on Monday. It moved to Y on Wednesday": where the group was
            # only seen, with nothing told before, is the earliest point known, its origin, as "seen
            # in X heading to Y" is read in one clause (read.seen_before); a city seen, then a
            # town of the province it is named like, too ("filmed in Kaduna. It drove to Zaria":
            # read.seen_in_the_city)
            origin, destination = destination, None
        if destination is not None and not compatible(destination, nxt.destination) and len(via) < _MAX_VIA \
                and _spec(destination) < 3:
            # (an area told as the end is where the route ends, no place passed on the way to a
            # later end: "began arriving in Poland ... shipped from Savannah to Bremerhaven ...
            # trains bound for Świętoszów" passed Bremerhaven, not Poland)
            via.append(destination)
        destination = _finer(destination, nxt.destination) if destination is not None and compatible(destination, nxt.destination) else nxt.destination
    # (the site passed stays, however near its town: "landed at the airport 3 km from X ... have
    # since been driven to X" passed the airport, read.site_then_town)
    via = [v for v in via if v is site_passed or not (same_place(v, origin) or same_place(v, destination))]
    if origin is not None and destination is not None and same_place(origin, destination) \
            and not same_place(prev.origin, prev.destination):
        # a route carried on back to where it began is no one movement ("arrived from Kutum ...
        # reached the city", the city read as Kutum, made Kutum -> Kutum): the next clause
        # tells a movement of its own (s23)
        return None
    return _Draft(origin, via, destination, prev.frags + nxt.frags, prev.status)


