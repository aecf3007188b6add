"""No place rather than a far one: three ways a text shows that the place it means is one the
index lacks, though the index holds something of that name far away. The mention stays (it
names a place) and keeps no point; the guards of finder._far_reading_unresolved call these.

- ``facility_only_a_far_town``: "soldiers drove to the Storskog crossing" in a text about
  Kirkenes; the index has no crossing of that name, only Suurmetsä, a suburb of Helsinki that
  has 'Storskog' among its (Swedish) other names, 1,000 km away ("the Malpasse border crossing"
  in a text about Haiti: Malpassé, a quarter of Marseille of that very name, in none of the
  text's countries).
- ``city_by_a_rare_other_name_far``: "the Enguri bridge near Gali"; the index has Ankara under
  the old name 'Enguri', 800 km away in a country the text does not name.
- ``common_name_far_from_its_neighbours``: "between Leticia and the Peruvian island of Santa
  Rosa"; a hundred places are called Santa Rosa, the nearest in Peru 900 km from Leticia and
  the Brazilian town beside it.
- ``loose_reading_far``: "coast guard ships were sent to Matsu" in a text about Taiwan; the
  index lacks the Matsu Islands and has Matsue, Japan, which has 'Matsu' among its other names,
  1,500 km away ('Padaung' in Myanmar read as Padang by a variant spelling, 'Ganthier' in Haiti
  as Hunter by 'Ganter').
- ``loose_reading_unbacked``: "Kenyan soldiers pulled out of their base in Kolbio"; the index
  lacks the Somali village and has Colby, Kansas, by a variant spelling, and the text names
  nothing near it nor its country (a text with too few places for loose_reading_far).
- ``by_a_border_it_is_far_from``: "Soldiers were deployed to La Mesilla near the border with
  Mexico"; the index lacks the Guatemalan border town and has La Mesilla in Hidalgo, 900 km
  from any other country, beside no border at all.
- ``crossing_at_no_border_town``: "Salvadoran soldiers were sent to the El Amatillo crossing";
  the index has no crossing of the name, only Amatillo, a Mexican village 600 km from any other
  country, in none of the text's countries: a border crossing is no village inland.

Thresholds: geomove.gazetteer.ranking (UNMET_KIND_FAR_KM, MANY_NAMESAKES, NEIGHBOURS_FAR_KM,
RARE_OTHER_NAME_ZIPF, LOOSE_FAR_IMPORTANCE, LOOSE_FAR_KM).
"""

from __future__ import annotations

import re

from ..distance import haversine_km
from ..gazetteer.ranking import (LOOSE_FAR_IMPORTANCE, LOOSE_FAR_KM, MANY_NAMESAKES, NEIGHBOURS_FAR_KM,
                                 RARE_OTHER_NAME_ZIPF, UNMET_KIND_FAR_KM)
from ..gazetteer.kinds import KIND_FAMILY
from ..io.language import english_zipf
from ..names import plain
from .guards import _OWN_ARTICLE_RE, DOMINANT_SHARE, LONE_FAR_SETTLEMENT_IMPORTANCE, FarReadingGuards
from .similarity import plain_spelling_similarity
from .words import FACILITY_KINDS, SETTLEMENT_KINDS, installation_name
from ..regex_cache import CompiledPatterns

_SETTLEMENTS = SETTLEMENT_KINDS

# a settlement read loosely in a country the text names, though most of its places lie in another,
# less known than this and farther than LOOSE_IN_NAMED_COUNTRY_KM from every place of the text, is
# a town the index lacks (see loose_reading_far)
LOOSE_IN_NAMED_COUNTRY_IMPORTANCE = 0.6
LOOSE_IN_NAMED_COUNTRY_KM = 500.0

# a loose reading with too little in the text to judge it by (loose_reading_unbacked)
# is doubted below this importance (ranking.LONE_FAR_SETTLEMENT_IMPORTANCE's bar: no capital,
# no famous city; Colby, Kansas 0.47, Māḩiş 0.52; Darnah 0.60 stays)
LOOSE_UNBACKED_IMPORTANCE = LONE_FAR_SETTLEMENT_IMPORTANCE
# the roles of the mentions that tell where the text is (no force's or speaker's country:
# forces act abroad)
_GROUND_ROLES = ("place", "dateline", "source_location")

