"""No place rather than a far one: three ways a text shows that the place it means is one the
index lacks, though the index holds something of that name far away. The mention stays (it
names a place) and keeps no point; the guards of finder._far_reading_unresolved call these.

- ``facility_only_a_far_town``: "soldiers drove to the Storskog crossing" in a text about
  Kirkenes; the index has no crossing of that name, only Suurmetsä, a suburb of Helsinki that
  has 'Storskog' among its (Swedish) other names, 1,000 km away.
- ``city_by_a_rare_other_name_far``: "the Enguri bridge near Gali"; the index has Ankara under
  the old name 'Enguri', 800 km away in a country the text does not name.
- ``common_name_far_from_its_neighbours``: "between Leticia and the Peruvian island of Santa
  Rosa"; a hundred places are called Santa Rosa, the nearest in Peru 900 km from Leticia and
  the Brazilian town beside it.

Thresholds: geomove.gazetteer.ranking (UNMET_KIND_FAR_KM, MANY_NAMESAKES, NEIGHBOURS_FAR_KM,
RARE_OTHER_NAME_ZIPF).
"""

from __future__ import annotations

from ..distance import haversine_km
from ..gazetteer.ranking import MANY_NAMESAKES, NEIGHBOURS_FAR_KM, RARE_OTHER_NAME_ZIPF, UNMET_KIND_FAR_KM
from ..io.language import english_zipf
from ..names import plain
from .guards import _OWN_ARTICLE_RE, LONE_FAR_SETTLEMENT_IMPORTANCE
from .similarity import plain_spelling_similarity
from .words import FACILITY_KINDS, installation_name

_SETTLEMENTS = ("city", "town", "village")
# readings that are no point to judge a neighbourhood by: whatever lies inside them is near them
_AREAS = ("country", "continent", "admin1", "region", "sea", "ocean")


def facility_only_a_far_town(m: dict, best: dict, mentions: list[dict]) -> bool:
    """Does the text call the name a facility (a crossing, base, airfield, camp, checkpoint or
    oilfield: the kind word beside it) while its reading is a settlement (no installation
    itself), found by another of its names that shares no word with its own, farther than
    UNMET_KIND_FAR_KM from every other place of a text that names at least two (no country or
    province: those are near whatever lies in them)? A facility is named after the town it
    lies at, so a town so far from the text is not the one the facility is named after."""
    if m.get("kind") not in FACILITY_KINDS or best.get("kind") not in _SETTLEMENTS or best.get("lat") is None:
        return False
    if installation_name(best.get("name") or ""):
        return False  # the reading is an installation itself ("Joint Base Pearl Harbor Hickam")
    said, own = plain(m.get("surface") or ""), plain(best.get("name") or "")
    if not said or not own or set(said.split()) & set(own.split()):
        return False  # its own name, or a word of it: the town the facility is named after may be meant
    located = _points(m, mentions, lambda o: True)
    return len(located) >= 2 and all(
        haversine_km(best["lat"], best["lon"], la, lo) > UNMET_KIND_FAR_KM for la, lo in located)


def _another_name(said: str, own: str) -> bool:
    """Is ``said`` (plain) another name of the place called ``own`` (plain), not its own name
    spelled another way ('Afgoye' for Afgooye, 'Mahas' for Mahis) nor a word of it? As the
    far-reading guards judge a foreign name (guards._by_foreign_name): below 0.8 similar to the
    own name, to it without an article, and to its first and last words."""
    if not said or not own or said == own or said in own.split() or own.startswith(said + " "):
        return False
    forms = {own, _OWN_ARTICLE_RE.sub("", own)}
    forms |= {f.split(" ")[0] for f in list(forms)} | {f.split(" ")[-1] for f in list(forms)}
    return max(plain_spelling_similarity(said, f) for f in forms) < 0.8


