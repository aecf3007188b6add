"""The owner named inside what moved: "A column of 40 army trucks left A for B", "Police vehicles
moved from A to B", "a convoy of gendarmerie pickups" -> the army, the police, the gendarmerie.

GUIDELINES: the actor is the moving force, named as the report names it. Trucks, vehicles or boats
are no force noun, so a subject that is only vehicles named no actor, though the word before
them says whose they are (as "Kenyan army lorries" already read "Kenyan army", and "Houthi
boats" a group's: forces._group_vehicles_subject). Read last among the subject readers of
clauses._actor, only when the subject names no force of its own; a capitalised service word
("Army trucks") is read before, by read.services, with its country.

The words are data (vehicles_owner.json): owners are a state's force words, not "military"
("military vehicles" tells the kind of vehicle), nor an agency ("aid trucks")."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data
from .lexicon import _BARE_SUBJECT_GAP
from .reduced_relative import DESCRIBING_PARTICIPLES
from .gates import Gate

_DATA = read_data("vehicles_owner.json")
_PATTERNS = CompiledPatterns("read-vehicles-owner")


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# the whole subject of the verb: at the clause start (after a bullet), after a comma, or after
# an article; then the convoy they make up ("A column of", "a convoy of"), how many, the owner,
# at most one word of what kind ("army supply trucks"), and the vehicles, right before the verb
# (past the words _BARE_SUBJECT_GAP allows: "had", "reportedly")
_OWNER_IN_VEHICLES = _PATTERNS.compile(
    r"(?:^\s*(?:[-–—*•]\s+)?|[,;]\s*|\b(?:[Tt]he|[Aa]n?)\s+)"
    r"(?:(?:(?:large|long|small|new|second|third|separate)\s+)?(?:convoys?|columns?|fleet|flotilla|line)\s+of\s+)?"
    r"(?:(?:about|some|around|at\s+least|more\s+than|nearly|over)\s+)?"
    r"(?:(?:dozens|hundreds|scores|several|many|a\s+few|[\d,]+|a\s+dozen|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s+(?:of\s+)?)?"
    r"(?:the\s+)?(?P<owner>" + _alternation(_DATA["owners"]) + r")"
    r"(?:\s+(?-i:[a-z][\w-]*))?\s+(?:" + _alternation(_DATA["vehicles"]) + r")"
    # (and what they carry or guard: "army trucks carrying soldiers", "police vehicles
    # transporting about 200 officers", "police vehicles escorting the buses": read.reduced_relative)
    r"(?:\s+(?:" + "|".join(DESCRIBING_PARTICIPLES) + r")\s[^,;:.()\n]{1,50}?)?"
    + _BARE_SUBJECT_GAP.pattern + r"$", re.I)
# (searched only in spans holding one of the words every match holds: read.gates, tests/test_speed112.py)
_OWNER_IN_VEHICLES_GATE = Gate(_OWNER_IN_VEHICLES, ("army", "border", "coast", "force", "gendarmerie", "marines", "militia", "national", "navy",
                                                   "police"))


# ... or the force the vehicles carry, named after "of" or "carrying": "Two lorries of police
# officers", "busloads of riot police", "two lorries carrying 60 police officers": the people
# carried moved, and their force word is who (GUIDELINES: the actor is the moving force, named as
# the report names it; the count is the people's where they are counted, else the vehicles'). Not
# "trucks of soldiers" (a noun that names no force: read as before) nor "trucks of aid".
_FORCE_CARRIED = _PATTERNS.compile(
    r"(?:^\s*(?:[-–—*•]\s+)?|[,;]\s*|\b(?:[Tt]he|[Aa]n?)\s+)"
    r"(?:(?:(?:large|long|small|new|second|third|separate)\s+)?(?:convoys?|columns?|fleet|line)\s+of\s+)?"
    r"(?:(?:about|some|around|at\s+least|more\s+than|nearly|over)\s+)?"
    r"(?:(?:dozens|hundreds|scores|several|many|a\s+few|[\d,]+|a\s+dozen|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s+(?:of\s+)?)?"
    r"(?:(?-i:[a-z][\w-]*)\s+)?(?:" + _alternation(_DATA["vehicles"] + _DATA["loads"]) + r")\s+(?:(?:full\s+)?of|carrying|transporting|ferrying)\s+"
    r"(?:(?:about|some|around|nearly|more\s+than|at\s+least|up\s+to)\s+)?(?:[\d,]+\s+|(?:dozens|hundreds)\s+of\s+)?(?:the\s+)?"
    r"(?P<owner>" + _alternation(_DATA["carried_kinds"]) + r"|" + _alternation(_DATA["owners"]) + r")"
    r"(?:\s+(?:officers|personnel|men|troops|agents|units|reinforcements))?"
    + _BARE_SUBJECT_GAP.pattern + r"$", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_FORCE_CARRIED_GATE = Gate(_FORCE_CARRIED, ("army", "border", "coast", "force", "gendarmerie", "gendarmes", "marines", "militia", "national", "navy", "police"))


def owner_in_vehicles(text: str, s: int, verb_at: int) -> str | None:
    """The force word that owns the vehicles which are the whole subject of the verb at
    ``verb_at`` (the clause starting at ``s``), or that they carry: "A column of 40 army trucks
    left" -> "army", "Two lorries of police officers drove" -> "police"; None when the subject
    is anything else."""
    # (a subject of vehicles is short: only its last words are read; a slice, so that "^" is
    # the clause start)
    span = text[max(s, verb_at - 200):verb_at]
    m = _OWNER_IN_VEHICLES_GATE.search(span) or (_FORCE_CARRIED_GATE.search(span) if (" of " in span or "ing " in span) else None)
    return re.sub(r"\s+", " ", m.group("owner")) if m else None


# ... or the nation they belong to, by its people's adjective, as the whole subject: "A column
# of Ethiopian trucks entered A", "Iranian speedboats sailed from A to B" (s38 read103). The
# adjective is no owner word of the list above (a demonym is a name, read by the mention
# finder), so these subjects named no actor where "Ethiopian troops" and "Ethiopian army
# trucks" did; the actor is what the text names, the nation's vehicles, as "Turkish armoured
# vehicles" and "Houthi boats" are read. One lower-case word may stand between ("Kenyan
# supply trucks"); the adjective must be one the finder read as a demonym (checked by the caller).
# Plural vehicles only: "A Philippine resupply boat reached A" is one craft a later sentence
# names ("escorted by the coast guard ship BRP Cabra"), and an actor read from the boat kept
# the two tellings of one movement apart (tests/fixtures/read62/e_wire_ayungin.txt).
_NATION_IN_VEHICLES = _PATTERNS.compile(
    r"(?:^\s*(?:[-–—*•]\s+)?|[,;]\s*|\b(?:[Tt]he|[Aa]n?)\s+)"
    r"(?:(?:(?:large|long|small|new|second|third|separate)\s+)?(?:convoys?|columns?|fleet|flotilla|line)\s+of\s+)?"
    r"(?:(?:about|some|around|at\s+least|more\s+than|nearly|over)\s+)?"
    r"(?:(?:dozens|hundreds|scores|several|many|a\s+few|[\d,]+|a\s+dozen|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s+(?:of\s+)?)?"
    r"(?:the\s+)?(?P<a>(?P<nation>(?-i:[A-Z][a-z]+))(?:\s+(?-i:[a-z][\w-]*))?\s+(?:" + _alternation([w for w in _DATA["vehicles"] if w.endswith("s")] + _DATA["nation_vehicles"]) + r"))"
    + _BARE_SUBJECT_GAP.pattern + r"$", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_NATION_IN_VEHICLES_GATE = Gate(_NATION_IN_VEHICLES, ("armoured", "boats", "bus", "cars", "cutters", "helicopters", "jeeps", "lorries", "motorbikes", "motorcycles", "patrol", "pick-ups", "pickups", "planes", "ships", "tankers", "transport", "trucks", "vehicles", "vessels"))


def nation_in_vehicles(text: str, s: int, verb_at: int, demonyms: list[dict]) -> str | None:
    """A nation's vehicles, named by its adjective, as the whole subject of the verb at
    ``verb_at`` (the clause starting at ``s``): "A column of Ethiopian trucks entered" ->
    "Ethiopian trucks"; None unless a mention of ``demonyms`` (the finder's demonyms) is the
    adjective."""
    if not demonyms:
        return None
    at = max(s, verb_at - 200)
    m = _NATION_IN_VEHICLES_GATE.search(text[at:verb_at])  # (a slice: "^" is the clause start)
    if m is None or not any(d.get("role") == "demonym" and d["start"] == at + m.start("nation") for d in demonyms):
        return None
    return re.sub(r"\s+", " ", m.group("a"))


_PATTERNS.save()