_PATTERNS = CompiledPatterns("mentions-no-place")  # (kept code: ~1 M instructions a pattern otherwise)
# the words after a name that call it a border crossing ("the Malpasse crossing", "the Las Manos
# border post"); not a bridge, tunnel or gate, which stand anywhere (crossing_at_no_border_town)
_BORDER_CROSSING_AFTER_RE = _PATTERNS.compile(
    r"\s+(?:crossing(?:\s+point)?|border\s+(?:crossing|post|gate|checkpoint|point))\b", re.I)
# "X near the border with <country>": the words that place a name by a country's border
# (context.BORDER_PLACING_PREPS, "close to"), up to the country's name (by_a_border_it_is_far_from)
_BY_THE_BORDER_WITH_RE = _PATTERNS.compile(r"\s+(?:near|on|along|by|at|close\s+to)\s+the\s+(?:border|frontier)\s+with\s+(?:the\s+)?",
                                           re.I)
# a town within this many km of another country is a border town, which a crossing may be
# named after (Natural Earth outlines, as read.book's near-border test measures them)
BORDER_TOWN_KM = 40.0
# ... and one the text says lies "near the border with" a country lies at most this far from it
# (writers say so of towns a day's drive away: Beni, 50 km from Uganda; Kidal, 250 km from
# Algeria, is called near it too, but a far namesake lies hundreds of km more: La Mesilla in
# Hidalgo, 700 km from any other country)
NEAR_THE_BORDER_KM = 300.0

# kind words of areas a settlement is not ("district", "province"): a settlement read loosely
# beside one is doubted as a bare name is (see loose_reading_far)
_AREA_KIND_WORDS = ("admin1", "admin2")
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
    if not said or not own:
        return False
    if set(said.split()) & set(own.split()) and best.get("country") in _countries(m, mentions):
        # its own name, or a word of it, in a country of the text: the town the facility is named
        # after may be meant. In none of the text's countries it is a namesake ("the Malpasse
        # border crossing" in a text about Haiti is no quarter of Marseille called Malpassé)
        return False
    located = _points(m, mentions, lambda o: True)
    if len(located) >= 2:
        return all(haversine_km(best["lat"], best["lon"], la, lo) > UNMET_KIND_FAR_KM for la, lo in located)
    # fewer places: "Georgian police were deployed to the Enguri bridge", Ankara by an old name
    # that shares no word with its own, in none of the text's countries: the countries and
    # provinces the text names (whoever's: a force's too), by their edge, say where it is
    if set(said.split()) & set(own.split()) or best.get("country") in _countries(m, mentions):
        return False  # (a spelling of its own name: crossing_at_no_border_town)
    areas = _areas(m, mentions)
    return len(located) + len(areas) >= 1 \
        and all(haversine_km(best["lat"], best["lon"], la, lo) > UNMET_KIND_FAR_KM for la, lo in located) \
        and all(haversine_km(best["lat"], best["lon"], la, lo) - unc > UNMET_KIND_FAR_KM for la, lo, unc in areas)


def facility_of_another_kind_far(m: dict, best: dict, mentions: list[dict]) -> bool:
    """'Mexican units were sent to the El Ceibo crossing with Guatemala', read as El Ceibo Airport,
    Costa Rica: the text calls the name one kind of facility (its kind word: a crossing) and the
    reading is a facility of another kind, outside the word's family (gazetteer.kinds.KIND_FAMILY:
    an airfield is no crossing; a base may be an air base), in none of the countries of the
    text's mentions and farther than UNMET_KIND_FAR_KM from every place it locates (one at least).
    A crossing, base or airfield is named after the town beside it; a facility of another kind
    that far from the text shares only a name with it: the mention keeps no point."""
    kind = m.get("kind")
    if kind not in FACILITY_KINDS or best.get("kind") not in FACILITY_KINDS or best.get("lat") is None \
            or best.get("kind") in KIND_FAMILY.get(kind, {kind}):
        return False
    if best.get("country") in _countries(m, mentions):
        return False
    located = _points(m, mentions, lambda o: True)
    return bool(located) and all(haversine_km(best["lat"], best["lon"], la, lo) > UNMET_KIND_FAR_KM
                                 for la, lo in located)


