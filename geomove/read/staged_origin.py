"""A force held at a staging place before it moved on: "The Marines were staged at X before
moving to federal buildings downtown", "Two police battalions were staged in Kano before moving
to Maiduguri on Monday".

The passive "were staged at X" says where the force was gathered and waited; the move the
clause tells ("before moving to Y") starts there. X is the origin of that move (GUIDELINES: the
origin is the finest place the report offers for where the movement began), neither a
place passed on the way nor, with no named place after it, where the force went.

The active "staged at X before flying on to Y" of aircraft, and a staging told after an origin
("left A, staging in X before moving to B"), stay a stop on the way (lexicon.json via_stop).

why: the staging place was read as a via (a stop) or, when the place moved to was no gazetteer
name ("federal buildings downtown"), as where the force went (probes of my own, s34 read93)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .gates import Gate

_PATTERNS = CompiledPatterns("read-staged-origin")

# the participles of holding a force somewhere before it moves on
STAGING_PARTICIPLES = r"(?:staged|gathered|assembled|massed|concentrated|mustered)"
_STAGING_WORD = _PATTERNS.compile(r"\b" + STAGING_PARTICIPLES + r"\b", re.I)
# (searched only in spans holding one of the words every match holds: read.gates, tests/test_speed112.py)
_STAGING_WORD_GATE = Gate(_STAGING_WORD, ("assembled", "concentrated", "gathered", "massed", "mustered", "staged"))
# (the cheap gate of gathered_after_moving: a word of gathering or of taking up positions)
GATHERING_WORD = _PATTERNS.compile(r"\b(?:" + STAGING_PARTICIPLES + r"|regrouped|positions?)\b", re.I)
# (searched only in spans holding one of the words every match holds: read.gates, tests/test_speed112.py)
GATHERING_WORD_GATE = Gate(GATHERING_WORD, ("assembled", "concentrated", "gathered", "massed", "mustered", "position", "regrouped", "staged"))

# the passive of staging right before the place (past a few words of its name: "at Naval
# Weapons Station X")
# (and its kin of gathering a force: "were gathered / assembled / massed in X before being moved to
# Y", s35 read96)
_STAGED_BEFORE = _PATTERNS.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?(?:first\s+)?" + STAGING_PARTICIPLES + r"\s+"
                                   r"(?:in|at|near|outside)\s+(?:(?:the\s+)?[\w'-]+\s+){0,4}$", re.I)
# "before" and a verb of moving, active or passive, after the place: the move told starts there
# (not "before flying on", "before moving on": the journey went on past a stop)
_MOVED_AFTER = _PATTERNS.compile(r"^[^.;:]{0,80}?\bbefore\s+(?:(?:being|they\s+were|it\s+was)\s+(?:\w+ed|sent|flown|driven|taken|brought)|"
                                 r"(?:they|it)\s+(?:moved|headed|drove|deployed|marched|went)|"
                                 r"(?:moving|heading|driving|deploying|marching|going|travell?ing|rolling|advancing))\b"
                                 r"(?!\s+on\b)", re.I)
# the passive of gathering and a place, then "before being" right before the verb of the clause:
# "Protesters were gathered in Bamako before being | dispersed"
_STAGED_THEN_BEING = _PATTERNS.compile(
    r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:first\s+)?" + STAGING_PARTICIPLES +
    r"\s+(?:in|at|near|outside)\s+[^,;:.]{1,80}?\s+before\s+(?:being|they\s+were|it\s+was)\s+$", re.I)
# a force gathering at a place, active or passive ("had massed near X", "gathered in X", "were
# concentrated outside X", "took up positions around X"), right before the place (past a few words
# of its name)
_GATHERED_AT = _PATTERNS.compile(
    r"\b(?:(?:had|have|has|had\s+been|have\s+been|has\s+been|were|was)\s+)?(?:\w+ly\s+)?"
    r"(?:" + STAGING_PARTICIPLES + r"|regrouped|took\s+up\s+(?:new\s+)?positions?|taken\s+up\s+(?:new\s+)?positions?)\s+"
    r"(?:in|at|near|outside|around|close\s+to)\s+(?:(?:the\s+)?[\w'-]+\s+){0,4}$", re.I)
# "after" and a participle of moving right before the clause's verb, after the place (a date or a
# time between them allowed): "massed near X (on Monday) after | moving from Y"
_AFTER_MOVING = _PATTERNS.compile(r"^[^.;:,]{0,60}?\s(?:(?:shortly|soon|days|hours|weeks|just)\s+)?after\s+(?:being\s+)?$", re.I)
# "before" right before the clause's verb (a participle), after the place: "massed near X (on
# Monday) before | moving to Y"
_BEFORE_MOVING = _PATTERNS.compile(r"^[^.;:,]{0,60}?\s(?:(?:shortly|soon|days|hours|weeks|just)\s+)?before\s+$", re.I)
_PATTERNS.save()


def subject_before_staging(text: str, s: int, main: re.Match) -> str | None:
    """The words before "were gathered in X before being" when the verb of the clause ``main``
    (from ``s``) follows them: who was gathered is who was moved, and the force test is asked of
    them; None otherwise.

    why: in "Protesters were gathered in Bamako before being dispersed" the subject read was
    every word before "dispersed", in which a verb hid the protesters from the test of a force,
    and Bamako was read as the origin of a movement (s36 read99; the passive of gathering a
    force, s35 read96, made such a place an origin)."""
    if _STAGING_WORD_GATE.search(text, s, main.start()) is None:
        return None
    m = _STAGED_THEN_BEING.search(text, s, main.start())
    if m is None:
        return None
    return text[s:m.start()].strip(" ,") or None


def staged_before_moving(text: str, place: dict, s: int, e: int) -> bool:
    """Is ``place`` (a mention in the clause [s, e)) where the force was staged, told in the
    passive, before the move the clause tells ("were staged at X before moving to Y")?"""
    start = place["start"]
    end = place.get("end") or start + len(place.get("surface") or "")
    return _STAGED_BEFORE.search(text, max(s, start - 80), start) is not None \
        and _MOVED_AFTER.match(text[end:e]) is not None


def staging_as_origin(text: str, slots: list, s: int, e: int, why: list) -> list:
    """The clause's slots (role, places, cue offset) with each stop that is a passive staging
    place before the move an origin, when the clause tells no origin of its own."""
    if any(r == "origin" for r, _g, _a in slots) or _STAGING_WORD_GATE.search(text, s, e) is None:
        return slots
    out = []
    for r, g, a in slots:
        if r == "via_stop" and g and staged_before_moving(text, g[0], s, e):
            why.append(f"{g[0].get('surface')}: origin, where the force was staged before it moved (read.staged_origin)")
            r = "origin"
        out.append((r, g, a))
    return out


def gathered_after_moving(text: str, slots: list, before: list, main: re.Match, why: list) -> list:
    """The clause's slots (role, places, cue offset) with the place the force gathered at, told
    before "after <moving>" (``main``, the clause's verb: a participle after "after"), as the
    destination, when the clause tells none: "Russian units had massed near X after moving from
    Y", "The militia gathered outside X after marching from Y". ``before``: the clause's mentions
    before the verb.

    why: the verb of gathering ("massed", "gathered") is no trigger of its own with no object, so
    the participle after "after" was the clause's verb, and the place where the move ended, told
    before it, had no role (read130: the lead's probe read Y -> nothing). The gathering told
    before a move ("massed near X before moving to Y") is the staging above: X is then the origin."""
    if any(r == "destination" for r, _g, _a in slots) or not before:
        return slots
    if not main.group("verb"):
        return slots  # (a noun trigger: "massed near X after the withdrawal from Y")
    for m in reversed(before):
        end = m.get("end") or m["start"] + len(m.get("surface") or "")
        if end > main.start() or _AFTER_MOVING.match(text[end:main.start()]) is None:
            continue
        if _GATHERED_AT.search(text, max(0, m["start"] - 80), m["start"]) is None:
            return slots
        if any(x is m for _r, g, _a in slots for x in g):
            slots = [(r, [x for x in g if x is not m], a) for r, g, a in slots]
            slots = [(r, g, a) for r, g, a in slots if g]
        why.append(f"{m.get('surface')}: destination, where the force gathered after the move (read.staged_origin)")
        return slots + [("destination", [m], m["start"])]
    return slots


def gathered_before_moving(text: str, slots: list, before: list, main: re.Match, why: list) -> list:
    """The clause's slots (role, places, cue offset) with the place the force gathered at, told
    before "before <moving>" (``main``, the clause's verb: a participle after "before"), as the
    origin, when the clause tells none: "Ethiopian units massed near X before moving to Y",
    "The militia gathered outside X before marching on Y". ``before``: the clause's mentions
    before the verb.

    why: the active verb of gathering is no trigger of its own with no object, so the participle
    after "before" was the clause's verb and the place the force left, told before it, had no role
    (the passive "were massed in X before being moved" was read: staging_as_origin). The mirror of
    gathered_after_moving (s47 read132)."""
    if any(r == "origin" for r, _g, _a in slots) or not before or not main.group("verb"):
        return slots
    for m in reversed(before):
        end = m.get("end") or m["start"] + len(m.get("surface") or "")
        if end > main.start() or _BEFORE_MOVING.match(text[end:main.start()]) is None:
            continue
        if _GATHERED_AT.search(text, max(0, m["start"] - 80), m["start"]) is None:
            return slots
        if any(x is m for _r, g, _a in slots for x in g):
            return slots  # (the place already has a role of its own)
        why.append(f"{m.get('surface')}: origin, where the force gathered before the move (read.staged_origin)")
        return slots + [("origin", [m], m["start"])]
    return slots
