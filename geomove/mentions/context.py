"""Stage 6, ranking in context: every candidate ranked again against the other places of
the text (their points, countries and provinces), with the weights of
:data:`geomove.gazetteer.ranking.WEIGHTS`."""

from __future__ import annotations

import math
import re
import weakref
from bisect import bisect_left, bisect_right
from functools import lru_cache
from operator import itemgetter

from ..distance import KM_PER_DEGREE_LATITUDE, Gaps, NearestTable, haversine_km
from ..gazetteer import name_key, raw_of
from ..gazetteer.kinds import KIND_FAMILY
from ..gazetteer.ranking import COUNTRY_NAMED_FAR_KM, context_radius, FAR_NAMESAKE_IMPORTANCE, FAR_NAMESAKE_KM, OWN_NAME_IMPORTANCE, RARE_OTHER_NAME_ZIPF, SMALL_OWN_NAME_HOLDER, PairIndex, named_after_a_facility, PROXIMITY_KM, REGION_KM, STRONG_ALONE_IMPORTANCE, THEATRE_FAME_MARGIN, WEIGHTS as W
from ..gazetteer.ranking import WORLD_CITY_IMPORTANCE, WORLD_CITY_MARGIN, digraphs_written_out
from ..gazetteer.ranking import SECOND_LEVEL_WORDS
from ..gazetteer_build import NAMESAKE_SHARE
# a seat named like its province lies at most this far from the province's point for the bare
# name to mean the seat whatever its share of the province's people (Tillabéri 60 km, Magway
# 1 km; Quebec City 630 km, Sagaing 290 km: ContextRanking._seat_at_the_province_point)
SEAT_AT_PROVINCE_POINT_KM = 100.0
from ..io.language import english_zipf
from ..names import plain
from ..regex_cache import CompiledPatterns
from ..wordlists import ACTOR_NOUNS, COUNTRY_ABBREVIATIONS, FORCE_NAME_NOUNS, FORCE_NAME_OPENERS, HOSTING_AUXILIARIES, \
    HOSTING_VERBS, TALKS_NOUNS
from .words import FACILITY_KINDS, is_common_word
from .similarity import core_key, spelling_similarity, town_by_its_english_spelling
from .shared_country import SHARED_BY_OTHER_NAMES
from .hints import undecided_shared_countries
from .borders import lies_beside
from .clause_force import leaving_force_s_country
from .sentence_words import sentence_words
from .ship_ports import on_the_coast, told_of_a_ship
from .capitals import capital_names
from .group_homes import state_force_countries


# a namesake this important in a country the text names wins over a famous place abroad
NAMED_COUNTRY_NAMESAKE = 0.6
# a city this important, and this much more than the reading ranked first, in a country the
# text names, is the one meant
FAMOUS_IMPORTANCE = 0.75
FAMOUS_MARGIN = 0.25
# below this a place needs the words around its name to be kept (see Acceptance._accept)
MINOR_IMPORTANCE = 0.45

# Words after a demonym that name those who act at home: a country's police, courts, officials
# and people ("Costa Rican police", "Honduran authorities", "Bolivian villagers"). Its troops,
# jets and drones act across its borders as often ("Russian forces shelled Pokrovsk"): see
# ContextRanking._countries_by_demonym.
HOME_NOUNS = frozenset("""
police policemen policeman gendarmerie gendarmes gendarme authorities authority officials official
prosecutors prosecutor court courts judge judges government ministry minister ministers president
governor mayor citizens citizen people population villagers residents farmers civilians man woman men
women child children family families journalist journalists politicians lawmakers voters customs
immigration coastguard coast-guard
""".split())

# Words after a province's name that make it the name of that province's own force, which acts
# within it ("the Ohio National Guard", "Kentucky State Police", "the Texas Highway Patrol",
# "Punjab Police"): a modifier or two, then the force's noun. A country's army crosses borders as
# often as not; a state's guard or police is raised for home (see _home_force_provinces).
HOME_FORCE_MODIFIERS = frozenset("army air national state highway provincial".split())
HOME_FORCE_NOUNS = frozenset("guard guardsmen police patrol troopers constabulary".split())
_HOME_FORCE_WORDS = HOME_FORCE_MODIFIERS | HOME_FORCE_NOUNS  # (the word right after such a force's place name)


# A distance key (see ContextRanking._rank_in_context) is one int: the slot of the context
# measured to (a Gaps object, numbered once a ranking) above _POINT_BITS, the reading's point
# (lat, lon, radius: numbered once a ranking, from 1) below. Ranking looks a key up ~8 times a
# reading; a tuple of three floats and an id was hashed anew each time (~300,000 tuple hashes a
# batch of 380 reports), an int hashes at once. Two keys are equal exactly where the tuples
# (id(context), lat, lon, radius) they stand for were (the point's number is given by a dict
# keyed on the tuple of its floats, the slot's by id(context)).
# The km of a why text: ``round(d)`` printed is the text of ``f"{d:.0f}"`` for a finite d > 0 (both
# round half to even on the float's exact value; tests/test_speed124.py), at about a third of the
# instructions of float.__format__ (~18,700 a batch); zero, -0.0 ("-0"), inf and NaN keep the format.
_INF = math.inf
_NAMESAKE_WITHIN_REGION = f"a namesake lies within {REGION_KM:.0f} km of the text's places"
_POINT_BITS = 32
_POINT_MASK = (1 << _POINT_BITS) - 1


def _wide_key(key: int, wide_slot: int) -> int:
    """The key of the same point measured to the context whose slot bits are ``wide_slot``."""
    return wide_slot | (key & _POINT_MASK)


# a reading that counts as the namesake in a report's theatre: the name as the text writes it, of a
# place, not a country's (see _namesake_in_the_theatre)
_THEATRE_NAMESAKE_SIMILARITY = 0.95


def _namesake_in_the_theatre(rows: list[tuple], distances: dict, ctx, countries_by_other: set,
                             point_at: list) -> float | None:
    """Does one reading of a name (``rows``: reading, get, distance key, lat, kind) lie within
    REGION_KM of the text's other places, in a country they put in the text, while another lies
    farther than FAR_NAMESAKE_KM from every one, in a country they do not? Nearness
    (text_near_places) tells 600 km from 7,500 km no more: Ørland, Norway, 600 km from 'Andøya',
    scored no nearer than Orland, California. (One other place near a namesake abroad makes no
    theatre: 'troops head to Portland as Paris flies gendarmes to Nouméa' is no text about
    Dorset.) The importance of the best-known such namesake, else None. Distances not yet
    measured are measured (once: kept in ``distances``, as ranking keeps them; ``point_at``:
    a distance key's point, see _distance_key)."""
    near = None
    far = False
    for _c, get, key, lat, kind in rows:
        if key is None or kind == "country" or kind == "continent":
            continue
        d = distances.get(key)
        if d is None:
            _lat, lon, unc = point_at[key & _POINT_MASK]
            d = distances[key] = (ctx.smallest(lat, lon, unc),)
        km = d[0]
        # (_minor_in_the_region(get, km) read in place, its kind test first from the row: the
        # same conjunction of pure tests, without a call and two look-ups a reading)
        if get("country") in countries_by_other or (
                kind in _MINOR_PLACE_KINDS and km <= REGION_KM and (get("importance") or 0.0) < MINOR_IMPORTANCE):
            if km <= REGION_KM and get("name_similarity", 1.0) >= _THEATRE_NAMESAKE_SIMILARITY:
                imp = get("importance") or 0.0
                if near is None or imp > near:
                    near = imp
        elif km > FAR_NAMESAKE_KM:
            far = True
    return near if far else None


def _by_another_name_of_geonames(c: dict, core: str) -> bool:
    """Is ``c`` a world city (WORLD_CITY_IMPORTANCE) of GeoNames that the name written (``core``,
    plain) is only another of its names of (an old or foreign one GeoNames lists: 'Salem' of
    Jerusalem), not its own nor a spelling of it (_own_or_spelled)? A curated row's other names
    are the spellings reports use; a lesser city's other names are left to the ranking as they
    were (its fame does not outweigh a namesake near the text's places)."""
    # (fame first: most readings are lesser places, and ask nothing more)
    return (c.get("importance") or 0.0) >= WORLD_CITY_IMPORTANCE and plain(c.get("name") or "") != core \
        and (c.get("gazetteer_id") or "").startswith("geonames:") and not _own_or_spelled(c.get("name"), core)


def _read_by_another_name(rows: list[tuple], core: str) -> bool:
    """Is some settlement reading of the name (``rows``: reading, get, distance key, lat, kind)
    one that the name is only another of its names of (_by_another_name_of_geonames)?"""
    return any(kind in _SETTLEMENT_KINDS and key is not None and _by_another_name_of_geonames(c, core)
               for c, _get, key, _lat, kind in rows)


def _own_holder_in_the_theatre(rows: list[tuple], distances: dict, ctx, core: str, point_at: list) -> bool:
    """Does a settlement bearing the name written as its own, or as a spelling of it ('Sālim'
    for 'Salem', Ariel the West Bank settlement), lie within NAMESAKE_NEAR_KM of the text's
    places? Then a city the name is only another of its names of (Jerusalem,
    'Salem' among GeoNames' old names of it) is not brought nearer by those places: a report
    writes a famous city by its own name, and the old name by the village that bears it (see the
    ranking's text_near_places, withheld). Distances not yet measured are measured (once: kept in
    ``distances``, as ranking keeps them; ``point_at``: a distance key's point, see _POINT_BITS)."""
    for c, get, key, lat, kind in rows:
        if key is None or kind not in _SETTLEMENT_KINDS \
                or get("name_similarity", 1.0) < _THEATRE_NAMESAKE_SIMILARITY or not _own_or_spelled(c.get("name"), core):
            continue
        d = distances.get(key)
        if d is None:
            _lat, lon, unc = point_at[key & _POINT_MASK]
            d = distances[key] = (ctx.smallest(lat, lon, unc),)
        if d[0] <= NAMESAKE_NEAR_KM:
            return True
    return False


def _minor_in_the_region(get, km: float) -> bool:
    """Is a reading (its ``get``) a minor place (below MINOR_IMPORTANCE) within REGION_KM of the
    text's places, in a country they do not name? It counts as the namesake in the theatre: a
    place that small is named by those near it, so a namesake as small on another continent
    (importance within THEATRE_FAME_MARGIN of it) is the less likely. 'Smugglers drove from
    Sebha toward Madama': the Niger post (0.40), 530 km off, against a West Bank village (0.42),
    2,100 km off. A city (Cartagena, Spain, 0.63, 840 km from Marseille) makes no such theatre:
    'from Cartagena to Marseille' keeps the Colombian city (tests/test_s33_gaz52)."""
    return km <= REGION_KM and (get("importance") or 0.0) < MINOR_IMPORTANCE and get("kind") in _MINOR_PLACE_KINDS


# the kinds of reading a minor place in the theatre may be (a settlement or a post, not an area)
_MINOR_PLACE_KINDS = frozenset(("village", "town", "base"))


def _qaf_spelled_g(own: str, core: str) -> bool:
    """Are ``own`` and ``core`` one Arabic name, its qaf written 'q' in one and 'g' in the other,
    as Sudan's and the Gulf's speech says it ('Al Qadarif' and 'Gedaref')? Then the city bears
    the province's name as its own, spelled otherwise: 'convoys from Gedaref' is the city, as
    'from Kidal' is. ('Jincheng' and 'Kinmen' stay two names: the island county is meant.)

    why: 'one from Port Sudan and the other from Gedaref' read Gedaref, the state, so the two
    convoys were one movement (two origins of unlike kinds are no list; probe of my own, s32m)."""
    a, b = name_key(own), name_key(core)
    return a != b and len(a) == len(b) and a.replace("g", "k") == b.replace("g", "k")


def _built_in_area(c: dict) -> bool:
    """A row of the built-in areas table (a region, a sea, a part of a continent): named by its
    own name or alias, it is that area as much as a bare country name is the country ("Central
    Africa" is not the Central African Republic, which GeoNames also calls so)."""
    return (c.get("gazetteer_id") or "").startswith("geomove-area:")


def _area_before_a_country_of_another_name(cands: list[dict], core: str) -> None:
    """'Central Africa' beside 'the Central African Republic': a built-in area named by its own
    name comes before a country whose own name differs (GeoNames lists the area's name among
    the country's alternate names; the text naming that country does not make the area it)."""
    if not cands or cands[0].get("kind") != "country" or plain(cands[0].get("name") or "") == core:
        return
    for i, c in enumerate(cands[1:], start=1):
        if _built_in_area(c) and plain(c.get("name") or "") == core:
            cands.insert(0, cands.pop(i))
            return


# the countries whose provinces are the index's admin2 units (see _own_province_alone)
_PROVINCES_SECOND_LEVEL = SECOND_LEVEL_WORDS["province"]


def _is_a_province(c: dict) -> bool:
    """A first-level unit, or a second-level one of a country whose provinces are such units in
    the index (ranking.SECOND_LEVEL_WORDS: Belgium's Limburg, the Philippines' Sulu)."""
    kind = c.get("kind")
    return kind == "admin1" or (kind == "admin2" and c.get("country") in _PROVINCES_SECOND_LEVEL)


def _demonym_s_own_province_first(cands: list[dict], core: str, by_demonym: dict, countries_by_other: set) -> None:
    """'Belgian troops were sent to Limburg': a province named bare whose namesake provinces lie
    in several countries is the one of the country whose force or people the text names by a
    demonym (or a force's own name), when no other name of the text puts another country there
    ("sent to Limburg in the Netherlands": the country named holds; a town of the demonym's
    country beside it, "a camp outside Hasselt", backs it). The Dutch province outranks the
    Belgian one by fame (GeoNames ranks Belgium's provinces as second-level units), which the
    demonym's credit alone does not make up. Only between provinces of the very name: a town of
    the name at home ("German police were sent to Limburg") is no province of it. (gaz87)"""
    first = cands[0]
    if first.get("country") in by_demonym or first.get("country") in countries_by_other \
            or not _is_a_province(first) or plain(first.get("name") or "") != core:
        return
    for i, c in enumerate(cands[1:], start=1):
        if c.get("country") in by_demonym and _is_a_province(c) and plain(c.get("name") or "") == core \
                and (c.get("name_similarity") or 0.0) >= 1.0 and not (countries_by_other - {c.get("country")}):
            cands.insert(0, cands.pop(i))
            c["why"] = c.get("why", "") + f"; a province of {c['country']}, named in the text by " \
                f"{by_demonym[c['country']][0]!r}, before its namesake province in {first.get('country')}"
            return


# a force name's opening adjectives as a name's word is written ("Federal", "NATIONAL"): a set
# asked without making a string (see ContextRanking._opens_a_force_s_name)
_FORCE_OPENERS_WRITTEN = frozenset(w for o in FORCE_NAME_OPENERS for w in (o, o.capitalize(), o.upper()))

# the word "province" right after a name or, with "of", right before it ("Luxembourg province",
# "the province of Luxembourg"): see _province_by_its_kind_word_first
_PROVINCE_AFTER = re.compile(r"[ \t]+[Pp]rovince\b")
_PROVINCE_OF_BEFORE = re.compile(r"\b[Pp]rovince of[ \t]+$")


def _province_by_its_kind_word_first(cands: list[dict], core: str, text: str, start: int, end: int) -> None:
    """'Belgian troops moved into Luxembourg province': a name the text writes with the word
    'province' (after it, or before it with 'of'), first read as a country of that name, is a
    province of that very name among its readings: no country is called a province. The country
    outranks it by fame and by what a bare country's name earns, and GeoNames ranks Belgium's
    provinces as second-level units (ranking.SECOND_LEVEL_WORDS), which a province's word,
    asked as an admin1's, then paid for as a bare county. Only for the word 'province' ("the
    Sudan region" may mean the country's wider region). (gaz92)"""
    if not (_PROVINCE_AFTER.match(text, end) or _PROVINCE_OF_BEFORE.search(text, max(0, start - 20), start)):
        return
    for i, c in enumerate(cands[1:], start=1):
        if _is_a_province(c) and plain(c.get("name") or "") == core and (c.get("name_similarity") or 0.0) >= 1.0:
            cands.insert(0, cands.pop(i))
            c["why"] = c.get("why", "") + f"; the text writes {cands[1].get('name')!r} with the word 'province': " \
                f"a province of the name, not the country"
            return


def _province_of_its_own_name_first(cands: list[dict], core: str) -> None:
    """'Marines were flown to Sulu': a province named bare by its own name (Sulu, a
    second-level unit of the Philippines) is that province, not the town inside it that bears
    the name only among its other names (Jolo, which GeoNames also calls 'Sulu'), though the
    town ranks above it by fame. Only for a town below FAR_NAMESAKE_IMPORTANCE (a famous city
    known by its province's name is meant by it often enough) that lies within the province's
    extent. (gaz87)"""
    first = cands[0]
    if first.get("kind") not in _TOWN_KINDS or plain(first.get("name") or "") == core \
            or (first.get("importance") or 0.0) >= FAR_NAMESAKE_IMPORTANCE or first.get("lat") is None:
        return
    for i, c in enumerate(cands[1:], start=1):
        if _is_a_province(c) and c.get("country") == first.get("country") and c.get("lat") is not None \
                and plain(c.get("name") or "") == core and (c.get("name_similarity") or 0.0) >= 1.0 \
                and haversine_km(first["lat"], first["lon"], c["lat"], c["lon"]) <= (c.get("uncertainty_km") or 0.0):
            cands.insert(0, cands.pop(i))
            c["why"] = c.get("why", "") + f"; the province's own name, which {first.get('name')}, a town " \
                "inside it, bears only among its other names"
            return


def _whole_name_first(cands: list[dict], surface: str, word_kind: str | None, named=None) -> None:
    """'Benin City', 'Jersey City', 'Carson City': a name written with a kind word that is itself
    the name of a place of that kind means that place, not a place named by the bare head ('Benin'
    the country, 'Jersey' the island, 'Carson' the town): a reading named by the whole surface
    and of a kind the word allows comes first when the first reading is named by the head alone.
    ('Gaza City', listed so among Gaza's names, is Gaza.) Among readings named by the whole
    surface, one whose own name it is comes before one that has it only among its other names
    (Jefferson City, Missouri, not Beaumont, once called so), unless that one is clearly better
    known (WHOLE_NAME_FAME_MARGIN). A head-named reading of the very kind the word says stays
    first when it lies in a country the text's other names point to and the whole-named one does
    not (``named``: that test of a reading): 'The Norfolk County Council' in a text about England
    is the English county (GeoNames calls it 'Norfolk'), not Norfolk County, Massachusetts."""
    if not word_kind or len(cands) < 2:
        return
    whole = plain(surface)

    def named_whole(c: dict) -> int:
        if plain(c.get("name") or "") == whole:
            return 2
        return 1 if plain(c.get("matched_name") or "") == whole else 0

    top = named_whole(cands[0])
    if top == 2:
        return
    family = KIND_FAMILY.get(word_kind, {word_kind})
    bar = (cands[0].get("importance") or 0.0) - WHOLE_NAME_FAME_MARGIN
    for i, c in enumerate(cands[1:], start=1):
        if c.get("kind") not in family or (c.get("name_similarity") or 0.0) < 1.0:
            continue
        tier = named_whole(c)
        if top == 0 and named is not None and cands[0].get("kind") in family and named(cands[0]) and not named(c):
            continue
        if tier > top and (top == 0 or (c.get("importance") or 0.0) >= bar):
            cands.insert(0, cands.pop(i))
            c["why"] = c.get("why", "") + (f"; named {surface!r} with its kind word, not by its head alone" if top == 0
                                           else f"; {surface!r} is its own name, not another name of {cands[1]['name']}")
            return


# a reading whose own name is the whole surface comes before one that has it as an other name
# unless that one is at least this much more important (see _whole_name_first)
WHOLE_NAME_FAME_MARGIN = 0.1


# A town listed with the name ("Novi Pazar, Raška and Tutin") lies at most this far from the
# settlement that bears the name: one list of a sitrep names the towns of one district or two
# (Novi Pazar-Raška 25 km, Raška-Tutin 45 km), a namesake across the country is another place.
LISTED_TOWN_KM = 100.0
# the kinds of a settlement (a list of towns, see ContextRanking._listed_among_towns)
_SETTLEMENT_ONLY = frozenset({"city", "town", "village"})
# A base or airfield named "<name> Air Base" within this distance of a town that bears <name>
# only as another of its names (Ramstein Air Base, 3 km from Ramstein-Miesenbach) is what the bare
# name means (ContextRanking._base_bearing_the_name_itself)
NAMESAKE_BASE_KM = 30.0
NAMESAKE_BASE_KINDS = frozenset({"base", "airfield"})

# the kinds of a settlement or district a kind word ("the village of", "X town") may name
_SETTLEMENT_KINDS = frozenset(("city", "town", "village", "admin2"))
# a name's first reading leads its second by this much in context before the name puts its point
# in the context of the others (Context._more_context)
CLEAR_MARGIN = 0.1
_TOWN_KINDS_OF_A_PAIR = frozenset(("city", "town", "village"))
_AREA_KINDS_OF_A_PAIR = frozenset(("admin1", "admin2"))


def _a_town_and_its_province_first(cands: list[dict], first_score: float) -> bool:
    """Are a name's two first readings a town and the province (or district) of the same name that
    holds it, with every other reading CLEAR_MARGIN behind the first? Then the name says where it
    is, whichever of the two it means: 'Esmeraldas' beside 'San Lorenzo' is Ecuador's city and its
    province, ~100 km from San Lorenzo either way, and should bring that San Lorenzo nearer, as
    'Quito' does. (Asked only of a name read as a place whose first reading scores highest, and of two
    readings with the same own name: 'Oklahoma', whose state outscores the city the name is only
    part of, and 'Vladimir' (a person's name) with Vladimirskaya oblast', put no point.)"""
    one, two = cands[0], cands[1]
    kinds = (one.get("kind"), two.get("kind"))
    if kinds[0] in _TOWN_KINDS_OF_A_PAIR and kinds[1] in _AREA_KINDS_OF_A_PAIR:
        town, area = one, two
    elif kinds[1] in _TOWN_KINDS_OF_A_PAIR and kinds[0] in _AREA_KINDS_OF_A_PAIR:
        town, area = two, one
    else:
        return False
    if town.get("country") != area.get("country") or town.get("lat") is None or area.get("lat") is None:
        return False
    if plain(town.get("name") or "") != plain(area.get("name") or ""):
        return False  # (the same own name: not 'Vladimir' and Vladimirskaya oblast', read from a person's name)
    if len(cands) > 2 and first_score - cands[2].get("context_score", 0.0) < CLEAR_MARGIN:
        return False
    # (within the area's own radius: the town lies in it, not in a namesake province far away)
    return haversine_km(town["lat"], town["lon"], area["lat"], area["lon"]) <= max(area.get("uncertainty_km") or 0.0, 1.0)

