"""The place an event sheet describes: a coder's description with its admin areas and country.

Conflict-event datasets (UCDP GED, ACLED) keep the place as words ("vicinity of X village in
Y district") beside the first and second administrative level and the country. The sheet is
read as running text, "description, admin 2, admin 1, country", so the areas written after
a name bind as they do in a report (:mod:`geomove.mentions`); then the sheet's own fields
bind harder than running text can:

- the country is certain: a reading elsewhere is looked up again in that country alone,
  and with none there the name is no answer;
- the first-level area is certain too: a reading outside it gives way to a namesake inside;
- so is the second-level area, where the index places it well (by three towns or more) or
  knows the town it is named after: a settlement read far outside it gives way likewise;
- the answer is the first place the description names (a district it names before a town
  named like the sheet's province), else the finest area of the sheet that the gazetteer
  knows (second level, then first level), else the country.
"""

from __future__ import annotations

import re

from .gazetteer.cold import cold
from .distance import haversine_km
from .names import plain
from .gazetteer.ranking import NO_PLACE

_PAREN = re.compile(r"\s*\([^)]*\)")
_AREA_KINDS = ("country", "admin1", "admin2", "region")
_CAPS_RUN = re.compile(r"(?:(?:al|el|ad|as|ash|ar|an|at|az)[-\s])?[A-Z][\w'’‘-]+(?:\s+(?:(?:al|el|de|del|la|ad|as|ash|ar|an|at|az)[-\s])?[A-Z][\w'’‘-]+)*")


# Event datasets code places by the state of the day: a sheet's "Sudan" before 2011 holds
# today's South Sudan, "Serbia (Yugoslavia)" Kosovo, "Russia (Soviet Union)" its successors.
SUCCESSOR_STATES = {
    "SD": {"SS"}, "ET": {"ER"}, "ID": {"TL"}, "IL": {"PS"}, "RS": {"XK", "ME", "BA", "HR", "MK", "SI"},
    "RU": {"UA", "BY", "MD", "GE", "AM", "AZ", "KZ", "KG", "TJ", "TM", "UZ", "EE", "LV", "LT"},
    "YE": set(), "CZ": {"SK"},
}


def _clean(part: str | None) -> str:
    """One field as running text: no line breaks, no bracketed asides ("Russia (Soviet Union)")."""
    if not part:
        return ""
    return " ".join(_PAREN.sub("", part).split()).strip(" ,;")


def _area(gazetteer, name: str, cc: str | None, kinds: tuple[str, ...]) -> dict | None:
    """The sheet's admin area ``name`` in country ``cc`` (its kind word kept for the hint)."""
    if not name:
        return None
    cands = gazetteer.candidates(name, country=cc, limit=10, fuzzy=False)
    for c in cands:
        if c.get("kind") in kinds and c["score"] >= NO_PLACE:
            return c
    if "admin1" in kinds:
        # a country whose provinces GeoNames keeps at the second level (the Philippines'
        # provinces under their regions): the sheet's "Batangas province"
        for c in cands:
            if c.get("kind") == "admin2" and c["score"] >= NO_PLACE and c.get("name_similarity", 1.0) >= 0.95:
                return c
    if cc:
        # a coder's spelling ("Khyber Pakhtunkwa"): the hint binds, so a close spelling is safe
        for c in gazetteer.candidates(name, country=cc, limit=5, fuzzy=True):
            if c.get("kind") in kinds and _well_spelled(gazetteer, name, c):
                return dict(c, why=c.get("why", "") + "; the sheet's area, spelled closely")
    return None


# words event sheets write after the name of a second-level area that are no kind words of
# running text (there "territory", "zone" or "division" mean other things): "Djugu territory"
# (DR Congo), "Kaga lga" (Nigeria), "Kurram agency" (Pakistan), "Douentza cercle" (Mali),
# "Meme département" (Cameroon), "eThekwini administrative district" (South Africa)
_SHEET_AREA2_WORD = re.compile(
    r"\s+(?:territory|zone|cercle|lga|l\.g\.a\.|local government area|agency|division|d[ée]partement|"
    r"constituency|administrative district|sub-?district|sub-?county|sub-?prefecture|woreda|tehsil|"
    r"taluka?|regency|chiefdom)$", re.IGNORECASE)


