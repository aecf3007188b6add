"""The two ends of one route read as places that lie together.

"Soldiers left Kita for Kati": each name has rivals in several countries (Kita: an old name of
Quito, a Japanese ward, the Malian town; Kati: the Malian town, an Indian one), and ranking by
fame read Quito, 8,000 km from Kati. A route's two ends are places a column travels between;
when a rival reading of each lies within ROUTE_ENDS_TOGETHER_KM of the other's while the first
readings lie farther apart than REGION_KM, the pair that lies together is meant (Kita, Mali,
170 km from Kati).

Not for a world city read by its own name (FAR_NAMESAKE_IMPORTANCE: Paris is meant from afar)
where no namesake abroad is known nearly as well (_famous_namesake_abroad: Delhi); a world city
with one ("Troops moved from Merida to Trujillo": Mexico's Mérida and Peru's Trujillo, 3,400 km
apart, beside Venezuela's Mérida and the Venezuelan state of Trujillo) is asked as lesser towns
are; among several such pairs (Venezuela's, Spain's) the one better read by name is taken. Nor
where the nearest pair lies farther than ROUTE_ENDS_TOGETHER_KM ("Marines were sent from
Cartagena to Marseille": the Spanish port lies 840 km from Marseille, no closer than a country
apart; tests/test_s33_gaz52 keeps the Colombian city).

Names listed together ("Storms hit Portland, Augusta and Bangor") are read so too
(listed_names_read_together): where the first readings of a list's names do not lie together
(Oregon's Portland, Georgia's Augusta, the Northern Irish Bangor) and every name is unclear
between countries, the readings one of each name lying within ROUTE_ENDS_TOGETHER_KM of one
another (Maine's three towns) are meant.
"""

from __future__ import annotations

import re

from ..distance import haversine_km
from ..gazetteer.ranking import FAR_NAMESAKE_IMPORTANCE, LIST_FAME_MARGIN, REGION_KM, ROUTE_ENDS_TOGETHER_KM
from ..gazetteer.ranking import WORLD_CITY_IMPORTANCE, WORLD_CITY_MARGIN
from ..names import plain
from .listed_cities import lists_of_names
from .no_place import _another_name
from .text_order import START
from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("mentions-route-ends")  # (kept code: ~1 M instructions a pattern otherwise)
# the words before a route's first end ("from A", "left A") and between its two ends
# ("A to B", "A for B", "A toward B"); a slice of the text is searched, never the whole
_BEFORE_FIRST_END = _PATTERNS.compile(r"\b(?:from|left|leaving|departed|departing|quit|quitting)\s+$", re.I)
_BETWEEN_ENDS = _PATTERNS.compile(r"^\s+(?:to|for|towards?|into)\s+$", re.I)
_LOOK_BACK = 16  # characters before the first end: "departing " and its spaces
# readings of no single point to pair (whatever lies inside an area is near it)
_NO_POINT_KINDS = frozenset(("country", "continent", "admin1", "region"))
# the rivals of a name asked at most (its first readings, by score)
_RIVALS_ASKED = 6
# a list of more names than this is a roundup of places across a region or the world, not a
# handful of towns of one province (listed_names_read_together)
LIST_NAMES_ASKED = 6


def _rivals(m: dict, margin: float) -> list[dict]:
    """The readings of ``m`` scoring (by name, before context) within ``margin`` of its best,
    with a point, each by its own name (spelled as the text writes it or near it: a village
    once called 'Novorossiysk' is no rival of the port, see _by_another_name); [] unless they
    lie in more than one country (a name unclear between countries)."""
    cands = [c for c in (m.get("cands") or []) if c.get("lat") is not None and c.get("kind") not in _NO_POINT_KINDS]
    if len(cands) < 2:
        return []
    top = max(c.get("score", 0.0) for c in cands)
    out = sorted((c for c in cands if top - c.get("score", 0.0) < margin and not _by_another_name(m, c)),
                 key=lambda c: -c.get("score", 0.0))[:_RIVALS_ASKED]
    # (the first reading's country counts even where it is read by another name: Quito for 'Kita')
    return out if out and len({c.get("country") for c in out} | {m["cands"][0].get("country")}) > 1 else []