# the words before "the border with <country>" that place a name by that border
BORDER_PLACING_PREPS = frozenset({"near", "on", "along", "by", "at"})
# a town or a city (5,000 people or more, gazetteer_build.settlement_kind), not a village
_TOWN_KINDS = frozenset(("city", "town"))


def _joined_town_name_opening_with(own: str, core: str) -> bool:
    """Is ``own`` a town's name joined from two names by a hyphen whose first is ``core`` (the
    plain spelling written) and second another capitalised name ('Ramstein-Miesenbach' for
    'ramstein'), not a qualifier of a lower-case word ('Clacton-on-Sea')?"""
    first, sep, second = own.partition("-")
    return bool(sep) and second[:1].isupper() and "-" not in second and plain(first) == core


def _areas_only_abroad(cands: list[dict], core: str, countries_by_other: set) -> bool:
    """Does every province or country whose own name the text writes (``core``) lie in a
    country that no other name of the text puts there, while other names put some country
    there? ('Kingston', the Jamaican parish, beside London, Ontario.)"""
    if not countries_by_other:
        return False
    for c in cands:  # (a loop, not any() over a generator)
        if (c.get("kind") == "country" or c.get("kind") == "admin1") and c.get("country") in countries_by_other \
                and plain(c.get("name") or "") == core:
            return False
    return True


def _say_listed_town_won(cands: list[dict], listed_town: tuple[dict, str]) -> None:
    """The town of a list ranked first only by text_area_listed_with_towns says so in its own
    why (the province's why says what it lost; the printed why is the first reading's)."""
    town, beside = listed_town
    if cands[0] is not town:
        return
    lost = W["text_area_listed_with_towns"]
    if any(c.get("context_score", 0.0) - lost > town["context_score"] and "listed with" in c.get("why", "")
           for c in cands[1:]):
        said = f"listed with {beside!r}: a town, not the province that has the name only as another name"
        if said not in town["why"]:
            town["why"] += "; " + said


def _named_by_other(keys: set | None, own: str) -> bool:
    """Did a name other than ``own`` put this country (province) in the text? (``keys - {own}``
    not empty, without making that set.)"""
    return bool(keys) and (len(keys) > 1 or own not in keys)


def _famous_namesake_near(c: dict, c_key, rows: list[tuple], distances: dict, core: str,
                          word_kind: str | None = None) -> str | None:
    """'<the city>, <its province>' of a city of the very name ``core`` (its own name, plain), in
    ``c``'s country (a world city abroad is weighed by text_small_namesake_of_a_world_city), that
    is better known than reading ``c`` by FAMOUS_NAMESAKE_MARGIN and lies as near the text's places
    (within FAMOUS_NAMESAKE_SLACK_KM of ``c``'s distance, ``c_key`` its key; both measured: a
    reading not measured against the text's places is not said to lie near them); None when
    there is none. ``rows``: the name's readings as ranking holds them,
    (reading, its get, its distance key, lat, kind); ``distances``: distance key -> (km, ...);
    ``word_kind``: the kind word written within the name, if any ('London City': no such case)."""
    if word_kind is not None or c.get("kind") not in _TOWN_READING_KINDS:
        return None  # (the name written with its kind word, 'London City'; a district named after its town)
    bar = (c.get("importance") or 0.0) + FAMOUS_NAMESAKE_MARGIN
    own = distances.get(c_key) if c_key is not None else None
    for f, get, key, lat, kind in rows:
        if f is c or kind != "city" or lat is None or (get("importance") or 0.0) < bar \
                or get("country") != c.get("country") or plain(get("name") or "") != core:
            continue
        near = distances.get(key) if key is not None else None
        if near is not None and own is not None and near[0] <= own[0] + FAMOUS_NAMESAKE_SLACK_KM:
            return f"{get('name')}, {get('admin1') or get('country')}"
    return None


def _own_province_alone(kind: str | None, state: str, country: str | None, countries_by_other: set) -> bool:
    """'Venezuelan troops moved into Amazonas': a province (admin1) of the demonym's own country,
    in a text whose other names put no country there, is backed by the demonym though a
    province of the name lies across the border (Brazil's, Colombia's): a town across a border
    is where a force is often told, but a whole province named bare beside a force named by its
    country is its own country's, unless the text puts another country there ("crossed into
    Brazil's Amazonas": the country named holds first). (gaz86)
    So is a province of a country whose provinces are second-level units in the index
    (ranking.SECOND_LEVEL_WORDS: Belgium's, Italy's, the Philippines'): "Belgian troops were sent
    to Limburg" is Belgium's province, not the Dutch one across the border (gaz87)."""
    return state == country and not countries_by_other \
        and (kind == "admin1" or (kind == "admin2" and country in _PROVINCES_SECOND_LEVEL))


def _names_its_territory(cands: list[dict], country: str | None) -> bool:
    """Is one of a name's readings the country ``country`` itself ('Hong Kong', the territory
    and its city)?"""
    return any(c.get("kind") == "country" and c.get("country") == country for c in cands)


def _country_named_by_other(memo: dict, text_countries: dict, country: str | None, own: str) -> bool:
    """Did a name other than ``own`` put ``country`` in the text? Asked once per (country,
    name) and kept in ``memo``: the text's countries do not change while a round of ranking
    in context runs."""
    key = (country, own)
    hit = memo.get(key)
    if hit is None:
        hit = memo[key] = _named_by_other(text_countries.get(country), own)
    return hit


# 1.5 * 2**52: x + _TO_INTEGER - _TO_INTEGER is x rounded to a whole number (to the even one
# at a half) for |x| < 2**51, in two float additions
_TO_INTEGER = 6755399441055744.0


def round4(s: float) -> float:
    """``round(s, 4)``, the same float, without its decimal conversion (a reading's score in
    context is rounded so, ~10,000 times a batch): s * 10**4 rounded to a whole number q and
    divided by 10**4 is the float nearest q / 10**4, as round's is, where q is the whole number
    round's decimal digits give, that is wherever s * 10**4 lies clearly away from a half
    (the product is off by far less than 1e-4 there). At a half, at 0 (round keeps the sign
    of -0.0) and for large or odd values, round itself."""
    y = s * 10000.0
    q = y + _TO_INTEGER - _TO_INTEGER
    f = y - q  # (exact: q lies within a half of y)
    if q and -0.4999 < f < 0.4999 and -1e9 < y < 1e9:
        return q / 10000.0
    return round(s, 4)


def _moved_away(best: dict, points: list, key: str) -> bool:
    """Does ``best``, a name's first reading now, lie farther than PROXIMITY_KM beyond the radius
    of the point the name (``key``) put in the context (or has it no point)? (a
    crossing read as the garrison beside it moves no context; Brazil's state read as an
    Argentine city does)"""
    lat, lon = best.get("lat"), best.get("lon")
    for la, lo, k, radius in points:
        if k == key:
            if lat is None or haversine_km(lat, lon, la, lo) > PROXIMITY_KM + radius:
                return True
    return False


def _city_fame(cands: list[dict]) -> float:
    """The importance of the best-known city or town of the very name among the readings (a
    province is not preferred over an at least as famous city of its name: Gaza)."""
    return max((c.get("importance") or 0 for c in cands if c.get("kind") in {"city", "town"}
                and c.get("name_similarity", 0) >= 0.95), default=0)


@lru_cache(maxsize=1 << 14)
def _own_or_longer(name: str | None, core: str) -> bool:
    """Is ``core`` (a name as the text writes it, plain) the place's own name, or the first
    words of it ('Santa Rosa' of Santa Rosa de Copán, as English shortens it)?
    (Kept per pair of strings, the answer depending on them alone: ranking asks ~32,000 times a
    batch, a name's readings in each round, by a dozen features; a kept answer is one C call,
    where the test is a Python call, plain()'s look-up and a new string.)"""
    own = plain(name or "")
    return own == core or own.startswith(core + " ")


def _curated_alias_written(c: dict, core: str) -> bool:
    """Is the name as written (``core``, plain) a name the curated row ``c`` lists for its place
    (gazetteer/features.csv's aliases, written by hand from the place's own sources: 'Balad', the
    English article's title for Somalia's Balcad)? Such an alias is a name the place bears, as
    its own name is, not a loose spelling GeoNames gives among many (s50, gaz98)."""
    return (c.get("gazetteer_id") or "").startswith("curated:") and plain(c.get("matched_name") or "") == core


def _own_or_spelled(name: str | None, core: str) -> bool:
    """:func:`_own_or_longer`, or the place's own name spelled another way: Bārah (North
    Kordofan) for 'Bara', the Arabic name transliterated with and without its final h, is no
    other name the town once had (as Engels was 'Pokrovsk')."""
    return _own_or_longer(name, core) or not _another_name(core, plain(name or ""))


def _another_name(core: str, name: str) -> bool:
    """:func:`no_place._another_name`, imported at the first call (no_place imports the guards,
    which import this module's kin), which then puts it in this name's place: an import in
    :func:`_own_or_spelled` itself ran the import machinery ~2,000 times a batch. What it puts
    there keeps its answers (ANOTHER_NAME_KEPT pairs): the answer depends on the two strings
    alone, and ranking asks the same pairs again, for each reading of a name in each round and
    for a name's repeats (a batch of 380 reports: 2,855 asks of 655 pairs; each answer, its
    similarity of spellings, ~35 us worked out)."""
    global _another_name
    from .no_place import _another_name as worked_out
    _another_name = lru_cache(maxsize=ANOTHER_NAME_KEPT)(worked_out)
    return _another_name(core, name)


ANOTHER_NAME_KEPT = 1 << 14  # (name, reading's own name) pairs kept by _another_name


def _own_town_fames(cands: list[dict], core: str) -> list[float]:
    """The importances of the towns and cities among ``cands`` that bear ``core`` (the name as
    written, plain) as their own name or its first words: the readings a place called so only by
    another of its names gives way to (:func:`_former_name_of_another_s_own`,
    :func:`_lesser_place_by_a_name_a_town_bears`). Worked out once a name: both ask it of each
    reading, and a name's readings are the same for all of them."""
    return [c.get("importance") or 0.0 for c in cands
            if c.get("kind") in _TOWN_KINDS and _own_or_longer(c.get("name"), core)]


def _called_by_a_rare_other_name(c: dict, core: str, own_towns: list[float]) -> bool:
    """The rest of :func:`_former_name_of_another_s_own` for a reading ``c`` whose own name is not
    ``core`` (nor begins with it): a town of the name of some size (``own_towns``, see
    :func:`_own_town_fames`), ``core`` another of ``c``'s names, not its own spelled another way,
    and no word English writes. The cheap test first: most readings have no such town, and the
    spelling test (no_place._another_name) is the cost."""
    # (no town at all first, without a generator: most names have none; the town of some size
    # by a loop, not any() over a generator, which made a function and a generator a call)
    for f in own_towns:
        if f >= OWN_NAME_IMPORTANCE:
            break
    else:
        return False
    return _another_name(core, plain(c.get("name") or "")) and english_zipf(core) < RARE_OTHER_NAME_ZIPF


def _former_name_of_another_s_own(c: dict, cands: list[dict], core: str, own_towns: list[float] | None = None) -> bool:
    """Is reading ``c`` called ``core`` only by another of its names (Engels, once 'Pokrovsk'),
    a name English does not write as a word (RARE_OTHER_NAME_ZIPF: no 'Victoria', 'White House',
    'Taylor', which name many things), while another reading, a town of some size
    (OWN_NAME_IMPORTANCE), bears it as its own (Pokrovsk, Donetsk oblast)? Its country named in
    the text then says nothing for it: the name is the other town's. (``own_towns``: the
    name's :func:`_own_town_fames`, when already worked out; ``c`` is never among them, its own
    name not being ``core``.)"""
    if _own_or_longer(c.get("name"), core):
        return False
    return _called_by_a_rare_other_name(c, core, _own_town_fames(cands, core) if own_towns is None else own_towns)


# a village or town called by a name it once had loses its nearness to the text's places only to
# a town or city that bears the name as its own and is at least this much better known
# (_lesser_place_by_a_name_a_town_bears)
FORMER_NAME_FAME_MARGIN = 0.1
_LESSER_SETTLEMENTS = frozenset(("village", "town"))


def _lesser_place_by_a_name_a_town_bears(c: dict, cands: list[dict], core: str,
                                         own_towns: list[float] | None = None) -> bool:
    """Is reading ``c``, a village or town, called ``core`` only by a name it once had
    (:func:`_former_name_of_another_s_own`), while a town or city at least FORMER_NAME_FAME_MARGIN
    better known, in any country, bears the name as its own? A report writes a place's current
    name: 'Ukrainian drones struck Kherson, Mykolaiv and Novorossiysk' is the Black Sea port, not
    Siabry, a village of Kherson oblast once so called, 100 km from Kherson, which nearness to
    the text's other places made the first reading. Such a reading gets nothing for lying near
    them (as :func:`_by_another_name_only` within one country). (Not where the place once so
    called is the better known: 'from Saratov to Pokrovsk' keeps Engels, once Pokrovsk.)
    (``own_towns`` as for :func:`_former_name_of_another_s_own`.)"""
    if c.get("kind") not in _LESSER_SETTLEMENTS or _own_or_longer(c.get("name"), core):
        return False  # (a reading called by its own name first: most are)
    if own_towns is None:
        own_towns = _own_town_fames(cands, core)
    if not own_towns:
        return False  # (no town bears it: any() below would say no, and most names have none)
    bar = (c.get("importance") or 0.0) + FORMER_NAME_FAME_MARGIN
    # (the better-known town first: the spelling test of another name is the cost, and most
    # village readings have no such town; a loop, not any() over a generator)
    for f in own_towns:
        if f >= bar:
            return _called_by_a_rare_other_name(c, core, own_towns)
    return False


def _points_by_country(mentions: list[dict]) -> dict[str, list[tuple]]:
    """country -> (lat, lon, name key) of the first readings of the text's place mentions there
    that are points (no country or province: those are near whatever lies in them)."""
    out: dict[str, list[tuple]] = {}
    for m in mentions:
        cands = m.get("cands")
        if not cands or m.get("drop") or m["role"] not in {"place", "actor", "dateline"}:
            continue
        best = cands[0]
        if best.get("lat") is None or best.get("country") is None or best.get("kind") in _AREA_READING_KINDS:
            continue
        out.setdefault(best["country"], []).append((best["lat"], best["lon"], name_key(m["surface"])))
    return out


_AREA_READING_KINDS = frozenset(("country", "continent", "admin1", "admin2", "region", "sea", "ocean"))


# Two points whose latitudes and longitudes differ by this many degrees in all (|dlat| + |dlon|)
# or fewer lie within COUNTRY_NAMED_FAR_KM by haversine_km, whatever the floats: under its root
# sin^2(dlat/2) + cos*cos*sin^2(dlon/2) <= (|dlat| + |dlon|)^2 / 4 (|sin x| <= |x|, |cos| <= 1),
# so it gives at most 2R*asin(x) with x = (|dlat| + |dlon|)/2 in radians (asin grows): 4,425 km
# at 39 degrees, 75 km under the bar, far more than rounding can err. Most readings have a point
# of their country that near, which answers at once (tests/test_speed116.py).
_SURELY_WITHIN_COUNTRY_FAR_DEGREES = 39.0


def _far_from_its_country_s_places(c: dict, own: str, country_points: dict) -> float | None:
    """How far reading ``c`` lies from the nearest point the text's other names put in its
    country, when that is more than COUNTRY_NAMED_FAR_KM ('Pokrovsk' in Yakutia, 4,870 km from
    'Moscow'); None when it is nearer or the text puts no point there (a country named only by
    its name, or by a demonym: nothing says which end of it the text is about)."""
    lat, lon = c["lat"], c["lon"]
    nearest = None
    for la, lo, key in country_points.get(c.get("country"), ()):
        if key == own:
            continue
        if abs(la - lat) + abs(lo - lon) <= _SURELY_WITHIN_COUNTRY_FAR_DEGREES:
            return None  # (surely within the bar, see the constant: no haversine needed)
        d = haversine_km(lat, lon, la, lo)
        if d <= COUNTRY_NAMED_FAR_KM:
            return None  # (most readings stop at the first point: a long text's thousands are not all measured)
        nearest = d if nearest is None or d < nearest else nearest
    return nearest


def _town_in(cands: list[dict], countries, core: str) -> bool:
    """Does a town or a city of the very name (its own, or the first words of it) lie in one of
    ``countries``?"""
    return any(c.get("kind") in _TOWN_KINDS and c.get("country") in countries and c.get("lat") is not None
               and _own_or_longer(c.get("name"), core) for c in cands)


def _acting_country(m: dict) -> str | None:
    """The country an actor mention names by the country's own name ("Mali's army", "Mali
    said"), or None (a demonym's country is its ``cc``; an actor of another kind names none)."""
    cands = m.get("cands") or ()
    if cands and cands[0].get("kind") == "country" and cands[0].get("name_similarity", 0) >= 1.0:
        return cands[0].get("country")
    return None


def _own_name_fame(cands: list[dict], core: str) -> dict[str, float] | None:
    """Country -> the importance of its best-known city among ``cands`` whose own name is
    ``core`` (the name as the text writes it, plain), when at least OWN_NAME_IMPORTANCE; None:
    no such city."""
    best = None
    for c in cands:
        imp = c.get("importance") or 0.0
        if c.get("kind") == "city" and imp >= OWN_NAME_IMPORTANCE and plain(c.get("name") or "") == core:
            best = best or {}
            cc = c.get("country")
            if imp > best.get(cc, -1.0):
                best[cc] = imp
    return best


def _by_another_name_only(c: dict, core: str, own_fame: dict[str, float]) -> bool:
    """Is ``c`` a city of GeoNames that the name written (``core``) is only another of its names
    of (a former name, most often, within one country), no better known than a city of the same
    country whose own name it is (``own_fame``)? GeoNames lists a city's old names beside its
    current one, and a report writes the current one: 'Kaliningrad' is the Baltic city, not
    Korolev near Moscow, which bore the name until 1996. Such a reading gets nothing for lying
    near the text's other places (its name alone does not put it there). (Between countries the
    gazetteer's by_another_name already weighs a place's other name against another's own.)"""
    fame = own_fame.get(c.get("country"))
    return fame is not None and c.get("kind") == "city" and (c.get("importance") or 0.0) <= fame \
        and (c.get("gazetteer_id") or "").startswith("geonames:") and not _own_or_longer(c.get("name"), core)


def _named_in_english(cands: list[dict], surface: str) -> int | None:
    """The id of the reading ``surface`` is the English spelling of (similarity
    .town_by_its_english_spelling: 'Rhodes' of Ródos), when it is the best-known of the readings
    whose own name has letters English lacks: as much its name as another reading's own name is
    (text_own_name). Only the best-known: an old name GeoNames lists for two towns ('Candia',
    Heraklion's, also listed for Chaniá) is the famous one's, spelled alike or not. None: no such
    reading (most names), or a well-known reading bears the name as its own (SMALL_OWN_NAME_HOLDER:
    'Bethlehem' is no English name of Belém)."""
    if not surface.isascii():
        return None
    said = plain(surface)
    # (loops, not any() over a generator and a list: asked every name a round, most of whose
    # readings are all spelled in ASCII)
    foreign = None
    for c in cands:
        if (c.get("importance") or 0.0) >= SMALL_OWN_NAME_HOLDER and plain(c.get("name") or "") == said:
            return None
        if foreign is None and not (c.get("name") or "").isascii():
            foreign = True
    if foreign is None:
        return None
    foreign = [c for c in cands if not (c.get("name") or "").isascii()]
    best = max(foreign, key=lambda c: c.get("importance") or 0.0)
    return id(best) if town_by_its_english_spelling(surface, best) else None


def _written_letter_for_letter(cands: list[dict], surface: str, core: str) -> set[int]:
    """The ids of the readings whose own name is ``surface`` letter for letter (case aside), when
    another reading's own name is the same name only once diacritics are folded ('Münster' for
    "Munster"): a writer who meant that one would most often have kept its letters, and the one
    called so exactly is named by the very word (the garrison town Munster, Lower Saxony). Only
    between settlements of one country. Empty when no reading is folded so (most names), or none is
    written exactly."""
    said = surface.casefold()
    exact, folded = {}, set()
    for c in cands:
        if c.get("kind") not in _SETTLEMENT_ONLY:
            continue  # (two towns of one name; a province or a country is told apart by other means)
        name = c.get("name") or ""
        if name.casefold() == said:
            exact[id(c)] = c.get("country")
        elif plain(name) == core:
            folded.add(c.get("country"))
    # (within one country only: across countries English drops the letters it lacks, and "Cadiz"
    # is Cádiz in Spain, not Cadiz in the Philippines)
    # (most names have neither: an empty set without a comprehension, asked every name a round)
    if not exact or not folded:
        return set()
    return {i for i, cc in exact.items() if cc in folded}


