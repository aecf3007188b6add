"""Aircraft of two types are two movements: "Two C-17s landed at Akrotiri on Monday. Four
Typhoons flew from Lossiemouth to Akrotiri." A flight log, a ministry's list of what arrived or
a ship-spotter's notes tell one craft after another to the same base; a report that tells one
flight twice (in its lede and its body) names the same type both times, or a vaguer noun ("the
aircraft", "the jets") the second time.

A type is told by its designator ("C-17", "KC-135", "Su-34", "A400M": letters, a hyphen and a
number) or by its model's name (lexicon.json aircraft_models: "Typhoons", "Rafale"). Two
tellings that name types of one kind (both designators, or both model names) with none in
common are two movements. A designator in one and a model's name in the other cannot be
compared by name ("C-17s" and "Globemasters" are one type): they are told apart only when
their counts differ too ("Two C-17s" / "Four Typhoons").

why: in a flight-tracking log, "Two C-17s departed Dover and flew to RAF Akrotiri" and,
hours later, "An Italian KC-767 flew from Pratica di Mare to Akrotiri and back" were merged
into one movement from Pratica di Mare, with the Italian Air Force as its actor (s37 read100,
reports of my own)."""

from __future__ import annotations

import re

from .data_files import read_data
from .kept import recompile as _recompile
from .state import _Draft

_LEXICON = read_data("lexicon.json")


def _model_stem(plural: str) -> str:
    """'Typhoons' -> 'Typhoon', 'Tornadoes' -> 'Tornado', 'Hercules' stays (no plural ending)."""
    if plural.endswith("oes"):
        return plural[:-2]
    if plural.endswith("s") and not plural.endswith("es"):
        return plural[:-1]
    return plural


_MODEL_STEMS = [_model_stem(p) for p in _LEXICON["aircraft_models"]["plural"].split("|")]
# a designator: one to four letters, a hyphen, a number ("C-17", "KC-135", "MiG-29"), with a
# variant letter and a plural s ("C-17As", "F-16s"); and the European transport by its name
# (no hyphen: a bare letters-and-number run is as often a callsign, "RCH417", or a road)
_DESIGNATOR = _recompile(r"(?<![\w-])([A-Z][A-Za-z]{0,3})-([0-9]{1,3})[A-Z]?s?(?![\w-])|(?<![\w-])(A400M)s?(?![\w-])")
# (case kept: a model's name in lower case is no aircraft, "typhoons", "tigers")
_MODEL = _recompile(r"(?<![\w-])(" + "|".join(_MODEL_STEMS) + r")(?:e?s)?(?![\w-])")


def _types(draft: _Draft) -> tuple[frozenset, frozenset]:
    """The designators ('C17', 'KC135') and model names ('typhoon') what moved (or who) is told by."""
    designators, models = set(), set()
    # (the actor too: "An Italian KC-767 flew ..." is read with the craft as its actor, no what)
    for told in {x for f in draft.frags for x in (f.what, f.actor) if x}:
        for m in _DESIGNATOR.finditer(told):
            designators.add(m.group(3) or (m.group(1).upper() + m.group(2)))
        models.update(re.sub(r"\s+", " ", m.group(1)).lower() for m in _MODEL.finditer(told))
    return frozenset(designators), frozenset(models)


def _first_count(draft: _Draft) -> int | None:
    return next((c["value"] for f in draft.frags for c in f.counts
                 if c.get("value") and not c.get("escort") and not c.get("part")), None)


def different_craft_types(a: _Draft, b: _Draft) -> bool:
    """Do ``a`` and ``b`` tell aircraft of types that are not one (module docstring)?"""
    da, ma = _types(a)
    if not da and not ma:
        return False
    db, mb = _types(b)
    if da and db and not da & db:
        return True
    if ma and mb and not ma & mb:
        return True
    one_each = (da and not ma and mb and not db) or (ma and not da and db and not mb)
    if not one_each:
        return False
    ca, cb = _first_count(a), _first_count(b)
    return ca is not None and cb is not None and ca != cb
