"""A force's country told in its subject with "from", before a verb that tells its own start:
"Soldiers from Chad left Niamey for Ouallam", "Soldiers from Chad, Niger and Mali left Niamey
...". "from Chad" says whose soldiers they are (as "Chadian soldiers" would); where they left
is what the verb tells ("left Niamey", "from Niamey" after the verb). The subject's countries are
then no origin, nor a place passed.

Only countries, and only when the verb's own words give an origin, a place or another country
("Peacekeepers from Bangladesh left the Central African Republic"): "Troops from Kenya arrived
in Mogadishu" keeps Kenya, the only start told.

why: the subject's "from Chad" was the origin and the place the verb left a place passed ("Chad
-> Niamey -> Ouallam"), or the first of a list of countries the origin (probes of my own)."""

from __future__ import annotations


def _country(m: dict) -> bool:
    return m.get("kind") == "country" or m.get("precision") == "country"


def without_subject_countries(slots: list, verb_at: int, why: list) -> list:
    """``slots`` (role, mentions, cue offset) without the origins told before the verb at
    ``verb_at`` that are all countries, when the verb or the words after it tell an origin
    that is no country."""
    # (the subject's countries: the verb's own start may be another country, "Peacekeepers from
    # Bangladesh left the Central African Republic", s28m)
    told = {m.get("country") for r, g, a in slots if r == "origin" and a < verb_at for m in g if _country(m)}
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
