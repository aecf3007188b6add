"""Weak context: the country the first readings of several unclear names share.

A text about Mali that names only Kayes, Ségou and Mopti names no country, and none of the
three is clear on its own (each has a province of its name, and Kayes a namesake in Congo):
so nothing is context, and "Kita" among them is ranked as if alone (Quito, whose old name it
is, or Kita in Japan). Each name's first reading lies in Mali, close to the others: that is
weak context for every other name of the text (the weight ``text_country_shared_by_unclear``,
see :func:`country_shared_by_unclear_names`).

Every famous name has namesakes in the United States and Britain, so a shared country is
guarded: it must hold the first readings of most of the text's unclear names, and those
readings must lie near one another (a text about one region), not scattered over a continent."""

from __future__ import annotations

from ..distance import haversine_km
from ..gazetteer import name_key

# at least this many names other than the one ranked must have their first reading there
SHARED_BY_OTHER_NAMES = 2
# ... and each of those readings lies within this of another of them
SHARED_READINGS_NEAR_KM = 600.0


def _first_readings(mentions: list[dict]) -> dict[str, dict]:
    """name key -> the first reading of an unclear place name of the text (a town or a
    province with a point; the first mention of each name)."""
    out: dict[str, dict] = {}
    for m in mentions:
        cands = m.get("cands")
        if not cands or m.get("clear", True) or m.get("role") != "place" or m.get("drop"):
            continue
        best = cands[0]
        if best.get("kind") == "country" or best.get("lat") is None or not best.get("country"):
            continue
        out.setdefault(name_key(m["surface"]), best)
    return out


def _clustered(readings: list[dict]) -> bool:
    """Does each reading lie within SHARED_READINGS_NEAR_KM of another one?"""
    return all(any(o is not r and haversine_km(r["lat"], r["lon"], o["lat"], o["lon"]) <= SHARED_READINGS_NEAR_KM
                   for o in readings) for r in readings)


def country_shared_by_unclear_names(mentions: list[dict], text_countries: dict) -> dict[str, set[str]]:
    """ISO2 -> the keys of the unclear names whose first readings put that country in the text,
    for a country no name of the text makes clear (not in ``text_countries``), that holds the
    first readings of more than half of the text's unclear place names, at least
    SHARED_BY_OTHER_NAMES of them, lying near one another (:func:`_clustered`). At most one
    country; {} when none is so.

    why: "Soldiers left Kayes for Kita, then drove to Ségou and Mopti" names no country and
    makes nothing clear; Kayes, Ségou and Mopti each read first in Mali, within 400 km of one
    another, so Kita, Mali is preferred over Quito. The guards keep a text's scattered US
    namesakes ("Lebanon", "Jordan", "Georgia" as towns) from making the United States its
    country."""
    firsts = _first_readings(mentions)
    if len(firsts) < SHARED_BY_OTHER_NAMES:
        return {}
    by_country: dict[str, list[str]] = {}
    for key, best in firsts.items():
        by_country.setdefault(best["country"], []).append(key)
    cc, keys = max(by_country.items(), key=lambda kv: len(kv[1]))
    if cc in text_countries or len(keys) < SHARED_BY_OTHER_NAMES or 2 * len(keys) <= len(firsts):
        return {}
    if not _clustered([firsts[k] for k in keys]):
        return {}
    return {cc: set(keys)}