def _countries(m: dict, mentions: list[dict]) -> set[str]:
    """The countries of the text's other mentions' readings (places, countries, demonyms and
    actors alike: whoever the text names puts their country there)."""
    said = plain(m.get("surface") or "")
    return {o["cands"][0].get("country") for o in mentions
            if o is not m and not o.get("drop") and o.get("cands") and plain(o["surface"]) != said} - {None}


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
    (or river) the index lacks.

    The countries and provinces the text names count too, measured from their edge (_areas):
    'refugees in Yida, in South Sudan's Unity state' names no other town, yet Jeddah, which
    has 'Yida' among its other names, lies 1,500 km beyond both areas' edges."""
    if best.get("kind") not in _SETTLEMENTS or best.get("lat") is None or m.get("kind"):
        return False
    if not _another_name(plain(m.get("surface") or ""), plain(best.get("name") or "")):
        return False
    if best.get("country") in {cc for _, _, cc in named.other_readings(m) if cc}:
        return False
    located = _points(m, mentions, lambda o: True)  # (places, no countries: see _points)
    if any(haversine_km(best["lat"], best["lon"], la, lo) <= NEIGHBOURS_FAR_KM for la, lo in located):
        return False
    if len(located) < 2:
        areas = _areas(m, mentions)
        if len(located) + len(areas) < 2 or any(
                haversine_km(best["lat"], best["lon"], la, lo) - unc <= NEIGHBOURS_FAR_KM for la, lo, unc in areas):
            return False
    return english_zipf(m.get("surface") or "") < RARE_OTHER_NAME_ZIPF


def _areas(m: dict, mentions: list[dict]) -> set[tuple[float, float, float]]:
    """The distinct countries and provinces the text's other mentions read (their point and
    radius, whoever names them: a place, a dateline, an actor), other than ``m``'s own name."""
    said = plain(m.get("surface") or "")
    out = set()
    for o in mentions:
        if o is m or o.get("drop") or not o.get("cands") or plain(o["surface"]) == said \
                or o["role"] not in ("place", "dateline", "source_location", "actor"):
            continue
        b = o["cands"][0]
        if b.get("kind") in ("country", "admin1") and b.get("lat") is not None:
            out.add((b["lat"], b["lon"], b.get("uncertainty_km") or 0.0))
    return out


def _namesakes(cands: list[dict], said: str) -> list[dict]:
    """The settlements among ``cands`` whose own name is the name the text writes."""
    return [c for c in cands if c.get("kind") in _SETTLEMENTS and c.get("lat") is not None
            and plain(c.get("name") or "") == said]


def _points(m: dict, mentions: list[dict], where, enough: int | None = None) -> set[tuple[float, float]]:
    """The distinct points of the text's places (no country, province, sea: those are near
    whatever lies in them) other than ``m``'s own name, of the mentions ``where`` admits; with
    ``enough``, the first that many only (a caller asked of every name of a long list needs to
    know no more: its length squared otherwise)."""
    said = plain(m.get("surface") or "")
    out = set()
    for o in mentions:
        if o is m or o.get("drop") or o["role"] not in ("place", "dateline", "source_location") \
                or not o.get("cands") or not where(o) or plain(o["surface"]) == said:
            continue
        b = o["cands"][0]
        if b.get("lat") is not None and b.get("kind") not in _AREAS:
            out.add((b["lat"], b["lon"]))
            if enough is not None and len(out) >= enough:
                break
    return out


def _its_province_named(best: dict, mentions: list[dict]) -> bool:
    """Does one of ``mentions`` name the province the reading lies in (read as that province)?"""
    province = plain(best.get("admin1") or "")
    return bool(province) and any(
        not o.get("drop") and o.get("cands") and o["cands"][0].get("kind") == "admin1"
        and o["cands"][0].get("country") == best.get("country") and plain(o["cands"][0].get("name") or "") == province
        for o in mentions)


