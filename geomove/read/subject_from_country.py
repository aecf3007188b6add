"""A force's country told in its subject with "from", before a verb that tells its own start:
"Soldiers from Chad left Niamey for Ouallam", "Soldiers from Chad, Niger and Mali left Niamey
...". "from Chad" says whose soldiers they are (as "Chadian soldiers" would); where they left
is what the verb tells ("left Niamey", "from Niamey" after the verb). The subject's countries are
then no origin, nor a place passed.

Only countries, and only when the verb's own words give an origin, a place or another country
("Peacekeepers from Bangladesh left the Central African Republic"): "Troops from Kenya arrived
in Mogadishu" keeps Kenya, the only start told.

why: the subject's "from Chad" was the origin and the place the verb left a place passed ("Chad
-> Niamey -> Ouallam"), or the first of a list of countries the origin (probes of my own).

A town told so after a noun of people ("Soldiers from Goma moved from Sake to Minova", "Police
officers from Mosul drove from Tikrit to Baiji") is where the people come from, as a country is:
the verb's own "from" tells where this move began, so the town is no origin either, nor a place
passed (read130: Goma read as the origin, Sake as a place on the way). Only after a noun of people:
"A convoy from Goma left Sake" tells where the convoy itself set out, and keeps its reading; and
only when the verb's own start is a place read ("moved from Pinga", Pinga unknown, keeps Goma)."""

from __future__ import annotations

import re

from .kept import recompile as _recompile
from .lexicon import _PEOPLE

# a noun of people right before "from" and the place ("Soldiers from Goma", "gendarmes from the
# town of X"): where the people come from (a convoy's or a column's "from" is its own start)
_PEOPLE_FROM = _recompile(r"\b(?:" + _PEOPLE.pattern + r"|gendarmes|rebels|insurgents|militias?|fighters)"
                          r"\s*,?\s+from\s+(?:the\s+)?$", re.I)
_REACH = 60  # how far before the place the noun and "from" are looked for


def _country(m: dict) -> bool:
    return m.get("kind") == "country" or m.get("precision") == "country"


def _people_from(text: str | None, m: dict) -> bool:
    """Is ``m`` told right after a noun of people and "from" ("Soldiers from Goma")?"""
    return text is not None and _PEOPLE_FROM.search(text, max(0, m["start"] - _REACH), m["start"]) is not None


def without_subject_countries(slots: list, verb_at: int, why: list, text: str | None = None) -> list:
    """``slots`` (role, mentions, cue offset) without the origins told before the verb at
    ``verb_at`` that are all countries, when the verb or the words after it tell an origin
    that is no country; and, with ``text``, without the towns told before the verb after a
    noun of people and "from", when the verb tells an origin of its own (a place or a country)."""
    # (the subject's countries: the verb's own start may be another country, "Peacekeepers from
    # Bangladesh left the Central African Republic", s28m)
    told = {m.get("country") for r, g, a in slots if r == "origin" and a < verb_at for m in g if _country(m)}
    if text is not None and any(r == "origin" and a >= verb_at for r, g, a in slots) \
            and any(r == "origin" and a < verb_at and g and not all(_country(m) for m in g) for r, g, a in slots):
        slots = _without_people_homes(slots, verb_at, why, text)
    if not any(r == "origin" and a >= verb_at and not all(_country(m) and m.get("country") in told for m in g)
               for r, g, a in slots):
        return slots
    out = []
    for r, g, a in slots:
        if r == "origin" and a < verb_at and g and all(_country(m) for m in g):
            why.append(f"{g[0]['surface']}: no role, the subject's country ('from {g[0]['surface']}'), "
                       "the verb tells its own start")
            continue
        out.append((r, g, a))
    return out


def _without_people_homes(slots: list, verb_at: int, why: list, text: str) -> list:
    """``slots`` without the origins before ``verb_at`` that are places (no countries) told
    after a noun of people and "from" (the verb has an origin of its own after ``verb_at``)."""
    out = []
    for r, g, a in slots:
        if r == "origin" and a < verb_at and g and not any(_country(m) for m in g) \
                and all(_people_from(text, m) for m in g):
            why.append(f"{g[0]['surface']}: no role, where the subject's people come from "
                       f"('from {g[0]['surface']}'), the verb tells its own start")
            continue
        out.append((r, g, a))
    return out
