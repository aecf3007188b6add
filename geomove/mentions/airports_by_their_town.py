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

Cheap: asked only of mentions whose name the scan set an airport aside for (a few a corpus).

No town named, the famous reading stays, but for a person's name (s56 gaz106): "Kennedy airport"
names John F Kennedy International Airport, not the Bogotá locality nor a US village called
Kennedy, which the text's country then read. Where every airport of "<X> airport" was set aside
and some are named for a person X (a given name and an initial before it: the names
gazetteer_build.short_airport_names derives), the one of them with airline service is read
(one_airport_named_for); with none or several such, no place (a village of the person's name is
no reading of "<X> airport")."""

from __future__ import annotations

import re

from ..distance import haversine_km
from ..names import plain
from ..wordlists import GIVEN_NAMES
from .town_airports import SERVES_ITS_TOWN_KM
from .words import SETTLEMENT_KINDS

# per_text's key: {end offset of a name: the airports "<name> airport" may be, set aside}
AIRPORTS_SET_ASIDE = "airports_set_aside"

# a reading's mark: one of several airline airports named for the person the words name, read
# only where the text names its town (airline_airports_named_for)
SEVERAL_NAMED_FOR = "_several_named_for"
# the importance gazetteer_build.airport_rows gives an airport with an IATA code (airline service:
# the one of a name reports mean); one without has 0.25, a military base 0.4
AIRLINE_AIRPORT_IMPORTANCE = 0.45
# an initial of a person's given names, as airport names write it: "John F Kennedy", "O. R. Tambo"
_INITIAL_RE = re.compile(r"[A-Z]\.?")
# words that open a surname rather than name a person ("Ben Gurion": son of)
_PARTICLES = frozenset(("ben", "bin", "ibn"))


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
        if near and cands[0].get("lat") is not None and _town_near(cands[0], near):
            continue  # (the first reading lies by a town named already)
        for airport in aside if near else ():
            town = _town_near(airport, near)
            if town is not None:
                read = dict(airport)
                read["why"] = (read.get("why") or "") + f"; the airport of {town['name']}, which the text names"
                read.pop(SEVERAL_NAMED_FOR, None)
                cands.insert(0, read)
                break
        else:
            if cands[0].get(SEVERAL_NAMED_FOR):
                m["drop"] = True  # ("Bolivar airport", no town of either named: no place)


def _town_near(place: dict, towns: list) -> dict | None:
    """The first of ``towns`` ((mention, reading) pairs) whose reading lies within
    SERVES_ITS_TOWN_KM of ``place``, or None."""
    return next((c for _t, c in towns
                 if haversine_km(place["lat"], place["lon"], c["lat"], c["lon"]) <= SERVES_ITS_TOWN_KM), None)


def one_airport_named_for(surface: str, set_aside: list[dict], town_served=None) -> list[dict] | None:
    """What "<surface> airport" reads where every airport of the name was set aside for a
    better-known place of it (facilities._by_famous_namesake: Bogotá's Kennedy) and the text names
    no town: of those named for a person ``surface`` (named_for_a_person), the one with airline
    service (AIRLINE_AIRPORT_IMPORTANCE), as a one-item list; [] where there are such airports
    but not exactly one of them with airline service (no place: the words name an airport, not
    which); None where none is named for a person (the famous reading stays: "Bali airport").
    ``town_served(words, airport)``: is a town so named near the airport (named_for_a_person)?"""
    people = [a for a in set_aside if named_for_a_person(surface, a.get("name") or "", _asked_of(town_served, a))]
    if not people:
        return None
    airline = [a for a in people if (a.get("importance") or 0.0) >= AIRLINE_AIRPORT_IMPORTANCE]
    if len(airline) != 1:
        return []
    read = dict(airline[0])
    read["why"] = (read.get("why") or "") + f"; the one airline airport named for {surface}"
    return [read]


def airline_airports_named_for(surface: str, set_aside: list[dict], town_served=None) -> list[dict]:
    """Where one_airport_named_for finds several airline airports named for the person
    ``surface`` ("Bolivar": Guayaquil's and Santa Marta's), those airports, each marked
    SEVERAL_NAMED_FOR: the mention stays for airports_by_their_town to read the one whose town
    the text names, and is dropped there where the text names neither (no place). (s56 gaz107)"""
    airline = [a for a in set_aside if (a.get("importance") or 0.0) >= AIRLINE_AIRPORT_IMPORTANCE
               and named_for_a_person(surface, a.get("name") or "", _asked_of(town_served, a))]
    return [dict(a, **{SEVERAL_NAMED_FOR: True}) for a in airline] if len(airline) > 1 else []


def _asked_of(town_served, airport: dict):
    """``town_served`` (words, airport) asked of one airport: (words) -> bool, or None."""
    return None if town_served is None else (lambda words: town_served(words, airport))


def named_for_a_person(surface: str, name: str, town_served=None) -> bool:
    """Is the airport ``name`` one named for a person whose surname ``surface`` is, written
    after a given name and an initial ("John F Kennedy International Airport" for "Kennedy"),
    after a listed given name alone ("Simon Bolivar International Airport" for "Bolivar": the
    names gazetteer_build._surname_after_a_given_name derives, s56 gaz107), or in the row's own
    shape of a person (_named_for_a_person_by_its_shape: "Queen Alia International Airport";
    asked only where ``town_served``, (words) -> is a town of them near the airport, is given)?"""
    words, own = name.split(), plain(surface).split()
    n = len(own)
    return any(_after_a_given_name(words, i) and plain(" ".join(words[i:i + n])).split() == own
               for i in range(1, len(words) - n + 1)) \
        or (town_served is not None and _named_for_a_person_by_its_shape(own, name, town_served))


# the first word of a two-word airport name that makes it a place's, not a person's ("Nueva
# Hesperides": New Hesperides, a Uruguayan town the index does not hold)
_NEW_OR_OLD_WORDS = frozenset("new nueva nuevo nova novo nouvelle nouveau neu old vieja viejo velha velho".split())


def _named_for_a_person_by_its_shape(own: list[str], name: str, town_served) -> bool:
    """Is the airport ``name`` an international one named "<two names> International Airport"
    whose second name is ``own`` (the written surname, folded: "Queen Alia", "Eloy Alfaro", "Vilo
    Acuna")? The shape gazetteer_build.surname_of_its_person derives "<surname> Airport" from with
    no list of given names (s57 gaz108): the reader asks the same function. The build tells a
    town's name in that shape by the towns the country's airline airports serve, which the reader
    does not hold: here neither the first word nor the two are a town near the airport
    (``town_served``: "Toronto Pearson" is no person), nor a new or old town's name, which may be
    one the index lacks ("Nueva Hesperides"). (s58 gaz109)"""
    from ..gazetteer_build import _AIRPORT_WORDS, _compiled, surname_of_its_person
    if len(own) != 1 or "international" not in name.lower():
        return False  # (most airports' names: no import, no pattern)
    surname = surname_of_its_person(name, _compiled(_AIRPORT_WORDS, re.I), {})
    if not surname or plain(surname).split() != own:
        return False
    words = name.split()
    return words[0].lower() not in _NEW_OR_OLD_WORDS \
        and not town_served(words[0]) and not town_served(" ".join(words[:2]))


def _after_a_given_name(words: list[str], i: int) -> bool:
    """Does word ``i`` of an airport's name follow a person's given name: an initial after a
    word ("John F"), or a word of wordlists.GIVEN_NAMES ("Simon"; not "Ben" of "Ben Gurion")?"""
    before = words[i - 1]
    if i >= 2 and _INITIAL_RE.fullmatch(before):
        return True
    return before.lower() in GIVEN_NAMES and before.lower() not in _PARTICLES
