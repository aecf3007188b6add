"""A town's airport told around the town's name: "landed at Aalborg's airport", "flown to the
airport in Aalborg". "Aalborg airport" already says the kind (wordlists.KIND_AFTER: the word right
after the name); a possessive between the name and the word, or the word before the name with
"in" or "of", says it as well: the name is the town's, the place the airport.

What the kind then reads is the index's: where one airline airport serves the town (airportsdata's
city, gazetteer_build.airport_rows), the index knows it as "<town> Airport" and the airfield is
read with its own point; where several do ("London's airport", "the airport in Moscow": the text
does not say which), no airfield bears the name and the town stays (acceptance's "no airfield of
the name in the index: the town it is named after"). (s54 gaz104)

Cheap: asked of a name only after its last token's next character is an apostrophe, or the word
two tokens before it is one of AIRPORT_WORDS (token comparisons, no pattern)."""

from __future__ import annotations

from ..distance import haversine_km
from ..names import plain
from .words import FACILITY_KINDS

# how far from its town an airport that serves it may lie (km): Oslo's Gardermoen 35 km, Stockholm's
# Arlanda 37 km; a namesake town's airport lies a continent away (London, Ontario)
SERVES_ITS_TOWN_KM = 60.0

# the words of a town's airport, and the kind each says
AIRPORT_WORDS = {"airport": "airfield", "airfield": "airfield"}

# "the airport in Aalborg", "the airport of Aalborg": the airport where the town is
_WORDS_BEFORE_THE_TOWN = frozenset(("in", "of"))

APOSTROPHES = frozenset(("'", "\u2019"))


def airport_after_a_possessive(toks: list, last: int) -> str | None:
    """'Aalborg's airport': the kind AIRPORT_WORDS gives the word after the name ending at token
    ``last`` and its possessive ("'" and "s"), in the same sentence; else None."""
    if last + 3 >= len(toks) or toks[last + 1].text not in APOSTROPHES:
        return None
    s, word = toks[last + 2], toks[last + 3]
    if s.lower != "s" or s.start != toks[last + 1].end or word.sentence != toks[last].sentence \
            or not word.text.islower():
        return None  # ("Aalborg's Airport Road": a street's name)
    return AIRPORT_WORDS.get(word.lower)


def airport_before_the_town(toks: list, first: int) -> str | None:
    """'the airport in Aalborg', 'the airport of Aalborg': the kind AIRPORT_WORDS gives the word
    that "the" comes before and "in" or "of" comes after, right before the name opening at token
    ``first``, in its sentence; else None. ("an airport in X" may be one of several: not asked.)"""
    if first < 3 or toks[first - 3].sentence != toks[first].sentence:
        return None
    kind = AIRPORT_WORDS.get(toks[first - 2].lower)
    if kind is None or toks[first - 1].lower not in _WORDS_BEFORE_THE_TOWN or toks[first - 3].lower != "the":
        return None
    return kind


def the_town_s_airport(has_name, candidates, surface: str, town: dict) -> list[dict] | None:
    """The readings of "<surface> Airport" that are facilities serving ``town`` (the name's first
    reading: in its country, within SERVES_ITS_TOWN_KM), when the index holds the name (``has_name``,
    ``candidates(name, kind)``: the scanner's): what "Copenhagen's airport" and "the airport in
    Copenhagen" name where the town's name alone reads only the town (the airport's other names do
    not open with it: "Copenhagen Kastrup Airport"), as "Copenhagen airport" does by its kind word
    (facilities._with_kind_word); else None. The index holds "<town> Airport" for a town one
    airline airport serves, and no such name where several do (London, Moscow): "London's
    airport" is not London Airport in Ontario, a namesake's. Only an airport whose own name holds the
    town's ("Copenhagen Kastrup Airport", "Goma International Airport"): one named for a person
    (Port-au-Prince's Toussaint Louverture International Airport) is read by neither the town's
    name nor its kind word ("Port-au-Prince airport" reads the city), and stays the town (s54 gaz104)."""
    if town.get("lat") is None:
        return None
    longer = surface + " Airport"
    if not has_name(longer):
        return None
    own = plain(surface)
    return [c for c in candidates(longer, "airfield") if c.get("kind") in FACILITY_KINDS
            and own in plain(c.get("name") or "")
            and serves(c, town)] or None


def serves(airport: dict, town: dict) -> bool:
    """Does ``airport`` lie in ``town``'s country within SERVES_ITS_TOWN_KM of it?"""
    return airport.get("lat") is not None and town.get("lat") is not None \
        and airport.get("country") == town.get("country") \
        and haversine_km(airport["lat"], airport["lon"], town["lat"], town["lon"]) <= SERVES_ITS_TOWN_KM