def city_by_a_rare_other_name_far(m: dict, best: dict, named, mentions: list[dict]) -> bool:
    """'Georgian police watched the Enguri bridge near Gali', Enguri read as Ankara, which has
    'Enguri' among its old other names: a settlement, however famous, read by another of its
    names (not its own, nor a word of it, nor a spelling of it: _another_name) that English
    writes rarely (below
    RARE_OTHER_NAME_ZIPF: 'Kiev', 'Bombay', 'Peking' are common currency and stay), in a
    country no other name of the text points to (its places, demonyms and actors: a text
    about Russia's war may well say 'Stalingrad'), farther than NEIGHBOURS_FAR_KM from every
    other place of a text that names at least two (countries and provinces aside). The name is most likely a place
    (or river) the index lacks."""
    if best.get("kind") not in _SETTLEMENTS or best.get("lat") is None or m.get("kind"):
        return False
    if not _another_name(plain(m.get("surface") or ""), plain(best.get("name") or "")):
        return False
    if best.get("country") in {cc for _, _, cc in named.other_readings(m) if cc}:
        return False
    located = _points(m, mentions, lambda o: True)  # (places, no countries: see _points)
    if len(located) < 2 or any(
            haversine_km(best["lat"], best["lon"], la, lo) <= NEIGHBOURS_FAR_KM for la, lo in located):
        return False
    return english_zipf(m.get("surface") or "") < RARE_OTHER_NAME_ZIPF


def _namesakes(cands: list[dict], said: str) -> list[dict]:
    """The settlements among ``cands`` whose own name is the name the text writes."""
    return [c for c in cands if c.get("kind") in _SETTLEMENTS and c.get("lat") is not None
            and plain(c.get("name") or "") == said]


def _points(m: dict, mentions: list[dict], where) -> set[tuple[float, float]]:
    """The distinct points of the text's places (no country, province, sea: those are near
    whatever lies in them) other than ``m``'s own name, of the mentions ``where`` admits."""
    said = plain(m.get("surface") or "")
    out = set()
    for o in mentions:
        if o is m or o.get("drop") or o["role"] not in ("place", "dateline", "source_location") \
                or not o.get("cands") or not where(o) or plain(o["surface"]) == said:
            continue
        b = o["cands"][0]
        if b.get("lat") is not None and b.get("kind") not in _AREAS:
            out.add((b["lat"], b["lon"]))
    return out


def _its_province_named(best: dict, mentions: list[dict]) -> bool:
    """Does one of ``mentions`` name the province the reading lies in (read as that province)?"""
    province = plain(best.get("admin1") or "")
    return bool(province) and any(
        not o.get("drop") and o.get("cands") and o["cands"][0].get("kind") == "admin1"
        and o["cands"][0].get("country") == best.get("country") and plain(o["cands"][0].get("name") or "") == province
        for o in mentions)


def common_name_far_from_its_neighbours(m: dict, cands: list[dict], mentions: list[dict],
                                        least_readings: int = MANY_NAMESAKES) -> bool:
    """Is ``m`` a name many settlements bear (at least ``least_readings`` of its own name among
    its readings), read as a lesser one, with no reading of the name within NEIGHBOURS_FAR_KM
    of any of the (two or more distinct) places named in its sentence and the ones beside it,
    nor its province named there? The sentence says where the story is; a common name the index knows nowhere near there is
    a namesake it lacks, and the best-known of the far ones is a guess."""
    best = cands[0] if cands else None
    if best is None or m.get("kind") or best.get("kind") not in _SETTLEMENTS or best.get("lat") is None \
            or m.get("sentence") is None:
        return False
    if (best.get("importance") or 0.0) >= LONE_FAR_SETTLEMENT_IMPORTANCE:
        return False  # a city known well enough to be named from afar
    readings = _namesakes(cands, plain(m.get("surface") or ""))
    if len(readings) < least_readings:
        return False
    # (the places named in its sentence and the sentences just before and after it)
    at = m["sentence"]
    near = [o for o in mentions if o.get("sentence") is not None and abs(o["sentence"] - at) <= 1]
    if _its_province_named(best, near):
        return False  # "the old ferry landing at Rosebud in Victoria": its province, named beside it, places it there
    around = _points(m, near, lambda o: True)
    if len(around) < 2:
        return False  # too little to say where the story is
    return all(haversine_km(c["lat"], c["lon"], la, lo) > NEIGHBOURS_FAR_KM
               for c in readings + [best] for la, lo in around)