def _letters_dropped_abroad(cands: list[dict], surface: str, core: str) -> set[int]:
    """The ids of the readings whose name (own, or the one they were found by) is ``surface`` only
    without a letter English lacks that the text writes ('Ørland' read as Orland, California,
    or Orland Park), in a country where no reading's name keeps it letter for letter (Ørland,
    Norway): a writer keeps such letters only for a place that has them. Across countries, unlike
    _written_letter_for_letter (a name written without its diacritics is any of the places,
    "Cadiz"); within one country a province and its city may be spelled either way ('İstanbul'
    and Istanbul). Empty when the text writes no such letter (most names) or no reading keeps it."""
    if surface.isascii():
        return set()
    said = surface.casefold()
    kept, folded = set(), []
    for c in cands:
        name = c.get("name") or ""
        found_by = c.get("matched_name") or name  # (the name it was found by: 'Orland' of Orland Park)
        if name.casefold() == said or found_by.casefold() == said:
            kept.add(c.get("country"))
        elif found_by.isascii() and plain(found_by) == core:
            folded.append(c)
    if not kept:
        return set()
    return {id(c) for c in folded if c.get("country") not in kept}


_CONTEXT_SCORE = itemgetter("context_score")


def _by_context_score(cands: list[dict]) -> None:
    """``cands.sort(key=lambda c: -c["context_score"])``, the same order: a sort by the score
    itself with ``reverse=True`` is stable as that one is (equal scores keep their order) and
    puts the greatest first, and its key is read in C, where the lambda was a Python call a
    reading (~18,500 a batch of 380 reports). Only where no score is NaN, whose order the two
    sorts need not agree on: a sum is NaN when one is (or inf - inf: the lambda then too)."""
    total = sum(map(_CONTEXT_SCORE, cands))
    if total == total:
        cands.sort(key=_CONTEXT_SCORE, reverse=True)
    else:
        cands.sort(key=lambda c: -c["context_score"])


def _rank_as_before(cands: list[dict], result: list[tuple]) -> None:
    """Readings equal to those of a mention already ranked (the same name written again) take
    its order, scores and reasons, as ranking them again would give them (the ranking reads
    nothing of a mention but its surface, kind and readings)."""
    order = [cands[i] for i, _, _ in result]
    for c, (_, score, why) in zip(order, result):
        c.setdefault("_why0", c.get("why", ""))
        c["context_score"] = score
        c["why"] = why
    cands[:] = order


# -- a world city against a small namesake in a country the text names ('Paris' in a text about
# the United States and France that does not name France): the namesake wins only where the text
# places it more closely than by its country, a big one often named for its government alone.
# Named features (the weights in WEIGHTS):
# - text_country_named (+): the namesake's country is named (or text_country_by_demonym and
#   text_country_by_home_demonym: by a demonym, "American officials met in London") ...
# - text_small_namesake_of_a_world_city (-): ... but the name is a world city's (WORLD_CITY_IMPORTANCE,
#   another country) and the namesake a small place far less known (WORLD_CITY_MARGIN), its province unnamed
#   ("Paris, Texas", "Texas troopers": text_province_named holds instead) and no place of the
#   text within NAMESAKE_NEAR_KM ("arrested in Paris after a chase from Dallas": text_near_places)
# (WORLD_CITY_IMPORTANCE = 0.8, WORLD_CITY_MARGIN = 0.25: in gazetteer.ranking, which
# mentions.route_ends reads too)
NAMESAKE_NEAR_KM = 2 * PROXIMITY_KM
# - text_province_named / text_home_force_province, withheld: a province the text names (or whose
#   own force it names) backs a small town of the name there only when no city of the very name,
#   in its country and better known by FAMOUS_NAMESAKE_MARGIN, lies at least as near the text's places (within
#   FAMOUS_NAMESAKE_SLACK_KM of the town's distance, both measured): "The New York National
#   Guard sent soldiers to Boston" means the Massachusetts city, not the Erie County town; a writer
#   meaning the town writes "Boston, New York" (then only it is read), or names its neighbours
#   ("from Buffalo to Boston"). (ContextRanking: _famous_namesake_near)
FAMOUS_NAMESAKE_MARGIN = 0.15
_TOWN_READING_KINDS = frozenset(("city", "town", "village"))  # (the readings it weighs so)
FAMOUS_NAMESAKE_SLACK_KM = 150.0


def _whole_name_readings(cands: list[dict], surface: str) -> frozenset:
    """The ids of the readings of a name written with a facility's kind word ("Camp Hill")
    that bear the whole name, kind word included, as their own or as the spelling matched
    (Camp Hill, the towns in Pennsylvania and Queensland; Camp Lejeune, the base). Where one
    does, the kind word is a word of that name: a facility found by the rest of the name
    alone (Hill Air Force Base, by 'Hill') is not what the text calls it, and the facility word
    vouches only for the readings that bear the whole name (see gazetteer._whole_name_bearers,
    the same reading of one name looked up alone)."""
    whole = plain(surface)
    bearers = [c for c in cands if plain(c.get("name") or "") == whole or plain(c.get("matched_name") or "") == whole]
    if not bearers:
        return frozenset()
    # (a settlement at a facility found by the head alone is named after it: the census place
    # 'Hill Air Force Base' around the base bears the whole name because the base does)
    facilities = [(c["lat"], c["lon"]) for c in cands if c.get("kind") in FACILITY_KINDS
                  and c.get("lat") is not None and not any(c is b for b in bearers)]
    return frozenset(id(c) for c in bearers
                     if not named_after_a_facility(c.get("kind"), c.get("lat"), c.get("lon"), facilities))


def _world_city(cands: list[dict], core: str) -> dict | False:
    """The best-known city whose own name is ``core`` (the name as written, plain), when it is a
    world city (WORLD_CITY_IMPORTANCE); else False."""
    # (max() by importance written as a loop: the first of the greatest, as max gives it; max
    # made a generator and a lambda a call)
    best = None
    for c in cands:
        if c.get("kind") == "city" and plain(c.get("name") or "") == core and c.get("lat") is not None:
            if best is None or (c.get("importance") or 0.0) > top:
                best, top = c, c.get("importance") or 0.0
    return best if best is not None and (best.get("importance") or 0.0) >= WORLD_CITY_IMPORTANCE else False


# -- ... and in a roundup, a small namesake whose only support lies paragraphs away from the name
# ('Hill AFB, Utah' in the first paragraph, "a port call in Manila" three paragraphs on, after
# paragraphs on Japan and Europe: Manila, Utah is 0 km from Utah's places and in a province the
# text names, but nothing near the name says so). Named feature:
# - text_namesake_backed_far (-): every name that puts the namesake's country or province in the
#   text, and every place of the text near it, lies at least FAR_PARAGRAPHS paragraphs from every
#   mention of the name: those terms (text_near_places, text_country_named, text_province_named,
#   text_namesake_pair) are not counted, and the world city's small namesake pays
#   text_small_namesake_of_a_world_city. A text about one region names its places in the
#   paragraphs between (or beside the name), and keeps them.
FAR_PARAGRAPHS = 2


def _small_namesake_by_country_alone(c: dict, world: dict, near: tuple | None) -> bool:
    """Is reading ``c`` a far lesser namesake of ``world`` in another country, a small place
    (below NAMED_COUNTRY_NAMESAKE: a city of that size in a country the text names wins where the
    text names nothing in the world city's, see _namesakes_in_named_countries), with no place of
    the text near it (``near``: its (km, ...) to the text's places, None when not measured)?"""
    imp = c.get("importance") or 0.0
    return c.get("country") != world.get("country") and imp < NAMED_COUNTRY_NAMESAKE \
        and imp <= (world.get("importance") or 0.0) - WORLD_CITY_MARGIN \
        and (near is None or near[0] > NAMESAKE_NEAR_KM)


# the words after a city's name that make it an accord's or a round of talks' name: the world
# city where it was signed or held, whatever the text's other places (see
# ContextRanking._names_an_accord, weight text_accord_of_a_world_city)
ACCORD_WORDS = frozenset("""
agreement agreements accord accords talks summit protocol protocols process format declaration
""".split())

# the venue of talks ("returned to Vienna for talks", "Geneva hosted the negotiations"): a city
# after 'in'/'to'/'at' or before 'hosted', with a noun of talks (TALKS_NOUNS) within VENUE_WINDOW
# tokens of it in its sentence, is the best-known city of the name where it is at least
# VENUE_CITY_IMPORTANCE (~100,000 people) and VENUE_MARGIN better known than every other reading
# of the name (Geneva 0.63 over the towns of New York and Ohio, 0.53; but not Springfield,
# Missouri over Springfield, Illinois: see _venue_city; weight text_venue_of_talks)
VENUE_WINDOW = 12
VENUE_CITY_IMPORTANCE = 0.6
VENUE_MARGIN = 0.08
_VENUE_PREPOSITIONS = frozenset(("in", "to", "at"))


def _venue_city(cands: list[dict], core: str) -> dict | bool:
    """The best-known city whose own name is ``core`` (plain) when it is at least
    VENUE_CITY_IMPORTANCE and VENUE_MARGIN better known than every other settlement or area of
    the name; else False."""
    best = max((c for c in cands if c.get("kind") == "city" and plain(c.get("name") or "") == core
                and c.get("lat") is not None), key=lambda c: c.get("importance") or 0.0, default=None)
    if best is None or (best.get("importance") or 0.0) < VENUE_CITY_IMPORTANCE:
        return False
    bar = (best.get("importance") or 0.0) - VENUE_MARGIN
    if any(c is not best and c.get("kind") in _SETTLEMENT_KINDS and (c.get("importance") or 0.0) > bar
           and c.get("country") != best.get("country") for c in cands):
        return False
    return best


# a namesake in a country the text names ranked this far below the famous reading in context (the
# famous one has places of the text near it: 'Athens' beside 'the Aegean') stays behind it
NAMESAKE_CONTEXT_MARGIN = 0.15


def _far_behind_in_context(top: dict, c: dict) -> bool:
    """Did ranking in context put reading ``c`` more than NAMESAKE_CONTEXT_MARGIN below ``top``?
    ("American and British diplomats met in Athens ... the Aegean": Athens, Georgia lies in a
    country the text names by a demonym, but the Aegean lies beside the Greek capital.)"""
    a, b = top.get("context_score"), c.get("context_score")
    return a is not None and b is not None and a - b > NAMESAKE_CONTEXT_MARGIN


# -- a roundup of several theatres (a paragraph on Ukraine, one on Sudan, one on Myanmar)

# a line that ends so ends a paragraph too (texts that put each paragraph on one line); a line
# without it (a heading, "Sudan", or a hard-wrapped line) runs on into the next
_PARAGRAPH_END = frozenset('.!?:;"\'\u201d)')


# a country named by its border: "near the Colombian border", "the border with Colombia"
_PATTERNS = CompiledPatterns("mentions-context")
_BORDER_AFTER = _PATTERNS.compile(r"\s+(?:border|frontier)s?\b", re.I)
_BORDER_BEFORE = _PATTERNS.compile(r"\b(?:borders?|frontiers?)\s+(?:with|of)\s+(?:the\s+)?$", re.I)
# a town this near another country's outline is a border town, which a crossing named after it
# stands beside (_crossings_at_a_border_town; the outline test is planar, in degrees, which shortens a
# reach east or west far north: Salla, Finland, lies ~45 km from Russia by it)
CROSSING_TOWN_KM = 50.0
# the words _beside_the_border_named reads, in any case ("near the border with X"): a text
# without them is not walked a mention at a time. (\b(?:border|frontier)\s+with\b, case
# ignored, written to open with one character class: the engine then skips in C to a b or an
# f, where the \b and the case-folded first letter left it no skip and it tried every
# position of every text, ~4x the time; the same matches)
_BORDER_WITH = _PATTERNS.compile(r"[bBfF](?<!\w.)(?i:(?<=b)order|(?<=f)rontier)\s+(?i:with)\b")
_PATTERNS.save()


def _names_its_border(text: str, m: dict) -> bool:
    """Is the country named only as the far side of a border ("sailed to San Lorenzo near the
    Colombian border", "along the border with Colombia")? A paragraph that names a country so
    is about the country on this side: it makes no section of the named one."""
    return bool(_BORDER_AFTER.match(text, m["end"]) or _BORDER_BEFORE.search(text, max(0, m["start"] - 30), m["start"]))


def paragraph_starts(text: str) -> list[int]:
    """Offsets where the paragraphs of ``text`` start: after a blank line, or after a line
    that ends a sentence. A heading line ("Ukraine", "SUDAN") belongs to the paragraph below it."""
    starts = [0]
    ended = False  # did the lines so far end a paragraph (a blank line, a sentence's end)?
    pos = 0
    for line in text.split("\n"):
        body = line.strip()
        if body:
            if ended and pos > starts[-1]:
                starts.append(pos + len(line) - len(line.lstrip()))
            ended = body[-1] in _PARAGRAPH_END
        elif pos:
            ended = True
        pos += len(line) + 1
    return starts


# a theatre of a roundup names at least this many places of its own, clear by their score
THEATRE_PLACES = 2
# a place puts its paragraph in its country when its reading scores this much above every
# reading in another country (the first pass's margin of a clear reading, without the fame
# that also makes one clear there); in a paragraph that names its country, a reading there
# this close to the best makes it one of the paragraph's places
THEATRE_MARGIN = 0.1


class Scope:
    """A section of a roundup: the paragraphs about one theatre (the countries their places
    lie in), ranked against their own places; the text's other places count a little.
    (A plain class: a dataclass costs ~3 ms to make at import, on every run of the CLI.)"""
    __slots__ = ("sid", "label", "other_countries", "wide_gaps", "wide_only", "_wide")

    def __init__(self, sid: int, label: str, other_countries: frozenset, wide_gaps: Gaps, wide_only: dict):
        self.sid = sid
        self.label = label                      # its countries, for the why ("SD", "ET, SD")
        self.other_countries = other_countries  # countries only the text's other sections name
        self.wide_gaps = wide_gaps              # every context point of the text ...
        self.wide_only = wide_only  # ... and name key -> indexes of the points that name alone put there
        self._wide: dict = {}

    def wider_context(self, own: str) -> Gaps:
        """The text's context points without those ``own`` alone put there."""
        ctx = self._wide.get(own)
        if ctx is None:
            ctx = self._wide[own] = self.wide_gaps.without(self.wide_only.get(own, ()))
        return ctx


class ScopeFacts:
    """What ranking in context reads of a scope's mentions (the whole text, or a section of a
    roundup) that no round changes: their roles, kinds, surfaces, tokens and which readings they
    hold (ranking reorders a name's readings, and the rounds between change only which names are
    clear and what they put in the context). Worked out in the first round, read again by the
    second (ContextRanking._scope_facts). (A plain class, as Scope.)"""
    __slots__ = ("told_as_provinces", "home_forces", "repeats", "list_ends")

    def __init__(self, told_as_provinces: set, home_forces: dict, repeats: dict, list_ends: tuple[dict, dict]):
        self.told_as_provinces = told_as_provinces  # (see ContextRanking._names_told_as_provinces)
        self.home_forces = home_forces              # (see ContextRanking._home_force_provinces)
        self.repeats = repeats        # (surface, kind) -> how many mentions of two readings or more write it
        self.list_ends = list_ends    # token -> the mentions that start there, and those that end just before it


# facts of the index's countries per gazetteer object (see ContextRanking._country_facts)
_COUNTRY_FACTS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def index_sovereigns(gaz) -> dict:
    """ISO2 of each territory -> ISO2 of the state that holds it, as the index keeps them
    (Gazetteer.sovereigns, read once by the gazetteer); {} for a gazetteer that keeps none (one
    handed in without the method). Asked by the ranking and the far-reading guards alike."""
    sovereigns = getattr(gaz, "sovereigns", None)
    return sovereigns() if callable(sovereigns) else {}


class LatitudeBand:
    """Context points (lat, lon, key, radius) ordered by latitude, to find those within a
    distance of a point by measuring only the band of latitudes that can hold them (see
    distance.KM_PER_DEGREE_LATITUDE). A section of a long text holds hundreds of points and
    asks this of many readings, where measuring every point made the pass grow with the square
    of the section's length. (A plain class: see Scope.)"""
    __slots__ = ("lats", "points", "reach")

    MARGIN_KM = 1.0  # (more than the haversine's rounding: a point on the band's edge is measured)

    def __init__(self, points: list, reach: float | None):
        self.points = points  # (every point, measured, when some radius or coordinate is no number)
        self.lats = [p[0] for p in points] if reach is not None else None
        self.reach = reach    # the largest radius of a point (a place is near from its edge)

    @classmethod
    def of(cls, points: list) -> "LatitudeBand":
        if not all(math.isfinite(la) and math.isfinite(u) for la, _lo, _k, u in points):
            return cls(points, None)
        return cls(sorted(points, key=lambda p: p[0]), max((p[3] for p in points), default=0.0))

    def keys_within(self, lat: float, lon: float, km: float) -> list:
        """The keys of the points with ``haversine_km(lat, lon, la, lo) - radius <= km``."""
        points = self.points
        if self.reach is not None and lat == lat:
            degrees = (km + self.reach + self.MARGIN_KM) / KM_PER_DEGREE_LATITUDE
            points = points[bisect_left(self.lats, lat - degrees):bisect_right(self.lats, lat + degrees)]
        return [k for la, lo, k, u in points if haversine_km(lat, lon, la, lo) - u <= km]


def _reading_points(mentions: list[dict]) -> set:
    """The (lat, lon) of every reading ranking in context may measure: those of the names with
    two readings or more, less countries (see _rank_in_context's distance keys)."""
    return {(c["lat"], c["lon"]) for m in mentions if len(m.get("cands") or ()) >= 2
            for c in m["cands"] if c.get("lat") is not None and c.get("kind") != "country"}


def context_points(points: list, left) -> frozenset:
    """The context points a name is measured against: ``points`` less those at ``left`` (its own)."""
    # (the points are distinct, a text's context keys: the set less the points at ``left``, in C,
    # is the set of the others; ~10,000 points a batch walked one by one in Python before)
    return frozenset(points).difference([points[i] for i in left]) if left else frozenset(points)


class FirstRanking:
    """How a name's readings were ranked in context, kept to tell what ranking them again (the
    second round, against what the first made clear) would change, when no rule moved a reading
    after the sort by score: the readings in that order, each with its distance key (None: not
    measured) and the distances measured, what the whole name was ranked by (the countries
    another name put in the text, the provinces named, the countries named by demonym), and the
    context points (all the text's, less those the name alone put there). Only references are
    kept: what the second round compares is worked out when it asks. Nothing else ranking reads
    changes between the rounds (the readings' own fields, the name's words, the pairs of
    readings of the text); nothing changes a reading's score or reason between them."""
    __slots__ = ("order", "rows", "distances", "countries_by_other", "provinces", "by_demonym",
                 "points", "left", "wide_id", "other_countries", "_readings", "_context", "theatre")

    def __init__(self, order: list, rows: list[tuple], distances: dict, countries_by_other: set,
                 provinces: dict, by_demonym: dict, points, left=(), wide_id: int | None = None,
                 other_countries: frozenset | None = None):
        self.order = order            # [id(reading)] as ranked
        self.rows = rows              # (reading, its get, its distance key or None, lat, kind)
        self.distances = distances    # distance key -> (km, why, score term)
        self.countries_by_other = countries_by_other
        self.provinces = provinces
        self.by_demonym = by_demonym
        self.points = points          # the context points of the text, (lat, lon, radius) ...
        self.left = left              # ... and the indexes of those the name alone put there
        # a name of a section of a roundup (see Scope): the id of the text's wider context its
        # readings were also measured to (a reading's measure is then the pair of its distances,
        # to its section's places and to the text's others), and the countries only the text's
        # other sections named
        self.wide_id = wide_id
        self.other_countries = other_countries
        self._readings = self._context = None
        self.theatre = None  # (_namesake_in_the_theatre as the first ranking found it)

    def measure(self, key: tuple | None, distances: dict, wide_id: int | None = None):
        """A reading's distance as ranking read it (None: not measured); in a section, the pair
        of its distances to the section's places and to the text's (None each where there was
        no such context). ``wide_id``: the wider context's id in the round asking."""
        if key is None:
            return None
        if self.wide_id is None:
            return distances[key][0]
        own, wide = distances.get(key), distances.get(_wide_key(key, wide_id))
        return (None if own is None else own[0], None if wide is None else wide[0])

    @staticmethod
    def recordable(rows: list[tuple], distances: dict, ctx, wide_ctx, wide_id: int) -> bool:
        """Was every reading of a name in a section measured to each context it has? (A reading
        that ranking did not measure, a name's only other-name reading, leaves no record.)"""
        for _c, _get, key, _lat, _kind in rows:
            if key is not None and ((ctx and key not in distances)
                                    or (wide_ctx and _wide_key(key, wide_id) not in distances)):
                return False
        return True

    @property
    def readings(self) -> dict:
        """id(reading) -> (its distance or None, context_score, why) as the first ranking left
        them (read before anything ranks them again)."""
        if self._readings is None:
            distances, wide_id = self.distances, self.wide_id
            if wide_id is None:  # (measure read in place: a name of the whole text, most names)
                self._readings = {id(c): (None if key is None else distances[key][0], c["context_score"], c["why"])
                                  for c, _, key, _, _ in self.rows}
            else:
                measure = self.measure
                self._readings = {id(c): (measure(key, distances, wide_id), c["context_score"], c["why"])
                                  for c, _, key, _, _ in self.rows}
        return self._readings

    @property
    def context(self) -> frozenset:
        """The points the name's distances were measured to."""
        if self._context is None:
            self._context = context_points(self.points, self.left)
        return self._context

    def same_name_terms(self, cands: list[dict], countries_by_other: set, provinces: dict, by_demonym: dict,
                        other_countries: frozenset | None = None) -> bool:
        """Are the terms read for the whole name as they were (the countries of its readings
        named by other names, the provinces, the demonyms)? Then a reading as far from the
        text's other places as before scores as before. (Read first: see :attr:`readings`.)"""
        if self.provinces != provinces or self.by_demonym != by_demonym:
            return False
        if self.countries_by_other != countries_by_other:
            countries = {c.get("country") for c in cands}
            if countries & self.countries_by_other != countries & countries_by_other:
                return False
        if self.other_countries != other_countries:  # (in a section: see Scope.other_countries)
            if self.other_countries is None or other_countries is None:
                return False
            countries = {c.get("country") for c in cands}
            if countries & self.other_countries != countries & other_countries:
                return False
        self.readings  # (now, before anything ranks them again)
        return True

    def unchanged(self, rows: list[tuple], distances: dict, wide_id: int | None = None) -> bool:
        """Would ranking ``rows`` (the readings in their order now, with their distance keys)
        give what the first ranking gave: the same readings in the same order, each as far from
        the text's other places (and the same name terms, asked first)? Then the same scores,
        reasons and order."""
        if len(self.order) != len(rows):
            return False
        readings = self.readings
        if self.wide_id is None:  # (measure read in place, as in readings: a call a reading spared)
            for want, (c, _, key, _, _) in zip(self.order, rows):
                if id(c) != want or readings[want][0] != (None if key is None else distances[key][0]):
                    return False
            return True
        measure = self.measure
        for want, (c, _, key, _, _) in zip(self.order, rows):
            if id(c) != want or readings[want][0] != measure(key, distances, wide_id):
                return False
        return True

    def gaps_since(self, rows: list[tuple], asked: dict, context: frozenset, memo: dict | None = None,
                   own: str | None = None) -> list[float] | None:
        """The distances of ``asked`` (distance key -> (lat, lon, radius)) to ``context``, the
        name's context points now, as ``Gaps(context).smallest_many`` gives them, when the
        context holds every point the first distances were measured to and each asked reading
        was measured then: the smallest gap over the whole is the smaller of the first one and
        the new points' (a gap is never below 0.0, which the plain loop gives where some gap is
        not positive: the smaller is 0.0 then too). None otherwise.
        ``memo`` (name key ``own`` -> False when the context lost a first point, else the new
        points as a Gaps, or () when none are new) keeps that comparison for the name's other
        mentions: the first round measured them all to the same points, and the second round's
        context of a name is the same for all of them."""
        step = memo.get(own) if memo is not None else None
        if step is None:
            old = self.context
            if not old or not old <= context:
                step = False
            else:
                new = [p for p in context if p not in old]
                step = Gaps(new) if new else ()
            if memo is not None:
                memo[own] = step
        if step is False:
            return None
        readings = self.readings
        first: dict = {}
        for c, _, key, _, _ in rows:
            if key in asked:
                was = readings.get(id(c))
                if was is None or was[0] is None:
                    return None
                d = was[0] if self.wide_id is None else was[0][0]  # (in a section: its own places')
                if d is None:
                    return None
                first[key] = d
        before = [first[key] for key in asked]
        if not step:
            return before
        return [a if a < b else b for a, b in zip(before, step.smallest_many(list(asked.values())))]


