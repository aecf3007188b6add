"""An airport read by a short name another famous place bears, where the text names its town:
"flown from Bole airport in Addis Ababa", "landed at Kennedy airport in New York".

The index knows an airline airport by its short name with "Airport" ("Bole Airport",
"Kennedy Airport": gazetteer_build.short_airport_names, s55 gaz105). Where a better-known place
bears the name too (the Chinese city Bole, Bogotá's locality Kennedy), "<X> airport" is read as
that place's airport or as the place (facilities._by_famous_namesake: "Cairo airport" is
Egypt's, not Cairo, Illinois'), and the airports it set aside are kept by the mention's end
(per_text's AIRPORTS_SET_ASIDE). The town or city the airport serves, named elsewhere in the
text and read there (within SERVES_ITS_TOWN_KM), says which airport is meant: that one is read,
with its own point. No town named near any of them: the famous reading stays.

Cheap: asked only of mentions whose name the scan set an airport aside for (a few a corpus)."""

from __future__ import annotations

from ..distance import haversine_km
from .town_airports import SERVES_ITS_TOWN_KM
from .words import SETTLEMENT_KINDS

# per_text's key: {end offset of a name: the airports "<name> airport" may be, set aside}
AIRPORTS_SET_ASIDE = "airports_set_aside"


def airports_by_their_town(mentions: list[dict], set_aside: dict) -> None:
    """Read the airport set aside for a mention (``set_aside``: end offset -> airports) that
    lies within SERVES_ITS_TOWN_KM of a town another mention of the text reads, unless the
    mention's first reading already lies by one; why: "the airport of <town>, which the text
    names"."""
    towns = None
    for m in mentions:
        aside = set_aside.get(m["end"])
        cands = m.get("cands")
        if aside is None or m["role"] != "place" or m.get("drop") or not cands:
            continue
        if towns is None:
            towns = [(m2, c) for m2 in mentions if m2["role"] == "place" and not m2.get("drop") and m2.get("cands")
                     for c in m2["cands"][:1] if c.get("kind") in SETTLEMENT_KINDS and c.get("lat") is not None]
        near = [(t, c) for t, c in towns if t is not m]
        if not near or (cands[0].get("lat") is not None and _town_near(cands[0], near)):
            continue  # (no town named, or the first reading lies by one already)
        for airport in aside:
            town = _town_near(airport, near)
            if town is not None:
                read = dict(airport)
                read["why"] = (read.get("why") or "") + f"; the airport of {town['name']}, which the text names"
                cands.insert(0, read)
                break


def _town_near(place: dict, towns: list) -> dict | None:
    """The first of ``towns`` ((mention, reading) pairs) whose reading lies within
    SERVES_ITS_TOWN_KM of ``place``, or None."""
    return next((c for _t, c in towns
                 if haversine_km(place["lat"], place["lon"], c["lat"], c["lon"]) <= SERVES_ITS_TOWN_KM), None)