def _sheet_area2(gazetteer, admin2: str, cc: str | None) -> dict | None:
    """The sheet's second-level area as the index knows it, read with its kind word or, for
    the words only event sheets use, without it."""
    area2 = _area(gazetteer, admin2, cc, ("admin2",))
    core = _SHEET_AREA2_WORD.sub("", admin2) if admin2 else ""
    if area2 is None and core != admin2 and len(core) >= 3:
        area2 = _area(gazetteer, core, cc, ("admin2",))
    return area2


def _inside(place: dict, area: dict | None, slack_km: float = 30.0) -> bool:
    if area is None or place.get("lat") is None or area.get("lat") is None:
        return True
    if place.get("admin1") and place.get("country") == area.get("country") and \
            plain(place["admin1"]) in (plain(area["name"]), plain(cold(area, "matched_name") or "")):
        return True  # the row says it lies in that province
    reach = max(area.get("uncertainty_km") or 0.0, 30.0) + slack_km
    return haversine_km(place["lat"], place["lon"], area["lat"], area["lon"]) <= reach


def _well_spelled(gazetteer, name: str, place: dict) -> bool:
    """Spelled closely, or the same transliteration key (the sheet names the country)."""
    from rapidfuzz import fuzz
    from .names import light_key, name_key
    core = gazetteer.split_kind(name)[0]
    matched = cold(place, "matched_name") or place["name"]
    return fuzz.ratio(light_key(core), light_key(matched)) >= 85 or name_key(core) == name_key(matched)


def _in_sheet(gazetteer, name: str, cc: str | None, area: dict | None,
              district: dict | None = None) -> dict | None:
    """The best well-spelled reading of ``name`` in the sheet's country and first-level area
    (and near its second-level area, when that is known)."""
    core = gazetteer.split_kind(name)[0]
    if cc is None or len(core) < 3:
        return None
    for c in gazetteer.candidates(core, country=cc, limit=20, fuzzy=False):
        if c["score"] >= NO_PLACE and c.get("kind") != "country" and _inside(c, area) \
                and _near_district(c, district) and _well_spelled(gazetteer, core, c):
            return c
    return None


# how far from the town that stands in for a sheet's district (see _sheet_district) a place
# of the district may lie: districts of the countries that event data covers reach ~30-60 km
# from their town
DISTRICT_STAND_IN_REACH_KM = 80.0
DISTRICT_SLACK_KM = 15.0
DISTRICT_MIN_TOWNS = 3


def _near_district(place: dict, district: dict | None) -> bool:
    """Can a settlement lie in the sheet's second-level area? (Areas always can: the district
    is finer than any of them the description names.)"""
    if district is None or place.get("kind") in _AREA_KINDS or place.get("lat") is None:
        return True
    if district.get("stand_in"):
        return haversine_km(place["lat"], place["lon"], district["lat"], district["lon"]) <= DISTRICT_STAND_IN_REACH_KM
    if ((cold(district, "raw") or {}).get("cities") or 0) < DISTRICT_MIN_TOWNS:
        return True  # (a point from one or two towns says nothing of where the district reaches)
    return _inside(place, district, slack_km=DISTRICT_SLACK_KM)


# Arabic names of an area called after its town: "Rif Dimashq" (the countryside of Damascus),
# "Markaz Daraa", "Mintaqat Markaz Homs" (the district of the centre of Daraa, of Homs)
_AREA_OF_A_TOWN = re.compile(r"^(?:(?:mintaqat|markaz|rif|reef)\s+)+(?=\S)", re.IGNORECASE)


# words a coder writes after the name of a part of a town ("X neighborhood", "Y subdivision")
_NEIGHBOURHOOD_AFTER = re.compile(r"\s*(?:neighbou?rhood|subdivision|colonia|barrio|fraccionamiento)\b",
                                  re.IGNORECASE)