class ContextRanking:
    """Candidates ranked against the other places of the text."""

    # a name whose ranking in context would come out as before is not ranked again in the
    # second round (False: every name ranked again, the path that shortcut skips)
    REUSE_FIRST_ROUND = True

    def theatre_scopes(self, mentions: list[dict], text_countries: dict) -> list[tuple[list, set]] | None:
        """A roundup's sections: [(its mentions, its countries)], the paragraphs before any
        theatre (and the summaries, and the theatres of too few places) last with no countries
        (they rank against the whole text); None for a text of one theatre (every paragraph's
        countries linked to the others' by a shared country).
        A paragraph's countries are those of its names that are context after the first pass
        (a country named, a demonym, a clear place); a paragraph that names none goes with the
        paragraph before it ("Ukraine" / the front line / the next front line)."""
        if len(text_countries) < 2:
            return None  # (one country or none: one theatre)
        starts = paragraph_starts(self.text)
        if len(starts) < 2:
            return None
        # A paragraph is about the countries it names as such ("Sudan.", "In Ethiopia,") and
        # those of its places clear by their score (see _close_countries), less a stray: one
        # lone place abroad in a paragraph that names its country and places two of its own
        # there ('Fano' read as the Italian town in a paragraph on Ethiopia). Its places are
        # those clear in its countries and, where it names its country, those with a reading
        # there about as good as their best ('Los Banos' beside "Philippines:", though a
        # Californian town scores close).
        named: dict[int, set] = {}
        spots: list[tuple[int, dict]] = []  # (paragraph, a place mention)
        loose: list[tuple[int, dict, set]] = []  # (paragraph, a place mention, its close countries)
        clear: dict[int, dict] = {}  # paragraph -> country -> the names of its places clear there
        para = {}
        for m in mentions:
            p = para[id(m)] = bisect_right(starts, m["start"]) - 1
            cands = m.get("cands")
            if not cands or m.get("drop") or m["role"] in {"actor", "organisation"} or m.get("area_demonym"):
                continue
            if cands[0].get("kind") == "country":
                if m.get("context_reading") is not None and cands[0].get("country") in text_countries \
                        and not _names_its_border(self.text, m):
                    named.setdefault(p, set()).add(cands[0]["country"])
            elif cands[0].get("lat") is not None:
                spots.append((p, m))
        if len(set().union(*named.values())) < 2:
            return None  # (a section names its country as such: two sections name two)
        for p, m in spots:
            close = self._close_countries(m)
            if len(close) == 1 and next(iter(close)) in text_countries:
                clear.setdefault(p, {}).setdefault(next(iter(close)), set()).add(name_key(m["surface"]))
            elif close:
                loose.append((p, m, close))
        theatre: dict[int, set] = {}
        placed: dict[int, set] = {}  # paragraph -> (name, country) of its places in its theatre
        for p in set(named) | set(clear):
            own = named.get(p, set())
            by_country = clear.get(p, {})
            settled = any(len(by_country.get(cc, ())) >= THEATRE_PLACES for cc in own)
            ccs = theatre[p] = own | {cc for cc, names in by_country.items()
                                      if cc in own or not settled or len(names) > 1}
            for cc in ccs:
                placed.setdefault(p, set()).update((k, cc) for k in by_country.get(cc, ()))
        for p, m, close in loose:
            if close & named.get(p, set()):
                placed.setdefault(p, set()).add((name_key(m["surface"]), min(close & named[p])))
        if len(theatre) < 2:
            return None
        # paragraphs linked by a shared country are one theatre (union-find on countries); a
        # paragraph of several countries that spans two theatres the paragraphs of one country
        # each place well ("Drone strikes in Sudan, fighting in Ethiopia's Amhara region and
        # protests in Chad") is a summary of the text, not a link: it ranks against the whole text
        parent: dict[str, str] = {}

        def root(cc: str) -> str:
            while parent.setdefault(cc, cc) != cc:
                cc = parent[cc]
            return cc
        alone: dict[str, set] = {}  # country -> the places of its paragraphs of that country alone
        for p, ccs in theatre.items():
            if len(ccs) == 1:
                alone.setdefault(next(iter(ccs)), set()).update(placed.get(p, ()))
        summaries = set()
        for p, ccs in theatre.items():
            if len(ccs) > 1:
                if len({root(cc) for cc in ccs if len(alone.get(cc, ())) >= THEATRE_PLACES}) > 1:
                    summaries.add(p)
                    continue
                first, *rest = ccs
                for cc in rest:
                    parent[root(cc)] = root(first)
        section_of: dict[int, str | None] = {}
        current = None
        for p in range(len(starts)):
            if p in summaries:
                current = None
            elif p in theatre:
                current = root(next(iter(theatre[p])))
            section_of[p] = current
        # a theatre is a section of the text when it names its country as such and holds enough
        # places of its own there (a news story's aside, "she lived in Brisbane, Australia", is
        # none; nor is 'Zurich' and a stray 'Crime' beside "Switzerland-based"); the rest rank
        # against the whole text
        own_places: dict[str, set] = {}
        named_in: dict[str, set] = {}
        for p, ccs in theatre.items():
            if p not in summaries:
                r = root(next(iter(ccs)))
                own_places.setdefault(r, set()).update(placed.get(p, ()))
                named_in.setdefault(r, set()).update(named.get(p, ()))
        sections = {r for r, pairs in own_places.items()
                    if sum(cc in named_in[r] for _, cc in pairs) >= THEATRE_PLACES}
        if len(sections) < 2:
            return None
        groups: dict[str | None, tuple[list, set]] = {}
        for m in mentions:
            r = section_of[para[id(m)]]
            groups.setdefault(r if r in sections else None, ([], set()))[0].append(m)
        for p, ccs in theatre.items():
            r = root(next(iter(ccs)))
            if r in sections and p not in summaries:
                groups[r][1].update(ccs)
        lede = groups.pop(None, None)
        out = list(groups.values())
        if lede is not None:
            out.append(lede)
        return out

    def _close_countries(self, m: dict) -> set:
        """The countries of a place mention's readings that score about as well as its best
        (within THEATRE_MARGIN): one country, the place is clear by its score ('Reynosa', a
        city or its municipality); more, clear at most by its fame ('Tripoli': the Libyan city
        is better known, and which one is meant is what the paragraph's theatre is to tell).
        Empty for a word acceptance will most likely drop ("Liga", "Galliard")."""
        cands = m["cands"]
        best = cands[0]
        if m.get("context_reading") is None and (
                (best.get("importance") or 0.0) < MINOR_IMPORTANCE or self._likely_rejected(m, best)):
            return set()
        bar = best["score"] - THEATRE_MARGIN
        return {c.get("country") for c in cands if c is best or c["score"] > bar} - {None}

    def _rank_in_scopes(self, mentions: list[dict], text_countries: dict, points: list) -> None:
        """Rank in context, each section of a roundup against its own places (see
        theatre_scopes; worked out once a text, from the first pass's context), or the whole
        text as one."""
        scopes = getattr(self, "_theatres", False)
        if scopes is False:
            scopes = self._theatres = self.theatre_scopes(mentions, text_countries)
        if self.REUSE_FIRST_ROUND:
            # the first round records how each name was ranked, in every section; a later round
            # reads those records (see FirstRanking)
            self._recording = not hasattr(self, "_first_rankings")
            if self._recording:
                self._first_rankings = {}
        if scopes is None:
            self._rank_in_context(mentions, text_countries, points)
            return
        keys_at: dict[tuple, set] = {}
        for la, lo, k, u in points:
            keys_at.setdefault((la, lo, u), set()).add(k)
        wide_gaps = Gaps(list(keys_at))
        wide_only: dict[str, list[int]] = {}
        for i, ks in enumerate(keys_at.values()):
            if len(ks) == 1:
                wide_only.setdefault(next(iter(ks)), []).append(i)
        for sid, (group, ccs) in enumerate(scopes):
            if not ccs:  # the lede, before any theatre: the whole text
                self._rank_in_context(group, text_countries, points)
                continue
            keys = {name_key(m["surface"]) for m in group}
            section = frozenset(ccs)
            for m in group:
                m["section_countries"] = section  # (see FarReadingGuards._far_from_its_section)
            own_countries = {cc: ks & keys for cc, ks in text_countries.items() if ks & keys}
            own_points = [p for p in points if p[2] in keys]
            others = frozenset(cc for cc, ks in text_countries.items() if ks - keys)
            self._rank_in_context(group, own_countries, own_points, Scope(
                sid, ", ".join(sorted(ccs)), others, wide_gaps, wide_only))

    @staticmethod
    def _near_in_scope(s: float, why: list, ctx: Gaps, wide_ctx: Gaps, wide_id: int, key: int,
                       distances: dict, near_weight: float, w_other: float, point: tuple) -> float:
        """The nearness term of a reading in a section of a roundup: to the section's own places
        (text_near_places), or to the text's other places at the smaller weight of another
        theatre (text_other_theatre_near), whichever gives more."""
        lat, lon, unc = point  # (the key's point: see _distance_key)
        own = distances.get(key) if ctx else None
        if own is None and ctx:
            own = distances[key] = (ctx.smallest(lat, lon, unc),)
        wkey = _wide_key(key, wide_id)
        wide = distances.get(wkey)
        if wide is None and wide_ctx:
            wide = distances[wkey] = (wide_ctx.smallest(lat, lon, unc),)
        # (each term worked out here from the km: distances keep the km alone)
        own_term = None if own is None else near_weight * math.exp(-own[0] / PROXIMITY_KM)
        wide_term = None if wide is None else w_other * math.exp(-wide[0] / PROXIMITY_KM)
        if own is not None and (wide is None or own_term >= wide_term):
            km = own[0]
            why.append(f"{round(km) if 0.0 < km < _INF else format(km, '.0f')} km from other places of its section")
            return s + own_term
        if wide is not None:
            km = wide[0]
            why.append(f"{round(km) if 0.0 < km < _INF else format(km, '.0f')} km from places of another section of the text")
            return s + wide_term
        return s

    def _likely_rejected(self, m: dict, best: dict) -> bool:
        """A single everyday word ("Forces", "Air") of low importance: acceptance will most
        likely drop it, so it is no context for the other names."""
        imp = best.get("importance") or 0.0
        if m.get("n_tokens") == 1 and not m.get("abbrev") and imp < 0.7 and is_common_word(m["surface"], imp) \
                and not self._capitalised_after_a_locative(m):
            return True
        if m["surface"] in _FORCE_OPENERS_WRITTEN and self._opens_a_force_s_name(m):  # (the set first: no call)
            return True
        return self._unsupported_minor(m, best)

    def _opens_a_force_s_name(self, m: dict) -> bool:
        """'The Argentine Federal Police sent officers to Concordia and Paraná': a one-word
        mention of a force name's opening adjective right before its capitalised noun
        (wordlists.FORCE_NAME_OPENERS, FORCE_NAME_NOUNS: "Federal Police", "National Guard") is
        the force's word, which acceptance drops (_first_word_of_an_everyday_name), not the town
        that bears it (Federal, Entre Ríos): its point and country are no context for the text's
        other names. They put Argentina there as a name of the text, which then took the place
        of the demonym's stronger credit for those who act at home, and Brazil's Paraná, clear
        by fame, kept its reading. (gaz92)"""
        if m["surface"] not in _FORCE_OPENERS_WRITTEN:
            return False  # (the cheap test first: most names are no such word)
        i = m.get("tok")
        if i is None or m.get("n_tokens") != 1:
            return False
        nxt = self.next_tokens(i, 1)
        return bool(nxt) and nxt[0].lower in FORCE_NAME_NOUNS and nxt[0].text[:1].isupper() \
            and self._adjacent(self.toks[i], nxt[0])

    def _capitalised_after_a_locative(self, m: dict) -> bool:
        """'sent to Sake', 'fighting near Sake': an everyday word written with a capital right
        after a locative preposition (see RunScanner._after_locative) is a place's name, as
        acceptance reads it ("after 'to'"), so it is not likely rejected and its reading is
        context for the text's other names.

        why: in "Congo troops were sent to Sake" the DR Congo town, taken for the everyday word
        ('for the sake of'), put nothing in the text, and 'Congo' read the Republic."""
        tok = m.get("tok")  # (None for a mention made whole, not read off a token)
        return tok is not None and m["surface"][:1].isupper() and self._after_locative(tok)

    @staticmethod
    def _weak_reading_abroad(m: dict, best: dict, named: set) -> bool:
        """A place's first reading, a settlement less known than STRONG_ALONE_IMPORTANCE, in no
        country of ``named`` (the countries the text names as such) while there is one: it puts
        no country into the context of the text's other names (its point stays: a town 5 km away
        is near it whatever the country). Karārī (Uttar Pradesh) is the only place spelled
        'Karari', and so clear alone, but nothing in "Bara and Karari, Sudan's army said" says
        India: as a country of the text it made Bāra (Bihar, 343 km away) Bara's reading, the two
        weak readings backing each other against the country the text names."""
        return bool(named) and m["role"] == "place" and best.get("kind") in _TOWN_KINDS_OF_A_PAIR \
            and best.get("country") not in named and (best.get("importance") or 0.0) < STRONG_ALONE_IMPORTANCE

    def _unsupported_minor(self, m: dict, best: dict) -> bool:
        """A minor place (a village, an airstrip: importance below what acceptance keeps bare)
        that nothing around its name supports ('Hanley' the surname, read as an airfield): the
        acceptance stage drops it, so it is no context either."""
        if m["role"] != "place" or (best.get("importance") or 0.0) >= MINOR_IMPORTANCE or m.get("abbrev") \
                or best.get("kind") in {"country", "admin1", "continent"}:
            return False
        return not self.support(m, best, {}, ())[1]

    def _sovereign_of(self, country: str | None) -> str | None:
        """The state that holds ``country`` when it is a territory governed from afar (the
        index's sovereigns: the Falklands, Bermuda and Gibraltar the United Kingdom's, New
        Caledonia France's); None otherwise or where the index keeps none."""
        return index_sovereigns(self.gaz).get(country)

    def _territories_by_state(self) -> dict[str, frozenset]:
        """ISO2 of a state -> the territories it holds (index_sovereigns turned round), worked
        out once for the gazetteer object (_country_facts): asked for every name of every text."""
        table = self._country_facts("territories")
        if not table and (sovereigns := index_sovereigns(self.gaz)):
            held: dict[str, set] = {}
            for territory, state in sovereigns.items():
                held.setdefault(state, set()).add(territory)
            table.update((state, frozenset(ts)) for state, ts in held.items())
        return table

    def _demonym_s_territory_town(self, country: str | None, kind: str | None, by_demonym: dict,
                                  cands: list[dict]) -> str | None:
        """The state named by a demonym that holds ``country``, for a settlement there
        (_held_by_a_demonym_s_state); None otherwise."""
        if kind not in _SETTLEMENT_KINDS or not self._held_by_a_demonym_s_state(country, by_demonym, cands):
            return None
        return self._sovereign_of(country)

    def _demonym_held_territories(self, by_demonym: dict) -> frozenset:
        """The territories a state the text names by demonym holds, not themselves among those
        states: the only countries whose settlements _demonym_s_territory_town answers for when
        the country is not a demonym's own (it asks the territory's sovereign, which lies in
        ``by_demonym`` exactly for these). Ranking in context tests a reading's country against
        them before asking it (5,205 asks a batch of 380 reports, three calls deep each; most
        readings lie in no territory)."""
        return self._held_territories(by_demonym) if by_demonym else frozenset()

    def _held_by_a_demonym_s_state(self, country: str | None, by_demonym: dict, cands: list[dict]) -> bool:
        """Is ``country`` a territory held by a state the text names by a demonym ("A British
        patrol vessel put in at Stanley": the Falklands are Britain's), the name no reading of
        the territory itself? Its towns are that state's ground, however far its continent: not
        the namesake abroad text_demonym_continent_elsewhere weighs against."""
        state = self._sovereign_of(country)
        return state is not None and state in by_demonym and not _names_its_territory(cands, country)

    def _held_territories(self, countries: set) -> frozenset:
        """The territories a state among ``countries`` holds, not among them themselves: a text
        that names Britain names the ground of its territories too, so "A British ship docked at
        Stanley" beside Graham Land is the Falklands' Stanley, which a named country now backs
        as it backs the Durham town (text_country_named only: the territory is not itself a
        country of the text's, whose places lie in it, nor on the continent of a demonym's)."""
        if not countries:
            return frozenset()
        by_state = self._territories_by_state()
        held = [t for state in countries for t in by_state.get(state, ())]
        # (the held ones less the countries themselves, in C: ``countries`` is a set or a dict of them)
        return frozenset(held).difference(countries) if held else frozenset()

    def _rank_in_context(self, mentions: list[dict], text_countries: dict, points: list,
                         scope: Scope | None = None) -> None:
        # long reports repeat their places: every distinct context point once, and each
        # candidate's distance to the context once per name (the context a name sees excludes
        # only its own mentions, so it is the same for all of them)
        contexts: dict[str, list] = {}
        # distance key -> (km,): measured once for every reading that shares the key; its why
        # text and score term are worked out when a reading is scored, once a distance (the
        # second round measures many a reading it then takes as first scored: see FirstRanking)
        distances: dict[int, tuple[float]] = {}
        # the distance keys' numbers (see _POINT_BITS): (lat, lon, radius) -> its number, and
        # back (point_at[0] unused: no key is 0); id(a context) -> its slot bits
        point_ids: dict[tuple, int] = {}
        point_at: list = [None]
        slots: dict[int, int] = {}
        near_said: dict[float, tuple[str, float]] = {}  # km -> (its why text, its score term)
        exp = math.exp
        facts = self._scope_facts(mentions, scope.sid if scope is not None else None)
        self._told_as_provinces = facts.told_as_provinces  # (see _prefer_namesake_city)
        provinces = self._provinces_named(mentions)
        if len(provinces) > 1:
            provinces = {}  # a text that ranges over several provinces says little by naming one
        home_forces = facts.home_forces
        w_home_force = W["text_home_force_province"]
        # every distinct context point once, with the names that put it there: the context of a
        # name is every point some other name put there (built once, not once per name)
        keys_at: dict[tuple, set] = {}
        for la, lo, k, u in points:
            keys_at.setdefault((la, lo, u), set()).add(k)
        gaps = Gaps(list(keys_at))
        if len(keys_at) > NearestTable.KEEP:
            # (a section of a long text: every reading measured below is told first, so that
            # each name's context finds its nearest places in one numpy pass for all names)
            told = _reading_points(mentions)
            gaps.expect(told)
            if scope is not None:
                scope.wide_gaps.expect(told)
        only: dict[str, list[int]] = {}  # name -> indexes of the points that name alone put there
        for i, ks in enumerate(keys_at.values()):
            if len(ks) == 1:
                only.setdefault(next(iter(ks)), []).append(i)
        # (built once a text, or once a section of a roundup: the second round sees the same readings)
        pairs_of = self.per_text.setdefault("pairs_of", {})
        sid = scope.sid if scope is not None else None
        pairs = pairs_of.get(sid)
        if pairs is None:
            pairs = pairs_of[sid] = PairIndex(self._plausible_readings(mentions))
        nearest_pair = pairs.nearest_other  # (kept by the index: asked again in the second round and by repeats)
        # a section of a roundup (see theatre_scopes): the places of the text's other theatres
        # still count, a little (text_other_theatre_near, text_other_theatre_country)
        if scope is not None:
            w_other_near, w_other_country = W["text_other_theatre_near"], W["text_other_theatre_country"]
            scope_why = f"ranked against its own section of the text ({scope.label})"
        other_countries = scope.other_countries if scope is not None else None  # (see FirstRanking)
        # (a name's context and the text's countries and provinces do not change while this
        # runs: whether someone other than the name itself put a country or province there is
        # asked once per name and country, not once per candidate)
        named_by_other: dict[tuple, bool] = {}
        by_other_of: dict[str, set] = {}  # name key -> the countries other names put in the text
        held_of: dict[str, frozenset] = {}  # name key -> the territories held by a state of those
        # (the names that alone put a country in the text: every other name sees the same
        # countries by other names, and the same territories, worked out once for all of them:
        # a text's hundreds of names asked each anew)
        sole_keys = {next(iter(keys)) for keys in text_countries.values() if keys and len(keys) == 1}
        by_others_all = held_all = None
        near_weight, pair_weight = W["text_near_places"], W["text_namesake_pair"]
        # the countries the text names only by a demonym or a force (see _countries_by_demonym)
        by_demonym = self._countries_by_demonym(mentions, text_countries)
        # the countries a force's demonym names or that border one (_demonym_s_border_state asks
        # only readings there: most readings lie elsewhere, and are passed by one set test)
        border_region = self._demonym_border_region(by_demonym) if by_demonym else frozenset()
        # (the territories a demonym's state holds: one set test passes most readings by)
        demonym_held = self._demonym_held_territories(by_demonym)
        w_by_demonym = W["text_country_by_demonym"]
        # _demonym_continent_elsewhere's halves, each asked once: country -> _continent_apart, and
        # (id(a name's readings), its core) -> _reading_in_demonym_country (by_demonym holds while this runs)
        continents_memo: tuple[dict, dict] = ({}, {})
        across_memo: dict = {}  # (id(a name's readings), a demonym's state) -> a namesake across its border?
        town_continent_memo: dict = {}  # (id(a name's readings), its core) -> _town_on_a_demonym_continent
        continent_apart = continents_memo[0]
        w_country_named, w_province_named = W["text_country_named"], W["text_province_named"]
        shared_by_unclear = getattr(self, "_shared_by_unclear", None) or {}  # (see shared_country)
        named_as_such = None  # the countries the text names by name or demonym (_countries_named)
        w_holds, w_bare_area, w_bare_small = W["text_country_holds_places"], W["text_bare_area"], W["text_bare_small_area"]
        w_facility, w_county, w_own_name, w_importance = \
            W["text_facility_word"], W["text_bare_county"], W["text_own_name"], W["text_importance"]
        # a name repeated with the very same readings (every key and value alike) is ranked
        # as it was the first time: (surface, kind) -> (the readings as they came, the result)
        ranked: dict[tuple, tuple[list, list]] = {}
        # (only a name written more than once with two readings or more can be ranked as
        # before: the readings as they came are copied for those alone)
        groups = facts.repeats
        # a name ranked by the whole text before (the first round), kept where nothing it was
        # ranked by has changed since: id(mention) -> its FirstRanking, or None (see FirstRanking)
        # (recorded by the first round alone: what a later round is compared with is the first
        # ranking, whose record holds for any round where the name's terms and distances are as
        # they were; the second round, the last, has no use for records of its own)
        first, record = None, False
        if self.REUSE_FIRST_ROUND:
            first = getattr(self, "_first_rankings", None)
            if first is None:  # (asked without _rank_in_scopes: a first round)
                first = self._first_rankings = {}
                record = True
            else:
                record = getattr(self, "_recording", False)
        if first is not None:
            all_points = list(keys_at)
            context_points_of: dict[str, frozenset] = {}  # name key -> the points its context holds
            since_first: dict[str, object] = {}  # name key -> its points new since the first round (see gaps_since)
        # token -> the mentions that start there, and those that end just before it (for
        # _listed_among_towns: the names written beside a name, joined by a list word)
        list_ends = facts.list_ends
        far_memo: dict = {}  # (see _backed_only_far)
        country_points = None  # (see _far_from_its_country_s_places: asked at the first reading that needs it)
        for m in mentions:
            cands = m.get("cands") or []
            if len(cands) < 2:
                continue
            group = (m["surface"], m.get("kind"))
            repeated = groups[group] > 1
            if repeated:
                seen = ranked.get(group)
                if seen is not None and seen[0] == cands:
                    _rank_as_before(cands, seen[1])
                    continue
                came = [c.copy() for c in cands]
                place_of = {id(c): i for i, c in enumerate(cands)}
            own = name_key(m["surface"])
            ctx = contexts.get(own)
            if ctx is None:
                ctx = contexts[own] = gaps.without(only.get(own, ()))
            # (Gaps.__bool__ is Python code: asked once a name; the context does not change below)
            has_ctx = own_ctx = bool(ctx)
            ctx_id = slots.get(id(ctx))
            if ctx_id is None:
                ctx_id = slots[id(ctx)] = (len(slots) + 1) << _POINT_BITS
            wide_id = None
            if scope is not None:
                wide_ctx = scope.wider_context(own)
                wide_id = slots.get(id(wide_ctx))
                if wide_id is None:
                    wide_id = slots[id(wide_ctx)] = (len(slots) + 1) << _POINT_BITS
                has_ctx = has_ctx or bool(wide_ctx)
            # the countries another name of the text put there, as this name sees them (asked
            # once per name: the text's countries do not change while this runs)
            if own not in sole_keys:  # (most names: the same for all of them; never changed by a reader)
                if by_others_all is None:
                    by_others_all = {cc for cc, keys in text_countries.items() if _named_by_other(keys, own)}
                    held_all = self._held_territories(by_others_all)
                countries_by_other, held_by_named = by_others_all, held_all
            else:
                countries_by_other = by_other_of.get(own)
                if countries_by_other is None:
                    countries_by_other = by_other_of[own] = {
                        cc for cc, keys in text_countries.items() if _named_by_other(keys, own)}
                # ... and the territories a state among them holds (asked once per name, as above)
                held_by_named = held_of.get(own)
                if held_by_named is None:
                    held_by_named = held_of[own] = self._held_territories(countries_by_other)
            # a province is not preferred over an at least as famous city of its name (Gaza)
            # (a city of the very name, not another spelling: "Huainan" does not outshine "Hainan")
            # (worked out when a bare province reading first asks: None until then)
            city_fame = None
            # a name that is itself a province or country ("Washington", "Alaska") means that area
            # more often than a town in another province the text names
            core, word_kind = self.gaz.split_kind(m["surface"])
            core = plain(core)
            m_kind = m.get("kind")
            # each reading's fields read once, with its distance key (None: not measured), for
            # both loops below; the distances this name's readings still need are measured in
            # one pass (see Gaps.smallest_many: the same floats as one call a reading)
            rows = []
            asked = {}
            bare_area = False
            # (a settlement reading famous enough to be a world city: only then may the name be
            # one of its other names, _read_by_another_name below; most names have none)
            famous_settlement = False
            for c in cands:
                get = c.get
                lat, kind = get("lat"), get("kind")
                if not bare_area and (kind == "country" or kind == "admin1") and plain(get("name") or "") == core:
                    bare_area = True
                key = None
                if has_ctx and lat is not None and kind != "country":
                    # areas (provinces, states) are near whatever lies inside them: measure
                    # from their edge, roughly, not from their centre point
                    own_unc = get("uncertainty_km") or 0.0
                    if 300.0 < own_unc:  # (min(own_unc, 300.0), as min gives it)
                        own_unc = 300.0
                    # (names whose context is the same object share their distances)
                    point = (lat, c["lon"], own_unc)
                    pid = point_ids.get(point)
                    if pid is None:
                        pid = point_ids[point] = len(point_at)
                        point_at.append(point)
                    key = ctx_id | pid
                    if key not in distances:
                        asked[key] = point
                    if not famous_settlement and (get("importance") or 0.0) >= WORLD_CITY_IMPORTANCE \
                            and kind in _SETTLEMENT_KINDS:
                        famous_settlement = True
                rows.append((c, get, key, lat, kind))
            was = before = first.get(id(m)) if first and not record else None
            if was is not None:
                if not was.same_name_terms(cands, countries_by_other | held_by_named, provinces, by_demonym,
                                           other_countries):
                    before = None
                    # (and the record is let go: its readings, read only once asked, would be
                    # this round's scores in the first round's order, which the far namesake's
                    # term may change: see _namesake_in_the_theatre)
                    first[id(m)] = None
                ctx_points = context_points_of.get(own)
                if ctx_points is None:
                    ctx_points = context_points_of[own] = context_points(all_points, only.get(own, ()))
            if asked and own_ctx and (len(asked) > 1 or was is not None):
                found = was.gaps_since(rows, asked, ctx_points, since_first, own) if was is not None else None
                if found is None:
                    found = ctx.smallest_many(list(asked.values()))
                for key, d in zip(asked, found):
                    distances[key] = (d,)
            if scope is not None and wide_ctx and (len(asked) > 1 or was is not None):
                # (the distances to the text's other sections too, in one pass: _near_in_scope
                # asks each reading's, which a section of a long text asks for thousands of readings)
                wide_asked = {}
                for key in asked:
                    wkey = _wide_key(key, wide_id)
                    if wkey not in distances:
                        wide_asked[wkey] = asked[key]
                if len(wide_asked) > 1 or (wide_asked and was is not None):
                    # (a recorded name's too: its record is compared with both its distances)
                    for wkey, d in zip(wide_asked, wide_ctx.smallest_many(list(wide_asked.values()))):
                        distances[wkey] = (d,)
            # (a namesake in the text's theatre, another far off: the far ones pay for it; a
            # name for which that changed since the first ranking is ranked again whole)
            theatre = _namesake_in_the_theatre(rows, distances, ctx, countries_by_other, point_at) \
                if scope is None and has_ctx and len(rows) > 1 else None
            if before is not None and before.theatre != theatre:
                before = None
            # (a reading bearing the name as its own lies among the text's places, while another
            # is a city the name is only another of its names of: see _own_holder_in_the_theatre;
            # such a name is ranked again whole)
            holder_near = famous_settlement and scope is None and has_ctx and len(rows) > 1 \
                and _read_by_another_name(rows, core) \
                and _own_holder_in_the_theatre(rows, distances, ctx, core, point_at)
            if holder_near:
                before = None
            if before is not None and before.unchanged(rows, distances, wide_id):
                # ranked again, it would come out as it did: its order, scores and reasons stand
                if repeated:
                    ranked[group] = (came, [(i, c["context_score"], c["why"]) for i, c in enumerate(cands)])
                continue
            # (what only ranking the name again reads, worked out once the record above says it
            # would not stand: the second round's standing names need none of it)
            bare_mention = m_kind in {None, "admin1", "country"}
            facility_family = KIND_FAMILY.get(m_kind, {m_kind}) if m_kind in FACILITY_KINDS else None
            # ... unless the kind word, written within the name, is part of a reading's own name
            # ("Camp Hill", the town): then it says what that reading is called, not that a camp
            # is meant ("Kabul" before "airport" is no such name: the word is not in the surface)
            whole_readings = _whole_name_readings(cands, m["surface"]) \
                if facility_family is not None and word_kind else None
            county_bare = m_kind not in {"admin2"}
            # "the village of Ranya" in a text that names Iraq: the kind word prefers a Saudi
            # village, but only the Iraqi city lies in a country the text names. A kind word
            # chooses among the readings the text's countries do not rule out: when every reading
            # of the kind lies in a country no other name of the text points to and a reading of
            # another kind lies in one it names, that reading does not pay for its kind
            def named(c: dict, own=own) -> bool:  # (is the reading's country named by another name?)
                return _country_named_by_other(named_by_other, text_countries, c.get("country"), own)
            kind_word_elsewhere = m_kind in _SETTLEMENT_KINDS and self._kind_word_elsewhere(
                cands, KIND_FAMILY[m_kind], named)
            # (a name that is a province's or country's own name means that area, and its towns
            # neither pair with the text's places nor lie in its provinces; but not when every
            # such area lies in a country no other name of the text puts there while some do:
            # 'London, Ontario, and Kingston' is no Jamaican parish: _areas_only_abroad)
            pair_key = None if bare_area and not _areas_only_abroad(cands, core, countries_by_other) \
                else core_key(m["surface"])
            # country -> the importance of its best-known city whose own name the text writes
            # (see _by_another_name_only); None: no such reading
            own_fame = _own_name_fame(cands, core)
            # (the readings whose own name the text writes letter for letter, when another
            # reading's own name differs from it only by its diacritics: see _written_letter_for_letter)
            letter_for_letter = _written_letter_for_letter(cands, m["surface"], core)
            # (the reading the text names by its English spelling, if any: see _named_in_english)
            english_named = _named_in_english(cands, m["surface"])
            # (... and those whose own name is the text's only without a letter English lacks that
            # the text writes, abroad: see _letters_dropped_abroad)
            letters_dropped = _letters_dropped_abroad(cands, m["surface"], core)
            # (a settlement of the name, and a town of a name listed with it near that: see
            # _listed_among_towns; None unless a province has the name only as another name)
            listed_town = self._listed_among_towns(m, cands, core, list_ends) \
                if bare_mention and m_kind is None else None
            world = None  # (the world city of the name, asked when a reading in a named country first needs it)
            own_towns = None  # (its _own_town_fames, asked when a reading first needs them)
            # (the country of the force that leaves the place, named in its sentence: mentions.clause_force)
            leaving = leaving_force_s_country(self, m)
            # (a ship leaves or reaches the place, told in its sentence: mentions.ship_ports)
            ship_s_port = told_of_a_ship(self, m)
            accord = None  # (does the name open an accord's, "the Paris climate agreement"? asked at its first city)
            venue = host_city = None  # (is the name where talks are held? asked at its first city)
            core_words = core + " "  # (a reading's own name that opens with the name: see called_own below)
            for c, get, key, lat, kind in rows:
                if before is not None:
                    scored = before._readings.get(id(c))
                    # (FirstRanking.measure read in place for a name of the whole text)
                    if scored is not None and scored[0] == (
                            (None if key is None else distances[key][0]) if before.wide_id is None
                            else before.measure(key, distances, wide_id)):
                        # (as far from the other places as when first ranked: as scored then)
                        c["context_score"], c["why"] = scored[1], scored[2]
                        continue
                s = c["score"]
                sim = get("name_similarity", 1.0)  # (read once: the pair test, the bare-area test, the factor)
                why = []
                if "_why0" in c:
                    base_why = c["_why0"]
                else:
                    base_why = c["_why0"] = get("why", "")
                country = get("country")
                # the reading's own name, plain, and whether the name written is it or its first
                # words (_own_or_longer, as it gives it): read by several features below, each
                # of which asked plain() anew (the own-name term of every reading; the former-name
                # tests of most settlements, which end at once for a reading called so)
                its_name = plain(c["name"])
                called_own = its_name == core or its_name.startswith(core_words)
                # a world city's small namesake that only far paragraphs back (see FAR_PARAGRAPHS)
                backed_far = False
                if kind in _SETTLEMENT_KINDS and lat is not None and (
                        country in countries_by_other or (by_demonym and country in by_demonym)):
                    if world is None:
                        world = _world_city(cands, core)
                    backed_far = bool(world) and _small_namesake_by_country_alone(c, world, None) \
                        and self._backed_only_far(mentions, c, own, text_countries, provinces, points, far_memo)
                s_backed, why_backed = s, len(why)
                # (a city only, and one not called by its own name: _by_another_name_only answers
                # no for any other reading, first thing)
                other_name = key is not None and own_fame is not None and kind == "city" and not called_own \
                    and _by_another_name_only(c, core, own_fame)
                former_name = key is not None and not other_name and kind in _LESSER_SETTLEMENTS and not called_own \
                    and _lesser_place_by_a_name_a_town_bears(c, cands, core, own_towns if own_towns is not None
                                                             else (own_towns := _own_town_fames(cands, core)))
                holder_other = holder_near and not other_name and not former_name and key is not None \
                    and kind in _SETTLEMENT_KINDS and _by_another_name_of_geonames(c, core)
                if other_name or former_name or holder_other:
                    # a place the text's name is only another (a former, a foreign) name of is not
                    # brought nearer by the text's places, while a better-known city bears the name
                    # as its own ('Kaliningrad' beside Moscow is not Korolev, once so called;
                    # 'Novorossiysk' beside Kherson is not a village of Kherson oblast once so called),
                    # nor while a place among the text's places bears it as its own ('Salem' beside
                    # Jenin is the village of Sālim, not Jerusalem, whose old names GeoNames lists)
                    why.append("the name is only another of its names; a better-known city of its country bears it"
                               if other_name else
                               "the name is only one it once had; a better-known town bears it as its own"
                               if former_name else
                               "the name is only another of its names; a place among the text's places bears it as its own")
                    other_name = True
                    if scope is None and key not in distances:
                        # (measured all the same: the first round's record reads every reading's distance)
                        _lat, lon, unc = point_at[key & _POINT_MASK]
                        distances[key] = (ctx.smallest(lat, lon, unc),)
                elif key is not None and scope is not None:
                    s = self._near_in_scope(s, why, ctx, wide_ctx, wide_id, key, distances,
                                            near_weight, w_other_near, point_at[key & _POINT_MASK])
                elif key is not None:
                    near = distances.get(key)
                    if near is None:
                        _lat, lon, unc = point_at[key & _POINT_MASK]
                        near = distances[key] = (ctx.smallest(lat, lon, unc),)
                    said = near_said.get(near[0])
                    if said is None:
                        d = near[0]
                        said = near_said[d] = (f"{round(d) if 0.0 < d < _INF else format(d, '.0f')} km from other places in the text",
                                               near_weight * exp(-d / PROXIMITY_KM))
                    s += said[1]
                    why.append(said[0])
                    if theatre is not None and near[0] > FAR_NAMESAKE_KM and country not in countries_by_other \
                            and (get("importance") or 0.0) < min(FAR_NAMESAKE_IMPORTANCE, theatre + THEATRE_FAME_MARGIN):
                        s += W["text_far_from_a_namesake_in_the_theatre"]
                        why.append(_NAMESAKE_WITHIN_REGION)
                if pair_key is not None and lat is not None and kind not in {"country", "continent", "admin1", "region"} \
                        and sim >= 0.95 and not other_name:
                    # (not for a name that is a country's or province's own: "Egypt" beside "Cairo")
                    # (asked again in the second round and by a name's repeats: kept a text)
                    pd = nearest_pair(lat, c["lon"], pair_key, get("uncertainty_km") or 0.0)
                    if pd is not None:
                        s += pair_weight
                        why.append(f"{round(pd) if 0.0 < pd < _INF else format(pd, '.0f')} km from a reading of another name of the text")
                # (a town of a territory backed by its named state: not the territory read as a
                # country or province, whose own places the text does not name by that, nor a
                # city that bears the territory's own name, which competes with the territory)
                country_by_other = (country in countries_by_other
                                    or (kind in _SETTLEMENT_KINDS and country in held_by_named
                                        and not _names_its_territory(cands, country))) and not backed_far
                country_by_demonym = elsewhere = False
                if backed_far:
                    # (its nearness and namesake pair given back: they are the far paragraphs' too)
                    s = s_backed
                    del why[why_backed:]
                    s += W["text_small_namesake_of_a_world_city"]
                    why.append(f"a small namesake of {world['name']} ({world['country']}) that only places "
                               f"named {FAR_PARAGRAPHS} or more paragraphs away support")
                elif country_by_other:
                    if kind != "country":
                        s += w_country_named
                        why.append(f"{country} named in the text" if country in text_countries
                                   else f"{country} held by {self._sovereign_of(country)}, named in the text")
                        if kind in _SETTLEMENT_KINDS and lat is not None:
                            if country_points is None:
                                country_points = _points_by_country(mentions)
                            far = _far_from_its_country_s_places(c, own, country_points)
                            if far is not None:
                                # (the country named by places, none near this reading: see the weight)
                                s += W["text_country_named_withheld"]
                                why.append(f"but {round(far) if 0.0 < far < _INF else format(far, '.0f')} km from the places the text names in {country}")
                            elif not called_own and _former_name_of_another_s_own(
                                    c, cands, core, own_towns if own_towns is not None
                                    else (own_towns := _own_town_fames(cands, core))):
                                # (nor for a city the name once was, Engels for 'Pokrovsk' beside
                                # 'Moscow', as for a country named by a demonym below)
                                s += W["text_country_named_withheld"]
                                why.append("but called so only by a name it once had, which a town bears as its own")
                        if kind_word_elsewhere and kind not in KIND_FAMILY[m_kind] and kind in _SETTLEMENT_KINDS:
                            # (the kind word's swing, kind_agrees - kind_differs, given back)
                            s += W["kind_agrees"] - W["kind_differs"]
                            why.append(f"every {m_kind} of the name lies in a country the text does not name")
                elif by_demonym and kind != "country" \
                        and (state := country if country in by_demonym else self._demonym_s_territory_town(
                            country, kind, by_demonym, cands) if country in demonym_held else None) is not None \
                        and (called_own or not _former_name_of_another_s_own(
                            c, cands, core, own_towns if own_towns is not None
                            else (own_towns := _own_town_fames(cands, core)))) \
                        and (leaving == state or (
                            (by_demonym[state][1] or _own_province_alone(kind, state, country, countries_by_other)
                             or not self._namesake_across_the_border(cands, country))
                            and not self._force_sent_to_another_continent(
                                state, by_demonym, countries_by_other, distances.get(key) if key is not None else None))):
                    # (a force told abroad, or a namesake across the border, leaves its country's
                    # namesake unmeant, unless the force leaves the place in its sentence: "A
                    # Canadian battalion moved from Kingston to Riga" sets out from home, not from
                    # New York state or Jamaica; mentions.clause_force)
                    # (not a town the name once was, which another town bears as its own: Engels
                    # for 'Pokrovsk' beside 'Russian forces'; an English name of the place itself,
                    # 'Gomel' for Homyel', is its name: the city is no less in Belarus than
                    # 'Gomel Airport', which bears the word in its own name)
                    # (a town of a territory the demonym's state holds: that state's ground, as
                    # its own towns are: "The British ice patrol ship sailed from Stanley")
                    s += w_by_demonym
                    why.append(f"{country} named in the text by {by_demonym[state][0]!r}" if state == country
                               else f"{country} held by {state}, named in the text by {by_demonym[state][0]!r}")
                    s, why = self._at_home(by_demonym[state], s, why)
                    country_by_demonym = True
                elif country in border_region and kind in _SETTLEMENT_KINDS \
                        and (state := self._demonym_s_border_state(country, by_demonym, cands, across_memo)) is not None \
                        and state not in countries_by_other \
                        and not self._force_sent_to_another_continent(
                            state, by_demonym, countries_by_other, distances.get(key) if key is not None else None):
                    # ("Nicaraguan soldiers were stationed in San Carlos": the demonym says nothing
                    # between Nicaragua's town and Costa Rica's across the border, but both lie where
                    # the force is, and neither namesake far away, San Carlos of California, does)
                    # (not where other names of the text put the demonym's state there already:
                    # "Azerbaijani forces entered Martuni in Nagorno-Karabakh" is Azerbaijan's, and
                    # the credit would lift Armenia's Martuni over it)
                    s += W["text_demonym_s_border_region"]
                    why.append(f"{country} named in the text by {by_demonym[state][0]!r}, a namesake across its border"
                               if country == state else
                               f"{country} borders {state}, named in the text by {by_demonym[state][0]!r}")
                elif by_demonym and kind != "country" and (
                        # (its first half read here from the memo where it was asked: most readings
                        # lie on the continent of a demonym's country, and ask no more)
                        apart if (apart := continent_apart.get(country)) is not None else True) \
                        and self._demonym_continent_elsewhere(cands, country, by_demonym, core, continents_memo) \
                        and not (kind == "admin1" and bare_area and not _town_in(cands, by_demonym, core)) \
                        and not self._continent_named_otherwise(country, countries_by_other) \
                        and not self._held_by_a_demonym_s_state(country, by_demonym, cands):
                    # (a province abroad named bare, "England", against only a village of the
                    # name at home, England in Arkansas: a village is no evidence against it)
                    s += W["text_demonym_continent_elsewhere"]
                    why.append("on another continent than the countries the text names by demonym")
                    elsewhere = True
                elif by_demonym and kind in _TOWN_KINDS and country not in by_demonym \
                        and (get("importance") or 0.0) < FAR_NAMESAKE_IMPORTANCE \
                        and self._on_a_demonym_continent(cands, country, by_demonym, core, town_continent_memo):
                    # ("Rwandan soldiers reached Palma": the town on the force's own continent)
                    s += W["text_town_on_a_demonym_continent"]
                    why.append("a town on the continent of a country the text names by demonym")
                elif shared_by_unclear and kind != "country" and country in shared_by_unclear \
                        and len(shared_by_unclear[country] - {own}) >= SHARED_BY_OTHER_NAMES:
                    s += W["text_country_shared_by_unclear"]
                    why.append(f"{country} holds the first readings of the text's other unclear names")
                elif scope is not None and kind != "country" and country in scope.other_countries:
                    s += w_other_country
                    why.append(f"{country} named in another section of the text")
                if not (country_by_other or country_by_demonym or elsewhere) and kind in _SETTLEMENT_KINDS \
                        and sim >= 1.0 and not called_own:
                    if named_as_such is None:
                        named_as_such = self._countries_named(mentions)
                    if self._other_name_on_another_continent(cands, country, named_as_such, core):
                        s += W["text_other_name_on_another_continent"]
                        why.append("called so only by another of its names, on another continent than the countries "
                                   "the text names, where a place bears the name as its own")
                in_named_province = False
                if provinces and not backed_far and pair_key is not None and get("admin1") and kind not in {"country", "admin1"} and \
                        _named_by_other(provinces.get((country, plain(c["admin1"]))), own):
                    if (famous := _famous_namesake_near(c, key, rows, distances, core, word_kind)) is not None:
                        why.append(f"in {c['admin1']}, named in the text, but {famous} lies as near the text's places")
                    else:
                        s += w_province_named
                        why.append(f"in {c['admin1']}, named in the text")
                        in_named_province = True
                elif home_forces and kind in _SETTLEMENT_KINDS and pair_key is not None and get("admin1") \
                        and (country, plain(c["admin1"])) in home_forces and _own_or_spelled(c["name"], core):
                    if (famous := _famous_namesake_near(c, key, rows, distances, core, word_kind)) is not None:
                        why.append(f"in {c['admin1']}, whose own force the text names, but {famous} lies as near "
                                   f"the text's places")
                    else:
                        s += w_home_force
                        why.append(f"in {c['admin1']}, whose own force the text names "
                                   f"({home_forces[(country, plain(c['admin1']))]!r})")
                        in_named_province = True  # (named by its force: no small namesake its country alone backs)
                if kind == "city" and accord is None:
                    accord = self._names_an_accord(m)
                if accord and kind == "city":
                    if world is None:
                        world = _world_city(cands, core)
                    if world is c:
                        s += W["text_accord_of_a_world_city"]
                        why.append(f"the {accord!r} is named after the world city")
                if kind in _TOWN_READING_KINDS and venue is None:
                    venue = self._venue_of_talks(m)
                if venue and kind in _TOWN_READING_KINDS:
                    if host_city is None:
                        host_city = _venue_city(cands, core)
                        if host_city and self._namesakes_told_locally(mentions, m, cands, host_city):
                            host_city = False  # ("talks with the union in Vienna" beside Fairfax County)
                    if host_city is c:
                        s += W["text_venue_of_talks"]
                        why.append(f"where the {venue!r} are held: the best-known city of the name")
                    elif host_city and c.get("country") != host_city.get("country"):
                        s += W["text_namesake_of_a_venue"]
                        why.append(f"a namesake of {host_city['name']} ({host_city['country']}), where the "
                                   f"{venue!r} are held, in a country the text names only as a whole or by its capital")
                if (country_by_other or country_by_demonym) and not in_named_province and kind in _SETTLEMENT_KINDS:
                    if world is None:
                        world = _world_city(cands, core)
                    if world and _small_namesake_by_country_alone(c, world, distances.get(key) if key is not None else None):
                        s += W["text_small_namesake_of_a_world_city"]
                        why.append(f"a small namesake of {world['name']} ({world['country']}) that only its "
                                   f"country, named in the text, supports")  # (by its name or a demonym)
                if ship_s_port and kind in _SETTLEMENT_KINDS and lat is not None and on_the_coast(lat, c["lon"]):
                    s += W["text_ship_s_port"]
                    why.append("on the coast, and a ship leaves or reaches it in its sentence")
                if leaving is not None and country == leaving and kind in _SETTLEMENT_KINDS and not backed_far:
                    s = self._left_by_its_country_s_force(s, why, c, cands, core, distances.get(key) if key is not None else None)
                if kind == "country":
                    if country_by_other:
                        s += w_holds
                        why.append(f"other places of the text lie in {country}")
                    if bare_mention and get("name_similarity", 0) == 1.0:
                        # a bare country name means that, not a small namesake near the other
                        # places of the text
                        s += w_bare_area
                elif bare_mention and sim == 1.0 and "name_similarity" in c \
                        and (kind == "admin1" or kind == "continent"  # (or _built_in_area(c), read in place)
                             or (get("gazetteer_id") or "").startswith("geomove-area:")) \
                        and (kind != "admin1" or (get("importance") or 0) > (
                            city_fame if city_fame is not None else (city_fame := _city_fame(cands)))):
                    # a bare province name means that, not a small namesake near the other
                    # places of the text ("California" beside Maryland towns); a sparsely
                    # peopled province less so (Manchester the Jamaican parish) ...
                    if kind == "admin1" and named_as_such is None:  # (asked once a ranking, at the first one)
                        named_as_such = self._countries_named(mentions)
                    if kind == "admin1" and self._province_on_another_continent(cands, country, named_as_such, core):
                        # ... but not a province on another continent than every country the
                        # text names, when a reading of the name lies in one of them
                        why.append("a province on another continent than the countries the text names")
                    elif kind != "admin1" or (get("importance") or 0) >= 0.65:
                        s += w_bare_area
                    elif self._holds_a_town_of_the_text(c, m, mentions):
                        # ... and a small province as much where another name of the text is a
                        # town inside it ("from Tavush to Ijevan": the province, not its village
                        # of that name; Ijevan lies in it)
                        s += w_bare_area
                        why.append("holds a town another name of the text is read as")
                    elif country_by_demonym:
                        # ... and a small province of the country whose people or force the text
                        # names ("Venezuelan troops moved into Amazonas": Venezuela's state, not
                        # Brazil's larger one; gaz86)
                        s += w_bare_area
                        why.append("a province of the country the text names by a demonym")
                    else:
                        s += w_bare_small
                if facility_family is not None and kind in facility_family \
                        and (not whole_readings or id(c) in whole_readings):
                    s += w_facility  # the text says what it is ("Kabul airport"): the town's fame must not win
                if kind == "admin2" and county_bare:
                    s += w_county  # a county named by its bare name is most often a person's name
                if listed_town is not None and (kind == "admin1" or kind == "admin2") \
                        and its_name != core:
                    s += W["text_area_listed_with_towns"]
                    why.append(f"listed with {listed_town[1]!r}, a town near {listed_town[0]['name']} "
                               f"({listed_town[0]['kind']}), which bears the name as its own; "
                               "the province has it only as another name")
                if its_name == core or id(c) == english_named:
                    # the place's own name, not one of its alternate names; or its English name,
                    # where its own is one English cannot spell ('Rhodes' of Ródos, not the
                    # Sydney suburb called so)
                    s += w_own_name
                    if id(c) in letter_for_letter:
                        s += W["text_own_spelling"]
                        why.append(f"{m['surface']!r} is its own name letter for letter; another place's "
                                   "is so only without its diacritics")
                if letters_dropped and id(c) in letters_dropped:
                    s += W["text_letters_dropped"]
                    why.append(f"{m['surface']!r} keeps letters English lacks, which its name has not; "
                               "a place elsewhere has them")
                # context must not drown a capital in villages; a town a crossing or base is named
                # after counts as that important here too (Ras al-Ayn, a village of 0 in GeoNames,
                # against a town elsewhere that has its name only as an alternate name)
                imp = get("importance") or 0.0
                lent = get("lent_importance") or 0.0
                if lent > imp:  # (max(imp, lent), as max gives it)
                    imp = lent
                s += w_importance * imp
                s *= 0.5 + 0.5 * sim
                c["context_score"] = round4(s)
                if scope is not None:
                    why.append(scope_why)
                c["why"] = "; ".join((base_why, *why)) if why else base_why  # (one string made, not three)
            _by_context_score(cands)
            if listed_town is not None:
                _say_listed_town_won(cands, listed_town)
            if record:
                by_score = list(map(id, cands))
            _area_before_a_country_of_another_name(cands, core)
            if by_demonym and bare_mention and len(cands) > 1:  # (a cheap gate: most names pass here)
                _demonym_s_own_province_first(cands, core, by_demonym, countries_by_other)
            if bare_mention and len(cands) > 1 and cands[0].get("kind") in _TOWN_KINDS:
                _province_of_its_own_name_first(cands, core)
            if m_kind == "admin1" and len(cands) > 1 and cands[0].get("kind") == "country":
                _province_by_its_kind_word_first(cands, core, self.text, m["start"], m["end"])
            self._prefer_namesake_city(m, cands)
            if word_kind:
                _whole_name_first(cands, m["surface"], word_kind, named)
            if record:
                # (only an order no rule moved after the sort by score is what ranking it again gives)
                # (a section's name, only when every reading was measured to both its contexts)
                kept = first[id(m)] = FirstRanking(by_score, rows, distances, countries_by_other | held_by_named,
                                                   provinces, by_demonym,
                                            all_points, only.get(own, ()), wide_id, other_countries) \
                    if by_score == list(map(id, cands)) and (scope is None or FirstRanking.recordable(
                        rows, distances, ctx, wide_ctx, wide_id)) else None
                if kept is not None:
                    kept.theatre = theatre
            if repeated:
                ranked[group] = (came, [(place_of[id(c)], c["context_score"], c["why"]) for c in cands])

    def _backed_only_far(self, mentions: list[dict], c: dict, own: str, text_countries: dict,
                         provinces: dict, points: list, memo: dict) -> bool:
        """Does every name of the text that backs reading ``c`` (puts its country or province in
        the text, or has a point within NAMESAKE_NEAR_KM of it) lie at least FAR_PARAGRAPHS
        paragraphs from every mention of the name ``own``, and no name in the paragraphs nearer
        than that read first in its country or near it (the context points are the clear places
        alone: 'Provo' a paragraph before is a place of Utah all the same)? False when nothing
        backs it. ``memo`` keeps the mentions by paragraph (a ranking)."""
        by_para = memo.get(None)
        if by_para is None:
            starts = paragraph_starts(self.text)
            by_para = memo[None] = {}
            paras_of = memo["paragraphs of"] = {}  # name key -> the paragraphs that name it
            for x in mentions:
                p, k = bisect_right(starts, x["start"]) - 1, name_key(x["surface"])
                by_para.setdefault(p, []).append((k, x))
                paras_of.setdefault(k, set()).add(p)
        mine = memo["paragraphs of"].get(own)
        if not mine:
            return False
        country, lat, lon = c.get("country"), c["lat"], c["lon"]
        backing = set(text_countries.get(country, ()))
        if c.get("admin1"):
            backing |= provinces.get((country, plain(c["admin1"])), set())
        band = memo.get("by latitude")
        if band is None:
            band = memo["by latitude"] = LatitudeBand.of(points)
        backing.update(band.keys_within(lat, lon, NAMESAKE_NEAR_KM))
        backing.discard(own)
        if not backing:
            return False
        # (the paragraphs nearer than FAR_PARAGRAPHS to one of the name's, each once and in order:
        # not every paragraph between its first and last mention with a min over its paragraphs each,
        # which grew with a long text's section, a name told in its first and last report; speed135)
        near = sorted({p for q in mine for p in range(q - FAR_PARAGRAPHS + 1, q + FAR_PARAGRAPHS)})
        for p in near:
            for k, x in by_para.get(p, ()):
                if k == own or x.get("drop"):
                    continue
                if k in backing:
                    return False
                first = (x.get("cands") or (None,))[0]
                if first is not None and (first.get("country") == country or (
                        first.get("lat") is not None and first.get("kind") != "country"
                        and haversine_km(lat, lon, first["lat"], first["lon"]) <= NAMESAKE_NEAR_KM)):
                    return False
        return True

    def _names_an_accord(self, m: dict) -> str:
        """'the Paris climate agreement', 'the Minsk agreements', 'the Astana talks': the words
        after a name that make it the name of an accord or a round of talks (ACCORD_WORDS, with
        at most one qualifier before them, in lower case), or "" when none do."""
        if m.get("tok") is None:
            return ""
        after = self.next_tokens(m["tok"] + m.get("n_tokens", 1) - 1, 2)
        for i, t in enumerate(after):
            if not t.is_word or not t.text[:1].islower():
                return ""
            if t.lower in ACCORD_WORDS:
                return " ".join(x.text for x in after[:i + 1])
        return ""

    @staticmethod
    def _namesakes_told_locally(mentions: list[dict], m: dict, cands: list[dict], host: dict) -> bool:
        """Does the text name, by another name than ``m``'s, a place in the country of one of
        the name's settlements abroad from ``host`` that is neither that country, an area, nor
        the country's capital (its own name: capitals.capital_names)? "Fairfax County" is such a
        place of the United States; "Washington" and "American" are not."""
        abroad = {c.get("country") for c in cands if c.get("country") != host.get("country")
                  and c.get("kind") in _SETTLEMENT_KINDS}
        if not abroad:
            return False
        own = core_key(m["surface"])
        capitals = capital_names()
        for other in mentions:
            if other is m or other.get("drop") or other["role"] in {"actor", "organisation"} \
                    or not other.get("cands") or core_key(other["surface"]) == own:
                continue
            best = other["cands"][0]
            cc = best.get("country")
            if cc not in abroad or best.get("kind") in {"country", "continent", "region"} or best.get("lat") is None:
                continue
            capital = capitals.get(cc)
            if capital is not None and name_key(capital) == name_key(best.get("name") or ""):
                continue
            return True
        return False

    def _venue_of_talks(self, m: dict) -> str:
        """'Diplomats returned to Vienna for talks', 'met in Geneva ... negotiations', 'Geneva
        hosted the talks': the noun of talks (TALKS_NOUNS, in lower case) within VENUE_WINDOW
        tokens of a name written after 'in'/'to'/'at' or before 'hosted' (after at most two
        auxiliaries) in its sentence, or "" when there is none."""
        i = m.get("tok")
        if i is None:
            return ""
        last = i + m.get("n_tokens", 1) - 1
        if TALKS_NOUNS.isdisjoint(sentence_words(self, i, last)):
            return ""  # (no noun of talks in the name's sentence: most names, passed by one set test)
        prev = self.prev_word(i, VENUE_WINDOW)
        after = self.next_tokens(last, VENUE_WINDOW)
        at = bool(prev) and prev[-1].lower in _VENUE_PREPOSITIONS
        if not at:
            j = 0
            while j < 2 and j < len(after) and after[j].lower in HOSTING_AUXILIARIES:
                j += 1
            if j >= len(after) or after[j].lower not in HOSTING_VERBS or not after[j].text.islower():
                return ""
        for t in (*prev, *after):
            if t.lower in TALKS_NOUNS and t.text.islower():
                return t.text
        return ""

    @staticmethod
    def _kind_word_elsewhere(cands: list[dict], family: set, named) -> bool:
        """Does every reading of the kind the text writes beside the name (``family``) lie in a
        country no other name of the text points to (``named``: that test of a reading), while
        a settlement of another kind lies in one it does?"""
        of_kind = [c for c in cands if c.get("kind") in family]
        if not of_kind or any(named(c) for c in of_kind):
            return False
        return any(c.get("kind") in _SETTLEMENT_KINDS and c.get("kind") not in family
                   and c.get("lat") is not None and named(c) for c in cands)

    @staticmethod
    def _plausible_readings(mentions: list[dict]) -> dict[str, list[tuple[float, float, float]]]:
        """name key -> (lat, lon, radius) of its readings worth pairing: its own name, a place or
        a county, not a province or country (whatever lies inside those is near them)."""
        out: dict[str, list[tuple[float, float]]] = {}
        for m in mentions:
            if m["role"] == "actor" or m.get("cc"):
                continue
            # (a loop, not a list comprehension: a function made for every mention of every text)
            pts = None
            for c in (m.get("cands") or [])[:6]:
                if c.get("lat") is not None and c.get("kind") not in {"country", "continent", "admin1", "region"} \
                        and c.get("name_similarity", 1.0) >= 0.95:
                    if pts is None:
                        pts = out.get(core_key(m["surface"]))
                        if pts is None:
                            pts = out[core_key(m["surface"])] = []
                    pts.append((c["lat"], c["lon"], c.get("uncertainty_km") or 0.0))
        return out

    def _holds_a_town_of_the_text(self, province: dict, m: dict, mentions: list[dict]) -> bool:
        """Is ``province`` (an admin1 reading of ``m``) the province of a settlement another name
        of the text is first read as? (the provinces of the text's towns are worked out once a
        text, at the first asking: a small province read bare is rare)"""
        towns = getattr(self, "_towns_by_province", None)
        if towns is None or towns[0] is not mentions:
            held: dict[tuple, set] = {}
            for other in mentions:
                cands = other.get("cands") or []
                if cands and cands[0].get("kind") in _SETTLEMENT_KINDS and cands[0].get("admin1") \
                        and other["role"] not in {"actor", "organisation"}:
                    held.setdefault((cands[0].get("country"), plain(cands[0]["admin1"])), set()).add(
                        name_key(other["surface"]))
            towns = self._towns_by_province = (mentions, held)
        keys = towns[1].get((province.get("country"), plain(province.get("name") or "")))
        return bool(keys) and any(k != name_key(m["surface"]) for k in keys)

    @staticmethod
    def _provinces_named(mentions: list[dict]) -> dict[tuple, set]:
        """(country, plain province name) -> keys of the mentions that name the province itself
        as their clear reading ("Kentucky", "Ky.", "Ontario")."""
        out: dict[tuple, set] = {}
        for m in mentions:
            cands = m.get("cands") or []
            if not cands or not m.get("clear") or m.get("drop") or m["role"] in {"actor", "organisation"} \
                    or m.get("area_demonym"):  # ("a Texan rancher" names no province the text is in)
                continue
            best = cands[0]
            if best.get("kind") == "admin1" and best.get("name_similarity", 0) >= 0.95:
                out.setdefault((best.get("country"), plain(best["name"])), set()).add(name_key(m["surface"]))
        return out

    def _home_force_provinces(self, mentions: list[dict]) -> dict[tuple, str]:
        """(country, plain province name) -> the surface, for each province the text names as
        the head of its own force's name ("the Ohio National Guard", "Kentucky State Police":
        HOME_FORCE_MODIFIERS, HOME_FORCE_NOUNS). Such a force acts at home: a town of the name in
        that province is likelier than a namesake abroad, even in a text that ranges over several
        provinces ("the Kentucky National Guard moved soldiers from Paris to Maysville; the Ohio
        National Guard sent a company from Lebanon"). The force's name stays an organisation's,
        no place of the text."""
        out: dict[tuple, str] = {}
        toks = self.toks
        for m in mentions:
            cands = m.get("cands") or []
            if not cands or m.get("drop") or m.get("tok") is None or m["role"] not in {"organisation", "actor", "place"}:
                continue
            # (the word after the name first, one look-up: a force's name goes on with a modifier or
            # its noun, and most names are followed by neither, so their readings are not scanned)
            after = m["tok"] + m.get("n_tokens", 1)
            if after >= len(toks) or toks[after].lower not in _HOME_FORCE_WORDS:
                continue
            # (every province of the name, read first or not: "the Georgia National Guard" is
            # read as the country, Georgia, where the force is the US state's)
            own = plain(m["surface"])
            provinces = [c for c in cands if c.get("kind") == "admin1" and c.get("name_similarity", 0) >= 0.95
                         and plain(c.get("name") or "") == own]
            if not provinces:
                continue
            words = [t.lower for t in self.next_tokens(m["tok"] + m.get("n_tokens", 1) - 1, 3)]
            while words and words[0] in HOME_FORCE_MODIFIERS:
                words.pop(0)
            if words and words[0] in HOME_FORCE_NOUNS:
                for c in provinces:
                    out.setdefault((c.get("country"), plain(c["name"])), m["surface"])
        return out

    def _more_context(self, mentions: list[dict], text_countries: dict, points: list,
                      importance_of: dict | None = None) -> bool:
        """Add the mentions that ranking in context made clear to the context, and put the
        reading ranking in context clearly chose in place of the one a name put there alone
        ("Victoria" clear alone as Hong Kong's, by fame, in a text about Sydney ranked as the
        Australian state: Hong Kong is no context then, the state is); any change?"""
        added = False
        named = None  # the countries the text names as such (asked once, when a reading was overturned)
        for m in mentions:
            cands = m.get("cands") or []
            if len(cands) < 2 or m["role"] == "actor":
                continue
            overturned = m.get("clear") and m.get("context_reading") is not None \
                and cands[0].get("gazetteer_id") != m["context_reading"]
            if m.get("clear") and not overturned:
                continue
            a, b = cands[0].get("context_score", 0.0), cands[1].get("context_score", 0.0)
            if a - b < CLEAR_MARGIN and not (m["role"] == "place" and a >= b
                                             and _a_town_and_its_province_first(cands, a)):
                if overturned and _moved_away(cands[0], points, name_key(m["surface"])) \
                        and self._withdraw_context(m, mentions, text_countries, points, importance_of, None):
                    # ... a reading clear alone by its fame that ranking put below another, though
                    # not clearly ("Parana", Brazil's state by fame, first read as the Argentine
                    # city beside "Argentine police"): its point backs the text's other names no
                    # more, and they are ranked again without it (nor with the new reading, not clear)
                    m["clear"] = False
                    added = True
                continue
            m["clear"] = True
            best = cands[0]
            if m["surface"] in _FORCE_OPENERS_WRITTEN and self._opens_a_force_s_name(m):
                continue  # ("Federal" of "Federal Police": clear by a demonym's credit, but no place)
            if overturned:
                self._withdraw_context(m, mentions, text_countries, points, importance_of, best.get("gazetteer_id"))
                added = True
                if named is None:
                    named = self._countries_named(mentions)
                if best.get("country") not in named:
                    # the new reading is context only in a country the text names ("Australia"
                    # beside "Victoria"): two overturned readings must not back each other
                    continue
            m["context_reading"] = best.get("gazetteer_id")
            if best.get("country"):
                text_countries.setdefault(best["country"], set()).add(name_key(m["surface"]))
            if best.get("kind") != "country" and best.get("lat") is not None:
                points.append((best["lat"], best["lon"], name_key(m["surface"]),
                               context_radius(best)))
                if importance_of is not None:
                    importance_of[name_key(m["surface"])] = max(importance_of.get(name_key(m["surface"]), 0.0),
                                                                best.get("importance") or 0.0)
            added = True
        return added

    @staticmethod
    def _withdraw_context(m: dict, mentions: list[dict], text_countries: dict, points: list,
                          importance_of: dict | None, reading: str | None) -> bool:
        """Take the point and country ``m``'s name put in the context out of it, and make
        ``reading`` (a gazetteer id, or None: none yet) the name's context reading, its repeats'
        too; did the name put a point there?"""
        key = name_key(m["surface"])
        had = any(p[2] == key for p in points)
        points[:] = [p for p in points if p[2] != key]
        for cc in [cc for cc, keys in text_countries.items() if key in keys]:
            text_countries[cc].discard(key)
            if not text_countries[cc]:
                del text_countries[cc]
        if importance_of is not None:
            importance_of.pop(key, None)
        for o in mentions:
            if o.get("context_reading") is not None and name_key(o["surface"]) == key:
                o["context_reading"] = reading  # (its repeats: one reading a name)
        m["context_reading"] = reading
        return had

    def _base_bearing_the_name_itself(self, m: dict, cands: list[dict]) -> bool:
        """'C-17s flew from Ramstein to Rzeszow': a bare name whose first reading is a town formed
        by joining two places' names, the name written and another (Ramstein-Miesenbach:
        _joined_town_name_opening_with), means the base or airfield within NAMESAKE_BASE_KM whose
        own name is that name with its kind word ('Ramstein Air Base'): the writer chose the
        base's name, not the town's. A town called by the name itself ('Incirlik', 'Bagram'), by
        another spelling of it ('Aksum' for Axum, beside Axum Airport) or with a qualifier
        ('Clacton-on-Sea', 'Ludwigshafen am Rhein') stays the town, as _prefer_namesake_city
        says. The base is put first (True), else nothing changes (False)."""
        top = cands[0]
        if len(cands) < 2 or top.get("kind") not in _SETTLEMENT_ONLY or top.get("lat") is None:
            return False
        core = None  # (the name's plain spelling: asked only of a name one of whose readings is a base)
        for i, c in enumerate(cands[1:6], start=1):
            if c.get("kind") not in NAMESAKE_BASE_KINDS or c.get("lat") is None \
                    or c.get("name_similarity", 0) < top.get("name_similarity", 0):
                continue
            if core is None:
                core = plain(m["surface"])
                if not _joined_town_name_opening_with(top.get("name") or "", core):
                    return False  # (the town is called so, or by another spelling: Aksum for Axum)
            head, word = self.gaz.split_kind(c.get("name") or "")
            if not word or plain(head) != core \
                    or haversine_km(c["lat"], c["lon"], top["lat"], top["lon"]) > NAMESAKE_BASE_KM:
                continue
            cands.insert(0, cands.pop(i))
            cands[0]["why"] = cands[0].get("why", "") + \
                f"; the base bears the name itself, {top.get('name')} only as another of its names"
            return True
        return False

    def _scope_facts(self, mentions: list[dict], sid: int | None) -> ScopeFacts:
        """The ScopeFacts of ``mentions`` (the scope ``sid``), worked out at the first round and
        kept for the text: the second round ranks the very same list of mentions again, whose
        facts no round changes (a list that is not the one kept is worked out anew)."""
        kept = self.per_text.setdefault("scope_facts", {})
        known = kept.get(sid)
        if known is not None and known[0] is mentions and known[1] == len(mentions):
            return known[2]
        # (only a name written more than once with two readings or more can be ranked as
        # before: see _rank_in_context's repeats)
        repeats: dict[tuple, int] = {}
        list_ends: tuple[dict, dict] = ({}, {})
        for m in mentions:
            if len(m.get("cands") or ()) >= 2:
                group = (m["surface"], m.get("kind"))
                repeats[group] = repeats.get(group, 0) + 1
            if m.get("tok") is not None and m["role"] != "actor":
                list_ends[0].setdefault(m["tok"], []).append(m)
                list_ends[1].setdefault(m["tok"] + m["n_tokens"], []).append(m)
        facts = ScopeFacts(self._names_told_as_provinces(mentions), self._home_force_provinces(mentions),
                           repeats, list_ends)
        kept[sid] = (mentions, len(mentions), facts)
        return facts

    def _names_told_as_provinces(self, mentions: list[dict]) -> set[str]:
        """The names the text writes with a province's kind word ("Batken region", "Donetsk
        oblast"). A text that writes the kind word to mean the province means the city where it
        writes the same name bare ("Shelling hit Batken"), however small a share of the
        province's people the city holds (_prefer_namesake_city)."""
        out = set()
        for m in mentions:
            if m.get("role") != "place" or m.get("drop"):
                continue
            core, word_kind = self.gaz.split_kind(m["surface"])
            if (m.get("kind") or word_kind) in {"admin1", "admin2"}:
                out.add(name_key(core))
        return out

    def _prefer_namesake_city(self, m: dict, cands: list[dict]) -> None:
        """'Aleppo' means the city, not the governorate named after it, unless the text says so.

        Likewise a bare name means the town, not the air base or airport named after it:
        reports name facilities with their kind word ("Deir ez-Zor airport"); unless the town
        bears the name only as another of its names (_base_bearing_the_name_itself).
        """
        if not cands:
            return
        if not m.get("kind") and self._base_bearing_the_name_itself(m, cands):
            return
        if not m.get("kind") and cands[0].get("kind") in FACILITY_KINDS:
            for i, c in enumerate(cands[1:6], start=1):
                top = cands[0]
                if c.get("kind") in {"city", "town", "village", "admin1", "admin2"} and \
                        c.get("name_similarity", 0) >= top.get("name_similarity", 0) and \
                        None not in (c.get("lat"), top.get("lat")) and \
                        haversine_km(c["lat"], c["lon"], top["lat"], top["lon"]) < 60:
                    cands.insert(0, cands.pop(i))
                    cands[0]["why"] = cands[0].get("why", "") + "; a settlement (no facility word in the text)"
                    break
        if m.get("kind") in {"admin1", "admin2", "region"}:
            return
        top = cands[0]
        if top.get("kind") in {"admin1", "admin2", "city", "town"} and not m.get("kind"):
            # "Mexico" is the country, not the State of Mexico inside it
            for i, c in enumerate(cands[1:6], start=1):
                if c.get("kind") == "country" and c.get("country") == top.get("country") and \
                        c.get("name_similarity", 0) >= top.get("name_similarity", 0) and \
                        plain(c["name"]) == plain(m["surface"]):
                    cands.insert(0, cands.pop(i))
                    cands[0]["why"] = cands[0].get("why", "") + "; the country, not a province named like it"
                    return
            top = cands[0]
        if top.get("kind") not in {"admin1", "admin2"}:
            return
        core = None
        for i, c in enumerate(cands[1:4], start=1):
            # (the tests below are pure and all must hold: the cheap ones first, as most readings
            # after a province are no city or town of its country)
            if c.get("country") != top.get("country") or (c.get("kind") not in {"city", "town"} and not (
                    c.get("kind") == "village" and self._village_seat_named_so(top, c, m))):
                continue
            # the city must bear the province's name itself ("Maryland City" is not "Maryland")
            if core is None:
                core = plain(self.gaz.split_kind(m["surface"])[0])
            same_name = plain(c["name"]) == plain(top["name"]) or spelling_similarity(c["name"], top["name"]) >= 0.8 \
                or core in (plain(c["name"]), plain(c.get("matched_name") or ""))
            if not same_name or self._city_by_another_name(top, c, core):
                continue
            inside = c.get("admin1") == top.get("name") or (
                None not in (c.get("lat"), top.get("lat")) and
                haversine_km(c["lat"], c["lon"], top["lat"], top["lon"]) <= max(100.0, top.get("uncertainty_km") or 0.0))
            if not inside:
                continue
            # ... and hold a fair share of its people: "Aleppo", "New York" are the cities,
            # "Quebec" (a twentieth of its province) the province
            people = (raw_of(top).get("population_of_cities") or 0)
            major = not people or (c.get("population") or 0) >= NAMESAKE_SHARE * people \
                or self._seat_at_the_province_point(top, c) \
                or self._province_by_another_name(top, c, core) \
                or (name_key(core) in getattr(self, "_told_as_provinces", ()) and plain(c["name"]) == core
                    and not m.get("kind") and not self.gaz.split_kind(m["surface"])[1])
            # (the city by its own name only: one the name reads by another of its names, 'Bihar'
            # for Bihar Sharif, stays the province the text names so: hints._provinces_beside_provinces)
            if major:
                # (in the province: California, Missouri is not the city California is named after)
                cands.insert(0, cands.pop(i))
                cands[0]["why"] = cands[0].get("why", "") + "; the city the province is named after"
                return

    def _listed_among_towns(self, m: dict, cands: list[dict], core: str,
                            list_ends: tuple[dict, dict]) -> tuple[dict, str] | None:
        """'Police were sent to Novi Pazar, Raška and Tutin': a name written in a list of towns is
        a town too. When a province or district has the name only as another of its names (the
        Raška district is 'Raški okrug'), a settlement bears it as its own, and a name joined to
        it by a list word (listed.LIST_JOINERS) has a settlement of its own name within
        LISTED_TOWN_KM of that settlement and no province of its own name (a list of towns, not
        of provinces): (that settlement, the listed name), else None. It asks only which
        readings the names have, not which comes first, so it holds in every round."""
        if m.get("tok") is None:
            return None
        # (a loop, not any() over a generator: asked for every bare name, most of which have no
        # province or district reading at all)
        for c in cands:
            if c.get("kind") in {"admin1", "admin2"} and plain(c.get("name") or "") != core:
                break
        else:
            return None
        towns = [c for c in cands if c.get("kind") in _SETTLEMENT_ONLY and c.get("lat") is not None
                 and c.get("name_similarity", 0) >= 1.0 and plain(c.get("name") or "") == core]
        if not towns:
            return None
        starts, ends = list_ends
        beside = []
        for k in range(1, 5):  # (a list word is one to four tokens: ',', 'and', ', as well as')
            # (loops, not list comprehensions: most of the eight lists are empty)
            for o in ends.get(m["tok"] - k, ()):
                beside.append((o, m))
            for o in starts.get(m["tok"] + m["n_tokens"] + k, ()):
                beside.append((m, o))
        for a, b in beside:
            if not self._joined_in_a_list(a, b):
                continue
            other = b if a is m else a
            other_core = plain(self.gaz.split_kind(other["surface"])[0])
            own = [c for c in other.get("cands") or () if plain(c.get("name") or "") == other_core
                   and c.get("lat") is not None]
            if any(c.get("kind") in {"admin1", "admin2", "country"} for c in own):
                continue
            for town in towns:
                if any(c.get("kind") in _SETTLEMENT_ONLY and haversine_km(
                        c["lat"], c["lon"], town["lat"], town["lon"]) <= LISTED_TOWN_KM for c in own):
                    return town, other["surface"]
        return None

    @staticmethod
    def _seat_at_the_province_point(province: dict, city: dict) -> bool:
        """'Troops were sent to Tillaberi', 'deployed in Magway': a town that bears its province's
        name (the seat the province is named after) within SEAT_AT_PROVINCE_POINT_KM of the
        province's own point is what the bare name means, however few of the province's
        people the index counts in it. News writes the province with its kind word where it
        means it ("the Tillaberi region", "Magway Region": a text that does is read so, see
        _names_told_as_provinces); and where the two points are this close, the town's serves
        either meaning, while only the town is as specific as a movement's end should be (a
        province is scored by its country, a point within tens of kilometres). A province
        whose point lies far from its namesake seat (Quebec, Sagaing: hundreds of kilometres)
        is read as the province, as before."""
        if None in (city.get("lat"), province.get("lat")) or plain(city.get("name") or "") != plain(province.get("name") or ""):
            return False  # (the very name: "Maryland City" is no seat named like Maryland)
        return haversine_km(city["lat"], city["lon"], province["lat"], province["lon"]) <= SEAT_AT_PROVINCE_POINT_KM

    def _village_seat_named_so(self, province: dict, village: dict, m: dict) -> bool:
        """'Police units were deployed to Raska': a settlement the index counts as a village whose
        own name the text writes ('Raška') while the district has it only among its other names
        ('Raški okrug'), within SEAT_AT_PROVINCE_POINT_KM of the district's point (its seat, which
        the district is named after), is what the bare name means, as a city or town would be
        (the village's point serves either meaning; the town is the more specific)."""
        core = plain(self.gaz.split_kind(m["surface"])[0])
        # (a province whose own name is the name written, its háček spelled out, 'Tavuš' for
        # 'Tavush', bears it as its own: its point need not be a seat's)
        return plain(village.get("name") or "") == core and plain(province.get("name") or "") != core \
            and digraphs_written_out(province.get("name")) != core \
            and village.get("name_similarity", 0) >= 1.0 and None not in (village.get("lat"), province.get("lat")) \
            and haversine_km(village["lat"], village["lon"], province["lat"], province["lon"]) <= SEAT_AT_PROVINCE_POINT_KM

    @staticmethod
    def _province_by_another_name(province: dict, city: dict, core: str) -> bool:
        """The text spells the city's own name, the province has it only among its other names
        ("Kherson" beside "Khersonska oblast"; "Aleppo", governorate "Halab"): the name means
        the city however few of the province's people the index counts in it."""
        return plain(province.get("name") or "") != core and city.get("name_similarity", 0) >= 0.95 \
            and core in (plain(city.get("name") or ""), plain(city.get("matched_name") or ""))

    @staticmethod
    def _city_by_another_name(province: dict, city: dict, core: str) -> bool:
        """The mirror of :meth:`_province_by_another_name`: the text spells the province's own
        name, the city has it only among its other names ("Kinmen", the island county, beside
        Jincheng, its seat, once called Kinmen town): the name means the province. A city whose
        own name holds the province's ("New York City", "Oklahoma City", "Karak City") bears it,
        and so does one whose own name is another spelling of it (Aden, beside 'Adan)."""
        own = city.get("name") or ""
        return plain(province.get("name") or "") == core and core not in plain(own) \
            and spelling_similarity(own, province.get("name") or "") < 0.8 and name_key(own) != name_key(core) \
            and not _qaf_spelled_g(own, core)

    def _one_sense_per_text(self, mentions: list[dict]) -> None:
        """Facilities sharing a name (a border crossing and a garrison named after one
        village): the one the text once pins down with a kind word ("the X garrison") is the
        one it means where it repeats the name bare ("X")."""
        pinned: dict[str, str] = {}
        for m in mentions:
            cands = m.get("cands") or []
            core, word_kind = self.gaz.split_kind(m["surface"])
            if cands and word_kind and cands[0].get("gazetteer_id") and \
                    cands[0].get("kind") in KIND_FAMILY.get(word_kind, {word_kind}):
                pinned.setdefault(name_key(core), cands[0]["gazetteer_id"])
        if not pinned:
            return
        for m in mentions:
            cands = m.get("cands") or []
            if len(cands) < 2 or self.gaz.split_kind(m["surface"])[1] or m.get("kind"):
                continue
            if cands[0].get("kind") not in FACILITY_KINDS:
                continue  # "Qamishli airport" does not make every "Qamishli" the airport
            gid = pinned.get(name_key(m["surface"]))
            at = next((i for i, c in enumerate(cands) if c.get("gazetteer_id") == gid), None)
            if at:
                pick = cands.pop(at)
                pick["why"] = pick.get("why", "") + "; named so elsewhere in the text with its kind"
                cands.insert(0, pick)

    def _countries_by_demonym(self, mentions: list[dict], text_countries: dict) -> dict[str, tuple[str, bool]]:
        """Countries the text names by a demonym ("Congolese troops", "the Malian army",
        "Rwandan-backed rebels", "Bolivian police"), whatever role the demonym plays (where
        another name of the text puts something there too, the country-named feature holds
        first, in _rank_in_context): country ->
        (the first demonym's surface, whether some demonym of it names those who act at home,
        HOME_NOUNS). An actor is no place, so the demonym is no context point; but among
        namesakes the one in the country whose forces or people the text names is likelier
        ('Beni' beside 'Congolese troops' is the Congolese town, not Bolivia's El Beni)."""
        out: dict[str, tuple[str, bool]] = {}
        for m in mentions:
            cc = m.get("cc")
            if not cc and m["role"] == "actor" and not m.get("drop"):
                # a country that acts, named by its own name ("Mali's army", "Mali said"), names
                # the country as its demonym does ("the Malian army")
                cc = _acting_country(m)
            # (a country other names of the text put there is named already: the country-named
            # feature holds for them first; but a country only the name ranked put there, by
            # the reading a first round chose, is still named by the demonym alone)
            if not cc or m.get("drop") or m.get("area_demonym"):
                continue
            home = False
            if m.get("tok") is not None:
                words = [t.lower for t in self.next_tokens(m["tok"] + m.get("n_tokens", 1) - 1, 2) if t.is_word]
                # (a force name's opening adjective is no noun of a person: "the Argentine
                # National Gendarmerie", not "a French national"; gaz92)
                home = bool(words) and (words[0] in HOME_NOUNS or (len(words) > 1 and words[1] in HOME_NOUNS
                                                                   and (words[0] not in ACTOR_NOUNS
                                                                        or words[0] in FORCE_NAME_OPENERS)))
            first = out.get(cc)
            out[cc] = (first[0] if first else m["surface"], home or (first[1] if first else False))
        # a state's force named by its own name names its state as its demonym does ("FARDC
        # units deployed to Beni": the Congolese town, as beside 'Congolese troops'; gaz87)
        for cc, surface in self._state_forces_named().items():
            out.setdefault(cc, (surface, False))
        return out

    def _state_forces_named(self) -> dict[str, str]:
        """The states whose force the text names by its own name (mentions.group_homes.
        state_force_countries): ISO2 -> the name, read once a text."""
        known = self.per_text.get("state_forces")
        if known is None:
            known = self.per_text["state_forces"] = state_force_countries(self.text, self.toks, self.tok_texts)
        return known

    def _force_sent_to_another_continent(self, country: str | None, by_demonym: dict,
                                         countries_by_other: set, near: tuple | None) -> bool:
        """'US Navy ships left Souda Bay for Naples': the demonym names a force (a noun of one
        follows it: _countries_of_forces), not those who act at home (HOME_NOUNS); every country
        the text's other names put there lies on another continent than ``country``, the
        demonym's; and the reading lies farther than FAR_NAMESAKE_KM from every other place of
        the text (``near``: its distance to them, as measured for the nearness term): the force
        is told abroad, and its home country says nothing for a namesake there (Naples,
        Florida) against the places the text names. A reading near them keeps the credit
        ("Canadian reservists trained near London, Ontario": London, England, read by fame alone,
        puts Britain there, but the Canadian London lies beside Ontario). False when no other
        name puts a country in the text, or a continent is unknown."""
        if not countries_by_other or by_demonym[country][1] or near is None or near[0] <= FAR_NAMESAKE_KM \
                or country not in self._countries_of_forces():
            return False
        here = self._continent_of(country)
        return here is not None and all(self._continent_of(cc) not in (here, None) for cc in countries_by_other)

    def _countries_of_forces(self) -> frozenset:
        """The countries whose demonym or abbreviation the text writes right before a noun of a
        force ("US crews", "French troops", "the US Navy": ACTOR_NOUNS, either case), worked out
        once a text; a country named as a body ("New Zealand Department") or a people is none."""
        known = self.per_text.get("forces_named")
        if known is None:
            toks = self.toks
            found = set()
            for i, t in enumerate(toks[:-1]):
                nxt = toks[i + 1]
                if nxt.lower in ACTOR_NOUNS and t.text[:1].isupper() and nxt.sentence == t.sentence:
                    cc = self.demonym(t.text) or COUNTRY_ABBREVIATIONS.get(t.text)
                    if cc:
                        found.add(cc)
            found.update(self._state_forces_named())  # (a state's force by its own name is a force: "UPDF")
            known = self.per_text["forces_named"] = frozenset(found)
        return known

    def _continent_named_otherwise(self, country: str | None, countries_by_other: set) -> bool:
        """Does another name of the text put a country on ``country``'s continent ('US Navy
        ships left Souda Bay for Naples': Greece, beside Italy)? Then a reading there lies where
        the text is, whatever continent the demonyms' countries are on, and is not penalised as
        lying on another continent than them (_demonym_continent_elsewhere: "and names nothing
        in otherwise")."""
        return self._on_the_continent_of_one(country, countries_by_other)

    def _on_the_continent_of_one(self, country: str | None, others) -> bool:
        """Does ``country`` lie on a known continent that one of ``others`` (countries) lies on
        too? (_continent_named_otherwise, _on_a_demonym_continent)"""
        known = self._continents()  # (a country's continent read from the table: see _continents)
        here = known[country] if country in known else self._continent_of(country)
        if here is None:
            return False
        for cc in others:  # (a loop, not any() over a generator)
            if (known[cc] if cc in known else self._continent_of(cc)) == here:
                return True
        return False

    @staticmethod
    def _left_by_its_country_s_force(s: float, why: list, c: dict, cands: list[dict], core: str,
                                     near: tuple | None) -> float:
        """``s`` with text_leaving_force_s_country for a reading in the country whose force the
        name's sentence tells leaving it (mentions.clause_force), unless it is a small namesake
        of a world city abroad, which its country alone does not make meant (as for a country
        named: text_small_namesake_of_a_world_city)."""
        world = _world_city(cands, core)
        if world and _small_namesake_by_country_alone(c, world, near):
            return s
        why.append(f"a force of {c.get('country')} leaves it in its sentence")
        return s + W["text_leaving_force_s_country"]

    @staticmethod
    def _at_home(demonym: tuple[str, bool], s: float, why: list) -> tuple[float, list]:
        """(score, why) with the home-demonym weight when the demonym names those who act at
        home ("Honduran police", "Bolivian authorities": HOME_NOUNS): the place they speak of
        or act in lies in their country, however better known a namesake abroad."""
        if demonym[1]:
            s += W["text_country_by_home_demonym"]
            why.append(f"{demonym[0]!r} names those who act at home")
        return s, why

    def _country_facts(self, what: str) -> dict:
        """A table of facts of the index's countries (``what``: "continents", "neighbours",
        "places"),
        kept for the gazetteer object across documents: each text asked the index anew (a
        country row read and its raw JSON decoded, 450 times a batch of 95 reports)."""
        try:
            kept = _COUNTRY_FACTS.get(self.gaz)
            if kept is None:
                kept = _COUNTRY_FACTS[self.gaz] = {}
        except TypeError:  # (a gazetteer that cannot be weakly referenced: kept for this text)
            kept = self.per_text.setdefault("country_facts_here", {})
        return kept.setdefault(what, {})

    def _country_place(self, code: str) -> dict | None:
        """The index's country PLACE of an ISO2 code (``gaz.country``), read once a process for
        the gazetteer object: each call of ``gaz.country`` decodes the row's raw JSON anew (a
        country's is long). Shared: only read, as the candidates shared across documents are."""
        places = self.per_text.get("country_places")
        if places is None:
            places = self.per_text["country_places"] = self._country_facts("places")
        try:
            return places[code]
        except KeyError:
            place = places[code] = self.gaz.country(code)
            return place

    def _continent_of(self, country: str | None) -> str | None:
        """The continent code of a country (GeoNames' countryInfo, as the index keeps it)."""
        known = self.per_text.get("continents")
        if known is None:
            known = self.per_text["continents"] = self._country_facts("continents")
        if country not in known:
            raw = ((self.gaz.country(country) if country else None) or {}).get("raw") or {}
            known[country] = raw.get("continent") or None
        return known[country]

    def _continents(self) -> dict:
        """The table :meth:`_continent_of` fills (ISO2 -> continent code or None), for the loops
        of ranking in context over a name's countries: they read a country known to it there
        and call _continent_of only for one not yet in it (21,551 Python calls a batch of 380
        reports, nearly all for a country the table already held)."""
        known = self.per_text.get("continents")
        if known is None:
            known = self.per_text["continents"] = self._country_facts("continents")
        return known

    def _demonym_continent_elsewhere(self, cands: list[dict], country: str | None, by_demonym: dict,
                                     core: str, memo: tuple[dict, dict] | None = None) -> bool:
        """'Honduran soldiers ... in Santa Rosa': a reading on another continent than every
        country the text names by demonym (and names nothing in otherwise), while another
        reading of the name lies in one of them: the namesake abroad is less likely than the
        one where those the text names are. (A neighbour or a country on the same continent is
        left to the other features: forces cross borders.)
        ``memo``: each half's answers while ``by_demonym`` and the readings hold (one round of
        ranking in context): the first half per country, the second per list of readings and name."""
        if memo is None:
            return self._continent_apart(country, by_demonym) and (
                self._reading_in_demonym_country(cands, by_demonym, core)
                or self._town_on_a_demonym_continent(cands, by_demonym, core))
        apart, in_country = memo
        hit = apart.get(country)
        if hit is None:
            hit = apart[country] = self._continent_apart(country, by_demonym)
        if not hit:
            return False
        key = (id(cands), core)
        hit = in_country.get(key)
        if hit is None:
            hit = in_country[key] = self._reading_in_demonym_country(cands, by_demonym, core) \
                or self._town_on_a_demonym_continent(cands, by_demonym, core)
        return hit

    def _on_a_demonym_continent(self, cands: list[dict], country: str | None, by_demonym: dict, core: str,
                                memo: dict) -> bool:
        """Does ``country`` lie on the continent of a country the text names by demonym, and the
        name is one _town_on_a_demonym_continent holds for (asked once per name: ``memo``)?"""
        if not self._on_the_continent_of_one(country, by_demonym):
            return False
        key = (id(cands), core)
        hit = memo.get(key)
        if hit is None:
            hit = memo[key] = self._town_on_a_demonym_continent(cands, by_demonym, core)
        return hit

    def _town_on_a_demonym_continent(self, cands: list[dict], by_demonym: dict, core: str) -> bool:
        """Does a town or a city (_TOWN_KINDS: 5,000 people or more, not a village) of the very
        name lie on the continent of a country the text names by demonym? 'Rwandan soldiers
        reached Palma': a force named by its country is sent abroad as often as it acts at home,
        but most often to its own continent (Rwanda's to Cabo Delgado, Kenya's to Somalia), so
        the Mozambican town is likelier than Mallorca's city; the reading on another continent
        than every such country gets text_demonym_continent_elsewhere, as where the namesake lies
        in the demonym's own country (gaz43)."""
        continents = {self._continent_of(cc) for cc in by_demonym} - {None}
        if not continents or self._reading_in_demonym_country(cands, by_demonym, core):
            return False  # (a reading in the country itself: the rule of the country named holds)
        # a world city of the name on another continent (Washington, Lima) is what a text about a
        # foreign force means by it as much as anywhere (FAR_NAMESAKE_IMPORTANCE, as the guards)
        if any((c.get("importance") or 0.0) >= FAR_NAMESAKE_IMPORTANCE and c.get("kind") != "country"
               and self._continent_of(c.get("country")) not in continents for c in cands):
            return False
        # (readings on another continent too: else there is no continent to choose)
        if not any(c.get("lat") is not None and c.get("kind") != "country" and _own_or_longer(c.get("name"), core)
                   and self._continent_of(c.get("country")) not in continents for c in cands):
            return False
        return any(
            c.get("kind") in _TOWN_KINDS and c.get("lat") is not None
            and self._continent_of(c.get("country")) in continents and _own_or_longer(c.get("name"), core)
            for c in cands)

    def _province_on_another_continent(self, cands: list[dict], country: str | None, named: set,
                                       core: str) -> bool:
        """'Malian troops moved to Nara': Nara the Japanese prefecture is a bare province name,
        which most often means the province rather than a small namesake near the text's other
        places; but not when it lies on another continent than every country the text names as
        such (``named``: by the country's name or its demonym, _countries_named; not a country
        that only some other name's reading puts there) while a reading of the name lies in one
        of them: the text is about those countries, and the province abroad is the namesake.
        Only a town or a city there (5,000 people or more: gazetteer_build.settlement_kind), not a
        village: 'Canadian troops trained in Queensland' is the Australian state, not a hamlet
        of Nova Scotia."""
        return bool(named) and country not in named and self._continent_apart(country, named) \
            and any(c.get("kind") in _TOWN_KINDS and c.get("country") in named and c.get("lat") is not None
                    and _own_or_longer(c.get("name"), core) for c in cands)

    def _other_name_on_another_continent(self, cands: list[dict], country: str | None, named: set,
                                         core: str) -> bool:
        """'Yemen' named, and 'Al-Salif': Chlef in Algeria, which GeoNames also spells
        'aš-Šalif', against the Yemeni district whose own name it is. A reading the name
        written is, as spelled, only another name of (the caller asks), on another continent
        than every country the text names as such (``named``, _countries_named), while a
        reading in one of them bears the name as its own: a report names a place abroad by the
        name English gives it, and the text says where it is."""
        return bool(named) and country not in named and self._continent_apart(country, named) \
            and any(c.get("country") in named and c.get("lat") is not None and c.get("kind") != "country"
                    and _own_or_longer(c.get("name"), core) for c in cands)

    def _continent_apart(self, country: str | None, by_demonym: dict) -> bool:
        """Is ``country`` on a known continent that is none of the demonyms' countries' (and
        none of theirs unknown)? The first half of _demonym_continent_elsewhere: it reads only
        the reading's country, so ranking in context asks it once per country."""
        known = self._continents()  # (a country's continent read from the table: see _continents)
        here = known[country] if country in known else self._continent_of(country)
        if here is None:
            return False
        # (a loop, not any() over a generator: asked for ~3,300 readings a batch; a continent is
        # a str or None, so ``in (here, None)`` is ``is None or == here``)
        for cc in by_demonym:
            there = known[cc] if cc in known else self._continent_of(cc)
            if there is None or there == here:
                return False
        return True

    @staticmethod
    def _reading_in_demonym_country(cands: list[dict], by_demonym: dict, core: str) -> bool:
        """Does a reading of the very name (its own, the first words of it, or a curated row's
        alias written so: 'Somali soldiers were deployed to Balad', Somalia's Balcad) lie in a
        country the text names by demonym? The second half of _demonym_continent_elsewhere: it
        reads only the name's readings, so ranking in context asks it once per name."""
        for c in cands:  # (a loop, not any() over a generator)
            if c.get("country") in by_demonym and c.get("lat") is not None and c.get("kind") != "country" \
                    and (_own_or_longer(c.get("name"), core) or _curated_alias_written(c, core)):
                return True
        return False

    def _neighbours_of(self, country: str) -> frozenset:
        """The ISO2 codes of the countries that border ``country`` (GeoNames' countryInfo, as the
        index keeps it), read once a process for the gazetteer object."""
        near = self.per_text.get("neighbours_of")
        if near is None:
            near = self.per_text["neighbours_of"] = self._country_facts("neighbours")
        if country not in near:
            raw = (self.gaz.country(country) or {}).get("raw") or {}
            near[country] = frozenset(filter(None, (raw.get("neighbours") or "").split(",")))
        return near[country]

    def _demonym_border_region(self, by_demonym: dict) -> frozenset:
        """The states a demonym names as a force's (not those who act at home) and the countries
        that border them: where _demonym_s_border_state may answer."""
        region: set = set()
        for state, (_surface, home) in by_demonym.items():
            if not home:
                region.add(state)
                region |= self._neighbours_of(state)
        return frozenset(region)

    def _demonym_s_border_state(self, country: str | None, by_demonym: dict, cands: list[dict],
                                across: dict) -> str | None:
        """The state a demonym names as a force's (not those who act at home) whose credit the
        name's readings lost because one lies across its border (_namesake_across_the_border),
        when ``country`` is that state or borders it; else None. ``across``: the answers of
        _namesake_across_the_border by (id(the readings), state), for one round of ranking (the
        readings and by_demonym hold while it runs)."""
        for state, (_surface, home) in by_demonym.items():
            if home:
                continue
            key = (id(cands), state)
            hit = across.get(key)
            if hit is None:
                hit = across[key] = self._namesake_across_the_border(cands, state)
            if not hit:
                continue
            if country == state or country in self._neighbours_of(state):
                return state
        return None

    def _namesake_across_the_border(self, cands: list[dict], country: str) -> bool:
        """Does a reading of the very name lie in a country that borders ``country``? A force is
        named across its border as often as at home ('Russian forces shelled Pokrovsk': the
        Ukrainian town as likely as the Russian one), so the demonym says nothing there."""
        near = self._neighbours_of(country)
        # (any reading of the name as written, its own or another of its names: 'Dolo' for Dolow)
        return any(c.get("country") in near and c.get("lat") is not None
                   and (c.get("name_similarity") or 0.0) >= 0.95 for c in cands)

    @staticmethod
    def _countries_named(mentions: list[dict]) -> set[str]:
        """Countries the text names as such: a country's name or its demonym ("Canada",
        "Canadian"), whatever role it plays."""
        out = set()
        for m in mentions:
            cands = m.get("cands") or []
            if m.get("cc"):
                out.add(m["cc"])
            elif cands and cands[0].get("kind") == "country" and cands[0].get("name_similarity", 0) >= 1.0 \
                    and m["role"] != "organisation":
                out.add(cands[0].get("country"))
        out.discard(None)
        return out

    @staticmethod
    def _countries_named_or_shared(mentions: list[dict], named: set[str]) -> set[str]:
        """The countries the text names as such (``named``, see :meth:`_countries_named`) and
        the others a name two countries share ("Congo") still names, undecided before ranking
        (hints.undecided_shared_countries): the countries a town's first reading may lie in
        and still put its country in the text (see :meth:`_weak_reading_abroad`).

        why: in "Congo troops were sent to Sake" the gazetteer's own reading of 'Congo' is
        the Republic, and Sake, a town of the Democratic Republic, read as a weak reading
        abroad put no country in the text, so nothing weighed the Congo the town lies in."""
        out = set(named)
        for m in mentions:
            cands = m.get("cands") or []
            if cands and m["role"] != "organisation":
                out.update(undecided_shared_countries(m, cands))
        return out

    @staticmethod
    def _countries_named_beyond_actors(mentions: list[dict]) -> set[str]:
        """The countries the text names (_countries_named) other than only by actors: "Canadian
        and American officials met in London" says whose officials met, not that the meeting was
        in Canada (a namesake there does not win over the world city on that alone)."""
        return ContextRanking._countries_named([m for m in mentions if m["role"] != "actor"])

    @staticmethod
    def _famous_in_named_country(m: dict, cands: list[dict], named: set) -> bool:
        """'Santiago' in a text that names Chile: the capital of the country the text names,
        not a lesser namesake that happens to lie near the text's other places (a Brazilian
        Santiago among Brazilian states). Moves that reading first; any moved?"""
        top = cands[0]
        own = plain(top.get("name") or "")
        bar = max(FAMOUS_IMPORTANCE, (top.get("importance") or 0.0) + FAMOUS_MARGIN)
        for i, c in enumerate(cands[1:8], start=1):
            if c.get("country") in named and c.get("kind") in {"city", "town"} and c.get("lat") is not None \
                    and plain(c.get("name") or "") == own and (c.get("importance") or 0.0) >= bar:
                cands.insert(0, cands.pop(i))
                c["why"] = c.get("why", "") + f"; the well-known {own!r} of {c['country']}, a country the text names"
                return True
        return False

    def _beside_the_border_named(self, mentions: list[dict]) -> None:
        """'Militants overran Palma near the border with Tanzania': a place written right before
        "near / on / along / close to the border with <country>" (BORDER_PLACING_PREPS) lies
        beside that country. A first reading that does not (Palma de Mallorca) yields to the first reading of the very
        same name, a settlement, that lies in or within BESIDE_COUNTRY_KM of the country's
        border (borders.lies_beside: Palma, Mozambique, 35 km from Tanzania). Nothing moves
        where no reading lies beside it.

        why: the writer placed the name by the border: of its namesakes only one lies there."""
        if _BORDER_WITH.search(self.text) is None:
            return  # (asked only where the phrase is written: one C-level scan a text)
        by_tok = {m["tok"]: m for m in mentions if m.get("tok") is not None}
        for m in mentions:
            cands = m.get("cands") or []
            if len(cands) < 2 or m["role"] != "place" or m.get("tok") is None or not m.get("n_tokens"):
                continue
            top = cands[0]
            if top.get("kind") not in _SETTLEMENT_KINDS:
                continue
            end = m["tok"] + m["n_tokens"] - 1
            words = [t.lower for t in self.next_tokens(end, 6)]
            at = 2 if words[:2] == ["close", "to"] else 1  # ("close to the border with")
            if len(words) < at + 4 or (at == 1 and words[0] not in BORDER_PLACING_PREPS) or words[at] != "the" \
                    or words[at + 1] not in {"border", "frontier"} or words[at + 2] != "with":
                continue
            other = by_tok.get(end + at + 4)  # (the name after "with": next_tokens are consecutive)
            ocands = (other or {}).get("cands") or []
            if not ocands or ocands[0].get("kind") != "country" or not ocands[0].get("country"):
                continue
            cc = ocands[0]["country"]
            if top.get("lat") is None or lies_beside(top["lat"], top["lon"], cc):
                continue
            own = plain(top.get("name") or "")
            for i, c in enumerate(cands[1:8], start=1):
                if c.get("kind") in _SETTLEMENT_KINDS and c.get("lat") is not None \
                        and plain(c.get("name") or "") == own and lies_beside(c["lat"], c["lon"], cc):
                    cands.insert(0, cands.pop(i))
                    c["why"] = c.get("why", "") + f"; lies by the border with {ocands[0].get('name')}, as the text says"
                    break

    def _crossings_at_a_border_town(self, mentions: list[dict]) -> None:
        """'the Salla and Kelloselka crossings', 'trucks waited at the Sala crossing': a name the
        text calls a border crossing (its kind 'crossing', from the word after it or after its
        list) whose readings hold no crossing lies by a border: a first reading read loosely
        (by a spelling or another name) that is a settlement with no other country within
        CROSSING_TOWN_KM (Salé, Morocco, by the spelling 'Sala') yields to the first reading spelled exactly as the text writes it that
        is a settlement with another country that near (Salla, Finland, by the Russian border).
        Nothing moves where no reading lies by a border (no_place.crossing_at_no_border_town
        then judges the first).

        why: a crossing stands on a border and is named after the town beside it."""
        within = getattr(self.gaz, "countries_within", None)
        if within is None:
            return
        for m in mentions:
            if m.get("kind") != "crossing":
                continue  # (most mentions: one look-up)
            cands = m.get("cands") or []
            if len(cands) < 2 or m["role"] != "place":
                continue
            top = cands[0]
            if top.get("kind") not in _SETTLEMENT_KINDS or top.get("lat") is None \
                    or any(c.get("kind") == "crossing" for c in cands):
                continue
            said = plain(m["surface"])
            if plain(top.get("name") or "") == said:
                continue  # (the name's own bearer: "the Tripoli crossing" is no town beside Syria)
            if within(top["lat"], top["lon"], CROSSING_TOWN_KM) - {top.get("country")}:
                continue  # (the first reading is a border town already)
            for i, c in enumerate(cands[1:8], start=1):
                if c.get("kind") in _SETTLEMENT_KINDS and c.get("lat") is not None \
                        and plain(c.get("name") or "") == said \
                        and within(c["lat"], c["lon"], CROSSING_TOWN_KM) - {c.get("country")}:
                    cands.insert(0, cands.pop(i))
                    c["why"] = c.get("why", "") + "; a town by a border, where the crossing the text names stands"
                    break

    def _namesakes_in_named_countries(self, mentions: list[dict], text_countries: dict) -> None:
        """'London' in a text that names Canada and nothing British: the city of that name in
        Canada, not the famous one abroad. A famous reading yields to a namesake of the very
        same name, itself a city of some size, in a country the text names as such (other than
        only by actors: _countries_named_beyond_actors), when the text names nothing at all in
        the famous reading's country."""
        named = self._countries_named(mentions)
        if not named:
            return
        placed = None  # (the countries named other than by actors alone, asked when first needed)
        for m in mentions:
            cands = m.get("cands") or []
            if len(cands) < 2 or m["role"] not in {"place", "dateline"} or m.get("region_hint") or m.get("kind"):
                continue
            top = cands[0]
            if top.get("kind") not in {"city", "town", "village"}:
                continue
            if self._famous_in_named_country(m, cands, named):
                continue
            if top.get("country") in named:
                continue
            if text_countries.get(top.get("country"), set()) - {name_key(m["surface"])}:
                continue  # the text places something else in that country
            own = plain(top.get("name") or "")
            if placed is None:
                placed = self._countries_named_beyond_actors(mentions)
            for i, c in enumerate(cands[1:8], start=1):
                if c.get("country") in placed and c.get("kind") in {"city", "town"} \
                        and plain(c.get("name") or "") == own and (c.get("importance") or 0) >= NAMED_COUNTRY_NAMESAKE \
                        and c.get("lat") is not None and not _far_behind_in_context(top, c):
                    cands.insert(0, cands.pop(i))
                    c["why"] = c.get("why", "") + f"; the {own!r} of {c['country']}, a country the text names"
                    m["name_fame"] = top.get("importance") or 0.0
                    break
