"""A district and the town it is named after: "Soldiers arrive in Djugu territory" (the
headline) and "a detachment ... arrived yesterday in Djugu from Bunia" (the body), "Troops arrive
in Masisi territory" / "... arrived in Masisi from Goma". Congo's territories, and the districts
of many countries, bear the name of their chief town: the gazetteer gives the territory as an
admin2 row whose point may lie tens of km from the town's, and the two ends were read as
incompatible, so one arrival told twice was two movements (GUIDELINES: one movement retold
in headline and body counts once).

Compatible only when the names are the same (by name key), the country is the same, one is a
second-level area and the other a settlement, and they lie within DISTRICT_TOWN_KM of each other
(the 60 km the guidelines give an area's point)."""

from __future__ import annotations

from ..distance import haversine_km

# how far a district's point may lie from the town it is named after
DISTRICT_TOWN_KM = 60.0
_SETTLEMENTS = frozenset({"city", "town", "village"})


def district_of_town(district: dict, town: dict) -> bool:
    """Is ``district`` (an admin2 area) the one named after ``town`` (a settlement)?"""
    if district.get("kind") != "admin2" or town.get("kind") not in _SETTLEMENTS:
        return False
    if not district.get("country") or district.get("country") != town.get("country"):
        return False
    from ..names import name_key
    name = name_key(district.get("name") or "")
    if not name or not ({name_key(town.get("name") or ""), name_key(town.get("surface") or "")} & {name, name_key(district.get("surface") or "")}):
        return False
    if None in (district.get("lat"), district.get("lon"), town.get("lat"), town.get("lon")):
        return False
    return haversine_km(district["lat"], district["lon"], town["lat"], town["lon"]) <= DISTRICT_TOWN_KM
