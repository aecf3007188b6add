"""An airfield named by its town's name where the sentence tells of a flight: "Il-76s landed at
Hmeimim from Chkalovsky". The index holds Chkalovskiy, a village near Moscow (GeoNames, its own
spelling 'Chkalovskiy'), and Chkalovskiy Airport (airportsdata UUMU), the air base beside it,
whose short form is the same name. Read first as the village, the name lies 2,400 km from Hmeimim
in a text about Syria, and the far-reading guards drop it: no place rather than a far village.
But a flight's origin may lie on another continent, and the sentence says what flew: aircraft
leave from and land at airfields, not villages. So where a guard would drop the mention, and
the sentence speaks of a flight (a verb or noun of flying, or an aircraft's type designator such
as 'Il-76', 'C-17', 'An-124'), an airfield or air base among the name's readings, of the same
name once its kind words are set aside and beside the place first read (that town's airfield),
is read instead and kept.

A kind preference, not a new reading: only a reading the index already offers for the name,
only where a guard is about to drop the mention, and only in a sentence about flying; a settlement
read near the text's other places is never replaced ("flew to Erbil" stays the city).

Cheap: asked only of a mention a far-reading guard has doubted; one regular expression search over
its sentence, once a sentence."""

from __future__ import annotations

import re

from ..gazetteer.cold import cold
from ..distance import haversine_km
from ..names import plain
from .similarity import core_name, spelling_similarity

from ..regex_cache import CompiledPatterns

# (its patterns are built from code an earlier run kept: geomove.regex_cache)
_PATTERNS = CompiledPatterns("mentions-flights")

# the facilities aircraft fly from and to
_AIR_KINDS = ("airfield", "base")

# a verb or noun of flying, or an aircraft's type designator ("Il-76s", "An-124", "C-17",
# "Tu-154", "Su-24"): letters, a hyphen, digits
FLIGHT_WORDS_RE = _PATTERNS.compile(
    r"\b(?:land(?:ed|ing)|touch(?:ed)?\s+down|took\s+off|take\s+off|fl(?:ew|own|ies|ight|ights)|"
    r"airlift(?:ed|s|ing)?|air\s*bridge|sorties?|aircraft|airliners?|planes?|jets?)\b", re.I)
AIRCRAFT_TYPE_RE = _PATTERNS.compile(r"\b[A-Z][a-z]?-\d{1,3}[A-Z]?s?\b")

# nouns of an airline's aircraft, flights and people, right after its name ("an Emirates flight",
# "an Emirates Airbus", "Emirates crew"): the name is the airline's
AIRLINE_NOUNS = frozenset("""
flight flights airliner airliners jet jets plane planes aircraft crew crews pilot pilots
airbus boeing a380 a350 777 787 ticket tickets
""".split())


def airline_named_for_its_country(said: str, best: dict, next_word: str) -> bool:
    """Is the mention an airline named by another of its country's names ("Emirates" for the
    United Arab Emirates) right before a noun of its aircraft or flights ("an Emirates flight")?
    A country's own name stays the country ("a Qatar flight" may be one from Qatar), and so does
    "Emirates" anywhere else ("troops flew to the Emirates")."""
    if best.get("kind") != "country" or next_word.lower() not in AIRLINE_NOUNS:
        return False
    words = plain(said).split()
    if words and words[0] in ("a", "an", "the"):
        words = words[1:]  # ("An Emirates Airbus" opening a sentence: the scanner kept the article)
    return bool(words) and " ".join(words) != plain(best.get("name") or "")

# how alike the mention and the facility's name without its kind words must be ('Chkalovsky'
# and 'Chkalovskiy': 0.9)
SAME_NAME_SIMILARITY = 0.85

# the airfield lies this near the place first read (km): it is that town's airfield (Chkalovskiy
# Airport 2 km from the village, Ramstein Air Base 4 km from Ramstein-Miesenbach), not another
# continent's airfield of a like name ('Litoral' in Guayaquil is no El Litral Airport in Chile)
BESIDE_ITS_TOWN_KM = 30.0