def _names_a_neighbourhood(desc: str, m: dict) -> bool:
    """Is the mention the name of a neighbourhood, written right before the word?"""
    return m["end"] <= len(desc) and bool(_NEIGHBOURHOOD_AFTER.match(desc, m["end"]))


# "the southern countryside of X", "X countryside", "X suburbs", "the outskirts of X": the
# land around the town X, not the town
_COUNTRYSIDE_BEFORE = re.compile(r"(?:countryside|suburbs?|outskirts|environs)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_COUNTRYSIDE_AFTER = re.compile(r"\s*(?:countryside|suburbs)\b", re.IGNORECASE)


def _sheet_district(gazetteer, admin2: str, cc: str | None, area1: dict | None) -> dict | None:
    """The sheet's second-level area; when the index lacks it (GeoNames districts with no
    town of cities500 inside: "Qatana district", Syria), the town it is named after, in the
    sheet's country and first-level area, stands in for it (marked ``stand_in``)."""
    if not admin2:
        return None
    area2 = _sheet_area2(gazetteer, admin2, cc)
    if area2 is not None:
        return area2
    core = gazetteer.split_kind(admin2)[0]
    if core == admin2:
        core = _SHEET_AREA2_WORD.sub("", admin2)
    if cc is None or core == admin2 or len(core) < 3:
        return None  # (a bare name is no district's name: no kind word, no stand-in)
    for c in gazetteer.candidates(core, country=cc, limit=10, fuzzy=False):
        if c.get("kind") in ("city", "town", "village") and c["score"] >= NO_PLACE and _inside(c, area1) \
                and _well_spelled(gazetteer, core, c):
            return dict(c, stand_in=True, why=c.get("why", "") + f"; the town the sheet's {admin2} is named "
                                                                 "after (the district itself is not in the index)")
    return None


def _heads_a_province(gazetteer, town: dict) -> bool:
    """Is ``town`` the town a first-level area of its country is named after (Idlib; Damascus,
    the town of the Dimashq governorate it lies in)?"""
    names = [town["name"]] + ([town["admin1"]] if town.get("admin1") else [])
    for c in (c for n in names for c in gazetteer.candidates(n, country=town.get("country"), limit=10,
                                                              fuzzy=False)):
        if c.get("kind") == "admin1":
            named_after = _namesake_town(gazetteer, c)
            if named_after is not None and named_after.get("gazetteer_id") == town.get("gazetteer_id"):
                return True
    return False


def _around_its_town(gazetteer, desc: str, m: dict, area2: dict | None) -> dict | None:
    """The sheet's second-level area ``area2`` (or the town it is named after) when the
    description names only the land around the place ``m`` (a town, or an area named after
    one: "Latakia countryside") and that area lies elsewhere: "a hill in the northern
    countryside of X" in a district of which X is no part is in that district."""
    if area2 is None or m.get("kind") == "country" or m["end"] > len(desc):
        return None
    if not (_COUNTRYSIDE_BEFORE.search(desc[:m["start"]]) or _COUNTRYSIDE_AFTER.match(desc, m["end"])):
        return None
    if area2.get("stand_in"):
        # only the district's town is known, not how far the district reaches: the land around
        # a province ("Latakia countryside") or its capital ("Damascus suburbs", the province of
        # Rif Dimashq) is wider than a district, and the sheet's district says where in it; the
        # land around a lesser town may well lie in the district of another town
        if area2.get("gazetteer_id") == m.get("gazetteer_id") or \
                haversine_km(m["lat"], m["lon"], area2["lat"], area2["lon"]) < 5.0 or \
                not (m.get("kind") in _AREA_KINDS or _heads_a_province(gazetteer, m)):
            return None
        place = area2
    else:
        if _inside(m, area2, slack_km=0.0):
            return None
        town = _namesake_town(gazetteer, area2)
        place = town if town is not None and _inside(town, area2, slack_km=0.0) else area2
    return dict(place, why=place.get("why", "") + f"; the sheet's district: the description names "
                                                  f"only the land around {m['name']}")


def _finer_sheet_area(gazetteer, m: dict, admin2: str, cc: str | None) -> dict | None:
    """The sheet's second-level area (or its namesake town) when the description's place is
    only a first-level area ("X, Nord-Kivu"): the sheet's district inside it is finer."""
    if m.get("kind") != "admin1" or not admin2:
        return None
    area2 = _sheet_area2(gazetteer, admin2, cc)
    if area2 is None or area2.get("country") != m.get("country") or not _inside(area2, m):
        return None
    town = _namesake_town(gazetteer, area2)
    place = town if town is not None else area2
    return dict(place, why=place.get("why", "") + f"; the sheet's district, finer than {m['name']} "
                                                  "(no finer place found)")


def _namesake_town(gazetteer, area: dict) -> dict | None:
    """The city or town inside ``area`` (a province, a district) that bears its name."""
    if area.get("kind") not in ("admin1", "admin2"):
        return None
    said = gazetteer.split_kind(area.get("surface") or area["name"])[0]
    core = plain(said)
    names = {core, plain(area["name"])}
    town_word = _AREA_OF_A_TOWN.sub("", said)
    if town_word != said:  # ("Rif Dimashq": the town is Dimashq, Damascus)
        said = town_word
        names = {plain(town_word)}
    for c in gazetteer.candidates(said, country=area.get("country"), limit=10, fuzzy=False):
        own = {plain(gazetteer.split_kind(n)[0]) for n in (c["name"], cold(c, "matched_name")) if n}
        if c.get("kind") in ("city", "town") and own & names and _inside(c, area):
            return c  # (by its own name or another: Ciudad Juárez is also called Juárez)
    return None


def _reading_order(gazetteer, m: dict, sheet_names: set[str]) -> int:
    """Which of the description's places is tried first: its other places, then a district
    it names, then a town named like the sheet's province, then larger areas.

    A town named like the sheet's province ("Idlib: X", Idlib governorate) says less than
    another place the description names; a district it names ("a village in X district in
    Y", Y province) is finer than the town Y, and its own town may well be the place meant.
    (The order within each rank is the order of the text: ``sorted`` keeps it.)"""
    if m.get("kind") == "admin2":
        return 1
    if m.get("kind") in _AREA_KINDS:
        return 3
    return 2 if plain(gazetteer.split_kind(m["surface"])[0]) in sheet_names else 0


def locate(description: str, *, admin2: str | None = None, admin1: str | None = None,
           country: str | None = None, gazetteer) -> dict | None:
    """The described place as a dict (name, lat, lon, country, why ...), or None."""
    from .mentions import find_mentions

    desc = " ".join((description or "").split())
    country_place = gazetteer.country(_clean(country)) if country else None
    cc = country_place["country"] if country_place else None
    area1 = _area(gazetteer, _clean(admin1), cc, ("admin1", "region"))
    parts = [desc] + [p for p in (_clean(admin2), _clean(admin1), _clean(country)) if p]
    text = ", ".join(p for p in parts if p)
    if not text:
        return None
    # (a place the index lacks stands at the point of the place the text puts it in, its
    # "holder": no finer answer than that holder, which the description or the sheet names too)
    found = [m for m in find_mentions(text, gazetteer=gazetteer)
             if m["role"] in ("place", "demonym_place", "source_location") and m.get("lat") is not None
             and m.get("kind") != "country" and not m.get("holder")]

    def in_country(m: dict) -> bool:
        # the sheet's country may be a former state (Sudan before 2011, Yugoslavia) or hold
        # territories coded under it (Gaza under Israel): near it counts
        if cc is None or m.get("country") == cc or m.get("country") in SUCCESSOR_STATES.get(cc, ()):
            return True
        return country_place is not None and _inside(m, country_place, slack_km=150.0)

    # (the name of a town's neighbourhood, "X neighborhood, Y town", is no settlement of its own:
    # a namesake read for it lies anywhere; the town or the sheet's municipality says where)
    described = [m for m in found if m["start"] < len(desc) and not _names_a_neighbourhood(desc, m)]
    sheet_names = {plain(gazetteer.split_kind(_clean(admin1))[0])} if admin1 else set()
    # the sheet's district binds a settlement the description names as its province does, when
    # it lies in that province (a namesake district elsewhere binds nothing)
    sheet_district = _sheet_district(gazetteer, _clean(admin2), cc, area1)
    district = sheet_district
    if district is not None and (district.get("country") != cc or not _inside(district, area1)):
        district = None
    for m in sorted(described, key=lambda m: _reading_order(gazetteer, m, sheet_names)):
        if in_country(m) and _inside(m, area1) and _near_district(m, district):
            around = _around_its_town(gazetteer, desc, m, sheet_district)
            if around is not None:
                return around
            finer = _finer_sheet_area(gazetteer, m, _clean(admin2), cc)
            if finer is not None:
                return finer
            town = _namesake_town(gazetteer, m)
            if town is not None:
                return dict(town, why=town.get("why", "") + f"; the town {m['name']} is named after "
                                                          "(no finer place found)")
            return m
        again = _in_sheet(gazetteer, m["surface"], cc, area1, district)
        if again is not None:
            around = _around_its_town(gazetteer, desc, dict(again, start=m["start"], end=m["end"]),
                                      sheet_district)
            if around is not None:
                return around
            again["why"] = again.get("why", "") + "; looked up again in the sheet's country"
            return again
    # names the running text left out (too weak alone): the sheet's country vouches for them
    # (a settlement before an area the description also names: "DEPARTMENT: X MUNICIPALITY: Y")
    # (a description typed all in lower case, "tasil", is read with capitals)
    caps = desc if any(ch.isupper() for ch in desc) else desc.title()
    runs = [r.group(0) for r in _CAPS_RUN.finditer(caps) if not _names_a_neighbourhood(desc, {"end": r.end()})]
    found_runs = [a for a in (_in_sheet(gazetteer, run, cc, area1, district) for run in runs) if a]
    for again in sorted(found_runs, key=lambda a: a.get("kind") in _AREA_KINDS):
        finer = _finer_sheet_area(gazetteer, again, _clean(admin2), cc)
        if finer is not None:
            return finer
        again["why"] = again.get("why", "") + "; a name of the description, in the sheet's country"
        return again
    # the sheet's own areas, finest first, as the text resolved them; a district the text
    # could not read ("eThekwini administrative district") but the index knows comes first
    a2_start = len(desc) + 2 if desc else 0
    a2_read = any(a2_start <= m["start"] < a2_start + len(_clean(admin2)) and in_country(m) for m in found)
    if district is not None and not a2_read:
        town = None if district.get("stand_in") else _namesake_town(gazetteer, district)
        place = town or district
        return dict(place, why=place.get("why", "") + "; the sheet's second-level area (no finer place found)")
    for m in found:
        if m["start"] >= len(desc) and in_country(m):
            town = _namesake_town(gazetteer, m)
            if town is not None:
                # events of an area named after its main town cluster in that town: a better
                # guess than the area's middle (UCDP dev rows: 0.772 -> 0.78x within tolerance)
                return dict(town, why=town.get("why", "") + f"; the town {m['name']} is named after "
                                                          "(no finer place found)")
            return dict(m, why=m.get("why", "") + "; the sheet's area (no finer place found)")
    if area1 is not None:  # (one the running text could not read: "Khyber Pakhtunkwa")
        town = _namesake_town(gazetteer, area1)
        if town is not None:
            return dict(town, why=town.get("why", "") + f"; the town {area1['name']} is named after "
                                                      "(no finer place found)")
        return dict(area1, why=area1.get("why", "") + "; the sheet's first-level area (no finer place found)")
    return dict(country_place, why="the sheet's country (no finer place found)") if country_place else None
