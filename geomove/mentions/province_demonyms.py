"""Demonyms of provinces: "a Crimean port", "Tigrayan towns", "Texan border towns".

A country's demonym mentions the country (gazetteer/demonyms.csv); the adjective of a province
or region of one country mentions that province in the same way, with the same roles (a place
before a place noun, an actor before an actor noun, else only a demonym). Without it "Ukrainian
drones struck a Crimean port" read no place at all: Crimea is no country, and the adjective is
no name the gazetteer holds. The list is data (province_demonyms.json, with its source); the
province's point is the index's own row of that name in that country."""

from __future__ import annotations

import json
from pathlib import Path

_DATA = json.loads((Path(__file__).with_name("province_demonyms.json")).read_text(encoding="utf-8"))

# adjective -> (the province's name as the index finds it, ISO2 of its country)
PROVINCE_DEMONYMS: dict[str, tuple[str, str]] = {k: (v[0], v[1]) for k, v in _DATA["demonyms"].items()}

# the kinds a province or region of a country has in the index (areas.csv regions included)
_PROVINCE_KINDS = ("admin1", "region")


def province_of_demonym(lookup, surface: str) -> dict | None:
    """The province ``surface`` (an adjective of PROVINCE_DEMONYMS) mentions, as a candidate
    (a copy, with its why), or None when the index holds no province of that name in that
    country. ``lookup``: the finder (its kept candidate look-ups)."""
    entry = PROVINCE_DEMONYMS.get(surface)
    if entry is None:
        return None
    name, cc = entry
    for c in lookup.candidates(name, None):
        if c.get("country") == cc and c.get("kind") in _PROVINCE_KINDS and c.get("lat") is not None:
            return dict(c, score=0.9, name_similarity=1.0, why=f"demonym {surface!r} of {c['name']}")
    return None