def _by_another_name(m: dict, c: dict) -> bool:
    """Is ``c`` read by another of its names, not its own ('Kita' of Quito, 'Novorossiysk' of
    Siabry, a village of Kherson oblast that once bore it)? No pair is made of such a reading."""
    return _another_name(plain(m.get("surface") or ""), plain(c.get("name") or ""))


def _world_city_by_its_own_name(m: dict, best: dict) -> bool:
    """Is ``best`` a city famous enough to be named from afar, read by the name the text writes?"""
    return (best.get("importance") or 0.0) >= FAR_NAMESAKE_IMPORTANCE \
        and plain(best.get("name") or "") == plain(m.get("surface") or "")


def _famous_namesake_abroad(m: dict, best: dict) -> bool:
    """Has ``best`` a namesake in another country, read by the name the text writes, known nearly
    as well (within LIST_FAME_MARGIN of importance)? Mexico's Mérida (0.71) has Venezuela's city
    (0.65), Peru's Trujillo (0.70) the Venezuelan state named after its town (0.68): such a world
    city is no clearer than its namesake; Delhi (India) has only lesser ones in America."""
    floor = (best.get("importance") or 0.0) - LIST_FAME_MARGIN
    said = plain(m.get("surface") or "")
    return any(c.get("country") != best.get("country") and (c.get("importance") or 0.0) >= floor
               and plain(c.get("name") or "") == said for c in m.get("cands") or [])


def route_ends(text: str, mentions: list[dict]) -> list[tuple[dict, dict]]:
    """(first end, second end) of each route the text writes as "from A to B" / "left A for B"
    with two place names side by side."""
    ordered = sorted([m for m in mentions if m.get("cands") and m["role"] == "place" and not m.get("drop")],
                     key=START)
    out = []
    for a, b in zip(ordered, ordered[1:]):
        if b["start"] - a["end"] > 12 or not _BETWEEN_ENDS.match(text[a["end"]:b["start"]]):
            continue
        if _BEFORE_FIRST_END.search(text[max(0, a["start"] - _LOOK_BACK):a["start"]]):
            out.append((a, b))
    return out


def route_ends_read_together(text: str, mentions: list[dict], margin: float) -> None:
    """Move the pair of readings of a route's two ends that lie together first (see the module
    doc), each with why it was taken."""
    for a, b in route_ends(text, mentions):
        first_a, first_b = a["cands"][0], b["cands"][0]
        if first_a.get("lat") is None or first_b.get("lat") is None:
            continue
        if haversine_km(first_a["lat"], first_a["lon"], first_b["lat"], first_b["lon"]) <= REGION_KM:
            _world_city_pair(a, b, mentions)
            continue
        # an end with one clear reading stands as it is; the other's rivals are asked beside it
        unclear_a, unclear_b = _rivals(a, margin), _rivals(b, margin)
        if (_world_city_by_its_own_name(a, first_a) and not _famous_namesake_abroad(a, first_a)) \
                or (_world_city_by_its_own_name(b, first_b) and not _famous_namesake_abroad(b, first_b)):
            continue  # (a world city better known than its namesakes is meant from afar: Delhi)
        rivals_a = unclear_a or [first_a]
        rivals_b = unclear_b or [first_b]
        if len(rivals_a) == 1 and len(rivals_b) == 1:
            continue
        best = _best_pair_together(rivals_a, rivals_b)
        if best is None:
            continue
        km, i, j = best
        _first(a, rivals_a[i], b, km)
        _first(b, rivals_b[j], a, km)