def airfield_of_a_flight(gaz, m: dict, cands: list[dict], sentence: str) -> dict | None:
    """The airfield or air base among ``cands`` (after the first) whose name without kind words
    is the mention's own name and which lies beside the first reading (the town's own airfield),
    when ``sentence`` (the mention's) tells of a flight and the first reading is no facility;
    else None."""
    if not cands or cands[0].get("kind") in _AIR_KINDS or m.get("kind"):
        return None
    first = cands[0]
    if first.get("lat") is None:
        return None
    said = m.get("surface") or ""
    pick = None
    for c in cands[1:]:
        if c.get("kind") in _AIR_KINDS and c.get("lat") is not None \
                and haversine_km(first["lat"], first["lon"], c["lat"], c["lon"]) <= BESIDE_ITS_TOWN_KM \
                and spelling_similarity(said, core_name(gaz, c.get("name") or "")) >= SAME_NAME_SIMILARITY:
            pick = c
            break
    if pick is None or not (FLIGHT_WORDS_RE.search(sentence) or AIRCRAFT_TYPE_RE.search(sentence)):
        return None
    return pick


# a flight's words right before "from" and the origin's name: "a charter flight from X", "flights
# from X", "flew in from X", "flown home from X", "after flying from X", "airlifted from X"
_FLIGHT_FROM_RE = _PATTERNS.compile(
    r"\b(?:flights?|fl(?:ew|own|ying)|airlift(?:ed|s|ing)?)(?:\s+(?:in|back|home|out|over|directly|straight))?"
    r"\s+from\s+$", re.I)
# how far back (characters) those words may start before the origin's name
_FLIGHT_FROM_REACH = 40


def origin_of_a_flight_to_an_airfield(text: str, m: dict, mentions: list[dict], sentence: tuple) -> bool:
    """'Peacekeepers landed at Dublin Airport on a flight from Larnaca': is ``m`` the origin of a
    flight its sentence tells of (a flight's words right before "from" and the name, _FLIGHT_FROM_RE)
    to an airfield or air base the sentence names and the text reads (another mention whose reading
    is of _AIR_KINDS)? Aircraft fly from airfields across seas and continents: a town a flight
    comes from lies as far from the landing airfield and its town as the flight went, and in
    another country, so a text whose other places all lie around the airfield says nothing
    against it (the lone-far-settlement and compact-theatre guards, which take such a town for a
    village the index lacks, spelled like a town far away). A flight from a village with no
    airfield named ("helicopters flew from Mahas to Beledweyne"), or a town named otherwise
    ("a convoy from Mahas"), is still judged by them. ``sentence``: (start, end) of m's sentence.

    Cheap: asked only of a mention those guards are about to leave without a point."""
    start, end = sentence[0], sentence[1]
    before = text[max(start, m["start"] - _FLIGHT_FROM_REACH):m["start"]]
    if "from" not in before.lower() or not _FLIGHT_FROM_RE.search(before):
        return False
    for o in mentions:
        if o is m or o.get("drop") or not start <= o["start"] < end or not o.get("cands"):
            continue
        if o["cands"][0].get("kind") in _AIR_KINDS and o["cands"][0].get("lat") is not None:
            return True
    return False


def town_near_its_airfield(gaz, m: dict, best: dict, sentence: str) -> dict | None:
    """'Congolese troops left Bunia for Mahagi': the index lacks the town of Mahagi and reads the
    name only as Mahagi Airport, by the short form of the airfield's name. With no kind word in
    the text and no flight in the sentence, the name is the town the airfield is named after,
    which lies beside it: the airfield's point seen as near it (a relation, as 'near X' is:
    precision near, BESIDE_ITS_TOWN_KM), not an exact airfield. None when not so (a kind word,
    "Mahagi airport"; a flight, "flown to Mahagi", which lands at the airfield; another name; a
    base, which its name alone names: "al-Tanf", "Hmeimim")."""
    if m.get("kind") or best.get("kind") != "airfield" or best.get("lat") is None \
            or "short_form" not in (cold(best, "features") or ()):
        return None
    said = m.get("surface") or ""
    if plain(core_name(gaz, best.get("name") or "")) != plain(said):
        return None
    if FLIGHT_WORDS_RE.search(sentence) or AIRCRAFT_TYPE_RE.search(sentence):
        return None
    return {"type": "near", "distance_km": BESIDE_ITS_TOWN_KM, "area": "town of the airfield"}


_PATTERNS.save()
