"""Spatial relations between resolved places: the same site, an area holding a place,
compatible ends, the finer of two, and how specific a place is."""

from __future__ import annotations

import math

from ..distance import haversine_km
from .district_town import district_of_town
from .lexicon import _SPECIFICITY
from .weights import ADMIN2_HOLDS_KM, AREA_HOLDS_KM, REGION_RADIUS_MARGIN, COUNTRYSIDE_HOLDS_KM, BORDER_REACH_KM, BORDER_TOWN_REACH_KM, SAME_ROW_KM, SAME_SITE_KM, SITE_SERVES_CITY_KM, AIRPORT_SERVES_CITY_KM, VIA_DETOUR, VIA_DETOUR_MAX_KM, VIA_SLACK_KM


def _km(a: dict, b: dict) -> float:
    if None in (a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")):
        return math.inf
    return haversine_km(a["lat"], a["lon"], b["lat"], b["lon"])


def _spec(place: dict) -> float:
    if place.get("precision") == "country" or place.get("kind") == "country":
        return 4
    return _SPECIFICITY.get(place.get("kind") or "", 1)


_SETTLEMENT = {"city", "town", "village"}
# the sites a force is seen off at, flies, sails or rolls from: an airfield, a base, a port, a camp
SITE_KINDS = frozenset({"airfield", "base", "port", "camp"})


def same_place(a: dict | None, b: dict | None) -> bool:
    if not a or not b:
        return False
    if _other_borders(a, b):
        return False
    if a.get("gazetteer_id") and a.get("gazetteer_id") == b.get("gazetteer_id"):
        return True
    if a.get("holder") or b.get("holder"):
        return _same_place_at_a_holder(a, b)
    if _spec(a) == 4 or _spec(b) == 4:
        return _spec(a) == _spec(b) and a.get("country") == b.get("country")
    if _spec(a) >= 3 or _spec(b) >= 3:
        # an area is the same area only by identity: its centre says little
        return a.get("name") == b.get("name") and a.get("country") == b.get("country")
    if a.get("gazetteer_id") and b.get("gazetteer_id"):
        # two named places: one site only when the rows are duplicates of each other; two
        # settlements of different names are two places however close (neighbouring towns)
        if a.get("kind") in _SETTLEMENT and b.get("kind") in _SETTLEMENT:
            from ..names import name_key
            if name_key(a.get("name") or "") != name_key(b.get("name") or ""):
                return False
        return _km(a, b) <= SAME_ROW_KM
    return _km(a, b) <= SAME_SITE_KM


def _same_place_at_a_holder(a: dict, b: dict) -> bool:
    """Is either of two places, one of them standing at its holder's point (a place the index
    lacks, "Giza's Dokki district": mentions.unknown_parts), the same place as the other? Its
    point is its holder's, so how near the other lies says nothing ("from Cairo to Giza's Dokki
    district": Cairo lies within a site's reach of Giza); it is the same place as a place of its
    own name, or as its holder itself (the text names both: "to Giza's Dokki district")."""
    from ..names import name_key
    if name_key(a.get("name") or "") == name_key(b.get("name") or ""):
        return True
    held, other = (a, b) if a.get("holder") else (b, a)
    return bool(other.get("gazetteer_id")) and other.get("gazetteer_id") == held["holder"].get("gazetteer_id")


def _other_borders(a: dict, b: dict) -> bool:
    """Are ``a`` and ``b`` one country's sides of two different borders? "from the border with
    India to the Afghan border" is read as Pakistan twice, each with its border: two places, the
    way from one to the other a movement (s23: the second was taken for the first and dropped)."""
    ra, rb = a.get("relation") or {}, b.get("relation") or {}
    return ra.get("type") == "border" and rb.get("type") == "border" and ra.get("with") != rb.get("with")


def contains(area: dict | None, place: dict | None) -> bool:
    """True when ``area`` (a country or admin area) holds ``place``."""
    if not area or not place:
        return False
    if _told_within(area, place):
        return True
    if _countryside_holds(area, place):
        return True
    if _spec(area) == 2 and area.get("kind") == "admin2":
        return _district_holds(area, place)
    if _spec(area) < 3:
        return False
    if _spec(area) == 4:
        return bool(area.get("country")) and area.get("country") == place.get("country") and _spec(place) < 4
    same_admin = area.get("name") and place.get("admin1") and (
        area.get("name") == place.get("admin1") or (area.get("kind") == "admin1" and _carved_out_of(area, place)))
    if not same_admin and (_of_another_province(area, place) or _beyond_region(area, place)):
        return False
    return bool(same_admin) or (_spec(place) < _spec(area) and _km(area, place) <= AREA_HOLDS_KM
                                and area.get("country") == place.get("country"))


def _told_within(area: dict, place: dict) -> bool:
    """Does the text itself put ``place`` in ``area`` ("the Tirah valley in Khyber district":
    mentions.told_within), whatever the area's point and radius say?

    why: a headline's "moves brigade to Khyber" and the lede's "to the Tirah valley in Khyber
    district" were two movements: the valley's point lies 54 km from the district's, outside
    its radius (s37 closing note; gaz62, s38)."""
    within = place.get("within")
    return bool(within) and bool(area.get("gazetteer_id")) and within.get("gazetteer_id") == area["gazetteer_id"]


def _is_countryside(place: dict) -> bool:
    """Is ``place`` the land around a town ("the countryside of Hama", "Idlib countryside"),
    told relative to the town (mentions.features)?"""
    return (place.get("relation") or {}).get("type") == "countryside"


def _countryside_holds(area: dict, place: dict) -> bool:
    """Does the countryside of a town, ``area``, hold the named town or site ``place``: of its
    country, no countryside itself, within COUNTRYSIDE_HOLDS_KM of the town?

    why: a title's "Reinforcements arrive in Deir ez-Zor countryside" and the lede's "arrived from
    Homs to the city of al-Mayadin in eastern Deir ez-Zor countryside" were two movements
    (ends_incompatible: al-Mayadin lies 45 km from the city the countryside is anchored on); the
    countryside is the coarser telling of the same end (GUIDELINES: a relative place is scored
    against its anchor within 80 km; headline and body are one movement; read92)."""
    if not _is_countryside(area) or _is_countryside(place) or _spec(place) >= 2:
        return False
    if not area.get("country") or area.get("country") != place.get("country"):
        return False
    return _km(area, place) <= COUNTRYSIDE_HOLDS_KM


def _district_holds(district: dict, place: dict) -> bool:
    """Does the district (admin2) ``district`` hold the town, village or site ``place``: of its
    country, of its province when both name one, within ADMIN2_HOLDS_KM of the district's point?

    why: "sent troops into Kurram district on Wednesday" and "Soldiers entered Parachinar, the
    main town of the district, from Thall" were two movements (ends_incompatible): a district
    held nothing, only areas of the province's rank and up did (read81)."""
    from ..names import name_key
    if _spec(place) >= 2 or not district.get("country") or district.get("country") != place.get("country"):
        return False
    if district.get("admin1") and place.get("admin1") and name_key(district["admin1"]) != name_key(place["admin1"]):
        return False
    return _km(district, place) <= ADMIN2_HOLDS_KM


def _carved_out_of(area: dict, place: dict) -> bool:
    """Does ``place`` lie in a province carved out of the province ``area`` since the report's
    words were current ("Ilaga, Papua": Central Papua since 2022; mentions.split_provinces)?

    why: "to Ilaga, Papua" read two ends, the town and the province, as Ilaga's own province in
    the index is Papua Tengah (gaz78, s45)."""
    from ..mentions.split_provinces import carved_from
    from ..names import plain
    return area.get("country") == place.get("country") and bool(place.get("country")) \
        and carved_from(place["country"], plain(place["admin1"]), plain(area["name"]))


def _of_another_province(area: dict, place: dict) -> bool:
    """Is ``place`` told by the gazetteer as a place of another province than ``area``, a
    province of the same country, and farther from the province's point than its own radius?

    why: "crossed into the Kharkiv region" and, later, a brigade's rail move "to Kramatorsk"
    (a city of Donetsk oblast, 125 km from the Kharkiv region's point) shared an end by
    distance alone (AREA_HOLDS_KM), and the two movements were merged. Within the province's
    own radius the distance still decides (a province named otherwise than the place's
    admin1 by another source)."""
    from ..names import name_key
    if area.get("kind") != "admin1" or not place.get("admin1") or area.get("country") != place.get("country"):
        return False
    theirs = name_key(place["admin1"])
    if any(name_key(n) == theirs for n in (area.get("name"), area.get("admin1")) if n) or _carved_out_of(area, place):
        return False
    return _km(area, place) > (area.get("uncertainty_km") or 0.0)


def _beyond_region(area: dict, place: dict) -> bool:
    """Is ``place`` farther from ``area``'s point than the area's own radius allows, when the area
    is a named region that is no province (a valley, a plain, a historical region: the gazetteer
    gives its extent as its radius)?

    why: "1,500 soldiers had been moved from the Bekaa valley to Tyre" after "Israeli forces
    withdrew from Kfar Kila" was read as one movement from Kfar Kila (the valley, 60 km across,
    held a village 100 km from its point by AREA_HOLDS_KM alone, a reach meant for provinces),
    and the Israeli withdrawal took the Lebanese soldiers' count and end (read95)."""
    if area.get("kind") != "region" or not area.get("uncertainty_km"):
        return False
    return _km(area, place) > area["uncertainty_km"] * REGION_RADIUS_MARGIN


def _namesake_of_province(a: dict, b: dict) -> bool:
    """A city named like its province ("Hasakah") may stand for the province, which holds ``b``."""
    from ..names import name_key
    admin = a.get("admin1")
    return bool(admin and admin == b.get("admin1") and a.get("country") == b.get("country")
                and name_key(a.get("name") or "") == name_key(admin))


def town_of_the_city_s_province(city: dict, town: dict) -> bool:
    """Is ``town`` another town of the province ``city`` is named like, and no more alike than
    that ("Gao" and Ansongo in the Gao region)? compatible() takes the city for its province
    then (a headline's "Hasakah" and the lede's town in it are one end); a force that got to
    the city and moved to the town on another day went on from the city (s44 lead: "flew from
    Bamako to Gao on Monday. On Friday they moved to Ansongo" lost Gao)."""
    return town.get("kind") != "admin1" and _namesake_of_province(city, town) \
        and not (same_place(city, town) or contains(city, town) or contains(town, city))


def _site_of_city(site: dict, city: dict) -> bool:
    """Is ``site`` an airport or a base that serves ``city``, within SITE_SERVES_CITY_KM of it in
    the same country?

    why: "Kenyan police arrive in Port-au-Prince" (a headline) and "... landed at Toussaint
    Louverture airport" (the lede) tell one arrival: the airport, 7 km out, is the city's, and the
    finer telling of the same end (GUIDELINES: headline and body are one movement). Two towns are
    never one site this way (same_place keeps neighbouring towns apart)."""
    reach = AIRPORT_SERVES_CITY_KM if site.get("kind") == "airfield" else SITE_SERVES_CITY_KM
    return site.get("kind") in ("airfield", "base") and city.get("kind") in ("city", "town") \
        and bool(site.get("country")) and site.get("country") == city.get("country") \
        and _km(site, city) <= reach


def _is_border(place: dict) -> bool:
    return (place.get("relation") or {}).get("type") == "border"


def compatible(a: dict | None, b: dict | None) -> bool:
    if a is None or b is None or same_place(a, b) or contains(a, b) or contains(b, a):
        return True
    for wide, other in ((a, b), (b, a)):
        # a river or a sea is compatible with a place along it ("the bank of the Euphrates in
        # Deir ez-Zor province"): within the waterway's own radius
        if wide.get("kind") in ("river", "sea", "ocean") and _km(wide, other) <= (wide.get("uncertainty_km") or 0.0):
            return True
    if _namesake_of_province(a, b) or _namesake_of_province(b, a):
        return True
    if _site_of_city(a, b) or _site_of_city(b, a):
        return True
    if district_of_town(a, b) or district_of_town(b, a):
        return True  # "Djugu territory" and the town of Djugu (read.district_town)
    # "the border area with X" is a strip on either side: a named point there refines it
    # (and a country on either side of it is the coarser telling of the same end, read.places._side_of_border)
    return any(_is_border(x) and _spec(y) <= 1 and y.get("country") in (x.get("country"), (x.get("relation") or {}).get("with"))
               or _is_border(x) and _spec(y) <= 1 and _border_reaches(x, y) and not _beyond_both_sides(x, y)
               or _side_of_border(x, y)
               for x, y in ((a, b), (b, a)))


def _side_of_border(border: dict, country: dict) -> bool:
    """Is ``country`` a whole country on one of the two sides ``border`` tells (its own side, or
    the country it is a border with)?

    why: a headline's "moves units toward Kosovo line" (Kosovo, a country alone) and the lede's
    "moved to the administrative line with Kosovo" (Serbia's side of its line with Kosovo) are one
    end told coarser and finer; they were incompatible, and the lede stayed a movement apart from
    the statement's move it sums up (read54 e_kosovo_serbia)."""
    if not _is_border(border) or _is_border(country) or _spec(country) != 4 or not country.get("country"):
        return False
    return country["country"] in (border.get("country"), (border.get("relation") or {}).get("with"))


def _beyond_both_sides(border: dict, point: dict) -> bool:
    """Does ``point`` lie in a third country of a border whose two sides are told?

    why: "Pakistan redeployed troops to its western border with Afghanistan" is a strip between
    Pakistan and Afghanistan; a town in India (Nyoma, within reach of Pakistan's wide radius) is
    on neither side, so a movement that ends there is another movement. A border told with one
    side only ("its border", "the border area") stays open to its neighbours (_border_reaches)."""
    own, other = border.get("country"), (border.get("relation") or {}).get("with")
    country = point.get("country")
    return bool(own and other and country) and country not in (own, other)


def _border_reaches(border: dict, point: dict) -> bool:
    """Can ``point`` lie in the strip along ``border``'s anchor, on either side of it?

    why: "its border with Sudan" is a strip along Sudan, on Sudan's side or a neighbour's; a town
    thousands of km away (Chasiv Yar, Mopti) is no finer telling of it, so a movement that ends
    there is another movement. Within the anchor's own radius plus BORDER_REACH_KM it may be;
    a border with no point to measure from stays open to any point, as before."""
    reach = _km(border, point)
    # (the border of a town or a district is a strip around it, not a country's frontier: "the
    # Gaza border area" holds no town on the Lebanese border, 200 km off; GUIDELINES scores a
    # place told relative to an anchor as right up to 80 km from that anchor)
    wide = border.get("kind") in ("country", "admin1", "region") or _spec(border) >= 3
    return math.isinf(reach) or reach <= (border.get("uncertainty_km") or 0.0) + (BORDER_REACH_KM if wide else BORDER_TOWN_REACH_KM)


def _finer(a: dict | None, b: dict | None) -> dict | None:
    if a is None or b is None:
        return a or b
    if _namesake_of_province(a, b):
        return b
    if _namesake_of_province(b, a):
        return a
    if _side_of_border(a, b):
        return a  # (a side of a border is finer than a whole country on either side of it)
    if _side_of_border(b, a):
        return b
    if _countryside_holds(a, b):
        return b  # (a town in the countryside told is finer than the countryside)
    if _countryside_holds(b, a):
        return a
    if _told_within(a, b):
        return b  # (the Tirah valley, which the text puts in Khyber district, is finer than it)
    if _told_within(b, a):
        return a
    rank = lambda p: (_spec(p) + (2.5 if _is_border(p) else 0))
    return b if rank(b) < rank(a) else a


def _place_of(mention: dict) -> dict:
    keep = ("name", "surface", "lat", "lon", "country", "admin1", "kind", "precision",
            "uncertainty_km", "gazetteer_id", "source", "relation", "anchor", "holder", "within")
    place = {k: mention.get(k) for k in keep if k in mention}
    if mention.get("phrase"):
        place["surface_phrase"] = mention["phrase"].get("text")
    place["offsets"] = [mention["start"], mention["end"]]
    return place


def on_the_way(origin: dict | None, place: dict | None, destination: dict | None) -> bool:
    """Does ``place`` lie on the way from ``origin`` to ``destination``: a point other than
    both ends, going through which is no long detour? Areas (a province, a country) are no
    places passed: their centre says nothing of the road."""
    if origin is None or place is None or destination is None or _spec(place) >= 3:
        return False
    if same_place(place, origin) or same_place(place, destination):
        return False
    straight = _km(origin, destination)
    if math.isinf(straight):
        return False
    # (the detour allowed grows with the route up to VIA_DETOUR_MAX_KM: on a route of 7,000 km
    # half of it would reach 500 km past its end -- "shipped from Savannah to Bremerhaven ...
    # trains bound for Świętoszów" is a leg beyond Bremerhaven, not a place passed before it)
    detour = _km(origin, place) + _km(place, destination) - straight
    return detour <= min((VIA_DETOUR - 1) * straight, VIA_DETOUR_MAX_KM) + VIA_SLACK_KM