def _world_city_pair(a: dict, b: dict, mentions: list[dict]) -> None:
    """Two ends read together in one country, one of them a lesser namesake of a world city
    (WORLD_CITY_IMPORTANCE, by its own name, better known by WORLD_CITY_MARGIN), while the
    other end has a reading within ROUTE_ENDS_TOGETHER_KM of the world city and the two are
    better known together: that pair is meant when nothing else in the text names the first
    pair's country. "Troops flew from Madrid to Santander": Madrid, Cundinamarca (0.61) and
    Colombia's department of Santander (0.70, clear by its fame alone, so it named Colombia for
    Madrid) lie together, but so do Madrid (0.90) and the Cantabrian port (0.62). A text about
    Colombia names it elsewhere ("Colombian troops", "Bogota") and keeps its pair."""
    cc = a["cands"][0].get("country")
    if cc is None or b["cands"][0].get("country") != cc:
        return
    if any(o is not a and o is not b and o.get("cands") and not o.get("drop")
           and o["cands"][0].get("country") == cc for o in mentions):
        return  # (the country is named otherwise: the pair there stands)
    known = _fame(a["cands"][0]) + _fame(b["cands"][0])
    best = None
    for m, o in ((a, b), (b, a)):
        world = _world_city_of(m)
        if world is None or world.get("country") == cc or _fame(m["cands"][0]) > _fame(world) - WORLD_CITY_MARGIN:
            continue
        for r in o["cands"]:
            if r.get("lat") is None or r.get("kind") in _NO_POINT_KINDS or r.get("name_similarity", 1.0) < 0.95 \
                    or _by_another_name(o, r):
                continue
            km = haversine_km(world["lat"], world["lon"], r["lat"], r["lon"])
            fame = _fame(world) + _fame(r)
            if km <= ROUTE_ENDS_TOGETHER_KM and fame > known and (best is None or fame > best[0]):
                best = (fame, km, m, world, o, r)
    if best is not None:
        _fame_sum, km, m, world, o, r = best
        _first(m, world, o, km)
        _first(o, r, m, km)


def _fame(c: dict) -> float:
    return c.get("importance") or 0.0


def _world_city_of(m: dict) -> dict | None:
    """The best-known city bearing ``m``'s name as written as its own, if a world city."""
    said = plain(m.get("surface") or "")
    city = max((c for c in m.get("cands") or () if c.get("kind") == "city" and c.get("lat") is not None
                and plain(c.get("name") or "") == said), key=_fame, default=None)
    return city if city is not None and _fame(city) >= WORLD_CITY_IMPORTANCE else None


def _best_pair_together(rivals_a: list[dict], rivals_b: list[dict]) -> tuple[float, int, int] | None:
    """(km, i, j) of the pair of readings, one of each end, lying within ROUTE_ENDS_TOGETHER_KM
    of each other that is read best by name (the sum of their scores; the nearer of two alike),
    or None."""
    pairs = [(haversine_km(x["lat"], x["lon"], y["lat"], y["lon"]), i, j)
             for i, x in enumerate(rivals_a) for j, y in enumerate(rivals_b)]
    together = [p for p in pairs if p[0] <= ROUTE_ENDS_TOGETHER_KM]
    if not together:
        return None
    return max(together, key=lambda p: (round(rivals_a[p[1]].get("score", 0.0) + rivals_b[p[2]].get("score", 0.0), 3),
                                        -p[0]))