def _its_country_named(best: dict, mentions: list[dict]) -> bool:
    """Does one of ``mentions`` name the reading's country (read as that country)?"""
    country = best.get("country")
    return bool(country) and any(
        not o.get("drop") and o.get("cands") and o["cands"][0].get("kind") == "country"
        and o["cands"][0].get("country") == country for o in mentions)


def common_name_far_from_its_neighbours(m: dict, cands: list[dict], mentions: list[dict],
                                        least_readings: int = MANY_NAMESAKES) -> bool:
    """Is ``m`` a name many settlements bear (at least ``least_readings`` of its own name among
    its readings), read as a lesser one, with no reading of the name within NEIGHBOURS_FAR_KM
    of any of the (two or more distinct) places named in its sentence and the ones beside it,
    nor its province named there, nor its country by the demonym of the force that moves in its sentence? The sentence says where the story is; a common name the index knows nowhere near there is
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
    if _its_country_named(best, [o for o in near if o.get("role") == "dateline"]):
        # "SUDAN — The army said it had retaken Bara": its country heading the brief (a dateline)
        # says where the story is and places it there; a country named in the running text
        # ("Peru has governed Santa Rosa ... Colombia says", "the Peruvian island of Santa Rosa")
        # says whose the place is, and the index's one of that country may be another
        return False
    if _its_country_named(best, [o for o in near if o.get("role") == "actor" and o["sentence"] == at]):
        # "A German brigade left Munster by rail for Rukla": the people of the force that moves
        # name its home, where it sets out from, as the country's own name would; the Lower
        # Saxon garrison town is no guess (a reporter's or a victim's people say nothing of it).
        # Its own sentence only: a force told in the sentence before ("Colombian navy boats left
        # the port") says nothing of whose the island of the next one is ("Peru has governed
        # Santa Rosa": tests/fixtures/places27/c_amazon.txt)
        return False
    around = _points(m, near, lambda o: True)
    if len(around) < 2:
        return False  # too little to say where the story is
    return all(haversine_km(c["lat"], c["lon"], la, lo) > NEIGHBOURS_FAR_KM
               for c in readings + [best] for la, lo in around) \
        and not _on_waters_of_its_sentence(best, near, at)


# the kinds of a water body a town is told on ("Churchill on Hudson Bay"): not an ocean, whose
# radius reaches the towns of whole coasts, nor a river, whose point is one along its course
_WATER_BODIES = frozenset(("sea", "strait", "lake"))


def _on_waters_of_its_sentence(best: dict, near: list[dict], at: int) -> bool:
    """'Another crew will train at Churchill on Hudson Bay' in a text of Arctic towns 1,000 km
    and more away: a sea, strait or lake named in the reading's own sentence whose radius reaches
    the reading (measured from the water's point, _points leaves waters out) places the town on
    its shore, wherever the neighbours lie; the far-neighbours guard then keeps it (s47, gaz84).
    Asked only of a reading the guard found far from all its neighbours."""
    for o in near:
        if o["sentence"] != at or o.get("drop") or not o.get("cands") \
                or o["role"] not in ("place", "dateline", "source_location"):
            continue
        w = o["cands"][0]
        if w.get("kind") in _WATER_BODIES and w.get("lat") is not None and w.get("uncertainty_km") \
                and haversine_km(best["lat"], best["lon"], w["lat"], w["lon"]) <= w["uncertainty_km"]:
            return True
    return False


def loose_reading_far(m: dict, best: dict, named, country_point, mentions: list[dict]) -> bool:
    """Is ``best`` a settlement less known than LOOSE_FAR_IMPORTANCE, read loosely (by a
    variant spelling or by another of its names: FarReadingGuards._read_loosely), with no kind
    word beside the name, farther than LOOSE_FAR_KM from every other place of a text about one
    country (two or more located places of its own, not counting the countries its forces and
    speakers are named by: "told reporters from Kampala that Ugandan troops had moved to
    Afgoye" says little of where the text is; most readings in one country: DOMINANT_SHARE) and
    in none of their countries? In a section of a roundup ("TAIWAN — Two cutters were sent to Matsu") the
    section's countries (their points, ``country_point``) stand for the text's places. A loose
    reading says only that two names look alike; that far from where the text is, the place
    meant is a town the index lacks (Matsu, Padaung, Ganthier), and no point is better than
    Matsue, Padang or an Ohio village."""
    # (a kind word beside the name supports the reading only when the reading is of that kind:
    # "Memba district" read as Mwembe, a town, is no district)
    if best.get("kind") not in _SETTLEMENTS or best.get("lat") is None \
            or (m.get("kind") and m.get("kind") not in _AREA_KIND_WORDS) \
            or (best.get("importance") or 0.0) >= LOOSE_FAR_IMPORTANCE:
        return False
    if not FarReadingGuards._read_loosely(m, best):
        return False
    section = m.get("section_countries")
    if section:
        if best.get("country") in section:
            return False
        points = [(p["lat"], p["lon"]) for p in map(country_point, sorted(section))
                  if p and p.get("lat") is not None]
    else:
        others = named.other_readings(m)
        far_km = LOOSE_FAR_KM
        if best.get("country") in {cc for _, _, cc in others if cc}:
            # its country is named, but most of the text's places lie in another, and none lies
            # within LOOSE_IN_NAMED_COUNTRY_KM of it: "Memba" (MZ) read as Mwembe, a Tanzanian
            # village 730 km from the text's only Tanzanian town, Mtwara, in a Mozambican text
            dominant, share = named.dominant_country(m)
            if dominant is None or dominant == best.get("country") or share <= DOMINANT_SHARE \
                    or (best.get("importance") or 0.0) >= LOOSE_IN_NAMED_COUNTRY_IMPORTANCE:
                return False
            far_km = LOOSE_IN_NAMED_COUNTRY_KM
        elif named.dominant_country_share(m) <= DOMINANT_SHARE:
            return False  # (a text that ranges over several countries may name a far town)
        points = _points(m, mentions, lambda o: True)  # (places and datelines, no areas)
        if len(points) < 2:
            return False  # too little to say where the text is
        return all(haversine_km(best["lat"], best["lon"], la, lo) > far_km for la, lo in points)
    return bool(points) and all(haversine_km(best["lat"], best["lon"], la, lo) > LOOSE_FAR_KM
                                for la, lo in points)


def _backed_by_a_weak_namesake(m: dict, best: dict, mentions: list[dict]) -> bool:
    """Does another place of the text, itself read as a lesser settlement (below
    LOOSE_UNBACKED_IMPORTANCE), have a reading of its name within LOOSE_FAR_KM of ``best``? Then
    the country that place puts in the text is no ground against ``best``: of two weak readings
    on two continents, one reading of each near the other backs both ('A convoy left Murzuq in
    the direction of Madama': Madama, a Palestinian village, dropped Murzuk, Libya, though Madama
    in Niger lies 450 km from it; probe of my own, s32m)."""
    for o in mentions:
        if o is m or o.get("drop") or o["role"] != "place" or len(o.get("cands") or ()) < 2:
            continue
        top = o["cands"][0]
        if top.get("kind") not in _SETTLEMENTS or (top.get("importance") or 0.0) >= LOOSE_UNBACKED_IMPORTANCE:
            continue
        if any(c.get("lat") is not None and haversine_km(best["lat"], best["lon"], c["lat"], c["lon"]) <= LOOSE_FAR_KM
               for c in o["cands"][1:6]):
            return True
    return False


def loose_reading_unbacked(m: dict, best: dict, mentions: list[dict], continent_of, homes=frozenset) -> bool:
    """'Kenyan soldiers pulled out of their base in Kolbio', Kolbio read as Colby, Kansas, by a
    variant spelling: a settlement less known than LOOSE_UNBACKED_IMPORTANCE, read loosely
    (FarReadingGuards._read_loosely), no kind word beside it, in a text with fewer than two
    located places (more: loose_reading_far's test), on another continent (``continent_of``, of
    a country code) than every country the text names (any mention's, forces' and speakers'
    too, and ``homes()``, the countries of the armed groups it names, mentions.group_homes), and
    farther than LOOSE_FAR_KM from each of its places and from the edge of each country or
    province it names. Nothing backs the reading but two names that look alike; forces act
    abroad, but mostly on their own continent ('Ugandan troops had moved to Afgoye', read by a
    variant spelling of Afgooye, Somalia, stays).

    How loose the reading is decides how much the text must say against it:
    - a variant spelling (no name of the place is written as the text writes it) of a minor
      place is no answer once the text names a country, whoever's ('Fighters withdrew from
      Bulo Burde', naming nothing else, keeps its Somali reading);
    - a reading by another of the place's names, spelled as the text writes it ('Derna' for
      Darnah, 'Mahas' for Māḩiş), needs ground of the text (a place read by its own name, a
      country or province named as a place), all in one country: "Government forces retook
      Mahas and moved on to Beledweyne" (Somalia, 2,700 km from Jordan). A text that names one
      country and nothing else, by a demonym or by its name ("Somali troops headed towards
      Mahas"), is as much about that country (_one_country_alone, s49 gaz95); a city known well
      enough to be named from afar (Darnah 0.60, at LOOSE_UNBACKED_IMPORTANCE: "Russian
      mercenaries reached Derna") stays by the bar above, and a text over several countries
      ("Envoys from Kenya, Ethiopia and Uganda met in Mogadishu before flying on to Mahas") may
      name a far town."""
    if best.get("kind") not in _SETTLEMENTS or best.get("lat") is None or m.get("kind") \
            or m.get("section_countries") or (best.get("importance") or 0.0) >= LOOSE_UNBACKED_IMPORTANCE:
        return False
    if not (FarReadingGuards._read_loosely(m, best) or _apostrophe_the_name_lacks(m, best)) \
            or installation_name(m.get("surface") or ""):
        return False  # ("Fort Liberty" for Fort Bragg: a base's other name, given on purpose)
    points = _points(m, mentions, lambda o: True, enough=2)
    if len(points) >= 2:
        return False  # (enough to say where the text is: loose_reading_far)
    countries = _countries(m, mentions) | set(homes())
    there = continent_of(best.get("country"))
    if there is None or best.get("country") in countries or any(continent_of(cc) in (there, None) for cc in countries):
        return False
    if any(haversine_km(best["lat"], best["lon"], la, lo) <= LOOSE_FAR_KM for la, lo in points):
        return False  # a place near it backs it, however spelled
    if any(haversine_km(best["lat"], best["lon"], la, lo) - unc <= LOOSE_FAR_KM for la, lo, unc in _areas(m, mentions)):
        return False  # (by its edge: a reading just across a named country's border)
    if _backed_by_a_weak_namesake(m, best, mentions):
        return False
    if (best.get("name_similarity") if best.get("name_similarity") is not None else 1.0) < 1.0:
        return bool(countries)
    ground = [o for o in mentions if o["role"] in _GROUND_ROLES]
    if len(_countries(m, ground)) > 1:
        return False  # (a text over several countries may name a far town by another name)
    # ground: a place read by its own name, or one read loosely in the home of an armed group the
    # text names ("al-Shabaab fighters withdrew toward Bulo Burde": Buulobarde, Somalia)
    home = set(homes())
    return bool(_areas(m, ground)) \
        or bool(_points(m, mentions, lambda o: not FarReadingGuards._read_loosely(o, o["cands"][0])
                        or o["cands"][0].get("country") in home)) \
        or (len(countries) == 1 and not points and _one_country_alone(m, mentions))


# the marks a transliteration writes for a glottal stop or an 'ayn ("Bal'ad", "Ma'alot")
_APOSTROPHES = ("'", "\u2019", "\u02bf", "\u02bb", "`")


def _apostrophe_the_name_lacks(m: dict, best: dict) -> bool:
    """Does the text write the name with an apostrophe inside it that the reading's own name
    lacks ("Bal'ad", read as Balad, Iraq)? The index's keys drop apostrophes, so the reading
    counts as one by its own name; but the text spells a transliteration (Somali "Balcad") the
    index does not hold, as loose a reading as a variant spelling. (Asked only of a far lesser
    settlement in loose_reading_unbacked: a few characters looked at.)"""
    surface = (m.get("surface") or "").strip()
    inner = surface[1:-1]
    if not any(a in inner for a in _APOSTROPHES):
        return False
    own = best.get("name") or ""
    return not any(a in own for a in _APOSTROPHES)


def _one_country_alone(m: dict, mentions: list[dict]) -> bool:
    """Is every other located mention of the text a reading of one and the same country, by its
    name or a demonym, whatever its role ("Somali troops headed towards Mahas": Somalia, an
    actor)? Then the text names no ground but that country, and tells of it: its forces, its
    people, its government. (The caller has found the far reading on another continent than
    that country and beyond LOOSE_FAR_KM of its edge; a force sent abroad is named beside the
    place it went to, which a look-alike of another of a minor town's names is not.)"""
    said = plain(m.get("surface") or "")
    seen = None
    for o in mentions:
        if o is m or o.get("drop") or not o.get("cands") or plain(o["surface"]) == said:
            continue
        b = o["cands"][0]
        if b.get("lat") is None:
            continue
        if b.get("kind") != "country" or (seen is not None and b.get("country") != seen):
            return False
        seen = b.get("country")
    return seen is not None


def crossing_at_no_border_town(text: str, m: dict, best: dict, mentions: list[dict], gaz) -> bool:
    """'Haitian police reinforced the Malpasse crossing', Malpasse read as Malpassé, a quarter of
    Marseille: a name the text calls a border crossing (_BORDER_CROSSING_AFTER_RE) whose reading
    is a settlement (the index has no crossing of the name), in none of the countries the text
    names (any mention's), with no place of the text within UNMET_KIND_FAR_KM, and no border
    town (no other country within BORDER_TOWN_KM). A crossing stands on a border and is named
    after the town beside it; a town far from every border, in a country the text never names,
    is not it (facility_only_a_far_town asks two places of the text; this asks none). ``gaz``
    tells the countries near a point (Gazetteer.countries_within); without it, nothing is
    doubted."""
    if m.get("kind") != "crossing" or best.get("kind") not in _SETTLEMENTS or best.get("lat") is None:
        return False
    if installation_name(best.get("name") or "") or not _BORDER_CROSSING_AFTER_RE.match(text, m["end"]):
        return False
    if best.get("country") in _countries(m, mentions):
        return False
    if any(haversine_km(best["lat"], best["lon"], la, lo) <= UNMET_KIND_FAR_KM
           for la, lo in _points(m, mentions, lambda o: True)):
        return False
    within = getattr(gaz, "countries_within", None)
    if within is None:
        return False
    near = within(best["lat"], best["lon"], BORDER_TOWN_KM)
    return bool(near) and not (near - {best.get("country")})


def by_a_border_it_is_far_from(text: str, m: dict, best: dict, mentions: list[dict], gaz) -> bool:
    """'Soldiers were deployed to La Mesilla near the border with Mexico', La Mesilla read as a
    village in Hidalgo: a name written right before "near / on / along / by / at / close to the
    border with <country>" (_BY_THE_BORDER_WITH_RE) whose reading is a lesser settlement (below
    LOOSE_UNBACKED_IMPORTANCE) that lies by no border of that country: the country is not
    within NEAR_THE_BORDER_KM of it, or it lies in that country with no other country that near
    (Gazetteer.countries_within). The text says where the place is; a namesake deep inside the
    country, or on another continent ('Malpasse near the border with the Dominican Republic',
    read as a quarter of Marseille), is a place the index lacks. context._beside_the_border_named
    has put a namesake that lies there first, where the index holds one ('Palma near the border
    with Tanzania'); this keeps no point where it holds none."""
    if best.get("kind") not in _SETTLEMENTS or best.get("lat") is None \
            or (best.get("importance") or 0.0) >= LOOSE_UNBACKED_IMPORTANCE:
        return False
    phrase = _BY_THE_BORDER_WITH_RE.match(text, m["end"])
    if phrase is None:
        return False
    country = next((o["cands"][0].get("country") for o in mentions
                    if o.get("start") == phrase.end() and not o.get("drop") and o.get("cands")
                    and o["cands"][0].get("kind") == "country"), None)
    within = getattr(gaz, "countries_within", None)
    if not country or within is None:
        return False
    near = within(best["lat"], best["lon"], NEAR_THE_BORDER_KM)
    if not near:
        return False  # (no outline to judge by: at sea, or no polygons)
    return country not in near or not (near - {country})


_PATTERNS.save()  # (the code of patterns compiled anew, for the next process)