def listed_names_read_together(mentions: list[dict], joined, margin: float) -> None:
    """Move first, for each name of a list (listed_cities.lists_of_names: names joined by list
    words), the reading that lies with one reading of every other name of the list within
    ROUTE_ENDS_TOGETHER_KM, where the first readings do not lie together (two farther apart than
    REGION_KM) and every name is unclear between countries (_rivals: a name clear of its
    namesakes abroad stands as read, and so does a world city better known than them, 'London').
    Of several such groups the one read best by name is taken. A group is looked for around
    each reading of the list's first name: the nearest reading of every other name to it
    (linear in the list's length); lists of more than LIST_NAMES_ASKED names are roundups, left
    as read."""
    for run in lists_of_names(mentions, joined):
        names: dict[str, list[dict]] = {}
        for m in run:
            names.setdefault(plain(m.get("surface") or ""), []).append(m)
        if not 1 < len(names) <= LIST_NAMES_ASKED:
            continue
        heads = [ms[0] for ms in names.values()]
        firsts = [m["cands"][0] for m in heads]
        if any(f.get("lat") is None for f in firsts) or all(
                haversine_km(x["lat"], x["lon"], y["lat"], y["lon"]) <= REGION_KM
                for k, x in enumerate(firsts) for y in firsts[k + 1:]):
            continue
        if any(_world_city_by_its_own_name(m, f) and not _famous_namesake_abroad(m, f)
               and _every_other_name_near(heads, m, f) for m, f in zip(heads, firsts)):
            continue  # (a world city better known than its namesakes is meant from afar, as on a route)
        rivals = [_rivals(m, margin) for m in heads]
        if not all(rivals):
            continue
        group = _best_group_together(rivals)
        if group is None:
            continue
        for key, pick in zip(names, group):
            for m in names[key]:
                own = next((c for c in m["cands"] if c.get("gazetteer_id") == pick.get("gazetteer_id")), None)
                if own is not None and own is not m["cands"][0]:
                    m["cands"].remove(own)
                    own["why"] = own.get("why", "") + (
                        "; listed with names that each have a reading within "
                        f"{ROUTE_ENDS_TOGETHER_KM:.0f} km of it, read there")
                    m["cands"].insert(0, own)


def _every_other_name_near(heads: list[dict], m: dict, city: dict) -> bool:
    """Has every name of the list but ``m`` some reading within ROUTE_ENDS_TOGETHER_KM of ``m``'s
    reading ``city``, a world city? Only then may the list be the world city's region; a name
    that has none there ('Perth, Dundee and Stirling': no Dundee lies near Perth, Western
    Australia, whose suburb Stirling does) makes a list of another region, where a lesser
    namesake of the city lies with the others (Perth, Scotland), and the list is read together
    as any other (the world city's own rivals decide whether it has such a namesake: _rivals)."""
    return all(any(c.get("lat") is not None and haversine_km(city["lat"], city["lon"], c["lat"], c["lon"])
                   <= ROUTE_ENDS_TOGETHER_KM for c in o.get("cands") or ())
               for o in heads if o is not m)


def _best_group_together(rivals: list[list[dict]]) -> list[dict] | None:
    """One reading of each name (``rivals``: each name's rival readings) all within
    ROUTE_ENDS_TOGETHER_KM of a reading of the first name, the group read best by name (the sum
    of the scores), or None."""
    best, best_score = None, -1.0
    for anchor in rivals[0]:
        group = [anchor]
        for others in rivals[1:]:
            km, near = min(((haversine_km(anchor["lat"], anchor["lon"], c["lat"], c["lon"]), c) for c in others),
                           key=lambda p: p[0])
            if km > ROUTE_ENDS_TOGETHER_KM:
                break
            group.append(near)
        else:
            score = sum(c.get("score", 0.0) for c in group)
            if score > best_score:
                best, best_score = group, score
    return best


def _first(m: dict, pick: dict, other: dict, km: float) -> None:
    """``pick`` becomes ``m``'s first reading, saying why (when it was not first already)."""
    cands = m["cands"]
    if cands[0] is pick:
        return
    cands.remove(pick)
    pick["why"] = pick.get("why", "") + (f"; {km:.0f} km from {other['surface']!r}, the other end of the "
                                         f"route the text writes, read there")
    cands.insert(0, pick)


_PATTERNS.save()  # (the code of patterns compiled anew, for the next process)
